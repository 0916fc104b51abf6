// map.cc - the hash table behind Go maps (see map.h for the layout).
#include "interp/map.h"

#include <cstring>

#include "interp/value.h"
#include "interp/vm.h"

namespace gopark::interp::gomap {

namespace {

// Control bytes: a full entry's byte is the low 7 bits of its key's hash
// (high bit clear); empty and deleted entries have the high bit set.
constexpr uint8_t kEmpty = 0x80, kDeleted = 0xFE;
constexpr uint64_t kLsb = 0x0101010101010101ULL, kMsb = 0x8080808080808080ULL;
constexpr uint64_t kNone = ~uint64_t(0);

uint8_t* ptr(uint64_t w) {
  return reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(w));
}

// The control bytes of group g, byte k of the word for entry 8g+k (both
// x86-64 and wasm are little-endian).
uint64_t group(const uint8_t* ctrl, uint64_t g) {
  uint64_t w;
  std::memcpy(&w, ctrl + g * 8, 8);
  return w;
}
// High bit of byte k set if entry k may hold hash bits h2. A byte just
// above a true match can match falsely (the borrow of the subtraction);
// callers compare keys anyway. Empty and deleted bytes never match.
uint64_t match(uint64_t w, uint64_t h2) {
  uint64_t x = w ^ (kLsb * h2);
  return (x - kLsb) & ~x & kMsb;
}
// Empty entries: high bit set and bit 1 clear (0x80, not 0xFE).
uint64_t match_empty(uint64_t w) {
  return w & ~(w << 6) & kMsb;
}
// Empty or deleted entries.
uint64_t match_free(uint64_t w) {
  return w & kMsb;
}
uint64_t lowest(uint64_t m) {
  return uint64_t(__builtin_ctzll(m)) >> 3;
}

uint64_t max_load(uint64_t cap) {
  return cap - cap / 8;
}

uint64_t hash_key(const MapInfo& mi, const uint64_t* key, uint64_t seed, const TypeInfo** bad) {
  switch (mi.key_kind) {
    case KeyKind::general:
      return value_hash(mi.key_info, reinterpret_cast<const uint8_t*>(key), seed, bad);
    case KeyKind::string:
      return hash_bytes(ptr(key[0]), key[1], seed);
    case KeyKind::float64: {
      double d;
      std::memcpy(&d, key, 8);
      if (d == 0) d = 0;  // -0 hashes as +0
      uint64_t w;
      std::memcpy(&w, &d, 8);
      return mix(w ^ seed);
    }
    default:
      // Only the key's own bytes: a register sign-extends a small integer,
      // and in a table entry the value may follow the key in its word.
      if (mi.key_size == 8) return mix(key[0] ^ seed);
      if (mi.key_size < 8) return mix((key[0] & ((uint64_t(1) << 8 * mi.key_size) - 1)) ^ seed);
      return hash_bytes(reinterpret_cast<const uint8_t*>(key), mi.key_size, seed);
  }
}

// The index of the entry for which eq(entry) holds on the probe path of
// hash h, or kNone.
template <class Eq>
uint64_t find(const MapInfo& mi, const uint64_t* hdr, uint64_t h, Eq eq) {
  const uint8_t* ctrl = ptr(hdr[kCtrl]);
  const uint8_t* table = ptr(hdr[kTable]);
  uint64_t mask = (hdr[kCap] >> 3) - 1;
  uint64_t g = (h >> 7) & mask;
  for (uint64_t step = 1;; step++) {
    uint64_t w = group(ctrl, g);
    for (uint64_t m = match(w, h & 0x7F); m; m &= m - 1) {
      uint64_t i = g * 8 + lowest(m);
      if (eq(table + i * mi.entry_size)) return i;
    }
    if (match_empty(w)) return kNone;  // the invariant of map.h
    g = (g + step) & mask;
  }
}

uint64_t find_key(const MapInfo& mi, const uint64_t* hdr, const uint64_t* key, uint64_t h) {
  switch (mi.key_kind) {
    case KeyKind::general:
      return find(mi, hdr, h, [&](const uint8_t* e) {
        const TypeInfo* bad = nullptr;  // keys in the table hashed: comparable
        return value_equal(mi.key_info, e, reinterpret_cast<const uint8_t*>(key), &bad);
      });
    case KeyKind::string:
      return find(mi, hdr, h, [&](const uint8_t* e) {
        uint64_t s[2];
        std::memcpy(s, e, 16);
        return s[1] == key[1] &&
               (s[0] == key[0] || s[1] == 0 || std::memcmp(ptr(s[0]), ptr(key[0]), s[1]) == 0);
      });
    case KeyKind::float64:
      return find(mi, hdr, h, [&](const uint8_t* e) {
        double a, b;
        std::memcpy(&a, e, 8);
        std::memcpy(&b, key, 8);
        return a == b;
      });
    default:
      if (mi.key_size == 8)
        return find(mi, hdr, h, [&](const uint8_t* e) {
          uint64_t k;
          std::memcpy(&k, e, 8);
          return k == key[0];
        });
      return find(mi, hdr, h,
                  [&](const uint8_t* e) { return std::memcmp(e, key, mi.key_size) == 0; });
  }
}

// The first empty or deleted entry on the probe path of hash h.
uint64_t find_free(const uint64_t* hdr, uint64_t h) {
  const uint8_t* ctrl = ptr(hdr[kCtrl]);
  uint64_t mask = (hdr[kCap] >> 3) - 1;
  uint64_t g = (h >> 7) & mask;
  for (uint64_t step = 1;; step++) {
    if (uint64_t m = match_free(group(ctrl, g))) return g * 8 + lowest(m);
    g = (g + step) & mask;
  }
}

// Moves every entry into a new table of new_cap (a power of two, at least
// 8) entries. Hashes are not stored: each key is hashed again.
bool rebuild(VM* vm, const MapInfo& mi, uint64_t* hdr, uint64_t new_cap) {
  const TypeInfo* et = vm->module().types[mi.entry_type].get();
  void* t = vm->alloc(et, new_cap, new_cap * mi.entry_size);
  if (!t) return false;
  vm->pin(t);  // allocating the control bytes may collect
  auto* c = static_cast<uint8_t*>(vm->alloc(nullptr, new_cap, new_cap));
  vm->unpin();
  if (!c) return false;
  std::memset(c, kEmpty, size_t(new_cap));
  uint64_t old_cap = hdr[kCap];
  const uint8_t* old_table = ptr(hdr[kTable]);
  const uint8_t* old_ctrl = ptr(hdr[kCtrl]);
  hdr[kTable] = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(t));
  hdr[kCtrl] = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(c));
  hdr[kCap] = new_cap;
  hdr[kGrowthLeft] = max_load(new_cap) - hdr[kCount];
  for (uint64_t i = 0; i < old_cap; i++) {
    if (old_ctrl[i] & 0x80) continue;
    const uint8_t* e = old_table + i * mi.entry_size;
    const TypeInfo* bad = nullptr;
    uint64_t h = hash_key(mi, reinterpret_cast<const uint64_t*>(e), hdr[kSeed], &bad);
    uint64_t k = find_free(hdr, h);
    c[k] = uint8_t(h & 0x7F);
    std::memcpy(static_cast<uint8_t*>(t) + k * mi.entry_size, e, mi.entry_size);
  }
  return true;
}

}  // namespace

