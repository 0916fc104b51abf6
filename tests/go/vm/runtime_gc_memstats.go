// run

// runtime.GC collects now, and runtime.ReadMemStats reports the collection
// count and the live heap: after dropping a large slice, HeapAlloc falls.
package main

import "runtime"

var keep []byte

func main() {
	var m runtime.MemStats
	keep = make([]byte, 8<<20)
	runtime.GC()
	runtime.ReadMemStats(&m)
	before, gcs := m.HeapAlloc, m.NumGC
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	println(before >= 8<<20, m.HeapAlloc < 1<<20, m.NumGC > gcs)
}

// Output:
// true true true
