// Error handling: send errors to someone who can decide.
//
// A goroutine that meets an error often cannot know what to do about it:
// log it? retry? stop everything? So it should not just print it and carry
// on. Instead it couples each result with its error in one value and sends
// both to the goroutine that has the full picture (here main), which
// decides. main here gives up after 2 errors, then closes `done` so the
// checker stops too.
//
// There is no network in the playground, so `fetch` fakes one: a table of
// URLs with a status, an error, and a delay.
//
// What to look at in the state panel while it runs:
//   - Goroutines: checkStatus sleeps while "fetching", then waits in
//     "select" until main takes the Result (or `done` is closed).
//   - Channels: `results` is unbuffered; each Result, error or not, is
//     handed over the same way.
package main

import (
	"errors"
	"fmt"
	"time"
)

// Result keeps a response and its error together.
type Result struct {
	URL    string
	Status string
	Err    error
}

// fetch pretends to do an HTTP GET.
func fetch(url string) (string, error) {
	time.Sleep(50 * time.Millisecond)
	switch url {
	case "https://example.com":
		return "200 OK", nil
	case "https://example.com/missing":
		return "404 Not Found", nil
	case "https://badhost":
		return "", errors.New("dial tcp: lookup badhost: no such host")
	default:
		return "", fmt.Errorf("unsupported protocol scheme in %q", url)
	}
}

func checkStatus(done <-chan struct{}, urls ...string) <-chan Result {
	results := make(chan Result)
	go func() {
		defer close(results)
		for _, url := range urls {
			status, err := fetch(url)
			select {
			case <-done:
				return // nobody wants the rest
			case results <- Result{URL: url, Status: status, Err: err}:
			}
		}
	}()
	return results
}

func main() {
	done := make(chan struct{})
	defer close(done)

	urls := []string{
		"https://example.com",
		"https://badhost",
		"https://example.com/missing",
		"a",
		"b",
		"c",
	}
	errCount := 0
	for r := range checkStatus(done, urls...) {
		if r.Err != nil {
			fmt.Printf("error: %v\n", r.Err)
			errCount++
			if errCount >= 2 {
				fmt.Println("Too many errors, breaking!")
				break
			}
			continue
		}
		fmt.Printf("%s: %s\n", r.URL, r.Status)
	}
}

// Output:
// https://example.com: 200 OK
// error: dial tcp: lookup badhost: no such host
// https://example.com/missing: 404 Not Found
// error: unsupported protocol scheme in "a"
// Too many errors, breaking!
