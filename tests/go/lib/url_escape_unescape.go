// run
// QueryEscape/PathEscape escape the bytes each component needs; the
// Unescape functions decode them and reject bad %-escapes.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{"a b/c?d=e&f+g", "héllo wörld", "~-_.!*'()", "100%", "a;b,c:d@e$f"} {
		fmt.Println(url.QueryEscape(s), url.PathEscape(s))
	}
	for _, s := range []string{"a+b%20c", "%zz", "abc%", "%4", "%41%42", "x%2Fy+"} {
		q, err := url.QueryUnescape(s)
		p, err2 := url.PathUnescape(s)
		fmt.Printf("%q %v %q %v\n", q, err, p, err2)
	}
}

// Output:
// a+b%2Fc%3Fd%3De%26f%2Bg a%20b%2Fc%3Fd=e&f+g
// h%C3%A9llo+w%C3%B6rld h%C3%A9llo%20w%C3%B6rld
// ~-_.%21%2A%27%28%29 ~-_.%21%2A%27%28%29
// 100%25 100%25
// a%3Bb%2Cc%3Ad%40e%24f a%3Bb%2Cc:d@e$f
// "a b c" <nil> "a+b c" <nil>
// "" invalid URL escape "%zz" "" invalid URL escape "%zz"
// "" invalid URL escape "%" "" invalid URL escape "%"
// "" invalid URL escape "%4" "" invalid URL escape "%4"
// "AB" <nil> "AB" <nil>
// "x/y " <nil> "x/y+" <nil>
