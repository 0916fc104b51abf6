// buffered - throughput of a buffered channel (capacity 128).
//
//   buffered [values=2000000] [gomaxprocs=2]
//
// One producer goroutine sends n values into a chan of capacity 128; main
// receives them all. Prints ns per value. Same work as bench/go/buffered.
#include "bench/runtime/bench_util.h"
#include "runtime/api/gopark.h"

int main(int argc, char** argv) {
  const int64_t n = bench::arg(argc, argv, 1, 2000000);
  const int procs = int(bench::arg(argc, argv, 2, 2));
  gopark::Options opts;
  opts.gomaxprocs = procs;
  return gopark::run(
      [n] {
        gopark::Chan<int64_t> c(128);
        const int64_t t0 = bench::now_ns();
        gopark::go([c, n]() mutable {
          for (int64_t i = 0; i < n; i++) c.send(i);
          c.close();
        });
        uint64_t sum = 0;
        int64_t got = 0;
        for (;;) {
          auto [v, ok] = c.recv2();
          if (!ok) break;
          sum += uint64_t(v);
          got++;
        }
        const int64_t t1 = bench::now_ns();
        if (got != n) {
          std::fprintf(stderr, "buffered: got %lld values, want %lld\n", (long long)got,
                       (long long)n);
          std::exit(1);
        }
        bench::sink(sum);
        bench::result(double(t1 - t0) / double(n), "ns/op");
      },
      opts);
}
