// sort.cc - what sort.Slice needs from reflection: the length of the
// slice in an `any` and swapping two of its elements.
#include <vector>

#include "interp/value.h"
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::Kind;
using interp::NativeCall;
using interp::TypeInfo;

namespace {

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::bool_:
      return "bool";
    case Kind::int_:
      return "int";
    case Kind::int8:
      return "int8";
    case Kind::int16:
      return "int16";
    case Kind::int32:
      return "int32";
    case Kind::int64:
      return "int64";
    case Kind::uint:
      return "uint";
    case Kind::uint8:
      return "uint8";
    case Kind::uint16:
      return "uint16";
    case Kind::uint32:
      return "uint32";
    case Kind::uint64:
      return "uint64";
    case Kind::uintptr:
      return "uintptr";
    case Kind::float32:
      return "float32";
    case Kind::float64:
      return "float64";
    case Kind::complex64:
      return "complex64";
    case Kind::complex128:
      return "complex128";
    case Kind::string:
      return "string";
    case Kind::unsafe_pointer:
      return "unsafe.Pointer";
    case Kind::pointer:
      return "ptr";
    case Kind::slice:
      return "slice";
    case Kind::array:
      return "array";
    case Kind::struct_:
      return "struct";
    case Kind::map:
      return "map";
    case Kind::chan:
      return "chan";
    case Kind::func:
      return "func";
    case Kind::interface:
      return "interface";
    default:
      return "invalid";
  }
}

// The slice type in the `any` at r and its header {ptr, len, cap}; false
// (with Go's reflect panic set) when it holds no slice.
bool slice_in(NativeCall& c, const uint64_t* r, const TypeInfo** t, uint64_t hdr[3]) {
  const interp::Itab* it = interp::iface_itab(r);
  if (!it) {
    c.panic = "reflect: call of Swapper on zero Value";
    return false;
  }
  if (it->type->kind != Kind::slice) {
    c.panic = std::string("reflect: call of Swapper on ") + kind_name(it->type->kind) + " Value";
    return false;
  }
  std::memcpy(hdr, interp::iface_data(r), 24);
  *t = it->type;
  return true;
}

// sort.sliceLen(x any) int
bool slice_len(NativeCall& c) {
  const TypeInfo* t;
  uint64_t hdr[3];
  if (!slice_in(c, c.R, &t, hdr)) return false;
  c.R[0] = hdr[1];
  return true;
}

// sort.sliceSwap(x any, i, j int)
bool slice_swap(NativeCall& c) {
  const TypeInfo* t;
  uint64_t hdr[3];
  if (!slice_in(c, c.R, &t, hdr)) return false;
  uint64_t i = c.R[2], j = c.R[3];
  if (i >= hdr[1] || j >= hdr[1]) {
    c.panic = "reflect: slice index out of range";
    return false;
  }
  if (i == j) return true;
  uint64_t size = t->elem->size;
  uint8_t* base = arg_ptr(hdr[0]);
  uint8_t* a = base + i * size;
  uint8_t* b = base + j * size;
  uint8_t small[64];
  std::vector<uint8_t> big;
  uint8_t* tmp = small;
  if (size > sizeof small) {
    big.resize(size);
    tmp = big.data();
  }
  std::memcpy(tmp, a, size);
  std::memcpy(a, b, size);
  std::memcpy(b, tmp, size);
  return true;
}

}  // namespace

void register_sort_natives() {
  using interp::register_native;
  register_native("sort.sliceLen", slice_len);
  register_native("sort.sliceSwap", slice_swap);
}

}  // namespace gopark::stdlib
