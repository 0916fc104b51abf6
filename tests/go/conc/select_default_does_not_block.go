// run

// With a default case, select never blocks: a full buffer, an empty one and
// a nil channel all take the default.
package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 1)
	fmt.Println(trySend(c, 1), trySend(c, 2))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	var nilc chan int
	fmt.Println(trySend(nilc, 3))
	fmt.Println(tryRecv(nilc))
}

// Output:
// true false
// 1 true
// 0 false
// false
// 0 false
