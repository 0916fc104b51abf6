// run

// A String or Error method that panics prints %!verb(PANIC=String method:
// value); a nil pointer receiver that panics prints <nil>.
package main

import (
	"errors"
	"fmt"
)

type Boom int

func (Boom) String() string { panic("boom") }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("inner failure")) }

type Box struct{ n int }

func (b *Box) String() string { return fmt.Sprint("box ", b.n) }

func main() {
	fmt.Println(Boom(1))
	fmt.Printf("%s|%d\n", Boom(2), Boom(3))
	fmt.Println(BadErr{})
	var b *Box
	fmt.Println(b, &Box{4})
	fmt.Printf("[%v]\n", []*Box{nil, &Box{5}})
	fmt.Println("still running")
}

// Output:
// %!v(PANIC=String method: boom)
// %!s(PANIC=String method: boom)|3
// %!v(PANIC=Error method: inner failure)
// <nil> box 4
// [[<nil> box 5]]
// still running
