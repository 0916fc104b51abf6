// run

// Constraints with methods and type sets, comparable, generic types with
// methods satisfying interfaces, and core types in generic code.
package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func Max[T Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type StringerInt interface {
	~int
	Stringer
}

func Labels[T StringerInt](xs []T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, x.String()+"="+strconv.Itoa(int(x)))
	}
	return out
}

func Count[T comparable](xs []T, x T) (n int) {
	for _, v := range xs {
		if v == x {
			n++
		}
	}
	return
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

type Lener interface{ Len() int }

func Clear[S ~[]E, E any](s S) S {
	for i := range s {
		var zero E
		s[i] = zero
	}
	return s[:0]
}

func main() {
	fmt.Println(Max(3, 9, 2), Max("b", "a"), Max[float64](1, 2.5))
	fmt.Println(Labels([]ID{1, 2}), Count([]string{"a", "b", "a"}, "a"))
	s := Set[ID]{}
	s.Add(1)
	var l Lener = s
	fmt.Println(s.Has(1), s.Has(2), l.Len(), len(Clear([]int{1, 2})))
}
