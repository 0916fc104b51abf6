package sort

// IntSlice attaches Interface to []int, in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x IntSlice) Sort() { Sort(x) }

// Search is SearchInts(p, x).
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice attaches Interface to []float64, in increasing order with
// NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}

func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order, NaNs first.
func (x Float64Slice) Sort() { Sort(x) }

// Search is SearchFloat64s(p, x).
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// StringSlice attaches Interface to []string, in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort sorts x in increasing order.
func (x StringSlice) Sort() { Sort(x) }

// Search is SearchStrings(p, x).
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts x in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts x in increasing order, NaNs first.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts x in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted checks that x is in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted checks that x is in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted checks that x is in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// SearchInts returns the index at which x is, or would be inserted, in the
// sorted slice a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns the index at which x is, or would be inserted, in
// the sorted slice a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns the index at which x is, or would be inserted, in
// the sorted slice a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
