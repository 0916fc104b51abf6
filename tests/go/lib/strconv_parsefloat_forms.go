// run

// ParseFloat accepts Go float literals: decimal, hexadecimal, underscores, inf and nan.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.25", "-0", ".5", "5.", "1e3", "1E-2", "0x1p-2", "0x1.8p1", "0X.8P+1", "1_000.5", "inf", "+Inf", "-infinity", "NaN", "nan", "1e", "0x1", "1.2.3", "", "+nan", "1_", " 1"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
}

// Output:
// 3.25 3.25 <nil>
// -0 -0 <nil>
// .5 0.5 <nil>
// 5. 5 <nil>
// 1e3 1000 <nil>
// 1E-2 0.01 <nil>
// 0x1p-2 0.25 <nil>
// 0x1.8p1 3 <nil>
// 0X.8P+1 1 <nil>
// 1_000.5 1000.5 <nil>
// inf +Inf <nil>
// +Inf +Inf <nil>
// -infinity -Inf <nil>
// NaN NaN <nil>
// nan NaN <nil>
// 1e 0 strconv.ParseFloat: parsing "1e": invalid syntax
// 0x1 0 strconv.ParseFloat: parsing "0x1": invalid syntax
// 1.2.3 0 strconv.ParseFloat: parsing "1.2.3": invalid syntax
//  0 strconv.ParseFloat: parsing "": invalid syntax
// +nan 0 strconv.ParseFloat: parsing "+nan": invalid syntax
// 1_ 0 strconv.ParseFloat: parsing "1_": invalid syntax
//  1 0 strconv.ParseFloat: parsing " 1": invalid syntax
