// Context package, part 3: request-scoped values.
//
// The second purpose of a context: carrying data that belongs to one
// request (a request ID, the user, an auth token) through every function
// and goroutine that serves it, without adding a parameter to each.
// context.WithValue(parent, key, value) derives a child holding one pair;
// ctx.Value(key) looks the key up in that context, then its parent, and so
// on up to the root, and returns nil when nobody has it.
//
// Good habits shown here:
//   - keys of an unexported type of your own, so no other package can
//     collide with them (a plain string key could);
//   - typed accessor functions, so callers never do the type assertion;
//   - values only for request-scoped data, not for optional parameters.
//
// Two requests are handled concurrently, each by its own goroutine with
// its own context; each handler starts a helper goroutine that sees the
// same values. The output is collected per request, so it is in a fixed
// order.
//
// What to look at in the state panel while it runs:
//   - Goroutines: two handlers, each waiting in "chan receive" for its
//     helper; main waits on the WaitGroup.
package main

import (
	"context"
	"fmt"
	"sync"
)

// ctxKey is unexported: only this package can make keys of this type.
type ctxKey int

const (
	keyUserID ctxKey = iota
	keyAuthToken
	keyRequestID
)

func userID(ctx context.Context) string {
	v, _ := ctx.Value(keyUserID).(string) // "" when absent
	return v
}

func authToken(ctx context.Context) string {
	v, _ := ctx.Value(keyAuthToken).(string)
	return v
}

func requestID(ctx context.Context) int {
	v, _ := ctx.Value(keyRequestID).(int)
	return v
}

// processRequest builds the request's context, one value at a time.
func processRequest(id int, user, token string) string {
	ctx := context.WithValue(context.Background(), keyRequestID, id)
	ctx = context.WithValue(ctx, keyUserID, user)
	ctx = context.WithValue(ctx, keyAuthToken, token)
	return handleResponse(ctx)
}

// handleResponse never receives the values as parameters; a helper
// goroutine reads them from the same context.
func handleResponse(ctx context.Context) string {
	audit := make(chan string)
	go func() {
		audit <- fmt.Sprintf("audit: request %d by %q", requestID(ctx), userID(ctx))
	}()
	line := fmt.Sprintf("request %d: handling response for %v (%v)", requestID(ctx), userID(ctx), authToken(ctx))
	return line + "\n" + <-audit
}

func main() {
	out := make([]string, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); out[0] = processRequest(1, "jane", "abc123") }()
	go func() { defer wg.Done(); out[1] = processRequest(2, "joe", "xyz789") }()
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}

	// Lookups walk up the chain; a missing key gives nil.
	ctx := context.WithValue(context.Background(), keyUserID, "jane")
	child := context.WithValue(ctx, keyUserID, "jane (impersonated)")
	fmt.Println("parent sees:", ctx.Value(keyUserID))
	fmt.Println("child sees: ", child.Value(keyUserID))
	fmt.Println("missing key:", child.Value(keyAuthToken))
	// A string key is a different key from keyUserID, even if it looks alike.
	fmt.Println("string key: ", child.Value("userID"))
}

// Output:
// request 1: handling response for jane (abc123)
// audit: request 1 by "jane"
// request 2: handling response for joe (xyz789)
// audit: request 2 by "joe"
// parent sees: jane
// child sees:  jane (impersonated)
// missing key: <nil>
// string key:  <nil>
