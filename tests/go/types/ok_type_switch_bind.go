// run

// A type switch binds a variable of the case's type in single-type cases and
// of the operand's type in multi-type and default cases.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case string, []byte:
		return fmt.Sprintf("text %v", x)
	case error:
		return "error " + x.Error()
	case Shape:
		return fmt.Sprint("shape ", x.Area())
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		_ = x
		return "other"
	}
}

func main() {
	fmt.Println(describe(nil), describe(1), describe("s"), describe([]byte("b")))
	fmt.Println(describe(errors.New("e")), describe(Rect{2, 3}), describe(func() int { return 7 }), describe(1.5))
	var s Shape = Rect{1, 1}
	if r, ok := s.(Rect); ok {
		fmt.Println(r.W)
	}
	switch s.(type) {
	case Rect:
		fmt.Println("rect")
	}
}
