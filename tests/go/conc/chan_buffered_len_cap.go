// run

// A buffered channel holds up to cap values without a receiver; len counts
// the values waiting, in FIFO order. A nil channel has len and cap 0.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch), <-ch, <-ch, <-ch, len(ch))
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch), nilch == nil)
}

// Output:
// 0 3
// 2 3
// a 1
// 3 b c d 0
// 0 0 true
