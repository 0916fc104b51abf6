// heap.h - the VM's garbage-collected heap.
//
// Objects live in spans: runs of 8 KiB pages holding objects of one size
// class (Go's classes, 8 B to 32 KiB), or one large object. A two-level
// page map takes any word to its span, so marking an interior pointer
// (&s.f, &a[i], a slice's data, a string's bytes) finds its object with
// no search; words pointing outside the heap (string constants, globals,
// nil) find no span and are ignored. Each object's type (size and pointer
// map per element) is kept beside the span, so tracing is precise.
//
// Collection is mark-sweep, non-moving, stop-the-world: the VM calls
// begin/mark_word for its roots (goroutine frames through their stack maps,
// package variables), drain() traces, sweep() frees what was not reached
// (a span left empty goes back to the free pages; a large object's pages
// to the system). Pacing is Go's GOGC=100: collect when the heap has
// doubled since the last collection's live size (at least 4 MiB). The
// limit (-mem) is checked after a collection: what does not fit then is
// "out of memory".
//
// Not thread-safe: one VM's goroutines allocate under the VM's rules
// (one M runs the VM's code at a time until the scheduler work lands).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "interp/bytecode.h"

namespace gopark::interp {

// The allocation size of a request of n bytes: Go's size class (n <= 32
// KiB) or whole 8 KiB pages. append's growth rounds to it, as Go's does.
uint64_t alloc_size(uint64_t n);

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

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
  // During a collection, after drain: whether the object holding p was
  // reached.
  bool is_marked(const void* p) const;

  uint64_t live_bytes() const { return bytes_; }
  uint64_t objects() const { return objects_; }
  uint64_t num_gc() const { return num_gc_; }
  uint64_t total_alloc() const { return total_; }
  uint64_t peak_bytes() const { return peak_; }

  struct Span;

 private:
  Span* new_span(uint64_t npages, uint32_t elem_size);
  void* alloc_large(const TypeInfo* t, uint64_t count, uint64_t bytes);
  void map_pages(Span* s, bool on);
  Span* span_of(uintptr_t a) const;

  struct Gray {
    uintptr_t base;
    const TypeInfo* type;
    uint64_t count;
  };
  std::vector<std::unique_ptr<Span*[]>> l1_;   // page map: addr >> 30, then page
  std::vector<std::unique_ptr<Span>> spans_;   // every span (small and large)
  std::vector<Span*> current_;                 // per size class: where to allocate
  std::vector<std::vector<Span*>> partial_;    // per size class: spans with room
  std::vector<std::vector<Span*>> free_runs_;  // empty small spans by page count
  std::vector<void*> chunks_;                  // memory of the small spans
  uintptr_t chunk_next_ = 0, chunk_end_ = 0;   // unused pages of the last chunk
  std::vector<Gray> gray_;
  uint64_t bytes_ = 0;
  uint64_t objects_ = 0;
  uint64_t total_ = 0;
  uint64_t peak_ = 0;
  uint64_t next_gc_ = uint64_t(4) << 20;
  uint64_t limit_ = uint64_t(1) << 30;
  uint64_t num_gc_ = 0;
};

}  // namespace gopark::interp
