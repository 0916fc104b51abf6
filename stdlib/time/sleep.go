package time

// Sleep blocks the goroutine until d has elapsed (not at all for d <= 0).
func Sleep(d Duration)

// runtimeTimer is the Go side of a timer of the VM (interp/vm_objects.cc).
type runtimeTimer struct {
	id uint64    // the VM's handle, 0 until started
	c  chan Time // where firings are sent, nil for AfterFunc
	f  func()    // AfterFunc's function, started in its own goroutine
	// The zone of the times sent on c: Local, as for time.Now.
	loc *Location
}

// Implemented natively: start (d from now, then every period if > 0),
// stop and reset report whether the timer was pending.
func startTimer(r *runtimeTimer, d, period int64)
func stopTimer(r *runtimeTimer) bool
func resetTimer(r *runtimeTimer, d, period int64) bool

// A Timer sends the current time on C once, after its duration, unless
// stopped. A Timer made by AfterFunc has a nil C.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer starts a Timer that fires once, d from now.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, r: runtimeTimer{c: c, loc: Local}}
	startTimer(&t.r, int64(d), 0)
	return t
}

// AfterFunc calls f in its own goroutine after d and returns a Timer whose
// Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{r: runtimeTimer{f: f}}
	startTimer(&t.r, int64(d), 0)
	return t
}

// Stop cancels t; true means the firing was still pending. Stop does not
// drain C.
func (t *Timer) Stop() bool {
	if t.r.id == 0 {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset makes the Timer fire after d. It reports whether the timer was
// active.
func (t *Timer) Reset(d Duration) bool {
	if t.r.id == 0 {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, int64(d), 0)
}

// After is NewTimer(d).C.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker sends the time on C at regular intervals; a slow receiver
// misses ticks rather than queueing them.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker sending the time every d. It panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, r: runtimeTimer{c: c, loc: Local}}
	startTimer(&t.r, int64(d), int64(d))
	return t
}

// Stop turns the Ticker off; it does not close C.
func (t *Ticker) Stop() {
	if t.r.id != 0 {
		stopTimer(&t.r)
	}
}

// Reset stops the Ticker and restarts it with period d. It panics if d <= 0.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.id == 0 {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(&t.r, int64(d), int64(d))
}

// Tick returns the channel of a Ticker that can never be stopped, or nil
// if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
