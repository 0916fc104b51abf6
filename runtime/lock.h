// lock.h - the runtime's own short-term lock and one-shot notes.
//
// Lock guards small runtime structures (a channel, a semaphore bucket, the
// scheduler's idle lists). It is held for a bounded, short time and never
// across a park, except for the park hand-off: a G that parks may leave a lock
// held for the scheduler to release once the G's state is saved (see G::park
// in g.h). It spins briefly, then sleeps on a futex.
//
// Note is a one-shot event an M sleeps on when it has nothing to run.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/platform/platform.h"

namespace gopark::rt {

class Lock {
 public:
  void lock() {
    uint32_t c = 0;
    if (state_.compare_exchange_strong(c, 1, std::memory_order_acquire)) return;
    lock_slow();
  }
  bool try_lock() {
    uint32_t c = 0;
    return state_.compare_exchange_strong(c, 1, std::memory_order_acquire);
  }
  void unlock() {
    if (state_.exchange(0, std::memory_order_release) == 2) platform::futex_wake(&state_, 1);
  }

 private:
  void lock_slow();
  // 0 unlocked, 1 locked, 2 locked with possible sleepers.
  std::atomic<uint32_t> state_{0};
};

class LockGuard {
 public:
  explicit LockGuard(Lock& l) : l_(l) { l_.lock(); }
  ~LockGuard() { l_.unlock(); }
  LockGuard(const LockGuard&) = delete;
  LockGuard& operator=(const LockGuard&) = delete;

 private:
  Lock& l_;
};

// A Note is cleared, then one thread sleeps on it until another wakes it.
// wakeup before sleep is not lost: sleep returns at once.
class Note {
 public:
  void clear() { key_.store(0, std::memory_order_relaxed); }
  void wakeup() {
    if (key_.exchange(1, std::memory_order_release) == 0) platform::futex_wake(&key_, 1);
  }
  // Returns true if woken, false on timeout. timeout_ns < 0 waits forever.
  bool sleep(int64_t timeout_ns);

 private:
  std::atomic<uint32_t> key_{0};
};

}  // namespace gopark::rt
