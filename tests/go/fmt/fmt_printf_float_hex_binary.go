// run

// %x and %X print floats in hexadecimal mantissa and binary exponent
// form, %b as a decimal mantissa times a power of two; # keeps zeros.
package main

import "fmt"

func main() {
	fmt.Printf("%x %X %b\n", 1.0, -2.5, 8.0)
	fmt.Printf("%.3x %#x %#X\n", 1.0, 1.5, 1.5)
	fmt.Printf("%x %b\n", float32(0.1), float32(1))
}

// Output:
// 0x1p+00 -0X1.4P+01 4503599627370496p-49
// 0x1.000p+00 0x1.8000p+00 0X1.8P+00
// 0x1.99999ap-04 8388608p-23
