// errorcheck

// A type switch case whose type cannot implement the interface is an error
// (gc explains why on the next line: "w (variable of type Walker) cannot
// have dynamic type rock (missing method Walk)").
package main

type Walker interface{ Walk() }

type dog struct{}

func (dog) Walk() {}

type rock struct{}

func main() {
	var w Walker = dog{}
	switch w.(type) {
	case dog:
	case rock: // ERROR "^impossible type switch case: rock$"
	}
}
