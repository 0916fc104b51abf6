// run

// The fmt.ScanState a Scan method gets: Width reports the directive's
// width, ReadRune gives io.EOF at the width and after the newline that
// ends a Scanln line, SkipSpace and Token skip blanks, and Read fails.
package main

import (
	"fmt"
	"strings"
)

type Runes struct {
	got []string
}

func (x *Runes) Scan(st fmt.ScanState, verb rune) error {
	if w, ok := st.Width(); ok {
		x.got = append(x.got, fmt.Sprint("width ", w))
	}
	for {
		r, size, err := st.ReadRune()
		if err != nil {
			x.got = append(x.got, err.Error())
			return nil
		}
		x.got = append(x.got, fmt.Sprintf("%q/%d", r, size))
	}
}

type Tok struct{ s string }

func (t *Tok) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	b, err := st.Token(false, nil)
	t.s = string(b)
	return err
}

type Reader struct{}

func (*Reader) Scan(st fmt.ScanState, verb rune) error {
	n, err := st.Read(make([]byte, 3))
	fmt.Println("Read:", n, err)
	return nil
}

func main() {
	var a, b, c Runes
	n, err := fmt.Sscanf("héllo", "%3v", &a)
	fmt.Println(n, err, a.got)
	n, err = fmt.Sscanln("ab\ncd", &b)
	fmt.Println(n, err, b.got)
	n, err = fmt.Sscan("x\ny", &c)
	fmt.Println(n, err, c.got)
	var t Tok
	n, err = fmt.Fscanln(strings.NewReader("  tok  \nrest"), &t)
	fmt.Println(n, err, t.s)
	n, err = fmt.Sscanln("  \n x", &t)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", &Reader{})
	fmt.Println(n, err)
}

// Output:
// 1 <nil> [width 3 'h'/1 'é'/2 'l'/1 EOF]
// 1 <nil> ['a'/1 'b'/1 '\n'/1 EOF]
// 1 <nil> ['x'/1 '\n'/1 'y'/1 EOF]
// 1 <nil> tok
// 0 unexpected newline
// Read: 0 ScanState's Read should not be called. Use ReadRune
// 1 <nil>
