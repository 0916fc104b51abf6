// run
// Status constants and StatusText match Go's table.
package main

import (
	"fmt"
	"net/http"
)

func main() {
	for _, c := range []int{http.StatusOK, http.StatusCreated, http.StatusNoContent, http.StatusMovedPermanently, http.StatusBadRequest, http.StatusUnauthorized, http.StatusNotFound, http.StatusTeapot, http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusServiceUnavailable, 999} {
		fmt.Printf("%d %q\n", c, http.StatusText(c))
	}
	fmt.Println(http.MethodGet, http.MethodPost, http.MethodDelete, http.MethodPatch)
	n, err := http.NoBody.Read(make([]byte, 4))
	fmt.Println(n, err, http.NoBody.Close())
}

// Output:
// 200 "OK"
// 201 "Created"
// 204 "No Content"
// 301 "Moved Permanently"
// 400 "Bad Request"
// 401 "Unauthorized"
// 404 "Not Found"
// 418 "I'm a teapot"
// 429 "Too Many Requests"
// 500 "Internal Server Error"
// 503 "Service Unavailable"
// 999 ""
// GET POST DELETE PATCH
// 0 EOF <nil>
