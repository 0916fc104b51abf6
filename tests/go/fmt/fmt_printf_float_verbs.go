// run

// The floating-point verbs %e %E %f %F %g %G with and without precision,
// and the # flag.
package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%e %E %f %F %g %G\n", x, x, x, x, x, x)
	fmt.Printf("%.2e %.0f %.3g %.10g\n", x, x, x, x)
	fmt.Printf("%g %g %g %G\n", 1e-7, 1e21, 100000.0, 1e-10)
	fmt.Printf("%#g %#.3g %#.0f %#e\n", 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("%.1f %.1f %.0f %.0f\n", 0.25, 0.35, 0.5, 1.5)
	fmt.Printf("%f %e\n", float32(0.1), float32(16777216))
}

// Output:
// 1.234568e+03 1.234568E+03 1234.567800 1234.567800 1234.5678 1234.5678
// 1.23e+03 1235 1.23e+03 1234.5678
// 1e-07 1e+21 100000 1E-10
// 1.00000 2.00 3. 4.000000e+00
// 0.2 0.3 0 2
// 0.100000 1.677722e+07
