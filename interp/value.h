// value.h - Go values in VM memory, described by their TypeInfo: what the
// VM needs to handle a value whose type it only learns at run time (the
// dynamic type of an interface, a map's general key): moving it between
// memory and register form, equality, hashing, and method lookup.
//
// Memory form is Go's layout (layout.h). Register form differs only for
// scalars: one word, integers sign- or zero-extended, float32 widened to a
// double; every other value keeps its memory form in ceil(size/8) words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "interp/bytecode.h"

namespace gopark::interp {

// The hash behind maps and value_hash: a 64-bit finalizer, and bytes
// hashed 8 at a time from seed h.
uint64_t mix(uint64_t h);
uint64_t hash_bytes(const uint8_t* p, uint64_t n, uint64_t h);

// Appends the value at p (memory form) as the state panel shows it: fmt's
// %v, strings quoted, cut short past ~120 characters (value_format.cc).
void format_value(const uint8_t* p, const TypeInfo* t, std::string& out);

// Words a value of type t takes in registers (at least 1 for scalars).
uint64_t reg_words(const TypeInfo* t);
void load_value(uint64_t* dst, const uint8_t* src, const TypeInfo* t);
void store_value(uint8_t* dst, const uint64_t* src, const TypeInfo* t);

// The dynamic value of interface value iv ({itab, data}, non-nil) in
// memory form: the data word itself for direct types, else the box it
// points to.
inline const uint8_t* iface_data(const uint64_t* iv) {
  auto* it = reinterpret_cast<const Itab*>(static_cast<uintptr_t>(iv[0]));
  if (it->type->direct) return reinterpret_cast<const uint8_t*>(iv + 1);
  return reinterpret_cast<const uint8_t*>(static_cast<uintptr_t>(iv[1]));
}
inline const Itab* iface_itab(const uint64_t* iv) {
  return reinterpret_cast<const Itab*>(static_cast<uintptr_t>(iv[0]));
}

// Go's == on two values of type t in memory form. When a comparison meets
// a dynamic type that is not comparable (a slice in an interface), *bad is
// set to it and the result is meaningless: the caller panics.
bool value_equal(const TypeInfo* t, const uint8_t* a, const uint8_t* b, const TypeInfo** bad);
// Two interface values (two words each).
bool iface_equal(const uint64_t* a, const uint64_t* b, const TypeInfo** bad);
// A hash consistent with value_equal (-0 and +0 alike; NaNs all different).
uint64_t value_hash(const TypeInfo* t, const uint8_t* p, uint64_t seed, const TypeInfo** bad);

// UTF-8 as Go uses it: encodes r (an invalid rune as U+FFFD) into out (4
// bytes of room), returning the length; decodes the rune at s[i] of n
// bytes (U+FFFD and width 1 for invalid input).
size_t utf8_encode(uint8_t* out, int64_t r);
void utf8_decode(const uint8_t* s, uint64_t n, uint64_t i, int64_t* r, uint64_t* w);

// Methods are keyed by name (qualified by its package when unexported)
// and signature: "M#func(int,)(string,)". find_method looks a key up in
// t's method set; find_method_named a method by plain name ("Error").
const MethodInfo* find_method(const TypeInfo* t, const std::string& key);
const MethodInfo* find_method_named(const TypeInfo* t, const std::string& name);
// The unqualified name of a method key ("M" for "main.M#func()()").
std::string method_base_name(const std::string& key);

}  // namespace gopark::interp
