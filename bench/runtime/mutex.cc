// mutex - 4 goroutines contending on one Mutex.
//
//   mutex [ops=2000000] [gomaxprocs=2]
//
// Four goroutines each do ops/4 Lock; counter++; Unlock. Prints ns per
// lock/unlock pair (total wall time / ops). Same work as bench/go/mutex.
#include "bench/runtime/bench_util.h"
#include "runtime/api/gopark.h"

int main(int argc, char** argv) {
  const int64_t n = bench::arg(argc, argv, 1, 2000000) / 4 * 4;
  const int procs = int(bench::arg(argc, argv, 2, 2));
  gopark::Options opts;
  opts.gomaxprocs = procs;
  return gopark::run(
      [n] {
        gopark::Mutex mu;
        gopark::WaitGroup wg;
        int64_t counter = 0;
        const int64_t t0 = bench::now_ns();
        wg.add(4);
        for (int k = 0; k < 4; k++) {
          gopark::go([&] {
            for (int64_t i = 0; i < n / 4; i++) {
              mu.lock();
              counter++;
              mu.unlock();
            }
            wg.done();
          });
        }
        wg.wait();
        const int64_t t1 = bench::now_ns();
        if (counter != n) {
          std::fprintf(stderr, "mutex: counter %lld, want %lld\n", (long long)counter,
                       (long long)n);
          std::exit(1);
        }
        bench::result(double(t1 - t0) / double(n), "ns/op");
      },
      opts);
}
