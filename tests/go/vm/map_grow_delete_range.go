// run

// A map grows past many resizes, deletes half its keys, and range visits
// each remaining entry once.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 100000; i++ {
		m[i] = i * 2
	}
	for i := 0; i < 100000; i += 2 {
		delete(m, i)
	}
	sum := 0
	for k, v := range m {
		sum += k + v
	}
	words := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		words[w]++
	}
	println(len(m), sum, words["a"], words["b"], words["z"])
}

// Output:
// 50000 7500000000 3 1 0
