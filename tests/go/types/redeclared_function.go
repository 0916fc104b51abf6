// errorcheck

// Two package-level declarations cannot share a name.
package main

func helper() int { return 1 } // ERROR "^other declaration of helper$"

func helper() int { return 2 } // ERROR "^helper redeclared in this block$"

func main() {}
