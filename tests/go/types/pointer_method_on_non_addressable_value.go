// errorcheck

// A pointer method cannot be called on a value that has no address.
package main

type T struct{ n int }

func (t *T) Set(n int) { t.n = n }

func make_() T { return T{} }

func main() {
	var t T
	t.Set(1)       // fine: t is addressable
	T{}.Set(2)     // ERROR "^cannot call pointer method Set on T$"
	make_().Set(3) // ERROR "^cannot call pointer method Set on T$"
}
