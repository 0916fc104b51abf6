// gopark.cc - the C++ API over fibers.
#include "runtime/api/gopark.h"

#include <cxxabi.h>

#include <cstdlib>

#include "runtime/fiber.h"
#include "runtime/sched.h"

namespace gopark {

namespace {
size_t g_stack_size = 64 * 1024;

}  // namespace

namespace detail {

const char* type_name(const std::type_info& t) {
  int status = 0;
  // Leaked on purpose: one string per element type, for the whole process.
  char* s = abi::__cxa_demangle(t.name(), nullptr, nullptr, &status);
  return status == 0 && s ? s : t.name();
}

rt::G* self() {
  rt::G* g = rt::Sched::current_g();
  if (!g) throw std::logic_error("gopark: called outside a goroutine");
  return g;
}

void raise(rt::G* g) {
  const char* text = g->panic_text ? g->panic_text : "unknown panic";
  g->panic_text = nullptr;
  if (g->op_flags & rt::kOpFatal) {
    g->op_flags = 0;
    g->sched->die(g, text, true);
    rt::Fiber::exit();
  }
  throw Panic(text);
}

rt::G* park(rt::G* g, Loc loc) {
  g->pos.file = loc.file;
  g->pos.line = loc.line;
  rt::Fiber::suspend(rt::Resume::park);
  return self();  // read again: we may be on another M now
}

}  // namespace detail

int run(std::function<void()> main, Options opts, const char* name, Loc loc) {
  rt::Config cfg;
  cfg.gomaxprocs = opts.gomaxprocs;
  cfg.seed = opts.seed;
  cfg.fake_time = opts.fake_time;
  cfg.write = opts.write;
  g_stack_size = opts.stack_size;
  rt::Sched s(cfg);
  rt::Fiber* f = rt::Fiber::create(std::move(main), name, g_stack_size);
  return s.run(f, rt::Frame{name, loc.file, loc.line});
}

rt::Sched* sched() {
  return detail::self()->sched;
}

void go(std::function<void()> fn, const char* name, Loc loc) {
  rt::G* parent = detail::self();
  rt::Fiber* f = rt::Fiber::create(std::move(fn), name, g_stack_size);
  rt::Frame at{parent->pos.func, loc.file, loc.line};
  if (!parent->sched->spawn(f, at, parent, name)) {
    f->destroy(nullptr);
    parent->sched->die(parent, "runtime: too many goroutines", true);
    rt::Fiber::exit();
  }
}

void gosched() {
  rt::Fiber::suspend(rt::Resume::yield);
}
int gomaxprocs(int n) {
  return detail::self()->sched->set_gomaxprocs(n);
}
uint64_t num_goroutine() {
  return detail::self()->sched->num_goroutine();
}
uint64_t goid() {
  return detail::self()->goid;
}
int64_t nanotime() {
  return detail::self()->sched->nanotime();
}

void sleep(Duration d, Loc loc) {
  detail::block([d](rt::G* g) { return rt::sleep(g, d); }, loc);
}

int Select::run(bool block, Loc loc) {
  int chosen = -1;
  bool ok = false;
  detail::block(
      [&](rt::G* g) {
        return rt::select(g, cases_.data(), int(cases_.size()), block, &chosen, &ok);
      },
      loc);
  if (chosen >= 0 && oks_[size_t(chosen)]) *oks_[size_t(chosen)] = ok;
  return chosen;
}

// ---- sync ----

Mutex::Mutex() {
  if (rt::G* g = rt::Sched::current_g()) g->sched->register_obj(&m_);
}
Mutex::~Mutex() {
  if (m_.sched) m_.sched->unregister_obj(&m_);
}
void Mutex::lock(Loc loc) {
  detail::block([this](rt::G* g) { return rt::mutex_lock(g, &m_); }, loc);
}
bool Mutex::try_lock() {
  return rt::mutex_try_lock(detail::self(), &m_);
}
void Mutex::unlock() {
  rt::G* g = detail::self();
  if (rt::mutex_unlock(g, &m_) == rt::Step::panic) detail::raise(g);
}

RWMutex::RWMutex() {
  if (rt::G* g = rt::Sched::current_g()) g->sched->register_obj(&rw_);
}
RWMutex::~RWMutex() {
  if (rw_.sched) rw_.sched->unregister_obj(&rw_);
}
void RWMutex::lock(Loc loc) {
  detail::block([this](rt::G* g) { return rt::rwmutex_lock(g, &rw_); }, loc);
}
void RWMutex::unlock() {
  rt::G* g = detail::self();
  if (rt::rwmutex_unlock(g, &rw_) == rt::Step::panic) detail::raise(g);
}
void RWMutex::rlock(Loc loc) {
  detail::block([this](rt::G* g) { return rt::rwmutex_rlock(g, &rw_); }, loc);
}
void RWMutex::runlock() {
  rt::G* g = detail::self();
  if (rt::rwmutex_runlock(g, &rw_) == rt::Step::panic) detail::raise(g);
}
bool RWMutex::try_lock() {
  return rt::rwmutex_try_lock(detail::self(), &rw_);
}
bool RWMutex::try_rlock() {
  return rt::rwmutex_try_rlock(detail::self(), &rw_);
}

WaitGroup::WaitGroup() {
  if (rt::G* g = rt::Sched::current_g()) g->sched->register_obj(&wg_);
}
WaitGroup::~WaitGroup() {
  if (wg_.sched) wg_.sched->unregister_obj(&wg_);
}
void WaitGroup::add(int64_t delta) {
  rt::G* g = detail::self();
  if (rt::waitgroup_add(g, &wg_, delta) == rt::Step::panic) detail::raise(g);
}
void WaitGroup::wait(Loc loc) {
  detail::block([this](rt::G* g) { return rt::waitgroup_wait(g, &wg_); }, loc);
}

Cond::Cond(Mutex& m) : m_(m) {
  if (rt::G* g = rt::Sched::current_g()) g->sched->register_obj(&c_);
}
Cond::~Cond() {
  if (c_.sched) c_.sched->unregister_obj(&c_);
}

void Cond::wait(Loc loc) {
  uint32_t t = rt::notify_list_add(&c_.notify);
  m_.unlock();
  detail::block([&](rt::G* g) { return rt::notify_list_wait(g, &c_.notify, t, &c_); }, loc);
  m_.lock(loc);
}
void Cond::signal() {
  rt::notify_list_notify_one(sched(), &c_.notify);
}
void Cond::broadcast() {
  rt::notify_list_notify_all(sched(), &c_.notify);
}

// ---- timers ----

namespace {
// Timer callbacks: offer the fire time on the timer's channel (buffer 1), and
// drop it if the previous tick is still unread, as Go's timers do.
void send_time(rt::Timer* t, int64_t now) {
  auto* c = static_cast<rt::Chan*>(t->arg);
  int64_t v = now;
  rt::chan_offer(c->sched, c, &v);
}
}  // namespace

Chan<int64_t> after(Duration d) {
  // The channel outlives the timer heap entry: the timer fires once and is
  // then unreferenced; keep both alive together.
  struct AfterTimer {
    rt::Timer t;
    Chan<int64_t> c{1};
  };
  auto* at = new AfterTimer;
  Chan<int64_t> c = at->c;
  at->t.arg = c.raw();
  at->t.f = [](rt::Timer* t, int64_t now) {
    send_time(t, now);
    delete reinterpret_cast<AfterTimer*>(t);  // t is the first member
  };
  at->t.orphaned = [](rt::Timer* t) { delete reinterpret_cast<AfterTimer*>(t); };
  sched()->timers().add(&at->t, nanotime() + d);
  return c;
}

Timer::Timer(Duration d) : c(1) {
  t_.arg = c.raw();
  t_.f = send_time;
  sched()->timers().add(&t_, nanotime() + d);
}
Timer::~Timer() {
  stop();
}
bool Timer::stop() {
  return sched()->timers().stop(&t_);
}
bool Timer::reset(Duration d) {
  return sched()->timers().reset(&t_, nanotime() + d);
}

Ticker::Ticker(Duration d) : c(1) {
  if (d <= 0) throw Panic("non-positive interval for NewTicker");
  t_.arg = c.raw();
  t_.f = send_time;
  sched()->timers().add(&t_, nanotime() + d, d);
}
Ticker::~Ticker() {
  stop();
}
void Ticker::stop() {
  sched()->timers().stop(&t_);
}
void Ticker::reset(Duration d) {
  sched()->timers().reset(&t_, nanotime() + d, d);
}

}  // namespace gopark
