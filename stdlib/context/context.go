// Package context: cancellation, deadlines and request-scoped values that
// flow down a tree of calls and goroutines.
//
// Written for gopark from the package documentation. It is plain Go over
// channels, sync and time, because contexts call back into user code
// (user-defined Contexts, AfterFunc).
package context

import (
	"errors"
	"sync"
	"time"
)

// Context is the interface every context satisfies; all methods are safe
// to call from several goroutines.
type Context interface {
	// Deadline returns when work done for this context should be canceled;
	// ok is false when there is no deadline.
	Deadline() (deadline time.Time, ok bool)

	// Done returns a channel closed when this context is canceled, or nil
	// if it can never be.
	Done() <-chan struct{}

	// Err returns nil while Done is not closed, then Canceled or
	// DeadlineExceeded.
	Err() error

	// Value looks key up here and in the ancestors; nil if absent.
	Value(key any) any
}

// Canceled is what Err returns when the context was canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is what Err returns when the context's deadline passed.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// CancelFunc cancels its context; only the first call has an effect.
type CancelFunc func()

// A CancelCauseFunc is a CancelFunc that also records the cause of the
// cancellation, which Cause returns.
type CancelCauseFunc func(cause error)

type emptyCtx struct{}

func (emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (emptyCtx) Done() <-chan struct{}                   { return nil }
func (emptyCtx) Err() error                              { return nil }
func (emptyCtx) Value(key any) any                       { return nil }

type backgroundCtx struct{ emptyCtx }

func (backgroundCtx) String() string { return "context.Background" }

type todoCtx struct{ emptyCtx }

func (todoCtx) String() string { return "context.TODO" }

// Background is the root context of a program: no deadline, no values,
// and it never ends.
func Background() Context { return backgroundCtx{} }

// TODO behaves like Background; it marks places still to be given a real
// context.
func TODO() Context { return todoCtx{} }

// cancelKey is the key under which a cancelCtx answers Value with itself,
// so that descendants (even user types embedding a Context) can find it.
var cancelKey int

// canceler is a context that its parent can cancel.
type canceler interface {
	cancel(detach bool, err, cause error)
	Done() <-chan struct{}
}

type cancelCtx struct {
	Context // the parent

	mu       sync.Mutex
	done     chan struct{}
	err      error // non-nil once canceled
	cause    error
	children map[canceler]struct{}

	owner      *cancelCtx  // the ancestor cancelCtx this one registered with
	registered canceler    // what was registered there
	stopParent func() bool // undoes a parent's AfterFunc registration
}

func newCancelCtx(parent Context) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	c := &cancelCtx{Context: parent, done: make(chan struct{})}
	return c
}

func (c *cancelCtx) Done() <-chan struct{} { return c.done }

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

func (c *cancelCtx) Value(key any) any {
	if key == &cancelKey {
		return c
	}
	return c.Context.Value(key)
}

func (c *cancelCtx) String() string { return nameOf(c.Context) + ".WithCancel" }

// attach arranges for self (c or a context embedding c) to be canceled
// when parent is.
func (c *cancelCtx) attach(parent Context, self canceler) {
	done := parent.Done()
	if done == nil {
		return
	}
	select {
	case <-done:
		self.cancel(false, parent.Err(), Cause(parent))
		return
	default:
	}
	if p := nearestCancelCtx(parent); p != nil {
		p.mu.Lock()
		if p.err != nil {
			err, cause := p.err, p.cause
			p.mu.Unlock()
			self.cancel(false, err, cause)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[self] = struct{}{}
		p.mu.Unlock()
		c.owner, c.registered = p, self
		return
	}
	if a, ok := parent.(interface{ AfterFunc(func()) func() bool }); ok {
		stop := a.AfterFunc(func() {
			self.cancel(false, parent.Err(), Cause(parent))
		})
		c.mu.Lock()
		c.stopParent = stop
		c.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-done:
			self.cancel(false, parent.Err(), Cause(parent))
		case <-self.Done():
		}
	}()
}

// nearestCancelCtx returns the closest cancelCtx ancestor of parent whose
// Done channel parent itself returns, or nil.
func nearestCancelCtx(parent Context) *cancelCtx {
	p, ok := parent.Value(&cancelKey).(*cancelCtx)
	if !ok || p.done != parent.Done() {
		return nil
	}
	return p
}

// detach removes c from the ancestor it registered with.
func (c *cancelCtx) detach() {
	c.mu.Lock()
	owner, self, stop := c.owner, c.registered, c.stopParent
	c.owner, c.registered, c.stopParent = nil, nil, nil
	c.mu.Unlock()
	if stop != nil {
		stop()
	}
	if owner != nil {
		owner.mu.Lock()
		delete(owner.children, self)
		owner.mu.Unlock()
	}
}

