// errorcheck

// A type argument must implement the methods of its constraint; an inferred
// one is reported as "T (type int)".
package main

type Stringer interface{ String() string }

func join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func main() {
	_ = join[int](nil) // ERROR "^int does not satisfy Stringer \(missing method String\)$"
	_ = join([]int{1}) // ERROR "^T \(type int\) does not satisfy Stringer \(missing method String\)$"
}
