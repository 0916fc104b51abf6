// proc.cc - the goroutine scheduler.
//
// Three kinds of objects share the work, as in Go's runtime:
//
//   G  a goroutine. What it executes is opaque to the scheduler (a
//      Continuation): resume() runs it until it parks, yields or exits.
//   P  a processor: the right to run Gs. There are GOMAXPROCS of them. Each
//      has a local run queue (a 256-slot lock-free ring plus a one-slot
//      `runnext`), a cache of dead Gs, and its own random stream.
//   M  a worker thread (a pthread natively, a Web Worker under wasm-threads).
//      An M runs Gs only while it holds a P.
//
// An M loops: find a runnable G, execute it, repeat (schedule_loop). Finding
// work (find_runnable) looks, in order, at due timers, the global queue one
// time in 61 (so a pair of Gs handing runnext back and forth cannot starve
// it), the local queue, the global queue, and finally other Ps: the M
// "spins", stealing half of a random victim's queue (runnext last, after a
// short pause so a running victim can take it itself). At most half of the
// busy Ps' worth of Ms spin at once.
//
// An M that finds nothing gives its P back to the idle list and parks on its
// Note. Wake-ups are demand driven: whoever makes a G runnable while there is
// an idle P and no spinning M calls wakep(), which hands an idle P to an idle
// M (or a new thread) in the spinning state. A spinning M that finds work
// stops spinning and, if it was the last spinner, wakes another: so there is
// always someone looking for new work while work may exist, and nobody spins
// when there is none. The one race this leaves - work submitted just as the
// last spinner gives up - is closed by re-checking every run queue after
// dropping the spinning state and before sleeping.
//
// Parking. A G blocks by enqueueing itself as a waiter under some lock and
// returning Step::park (g.h); its continuation returns Resume::park and the
// scheduler, now that the G's state is saved, runs G::unlockf, which releases
// that lock. Invariant: once the G is visible to wakers and the lock is
// released, this M never touches the G again. ready() (any thread) puts it on
// the current P's runnext, or the global queue when called off-P.
//
// Timers live in one heap (timer.h). Every M checks for due timers each time
// it looks for work. When every P is idle, one M - the timer M - sleeps until
// the next timer rather than forever; adding an earlier timer wakes it. With
// the virtual clock the timer M does not sleep: when every G is blocked, the
// clock jumps to the next timer at once.
//
// Deadlock. When every P is idle, no G is runnable, no timer is pending and
// nobody waits on the host, no G can ever run again: the last M to go idle
// prints Go's "all goroutines are asleep" and a goroutine dump, and the run
// ends with status 2.
//
// Single-thread drive (wasm-single, and run() with Config::threads false):
// the calling thread is the only M. drive() rotates it over the Ps, one G
// slice at a time, and returns instead of sleeping, reporting when the next
// timer is due, so a JavaScript event loop can call it again later.
#include "runtime/sched.h"

#include "runtime/object.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace gopark::rt {

namespace {
thread_local M* tls_m = nullptr;
constexpr int64_t kPlaygroundEpochNs = 1257894000LL * 1000000000LL;
}  // namespace

const char* wait_reason_text(WaitReason r) {
  static const char* const kText[] = {
#define WAITREASON(id, text) text,
#include "runtime/waitreason.def"
#undef WAITREASON
  };
  return kText[int(r)];
}

const char* gstatus_name(GStatus s) {
  switch (s) {
    case GStatus::idle:
      return "idle";
    case GStatus::runnable:
      return "runnable";
    case GStatus::running:
      return "running";
    case GStatus::waiting:
      return "waiting";
    case GStatus::dead:
      return "dead";
  }
  return "?";
}

M* Sched::current_m() {
  return tls_m;
}
G* Sched::current_g() {
  return tls_m ? tls_m->curg : nullptr;
}

Sched::Sched(Config cfg) : cfg_(std::move(cfg)), timers_(this) {
  if (cfg_.gomaxprocs <= 0) cfg_.gomaxprocs = platform::num_cpu();
  if (cfg_.gomaxprocs > kMaxProcs) cfg_.gomaxprocs = kMaxProcs;
  if (!platform::kThreads) cfg_.threads = false;
  seed_ =
      cfg_.seed ? cfg_.seed : uint64_t(platform::monotonic_ns()) ^ uint64_t(platform::wall_ns());
  shared_rand_.seed(mix_seed(seed_, 1000));
  start_mono_ = platform::monotonic_ns();
  m0_.sched = this;
  init_procs(cfg_.gomaxprocs);
  // nanotime() counts from here; run()/start() restart it so time spent
  // setting up (compiling, in the interpreter's case) is not counted.
}

