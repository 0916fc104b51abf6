// run

// Map insert, overwrite, lookup, delete and len.
package main

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	println(len(m), m["one"], m["two"], m["three"])
	m["one"] = 11
	m["two"] += 20
	m["three"]++
	println(len(m), m["one"], m["two"], m["three"])
	delete(m, "two")
	delete(m, "absent")
	println(len(m), m["two"])
	m2 := make(map[int]string, 10)
	for i := 0; i < 100; i++ {
		m2[i%7] = "v"
	}
	println(len(m2))
	clear(m2)
	println(len(m2))
}

// Output:
// 3 1 2 3
// 3 11 22 4
// 2 0
// 7
// 0
