// run

// defer and go also accept delete, copy, clear and recover, the other
// built-ins Go allows as statements. Their arguments are evaluated at the
// statement (a key converted to the map's key type, a string copied into
// bytes); a deferred recover() is not called by a deferred function, so it
// does not stop a panic.
package main

import "fmt"

type key string

func main() {
	m := map[key]int{"a": 1, "b": 2, "c": 3}
	dst := []int{1, 2, 3}
	src := []int{7, 8}
	func() {
		k := "a"
		defer delete(m, key(k))
		defer copy(dst, src)
		k = "b" // too late: the key was evaluated at the defer
		src[0] = 70
		fmt.Println("inside:", len(m), dst)
	}()
	fmt.Println("after:", len(m), m["b"], dst)

	buf := make([]byte, 5)
	func() {
		defer copy(buf, "hello, world")
		defer clear(src)
		defer clear(m)
	}()
	fmt.Println(string(buf), src, len(m))

	done := make(chan bool)
	m["x"] = 1
	go delete(m, "x")
	go copy(dst, []int{0})
	go close(done)
	<-done

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer recover() // does not stop the panic
		panic("boom")
	}()
}

// Output:
// inside: 3 [1 2 3]
// after: 2 2 [70 8 3]
// hello [0 0] 0
// recovered: boom
