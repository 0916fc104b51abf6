// run

// bufio.Writer holds output until Flush (or a full buffer): Buffered,
// Available, WriteString, WriteByte, WriteRune and ReadWriter.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	fmt.Fprintf(w, "buffered line %d\n", 1)
	w.WriteString("two ")
	w.WriteByte('+')
	n, _ := w.WriteRune('€')
	w.WriteRune('\n')
	fmt.Println("not yet flushed:", w.Buffered(), n)
	w.Flush()
	fmt.Println("flushed:", w.Buffered(), w.Available())
	var sb strings.Builder
	small := bufio.NewWriterSize(&sb, 8)
	small.WriteString("0123456789abc")
	fmt.Printf("%q %d\n", sb.String(), small.Buffered())
	small.Write([]byte("de"))
	small.Flush()
	fmt.Printf("%q\n", sb.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(os.Stdout))
	line, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + line)
	rw.Flush()
}

// Output:
// 4096 4096 0
// not yet flushed: 25 3
// buffered line 1
// two +€
// flushed: 0 4096
// "0123456789abc" 0
// "0123456789abcde"
// echo: in
