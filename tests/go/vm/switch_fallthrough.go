// run

// Switch picks the first matching case; fallthrough continues into the next.
package main

func describe(n int) {
	switch n {
	case 0:
		println("zero")
	case 1, 2:
		println("small")
		fallthrough
	case 3:
		println("three or fell through")
	default:
		println("other")
	}
}

func main() {
	for i := 0; i < 5; i++ {
		describe(i)
	}
	switch x := 5; {
	case x > 3:
		println("big")
	case x > 1:
		println("medium")
	}
}

// Output:
// zero
// small
// three or fell through
// small
// three or fell through
// three or fell through
// other
// big
