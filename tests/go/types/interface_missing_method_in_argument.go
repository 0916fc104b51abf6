// errorcheck

// Passing a value to an interface parameter requires the method set.
package main

type Stringer interface{ String() string }

type point struct{ x, y int }

func show(s Stringer) {}

func main() {
	show(point{1, 2}) // ERROR "^cannot use point\{…\} \(value of type point\) as Stringer value in argument to show: point does not implement Stringer \(missing method String\)$"
}
