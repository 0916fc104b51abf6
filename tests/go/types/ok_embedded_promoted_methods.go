// run

// Fields and methods of embedded structs (by value and by pointer) are
// promoted; an outer field or method shadows a deeper one.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }

func (a *Animal) Rename(n string) { a.Name = n }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Dog struct {
	Animal
	*Logger
	Breed string
}

func (d Dog) Describe() string { return "dog: " + d.Animal.Describe() }

type Describer interface{ Describe() string }

type Renamer interface{ Rename(string) }

func main() {
	d := Dog{Animal{"rex", 4}, &Logger{"> "}, "lab"}
	d.Rename("max") // promoted pointer method on addressable d
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Log("hello") // promoted through an embedded pointer
	var ds Describer = d
	var r Renamer = &d
	r.Rename("buddy")
	fmt.Println(ds.Describe(), d.Animal.Name)
}
