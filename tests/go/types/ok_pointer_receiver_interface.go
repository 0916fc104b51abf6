// run

// A pointer to T has the methods of both *T and T, so *T satisfies an
// interface with pointer-receiver methods; T satisfies only the value part.
package main

import "fmt"

type Store interface {
	Set(k, v string)
	Get(k string) string
}

type Sizer interface{ Len() int }

type mem struct{ m map[string]string }

func (s *mem) Set(k, v string) { s.m[k] = v }

func (s *mem) Get(k string) string { return s.m[k] }

func (s mem) Len() int { return len(s.m) }

func fill(s Store) { s.Set("a", "1") }

func main() {
	m := &mem{m: map[string]string{}}
	fill(m)
	var st Store = m
	var sz Sizer = *m // value method set suffices
	var sz2 Sizer = m // pointer has the value methods too
	fmt.Println(st.Get("a"), sz.Len(), sz2.Len())
	var v mem = mem{map[string]string{}}
	v.Set("b", "2") // addressable: (&v).Set
	fmt.Println(v.Get("b"))
}
