// sema.cc - semaphore table and notify lists.
#include "runtime/sema.h"

#include "runtime/sched.h"

namespace gopark::rt {

namespace {

bool cansemacquire(std::atomic<uint32_t>* addr) {
  uint32_t v = addr->load(std::memory_order_acquire);
  while (v > 0) {
    if (addr->compare_exchange_weak(v, v - 1, std::memory_order_acq_rel)) return true;
  }
  return false;
}

void list_remove(Sudog*& head, Sudog*& tail, Sudog* s) {
  if (s->prev)
    s->prev->next = s->next;
  else
    head = s->next;
  if (s->next)
    s->next->prev = s->prev;
  else
    tail = s->prev;
  s->next = s->prev = nullptr;
}

void list_push(Sudog*& head, Sudog*& tail, Sudog* s, bool front) {
  if (front) {
    s->prev = nullptr;
    s->next = head;
    if (head)
      head->prev = s;
    else
      tail = s;
    head = s;
  } else {
    s->next = nullptr;
    s->prev = tail;
    if (tail)
      tail->next = s;
    else
      head = s;
    tail = s;
  }
}

bool unlock_root(G*, void* arg) {
  static_cast<SemaRoot*>(arg)->lock.unlock();
  return true;
}

bool unlock_notify(G*, void* arg) {
  static_cast<NotifyList*>(arg)->lock.unlock();
  return true;
}

}  // namespace

Step semacquire(G* g, std::atomic<uint32_t>* addr, bool lifo, WaitReason reason, ObjKind kind,
                const void* obj) {
  if (g->reentry) {
    g->reentry = false;
    g->wait_kind = ObjKind::none;
    if (g->sudog.ticket == 1 || cansemacquire(addr)) return Step::done;
    lifo = true;  // woken but beaten to it: wait again at the front
  } else if (cansemacquire(addr)) {
    return Step::done;
  }
  SemaRoot* root = g->sched->semas().root_of(addr);
  root->lock.lock();
  root->nwait.fetch_add(1);
  if (cansemacquire(addr)) {
    root->nwait.fetch_sub(1);
    root->lock.unlock();
    return Step::done;
  }
  Sudog* s = &g->sudog;
  s->g = g;
  s->key = addr;
  s->ticket = 0;
  s->elem = nullptr;
  s->is_select = false;
  list_push(root->head, root->tail, s, lifo);
  g->waitreason = reason;
  g->wait_kind = kind;
  g->wait_obj = obj;
  g->reentry = true;
  g->unlockf = unlock_root;
  g->unlock_arg = root;
  return Step::park;
}

bool semrelease(Sched* sched, std::atomic<uint32_t>* addr, bool handoff) {
  SemaRoot* root = sched->semas().root_of(addr);
  addr->fetch_add(1, std::memory_order_acq_rel);
  if (root->nwait.load(std::memory_order_acquire) == 0) return false;
  root->lock.lock();
  if (root->nwait.load() == 0) {
    root->lock.unlock();
    return false;
  }
  Sudog* s = root->head;
  while (s && s->key != addr) s = s->next;
  if (s) {
    list_remove(root->head, root->tail, s);
    root->nwait.fetch_sub(1);
  }
  root->lock.unlock();
  if (!s) return false;
  bool handed = handoff && cansemacquire(addr);
  if (handed) s->ticket = 1;
  sched->ready(s->g);
  return handed;
}

int sema_waiters(Sched* s, std::atomic<uint32_t>* addr, uint64_t* goids, int max) {
  SemaRoot* root = s->semas().root_of(addr);
  if (root->nwait.load() == 0) return 0;
  LockGuard l(root->lock);
  int n = 0;
  for (Sudog* s = root->head; s; s = s->next) {
    if (s->key != addr) continue;
    if (n < max) goids[n] = s->g->goid;
    n++;
  }
  return n;
}

uint32_t notify_list_add(NotifyList* l) {
  return l->wait.fetch_add(1, std::memory_order_acq_rel);
}

Step notify_list_wait(G* g, NotifyList* l, uint32_t ticket, const void* obj) {
  if (g->reentry) {
    g->reentry = false;
    g->wait_kind = ObjKind::none;
    return Step::done;
  }
  l->lock.lock();
  // Already notified? (ticket < notify, in wrap-around arithmetic)
  if (int32_t(ticket - l->notify.load(std::memory_order_relaxed)) < 0) {
    l->lock.unlock();
    return Step::done;
  }
  Sudog* s = &g->sudog;
  s->g = g;
  s->ticket = ticket;
  s->key = l;
  list_push(l->head, l->tail, s, false);
  g->waitreason = WaitReason::sync_cond_wait;
  g->wait_kind = ObjKind::cond;
  g->wait_obj = obj;
  g->reentry = true;
  g->unlockf = unlock_notify;
  g->unlock_arg = l;
  return Step::park;
}

void notify_list_notify_all(Sched* sched, NotifyList* l) {
  if (l->wait.load(std::memory_order_acquire) == l->notify.load(std::memory_order_acquire)) return;
  l->lock.lock();
  Sudog* s = l->head;
  l->head = l->tail = nullptr;
  l->notify.store(l->wait.load(std::memory_order_acquire), std::memory_order_release);
  l->lock.unlock();
  while (s) {
    Sudog* next = s->next;
    s->next = s->prev = nullptr;
    sched->ready(s->g);
    s = next;
  }
}

void notify_list_notify_one(Sched* sched, NotifyList* l) {
  if (l->wait.load(std::memory_order_acquire) == l->notify.load(std::memory_order_acquire)) return;
  l->lock.lock();
  uint32_t t = l->notify.load(std::memory_order_relaxed);
  if (t == l->wait.load(std::memory_order_acquire)) {
    l->lock.unlock();
    return;
  }
  l->notify.store(t + 1, std::memory_order_release);
  // The waiter holding ticket t may not have enqueued yet; then it will see
  // its ticket notified and not park.
  for (Sudog* s = l->head; s; s = s->next) {
    if (s->ticket == t) {
      list_remove(l->head, l->tail, s);
      l->lock.unlock();
      sched->ready(s->g);
      return;
    }
  }
  l->lock.unlock();
}

}  // namespace gopark::rt
