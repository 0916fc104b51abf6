// errorcheck

// A struct type cannot have a field and a method of the same name.
package main

type T struct{ Size int } // ERROR "^other declaration of Size$"

func (T) Size() int { return 0 } // ERROR "^field and method with the same name Size$"

func main() {}
