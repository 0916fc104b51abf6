// select_test.cc - select semantics: fairness among ready cases, default,
// wake-up by one case and withdrawal from the others, nil cases, send cases,
// closed channels, and the empty select. On the state-machine continuation,
// at 1 and 4 Ps.
#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "runtime/testing/steps.h"

namespace gopark::rt::testing {
namespace {

class SelectTest : public ::testing::TestWithParam<int> {
 protected:
  Config cfg(bool fake_time = false) {
    Config c;
    c.gomaxprocs = GetParam();
    c.seed = 1;
    c.fake_time = fake_time;
    return c;
  }
};

Chan* make(Task& t, int64_t cap) {
  const char* panic = nullptr;
  return chan_make(t.sched(), int64_type(), cap, &panic);
}

bool offer(Task& t, Chan* c, int64_t v) {
  return chan_offer(t.sched(), c, &v);
}

// Four buffered channels that are always ready: each round selects one and
// refills it. Go picks uniformly among ready cases, so each case should win
// about a quarter of the rounds, whether or not the select may block.
TEST_P(SelectTest, ChoosesUniformlyAmongReadyCases) {
  for (bool block : {false, true}) {
    auto counts = std::make_shared<std::array<int64_t, 5>>();  // [4]: out of range
    RunResult r =
        run(cfg(),
            [counts, block, cs = std::array<SelectCase, 4>{},
             vals = std::array<int64_t, 4>{}](Task& t) mutable -> Resume {
              TASK_BEGIN(t);
              for (int i = 0; i < 4; i++) {
                cs[size_t(i)].c = make(t, 1);
                cs[size_t(i)].elem = &vals[size_t(i)];
                offer(t, cs[size_t(i)].c, i);
              }
              for (t.i = 0; t.i < 10000; t.i++) {
                AWAIT(t, select(t.g(), cs.data(), 4, block, &t.chosen, &t.ok));
                if (t.chosen < 0 || t.chosen >= 4 || vals[size_t(t.chosen)] != t.chosen || !t.ok) {
                  (*counts)[4]++;
                  continue;
                }
                (*counts)[size_t(t.chosen)]++;
                offer(t, cs[size_t(t.chosen)].c, t.chosen);
              }
              for (auto& c : cs) chan_free(c.c);
              TASK_END(t);
            });
    EXPECT_EQ(r.code, 0) << r.out;
    EXPECT_EQ((*counts)[4], 0) << "block=" << block;
    for (int i = 0; i < 4; i++) {
      EXPECT_GE((*counts)[size_t(i)], 2000) << "case " << i << " block=" << block;
      EXPECT_LE((*counts)[size_t(i)], 3000) << "case " << i << " block=" << block;
    }
  }
}

TEST_P(SelectTest, DefaultTakenWhenNothingReady) {
  auto chosen = std::make_shared<std::vector<int>>();
  auto lens = std::make_shared<std::vector<int64_t>>();
  RunResult r = run(
      cfg(),
      [chosen, lens, cs = std::array<SelectCase, 3>{}, v = int64_t(0)](Task& t) mutable -> Resume {
        TASK_BEGIN(t);
        // An empty unbuffered channel to receive from, a full buffered one to
        // send to, and a nil channel: none can proceed.
        cs[0] = {make(t, 0), &v, false};
        cs[1] = {make(t, 1), &t.w, true};
        cs[2] = {nullptr, &v, false};
        offer(t, cs[1].c, 5);
        t.w = 6;
        AWAIT(t, select(t.g(), cs.data(), 3, false, &t.chosen, &t.ok));
        chosen->push_back(t.chosen);
        lens->push_back(chan_len(cs[1].c));
        // Nothing but nil channels, and no cases at all.
        AWAIT(t, select(t.g(), &cs[2], 1, false, &t.chosen, &t.ok));
        chosen->push_back(t.chosen);
        AWAIT(t, select(t.g(), nullptr, 0, false, &t.chosen, &t.ok));
        chosen->push_back(t.chosen);
        // Once the receive case has a value, default is no longer taken.
        chan_free(cs[0].c);
        cs[0].c = make(t, 1);
        offer(t, cs[0].c, 9);
        AWAIT(t, select(t.g(), cs.data(), 3, false, &t.chosen, &t.ok));
        chosen->push_back(t.chosen);
        lens->push_back(v);
        chan_free(cs[0].c);
        chan_free(cs[1].c);
        TASK_END(t);
      });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*chosen, (std::vector<int>{-1, -1, -1, 0}));
  // The failed send left the buffer alone; the later receive got the value.
  EXPECT_EQ(*lens, (std::vector<int64_t>{1, 9}));
}

// A select blocked on three channels is woken by a send on one of them. Its
// sudogs on the other two must be gone: later sends on those channels go to
// their buffers, not into the finished select's slots, and do not wake a
// later select of the same goroutine that does not involve them.
TEST_P(SelectTest, BlockedSelectWokenByOneCaseWithdrawsTheOthers) {
  auto res = std::make_shared<std::vector<int64_t>>();
  RunResult r = run(cfg(/*fake_time=*/true),
                    [res, cs = std::array<SelectCase, 3>{}, vals = std::array<int64_t, 3>{},
                     ds = std::array<SelectCase, 1>{}, d = (Chan*)nullptr,
                     vd = int64_t(0)](Task& t) mutable -> Resume {
                      TASK_BEGIN(t);
                      for (size_t i = 0; i < 3; i++) {
                        vals[i] = -1;
                        cs[i] = {make(t, 1), &vals[i], false};
                      }
                      d = make(t, 0);
                      go(t, [b = cs[1].c, c = cs[2].c, d](Task& t) -> Resume {
                        TASK_BEGIN(t);
                        AWAIT(t, sleep(t.g(), 1000000));  // main is parked in select by now
                        t.v = 42;
                        AWAIT(t, chan_send(t.g(), b, &t.v));
                        AWAIT(t, sleep(t.g(), 1000000));  // main is parked on d by now
                        t.v = 7;
                        AWAIT(t, chan_send(t.g(), c, &t.v));
                        t.v = 8;
                        AWAIT(t, chan_send(t.g(), d, &t.v));
                        TASK_END(t);
                      });
                      AWAIT(t, select(t.g(), cs.data(), 3, true, &t.chosen, &t.ok));
                      res->push_back(t.chosen);
                      res->push_back(t.ok);
                      res->push_back(vals[0]);
                      res->push_back(vals[1]);
                      res->push_back(vals[2]);
                      // A send on a withdrawn case's channel lands in its buffer.
                      res->push_back(offer(t, cs[0].c, 5));
                      res->push_back(chan_len(cs[0].c));
                      res->push_back(vals[0]);
                      // A second select, on d alone: the send on c must not wake it.
                      ds[0] = {d, &vd, false};
                      AWAIT(t, select(t.g(), ds.data(), 1, true, &t.chosen, &t.ok));
                      res->push_back(t.chosen);
                      res->push_back(vd);
                      res->push_back(chan_len(cs[2].c));
                      res->push_back(vals[2]);
                      for (auto& c : cs) chan_free(c.c);
                      chan_free(d);
                      TASK_END(t);
                    });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*res, (std::vector<int64_t>{1, 1, -1, 42, -1, 1, 1, -1, 0, 8, 1, -1}));
}

