// errorcheck

// A newline ends a composite literal's element list only after a comma.
package main

func main() {
	x := []int{1, 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
	_ = x
}
