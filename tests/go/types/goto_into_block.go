// errorcheck

// A goto cannot jump into a block from outside it; gc names where the block
// starts.
package main

func main() {
	goto inside // ERROR "^goto inside jumps into block starting at .*goto_into_block\.go:9:2$"
	{
	inside:
	}
}