TEST_P(SelectTest, NilChannelCasesAreNeverChosen) {
  auto chosen = std::make_shared<std::vector<int>>();
  RunResult r =
      run(cfg(/*fake_time=*/true),
          [chosen, cs = std::array<SelectCase, 3>{}, v = int64_t(0)](Task& t) mutable -> Resume {
            TASK_BEGIN(t);
            cs[0] = {nullptr, &v, false};
            cs[1] = {make(t, 1), &v, false};
            cs[2] = {nullptr, &t.w, true};
            // The only real channel is always ready: 1000 rounds, always case 1.
            for (t.i = 0; t.i < 1000; t.i++) {
              offer(t, cs[1].c, t.i);
              AWAIT(t, select(t.g(), cs.data(), 3, t.i % 2 == 0, &t.chosen, &t.ok));
              if (t.chosen != 1 || v != t.i) chosen->push_back(t.chosen);
            }
            // Blocking, with the real channel ready only later.
            go(t, [c = cs[1].c](Task& t) -> Resume {
              TASK_BEGIN(t);
              AWAIT(t, sleep(t.g(), 1000000));
              t.v = 77;
              AWAIT(t, chan_send(t.g(), c, &t.v));
              TASK_END(t);
            });
            AWAIT(t, select(t.g(), cs.data(), 3, true, &t.chosen, &t.ok));
            chosen->push_back(t.chosen);
            chosen->push_back(int(v));
            chan_free(cs[1].c);
            TASK_END(t);
          });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*chosen, (std::vector<int>{1, 77}));
}

