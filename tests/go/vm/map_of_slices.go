// run

// A map whose values are slices: append to the value and store it back.
package main

func main() {
	groups := map[int][]string{}
	words := []string{"go", "is", "fun", "and", "it", "runs", "fast"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	for n := 1; n <= 4; n++ {
		g := groups[n]
		print(n, ":", len(g))
		for _, w := range g {
			print(" ", w)
		}
		println()
	}
	groups[2][0] = "GO"
	println(groups[2][0], words[0])
}

// Output:
// 1:0
// 2:3 go is it
// 3:2 fun and
// 4:2 runs fast
// GO go
