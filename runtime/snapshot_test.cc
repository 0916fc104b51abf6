// snapshot_test.cc - the JSON snapshot of a running program and the JSON of
// trace events. On the state-machine continuation, at 1 and 4 Ps.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "runtime/testing/steps.h"

namespace gopark::rt::testing {
namespace {

class SnapshotTest : public ::testing::TestWithParam<int> {
 protected:
  Config cfg() {
    Config c;
    c.gomaxprocs = GetParam();
    c.seed = 1;
    c.fake_time = true;  // the sleep below returns only once the receiver has parked
    return c;
  }
};

Chan* make(Task& t, int64_t cap) {
  const char* panic = nullptr;
  return chan_make(t.sched(), int64_type(), cap, &panic);
}

size_t count(const std::string& s, const std::string& sub) {
  size_t n = 0;
  for (size_t pos = s.find(sub); pos != std::string::npos; pos = s.find(sub, pos + 1)) n++;
  return n;
}

struct Captured {
  std::string snapshot;
  std::string trace;
  uint64_t buffered_id = 0;
  uint64_t empty_id = 0;
  uint64_t receiver_goid = 0;
};

TEST_P(SnapshotTest, SnapshotShowsGoroutinesChannelsAndProcs) {
  auto cap = std::make_shared<Captured>();
  RunResult r = run(
      cfg(),
      [cap, buffered = (Chan*)nullptr, empty = (Chan*)nullptr](Task& t) mutable -> Resume {
        TASK_BEGIN(t);
        buffered = make(t, 3);
        empty = make(t, 0);
        cap->buffered_id = buffered->id;
        cap->empty_id = empty->id;
        t.v = 1;
        AWAIT(t, chan_send(t.g(), buffered, &t.v));
        t.v = 2;
        AWAIT(t, chan_send(t.g(), buffered, &t.v));
        {
          G* g = go(
              t,
              [empty](Task& t) -> Resume {
                TASK_BEGIN(t);
                AWAIT(t, chan_recv(t.g(), empty, &t.v, &t.ok));
                TASK_END(t);
              },
              "main.receiver");
          cap->receiver_goid = g->goid;
        }
        AWAIT(t, sleep(t.g(), 1000000));
        cap->snapshot = t.sched()->snapshot_json();
        cap->trace = Trace::to_json(t.sched()->trace().drain());
        AWAIT(t, chan_close(t.g(), empty));  // let the receiver finish
        AWAIT(t, sleep(t.g(), 1000000));
        chan_free(buffered);
        chan_free(empty);
        TASK_END(t);
      },
      [](Sched& s) { s.trace().enable(1024); });
  EXPECT_EQ(r.code, 0) << r.out;
  const std::string& js = cap->snapshot;
  std::string g = "{\"id\":" + std::to_string(cap->receiver_goid) +
                  ",\"status\":\"waiting\",\"waitReason\":\"chan receive\"";
  EXPECT_NE(js.find(g), std::string::npos) << js;
  // ... waiting on the empty channel.
  EXPECT_NE(js.find(g + ",\"waitingOn\":{\"kind\":\"chan\",\"id\":" +
                    std::to_string(cap->empty_id) + "}"),
            std::string::npos)
      << js;
  // main is the one running the snapshot.
  EXPECT_NE(js.find("{\"id\":1,\"status\":\"running\""), std::string::npos) << js;
  EXPECT_NE(js.find("{\"id\":" + std::to_string(cap->buffered_id) +
                    ",\"label\":\"\",\"elemType\":\"int\",\"cap\":3,\"len\":2,\"buffer\":[\"1\","
                    "\"2\"],\"closed\":false"),
            std::string::npos)
      << js;
  EXPECT_NE(js.find("{\"id\":" + std::to_string(cap->empty_id) +
                    ",\"label\":\"\",\"elemType\":\"int\",\"cap\":0,\"len\":0,\"buffer\":[],"
                    "\"closed\":false,\"sendq\":[],\"recvq\":[" +
                    std::to_string(cap->receiver_goid) + "]"),
            std::string::npos)
      << js;
  EXPECT_NE(js.find("\"gomaxprocs\":" + std::to_string(GetParam())), std::string::npos) << js;
  size_t procs = js.find("\"procs\":[");
  ASSERT_NE(procs, std::string::npos) << js;
  EXPECT_EQ(count(js.substr(procs), "\"curg\":"), size_t(GetParam())) << js;

  const std::string& tr = cap->trace;
  EXPECT_EQ(tr.front(), '[');
  EXPECT_EQ(tr.back(), ']');
  EXPECT_NE(tr.find("\"kind\":\"GoCreate\""), std::string::npos) << tr;
  EXPECT_NE(tr.find("\"kind\":\"ChanSend\""), std::string::npos) << tr;
  EXPECT_NE(tr.find("\"kind\":\"GoBlock\""), std::string::npos) << tr;
  // The two buffered sends, by main, on the buffered channel.
  EXPECT_EQ(count(tr, "\"kind\":\"ChanSend\",\"g\":1,\"arg\":0,\"obj\":" +
                          std::to_string(cap->buffered_id) + ","),
            2u)
      << tr;
}

// A snapshot lists the oldest kSnapshotMaxGoroutines goroutines and counts
// the rest, so a goroutine bomb cannot make it unboundedly large.
TEST_P(SnapshotTest, SnapshotListsTheOldestGoroutinesAndCountsTheRest) {
  constexpr int kExtra = 500;
  constexpr int n = int(Sched::kSnapshotMaxGoroutines) + kExtra;  // besides main
  auto js = std::make_shared<std::string>();
  RunResult r = run(cfg(), [js, block = (Chan*)nullptr](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    block = make(t, 0);
    for (t.i = 0; t.i < n; t.i++) {
      go(t, [block](Task& t) -> Resume {
        TASK_BEGIN(t);
        AWAIT(t, chan_recv(t.g(), block, &t.v, &t.ok));
        TASK_END(t);
      });
    }
    AWAIT(t, sleep(t.g(), 1000000));  // every one of them parks
    *js = t.sched()->snapshot_json();
    AWAIT(t, chan_close(t.g(), block));
    AWAIT(t, sleep(t.g(), 1000000));
    chan_free(block);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  size_t at = js->find("\"goroutines\":[");
  size_t end = js->find("],\"channels\"");
  ASSERT_NE(at, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  std::string list = js->substr(at, end - at);
  EXPECT_EQ(count(list, "{\"id\":"), Sched::kSnapshotMaxGoroutines);
  // n + main are live; the oldest are listed: main, then goroutines 2...
  EXPECT_NE(js->find("\"goroutinesOmitted\":" +
                     std::to_string(n + 1 - int(Sched::kSnapshotMaxGoroutines))),
            std::string::npos)
      << js->substr(0, 200);
  EXPECT_EQ(list.find("{\"id\":1,"), std::string("\"goroutines\":[").size());
  EXPECT_NE(list.find("{\"id\":" + std::to_string(Sched::kSnapshotMaxGoroutines) + ","),
            std::string::npos);
  EXPECT_EQ(list.find("{\"id\":" + std::to_string(Sched::kSnapshotMaxGoroutines + 1) + ","),
            std::string::npos);
}

// Channels (and each other kind of object) past kSnapshotMaxObjects are
// only counted, and a channel lists at most kSnapshotMaxValues of its
// buffered values (its len says how many there are): a program's size must
// not make a snapshot unboundedly big.
TEST_P(SnapshotTest, SnapshotBoundsChannelsAndBufferedValues) {
  constexpr int kExtra = 7;
  constexpr int kBuffered = 100;
  auto js = std::make_shared<std::string>();
  auto chans = std::make_shared<std::vector<Chan*>>();
  RunResult r = run(cfg(), [js, chans](Task& t) mutable -> Resume {
    TASK_BEGIN(t);
    chans->push_back(make(t, kBuffered));
    for (t.i = 1; t.i <= kBuffered; t.i++) {
      t.v = t.i;
      AWAIT(t, chan_send(t.g(), chans->front(), &t.v));
    }
    while (chans->size() < Sched::kSnapshotMaxObjects + kExtra) chans->push_back(make(t, 0));
    *js = t.sched()->snapshot_json();
    for (Chan* c : *chans) chan_free(c);
    TASK_END(t);
  });
  EXPECT_EQ(r.code, 0) << r.out;
  size_t at = js->find("\"channels\":[");
  size_t end = js->find("],\"mutexes\"");
  ASSERT_NE(at, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  std::string list = js->substr(at, end - at);
  EXPECT_EQ(count(list, "{\"id\":"), Sched::kSnapshotMaxObjects);
  EXPECT_NE(js->find("\"channelsOmitted\":" + std::to_string(kExtra)), std::string::npos);
  EXPECT_NE(js->find("\"mutexesOmitted\":0"), std::string::npos);
  // The oldest channel, the buffered one, is listed with its first 64 values.
  std::string values;
  for (size_t i = 1; i <= Sched::kSnapshotMaxValues; i++)
    values += (i > 1 ? ",\"" : "\"") + std::to_string(i) + "\"";
  EXPECT_NE(list.find("\"cap\":" + std::to_string(kBuffered) +
                      ",\"len\":" + std::to_string(kBuffered) + ",\"buffer\":[" + values + "],"),
            std::string::npos)
      << list.substr(0, 1000);
}

INSTANTIATE_TEST_SUITE_P(Procs, SnapshotTest, ::testing::Values(1, 4),
                         [](const auto& info) { return "P" + std::to_string(info.param); });

}  // namespace
}  // namespace gopark::rt::testing
