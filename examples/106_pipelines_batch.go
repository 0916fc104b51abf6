// Pipelines, step 1: stages as plain functions.
//
// A pipeline is a series of stages; each takes data in, does one thing to
// it, and passes it on. Stages can be combined freely because each one's
// input has the type of the other's output.
//   - Batch processing: each stage takes a whole slice and returns a new
//     slice. Simple, but every stage needs memory for all the data, and
//     the first result appears only when the whole batch is through.
//   - Stream processing: each stage takes one value. Memory stays small,
//     but the pipeline is driven by a loop and its stages cannot run at
//     the same time.
//
// The next example (107) makes each stage a goroutine joined by channels,
// which keeps the small memory and lets stages run concurrently.
//
// What to look at in the state panel while it runs: only main exists.
// This is the sequential starting point; compare its (empty) goroutine
// list with 107's.
package main

import "fmt"

// Batch stages: a slice in, a new slice out.
func multiply(values []int, multiplier int) []int {
	out := make([]int, len(values))
	for i, v := range values {
		out[i] = v * multiplier
	}
	return out
}

func add(values []int, additive int) []int {
	out := make([]int, len(values))
	for i, v := range values {
		out[i] = v + additive
	}
	return out
}

// Stream stages: one value in, one value out.
func multiplyOne(v, multiplier int) int { return v * multiplier }
func addOne(v, additive int) int        { return v + additive }

func main() {
	ints := []int{1, 2, 3, 4}

	fmt.Println("batch:")
	// Three slices of 4 are allocated along the way.
	for _, v := range multiply(add(multiply(ints, 2), 1), 2) {
		fmt.Println(v)
	}

	fmt.Println("stream:")
	for _, v := range ints {
		fmt.Println(multiplyOne(addOne(multiplyOne(v, 2), 1), 2))
	}
}

// Output:
// batch:
// 6
// 10
// 14
// 18
// stream:
// 6
// 10
// 14
// 18
