// run

// runtime.Stack writes the calling goroutine's trace as a panic shows it
// (from Stack's caller), and with all=true every other goroutine's after
// it; it fills at most len(buf) bytes.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func worker(c chan int) {
	<-c
}

func main() {
	c := make(chan int)
	go worker(c)
	time.Sleep(10 * time.Millisecond) // the worker is parked in <-c by now
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	lines := strings.Split(string(buf[:n]), "\n")
	fmt.Println(lines[0])
	fmt.Println(lines[1])
	fmt.Println(strings.HasSuffix(lines[2], "runtime_stack_trace.go:24") || strings.Contains(lines[2], "runtime_stack_trace.go:24 +0x"))

	n = runtime.Stack(buf, true)
	all := string(buf[:n])
	fmt.Println(strings.HasPrefix(all, lines[0]+"\nmain.main()\n"))
	fmt.Println(strings.Count(all, "\ngoroutine "), strings.Contains(all, " [chan receive]:\nmain.worker(...)\n"))
	fmt.Println(runtime.Stack(buf[:10], false))
	close(c)
}

// Output:
// goroutine 1 [running]:
// main.main()
// true
// true
// 1 true
// 10
