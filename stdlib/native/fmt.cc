// fmt.cc - what fmt's printer (stdlib/fmt/format.go) needs in place of
// package reflect: a value's kind, type name and parts, from its TypeInfo.
#include <algorithm>

#include "interp/map.h"
#include "interp/value.h"
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::Itab;
using interp::Kind;
using interp::NativeCall;
using interp::TypeInfo;

namespace {

// reflect.Kind's numbering.
int reflect_kind(Kind k) {
  switch (k) {
    case Kind::bool_:
      return 1;
    case Kind::int_:
      return 2;
    case Kind::int8:
      return 3;
    case Kind::int16:
      return 4;
    case Kind::int32:
      return 5;
    case Kind::int64:
      return 6;
    case Kind::uint:
      return 7;
    case Kind::uint8:
      return 8;
    case Kind::uint16:
      return 9;
    case Kind::uint32:
      return 10;
    case Kind::uint64:
      return 11;
    case Kind::uintptr:
      return 12;
    case Kind::float32:
      return 13;
    case Kind::float64:
      return 14;
    case Kind::complex64:
      return 15;
    case Kind::complex128:
      return 16;
    case Kind::array:
      return 17;
    case Kind::chan:
      return 18;
    case Kind::func:
      return 19;
    case Kind::interface:
      return 20;
    case Kind::map:
      return 21;
    case Kind::pointer:
      return 22;
    case Kind::slice:
      return 23;
    case Kind::string:
      return 24;
    case Kind::struct_:
      return 25;
    case Kind::unsafe_pointer:
      return 26;
    default:
      return 0;
  }
}

// The dynamic type and value (memory form) of the `any` at r; null type
// for nil.
const TypeInfo* dyn(const uint64_t* r, const uint8_t** p) {
  const Itab* it = interp::iface_itab(r);
  if (!it) return nullptr;
  *p = interp::iface_data(r);
  return it->type;
}

uint64_t word_at(const uint8_t* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

bool kind_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  c.R[0] = t ? uint64_t(reflect_kind(t->kind)) : 0;
  return true;
}

bool type_string(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  return c.new_string(t ? t->name : "<nil>", c.R);
}

bool int_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  uint64_t w[1] = {0};
  if (t) interp::load_value(w, p, t);
  c.R[0] = w[0];
  return true;
}

bool float_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  uint64_t w[1] = {0};
  if (t) interp::load_value(w, p, t);
  c.R[0] = w[0];
  return true;
}

bool string_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  if (!t || t->kind != Kind::string) {
    c.R[0] = c.R[1] = 0;
    return true;
  }
  std::memcpy(c.R, p, 16);
  return true;
}

bool len_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  uint64_t n = 0;
  if (t) {
    switch (t->kind) {
      case Kind::array:
        n = t->len;
        break;
      case Kind::slice:
      case Kind::string:
        n = word_at(p + 8);
        break;
      case Kind::map: {
        auto* h = reinterpret_cast<uint64_t*>(arg_ptr(word_at(p)));
        n = h ? h[interp::gomap::kCount] : 0;
        break;
      }
      default:
        break;
    }
  }
  c.R[0] = n;
  return true;
}

bool index_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  uint64_t i = c.R[2];
  if (!t || !t->elem) {
    c.R[0] = c.R[1] = 0;
    return true;
  }
  const TypeInfo* et = t->elem;
  const uint8_t* base = t->kind == Kind::slice ? arg_ptr(word_at(p)) : p;
  uint64_t n = t->kind == Kind::slice ? word_at(p + 8) : t->len;
  if (i >= n) {
    c.panic = "runtime error: index out of range";
    return false;
  }
  uint64_t stride = (et->size + et->align - 1) / et->align * et->align;
  // base may be a box the collector could free once c.R is overwritten:
  // box into a temporary first.
  uint64_t out[2];
  if (!c.box(et, base + i * stride, out)) return false;
  c.R[0] = out[0];
  c.R[1] = out[1];
  return true;
}

bool is_nil(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  bool r = !t;
  if (t) {
    switch (t->kind) {
      case Kind::pointer:
      case Kind::map:
      case Kind::chan:
      case Kind::func:
      case Kind::slice:
      case Kind::unsafe_pointer:
        r = word_at(p) == 0;
        break;
      default:
        break;
    }
  }
  c.R[0] = r;
  return true;
}