Sched::~Sched() {
  {
    // Objects may outlive the run (a channel freed later by its owner):
    // unregistering them afterwards must not touch this Sched.
    LockGuard l(obj_lock_);
    for (SyncObj* o = objs_; o; o = o->next) o->sched = nullptr;
    objs_ = nullptr;
  }
  // Whatever is still parked never runs again: free it without running it.
  for (G* g : allgs_) {
    if (g->cont) g->cont->destroy(g);
    if (g->sleep_timer) timers_.stop(g->sleep_timer);
    delete g->sleep_timer;
    delete g;
  }
  for (int i = 0; i < kMaxProcs; i++) delete allp_[i];
  for (M* m : allms_)
    if (m != &m0_) delete m;
}

void Sched::write(int fd, std::string_view s) {
  if (cfg_.write) {
    cfg_.write(fd, s);
    return;
  }
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n <= 0) return;
    s.remove_prefix(size_t(n));
  }
}

int64_t Sched::nanotime() const {
  if (cfg_.fake_time) return timers_.fake_now();
  return platform::monotonic_ns() - start_mono_;
}

int64_t Sched::walltime() const {
  if (cfg_.fake_time) return kPlaygroundEpochNs + timers_.fake_now();
  return platform::wall_ns();
}

uint64_t Sched::rand() {
  M* m = tls_m;
  if (m && m->p && m->sched == this) return m->p->rand.next();
  LockGuard l(rand_lock_);
  return shared_rand_.next();
}

// ---- Ps ----

void Sched::init_procs(int n) {
  for (int i = 0; i < n; i++) {
    P* p = new P;
    p->id = i;
    p->rand.seed(mix_seed(seed_, uint64_t(i)));
    allp_[i] = p;
  }
  nprocs_.store(n);
  // All Ps start idle; run() takes P0 for M0.
  for (int i = n - 1; i >= 0; i--) pidleput(allp_[i]);
}

P* Sched::pidleget() {
  P* p = pidle_;
  if (p) {
    pidle_ = p->link;
    p->link = nullptr;
    npidle_.fetch_sub(1);
    nheld_.fetch_add(1);
  }
  return p;
}

void Sched::pidleput(P* p) {
  p->link = pidle_;
  pidle_ = p;
  npidle_.fetch_add(1);
}

void Sched::acquirep(M* m, P* p) {
  m->p = p;
  p->m = m;
}

P* Sched::releasep(M* m) {
  P* p = m->p;
  p->m = nullptr;
  p->curg.store(0, std::memory_order_relaxed);
  m->p = nullptr;
  return p;
}

int Sched::set_gomaxprocs(int n) {
  int old = nprocs_.load();
  if (n <= 0 || n == old) return old;
  if (n > kMaxProcs) n = kMaxProcs;
  {
    LockGuard l(lock_);
    if (n > old) {
      for (int i = old; i < n; i++) {
        if (!allp_[i]) {
          allp_[i] = new P;
          allp_[i]->id = i;
          allp_[i]->rand.seed(mix_seed(seed_, uint64_t(i)));
        }
        allp_[i]->retired = false;
        if (!allp_[i]->m) pidleput(allp_[i]);
      }
      nprocs_.store(n);
    } else {
      // Ps at or beyond n retire. An idle one is dropped here; one held by
      // an M is drained and dropped by that M (drop_retired).
      nprocs_.store(n);
      P** pp = &pidle_;
      while (*pp) {
        if ((*pp)->id >= n) {
          (*pp)->retired = true;
          *pp = (*pp)->link;
          npidle_.fetch_sub(1);
        } else {
          pp = &(*pp)->link;
        }
      }
      for (int i = n; i < old; i++) allp_[i]->retired = true;
    }
  }
  if (!single_) wakep();
  return old;
}

// Called by an M whose P is retired: move its work to the global queue and
// give it up. The M then finds another P or stops.
void Sched::drop_retired(M* m) {
  P* p = m->p;
  LockGuard l(lock_);
  // GOMAXPROCS may have grown back since we saw the flag: then keep the P
  // (set_gomaxprocs skipped it, as it was held).
  if (!p->retired) return;
  releasep(m);
  while (G* g = runqget(p)) globrunqput(g);
  if (!single_) nheld_.fetch_sub(1);
}

