// layout.h - how Go values are laid out in VM memory and registers.
//
// One layout everywhere, on every host (64-bit and wasm32 alike): Go's own
// 64-bit layout. int, uint, uintptr, pointers, maps, channels and funcs are
// 8 bytes; a string is {data pointer, len} (16); a slice {data, len, cap}
// (24); an interface {type descriptor, data pointer} (16); complex128 two
// float64s. Arrays and structs are laid out with Go's sizes and alignments,
// so a []byte holds one byte per element and unsafe-free programs see the
// sizes Go's would have. A pointer always takes a full 8-byte word, aligned,
// even on wasm32 (the upper half is then zero): that keeps every layout
// host-independent and lets the garbage collector describe any value by a
// bitmap over its 8-byte words ("which words hold pointers").
//
// Registers: a frame is an array of 8-byte words. A value of type T takes
// words(T) consecutive registers. A basic scalar (bool, integers, floats)
// lives normalized in one full word: integers sign- or zero-extended to 64
// bits, float32 held as a double already rounded to float32. Everything
// else (strings, slices, interfaces, structs, arrays, complex) keeps its
// memory layout inside its words, so moving it between registers and memory
// is a plain copy.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "interp/types.h"

namespace gopark::interp {

// A value's memory shape and where its pointers are: bit i of ptrmap set =
// word i (bytes [8i, 8i+8)) holds a pointer the collector must trace.
struct Shape {
  uint64_t size = 0;
  uint32_t align = 1;
  std::vector<uint64_t> ptrmap;  // ceil(words/64) entries
  bool has_pointers() const {
    for (uint64_t w : ptrmap)
      if (w) return true;
    return false;
  }
  uint64_t words() const { return (size + 7) / 8; }
  bool is_ptr_word(uint64_t i) const {
    return i / 64 < ptrmap.size() && (ptrmap[i / 64] >> (i % 64)) & 1;
  }
};

class Layouts {
 public:
  // t must be fully instantiated (no type parameters).
  const Shape& shape(Type* t);
  uint64_t size(Type* t) { return shape(t).size; }
  uint32_t align(Type* t) { return shape(t).align; }
  uint64_t words(Type* t) { return shape(t).words(); }
  // Byte offset of field i of struct s.
  uint64_t field_offset(Struct* s, size_t i);

 private:
  Shape compute(Type* t);
  std::unordered_map<const Type*, Shape> shapes_;
  std::unordered_map<const Struct*, std::vector<uint64_t>> offsets_;
};

// Whether t is kept as a normalized scalar word in registers.
bool is_scalar_word(Type* t);

}  // namespace gopark::interp
