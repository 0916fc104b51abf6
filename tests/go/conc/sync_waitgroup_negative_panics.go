// run

// A WaitGroup counter below zero panics.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	wg.Done()
}

// Panic: sync: negative WaitGroup counter
