// run

// Since Go 1.22 each loop iteration has its own variable, so closures see distinct values.
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for i, f := range fs {
		if i > 0 {
			print(" ")
		}
		print(f())
	}
	println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		print(g())
	}
	println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for i, h := range hs {
		if i > 0 {
			print(" ")
		}
		print(h())
	}
	println()
}

// Output:
// 0 10 20
// abc
// 0 1 2 true
// 1 3 5