func (c *cancelCtx) cancel(detach bool, err, cause error) {
	if err == nil {
		panic("context: internal error: missing cancel error")
	}
	if cause == nil {
		cause = err
	}
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return
	}
	c.err, c.cause = err, cause
	close(c.done)
	// The children are cancelled with c.mu held (locks go parent to child),
	// so that once any cancel of c has returned, its whole subtree is done.
	for child := range c.children {
		child.cancel(false, err, cause)
	}
	c.children = nil
	c.mu.Unlock()
	if detach {
		c.detach()
	}
}

// WithCancel derives a context that ends when cancel is called or when
// parent ends, whichever comes first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent)
	c.attach(parent, c)
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithCancelCause is WithCancel whose cancel function records a cause,
// which Cause returns. cancel(nil) sets the cause to Canceled.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	c := newCancelCtx(parent)
	c.attach(parent, c)
	return c, func(cause error) { c.cancel(true, Canceled, cause) }
}

// Cause returns why c was canceled: the cause given to the first
// cancellation of c or an ancestor, or c.Err() when none was given. It
// returns nil while c is not canceled.
func Cause(c Context) error {
	if cc, ok := c.Value(&cancelKey).(*cancelCtx); ok {
		cc.mu.Lock()
		defer cc.mu.Unlock()
		return cc.cause
	}
	return c.Err()
}

type timerCtx struct {
	cancelCtx
	deadline time.Time
	timer    *time.Timer
}

func (c *timerCtx) Deadline() (deadline time.Time, ok bool) { return c.deadline, true }

func (c *timerCtx) String() string {
	return nameOf(c.cancelCtx.Context) + ".WithDeadline(" + c.deadline.String() +
		" [" + time.Until(c.deadline).String() + "])"
}

func (c *timerCtx) cancel(detach bool, err, cause error) {
	c.cancelCtx.cancel(false, err, cause)
	if detach {
		c.cancelCtx.detach()
	}
	c.mu.Lock()
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
}

// WithDeadline returns a copy of parent canceled at time d at the latest
// (parent's own deadline is kept when it is earlier). Err reports
// DeadlineExceeded once d has passed.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is WithDeadline that also records cause as the Cause
// when the deadline passes.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		return WithCancel(parent)
	}
	c := &timerCtx{deadline: d}
	c.Context = parent
	c.done = make(chan struct{})
	c.attach(parent, c)
	wait := time.Until(d)
	if wait <= 0 {
		c.cancel(true, DeadlineExceeded, cause)
		return c, func() { c.cancel(false, Canceled, nil) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(wait, func() {
			c.cancel(true, DeadlineExceeded, cause)
		})
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled, nil) }
}

// WithTimeout is WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithTimeoutCause is WithDeadlineCause(parent, time.Now().Add(timeout),
// cause).
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

type valueCtx struct {
	Context
	key, val any
}

// WithValue derives a context where Value(key) gives val. Keys must be
// comparable; use an unexported type of your own to avoid clashes.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !isComparable(key) {
		panic("key is not comparable")
	}
	return &valueCtx{Context: parent, key: key, val: val}
}

func (c *valueCtx) Value(key any) any {
	if c.key == key {
		return c.val
	}
	return c.Context.Value(key)
}

func (c *valueCtx) String() string {
	return nameOf(c.Context) + ".WithValue(" + describe(c.key) + ", " + describe(c.val) + ")"
}

type withoutCancelCtx struct {
	c Context
}

// WithoutCancel returns a copy of parent that keeps its values but is not
// canceled when parent is, and has no deadline.
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return withoutCancelCtx{c: parent}
}

func (withoutCancelCtx) Deadline() (deadline time.Time, ok bool) { return }
func (withoutCancelCtx) Done() <-chan struct{}                   { return nil }
func (withoutCancelCtx) Err() error                              { return nil }

func (c withoutCancelCtx) Value(key any) any {
	if key == &cancelKey {
		return nil
	}
	return c.c.Value(key)
}

func (c withoutCancelCtx) String() string { return nameOf(c.c) + ".WithoutCancel" }

type afterFuncCtx struct {
	cancelCtx
	once sync.Once // decides between running f and stop
	f    func()
}

func (a *afterFuncCtx) cancel(detach bool, err, cause error) {
	a.cancelCtx.cancel(false, err, cause)
	if detach {
		a.cancelCtx.detach()
	}
	a.once.Do(func() { go a.f() })
}

// AfterFunc starts f in a new goroutine when ctx ends (right away if it
// already has). stop cancels that if f has not started, reporting whether
// it did so; it does not wait for a running f.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	a := &afterFuncCtx{f: f}
	a.Context = ctx
	a.done = make(chan struct{})
	a.attach(ctx, a)
	return func() bool {
		stopped := false
		a.once.Do(func() { stopped = true })
		if stopped {
			a.cancel(true, Canceled, nil)
		}
		return stopped
	}
}

// isComparable reports whether == works on k's dynamic type (comparing an
// incomparable value panics).
func isComparable(k any) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	_ = k == k
	return true
}

type stringer interface{ String() string }

func nameOf(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return typeName(c)
}

func describe(v any) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return typeName(v)
}

// typeName returns the Go spelling of v's dynamic type, like %T.
// Implemented natively by the VM.
func typeName(v any) string
