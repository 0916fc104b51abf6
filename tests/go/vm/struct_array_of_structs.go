// run

// Arrays of structs: elements are addressable and updated in place by index.
package main

type Item struct {
	Name  string
	Count int
}

func main() {
	var inv [3]Item
	inv[0] = Item{"apple", 3}
	inv[1].Name = "pear"
	inv[1].Count = 5
	inv[2] = Item{Name: "plum"}
	for i := range inv {
		inv[i].Count *= 2
	}
	total := 0
	for _, it := range inv {
		println(it.Name, it.Count)
		total += it.Count
	}
	println("total", total)
	p := &inv[2]
	p.Count = 42
	println(inv[2].Count)
}

// Output:
// apple 6
// pear 10
// plum 0
// total 16
// 42
