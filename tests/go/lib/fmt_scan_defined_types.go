// run

// Scanning into pointers to types defined over basic types (and []byte)
// works by their kind, with the kind's limits; a defined float accepts
// any verb. Other element types cannot be scanned.
package main

import "fmt"

type Celsius float64
type Count int8
type Name string
type Flag bool
type Port uint16
type Bytes []byte
type Ints []int
type Pair struct{ A, B int }

func main() {
	var c Celsius
	n, err := fmt.Sscan("21.5", &c)
	fmt.Println(n, err, c)
	var k Count
	var nm Name
	var f Flag
	var p Port
	var bs Bytes
	n, err = fmt.Sscan("-12 bob true 65535 xyz", &k, &nm, &f, &p, &bs)
	fmt.Println(n, err, k, nm, f, p, string(bs))
	n, err = fmt.Sscan("300", &k)
	fmt.Println(n, err, k)
	n, err = fmt.Sscanf("ff 7", "%x %s", &p, &c)
	fmt.Println(n, err, p, c)
	n, err = fmt.Sscanf("1", "%s", &k)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &c)
	fmt.Println(n, err)
	var is Ints
	n, err = fmt.Sscan("1", &is)
	fmt.Println(n, err)
	var pr Pair
	n, err = fmt.Sscan("1", &pr)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", c)
	fmt.Println(n, err)
}

// Output:
// 1 <nil> 21.5
// 5 <nil> -12 bob true 65535 xyz
// 0 integer overflow on token 300 -12
// 2 <nil> 255 7
// 0 bad verb '%s' for integer
// 0 EOF
// 0 can't scan type: *main.Ints
// 0 can't scan type: *main.Pair
// 0 type not a pointer: main.Celsius
