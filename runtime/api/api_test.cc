// api_test.cc - the C++ API over fibers: what a native program sees.
#include "runtime/api/gopark.h"

#include <gtest/gtest.h>

#include "runtime/sched.h"

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

namespace gopark {
namespace {

struct Captured {
  std::mutex mu;
  std::string text;
};

Options opts(int procs, Captured* cap = nullptr) {
  Options o;
  o.gomaxprocs = procs;
  o.seed = 7;
  if (cap)
    o.write = [cap](int, std::string_view s) {
      std::lock_guard<std::mutex> l(cap->mu);
      cap->text.append(s);
    };
  return o;
}

class ApiTest : public ::testing::TestWithParam<int> {};

TEST_P(ApiTest, RunReturnsZeroWhenMainReturns) {
  bool ran = false;
  EXPECT_EQ(run([&] { ran = true; }, opts(GetParam())), 0);
  EXPECT_TRUE(ran);
}

TEST_P(ApiTest, PipelineDeliversEveryValueInOrder) {
  std::vector<int> got;
  int code = run(
      [&] {
        Chan<int> nums(0), squares(4);
        go([nums]() mutable {
          for (int i = 1; i <= 100; i++) nums.send(i);
          nums.close();
        });
        go([nums, squares]() mutable {
          for (;;) {
            auto [v, ok] = nums.recv2();
            if (!ok) break;
            squares.send(v * v);
          }
          squares.close();
        });
        for (;;) {
          auto [v, ok] = squares.recv2();
          if (!ok) break;
          got.push_back(v);
        }
      },
      opts(GetParam()));
  EXPECT_EQ(code, 0);
  ASSERT_EQ(got.size(), 100u);
  for (int i = 1; i <= 100; i++) EXPECT_EQ(got[size_t(i - 1)], i * i);
}

TEST_P(ApiTest, ChannelsCarryNonTrivialValues) {
  std::vector<std::string> got;
  run(
      [&] {
        Chan<std::string> c(2);
        go([c]() mutable {
          c.send("hello");
          c.send(std::string(1000, 'x'));
          c.send("bye");
          c.close();
        });
        for (;;) {
          auto [s, ok] = c.recv2();
          if (!ok) break;
          got.push_back(s);
        }
      },
      opts(GetParam()));
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], "hello");
  EXPECT_EQ(got[1].size(), 1000u);
  EXPECT_EQ(got[2], "bye");
}

TEST_P(ApiTest, SendOnClosedChannelThrowsPanic) {
  std::string what;
  run(
      [&] {
        Chan<int> c(1);
        c.close();
        try {
          c.send(1);
        } catch (const Panic& p) {
          what = p.what();
        }
      },
      opts(GetParam()));
  EXPECT_EQ(what, "send on closed channel");
}

TEST_P(ApiTest, UnrecoveredPanicPrintsGoTextAndExitsTwo) {
  Captured cap;
  int code = run(
      [] {
        Chan<int> c(0);
        c.close();
        c.close();
      },
      opts(GetParam(), &cap));
  EXPECT_EQ(code, 2);
  EXPECT_EQ(
      cap.text.rfind("panic: close of closed channel\n\ngoroutine 1 [running]:\nmain.main()\n", 0),
      0u)
      << cap.text;
}

TEST_P(ApiTest, DeadlockPrintsAllGoroutinesAndExitsTwo) {
  Captured cap;
  int code = run(
      [] {
        Chan<int> a(0), b(0);
        go([b]() mutable { b.send(1); }, "main.sender");
        a.recv();
      },
      opts(GetParam(), &cap));
  EXPECT_EQ(code, 2);
  EXPECT_EQ(cap.text.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 "
                           "[chan receive]:\nmain.main()\n",
                           0),
            0u)
      << cap.text;
  EXPECT_NE(cap.text.find("goroutine 2 [chan send]:\nmain.sender()\n"), std::string::npos)
      << cap.text;
  EXPECT_NE(cap.text.find("created by main.main in goroutine 1\n"), std::string::npos) << cap.text;
}

