// run

// []rune(s) decodes UTF-8 into code points and string(runes) encodes them back.
package main

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	r := []rune(s)
	println(len(s), len(r))
	println(r[1], r[7], string(r[7]))
	r[0] = 'H'
	println(string(r), s)
	println(reverse("abc"), reverse("日本語"))
	b := []byte("hi")
	b[0] = 'H'
	println(string(b), len([]rune("")))
	println(string(rune(65)), string([]rune{0x4e16, 0x754c}))
}

// Output:
// 14 9
// 233 19990 世
// Héllo, 世界 héllo, 世界
// cba 語本日
// Hi 0
// A 世界
