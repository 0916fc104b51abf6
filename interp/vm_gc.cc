// vm_gc.cc - allocation and collection: the collector's roots (each
// goroutine's frames through their stack maps, package variables, pinned
// words, timers, buffered channel values) with the world stopped.
#include "interp/value.h"
#include "interp/vm.h"
#include "interp/vm_internal.h"
#include "runtime/chan.h"
#include "runtime/sched.h"

namespace gopark::interp {

// A collection is due (or -gcstress), or the limit would be passed.
void* VM::alloc_slow(const TypeInfo* t, uint64_t count, uint64_t bytes) {
  if (opts_.gc_stress || heap_.should_collect(bytes) || !heap_.fits(bytes)) collect();
  if (!heap_.fits(bytes)) return nullptr;
  return heap_.alloc(t, count, bytes);
}

void VM::collect() {
  world_.stop_and_run([this] { collect_stopped(); });
}

// Marks from the roots: each goroutine's frames through the stack map of
// the instruction the frame is at (the innermost frame's current
// instruction, the others' calls), and the package variables. Every M is
// out of VM code (world.h), so frames and heap are still; scheduler code
// may still add or remove goroutines (timers), hence gs_mu_.
void VM::collect_stopped() {
  heap_.begin_collection();
  std::unique_lock<std::mutex> gl(gs_mu_);
  for (VMG* g : gs_) {
    for (const PanicRec& p : g->panics) heap_.mark_word(p.val[1]);
    for (const Defer& d : g->defers) {
      heap_.mark_word(reinterpret_cast<uintptr_t>(d.fn));
      heap_.mark_word(reinterpret_cast<uintptr_t>(d.args));
    }
    for (size_t fi = 0; fi < g->frames.size(); fi++) {
      const VMFrame& f = g->frames[fi];
      bool innermost = fi + 1 == g->frames.size();
      uint32_t at = innermost ? f.pc : f.pc - 1;
      const Proto* p = f.proto;
      // A frame running its deferred calls waits at RUNDEFERS itself.
      if (!innermost && (at >= p->map_at.size() || p->map_at[at] == UINT32_MAX)) at = f.pc;
      if (f.closure) heap_.mark_word(reinterpret_cast<uintptr_t>(f.closure));
      const uint64_t* regs = g->words.data() + f.base;
      if (at >= p->map_at.size() || p->map_at[at] == UINT32_MAX) {
        // Not at a safepoint with a map: a goroutine that yielded at a
        // backward jump, or one not started yet. Every word of the frame
        // may be a pointer (a non-moving collector can afford the guess).
        for (uint32_t i = 0; i < p->nregs; i++) heap_.mark_word(regs[i]);
        continue;
      }
      const uint64_t* m = p->maps.data() + p->map_at[at];
      uint64_t n = m[0];
      const uint64_t* bits = m + 1;
      for (uint64_t i = 0; i < n; i++)
        if ((bits[i / 64] >> (i % 64)) & 1) heap_.mark_word(regs[i]);
    }
  }
  gl.unlock();
  std::lock_guard<std::mutex> ol(objects_mu_);
  mark_timers();
  const auto& gm = mod_.global_ptrmap;
  for (uint64_t i = 0; i < mod_.global_words; i++)
    if (i / 64 < gm.size() && ((gm[i / 64] >> (i % 64)) & 1)) heap_.mark_word(globals_[i]);
  heap_.drain();
  // A reachable channel's buffered values are reachable; they may hold
  // channels, so repeat until no more channels are reached. The world is
  // stopped: no channel operation runs meanwhile.
  std::vector<bool> reached(chans_.size());
  for (bool more = true; more;) {
    more = false;
    for (size_t i = 0; i < chans_.size(); i++) {
      if (reached[i] || !heap_.is_marked(chans_[i].cell)) continue;
      reached[i] = more = true;
      rt::Chan* c = chans_[i].c;
      const TypeInfo* t = chans_[i].elem;
      if (!c->buf || !t->has_pointers()) continue;
      rt::LockGuard cl(c->lock);  // a timer firing may send meanwhile
      uint64_t w = reg_words(t);
      for (uint32_t k = 0; k < c->dataqsiz; k++) {
        const uint64_t* slot = reinterpret_cast<const uint64_t*>(c->buf) + uint64_t(k) * w;
        for (uint64_t j = 0; j < w && j / 64 < t->ptrmap.size(); j++)
          if ((t->ptrmap[j / 64] >> (j % 64)) & 1) heap_.mark_word(slot[j]);
      }
      heap_.drain();
    }
  }
  prune_syncs();
  prune_timers();
  for (size_t i = chans_.size(); i-- > 0;)
    if (!reached[i]) {
      rt::chan_free(chans_[i].c);
      chans_[i] = chans_.back();
      chans_.pop_back();
    }
  heap_.sweep();
}

}  // namespace gopark::interp
