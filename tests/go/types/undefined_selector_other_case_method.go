// errorcheck

// A call of a method under the wrong case of its first letter gets a hint
// naming the method.
package main

type T struct{}

func (T) Close() {}

func main() {
	var t T
	t.close() // ERROR "^t\.close undefined \(type T has no field or method close, but does have Close\)$"
}
