// gopark.h - Go-style concurrency for native C++ programs.
//
//   int main() {
//     return gopark::run([] {
//       gopark::Chan<int> c;            // unbuffered
//       gopark::go([c]() mutable { c.send(42); });
//       printf("%d\n", c.recv());
//     });
//   }
//
// Goroutines are fibers (runtime/fiber.h) scheduled by the G/M/P runtime on
// GOMAXPROCS threads. Every call below except run() must be made from inside
// a goroutine. A Go panic (send on a closed channel, a negative WaitGroup
// counter, ...) is thrown as gopark::Panic; one that escapes a goroutine ends
// the program as Go does: "panic: ..." and a goroutine dump on stderr, exit
// status 2. Thread-safety: Chan handles, Mutex, RWMutex, WaitGroup, Cond and
// Once are safe to share between goroutines; a Select is used by one.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "runtime/chan.h"
#include "runtime/sync.h"
#include "runtime/timer.h"

namespace gopark {

// A call site, captured by default arguments, for dumps and the state panel.
struct Loc {
  const char* file;
  int line;
  static constexpr Loc here(const char* f = __builtin_FILE(), int l = __builtin_LINE()) {
    return {f, l};
  }
};

struct Options {
  int gomaxprocs = 0;      // 0: number of CPUs
  uint64_t seed = 0;       // 0: random
  bool fake_time = false;  // virtual clock
  size_t stack_size = 64 * 1024;
  // Where fatal errors, panics and dumps go (fd 2). Default: stderr.
  std::function<void(int fd, std::string_view text)> write;
};

// Runs main as goroutine 1 and returns the program's exit status: 0 when
// main returns, 2 after an unrecovered panic or a deadlock.
int run(std::function<void()> main, Options opts = {}, const char* name = "main.main",
        Loc loc = Loc::here());

struct Panic : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void go(std::function<void()> fn, const char* name = "main.func", Loc loc = Loc::here());
void gosched();
int gomaxprocs(int n = 0);  // sets when n > 0; returns the previous value
uint64_t num_goroutine();
uint64_t goid();
rt::Sched* sched();  // the running program's scheduler

using Duration = int64_t;  // nanoseconds, as Go's time.Duration
constexpr Duration Nanosecond = 1, Microsecond = 1000, Millisecond = 1000000, Second = 1000000000;
void sleep(Duration d, Loc loc = Loc::here());
int64_t nanotime();  // the run's clock (virtual under fake_time)

namespace detail {
[[noreturn]] void raise(rt::G* g);
rt::G* self();
// Parks the calling fiber at loc; returns its G (possibly on another M).
rt::G* park(rt::G* g, Loc loc);

// Runs a Step-protocol operation to completion, parking as needed. A
// template, so the operation inlines: this is on every channel operation.
template <class Op>
void block(Op&& op, Loc loc) {
  rt::G* g = self();
  for (;;) {
    rt::Step st = op(g);
    if (st == rt::Step::done) return;
    if (st == rt::Step::panic) raise(g);
    g = park(g, loc);
  }
}

template <class T>
void fmt_value(const rt::ElemType&, const void* p, std::string& out) {
  const T& v = *static_cast<const T*>(p);
  if constexpr (std::is_same_v<T, bool>)
    out = v ? "true" : "false";
  else if constexpr (std::is_arithmetic_v<T>)
    out = std::to_string(v);
  else if constexpr (std::is_convertible_v<T, std::string>)
    out = std::string(v);
  else
    out.assign(1, '?');
}

// The C++ spelling of a type, for the state panel ("int", not "i").
const char* type_name(const std::type_info& t);

template <class T>
const rt::ElemType* elem_type() {
  static const rt::ElemType et = [] {
    rt::ElemType e;
    e.name = type_name(typeid(T));
    e.size = sizeof(T);
    e.align = alignof(T);
    e.format = &fmt_value<T>;
    if constexpr (!std::is_trivially_copyable_v<T>) {
      e.zero = [](void* p) { new (p) T(); };
      e.destroy = [](void* p) { static_cast<T*>(p)->~T(); };
      e.move = [](void* d, void* s) {
        *static_cast<T*>(d) = std::move(*static_cast<T*>(s));
        *static_cast<T*>(s) = T();
      };
    }
    return e;
  }();
  return &et;
}

// Owns a channel; the last Chan handle frees it.
struct ChanRef {
  explicit ChanRef(rt::Chan* ch) : c(ch) {}
  ChanRef(const ChanRef&) = delete;
  ChanRef& operator=(const ChanRef&) = delete;
  ~ChanRef() { rt::chan_free(c); }
  rt::Chan* c;
};
}  // namespace detail

// A channel handle. Copies share the channel; a default-constructed Chan is
// nil (operations on it block forever, as in Go).
template <class T>
class Chan {
 public:
  Chan() = default;
  explicit Chan(int64_t cap, const char* label = nullptr) { make(cap, label); }
  static Chan make_unbuffered(const char* label = nullptr) {
    Chan c;
    c.make(0, label);
    return c;
  }

