// run
// NewRequest validates the method, parses the URL (returning url.Parse's
// error), and fills Proto, Host, Header and ContentLength from known body
// types; a zero-length known body becomes http.NoBody.
package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {
	req, err := http.NewRequest("bad method", "http://x.com", nil)
	fmt.Println(req, err)
	req, err = http.NewRequest("GET", "http://[::1", nil)
	fmt.Println(req, err)
	req, err = http.NewRequest("GET", ":foo", nil)
	fmt.Println(req, err)
	req, err = http.NewRequest("", "https://example.com:/path?x=1", strings.NewReader("hello"))
	fmt.Println(req.Method, req.URL, req.Proto, req.ProtoMajor, req.ProtoMinor, req.Host, req.ContentLength, req.Header, err)
	fmt.Println(req.URL.Query().Get("x"), req.Context() != nil, req.UserAgent() == "")
	req, _ = http.NewRequest("POST", "http://h.com", bytes.NewBufferString("abc"))
	fmt.Println(req.ContentLength, req.GetBody != nil)
	b, _ := io.ReadAll(req.Body)
	fmt.Println(string(b))
	rc, _ := req.GetBody()
	b, _ = io.ReadAll(rc)
	fmt.Println(string(b))
	req, _ = http.NewRequest("POST", "http://h.com", bytes.NewReader(nil))
	fmt.Println(req.ContentLength, req.Body == http.NoBody)
	req, _ = http.NewRequest("PUT", "http://h.com", io.MultiReader(strings.NewReader("x")))
	fmt.Println(req.ContentLength, req.GetBody == nil)
	req, _ = http.NewRequest("GET", "http://h.com", nil)
	fmt.Println(req.Body == nil, req.ContentLength)
}

// Output:
// <nil> net/http: invalid method "bad method"
// <nil> parse "http://[::1": missing ']' in host
// <nil> parse ":foo": missing protocol scheme
// GET https://example.com/path?x=1 HTTP/1.1 1 1 example.com 5 map[] <nil>
// 1 true true
// 3 true
// abc
// abc
// 0 true
// 0 true
// true 0
