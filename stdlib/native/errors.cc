// errors.cc - what errors.As needs in place of package reflect: whether a
// target is usable, and storing an error in *target when its type fits.
#include "interp/value.h"
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::Kind;
using interp::NativeCall;
using interp::TypeInfo;

namespace {

// asTargetProblem(target any) int: 0 when target is a non-nil pointer to
// an interface type or to a type with an Error method; else which of
// errors.As's panics applies (1 nil target, 2 not a non-nil pointer,
// 3 the element type is neither).
bool as_target_problem(NativeCall& c) {
  const interp::Itab* it = interp::iface_itab(c.R);
  if (!it) {
    c.R[0] = 1;
    return true;
  }
  const TypeInfo* t = it->type;
  if (t->kind != Kind::pointer || c.R[1] == 0) {
    c.R[0] = 2;
    return true;
  }
  const TypeInfo* e = t->elem;
  c.R[0] = e->kind == Kind::interface || interp::find_method_named(e, "Error") ? 0 : 3;
  return true;
}

// storeIfAssignable(err error, target any) bool: *target = err when err's
// dynamic type is assignable to target's element type (implements it, for
// an interface; is it, otherwise). err is not nil; target passed the check.
bool store_if_assignable(NativeCall& c) {
  const uint64_t* err = c.R;
  const uint64_t* target = c.R + 2;
  const TypeInfo* et = interp::iface_itab(err)->type;
  const TypeInfo* want = interp::iface_itab(target)->type->elem;
  auto* dst = arg_ptr(target[1]);
  bool ok = false;
  if (want->kind == Kind::interface) {
    std::string missing;
    if (const interp::Itab* it = c.vm->find_itab(want, et, &missing)) {
      uint64_t iv[2] = {uint64_t(reinterpret_cast<uintptr_t>(it)), err[1]};
      std::memcpy(dst, iv, 16);
      ok = true;
    }
  } else if (want == et) {
    std::memmove(dst, interp::iface_data(err), size_t(et->size));
    ok = true;
  }
  c.R[0] = ok;
  return true;
}

}  // namespace

void register_errors_natives() {
  interp::register_native("errors.asTargetProblem", as_target_problem);
  interp::register_native("errors.storeIfAssignable", store_if_assignable);
}

}  // namespace gopark::stdlib
