// run

// ParseInt and ParseUint clamp to the bitSize range and report ErrRange; bad bit sizes are errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, bits := range []int{8, 16, 32, 64} {
		hi, err1 := strconv.ParseInt("99999999999999999999", 10, bits)
		lo, err2 := strconv.ParseInt("-99999999999999999999", 10, bits)
		u, err3 := strconv.ParseUint("99999999999999999999", 10, bits)
		fmt.Println(bits, hi, lo, u, errors.Is(err1, strconv.ErrRange), errors.Is(err2, strconv.ErrRange), errors.Is(err3, strconv.ErrRange))
	}
	fmt.Println(strconv.ParseInt("127", 10, 8))
	fmt.Println(strconv.ParseInt("128", 10, 8))
	fmt.Println(strconv.ParseInt("-128", 10, 8))
	fmt.Println(strconv.ParseUint("255", 10, 8))
	fmt.Println(strconv.ParseUint("-1", 10, 8))
	fmt.Println(strconv.ParseInt("1", 10, 65))
	fmt.Println(strconv.ParseUint("18446744073709551615", 10, 0))
	fmt.Println(strconv.ParseUint("18446744073709551616", 10, 0))
}

// Output:
// 8 127 -128 255 true true true
// 16 32767 -32768 65535 true true true
// 32 2147483647 -2147483648 4294967295 true true true
// 64 9223372036854775807 -9223372036854775808 18446744073709551615 true true true
// 127 <nil>
// 127 strconv.ParseInt: parsing "128": value out of range
// -128 <nil>
// 255 <nil>
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// 0 strconv.ParseInt: parsing "1": invalid bit size 65
// 18446744073709551615 <nil>
// 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range
