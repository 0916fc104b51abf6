// spawn - goroutine creation and exit.
//
//   spawn [goroutines=1000000] [gomaxprocs=2]
//
// main does wg.Add(n), starts n goroutines that each call wg.Done() and
// exit, then waits. Prints ns per goroutine (spawn + run + exit, amortized;
// with gomaxprocs > 1 other Ps run them while main keeps spawning). Same
// work as bench/go/spawn.
#include "bench/runtime/bench_util.h"
#include "runtime/api/gopark.h"

int main(int argc, char** argv) {
  const int64_t n = bench::arg(argc, argv, 1, 1000000);
  const int procs = int(bench::arg(argc, argv, 2, 2));
  gopark::Options opts;
  opts.gomaxprocs = procs;
  return gopark::run(
      [n] {
        gopark::WaitGroup wg;
        const int64_t t0 = bench::now_ns();
        wg.add(n);
        for (int64_t i = 0; i < n; i++) {
          gopark::go([&wg] { wg.done(); });
        }
        wg.wait();
        const int64_t t1 = bench::now_ns();
        bench::result(double(t1 - t0) / double(n), "ns/op");
      },
      opts);
}
