// pingpong - unbuffered ping-pong between two goroutines.
//
//   pingpong [rounds=1000000] [gomaxprocs=1]
//
// main sends on ping, the partner receives it and answers on pong; one round
// trip is two unbuffered hand-offs and two park/ready pairs. Prints ns per
// round trip. Same work as bench/go/pingpong/main.go.
#include "bench/runtime/bench_util.h"
#include "runtime/api/gopark.h"

int main(int argc, char** argv) {
  const int64_t n = bench::arg(argc, argv, 1, 1000000);
  const int procs = int(bench::arg(argc, argv, 2, 1));
  gopark::Options opts;
  opts.gomaxprocs = procs;
  return gopark::run(
      [n] {
        gopark::Chan<int64_t> ping(0);
        gopark::Chan<int64_t> pong(0);
        gopark::go([ping, pong]() mutable {
          for (;;) {
            auto [v, ok] = ping.recv2();
            if (!ok) return;
            pong.send(v + 1);
          }
        });
        // Warm up: start the partner and settle the scheduler.
        for (int64_t i = 0; i < 1000; i++) {
          ping.send(i);
          pong.recv();
        }
        uint64_t sum = 0;
        const int64_t t0 = bench::now_ns();
        for (int64_t i = 0; i < n; i++) {
          ping.send(i);
          sum += uint64_t(pong.recv());
        }
        const int64_t t1 = bench::now_ns();
        ping.close();
        bench::sink(sum);
        bench::result(double(t1 - t0) / double(n), "ns/op");
      },
      opts);
}