std::vector<uint64_t> Sched::executed_per_p() const {
  std::vector<uint64_t> v;
  for (int i = 0; i < nprocs_.load(); i++) v.push_back(allp_[i]->executed.load());
  return v;
}

// ---- run queues ----

void Sched::runqput(P* p, G* g, bool next) {
  // A chain of Gs readying each other through runnext shares one slice
  // (see execute); once it is used up, the readied G queues at the tail so
  // the Gs already waiting on this P get their turn.
  if (next && p->schedtick - p->slice_tick >= kRunnextChainMax) next = false;
  if (next) {
    g = p->runnext.exchange(g, std::memory_order_acq_rel);
    if (!g) return;
  }
  for (;;) {
    uint32_t h = p->runq_head.load(std::memory_order_acquire);
    uint32_t t = p->runq_tail.load(std::memory_order_relaxed);
    if (t - h < kRunqSize) {
      p->runq[t % kRunqSize].store(g, std::memory_order_relaxed);
      p->runq_tail.store(t + 1, std::memory_order_release);
      return;
    }
    if (runqputslow(p, g, h, t)) return;
  }
}

// The local queue is full: move half of it, plus g, to the global queue.
bool Sched::runqputslow(P* p, G* g, uint32_t h, uint32_t t) {
  constexpr uint32_t n = kRunqSize / 2;
  G* batch[n + 1];
  if (t - h != kRunqSize) return false;
  for (uint32_t i = 0; i < n; i++)
    batch[i] = p->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
  if (!p->runq_head.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return false;
  batch[n] = g;
  for (uint32_t i = 0; i < n; i++) batch[i]->schedlink = batch[i + 1];
  batch[n]->schedlink = nullptr;
  LockGuard l(lock_);
  globrunqputbatch(batch[0], batch[n], int(n + 1));
  return true;
}

G* Sched::runqget(P* p, bool* inherit) {
  G* next = p->runnext.load(std::memory_order_relaxed);
  if (next && p->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) {
    if (inherit) *inherit = true;
    return next;
  }
  for (;;) {
    uint32_t h = p->runq_head.load(std::memory_order_acquire);
    uint32_t t = p->runq_tail.load(std::memory_order_acquire);
    if (t == h) return nullptr;
    G* g = p->runq[h % kRunqSize].load(std::memory_order_relaxed);
    if (p->runq_head.compare_exchange_weak(h, h + 1, std::memory_order_acq_rel)) return g;
  }
}

bool Sched::runq_empty(P* p) const {
  uint32_t h = p->runq_head.load(std::memory_order_acquire);
  uint32_t t = p->runq_tail.load(std::memory_order_acquire);
  return h == t && p->runnext.load(std::memory_order_acquire) == nullptr;
}

// Takes half of p's queue into batch (which has kRunqSize slots). Returns how
// many were taken.
uint32_t Sched::runqgrab(P* p, G** batch, bool steal_runnext) {
  for (;;) {
    uint32_t h = p->runq_head.load(std::memory_order_acquire);
    uint32_t t = p->runq_tail.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (!steal_runnext) return 0;
      G* next = p->runnext.load(std::memory_order_acquire);
      if (!next) return 0;
      if (p->m.load(std::memory_order_relaxed)) {
        // The victim is running and likely about to schedule its runnext
        // (a G it just readied): a producer/consumer pair handing the P back
        // and forth. Sleep briefly rather than pull the pair apart onto two
        // threads, where they would fight over the channel's cache lines.
        platform::os_sleep(3000);
      }
      if (!p->runnext.compare_exchange_strong(next, nullptr, std::memory_order_acq_rel)) continue;
      batch[0] = next;
      return 1;
    }
    if (n > kRunqSize / 2) continue;  // read an inconsistent h/t pair
    for (uint32_t i = 0; i < n; i++)
      batch[i] = p->runq[(h + i) % kRunqSize].load(std::memory_order_relaxed);
    if (p->runq_head.compare_exchange_strong(h, h + n, std::memory_order_acq_rel)) return n;
  }
}

// Steals half of victim's Gs into p's queue and returns one to run.
G* Sched::runqsteal(P* p, P* victim, bool steal_runnext) {
  G* batch[kRunqSize];
  uint32_t n = runqgrab(victim, batch, steal_runnext);
  if (n == 0) return nullptr;
  G* g = batch[--n];
  if (n == 0) return g;
  uint32_t t = p->runq_tail.load(std::memory_order_relaxed);
  for (uint32_t i = 0; i < n; i++)
    p->runq[(t + i) % kRunqSize].store(batch[i], std::memory_order_relaxed);
  p->runq_tail.store(t + n, std::memory_order_release);
  return g;
}

