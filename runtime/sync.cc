// sync.cc - Mutex, RWMutex and WaitGroup.
//
// Mutex follows Go's two modes. Normal: a woken waiter competes with newly
// arriving Gs (which usually win: they are already running), and retries.
// Starvation: entered when a waiter has waited over 1 ms; Unlock hands the
// lock straight to the first waiter, and newcomers queue at the back. The
// last waiter, or one that waited under 1 ms, switches back to normal.
//
// Operations are written to be re-entered after a park (g.h): the state a
// loop carries across a park lives in G::op_time / G::op_flags / G::op_stage.
#include "runtime/sync.h"

#include "runtime/sched.h"

namespace gopark::rt {

namespace {
constexpr int32_t kLocked = 1;
constexpr int32_t kWoken = 2;
constexpr int32_t kStarving = 4;
constexpr int kWaiterShift = 3;
constexpr int64_t kStarvationThresholdNs = 1000000;
constexpr int32_t kRWMaxReaders = 1 << 30;

constexpr uint32_t kFlagStarving = 2;  // in G::op_flags while in mutex_lock

Step fatal(G* g, const char* text) {
  g->panic_text = text;
  g->op_flags |= kOpFatal;
  return Step::panic;
}

bool can_spin(Sched* s, int iter) {
  // Spin only where another thread can release the lock meanwhile (a
  // multicore host with threads and more than one P), and only briefly.
  return iter < 4 && platform::kThreads && s->gomaxprocs() > 1 && platform::num_cpu() > 1;
}
}  // namespace

bool mutex_try_lock(G* g, Mutex* m) {
  int32_t old = m->state.load(std::memory_order_relaxed);
  if (old & (kLocked | kStarving)) return false;
  if (!m->state.compare_exchange_strong(old, old | kLocked, std::memory_order_acquire))
    return false;
  m->owner.store(g->goid, std::memory_order_relaxed);
  return true;
}

// After a waiter is woken from the semaphore: returns true if the mutex was
// handed to it (starvation mode), updating `starving`.
static bool mutex_woken(G* g, Mutex* m, int64_t wait_start, bool& starving) {
  starving = starving || g->sched->nanotime() - wait_start > kStarvationThresholdNs;
  int32_t old = m->state.load(std::memory_order_relaxed);
  if (!(old & kStarving)) return false;
  int32_t delta = int32_t(kLocked - (1 << kWaiterShift));
  // Leave starvation mode if we were the last waiter or did not wait long.
  if (!starving || (old >> kWaiterShift) == 1) delta -= kStarving;
  m->state.fetch_add(delta, std::memory_order_acq_rel);
  return true;
}

Step mutex_lock(G* g, Mutex* m) {
  int64_t wait_start = 0;
  bool starving = false, awoke = false;
  int iter = 0;
  int32_t old;
  if (g->reentry) {
    wait_start = g->op_time;
    starving = g->op_flags & kFlagStarving;
    Step st = semacquire(g, &m->sema, true, WaitReason::sync_mutex_lock, ObjKind::mutex, m);
    if (st != Step::done) return st;
    if (mutex_woken(g, m, wait_start, starving)) goto acquired;
    awoke = true;
  } else {
    int32_t zero = 0;
    if (m->state.compare_exchange_strong(zero, kLocked, std::memory_order_acquire)) goto acquired;
  }
  old = m->state.load(std::memory_order_relaxed);
  for (;;) {
    // Spin while locked in normal mode: the holder may release soon.
    if ((old & (kLocked | kStarving)) == kLocked && can_spin(g->sched, iter)) {
      if (!awoke && !(old & kWoken) && (old >> kWaiterShift) != 0 &&
          m->state.compare_exchange_strong(old, old | kWoken))
        awoke = true;
      for (int i = 0; i < 30; i++) platform::cpu_relax();
      iter++;
      old = m->state.load(std::memory_order_relaxed);
      continue;
    }
    int32_t nw = old;
    if (!(old & kStarving)) nw |= kLocked;  // don't grab a starving mutex: queue
    if (old & (kLocked | kStarving)) nw += 1 << kWaiterShift;
    if (starving && (old & kLocked)) nw |= kStarving;
    if (awoke) nw &= ~kWoken;
    if (m->state.compare_exchange_strong(old, nw, std::memory_order_acq_rel)) {
      if ((old & (kLocked | kStarving)) == 0) break;  // locked it
      bool lifo = wait_start != 0;
      if (wait_start == 0) wait_start = g->sched->nanotime();
      g->op_time = wait_start;
      g->op_flags = starving ? kFlagStarving : 0;
      Step st = semacquire(g, &m->sema, lifo, WaitReason::sync_mutex_lock, ObjKind::mutex, m);
      if (st != Step::done) return st;
      if (mutex_woken(g, m, wait_start, starving)) break;
      awoke = true;
      iter = 0;
      old = m->state.load(std::memory_order_relaxed);
    }
  }
acquired:
  g->op_flags = 0;
  m->owner.store(g->goid, std::memory_order_relaxed);
  return Step::done;
}

Step mutex_unlock(G* g, Mutex* m) {
  m->owner.store(0, std::memory_order_relaxed);
  int32_t nw = m->state.fetch_sub(kLocked, std::memory_order_acq_rel) - kLocked;
  if (nw == 0) return Step::done;
  if (((nw + kLocked) & kLocked) == 0) {
    m->state.fetch_add(kLocked);  // undo, so a dump shows the state as it was
    return fatal(g, "sync: unlock of unlocked mutex");
  }
  if (!(nw & kStarving)) {
    int32_t old = nw;
    for (;;) {
      // Nobody to wake, or someone already woken/locking: done.
      if ((old >> kWaiterShift) == 0 || (old & (kLocked | kWoken | kStarving))) return Step::done;
      int32_t n2 = (old - (1 << kWaiterShift)) | kWoken;
      if (m->state.compare_exchange_strong(old, n2, std::memory_order_acq_rel)) {
        semrelease(g->sched, &m->sema, false);
        return Step::done;
      }
    }
  }
  // Starving: hand off to the first waiter and let it run at once, before
  // this goroutine can come back for the lock (it would have to queue
  // behind, keeping the mutex in starvation mode for good).
  return semrelease(g->sched, &m->sema, true) ? Step::yield : Step::done;
}

// ---- RWMutex ----

Step rwmutex_rlock(G* g, RWMutex* rw) {
  if (g->reentry)
    return semacquire(g, &rw->reader_sem, false, WaitReason::sync_rwmutex_rlock, ObjKind::rwmutex,
                      rw);
  if (rw->reader_count.fetch_add(1, std::memory_order_acq_rel) + 1 < 0) {
    // A writer is pending: wait for it.
    return semacquire(g, &rw->reader_sem, false, WaitReason::sync_rwmutex_rlock, ObjKind::rwmutex,
                      rw);
  }
  return Step::done;
}

bool rwmutex_try_rlock(G*, RWMutex* rw) {
  int32_t c = rw->reader_count.load(std::memory_order_relaxed);
  while (c >= 0) {
    if (rw->reader_count.compare_exchange_weak(c, c + 1, std::memory_order_acq_rel)) return true;
  }
  return false;
}

Step rwmutex_runlock(G* g, RWMutex* rw) {
  int32_t r = rw->reader_count.fetch_sub(1, std::memory_order_acq_rel) - 1;
  if (r < 0) {
    if (r + 1 == 0 || r + 1 == -kRWMaxReaders) {
      rw->reader_count.fetch_add(1);
      return fatal(g, "sync: RUnlock of unlocked RWMutex");
    }
    // A writer is pending: the last departing reader lets it in.
    if (rw->reader_wait.fetch_sub(1, std::memory_order_acq_rel) - 1 == 0)
      semrelease(g->sched, &rw->writer_sem, false);
  }
  return Step::done;
}

Step rwmutex_lock(G* g, RWMutex* rw) {
  // op_stage: 0 fresh, 1 parked in w.Lock, 2 parked waiting for readers.
  if (g->op_stage == 2) {
    Step st =
        semacquire(g, &rw->writer_sem, false, WaitReason::sync_rwmutex_lock, ObjKind::rwmutex, rw);
    if (st == Step::done) g->op_stage = 0;
    return st;
  }
  Step st = mutex_lock(g, &rw->w);
  if (st != Step::done) {
    // Waiting behind another writer: show the RWMutex, not its inner Mutex.
    g->waitreason = WaitReason::sync_rwmutex_lock;
    g->wait_kind = ObjKind::rwmutex;
    g->wait_obj = rw;
    g->op_stage = 1;
    return st;
  }
  rw->w.owner.store(g->goid, std::memory_order_relaxed);
  // Announce the writer to readers, then wait for the active ones.
  int32_t r = rw->reader_count.fetch_sub(kRWMaxReaders, std::memory_order_acq_rel);
  if (r != 0 && rw->reader_wait.fetch_add(r, std::memory_order_acq_rel) + r != 0) {
    st = semacquire(g, &rw->writer_sem, false, WaitReason::sync_rwmutex_lock, ObjKind::rwmutex, rw);
    g->op_stage = st == Step::park ? 2 : 0;
    return st;
  }
  g->op_stage = 0;
  return Step::done;
}

bool rwmutex_try_lock(G* g, RWMutex* rw) {
  if (!mutex_try_lock(g, &rw->w)) return false;
  int32_t zero = 0;
  if (!rw->reader_count.compare_exchange_strong(zero, -kRWMaxReaders, std::memory_order_acq_rel)) {
    mutex_unlock(g, &rw->w);
    return false;
  }
  return true;
}

Step rwmutex_unlock(G* g, RWMutex* rw) {
  int32_t r = rw->reader_count.fetch_add(kRWMaxReaders, std::memory_order_acq_rel) + kRWMaxReaders;
  if (r >= kRWMaxReaders) {
    rw->reader_count.fetch_sub(kRWMaxReaders);
    return fatal(g, "sync: Unlock of unlocked RWMutex");
  }
  for (int32_t i = 0; i < r; i++) semrelease(g->sched, &rw->reader_sem, false);
  return mutex_unlock(g, &rw->w);
}

// ---- WaitGroup ----

int32_t waitgroup_counter(const WaitGroup* wg) {
  return int32_t(wg->state.load(std::memory_order_relaxed) >> 32);
}

Step waitgroup_add(G* g, WaitGroup* wg, int64_t delta) {
  uint64_t state = wg->state.fetch_add(uint64_t(delta) << 32, std::memory_order_acq_rel) +
                   (uint64_t(delta) << 32);
  int32_t v = int32_t(state >> 32);
  uint32_t w = uint32_t(state);
  if (v < 0) {
    g->panic_text = "sync: negative WaitGroup counter";
    return Step::panic;
  }
  if (w != 0 && delta > 0 && v == int32_t(delta)) {
    g->panic_text = "sync: WaitGroup misuse: Add called concurrently with Wait";
    return Step::panic;
  }
  if (v > 0 || w == 0) return Step::done;
  // Counter reached zero with waiters: reset and release them all.
  if (wg->state.load(std::memory_order_acquire) != state) {
    g->panic_text = "sync: WaitGroup misuse: Add called concurrently with Wait";
    return Step::panic;
  }
  wg->state.store(0, std::memory_order_release);
  for (; w != 0; w--) semrelease(g->sched, &wg->sema, false);
  return Step::done;
}

Step waitgroup_wait(G* g, WaitGroup* wg) {
  if (g->reentry)
    return semacquire(g, &wg->sema, false, WaitReason::sync_waitgroup_wait, ObjKind::waitgroup, wg);
  uint64_t state = wg->state.load(std::memory_order_acquire);
  for (;;) {
    if ((state >> 32) == 0) return Step::done;
    if (wg->state.compare_exchange_weak(state, state + 1, std::memory_order_acq_rel))
      return semacquire(g, &wg->sema, false, WaitReason::sync_waitgroup_wait, ObjKind::waitgroup,
                        wg);
  }
}

}  // namespace gopark::rt
