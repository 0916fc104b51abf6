// run

// An interface that embeds other interfaces requires all of their methods; a
// value of the larger interface can be assigned to each embedded one.
package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }

type ReadWriter interface {
	Reader
	Writer
	Close() bool
}

type File struct {
	data   string
	closed bool
}

func (f *File) Read() string       { return f.data }
func (f *File) Write(s string) int { f.data += s; return len(s) }
func (f *File) Close() bool        { f.closed = true; return true }

func main() {
	f := &File{data: "ab"}
	var rw ReadWriter = f
	println(rw.Write("cd"))
	var r Reader = rw
	var w Writer = rw
	println(r.Read())
	println(w.Write("e"), r.Read())
	println(rw.Close(), f.closed)
}

// Output:
// 2
// abcd
// 1 abcde
// true true
