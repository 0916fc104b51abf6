// run

// Keys narrower than a word (negative int8s, bools, uint16s) and keys of
// size zero hash and compare by their own bytes only.
package main

type empty struct{}

func main() {
	m8 := map[int8]int8{}
	for i := -128; i < 128; i++ {
		m8[int8(i)] = int8(-i)
	}
	delete(m8, -1)
	v, ok := m8[-1]
	w, ok2 := m8[-128]
	println(len(m8), v, ok, w, ok2, m8[127], m8[0])

	mb := map[bool]string{true: "yes", false: "no"}
	println(len(mb), mb[true], mb[false])

	m16 := map[uint16]bool{}
	for i := 0; i < 70000; i += 7 {
		m16[uint16(i)] = true
	}
	println(len(m16), m16[65535], m16[7])

	me := map[empty]int{}
	me[empty{}]++
	me[empty{}]++
	println(len(me), me[empty{}])
	mee := map[empty]empty{{}: {}}
	_, ok3 := mee[empty{}]
	println(len(mee), ok3)
}

// Output:
// 255 0 false -128 true -127 0
// 2 yes no
// 10000 false true
// 1 2
// 1 true
