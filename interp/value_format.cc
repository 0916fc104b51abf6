// value_format.cc - a Go value as the state panel shows it: fmt's %v for
// the common kinds, written in C++ because the panel reads values (a
// channel's buffer) while no goroutine can run Go code for it. Strings are
// quoted so that "" and " " are visible; long values are cut short with an
// ellipsis, and nesting stops at a few levels.
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "interp/value.h"

namespace gopark::interp {

namespace {

constexpr size_t kMaxOut = 120;  // characters; the panel has little room
constexpr int kMaxDepth = 3;
constexpr uint64_t kMaxElems = 8;

template <class T>
T load(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

void hex_addr(uint64_t a, std::string& out) {
  if (!a) {
    out += "nil";
    return;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, a);
  out += buf;
}

void quote(const uint8_t* s, uint64_t n, std::string& out) {
  out += '"';
  for (uint64_t i = 0; i < n && out.size() < kMaxOut; i++) {
    unsigned char c = s[i];
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += char(c);  // UTF-8 passes through
    }
  }
  out += '"';
}

void format_float(double d, std::string& out) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%g", d);
  out += buf;
}

void format(const uint8_t* p, const TypeInfo* t, std::string& out, int depth);

// Elements of an array or slice: [a b c ...].
void format_elems(const uint8_t* p, const TypeInfo* elem, uint64_t n, std::string& out, int depth) {
  out += '[';
  for (uint64_t i = 0; i < n; i++) {
    if (i) out += ' ';
    if (i == kMaxElems || out.size() >= kMaxOut) {
      out += "...";
      break;
    }
    format(p + i * elem->size, elem, out, depth + 1);
  }
  out += ']';
}

void format(const uint8_t* p, const TypeInfo* t, std::string& out, int depth) {
  if (out.size() >= kMaxOut) return;
  switch (t->kind) {
    case Kind::bool_:
      out += load<uint8_t>(p) ? "true" : "false";
      return;
    case Kind::int_:
    case Kind::int8:
    case Kind::int16:
    case Kind::int32:
    case Kind::int64:
    case Kind::uint:
    case Kind::uint8:
    case Kind::uint16:
    case Kind::uint32:
    case Kind::uint64:
    case Kind::uintptr:
    case Kind::float32:
    case Kind::float64: {
      // Register form: integers extended to 64 bits, float32 widened.
      uint64_t w = 0;
      load_value(&w, p, t);
      bool is_signed = t->kind >= Kind::int_ && t->kind <= Kind::int64;
      if (t->kind == Kind::float32 || t->kind == Kind::float64)
        format_float(load<double>(reinterpret_cast<const uint8_t*>(&w)), out);
      else
        out += is_signed ? std::to_string(int64_t(w)) : std::to_string(w);
      return;
    }
    case Kind::complex64:
    case Kind::complex128: {
      bool wide = t->kind == Kind::complex128;
      double re = wide ? load<double>(p) : load<float>(p);
      double im = wide ? load<double>(p + 8) : load<float>(p + 4);
      out += '(';
      format_float(re, out);
      if (im >= 0) out += '+';
      format_float(im, out);
      out += "i)";
      return;
    }
    case Kind::string:
      quote(reinterpret_cast<const uint8_t*>(uintptr_t(load<uint64_t>(p))), load<uint64_t>(p + 8),
            out);
      return;
    case Kind::pointer:
    case Kind::unsafe_pointer:
    case Kind::map:
    case Kind::chan:
    case Kind::func:
      hex_addr(load<uint64_t>(p), out);
      return;
    case Kind::slice: {
      if (depth >= kMaxDepth) {
        out += "[...]";
        return;
      }
      auto* data = reinterpret_cast<const uint8_t*>(uintptr_t(load<uint64_t>(p)));
      format_elems(data, t->elem, load<uint64_t>(p + 8), out, depth);
      return;
    }
    case Kind::array:
      if (depth >= kMaxDepth) {
        out += "[...]";
        return;
      }
      format_elems(p, t->elem, t->len, out, depth);
      return;
    case Kind::struct_:
      if (depth >= kMaxDepth) {
        out += "{...}";
        return;
      }
      out += '{';
      for (size_t i = 0; i < t->fields.size(); i++) {
        if (i) out += ' ';
        format(p + t->fields[i].offset, t->fields[i].type, out, depth + 1);
      }
      out += '}';
      return;
    case Kind::interface: {
      const uint64_t iv[2] = {load<uint64_t>(p), load<uint64_t>(p + 8)};
      if (!iv[0]) {
        out += "<nil>";
        return;
      }
      format(iface_data(iv), iface_itab(iv)->type, out, depth);
      return;
    }
    case Kind::internal:
      break;
  }
  out += '?';
}

}  // namespace

void format_value(const uint8_t* p, const TypeInfo* t, std::string& out) {
  format(p, t, out, 0);
  if (out.size() > kMaxOut) {
    out.resize(kMaxOut);
    out += "...";
  }
}

}  // namespace gopark::interp
