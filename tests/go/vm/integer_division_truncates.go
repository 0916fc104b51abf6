// run

// Integer division truncates toward zero; the remainder has the dividend's sign.
package main

func main() {
	x, y := -7, 2
	println(x/y, x%y, 7/-2, 7%-2)
	var u uint8 = 250
	var v uint8 = 7
	println(u/v, u%v)
}

// Output:
// -3 -1 -3 1
// 35 5
