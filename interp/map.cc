// map.cc - the hash table behind Go maps.
#include "interp/map.h"

#include <cmath>
#include <cstring>

#include "interp/value.h"
#include "interp/vm.h"

namespace gopark::interp::gomap {

namespace {

constexpr uint64_t kEmpty = 0, kUsed = 1, kDeleted = 2;

const uint8_t* str_data(const uint64_t* k) {
  return reinterpret_cast<const uint8_t*>(static_cast<uintptr_t>(k[0]));
}

uint64_t hash_key(const MapInfo& mi, const uint64_t* key, uint64_t seed, const TypeInfo** bad) {
  switch (mi.key_kind) {
    case KeyKind::general:
      return value_hash(mi.key_info, reinterpret_cast<const uint8_t*>(key), seed, bad);
    case KeyKind::string:
      return hash_bytes(str_data(key), key[1], seed);
    case KeyKind::float64: {
      double d;
      std::memcpy(&d, key, 8);
      if (d == 0) d = 0;  // -0 hashes as +0
      uint64_t w;
      std::memcpy(&w, &d, 8);
      return mix(w ^ seed);
    }
    default:
      return hash_bytes(reinterpret_cast<const uint8_t*>(key), mi.key_size, seed);
  }
}

bool key_equal(const MapInfo& mi, const uint8_t* slot, const uint64_t* key) {
  switch (mi.key_kind) {
    case KeyKind::general: {
      const TypeInfo* bad = nullptr;  // keys in the table hashed: comparable
      return value_equal(mi.key_info, slot, reinterpret_cast<const uint8_t*>(key), &bad);
    }
    case KeyKind::string: {
      uint64_t s[2];
      std::memcpy(s, slot, 16);
      if (s[1] != key[1]) return false;
      return s[1] == 0 || s[0] == key[0] || std::memcmp(str_data(s), str_data(key), s[1]) == 0;
    }
    case KeyKind::float64: {
      double a, b;
      std::memcpy(&a, slot, 8);
      std::memcpy(&b, key, 8);
      return a == b;
    }
    default:
      return std::memcmp(slot, key, mi.key_size) == 0;
  }
}

uint8_t* entry(uint64_t* hdr, const MapInfo& mi, uint64_t i) {
  return reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(hdr[kTable])) + i * mi.entry_size;
}

uint64_t state_of(const uint8_t* e) {
  uint64_t w;
  std::memcpy(&w, e, 8);
  return w & 3;
}

// Finds key: its entry, or (insert) the first free entry on its probe path.
uint8_t* probe(const MapInfo& mi, uint64_t* hdr, const uint64_t* key, uint64_t h, bool insert) {
  uint64_t cap = hdr[kCap];
  if (cap == 0) return nullptr;
  uint64_t i = (h >> 2) & (cap - 1);  // the low two bits hold the state
  uint8_t* first_free = nullptr;
  for (uint64_t n = 0; n < cap; n++, i = (i + 1) & (cap - 1)) {
    uint8_t* e = entry(hdr, mi, i);
    uint64_t st = state_of(e);
    if (st == kEmpty) return insert ? (first_free ? first_free : e) : nullptr;
    if (st == kDeleted) {
      if (!first_free) first_free = e;
      continue;
    }
    uint64_t w;
    std::memcpy(&w, e, 8);
    if ((w >> 2) == (h >> 2) && key_equal(mi, e + mi.key_off, key)) return e;
  }
  return insert ? first_free : nullptr;
}

bool grow(VM* vm, const MapInfo& mi, uint64_t* hdr, uint64_t new_cap) {
  const TypeInfo* et = vm->module().types[mi.entry_type].get();
  void* t = vm->alloc(et, new_cap, new_cap * mi.entry_size);
  if (!t) return false;
  uint64_t old_cap = hdr[kCap];
  uint64_t old_table = hdr[kTable];
  hdr[kTable] = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(t));
  hdr[kCap] = new_cap;
  hdr[kTomb] = 0;
  for (uint64_t i = 0; i < old_cap; i++) {
    uint8_t* e = reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(old_table)) + i * mi.entry_size;
    if (state_of(e) != kUsed) continue;
    uint64_t w;
    std::memcpy(&w, e, 8);
    // Re-probe with the stored hash (the low two bits hold the state).
    uint64_t h = w & ~uint64_t(3);
    uint64_t k = (h >> 2) & (new_cap - 1);
    for (;;) {
      uint8_t* d = entry(hdr, mi, k);
      if (state_of(d) == kEmpty) {
        std::memcpy(d, e, mi.entry_size);
        break;
      }
      k = (k + 1) & (new_cap - 1);
    }
  }
  return true;
}

}  // namespace

