// run

// iota counts the specs of a constant block; omitted expressions repeat the
// previous one; typed constants give their type to the repeated specs.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d] }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	readable = 1 << iota
	writable
	executable
	all = readable | writable | executable
)

func main() {
	var day Weekday = Thursday
	fmt.Println(Monday, Tuesday, day, int(day))
	fmt.Println(KB, MB, GB/MB)
	fmt.Println(a, b, c, d, e, f, all)
}
