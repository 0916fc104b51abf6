// run

// sort.SliceStable and sort.Stable keep equal elements in their original
// order, on small and large inputs.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (b byAge) Len() int           { return len(b) }
func (b byAge) Less(i, j int) bool { return b[i].age < b[j].age }
func (b byAge) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	people := []person{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}, {"f", 2}}
	p2 := append([]person(nil), people...)
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Stable(byAge(p2))
	fmt.Println(p2, sort.IsSorted(byAge(p2)))

	type kv struct{ k, v int }
	kvs := make([]kv, 3000)
	for i := range kvs {
		kvs[i] = kv{(i * 31) % 17, i}
	}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].k < kvs[j].k })
	stable := true
	for i := 1; i < len(kvs); i++ {
		if kvs[i-1].k > kvs[i].k || kvs[i-1].k == kvs[i].k && kvs[i-1].v > kvs[i].v {
			stable = false
		}
	}
	fmt.Println(stable, kvs[0], kvs[len(kvs)-1])
}

// Output:
// [{b 1} {e 1} {d 2} {f 2} {a 3} {c 3}]
// [{b 1} {e 1} {d 2} {f 2} {a 3} {c 3}] true
// true {0 0} {16 2998}
