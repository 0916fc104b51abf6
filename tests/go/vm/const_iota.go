// run

// iota counts const specs in a block: skipped values, expressions, bit flags and typed constants.
package main

type Color int

const (
	Red Color = iota
	Green
	Blue
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	FlagA = 1 << iota
	FlagB
	_
	FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = iota + 5
	y = "str"
	z = iota * 2
)

func (c Color) Name() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "blue"
}

func main() {
	println(Red, Green, Blue, Blue.Name())
	println(KB, MB, GB)
	println(FlagA, FlagB, FlagD, FlagA|FlagD)
	println(a, b, c, d, e, f)
	println(x, y, z)
}

// Output:
// 0 1 2 blue
// 1024 1048576 1073741824
// 1 2 8 9
// 0 0 1 10 2 20
// 5 str 4
