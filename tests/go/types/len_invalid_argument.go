// errorcheck

// len applies to strings, arrays, slices, maps and channels only.
package main

func main() {
	x := 5
	_ = len(x)             // ERROR "^invalid argument: x \(variable of type int\) for len$"
	_ = cap(map[int]int{}) // ERROR "^invalid argument: map\[int\]int\{\} \(value of type map\[int\]int\) for cap$"
}
