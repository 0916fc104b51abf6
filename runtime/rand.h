// rand.h - the runtime's seedable random source (wyrand).
//
// Every random choice the runtime makes (select poll order, steal victims,
// map seeds handed to the interpreter) draws from a FastRand owned by a P,
// seeded from the run's seed and the P's id. One P + a fixed seed + the
// virtual clock makes a run reproducible.
#pragma once

#include <cstdint>

namespace gopark::rt {

class FastRand {
 public:
  void seed(uint64_t s) { state_ = s; }
  uint64_t next() {
    state_ += 0xa0761d6478bd642full;
    __uint128_t m = __uint128_t(state_) * (state_ ^ 0xe7037ed1a0b428dbull);
    return uint64_t(m >> 64) ^ uint64_t(m);
  }
  // Uniform in [0, n), n > 0 (Lemire's multiply-shift; bias is negligible
  // for the small n the runtime uses).
  uint32_t below(uint32_t n) { return uint32_t((uint64_t(uint32_t(next())) * n) >> 32); }

 private:
  uint64_t state_ = 0;
};

// Mixes a seed with a stream number, so each P gets an independent stream.
inline uint64_t mix_seed(uint64_t seed, uint64_t stream) {
  uint64_t z = seed + 0x9e3779b97f4a7c15ull * (stream + 1);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

}  // namespace gopark::rt
