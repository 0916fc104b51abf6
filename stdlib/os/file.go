package os

import (
	"io/fs"
	"time"
)

// File is an open file descriptor. Its methods return *PathError errors.
type File struct {
	fd         int    // the VM's descriptor
	name       string // as given to Open
	closed     bool
	appendMode bool // opened with O_APPEND: WriteAt is refused
}

// NewFile returns a File for descriptor fd with the given name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

func CreateTemp(dir, pattern string) (*File, error)
func Pipe() (r *File, w *File, err error)

func DirFS(dir string) fs.FS

func SameFile(fi1, fi2 FileInfo) bool

func MkdirTemp(dir, pattern string) (string, error)
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func Truncate(name string, size int64) error
func Chmod(name string, mode FileMode) error
func Chown(name string, uid, gid int) error
func Lchown(name string, uid, gid int) error
func Chtimes(name string, atime time.Time, mtime time.Time) error
func Link(oldname, newname string) error
func Symlink(oldname, newname string) error
func Readlink(name string) (string, error)

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) Stat() (FileInfo, error)
func (f *File) Truncate(size int64) error
func (f *File) Chdir() error
func (f *File) Chmod(mode FileMode) error
func (f *File) Chown(uid, gid int) error
func (f *File) ReadDir(n int) ([]DirEntry, error)
func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) Readdirnames(n int) (names []string, err error)
func (f *File) SetDeadline(t time.Time) error
func (f *File) SetReadDeadline(t time.Time) error
func (f *File) SetWriteDeadline(t time.Time) error
