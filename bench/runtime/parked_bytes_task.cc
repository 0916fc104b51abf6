// parked-bytes-task - resident memory per parked goroutine whose state is
// heap data (the resumable continuation the interpreter's VM goroutines
// use), rather than a native fiber stack.
//
//   parked_bytes_task [goroutines=100000] [gomaxprocs=1]
//
// Same method as parked_bytes.cc and bench/go/parked-bytes: RSS before, n
// goroutines each signal and then block receiving from one unbuffered
// channel, RSS after, (after - before) / n. What it measures is the
// runtime's own cost per goroutine (G, sudog, run-queue slot) plus a small
// continuation object; a VM goroutine adds its frames on top.
#include <memory>

#include "bench/runtime/bench_util.h"
#include "runtime/sync.h"
#include "runtime/testing/steps.h"

using namespace gopark::rt;
using namespace gopark::rt::testing;

int main(int argc, char** argv) {
  const int64_t n = bench::arg(argc, argv, 1, 100000);
  Config cfg;
  cfg.gomaxprocs = int(bench::arg(argc, argv, 2, 1));
  struct Shared {
    WaitGroup started, exited;
    int64_t before = 0, after = 0;
  };
  auto sh = std::make_shared<Shared>();
  RunResult r = run(cfg, [sh, n, c = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    {
      const char* panic = nullptr;
      c = chan_make(t.sched(), int64_type(), 0, &panic);
    }
    AWAIT(t, sleep(t.g(), 10000000));
    sh->before = bench::rss_bytes();
    AWAIT(t, waitgroup_add(t.g(), &sh->started, n));
    AWAIT(t, waitgroup_add(t.g(), &sh->exited, n));
    for (t.i = 0; t.i < n; t.i++) {
      go(t, [sh, c](Task& t) -> Resume {
        TASK_BEGIN(t);
        AWAIT(t, waitgroup_add(t.g(), &sh->started, -1));
        AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
        AWAIT(t, waitgroup_add(t.g(), &sh->exited, -1));
        TASK_END(t);
      });
    }
    AWAIT(t, waitgroup_wait(t.g(), &sh->started));
    AWAIT(t, sleep(t.g(), 20000000));  // let the last ones park
    sh->after = bench::rss_bytes();
    AWAIT(t, chan_close(t.g(), c));
    AWAIT(t, waitgroup_wait(t.g(), &sh->exited));
    chan_free(c);
    TASK_END(t);
  });
  if (r.code != 0) {
    std::fprintf(stderr, "%s", r.out.c_str());
    return r.code;
  }
  bench::result(double(sh->after - sh->before) / double(n), "bytes/goroutine");
  return 0;
}