TEST_P(SelectTest, SendCaseProceedsWhenReceiverWaits) {
  auto chosen = std::make_shared<std::vector<int>>();   // main's
  auto got = std::make_shared<std::vector<int64_t>>();  // the receivers', in turn
  RunResult r = run(cfg(/*fake_time=*/true),
                    [chosen, got, cs = std::array<SelectCase, 2>{}, done = (Chan*)nullptr,
                     v = int64_t(0), dv = int64_t(0)](Task& t) mutable -> Resume {
                      TASK_BEGIN(t);
                      cs[0] = {make(t, 0), &v, true};
                      cs[1] = {make(t, 0), &dv, false};  // never ready
                      done = make(t, 2);
                      for (t.i = 0; t.i < 2; t.i++) {
                        go(t, [c = cs[0].c, done, got](Task& t) -> Resume {
                          TASK_BEGIN(t);
                          AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
                          got->push_back(t.v);  // one receiver at a time: main waits on done
                          AWAIT(t, chan_send(t.g(), done, &t.v));
                          TASK_END(t);
                        });
                      }
                      // Both receivers are parked once the virtual clock moves.
                      AWAIT(t, sleep(t.g(), 1000000));
                      v = 5;
                      AWAIT(t, select(t.g(), cs.data(), 2, false, &t.chosen, &t.ok));
                      chosen->push_back(t.chosen);
                      AWAIT(t, chan_recv(t.g(), done, nullptr, nullptr));
                      // Blocking form: the second receiver takes it as well.
                      v = 6;
                      AWAIT(t, select(t.g(), cs.data(), 2, true, &t.chosen, &t.ok));
                      chosen->push_back(t.chosen);
                      AWAIT(t, chan_recv(t.g(), done, nullptr, nullptr));
                      chan_free(cs[0].c);
                      chan_free(cs[1].c);
                      chan_free(done);
                      TASK_END(t);
                    });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*chosen, (std::vector<int>{0, 0}));
  EXPECT_EQ(*got, (std::vector<int64_t>{5, 6}));
}

TEST_P(SelectTest, BlockedSendCaseProceedsWhenReceiverArrives) {
  auto chosen = std::make_shared<int>(-2);
  auto got = std::make_shared<int64_t>(-1);
  RunResult r = run(cfg(/*fake_time=*/true),
                    [chosen, got, cs = std::array<SelectCase, 2>{}, v = int64_t(0),
                     dv = int64_t(0)](Task& t) mutable -> Resume {
                      TASK_BEGIN(t);
                      cs[0] = {make(t, 0), &dv, false};  // never ready
                      cs[1] = {make(t, 0), &v, true};
                      go(t, [c = cs[1].c, got](Task& t) -> Resume {
                        TASK_BEGIN(t);
                        AWAIT(t, sleep(t.g(), 1000000));  // main is parked in select
                        AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
                        *got = t.v;
                        TASK_END(t);
                      });
                      v = 31;
                      AWAIT(t, select(t.g(), cs.data(), 2, true, &t.chosen, &t.ok));
                      *chosen = t.chosen;
                      AWAIT(t, sleep(t.g(), 1000000));
                      chan_free(cs[0].c);
                      chan_free(cs[1].c);
                      TASK_END(t);
                    });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*chosen, 1);
  EXPECT_EQ(*got, 31);
}

