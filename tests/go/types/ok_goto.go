// run

// goto may jump backwards, and forwards when no variable comes into scope;
// variables declared in an inner block are fine to jump over.
package main

import "fmt"

func main() {
	i := 0
again:
	if i < 3 {
		i++
		goto again
	}
	if i == 3 {
		goto done
	}
	{
		skipped := "inner block"
		fmt.Println(skipped)
	}
done:
	fmt.Println(i)
}
