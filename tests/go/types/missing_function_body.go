// errorcheck

// A function declared without a body must be implemented elsewhere, which a
// plain Go program cannot do.
package main

func external() int // ERROR "^missing function body$"

func main() { _ = external() }
