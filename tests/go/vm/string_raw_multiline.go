// run

// Raw string literals span lines and keep backslashes and quotes literally.
package main

func main() {
	s := `first line
	second "quoted" \n not an escape
third`
	println(s)
	println(len(`\n`), len("\n"))
	lines := 1
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			lines++
		}
	}
	println(lines)
	empty := ``
	println(len(empty), `a`+"b" == "ab")
}

// Output:
// first line
// 	second "quoted" \n not an escape
// third
// 2 1
// 3
// 0 true
