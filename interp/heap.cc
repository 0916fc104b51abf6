// heap.cc - spans, allocation, marking and sweeping.
#include "interp/heap.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace gopark::interp {

namespace {

constexpr uint64_t kPageShift = 13;
constexpr uint64_t kPage = uint64_t(1) << kPageShift;
constexpr uint64_t kL1Shift = 30;  // one second-level table per GiB of addresses
constexpr uint64_t kL2Size = uint64_t(1) << (kL1Shift - kPageShift);
// Addresses hosts hand out: 47 bits on 64-bit hosts, 32 on wasm32.
constexpr uint64_t kL1Size = sizeof(void*) == 8 ? (uint64_t(1) << (47 - kL1Shift)) : 4;
constexpr uint64_t kChunk = uint64_t(256) << 10;  // small spans are carved from these

// Go's small-object size classes.
constexpr uint32_t kClasses[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,  160,   176,   192,
    208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,  512,   576,   640,
    704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304, 2688,  3072,  3200,
    3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728, 10240, 10880, 12288,
    13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr int kNumClasses = sizeof kClasses / sizeof kClasses[0];
constexpr uint64_t kMaxSmall = 32768;
// Unflushed bytes a cache may hold before it adds them to the totals.
constexpr uint64_t kFlushBytes = uint64_t(64) << 10;

std::atomic<uint64_t> next_heap_id{1};

// This thread's cache, if it belongs to the heap with this id.
struct ThreadCache {
  uint64_t heap_id = 0;
  Heap::Cache* cache = nullptr;
};
thread_local ThreadCache tl_cache;

int class_of(uint64_t n) {
  if (n == 0) n = 1;
  return int(std::lower_bound(kClasses, kClasses + kNumClasses, uint32_t(n)) - kClasses);
}

}  // namespace

uint64_t alloc_size(uint64_t n) {
  if (n <= kMaxSmall) return kClasses[class_of(n)];
  return (n + kPage - 1) / kPage * kPage;
}

// A run of pages: nelems objects of elem_size bytes (one for a large
// object). Bit i of alloc: object i is in use; of mark: reached in this
// collection. types[i]: object i's element type (null: no pointers).
struct Heap::Span {
  uintptr_t base = 0;
  uint64_t npages = 0;
  uint64_t elem_size = 0;
  uint32_t nelems = 0;  // 0: a free span
  int cls = -1;         // size class; -1 for a large object
  uint32_t nused = 0;
  uint32_t hint = 0;    // no free object below this index
  void* raw = nullptr;  // a large object's allocation
  uint64_t large_count = 0;
  std::vector<uint64_t> alloc, mark;
  std::vector<const TypeInfo*> types;
};

Heap::Heap() : id_(next_heap_id.fetch_add(1)), partial_(kNumClasses) {
  l1_.resize(kL1Size);
}

Heap::Cache* Heap::cache() {
  return tl_cache.heap_id == id_ ? tl_cache.cache : attach();
}

Heap::Cache* Heap::attach() {
  std::lock_guard<std::mutex> l(mu_);
  caches_.push_back(std::make_unique<Cache>());
  Cache* c = caches_.back().get();
  c->current.assign(kNumClasses, nullptr);
  tl_cache = {id_, c};
  return c;
}

void Heap::flush(Cache* c) {
  uint64_t cb = c->bytes.exchange(0, std::memory_order_relaxed);
  uint64_t b = bytes_.fetch_add(cb, std::memory_order_relaxed) + cb;
  objects_.fetch_add(c->objects, std::memory_order_relaxed);
  total_.fetch_add(c->total, std::memory_order_relaxed);
  c->objects = c->total = 0;
  if (b > peak_.load(std::memory_order_relaxed)) peak_.store(b, std::memory_order_relaxed);
}

uint64_t Heap::flushed(const std::atomic<uint64_t>& v) {
  Cache* c = cache();
  if (c->bytes.load(std::memory_order_relaxed) || c->objects || c->total) {
    std::lock_guard<std::mutex> l(mu_);
    flush(c);
  }
  return v.load(std::memory_order_relaxed);
}

void Heap::flush_all() {
  std::lock_guard<std::mutex> l(mu_);
  for (auto& c : caches_) flush(c.get());
}

bool Heap::should_collect(uint64_t bytes) {
  return bytes_.load(std::memory_order_relaxed) + cache()->bytes.load(std::memory_order_relaxed) +
             bytes >
         next_gc_;
}

bool Heap::fits(uint64_t bytes) {
  return bytes_.load(std::memory_order_relaxed) + cache()->bytes.load(std::memory_order_relaxed) +
             other_.load(std::memory_order_relaxed) + bytes <=
         limit_;
}

bool Heap::charge(uint64_t bytes) {
  uint64_t had = other_.fetch_add(bytes, std::memory_order_relaxed);
  if (bytes_.load(std::memory_order_relaxed) + cache()->bytes.load(std::memory_order_relaxed) +
          had + bytes <=
      limit_)
    return true;
  other_.fetch_sub(bytes, std::memory_order_relaxed);
  return false;
}

Heap::~Heap() {
  for (auto& s : spans_)
    if (s->raw) std::free(s->raw);
  for (void* c : chunks_) std::free(c);
}

void Heap::map_pages(Span* s, bool on) {
  for (uint64_t i = 0; i < s->npages; i++) {
    uintptr_t a = s->base + i * kPage;
    uint64_t i1 = a >> kL1Shift;
    if (i1 >= kL1Size) continue;  // beyond the map: never marked (not expected)
    auto& l2 = l1_[i1];
    if (!l2) {
      if (!on) continue;
      l2.reset(new Span*[kL2Size]());
    }
    l2[(a >> kPageShift) & (kL2Size - 1)] = on ? s : nullptr;
  }
}

Heap::Span* Heap::span_of(uintptr_t a) const {
  uint64_t i1 = a >> kL1Shift;
  if (i1 >= kL1Size) return nullptr;
  Span* const* l2 = l1_[i1].get();
  if (!l2) return nullptr;
  return l2[(a >> kPageShift) & (kL2Size - 1)];
}

// A span of npages for objects of elem_size: a free run of that length, or
// new pages from the current chunk.
Heap::Span* Heap::new_span(uint64_t npages, uint32_t elem_size) {
  Span* s = nullptr;
  if (npages < free_runs_.size() && !free_runs_[npages].empty()) {
    s = free_runs_[npages].back();
    free_runs_[npages].pop_back();  // alloc zeroes each object it hands out
  } else {
    uint64_t bytes = npages * kPage;
    if (chunk_end_ - chunk_next_ < bytes) {
      uint64_t size = std::max(kChunk, bytes);
      // calloc: zeroed pages, lazily by the system for large chunks.
      void* c = std::calloc(1, size + kPage);
      if (!c) return nullptr;
      chunks_.push_back(c);
      uintptr_t p = reinterpret_cast<uintptr_t>(c);
      chunk_next_ = (p + kPage - 1) & ~(kPage - 1);
      chunk_end_ = chunk_next_ + size;
    }
    spans_.push_back(std::make_unique<Span>());
    s = spans_.back().get();
    s->base = chunk_next_;
    s->npages = npages;
    chunk_next_ += bytes;
    map_pages(s, true);
  }
  s->elem_size = elem_size;
  s->nelems = uint32_t(npages * kPage / elem_size);
  s->nused = 0;
  s->hint = 0;
  s->alloc.assign((s->nelems + 63) / 64, 0);
  s->mark.assign((s->nelems + 63) / 64, 0);
  s->types.assign(s->nelems, nullptr);
  return s;
}

void* Heap::alloc_large(const TypeInfo* t, uint64_t count, uint64_t bytes) {
  uint64_t npages = (bytes + kPage - 1) / kPage;
  void* raw = std::calloc(1, npages * kPage + kPage);
  if (!raw) return nullptr;
  Cache* c = cache();
  std::lock_guard<std::mutex> l(mu_);
  spans_.push_back(std::make_unique<Span>());
  Span* s = spans_.back().get();
  s->raw = raw;
  s->base = (reinterpret_cast<uintptr_t>(raw) + kPage - 1) & ~(kPage - 1);
  s->npages = npages;
  s->elem_size = npages * kPage;
  s->nelems = 1;
  s->nused = 1;
  s->large_count = count;
  s->alloc.assign(1, 1);
  s->mark.assign(1, 0);
  s->types.assign(1, t);
  map_pages(s, true);
  c->bytes.store(c->bytes.load(std::memory_order_relaxed) + s->elem_size,
                 std::memory_order_relaxed);
  c->total += s->elem_size;
  c->objects++;
  flush(c);
  return reinterpret_cast<void*>(s->base);
}

// A span with room for class cls becomes c's current one: a partial span
// or a new one. Then allocates from it.
void* Heap::refill(Cache* c, int cls, const TypeInfo* t, uint64_t bytes) {
  {
    std::lock_guard<std::mutex> l(mu_);
    flush(c);
    Span* s = nullptr;
    while (!partial_[cls].empty() && !s) {
      s = partial_[cls].back();
      partial_[cls].pop_back();
      if (s->nused == s->nelems) s = nullptr;
    }
    if (!s) {
      uint32_t size = kClasses[cls];
      uint64_t npages = (std::max<uint64_t>(kPage, uint64_t(size) * 4) + kPage - 1) / kPage;
      s = new_span(npages, size);
      if (!s) return nullptr;
      s->cls = cls;
    }
    c->current[cls] = s;
  }
  return alloc(t, 1, bytes);
}

void* Heap::alloc(const TypeInfo* t, uint64_t count, uint64_t bytes) {
  if (t && !t->has_pointers()) t = nullptr;
  if (bytes > kMaxSmall) return alloc_large(t, count, bytes);
  Cache* c = cache();
  int cls = class_of(bytes);
  Span* s = c->current[cls];
  if (!s || s->nused == s->nelems) return refill(c, cls, t, bytes);
  // The first free object at or after the hint.
  uint32_t i = s->hint;
  for (uint32_t w = i / 64; w < s->alloc.size(); w++) {
    uint64_t free_bits = ~s->alloc[w];
    if (w == i / 64) free_bits &= ~uint64_t(0) << (i % 64);
    if (!free_bits) continue;
    i = w * 64 + uint32_t(__builtin_ctzll(free_bits));
    break;
  }
  s->alloc[i / 64] |= uint64_t(1) << (i % 64);
  s->types[i] = t;
  s->nused++;
  s->hint = i + 1;
  void* p = reinterpret_cast<void*>(s->base + uint64_t(i) * s->elem_size);
  // Freed objects keep their old bytes until reused.
  std::memset(p, 0, size_t(s->elem_size));
  c->bytes.store(c->bytes.load(std::memory_order_relaxed) + s->elem_size,
                 std::memory_order_relaxed);
  c->total += s->elem_size;
  c->objects++;
  if (c->bytes.load(std::memory_order_relaxed) >= kFlushBytes) {
    std::lock_guard<std::mutex> l(mu_);
    flush(c);
  }
  return p;
}

void* Heap::try_alloc(const TypeInfo* t, uint64_t count, uint64_t bytes) {
  Cache* c = cache();
  uint64_t after =
      bytes_.load(std::memory_order_relaxed) + c->bytes.load(std::memory_order_relaxed) + bytes;
  if (after > next_gc_ || after > limit_) return nullptr;
  return alloc(t, count, bytes);
}

void Heap::begin_collection() {
  gray_.clear();
  // A timer firing outside VM code may attach its thread's cache meanwhile.
  std::lock_guard<std::mutex> l(mu_);
  for (auto& c : caches_) {
    flush(c.get());
    for (const void* p : c->pins) mark_word(reinterpret_cast<uintptr_t>(p));
  }
}

void Heap::mark_word(uint64_t w) {
  if (w == 0) return;
  uintptr_t a = static_cast<uintptr_t>(w);
  Span* s = span_of(a);
  if (!s || !s->nelems || a < s->base) return;
  uint64_t i = (a - s->base) / s->elem_size;
  if (i >= s->nelems) return;
  uint64_t bit = uint64_t(1) << (i % 64);
  if (!(s->alloc[i / 64] & bit) || (s->mark[i / 64] & bit)) return;
  s->mark[i / 64] |= bit;
  const TypeInfo* t = s->types[size_t(i)];
  if (!t || !t->size) return;
  uint64_t count = s->cls < 0 ? s->large_count : s->elem_size / t->size;
  gray_.push_back({uintptr_t(s->base + i * s->elem_size), t, count});
}

bool Heap::is_marked(const void* p) const {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  Span* s = span_of(a);
  if (!s || !s->nelems || a < s->base) return false;
  uint64_t i = (a - s->base) / s->elem_size;
  return i < s->nelems && ((s->mark[i / 64] >> (i % 64)) & 1);
}

void Heap::drain() {
  while (!gray_.empty()) {
    Gray g = gray_.back();
    gray_.pop_back();
    const TypeInfo* t = g.type;
    uint64_t esize = t->size;
    uint64_t words = esize / 8;
    uint64_t mapped = uint64_t(t->ptrmap.size()) * 64;
    if (words > mapped) words = mapped;  // no pointers past the map
    const uint8_t* base = reinterpret_cast<const uint8_t*>(g.base);
    for (uint64_t e = 0; e < g.count; e++) {
      const uint8_t* el = base + e * esize;
      for (uint64_t i = 0; i < words; i++) {
        if (!((t->ptrmap[i / 64] >> (i % 64)) & 1)) continue;
        uint64_t w;
        std::memcpy(&w, el + i * 8, 8);
        mark_word(w);
      }
    }
  }
}

void Heap::sweep() {
  // Every span with room goes back to the shared lists; caches start over.
  for (auto& c : caches_) c->current.assign(kNumClasses, nullptr);
  for (auto& list : partial_) list.clear();
  std::vector<std::unique_ptr<Span>> kept;
  kept.reserve(spans_.size());
  uint64_t freed_bytes = 0, freed_objects = 0;
  for (auto& sp : spans_) {
    Span* s = sp.get();
    if (!s->nelems) {  // already free
      kept.push_back(std::move(sp));
      continue;
    }
    uint32_t live = 0;
    for (size_t w = 0; w < s->alloc.size(); w++) {
      uint64_t dead = s->alloc[w] & ~s->mark[w];
      while (dead) {
        uint32_t i = uint32_t(w * 64) + uint32_t(__builtin_ctzll(dead));
        dead &= dead - 1;
        s->types[i] = nullptr;
        freed_bytes += s->elem_size;
        freed_objects++;
      }
      s->alloc[w] &= s->mark[w];
      live += uint32_t(__builtin_popcountll(s->alloc[w]));
      s->mark[w] = 0;
    }
    s->nused = live;
    s->hint = 0;
    if (s->cls < 0) {
      if (live) {
        kept.push_back(std::move(sp));
      } else {
        map_pages(s, false);
        std::free(s->raw);
      }
      continue;
    }
    if (live == 0) {
      s->nelems = 0;
      if (free_runs_.size() <= s->npages) free_runs_.resize(s->npages + 1);
      free_runs_[s->npages].push_back(s);
    } else if (live < s->nelems) {
      partial_[size_t(s->cls)].push_back(s);
    }
    kept.push_back(std::move(sp));
  }
  spans_ = std::move(kept);
  bytes_.fetch_sub(freed_bytes, std::memory_order_relaxed);
  objects_.fetch_sub(freed_objects, std::memory_order_relaxed);
  num_gc_.fetch_add(1, std::memory_order_relaxed);
  next_gc_ = bytes_.load(std::memory_order_relaxed) * 2;
  if (next_gc_ < (uint64_t(4) << 20)) next_gc_ = uint64_t(4) << 20;
}

}  // namespace gopark::interp
