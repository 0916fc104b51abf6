// parallel - speedup of a CPU-bound job from 1 P to `procs` Ps.
//
//   parallel [work=200000000] [gomaxprocs=2] [goroutines=16]
//
// The job: `work` rounds of an integer mixing function, split evenly over
// `goroutines` goroutines, each sending its partial result on a channel that
// main sums. It is run once to warm up, then timed twice at GOMAXPROCS 1 and
// twice at GOMAXPROCS procs, alternately (set at run time, as
// runtime.GOMAXPROCS does). Prints best time(1) / best time(procs), the
// speedup. Same work as bench/go/parallel.
#include <algorithm>

#include "bench/runtime/bench_util.h"
#include "runtime/api/gopark.h"

namespace {

// xorshift-multiply rounds: no memory traffic, no vectorizable reduction.
uint64_t crunch(uint64_t seed, int64_t rounds) {
  uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
  for (int64_t i = 0; i < rounds; i++) {
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
  }
  return x;
}

int64_t job(int64_t work, int parts) {
  gopark::Chan<uint64_t> out(parts);
  const int64_t t0 = bench::now_ns();
  for (int k = 0; k < parts; k++) {
    gopark::go(
        [out, k, rounds = work / parts]() mutable { out.send(crunch(uint64_t(k), rounds)); });
  }
  uint64_t sum = 0;
  for (int k = 0; k < parts; k++) sum += out.recv();
  const int64_t t1 = bench::now_ns();
  bench::sink(sum);
  return t1 - t0;
}

}  // namespace

int main(int argc, char** argv) {
  const int64_t work = bench::arg(argc, argv, 1, 200000000);
  const int procs = int(bench::arg(argc, argv, 2, 2));
  const int parts = int(bench::arg(argc, argv, 3, 16));
  gopark::Options opts;
  opts.gomaxprocs = 1;
  return gopark::run(
      [=] {
        job(work / 4, parts);  // warm up
        // Two rounds of (1 P, procs Ps), keeping each side's best time, so a
        // burst of load from elsewhere on the machine spoils less.
        int64_t t1 = INT64_MAX, tn = INT64_MAX;
        for (int round = 0; round < 2; round++) {
          gopark::gomaxprocs(1);
          t1 = std::min(t1, job(work, parts));
          gopark::gomaxprocs(procs);
          tn = std::min(tn, job(work, parts));
        }
        bench::result(double(t1) / double(tn), "speedup");
      },
      opts);
}
