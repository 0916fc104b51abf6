// select4 - fan-in: one consumer selecting over 4 unbuffered channels.
//
//   select4 [values=1000000] [gomaxprocs=2]
//
// Four producers each send n/4 values on their own unbuffered channel; main
// runs a 4-case select until it has received all n. Prints ns per value.
// Same work as bench/go/select4.
#include "bench/runtime/bench_util.h"
#include "runtime/api/gopark.h"

int main(int argc, char** argv) {
  const int64_t n = bench::arg(argc, argv, 1, 1000000) / 4 * 4;
  const int procs = int(bench::arg(argc, argv, 2, 2));
  gopark::Options opts;
  opts.gomaxprocs = procs;
  return gopark::run(
      [n] {
        gopark::Chan<int64_t> c[4] = {gopark::Chan<int64_t>(0), gopark::Chan<int64_t>(0),
                                      gopark::Chan<int64_t>(0), gopark::Chan<int64_t>(0)};
        const int64_t t0 = bench::now_ns();
        for (int k = 0; k < 4; k++) {
          gopark::go([ch = c[k], n]() mutable {
            for (int64_t i = 0; i < n / 4; i++) ch.send(i);
          });
        }
        uint64_t sum = 0;
        int64_t v = 0;
        gopark::Select sel;
        sel.recv(c[0], &v).recv(c[1], &v).recv(c[2], &v).recv(c[3], &v);
        for (int64_t got = 0; got < n; got++) {
          sel.wait();
          sum += uint64_t(v);
        }
        const int64_t t1 = bench::now_ns();
        bench::sink(sum);
        bench::result(double(t1 - t0) / double(n), "ns/op");
      },
      opts);
}