bool elem_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  if (!t || t->kind != Kind::pointer || !word_at(p)) {
    c.R[0] = c.R[1] = 0;
    return true;
  }
  uint64_t out[2];
  if (!c.box(t->elem, arg_ptr(word_at(p)), out)) return false;
  c.R[0] = out[0];
  c.R[1] = out[1];
  return true;
}

bool num_field(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  c.R[0] = t && t->kind == Kind::struct_ ? t->fields.size() : 0;
  return true;
}

// fieldOf(v any, i int) (name string, value any, exported bool)
bool field_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  uint64_t i = c.R[2];
  if (!t || t->kind != Kind::struct_ || i >= t->fields.size()) {
    c.panic = "fmt: bad field";
    return false;
  }
  const interp::FieldInfo& f = t->fields[size_t(i)];
  uint64_t val[2];
  if (!c.box(f.type, p + f.offset, val)) return false;
  c.vm->pin(arg_ptr(val[1]));
  uint64_t name[2];
  bool ok = c.new_string(f.name, name);
  c.vm->unpin();
  if (!ok) return false;
  c.R[0] = name[0];
  c.R[1] = name[1];
  c.R[2] = val[0];
  c.R[3] = val[1];
  c.R[4] = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
  return true;
}

// mapOf(v any) (keys, values []any)
bool map_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  auto* h = t && t->kind == Kind::map ? reinterpret_cast<uint64_t*>(arg_ptr(word_at(p))) : nullptr;
  uint64_t n = h ? h[interp::gomap::kCount] : 0;
  const interp::MapInfo& mi = c.vm->module().maps[t ? t->map_info : 0];
  uint64_t ks[3], vs[3] = {0, 0, 0};
  if (!c.new_any_slice(n, ks)) return false;
  c.vm->pin(arg_ptr(ks[0]));
  bool ok = c.new_any_slice(n, vs);
  c.vm->pin(arg_ptr(vs[0]));
  uint64_t k = 0;
  if (ok && n) {
    uint64_t cap = h[interp::gomap::kCap];
    for (uint64_t i = 0; i < cap && ok && k < n; i++) {
      if (!interp::gomap::full(h, i)) continue;
      const uint8_t* e = arg_ptr(h[interp::gomap::kTable]) + i * mi.entry_size;
      ok = c.box(t->key, e + mi.key_off, reinterpret_cast<uint64_t*>(arg_ptr(ks[0]) + 16 * k)) &&
           c.box(t->elem, e + mi.val_off, reinterpret_cast<uint64_t*>(arg_ptr(vs[0]) + 16 * k));
      k++;
    }
  }
  c.vm->unpin();
  c.vm->unpin();
  if (!ok) return false;
  std::memcpy(c.R, ks, 24);
  std::memcpy(c.R + 3, vs, 24);
  return true;
}

bool pointer_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  c.R[0] = t ? word_at(p) : 0;
  return true;
}

// complexOf(v any) (re, im float64), for every complex kind, named or not.
bool complex_of(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  double re = 0, im = 0;
  if (t && t->kind == Kind::complex128) {
    std::memcpy(&re, p, 8);
    std::memcpy(&im, p + 8, 8);
  } else if (t && t->kind == Kind::complex64) {
    float f[2];
    std::memcpy(f, p, 8);
    re = f[0];
    im = f[1];
  }
  set_float(c.R, re);
  set_float(c.R + 1, im);
  return true;
}

// The static types of a value's parts, for %#v of nil interfaces they
// hold and for recognizing byte slices: fieldTypeName(v, i),
// elemTypeName(v) (array, slice, map or pointer element) and keyTypeName(v).
bool field_type_name(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  uint64_t i = c.R[2];
  if (!t || t->kind != Kind::struct_ || i >= t->fields.size()) return c.new_string("", c.R);
  return c.new_string(t->fields[size_t(i)].type->name, c.R);
}

bool elem_type_name(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  return c.new_string(t && t->elem ? t->elem->name : "", c.R);
}

bool key_type_name(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  return c.new_string(t && t->key ? t->key->name : "", c.R);
}

// elemKind(v any) int: the kind of an array's, slice's or map's element
// type.
bool elem_kind(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  c.R[0] = t && t->elem ? uint64_t(reflect_kind(t->elem->kind)) : 0;
  return true;
}

