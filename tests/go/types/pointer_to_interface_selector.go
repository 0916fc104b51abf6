// errorcheck

// A pointer to an interface has no methods.
package main

type Runner interface{ Run() }

func start(r *Runner) {
	r.Run() // ERROR "^r\.Run undefined \(type \*Runner is pointer to interface, not interface\)$"
}

func main() { start(nil) }