uint64_t* make(VM* vm, const MapInfo& mi, uint64_t hint, uint64_t seed) {
  const TypeInfo* ht = vm->module().types[mi.header_type].get();
  auto* hdr = static_cast<uint64_t*>(vm->alloc(ht, 1, ht->size));
  if (!hdr) return nullptr;
  hdr[kSeed] = seed;
  uint64_t cap = 8;
  if (hint > (uint64_t(1) << 24)) hint = uint64_t(1) << 24;  // a hint, not a promise
  while (max_load(cap) < hint) cap *= 2;
  vm->pin(hdr);  // allocating the table may collect
  bool ok = rebuild(vm, mi, hdr, cap);
  vm->unpin();
  return ok ? hdr : nullptr;
}

uint8_t* lookup(const MapInfo& mi, uint64_t* hdr, const uint64_t* key, const TypeInfo** bad) {
  if (!hdr || hdr[kCount] == 0) {
    if (mi.key_kind == KeyKind::general)
      hash_key(mi, key, 0, bad);  // an unhashable key panics even on an empty map
    return nullptr;
  }
  uint64_t h = hash_key(mi, key, hdr[kSeed], bad);
  if (*bad) return nullptr;
  uint64_t i = find_key(mi, hdr, key, h);
  return i == kNone ? nullptr : ptr(hdr[kTable]) + i * mi.entry_size + mi.val_off;
}

