// errorcheck

// A qualified identifier must name something the package declares.
package main

import "strings"

func main() {
	_ = strings.NoSuchFunc("a") // ERROR "^undefined: strings\.NoSuchFunc$"
}
