// run

// Methods can be declared on named non-struct types such as float64, int and slices.
package main

type Celsius float64

type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func (c Celsius) Above(t Celsius) bool {
	return c > t
}

type Weekday int

func (d Weekday) Name() string {
	names := [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	return names[d%7]
}

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) {
	*l = append(*l, v)
}

func main() {
	c := Celsius(100)
	println(c.ToF() == 212, c.Above(37), Celsius(-40).ToF() == -40)
	println(Weekday(1).Name(), Weekday(9).Name())
	var l IntList
	l.Push(3)
	l.Push(4)
	println(len(l), l.Sum())
}

// Output:
// true true true
// Mon Tue
// 2 7
