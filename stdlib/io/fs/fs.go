// Package fs: the basic interfaces of a file system, and the file mode,
// file info and path error types package os shares.
//
// Declarations written for gopark from the package documentation; only the
// parts package os needs are here.
package fs

import (
	"errors"
	"time"
)

// Generic file system errors; test for them with errors.Is.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// FS is a read-only tree of files.
type FS interface {
	Open(name string) (File, error)
}

// A File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A FileInfo describes a file; Stat and Lstat return one.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // Mode().IsDir()
	Sys() any           // underlying data source, may be nil
}

// DirEntry describes one name in a directory listing.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// FileMode packs a file's type bits and its Unix permissions.
type FileMode uint32

// The type bits, from the most significant bit down.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: character device
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file

	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0o777 // Unix permission bits
)

// String renders the mode like "drwxr-xr-x": one letter per type bit set
// (or "-"), then the nine permission bits.
func (m FileMode) String() string {
	const letters = "dalTLDpSugct?"
	var b []byte
	for i, c := range letters {
		if m&(1<<uint(32-1-i)) != 0 {
			b = append(b, byte(c))
		}
	}
	if len(b) == 0 {
		b = append(b, '-')
	}
	const perms = "rwxrwxrwx"
	for i, c := range perms {
		if m&(1<<uint(9-1-i)) != 0 {
			b = append(b, byte(c))
		} else {
			b = append(b, '-')
		}
	}
	return string(b)
}

// IsDir: is the directory bit set?
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular: are no type bits set?
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the permission bits of m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns the type bits of m.
func (m FileMode) Type() FileMode { return m & ModeType }

// PathError is a file operation's error: what was tried, on which path,
// and the cause.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the error represents a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}
