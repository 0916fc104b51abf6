// select.cc - the select statement.
//
// Go's algorithm: lock every channel involved (in address order, each once),
// poll the cases in a random order and take the first that can proceed. If
// none can and there is no default, enqueue a sudog on every channel, park,
// and let the first waker win (G::select_done). On wake-up, lock them all
// again and withdraw the sudogs that did not fire.
#include <algorithm>

#include "runtime/chan.h"
#include "runtime/sched.h"

namespace gopark::rt {

void chan_send_to(Chan* c, Sudog* sg, void* elem);
void chan_recv_from(Chan* c, Sudog* sg, void* elem);
void chan_buf_put(Chan* c, void* elem);
void chan_buf_take(Chan* c, void* elem);

namespace {

void sellock(SelectCase* cases, const uint16_t* lockorder, int n) {
  Chan* prev = nullptr;
  for (int i = 0; i < n; i++) {
    Chan* c = cases[lockorder[i]].c;
    if (c != prev) c->lock.lock();
    prev = c;
  }
}

void selunlock(SelectCase* cases, const uint16_t* lockorder, int n) {
  // Unlock in reverse so a channel appearing in several cases is unlocked
  // once, at its first occurrence from the end.
  for (int i = n - 1; i >= 0; i--) {
    Chan* c = cases[lockorder[i]].c;
    if (i > 0 && c == cases[lockorder[i - 1]].c) continue;
    c->lock.unlock();
  }
}

bool selunlock_parked(G* g, void*) {
  auto* cases = static_cast<SelectCase*>(g->select_cases);
  selunlock(cases, g->select_order.data() + g->select_ncases, g->select_npoll);
  return true;
}

void trace_sel(Sched* s, TraceKind k, G* g, uint64_t peer, Chan* c) {
  if (!s->trace().enabled()) return;
  M* m = Sched::current_m();
  s->trace().record({s->nanotime(), g->goid, peer, c->id, (m && m->p) ? m->p->id : -1, k});
}

}  // namespace

Step select(G* g, SelectCase* cases, int n, bool block, int* chosen, bool* recv_ok) {
  Sched* s = g->sched;
  if (g->reentry) {
    // Woken: one sudog fired (G::woken_by). Withdraw the others.
    g->reentry = false;
    g->wait_kind = ObjKind::none;
    int nlock = g->select_npoll;
    const uint16_t* lockorder = g->select_order.data() + n;
    if (nlock == 0) return Step::park;  // select {} or all-nil: never woken
    sellock(cases, lockorder, nlock);
    Sudog* fired = g->woken_by;
    int idx = -1;
    for (int i = 0; i < nlock; i++) {
      Sudog* sg = &g->select_sudogs[lockorder[i]];
      if (sg == fired) {
        idx = lockorder[i];
        continue;
      }
      SelectCase& cs = cases[lockorder[i]];
      if (cs.send)
        cs.c->sendq.remove(sg);
      else
        cs.c->recvq.remove(sg);
    }
    selunlock(cases, lockorder, nlock);
    g->woken_by = nullptr;
    *chosen = idx;
    bool ok = fired->success;
    if (cases[idx].send) {
      if (!ok) {
        g->panic_text = "send on closed channel";
        return Step::panic;
      }
    } else if (recv_ok) {
      *recv_ok = ok;
    }
    return Step::done;
  }

  // Poll order: a random permutation of the cases with a channel, at
  // select_order[0, npoll); lock order: the same cases sorted by channel
  // address, at select_order[n, n + npoll).
  g->select_order.resize(size_t(2 * n));
  uint16_t* pollorder = g->select_order.data();
  uint16_t* lockorder = pollorder + n;
  int npoll = 0;
  for (int i = 0; i < n; i++) {
    if (!cases[i].c) continue;
    uint32_t j = uint32_t(s->rand() % uint64_t(npoll + 1));
    pollorder[npoll] = pollorder[j];
    pollorder[j] = uint16_t(i);
    npoll++;
  }
  std::copy(pollorder, pollorder + npoll, lockorder);
  std::sort(lockorder, lockorder + npoll,
            [cases](uint16_t a, uint16_t b) { return cases[a].c < cases[b].c; });
  g->select_npoll = npoll;

  if (npoll == 0) {
    if (!block) {
      *chosen = -1;
      return Step::done;
    }
    g->waitreason = n == 0 ? WaitReason::select_no_cases : WaitReason::select;
    g->wait_kind = ObjKind::none;
    g->reentry = true;
    g->unlockf = nullptr;
    return Step::park;
  }

  sellock(cases, lockorder, npoll);
  for (int k = 0; k < npoll; k++) {
    int i = pollorder[k];
    SelectCase& cs = cases[i];
    Chan* c = cs.c;
    if (cs.send) {
      if (c->closed) {
        selunlock(cases, lockorder, npoll);
        g->panic_text = "send on closed channel";
        return Step::panic;
      }
      if (Sudog* sg = c->recvq.dequeue()) {
        chan_send_to(c, sg, cs.elem);
        selunlock(cases, lockorder, npoll);
        trace_sel(s, TraceKind::chan_send, g, sg->g->goid, c);
        s->ready(sg->g);
        *chosen = i;
        return Step::done;
      }
      if (c->qcount < c->dataqsiz) {
        chan_buf_put(c, cs.elem);
        selunlock(cases, lockorder, npoll);
        trace_sel(s, TraceKind::chan_send, g, 0, c);
        *chosen = i;
        return Step::done;
      }
    } else {
      if (Sudog* sg = c->sendq.dequeue()) {
        chan_recv_from(c, sg, cs.elem);
        selunlock(cases, lockorder, npoll);
        trace_sel(s, TraceKind::chan_recv, g, sg->g->goid, c);
        s->ready(sg->g);
        if (recv_ok) *recv_ok = true;
        *chosen = i;
        return Step::done;
      }
      if (c->qcount > 0) {
        chan_buf_take(c, cs.elem);
        selunlock(cases, lockorder, npoll);
        trace_sel(s, TraceKind::chan_recv, g, 0, c);
        if (recv_ok) *recv_ok = true;
        *chosen = i;
        return Step::done;
      }
      if (c->closed) {
        selunlock(cases, lockorder, npoll);
        if (cs.elem) elem_zero(c->et, cs.elem);
        if (recv_ok) *recv_ok = false;
        *chosen = i;
        return Step::done;
      }
    }
  }
  if (!block) {
    selunlock(cases, lockorder, npoll);
    *chosen = -1;
    return Step::done;
  }

  // Enqueue on every channel and park.
  if (g->select_sudogs.size() < size_t(n)) g->select_sudogs.resize(size_t(n));
  g->select_done.store(0, std::memory_order_relaxed);
  g->woken_by = nullptr;
  for (int k = 0; k < npoll; k++) {
    int i = lockorder[k];
    Sudog* sg = &g->select_sudogs[i];
    sg->g = g;
    sg->c = cases[i].c;
    sg->elem = cases[i].elem;
    sg->is_select = true;
    sg->success = false;
    sg->case_index = i;
    if (cases[i].send)
      cases[i].c->sendq.enqueue(sg);
    else
      cases[i].c->recvq.enqueue(sg);
  }
  g->select_cases = cases;
  g->select_ncases = n;
  g->waitreason = WaitReason::select;
  g->wait_kind = ObjKind::select;
  g->wait_obj = cases;
  g->reentry = true;
  g->unlockf = selunlock_parked;
  g->unlock_arg = nullptr;
  return Step::park;
}

}  // namespace gopark::rt
