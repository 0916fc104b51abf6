// run

// A type with a Scan(fmt.ScanState, rune) method parses itself: Sscan,
// Sscanf and Fscan call it (it may scan from the state with Fscanf or
// take a Token), and its error, io.EOF made io.ErrUnexpectedEOF, stops
// the scan.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(st, "(%d,%d)", &p.X, &p.Y)
	return err
}

type Word string

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	*w = Word(strings.ToUpper(string(tok)) + string(verb))
	return nil
}

type AtEOF struct{}

func (AtEOF) Scan(st fmt.ScanState, verb rune) error { return io.EOF }

type Refuse struct{}

func (*Refuse) Scan(st fmt.ScanState, verb rune) error { return errors.New("refused") }

func main() {
	var p Point
	n, err := fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	var w1, w2 Word
	n, err = fmt.Sscan("  hello world", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	var k int
	n, err = fmt.Sscanf("7:abc", "%d:%s", &k, &w1)
	fmt.Println(n, err, k, w1)
	var q Point
	n, err = fmt.Fscan(strings.NewReader("(7,8) (9,10)"), &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscan("x", &q)
	fmt.Println(n, err, q)
	n, err = fmt.Sscan("1", AtEOF{})
	fmt.Println(n, err)
	n, err = fmt.Sscan("1 2", &k, &Refuse{})
	fmt.Println(n, err, k)
}

// Output:
// 1 <nil> {3 4}
// 2 <nil> HELLOv WORLDv
// 2 <nil> 7 ABCs
// 1 input does not match format {7 8} {0 0}
// 0 input does not match format {0 0}
// 0 unexpected EOF
// 1 refused 1
