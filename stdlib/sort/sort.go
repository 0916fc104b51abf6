// Package sort: sorting slices and user-defined collections.
//
// Written for gopark from the package documentation. The algorithms are
// plain Go because they call back into user code (Less, Swap, less funcs):
// Sort is an introspective quicksort (median of three, insertion sort on
// short runs, heapsort when recursion gets too deep), Stable is insertion
// sort on blocks followed by in-place merges by rotation.
package sort

// An Interface is a collection that can be sorted by index.
type Interface interface {
	// Len is the number of elements.
	Len() int
	// Less reports whether element i must sort before element j.
	Less(i, j int) bool
	// Swap swaps elements i and j.
	Swap(i, j int)
}

// Sort orders data by Less; equal elements may change places.
func Sort(data Interface) {
	n := data.Len()
	if n < 2 {
		return
	}
	depth := 0
	for i := n; i > 0; i >>= 1 {
		depth += 2
	}
	quickSort(data, 0, n, depth)
}

const shortRun = 12

func quickSort(data Interface, lo, hi, depth int) {
	for hi-lo > shortRun {
		if depth == 0 {
			heapSort(data, lo, hi)
			return
		}
		depth--
		p := partition(data, lo, hi)
		if p-lo < hi-p {
			quickSort(data, lo, p, depth)
			lo = p + 1
		} else {
			quickSort(data, p+1, hi, depth)
			hi = p
		}
	}
	insertionSort(data, lo, hi)
}

// partition moves the median of three samples to lo, partitions [lo, hi)
// around it and returns its final index.
func partition(data Interface, lo, hi int) int {
	mid := lo + (hi-lo)/2
	last := hi - 1
	if data.Less(mid, lo) {
		data.Swap(mid, lo)
	}
	if data.Less(last, mid) {
		data.Swap(last, mid)
		if data.Less(mid, lo) {
			data.Swap(mid, lo)
		}
	}
	data.Swap(lo, mid)
	i, j := lo+1, last
	for {
		for i <= j && data.Less(i, lo) {
			i++
		}
		for i <= j && data.Less(lo, j) {
			j--
		}
		if i >= j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(lo, j)
	return j
}

func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

func heapSort(data Interface, lo, hi int) {
	n := hi - lo
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(data, i, n, lo)
	}
	for end := n - 1; end > 0; end-- {
		data.Swap(lo, lo+end)
		siftDown(data, 0, end, lo)
	}
}

// siftDown restores the max-heap property of the heap of size n stored at
// offset off, starting at node root.
func siftDown(data Interface, root, n, off int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(off+child, off+child+1) {
			child++
		}
		if !data.Less(off+root, off+child) {
			return
		}
		data.Swap(off+root, off+child)
		root = child
	}
}

// Stable orders data by Less; equal elements keep their relative order.
func Stable(data Interface) {
	n := data.Len()
	const block = 20
	for lo := 0; lo < n; lo += block {
		hi := lo + block
		if hi > n {
			hi = n
		}
		insertionSort(data, lo, hi)
	}
	for size := block; size < n; size *= 2 {
		for lo := 0; lo+size < n; lo += 2 * size {
			hi := lo + 2*size
			if hi > n {
				hi = n
			}
			merge(data, lo, lo+size, hi)
		}
	}
}

// merge stably merges the sorted runs [a, m) and [m, b) in place.
func merge(data Interface, a, m, b int) {
	if a >= m || m >= b || !data.Less(m, m-1) {
		return
	}
	var cut1, cut2 int
	if m-a >= b-m {
		cut1 = a + (m-a)/2
		// right-run elements strictly smaller than data[cut1] go before it
		cut2 = firstTrue(m, b, func(k int) bool { return !data.Less(k, cut1) })
	} else {
		cut2 = m + (b-m)/2
		// left-run elements not greater than data[cut2] stay before it
		cut1 = firstTrue(a, m, func(k int) bool { return data.Less(cut2, k) })
	}
	rotate(data, cut1, m, cut2)
	mid := cut1 + (cut2 - m)
	merge(data, a, cut1, mid)
	merge(data, mid, cut2, b)
}

// firstTrue returns the first k in [lo, hi) with f(k), or hi; f must be
// false then true over the range.
func firstTrue(lo, hi int, f func(int) bool) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if f(h) {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// rotate exchanges the blocks [a, m) and [m, b).
func rotate(data Interface, a, m, b int) {
	reverse(data, a, m)
	reverse(data, m, b)
	reverse(data, a, b)
}

func reverse(data Interface, i, j int) {
	for j--; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// IsSorted checks that no element is Less than its predecessor.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reversed inverts Less of the Interface it holds.
type reversed struct {
	data Interface
}

func (r *reversed) Len() int           { return r.data.Len() }
func (r *reversed) Less(i, j int) bool { return r.data.Less(j, i) }
func (r *reversed) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns data with the order of Less reversed.
func Reverse(data Interface) Interface { return &reversed{data} }

// Search bisects [0, n) for the first index where f turns true (n if it
// never does); f must be monotone: false, then true.
func Search(n int, f func(int) bool) int { return firstTrue(0, n, f) }

// Find returns the smallest i in [0, n) with cmp(i) <= 0, or n, and
// whether cmp(i) == 0 there; cmp must be positive, then zero, then negative
// over [0, n).
func Find(n int, cmp func(int) int) (i int, found bool) {
	i = firstTrue(0, n, func(k int) bool { return cmp(k) <= 0 })
	return i, i < n && cmp(i) == 0
}

// funcs adapts a slice of unknown type and a less function to Interface.
type funcs struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (f *funcs) Len() int           { return f.n }
func (f *funcs) Less(i, j int) bool { return f.less(i, j) }
func (f *funcs) Swap(i, j int)      { sliceSwap(f.x, i, j) }

// Slice orders the slice x by less, not stably; x must be a slice.
func Slice(x any, less func(i, j int) bool) {
	Sort(&funcs{x: x, n: sliceLen(x), less: less})
}

// SliceStable orders the slice x by less, stably; x must be a slice.
func SliceStable(x any, less func(i, j int) bool) {
	Stable(&funcs{x: x, n: sliceLen(x), less: less})
}

// SliceIsSorted checks the slice x against less; x must be a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceLen gives len(x) for the slice in x, panicking as Go's reflection
// does for a non-slice; sliceSwap swaps two of its elements. Implemented
// natively by the VM.
func sliceLen(x any) int
func sliceSwap(x any, i, j int)
