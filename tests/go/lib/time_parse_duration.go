// run

// ParseDuration: signs, fractions, every unit (us, µs and μs), several
// units in a row, the int64 limits, and the three error messages.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"0", "-0", "+0", "0s", "1h2m0.5s", "1.5µs", "1.5μs", "1.5us",
		"-3ns", ".5s", "5.s", "-1.5h", "1m1ms1us1ns", "0.1234567890123456789h",
		"9223372036854775807ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"9223372036854775808ns", "100000000000000000000s",
		"", "-", ".s", "1", "1h1", "1x", "1hh", "1e3s"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q %v %v\n", s, d, err)
	}
}

// Output:
// "0" 0s <nil>
// "-0" 0s <nil>
// "+0" 0s <nil>
// "0s" 0s <nil>
// "1h2m0.5s" 1h2m0.5s <nil>
// "1.5µs" 1.5µs <nil>
// "1.5μs" 1.5µs <nil>
// "1.5us" 1.5µs <nil>
// "-3ns" -3ns <nil>
// ".5s" 500ms <nil>
// "5.s" 5s <nil>
// "-1.5h" -1h30m0s <nil>
// "1m1ms1us1ns" 1m0.001001001s <nil>
// "0.1234567890123456789h" 7m24.444440444s <nil>
// "9223372036854775807ns" 2562047h47m16.854775807s <nil>
// "-9223372036854775808ns" -2562047h47m16.854775808s <nil>
// "2562047h47m16.854775807s" 2562047h47m16.854775807s <nil>
// "9223372036854775808ns" 0s time: invalid duration "9223372036854775808ns"
// "100000000000000000000s" 0s time: invalid duration "100000000000000000000s"
// "" 0s time: invalid duration ""
// "-" 0s time: invalid duration "-"
// ".s" 0s time: invalid duration ".s"
// "1" 0s time: missing unit in duration "1"
// "1h1" 0s time: missing unit in duration "1h1"
// "1x" 0s time: unknown unit "x" in duration "1x"
// "1hh" 0s time: unknown unit "hh" in duration "1hh"
// "1e3s" 0s time: unknown unit "e" in duration "1e3s"
