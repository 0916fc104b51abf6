// timer.cc - the timer heap (a binary min-heap on (when, seq)).
#include "runtime/timer.h"

#include "runtime/sched.h"

namespace gopark::rt {

Timers::~Timers() {
  for (Timer* t : heap_) {
    t->index = -1;
    if (t->orphaned) t->orphaned(t);
  }
}

bool Timers::less(int i, int j) const {
  const Timer* a = heap_[i];
  const Timer* b = heap_[j];
  return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

void Timers::up(int i) {
  while (i > 0) {
    int parent = (i - 1) / 2;
    if (!less(i, parent)) break;
    std::swap(heap_[i], heap_[parent]);
    heap_[i]->index = i;
    heap_[parent]->index = parent;
    i = parent;
  }
}

void Timers::down(int i) {
  int n = int(heap_.size());
  for (;;) {
    int l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && less(l, m)) m = l;
    if (r < n && less(r, m)) m = r;
    if (m == i) break;
    std::swap(heap_[i], heap_[m]);
    heap_[i]->index = i;
    heap_[m]->index = m;
    i = m;
  }
}

void Timers::push(Timer* t) {
  t->seq = seq_++;
  t->index = int32_t(heap_.size());
  heap_.push_back(t);
  up(t->index);
}

void Timers::remove_at(int i) {
  Timer* t = heap_[i];
  int last = int(heap_.size()) - 1;
  if (i != last) {
    heap_[i] = heap_[last];
    heap_[i]->index = i;
  }
  heap_.pop_back();
  if (i != last) {
    up(i);
    down(heap_[i]->index);
  }
  t->index = -1;
}

void Timers::add(Timer* t, int64_t when, int64_t period) {
  int64_t next;
  {
    LockGuard l(lock_);
    t->when = when;
    t->period = period;
    push(t);
    next = heap_[0]->when;
    next_.store(next, std::memory_order_release);
  }
  if (next == when) sched->timer_added(when);
}

bool Timers::stop(Timer* t) {
  LockGuard l(lock_);
  if (t->index < 0) return false;
  remove_at(t->index);
  next_.store(heap_.empty() ? INT64_MAX : heap_[0]->when, std::memory_order_release);
  return true;
}

bool Timers::reset(Timer* t, int64_t when, int64_t period) {
  bool was;
  int64_t next;
  {
    LockGuard l(lock_);
    was = t->index >= 0;
    if (was) remove_at(t->index);
    t->when = when;
    t->period = period;
    push(t);
    next = heap_[0]->when;
    next_.store(next, std::memory_order_release);
  }
  if (next == when) sched->timer_added(when);
  return was;
}

size_t Timers::pending() {
  LockGuard l(lock_);
  return heap_.size();
}

bool Timers::pending(const Timer* t) {
  LockGuard l(lock_);
  return t->index >= 0;
}

bool Timers::run(int64_t now) {
  LockGuard l(lock_);
  bool ran = false;
  while (!heap_.empty() && heap_[0]->when <= now) {
    Timer* t = heap_[0];
    if (t->period > 0) {
      // Re-arm first, skipping periods that were missed entirely, as a
      // Ticker drops ticks for a slow receiver.
      t->when += t->period * (1 + (now - t->when) / t->period);
      t->seq = seq_++;
      down(0);
    } else {
      remove_at(0);
    }
    t->f(t, now);
    ran = true;
  }
  next_.store(heap_.empty() ? INT64_MAX : heap_[0]->when, std::memory_order_release);
  return ran;
}

namespace {
void sleep_fire(Timer* t, int64_t) {
  G* g = static_cast<G*>(t->arg);
  g->sched->ready(g);
}

// Arms the sleep timer once the G's state is saved: armed any earlier, it
// could fire on another M and ready a G that is still running.
bool sleep_arm(G* g, void*) {
  g->sched->timers().add(g->sleep_timer, g->op_time);
  return true;
}
}  // namespace

Step sleep(G* g, int64_t ns) {
  if (g->reentry) {
    g->reentry = false;
    return Step::done;
  }
  if (ns <= 0) return Step::done;
  if (!g->sleep_timer) {
    g->sleep_timer = new Timer;
    g->sleep_timer->f = sleep_fire;
  }
  g->sleep_timer->arg = g;
  int64_t now = g->sched->nanotime();
  g->op_time = ns > INT64_MAX - now ? INT64_MAX : now + ns;
  g->waitreason = WaitReason::sleep;
  g->wait_kind = ObjKind::none;
  g->wait_obj = nullptr;
  g->reentry = true;
  g->unlockf = sleep_arm;
  g->unlock_arg = nullptr;
  return Step::park;
}

}  // namespace gopark::rt
