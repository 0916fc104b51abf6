// os.cc - the standard streams and the process: writes to descriptors 1
// and 2, reads of descriptor 0, os.Exit, the program name, the environment
// (empty: a playground has none).
#include <unistd.h>

#include <cerrno>

#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

// Writes to descriptor R[0]: the byte count, or -1 for a descriptor other
// than the standard output and error (no other file can be open).
bool write_out(NativeCall& c, std::string_view data) {
  int64_t fd = int64_t(c.R[0]);
  if (fd != 1 && fd != 2) {
    c.R[0] = uint64_t(int64_t(-1));
    return true;
  }
  c.vm->write(int(fd), data);
  c.R[0] = data.size();
  return true;
}

// os.writeFd(fd int, b []byte) int
bool write_fd(NativeCall& c) {
  return write_out(
      c, std::string_view(reinterpret_cast<const char*>(arg_ptr(c.R[1])), size_t(c.R[2])));
}

// os.writeFdString(fd int, s string) int
bool write_fd_string(NativeCall& c) {
  return write_out(c, arg_string(c.R + 1));
}

bool exit_native(NativeCall& c) {
  int64_t code = int64_t(c.R[0]);
  c.exit = int(code & 0xff);
  return false;
}

// os.readFd(fd int, b []byte) int: the standard input is the host's; no
// other descriptor can be read.
bool read_fd(NativeCall& c) {
  int64_t fd = int64_t(c.R[0]);
  auto* p = arg_ptr(c.R[1]);
  size_t n = size_t(c.R[2]);
  if (fd != 0) {
    c.R[0] = uint64_t(int64_t(-1));
    return true;
  }
  // The read may wait for the user: meanwhile this M is out of VM code, so
  // other goroutines can collect (the buffer stays put: the collector does
  // not move objects, and this frame, saved at its call, keeps it alive).
  c.vm->world().leave();
  long k;
  if (const auto& read_stdin = c.vm->options().read_stdin) {
    k = read_stdin(reinterpret_cast<char*>(p), n);
  } else {
    do {
      k = long(::read(0, p, n));
    } while (k < 0 && errno == EINTR);
  }
  c.vm->world().enter();
  c.R[0] = uint64_t(int64_t(k < 0 ? -1 : k));
  return true;
}

// os.progName() string: the program file's name less ".go", as os.Args[0].
bool prog_name(NativeCall& c) {
  std::string_view name = c.vm->file();
  if (name.size() > 3 && name.substr(name.size() - 3) == ".go") name.remove_suffix(3);
  return c.new_string(name, c.R);
}

// os.numArgs() int and os.arg(i int) string: the program's arguments.
bool num_args(NativeCall& c) {
  c.R[0] = c.vm->options().args.size();
  return true;
}

bool arg_native(NativeCall& c) {
  const auto& args = c.vm->options().args;
  uint64_t i = c.R[0];
  return c.new_string(i < args.size() ? args[size_t(i)] : std::string(), c.R);
}

bool getenv_native(NativeCall& c) {
  c.R[0] = c.R[1] = 0;
  return true;
}

}  // namespace

void register_os_natives() {
  using interp::register_native;
  register_native("os.writeFd", write_fd);
  register_native("os.writeFdString", write_fd_string);
  register_native("os.Exit", exit_native);
  register_native("os.Getenv", getenv_native);
  register_native("os.readFd", read_fd);
  register_native("os.progName", prog_name);
  register_native("os.numArgs", num_args);
  register_native("os.arg", arg_native);
}

}  // namespace gopark::stdlib
