// timer_test.cc - sleep under the virtual and the real clock, and the timer
// heap's add/stop/reset and periodic semantics. On the state-machine
// continuation, at 1 and 4 Ps.
#include <gtest/gtest.h>

#include <memory>
#include <utility>
#include <vector>

#include "runtime/testing/steps.h"

namespace gopark::rt::testing {
namespace {

class TimerTest : public ::testing::TestWithParam<int> {
 protected:
  Config cfg(bool fake_time) {
    Config c;
    c.gomaxprocs = GetParam();
    c.seed = 1;
    c.fake_time = fake_time;
    return c;
  }
};

constexpr int64_t kSecond = 1000000000;
constexpr int64_t kMillisecond = 1000000;

Chan* make(Task& t, int64_t cap) {
  const char* panic = nullptr;
  return chan_make(t.sched(), int64_type(), cap, &panic);
}

TEST_P(TimerTest, FakeClockSleepsWakeInOrderAtExactTimes) {
  // (seconds slept, virtual clock at wake-up), in wake-up order.
  auto wakes = std::make_shared<std::vector<std::pair<int64_t, int64_t>>>();
  auto lk = std::make_shared<Lock>();
  int64_t wall0 = platform::monotonic_ns();
  RunResult r =
      run(cfg(/*fake_time=*/true), [wakes, lk, done = (Chan*)nullptr](Task& t) mutable -> Resume {
        TASK_BEGIN(t);
        done = make(t, 3);
        for (int64_t secs : {3, 1, 2}) {
          go(t, [secs, wakes, lk, done](Task& t) -> Resume {
            TASK_BEGIN(t);
            AWAIT(t, sleep(t.g(), secs * kSecond));
            {
              LockGuard l(*lk);
              wakes->push_back({secs, t.sched()->nanotime()});
            }
            AWAIT(t, chan_send(t.g(), done, &t.v));
            TASK_END(t);
          });
        }
        for (t.i = 0; t.i < 3; t.i++) AWAIT(t, chan_recv(t.g(), done, nullptr, nullptr));
        chan_free(done);
        TASK_END(t);
      });
  int64_t wall = platform::monotonic_ns() - wall0;
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*wakes, (std::vector<std::pair<int64_t, int64_t>>{
                        {1, 1 * kSecond}, {2, 2 * kSecond}, {3, 3 * kSecond}}));
  EXPECT_LT(wall, 500 * kMillisecond);  // six virtual seconds of sleep, no real waiting
}

// A timer whose callback offers the firing time on a buffered channel, as
// time.Timer does.
struct ChanTimer {
  Timer t;
  Sched* s = nullptr;
  Chan* c = nullptr;
};

void chan_timer_fire(Timer* t, int64_t now) {
  auto* ct = static_cast<ChanTimer*>(t->arg);
  chan_offer(ct->s, ct->c, &now);
}

TEST_P(TimerTest, TimerAddStopReset) {
  auto res = std::make_shared<std::vector<int64_t>>();
  auto ct = std::make_shared<ChanTimer>();
  RunResult r = run(cfg(/*fake_time=*/true), [res, ct](Task& t) -> Resume {
    TASK_BEGIN(t);
    ct->s = t.sched();
    ct->c = make(t, 1);
    ct->t.f = chan_timer_fire;
    ct->t.arg = ct.get();
    // Stopped while pending: reports true and never fires.
    t.sched()->timers().add(&ct->t, t.sched()->nanotime() + kSecond);
    res->push_back(t.sched()->timers().stop(&ct->t));
    res->push_back(t.sched()->timers().stop(&ct->t));  // no longer pending
    AWAIT(t, sleep(t.g(), 2 * kSecond));
    res->push_back(chan_len(ct->c));  // 0
    // Left alone: fires once at its time; stop afterwards reports false.
    t.v = t.sched()->nanotime() + kSecond;  // 3s
    t.sched()->timers().add(&ct->t, t.v);
    AWAIT(t, sleep(t.g(), 2 * kSecond));
    res->push_back(chan_len(ct->c));  // 1
    res->push_back(t.sched()->timers().stop(&ct->t));
    AWAIT(t, chan_recv(t.g(), ct->c, &t.w, &t.ok));
    res->push_back(t.w - t.v);  // fired exactly at its time: 0
    // Reset of a fired timer re-arms it and reports false; reset of a
    // pending one moves it and reports true.
    res->push_back(t.sched()->timers().reset(&ct->t, t.sched()->nanotime() + kSecond));
    t.v = t.sched()->nanotime() + 3 * kSecond;  // 7s
    res->push_back(t.sched()->timers().reset(&ct->t, t.v));
    AWAIT(t, sleep(t.g(), 2 * kSecond));
    res->push_back(chan_len(ct->c));  // not at the old time: 0
    AWAIT(t, chan_recv(t.g(), ct->c, &t.w, &t.ok));
    res->push_back(t.w - t.v);                               // at the new time: 0
    res->push_back(t.sched()->nanotime() - t.v);             // and the receiver woke then: 0
    res->push_back(int64_t(t.sched()->timers().pending()));  // nothing left
    chan_free(ct->c);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*res, (std::vector<int64_t>{1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0}));
}

TEST_P(TimerTest, PeriodicTimerTicksEveryPeriod) {
  auto ticks = std::make_shared<std::vector<std::pair<int64_t, int64_t>>>();
  auto ct = std::make_shared<ChanTimer>();
  auto stopped = std::make_shared<int>(-1);
  RunResult r = run(cfg(/*fake_time=*/true), [ticks, ct, stopped](Task& t) -> Resume {
    TASK_BEGIN(t);
    ct->s = t.sched();
    ct->c = make(t, 16);
    ct->t.f = chan_timer_fire;
    ct->t.arg = ct.get();
    // First tick at 500ms, then every 100ms.
    t.sched()->timers().add(&ct->t, 500 * kMillisecond, 100 * kMillisecond);
    for (t.i = 0; t.i < 5; t.i++) {
      AWAIT(t, chan_recv(t.g(), ct->c, &t.v, &t.ok));
      ticks->push_back({t.v, t.sched()->nanotime()});
    }
    *stopped = t.sched()->timers().stop(&ct->t);  // still armed for the next tick
    chan_free(ct->c);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  std::vector<std::pair<int64_t, int64_t>> want;
  for (int64_t i = 0; i < 5; i++) {
    int64_t at = (500 + 100 * i) * kMillisecond;
    want.push_back({at, at});
  }
  EXPECT_EQ(*ticks, want);
  EXPECT_EQ(*stopped, 1);
}

TEST_P(TimerTest, RealClockSleepTakesAtLeastItsDuration) {
  auto elapsed = std::make_shared<std::vector<int64_t>>();
  RunResult r = run(cfg(/*fake_time=*/false), [elapsed](Task& t) -> Resume {
    TASK_BEGIN(t);
    t.v = platform::monotonic_ns();
    t.w = t.sched()->nanotime();
    AWAIT(t, sleep(t.g(), 20 * kMillisecond));
    elapsed->push_back(platform::monotonic_ns() - t.v);
    elapsed->push_back(t.sched()->nanotime() - t.w);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  ASSERT_EQ(elapsed->size(), 2u);
  EXPECT_GE((*elapsed)[0], 20 * kMillisecond);
  EXPECT_GE((*elapsed)[1], 20 * kMillisecond);
  EXPECT_LT((*elapsed)[0], 1000 * kMillisecond);
}

INSTANTIATE_TEST_SUITE_P(Procs, TimerTest, ::testing::Values(1, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
}  // namespace gopark::rt::testing
