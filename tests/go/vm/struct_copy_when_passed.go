// run

// A struct passed by value is copied; the callee's changes are not seen by the caller.
package main

type Account struct {
	Name    string
	Balance int
}

func deposit(a Account, n int) int {
	a.Balance += n
	return a.Balance
}

func depositPtr(a *Account, n int) {
	a.Balance += n
}

func main() {
	acc := Account{"alice", 100}
	got := deposit(acc, 50)
	println(acc.Name, acc.Balance, got)
	depositPtr(&acc, 25)
	println(acc.Name, acc.Balance)
}

// Output:
// alice 100 150
// alice 125
