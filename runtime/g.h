// g.h - goroutines (G), waiters (Sudog) and continuations.
//
// A G is the runtime's record of a goroutine. What the goroutine is actually
// executing lives in its Continuation, which the scheduler knows only through
// resume(): a native fiber (fiber.h, native builds), a VM goroutine (interp/),
// or a test state machine (testing/). Nothing in the scheduler depends on
// which.
//
// Blocking protocol. Every runtime operation that may block (channel send and
// receive, select, semaphores, sleep, ...) returns a Step:
//   Step::done   - finished without blocking;
//   Step::park   - the G is enqueued as a waiter and must park now: the
//                  continuation returns Resume::park to the scheduler at once;
//   Step::panic  - a Go panic (G::panic_text says which);
//   Step::yield  - finished, and the caller should give up its P now (a
//                  Mutex handed to a starving waiter: the waiter runs next,
//                  as in Go); treating it as done is correct, only slower
//                  to hand over.
// After a park, when the G is resumed, the continuation calls the same
// operation again with the same arguments. G::reentry tells the operation it
// is being re-entered after a wake-up, so it collects its result instead of
// starting over. This keeps continuations free of runtime internals: a VM
// re-executes the same instruction; a fiber loops around the call.
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

namespace gopark::rt {

struct G;
struct P;
struct M;
struct Chan;
class Sched;

enum class WaitReason : uint8_t {
#define WAITREASON(id, text) id,
#include "runtime/waitreason.def"
#undef WAITREASON
};
const char* wait_reason_text(WaitReason r);

enum class GStatus : uint8_t {
  idle,      // just allocated or on a free list
  runnable,  // on a run queue
  running,   // owned by an M
  waiting,   // parked; some wait queue or timer will ready it
  dead,      // exited; may be reused
};
const char* gstatus_name(GStatus s);

enum class Step : uint8_t { done, park, panic, yield };

// What a continuation's resume() reports back to the scheduler.
enum class Resume : uint8_t {
  park,   // parked by a runtime operation (G::unlockf runs next)
  yield,  // still runnable: Gosched or preemption
  exit,   // the goroutine has returned (or Goexit, or a fatal error)
};

// A frame of a goroutine's stack, for dumps and snapshots.
// Strings are static or interned by the continuation's owner for the whole
// run; the runtime never frees them.
struct Frame {
  const char* func = nullptr;  // "main.worker" as Go prints it
  const char* file = nullptr;
  int line = 0;
  bool args = false;  // printed as f(...) rather than f()
  // Nonzero: not a frame but the "...N frames elided..." line Go prints in
  // the middle of a deep stack.
  uint64_t elided = 0;
};

class Continuation {
 public:
  virtual ~Continuation() = default;
  // Runs g until it parks, yields or exits. Called on an M that holds a P.
  virtual Resume resume(G* g) = 0;
  // Frees whatever the goroutine holds. Called once: after exit, or when the
  // program ends with the goroutine still parked (without running it).
  virtual void destroy(G* g) = 0;
  // Appends the goroutine's stack, innermost first. Only called while g is
  // not running, so the frames are stable.
  virtual void traceback(const G* g, std::vector<Frame>& out) const = 0;
};

// What the waited-on object is, for the state panel.
enum class ObjKind : uint8_t { none, chan, select, mutex, rwmutex, waitgroup, cond, sema, timer };

// A G waiting on a queue. Lives in the G (one per ordinary wait) or in
// G::select_sudogs (one per select case). Guarded by the lock of the queue
// it is linked into.
struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  void* elem = nullptr;  // value to send, or where to put the received value
  Chan* c = nullptr;
  const void* key = nullptr;  // semaphore address
  uint64_t ticket = 0;        // notify-list ticket; sema: 1 = handed off
  int32_t case_index = -1;    // select: which case this sudog stands for
  bool is_select = false;
  bool success = false;  // chan: woken by a value (true) or by close (false)
};

struct G {
  uint64_t goid = 0;
  std::atomic<GStatus> status{GStatus::idle};
  WaitReason waitreason = WaitReason::none;
  ObjKind wait_kind = ObjKind::none;
  const void* wait_obj = nullptr;  // the channel, mutex, ... (or select case list)
  int64_t wait_since = 0;          // clock time the current wait began

  Continuation* cont = nullptr;
  Sched* sched = nullptr;

  // Park hand-off: set by an operation that returns Step::park, run by the
  // scheduler after the continuation returned Resume::park (state saved).
  // Returning false cancels the park and readies the G at once.
  bool (*unlockf)(G*, void*) = nullptr;
  void* unlock_arg = nullptr;

  // Re-entry after a park (see the protocol above). Set by the parking
  // operation, cleared by the operation when re-entered.
  bool reentry = false;
  uint8_t op_stage = 0;  // multi-step operations (RWMutex.Lock, ...) remember where they were
  int64_t op_time = 0;   // e.g. when a Mutex waiter started waiting
  uint32_t op_flags = 0;

  Sudog sudog;                           // the G's single wait, when not in a select
  std::vector<Sudog> select_sudogs;      // one per case while in select
  Sudog* woken_by = nullptr;             // the sudog through which a waker readied us
  std::atomic<uint32_t> select_done{0};  // first waker wins a select
  void* select_cases = nullptr;          // the SelectCase array while parked in select
  int32_t select_ncases = 0;
  int32_t select_npoll = 0;            // cases with a non-nil channel
  std::vector<uint16_t> select_order;  // poll order at [0,n), lock order at [n,2n)
  // While parked in an operation the host completes (net/http's fetch):
  // that operation's state, owned by whoever parked the G.
  void* host_op = nullptr;

  const char* panic_text = nullptr;  // set with Step::panic

  // Where the goroutine is and where it came from (func, file, line). The
  // continuation keeps `pos` current at least at every park.
  Frame pos;
  uint64_t parent_goid = 0;
  Frame created_at;

  struct Timer* sleep_timer = nullptr;  // for sleep(); owned by the G

  G* schedlink = nullptr;  // global run queue / free lists
  uint64_t user_data = 0;  // for the continuation's owner
};

}  // namespace gopark::rt
