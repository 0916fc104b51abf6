// run

// ParseInt in bases 2..36 and base 0 with prefixes and underscores.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, base := range []int{2, 8, 10, 16, 36} {
		v, err := strconv.ParseInt("101", base, 64)
		fmt.Println(base, v, err)
	}
	for _, s := range []string{"0b1011", "0o17", "017", "0x_FF", "0XfF", "1_000_000", "0_7", "_1", "1_", "1__0", "0x", "08", "-0b11", "zz"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, v, err)
	}
	v, err := strconv.ParseInt("zz", 36, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 37, 64)
	fmt.Println(err)
}

// Output:
// 2 5 <nil>
// 8 65 <nil>
// 10 101 <nil>
// 16 257 <nil>
// 36 1297 <nil>
// 0b1011 11 <nil>
// 0o17 15 <nil>
// 017 15 <nil>
// 0x_FF 255 <nil>
// 0XfF 255 <nil>
// 1_000_000 1000000 <nil>
// 0_7 7 <nil>
// _1 0 strconv.ParseInt: parsing "_1": invalid syntax
// 1_ 0 strconv.ParseInt: parsing "1_": invalid syntax
// 1__0 0 strconv.ParseInt: parsing "1__0": invalid syntax
// 0x 0 strconv.ParseInt: parsing "0x": invalid syntax
// 08 0 strconv.ParseInt: parsing "08": invalid syntax
// -0b11 -3 <nil>
// zz 0 strconv.ParseInt: parsing "zz": invalid syntax
// 1295 <nil>
// strconv.ParseInt: parsing "1": invalid base 1
// strconv.ParseInt: parsing "1": invalid base 37
