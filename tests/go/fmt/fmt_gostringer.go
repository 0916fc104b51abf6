// run

// %#v uses a GoString method when there is one, at any depth; other
// verbs ignore it.
package main

import "fmt"

type ID int

func (id ID) GoString() string { return fmt.Sprintf("ID(%d)", int(id)) }

type Rec struct {
	Key ID
	Val string
}

func main() {
	fmt.Printf("%#v\n", ID(5))
	fmt.Printf("%v %d\n", ID(5), ID(5))
	fmt.Printf("%#v\n", Rec{7, "x"})
	fmt.Printf("%#v\n", []ID{1, 2})
	fmt.Printf("%#v\n", map[string]ID{"a": 3})
}

// Output:
// ID(5)
// 5 5
// main.Rec{Key:ID(7), Val:"x"}
// []main.ID{ID(1), ID(2)}
// map[string]main.ID{"a":ID(3)}
