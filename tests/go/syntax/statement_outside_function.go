// errorcheck

// Only declarations may appear at package level.
package main

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func main() {}
