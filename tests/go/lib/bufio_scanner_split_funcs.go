// run

// bufio.ScanWords, ScanRunes (bad UTF-8 becomes U+FFFD), ScanBytes and a
// custom SplitFunc that returns ErrFinalToken.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("  hello\tworld \n\u00a0 thé\u2003end  "))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf(" %q", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("aé\xff世"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf(" %q", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(" ", sc.Bytes())
	}
	fmt.Println()
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c != ',' {
				continue
			}
			if string(data[:i]) == "STOP" {
				return i + 1, []byte("stopped"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(strings.NewReader("a,b,,STOP,c,d"))
	sc.Split(commas)
	for sc.Scan() {
		fmt.Printf(" %q", sc.Text())
	}
	fmt.Println(sc.Err())
}

// Output:
//  "hello" "world" "thé" "end"
//  "a" "é" "�" "世"
//  [97] [98] [99]
//  "a" "b" "" "stopped"<nil>
