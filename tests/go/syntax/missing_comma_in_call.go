// errorcheck

// Arguments are separated by commas.
package main

func f(a, b string) {}

func main() {
	f("hi" "there") // ERROR "syntax error: unexpected literal \"there\" in argument list; possibly missing comma or \)"
}
