// run

// maps.Clone, Copy, DeleteFunc, Equal and EqualFunc (Go 1.22 has no
// Keys/Values).
package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["a"] = 100
	fmt.Println(m["a"], c["a"], len(c))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil)
	maps.Copy(c, map[string]int{"d": 4, "a": 5})
	fmt.Println(c)
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	fmt.Println(maps.Equal(m, map[string]int{"c": 3, "b": 2, "a": 1}), maps.Equal(m, c))
	up := map[string]string{"a": "X", "b": "Y"}
	fmt.Println(maps.EqualFunc(map[string]string{"a": "x", "b": "y"}, up, strings.EqualFold))
}

// Output:
// 1 100 3
// true
// map[a:5 b:2 c:3 d:4]
// map[b:2 d:4]
// true false
// true
