// run

// Named types of basic kinds print like their underlying kinds, and %#v
// shows unsigned values in hex and strings quoted.
package main

import "fmt"

type (
	Count  uint
	Score  int16
	Ratio  float32
	Label  string
	Switch bool
)

func main() {
	fmt.Println(Count(3), Score(-4), Ratio(0.1), Label("l"), Switch(true))
	fmt.Printf("%#v %#v %#v %#v %#v\n", Count(3), Score(-4), Ratio(0.5), Label("l"), Switch(true))
	fmt.Printf("%x %o %5.2f %q %t\n", Count(255), Score(8), Ratio(1.5), Label("q"), Switch(false))
	fmt.Printf("%#v\n", []Count{1, 16})
	fmt.Printf("%#v\n", map[Label]Score{"a": 1})
}

// Output:
// 3 -4 0.1 l true
// 0x3 -4 0.5 "l" true
// ff 10  1.50 "q" false
// []main.Count{0x1, 0x10}
// map[main.Label]main.Score{"a":1}