uint8_t* assign(VM* vm, const MapInfo& mi, uint64_t* hdr, const uint64_t* key,
                const TypeInfo** bad) {
  uint64_t h = hash_key(mi, key, hdr[kSeed], bad);
  if (*bad) return nullptr;
  uint64_t i = hdr[kCount] ? find_key(mi, hdr, key, h) : kNone;
  if (i != kNone) return ptr(hdr[kTable]) + i * mi.entry_size + mi.val_off;
  i = find_free(hdr, h);
  if (ptr(hdr[kCtrl])[i] == kEmpty && hdr[kGrowthLeft] == 0) {
    // Double when more than half the maximum load is live, else only
    // the tombstones go.
    uint64_t cap = hdr[kCap];
    if ((hdr[kCount] + 1) * 2 > max_load(cap)) cap *= 2;
    if (!rebuild(vm, mi, hdr, cap)) return nullptr;
    i = find_free(hdr, h);
  }
  uint8_t* ctrl = ptr(hdr[kCtrl]);
  if (ctrl[i] == kEmpty) hdr[kGrowthLeft]--;
  ctrl[i] = uint8_t(h & 0x7F);
  uint8_t* e = ptr(hdr[kTable]) + i * mi.entry_size;  // zero, as free entries are
  std::memcpy(e, key, mi.key_size);
  hdr[kCount]++;
  return e + mi.val_off;
}

void remove(const MapInfo& mi, uint64_t* hdr, const uint64_t* key, const TypeInfo** bad) {
  if (!hdr || hdr[kCount] == 0) {
    if (mi.key_kind == KeyKind::general) hash_key(mi, key, 0, bad);
    return;
  }
  uint64_t h = hash_key(mi, key, hdr[kSeed], bad);
  if (*bad) return;
  uint64_t i = find_key(mi, hdr, key, h);
  if (i == kNone) return;
  // Free entries are zero: no stale references for the collector, and
  // assign need not clear them.
  std::memset(ptr(hdr[kTable]) + i * mi.entry_size, 0, mi.entry_size);
  uint8_t* ctrl = ptr(hdr[kCtrl]);
  if (match_empty(group(ctrl, i / 8))) {
    ctrl[i] = kEmpty;
    hdr[kGrowthLeft]++;
  } else {
    ctrl[i] = kDeleted;
  }
  hdr[kCount]--;
}

void clear(const MapInfo& mi, uint64_t* hdr) {
  if (!hdr || hdr[kCap] == 0) return;
  std::memset(ptr(hdr[kTable]), 0, size_t(hdr[kCap] * mi.entry_size));
  std::memset(ptr(hdr[kCtrl]), kEmpty, size_t(hdr[kCap]));
  hdr[kCount] = 0;
  hdr[kGrowthLeft] = max_load(hdr[kCap]);
}

}  // namespace gopark::interp::gomap
