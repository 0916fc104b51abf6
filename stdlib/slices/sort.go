package slices

import "cmp"

// The sorts are introsorts: quicksort with a median-of-three pivot,
// insertion sort on short ranges and heapsort when the recursion gets too
// deep, so O(n log n) in the worst case. One copy works on cmp.Ordered
// values with < (NaNs first), one calls a comparison function.

const shortRun = 12

// Sort sorts x in increasing order; NaNs order first.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	if n < 2 {
		return
	}
	quickOrdered[E](x, 0, n, depthLimit(n))
}

// SortFunc sorts x by cmp (negative: a before b); equal elements may
// change places.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	if n < 2 {
		return
	}
	quickFunc[E](x, 0, n, depthLimit(n), cmp)
}

// SortStableFunc sorts x by cmp keeping equal elements in their order:
// insertion sort on short blocks, then merge passes through a buffer.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	const block = 20
	for lo := 0; lo < n; lo += block {
		insertionFunc[E](x, lo, min(lo+block, n), cmp)
	}
	if n <= block {
		return
	}
	src, dst := []E(x), make([]E, n)
	for size := block; size < n; size *= 2 {
		for lo := 0; lo < n; lo += 2 * size {
			m, hi := min(lo+size, n), min(lo+2*size, n)
			mergeInto[E](dst[lo:hi], src[lo:m], src[m:hi], cmp)
		}
		src, dst = dst, src
	}
	if &src[0] != &x[0] {
		copy(x, src)
	}
}

// mergeInto merges the sorted runs a and b into out, taking from a on
// ties so that the merge is stable.
func mergeInto[E any](out, a, b []E, cmp func(a, b E) int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if cmp(b[j], a[i]) < 0 {
			out[k] = b[j]
			j++
		} else {
			out[k] = a[i]
			i++
		}
		k++
	}
	k += copy(out[k:], a[i:])
	copy(out[k:], b[j:])
}

// IsSorted reports whether x is in increasing order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted by cmp.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch looks for target in the sorted x: the position where it
// is or would be inserted, and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp.Less(x[h], target) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && (x[lo] == target || (x[lo] != x[lo] && target != target))
}

// BinarySearchFunc is BinarySearch for x sorted by cmp, which compares an
// element with the target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(x[h], target) < 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(x[lo], target) == 0
}

func depthLimit(n int) int {
	d := 0
	for i := n; i > 0; i >>= 1 {
		d += 2
	}
	return d
}

func less[E cmp.Ordered](a, b E) bool {
	return a < b || (a != a && b == b)
}

func quickOrdered[E cmp.Ordered](x []E, lo, hi, depth int) {
	for hi-lo > shortRun {
		if depth == 0 {
			heapOrdered[E](x, lo, hi)
			return
		}
		depth--
		p := partitionOrdered[E](x, lo, hi)
		if p-lo < hi-p {
			quickOrdered[E](x, lo, p, depth)
			lo = p + 1
		} else {
			quickOrdered[E](x, p+1, hi, depth)
			hi = p
		}
	}
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && less(x[j], x[j-1]); j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// partitionOrdered moves the median of three samples to lo, partitions
// [lo, hi) around it and returns its final index.
func partitionOrdered[E cmp.Ordered](x []E, lo, hi int) int {
	mid, last := lo+(hi-lo)/2, hi-1
	if less(x[mid], x[lo]) {
		x[mid], x[lo] = x[lo], x[mid]
	}
	if less(x[last], x[mid]) {
		x[last], x[mid] = x[mid], x[last]
		if less(x[mid], x[lo]) {
			x[mid], x[lo] = x[lo], x[mid]
		}
	}
	x[lo], x[mid] = x[mid], x[lo]
	p := x[lo]
	i, j := lo+1, last
	for {
		for i <= j && less(x[i], p) {
			i++
		}
		for i <= j && less(p, x[j]) {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[lo], x[j] = x[j], x[lo]
	return j
}

func heapOrdered[E cmp.Ordered](x []E, lo, hi int) {
	n := hi - lo
	for i := n/2 - 1; i >= 0; i-- {
		siftOrdered[E](x[lo:hi], i, n)
	}
	for end := n - 1; end > 0; end-- {
		x[lo], x[lo+end] = x[lo+end], x[lo]
		siftOrdered[E](x[lo:hi], 0, end)
	}
}

func siftOrdered[E cmp.Ordered](h []E, root, n int) {
	for {
		c := 2*root + 1
		if c >= n {
			return
		}
		if c+1 < n && less(h[c], h[c+1]) {
			c++
		}
		if !less(h[root], h[c]) {
			return
		}
		h[root], h[c] = h[c], h[root]
		root = c
	}
}

func quickFunc[E any](x []E, lo, hi, depth int, cmp func(a, b E) int) {
	for hi-lo > shortRun {
		if depth == 0 {
			heapFunc[E](x, lo, hi, cmp)
			return
		}
		depth--
		p := partitionFunc[E](x, lo, hi, cmp)
		if p-lo < hi-p {
			quickFunc[E](x, lo, p, depth, cmp)
			lo = p + 1
		} else {
			quickFunc[E](x, p+1, hi, depth, cmp)
			hi = p
		}
	}
	insertionFunc[E](x, lo, hi, cmp)
}

func insertionFunc[E any](x []E, lo, hi int, cmp func(a, b E) int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func partitionFunc[E any](x []E, lo, hi int, cmp func(a, b E) int) int {
	mid, last := lo+(hi-lo)/2, hi-1
	if cmp(x[mid], x[lo]) < 0 {
		x[mid], x[lo] = x[lo], x[mid]
	}
	if cmp(x[last], x[mid]) < 0 {
		x[last], x[mid] = x[mid], x[last]
		if cmp(x[mid], x[lo]) < 0 {
			x[mid], x[lo] = x[lo], x[mid]
		}
	}
	x[lo], x[mid] = x[mid], x[lo]
	i, j := lo+1, last
	for {
		for i <= j && cmp(x[i], x[lo]) < 0 {
			i++
		}
		for i <= j && cmp(x[lo], x[j]) < 0 {
			j--
		}
		if i >= j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[lo], x[j] = x[j], x[lo]
	return j
}

func heapFunc[E any](x []E, lo, hi int, cmp func(a, b E) int) {
	h := x[lo:hi]
	n := len(h)
	for i := n/2 - 1; i >= 0; i-- {
		siftFunc[E](h, i, n, cmp)
	}
	for end := n - 1; end > 0; end-- {
		h[0], h[end] = h[end], h[0]
		siftFunc[E](h, 0, end, cmp)
	}
}

func siftFunc[E any](h []E, root, n int, cmp func(a, b E) int) {
	for {
		c := 2*root + 1
		if c >= n {
			return
		}
		if c+1 < n && cmp(h[c], h[c+1]) < 0 {
			c++
		}
		if cmp(h[root], h[c]) >= 0 {
			return
		}
		h[root], h[c] = h[c], h[root]
		root = c
	}
}
