// run

// A []byte prints as numbers under %v and %d, and as text under %s, %q,
// %x and %X; %#v shows []byte{0x..}.
package main

import "fmt"

type Blob []byte

func main() {
	b := []byte("hi!")
	fmt.Println(b)
	fmt.Printf("%v|%d|%s|%q|%x|%X|% x\n", b, b, b, b, b, b, b)
	fmt.Printf("%#v %#v\n", b, []byte(nil))
	fmt.Printf("%s|%x|%v\n", Blob("ok"), Blob("ok"), Blob("ok"))
	fmt.Printf("%s %x\n", [3]byte{'a', 'b', 'c'}, [2]byte{1, 255})
	fmt.Printf("[%6s] [%-6x] [%.2s]\n", b, b, b)
	fmt.Printf("%s\n", struct{ B []byte }{[]byte("in")})
}

// Output:
// [104 105 33]
// [104 105 33]|[104 105 33]|hi!|"hi!"|686921|686921|68 69 21
// []byte{0x68, 0x69, 0x21} []byte(nil)
// ok|6f6b|[111 107]
// abc 01ff
// [   hi!] [686921] [hi]
// {in}
