// run

// Unlocking an unlocked Mutex is a fatal error that recover cannot catch.
package main

import "sync"

func main() {
	defer func() { println("recovered?", recover() != nil) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	mu.Unlock()
}

// Fatal: sync: unlock of unlocked mutex
