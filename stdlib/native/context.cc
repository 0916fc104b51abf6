// context.cc - what package context needs from the VM: a value's type name
// (for the String forms of contexts, as Go's context prints them).
#include "interp/value.h"
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

namespace {

// typeName(v any) string: v's dynamic type as %T prints it.
bool type_name(interp::NativeCall& c) {
  const interp::Itab* it = interp::iface_itab(c.R);
  return c.new_string(it ? it->type->name : "<nil>", c.R);
}

}  // namespace

void register_context_natives() {
  interp::register_native("context.typeName", type_name);
}

}  // namespace gopark::stdlib
