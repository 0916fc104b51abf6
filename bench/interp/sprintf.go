// Sprintf: 200000 calls of fmt.Sprintf with an integer, a string, a float
// with width and precision, and a %v of a small slice; the lengths of the
// results are summed so none can be skipped.
package main

import "fmt"

func main() {
	names := []string{"alpha", "beta", "gamma", "delta"}
	vals := []int{1, 22, 333}
	total := 0
	for i := 0; i < 200000; i++ {
		s := fmt.Sprintf("%d %s %5.2f %v", i, names[i%4], float64(i)/7, vals)
		total += len(s)
	}
	println(total)
}
