// map.h - Go maps in VM memory.
//
// A map value is a pointer to a header (heap words: count, table, capacity,
// growth left, hash seed, control bytes). The table is a heap array of
// entries laid out by the map type's MapInfo (the key at offset 0, the value
// at val_off), so the collector traces it with the entry type's pointer map.
// Beside it, a plain byte array holds one control byte per entry: empty,
// deleted, or the low 7 bits of the full entry's hash.
//
// Open addressing over groups of 8 entries: a key's hash picks its first
// group and the probe walks groups triangularly (1, 2, 3, ... groups on),
// which visits every group of a power-of-two table. One 64-bit load of a
// group's control bytes answers "which entries might hold this key" and "is
// there an empty entry" for 8 entries at once, so a lookup touches the
// control bytes and, almost always, only the one entry that matches. The
// table is rebuilt (doubled, or at the same size to drop tombstones) when
// the empty entries not yet used fall to zero: at most 7/8 of it in use.
//
// Invariant: a group holding an empty entry has never been full since the
// table was built, so no probe passed through it; a probe stops at the
// first group with an empty entry, and deleting from such a group may leave
// the entry empty rather than a tombstone.
//
// Keys arrive in register form (layout.h): for the kinds gopark allows as
// keys, that is their memory form too (integers little-endian in the low
// bytes, strings as {data, len}, float64 as its bits with -0 == +0 and NaN
// never equal).
#pragma once

#include <cstdint>

#include "interp/bytecode.h"

namespace gopark::interp {

class VM;

namespace gomap {

constexpr int kCount = 0, kTable = 1, kCap = 2, kGrowthLeft = 3, kSeed = 4, kCtrl = 5, kFlags = 6,
              kHeaderWords = 7;

// Go's check for unsynchronized use from parallel goroutines: a writer
// marks the header while it changes the map (begin_write false: another
// writer is inside, "concurrent map writes"); a reader that finds the mark
// reports "concurrent map read and map write". Best effort, as in Go: both
// sides may pass at the same instant. Relaxed atomics: plain moves on the
// hosts, but visible to ThreadSanitizer as intended races.
constexpr uint64_t kWriting = 1;
inline bool begin_write(uint64_t* hdr) {
  uint64_t f = __atomic_load_n(&hdr[kFlags], __ATOMIC_RELAXED);
  if (f & kWriting) return false;
  __atomic_store_n(&hdr[kFlags], f | kWriting, __ATOMIC_RELAXED);
  return true;
}
inline bool end_write(uint64_t* hdr) {
  uint64_t f = __atomic_load_n(&hdr[kFlags], __ATOMIC_RELAXED);
  if (!(f & kWriting)) return false;
  __atomic_store_n(&hdr[kFlags], f & ~kWriting, __ATOMIC_RELAXED);
  return true;
}
inline bool writing(const uint64_t* hdr) {
  return hdr && (__atomic_load_n(&hdr[kFlags], __ATOMIC_RELAXED) & kWriting);
}

// Whether entry i of the table of hdr holds a key.
inline bool full(const uint64_t* hdr, uint64_t i) {
  return (reinterpret_cast<const uint8_t*>(static_cast<uintptr_t>(hdr[kCtrl]))[i] & 0x80) == 0;
}
inline bool full_ctrl(uint64_t ctrl, uint64_t i) {
  return (reinterpret_cast<const uint8_t*>(static_cast<uintptr_t>(ctrl))[i] & 0x80) == 0;
}

// *bad (initially null) gets the dynamic type of a general key that cannot
// be hashed (an interface holding a slice): the caller panics.
// The value slot of key in map hdr, or null if absent (hdr may be null).
uint8_t* lookup(const MapInfo& mi, uint64_t* hdr, const uint64_t* key, const TypeInfo** bad);
// The value slot of key, inserted zeroed if absent; null when out of memory
// (or an unhashable key).
uint8_t* assign(VM* vm, const MapInfo& mi, uint64_t* hdr, const uint64_t* key,
                const TypeInfo** bad);
void remove(const MapInfo& mi, uint64_t* hdr, const uint64_t* key, const TypeInfo** bad);
// Deletes every entry (hdr may be null).
void clear(const MapInfo& mi, uint64_t* hdr);
// A new empty map header with room for hint entries; null when out of memory.
uint64_t* make(VM* vm, const MapInfo& mi, uint64_t hint, uint64_t seed);

}  // namespace gomap
}  // namespace gopark::interp
