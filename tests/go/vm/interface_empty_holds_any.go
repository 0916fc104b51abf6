// run

// interface{} (any) holds ints, strings and other values, unpacked with a type switch.
package main

func show(v any) {
	switch x := v.(type) {
	case int:
		println("int", x)
	case string:
		println("string", x, len(x))
	case bool:
		println("bool", x)
	case []any:
		println("list of", len(x))
		for _, e := range x {
			show(e)
		}
	default:
		println("unknown")
	}
}

func main() {
	values := []interface{}{1, "two", 3, true, []any{"nested", 5}, 2.5}
	for _, v := range values {
		show(v)
	}
	var a any = 7
	var b any = 7
	var c any = "7"
	println(a == b, a == c)
}

// Output:
// int 1
// string two 3
// int 3
// bool true
// list of 2
// string nested 6
// int 5
// unknown
// true false
