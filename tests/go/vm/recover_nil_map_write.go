// run

// Writing to a nil map panics with a plain runtime error value; it can be
// recovered and its Error() text inspected.
package main

type errorLike interface{ Error() string }

func write(m map[string]int) (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(errorLike).Error()
		}
	}()
	m["k"] = 1
	return "no panic"
}

func main() {
	println(write(map[string]int{}))
	var m map[string]int
	println(write(m))
	println(len(m), m["k"])
}

// Output:
// no panic
// assignment to entry in nil map
// 0 0
