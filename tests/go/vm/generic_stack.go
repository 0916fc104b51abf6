// run

// A generic Stack[T] type with methods works for several element types.
package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int {
	return len(s.items)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var ints Stack[int]
	for i := 1; i <= 3; i++ {
		ints.Push(i * i)
	}
	println(ints.Len())
	for {
		v, ok := ints.Pop()
		if !ok {
			break
		}
		print(v, ";")
	}
	println()
	v, ok := ints.Pop()
	println(v, ok)
	strs := &Stack[string]{}
	strs.Push("a")
	strs.Push("b")
	top, _ := strs.Pop()
	println(top, strs.Len())
	ps := Stack[Pair[string, int]]{}
	ps.Push(Pair[string, int]{"k", 1})
	p, _ := ps.Pop()
	println(p.Key, p.Val)
}

// Output:
// 3
// 9;4;1;
// 0 false
// b 1
// k 1