void Sched::globrunqput(G* g) {
  g->schedlink = nullptr;
  if (runq_tail_)
    runq_tail_->schedlink = g;
  else
    runq_head_ = g;
  runq_tail_ = g;
  runqsize_.fetch_add(1, std::memory_order_relaxed);
}

void Sched::globrunqputbatch(G* head, G* tail, int n) {
  tail->schedlink = nullptr;
  if (runq_tail_)
    runq_tail_->schedlink = head;
  else
    runq_head_ = head;
  runq_tail_ = tail;
  runqsize_.fetch_add(n, std::memory_order_relaxed);
}

// Takes a fair share of the global queue: one G to return, and up to
// max-1 (or the share, or half a local queue) more onto p's local queue.
G* Sched::globrunqget(P* p, int max) {
  int32_t sz = runqsize_.load(std::memory_order_relaxed);
  if (sz == 0) return nullptr;
  int32_t n = sz / nprocs_.load(std::memory_order_relaxed) + 1;
  if (n > sz) n = sz;
  if (max > 0 && n > max) n = max;
  if (n > int32_t(kRunqSize / 2)) n = kRunqSize / 2;
  runqsize_.fetch_sub(n, std::memory_order_relaxed);
  G* g = runq_head_;
  runq_head_ = g->schedlink;
  for (int32_t i = 1; i < n; i++) {
    G* g1 = runq_head_;
    runq_head_ = g1->schedlink;
    runqput(p, g1, false);
  }
  if (!runq_head_) runq_tail_ = nullptr;
  g->schedlink = nullptr;
  return g;
}

G* Sched::steal_work(P* p) {
  int n = nprocs_.load(std::memory_order_relaxed);
  if (n <= 1) return nullptr;
  for (int round = 0; round < 4; round++) {
    bool last = round == 3;
    uint32_t start = p->rand.below(uint32_t(n));
    for (int i = 0; i < n; i++) {
      P* victim = allp_[(start + uint32_t(i)) % uint32_t(n)];
      if (victim == p || !victim) continue;
      if (G* g = runqsteal(p, victim, last)) return g;
    }
  }
  return nullptr;
}

// ---- goroutines ----

// Dead Gs are cached per P. A P that only frees (it runs what another P
// spawns) moves the surplus to a global list for the spawning P to take.
constexpr int32_t kGfreeLocalMax = 64;

G* Sched::gfget(P* p) {
  if (p && !p->gfree && gfree_count_.load(std::memory_order_relaxed) > 0) {
    LockGuard l(lock_);
    while (gfree_ && p->ngfree < kGfreeLocalMax / 2) {
      G* g = gfree_;
      gfree_ = g->schedlink;
      g->schedlink = p->gfree;
      p->gfree = g;
      p->ngfree++;
      gfree_count_.fetch_sub(1, std::memory_order_relaxed);
    }
  }
  G* g = p ? p->gfree : nullptr;
  if (g) {
    p->gfree = g->schedlink;
    p->ngfree--;
    g->schedlink = nullptr;
    return g;
  }
  g = new G;
  g->sched = this;
  LockGuard l(allg_lock_);
  allgs_.push_back(g);
  return g;
}

G* Sched::spawn(Continuation* cont, Frame created_at, G* parent, const char* func) {
  if (gcount_.load(std::memory_order_relaxed) >= cfg_.max_goroutines) return nullptr;
  M* m = tls_m;
  P* p = (m && m->sched == this) ? m->p : nullptr;
  G* g = gfget(p);
  g->goid = next_goid_.fetch_add(1, std::memory_order_relaxed);
  g->cont = cont;
  g->waitreason = WaitReason::none;
  g->wait_kind = ObjKind::none;
  g->wait_obj = nullptr;
  g->reentry = false;
  g->op_stage = 0;
  g->panic_text = nullptr;
  g->woken_by = nullptr;
  g->created_at = created_at;
  g->pos = created_at;
  if (func) g->pos.func = func;
  g->parent_goid = parent ? parent->goid : 0;
  g->user_data = 0;
  gcount_.fetch_add(1, std::memory_order_relaxed);
  g->status.store(GStatus::runnable, std::memory_order_release);
  if (trace_.enabled())
    trace_.record(
        {nanotime(), parent ? parent->goid : 0, g->goid, 0, p ? p->id : -1, TraceKind::go_create});
  if (p) {
    runqput(p, g, true);
    if (!single_ && main_g_) wakep();
  } else {
    LockGuard l(lock_);
    globrunqput(g);
  }
  return g;
}

