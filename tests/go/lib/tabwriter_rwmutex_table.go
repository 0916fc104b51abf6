// run

// The shape of the concurrency guide's RWMutex benchmark table: a
// tabwriter over os.Stdout (minwidth 0, tabwidth 1, padding 2, spaces)
// with rows written by fmt.Fprintf and one Flush at the end.
package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

// dur prints microseconds the way time.Duration does for these sizes.
func dur(us int) string {
	if us < 1000 {
		return fmt.Sprintf("%dµs", us)
	}
	return fmt.Sprintf("%gms", float64(us)/1000)
}

func main() {
	tw := tabwriter.NewWriter(os.Stdout, 0, 1, 2, ' ', 0)
	defer tw.Flush()
	fmt.Fprintf(tw, "Readers\tRWMutex\tMutex\n")
	for i := 0; i < 12; i++ {
		count := int(math.Pow(2, float64(i)))
		rw := dur(count*37 + 1500)
		mu := dur(count*91 + 900)
		fmt.Fprintf(tw, "%d\t%v\t%v\n", count, rw, mu)
	}
}

// Output:
// Readers  RWMutex   Mutex
// 1        1.537ms   991µs
// 2        1.574ms   1.082ms
// 4        1.648ms   1.264ms
// 8        1.796ms   1.628ms
// 16       2.092ms   2.356ms
// 32       2.684ms   3.812ms
// 64       3.868ms   6.724ms
// 128      6.236ms   12.548ms
// 256      10.972ms  24.196ms
// 512      20.444ms  47.492ms
// 1024     39.388ms  94.084ms
// 2048     77.276ms  187.268ms