  void send(T v, Loc loc = Loc::here()) {
    rt::Chan* c = raw();
    detail::block([&](rt::G* g) { return rt::chan_send(g, c, &v); }, loc);
  }
  T recv(Loc loc = Loc::here()) { return recv2(loc).first; }
  // The value and false once the channel is closed and drained.
  std::pair<T, bool> recv2(Loc loc = Loc::here()) {
    std::pair<T, bool> r{T(), false};
    rt::Chan* c = raw();
    detail::block([&](rt::G* g) { return rt::chan_recv(g, c, &r.first, &r.second); }, loc);
    return r;
  }
  void close(Loc loc = Loc::here()) {
    rt::Chan* c = raw();
    detail::block([&](rt::G* g) { return rt::chan_close(g, c); }, loc);
  }
  int64_t len() const { return rt::chan_len(raw()); }
  int64_t cap() const { return rt::chan_cap(raw()); }
  bool nil() const { return !ref_; }
  rt::Chan* raw() const { return ref_ ? ref_->c : nullptr; }
  bool operator==(const Chan& o) const { return raw() == o.raw(); }

 private:
  void make(int64_t cap, const char* label) {
    const char* panic = nullptr;
    rt::Chan* c = rt::chan_make(sched(), detail::elem_type<T>(), cap, &panic);
    if (!c) throw Panic(panic);
    c->label = label;
    ref_ = std::make_shared<detail::ChanRef>(c);
  }
  std::shared_ptr<detail::ChanRef> ref_;
};

// select. Add cases, then wait() (blocking) or poll() (with a default case).
// Both return the index of the case that proceeded in order of adding, or
// -1 from poll() when none could.
class Select {
 public:
  template <class T>
  Select& recv(const Chan<T>& c, T* out = nullptr, bool* ok = nullptr) {
    cases_.push_back({c.raw(), out, false});
    oks_.push_back(ok);
    return *this;
  }
  template <class T>
  Select& send(const Chan<T>& c, T v) {
    auto holder = std::make_shared<T>(std::move(v));
    values_.push_back(holder);
    cases_.push_back({c.raw(), holder.get(), true});
    oks_.push_back(nullptr);
    return *this;
  }
  int wait(Loc loc = Loc::here()) { return run(true, loc); }
  int poll(Loc loc = Loc::here()) { return run(false, loc); }

 private:
  int run(bool block, Loc loc);
  std::vector<rt::SelectCase> cases_;
  std::vector<bool*> oks_;
  std::vector<std::shared_ptr<void>> values_;
};

class Mutex {
 public:
  Mutex();
  ~Mutex();
  Mutex(const Mutex&) = delete;
  void lock(Loc loc = Loc::here());
  bool try_lock();
  void unlock();
  rt::Mutex* raw() { return &m_; }

 private:
  rt::Mutex m_;
};

class RWMutex {
 public:
  RWMutex();
  ~RWMutex();
  RWMutex(const RWMutex&) = delete;
  void lock(Loc loc = Loc::here());
  void unlock();
  void rlock(Loc loc = Loc::here());
  void runlock();
  bool try_lock();
  bool try_rlock();

 private:
  rt::RWMutex rw_;
};

class WaitGroup {
 public:
  WaitGroup();
  ~WaitGroup();
  WaitGroup(const WaitGroup&) = delete;
  void add(int64_t delta);
  void done() { add(-1); }
  void wait(Loc loc = Loc::here());
  int32_t counter() const { return rt::waitgroup_counter(&wg_); }

 private:
  rt::WaitGroup wg_;
};

// sync.Cond over a Mutex.
class Cond {
 public:
  explicit Cond(Mutex& m);
  ~Cond();
  Cond(const Cond&) = delete;
  void wait(Loc loc = Loc::here());
  void signal();
  void broadcast();

 private:
  Mutex& m_;
  rt::Cond c_;
};

class Once {
 public:
  template <class F>
  void call(F&& f) {
    if (done_.load(std::memory_order_acquire)) return;
    m_.lock();
    if (!done_.load(std::memory_order_relaxed)) {
      struct Mark {
        std::atomic<bool>& d;
        ~Mark() { d.store(true, std::memory_order_release); }
      } mark{done_};
      try {
        f();
      } catch (...) {
        m_.unlock();
        throw;
      }
    }
    m_.unlock();
  }

 private:
  std::atomic<bool> done_{false};
  Mutex m_;
};

// Timers: channels of int64 (the nanotime() at which the timer fired).
Chan<int64_t> after(Duration d);

class Timer {
 public:
  explicit Timer(Duration d);
  ~Timer();
  Timer(const Timer&) = delete;
  bool stop();             // true if it stopped a pending timer
  bool reset(Duration d);  // true if it was pending
  Chan<int64_t> c;

 private:
  rt::Timer t_;
};

class Ticker {
 public:
  explicit Ticker(Duration d);
  ~Ticker();
  Ticker(const Ticker&) = delete;
  void stop();
  void reset(Duration d);
  Chan<int64_t> c;

 private:
  rt::Timer t_;
};

}  // namespace gopark
