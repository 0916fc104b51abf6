// run

// Every statement form parses: labels, goto, select, switch forms, range.
package main

import "fmt"

type point struct{ x, y int }

func (p *point) move(dx int) { p.x += dx }

func pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

func main() {
	c := make(chan int, 1)
	done := make(chan struct{})
	go func() { c <- 1; close(done) }()
	select {
	case v, ok := <-c:
		fmt.Println(v, ok)
	case <-done:
	}
	var i interface{} = 3
	switch v := i.(type) {
	case int:
		fmt.Println("int", v)
	default:
	}
	switch x := 2; {
	case x > 1:
		fallthrough
	default:
	}
	p := &point{1, 2}
	p.move(3)
	for k, v := range pair("a", 1) {
		fmt.Println(k, v)
	}
	for n := range []int{0, 1, 2} {
		if n == 1 {
			continue
		}
	}
	n := 0
loop:
	n++
	if n < 3 {
		goto loop
	}
	defer func() { recover() }()
	arr := [...]int{1, 2, 3}
	s := arr[1:2:3]
	s = append(s, arr[:]...)
	x := 1 &^ 2 << 1
	x <<= 1
	fmt.Println(s, x, 1.5e3, 0x1p-2, 'a', `raw`, 2i)
}
