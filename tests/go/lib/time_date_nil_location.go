// run

// Date with a nil Location panics.
package main

import "time"

func main() {
	time.Date(2020, 1, 1, 0, 0, 0, 0, nil)
}

// Panic: time: missing Location in call to Date
