// errorcheck

// A goto cannot jump forward over a variable declaration into its scope. gc
// names the variable and where it is declared (the column it gives is that
// of the := operator, so only the line is pinned here).
package main

func main() {
	goto done // ERROR "^goto done jumps over declaration of x at .*goto_over_variable_declaration\.go:10:\d+$"
	x := 1
	_ = x
done:
}
