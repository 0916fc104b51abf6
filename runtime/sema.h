// sema.h - runtime semaphores and notify lists, the base of package sync.
//
// A semaphore is any uint32 counter; waiters are kept in a table keyed by
// the counter's address (so sync objects stay plain data, as in Go). Each
// Sched owns its table: a run that ends with goroutines still waiting (a
// deadlock, main returning, Stop) must leave nothing behind for the next run
// in the same process, which in a browser tab or a warm runner is the usual
// case - a shared table once handed a new run's WaitGroup the sudog of a
// dead run's goroutine at the same address.
// semacquire waits until the counter is > 0 and decrements it; semrelease
// increments it and wakes one waiter. With handoff, the released unit goes
// straight to the first waiter (Mutex starvation mode).
//
// A notify list is the ticket queue behind sync.Cond: add() takes a ticket
// before the Locker is released, wait() parks unless the ticket was already
// notified, so a Signal between Unlock and park is never lost.
#pragma once

#include <atomic>
#include <cstdint>

#include "runtime/g.h"
#include "runtime/lock.h"

namespace gopark::rt {

// One bucket of waiters. Guarded by lock; nwait is read without it to skip
// the lock on an uncontended release.
struct alignas(64) SemaRoot {
  Lock lock;
  Sudog* head = nullptr;  // waiters of every address hashing here, FIFO
  Sudog* tail = nullptr;
  std::atomic<uint32_t> nwait{0};
};

struct SemaTable {
  static constexpr int kSize = 251;
  SemaRoot roots[kSize];
  SemaRoot* root_of(const void* addr) {
    return &roots[(reinterpret_cast<uintptr_t>(addr) >> 3) % kSize];
  }
};

// Step protocol (g.h). reason/kind/obj describe the wait for dumps and panels.
Step semacquire(G* g, std::atomic<uint32_t>* addr, bool lifo, WaitReason reason, ObjKind kind,
                const void* obj);
// Returns true when handoff gave the semaphore to a waiter.
bool semrelease(Sched* s, std::atomic<uint32_t>* addr, bool handoff);
// Number of Gs waiting on addr (for snapshots; takes the bucket lock).
int sema_waiters(Sched* s, std::atomic<uint32_t>* addr, uint64_t* goids, int max);

struct NotifyList {
  std::atomic<uint32_t> wait{0};    // next ticket to hand out
  Lock lock;                        // guards head, tail and writes of notify
  std::atomic<uint32_t> notify{0};  // next ticket to notify (read racily on the fast path)
  Sudog* head = nullptr;
  Sudog* tail = nullptr;
};

uint32_t notify_list_add(NotifyList* l);
Step notify_list_wait(G* g, NotifyList* l, uint32_t ticket, const void* obj);
void notify_list_notify_one(Sched* s, NotifyList* l);
void notify_list_notify_all(Sched* s, NotifyList* l);

}  // namespace gopark::rt
