// run

// math/rand/v2: seeded NormFloat64 and ExpFloat64 give Go's values
// (ziggurat tables identical to Go's), including values from the tails
// beyond the ziggurat's base layers.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	// The first few tail values for one seed.
	r = rand.New(rand.NewPCG(5, 6))
	normTail, expTail := 0, 0
	for k := 0; normTail < 4 || expTail < 4; k++ {
		n := r.NormFloat64()
		e := r.ExpFloat64()
		if (n > 3.442619855899 || n < -3.442619855899) && normTail < 4 {
			normTail++
			fmt.Println("normal tail", k, n)
		}
		if e > 7.69711747013104972 && expTail < 4 {
			expTail++
			fmt.Println("exponential tail", k, e)
		}
	}
}

// Output:
// 0.37944549835531083 0.0680034588807843
// 0.20006841200604142 2.460335459645379
// -0.4005883316435388 0.9149501499404387
// 1.932330243076978 0.5513632046504593
// -0.11707238034168332 1.2334925132631804
// normal tail 28 3.769495788564962
// normal tail 484 3.932627772203349
// exponential tail 785 8.551926730405139
// normal tail 2999 -3.6564299574542494
// exponential tail 3688 7.782425213251031
// normal tail 6865 3.5325028909406675
// exponential tail 8446 8.354685467287577
// exponential tail 10255 8.179282740627114
