// map.h - Go maps in VM memory.
//
// A map value is a pointer to a header (heap words: count, table, capacity,
// tombstones, hash seed); the table is a heap array of entries laid out by
// the map type's MapInfo: a word holding the entry's state and hash, then
// the key and the value at their offsets, so the collector traces it with
// the entry type's pointer map. Open addressing with linear probing;
// deletion leaves tombstones; the table doubles at 1/2 load (linear probing
// stays short: a miss looks at ~2.5 entries), or is rebuilt in place when
// tombstones fill it.
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

constexpr int kCount = 0, kTable = 1, kCap = 2, kTomb = 3, kSeed = 4, kHeaderWords = 5;

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