void Sched::ready(G* g) {
  GStatus expect = GStatus::waiting;
  if (!g->status.compare_exchange_strong(expect, GStatus::runnable, std::memory_order_acq_rel)) {
    fprintf(stderr, "gopark runtime: ready of goroutine %llu in status %s\n",
            (unsigned long long)g->goid, gstatus_name(expect));
    abort();
  }
  M* m = tls_m;
  P* p = (m && m->sched == this) ? m->p : nullptr;
  if (trace_.enabled()) {
    G* cur = m ? m->curg : nullptr;
    trace_.record(
        {nanotime(), cur ? cur->goid : 0, g->goid, 0, p ? p->id : -1, TraceKind::go_unblock});
  }
  if (p) {
    runqput(p, g, true);
  } else {
    LockGuard l(lock_);
    globrunqput(g);
  }
  if (!single_) wakep();
}

void Sched::gdestroy(P* p, G* g) {
  g->status.store(GStatus::dead, std::memory_order_release);
  if (g->cont) {
    Continuation* c = g->cont;
    g->cont = nullptr;
    c->destroy(g);
  }
  gcount_.fetch_sub(1, std::memory_order_relaxed);
  if (g == main_g_) {
    if (!main_goexit_.load()) exit(0);
    return;  // stays listed; freed with the Sched
  }
  g->schedlink = p->gfree;
  p->gfree = g;
  p->ngfree++;
  if (p->ngfree > kGfreeLocalMax) {
    LockGuard l(lock_);
    while (p->ngfree > kGfreeLocalMax / 2) {
      G* x = p->gfree;
      p->gfree = x->schedlink;
      p->ngfree--;
      x->schedlink = gfree_;
      gfree_ = x;
      gfree_count_.fetch_add(1, std::memory_order_relaxed);
    }
  }
}

void Sched::exit(int code) {
  exit_with(code, {}, ExitReason::exit);
}

void Sched::stop() {
  exit_with(kStoppedStatus, {}, ExitReason::stopped);
}

const char* exit_reason_name(ExitReason r) {
  switch (r) {
    case ExitReason::none:
      return "running";
    case ExitReason::exit:
      return "exit";
    case ExitReason::panic:
      return "panic";
    case ExitReason::fatal:
      return "fatal";
    case ExitReason::deadlock:
      return "deadlock";
    case ExitReason::stopped:
      return "stopped";
  }
  return "?";
}

// The first caller ends the run, and only it prints (so two goroutines
// panicking at once, or two Ms seeing the same deadlock, print once).
void Sched::exit_with(int code, std::string_view text, ExitReason why) {
  bool expect = false;
  if (!stopping_.compare_exchange_strong(expect, true)) return;
  exit_code_.store(code);
  exit_reason_.store(why, std::memory_order_release);
  if (!text.empty()) write(2, text);
  if (!single_) wake_all_ms();
}

void Sched::wake_all_ms() {
  LockGuard l(lock_);
  for (M* m : allms_) m->park.wakeup();
}

void Sched::die(G* g, std::string_view msg, bool fatal) {
  std::string out;
  out += fatal ? "fatal error: " : "panic: ";
  out += msg;
  out += "\n\n";
  goroutine_dump(out, g);
  exit_with(2, out, fatal ? ExitReason::fatal : ExitReason::panic);
}

// ---- the M loop ----

