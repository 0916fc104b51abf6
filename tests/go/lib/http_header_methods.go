// run
// Header's methods canonicalize keys (CanonicalHeaderKey); Clone copies
// deeply; direct map access sees the canonical keys.
package main

import (
	"fmt"
	"net/http"
)

func main() {
	h := http.Header{}
	h.Set("content-type", "text/plain")
	h.Add("X-custom-HEADER", "1")
	h.Add("x-custom-header", "2")
	fmt.Println(h, h.Values("X-Custom-Header"), h.Get("CONTENT-TYPE"), h.Get("missing") == "")
	c := h.Clone()
	c.Add("X-Custom-Header", "3")
	c.Del("content-type")
	fmt.Println(len(h), len(c), h["X-Custom-Header"], c["X-Custom-Header"])
	var nilH http.Header
	fmt.Printf("%v %q\n", nilH.Clone() == nil, nilH.Get("A"))
	for _, k := range []string{"accept-encoding", "x-forwarded-for", "WWW-AUTHENTICATE", "bad key", "content_type", "-x-"} {
		fmt.Printf("%q\n", http.CanonicalHeaderKey(k))
	}
}

// Output:
// map[Content-Type:[text/plain] X-Custom-Header:[1 2]] [1 2] text/plain true
// 2 1 [1 2] [1 2 3]
// true ""
// "Accept-Encoding"
// "X-Forwarded-For"
// "Www-Authenticate"
// "bad key"
// "Content_type"
// "-X-"
