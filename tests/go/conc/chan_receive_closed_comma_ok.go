// run

// Receiving from a closed channel yields its buffered values first, then
// the zero value with ok == false, forever.
package main

import "fmt"

type pair struct {
	name string
	n    int
}

func main() {
	ch := make(chan pair, 2)
	ch <- pair{"x", 1}
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%q %d %v\n", v.name, v.n, ok)
	var w, ok2 = <-ch
	fmt.Println(w, ok2)
	fmt.Println(<-ch)
}

// Output:
// {x 1} true
// "" 0 false
// { 0} false
// { 0}
