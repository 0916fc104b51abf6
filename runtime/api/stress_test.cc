// stress_test.cc - many goroutines doing random channel, select, mutex and
// timer work, with invariants checked. CI runs these under ThreadSanitizer
// and AddressSanitizer too. Each test runs its body once, or repeatedly
// with new seeds for GOPARK_STRESS_SECONDS seconds per test (set by
// scripts/stress.mjs), and prints how many rounds it did.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "runtime/api/gopark.h"

namespace gopark {
namespace {

Options stress_opts(uint64_t seed) {
  Options o;
  o.gomaxprocs = 4;
  o.seed = seed;
  return o;
}

// Calls round(seed) with seeds base, base+100, ... until the duration from
// GOPARK_STRESS_SECONDS has passed (at least once), stopping at the first
// failure so one broken invariant is not reported a thousand times.
template <class F>
void repeat(uint64_t base, F round) {
  double secs = 0;
  if (const char* e = std::getenv("GOPARK_STRESS_SECONDS")) secs = std::strtod(e, nullptr);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(secs);
  long rounds = 0;
  do {
    round(base + uint64_t(rounds) * 100);
    rounds++;
  } while (!::testing::Test::HasFailure() && std::chrono::steady_clock::now() < deadline);
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::printf("[ stress   ] %s.%s: %ld rounds\n", info->test_suite_name(), info->name(), rounds);
}

// Producers send distinct values through a mesh of channels with selects in
// between; every value arrives exactly once.
TEST(StressChan, NoValueLostOrDuplicated) {
  repeat(11, [&](uint64_t seed) {
    constexpr int kProducers = 8, kPerProducer = 2000;
    std::vector<std::atomic<int>> seen(kProducers * kPerProducer);
    int code = run(
        [&] {
          Chan<int> a(0), b(16), out(4);
          WaitGroup prod, relay;
          for (int p = 0; p < kProducers; p++) {
            prod.add(1);
            go([=, &prod]() mutable {
              for (int i = 0; i < kPerProducer; i++) {
                int v = p * kPerProducer + i;
                if (i % 2)
                  Select().send(a, v).send(b, v).wait();
                else
                  a.send(v);
              }
              prod.done();
            });
          }
          for (int r = 0; r < 4; r++) {
            relay.add(1);
            // b is closed once the producers are done; a relay stops on its
            // sentinel from a only after b is drained (a select may pick the
            // sentinel while b still holds values), and stops selecting on b
            // once it is closed (a nil channel never proceeds).
            go([=, &relay]() mutable {
              Chan<int> bb = b;
              for (;;) {
                int v = 0;
                bool ok = false;
                int which = Select().recv(a, &v, &ok).recv(bb, &v, &ok).wait();
                if (which == 1 && !ok) {
                  bb = Chan<int>();
                  continue;
                }
                if (v < 0) {
                  // b is closed by now: this drains it without blocking.
                  while (!bb.nil()) {
                    auto [w, more] = bb.recv2();
                    if (!more) break;
                    out.send(w);
                  }
                  break;
                }
                out.send(v);
              }
              relay.done();
            });
          }
          go([=, &prod, &relay]() mutable {
            prod.wait();
            b.close();
            for (int r = 0; r < 4; r++) a.send(-1);
            relay.wait();
            out.close();
          });
          for (;;) {
            auto [v, ok] = out.recv2();
            if (!ok) break;
            seen[size_t(v)]++;
          }
        },
        stress_opts(seed));
    EXPECT_EQ(code, 0);
    for (size_t i = 0; i < seen.size(); i++) ASSERT_EQ(seen[i].load(), 1) << "value " << i;
  });
}

// Mutex, RWMutex, WaitGroup and Cond under contention: counts balance and
// no wake-up is lost (the run would deadlock and exit 2).
TEST(StressSync, CountsBalanceAndNoWakeupIsLost) {
  repeat(12, [&](uint64_t seed) {
    long by_rw = 0, by_mu = 0;
    std::atomic<long> reads{0};
    int code = run(
        [&] {
          Mutex mu;
          RWMutex rw;
          Mutex cmu;
          Cond cond(cmu);
          int tokens = 0;
          WaitGroup wg;
          for (int i = 0; i < 16; i++) {
            wg.add(1);
            go([&, i] {
              for (int j = 0; j < 500; j++) {
                if ((i + j) % 3 == 0) {
                  rw.rlock();
                  reads++;
                  rw.runlock();
                } else if ((i + j) % 3 == 1) {
                  rw.lock();
                  by_rw++;
                  rw.unlock();
                } else {
                  mu.lock();
                  by_mu++;
                  mu.unlock();
                }
                if (j % 50 == 0) gosched();
              }
              // Cond hand-off: half produce tokens, half consume them.
              if (i % 2 == 0) {
                for (int k = 0; k < 100; k++) {
                  cmu.lock();
                  tokens++;
                  cmu.unlock();
                  cond.signal();
                }
              } else {
                for (int k = 0; k < 100; k++) {
                  cmu.lock();
                  while (tokens == 0) cond.wait();
                  tokens--;
                  cmu.unlock();
                }
              }
              wg.done();
            });
          }
          wg.wait();
          EXPECT_EQ(tokens, 0);
        },
        stress_opts(seed));
    EXPECT_EQ(code, 0);
    // Count what each kind of lock should have seen.
    long rw_writers = 0, mu_holders = 0, readers = 0;
    for (int i = 0; i < 16; i++)
      for (int j = 0; j < 500; j++)
        ((i + j) % 3 == 0 ? readers : (i + j) % 3 == 1 ? rw_writers : mu_holders)++;
    EXPECT_EQ(by_rw, rw_writers);
    EXPECT_EQ(by_mu, mu_holders);
    EXPECT_EQ(reads.load(), readers);
  });
}

// Timers and cancellation: goroutines race a timeout against a result;
// every goroutine finishes exactly one way.
TEST(StressTimers, EveryWaiterEndsExactlyOnce) {
  repeat(13, [&](uint64_t seed) {
    std::atomic<int> timeouts{0}, results{0};
    int code = run(
        [&] {
          WaitGroup wg;
          for (int i = 0; i < 400; i++) {
            wg.add(1);
            go([&, i] {
              Chan<int> res(1);
              go([res, i]() mutable {
                sleep((i % 7) * Microsecond * 100);
                res.send(i);
              });
              Chan<int64_t> to = after((i % 5) * Microsecond * 100);
              int v;
              int64_t t;
              if (Select().recv(res, &v).recv(to, &t).wait() == 0)
                results++;
              else
                timeouts++;
              wg.done();
            });
          }
          wg.wait();
        },
        stress_opts(seed));
    EXPECT_EQ(code, 0);
    EXPECT_EQ(timeouts.load() + results.load(), 400);
  });
}

// Spawning many short goroutines from many goroutines at once.
TEST(StressSpawn, ManyConcurrentSpawns) {
  repeat(14, [&](uint64_t seed) {
    std::atomic<long> ran{0};
    int code = run(
        [&] {
          WaitGroup wg;
          for (int i = 0; i < 8; i++) {
            wg.add(1);
            go([&] {
              // In batches: ThreadSanitizer counts each live fiber as a thread
              // and aborts past 8128, so at most 8 x 250 are alive at once.
              for (int batch = 0; batch < 8; batch++) {
                WaitGroup inner;
                for (int j = 0; j < 250; j++) {
                  inner.add(1);
                  go([&] {
                    ran++;
                    inner.done();
                  });
                }
                inner.wait();
              }
              wg.done();
            });
          }
          wg.wait();
        },
        stress_opts(seed));
    EXPECT_EQ(code, 0);
    EXPECT_EQ(ran.load(), 16000);
  });
}

}  // namespace
}  // namespace gopark
