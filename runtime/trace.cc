// trace.cc - the trace-event ring.
#include "runtime/trace.h"

#include <cstdio>

namespace gopark::rt {

const char* trace_kind_name(TraceKind k) {
  switch (k) {
    case TraceKind::go_create:
      return "GoCreate";
    case TraceKind::go_start:
      return "GoStart";
    case TraceKind::go_block:
      return "GoBlock";
    case TraceKind::go_yield:
      return "GoYield";
    case TraceKind::go_unblock:
      return "GoUnblock";
    case TraceKind::go_end:
      return "GoEnd";
    case TraceKind::chan_send:
      return "ChanSend";
    case TraceKind::chan_recv:
      return "ChanRecv";
    case TraceKind::chan_close:
      return "ChanClose";
  }
  return "?";
}

void Trace::enable(size_t capacity) {
  LockGuard l(lock_);
  ring_.assign(capacity ? capacity : 1, TraceEvent{});
  written_ = read_ = dropped_ = 0;
  on_.store(true, std::memory_order_relaxed);
}

void Trace::record(const TraceEvent& e) {
  LockGuard l(lock_);
  if (ring_.empty()) return;
  ring_[written_ % ring_.size()] = e;
  written_++;
  if (written_ - read_ > ring_.size()) {
    dropped_ += written_ - read_ - ring_.size();
    read_ = written_ - ring_.size();
  }
}

std::vector<TraceEvent> Trace::drain(uint64_t* dropped) {
  LockGuard l(lock_);
  std::vector<TraceEvent> out;
  out.reserve(written_ - read_);
  for (uint64_t i = read_; i < written_; i++) out.push_back(ring_[i % ring_.size()]);
  read_ = written_;
  if (dropped) *dropped = dropped_;
  dropped_ = 0;
  return out;
}

std::string Trace::to_json(const std::vector<TraceEvent>& evs) {
  std::string s = "[";
  char buf[160];
  for (size_t i = 0; i < evs.size(); i++) {
    const TraceEvent& e = evs[i];
    snprintf(buf, sizeof buf,
             "%s{\"ts\":%lld,\"kind\":\"%s\",\"g\":%llu,\"arg\":%llu,\"obj\":%llu,\"p\":%d}",
             i ? "," : "", (long long)e.ts, trace_kind_name(e.kind), (unsigned long long)e.g,
             (unsigned long long)e.arg, (unsigned long long)e.obj, e.p);
    s += buf;
  }
  s += "]";
  return s;
}

}  // namespace gopark::rt
