// run

// goto jumps backward to form a loop and forward to skip statements.
package main

func main() {
	i := 0
loop:
	if i < 4 {
		print(i, ";")
		i++
		goto loop
	}
	println()
	n := 7
	if n%2 == 1 {
		goto odd
	}
	println("even")
	goto done
odd:
	println("odd")
done:
	println("done", i)
}

// Output:
// 0;1;2;3;
// odd
// done 4
