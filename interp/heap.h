// heap.h - the VM's garbage-collected heap.
//
// Every object is allocated zeroed with a header saying its type (size and
// pointer map per element) and element count, so the collector traces it
// precisely; an ordered index of objects by address lets an interior pointer
// (&s.f, &a[i], a slice's data, a string's bytes) find its object. Words
// that point nowhere into the heap (string constants, globals, nil) are
// ignored.
//
// Collection is mark-sweep, non-moving, stop-the-world: the VM calls
// begin/mark_word for its roots (goroutine frames through their stack maps,
// package variables), drain() traces, sweep() frees what was not reached.
// Pacing is Go's GOGC=100: collect when the heap has doubled since the last
// collection's live size (at least 4 MiB). The limit (-mem) is checked
// after a collection: what does not fit then is "out of memory".
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "interp/bytecode.h"

namespace gopark::interp {

class Heap {
 public:
  ~Heap();
  // Whether to collect before allocating bytes more.
  bool should_collect(uint64_t bytes) const { return bytes_ + bytes > next_gc_; }
  bool fits(uint64_t bytes) const { return bytes_ + bytes <= limit_; }
  // A zeroed object of count elements of type t (null t: plain bytes, no
  // pointers). Null if the system has no memory.
  void* alloc(const TypeInfo* t, uint64_t count, uint64_t bytes);
  void set_limit(uint64_t bytes) { limit_ = bytes; }

  void begin_collection();
  void mark_word(uint64_t w);  // a root or traced word: mark what it points into
  void drain();                // trace everything reachable from the marked
  void sweep();

  uint64_t live_bytes() const { return bytes_; }
  uint64_t objects() const { return objs_.size(); }
  uint64_t num_gc() const { return num_gc_; }
  uint64_t total_alloc() const { return total_; }
  uint64_t peak_bytes() const { return peak_; }

 private:
  struct Obj {
    uint64_t size;
    const TypeInfo* type;
    uint64_t count;
    uint32_t epoch;  // == epoch_: reached in the current collection
  };
  std::map<uintptr_t, Obj> objs_;  // by address
  std::vector<std::pair<uintptr_t, Obj*>> gray_;
  uint64_t bytes_ = 0;
  uint64_t total_ = 0;
  uint64_t peak_ = 0;
  uint64_t next_gc_ = uint64_t(4) << 20;
  uint64_t limit_ = uint64_t(1) << 30;
  uint32_t epoch_ = 0;
  uint64_t num_gc_ = 0;
};

}  // namespace gopark::interp
