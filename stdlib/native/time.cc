// time.cc - package time's clock, sleep and timers over the scheduler's
// clock (real or virtual) and timer heap (runtime/timer.h).
#include "interp/vm.h"
#include "runtime/sched.h"
#include "runtime/timer.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

constexpr int64_t kUnixToInternal = 62135596800;  // year 1 to 1970, in seconds

// now() Time: {sec, nsec | hasMono << 32, mono, loc} in register form,
// with a nil location: time.Now sets Local (which is UTC in gopark, as on
// Go's playground).
bool now(NativeCall& c) {
  rt::Sched* s = c.g->sched;
  int64_t wall = s->walltime();
  c.R[0] = uint64_t(wall / 1000000000 + kUnixToInternal);
  c.R[1] = uint64_t(wall % 1000000000) | uint64_t(1) << 32;
  c.R[2] = uint64_t(s->nanotime());
  c.R[3] = 0;
  return true;
}

// Sleep(d Duration)
bool sleep(NativeCall& c) {
  rt::Step st = rt::sleep(c.g, int64_t(c.R[0]));
  if (st == rt::Step::done) return true;
  c.park = true;
  return false;
}

// The runtimeTimer at R[0]: {id uint64, c chan Time, f func()}.
uint64_t* timer_arg(NativeCall& c) {
  auto* r = reinterpret_cast<uint64_t*>(arg_ptr(c.R[0]));
  if (!r) c.panic = "runtime error: invalid memory address or nil pointer dereference";
  return r;
}

// startTimer(r *runtimeTimer, d, period int64)
bool start_timer(NativeCall& c) {
  uint64_t* r = timer_arg(c);
  if (!r) return false;
  r[0] = c.vm->start_timer(c.R[0], r[1], r[2], r[3], int64_t(c.R[1]), int64_t(c.R[2]));
  return true;
}

// stopTimer(r *runtimeTimer) bool
bool stop_timer(NativeCall& c) {
  uint64_t* r = timer_arg(c);
  if (!r) return false;
  c.R[0] = r[0] && c.vm->stop_timer(r[0]);
  return true;
}

// resetTimer(r *runtimeTimer, d, period int64) bool
bool reset_timer(NativeCall& c) {
  uint64_t* r = timer_arg(c);
  if (!r) return false;
  c.R[0] = r[0] && c.vm->reset_timer(r[0], int64_t(c.R[1]), int64_t(c.R[2]));
  return true;
}

}  // namespace

void register_time_natives() {
  using interp::register_native;
  register_native("time.now", now);
  register_native("time.Sleep", sleep);
  register_native("time.startTimer", start_timer);
  register_native("time.stopTimer", stop_timer);
  register_native("time.resetTimer", reset_timer);
}

}  // namespace gopark::stdlib
