// heap.cc - allocation and accounting.
#include "interp/heap.h"

#include <cstdlib>

namespace gopark::interp {

Heap::~Heap() {
  for (auto& [addr, o] : objs_) std::free(reinterpret_cast<void*>(addr));
}

void* Heap::alloc(const TypeInfo* t, uint64_t count, uint64_t bytes) {
  if (bytes_ + bytes > limit_) return nullptr;
  // Never zero bytes: every object has a distinct address.
  void* p = std::calloc(1, bytes ? bytes : 1);
  if (!p) return nullptr;
  objs_.emplace(reinterpret_cast<uintptr_t>(p), Obj{bytes, t, count});
  bytes_ += bytes;
  return p;
}

}  // namespace gopark::interp
