// run

// A built-in called with one multi-value call takes the call's results as
// its arguments: complex, copy, append, delete, min and max.
package main

import "fmt"

func parts() (float32, float32)        { return 1.5, -2 }
func parts64() (float64, float64)      { return 3, 4 }
func withAny() ([]any, int, string)    { return []any{true}, 7, "x" }
func bytesAndString() ([]byte, string) { return make([]byte, 4), "hello" }

var m = map[string]int{"k": 1, "j": 2}

func mapAndKey() (map[string]int, string) { return m, "k" }
func words() (string, string, string)     { return "pear", "apple", "fig" }
func nums() (float64, float64)            { return 2.5, -1 }

func main() {
	c := complex(parts())
	fmt.Printf("%v %T\n", c, c)
	d := complex(parts64())
	fmt.Printf("%v %T %v\n", d, d, imag(complex(parts64())))
	fmt.Println(append(withAny()))
	fmt.Println(copy(bytesAndString()))
	delete(mapAndKey())
	fmt.Println(m)
	fmt.Println(min(words()), max(words()))
	fmt.Println(min(nums()), max(nums()))
}

// Output:
// (1.5-2i) complex64
// (3+4i) complex128 4
// [true 7 x]
// 4
// map[j:2]
// apple pear
// -1 2.5