void Sched::execute(M* m, G* g) {
  P* p = m->p;
  g->status.store(GStatus::running, std::memory_order_relaxed);
  m->curg = g;
  p->curg.store(g->goid, std::memory_order_relaxed);
  p->schedtick++;
  p->executed.fetch_add(1, std::memory_order_relaxed);
  if (trace_.enabled()) trace_.record({nanotime(), g->goid, 0, 0, p->id, TraceKind::go_start});

  Resume r = g->cont->resume(g);

  m->curg = nullptr;
  p = m->p;
  p->curg.store(0, std::memory_order_relaxed);
  switch (r) {
    case Resume::park: {
      if (trace_.enabled())
        trace_.record(
            {nanotime(), g->goid, uint64_t(g->waitreason), 0, p->id, TraceKind::go_block});
      g->wait_since = nanotime();
      g->status.store(GStatus::waiting, std::memory_order_release);
      auto unlockf = g->unlockf;
      void* arg = g->unlock_arg;
      g->unlockf = nullptr;
      g->unlock_arg = nullptr;
      if (unlockf && !unlockf(g, arg)) {
        g->status.store(GStatus::runnable, std::memory_order_relaxed);
        runqput(p, g, true);
      }
      break;
    }
    case Resume::yield: {
      if (trace_.enabled()) trace_.record({nanotime(), g->goid, 0, 0, p->id, TraceKind::go_yield});
      // To the global queue, behind everything local, as Go's Gosched does:
      // a yielding G lets every other runnable G go first.
      g->status.store(GStatus::runnable, std::memory_order_relaxed);
      LockGuard l(lock_);
      globrunqput(g);
      break;
    }
    case Resume::exit:
      if (trace_.enabled()) trace_.record({nanotime(), g->goid, 0, 0, p->id, TraceKind::go_end});
      gdestroy(p, g);
      break;
  }
}

bool Sched::run_timers(P*) {
  int64_t next = timers_.next();
  if (next == INT64_MAX) return false;
  int64_t now = nanotime();
  if (now < next) return false;
  return timers_.run(now);
}

// A timer now due earliest was added. Make sure some M will notice it: the
// sleeping timer M if it would wake too late, or a fresh spinning M if no M
// watches the timers at all. Running Ms check timers on every schedule.
void Sched::timer_added(int64_t when) {
  if (single_) return;
  M* wake = nullptr;
  bool need_wakep = false;
  {
    LockGuard l(lock_);
    if (timer_m_) {
      if (when < timer_m_deadline_) wake = timer_m_;
    } else {
      need_wakep = true;
    }
  }
  if (wake)
    wake->park.wakeup();
  else if (need_wakep)
    wakep();
}

void Sched::reset_spinning(M* m) {
  m->spinning = false;
  int32_t nmspinning = nmspinning_.fetch_sub(1) - 1;
  // The last spinner found work: there may be more, so start another.
  if (nmspinning == 0 && npidle_.load() > 0) wakep();
}

void Sched::wakep() {
  if (npidle_.load(std::memory_order_acquire) == 0) return;
  int32_t zero = 0;
  if (nmspinning_.load(std::memory_order_relaxed) != 0 ||
      !nmspinning_.compare_exchange_strong(zero, 1))
    return;
  startm(nullptr, true);
}

// Hands p (or an idle P) to an idle or new M and wakes it. If spinning, the
// caller already counted the M in nmspinning_.
void Sched::startm(P* p, bool spinning) {
  M* m;
  {
    LockGuard l(lock_);
    if (!p) p = pidleget();
    if (!p) {
      if (spinning) nmspinning_.fetch_sub(1);
      return;
    }
    m = midle_;
    if (m) {
      midle_ = m->link;
      m->link = nullptr;
      if (timer_m_ == m) timer_m_ = nullptr;
      // Set under lock_: a timed-out stopm reads nextp under lock_ too, and
      // set_gomaxprocs must see the P as owned (p->m) until it is running.
      m->nextp = p;
      p->m = m;
      m->spinning = spinning;
    } else {
      m = new M;
      m->id = int32_t(allms_.size());
      m->sched = this;
      allms_.push_back(m);
      m->nextp = p;
      p->m = m;
      m->spinning = spinning;
      m->thread = platform::thread_start(&Sched::mstart_thread, m);
      return;
    }
  }
  m->park.wakeup();
}

void Sched::mstart_thread(void* arg) {
  M* m = static_cast<M*>(arg);
  m->sched->mstart(m);
}

void Sched::mstart(M* m) {
  tls_m = m;
  acquirep(m, m->nextp);
  m->nextp = nullptr;
  schedule_loop(m);
  tls_m = nullptr;
}

// Parks m until startm hands it a P, the timeout passes, or the run stops.
// On return m holds a P, or none (timed out / stopping).
void Sched::stopm(M* m, int64_t timeout_ns) {
  m->park.sleep(timeout_ns);
  m->park.clear();
  LockGuard l(lock_);
  // If we timed out, we may still be on the idle list: take ourselves off.
  for (M** mp = &midle_; *mp; mp = &(*mp)->link) {
    if (*mp == m) {
      *mp = m->link;
      m->link = nullptr;
      break;
    }
  }
  if (timer_m_ == m) timer_m_ = nullptr;
  if (m->nextp) {
    acquirep(m, m->nextp);
    m->nextp = nullptr;
  }
}

