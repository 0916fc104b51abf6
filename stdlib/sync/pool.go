package sync

// Pool caches spare objects for reuse, to spare allocations. Items may
// vanish at any moment. Goroutines may share a Pool; never copy one in use.
type Pool struct {
	noCopy noCopy
	mu     Mutex
	items  []any

	// New, when set, makes a value for Get when the pool is empty.
	New func() any
}

// maxPooled bounds what a Pool keeps; further Puts are dropped.
const maxPooled = 256

// Get takes a cached item out of p; with none left it calls New, or
// returns nil when New is unset.
func (p *Pool) Get() any {
	p.mu.Lock()
	var x any
	if n := len(p.items); n > 0 {
		x = p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

// Put offers x for reuse (nil is ignored).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if len(p.items) < maxPooled {
		p.items = append(p.items, x)
	}
	p.mu.Unlock()
}
