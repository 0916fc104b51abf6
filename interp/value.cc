// value.cc - run-time operations on values of dynamically known type.
#include "interp/value.h"

#include <algorithm>
#include <atomic>
#include <cstring>

namespace gopark::interp {

namespace {

template <class T>
T ld(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

const uint8_t* ptr_at(const uint8_t* p) {
  return reinterpret_cast<const uint8_t*>(static_cast<uintptr_t>(ld<uint64_t>(p)));
}

uint64_t hash_float(double d, uint64_t seed) {
  if (d != d) {
    // NaN != NaN: every NaN key is a new key; spread them.
    static std::atomic<uint64_t> n{0};
    return mix(seed ^ (n.fetch_add(1) * 0x9E3779B97F4A7C15ULL));
  }
  if (d == 0) d = 0;
  uint64_t w;
  std::memcpy(&w, &d, 8);
  return mix(w ^ seed);
}

}  // namespace

uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

uint64_t hash_bytes(const uint8_t* p, uint64_t n, uint64_t h) {
  h ^= n * 0x9E3779B97F4A7C15ULL;
  uint64_t i = 0;
  for (; i + 8 <= n; i += 8) h = mix(h ^ ld<uint64_t>(p + i)) + 0x9E3779B97F4A7C15ULL;
  uint64_t tail = 0;
  if (i < n) std::memcpy(&tail, p + i, size_t(n - i));
  return mix(h ^ tail);
}

uint64_t reg_words(const TypeInfo* t) {
  uint64_t n = (t->size + 7) / 8;
  return n ? n : 1;
}

void load_value(uint64_t* dst, const uint8_t* src, const TypeInfo* t) {
  switch (t->kind) {
    case Kind::bool_:
    case Kind::uint8:
      dst[0] = src[0];
      return;
    case Kind::int8:
      dst[0] = uint64_t(int64_t(int8_t(src[0])));
      return;
    case Kind::int16:
      dst[0] = uint64_t(int64_t(ld<int16_t>(src)));
      return;
    case Kind::uint16:
      dst[0] = ld<uint16_t>(src);
      return;
    case Kind::int32:
      dst[0] = uint64_t(int64_t(ld<int32_t>(src)));
      return;
    case Kind::uint32:
      dst[0] = ld<uint32_t>(src);
      return;
    case Kind::float32: {
      double d = ld<float>(src);
      std::memcpy(dst, &d, 8);
      return;
    }
    default:
      break;
  }
  uint64_t n = (t->size + 7) / 8;
  if (n) dst[n - 1] = 0;
  std::memcpy(dst, src, size_t(t->size));
}

void store_value(uint8_t* dst, const uint64_t* src, const TypeInfo* t) {
  if (t->kind == Kind::float32) {
    double d;
    std::memcpy(&d, src, 8);
    float f = float(d);
    std::memcpy(dst, &f, 4);
    return;
  }
  // Little-endian hosts (x86-64, wasm): a normalized scalar's low bytes are
  // its memory form.
  std::memcpy(dst, src, size_t(t->size));
}

bool iface_equal(const uint64_t* a, const uint64_t* b, const TypeInfo** bad) {
  const Itab* ia = iface_itab(a);
  const Itab* ib = iface_itab(b);
  if (!ia || !ib) return ia == ib;
  if (ia->type != ib->type) return false;
  return value_equal(ia->type, iface_data(a), iface_data(b), bad);
}

bool value_equal(const TypeInfo* t, const uint8_t* a, const uint8_t* b, const TypeInfo** bad) {
  switch (t->kind) {
    case Kind::string: {
      uint64_t la = ld<uint64_t>(a + 8), lb = ld<uint64_t>(b + 8);
      return la == lb && (la == 0 || std::memcmp(ptr_at(a), ptr_at(b), size_t(la)) == 0);
    }
    case Kind::float32:
      return ld<float>(a) == ld<float>(b);
    case Kind::float64:
      return ld<double>(a) == ld<double>(b);
    case Kind::complex64:
      return ld<float>(a) == ld<float>(b) && ld<float>(a + 4) == ld<float>(b + 4);
    case Kind::complex128:
      return ld<double>(a) == ld<double>(b) && ld<double>(a + 8) == ld<double>(b + 8);
    case Kind::interface: {
      uint64_t x[2], y[2];
      std::memcpy(x, a, 16);
      std::memcpy(y, b, 16);
      return iface_equal(x, y, bad);
    }
    case Kind::array:
      if (t->elem->kind == Kind::array || t->elem->kind == Kind::struct_ ||
          t->elem->kind == Kind::string || t->elem->kind == Kind::interface ||
          t->elem->kind == Kind::float32 || t->elem->kind == Kind::float64 ||
          t->elem->kind == Kind::complex64 || t->elem->kind == Kind::complex128 || !t->comparable) {
        uint64_t es = t->len ? t->size / t->len : 0;
        for (uint64_t i = 0; i < t->len; i++)
          if (!value_equal(t->elem, a + i * es, b + i * es, bad) || *bad) return false;
        return true;
      }
      return std::memcmp(a, b, size_t(t->size)) == 0;
    case Kind::struct_:
      for (const FieldInfo& f : t->fields) {
        if (f.name == "_") continue;
        if (!value_equal(f.type, a + f.offset, b + f.offset, bad) || *bad) return false;
      }
      return true;
    case Kind::slice:
    case Kind::map:
    case Kind::func:
      *bad = t;
      return false;
    default:
      return std::memcmp(a, b, size_t(t->size)) == 0;
  }
}

uint64_t value_hash(const TypeInfo* t, const uint8_t* p, uint64_t seed, const TypeInfo** bad) {
  switch (t->kind) {
    case Kind::string:
      return hash_bytes(ptr_at(p), ld<uint64_t>(p + 8), seed);
    case Kind::float32:
      return hash_float(ld<float>(p), seed);
    case Kind::float64:
      return hash_float(ld<double>(p), seed);
    case Kind::complex64:
      return hash_float(ld<float>(p + 4), hash_float(ld<float>(p), seed));
    case Kind::complex128:
      return hash_float(ld<double>(p + 8), hash_float(ld<double>(p), seed));
    case Kind::interface: {
      uint64_t x[2];
      std::memcpy(x, p, 16);
      const Itab* it = iface_itab(x);
      if (!it) return mix(seed);
      uint64_t h = mix(seed ^ uint64_t(reinterpret_cast<uintptr_t>(it->type)));
      return value_hash(it->type, iface_data(x), h, bad);
    }
    case Kind::array: {
      uint64_t es = t->len ? t->size / t->len : 0;
      uint64_t h = seed;
      for (uint64_t i = 0; i < t->len; i++) h = value_hash(t->elem, p + i * es, h, bad);
      return h;
    }
    case Kind::struct_: {
      uint64_t h = seed;
      for (const FieldInfo& f : t->fields)
        if (f.name != "_") h = value_hash(f.type, p + f.offset, h, bad);
      return h;
    }
    case Kind::slice:
    case Kind::map:
    case Kind::func:
      *bad = t;
      return 0;
    default:
      return hash_bytes(p, t->size, seed);
  }
}

// Encodes rune r as UTF-8 (invalid runes as U+FFFD).
size_t utf8_encode(uint8_t* out, int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    out[0] = uint8_t(r);
    return 1;
  }
  if (r < 0x800) {
    out[0] = uint8_t(0xC0 | (r >> 6));
    out[1] = uint8_t(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    out[0] = uint8_t(0xE0 | (r >> 12));
    out[1] = uint8_t(0x80 | ((r >> 6) & 0x3F));
    out[2] = uint8_t(0x80 | (r & 0x3F));
    return 3;
  }
  out[0] = uint8_t(0xF0 | (r >> 18));
  out[1] = uint8_t(0x80 | ((r >> 12) & 0x3F));
  out[2] = uint8_t(0x80 | ((r >> 6) & 0x3F));
  out[3] = uint8_t(0x80 | (r & 0x3F));
  return 4;
}

// Decodes the rune at s[i] (len n): the rune (U+FFFD for invalid UTF-8) and
// its width (1 for an invalid byte), as Go's range over a string does.
void utf8_decode(const uint8_t* s, uint64_t n, uint64_t i, int64_t* r, uint64_t* w) {
  uint8_t c = s[i];
  if (c < 0x80) {
    *r = c;
    *w = 1;
    return;
  }
  auto cont = [&](uint64_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *r = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    *w = 2;
    return;
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    int64_t v = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    if (v >= 0x800 && !(v >= 0xD800 && v <= 0xDFFF)) {
      *r = v;
      *w = 3;
      return;
    }
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    int64_t v = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) |
                (s[i + 3] & 0x3F);
    if (v >= 0x10000 && v <= 0x10FFFF) {
      *r = v;
      *w = 4;
      return;
    }
  }
  *r = 0xFFFD;
  *w = 1;
}

const MethodInfo* find_method(const TypeInfo* t, const std::string& name) {
  auto it = std::lower_bound(t->methods.begin(), t->methods.end(), name,
                             [](const MethodInfo& m, const std::string& n) { return m.name < n; });
  if (it == t->methods.end() || it->name != name) return nullptr;
  return &*it;
}

std::string method_base_name(const std::string& key) {
  std::string q = key.substr(0, key.find('#'));
  size_t dot = q.rfind('.');
  return dot == std::string::npos ? q : q.substr(dot + 1);
}

const MethodInfo* find_method_named(const TypeInfo* t, const std::string& name) {
  std::string prefix = name + "#";
  for (const MethodInfo& m : t->methods)
    if (m.name.compare(0, prefix.size(), prefix) == 0) return &m;
  return nullptr;
}

}  // namespace gopark::interp