bool Sched::quiescent_locked() {
  return nheld_.load() == 0 && runqsize_.load() == 0 && nmspinning_.load() == 0;
}

void Sched::deadlock() {
  if (stopping()) return;
  if (gcount_.load() == 0) {  // only after main's Goexit
    exit_with(2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n",
              ExitReason::deadlock);
    return;
  }
  std::string out = "fatal error: all goroutines are asleep - deadlock!\n\n";
  goroutine_dump(out, nullptr);
  exit_with(2, out, ExitReason::deadlock);
}

// Finds a G to run on m's P. With block, it parks m when there is nothing to
// do (possibly losing and regaining a P); without block (single-thread
// drive), it returns null instead. Returns null when the run is stopping.
G* Sched::find_runnable(M* m, bool block) {
top:
  if (stopping()) return nullptr;
  if (!m->p) {
    // Woken without a P (timer M): take one if any is idle.
    LockGuard l(lock_);
    if (P* p = pidleget()) acquirep(m, p);
  }
  if (m->p && m->p->retired) {
    drop_retired(m);
    goto top;
  }
  if (m->p) {
    P* p = m->p;
    run_timers(p);
    if (p->schedtick % 61 == 0 && runqsize_.load(std::memory_order_relaxed) > 0) {
      LockGuard l(lock_);
      if (G* g = globrunqget(p, 1)) return g;
    }
    bool inherit = false;
    if (G* g = runqget(p, &inherit)) {
      if (!inherit) p->slice_tick = p->schedtick;
      return g;
    }
    p->slice_tick = p->schedtick;
    if (runqsize_.load(std::memory_order_relaxed) > 0) {
      LockGuard l(lock_);
      if (G* g = globrunqget(p, 0)) return g;
    }
    if (single_) {
      if (G* g = steal_work(p)) return g;
      return nullptr;
    }
    int32_t busy = nprocs_.load() - npidle_.load();
    if (m->spinning || 2 * nmspinning_.load() < busy) {
      if (!m->spinning) {
        m->spinning = true;
        nmspinning_.fetch_add(1);
      }
      if (G* g = steal_work(p)) {
        if (m->spinning) reset_spinning(m);
        return g;
      }
    }
    if (!block) return nullptr;

    // Nothing to do: give up the P.
    {
      LockGuard l(lock_);
      if (stopping()) return nullptr;
      if (runqsize_.load() > 0) {
        G* g = globrunqget(p, 0);
        if (m->spinning) {
          m->spinning = false;
          nmspinning_.fetch_sub(1);
        }
        if (g) return g;
      }
      releasep(m);
      pidleput(p);
      nheld_.fetch_sub(1);
    }
    if (m->spinning) {
      m->spinning = false;
      nmspinning_.fetch_sub(1);
      // Work may have been queued while we were giving up (on a P, or on the
      // global queue by a thread without a P): check before sleeping.
      int n = nprocs_.load();
      for (int i = -1; i < n; i++) {
        bool work = i < 0 ? runqsize_.load() > 0 : (allp_[i] && !runq_empty(allp_[i]));
        if (work) {
          LockGuard l(lock_);
          if (P* np = pidleget()) {
            acquirep(m, np);
            m->spinning = true;
            nmspinning_.fetch_add(1);
            goto top;
          }
          break;
        }
      }
    }
  }

  // m holds no P. Decide how long to sleep.
  int64_t timeout = -1;
  {
    LockGuard l(lock_);
    if (stopping()) return nullptr;
    int64_t next = timers_.next();
    if (quiescent_locked()) {
      if (next != INT64_MAX && cfg_.fake_time) {
        // Every G is blocked: jump the virtual clock to the next timer.
        timers_.advance_fake(next);
        if (P* p = pidleget()) acquirep(m, p);
        goto retry;
      }
      if (next == INT64_MAX && external_waits_.load() == 0 && main_g_) {
        goto dead;
      }
    }
    if (next != INT64_MAX && !timer_m_) {
      timer_m_ = m;
      timeout = next - nanotime();
      if (timeout < 0) timeout = 0;
      timer_m_deadline_ = next;
    }
    m->link = midle_;
    midle_ = m;
  }
  stopm(m, timeout);
retry:
  goto top;

dead:
  deadlock();
  return nullptr;
}

