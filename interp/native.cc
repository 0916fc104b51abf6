// native.cc - the registry of native functions and their helpers.
#include "interp/native.h"

#include <cstring>
#include <mutex>
#include <unordered_map>

#include "interp/value.h"
#include "interp/vm.h"

namespace gopark::interp {

namespace {

struct Registry {
  std::mutex mu;  // guards fns
  std::unordered_map<std::string, NativeFn> fns;
};

Registry& registry() {
  static Registry r;
  return r;
}

uint64_t wptr(const void* p) {
  return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p));
}

}  // namespace

void register_native(const std::string& name, NativeFn fn) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mu);
  r.fns[name] = fn;
}

NativeFn find_native(const std::string& name) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mu);
  auto it = r.fns.find(name);
  return it == r.fns.end() ? nullptr : it->second;
}

bool NativeCall::new_string(std::string_view s, uint64_t* out) {
  out[0] = 0;
  out[1] = s.size();
  if (s.empty()) return true;
  auto* b = static_cast<uint8_t*>(vm->alloc(nullptr, s.size(), s.size()));
  if (!b) return false;
  std::memcpy(b, s.data(), s.size());
  out[0] = wptr(b);
  return true;
}

bool NativeCall::box(const TypeInfo* t, const uint8_t* p, uint64_t* out) {
  if (t->kind == Kind::interface) {
    std::memcpy(out, p, 16);
    return true;
  }
  const TypeInfo* any = vm->module().any_type;
  const Itab* it = vm->find_itab(any, t, nullptr);
  out[0] = wptr(it);
  if (t->direct) {
    std::memcpy(&out[1], p, 8);
    return true;
  }
  if (t->size == 0) {
    out[1] = wptr(vm->zeros());
    return true;
  }
  auto* b = static_cast<uint8_t*>(vm->alloc(t, 1, t->size));
  if (!b) return false;
  std::memcpy(b, p, size_t(t->size));
  out[1] = wptr(b);
  return true;
}

bool NativeCall::new_any_slice(uint64_t n, uint64_t* out) {
  out[0] = 0;
  out[1] = out[2] = n;
  if (!n) return true;
  const TypeInfo* any = vm->module().any_type;
  void* p = vm->alloc(any, n, n * 16);
  if (!p) return false;
  out[0] = wptr(p);
  return true;
}

}  // namespace gopark::interp
