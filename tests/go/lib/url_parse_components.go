// run
// url.Parse splits URLs into their fields (scheme, userinfo, host, decoded
// path with RawPath, query, fragment, opaque) and String/Hostname/Port/
// RequestURI/EscapedPath reassemble them as Go does.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{
		"https://user:pass@example.com:8080/a/b%20c?q=1&r=x+y#frag%21",
		"http://[::1]:80/x",
		"mailto:joe@example.com",
		"/rel/path?x=1",
		"HTTP://Example.COM/%2Fa%2fb",
		"//host/p",
		"file:///etc/passwd",
		"http://x.com/p?",
		"http://[fe80::1%25en0]:8080/",
		"?a=b",
		"#f",
		"",
	} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Println("err:", err)
			continue
		}
		fmt.Printf("%q %q %v %q %q %q %q %q %q %v %v\n", u.Scheme, u.Opaque, u.User, u.Host, u.Path, u.RawPath, u.RawQuery, u.Fragment, u.RawFragment, u.ForceQuery, u.OmitHost)
		fmt.Println(" ", u.String(), u.Hostname(), u.Port(), u.RequestURI(), u.EscapedPath(), u.IsAbs())
	}
	u := &url.URL{Scheme: "https", Host: "h.com", Path: "/a b/ü", RawQuery: "x=1", Fragment: "top section"}
	fmt.Println(u)
	fmt.Println(&url.URL{Path: "a:b"})
}

// Output:
// "https" "" user:pass "example.com:8080" "/a/b c" "" "q=1&r=x+y" "frag!" "frag%21" false false
//   https://user:pass@example.com:8080/a/b%20c?q=1&r=x+y#frag%21 example.com 8080 /a/b%20c?q=1&r=x+y /a/b%20c true
// "http" ""  "[::1]:80" "/x" "" "" "" "" false false
//   http://[::1]:80/x ::1 80 /x /x true
// "mailto" "joe@example.com"  "" "" "" "" "" "" false false
//   mailto:joe@example.com   joe@example.com  true
// "" ""  "" "/rel/path" "" "x=1" "" "" false false
//   /rel/path?x=1   /rel/path?x=1 /rel/path false
// "http" ""  "Example.COM" "//a/b" "/%2Fa%2fb" "" "" "" false false
//   http://Example.COM/%2Fa%2fb Example.COM  /%2Fa%2fb /%2Fa%2fb true
// "" ""  "host" "/p" "" "" "" "" false false
//   //host/p host  /p /p false
// "file" ""  "" "/etc/passwd" "" "" "" "" false false
//   file:///etc/passwd   /etc/passwd /etc/passwd true
// "http" ""  "x.com" "/p" "" "" "" "" true false
//   http://x.com/p? x.com  /p? /p true
// "http" ""  "[fe80::1%en0]:8080" "/" "" "" "" "" false false
//   http://[fe80::1%25en0]:8080/ fe80::1%en0 8080 / / true
// "" ""  "" "" "" "a=b" "" "" false false
//   ?a=b   /?a=b  false
// "" ""  "" "" "" "" "f" "" false false
//   #f   /  false
// "" ""  "" "" "" "" "" "" false false
//      /  false
// https://h.com/a%20b/%C3%BC?x=1#top%20section
// ./a:b
