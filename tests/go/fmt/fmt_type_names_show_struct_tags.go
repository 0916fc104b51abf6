// run

// %T and %#v spell struct types with their field tags, quoted as Go does.
package main

import "fmt"

func main() {
	var v struct {
		A int `json:"a"`
		B string
		C bool `x:"1" y:"\t"`
	}
	fmt.Printf("%T\n", v)
	fmt.Printf("%#v\n", v)
	fmt.Printf("%T\n", []struct {
		N int `n`
	}{})
}

// Output:
// struct { A int "json:\"a\""; B string; C bool "x:\"1\" y:\"\\t\"" }
// struct { A int "json:\"a\""; B string; C bool "x:\"1\" y:\"\\t\"" }{A:0, B:"", C:false}
// []struct { N int "n" }
