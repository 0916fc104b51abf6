// sync.cc - package sync's Mutex, RWMutex, WaitGroup and Cond over the
// runtime's implementations (runtime/sync.h, sema.h). The Go values hold
// no state of their own that matters: the VM keeps a runtime object per
// address (VM::sync_obj), so the zero value works and the state panel
// sees every lock.
#include "interp/vm.h"
#include "runtime/sched.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;
using rt::ObjKind;
using rt::Step;

namespace {

template <class T>
T* obj(NativeCall& c, ObjKind kind) {
  if (!c.R[0]) {
    c.panic = "runtime error: invalid memory address or nil pointer dereference";
    return nullptr;
  }
  return static_cast<T*>(c.vm->sync_obj(c.g, c.R[0], kind));
}

// The result of a runtime operation, as a native's return value.
bool step(NativeCall& c, Step st) {
  if (st == Step::done) return true;
  if (st == Step::yield) {
    c.yield = true;
    return true;
  }
  if (st == Step::park) {
    c.park = true;
    return false;
  }
  c.panic = c.g->panic_text ? c.g->panic_text : "sync: misuse";
  c.fatal = (c.g->op_flags & rt::kOpFatal) != 0;
  c.g->op_flags &= ~rt::kOpFatal;
  return false;
}

bool mutex_lock(NativeCall& c) {
  auto* m = obj<rt::Mutex>(c, ObjKind::mutex);
  return m && step(c, rt::mutex_lock(c.g, m));
}
bool mutex_try_lock(NativeCall& c) {
  auto* m = obj<rt::Mutex>(c, ObjKind::mutex);
  if (!m) return false;
  c.R[0] = rt::mutex_try_lock(c.g, m);
  return true;
}
bool mutex_unlock(NativeCall& c) {
  auto* m = obj<rt::Mutex>(c, ObjKind::mutex);
  return m && step(c, rt::mutex_unlock(c.g, m));
}

bool rw_lock(NativeCall& c) {
  auto* rw = obj<rt::RWMutex>(c, ObjKind::rwmutex);
  return rw && step(c, rt::rwmutex_lock(c.g, rw));
}
bool rw_try_lock(NativeCall& c) {
  auto* rw = obj<rt::RWMutex>(c, ObjKind::rwmutex);
  if (!rw) return false;
  c.R[0] = rt::rwmutex_try_lock(c.g, rw);
  return true;
}
bool rw_unlock(NativeCall& c) {
  auto* rw = obj<rt::RWMutex>(c, ObjKind::rwmutex);
  return rw && step(c, rt::rwmutex_unlock(c.g, rw));
}
bool rw_rlock(NativeCall& c) {
  auto* rw = obj<rt::RWMutex>(c, ObjKind::rwmutex);
  return rw && step(c, rt::rwmutex_rlock(c.g, rw));
}
bool rw_try_rlock(NativeCall& c) {
  auto* rw = obj<rt::RWMutex>(c, ObjKind::rwmutex);
  if (!rw) return false;
  c.R[0] = rt::rwmutex_try_rlock(c.g, rw);
  return true;
}
bool rw_runlock(NativeCall& c) {
  auto* rw = obj<rt::RWMutex>(c, ObjKind::rwmutex);
  return rw && step(c, rt::rwmutex_runlock(c.g, rw));
}

// (*WaitGroup).Add(delta int)
bool wg_add(NativeCall& c) {
  auto* wg = obj<rt::WaitGroup>(c, ObjKind::waitgroup);
  return wg && step(c, rt::waitgroup_add(c.g, wg, int64_t(c.R[1])));
}
bool wg_wait(NativeCall& c) {
  auto* wg = obj<rt::WaitGroup>(c, ObjKind::waitgroup);
  return wg && step(c, rt::waitgroup_wait(c.g, wg));
}

// condAdd(c *Cond) uint32: a ticket, taken before c.L is unlocked so a
// Signal in between is not lost.
bool cond_add(NativeCall& c) {
  auto* cv = obj<rt::Cond>(c, ObjKind::cond);
  if (!cv) return false;
  c.R[0] = rt::notify_list_add(&cv->notify);
  return true;
}
// condWait(c *Cond, ticket uint32)
bool cond_wait(NativeCall& c) {
  auto* cv = obj<rt::Cond>(c, ObjKind::cond);
  return cv && step(c, rt::notify_list_wait(c.g, &cv->notify, uint32_t(c.R[1]), cv));
}
bool cond_signal(NativeCall& c) {
  auto* cv = obj<rt::Cond>(c, ObjKind::cond);
  if (!cv) return false;
  rt::notify_list_notify_one(c.g->sched, &cv->notify);
  return true;
}
bool cond_broadcast(NativeCall& c) {
  auto* cv = obj<rt::Cond>(c, ObjKind::cond);
  if (!cv) return false;
  rt::notify_list_notify_all(c.g->sched, &cv->notify);
  return true;
}

}  // namespace

void register_sync_natives() {
  using interp::register_native;
  register_native("sync.(*Mutex).Lock", mutex_lock);
  register_native("sync.(*Mutex).TryLock", mutex_try_lock);
  register_native("sync.(*Mutex).Unlock", mutex_unlock);
  register_native("sync.(*RWMutex).Lock", rw_lock);
  register_native("sync.(*RWMutex).TryLock", rw_try_lock);
  register_native("sync.(*RWMutex).Unlock", rw_unlock);
  register_native("sync.(*RWMutex).RLock", rw_rlock);
  register_native("sync.(*RWMutex).TryRLock", rw_try_rlock);
  register_native("sync.(*RWMutex).RUnlock", rw_runlock);
  register_native("sync.(*WaitGroup).Add", wg_add);
  register_native("sync.(*WaitGroup).Wait", wg_wait);
  register_native("sync.condAdd", cond_add);
  register_native("sync.condWait", cond_wait);
  register_native("sync.condSignal", cond_signal);
  register_native("sync.condBroadcast", cond_broadcast);
}

}  // namespace gopark::stdlib
