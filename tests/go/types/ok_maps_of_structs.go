// run

// Struct values in maps are read and replaced whole; maps of pointers allow
// updates in place; composite literals may elide element types.
package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Salary int
	Tags   []string
}

func main() {
	staff := map[string]Employee{
		"a": {Name: "Ann", Salary: 10},
		"b": {"Bob", 20, []string{"x"}},
	}
	e := staff["a"]
	e.Salary += 5
	staff["a"] = e
	staff["b"].Tags[0] = "y" // the slice is shared: this is not a field assignment
	if _, ok := staff["c"]; !ok {
		staff["c"] = Employee{Name: "Cy"}
	}
	ptrs := map[string]*Employee{"d": {Name: "Dee"}}
	ptrs["d"].Salary = 7
	keys := make([]string, 0, len(staff))
	for k := range staff {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, staff[k].Name, staff[k].Salary)
	}
	nested := map[string]map[int][]Employee{"t": {1: {{Name: "Z"}}}}
	delete(staff, "c")
	fmt.Println(ptrs["d"].Salary, staff["b"].Tags, nested["t"][1][0].Name, len(staff))
}
