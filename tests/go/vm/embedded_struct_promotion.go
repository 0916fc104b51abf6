// run

// Fields and methods of an embedded struct are promoted to the outer struct.
package main

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return a.Name
}

func (a *Animal) Grow() {
	a.Legs++
}

type Dog struct {
	Animal
	Breed string
}

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	println(d.Name, d.Legs, d.Breed, d.Describe())
	d.Grow()
	println(d.Legs, d.Animal.Legs)
	d.Animal.Name = "max"
	println(d.Describe())
	p := Puppy{&d, 1}
	p.Grow()
	p.Name = "tiny"
	println(d.Legs, d.Name, p.Describe(), p.Age)
}

// Output:
// rex 4 lab rex
// 5 5
// max
// 6 tiny tiny 1
