// vm_objects.cc - the runtime objects behind Go values: channels, the
// sync package's locks, and timers. Each lives in C++ (runtime/), is found
// from the Go value (a channel cell, a sync value's address, a timer's
// handle), and goes when the collector finds the Go side dead.
#include <cstring>

#include "interp/value.h"
#include "interp/vm.h"
#include "runtime/sched.h"

namespace gopark::interp {

uint64_t* VM::make_chan(rt::G* g, const TypeInfo* elem, int64_t size, const char** panic) {
  const rt::ElemType* et;
  {
    std::lock_guard<std::mutex> l(objects_mu_);
    auto& e = elem_types_[elem];
    if (!e) {
      e = std::make_unique<rt::ElemType>();
      e->name = elem->name.c_str();
      e->size = uint32_t(reg_words(elem) * 8);
      e->align = 8;
      e->user = elem;
      // Buffered values are in register form.
      e->format = [](const rt::ElemType& et, const void* p, std::string& out) {
        auto* t = static_cast<const TypeInfo*>(et.user);
        std::vector<uint8_t> mem(size_t(t->size) + 8);
        store_value(mem.data(), static_cast<const uint64_t*>(p), t);
        format_value(mem.data(), t, out);
      };
    }
    et = e.get();
  }
  // The buffer lives outside the heap but counts against its limit.
  if (size > 0 && uint64_t(size) <= UINT32_MAX && !heap_.fits(uint64_t(size) * et->size))
    return nullptr;
  auto* cell = static_cast<uint64_t*>(alloc(nullptr, 1, 8));
  if (!cell) return nullptr;
  rt::Chan* c = rt::chan_make(g->sched, et, size, panic);
  if (!c) return nullptr;
  cell[0] = uint64_t(reinterpret_cast<uintptr_t>(c));
  std::lock_guard<std::mutex> l(objects_mu_);
  chans_.push_back(ChanRec{cell, c, elem});
  return cell;
}

void VMG::label_chan(uint64_t* cell, uint32_t pc) {
  for (const auto& [at, name] : frames.back().proto->chan_labels)
    if (at == pc) VM::chan_of(uint64_t(reinterpret_cast<uintptr_t>(cell)))->label = name.c_str();
}

rt::SyncObj* VM::sync_obj(rt::G* g, uint64_t addr, rt::ObjKind kind) {
  SyncShard& sh = sync_shard(addr);
  std::lock_guard<std::mutex> l(sh.mu);
  rt::SyncObj*& o = sh.objs[addr | uint64_t(kind) << 56];
  if (!o) {
    switch (kind) {
      case rt::ObjKind::mutex:
        o = new rt::Mutex;
        break;
      case rt::ObjKind::rwmutex:
        o = new rt::RWMutex;
        break;
      case rt::ObjKind::waitgroup:
        o = new rt::WaitGroup;
        break;
      default:
        o = new rt::Cond;
        break;
    }
    g->sched->register_obj(o);
  }
  return o;
}

void VM::free_sync(rt::SyncObj* o) {
  if (o->sched) o->sched->unregister_obj(o);
  switch (o->kind) {
    case rt::ObjKind::mutex:
      delete static_cast<rt::Mutex*>(o);
      break;
    case rt::ObjKind::rwmutex:
      delete static_cast<rt::RWMutex*>(o);
      break;
    case rt::ObjKind::waitgroup:
      delete static_cast<rt::WaitGroup*>(o);
      break;
    default:
      delete static_cast<rt::Cond*>(o);
      break;
  }
}

void VM::prune_syncs() {
  auto g0 = reinterpret_cast<uintptr_t>(globals_.data());
  auto g1 = g0 + globals_.size() * 8;
  for (SyncShard& sh : sync_shards_) {
    std::lock_guard<std::mutex> l(sh.mu);
    for (auto it = sh.objs.begin(); it != sh.objs.end();) {
      uintptr_t a = uintptr_t(it->first & ((uint64_t(1) << 56) - 1));
      if ((a >= g0 && a < g1) || heap_.is_marked(reinterpret_cast<const void*>(a))) {
        ++it;
        continue;
      }
      free_sync(it->second);
      it = sh.objs.erase(it);
    }
  }
}

// ---------------------------------------------------------------------------
// Itabs

const Itab* VM::find_itab(const TypeInfo* iface, const TypeInfo* t, std::string* missing) {
  std::lock_guard<std::mutex> lock(itab_mu_);
  auto key = std::make_pair(iface, t);
  auto it = itab_index_.find(key);
  if (it != itab_index_.end() && (it->second || !missing)) return it->second;
  auto tab = std::make_unique<Itab>();
  tab->iface = iface;
  tab->type = t;
  for (const std::string& name : iface->imethods) {
    const MethodInfo* m = find_method(t, name);
    if (!m) {
      if (missing) *missing = name;
      itab_index_[key] = nullptr;
      return nullptr;
    }
    tab->fun.push_back(m);
  }
  const Itab* r = tab.get();
  itabs_.push_back(std::move(tab));
  itab_index_[key] = r;
  return r;
}

// ---------------------------------------------------------------------------
// Timers

struct VM::TimerRec {
  rt::Timer t;
  VM* vm = nullptr;
  uint64_t owner = 0;  // the Go runtimeTimer's address
  uint64_t chan = 0;   // channel value, or 0
  uint64_t fn = 0;     // closure, or 0
  uint64_t loc = 0;    // the *time.Location of the times sent (a global: no tracing needed)
};

namespace {

// Seconds from January 1, year 1 (time.Time's origin) to the Unix epoch.
constexpr int64_t kUnixToInternal = 62135596800;

// Runs on an M holding the P, with the timer heap locked: a non-blocking
// send of the time (dropped if the channel's one slot is full, as Go's
// timer channels do), or a new goroutine for AfterFunc.
void fire(rt::Timer* t, int64_t now) {
  auto* r = static_cast<VM::TimerRec*>(t->arg);
  VM* vm = r->vm;
  rt::Sched* s = vm->sched();
  if (r->chan) {
    // A time.Time in register form: sec, nsec | hasMono << 32, mono, loc.
    int64_t wall = s->walltime();
    uint64_t v[4] = {uint64_t(wall / 1000000000 + kUnixToInternal),
                     uint64_t(wall % 1000000000) | uint64_t(1) << 32, uint64_t(now), r->loc};
    // A waiting receiver gets v written straight into its frame, and this
    // M is outside VM code, so a collection may be reading that frame
    // right now: wait for it to finish reading frames.
    std::lock_guard<std::mutex> gl(vm->goroutines_mutex());
    rt::chan_offer(s, VM::chan_of(r->chan), v);
  } else if (r->fn) {
    auto* fn = reinterpret_cast<uint64_t*>(static_cast<uintptr_t>(r->fn));
    const Proto* entry = vm->module().protos[fn[0]].get();
    VMG* g = vm->new_goroutine(entry, fn, nullptr, 0);
    // The heap is at its limit: the function does not run (the program's
    // next allocation or go statement fails the same way and reports it).
    if (!g) return;
    if (!s->spawn(g, rt::Frame{"time.goFunc", "time/sleep.go", 0, false}, nullptr,
                  entry->name.c_str())) {
      vm->free_goroutine(g);
    }
  }
}

int64_t deadline(rt::Sched* s, int64_t d) {
  int64_t now = s->nanotime();
  if (d <= 0) return now;
  return d > INT64_MAX - now ? INT64_MAX : now + d;
}

}  // namespace

uint64_t VM::start_timer(uint64_t owner, uint64_t chan, uint64_t fn, uint64_t loc, int64_t d,
                         int64_t period) {
  auto* r = new TimerRec;
  r->vm = this;
  r->owner = owner;
  r->chan = chan;
  r->fn = fn;
  r->loc = loc;
  r->t.f = fire;
  r->t.arg = r;
  {
    std::lock_guard<std::mutex> l(objects_mu_);
    timers_.push_back(r);
  }
  sched_->timers().add(&r->t, deadline(sched_, d), period);
  return uint64_t(reinterpret_cast<uintptr_t>(r));
}

bool VM::stop_timer(uint64_t handle) {
  auto* r = reinterpret_cast<TimerRec*>(static_cast<uintptr_t>(handle));
  return sched_->timers().stop(&r->t);
}

bool VM::reset_timer(uint64_t handle, int64_t d, int64_t period) {
  auto* r = reinterpret_cast<TimerRec*>(static_cast<uintptr_t>(handle));
  return sched_->timers().reset(&r->t, deadline(sched_, d), period);
}

// A timer's channel and function stay alive while it exists (a pending
// time.After timer has no other owner).
void VM::mark_timers() {
  for (const TimerRec* r : timers_) {
    heap_.mark_word(r->chan);
    heap_.mark_word(r->fn);
  }
}

// Drops the timers whose Go value died and that can no longer fire.
void VM::prune_timers() {
  auto g0 = reinterpret_cast<uintptr_t>(globals_.data());
  auto g1 = g0 + globals_.size() * 8;
  for (size_t i = timers_.size(); i-- > 0;) {
    TimerRec* r = timers_[i];
    uintptr_t a = uintptr_t(r->owner);
    if ((a >= g0 && a < g1) || heap_.is_marked(reinterpret_cast<const void*>(a))) continue;
    // Pending, or firing on another M right now (firings hold the timer
    // heap's lock, and scheduler code runs while the world is stopped).
    if (sched_ ? sched_->timers().pending(&r->t) : r->t.index >= 0) continue;
    delete r;
    timers_[i] = timers_.back();
    timers_.pop_back();
  }
}

void VM::free_runtime_objects() {
  for (TimerRec* r : timers_) {
    sched_->timers().stop(&r->t);
    delete r;
  }
  timers_.clear();
  for (SyncShard& sh : sync_shards_) {
    for (auto& [k, o] : sh.objs) free_sync(o);
    sh.objs.clear();
  }
  for (const ChanRec& r : chans_) rt::chan_free(r.c);
  chans_.clear();
}

}  // namespace gopark::interp
