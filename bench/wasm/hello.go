// Hello, world through fmt: the time to a first line of output of a typical
// program, and (built by Go for js/wasm) the reference .wasm size.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