uint64_t* make(VM* vm, const MapInfo& mi, uint64_t hint, uint64_t seed) {
  const TypeInfo* ht = vm->module().types[mi.header_type].get();
  auto* hdr = static_cast<uint64_t*>(vm->alloc(ht, 1, ht->size));
  if (!hdr) return nullptr;
  hdr[kSeed] = seed | 1;
  uint64_t cap = 8;
  if (hint > (uint64_t(1) << 24)) hint = uint64_t(1) << 24;  // a hint, not a promise
  while (cap / 2 < hint) cap *= 2;
  vm->pin(hdr);  // allocating the table may collect
  bool ok = grow(vm, mi, hdr, cap);
  vm->unpin();
  return ok ? hdr : nullptr;
}

uint8_t* lookup(const MapInfo& mi, uint64_t* hdr, const uint64_t* key, const TypeInfo** bad) {
  if (mi.key_kind == KeyKind::general && (!hdr || hdr[kCount] == 0)) {
    hash_key(mi, key, 0, bad);  // an unhashable key panics even on an empty map
    return nullptr;
  }
  if (!hdr || hdr[kCount] == 0) return nullptr;
  uint64_t h = hash_key(mi, key, hdr[kSeed], bad) & ~uint64_t(3);
  if (*bad) return nullptr;
  uint8_t* e = probe(mi, hdr, key, h, false);
  return e ? e + mi.val_off : nullptr;
}

uint8_t* assign(VM* vm, const MapInfo& mi, uint64_t* hdr, const uint64_t* key,
                const TypeInfo** bad) {
  uint64_t h = hash_key(mi, key, hdr[kSeed], bad) & ~uint64_t(3);
  if (*bad) return nullptr;
  // One probe finds the key or where it would go.
  uint8_t* e = probe(mi, hdr, key, h, true);
  if (e && state_of(e) == kUsed) return e + mi.val_off;
  if ((hdr[kCount] + hdr[kTomb] + 1) * 2 > hdr[kCap]) {
    uint64_t cap = hdr[kCap];
    if ((hdr[kCount] + 1) * 4 > cap) cap *= 2;  // else: only tombstones to clear
    if (!grow(vm, mi, hdr, cap)) return nullptr;
    e = nullptr;
  }
  if (!e) e = probe(mi, hdr, key, h, true);
  if (state_of(e) == kDeleted) hdr[kTomb]--;
  std::memset(e, 0, mi.entry_size);
  uint64_t w = h | kUsed;
  std::memcpy(e, &w, 8);
  std::memcpy(e + mi.key_off, key, mi.key_size);
  hdr[kCount]++;
  return e + mi.val_off;
}

void remove(const MapInfo& mi, uint64_t* hdr, const uint64_t* key, const TypeInfo** bad) {
  if (mi.key_kind == KeyKind::general && (!hdr || hdr[kCount] == 0)) {
    hash_key(mi, key, 0, bad);
    return;
  }
  if (!hdr || hdr[kCount] == 0) return;
  uint64_t h = hash_key(mi, key, hdr[kSeed], bad) & ~uint64_t(3);
  if (*bad) return;
  uint8_t* e = probe(mi, hdr, key, h, false);
  if (!e) return;
  std::memset(e, 0, mi.entry_size);  // drop references for the collector
  uint64_t w = kDeleted;
  std::memcpy(e, &w, 8);
  hdr[kCount]--;
  hdr[kTomb]++;
}

void clear(const MapInfo& mi, uint64_t* hdr) {
  if (!hdr || hdr[kCap] == 0) return;
  std::memset(reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(hdr[kTable])), 0,
              size_t(hdr[kCap] * mi.entry_size));
  hdr[kCount] = 0;
  hdr[kTomb] = 0;
}

}  // namespace gopark::interp::gomap
