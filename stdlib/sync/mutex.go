// Package sync: mutual exclusion locks, wait groups, condition variables,
// one-time initialization, pools and a concurrent map.
//
// Declarations written for gopark from the package documentation. Mutex,
// RWMutex, WaitGroup and Cond are implemented natively by the VM on top of
// the runtime's scheduler (runtime/sync.h); Once, Pool and Map are plain Go
// because they call back into user code.
package sync

// Locker is the Lock/Unlock pair that Mutex and RWMutex share.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy has a Lock method so that vet's copylocks check flags copies.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Mutex lets one goroutine at a time hold it. Ready to use unlocked as the
// zero value; never copy one that is in use.
type Mutex struct {
	state int32  // locked, woken and starving bits, then the waiter count
	sema  uint32 // where waiters park
}

// Lock takes m, waiting as long as another goroutine holds it.
func (m *Mutex) Lock()

// TryLock tries to lock m without blocking and reports whether it did.
func (m *Mutex) TryLock() bool

// Unlock unlocks m. Unlocking an unlocked Mutex is a fatal error.
func (m *Mutex) Unlock()

// RWMutex is held by one writer or by many readers at a time; a waiting
// writer keeps new readers out. The zero value is unlocked.
type RWMutex struct {
	w           Mutex  // held by a writer
	writerSem   uint32 // a writer waits here for readers to leave
	readerSem   uint32 // readers wait here for a writer to finish
	readerCount int32  // pending readers; negative while a writer waits
	readerWait  int32  // departing readers the writer still waits for
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RUnlock()

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and
// rw.RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*readLocker)(rw) }

type readLocker RWMutex

func (r *readLocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *readLocker) Unlock() { (*RWMutex)(r).RUnlock() }

// WaitGroup counts outstanding work: Add raises the count, Done lowers
// it, Wait blocks until it is zero. Never copy one that is in use.
type WaitGroup struct {
	noCopy noCopy
	state  uint64 // high 32 bits: counter; low 32 bits: waiters
	sema   uint32
}

// Add changes the count by delta (possibly negative); a negative count
// panics.
func (wg *WaitGroup) Add(delta int)

// Done is Add(-1).
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait returns once the count is zero.
func (wg *WaitGroup) Wait()

// Cond lets goroutines sleep until another one says a condition may have
// changed. Hold L to change the condition or to call Wait.
type Cond struct {
	noCopy noCopy
	L      Locker
	notify notifyList
}

// notifyList is the ticket-based waiter list of the runtime.
type notifyList struct {
	wait   uint32 // next ticket to hand out
	notify uint32 // next ticket to wake
}

// NewCond returns a Cond guarded by l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait releases c.L and sleeps in one step; once woken it takes c.L
// again and returns. Re-check the condition after it returns.
func (c *Cond) Wait() {
	t := condAdd(c) // before unlocking: a Signal from now on wakes us
	c.L.Unlock()
	condWait(c, t)
	c.L.Lock()
}

// Signal wakes one sleeper, if there is one.
func (c *Cond) Signal() { condSignal(c) }

// Broadcast wakes every sleeper.
func (c *Cond) Broadcast() { condBroadcast(c) }

// Implemented natively over the runtime's notify list for c.
func condAdd(c *Cond) uint32
func condWait(c *Cond, ticket uint32)
func condSignal(c *Cond)
func condBroadcast(c *Cond)
