// worker_pool.cc - a fixed pool of workers on the C++ API.
//
// Jobs go into a buffered channel; W workers take them, "work" (sleep), and
// send results to another channel. A WaitGroup tells when every worker is
// done so the results channel can be closed. Runs on GOMAXPROCS threads.
// Run: build/native/runtime/examples/worker_pool [jobs] [workers]
#include <cstdio>
#include <cstdlib>

#include "runtime/api/gopark.h"

struct Result {
  int job;
  int worker;
  long value;
};

int main(int argc, char** argv) {
  int njobs = argc > 1 ? atoi(argv[1]) : 12;
  int nworkers = argc > 2 ? atoi(argv[2]) : 3;
  return gopark::run([=] {
    gopark::Chan<int> jobs(njobs, "jobs");
    gopark::Chan<Result> results(njobs, "results");
    gopark::WaitGroup wg;

    for (int w = 1; w <= nworkers; w++) {
      wg.add(1);
      gopark::go(
          [=, &wg]() mutable {
            for (;;) {
              auto [job, ok] = jobs.recv2();
              if (!ok) break;
              gopark::sleep(job % 3 * gopark::Millisecond);  // pretend to work
              results.send({job, w, long(job) * job});
            }
            wg.done();
          },
          "main.worker");
    }

    for (int j = 1; j <= njobs; j++) jobs.send(j);
    jobs.close();  // no more jobs: workers drain the buffer and exit

    gopark::go(
        [&wg, results]() mutable {
          wg.wait();
          results.close();
        },
        "main.main.func2");

    long total = 0;
    int count = 0;
    for (;;) {
      auto [r, ok] = results.recv2();
      if (!ok) break;
      printf("job %2d done by worker %d: %ld\n", r.job, r.worker, r.value);
      total += r.value;
      count++;
    }
    printf("%d jobs, total %ld\n", count, total);
  });
}
