// errorcheck

// A for loop without a condition terminates a function only if no break
// refers to it.
package main

func find(xs []int) int {
	i := 0
	for {
		if xs[i] == 0 {
			break
		}
		i++
	}
} // ERROR "^missing return$"

func forever() int {
	for {
	}
}

func main() { _, _ = find(nil), forever }
