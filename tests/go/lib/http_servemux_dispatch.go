// run
// A ServeMux dispatches requests to handlers without a network: exact
// and subtree patterns, methods, {name} wildcards read with PathValue,
// 404 for unknown paths and 405 for a wrong method. The ResponseWriter is
// the program's own recorder.
package main

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
)

type recorder struct {
	h    http.Header
	code int
	body strings.Builder
}

func (r *recorder) Header() http.Header { return r.h }
func (r *recorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = 200
	}
	return r.body.Write(b)
}
func (r *recorder) WriteHeader(code int) { r.code = code }

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "home")
	})
	mux.HandleFunc("/static/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "static ", r.URL.Path)
	})
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "user ", r.PathValue("id"))
	})
	mux.HandleFunc("/files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "file ", r.PathValue("path"))
	})
	mux.HandleFunc("/about", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Page", "about")
		w.WriteHeader(http.StatusAccepted)
		fmt.Fprint(w, "about")
	})
	for _, t := range []struct{ method, target string }{
		{"GET", "/"}, {"GET", "/nope"}, {"GET", "/static/css/a.css"}, {"GET", "/static/"},
		{"GET", "/users/42"}, {"POST", "/users/42"}, {"GET", "/files/a/b/c.txt"}, {"GET", "/about"},
	} {
		req, _ := http.NewRequest(t.method, "http://example.com"+t.target, nil)
		rec := &recorder{h: http.Header{}}
		_, pattern := mux.Handler(req)
		mux.ServeHTTP(rec, req)
		keys := make([]string, 0, len(rec.h))
		for k := range rec.h {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("%s %s [%s] -> %d %q %v\n", t.method, t.target, pattern, rec.code, rec.body.String(), keys)
	}
}

// Output:
// GET / [/] -> 200 "home" []
// GET /nope [/] -> 404 "404 page not found\n" [Content-Type X-Content-Type-Options]
// GET /static/css/a.css [/static/] -> 200 "static /static/css/a.css" []
// GET /static/ [/static/] -> 200 "static /static/" []
// GET /users/42 [GET /users/{id}] -> 200 "user 42" []
// POST /users/42 [/] -> 404 "404 page not found\n" [Content-Type X-Content-Type-Options]
// GET /files/a/b/c.txt [/files/{path...}] -> 200 "file a/b/c.txt" []
// GET /about [/about] -> 202 "about" [X-Page]
