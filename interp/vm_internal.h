// vm_internal.h - what the VM's source files share: moving between words
// and pointers or floats, the sizing of a goroutine's words, and how
// panics and print show values.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>

#include "interp/bytecode.h"

namespace gopark::interp {

inline double f64(uint64_t w) {
  double d;
  std::memcpy(&d, &w, 8);
  return d;
}
inline uint64_t wf(double d) {
  uint64_t w;
  std::memcpy(&w, &d, 8);
  return w;
}
inline const uint8_t* sptr(const uint64_t* r) {
  return reinterpret_cast<const uint8_t*>(static_cast<uintptr_t>(r[0]));
}
inline uint8_t* mptr(uint64_t w) {
  return reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(w));
}
inline uint64_t wptr(const void* p) {
  return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(p));
}

// The instructions run() (vm.cc) leaves out of its loop for step_cold
// (vm_cold.cc), one call each. V8 keeps a loop's variables in registers
// only while the function is small: with every instruction inline, pc and
// R lived on the stack and the interpreter ran at half its native speed on
// wasm. What stays inline is what programs run most (arithmetic, compares
// and jumps, loads and stores, calls, slices, strings, maps, allocation);
// what goes out is long or costs a call anyway (channels, natives, defer,
// go, print, panics, conversions, complex numbers).
// clang-format off
#define GOPARK_COLD_OPS(X) \
  X(CADD) X(CSUB) X(CMUL) X(CDIV) X(CNEG) X(CEQ) X(CNE) X(C64TO128) \
  X(C128TO64) X(FMIN) X(FMAX) X(FNEG) X(F32) X(U2F) X(F2U) X(SSLICE) \
  X(RUNESTR) X(STRNEXT) X(APPENDSL) X(COPYSL) X(STR2BYTES) X(MAKEMAP) \
  X(MAPCLEAR) X(CLEARSL) X(STR2RUNES) X(RUNES2STR) X(CALLN) X(DEFER) \
  X(RUNDEFERS) X(GO) X(CHMAKE) X(CHSEND) X(CHRECV) X(SELECT) X(CHCLOSE) \
  X(CHLEN) X(CHCAP) X(CONVI) X(ASSERT) X(ASSERTI) X(IFACEEQ) X(PRINTI) \
  X(PRINTU) X(PRINTF) X(PRINTC) X(PRINTB) X(PRINTS) X(PRINTP) X(PRINTSL) \
  X(PRINTE) X(PRINTSP) X(PRINTNL) X(PANICV) X(RECOVER) X(PANICIDX) \
  X(UNREACH)
// clang-format on

// Shared by vm.cc and vm_cold.cc.
int scompare(const uint64_t* a, const uint64_t* b);  // strings a, b (two words each)
std::string index_error(int64_t i, int64_t n);
std::string slice_error(bool three, bool is_len, int64_t lo, int64_t hi, int64_t max,
                        uint64_t limit);

// Register ranges (a call's arguments and results, a zeroed frame) are a
// few words long: a word loop beats a call to memset/memmove. On wasm those
// are memory.fill/memory.copy, which V8 (Node 20) runs as a call into C++;
// interp/CMakeLists.txt keeps clang from turning these loops back into
// such calls there.
inline void zero_words(uint64_t* p, size_t n) {
  for (size_t i = 0; i < n; i++) p[i] = 0;
}
inline void move_words(uint64_t* dst, const uint64_t* src, size_t n) {
  if (dst <= src) {
    for (size_t i = 0; i < n; i++) dst[i] = src[i];
  } else {
    for (size_t i = n; i-- > 0;) dst[i] = src[i];
  }
}

// Words kept free above a frame when the goroutine's words are sized, and
// how they grow: by half again, so a million small goroutines stay small.
inline constexpr uint64_t kStackSlack = 8;
inline uint64_t grown(uint64_t need) {
  return need + need / 2;
}

// memmove for Go values: a word-aligned copy of a few words goes a word at
// a time, so a goroutine racing with it never reads half a pointer (Go's
// memmove promises that; a sanitizer's memmove copies bytes). Longer
// copies go to memmove, whose aligned vector moves keep words whole.
inline void move_values(void* dst, const void* src, size_t n) {
  if (n <= 64 &&
      ((reinterpret_cast<uintptr_t>(dst) | reinterpret_cast<uintptr_t>(src) | n) & 7) == 0) {
    auto* d = static_cast<uint64_t*>(dst);
    auto* s = static_cast<const uint64_t*>(src);
    size_t w = n / 8;
    if (d <= s) {
      for (size_t i = 0; i < w; i++)
        __atomic_store_n(d + i, __atomic_load_n(s + i, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
    } else {
      for (size_t i = w; i-- > 0;)
        __atomic_store_n(d + i, __atomic_load_n(s + i, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
    }
    return;
  }
  std::memmove(dst, src, n);
}

// Go's print/println format for floats: +1.500000e+000 (vm_panic.cc).
std::string print_float(double d);
// How a panic prints a value of type t at p (memory form) that has no
// Error or String method (vm_panic.cc).
std::string panic_value_text(const TypeInfo* t, const uint8_t* p);

}  // namespace gopark::interp
