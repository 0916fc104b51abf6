// run

// Structs with string and float fields work as map keys: keys compare by
// field values, strings built at run time match literals, and +0.0 == -0.0.
package main

type Key struct {
	Name string
	W    float64
}

type Nested struct {
	K  Key
	ID int
}

func main() {
	m := map[Key]int{}
	m[Key{"a", 1.5}] = 1
	m[Key{"b", 1.5}] = 2
	m[Key{"a", 2.5}] = 3
	name := "a"
	name += ""
	println(len(m), m[Key{name, 1.5}], m[Key{"a", 2.5}])
	bs := []byte{'b'}
	println(m[Key{string(bs), 3.0 / 2}])
	zero := 0.0
	m[Key{"z", zero}] = 4
	m[Key{"z", -zero}] = 5 // -0.0 == +0.0, same key
	println(len(m), m[Key{"z", 0}])
	n := map[Nested]string{{Key{"x", 1}, 1}: "one"}
	println(n[Nested{Key{"x", 1}, 1}], len(n[Nested{Key{"x", 1}, 2}]))
}

// Output:
// 3 1 3
// 2
// 4 5
// one 0
