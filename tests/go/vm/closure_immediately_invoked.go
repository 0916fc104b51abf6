// run

// A function literal can be called where it is written, with arguments and results.
package main

func main() {
	x := func(a, b int) int {
		return a * b
	}(6, 7)
	println(x)
	func() {
		println("inside")
	}()
	msg := func() string {
		if x > 40 {
			return "big"
		}
		return "small"
	}()
	println(msg)
	q, r := func(n, d int) (int, int) { return n / d, n % d }(17, 5)
	println(q, r)
}

// Output:
// 42
// inside
// big
// 3 2
