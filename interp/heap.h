// heap.h - the VM's garbage-collected heap (allocation side).
//
// Every object is allocated zeroed with a header saying its type (size and
// pointer map per element) and element count, so a precise collector can
// trace it; the heap keeps every live object's address in an ordered index
// so that interior pointers (&s.f, &a[i], a slice's data) find their object.
// The byte count is checked against the heap limit: going over it ends the
// program with Go's "fatal error: runtime: out of memory".
//
// The collector itself (mark from the goroutines' frames and the package
// variables, sweep the unmarked) is the next step of issue order 3.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>

#include "interp/bytecode.h"

namespace gopark::interp {

class Heap {
 public:
  ~Heap();
  // A zeroed object of count elements of type t (t may be null for plain
  // bytes: no pointers). Returns null when the limit would be exceeded.
  void* alloc(const TypeInfo* t, uint64_t count, uint64_t bytes);
  void set_limit(uint64_t bytes) { limit_ = bytes; }
  uint64_t live_bytes() const { return bytes_; }
  uint64_t objects() const { return objs_.size(); }

 private:
  struct Obj {
    uint64_t size;
    const TypeInfo* type;
    uint64_t count;
  };
  std::map<uintptr_t, Obj> objs_;  // by address
  uint64_t bytes_ = 0;
  uint64_t limit_ = uint64_t(1) << 30;
};

}  // namespace gopark::interp
