// errorcheck

// func main takes no arguments and returns nothing.
package main

func main() int { return 0 } // ERROR "^func main must have no arguments and no return values$"
