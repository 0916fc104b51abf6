// run

// The Is* predicates across scripts, including non-ASCII spaces, digits and marks.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', '٣', 'Ⅻ', '½', ' ', '\u00a0', '\u2003', '\u200b', '\n', '\u0085', 'é', 'ǅ', '中', '!', '¿', '$', '€', '+', '©', '\u0301', '\x00', '\x9f', 0xD800, 0x10FFFF, -1} {
		fmt.Printf("%U L%v D%v N%v S%v U%v Lo%v T%v P%v Sy%v Pr%v G%v C%v M%v\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r),
			unicode.IsSymbol(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.IsMark(r))
	}
}

// Output:
// U+0061 Ltrue Dfalse Nfalse Sfalse Ufalse Lotrue Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+005A Ltrue Dfalse Nfalse Sfalse Utrue Lofalse Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+0035 Lfalse Dtrue Ntrue Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+0663 Lfalse Dtrue Ntrue Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+216B Lfalse Dfalse Ntrue Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+00BD Lfalse Dfalse Ntrue Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+0020 Lfalse Dfalse Nfalse Strue Ufalse Lofalse Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+00A0 Lfalse Dfalse Nfalse Strue Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gtrue Cfalse Mfalse
// U+2003 Lfalse Dfalse Nfalse Strue Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gtrue Cfalse Mfalse
// U+200B Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gfalse Cfalse Mfalse
// U+000A Lfalse Dfalse Nfalse Strue Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gfalse Ctrue Mfalse
// U+0085 Lfalse Dfalse Nfalse Strue Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gfalse Ctrue Mfalse
// U+00E9 Ltrue Dfalse Nfalse Sfalse Ufalse Lotrue Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+01C5 Ltrue Dfalse Nfalse Sfalse Ufalse Lofalse Ttrue Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+4E2D Ltrue Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mfalse
// U+0021 Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Ptrue Syfalse Prtrue Gtrue Cfalse Mfalse
// U+00BF Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Ptrue Syfalse Prtrue Gtrue Cfalse Mfalse
// U+0024 Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Sytrue Prtrue Gtrue Cfalse Mfalse
// U+20AC Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Sytrue Prtrue Gtrue Cfalse Mfalse
// U+002B Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Sytrue Prtrue Gtrue Cfalse Mfalse
// U+00A9 Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Sytrue Prtrue Gtrue Cfalse Mfalse
// U+0301 Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prtrue Gtrue Cfalse Mtrue
// U+0000 Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gfalse Ctrue Mfalse
// U+009F Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gfalse Ctrue Mfalse
// U+D800 Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gfalse Cfalse Mfalse
// U+10FFFF Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gfalse Cfalse Mfalse
// U+FFFFFFFFFFFFFFFF Lfalse Dfalse Nfalse Sfalse Ufalse Lofalse Tfalse Pfalse Syfalse Prfalse Gfalse Cfalse Mfalse
