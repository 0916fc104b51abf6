// run

// The built-in functions on their valid operand types.
package main

import "fmt"

func main() {
	s := make([]int, 2, 10)
	s = append(s, 1, 2)
	s = append(s, []int{3}...)
	b := append([]byte("ab"), "cd"...)
	dst := make([]int, 3)
	n := copy(dst, s)
	m := make(map[string]int, 4)
	m["a"] = 1
	delete(m, "a")
	c := make(chan int, 3)
	c <- 1
	fmt.Println(len(s), cap(s), string(b), n, len(m), len(c), cap(c))
	close(c)
	var arr [4]int
	p := &arr
	fmt.Println(len(arr), len(p), cap(p[:2]), len("héllo"))
	z := complex(1, 2)
	fmt.Println(real(z), imag(z), min(3, 1, 2), max(2.5, 1))
	ptr := new(int)
	*ptr = 5
	clear(m)
	fmt.Println(*ptr, len(m))
}
