// run

// A Format method receives the verb and a State reporting width,
// precision and flags, and writes its output itself.
package main

import "fmt"

type Money int

func (m Money) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	p, hasP := f.Precision()
	fmt.Fprintf(f, "<%c", verb)
	if hasW {
		fmt.Fprintf(f, " w=%d", w)
	}
	if hasP {
		fmt.Fprintf(f, " p=%d", p)
	}
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			fmt.Fprintf(f, " flag%c", c)
		}
	}
	fmt.Fprintf(f, " %s %d>", fmt.FormatString(f, verb), int(m))
}

func main() {
	fmt.Printf("%v\n", Money(5))
	fmt.Printf("%-8.2f\n", Money(6))
	fmt.Printf("%+#x\n", Money(7))
	fmt.Printf("%#v\n", Money(8))
	fmt.Println(Money(9), []Money{10})
	fmt.Printf("%T\n", Money(1))
}

// Output:
// <v %v 5>
// <f w=8 p=2 flag- %-8.2f 6>
// <x flag+ flag# %+#x 7>
// <v flag# %#v 8>
// <v %v 9> [<v %v 10>]
// main.Money
