// run

// io.Copy into os.Stdout from a Reader without WriteTo goes through
// (*os.File).ReadFrom; a closed or unopened File fails with *PathErrors.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	n, err := io.Copy(os.Stdout, io.LimitReader(strings.NewReader("limited text\nmore"), 13))
	fmt.Println(n, err)
	f := os.NewFile(1, "out")
	fmt.Fprintln(f, "through NewFile", f.Name(), f.Fd())
	fmt.Println(os.Stdin.Close())
	_, err = os.Stdin.Read(make([]byte, 4))
	fmt.Println(err)
	fmt.Println(os.Stdin.Close())
	bad := os.NewFile(99, "nowhere")
	_, err = bad.Write([]byte("lost"))
	fmt.Println(err)
	_, err = bad.WriteString("lost")
	fmt.Println(err)
	var nilFile *os.File
	_, err = nilFile.Write(nil)
	fmt.Println(err)
}

// Output:
// limited text
// 13 <nil>
// through NewFile out 1
// <nil>
// read /dev/stdin: file already closed
// close /dev/stdin: file already closed
// write nowhere: bad file descriptor
// write nowhere: bad file descriptor
// invalid argument
