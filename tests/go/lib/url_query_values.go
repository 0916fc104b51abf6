// run
// ParseQuery decodes query strings (keeping the first error) and Values
// are read and edited with Get/Set/Add/Del/Has; Encode sorts by key.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	v, err := url.ParseQuery("b=2&a=1&a=3&c=%zz&&f&g=h=i&x=a+b")
	fmt.Println(v, err)
	fmt.Println(v.Encode())
	_, err = url.ParseQuery("a=1;b=2&c=%zz")
	fmt.Println(err)
	vals := url.Values{}
	vals.Set("name", "Ava Smith")
	vals.Add("friend", "Jess")
	vals.Add("friend", "Sarah")
	vals.Add("z&y", "1=2")
	fmt.Println(vals.Encode())
	fmt.Println(vals.Get("friend"), vals["friend"], vals.Has("name"), vals.Has("x"), vals.Get("x") == "")
	vals.Del("friend")
	fmt.Println(vals.Encode())
	fmt.Printf("%q\n", url.Values{}.Encode())
	u, _ := url.Parse("https://example.com/search?lang=en")
	q := u.Query()
	q.Set("q", "golang & go")
	u.RawQuery = q.Encode()
	fmt.Println(u)
}

// Output:
// map[a:[1 3] b:[2] f:[] g:[h=i] x:[a b]] invalid URL escape "%zz"
// a=1&a=3&b=2&f=&g=h%3Di&x=a+b
// invalid semicolon separator in query
// friend=Jess&friend=Sarah&name=Ava+Smith&z%26y=1%3D2
// Jess [Jess Sarah] true false true
// name=Ava+Smith&z%26y=1%3D2
// ""
// https://example.com/search?lang=en&q=golang+%26+go
