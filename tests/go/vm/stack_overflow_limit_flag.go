// run
// Flags: -stack 64KiB

// gopark run -stack sets a goroutine's stack limit (Go's default is 1 GB);
// deep recursion past it is Go's stack overflow, with the limit in the
// message.
package main

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	println(depth(100)) // fits
	println(depth(1000000))
}

// Output:
// 100
// runtime: goroutine stack exceeds 65536-byte limit
// Fatal: stack overflow
