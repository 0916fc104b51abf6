// run

// A token larger than the Scanner's buffer stops it with ErrTooLong;
// Buffer raises the limit; Split after Scan panics.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 100) + "\nshort\n"
	sc := bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(nil, 200)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	big := strings.Repeat("y", 70000)
	sc = bufio.NewScanner(strings.NewReader(big))
	fmt.Println(sc.Scan(), sc.Err())
	defer func() { fmt.Println("recovered:", recover()) }()
	sc.Split(bufio.ScanWords)
}

// Output:
// bufio.Scanner: token too long true
// 100
// 5
// <nil>
// false bufio.Scanner: token too long
// recovered: Split called after Scan
