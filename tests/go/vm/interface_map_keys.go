// run

// Interface values can be map keys; keys with different dynamic types are
// distinct even when the values look alike.
package main

type MyInt int

type K struct {
	A int
	B string
}

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[MyInt(1)] = "MyInt 1"
	m["1"] = "string 1"
	m[K{1, "a"}] = "K"
	m[true] = "bool"
	m[1.5] = "float"
	println(len(m))
	println(m[1], m[MyInt(1)], m["1"], m[K{1, "a"}], m[true], m[1.5])
	_, ok := m[int64(1)]
	println(ok)
	m[1] = "again"
	println(len(m), m[1])
	delete(m, K{1, "a"})
	_, ok = m[K{1, "a"}]
	println(len(m), ok)
}

// Output:
// 6
// int 1 MyInt 1 string 1 K bool float
// false
// 6 again
// 5 false
