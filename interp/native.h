// native.h - Go functions the VM runs as C++: the standard library's
// functions declared without a body (stdlib/README.md), found by name.
//
// A native gets its arguments in register form (layout.h) at R[0..) and
// writes its results at R[0..), like a Go callee's frame. It may allocate
// (the arguments stay reachable: the calling frame's stack map covers
// them) but must pin what it allocated itself across further allocations.
// A native that must wait (a lock, a sleep) follows runtime/g.h's
// protocol: when the runtime operation says Step::park it sets park and
// returns false; the goroutine parks and, once readied, calls the native
// again with the same arguments, and the operation finishes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "interp/bytecode.h"

namespace gopark::rt {
struct G;
}

namespace gopark::interp {

class VM;

struct NativeCall {
  VM* vm = nullptr;
  rt::G* g = nullptr;
  uint64_t* R = nullptr;
  // Set before returning false: a run-time panic with this message (empty:
  // out of memory).
  std::string panic;
  int exit = -1;        // >= 0: end the program with this status (os.Exit)
  bool park = false;    // with false: park the goroutine, then call again
  bool yield = false;   // with true: done, and let other goroutines run (Gosched)
  bool fatal = false;   // with panic set: Go's unrecoverable "fatal error: ..."
  bool goexit = false;  // with false: end the goroutine after its deferred calls (runtime.Goexit)

  // A new Go string holding s into out[0..2); false when out of memory.
  bool new_string(std::string_view s, uint64_t* out);
  // An `any` holding the value of type t at p (memory form) into out[0..2);
  // a value of interface type is copied as is. False when out of memory.
  bool box(const TypeInfo* t, const uint8_t* p, uint64_t* out);
  // A new []any of n elements (zeroed) into out[0..3).
  bool new_any_slice(uint64_t n, uint64_t* out);
};

// false: a Go panic or out of memory (NativeCall::panic), or os.Exit.
using NativeFn = bool (*)(NativeCall&);

// Names are the import path and the function's name: "fmt.kindOf",
// "os.Exit", "os.(*File).Write". Registration happens before compiling.
void register_native(const std::string& name, NativeFn fn);
NativeFn find_native(const std::string& name);

}  // namespace gopark::interp
