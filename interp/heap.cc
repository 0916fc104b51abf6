// heap.cc - allocation, marking and sweeping.
#include "interp/heap.h"

#include <cstdlib>
#include <cstring>

namespace gopark::interp {

Heap::~Heap() {
  for (auto& [addr, o] : objs_) std::free(reinterpret_cast<void*>(addr));
}

void* Heap::alloc(const TypeInfo* t, uint64_t count, uint64_t bytes) {
  // Never zero bytes: every object has a distinct address.
  void* p = std::calloc(1, bytes ? bytes : 1);
  if (!p) return nullptr;
  objs_.emplace(reinterpret_cast<uintptr_t>(p), Obj{bytes, t, count, epoch_});
  bytes_ += bytes;
  total_ += bytes;
  if (bytes_ > peak_) peak_ = bytes_;
  return p;
}

void Heap::begin_collection() {
  epoch_++;
  gray_.clear();
}

void Heap::mark_word(uint64_t w) {
  if (w == 0 || objs_.empty()) return;
  uintptr_t a = static_cast<uintptr_t>(w);
  auto it = objs_.upper_bound(a);
  if (it == objs_.begin()) return;
  --it;
  Obj& o = it->second;
  uint64_t extent = o.size ? o.size : 1;
  if (a >= it->first + extent) return;
  if (o.epoch == epoch_) return;
  o.epoch = epoch_;
  if (o.type && o.type->has_pointers()) gray_.push_back({it->first, &o});
}

void Heap::drain() {
  while (!gray_.empty()) {
    auto [addr, o] = gray_.back();
    gray_.pop_back();
    const TypeInfo* t = o->type;
    uint64_t esize = t->size;
    uint64_t words = esize / 8;
    const uint8_t* base = reinterpret_cast<const uint8_t*>(addr);
    for (uint64_t e = 0; e < o->count; e++) {
      const uint8_t* el = base + e * esize;
      for (uint64_t i = 0; i < words; i++) {
        if (i / 64 >= t->ptrmap.size()) break;  // no pointers past the map
        if (!((t->ptrmap[i / 64] >> (i % 64)) & 1)) continue;
        uint64_t w;
        std::memcpy(&w, el + i * 8, 8);
        mark_word(w);
      }
    }
  }
}

void Heap::sweep() {
  for (auto it = objs_.begin(); it != objs_.end();) {
    if (it->second.epoch != epoch_) {
      bytes_ -= it->second.size;
      std::free(reinterpret_cast<void*>(it->first));
      it = objs_.erase(it);
    } else {
      ++it;
    }
  }
  num_gc_++;
  next_gc_ = bytes_ * 2;
  if (next_gc_ < (uint64_t(4) << 20)) next_gc_ = uint64_t(4) << 20;
}

}  // namespace gopark::interp
