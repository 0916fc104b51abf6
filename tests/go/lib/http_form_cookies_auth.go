// run
// Request helpers that need no network: ParseForm/FormValue over the
// query and a URL-encoded body, Basic auth, request cookies, Clone,
// Header.Write, Cookie.String and Response.Location.
package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

func main() {
	req, _ := http.NewRequest("POST", "http://example.com/submit?q=go&x=1", strings.NewReader("name=Ava+Smith&x=2&bad=%zz"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	fmt.Println(req.ParseForm())
	fmt.Println(req.Form, req.PostForm)
	fmt.Println(req.FormValue("x"), req.PostFormValue("x"), req.FormValue("q"), req.PostFormValue("q") == "")
	get, _ := http.NewRequest("GET", "http://example.com/?a=1&a=2", nil)
	fmt.Println(get.FormValue("a"), get.Form["a"], len(get.PostForm))

	req.SetBasicAuth("alice", "s3cr3t:x")
	fmt.Println(req.Header.Get("Authorization"))
	u, p, ok := req.BasicAuth()
	fmt.Println(u, p, ok)
	for _, h := range []string{"Basic YQ==", "Basic !!", "Bearer abc", "basic Zm9vOmJhcg=="} {
		req.Header.Set("Authorization", h)
		u, p, ok = req.BasicAuth()
		fmt.Printf("%q %q %v\n", u, p, ok)
	}

	req.AddCookie(&http.Cookie{Name: "session", Value: "abc123"})
	req.AddCookie(&http.Cookie{Name: "theme", Value: "dark mode"})
	fmt.Println(req.Header.Get("Cookie"))
	for _, c := range req.Cookies() {
		fmt.Println(c.Name, c.Value)
	}
	c, err := req.Cookie("theme")
	fmt.Println(c.Value, err)
	_, err = req.Cookie("nope")
	fmt.Println(err)

	clone := req.Clone(context.Background())
	clone.Header.Set("X-Clone", "1")
	clone.URL.Path = "/other"
	fmt.Println(req.Header.Get("X-Clone") == "", req.URL.Path, clone.URL.Path)

	h := http.Header{"B": {"2", "line\nbreak"}, "A": {"1"}, "Skip": {"x"}}
	var sb strings.Builder
	h.WriteSubset(&sb, map[string]bool{"Skip": true})
	fmt.Printf("%q\n", sb.String())
	for _, ck := range []*http.Cookie{
		{Name: "id", Value: "42"},
		{Name: "id", Value: "a b", Path: "/", Domain: ".example.com", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode},
		{Name: "gone", MaxAge: -1},
		{Name: "bad name", Value: "x"},
	} {
		fmt.Printf("%q\n", ck.String())
	}
	resp := &http.Response{Header: http.Header{"Location": {"../next?p=2"}}, Request: get}
	loc, err := resp.Location()
	fmt.Println(loc, err)
	get.URL.Path = "/a/b/c"
	loc, err = resp.Location()
	fmt.Println(loc, err)
	_, err = (&http.Response{Header: http.Header{}}).Location()
	fmt.Println(err)
	for _, v := range []string{"HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/1", "http/1.1"} {
		fmt.Println(http.ParseHTTPVersion(v))
	}
}

// Output:
// invalid URL escape "%zz"
// map[name:[Ava Smith] q:[go] x:[2 1]] map[name:[Ava Smith] x:[2]]
// 2 2 go true
// 1 [1 2] 0
// Basic YWxpY2U6czNjcjN0Ong=
// alice s3cr3t:x true
// "" "" false
// "" "" false
// "" "" false
// "foo" "bar" true
// session=abc123; theme="dark mode"
// session abc123
// theme dark mode
// dark mode <nil>
// http: named cookie not present
// true /submit /other
// "A: 1\r\nB: 2\r\nB: line break\r\n"
// "id=42"
// "id=\"a b\"; Path=/; Domain=example.com; Max-Age=3600; HttpOnly; Secure; SameSite=Lax"
// "gone=; Max-Age=0"
// ""
// http://example.com/next?p=2 <nil>
// http://example.com/a/next?p=2 <nil>
// http: no Location header in response
// 1 1 true
// 1 0 true
// 2 0 true
// 0 0 false
// 0 0 false
