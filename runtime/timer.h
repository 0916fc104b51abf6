// timer.h - timers: one heap of pending Timers ordered by `when`.
//
// A Timer is owned by whoever embeds it (a sleeping G, a Go time.Timer, a
// context deadline). While pending it sits in the heap; when due, an M that
// holds a P runs its callback with the heap lock held, so a concurrent stop()
// or reset() either happens before the firing or after it, never during.
// Callbacks must be short and must not touch timers: they ready a G, or do a
// non-blocking send on a channel, or spawn a G. A periodic timer (Ticker) is
// re-armed by the heap itself.
//
// Time is the scheduler's nanotime(): monotonic from the start of the run, or
// the virtual clock, which stands still while any G can run and jumps to the
// next timer when every G is blocked (Sched::find_runnable).
#pragma once

#include <atomic>
#include <climits>
#include <cstdint>
#include <vector>

#include "runtime/lock.h"

namespace gopark::rt {

class Sched;

struct Timer {
  int64_t when = 0;
  int64_t period = 0;  // > 0: fires again every period
  void (*f)(Timer* t, int64_t now) = nullptr;
  void* arg = nullptr;
  // Called for a timer still pending when the run ends, if the heap owns it
  // (time.After's timers have no other owner). Null: the owner frees it.
  void (*orphaned)(Timer* t) = nullptr;
  int32_t index = -1;  // heap position while pending, else -1; guarded by Timers::lock_
  uint64_t seq = 0;    // ties broken by insertion order
};

struct Timers {
  explicit Timers(Sched* s) : sched(s) {}
  ~Timers();
  // Arms t to fire at `when` (and every period after). t must not be pending.
  void add(Timer* t, int64_t when, int64_t period = 0);
  // Disarms t. Returns true if it was pending (so it will not fire).
  bool stop(Timer* t);
  // Re-arms t. Returns true if it was pending before.
  bool reset(Timer* t, int64_t when, int64_t period = 0);
  // Runs every timer due at `now`. Returns true if any ran.
  bool run(int64_t now);
  // When the earliest timer is due, or INT64_MAX.
  int64_t next() const { return next_.load(std::memory_order_acquire); }
  size_t pending();
  // Whether t is pending. Once false, t is not firing either: firings run
  // with lock_ held.
  bool pending(const Timer* t);
  // The virtual clock (used only with Config::fake_time): moves forward only.
  int64_t fake_now() const { return fake_now_.load(std::memory_order_acquire); }
  void advance_fake(int64_t t) {
    int64_t cur = fake_now_.load();
    while (cur < t && !fake_now_.compare_exchange_weak(cur, t)) {
    }
  }

  Sched* sched;

 private:
  bool less(int i, int j) const;
  void up(int i);
  void down(int i);
  void remove_at(int i);
  void push(Timer* t);

  Lock lock_;  // guards heap_, seq_, and every pending Timer's fields
  std::vector<Timer*> heap_;
  uint64_t seq_ = 0;
  std::atomic<int64_t> next_{INT64_MAX};
  std::atomic<int64_t> fake_now_{0};
};

struct G;
enum class Step : uint8_t;
// Parks g for ns nanoseconds of nanotime() (Step protocol, g.h).
Step sleep(G* g, int64_t ns);

}  // namespace gopark::rt
