// run

// clear deletes every entry of a map, and sets every element of a slice to its
// zero value without changing its length; clearing a subslice zeroes only it.
package main

type P struct {
	X int
	S string
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	println(len(m), len(alias), m["a"])
	m["d"] = 4
	println(len(alias))
	s := []int{1, 2, 3, 4, 5}
	clear(s[1:3])
	println(len(s), s[0], s[1], s[2], s[3], s[4])
	clear(s)
	println(len(s), cap(s), s[0], s[4])
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	println(ps[0].X, ps[1].S == "")
	var nm map[int]int
	clear(nm) // no-op on nil map
	println(len(nm))
}

// Output:
// 0 0 0
// 1
// 5 1 0 0 4 5
// 5 5 0 0
// 0 true
// 0
