// run

// A type switch picks the case matching the dynamic type, with nil and default cases.
package main

type Point struct{ X, Y int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		if x < 0 {
			return "negative int"
		}
		return "int"
	case string, bool:
		return "string or bool"
	case Point:
		if x.X == x.Y {
			return "diagonal point"
		}
		return "point"
	case *Point:
		return "point pointer"
	case error:
		return "error"
	default:
		return "other"
	}
}

func main() {
	println(describe(nil))
	println(describe(5))
	println(describe(-5))
	println(describe("s"))
	println(describe(true))
	println(describe(Point{1, 1}))
	println(describe(Point{1, 2}))
	println(describe(&Point{}))
	println(describe(3.5))
	println(describe([]int{1}))
}

// Output:
// nil
// int
// negative int
// string or bool
// string or bool
// diagonal point
// point
// point pointer
// other
// other
