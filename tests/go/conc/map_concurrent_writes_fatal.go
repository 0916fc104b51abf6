// run
// Flags: -p 4
// Parallel: two goroutines must write the map at the same instant

// Two goroutines writing one map without a lock, in parallel: Go's
// runtime notices and stops the program with a fatal error (which no
// recover can catch) instead of corrupting the map.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 2; i++ {
		go func() {
			for k := 0; ; k++ {
				m[k%64] = k
			}
		}()
	}
	select {}
}

// Fatal: concurrent map writes
