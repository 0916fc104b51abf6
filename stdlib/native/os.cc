// os.cc - the standard streams and the process: writes to descriptors 1
// and 2, os.Exit, the environment (empty: a playground has none).
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

// The descriptor of *File R[0] (its first field); -1 for nil.
int64_t file_fd(const uint64_t* r) {
  uint8_t* f = arg_ptr(r[0]);
  if (!f) return -1;
  int64_t fd;
  std::memcpy(&fd, f, 8);
  return fd;
}

bool write_out(NativeCall& c, std::string_view data) {
  int64_t fd = file_fd(c.R);
  if (fd != 1 && fd != 2) {
    c.panic = fd < 0 ? "runtime error: invalid memory address or nil pointer dereference"
                     : "gopark: writing to this file is not supported yet";
    return false;
  }
  c.vm->write(int(fd), data);
  c.R[0] = data.size();
  c.R[1] = c.R[2] = 0;  // err = nil
  return true;
}

// (*File).Write(b []byte) (n int, err error)
bool file_write(NativeCall& c) {
  return write_out(
      c, std::string_view(reinterpret_cast<const char*>(arg_ptr(c.R[1])), size_t(c.R[2])));
}

// (*File).WriteString(s string) (n int, err error)
bool file_write_string(NativeCall& c) {
  return write_out(c, arg_string(c.R + 1));
}

bool exit_native(NativeCall& c) {
  int64_t code = int64_t(c.R[0]);
  c.exit = int(code & 0xff);
  return false;
}

bool getenv_native(NativeCall& c) {
  c.R[0] = c.R[1] = 0;
  return true;
}

}  // namespace

void register_os_natives() {
  using interp::register_native;
  register_native("os.(*File).Write", file_write);
  register_native("os.(*File).WriteString", file_write_string);
  register_native("os.Exit", exit_native);
  register_native("os.Getenv", getenv_native);
}

}  // namespace gopark::stdlib
