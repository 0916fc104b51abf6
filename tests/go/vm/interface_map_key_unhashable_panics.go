// run

// Using an interface value holding an unhashable dynamic type (a slice) as a
// map key panics at run time.
package main

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	println(len(m))
	var k interface{} = []int{1, 2}
	m[k] = 2
	println("unreachable")
}

// Output:
// 1
// Panic: runtime error: hash of unhashable type []int
