// run

// A String method sets how %v, %s, %q, %x and Print show a value, with
// value or pointer receivers; %d ignores it.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair struct{ A, B int }

func (p *Pair) String() string { return fmt.Sprintf("<%d,%d>", p.A, p.B) }

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

func main() {
	c := Celsius(21.5)
	fmt.Println(c)
	fmt.Printf("%v|%s|%q|%x|%10s|%-8v|\n", c, c, c, c, c, c)
	p := Pair{1, 2}
	fmt.Println(&p, p)
	fmt.Printf("%v %d %+v\n", Level(2), Level(2), Level(1))
	fmt.Print(Level(0), Level(1), "\n")
}

// Output:
// 21.5°C
// 21.5°C|21.5°C|"21.5°C"|32312e35c2b043|    21.5°C|21.5°C  |
// <1,2> {1 2}
// high 2 mid
// low mid
