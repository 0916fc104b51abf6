// run

// Ranging over a string yields byte offsets and runes; bad UTF-8 gives U+FFFD.
package main

func main() {
	for i, r := range "aé世\xff!" {
		println(i, r)
	}
}

// Output:
// 0 97
// 1 233
// 3 19990
// 6 65533
// 7 33
