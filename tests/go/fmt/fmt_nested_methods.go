// run

// String and Error methods are used for values nested in slices, maps,
// struct fields and interfaces, but not for unexported struct fields.
package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Failure struct{ Code int }

func (f Failure) Error() string { return fmt.Sprint("failure ", f.Code) }

type Paint struct {
	Main  Color
	Trim  Color
	inner Color
	Err   error
	Any   any
}

func main() {
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(map[Color]Color{2: 0, 0: 1})
	fmt.Println(map[string]error{"x": Failure{7}})
	p := Paint{Main: 1, Trim: 2, inner: 2, Err: Failure{3}, Any: Color(0)}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%v\n", &p)
	fmt.Printf("%d\n", p)
	fmt.Println([]any{Color(1), Failure{2}, "s"})
}

// Output:
// [red green blue]
// map[red:green blue:red]
// map[x:failure 7]
// {green blue 2 failure 3 red}
// {Main:green Trim:blue inner:2 Err:failure 3 Any:red}
// &{green blue 2 failure 3 red}
// {1 2 2 {3} 0}
// [green failure 2 s]
