// Package slices: generic functions over slices of any type.
//
// Written for gopark from the package documentation (the Go 1.22 API).
// Functions that shrink a slice (Delete, DeleteFunc, Compact, CompactFunc,
// Replace) zero the elements between the new and the old length, as Go
// 1.22 does, so the dropped values can be collected.
package slices

import "cmp"

// Equal reports whether s1 and s2 have the same length and equal (==)
// elements; NaNs are never equal.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal comparing the elements with eq.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares s1 and s2 element by element with cmp.Compare, then by
// length: -1, 0 or +1.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is Compare with the element comparison cmp.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether an element of s satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert puts vs at index i of s (0 <= i <= len(s), else a panic) and
// returns the result, which shares s's array when it fits.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // the bounds check, with Go's message
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		r := append(s[:i], make(S, n+m-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	s = s[:n+m]
	// v may be part of s itself: the shift below would move it.
	if overlaps(v, s[:cap(s)]) {
		v = Clone(v)
	}
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

// overlaps reports whether a and b share elements of one array: then one
// of them starts inside the other.
func overlaps[E any](a, b []E) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for i := range b {
		if &b[i] == &a[0] {
			return true
		}
	}
	for i := range a {
		if &a[i] == &b[0] {
			return true
		}
	}
	return false
}

// Delete removes s[i:j] and zeroes the elements past the new length;
// i and j must be valid bounds of s, else a panic.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // the bounds check, with Go's message
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes the elements satisfying del, zeroing the tail.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	kept := IndexFunc(s, del)
	if kept < 0 {
		return s // nothing to delete: no element moves
	}
	rest := s[kept+1:]
	for _, v := range rest {
		if del(v) {
			continue
		}
		s[kept] = v
		kept++
	}
	clear(s[kept:])
	return s[:kept]
}

// Replace puts v in place of s[i:j] and returns the result, zeroing the
// elements past it when it got shorter (unless j was len(s)).
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // the bounds check, with Go's message
	if i == j {
		return Insert(s, i, v...)
	}
	if j == len(s) {
		// Go 1.22 leaves the dropped tail as it was here.
		return append(s[:i], v...)
	}
	tot := len(s[:i]) + len(v) + len(s[j:])
	if tot > cap(s) {
		r := append(s[:i], make(S, tot-i)...)
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		return r
	}
	r := s[:tot]
	if overlaps(v, s[:cap(s)]) {
		v = Clone(v)
	}
	copy(r[i+len(v):], s[j:])
	copy(r[i:], v)
	if tot < len(s) {
		clear(s[tot:])
	}
	return r
}

// Clone returns a copy of s with a new array; the clone of nil is nil.
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S([]E{}), s...)
}

// Compact replaces runs of equal elements with one copy, zeroing the
// tail.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[i-1] {
			if k != i {
				s[k] = s[i]
			}
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// CompactFunc is Compact with eq deciding equality, asked of each element
// and the one before it; a run keeps its first element.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	for i := 1; i < len(s); i++ {
		if !eq(s[i], s[i-1]) {
			if k != i {
				s[k] = s[i]
			}
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// Grow makes room for n more elements without another allocation; n
// must not be negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip drops the unused capacity of s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice holding the slices one after the other.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	r := Grow[S, E](nil, size)
	for _, s := range slices {
		r = append(r, s...)
	}
	return r
}

// Max returns the largest element of x (a NaN if any); x must not be
// empty.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

// MaxFunc returns the first maximal element of x by cmp; x must not be
// empty.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

// Min returns the smallest element of x (a NaN if any); x must not be
// empty.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

// MinFunc returns the first minimal element of x by cmp; x must not be
// empty.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}
