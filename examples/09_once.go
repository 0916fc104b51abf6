// Once: run something exactly once, however many goroutines ask.
//
// sync.Once's Do(f) calls f the first time it is called and never again,
// even when a hundred goroutines call it at the same moment. Callers that
// arrive while f is still running wait for it to finish, so after Do
// returns, f's work is done and visible. Typical use: lazy initialization
// of something shared (a config, a connection, a table).
//
// Three things to notice:
//  1. 100 goroutines call once.Do(increment): count ends at 1.
//  2. Once counts calls to Do, not functions: a later Do(decrement) on the
//     same Once does nothing.
//  3. Goroutines arriving while the first call is still busy (it sleeps
//     20ms here) wait for it, and all see the loaded config.
//
// What to look at in the state panel while it runs:
//   - Goroutines: in part 3 one goroutine sleeps inside the Once ("sleep")
//     while the other four wait for it (Once uses a mutex inside: wait
//     reason "sync.Mutex.Lock").
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// 1. Many callers, one call.
	var count int
	increment := func() { count++ }
	var once sync.Once
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(increment)
		}()
	}
	wg.Wait()
	fmt.Printf("count is %d after 100 calls of once.Do(increment)\n", count)

	// 2. The Once is used up, whatever function comes next.
	decrement := func() { count-- }
	once.Do(decrement)
	fmt.Printf("count is %d after once.Do(decrement)\n", count)

	// 3. Lazy, shared initialization.
	var loadOnce sync.Once
	var config map[string]string
	loads := 0
	loadConfig := func() {
		loads++
		time.Sleep(20 * time.Millisecond) // reading a file, say
		config = map[string]string{"greeting": "hello"}
	}
	results := make([]string, 5)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			loadOnce.Do(loadConfig) // the first caller loads, the rest wait
			results[i] = config["greeting"]
		}()
	}
	wg.Wait()
	fmt.Printf("config loaded %d time(s); the five goroutines saw %q\n", loads, results)
}

// Output:
// count is 1 after 100 calls of once.Do(increment)
// count is 1 after once.Do(decrement)
// config loaded 1 time(s); the five goroutines saw ["hello" "hello" "hello" "hello" "hello"]
