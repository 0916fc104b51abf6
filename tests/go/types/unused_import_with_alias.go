// errorcheck

// An import under another name must be used under that name.
package main

import f "fmt" // ERROR "^\"fmt\" imported as f and not used$"

func main() {}
