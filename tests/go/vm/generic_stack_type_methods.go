// run

// A generic type Stack[T] with pointer-receiver methods, instantiated with
// different element types.
package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	println(s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		println(v)
	}
	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	top, _ := ss.Pop()
	println(top, ss.Len())
	empty, ok := ss.Pop()
	empty, ok = ss.Pop()
	println(empty == "", ok)
}

// Output:
// 3
// 30
// 20
// 10
// b 1
// true false
