// errorcheck

// Lower-case names of another package are not visible: an imported package
// exports only its upper-case names, so gc reports them as undefined.
package main

import "fmt"

func main() {
	fmt.println("hi") // ERROR "^undefined: fmt\.println$"
}
