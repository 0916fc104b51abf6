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
// Threads. Goroutines allocate in parallel: each thread allocating in a
// heap gets its own Cache (Go's mcache), holding one current span per size
// class, and allocates from it without locks. mu_ guards what caches share
// (the span lists and the page map); a cache goes to it only for a new span
// or a large object. Byte counts are kept per cache and added to the
// heap's totals when it refills, so should_collect and fits may be behind
// by a span per class per thread. Collection (begin .. sweep) requires
// that no other thread allocates or runs VM code: the VM stops the world
// first (interp/world.h).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
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

  // Whether to collect before allocating bytes more (this thread's view).
  bool should_collect(uint64_t bytes);
  bool fits(uint64_t bytes);
  // A zeroed object of count elements of type t (null t: plain bytes, no
  // pointers). Null if the system has no memory.
  void* alloc(const TypeInfo* t, uint64_t count, uint64_t bytes);
  // alloc, unless a collection is due or the limit would be passed: null.
  void* try_alloc(const TypeInfo* t, uint64_t count, uint64_t bytes);
  void set_limit(uint64_t bytes) { limit_ = bytes; }
  // Memory the limit counts besides objects: goroutines' records and
  // register stacks (VMG). A goroutine bomb or a deep recursion in many
  // goroutines then ends in "out of memory" like a heap bomb, instead of
  // exhausting the process (in a browser, the tab's 2 GiB). charge fails,
  // changing nothing, when bytes more would pass the limit.
  bool charge(uint64_t bytes);
  void uncharge(uint64_t bytes) { other_.fetch_sub(bytes, std::memory_order_relaxed); }
  uint64_t charged() const { return other_.load(std::memory_order_relaxed); }

  // Roots held by C++ code of this thread across an allocation, LIFO.
  void pin(const void* p) { cache()->pins.push_back(p); }
  void unpin() { cache()->pins.pop_back(); }

  void begin_collection();     // also marks every thread's pins
  void mark_word(uint64_t w);  // a root or traced word: mark what it points into
  void drain();                // trace everything reachable from the marked
  void sweep();
  // During a collection, after drain: whether the object holding p was
  // reached.
  bool is_marked(const void* p) const;

  // Statistics, exact for the calling thread's allocations and as of their
  // last refill for other threads' (exact after flush_all).
  uint64_t live_bytes() { return flushed(bytes_); }
  uint64_t objects() { return flushed(objects_); }
  uint64_t num_gc() const { return num_gc_.load(std::memory_order_relaxed); }
  uint64_t total_alloc() { return flushed(total_); }
  uint64_t peak_bytes() { return flushed(peak_); }
  // Adds every cache's counts to the totals; no thread may be allocating.
  void flush_all();

  struct Span;
  // A thread's allocation state. Only its thread touches it, except during
  // a collection (the world stopped).
  struct Cache {
    // Allocated since the last flush. bytes is atomic (relaxed) because a
    // timer firing outside VM code reads its thread's count (charge, for
    // an AfterFunc goroutine) while a collection flushes every cache.
    std::atomic<uint64_t> bytes{0};
    uint64_t objects = 0, total = 0;
    std::vector<Span*> current;  // per size class: where to allocate
    std::vector<const void*> pins;
  };

 private:
  // The calling thread's cache for this heap, made on first use.
  Cache* cache();
  Cache* attach();
  uint64_t flushed(const std::atomic<uint64_t>& v);
  void flush(Cache* c);  // add c's counts to the totals; requires mu_
  void* refill(Cache* c, int cls, const TypeInfo* t, uint64_t bytes);
  Span* new_span(uint64_t npages, uint32_t elem_size);  // requires mu_
  void* alloc_large(const TypeInfo* t, uint64_t count, uint64_t bytes);
  void map_pages(Span* s, bool on);  // requires mu_
  Span* span_of(uintptr_t a) const;

  struct Gray {
    uintptr_t base;
    const TypeInfo* type;
    uint64_t count;
  };
  const uint64_t id_;  // tells this heap's caches from a dead heap's (thread-locals)
  std::mutex mu_;      // guards everything down to gray_ (collections hold the world instead)
  std::vector<std::unique_ptr<Span*[]>> l1_;    // page map: addr >> 30, then page
  std::vector<std::unique_ptr<Span>> spans_;    // every span (small and large)
  std::vector<std::unique_ptr<Cache>> caches_;  // one per thread that allocated
  std::vector<std::vector<Span*>> partial_;     // per size class: spans with room, in no cache
  std::vector<std::vector<Span*>> free_runs_;   // empty small spans by page count
  std::vector<void*> chunks_;                   // memory of the small spans
  uintptr_t chunk_next_ = 0, chunk_end_ = 0;    // unused pages of the last chunk
  std::vector<Gray> gray_;                      // collection only
  // Totals of what the caches flushed (the live figures after a sweep).
  std::atomic<uint64_t> bytes_{0};
  std::atomic<uint64_t> objects_{0};
  std::atomic<uint64_t> total_{0};
  std::atomic<uint64_t> peak_{0};
  std::atomic<uint64_t> num_gc_{0};
  uint64_t next_gc_ = uint64_t(4) << 20;  // written during collections only
  uint64_t limit_ = uint64_t(1) << 30;
  std::atomic<uint64_t> other_{0};  // charge()d bytes
};

}  // namespace gopark::interp
