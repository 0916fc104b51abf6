// run

// Width, precision and the - + # 0 space flags on numbers and strings.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("[%.3d] [%8.3d] [%-8.3d] [%.0d]\n", 7, 7, 7, 0)
	fmt.Printf("[%#08x] [%#-8x] [%x] [% x]\n", 255, 255, -1, 255)
	fmt.Printf("[%8.3f] [%-8.2f] [%08.3f] [%+.1f] [% .2f]\n", 3.14159, 2.5, -3.14159, 2.0, 1.5)
	fmt.Printf("[%6s] [%-6s] [%.2s] [%6.1s] [%06s]\n", "go", "go", "gopher", "gopher", "go")
	fmt.Printf("[%5t] [%-7v] [%3c]\n", true, false, 'z')
	fmt.Printf("[%5.1s] [%.3s]\n", "日本語", "日本語")
}

// Output:
// [   42] [42   ] [00042] [+42] [ 42] [-0042]
// [007] [     007] [007     ] []
// [0x000000ff] [0xff    ] [-1] [ ff]
// [   3.142] [2.50    ] [-003.142] [+2.0] [ 1.50]
// [    go] [go    ] [go] [     g] [0000go]
// [ true] [false  ] [  z]
// [    日] [日本語]
