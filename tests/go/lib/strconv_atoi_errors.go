// run

// Atoi reports *NumError with Func "Atoi" and the clamped value on overflow.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+8", "12a", "", "+", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
}

// Output:
// 42 <nil>
// -17 <nil>
// 8 <nil>
// 0 strconv.Atoi: parsing "12a": invalid syntax
// 0 strconv.Atoi: parsing "": invalid syntax
// 0 strconv.Atoi: parsing "+": invalid syntax
// 0 strconv.Atoi: parsing " 1": invalid syntax
// 9223372036854775807 <nil>
// 9223372036854775807 strconv.Atoi: parsing "9223372036854775808": value out of range
// -9223372036854775808 strconv.Atoi: parsing "-9223372036854775809": value out of range
// 0 strconv.Atoi: parsing "0x10": invalid syntax
// 0 strconv.Atoi: parsing "1_000": invalid syntax
