// Package os: files, the standard streams, environment variables,
// arguments and exit, in the same way on every host.
//
// Declarations written for gopark from the package documentation. The
// functions and methods without bodies are implemented natively by the VM,
// over whatever the host offers (in the browser: the console for the
// standard streams and an in-memory file system). Processes are left out.
package os

import (
	"errors"
	"io/fs"
)

// Flags for OpenFile; exactly one of the first three must be given.
const (
	O_RDONLY int = 0x0      // read-only
	O_WRONLY int = 0x1      // write-only
	O_RDWR   int = 0x2      // read-write
	O_APPEND int = 0x400    // append when writing
	O_CREATE int = 0x40     // create the file if it does not exist
	O_EXCL   int = 0x80     // with O_CREATE: the file must not exist
	O_SYNC   int = 0x101000 // synchronous I/O
	O_TRUNC  int = 0x200    // truncate a regular writable file
)

// Whence values for Seek (deprecated: use io.SeekStart and friends).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull names the file that discards writes.
const DevNull = "/dev/null"

// The file mode bits, the same as package io/fs's.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular

	ModeType = fs.ModeType
	ModePerm = fs.ModePerm
)

type (
	DirEntry  = fs.DirEntry
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	PathError = fs.PathError
)

// Portable errors; test for them with errors.Is.
var (
	ErrInvalid                = fs.ErrInvalid
	ErrPermission             = fs.ErrPermission
	ErrExist                  = fs.ErrExist
	ErrNotExist               = fs.ErrNotExist
	ErrClosed                 = fs.ErrClosed
	ErrNoDeadline             = errors.New("file type does not support deadline")
	ErrDeadlineExceeded error = deadlineExceeded{}
)

// ErrProcessDone: the process has already finished.
var ErrProcessDone = errors.New("os: process already finished")

type deadlineExceeded struct{}

func (deadlineExceeded) Error() string   { return "i/o timeout" }
func (deadlineExceeded) Timeout() bool   { return true }
func (deadlineExceeded) Temporary() bool { return true }

// The standard input, output and error streams.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args holds the command-line arguments, program name first (its file's
// name without ".go"), then what followed the file on gopark run's command
// line.
var Args = programArgs()

func programArgs() []string {
	args := []string{progName()}
	for i := 0; i < numArgs(); i++ {
		args = append(args, arg(i))
	}
	return args
}

// progName returns the program's name; numArgs and arg the arguments
// after it (gopark run prog.go ARGS...). Implemented natively.
func progName() string
func numArgs() int
func arg(i int) string

// Exit ends the program at once with the given status; deferred functions
// do not run.
func Exit(code int)

func Getenv(key string) string
func Setenv(key, value string) error
func Unsetenv(key string) error
func Clearenv()
func Expand(s string, mapping func(string) string) string
func ExpandEnv(s string) string

func Executable() (string, error)
func Getwd() (dir string, err error)
func Chdir(dir string) error
func Hostname() (name string, err error)
func Getpagesize() int
func Getpid() int
func Getppid() int
func Getuid() int
func Geteuid() int
func Getgid() int
func Getegid() int
func Getgroups() ([]int, error)
func TempDir() string
func UserHomeDir() (string, error)
func UserCacheDir() (string, error)
func UserConfigDir() (string, error)

// IsPathSeparator: is c a '/'?
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// LinkError is the error of Link, Symlink and Rename: both names and the
// cause.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError names the host call that failed and why.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether the error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns a *SyscallError for syscall and err, or nil when
// err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{Syscall: syscall, Err: err}
}

// A Signal is an operating system signal.
type Signal interface {
	String() string
	Signal() // tells Signals apart from other Stringers
}

// The signals present on every system.
var (
	Interrupt Signal = sysSignal(2)
	Kill      Signal = sysSignal(9)
)

type sysSignal int

func (s sysSignal) Signal() {}

func (s sysSignal) String() string {
	switch s {
	case 2:
		return "interrupt"
	case 9:
		return "killed"
	}
	return "signal"
}
