// run

// copy from a string into a []byte copies bytes, up to the shorter length,
// and returns the count copied.
package main

func main() {
	b := make([]byte, 3)
	n := copy(b, "hello")
	println(n, string(b))
	big := make([]byte, 8)
	n = copy(big, "hi")
	println(n, len(big), string(big[:n]), big[2])
	n = copy(big[4:], "héllo") // é is two bytes
	println(n, string(big[4:]))
	n = copy(b, "")
	println(n, string(b))
}

// Output:
// 3 hel
// 2 8 hi 0
// 4 hél
// 0 hel
