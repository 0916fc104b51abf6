// trace.h - a bounded ring of scheduler and channel events, for timelines.
//
// Off by default; when off, recording costs one relaxed load and a branch.
// When the ring is full the oldest events are overwritten and counted as
// dropped, so a reader that falls behind sees a gap, never a stall.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/lock.h"

namespace gopark::rt {

enum class TraceKind : uint8_t {
#define TRACEKIND(id, text) id,
  TRACEKIND(go_create, "GoCreate")    // g created g2 (arg)
  TRACEKIND(go_start, "GoStart")      // g starts running on p
  TRACEKIND(go_block, "GoBlock")      // g parked; arg = wait reason
  TRACEKIND(go_yield, "GoYield")      // g yielded or was preempted
  TRACEKIND(go_unblock, "GoUnblock")  // g readied g2 (arg)
  TRACEKIND(go_end, "GoEnd")          // g exited
  TRACEKIND(chan_send, "ChanSend")    // g sent on obj; arg = receiving goid, 0 if buffered
  TRACEKIND(chan_recv, "ChanRecv")    // g received on obj; arg = sending goid, 0 if buffered
  TRACEKIND(chan_close, "ChanClose")  // g closed obj
#undef TRACEKIND
};
const char* trace_kind_name(TraceKind k);

struct TraceEvent {
  int64_t ts;    // Sched::nanotime()
  uint64_t g;    // acting goroutine
  uint64_t arg;  // kind-specific (see TraceKind)
  uint64_t obj;  // channel id, when relevant
  int32_t p;     // P the event happened on, -1 if none
  TraceKind kind;
};

class Trace {
 public:
  bool enabled() const { return on_.load(std::memory_order_relaxed); }
  void enable(size_t capacity);
  void disable() { on_.store(false, std::memory_order_relaxed); }
  void record(const TraceEvent& e);
  // Events recorded since the last drain, oldest first, and how many were
  // overwritten before being read.
  std::vector<TraceEvent> drain(uint64_t* dropped = nullptr);
  static std::string to_json(const std::vector<TraceEvent>& evs);

 private:
  std::atomic<bool> on_{false};
  Lock lock_;  // guards everything below
  std::vector<TraceEvent> ring_;
  uint64_t written_ = 0;  // total recorded
  uint64_t read_ = 0;     // total drained or dropped
  uint64_t dropped_ = 0;
};

}  // namespace gopark::rt
