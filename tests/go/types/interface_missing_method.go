// errorcheck

// A type implements an interface only if it has all of its methods.
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type square struct{ side float64 }

func (s square) Area() float64 { return s.side * s.side }

func main() {
	sq := square{2}
	var s Shape = sq // ERROR "^cannot use sq \(variable of type square\) as Shape value in variable declaration: square does not implement Shape \(missing method Perimeter\)$"
	_ = s
}
