// Unbuffered ping-pong: two goroutines hand a value back and forth 200000
// times (each round trip is two rendezvous and two context switches).
package main

func main() {
	const n = 200000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	println(sum)
}
