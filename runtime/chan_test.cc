// chan_test.cc - channel semantics, on the state-machine continuation so the
// same tests run natively and on both wasm builds, at 1 and 4 Ps.
#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "runtime/testing/steps.h"

namespace gopark::rt::testing {
namespace {

// Channels made by a test, freed when it ends (after its run).
std::vector<Chan*>& made() {
  static std::vector<Chan*> v;
  return v;
}

class ChanTest : public ::testing::TestWithParam<int> {
 protected:
  void TearDown() override {
    for (Chan* c : made()) chan_free(c);
    made().clear();
  }
  Config cfg() {
    Config c;
    c.gomaxprocs = GetParam();
    c.seed = 1;
    return c;
  }
};

Chan* make(Task& t, int64_t cap) {
  const char* panic = nullptr;
  Chan* c = chan_make(t.sched(), int64_type(), cap, &panic);
  made().push_back(c);
  return c;
}

TEST_P(ChanTest, UnbufferedHandOffDeliversInSendOrder) {
  auto got = std::make_shared<std::vector<int64_t>>();
  RunResult r = run(cfg(), [got, c = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    c = make(t, 0);
    go(t, [c](Task& t) -> Resume {
      TASK_BEGIN(t);
      for (t.i = 0; t.i < 100; t.i++) {
        t.v = t.i;
        AWAIT(t, chan_send(t.g(), c, &t.v));
      }
      TASK_END(t);
    });
    for (t.i = 0; t.i < 100; t.i++) {
      AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
      got->push_back(t.v);
    }
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  ASSERT_EQ(got->size(), 100u);
  for (int64_t i = 0; i < 100; i++) EXPECT_EQ((*got)[size_t(i)], i);
}

TEST_P(ChanTest, UnbufferedSendBlocksUntilReceived) {
  // The sender records when its send completed relative to the receiver.
  auto log = std::make_shared<std::vector<std::string>>();
  auto lk = std::make_shared<Lock>();
  RunResult r = run(cfg(), [log, lk, c = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    c = make(t, 0);
    go(t, [c, log, lk](Task& t) -> Resume {
      TASK_BEGIN(t);
      t.v = 7;
      AWAIT(t, chan_send(t.g(), c, &t.v));
      {
        LockGuard l(*lk);
        log->push_back("sent");
      }
      TASK_END(t);
    });
    AWAIT(t, sleep(t.g(), 2000000));  // let the sender block first
    {
      LockGuard l(*lk);
      log->push_back("receiving");
    }
    AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
    AWAIT(t, sleep(t.g(), 2000000));
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0], "receiving");
  EXPECT_EQ((*log)[1], "sent");
}

TEST_P(ChanTest, BufferIsFIFOAndReportsLenCap) {
  auto got = std::make_shared<std::vector<int64_t>>();
  auto lens = std::make_shared<std::vector<int64_t>>();
  RunResult r = run(cfg(), [got, lens, c = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    c = make(t, 3);
    for (t.i = 1; t.i <= 3; t.i++) {
      t.v = t.i * 10;
      AWAIT(t, chan_send(t.g(), c, &t.v));
    }
    lens->push_back(chan_len(c));
    lens->push_back(chan_cap(c));
    for (t.i = 0; t.i < 3; t.i++) {
      AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
      got->push_back(t.v);
    }
    lens->push_back(chan_len(c));
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*got, (std::vector<int64_t>{10, 20, 30}));
  EXPECT_EQ(*lens, (std::vector<int64_t>{3, 3, 0}));
}

TEST_P(ChanTest, FullBufferBlocksSenderThenHandsOverInOrder) {
  auto got = std::make_shared<std::vector<int64_t>>();
  RunResult r = run(cfg(), [got, c = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    c = make(t, 2);
    go(t, [c](Task& t) -> Resume {
      TASK_BEGIN(t);
      for (t.i = 0; t.i < 50; t.i++) {
        t.v = t.i;
        AWAIT(t, chan_send(t.g(), c, &t.v));
      }
      AWAIT(t, chan_close(t.g(), c));
      TASK_END(t);
    });
    for (;;) {
      AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
      if (!t.ok) break;
      got->push_back(t.v);
    }
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  ASSERT_EQ(got->size(), 50u);
  for (int64_t i = 0; i < 50; i++) EXPECT_EQ((*got)[size_t(i)], i);
}

TEST_P(ChanTest, CloseWakesAllReceiversWithZeroAndNotOk) {
  auto results = std::make_shared<std::vector<std::pair<int64_t, bool>>>();
  auto lk = std::make_shared<Lock>();
  RunResult r = run(
      cfg(), [results, lk, c = (Chan*)nullptr, done = (Chan*)nullptr](Task& t) mutable -> Resume {
        TASK_BEGIN(t);
        c = make(t, 0);
        done = make(t, 10);
        for (t.i = 0; t.i < 5; t.i++) {
          go(t, [c, done, results, lk](Task& t) -> Resume {
            TASK_BEGIN(t);
            t.v = 99;
            AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
            {
              LockGuard l(*lk);
              results->push_back({t.v, t.ok});
            }
            AWAIT(t, chan_send(t.g(), done, &t.w));
            TASK_END(t);
          });
        }
        AWAIT(t, sleep(t.g(), 1000000));
        AWAIT(t, chan_close(t.g(), c));
        for (t.i = 0; t.i < 5; t.i++) AWAIT(t, chan_recv(t.g(), done, nullptr, nullptr));
        TASK_END(t);
      });
  EXPECT_EQ(r.code, 0) << r.out;
  ASSERT_EQ(results->size(), 5u);
  for (auto& [v, ok] : *results) {
    EXPECT_EQ(v, 0);
    EXPECT_FALSE(ok);
  }
}

TEST_P(ChanTest, CloseDrainsBufferBeforeReportingClosed) {
  auto got = std::make_shared<std::vector<std::pair<int64_t, bool>>>();
  RunResult r = run(cfg(), [got, c = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    c = make(t, 2);
    t.v = 1;
    AWAIT(t, chan_send(t.g(), c, &t.v));
    t.v = 2;
    AWAIT(t, chan_send(t.g(), c, &t.v));
    AWAIT(t, chan_close(t.g(), c));
    for (t.i = 0; t.i < 3; t.i++) {
      AWAIT(t, chan_recv(t.g(), c, &t.v, &t.ok));
      got->push_back({t.v, t.ok});
    }
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*got, (std::vector<std::pair<int64_t, bool>>{{1, true}, {2, true}, {0, false}}));
}

TEST_P(ChanTest, CloseMakesBlockedSendersPanic) {
  auto panics = std::make_shared<std::vector<std::string>>();
  auto lk = std::make_shared<Lock>();
  RunResult r = run(
      cfg(), [panics, lk, c = (Chan*)nullptr, done = (Chan*)nullptr](Task& t) mutable -> Resume {
        TASK_BEGIN(t);
        c = make(t, 0);
        done = make(t, 10);
        for (t.i = 0; t.i < 3; t.i++) {
          go(t, [c, done, panics, lk](Task& t) -> Resume {
            TASK_BEGIN(t);
            AWAIT(t, chan_send(t.g(), c, &t.v));
            {
              LockGuard l(*lk);
              panics->push_back(t.panic);
            }
            AWAIT(t, chan_send(t.g(), done, &t.w));
            TASK_END(t);
          });
        }
        AWAIT(t, sleep(t.g(), 1000000));
        AWAIT(t, chan_close(t.g(), c));
        for (t.i = 0; t.i < 3; t.i++) AWAIT(t, chan_recv(t.g(), done, nullptr, nullptr));
        // Sending on the closed channel now panics at once, too.
        AWAIT(t, chan_send(t.g(), c, &t.v));
        {
          LockGuard l(*lk);
          panics->push_back(t.panic);
        }
        TASK_END(t);
      });
  EXPECT_EQ(r.code, 0) << r.out;
  ASSERT_EQ(panics->size(), 4u);
  for (auto& p : *panics) EXPECT_EQ(p, "send on closed channel");
}

TEST_P(ChanTest, CloseTwiceAndCloseNilPanic) {
  auto panics = std::make_shared<std::vector<std::string>>();
  RunResult r = run(cfg(), [panics, c = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    c = make(t, 1);
    AWAIT(t, chan_close(t.g(), c));
    AWAIT(t, chan_close(t.g(), c));
    panics->push_back(t.panic);
    AWAIT(t, chan_close(t.g(), nullptr));
    panics->push_back(t.panic);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*panics, (std::vector<std::string>{"close of closed channel", "close of nil channel"}));
}

TEST_P(ChanTest, NilChannelBlocksForever) {
  RunResult r = run(cfg(), [](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, chan_recv(t.g(), nullptr, &t.v, &t.ok));
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("fatal error: all goroutines are asleep - deadlock!"), std::string::npos);
  EXPECT_NE(r.out.find("goroutine 1 [chan receive (nil chan)]:"), std::string::npos) << r.out;
}

TEST_P(ChanTest, MakeWithNegativeSizePanics) {
  const char* panic = nullptr;
  Config c = cfg();
  Sched s(c);
  EXPECT_EQ(chan_make(&s, int64_type(), -1, &panic), nullptr);
  EXPECT_STREQ(panic, "makechan: size out of range");
}

INSTANTIATE_TEST_SUITE_P(Procs, ChanTest, ::testing::Values(1, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
}  // namespace gopark::rt::testing
