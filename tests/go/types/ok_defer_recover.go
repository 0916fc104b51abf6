// run

// Deferred calls run last-in first-out, can change named results, and
// recover stops a panic.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func order() (s string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { s += fmt.Sprint(n) }(i)
	}
	return "x"
}

var errBoom = errors.New("boom")

func raise() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(errBoom)
}

func main() {
	fmt.Println(safeDiv(7, 2))
	_, err := safeDiv(1, 0)
	fmt.Println(err != nil)
	fmt.Println(order(), errors.Is(raise(), errBoom))
}
