// run

// Printf's integer verbs: decimal, binary, octal, hex, characters,
// quoted characters and Unicode notation.
package main

import "fmt"

func main() {
	n := 1234
	fmt.Printf("%d %b %o %O %x %X\n", n, n, n, n, n, n)
	fmt.Printf("%d %x %X %o\n", -255, -255, -255, -8)
	fmt.Printf("%c %c %q %q %U\n", 'G', 0x1F600, 'x', '\n', 0x1F600)
	fmt.Printf("%#x %#X %#o %#b %#U\n", 255, 255, 8, 5, 'ä')
	fmt.Printf("%d %d %d\n", int8(-128), uint16(65535), uint64(18446744073709551615))
	fmt.Printf("%v %d\n", uintptr(42), byte('A'))
}

// Output:
// 1234 10011010010 2322 0o2322 4d2 4D2
// -255 -ff -FF -10
// G 😀 'x' '\n' U+1F600
// 0xff 0XFF 010 0b101 U+00E4 'ä'
// -128 65535 18446744073709551615
// 42 65
