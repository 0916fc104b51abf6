// errorcheck

// A method with the right name but the wrong signature does not implement
// the interface (gc adds "have" and "want" lines after the first).
package main

type Namer interface{ Name() string }

type user struct{}

func (user) Name() int { return 0 }

func main() {
	var n Namer = user{} // ERROR "^cannot use user\{\} \(value of type user\) as Namer value in variable declaration: user does not implement Namer \(wrong type for method Name\)"
	_ = n
}
