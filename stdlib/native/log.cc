// log.cc - package log's clock and caller position (log does not import
// time or runtime, and needs only this much of them).
#include <cstring>
#include <ctime>
#include <vector>

#include "interp/vm.h"
#include "runtime/sched.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

// log.now(utc bool) (year, month, day, hour, min, sec, usec int): the
// scheduler's wall clock (virtual with -faketime), as time.Now reads it.
// Local time is UTC, as time.Local is, so utc changes nothing.
bool log_now(NativeCall& c) {
  int64_t ns = c.g && c.g->sched ? c.g->sched->walltime() : 0;
  int64_t secs = ns / 1000000000;
  int64_t frac = ns % 1000000000 / 1000;
  if (frac < 0) {
    frac += 1000000;
    secs--;
  }
  std::time_t t = std::time_t(secs);
  std::tm tm{};
  gmtime_r(&t, &tm);
  c.R[0] = uint64_t(int64_t(tm.tm_year) + 1900);
  c.R[1] = uint64_t(tm.tm_mon + 1);
  c.R[2] = uint64_t(tm.tm_mday);
  c.R[3] = uint64_t(tm.tm_hour);
  c.R[4] = uint64_t(tm.tm_min);
  c.R[5] = uint64_t(tm.tm_sec);
  c.R[6] = uint64_t(frac);
  return true;
}

// log.caller(skip int) (file string, line int): frame skip of the
// goroutine's stack, innermost (the Go function calling the native) first.
bool log_caller(NativeCall& c) {
  int64_t skip = int64_t(c.R[0]);
  std::vector<rt::Frame> frames;
  if (c.g && c.g->cont) c.g->cont->traceback(c.g, frames);
  // The native may run in a frame of its own (log.caller): skip it.
  if (!frames.empty() && frames[0].func && std::strcmp(frames[0].func, "log.caller") == 0) skip++;
  const char* file = "???";
  int64_t line = 0;
  if (skip >= 0 && uint64_t(skip) < frames.size() && !frames[size_t(skip)].elided &&
      frames[size_t(skip)].file) {
    file = frames[size_t(skip)].file;
    line = frames[size_t(skip)].line;
  }
  if (!c.new_string(file, c.R)) return false;
  c.R[2] = uint64_t(line);
  return true;
}

}  // namespace

void register_log_natives() {
  using interp::register_native;
  register_native("log.now", log_now);
  register_native("log.caller", log_caller);
}

}  // namespace gopark::stdlib
