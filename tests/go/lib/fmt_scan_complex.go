// run

// Complex numbers scan as Go prints them: a real part, a signed imaginary
// part ending in i, optionally parenthesized, into complex64, complex128
// and types defined over them.
package main

import "fmt"

type Impedance complex64

func main() {
	var z complex128
	var z64 complex64
	var imp Impedance
	n, err := fmt.Sscan("(1+2i) 3-4.5i (-1e3+0.5i)", &z, &z64, &imp)
	fmt.Println(n, err, z, z64, imp)
	n, err = fmt.Sscanf("1e3+2i|(0x1p-2-Infi)", "%g|%v", &z, &z64)
	fmt.Println(n, err, z, z64)
	for _, in := range []string{"(5i)", "(1+2i", "1+2", "1e+2i", "x"} {
		n, err = fmt.Sscan(in, &z)
		fmt.Println(n, err)
	}
	n, err = fmt.Sscanf("1+2i", "%d", &z)
	fmt.Println(n, err)
}

// Output:
// 3 <nil> (1+2i) (3-4.5i) (-1000+0.5i)
// 2 <nil> (1000+2i) (0.25-Infi)
// 0 syntax error scanning complex number
// 0 syntax error scanning complex number
// 0 syntax error scanning complex number
// 0 syntax error scanning complex number
// 0 syntax error scanning complex number
// 0 bad verb '%d' for complex
