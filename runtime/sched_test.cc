// sched_test.cc - the scheduler: many parked goroutines, spreading work over
// Ps, reproducible seeded runs, GOMAXPROCS changes, deadlock reports,
// Gosched, single-thread drive, and the goroutine limit. On the
// state-machine continuation.
#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/sync.h"
#include "runtime/testing/steps.h"

namespace gopark::rt::testing {
namespace {

class SchedTest : public ::testing::TestWithParam<int> {
 protected:
  Config cfg(bool fake_time = false) {
    Config c;
    c.gomaxprocs = GetParam();
    c.seed = 1;
    c.fake_time = fake_time;
    return c;
  }
};

constexpr int64_t kMillisecond = 1000000;

Chan* make(Task& t, int64_t cap) {
  const char* panic = nullptr;
  return chan_make(t.sched(), int64_type(), cap, &panic);
}

// Busy-waits ns of real time (CPU-bound work that the runtime cannot see).
void spin_for(int64_t ns) {
  int64_t until = platform::monotonic_ns() + ns;
  while (platform::monotonic_ns() < until) platform::cpu_relax();
}

// 100000 goroutines park receiving from one channel; main then sends each a
// distinct value. Every one must be woken exactly once with its own value.
TEST_P(SchedTest, HundredThousandParkedGoroutinesAllWake) {
  constexpr int64_t kN = 100000;
  struct Shared {
    WaitGroup wg;
    std::atomic<int64_t> woken{0};
    std::atomic<int64_t> sum{0};
    std::atomic<int64_t> not_ok{0};
    uint64_t goroutines_parked = 0;
    int64_t woken_before_send = -1;
  };
  auto sh = std::make_shared<Shared>();
  RunResult r = run(cfg(/*fake_time=*/true), [sh, c = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    c = make(t, kN);
    AWAIT(t, waitgroup_add(t.g(), &sh->wg, kN));
    for (t.i = 0; t.i < kN; t.i++) {
      go(t, [sh, c](Task& t) -> Resume {
        TASK_BEGIN(t);
        AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
        if (!t.ok) sh->not_ok++;
        sh->sum += t.v;
        sh->woken++;
        AWAIT(t, waitgroup_add(t.g(), &sh->wg, -1));
        TASK_END(t);
      });
    }
    // The virtual clock moves only when every goroutine is blocked.
    AWAIT(t, sleep(t.g(), 1));
    sh->goroutines_parked = t.sched()->num_goroutine();
    sh->woken_before_send = sh->woken.load();
    for (t.i = 0; t.i < kN; t.i++) {
      t.v = t.i + 1;
      AWAIT(t, chan_send(t.g(), c, &t.v));
    }
    AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
    chan_free(c);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(sh->goroutines_parked, uint64_t(kN + 1));
  EXPECT_EQ(sh->woken_before_send, 0);
  EXPECT_EQ(sh->woken.load(), kN);
  EXPECT_EQ(sh->not_ok.load(), 0);
  EXPECT_EQ(sh->sum.load(), kN * (kN + 1) / 2);
}

// Runnable CPU-bound goroutines are spread over every P.
TEST(SchedSpread, CpuBoundGoroutinesRunOnEveryP) {
  Config c;
  c.gomaxprocs = 4;
  c.seed = 1;
  auto per_p = std::make_shared<std::vector<uint64_t>>();
  auto finished = std::make_shared<std::atomic<int>>(0);
  RunResult r = run(c, [per_p, finished, done = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    done = make(t, 64);
    for (t.i = 0; t.i < 64; t.i++) {
      go(t, [done, finished](Task& t) -> Resume {
        TASK_BEGIN(t);
        for (t.i = 0; t.i < 10; t.i++) {  // ~2ms in all
          spin_for(200000);
          YIELD(t);
        }
        (*finished)++;
        AWAIT(t, chan_send(t.g(), done, &t.v));
        TASK_END(t);
      });
    }
    for (t.i = 0; t.i < 64; t.i++) AWAIT(t, chan_recv(t.g(), done, nullptr, nullptr));
    *per_p = t.sched()->executed_per_p();
    chan_free(done);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(finished->load(), 64);
  ASSERT_EQ(per_p->size(), 4u);
  for (size_t i = 0; i < 4; i++) EXPECT_GT((*per_p)[i], 0u) << "P" << i;
}

// A program with several goroutines, buffered and unbuffered channels,
// select and sleeps. Returns the trace as (kind, g, arg) and the select
// choices.
struct Recording {
  int code = -1;
  std::vector<std::tuple<int, uint64_t, uint64_t>> events;
  std::vector<int> choices;
  bool dropped = false;
};

Recording record_program(uint64_t seed) {
  Config c;
  c.gomaxprocs = 1;
  c.seed = seed;
  c.fake_time = true;
  auto rec = std::make_shared<Recording>();
  RunResult r = run(
      c,
      [rec, a = (Chan*)nullptr, b = (Chan*)nullptr,
       out = (Chan*)nullptr](Task& t) mutable -> Resume {
        TASK_BEGIN(t);
        a = make(t, 16);
        b = make(t, 16);
        out = make(t, 0);
        for (t.i = 0; t.i < 8; t.i++) {
          t.v = t.i;
          AWAIT(t, chan_send(t.g(), a, &t.v));
          t.v = 100 + t.i;
          AWAIT(t, chan_send(t.g(), b, &t.v));
        }
        // A consumer selecting among two ready channels, reporting its choice.
        go(t, [a, b, out, cs = std::array<SelectCase, 2>{}](Task& t) mutable -> Resume {
          TASK_BEGIN(t);
          cs[0] = {a, &t.v, false};
          cs[1] = {b, &t.v, false};
          for (t.i = 0; t.i < 20; t.i++) {
            AWAIT(t, select(t.g(), cs.data(), 2, true, &t.chosen, &t.ok));
            t.w = t.chosen;
            AWAIT(t, chan_send(t.g(), out, &t.w));
          }
          TASK_END(t);
        });
        // Two producers adding more, with sleeps in between.
        for (t.i = 0; t.i < 2; t.i++) {
          go(t, [a, b, k = t.i](Task& t) -> Resume {
            TASK_BEGIN(t);
            for (t.i = 0; t.i < 2; t.i++) {
              AWAIT(t, sleep(t.g(), (k + 1) * kMillisecond));
              t.v = 1000 + t.i;
              AWAIT(t, chan_send(t.g(), k == 0 ? a : b, &t.v));
            }
            TASK_END(t);
          });
        }
        for (t.i = 0; t.i < 20; t.i++) {
          AWAIT(t, chan_recv(t.g(), out, &t.v, &t.ok));
          rec->choices.push_back(int(t.v));
        }
        AWAIT(t, sleep(t.g(), 10 * kMillisecond));  // the producers finish
        {
          uint64_t dropped = 0;
          for (const TraceEvent& e : t.sched()->trace().drain(&dropped))
            rec->events.push_back({int(e.kind), e.g, e.arg});
          rec->dropped = dropped != 0;
        }
        chan_free(a);
        chan_free(b);
        chan_free(out);
        TASK_END(t);
      },
      [](Sched& s) { s.trace().enable(1 << 16); });
  rec->code = r.code;
  return *rec;
}

TEST(SchedSeed, SeededRunOnOnePIsReproducible) {
  Recording first = record_program(42);
  Recording second = record_program(42);
  EXPECT_EQ(first.code, 0);
  EXPECT_FALSE(first.dropped);
  EXPECT_GT(first.events.size(), 100u);
  ASSERT_EQ(first.choices.size(), 20u);
  EXPECT_EQ(first.events, second.events);
  EXPECT_EQ(first.choices, second.choices);
  // Both cases were taken: the choice was really random.
  int ones = 0;
  for (int ch : first.choices) ones += ch;
  EXPECT_GT(ones, 0);
  EXPECT_LT(ones, 20);

  Recording other = record_program(43);
  EXPECT_EQ(other.code, 0);
  EXPECT_NE(first.choices, other.choices);
}

TEST(SchedProcs, SetGomaxprocsAtRunTime) {
  Config c;
  c.gomaxprocs = 4;
  c.seed = 1;
  struct Shared {
    std::vector<int> values;  // main only
    std::atomic<int> work{0};
  };
  auto sh = std::make_shared<Shared>();
  constexpr int kWorkers = 16;
  RunResult r = run(c, [sh, done = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    done = make(t, kWorkers);
    sh->values.push_back(t.sched()->gomaxprocs());
    for (t.j = 0; t.j < 3; t.j++) {
      if (t.j == 1) sh->values.push_back(t.sched()->set_gomaxprocs(1));
      if (t.j == 2) sh->values.push_back(t.sched()->set_gomaxprocs(3));
      sh->values.push_back(t.sched()->gomaxprocs());
      sh->values.push_back(int(t.sched()->executed_per_p().size()));
      // A batch of yielding workers must still all complete.
      for (t.i = 0; t.i < kWorkers; t.i++) {
        go(t, [sh, done](Task& t) -> Resume {
          TASK_BEGIN(t);
          for (t.i = 0; t.i < 20; t.i++) {
            spin_for(10000);
            YIELD(t);
          }
          sh->work++;
          AWAIT(t, chan_send(t.g(), done, &t.v));
          TASK_END(t);
        });
      }
      // Yield too, so main is rescheduled (perhaps on a P that is gone).
      YIELD(t);
      for (t.i = 0; t.i < kWorkers; t.i++) AWAIT(t, chan_recv(t.g(), done, nullptr, nullptr));
      sh->values.push_back(sh->work.load());
    }
    chan_free(done);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(sh->values, (std::vector<int>{4, 4, 4, kWorkers,      //
                                          4, 1, 1, 2 * kWorkers,  //
                                          1, 3, 3, 3 * kWorkers}));
}

TEST_P(SchedTest, DeadlockReportsEveryBlockedGoroutine) {
  auto chans = std::make_shared<std::vector<Chan*>>();
  RunResult r =
      run(cfg(), [chans, c1 = (Chan*)nullptr, c2 = (Chan*)nullptr](Task& t) mutable -> Resume {
        TASK_BEGIN(t);
        c1 = make(t, 0);
        c2 = make(t, 0);
        *chans = {c1, c2};
        go(t, [c2](Task& t) -> Resume {
          TASK_BEGIN(t);
          AWAIT(t, chan_send(t.g(), c2, &t.v));
          TASK_END(t);
        });
        AWAIT(t, chan_recv(t.g(), c1, &t.v, &t.ok));
        TASK_END(t);
      });
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("fatal error: all goroutines are asleep - deadlock!"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("goroutine 1 [chan receive]:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("goroutine 2 [chan send]:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("created by main.main in goroutine 1"), std::string::npos) << r.out;
  // The program never got to free them; its Sched (and registry) is gone.
  for (Chan* c : *chans) {
    c->sched = nullptr;
    chan_free(c);
  }
}

// On one P, a new goroutine cannot run until main yields; Gosched lets it.
TEST(SchedYield, GoschedLetsAnotherGoroutineRunOnOneP) {
  Config c;
  c.gomaxprocs = 1;
  c.seed = 1;
  auto log = std::make_shared<std::vector<std::string>>();
  auto flag = std::make_shared<std::atomic<bool>>(false);
  RunResult r = run(c, [log, flag](Task& t) -> Resume {
    TASK_BEGIN(t);
    go(t, [log, flag](Task& t) -> Resume {
      TASK_BEGIN(t);
      log->push_back("other");
      *flag = true;
      TASK_END(t);
    });
    spin_for(2 * kMillisecond);  // time enough for it to run if it could
    log->push_back(*flag ? "ran before yield" : "main before yield");
    for (t.i = 0; t.i < 3 && !*flag; t.i++) YIELD(t);
    log->push_back("main after " + std::to_string(t.i) + " yield");
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*log, (std::vector<std::string>{"main before yield", "other", "main after 1 yield"}));
}

// Config::threads = false: the caller drives the scheduler in slices.
TEST(SchedDrive, SingleThreadDriveReportsTimersThenExit) {
  Config c;
  c.gomaxprocs = 2;
  c.seed = 1;
  c.threads = false;
  std::string out;
  c.write = [&out](int, std::string_view s) { out.append(s); };
  auto woke = std::make_shared<std::vector<int64_t>>();
  Sched s(c);
  int64_t t0 = platform::monotonic_ns();
  s.start(new Task(
              [woke](Task& t) -> Resume {
                TASK_BEGIN(t);
                AWAIT(t, sleep(t.g(), 30 * kMillisecond));
                woke->push_back(platform::monotonic_ns());
                TASK_END(t);
              },
              "main.main"),
          Frame{"main.main", "task.go", 1});
  std::vector<DriveStatus> statuses;
  int64_t first_timer_ns = -1;
  DriveResult res{DriveStatus::busy};
  for (int i = 0; i < 10000; i++) {
    res = s.drive(5 * kMillisecond);
    if (statuses.empty() || statuses.back() != res.status) statuses.push_back(res.status);
    if (res.status == DriveStatus::exited) break;
    if (res.status == DriveStatus::timers) {
      if (first_timer_ns < 0) first_timer_ns = res.next_timer_ns;
      Note n;
      n.sleep(res.next_timer_ns);  // the host's event loop would wait here
    }
  }
  int64_t elapsed = platform::monotonic_ns() - t0;
  ASSERT_FALSE(statuses.empty());
  // Perhaps busy at first, then blocked on the timer, then done.
  if (statuses.front() == DriveStatus::busy) statuses.erase(statuses.begin());
  ASSERT_GE(statuses.size(), 2u);
  EXPECT_EQ(statuses.front(), DriveStatus::timers);
  EXPECT_EQ(statuses.back(), DriveStatus::exited);
  EXPECT_GT(first_timer_ns, 0);
  EXPECT_LE(first_timer_ns, 30 * kMillisecond);
  EXPECT_EQ(res.exit_code, 0) << out;
  ASSERT_EQ(woke->size(), 1u);
  EXPECT_GE((*woke)[0] - t0, 30 * kMillisecond);
  EXPECT_GE(elapsed, 30 * kMillisecond);
}

TEST_P(SchedTest, SpawnBeyondMaxGoroutinesReturnsNull) {
  Config c = cfg(/*fake_time=*/true);
  c.max_goroutines = 5;
  auto spawned = std::make_shared<std::vector<bool>>();
  auto finished = std::make_shared<std::atomic<int>>(0);
  RunResult r = run(c, [spawned, finished, gate = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    gate = make(t, 0);
    // Main counts as one: four more fit.
    for (t.i = 0; t.i < 6; t.i++) {
      G* g = go(t, [gate, finished](Task& t) -> Resume {
        TASK_BEGIN(t);
        AWAIT(t, chan_recv(t.g(), gate, &t.v, &t.ok));
        (*finished)++;
        TASK_END(t);
      });
      spawned->push_back(g != nullptr);
    }
    AWAIT(t, chan_close(t.g(), gate));
    AWAIT(t, sleep(t.g(), kMillisecond));  // they all finish
    // Room again once they have exited.
    spawned->push_back(go(t, [](Task& t) -> Resume {
                         TASK_BEGIN(t);
                         TASK_END(t);
                       }) != nullptr);
    chan_free(gate);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*spawned, (std::vector<bool>{true, true, true, true, false, false, true}));
  EXPECT_EQ(finished->load(), 4);
}

// At one P, two goroutines handing a value back and forth through runnext
// must not starve a goroutine already waiting in the P's queue: it runs
// long before their exchange is over.
TEST(SchedFairness, RunnextPingPongDoesNotStarveTheQueue) {
  constexpr int64_t kRounds = 20000;
  struct Shared {
    std::atomic<int64_t> rounds{0};
    int64_t seen_at = -1;
    Chan* a = nullptr;
    Chan* b = nullptr;
    ~Shared() {  // after the run: the channels are unregistered by then
      if (a) chan_free(a);
      if (b) chan_free(b);
    }
  };
  auto sh = std::make_shared<Shared>();
  Config c;
  c.gomaxprocs = 1;
  c.seed = 3;
  RunResult r = run(c, [sh, a = (Chan*)nullptr, b = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    a = sh->a = make(t, 0);
    b = sh->b = make(t, 0);
    go(t, [a, b, sh](Task& t) -> Resume {  // ping
      TASK_BEGIN(t);
      for (t.i = 0; t.i < kRounds; t.i++) {
        if (t.i == 100) {
          // Lands in runnext, then is pushed into the queue by the next
          // hand-off: from there on it waits behind the pair.
          go(t, [sh](Task& t) -> Resume {
            TASK_BEGIN(t);
            sh->seen_at = sh->rounds.load();
            TASK_END(t);
          });
        }
        AWAIT(t, chan_send(t.g(), a, &t.v));
        AWAIT(t, chan_recv(t.g(), b, &t.v, &t.ok));
        sh->rounds++;
      }
      TASK_END(t);
    });
    go(t, [a, b](Task& t) -> Resume {  // pong
      TASK_BEGIN(t);
      for (t.i = 0; t.i < kRounds; t.i++) {
        AWAIT(t, chan_recv(t.g(), a, &t.v, &t.ok));
        AWAIT(t, chan_send(t.g(), b, &t.v));
      }
      TASK_END(t);
    });
    AWAIT(t, sleep(t.g(), 50 * kMillisecond));
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_GE(sh->seen_at, 100);
  EXPECT_LT(sh->seen_at, 1000) << "the queued goroutine waited for the whole exchange";
}

INSTANTIATE_TEST_SUITE_P(Procs, SchedTest, ::testing::Values(1, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
}  // namespace gopark::rt::testing
