// select fan-in: four producers each send 250000 ints on their own
// unbuffered channel; main receives them all through one select.
package main

func produce(n, base int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- base + i
	}
	close(out)
}

func main() {
	const n = 250000
	a, b, c, d := make(chan int), make(chan int), make(chan int), make(chan int)
	go produce(n, 0, a)
	go produce(n, 1, b)
	go produce(n, 2, c)
	go produce(n, 3, d)
	sum, open := 0, 4
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a, open = nil, open-1
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b, open = nil, open-1
				continue
			}
			sum += v
		case v, ok := <-c:
			if !ok {
				c, open = nil, open-1
				continue
			}
			sum += v
		case v, ok := <-d:
			if !ok {
				d, open = nil, open-1
				continue
			}
			sum += v
		}
	}
	println(sum)
}
