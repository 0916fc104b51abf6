// run

// In a type switch case listing several types, the bound variable keeps the
// switched-on interface type; in a single-type case it has that type.
package main

type Num interface{ Val() int }

type A int

func (a A) Val() int { return int(a) }

type B struct{ v int }

func (b B) Val() int { return b.v * 10 }

type C string

func (c C) Val() int { return len(c) }

func describe(n Num) {
	switch x := n.(type) {
	case A, B:
		// x has type Num here
		println("A or B:", x.Val())
	case C:
		println("C:", string(x), x.Val())
	}
}

func kind(e interface{}) string {
	switch v := e.(type) {
	case int, int64:
		_, isInt := v.(int)
		if isInt {
			return "int"
		}
		return "int64"
	case string, []byte:
		return "text"
	}
	return "other"
}

func main() {
	describe(A(3))
	describe(B{4})
	describe(C("hello"))
	println(kind(1), kind(int64(2)), kind("s"), kind([]byte("b")), kind(1.5))
}

// Output:
// A or B: 3
// A or B: 40
// C: hello 5
// int int64 text text other
