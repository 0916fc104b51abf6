// world.cc - see world.h. The counters are sequentially consistent: an
// entering M increments running_ and then reads stopping_, a collector
// sets stopping_ and then reads running_, so at least one of them sees
// the other (the entering M backs off, or the collector waits for it).
#include "interp/world.h"

namespace gopark::interp {

namespace {
// Whether this thread is inside VM code (counted in some World's
// running_). A thread runs one VM's code at a time.
thread_local bool tl_inside = false;
}  // namespace

void World::enter() {
  for (;;) {
    running_.fetch_add(1);
    if (!stopping_.load()) break;
    running_.fetch_sub(1);
    std::unique_lock<std::mutex> l(mu_);
    cv_.notify_all();  // the collector may be waiting for this M to leave
    cv_.wait(l, [&] { return !stopping_.load(); });
  }
  tl_inside = true;
}

void World::leave() {
  tl_inside = false;
  running_.fetch_sub(1);
  if (stopping_.load()) {
    std::lock_guard<std::mutex> l(mu_);
    cv_.notify_all();
  }
}

bool World::stop_and_run(const std::function<void()>& fn) {
  bool inside = tl_inside;
  std::unique_lock<std::mutex> l(mu_);
  if (stopping_.load()) {
    // Another thread collects: rest here as a stopped M until it is done.
    if (inside) running_.fetch_sub(1);
    cv_.notify_all();
    cv_.wait(l, [&] { return !stopping_.load(); });
    if (inside) running_.fetch_add(1);  // stopping_ is low and mu_ held: no collector runs
    return false;
  }
  stopping_.store(true);
  if (inside) running_.fetch_sub(1);
  cv_.wait(l, [&] { return running_.load() == 0; });
  l.unlock();
  fn();
  l.lock();
  if (inside) running_.fetch_add(1);
  stopping_.store(false);
  cv_.notify_all();
  return true;
}

bool World::step_out() {
  if (!tl_inside) return false;
  leave();
  return true;
}

void World::step_in(bool left) {
  if (left) enter();
}

}  // namespace gopark::interp
