// world.h - stopping the world for a collection.
//
// A VM's goroutines run in parallel on several Ms. The collector needs
// them all at rest, their frames saved, while it marks and sweeps. The
// protocol is small because VM code is already cut into slices:
//
//  - An M counts itself in running_ while it runs VM code, that is for
//    the length of one VMG::resume (enter/leave around it). A slice ends
//    within a budget of instructions (vm.h), so every M leaves soon.
//  - A thread that must collect (an allocation found the heap due, or
//    runtime.GC) calls stop_and_run from inside VM code: it raises
//    stopping_, leaves the count, waits until no other M is inside, runs
//    the collection and lowers the flag. Ms that try to enter meanwhile
//    wait at the door; a second would-be collector waits too, and then
//    re-checks whether it still needs to collect.
//
// Nothing is checked between instructions: the only cost on the fast
// path is one atomic increment and decrement per slice. Scheduler code
// outside resume (run queues, timers firing, destroying a finished
// goroutine) does not count as VM code; what it touches of the VM is
// guarded by the VM's own locks (see vm.h).
//
// Invariant while fn runs: running_ == 0 and stopping_ is set, so no
// thread is inside VM code and none can enter.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace gopark::interp {

class World {
 public:
  // Around VM code on this thread. Not reentrant.
  void enter();
  void leave();
  // Runs fn with every other M out of VM code and returns true; or, if
  // another thread is already stopping the world, waits until it is done
  // and returns false without running fn. Callable from inside VM code
  // (the usual case) or from a thread outside it.
  bool stop_and_run(const std::function<void()>& fn);
  // Around a wait that may last (the host holding output back until the
  // page catches up): a thread inside VM code steps out, so a collector or
  // a snapshot taken on another thread does not wait for it - the waiting
  // thread may be waiting for that very thread. Meanwhile it must touch
  // only VM memory the collector keeps (reachable from its saved frame; the
  // collector does not move objects). step_out returns whether it left;
  // pass that to step_in.
  bool step_out();
  void step_in(bool left);

 private:
  std::atomic<int> running_{0};        // Ms inside VM code
  std::atomic<bool> stopping_{false};  // a collector wants the world, or has it
  std::mutex mu_;                      // guards the waits below (not the counters)
  std::condition_variable cv_;         // running_ fell, or stopping_ was lowered
};

}  // namespace gopark::interp
