// sync_test.cc - Mutex (mutual exclusion, starvation mode, misuse), RWMutex,
// WaitGroup, and Cond built from a NotifyList and a Mutex. On the
// state-machine continuation, at 1 and 4 Ps.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "runtime/sync.h"
#include "runtime/testing/steps.h"

namespace gopark::rt::testing {
namespace {

class SyncTest : public ::testing::TestWithParam<int> {
 protected:
  Config cfg(bool fake_time = false) {
    Config c;
    c.gomaxprocs = GetParam();
    c.seed = 1;
    c.fake_time = fake_time;
    return c;
  }
};

// ---- Mutex ----

TEST_P(SyncTest, MutexExcludesAndCountsExactly) {
  struct Shared {
    Mutex m;
    WaitGroup wg;
    int64_t counter = 0;  // plain: only the mutex protects it
    std::atomic<bool> inside{false};
    std::atomic<int> overlaps{0};
  };
  constexpr int kGoroutines = 8, kIncrements = 2000;
  auto sh = std::make_shared<Shared>();
  RunResult r = run(cfg(), [sh](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, waitgroup_add(t.g(), &sh->wg, kGoroutines));
    for (t.i = 0; t.i < kGoroutines; t.i++) {
      go(t, [sh](Task& t) -> Resume {
        TASK_BEGIN(t);
        for (t.i = 0; t.i < kIncrements; t.i++) {
          AWAIT(t, mutex_lock(t.g(), &sh->m));
          if (sh->inside.exchange(true)) sh->overlaps++;
          sh->counter = sh->counter + 1;
          // Now and then hold the lock across a reschedule so that others
          // queue up and park on it.
          if (t.i % 97 == 0) YIELD(t);
          sh->inside.store(false);
          AWAIT(t, mutex_unlock(t.g(), &sh->m));
          if (t.i % 13 == 0) YIELD(t);
        }
        AWAIT(t, waitgroup_add(t.g(), &sh->wg, -1));
        TASK_END(t);
      });
    }
    AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(sh->counter, int64_t(kGoroutines) * kIncrements);
  EXPECT_EQ(sh->overlaps.load(), 0);
  EXPECT_EQ(sh->m.state.load(), 0);
}

// A hog holds the mutex ~1.5 ms at a time and re-locks it at once after each
// unlock. A waiter that has waited over 1 ms must switch the mutex to
// starvation mode (state bit 4), and then an unlock hands it the lock.
//
// On several Ps a woken waiter can still catch the mutex in the instant
// between the hog's unlock and re-lock and take it in normal mode, as in Go;
// so the waiter keeps coming back until it has been served after the hog
// saw starvation mode (or a second has passed).
TEST_P(SyncTest, MutexStarvationModeHandsOffToLongWaiter) {
  struct Shared {
    Mutex m;
    WaitGroup wg;
    std::atomic<bool> hog_holding{false};
    std::atomic<bool> saw_starving{false};
    std::atomic<bool> served_after_starving{false};
    std::atomic<bool> stop{false};
    std::atomic<int> hog_won_after_starving{0};
    std::atomic<int64_t> max_waited_ns{0};
    std::atomic<bool> handoff_yielded{false};
  };
  auto sh = std::make_shared<Shared>();
  bool one_p = GetParam() == 1;
  RunResult r = run(cfg(), [sh, one_p](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, waitgroup_add(t.g(), &sh->wg, 2));
    go(t, [sh, one_p](Task& t) -> Resume {  // the hog
      TASK_BEGIN(t);
      while (!sh->stop) {
        AWAIT(t, mutex_lock(t.g(), &sh->m));
        // In starvation mode our last unlock handed the mutex to the waiter,
        // so it must have been served before we got it back. (On several Ps
        // the waiter may still be between marking the mutex starving and
        // queueing on the semaphore; then the hog may legitimately win.)
        if (one_p && t.ok && !sh->served_after_starving) sh->hog_won_after_starving++;
        t.ok = false;
        sh->hog_holding = true;
        for (t.w = platform::monotonic_ns(); platform::monotonic_ns() - t.w < 1500000;) {
          YIELD(t);  // let the waiter run and queue up
          if (sh->m.state.load() & 4) {
            sh->saw_starving = true;
            t.ok = true;
          }
        }
        // A hand-off to the starving waiter tells the hog to give up its P
        // (Step::yield), so the waiter runs before the hog can come back.
        if (mutex_unlock(t.g(), &sh->m) == Step::yield) sh->handoff_yielded = true;
      }
      AWAIT(t, waitgroup_add(t.g(), &sh->wg, -1));
      TASK_END(t);
    });
    go(t, [sh](Task& t) -> Resume {  // the waiter
      TASK_BEGIN(t);
      while (!sh->hog_holding) YIELD(t);
      t.v = platform::monotonic_ns();
      for (;;) {
        t.w = platform::monotonic_ns();
        AWAIT(t, mutex_lock(t.g(), &sh->m));
        {
          int64_t waited = platform::monotonic_ns() - t.w;
          if (waited > sh->max_waited_ns) sh->max_waited_ns = waited;
        }
        if (sh->saw_starving) sh->served_after_starving = true;
        AWAIT(t, mutex_unlock(t.g(), &sh->m));
        if (sh->served_after_starving || platform::monotonic_ns() - t.v > 1000000000) break;
        while (!(sh->m.state.load() & 1)) YIELD(t);  // come back while the hog holds it
      }
      sh->stop = true;
      AWAIT(t, waitgroup_add(t.g(), &sh->wg, -1));
      TASK_END(t);
    });
    AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(sh->saw_starving);
  EXPECT_TRUE(sh->served_after_starving);
  EXPECT_GT(sh->max_waited_ns.load(), 1000000);
  EXPECT_EQ(sh->hog_won_after_starving.load(), 0);
  if (one_p) {
    EXPECT_TRUE(sh->handoff_yielded);
  }
  // Everyone is gone: unlocked, normal mode, no waiters.
  EXPECT_EQ(sh->m.state.load(), 0);
}

TEST_P(SyncTest, UnlockOfUnlockedMutexIsFatal) {
  struct Result {
    std::vector<std::string> panics;
    std::vector<bool> fatal;
    int32_t state_after = -1;
  };
  auto res = std::make_shared<Result>();
  auto m = std::make_shared<Mutex>();
  RunResult r = run(cfg(), [res, m](Task& t) -> Resume {
    TASK_BEGIN(t);
    {
      Step st = mutex_unlock(t.g(), m.get());
      res->panics.push_back(st == Step::panic ? t.g()->panic_text : "no panic");
      res->fatal.push_back(t.g()->op_flags & kOpFatal);
      t.g()->op_flags = 0;
    }
    // Once locked and unlocked, a second unlock is the same error.
    AWAIT(t, mutex_lock(t.g(), m.get()));
    AWAIT(t, mutex_unlock(t.g(), m.get()));
    {
      Step st = mutex_unlock(t.g(), m.get());
      res->panics.push_back(st == Step::panic ? t.g()->panic_text : "no panic");
      res->fatal.push_back(t.g()->op_flags & kOpFatal);
      t.g()->op_flags = 0;
    }
    res->state_after = m->state.load();
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(res->panics, (std::vector<std::string>{"sync: unlock of unlocked mutex",
                                                   "sync: unlock of unlocked mutex"}));
  EXPECT_EQ(res->fatal, (std::vector<bool>{true, true}));
  EXPECT_EQ(res->state_after, 0);  // still usable: the failed unlock changed nothing
}

// ---- RWMutex ----

TEST_P(SyncTest, RWMutexReadersShareTheLock) {
  struct Shared {
    RWMutex rw;
    WaitGroup wg;
    std::atomic<int> readers{0};
    std::atomic<int> max_readers{0};
  };
  auto sh = std::make_shared<Shared>();
  RunResult r = run(cfg(/*fake_time=*/true), [sh](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, waitgroup_add(t.g(), &sh->wg, 4));
    for (t.i = 0; t.i < 4; t.i++) {
      go(t, [sh](Task& t) -> Resume {
        TASK_BEGIN(t);
        AWAIT(t, rwmutex_rlock(t.g(), &sh->rw));
        {
          int n = ++sh->readers;
          int m = sh->max_readers.load();
          while (n > m && !sh->max_readers.compare_exchange_weak(m, n)) {
          }
        }
        AWAIT(t, sleep(t.g(), 1000000));  // hold the read lock a while
        sh->readers--;
        AWAIT(t, rwmutex_runlock(t.g(), &sh->rw));
        AWAIT(t, waitgroup_add(t.g(), &sh->wg, -1));
        TASK_END(t);
      });
    }
    AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_GE(sh->max_readers.load(), 2);
  EXPECT_EQ(sh->readers.load(), 0);
}

TEST_P(SyncTest, RWMutexWriterExcludesReadersAndWriters) {
  struct Shared {
    RWMutex rw;
    WaitGroup wg;
    std::atomic<int> readers{0};
    std::atomic<int> writers{0};
    std::atomic<int> violations{0};
    std::atomic<int> max_readers{0};
    int64_t value = 0;  // written only under the write lock
    std::atomic<int> writes{0};
  };
  constexpr int kReaders = 4, kWriters = 2, kRounds = 300;
  auto sh = std::make_shared<Shared>();
  RunResult r = run(cfg(), [sh](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, waitgroup_add(t.g(), &sh->wg, kReaders + kWriters));
    for (t.i = 0; t.i < kWriters; t.i++) {
      go(t, [sh](Task& t) -> Resume {
        TASK_BEGIN(t);
        for (t.i = 0; t.i < kRounds; t.i++) {
          AWAIT(t, rwmutex_lock(t.g(), &sh->rw));
          if (sh->writers++ != 0 || sh->readers.load() != 0) sh->violations++;
          sh->value = sh->value + 1;
          YIELD(t);  // give readers and the other writer a chance to break in
          if (sh->writers.load() != 1 || sh->readers.load() != 0) sh->violations++;
          sh->writers--;
          sh->writes++;
          AWAIT(t, rwmutex_unlock(t.g(), &sh->rw));
          YIELD(t);
        }
        AWAIT(t, waitgroup_add(t.g(), &sh->wg, -1));
        TASK_END(t);
      });
    }
    for (t.i = 0; t.i < kReaders; t.i++) {
      go(t, [sh](Task& t) -> Resume {
        TASK_BEGIN(t);
        for (t.i = 0; t.i < kRounds; t.i++) {
          AWAIT(t, rwmutex_rlock(t.g(), &sh->rw));
          {
            int n = ++sh->readers;
            int m = sh->max_readers.load();
            while (n > m && !sh->max_readers.compare_exchange_weak(m, n)) {
            }
          }
          if (sh->writers.load() != 0) sh->violations++;
          t.v = sh->writes.load();
          YIELD(t);
          // No write may complete while we hold the read lock.
          if (sh->writers.load() != 0 || sh->writes.load() != t.v) sh->violations++;
          sh->readers--;
          AWAIT(t, rwmutex_runlock(t.g(), &sh->rw));
        }
        AWAIT(t, waitgroup_add(t.g(), &sh->wg, -1));
        TASK_END(t);
      });
    }
    AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(sh->violations.load(), 0);
  EXPECT_EQ(sh->value, int64_t(kWriters) * kRounds);
  EXPECT_EQ(sh->rw.reader_count.load(), 0);
  EXPECT_EQ(sh->rw.w.state.load(), 0);
}

// ---- WaitGroup ----

TEST_P(SyncTest, WaitGroupWaitReturnsAfterAllDone) {
  struct Shared {
    WaitGroup wg;
    std::atomic<int> done{0};
    std::vector<int> seen_by_waiters;
    Lock lk;
  };
  constexpr int kWorkers = 10;
  auto sh = std::make_shared<Shared>();
  RunResult r = run(cfg(/*fake_time=*/true), [sh, fin = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    {
      const char* panic = nullptr;
      fin = chan_make(t.sched(), int64_type(), 1, &panic);
    }
    AWAIT(t, waitgroup_add(t.g(), &sh->wg, kWorkers));
    for (t.i = 0; t.i < kWorkers; t.i++) {
      go(t, [sh, ms = t.i](Task& t) -> Resume {
        TASK_BEGIN(t);
        AWAIT(t, sleep(t.g(), (kWorkers - ms) * 1000000));
        sh->done++;
        AWAIT(t, waitgroup_add(t.g(), &sh->wg, -1));
        TASK_END(t);
      });
    }
    // A second waiter besides main.
    go(t, [sh, fin](Task& t) -> Resume {
      TASK_BEGIN(t);
      AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
      {
        LockGuard l(sh->lk);
        sh->seen_by_waiters.push_back(sh->done.load());
      }
      AWAIT(t, chan_send(t.g(), fin, &t.v));
      TASK_END(t);
    });
    AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
    {
      LockGuard l(sh->lk);
      sh->seen_by_waiters.push_back(sh->done.load());
    }
    AWAIT(t, chan_recv(t.g(), fin, nullptr, nullptr));
    // With the counter at zero, Wait returns at once.
    AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
    {
      LockGuard l(sh->lk);
      sh->seen_by_waiters.push_back(waitgroup_counter(&sh->wg));
    }
    chan_free(fin);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(sh->seen_by_waiters, (std::vector<int>{kWorkers, kWorkers, 0}));
}

// Semaphore waiters belong to their run. A run that ends while a goroutine
// still waits on a semaphore (main returned; a deadlock; Stop) must leave no
// waiter behind for the next run in the same process, where the same
// address may be a new WaitGroup: a release there would otherwise wake the
// dead run's goroutine (freed memory) and not the new waiter.
TEST_P(SyncTest, SemaphoreWaitersDoNotOutliveTheirRun) {
  static std::atomic<uint32_t> sem{0};  // the same address in both runs
  sem.store(0);
  RunResult first = run(cfg(), [](Task& t) -> Resume {
    TASK_BEGIN(t);
    go(t, [](Task& t) -> Resume {
      TASK_BEGIN(t);
      AWAIT(t, semacquire(t.g(), &sem, false, WaitReason::sync_waitgroup_wait, ObjKind::none,
                          nullptr));
      TASK_END(t);
    });
    while (sema_waiters(t.sched(), &sem, nullptr, 0) == 0) YIELD(t);
    TASK_END(t);  // main returns; the waiter is still parked
  });
  ASSERT_EQ(first.code, 0) << first.out;

  std::atomic<int> waiters_seen{-1}, woken{0};
  RunResult second = run(cfg(), [&](Task& t) -> Resume {
    TASK_BEGIN(t);
    waiters_seen = sema_waiters(t.sched(), &sem, nullptr, 0);
    go(t, [&](Task& t) -> Resume {
      TASK_BEGIN(t);
      AWAIT(t, semacquire(t.g(), &sem, false, WaitReason::sync_waitgroup_wait, ObjKind::none,
                          nullptr));
      woken++;
      TASK_END(t);
    });
    while (sema_waiters(t.sched(), &sem, nullptr, 0) == 0) YIELD(t);
    semrelease(t.sched(), &sem, false);  // must wake this run's waiter
    while (woken.load() == 0) YIELD(t);
    TASK_END(t);
  });
  EXPECT_EQ(second.code, 0) << second.out;
  EXPECT_EQ(waiters_seen.load(), 0);
  EXPECT_EQ(woken.load(), 1);
  EXPECT_EQ(sem.load(), 0u);
}

TEST_P(SyncTest, WaitGroupNegativeCounterPanics) {
  auto panics = std::make_shared<std::vector<std::string>>();
  auto wg = std::make_shared<WaitGroup>();
  RunResult r = run(cfg(), [panics, wg](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, waitgroup_add(t.g(), wg.get(), 1));
    panics->push_back(t.panic);  // none yet
    AWAIT(t, waitgroup_add(t.g(), wg.get(), -1));
    panics->push_back(t.panic);  // none yet
    AWAIT(t, waitgroup_add(t.g(), wg.get(), -1));
    panics->push_back(t.panic);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*panics, (std::vector<std::string>{"", "", "sync: negative WaitGroup counter"}));
}

// ---- Cond (a NotifyList plus a Mutex, as sync.Cond) ----

struct CondShared {
  Mutex m;
  Cond cond;
  WaitGroup wg;
  int waiting = 0;                     // guarded by m
  int woken = 0;                       // guarded by m
  std::vector<int64_t> woken_tickets;  // guarded by m
};

// The waiter of sync.Cond.Wait: t = add; Unlock; wait(t); Lock.
Task::Body cond_waiter(std::shared_ptr<CondShared> sh) {
  return [sh](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, mutex_lock(t.g(), &sh->m));
    sh->waiting++;
    t.w = notify_list_add(&sh->cond.notify);
    AWAIT(t, mutex_unlock(t.g(), &sh->m));
    AWAIT(t, notify_list_wait(t.g(), &sh->cond.notify, uint32_t(t.w), &sh->cond));
    AWAIT(t, mutex_lock(t.g(), &sh->m));
    sh->woken++;
    sh->woken_tickets.push_back(t.w);
    AWAIT(t, mutex_unlock(t.g(), &sh->m));
    AWAIT(t, waitgroup_add(t.g(), &sh->wg, -1));
    TASK_END(t);
  };
}

TEST_P(SyncTest, CondSignalWakesExactlyOneAndBroadcastWakesAll) {
  constexpr int kWaiters = 5;
  auto sh = std::make_shared<CondShared>();
  auto seen = std::make_shared<std::vector<int>>();
  RunResult r = run(cfg(/*fake_time=*/true), [sh, seen](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, waitgroup_add(t.g(), &sh->wg, kWaiters));
    for (t.i = 0; t.i < kWaiters; t.i++) go(t, cond_waiter(sh), "main.waiter");
    // Wait until every waiter holds a ticket (they take it under the lock).
    for (;;) {
      AWAIT(t, mutex_lock(t.g(), &sh->m));
      t.v = sh->waiting;
      AWAIT(t, mutex_unlock(t.g(), &sh->m));
      if (t.v == kWaiters) break;
      AWAIT(t, sleep(t.g(), 1000000));
    }
    // Signal: exactly one wakes. The virtual clock only moves once every
    // goroutine is blocked again, so after the sleep the woken one is done.
    notify_list_notify_one(t.sched(), &sh->cond.notify);
    AWAIT(t, sleep(t.g(), 10000000));
    AWAIT(t, mutex_lock(t.g(), &sh->m));
    seen->push_back(sh->woken);
    seen->push_back(sh->woken_tickets.empty() ? -1 : int(sh->woken_tickets[0]));
    AWAIT(t, mutex_unlock(t.g(), &sh->m));
    // Signal with nobody left unnotified wakes one more, not more.
    notify_list_notify_one(t.sched(), &sh->cond.notify);
    AWAIT(t, sleep(t.g(), 10000000));
    AWAIT(t, mutex_lock(t.g(), &sh->m));
    seen->push_back(sh->woken);
    AWAIT(t, mutex_unlock(t.g(), &sh->m));
    // Broadcast: all the rest.
    notify_list_notify_all(t.sched(), &sh->cond.notify);
    AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
    seen->push_back(sh->woken);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  // Signal wakes the oldest waiter: ticket 0.
  EXPECT_EQ(*seen, (std::vector<int>{1, 0, 2, kWaiters}));
  std::vector<int64_t> tickets = sh->woken_tickets;
  std::sort(tickets.begin(), tickets.end());
  EXPECT_EQ(tickets, (std::vector<int64_t>{0, 1, 2, 3, 4}));
}

TEST_P(SyncTest, CondBroadcastWakesAllWaiters) {
  constexpr int kWaiters = 8;
  auto sh = std::make_shared<CondShared>();
  auto seen = std::make_shared<std::vector<int>>();
  RunResult r = run(cfg(/*fake_time=*/true), [sh, seen](Task& t) -> Resume {
    TASK_BEGIN(t);
    AWAIT(t, waitgroup_add(t.g(), &sh->wg, kWaiters));
    for (t.i = 0; t.i < kWaiters; t.i++) go(t, cond_waiter(sh), "main.waiter");
    AWAIT(t, sleep(t.g(), 1000000));  // every waiter is parked in wait by now
    AWAIT(t, mutex_lock(t.g(), &sh->m));
    seen->push_back(sh->waiting);
    seen->push_back(sh->woken);
    AWAIT(t, mutex_unlock(t.g(), &sh->m));
    notify_list_notify_all(t.sched(), &sh->cond.notify);
    AWAIT(t, waitgroup_wait(t.g(), &sh->wg));
    seen->push_back(sh->woken);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(*seen, (std::vector<int>{kWaiters, 0, kWaiters}));
}

INSTANTIATE_TEST_SUITE_P(Procs, SyncTest, ::testing::Values(1, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
}  // namespace gopark::rt::testing