TEST_P(ApiTest, SelectTakesTheReadyCase) {
  int which = -1, v = 0;
  run(
      [&] {
        Chan<int> a(0), b(1);
        b.send(5);
        which = Select().recv(a, &v).recv(b, &v).wait();
      },
      opts(GetParam()));
  EXPECT_EQ(which, 1);
  EXPECT_EQ(v, 5);
}

TEST_P(ApiTest, SelectPollReturnsMinusOneWhenNothingReady) {
  int which = 0;
  run(
      [&] {
        Chan<int> a(0);
        which = Select().recv(a).poll();
      },
      opts(GetParam()));
  EXPECT_EQ(which, -1);
}

TEST_P(ApiTest, MutexExcludesAndCountsExactly) {
  long counter = 0;
  run(
      [&] {
        Mutex mu;
        WaitGroup wg;
        for (int i = 0; i < 8; i++) {
          wg.add(1);
          go([&] {
            for (int j = 0; j < 5000; j++) {
              std::lock_guard<Mutex> l(mu);
              counter++;
            }
            wg.done();
          });
        }
        wg.wait();
      },
      opts(GetParam()));
  EXPECT_EQ(counter, 40000);
}

TEST_P(ApiTest, WaitGroupNegativeCounterPanics) {
  std::string what;
  run(
      [&] {
        WaitGroup wg;
        try {
          wg.done();
        } catch (const Panic& p) {
          what = p.what();
        }
      },
      opts(GetParam()));
  EXPECT_EQ(what, "sync: negative WaitGroup counter");
}

TEST_P(ApiTest, UnlockOfUnlockedMutexIsFatal) {
  Captured cap;
  int code = run(
      [] {
        Mutex mu;
        mu.unlock();
      },
      opts(GetParam(), &cap));
  EXPECT_EQ(code, 2);
  EXPECT_EQ(cap.text.rfind("fatal error: sync: unlock of unlocked mutex\n", 0), 0u) << cap.text;
}

TEST_P(ApiTest, CondSignalWakesOneBroadcastWakesAll) {
  std::atomic<int> woken{0};
  int after_signal = -1, after_broadcast = -1;
  run(
      [&] {
        Mutex mu;
        Cond cond(mu);
        int gen = 0;
        WaitGroup wg;
        for (int i = 0; i < 5; i++) {
          wg.add(1);
          go([&] {
            mu.lock();
            int my = gen;
            while (gen == my) cond.wait();
            mu.unlock();
            woken++;
            wg.done();
          });
        }
        sleep(5 * Millisecond);  // all five wait
        mu.lock();
        gen++;
        mu.unlock();
        cond.signal();
        sleep(5 * Millisecond);
        after_signal = woken.load();
        cond.broadcast();
        wg.wait();
        after_broadcast = woken.load();
      },
      opts(GetParam()));
  EXPECT_EQ(after_signal, 1);
  EXPECT_EQ(after_broadcast, 5);
}

TEST_P(ApiTest, OnceRunsExactlyOnceUnderContention) {
  std::atomic<int> calls{0};
  std::atomic<int> saw_done{0};
  run(
      [&] {
        Once once;
        WaitGroup wg;
        for (int i = 0; i < 50; i++) {
          wg.add(1);
          go([&] {
            once.call([&] {
              sleep(Millisecond);  // others must wait for this to finish
              calls++;
            });
            if (calls.load() == 1) saw_done++;
            wg.done();
          });
        }
        wg.wait();
      },
      opts(GetParam()));
  EXPECT_EQ(calls.load(), 1);
  EXPECT_EQ(saw_done.load(), 50);
}

TEST_P(ApiTest, RWMutexLetsReadersShare) {
  std::atomic<int> readers{0}, max_readers{0};
  run(
      [&] {
        RWMutex rw;
        WaitGroup wg;
        for (int i = 0; i < 4; i++) {
          wg.add(1);
          go([&] {
            rw.rlock();
            int n = ++readers;
            int m = max_readers.load();
            while (n > m && !max_readers.compare_exchange_weak(m, n)) {
            }
            sleep(3 * Millisecond);
            readers--;
            rw.runlock();
            wg.done();
          });
        }
        wg.wait();
        rw.lock();
        rw.unlock();
      },
      opts(GetParam()));
  EXPECT_EQ(max_readers.load(), 4);
}

