// run
// JoinPath joins path elements, cleaning "." and ".." and keeping a
// trailing slash; the function form parses its base first.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	fmt.Println(url.JoinPath("https://example.com/a/", "b", "../c", "d/"))
	fmt.Println(url.JoinPath("https://example.com", "x y", "z"))
	fmt.Println(url.JoinPath("rel", "..", "..", "q"))
	fmt.Println(url.JoinPath("https://example.com/a/b", "../../.."))
	fmt.Println(url.JoinPath("http://[::1", "a"))
	u, _ := url.Parse("https://example.com/api?x=1")
	fmt.Println(u.JoinPath("v1", "users"), u)
}

// Output:
// https://example.com/a/c/d/ <nil>
// https://example.com/x%20y/z <nil>
// q <nil>
// https://example.com/ <nil>
//  parse "http://[::1": missing ']' in host
// https://example.com/api/v1/users?x=1 https://example.com/api?x=1
