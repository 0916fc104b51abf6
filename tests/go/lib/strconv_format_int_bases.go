// run

// FormatInt, FormatUint and Itoa in bases 2..36, and the Append forms.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, b := range []int{2, 7, 8, 10, 16, 36} {
		fmt.Println(strconv.FormatInt(-255, b), strconv.FormatUint(math.MaxUint64, b))
	}
	fmt.Println(strconv.FormatInt(math.MinInt64, 10), strconv.FormatInt(math.MinInt64, 2))
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-7), strconv.Itoa(math.MaxInt64))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\n")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "é")
	fmt.Println(string(b))
}

// Output:
// -11111111 1111111111111111111111111111111111111111111111111111111111111111
// -513 45012021522523134134601
// -377 1777777777777777777777
// -255 18446744073709551615
// -ff ffffffffffffffff
// -73 3w5e11264sgsf
// -9223372036854775808 -1000000000000000000000000000000000000000000000000000000000000000
// 0 -7 9223372036854775807
// n=-42 ff false "q\n" '☺' '\u263a' "\u00e9"
