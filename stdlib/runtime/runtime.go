// Package runtime: goroutine control, stack inspection, memory statistics
// and the error types of run-time panics.
//
// Declarations written for gopark from the package documentation. The
// functions without bodies are implemented natively by the VM over
// gopark's scheduler (runtime/ in C++). Profiling and tracing are left out.
package runtime

// GOOS and GOARCH describe the target: gopark programs run in the browser
// on WebAssembly, like Go's js/wasm port.
const (
	GOOS   string = "js"
	GOARCH string = "wasm"
)

// Compiler names the toolchain; gopark reports "gc".
const Compiler = "gc"

// Version returns the Go version the VM implements, like "go1.22.0".
func Version() string

// GOROOT returns "" (gopark has no Go installation).
func GOROOT() string

// Gosched yields the processor, letting other goroutines run; the current
// goroutine resumes later.
func Gosched()

// Goexit ends the calling goroutine after running its deferred calls. It
// does not panic, so recover returns nil in those calls. When the main
// goroutine exits this way, the program goes on until every other
// goroutine has ended, and then crashes.
func Goexit()

// NumGoroutine counts the live goroutines.
func NumGoroutine() int

// GOMAXPROCS sets how many goroutines may run simultaneously and returns
// the previous setting; n < 1 only queries it.
func GOMAXPROCS(n int) int

// NumCPU reports the host's count of logical processors.
func NumCPU() int

// NumCgoCall is always 0: there is no cgo.
func NumCgoCall() int64

// GC forces a full collection before returning.
func GC()

// KeepAlive marks x as reachable up to this point.
func KeepAlive(x any)

// SetFinalizer arranges for finalizer to run on obj once obj becomes
// unreachable; a nil finalizer clears it.
func SetFinalizer(obj any, finalizer any)

// LockOSThread pins the goroutine to its current thread (M).
func LockOSThread()

// UnlockOSThread undoes a LockOSThread.
func UnlockOSThread()

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// Stack formats the caller's stack trace into buf, followed by every other
// goroutine's when all is set, and returns the length used.
func Stack(buf []byte, all bool) int

// Caller reports the program counter, file and line of the function
// invocation skip frames up the calling goroutine's stack (0: the caller
// of Caller); ok is false when there is no such frame.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers stores the program counters of the current stack in pc, from
// frame skip on (0 is Callers itself), and returns their count.
func Callers(skip int, pc []uintptr) int

// Frames walks the frames of a slice of program counters from Callers.
type Frames struct {
	pcs []uintptr
	i   int
}

// CallersFrames returns Frames for the program counters from Callers.
func CallersFrames(callers []uintptr) *Frames { return &Frames{pcs: callers} }

// Next returns the next frame, and whether there are more after it.
func (ci *Frames) Next() (frame Frame, more bool)

// Frame is one frame returned by Frames.Next.
type Frame struct {
	PC       uintptr // program counter of this location
	Func     *Func   // the function, or nil when unknown
	Function string  // package-qualified function name
	File     string  // file name of this location
	Line     int     // line number of this location
	Entry    uintptr // entry point of the function, or zero
}

// A Func describes a function of the running program.
type Func struct {
	name  string
	file  string
	line  int
	entry uintptr
}

// FuncForPC returns the Func containing pc, or nil.
func FuncForPC(pc uintptr) *Func

// Name returns the package-qualified name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry is the program counter of the first instruction of f.
func (f *Func) Entry() uintptr { return f.entry }

// FileLine maps pc, inside f, to a source position.
func (f *Func) FileLine(pc uintptr) (file string, line int)

// Error is implemented by the values of panics raised by the runtime.
type Error interface {
	error

	// RuntimeError distinguishes runtime errors from ordinary errors.
	RuntimeError()
}

// errorString is a runtime error such as "integer divide by zero"; its
// message gets the "runtime error: " prefix.
type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

// plainError is a runtime error whose message has no prefix, such as
// "send on closed channel".
type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

// TypeAssertionError is the panic value of a failed x.(T).
type TypeAssertionError struct {
	iface    string // static type of the operand ("interface {}" for any)
	concrete string // its dynamic type; "" when the operand was nil
	asserted string // the type asserted to
	missing  string // a method the dynamic type lacks, for interface targets
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	if e.concrete == "" {
		return "interface conversion: " + e.iface + " is nil, not " + e.asserted
	}
	if e.missing != "" {
		return "interface conversion: " + e.concrete + " is not " + e.asserted +
			": missing method " + e.missing
	}
	return "interface conversion: " + e.iface + " is " + e.concrete + ", not " + e.asserted
}

// A PanicNilError is what recover returns for a panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError // not comparable with other error types' values
}

func (*PanicNilError) Error() string { return "panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}

// A Pinner keeps objects at a fixed address (a no-op for gopark, whose
// objects never move).
type Pinner struct {
	refs []any
}

// Pin pins pointer until Unpin is called.
func (p *Pinner) Pin(pointer any) { p.refs = append(p.refs, pointer) }

// Unpin unpins everything p pinned.
func (p *Pinner) Unpin() { p.refs = nil }

// MemProfileRate is the memory profiling rate (unused by gopark).
var MemProfileRate int = 512 * 1024

// ReadMemStats fills m with memory allocator statistics.
func ReadMemStats(m *MemStats)

// MemStats is filled in by ReadMemStats; gopark fills what its heap knows.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}
