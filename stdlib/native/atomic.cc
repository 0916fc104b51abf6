// atomic.cc - package sync/atomic's functions on VM memory, with the
// host's atomic operations (goroutines may run on several threads).
// Results are in register form: 32-bit signed values sign-extended.
#include "interp/value.h"
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

template <class T>
T* addr(NativeCall& c) {
  auto* p = reinterpret_cast<T*>(arg_ptr(c.R[0]));
  if (!p) c.panic = "runtime error: invalid memory address or nil pointer dereference";
  return p;
}

// The register form of a T result.
template <class T>
uint64_t reg(T v) {
  if constexpr (std::is_signed_v<T>)
    return uint64_t(int64_t(v));
  else
    return uint64_t(v);
}

template <class T>
bool add(NativeCall& c) {
  T* p = addr<T>(c);
  if (!p) return false;
  c.R[0] = reg<T>(__atomic_add_fetch(p, T(c.R[1]), __ATOMIC_SEQ_CST));
  return true;
}
template <class T>
bool cas(NativeCall& c) {
  T* p = addr<T>(c);
  if (!p) return false;
  T old = T(c.R[1]);
  c.R[0] =
      __atomic_compare_exchange_n(p, &old, T(c.R[2]), false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  return true;
}
template <class T>
bool load(NativeCall& c) {
  T* p = addr<T>(c);
  if (!p) return false;
  c.R[0] = reg<T>(__atomic_load_n(p, __ATOMIC_SEQ_CST));
  return true;
}
template <class T>
bool store(NativeCall& c) {
  T* p = addr<T>(c);
  if (!p) return false;
  __atomic_store_n(p, T(c.R[1]), __ATOMIC_SEQ_CST);
  return true;
}
template <class T>
bool swap(NativeCall& c) {
  T* p = addr<T>(c);
  if (!p) return false;
  c.R[0] = reg<T>(__atomic_exchange_n(p, T(c.R[1]), __ATOMIC_SEQ_CST));
  return true;
}

// sameType(a, b any) bool: whether two non-nil interface values have the
// same dynamic type (Value.Store's consistency rule).
bool same_type(NativeCall& c) {
  const interp::Itab* a = interp::iface_itab(c.R);
  const interp::Itab* b = interp::iface_itab(c.R + 2);
  c.R[0] = a && b && a->type == b->type;
  return true;
}

template <class T>
void reg_all(const char* name) {
  using interp::register_native;
  std::string n = name;
  register_native("sync/atomic.Add" + n, add<T>);
  register_native("sync/atomic.CompareAndSwap" + n, cas<T>);
  register_native("sync/atomic.Load" + n, load<T>);
  register_native("sync/atomic.Store" + n, store<T>);
  register_native("sync/atomic.Swap" + n, swap<T>);
}

}  // namespace

void register_atomic_natives() {
  reg_all<int32_t>("Int32");
  reg_all<int64_t>("Int64");
  reg_all<uint32_t>("Uint32");
  reg_all<uint64_t>("Uint64");
  reg_all<uint64_t>("Uintptr");
  interp::register_native("sync/atomic.sameType", same_type);
}

}  // namespace gopark::stdlib