TEST_P(ApiTest, VirtualClockSleepsInOrderWithoutWaiting) {
  std::vector<int> order;
  std::mutex mu;
  auto t0 = std::chrono::steady_clock::now();
  Options o = opts(GetParam());
  o.fake_time = true;
  run(
      [&] {
        WaitGroup wg;
        for (int s : {3, 1, 2}) {
          wg.add(1);
          go([&, s] {
            sleep(s * Second);
            std::lock_guard<std::mutex> l(mu);
            order.push_back(s);
            wg.done();
          });
        }
        wg.wait();
        EXPECT_EQ(nanotime(), 3 * Second);
      },
      o);
  EXPECT_EQ(order, (std::vector<int>{1, 2, 3}));
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(1));
}

TEST_P(ApiTest, TimerAfterAndTicker) {
  int ticks = 0;
  bool stopped_pending = false, stopped_fired = true;
  Options o = opts(GetParam());
  o.fake_time = true;
  run(
      [&] {
        Ticker tk(10 * Millisecond);
        Chan<int64_t> done = after(55 * Millisecond);
        for (;;) {
          int64_t at;
          int which = Select().recv(tk.c, &at).recv(done, &at).wait();
          if (which == 1) break;
          ticks++;
        }
        tk.stop();
        Timer t(Second);
        stopped_pending = t.stop();
        Timer t2(Millisecond);
        t2.c.recv();
        stopped_fired = t2.stop();
      },
      o);
  EXPECT_EQ(ticks, 5);
  EXPECT_TRUE(stopped_pending);
  EXPECT_FALSE(stopped_fired);
}

TEST_P(ApiTest, GomaxprocsCanChangeAtRunTime) {
  int before = 0, after = 0;
  run(
      [&] {
        before = gomaxprocs(1);
        after = gomaxprocs(0);
        gomaxprocs(3);
      },
      opts(GetParam()));
  EXPECT_EQ(before, GetParam());
  EXPECT_EQ(after, 1);
}

// What the state panel will read: element types and labels of channels, each
// goroutine's own function, and what a blocked goroutine waits on, with ids
// numbered from 1 in every run.
TEST(ApiSnapshot, NamesTypesAndWaitObjects) {
  std::string snaps[2];
  for (std::string& snap : snaps) {
    run(
        [&] {
          Chan<int> c(3, "jobs");
          c.send(1);
          RWMutex rw;
          Mutex mu;
          Cond cond(mu);
          bool go_on = false;
          rw.lock();
          go(
              [&] {
                rw.lock();
                rw.unlock();
              },
              "main.writer");
          go(
              [&] {
                mu.lock();
                while (!go_on) cond.wait();
                mu.unlock();
              },
              "main.waiter");
          sleep(5 * Millisecond);
          snap = sched()->snapshot_json();
          rw.unlock();
          mu.lock();
          go_on = true;
          mu.unlock();
          cond.signal();
          sleep(5 * Millisecond);
        },
        opts(1));
  }
  const std::string& snap = snaps[0];
  auto has = [&](const char* s) { return snap.find(s) != std::string::npos; };
  EXPECT_TRUE(
      has("\"channels\":[{\"id\":1,\"label\":\"jobs\",\"elemType\":\"int\",\"cap\":3,\"len\":1,"
          "\"buffer\":[\"1\"]"))
      << snap;
  EXPECT_TRUE(has("\"func\":\"main.writer\"")) << snap;
  EXPECT_TRUE(
      has("\"waitReason\":\"sync.RWMutex.Lock\",\"waitingOn\":{\"kind\":\"rwmutex\",\"id\":2}"))
      << snap;
  EXPECT_TRUE(has("\"waitReason\":\"sync.Cond.Wait\",\"waitingOn\":{\"kind\":\"cond\",\"id\":4}"))
      << snap;
  EXPECT_TRUE(has("\"conds\":[{\"id\":4,\"label\":\"\",\"waiters\":[3]}]")) << snap;
  // The second run numbers its objects from 1 again.
  EXPECT_NE(snaps[1].find("\"channels\":[{\"id\":1,"), std::string::npos) << snaps[1];
}

INSTANTIATE_TEST_SUITE_P(Procs, ApiTest, ::testing::Values(1, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
}  // namespace gopark
