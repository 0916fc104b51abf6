// run
// Client errors that need no network: unsupported schemes, missing hosts
// and an already-canceled context come back as *url.Error with Op
// "Get"/"Delete" and the URL (password masked), like Go.
package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

func main() {
	resp, err := http.Get("ftp://example.com/file")
	fmt.Println(resp == nil, err)
	var ue *url.Error
	fmt.Println(errors.As(err, &ue), ue.Op, ue.URL, ue.Err)
	_, err = http.Get("/relative")
	fmt.Println(err)
	_, err = http.Get("http://")
	fmt.Println(err)
	_, err = http.Get("http://[::1")
	fmt.Println(err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req, _ := http.NewRequestWithContext(ctx, "DELETE", "https://u:secret@example.com/x", nil)
	_, err = http.DefaultClient.Do(req)
	fmt.Println(err, errors.Is(err, context.Canceled))
}

// Output:
// true Get "ftp://example.com/file": unsupported protocol scheme "ftp"
// true Get ftp://example.com/file unsupported protocol scheme "ftp"
// Get "/relative": unsupported protocol scheme ""
// Get "http:": http: no Host in request URL
// parse "http://[::1": missing ']' in host
// Delete "https://u:***@example.com/x": context canceled true
