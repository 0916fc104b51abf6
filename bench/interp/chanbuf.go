// Buffered channel throughput: one producer sends 2000000 ints through a
// channel of capacity 128 to one consumer.
package main

func main() {
	const n = 2000000
	c := make(chan int, 128)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range c {
			sum += v
		}
		done <- sum
	}()
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
	println(<-done)
}