// typeOrder(v any) int: where Go's map printing puts keys of v's dynamic
// type among keys of other types in an interface-keyed map. Go orders them
// by the address of their type descriptors, which its linker sorts by
// descriptor size, then (as observed) a package's own types before the
// runtime's predeclared ones, which come in a fixed order. So: the
// descriptor size Go 1.22 gives the type on 64-bit hosts, times 32, plus
// the predeclared rank (0 for other types, which the caller then orders
// by name).
bool type_order(NativeCall& c) {
  const uint8_t* p;
  const TypeInfo* t = dyn(c.R, &p);
  if (!t) {
    c.R[0] = 0;
    return true;
  }
  static const char* const predeclared[] = {
      "string",    "int8",       "uint8",   "int16",   "uint16", "int32",
      "uint32",    "int64",      "uint64",  "int",     "uint",   "uintptr",
      "complex64", "complex128", "float32", "float64", "bool"};
  uint64_t size = 48, rank = 0;
  bool basic = false;
  switch (t->kind) {
    case Kind::pointer:
    case Kind::slice:
      size = 56;
      break;
    case Kind::array:
      size = 72;
      break;
    case Kind::chan:
      size = 64;
      break;
    case Kind::map:
      size = 88;
      break;
    case Kind::struct_:
      size = 80 + 24 * t->fields.size();
      break;
    case Kind::func:
    case Kind::interface:
      size = 80;
      break;
    default:
      basic = true;
      for (size_t i = 0; i < sizeof predeclared / sizeof *predeclared; i++)
        if (t->name == predeclared[i]) rank = i + 1;
      break;
  }
  // The uncommon part: every named type (predeclared ones included) and
  // every type with methods, 16 bytes plus 16 a method.
  if (basic || t->named || !t->methods.empty()) size += 16 + 16 * t->methods.size();
  c.R[0] = size * 32 + rank;
  return true;
}

// storeElem(p any, v any): *p = v, for scanning into a pointer to a
// defined type; the caller made v of p's element kind.
bool store_elem(NativeCall& c) {
  const uint8_t* pp;
  const uint8_t* vp;
  const TypeInfo* pt = dyn(c.R, &pp);
  const TypeInfo* vt = dyn(c.R + 2, &vp);
  if (!pt || pt->kind != Kind::pointer || !vt || pt->elem->kind != vt->kind ||
      pt->elem->size != vt->size) {
    c.panic = "fmt: bad scan target";
    return false;
  }
  uint8_t* dst = arg_ptr(word_at(pp));
  if (!dst) {
    c.panic = "runtime error: invalid memory address or nil pointer dereference";
    return false;
  }
  std::memmove(dst, vp, size_t(vt->size));
  return true;
}

// formatFloat(f float64, fmt byte, prec, bitSize int) string
bool format_float_native(NativeCall& c) {
  std::string s = format_float(arg_float(c.R), char(c.R[1]), int(int64_t(c.R[2])), int(c.R[3]));
  return c.new_string(s, c.R);
}

}  // namespace

void register_fmt_natives() {
  using interp::register_native;
  register_native("fmt.kindOf", kind_of);
  register_native("fmt.typeString", type_string);
  register_native("fmt.intOf", int_of);
  register_native("fmt.uintOf", int_of);
  register_native("fmt.floatOf", float_of);
  register_native("fmt.stringOf", string_of);
  register_native("fmt.boolOf", int_of);
  register_native("fmt.lenOf", len_of);
  register_native("fmt.indexOf", index_of);
  register_native("fmt.isNil", is_nil);
  register_native("fmt.elemOf", elem_of);
  register_native("fmt.numField", num_field);
  register_native("fmt.fieldOf", field_of);
  register_native("fmt.mapOf", map_of);
  register_native("fmt.pointerOf", pointer_of);
  register_native("fmt.formatFloat", format_float_native);
  register_native("fmt.complexOf", complex_of);
  register_native("fmt.fieldTypeName", field_type_name);
  register_native("fmt.elemTypeName", elem_type_name);
  register_native("fmt.keyTypeName", key_type_name);
  register_native("fmt.elemKind", elem_kind);
  register_native("fmt.typeOrder", type_order);
  register_native("fmt.storeElem", store_elem);
}

void register_strconv_natives() {
  interp::register_native("strconv.FormatFloat", format_float_native);
}

}  // namespace gopark::stdlib
