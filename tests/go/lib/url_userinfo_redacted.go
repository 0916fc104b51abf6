// run
// Userinfo is escaped in String, its password hidden by Redacted, and
// parsed back with Username/Password.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	u := &url.URL{Scheme: "https", Host: "h.com", Path: "/p", User: url.UserPassword("me", "p@ss:w/rd")}
	fmt.Println(u)
	fmt.Println(u.Redacted())
	fmt.Println(u.User, u.User.Username())
	p, _ := url.Parse(u.String())
	pw, ok := p.User.Password()
	fmt.Println(p.User.Username(), pw, ok)
	n, _ := url.Parse("ftp://anon@h.com/")
	pw, ok = n.User.Password()
	fmt.Printf("%q %q %v %s\n", n.User.Username(), pw, ok, n.Redacted())
	var none *url.Userinfo
	fmt.Printf("%q %q\n", none.Username(), none.String())
	fmt.Println(url.User("x y"))
}

// Output:
// https://me:p%40ss%3Aw%2Frd@h.com/p
// https://me:xxxxx@h.com/p
// me:p%40ss%3Aw%2Frd me
// me p@ss:w/rd true
// "anon" "" false ftp://anon@h.com/
// "" ""
// x%20y
