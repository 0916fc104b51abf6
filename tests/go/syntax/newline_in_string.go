// errorcheck

// An interpreted string literal cannot span lines.
package main

func main() {
	s := "unterminated // ERROR `newline in string`
	_ = s
}
