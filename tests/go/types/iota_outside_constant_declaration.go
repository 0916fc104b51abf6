// errorcheck

// iota exists only inside constant declarations.
package main

func main() {
	x := iota // ERROR "^cannot use iota outside constant declaration$"
	_ = x
}
