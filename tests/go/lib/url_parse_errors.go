// run
// url.Parse and ParseRequestURI report malformed URLs with Go's messages,
// as *url.Error values with Op "parse".
package main

import (
	"errors"
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{
		"http://[::1",
		"a:b/c",
		":foo",
		"http://x.com/%zz",
		"http://x.com/abc%",
		"http://x.com:abc/",
		"http://[::1]x/",
		"http://a b.com/",
		"http://x\n.com",
		"http://us er@x/",
		"http://x.com/#%zz",
		"http://%41/",
	} {
		_, err := url.Parse(s)
		fmt.Println(err)
	}
	_, err := url.Parse("http://x/%4")
	var ue *url.Error
	if errors.As(err, &ue) {
		fmt.Printf("%s|%s|%v|%T\n", ue.Op, ue.URL, ue.Err, ue.Err)
	}
	for _, s := range []string{"/foo?x=1", "*", "foo", "http://x/y#z", ""} {
		u, err := url.ParseRequestURI(s)
		fmt.Println(u, err)
	}
}

// Output:
// parse "http://[::1": missing ']' in host
// <nil>
// parse ":foo": missing protocol scheme
// parse "http://x.com/%zz": invalid URL escape "%zz"
// parse "http://x.com/abc%": invalid URL escape "%"
// parse "http://x.com:abc/": invalid port ":abc" after host
// parse "http://[::1]x/": invalid port "x" after host
// parse "http://a b.com/": invalid character " " in host name
// parse "http://x\n.com": net/url: invalid control character in URL
// parse "http://us er@x/": net/url: invalid userinfo
// parse "http://x.com/#%zz": invalid URL escape "%zz"
// parse "http://%41/": invalid URL escape "%41"
// parse|http://x/%4|invalid URL escape "%4"|url.EscapeError
// /foo?x=1 <nil>
// * <nil>
// <nil> parse "foo": invalid URI for request
// http://x/y%23z <nil>
// <nil> parse "": empty url
