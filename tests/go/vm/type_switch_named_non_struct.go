// run

// A type switch distinguishes named non-struct types from their underlying
// types, and the bound variable has the named type with its methods.
package main

type Celsius float64
type Names []string
type Code int

func (c Code) Double() Code { return c * 2 }

func what(e interface{}) {
	switch v := e.(type) {
	case int:
		println("int", v)
	case Code:
		println("Code", int(v.Double()))
	case Celsius:
		println("Celsius", v > 30)
	case Names:
		println("Names", len(v), v[0])
	case []string:
		println("[]string", len(v))
	case float64:
		println("float64")
	}
}

func main() {
	what(7)
	what(Code(7))
	what(Celsius(31.5))
	what(31.5)
	what(Names{"a", "b"})
	what([]string{"c"})
}

// Output:
// int 7
// Code 14
// Celsius true
// float64
// Names 2 a
// []string 1
