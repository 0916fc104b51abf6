package os

import "io"

// A playground has no file system: opening or inspecting a file fails as
// for a missing one, and creating one fails as on a read-only file
// system. The standard streams are the only files.

// hostError is an error of the host with Go's text for it; errors.Is
// matches it against the portable error it stands for.
type hostError struct {
	msg string
	is  error
}

func (e *hostError) Error() string { return e.msg }

func (e *hostError) Is(target error) bool { return e.is != nil && target == e.is }

var (
	errNoEnt = &hostError{"no such file or directory", ErrNotExist}
	errROFS  = &hostError{"read-only file system", nil}
	errIO    = &hostError{"input/output error", nil}
	errBadFd = &hostError{"bad file descriptor", nil}
)

func notFound(op, name string) *PathError {
	return &PathError{Op: op, Path: name, Err: errNoEnt}
}

// Open opens a file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates a file for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens a file with the given flags (O_RDONLY etc.) and, when it
// creates it, the permission bits perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	if flag&(O_WRONLY|O_RDWR|O_CREATE|O_APPEND|O_TRUNC) != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errROFS}
	}
	return nil, notFound("open", name)
}

// ReadFile returns the whole contents of the named file.
func ReadFile(name string) ([]byte, error) {
	_, err := Open(name)
	return nil, err
}

// WriteFile writes data to the named file, creating it with perm if
// needed.
func WriteFile(name string, data []byte, perm FileMode) error {
	_, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	return err
}

// ReadDir returns the entries of the named directory, sorted by name.
func ReadDir(name string) ([]DirEntry, error) { return nil, notFound("open", name) }

// Stat describes the named file.
func Stat(name string) (FileInfo, error) { return nil, notFound("stat", name) }

// Lstat describes the named file without following a symbolic link.
func Lstat(name string) (FileInfo, error) { return nil, notFound("lstat", name) }

// Mkdir creates a directory.
func Mkdir(name string, perm FileMode) error {
	return &PathError{Op: "mkdir", Path: name, Err: errROFS}
}

// MkdirAll creates a directory and any missing parents.
func MkdirAll(path string, perm FileMode) error {
	return &PathError{Op: "mkdir", Path: path, Err: errROFS}
}

// Remove removes a file or an empty directory.
func Remove(name string) error { return notFound("remove", name) }

// readFd reads from host descriptor fd into b: the byte count, 0 at end
// of input, -1 on an error. Implemented natively.
func readFd(fd int, b []byte) int

// Read reads up to len(b) bytes; at the end of the input it returns 0,
// io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = readFd(f.fd, b)
	if n == 0 {
		return 0, io.EOF
	}
	if n < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errIO}
	}
	return n, nil
}

// writeFd and writeFdString write to host descriptor fd (1 or 2): the
// byte count, or -1 for another descriptor. Implemented natively.
func writeFd(fd int, b []byte) int
func writeFdString(fd int, s string) int

// Write writes b to the file.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	if n = writeFd(f.fd, b); n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	return n, nil
}

// WriteString writes s to the file.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	if n = writeFdString(f.fd, s); n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errBadFd}
	}
	return n, nil
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}

// ReadFrom copies r to the file until EOF (what io.Copy uses).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	buf := make([]byte, 32*1024)
	for {
		k, rerr := r.Read(buf)
		if k > 0 {
			w, werr := f.Write(buf[:k])
			n += int64(w)
			if werr != nil {
				return n, werr
			}
		}
		if rerr == io.EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// WriteTo copies the file to w until EOF (what io.Copy uses).
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	buf := make([]byte, 32*1024)
	for {
		k, rerr := f.Read(buf)
		if k > 0 {
			m, werr := w.Write(buf[:k])
			n += int64(m)
			if werr != nil {
				return n, werr
			}
			if m != k {
				return n, io.ErrShortWrite
			}
		}
		if rerr == io.EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// Sync commits the file to storage: nothing to do for the streams.
func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// Fd returns the file's descriptor number.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// LookupEnv returns the value of an environment variable and whether it
// is set; a playground has no environment.
func LookupEnv(key string) (string, bool) { return "", false }

// Environ returns the environment as "key=value" strings: none here.
func Environ() []string { return []string{} }

// underlying unwraps the errors that os's functions wrap host errors in.
func underlying(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingIs(err, target error) bool {
	err = underlying(err)
	if err == target {
		return true
	}
	e, ok := err.(*hostError)
	return ok && e.Is(target)
}

// IsExist reports whether err says a file already exists.
func IsExist(err error) bool { return underlyingIs(err, ErrExist) }

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return underlyingIs(err, ErrNotExist) }

// IsPermission reports whether err says permission is denied.
func IsPermission(err error) bool { return underlyingIs(err, ErrPermission) }

// IsTimeout reports whether err says a timeout happened.
func IsTimeout(err error) bool {
	t, ok := underlying(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}
