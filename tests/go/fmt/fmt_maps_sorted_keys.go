// run

// Maps print with their keys sorted: numbers numerically, strings
// bytewise; %#v shows Go syntax, nil maps print map[] or T(nil).
package main

import "fmt"

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 2, "Zed": 0}
	fmt.Println(m)
	fmt.Printf("%v\n%#v\n", m, m)
	im := map[int]string{10: "ten", -5: "minus five", 2: "two", 0: "zero"}
	fmt.Println(im)
	fmt.Println(map[uint8]bool{200: true, 3: false, 100: true})
	var nm map[string]int
	fmt.Printf("%v %#v %#v\n", nm, nm, map[string]int{})
	fmt.Println(map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Printf("%+v\n", map[string]struct{ A, B int }{"s": {1, 2}})
}

// Output:
// map[Zed:0 apple:1 fig:2 pear:3]
// map[Zed:0 apple:1 fig:2 pear:3]
// map[string]int{"Zed":0, "apple":1, "fig":2, "pear":3}
// map[-5:minus five 0:zero 2:two 10:ten]
// map[3:false 100:true 200:true]
// map[] map[string]int(nil) map[string]int{}
// map[a:[1 1] b:[2]]
// map[s:{A:1 B:2}]
