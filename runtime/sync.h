// sync.h - Mutex, RWMutex, WaitGroup and Cond as plain data plus operations
// in the Step protocol (g.h), following Go's package sync.
//
// Each object embeds a SyncObj so the state panel can list it; registering
// is the owner's choice (the C++ API registers in constructors, the
// interpreter on first contention). Go's messages are kept: unlocking an
// unlocked Mutex is a fatal error, a negative WaitGroup counter a panic.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/g.h"
#include "runtime/object.h"
#include "runtime/sema.h"

namespace gopark::rt {

struct Mutex : SyncObj {
  Mutex() { kind = ObjKind::mutex; }
  // bit 0 locked, bit 1 a woken waiter is running, bit 2 starving;
  // the rest counts waiters.
  std::atomic<int32_t> state{0};
  std::atomic<uint32_t> sema{0};
  std::atomic<uint64_t> owner{0};  // goid of the holder, for the panel (0: none)
};

// Step::panic with G::panic_text and a fatal flag in G::op_flags (bit 0)
// for Go's unrecoverable "fatal error: sync: unlock of unlocked mutex".
constexpr uint32_t kOpFatal = 1;

Step mutex_lock(G* g, Mutex* m);
bool mutex_try_lock(G* g, Mutex* m);
Step mutex_unlock(G* g, Mutex* m);

struct RWMutex : SyncObj {
  RWMutex() {
    kind = ObjKind::rwmutex;
    w.kind = ObjKind::mutex;
  }
  Mutex w;  // held by writers
  std::atomic<uint32_t> writer_sem{0};
  std::atomic<uint32_t> reader_sem{0};
  std::atomic<int32_t> reader_count{0};  // pending readers; < 0 while a writer is pending
  std::atomic<int32_t> reader_wait{0};   // departing readers a writer waits for
};

Step rwmutex_rlock(G* g, RWMutex* rw);
bool rwmutex_try_rlock(G* g, RWMutex* rw);
Step rwmutex_runlock(G* g, RWMutex* rw);
Step rwmutex_lock(G* g, RWMutex* rw);
bool rwmutex_try_lock(G* g, RWMutex* rw);
Step rwmutex_unlock(G* g, RWMutex* rw);

struct WaitGroup : SyncObj {
  WaitGroup() { kind = ObjKind::waitgroup; }
  std::atomic<uint64_t> state{0};  // high 32: counter, low 32: waiters
  std::atomic<uint32_t> sema{0};
};

Step waitgroup_add(G* g, WaitGroup* wg, int64_t delta);
Step waitgroup_wait(G* g, WaitGroup* wg);
int32_t waitgroup_counter(const WaitGroup* wg);

struct Cond : SyncObj {
  Cond() { kind = ObjKind::cond; }
  NotifyList notify;
};

}  // namespace gopark::rt
