// run

// append to a nil slice of structs allocates; appended values are copies, and
// fields of elements can be updated in place through the index.
package main

type Item struct {
	Name string
	Qty  int
}

func main() {
	var items []Item
	println(items == nil, len(items))
	it := Item{"apple", 1}
	items = append(items, it)
	it.Qty = 99
	items = append(items, Item{"pear", 2}, Item{Name: "fig"})
	println(items != nil, len(items), items[0].Qty)
	items[2].Qty += 5
	for i := range items {
		items[i].Qty *= 10
	}
	for _, x := range items {
		println(x.Name, x.Qty)
	}
	var more []Item
	more = append(more, items[1:]...)
	more[0].Name = "changed"
	println(len(more), items[1].Name)
}

// Output:
// true 0
// true 3 1
// apple 10
// pear 20
// fig 50
// 2 pear
