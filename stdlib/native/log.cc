// log.cc - package log's clock and caller position (time.Now and
// runtime.Caller have no natives yet, and log needs only this much).
#include <chrono>
#include <cstring>
#include <ctime>
#include <vector>

#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

// log.now(utc bool) (year, month, day, hour, min, sec, usec int)
bool log_now(NativeCall& c) {
  bool utc = c.R[0] != 0;
  auto since = std::chrono::system_clock::now().time_since_epoch();
  int64_t us = std::chrono::duration_cast<std::chrono::microseconds>(since).count();
  int64_t secs = us / 1000000;
  int64_t frac = us % 1000000;
  if (frac < 0) {
    frac += 1000000;
    secs--;
  }
  std::time_t t = std::time_t(secs);
  std::tm tm{};
  if (utc)
    gmtime_r(&t, &tm);
  else
    localtime_r(&t, &tm);
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