TEST_P(SelectTest, ReceiveOnClosedChannelYieldsZeroAndNotOk) {
  auto res = std::make_shared<std::vector<int64_t>>();
  RunResult r = run(cfg(/*fake_time=*/true),
                    [res, cs = std::array<SelectCase, 2>{}, vals = std::array<int64_t, 2>{},
                     done = (Chan*)nullptr](Task& t) mutable -> Resume {
                      TASK_BEGIN(t);
                      cs[0] = {make(t, 0), &vals[0], false};  // never ready
                      cs[1] = {make(t, 0), &vals[1], false};
                      done = make(t, 1);
                      // Ready at once: the channel is already closed.
                      AWAIT(t, chan_close(t.g(), cs[1].c));
                      vals[1] = 99;
                      t.ok = true;
                      AWAIT(t, select(t.g(), cs.data(), 2, true, &t.chosen, &t.ok));
                      res->push_back(t.chosen);
                      res->push_back(vals[1]);
                      res->push_back(t.ok);
                      // A select already parked is woken by the close.
                      chan_free(cs[1].c);
                      cs[1].c = make(t, 0);
                      go(t, [cs, res, done](Task& t) mutable -> Resume {
                        TASK_BEGIN(t);
                        t.v = 99;
                        t.w = 99;
                        cs[0].elem = &t.w;
                        cs[1].elem = &t.v;
                        t.ok = true;
                        AWAIT(t, select(t.g(), cs.data(), 2, true, &t.chosen, &t.ok));
                        res->push_back(t.chosen);
                        res->push_back(t.v);
                        res->push_back(t.ok);
                        res->push_back(t.w);
                        AWAIT(t, chan_send(t.g(), done, &t.v));
                        TASK_END(t);
                      });
                      AWAIT(t, sleep(t.g(), 1000000));
                      AWAIT(t, chan_close(t.g(), cs[1].c));
                      AWAIT(t, chan_recv(t.g(), done, nullptr, nullptr));
                      chan_free(cs[0].c);
                      chan_free(cs[1].c);
                      chan_free(done);
                      TASK_END(t);
                    });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*res, (std::vector<int64_t>{1, 0, 0, 1, 0, 0, 99}));
}

TEST_P(SelectTest, SendCaseOnClosedChannelPanics) {
  auto panics = std::make_shared<std::vector<std::string>>();
  RunResult r = run(cfg(/*fake_time=*/true),
                    [panics, cs = std::array<SelectCase, 2>{}, done = (Chan*)nullptr,
                     dv = int64_t(0)](Task& t) mutable -> Resume {
                      TASK_BEGIN(t);
                      cs[0] = {make(t, 0), &dv, false};  // never ready
                      cs[1] = {make(t, 0), &t.v, true};
                      done = make(t, 1);
                      AWAIT(t, chan_close(t.g(), cs[1].c));
                      AWAIT(t, select(t.g(), cs.data(), 2, true, &t.chosen, &t.ok));
                      panics->push_back(t.panic);
                      // Parked on the send when the channel is closed.
                      chan_free(cs[1].c);
                      cs[1].c = make(t, 0);
                      go(t, [cs, panics, done](Task& t) mutable -> Resume {
                        TASK_BEGIN(t);
                        cs[0].elem = &t.w;
                        cs[1].elem = &t.v;
                        AWAIT(t, select(t.g(), cs.data(), 2, true, &t.chosen, &t.ok));
                        panics->push_back(t.panic);
                        AWAIT(t, chan_send(t.g(), done, &t.v));
                        TASK_END(t);
                      });
                      AWAIT(t, sleep(t.g(), 1000000));
                      AWAIT(t, chan_close(t.g(), cs[1].c));
                      AWAIT(t, chan_recv(t.g(), done, nullptr, nullptr));
                      chan_free(cs[0].c);
                      chan_free(cs[1].c);
                      chan_free(done);
                      TASK_END(t);
                    });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*panics,
            (std::vector<std::string>{"send on closed channel", "send on closed channel"}));
}

TEST_P(SelectTest, EmptyBlockingSelectDeadlocks) {
  RunResult r = run(cfg(), [](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, select(t.g(), nullptr, 0, true, &t.chosen, &t.ok));
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("fatal error: all goroutines are asleep - deadlock!"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("goroutine 1 [select (no cases)]:"), std::string::npos) << r.out;
}

INSTANTIATE_TEST_SUITE_P(Procs, SelectTest, ::testing::Values(1, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
}  // namespace gopark::rt::testing
