// run

// ParseFloat rounds correctly to 64 and 32 bits and reports overflow as ErrRange with an infinity.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, s := range []string{"0.1", "0.30000000000000004", "2.5e-324", "4.9e-324", "1e-400", "1.7976931348623157e308", "1.7976931348623159e308", "1e400", "-1e400", "123456789012345678901234567890", "9007199254740993"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	for _, s := range []string{"0.1", "3.4028235e38", "3.4028236e38", "1e39", "1e-46", "16777217"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, float32(f), err)
	}
	z, _ := strconv.ParseFloat("-0", 64)
	fmt.Println(math.Signbit(z), 1/z)
}

// Output:
// 0.1 0.1 <nil>
// 0.30000000000000004 0.30000000000000004 <nil>
// 2.5e-324 5e-324 <nil>
// 4.9e-324 5e-324 <nil>
// 1e-400 0 <nil>
// 1.7976931348623157e308 1.7976931348623157e+308 <nil>
// 1.7976931348623159e308 +Inf strconv.ParseFloat: parsing "1.7976931348623159e308": value out of range
// 1e400 +Inf strconv.ParseFloat: parsing "1e400": value out of range
// -1e400 -Inf strconv.ParseFloat: parsing "-1e400": value out of range
// 123456789012345678901234567890 1.2345678901234568e+29 <nil>
// 9007199254740993 9.007199254740992e+15 <nil>
// 0.1 0.10000000149011612 0.1 <nil>
// 3.4028235e38 3.4028234663852886e+38 3.4028235e+38 <nil>
// 3.4028236e38 +Inf +Inf strconv.ParseFloat: parsing "3.4028236e38": value out of range
// 1e39 +Inf +Inf strconv.ParseFloat: parsing "1e39": value out of range
// 1e-46 0 0 <nil>
// 16777217 1.6777216e+07 1.6777216e+07 <nil>
// true -Inf
