// run

// A method value taken from an interface value binds the dynamic value at
// evaluation time; reassigning the interface later does not change it.
package main

type Speaker interface{ Say() string }

type Dog struct{ name string }

func (d Dog) Say() string { return d.name + " woof" }

type Cat struct{}

func (Cat) Say() string { return "meow" }

func main() {
	var s Speaker = Dog{"rex"}
	say := s.Say
	s = Cat{}
	println(say(), s.Say())
	funcs := []func() string{}
	for _, sp := range []Speaker{Dog{"a"}, Cat{}, Dog{"b"}} {
		funcs = append(funcs, sp.Say)
	}
	for _, f := range funcs {
		println(f())
	}
}

// Output:
// rex woof meow
// a woof
// meow
// b woof
