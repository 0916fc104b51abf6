package atomic

// noCopy has a Lock method so that vet's copylocks check flags copies.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Bool is a bool updated only atomically; it starts false.
type Bool struct {
	_ noCopy
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool               { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)           { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// Int32 is an int32 updated only atomically; it starts at 0.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32                 { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)             { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) (old int32)  { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Int64 is an int64 updated only atomically; it starts at 0.
type Int64 struct {
	_ noCopy
	v int64
}

func (x *Int64) Load() int64                 { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)             { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) (old int64)  { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Uint32 is an uint32 updated only atomically; it starts at 0.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32                  { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)              { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) (old uint32)  { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Uint64 is an uint64 updated only atomically; it starts at 0.
type Uint64 struct {
	_ noCopy
	v uint64
}

func (x *Uint64) Load() uint64                  { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)              { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) (old uint64)  { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Uintptr is an uintptr updated only atomically; it starts at 0.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr                   { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)               { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) (old uintptr)  { return SwapUintptr(&x.v, new) }
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Pointer is a *T updated only atomically; it starts nil.
type Pointer[T any] struct {
	_  [0]*T // keeps Pointer[A] and Pointer[B] from converting into each other
	_  noCopy
	mu spin
	v  *T
}

// spin guards a Pointer's or a Value's word(s): goroutines run in parallel
// and there is no unsafe.Pointer to hand to a native. A holder runs no
// call and no loop between lock and unlock, so it cannot be preempted
// there: waiters spin for a few instructions at most.
type spin uint32

func (s *spin) lock() {
	for !CompareAndSwapUint32((*uint32)(s), 0, 1) {
	}
}

func (s *spin) unlock() { StoreUint32((*uint32)(s), 0) }

func (x *Pointer[T]) Load() *T {
	x.mu.lock()
	v := x.v
	x.mu.unlock()
	return v
}

func (x *Pointer[T]) Store(val *T) {
	x.mu.lock()
	x.v = val
	x.mu.unlock()
}

func (x *Pointer[T]) Swap(new *T) (old *T) {
	x.mu.lock()
	old, x.v = x.v, new
	x.mu.unlock()
	return old
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	x.mu.lock()
	swapped = x.v == old
	if swapped {
		x.v = new
	}
	x.mu.unlock()
	return swapped
}

// A Value holds a value loaded and stored atomically. Every Store must use
// the same concrete type; storing nil panics. The zero value's Load
// returns nil.
type Value struct {
	mu spin
	v  any
}

func (v *Value) Load() (val any) {
	v.mu.lock()
	val = v.v
	v.mu.unlock()
	return val
}

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.mu.lock()
	if v.v != nil && !sameType(v.v, val) {
		v.mu.unlock()
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
	v.mu.unlock()
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	v.mu.lock()
	if v.v != nil && !sameType(v.v, new) {
		v.mu.unlock()
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old, v.v = v.v, new
	v.mu.unlock()
	return old
}

// CompareAndSwap compares with == (which panics for values that are not
// comparable, as Go's does, so the comparison happens outside the lock).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		cur := v.Load()
		if cur != nil && !sameType(cur, new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		if cur != old {
			return false
		}
		v.mu.lock()
		if v.v != cur { // cannot panic: cur's type is comparable, or cur is nil
			// Changed since the comparison: look again.
			v.mu.unlock()
			continue
		}
		v.v = new
		v.mu.unlock()
		return true
	}
}

// sameType reports whether a and b (both non-nil) have one dynamic type.
func sameType(a, b any) bool
