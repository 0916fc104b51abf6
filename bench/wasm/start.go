// An empty program: its wall time is an engine's start-up cost (for a wasm
// build: Node, compiling and instantiating the module, starting its
// workers), which bench/run.mjs subtracts from the other wasm rows.
package main

func main() {}
