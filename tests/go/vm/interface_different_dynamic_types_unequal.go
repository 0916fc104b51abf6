// run

// Interface values whose dynamic types differ are unequal even when the
// underlying values look the same.
package main

type MyInt int

func main() {
	var a interface{} = 1
	var b interface{} = MyInt(1)
	var c interface{} = int64(1)
	var d interface{} = 1
	println(a == b, a == c, b == c, a == d)
	var s interface{} = "1"
	println(a == s)
	var n interface{}
	println(a == n, n == nil)
}

// Output:
// false false false true
// false
// false true
