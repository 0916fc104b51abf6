// run

// [n] picks the nth operand for a verb, width or precision, and later
// verbs continue from there; a bad index prints %!verb(BADINDEX).
package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d\n", 11, 22)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[1]q %[1]d %[1]c\n", 'A')
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d\n", 1)
	fmt.Printf("%[2]d\n", 1, 2, 3)
}

// Output:
// 22 11
//  12.00|
// 16 17 0x10 0x11
// 'A' 65 A
// %!d(BADINDEX)
// %!d(BADINDEX) %!d(BADINDEX)
// 2
