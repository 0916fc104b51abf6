// run

// ParseComplex reads real, imaginary and full complex forms.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1+2i", "(1+2i)", "3i", "-2.5", "1e3-2.5e-1i", "0x1p-1+1i", "infi", "nan+nani", "1+i", "i", "1e400", "(1", "1+2j"} {
		c, err := strconv.ParseComplex(s, 128)
		fmt.Println(c, err)
	}
}

// Output:
// (1+2i) <nil>
// (1+2i) <nil>
// (0+3i) <nil>
// (-2.5+0i) <nil>
// (1000-0.25i) <nil>
// (0.5+1i) <nil>
// (0+Infi) <nil>
// (NaN+NaNi) <nil>
// (0+0i) strconv.ParseComplex: parsing "1+i": invalid syntax
// (0+0i) strconv.ParseComplex: parsing "i": invalid syntax
// (+Inf+0i) strconv.ParseComplex: parsing "1e400": value out of range
// (0+0i) strconv.ParseComplex: parsing "(1": invalid syntax
// (0+0i) strconv.ParseComplex: parsing "1+2j": invalid syntax
