// run

// Structs under %v, %+v (field names) and %#v (Go syntax, with nested
// values in Go syntax too).
package main

import "fmt"

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
	Tags   map[string]int
	Scale  float64
	hidden bool
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	s := Shape{"tri", []Point{{0, 0}, {3, 4}}, map[string]int{"b": 2, "a": 1}, 1.5, true}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%#v\n", s)
	var z Shape
	fmt.Printf("%v\n%#v\n", z, z)
	fmt.Printf("%v %#v\n", struct{}{}, struct{ A any }{})
}

// Output:
// {1 2} {X:1 Y:2} main.Point{X:1, Y:2}
// {tri [{0 0} {3 4}] map[a:1 b:2] 1.5 true}
// {Name:tri Points:[{X:0 Y:0} {X:3 Y:4}] Tags:map[a:1 b:2] Scale:1.5 hidden:true}
// main.Shape{Name:"tri", Points:[]main.Point{main.Point{X:0, Y:0}, main.Point{X:3, Y:4}}, Tags:map[string]int{"a":1, "b":2}, Scale:1.5, hidden:true}
// { [] map[] 0 false}
// main.Shape{Name:"", Points:[]main.Point(nil), Tags:map[string]int(nil), Scale:0, hidden:false}
// {} struct { A interface {} }{A:interface {}(nil)}
