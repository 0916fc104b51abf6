// errorcheck

// The call of a function without results has no value.
package main

func log(s string) {}

func main() {
	x := log("a") // ERROR "^log\(\"a\"\) \(no value\) used as value$"
	_ = x
}
