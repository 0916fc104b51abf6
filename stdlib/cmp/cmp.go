// Package cmp: the Ordered constraint and comparisons of ordered values.
//
// Written for gopark from the package documentation. Floating-point NaNs
// order before every other value and equal each other, so that sorting
// with Compare or Less is well defined.
package cmp

// Ordered is satisfied by every type that supports < <= >= >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x orders before y (a NaN before any number).
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare gives -1, 0 or +1 as x is less than, equal to or greater than
// y; NaNs equal each other and order before any number, and -0.0 == 0.0.
func Compare[T Ordered](x, y T) int {
	xNaN, yNaN := isNaN(x), isNaN(y)
	if xNaN {
		if yNaN {
			return 0
		}
		return -1
	}
	if yNaN {
		return +1
	}
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	return 0
}

// isNaN is true only for a floating-point NaN: no other value differs
// from itself.
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Or returns the first of its arguments that is not the zero value, or
// the zero value when there is none.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
