// run

// math/rand: two sources with one seed give one sequence; values stay in
// their ranges; Perm is a permutation; Shuffle keeps the elements; bad
// bounds panic with Go's messages.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	a := rand.New(rand.NewSource(42))
	b := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		if a.Int63() != b.Int63() {
			same = false
		}
	}
	fmt.Println("same sequence:", same)

	r := rand.New(rand.NewSource(7))
	ok := true
	seen := map[int]bool{}
	for i := 0; i < 10000; i++ {
		n := r.Intn(10)
		f := r.Float64()
		if n < 0 || n >= 10 || f < 0 || f >= 1 || r.Int31n(3) >= 3 || r.Int63n(1000) >= 1000 {
			ok = false
		}
		seen[n] = true
	}
	fmt.Println("in range:", ok, "all of 0..9 seen:", len(seen) == 10)

	p := r.Perm(8)
	sort.Ints(p)
	fmt.Println(p)
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sort.Strings(s)
	fmt.Println(s)
	fmt.Println(rand.Intn(5) < 5, len(rand.Perm(3)))

	defer func() { fmt.Println("recovered:", recover()) }()
	rand.Intn(0)
}

// Output:
// same sequence: true
// in range: true all of 0..9 seen: true
// [0 1 2 3 4 5 6 7]
// [a b c d e]
// true 3
// recovered: invalid argument to Intn
