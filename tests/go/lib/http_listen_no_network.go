// run
// Servers cannot listen without a network: ListenAndServe returns an error
// like a refused listen (":http" for an empty Addr), and ErrServerClosed
// once the server was closed.
// The expected output is written by hand (Go itself would listen).
package main

import (
	"errors"
	"fmt"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "hello")
	})
	fmt.Println(http.ListenAndServe(":8080", nil))
	srv := &http.Server{}
	fmt.Println(srv.ListenAndServe())
	fmt.Println(srv.Close())
	err := srv.ListenAndServe()
	fmt.Println(err, errors.Is(err, http.ErrServerClosed))
}

// Output:
// listen tcp :8080: network access is not available
// listen tcp :http: network access is not available
// <nil>
// http: Server closed true
