// chan_mesh: producers send distinct values into a mesh of buffered and
// unbuffered channels; relays forward them through random selects (with nil
// and default cases); one collector checks every value arrives exactly once.
//
//	gopark run -p N chan_mesh.go [SECONDS]
package main

import (
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"sync"
	"time"
)

func seconds() float64 {
	if len(os.Args) > 1 {
		s, err := strconv.ParseFloat(os.Args[1], 64)
		if err != nil {
			panic(err)
		}
		return s
	}
	return 2
}

const (
	producers = 64
	relays    = 32
	perRound  = 200
	meshSize  = 8
)

// round pushes producers*perRound values through the mesh and returns the
// number of select operations the relays made.
func round(seed int64) int64 {
	mesh := make([]chan int, meshSize)
	for i := range mesh {
		if i%2 == 0 {
			mesh[i] = make(chan int)
		} else {
			mesh[i] = make(chan int, i)
		}
	}
	out := make(chan int, 16)
	var prod, rel sync.WaitGroup
	for p := 0; p < producers; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			r := rand.New(rand.NewSource(seed + int64(p)))
			for i := 0; i < perRound; i++ {
				v := p*perRound + i
				a, b := mesh[r.Intn(meshSize)], mesh[r.Intn(meshSize)]
				var nilc chan int
				select {
				case a <- v:
				case b <- v:
				case nilc <- v:
					panic("send on nil channel proceeded")
				}
			}
		}(p)
	}
	var selects [relays]int64
	done := make(chan struct{})
	for q := 0; q < relays; q++ {
		rel.Add(1)
		go func(q int) {
			defer rel.Done()
			r := rand.New(rand.NewSource(seed*7 + int64(q)))
			for {
				a, b := mesh[r.Intn(meshSize)], mesh[r.Intn(meshSize)]
				var nilc chan int
				selects[q]++
				var v int
				if r.Intn(4) == 0 {
					select {
					case v = <-a:
					case v = <-b:
					case <-nilc:
						panic("receive from nil channel proceeded")
					default:
						select {
						case v = <-a:
						case v = <-b:
						case <-done:
							// Producers are done: drain what is left.
							for _, c := range mesh {
								for {
									select {
									case w := <-c:
										out <- w
										continue
									default:
									}
									break
								}
							}
							return
						}
					}
				} else {
					select {
					case v = <-a:
					case v = <-b:
					case <-done:
						for _, c := range mesh {
							for {
								select {
								case w := <-c:
									out <- w
									continue
								default:
								}
								break
							}
						}
						return
					}
				}
				out <- v
			}
		}(q)
	}
	go func() {
		prod.Wait()
		close(done)
		rel.Wait()
		close(out)
	}()
	seen := make([]int, producers*perRound)
	n := 0
	for v := range out {
		if v < 0 || v >= len(seen) {
			panic(fmt.Sprintf("value out of range: %d", v))
		}
		seen[v]++
		n++
	}
	for v, c := range seen {
		if c != 1 {
			panic(fmt.Sprintf("value %d arrived %d times", v, c))
		}
	}
	var s int64
	for _, x := range selects {
		s += x
	}
	return s
}

func main() {
	deadline := time.Now().Add(time.Duration(seconds() * float64(time.Second)))
	rounds, values, selects := 0, 0, int64(0)
	for seed := int64(1); rounds == 0 || time.Now().Before(deadline); seed++ {
		selects += round(seed)
		rounds++
		values += producers * perRound
	}
	fmt.Printf("chan_mesh: ok rounds=%d values=%d selects=%d\n", rounds, values, selects)
}
