// errorcheck

// An imported package must be used.
package main

import "os" // ERROR "^\"os\" imported and not used$"

func main() {}
