package time

// Sleep blocks the goroutine until d has elapsed (not at all for d <= 0).
func Sleep(d Duration)

// runtimeTimer is the VM's handle on a timer of the runtime.
type runtimeTimer struct {
	id     uint64    // the runtime's timer, 0 while not started
	when   int64     // monotonic nanoseconds of the next firing
	period int64     // tickers: the interval; timers: 0
	c      chan Time // where firings are sent, nil for AfterFunc
	f      func()    // AfterFunc's function, started in its own goroutine
}

// A Timer sends the current time on C once, after its duration, unless
// stopped. A Timer made by AfterFunc has a nil C.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer starts a Timer that fires once, d from now.
func NewTimer(d Duration) *Timer

// AfterFunc calls f in its own goroutine after d and returns a Timer whose
// Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer

// Stop cancels t; true means the firing was still pending. Stop does not
// drain C.
func (t *Timer) Stop() bool

// Reset makes the Timer fire after d. It reports whether the timer was
// active.
func (t *Timer) Reset(d Duration) bool

// After is NewTimer(d).C.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker sends the time on C at regular intervals.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker sending the time every d. It panics if d <= 0.
func NewTicker(d Duration) *Ticker

// Stop turns the Ticker off; it does not close C.
func (t *Ticker) Stop()

// Reset stops the Ticker and restarts it with period d. It panics if d <= 0.
func (t *Ticker) Reset(d Duration)

// Tick returns the channel of a Ticker that can never be stopped, or nil
// if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
