// run

// Storing a value whose size is not a multiple of 8 bytes ([3]byte,
// struct{ a, b byte }) writes exactly its bytes: the next element of a
// slice, and the next entry of a map, stay intact.
package main

type pair struct{ a, b byte }

func main() {
	s := [][3]byte{{1, 2, 3}, {4, 5, 6}}
	s[0] = [3]byte{7, 8, 9}
	println(s[0][2], s[1][0], s[1][2])

	p := []pair{{1, 2}, {3, 4}, {5, 6}}
	p[1] = pair{9, 9}
	println(p[0].b, p[1].a, p[2].a)

	bad := 0
	for i := 0; i < 300; i++ {
		m := make(map[[1]byte][1]byte)
		m[[1]byte{}] = [1]byte{1}
		m[[1]byte{1}] = [1]byte{2}
		if m[[1]byte{}][0] != 1 || m[[1]byte{1}][0] != 2 {
			bad++
		}
	}
	println("bad maps:", bad)
}

// Output:
// 9 4 6
// 2 9 5
// bad maps: 0
