// run

// complex64 and complex128: arithmetic, division by zero (infinities, no
// panic), conversions, real/imag, equality in structs, map keys and
// interfaces, and print's format for complex values.
package main

type pt struct{ c complex64 }

func main() {
	var a complex64 = 1 + 2i
	b := complex64(3 - 1i)
	println(a*b, a/b, -a, a == b, real(a), imag(b))
	x := complex(1.5, -2)
	y := complex128(a)
	println(x+y, x == 1.5-2i, pt{a} == pt{1 + 2i})
	m := map[complex128]int{1i: 1}
	m[1i]++
	println(m[1i], x/0)
	var i interface{} = x
	println(i == 1.5-2i)
}

// Output:
// (+5.000000e+000+5.000000e+000i) (+1.000000e-001+7.000000e-001i) (-1.000000e+000-2.000000e+000i) false +1.000000e+000 -1.000000e+000
// (+2.500000e+000+0.000000e+000i) true true
// 2 (+Inf-Infi)
// true
