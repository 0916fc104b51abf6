// run

// Without a file system, opening or reading a file fails like a missing
// file's: a *PathError, os.IsNotExist, errors.Is(err, fs.ErrNotExist).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.ReadFile("no-such-file.txt")
	fmt.Println(err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsExist(err))
	f, err := os.Open("dir/missing.go")
	var pe *fs.PathError
	fmt.Println(f == nil, errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	_, err = os.Stat("x")
	fmt.Println(err)
	fmt.Println(os.Getenv("GOPARK_UNSET_VARIABLE") == "")
	v, ok := os.LookupEnv("GOPARK_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
}

// Output:
// open no-such-file.txt: no such file or directory
// true true true false
// true true open dir/missing.go no such file or directory
// stat x: no such file or directory
// true
// "" false
