// run
// URL.Parse/ResolveReference resolve references against a base URL as
// RFC 3986 section 5.4 (and Go) does.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	base, _ := url.Parse("http://a/b/c/d;p?q")
	for _, r := range []string{"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h"} {
		u, err := base.Parse(r)
		fmt.Println(r, "->", u, err)
	}
	ref := &url.URL{Path: "../x y"}
	fmt.Println(base.ResolveReference(ref))
	m, _ := url.Parse("mailto:a@b")
	fmt.Println(m.ResolveReference(&url.URL{RawQuery: "s=1"}))
}

// Output:
// g:h -> g:h <nil>
// g -> http://a/b/c/g <nil>
// ./g -> http://a/b/c/g <nil>
// g/ -> http://a/b/c/g/ <nil>
// /g -> http://a/g <nil>
// //g -> http://g <nil>
// ?y -> http://a/b/c/d;p?y <nil>
// g?y -> http://a/b/c/g?y <nil>
// #s -> http://a/b/c/d;p?q#s <nil>
// g#s -> http://a/b/c/g#s <nil>
// g?y#s -> http://a/b/c/g?y#s <nil>
// ;x -> http://a/b/c/;x <nil>
// g;x -> http://a/b/c/g;x <nil>
//  -> http://a/b/c/d;p?q <nil>
// . -> http://a/b/c/ <nil>
// ./ -> http://a/b/c/ <nil>
// .. -> http://a/b/ <nil>
// ../ -> http://a/b/ <nil>
// ../g -> http://a/b/g <nil>
// ../.. -> http://a/ <nil>
// ../../ -> http://a/ <nil>
// ../../g -> http://a/g <nil>
// ../../../g -> http://a/g <nil>
// /./g -> http://a/g <nil>
// /../g -> http://a/g <nil>
// g. -> http://a/b/c/g. <nil>
// .g -> http://a/b/c/.g <nil>
// g.. -> http://a/b/c/g.. <nil>
// ..g -> http://a/b/c/..g <nil>
// ./../g -> http://a/b/g <nil>
// ./g/. -> http://a/b/c/g/ <nil>
// g/./h -> http://a/b/c/g/h <nil>
// g/../h -> http://a/b/c/h <nil>
// http://a/b/x%20y
// mailto:?s=1
