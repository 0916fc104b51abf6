// run

// Comparing two interface values that hold the same uncomparable dynamic
// type (a slice) panics at run time.
package main

func main() {
	var a interface{} = []int{1}
	var b interface{} = 5
	println(a == b) // different dynamic types: false, no panic
	var c interface{} = []int{1}
	println("comparing")
	println(a == c)
	println("unreachable")
}

// Output:
// false
// comparing
// Panic: runtime error: comparing uncomparable type []int
