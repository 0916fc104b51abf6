// run

// Ranging over a string yields the byte offset of each rune, which jumps over multi-byte runes.
package main

func main() {
	s := "aé世!"
	for i, r := range s {
		println(i, r, string(r))
	}
	for i := 0; i < len(s); i++ {
		print(s[i], ";")
	}
	println()
	bad := "a\xffb"
	for i, r := range bad {
		print("[", i, ":", r, "]")
	}
	println()
	n := 0
	for i := range "日本" {
		n += i
	}
	println(n)
}

// Output:
// 0 97 a
// 1 233 é
// 3 19990 世
// 6 33 !
// 97;195;169;228;184;150;33;
// [0:97][1:65533][2:98]
// 3
