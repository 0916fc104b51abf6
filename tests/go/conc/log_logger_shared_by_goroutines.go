// run
// Flags: -p 4

// A log.Logger may be shared by goroutines running in parallel: it writes
// each line with one Write under its own lock, so lines into a
// bytes.Buffer (not safe for concurrent use by itself) are neither lost
// nor mixed.
package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"sync"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "", 0)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				l.Printf("goroutine %d line %d", g, i)
			}
		}()
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	bad := 0
	for _, s := range lines {
		var g, i int
		if n, err := fmt.Sscanf(s, "goroutine %d line %d", &g, &i); n != 2 || err != nil {
			bad++
		}
	}
	fmt.Println(len(lines), bad)
}

// Output:
// 2000 0
