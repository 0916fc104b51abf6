// chan.cc - channel send, receive, close.
//
// Lock order: one channel lock at a time, except select, which takes the
// locks of all its channels in address order (select.cc). A waker copies the
// value into (or out of) the parked G's slot while holding the channel lock,
// then readies the G after unlocking.
#include "runtime/chan.h"

#include <cstdlib>
#include <cstring>
#include <new>

#include "runtime/sched.h"

namespace gopark::rt {

namespace {
constexpr int64_t kMaxChanBytes = int64_t(1) << 40;

inline char* slot(Chan* c, uint32_t i) {
  return c->buf + size_t(i) * c->et->size;
}

// Unlocks the channel once the parked G's state is saved (G::unlockf).
bool unlock_chan(G*, void* arg) {
  static_cast<Chan*>(arg)->lock.unlock();
  return true;
}

void trace_chan(Sched* s, TraceKind k, G* g, uint64_t peer, Chan* c) {
  M* m = Sched::current_m();
  s->trace().record({s->nanotime(), g ? g->goid : 0, peer, c->id, (m && m->p) ? m->p->id : -1, k});
}
}  // namespace

void elem_zero(const ElemType* et, void* p) {
  if (et->zero)
    et->zero(p);
  else
    memset(p, 0, et->size);
}

void elem_move(const ElemType* et, void* dst, void* src) {
  if (et->move) {
    et->move(dst, src);
    return;
  }
  // Word-sized values are most of what channels carry: copy them inline
  // rather than through memcpy/memset calls of variable size.
  switch (et->size) {
    case 0:
      return;
    case 8:
      memcpy(dst, src, 8);
      memset(src, 0, 8);
      return;
    case 16:
      memcpy(dst, src, 16);
      memset(src, 0, 16);
      return;
    default:
      memcpy(dst, src, et->size);
      memset(src, 0, et->size);
  }
}

// ---- wait queues ----

void WaitQ::enqueue(Sudog* s) {
  s->next = nullptr;
  s->prev = last;
  if (last)
    last->next = s;
  else
    first = s;
  last = s;
}

Sudog* WaitQ::dequeue() {
  for (;;) {
    Sudog* s = first;
    if (!s) return nullptr;
    first = s->next;
    if (first)
      first->prev = nullptr;
    else
      last = nullptr;
    s->next = s->prev = nullptr;
    if (s->is_select) {
      uint32_t zero = 0;
      if (!s->g->select_done.compare_exchange_strong(zero, 1, std::memory_order_acq_rel))
        continue;  // another case of that select already won
    }
    return s;
  }
}

void WaitQ::remove(Sudog* s) {
  if (s->prev) {
    s->prev->next = s->next;
  } else if (first == s) {
    first = s->next;
  } else {
    return;  // not queued (already dequeued by a waker)
  }
  if (s->next)
    s->next->prev = s->prev;
  else
    last = s->prev;
  s->next = s->prev = nullptr;
}

// ---- make / free ----

Chan* chan_make(Sched* s, const ElemType* et, int64_t size, const char** panic) {
  if (size < 0 || (et->size && size > kMaxChanBytes / et->size) || size > UINT32_MAX) {
    *panic = "makechan: size out of range";
    return nullptr;
  }
  Chan* c = new Chan;
  c->kind = ObjKind::chan;
  c->et = et;
  c->dataqsiz = uint32_t(size);
  if (size > 0 && et->size > 0) {
    c->buf = static_cast<char*>(
        ::operator new(size_t(size) * et->size, std::align_val_t(et->align ? et->align : 1)));
    for (int64_t i = 0; i < size; i++) elem_zero(et, slot(c, uint32_t(i)));
  }
  s->register_obj(c);
  return c;
}

void chan_free(Chan* c) {
  if (c->sched) c->sched->unregister_obj(c);
  if (c->buf) {
    if (c->et->destroy)
      for (uint32_t i = 0; i < c->dataqsiz; i++) c->et->destroy(slot(c, i));
    ::operator delete(c->buf, std::align_val_t(c->et->align ? c->et->align : 1));
  }
  delete c;
}

int64_t chan_len(Chan* c) {
  if (!c) return 0;
  LockGuard l(c->lock);
  return c->qcount;
}

int64_t chan_cap(Chan* c) {
  return c ? c->dataqsiz : 0;
}

// ---- the two halves of a hand-off, shared with select.cc ----

// Delivers elem to the parked receiver sg. Requires c->lock.
void chan_send_to(Chan* c, Sudog* sg, void* elem) {
  if (sg->elem) elem_move(c->et, sg->elem, elem);
  sg->success = true;
  sg->g->woken_by = sg;
}

// Takes a value for the caller from the parked sender sg: directly if
// unbuffered, else from the head of the (full) buffer, with sg's value
// going to the tail. Requires c->lock.
void chan_recv_from(Chan* c, Sudog* sg, void* elem) {
  if (c->dataqsiz == 0) {
    if (elem) elem_move(c->et, elem, sg->elem);
  } else {
    char* head = slot(c, c->recvx);
    if (elem) elem_move(c->et, elem, head);
    elem_move(c->et, head, sg->elem);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->success = true;
  sg->g->woken_by = sg;
}

void chan_buf_put(Chan* c, void* elem) {
  elem_move(c->et, slot(c, c->sendx), elem);
  if (++c->sendx == c->dataqsiz) c->sendx = 0;
  c->qcount++;
}

void chan_buf_take(Chan* c, void* elem) {
  char* s = slot(c, c->recvx);
  if (elem)
    elem_move(c->et, elem, s);
  else
    elem_zero(c->et, s);
  if (++c->recvx == c->dataqsiz) c->recvx = 0;
  c->qcount--;
}

static void park_forever(G* g, WaitReason r) {
  g->waitreason = r;
  g->wait_kind = ObjKind::none;
  g->wait_obj = nullptr;
  g->reentry = true;
  g->unlockf = nullptr;
}

static void prepare_wait(G* g, Chan* c, void* elem, WaitReason r) {
  Sudog* sg = &g->sudog;
  sg->g = g;
  sg->elem = elem;
  sg->c = c;
  sg->is_select = false;
  sg->success = false;
  sg->case_index = -1;
  g->woken_by = nullptr;
  g->waitreason = r;
  g->wait_kind = ObjKind::chan;
  g->wait_obj = c;
  g->reentry = true;
  g->unlockf = unlock_chan;
  g->unlock_arg = c;
}

Step chan_send(G* g, Chan* c, void* elem) {
  if (g->reentry) {
    g->reentry = false;
    g->wait_kind = ObjKind::none;
    if (!c) return Step::park;  // nil channel: nobody wakes us, but be safe
    if (!g->sudog.success) {
      g->panic_text = "send on closed channel";
      return Step::panic;
    }
    return Step::done;
  }
  if (!c) {
    park_forever(g, WaitReason::chan_send_nil);
    return Step::park;
  }
  Sched* s = g->sched;
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    g->panic_text = "send on closed channel";
    return Step::panic;
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    chan_send_to(c, sg, elem);
    c->lock.unlock();
    if (s->trace().enabled()) trace_chan(s, TraceKind::chan_send, g, sg->g->goid, c);
    s->ready(sg->g);
    return Step::done;
  }
  if (c->qcount < c->dataqsiz) {
    chan_buf_put(c, elem);
    c->lock.unlock();
    if (s->trace().enabled()) trace_chan(s, TraceKind::chan_send, g, 0, c);
    return Step::done;
  }
  prepare_wait(g, c, elem, WaitReason::chan_send);
  c->sendq.enqueue(&g->sudog);
  return Step::park;  // c->lock released by unlock_chan
}

Step chan_recv(G* g, Chan* c, void* elem, bool* ok) {
  if (g->reentry) {
    g->reentry = false;
    g->wait_kind = ObjKind::none;
    if (!c) return Step::park;
    if (ok) *ok = g->sudog.success;
    return Step::done;
  }
  if (!c) {
    park_forever(g, WaitReason::chan_receive_nil);
    return Step::park;
  }
  Sched* s = g->sched;
  c->lock.lock();
  if (c->closed && c->qcount == 0) {
    c->lock.unlock();
    if (elem) elem_zero(c->et, elem);
    if (ok) *ok = false;
    return Step::done;
  }
  if (Sudog* sg = c->sendq.dequeue()) {
    chan_recv_from(c, sg, elem);
    c->lock.unlock();
    if (s->trace().enabled()) trace_chan(s, TraceKind::chan_recv, g, sg->g->goid, c);
    s->ready(sg->g);
    if (ok) *ok = true;
    return Step::done;
  }
  if (c->qcount > 0) {
    chan_buf_take(c, elem);
    c->lock.unlock();
    if (s->trace().enabled()) trace_chan(s, TraceKind::chan_recv, g, 0, c);
    if (ok) *ok = true;
    return Step::done;
  }
  prepare_wait(g, c, elem, WaitReason::chan_receive);
  c->recvq.enqueue(&g->sudog);
  return Step::park;
}

bool chan_try_send(G* g, Chan* c, void* elem, Step* st) {
  SelectCase sc{c, elem, true};
  int chosen;
  *st = select(g, &sc, 1, false, &chosen, nullptr);
  return *st == Step::done && chosen == 0;
}

bool chan_try_recv(G* g, Chan* c, void* elem, bool* ok) {
  SelectCase sc{c, elem, false};
  int chosen;
  select(g, &sc, 1, false, &chosen, ok);
  return chosen == 0;
}

bool chan_offer(Sched* s, Chan* c, void* elem) {
  if (!c) return false;
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    return false;
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    chan_send_to(c, sg, elem);
    c->lock.unlock();
    if (s->trace().enabled()) trace_chan(s, TraceKind::chan_send, nullptr, sg->g->goid, c);
    s->ready(sg->g);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    chan_buf_put(c, elem);
    c->lock.unlock();
    if (s->trace().enabled()) trace_chan(s, TraceKind::chan_send, nullptr, 0, c);
    return true;
  }
  c->lock.unlock();
  return false;
}

Step chan_close(G* g, Chan* c) {
  if (!c) {
    g->panic_text = "close of nil channel";
    return Step::panic;
  }
  Sched* s = g->sched;
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    g->panic_text = "close of closed channel";
    return Step::panic;
  }
  c->closed = true;
  G* wake = nullptr;
  while (Sudog* sg = c->recvq.dequeue()) {
    if (sg->elem) elem_zero(c->et, sg->elem);
    sg->success = false;
    sg->g->woken_by = sg;
    sg->g->schedlink = wake;
    wake = sg->g;
  }
  while (Sudog* sg = c->sendq.dequeue()) {
    sg->success = false;
    sg->g->woken_by = sg;
    sg->g->schedlink = wake;
    wake = sg->g;
  }
  c->lock.unlock();
  if (s->trace().enabled()) trace_chan(s, TraceKind::chan_close, g, 0, c);
  while (wake) {
    G* next = wake->schedlink;
    wake->schedlink = nullptr;
    s->ready(wake);
    wake = next;
  }
  return Step::done;
}

}  // namespace gopark::rt
