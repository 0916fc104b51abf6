// vm_panic.cc - panics: the run-time errors' values and texts, and how a
// panic prints what it carries.
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "interp/value.h"
#include "interp/vm.h"
#include "interp/vm_internal.h"
#include "runtime/sched.h"

namespace gopark::interp {

std::string print_float(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "+Inf" : "-Inf";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%+.6e", d);
  // C prints at least two exponent digits; Go's runtime prints three.
  std::string s = buf;
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  char sign = s[e + 1];
  std::string digits = s.substr(e + 2);
  while (digits.size() < 3) digits = "0" + digits;
  return mant + "e" + sign + digits;
}

// How a panic prints a value that has no Error or String method (Go's
// printpanicval): basic values as print would, values of named basic types
// as T(v), anything else as (T) address.
std::string panic_value_text(const TypeInfo* t, const uint8_t* p) {
  uint64_t w[2] = {0, 0};
  std::string v;
  switch (t->kind) {
    case Kind::bool_:
      v = p[0] ? "true" : "false";
      break;
    case Kind::int_:
    case Kind::int8:
    case Kind::int16:
    case Kind::int32:
    case Kind::int64:
      load_value(w, p, t);
      v = std::to_string(int64_t(w[0]));
      break;
    case Kind::uint:
    case Kind::uint8:
    case Kind::uint16:
    case Kind::uint32:
    case Kind::uint64:
    case Kind::uintptr:
      load_value(w, p, t);
      v = std::to_string(w[0]);
      break;
    case Kind::float32:
    case Kind::float64:
      load_value(w, p, t);
      v = print_float(f64(w[0]));
      break;
    case Kind::complex64:
    case Kind::complex128: {
      double re, im;
      if (t->kind == Kind::complex64) {
        float a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + 4, 4);
        re = a;
        im = b;
      } else {
        std::memcpy(&re, p, 8);
        std::memcpy(&im, p + 8, 8);
      }
      v = "(" + print_float(re) + print_float(im) + "i)";
      break;
    }
    case Kind::string: {
      uint64_t n;
      std::memcpy(w, p, 8);
      std::memcpy(&n, p + 8, 8);
      v.assign(reinterpret_cast<const char*>(mptr(w[0])), n);
      if (t->named) return t->name + "(\"" + v + "\")";
      return v;
    }
    default: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%#" PRIx64, wptr(p));
      if (t->direct) {
        uint64_t x;
        std::memcpy(&x, p, 8);
        std::snprintf(buf, sizeof buf, "%#" PRIx64, x);
      }
      return "(" + t->name + ") " + buf;
    }
  }
  if (t->named) return t->name + "(" + v + ")";
  return v;
}

// ---------------------------------------------------------------------------
// Panics

void VMG::native_panic(const std::string& msg) {
  PanicRec p;
  p.text = msg;
  p.has_text = true;
  p.native = msg.rfind("runtime error: ", 0) == 0 ? PanicRec::error_string : PanicRec::plain_error;
  p.start = uint32_t(frames.size() - 1);
  panics.push_back(std::move(p));
}

// Go's *runtime.TypeAssertionError text; a null iface prints "interface"
// (a nil operand asserted to an interface type).
void VMG::assertion_panic(const TypeInfo* iface, const TypeInfo* concrete, const TypeInfo* asserted,
                          const std::string& missing) {
  PanicRec p;
  p.native = PanicRec::type_assertion;
  std::string in = iface ? iface->name : "interface";
  std::string as = asserted->name;
  if (!concrete)
    p.text = "interface conversion: " + in + " is nil, not " + as;
  else if (!missing.empty())
    p.text = "interface conversion: " + concrete->name + " is not " + as + ": missing method " +
             method_base_name(missing);
  else
    p.text = "interface conversion: " + in + " is " + concrete->name + ", not " + as;
  p.has_text = true;
  p.assertion = {in, concrete ? concrete->name : "", as,
                 missing.empty() ? "" : method_base_name(missing)};
  p.start = uint32_t(frames.size() - 1);
  panics.push_back(std::move(p));
}

// x.(I) failed for a non-nil x of itab it (or a nil x): the panic, with
// the method the dynamic type lacks.
void VMG::iface_assertion_panic(const Itab* it, const TypeInfo* iface, const TypeInfo* static_t) {
  std::string missing;
  if (it) vm_->find_itab(iface, it->type, &missing);
  assertion_panic(it ? static_t : nullptr, it ? it->type : nullptr, iface, missing);
}

// Makes the Go value of a native panic (what recover returns).
bool VMG::make_panic_value(PanicRec& p) {
  const Module& mod = vm_->module();
  auto new_string = [&](const std::string& s, uint64_t* out) {
    out[0] = 0;
    out[1] = s.size();
    if (s.empty()) return true;
    auto* b = static_cast<uint8_t*>(vm_->alloc(nullptr, s.size(), s.size()));
    if (!b) return false;
    std::memcpy(b, s.data(), s.size());
    out[0] = wptr(b);
    return true;
  };
  const Itab* it = nullptr;
  switch (p.native) {
    case PanicRec::error_string:
    case PanicRec::plain_error: {
      it = p.native == PanicRec::error_string ? mod.rt_error : mod.rt_plain;
      if (!it) return true;  // the program cannot observe it
      std::string msg = p.text;
      if (p.native == PanicRec::error_string) msg = msg.substr(15);  // Error() adds the prefix
      uint64_t str[2];
      if (!new_string(msg, str)) return false;
      vm_->pin(mptr(str[0]));
      auto* box = static_cast<uint64_t*>(vm_->alloc(it->type, 1, 16));
      vm_->unpin();
      if (!box) return false;
      box[0] = str[0];
      box[1] = str[1];
      p.val[1] = wptr(box);
      break;
    }
    case PanicRec::type_assertion: {
      it = mod.rt_assert;
      if (!it) return true;
      const TypeInfo* st = it->type->elem;
      auto* obj = static_cast<uint64_t*>(vm_->alloc(st, 1, st->size));
      if (!obj) return false;
      vm_->pin(obj);
      for (size_t i = 0; i < 4 && i < p.assertion.size(); i++) {
        uint64_t str[2];
        if (!new_string(p.assertion[i], str)) {
          vm_->unpin();
          return false;
        }
        obj[2 * i] = str[0];
        obj[2 * i + 1] = str[1];
      }
      vm_->unpin();
      p.val[1] = wptr(obj);
      break;
    }
    case PanicRec::nil_value:
      it = mod.rt_nil;
      if (!it) return true;
      p.val[1] = wptr(vm_->zeros());
      break;
    case PanicRec::none:
    case PanicRec::goexit:  // never recovered: no value
      return true;
  }
  p.val[0] = wptr(it);
  return true;
}

// Go's report of the panics in progress: "v1 [recovered]\n\tpanic: v2"
// (the caller prefixes "panic: ").
std::string VMG::panic_message() {
  std::string out;
  for (size_t i = 0; i < panics.size(); i++) {
    if (panics[i].native == PanicRec::goexit) continue;
    if (!out.empty()) out += "\n\tpanic: ";
    out += panics[i].text;
    if (panics[i].recovered) out += " [recovered]";
  }
  return out;
}

}  // namespace gopark::interp
