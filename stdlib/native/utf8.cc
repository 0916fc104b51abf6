// utf8.cc - package unicode/utf8 over the VM's own UTF-8 routines.
#include "interp/value.h"
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

const uint8_t* bytes_of(const uint64_t* r) {
  return arg_ptr(r[0]);
}

bool valid_rune(int64_t r) {
  return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

int64_t rune_len(int64_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= 0x10FFFF) return 4;
  return -1;
}

// (r rune, size int) at the start of n bytes at p.
void decode_first(const uint8_t* p, uint64_t n, uint64_t* out) {
  if (n == 0) {
    out[0] = 0xFFFD;
    out[1] = 0;
    return;
  }
  int64_t r;
  uint64_t w;
  interp::utf8_decode(p, n, 0, &r, &w);
  out[0] = uint64_t(r);
  out[1] = w;
}

// The last rune of n bytes at p: back up to a start byte (at most 4).
void decode_last(const uint8_t* p, uint64_t n, uint64_t* out) {
  if (n == 0) {
    out[0] = 0xFFFD;
    out[1] = 0;
    return;
  }
  uint64_t start = n - 1;
  uint64_t lim = n >= 4 ? n - 4 : 0;
  while (start > lim && (p[start] & 0xC0) == 0x80) start--;
  int64_t r;
  uint64_t w;
  interp::utf8_decode(p, n, start, &r, &w);
  if (start + w != n) {
    r = 0xFFFD;
    w = 1;
  }
  out[0] = uint64_t(r);
  out[1] = w;
}

uint64_t count(const uint8_t* p, uint64_t n) {
  uint64_t c = 0;
  for (uint64_t i = 0; i < n; c++) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, n, i, &r, &w);
    i += w;
  }
  return c;
}

bool valid(const uint8_t* p, uint64_t n) {
  for (uint64_t i = 0; i < n;) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, n, i, &r, &w);
    if (r == 0xFFFD && w == 1) return false;  // an encoded U+FFFD has width 3
    i += w;
  }
  return true;
}

// AppendRune(p []byte, r rune) []byte
bool append_rune(NativeCall& c) {
  uint8_t buf[4];
  size_t k = interp::utf8_encode(buf, int64_t(c.R[3]));
  uint64_t len = c.R[1], cap = c.R[2];
  uint8_t* data = arg_ptr(c.R[0]);
  if (len + k > cap) {
    uint64_t ncap = interp::alloc_size((len + k) * 2);
    auto* nd = static_cast<uint8_t*>(c.vm->alloc(nullptr, ncap, ncap));
    if (!nd) return false;
    if (len) std::memcpy(nd, data, size_t(len));
    data = nd;
    cap = ncap;
  }
  std::memcpy(data + len, buf, k);
  c.R[0] = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(data));
  c.R[1] = len + k;
  c.R[2] = cap;
  return true;
}

bool decode_rune(NativeCall& c) {
  uint64_t out[2];
  decode_first(bytes_of(c.R), c.R[1], out);
  c.R[0] = out[0];
  c.R[1] = out[1];
  return true;
}

bool decode_last_rune(NativeCall& c) {
  uint64_t out[2];
  decode_last(bytes_of(c.R), c.R[1], out);
  c.R[0] = out[0];
  c.R[1] = out[1];
  return true;
}

// EncodeRune(p []byte, r rune) int: panics like an index out of range when
// p is too short.
bool encode_rune(NativeCall& c) {
  uint8_t buf[4];
  size_t k = interp::utf8_encode(buf, int64_t(c.R[3]));
  if (c.R[1] < k) {
    c.panic = "runtime error: index out of range [" + std::to_string(c.R[1]) + "] with length " +
              std::to_string(c.R[1]);
    return false;
  }
  std::memcpy(arg_ptr(c.R[0]), buf, k);
  c.R[0] = k;
  return true;
}

bool full_rune(NativeCall& c) {
  const uint8_t* p = bytes_of(c.R);
  uint64_t n = c.R[1];
  bool full = true;
  if (n == 0) {
    full = false;
  } else {
    uint8_t b = p[0];
    uint64_t need = b < 0x80 ? 1 : b < 0xC2 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 1;
    if (n < need) {
      // Short: incomplete while every byte so far continues the rune; an
      // invalid prefix is complete (it decodes as one error byte).
      full = false;
      for (uint64_t i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80) full = true;
    }
  }
  c.R[0] = full;
  return true;
}

bool rune_count(NativeCall& c) {
  c.R[0] = count(bytes_of(c.R), c.R[1]);
  return true;
}

bool rune_len_native(NativeCall& c) {
  c.R[0] = uint64_t(rune_len(int64_t(c.R[0])));
  return true;
}

bool valid_native(NativeCall& c) {
  c.R[0] = valid(bytes_of(c.R), c.R[1]);
  return true;
}

bool valid_rune_native(NativeCall& c) {
  c.R[0] = valid_rune(int64_t(c.R[0]));
  return true;
}

}  // namespace

void register_utf8_natives() {
  using interp::register_native;
  register_native("unicode/utf8.AppendRune", append_rune);
  register_native("unicode/utf8.DecodeRune", decode_rune);
  register_native("unicode/utf8.DecodeRuneInString", decode_rune);
  register_native("unicode/utf8.DecodeLastRune", decode_last_rune);
  register_native("unicode/utf8.DecodeLastRuneInString", decode_last_rune);
  register_native("unicode/utf8.EncodeRune", encode_rune);
  register_native("unicode/utf8.FullRune", full_rune);
  register_native("unicode/utf8.FullRuneInString", full_rune);
  register_native("unicode/utf8.RuneCount", rune_count);
  register_native("unicode/utf8.RuneCountInString", rune_count);
  register_native("unicode/utf8.RuneLen", rune_len_native);
  register_native("unicode/utf8.Valid", valid_native);
  register_native("unicode/utf8.ValidString", valid_native);
  register_native("unicode/utf8.ValidRune", valid_rune_native);
}

}  // namespace gopark::stdlib
