// errorcheck

// Methods can be declared only on types of the same package.
package main

func (n int) Double() int { return n * 2 } // ERROR "^cannot define new methods on non-local type int$"

func main() {}
