// run

// The comma-ok form distinguishes a stored zero value from a missing key.
package main

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	v, ok := m["zero"]
	println(v, ok)
	v, ok = m["missing"]
	println(v, ok)
	if n, found := m["one"]; found {
		println("found", n)
	}
	_, ok = m["one"]
	println(ok)
	delete(m, "one")
	_, ok = m["one"]
	println(ok)
}

// Output:
// 0 true
// 0 false
// found 1
// true
// false
