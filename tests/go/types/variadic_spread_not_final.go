// errorcheck

// ... may only be applied to the final argument, and only for a variadic
// parameter.
package main

func sum(xs ...int) int { return len(xs) }

func pair(a, b int) {}

func main() {
	xs := []int{1, 2}
	_ = sum(xs...)
	pair(xs...) // ERROR "^cannot use \.\.\. in call to non-variadic pair$"
}
