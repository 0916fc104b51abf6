package sync

import "sync/atomic"

// Once runs one function one time. Never copy one in use.
type Once struct {
	done atomic.Uint32
	m    Mutex
}

// Do runs f on the first call of Do for o and never again, even with a
// different f. Callers arriving meanwhile wait for f to finish; a panic
// in f still counts as finishing.
func (o *Once) Do(f func()) {
	if o.done.Load() != 0 {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() == 0 {
		defer o.done.Store(1)
		f()
	}
}

// OnceFunc returns a function that calls f only once. If f panicked, every
// call of the returned function panics with the same value.
func OnceFunc(f func()) func() {
	var (
		once     Once
		returned bool
		p        any
	)
	call := func() {
		defer func() {
			if !returned {
				p = recover()
			}
		}()
		f()
		f = nil
		returned = true
	}
	return func() {
		once.Do(call)
		if !returned {
			panic(p)
		}
	}
}

// OnceValue returns a function that calls f only once and then always
// returns f's result. If f panicked, every call panics with the same value.
func OnceValue[T any](f func() T) func() T {
	var (
		once     Once
		returned bool
		p        any
		v        T
	)
	call := func() {
		defer func() {
			if !returned {
				p = recover()
			}
		}()
		v = f()
		f = nil
		returned = true
	}
	return func() T {
		once.Do(call)
		if !returned {
			panic(p)
		}
		return v
	}
}

// OnceValues is OnceValue for functions returning two values.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once     Once
		returned bool
		p        any
		v1       T1
		v2       T2
	)
	call := func() {
		defer func() {
			if !returned {
				p = recover()
			}
		}()
		v1, v2 = f()
		f = nil
		returned = true
	}
	return func() (T1, T2) {
		once.Do(call)
		if !returned {
			panic(p)
		}
		return v1, v2
	}
}