void Sched::schedule_loop(M* m) {
  for (;;) {
    G* g = find_runnable(m, true);
    if (!g) break;
    if (m->spinning) reset_spinning(m);
    execute(m, g);
  }
  if (m->p) {
    LockGuard l(lock_);
    P* p = releasep(m);
    pidleput(p);
    nheld_.fetch_sub(1);
  }
}

int Sched::run(Continuation* main, Frame main_pos) {
  if (!cfg_.threads) {
    start(main, main_pos);
    for (;;) {
      DriveResult r = drive(INT64_MAX / 4);
      if (r.status == DriveStatus::exited) return r.exit_code;
      if (r.status == DriveStatus::timers) {
        // No event loop here: sleep on the host until the timer is due.
        int64_t until = platform::monotonic_ns() + r.next_timer_ns;
        while (platform::monotonic_ns() < until) {
          Note n;
          n.sleep(until - platform::monotonic_ns());
        }
      }
    }
  }
  M* m = &m0_;
  tls_m = m;
  start_mono_ = platform::monotonic_ns();
  {
    LockGuard l(lock_);
    allms_.push_back(m);
    acquirep(m, pidleget());
  }
  main_g_ = spawn(main, main_pos, nullptr);  // onto P0's runnext
  schedule_loop(m);
  // Wait for every other M to leave its loop before tearing anything down.
  // An M that is still finishing may start yet another one (wakep from
  // reset_spinning) after we looked, so look again until a pass finds no M
  // we have not joined. allms_ only grows, and startm sets m->thread under
  // lock_, so every M listed here has its thread handle.
  for (size_t seen = 0;;) {
    std::vector<M*> others;
    {
      LockGuard l(lock_);
      for (; seen < allms_.size(); seen++)
        if (allms_[seen] != m) others.push_back(allms_[seen]);
    }
    if (others.empty()) break;
    for (M* o : others) {
      o->park.wakeup();
      platform::thread_join(o->thread);
    }
  }
  tls_m = nullptr;
  return exit_code_.load();
}

// ---- single-thread drive ----

void Sched::start(Continuation* main, Frame main_pos) {
  single_ = true;
  start_mono_ = platform::monotonic_ns();
  m0_.id = 0;
  {
    LockGuard l(lock_);
    allms_.push_back(&m0_);
    pidle_ = nullptr;
    npidle_.store(0);
  }
  // On P0, as run() does: main goes to P0's runnext and its creation is
  // traced on P0.
  M* saved = tls_m;
  tls_m = &m0_;
  acquirep(&m0_, allp_[0]);
  main_g_ = spawn(main, main_pos, nullptr);
  releasep(&m0_);
  tls_m = saved;
}

DriveResult Sched::drive(int64_t slice_ns) {
  M* m = &m0_;
  M* saved = tls_m;
  tls_m = m;
  int64_t deadline = platform::monotonic_ns() + slice_ns;
  DriveResult res{DriveStatus::busy};
  int idle_rounds = 0;
  for (;;) {
    if (stopping()) {
      res = {DriveStatus::exited, 0, exit_code_.load()};
      break;
    }
    int n = nprocs_.load();
    // Retired Ps (GOMAXPROCS shrank) are drained by visiting them once more.
    for (int i = n; i < kMaxProcs && allp_[i] && allp_[i]->retired; i++) {
      if (!runq_empty(allp_[i])) {
        acquirep(m, allp_[i]);
        drop_retired(m);
      }
    }
    P* p = allp_[drive_next_p_ % n];
    drive_next_p_ = (drive_next_p_ + 1) % n;
    acquirep(m, p);
    G* g = find_runnable(m, false);
    if (g) {
      idle_rounds = 0;
      execute(m, g);
      releasep(m);
      if (platform::monotonic_ns() >= deadline) break;
      continue;
    }
    releasep(m);
    if (++idle_rounds < n) continue;  // every P looked once and found nothing
    idle_rounds = 0;
    int64_t next = timers_.next();
    if (next != INT64_MAX) {
      if (cfg_.fake_time) {
        timers_.advance_fake(next);
        continue;
      }
      int64_t now = nanotime();
      if (next <= now) continue;
      res = {DriveStatus::timers, next - now, 0};
      break;
    }
    if (external_waits_.load() > 0) {
      res = {DriveStatus::external, 0, 0};
      break;
    }
    deadlock();
    res = {DriveStatus::exited, 0, exit_code_.load()};
    break;
  }
  tls_m = saved;
  return res;
}

}  // namespace gopark::rt
