// run
// gopark has no network natively: every request that reaches the
// transport fails with a *url.Error whose Op is the method with only its
// first letter upper case and whose URL masks the password.
// The expected output is written by hand (Go itself has a network): it
// follows Go's url.Error format `Op "URL": cause`.
package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

func main() {
	resp, err := http.Get("https://example.com")
	fmt.Println(resp == nil, err)
	var ue *url.Error
	fmt.Println(errors.As(err, &ue), ue.Op, ue.URL, ue.Err)
	_, err = http.Head("http://example.com/x")
	fmt.Println(err)
	_, err = http.Post("http://example.com/api", "application/json", strings.NewReader(`{}`))
	fmt.Println(err)
	_, err = http.PostForm("http://example.com/form", url.Values{"a": {"1"}})
	fmt.Println(err)
	c := &http.Client{}
	req, _ := http.NewRequest("PATCH", "https://a:b@example.com/p", nil)
	_, err = c.Do(req)
	fmt.Println(err)
}

// Output:
// true Get "https://example.com": network access is not available
// true Get https://example.com network access is not available
// Head "http://example.com/x": network access is not available
// Post "http://example.com/api": network access is not available
// Post "http://example.com/form": network access is not available
// Patch "https://a:***@example.com/p": network access is not available
