// bench_util.h - shared helpers for the standalone runtime benchmarks.
//
// Every program prints exactly one line on stdout: "RESULT <value> <unit>".
// Sizes and GOMAXPROCS come from argv so bench/run.mjs can choose them.
#pragma once

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace bench {

// argv[i] as an integer, or def when absent.
inline int64_t arg(int argc, char** argv, int i, int64_t def) {
  if (i < argc && argv[i][0] != '\0') return std::strtoll(argv[i], nullptr, 10);
  return def;
}

// Monotonic wall time in nanoseconds (not the runtime's clock, which may be virtual).
inline int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Resident set size in bytes, from /proc/self/statm (second field, in pages).
inline int64_t rss_bytes() {
  std::ifstream f("/proc/self/statm");
  int64_t size = 0, resident = 0;
  f >> size >> resident;
  return resident * int64_t(sysconf(_SC_PAGESIZE));
}

inline void result(double value, const char* unit) {
  std::printf("RESULT %.6g %s\n", value, unit);
  std::fflush(stdout);
}

// Keeps a computed value alive so the optimizer cannot drop the work.
inline void sink(uint64_t v) {
  asm volatile("" : : "r"(v) : "memory");
}

}  // namespace bench
