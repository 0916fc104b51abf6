// run

// complex, real and imag build and take apart complex numbers; +, -, *, / and
// == work on them; println prints them in parentheses with e-notation parts.
package main

func main() {
	c := complex(1, 2)
	println(c)
	println(real(c), imag(c))
	d := 3 - 4i
	println(c + d)
	println(c - d)
	println(c * d)
	println(d / c)
	println(c == complex(1, 2), c != d, c*2 == complex(2, 4))
	var f complex64 = complex(float32(0.5), -1)
	println(f)
	println(real(f) == 0.5)
	z := 1i * 1i
	println(real(z), z == -1)
}

// Output:
// (+1.000000e+000+2.000000e+000i)
// +1.000000e+000 +2.000000e+000
// (+4.000000e+000-2.000000e+000i)
// (-2.000000e+000+6.000000e+000i)
// (+1.100000e+001+2.000000e+000i)
// (-1.000000e+000-2.000000e+000i)
// true true true
// (+5.000000e-001-1.000000e+000i)
// true
// -1.000000e+000 true
