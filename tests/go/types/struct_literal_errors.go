// errorcheck

// Struct literals must name existing fields and, when positional, give
// every field.
package main

type point struct{ x, y int }

func main() {
	_ = point{x: 1, z: 2} // ERROR "^unknown field z in struct literal of type point$"
	_ = point{1}          // ERROR "^too few values in struct literal of type point$"
	_ = point{1, 2, 3}    // ERROR "^too many values in struct literal of type point$"
	_ = point{x: 1, 2}    // ERROR "^mixture of field:value and value elements in struct literal$"
}
