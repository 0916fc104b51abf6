// parked-bytes - resident memory per goroutine parked on a channel receive.
//
//   parked_bytes [goroutines=100000] [gomaxprocs=1]
//
// Reads RSS (/proc/self/statm), starts n goroutines that each signal a
// WaitGroup and then block receiving from one shared unbuffered channel,
// waits until all have signalled, lets them settle into the parked state,
// reads RSS again, and prints (after - before) / n bytes. The channel is then
// closed so they all exit. Same method as bench/go/parked-bytes.
#include "bench/runtime/bench_util.h"
#include "runtime/api/gopark.h"

int main(int argc, char** argv) {
  const int64_t n = bench::arg(argc, argv, 1, 100000);
  const int procs = int(bench::arg(argc, argv, 2, 1));
  gopark::Options opts;
  opts.gomaxprocs = procs;
  return gopark::run(
      [n] {
        gopark::Chan<int64_t> c(0);
        gopark::WaitGroup started, exited;
        gopark::sleep(10 * gopark::Millisecond);
        const int64_t before = bench::rss_bytes();
        started.add(n);
        exited.add(n);
        for (int64_t i = 0; i < n; i++) {
          gopark::go([&, c]() mutable {
            started.done();
            c.recv();
            exited.done();
          });
        }
        started.wait();
        // The last ones to signal may not have parked yet.
        gopark::sleep(20 * gopark::Millisecond);
        const int64_t after = bench::rss_bytes();
        c.close();
        exited.wait();
        bench::result(double(after - before) / double(n), "bytes/goroutine");
      },
      opts);
}
