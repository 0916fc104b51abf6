// sema.h - runtime semaphores and notify lists, the base of package sync.
//
// A semaphore is any uint32 counter; waiters are kept in a table keyed by
// the counter's address (so sync objects stay plain data, as in Go).
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

class SemaTable;

// Step protocol (g.h). reason/kind/obj describe the wait for dumps and panels.
Step semacquire(G* g, std::atomic<uint32_t>* addr, bool lifo, WaitReason reason, ObjKind kind,
                const void* obj);
// Returns true when handoff gave the semaphore to a waiter.
bool semrelease(Sched* s, std::atomic<uint32_t>* addr, bool handoff);
// Number of Gs waiting on addr (for snapshots; takes the bucket lock).
int sema_waiters(std::atomic<uint32_t>* addr, uint64_t* goids, int max);

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
