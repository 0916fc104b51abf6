// lock.cc - slow paths of Lock and Note.
#include "runtime/lock.h"

namespace gopark::rt {

void Lock::lock_slow() {
  // Spin a little: most runtime critical sections are a few dozen instructions.
  for (int i = 0; i < 64; i++) {
    uint32_t c = 0;
    if (state_.load(std::memory_order_relaxed) == 0 &&
        state_.compare_exchange_weak(c, 1, std::memory_order_acquire))
      return;
    platform::cpu_relax();
  }
  if (!platform::kThreads) __builtin_trap();  // one thread can never wait on itself
  // Mark contended and sleep until the holder's unlock wakes us.
  while (state_.exchange(2, std::memory_order_acquire) != 0) platform::futex_wait(&state_, 2, -1);
}

bool Note::sleep(int64_t timeout_ns) {
  if (timeout_ns < 0) {
    while (key_.load(std::memory_order_acquire) == 0) platform::futex_wait(&key_, 0, -1);
    return true;
  }
  int64_t deadline = platform::monotonic_ns() + timeout_ns;
  while (key_.load(std::memory_order_acquire) == 0) {
    int64_t left = deadline - platform::monotonic_ns();
    if (left <= 0) return false;
    platform::futex_wait(&key_, 0, left);
  }
  return true;
}

}  // namespace gopark::rt
