// vm_goroutines.cc - the VM's life and its goroutines: running a program
// on a scheduler, the goroutine records (made, recycled, traced back), and
// what the goroutines share (output, random numbers).
#include <algorithm>
#include <atomic>
#include <cstring>
#include <random>

#include "interp/value.h"
#include "interp/vm.h"
#include "interp/vm_internal.h"
#include "runtime/sched.h"

namespace gopark::interp {

// ---------------------------------------------------------------------------
// VM

namespace {
std::atomic<uint64_t> next_vm_id{1};
// What a goroutine costs besides its register stack: the VMG, the
// scheduler's G and the first records of its vectors.
constexpr uint64_t kGoroutineRecordBytes = sizeof(VMG) + 512;
constexpr size_t kPoolMax = 256;         // a thread's pool spills half beyond this
constexpr size_t kPoolKeepWords = 4096;  // a bigger stack is freed, not kept
struct ThreadPool {
  uint64_t vm_id = 0;
  void* pool = nullptr;  // VM::GPool
};
thread_local ThreadPool tl_pool;
}  // namespace

struct VM::GPool {
  std::vector<VMG*> free;
};

VM::VM(const Module& m, VMOptions opts) : mod_(m), opts_(opts), id_(next_vm_id.fetch_add(1)) {
  heap_.set_limit(opts.mem_limit);
  // Stacks count against the heap limit (Heap::charge), with room for
  // growth by doubling: a deep recursion then reports the stack limit in
  // effect, as Go does, rather than running out of memory just before it.
  if (opts_.max_stack_bytes > opts_.mem_limit / 4) opts_.max_stack_bytes = opts_.mem_limit / 4;
  rng_ = opts.seed ? opts.seed : std::random_device{}() * 0x9E3779B97F4A7C15ULL + 1;
  size_t z = 16;
  for (const MapInfo& mi : m.maps)
    if (mi.val_size > z) z = mi.val_size;
  zeros_.assign(z, 0);
  globals_.assign(m.global_words ? m.global_words : 1, 0);
}
VM::~VM() {
  for (auto& p : pools_)
    for (VMG* g : p->free) delete g;
  for (VMG* g : spare_) delete g;
}

// The host may hold a writer back (the threaded engine's output buffer is
// full until the page catches up), and other writers then wait for
// write_mu_. Both waits happen outside VM code: the runner thread that would
// let the writer go may first be taking a live snapshot, which stops the
// world and would otherwise wait for this M forever. s stays valid: it is
// the writer's own memory or reachable from its saved frame.
void VM::write(int fd, std::string_view s) {
  bool left = world_.step_out();
  {
    std::lock_guard<std::mutex> l(write_mu_);
    if (write_) write_(fd, s);
  }
  world_.step_in(left);
}

uint64_t VM::next_random() {
  // splitmix64 (one atomic step: the same sequence on one P)
  uint64_t z =
      rng_.fetch_add(0x9E3779B97F4A7C15ULL, std::memory_order_relaxed) + 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

void VM::add_goroutine(VMG* g) {
  std::lock_guard<std::mutex> l(gs_mu_);
  g->gs_index = gs_.size();
  gs_.push_back(g);
}

void VM::remove_goroutine(VMG* g) {
  std::lock_guard<std::mutex> l(gs_mu_);
  size_t i = g->gs_index;
  gs_[i] = gs_.back();
  gs_[i]->gs_index = i;
  gs_.pop_back();
}

void VM::panic(rt::G* g, const std::string& msg) {
  g->sched->die(g, msg, false);
}

void VM::fatal(rt::G* g, const std::string& msg) {
  g->sched->die(g, msg, true);
}

int VM::run(std::function<void(int fd, std::string_view)> write) {
  start(std::move(write));
  int status = owned_sched_->run(main_, rt::Frame{"main.main", file(), 0, false});
  return finish(status);
}

void VM::start(std::function<void(int fd, std::string_view)> write) {
  write_ = std::move(write);
  rt::Config cfg;
  cfg.gomaxprocs = opts_.procs;
  cfg.fake_time = opts_.fake_time;
  cfg.max_goroutines = opts_.max_goroutines;
  cfg.seed = opts_.seed;
  cfg.threads = true;
  cfg.write = [this](int fd, std::string_view s) { this->write(fd, s); };
  owned_sched_ = std::make_unique<rt::Sched>(cfg);
  rt::Sched& s = *owned_sched_;
  // Enough for a few seconds of a busy program; older events are dropped
  // (and counted) beyond it.
  if (opts_.trace) s.trace().enable(size_t(1) << 20);
  sched_ = &s;
  main_ = new_goroutine(mod_.protos[mod_.main].get(), nullptr, nullptr, 0, true);
  std::lock_guard<std::mutex> l(sched_mu_);
  host_sched_ = &s;
  if (stop_requested_) s.stop();
}

rt::DriveResult VM::drive(int64_t slice_ns) {
  if (!driving_) {
    driving_ = true;
    owned_sched_->start(main_, rt::Frame{"main.main", file(), 0, false});
  }
  return owned_sched_->drive(slice_ns);
}

int VM::finish(int status) {
  if (opts_.on_finish) opts_.on_finish();
  rt::Sched& s = *owned_sched_;
  exit_reason_ = s.exit_reason();
  // Every M has stopped; what is left of the program is still there.
  if (opts_.final_snapshot) final_snapshot_ = s.snapshot_json();
  if (opts_.trace) {
    uint64_t dropped = 0;
    std::vector<rt::TraceEvent> evs = s.trace().drain(&dropped);
    trace_json_ =
        "{\"dropped\":" + std::to_string(dropped) + ",\"events\":" + rt::Trace::to_json(evs) + "}";
  }
  {
    std::lock_guard<std::mutex> l(sched_mu_);
    host_sched_ = nullptr;
  }
  free_runtime_objects();  // before the scheduler they are registered with goes
  heap_.flush_all();
  sched_ = nullptr;
  owned_sched_.reset();
  return status;
}

void VM::stop() {
  std::lock_guard<std::mutex> l(sched_mu_);
  stop_requested_ = true;
  if (host_sched_) host_sched_->stop();
}

std::string VM::live_snapshot() {
  std::lock_guard<std::mutex> l(sched_mu_);
  if (!host_sched_) return {};
  // With the world stopped the snapshot is one moment, and the buffered
  // values it formats are not being written.
  std::string out;
  rt::Sched* s = host_sched_;
  while (!world_.stop_and_run([&] { out = s->snapshot_json(); })) {
  }
  return out;
}

std::string VM::live_trace(uint64_t* dropped) {
  std::lock_guard<std::mutex> l(sched_mu_);
  *dropped = 0;
  if (!host_sched_ || !opts_.trace) return "[]";
  return rt::Trace::to_json(host_sched_->trace().drain(dropped));
}

// ---------------------------------------------------------------------------
// Goroutines

void VMG::reset(const Proto* entry, uint64_t* fn, const uint64_t* args, uint32_t nargs) {
  words.assign(entry->nregs + kStackSlack, 0);
  if (nargs) std::memcpy(words.data(), args, size_t(nargs) * 8);
  frames.resize(0);
  frames.push_back(VMFrame{entry, 0, 0, fn});
  defers.clear();
  panics.clear();
  select_cases.clear();
}

VM::GPool* VM::gpool() {
  if (tl_pool.vm_id == id_) return static_cast<GPool*>(tl_pool.pool);
  std::lock_guard<std::mutex> l(pool_mu_);
  pools_.push_back(std::make_unique<GPool>());
  tl_pool = {id_, pools_.back().get()};
  return pools_.back().get();
}

VMG* VM::new_goroutine(const Proto* entry, uint64_t* fn, const uint64_t* args, uint32_t nargs,
                       bool forced) {
  GPool* p = gpool();
  if (p->free.empty()) {
    std::lock_guard<std::mutex> l(pool_mu_);
    size_t take = std::min(spare_.size(), kPoolMax / 2);
    p->free.insert(p->free.end(), spare_.end() - take, spare_.end());
    spare_.resize(spare_.size() - take);
  }
  VMG* g;
  if (p->free.empty()) {
    g = new VMG(this);
  } else {
    g = p->free.back();
    p->free.pop_back();
  }
  g->reset(entry, fn, args, nargs);
  uint64_t bytes =
      kGoroutineRecordBytes + g->words.capacity() * 8 + g->frames.capacity() * sizeof(VMFrame);
  if (!heap_.charge(bytes)) {
    if (!forced) {
      p->free.push_back(g);
      return nullptr;
    }
    bytes = 0;
  }
  g->charged = bytes;
  g->frames_charged = g->frames.capacity();
  add_goroutine(g);
  return g;
}

bool VMG::charge_frames() {
  size_t cap = frames.capacity();
  if (cap <= frames_charged) return true;
  uint64_t bytes = (cap - frames_charged) * sizeof(VMFrame);
  if (!vm_->heap().charge(bytes)) return false;
  charged += bytes;
  frames_charged = cap;
  return true;
}

bool VMG::grow_words(size_t n) {
  size_t cap = words.capacity();
  if (n > cap) {
    // As vector's own growth would, but charged first.
    size_t want = std::max(n, 2 * cap);
    if (!vm_->heap().charge((want - cap) * 8)) return false;
    charged += (want - cap) * 8;
    words.reserve(want);
  }
  words.resize(n);
  return true;
}

void VM::free_goroutine(VMG* g) {
  remove_goroutine(g);
  heap_.uncharge(g->charged);
  g->charged = 0;
  if (g->words.capacity() > kPoolKeepWords) std::vector<uint64_t>().swap(g->words);
  GPool* p = gpool();
  p->free.push_back(g);
  if (p->free.size() > kPoolMax) {
    std::lock_guard<std::mutex> l(pool_mu_);
    spare_.insert(spare_.end(), p->free.end() - kPoolMax / 2, p->free.end());
    p->free.resize(p->free.size() - kPoolMax / 2);
  }
}

void VMG::note_park(rt::G* g) {
  // Where the goroutine is in the program's own code (Module::files[0]):
  // a goroutine parked in sync.(*Mutex).Lock shows the line that called
  // Lock, which the state panel reveals; all library code, the innermost.
  size_t at = frames.size() - 1;
  for (size_t i = frames.size(); i-- > 0;) {
    if (frames[i].proto->file == 0 && !frames[i].proto->hidden) {
      at = i;
      break;
    }
  }
  const VMFrame& f = frames[at];
  // An outer frame's pc is past its call; the innermost one's is at the
  // instruction that parked.
  uint32_t pc = at + 1 == frames.size() || f.pc == 0 ? f.pc : f.pc - 1;
  g->pos.func = f.proto->name.c_str();
  g->pos.file = vm_->module().files[f.proto->file].c_str();
  g->pos.line = pc < f.proto->lines.size() ? f.proto->lines[pc] : 0;
  g->pos.args = f.proto->has_args;
}

void VMG::destroy(rt::G*) {
  vm_->free_goroutine(this);
}

void VMG::traceback(const rt::G* g, std::vector<rt::Frame>& out) const {
  // A goroutine stopped off the CPU (parked or preempted) saved the pc of
  // the instruction it will run again; a running one, past it.
  bool stopped = g && g->status.load(std::memory_order_relaxed) != rt::GStatus::running;
  // Innermost first; the running frame's pc is past the instruction being
  // executed (or at the call it made).
  // Go prints the 50 innermost and the 50 outermost frames of a deep stack.
  size_t shown = 0;
  for (const VMFrame& f : frames) shown += !f.proto->hidden;
  size_t k = 0;  // visible frames so far, innermost first
  for (size_t i = frames.size(); i-- > 0;) {
    const VMFrame& f = frames[i];
    if (f.proto->hidden) continue;
    if (shown > 100 && k >= 50 && k < shown - 50) {
      if (k == 50) out.push_back(rt::Frame{nullptr, nullptr, 0, false, shown - 100});
      k++;
      continue;
    }
    k++;
    // A frame running a deferred call waits at RUNDEFERS itself (the line
    // of its return or closing brace), not past it.
    // So does one calling a native (runtime.Stack, log's Caller).
    bool at_instr = (stopped && i + 1 == frames.size()) ||
                    (f.pc < f.proto->code.size() && (f.proto->code[f.pc].op == Op::RUNDEFERS ||
                                                     f.proto->code[f.pc].op == Op::CALLN));
    uint32_t pc = at_instr || !f.pc ? f.pc : f.pc - 1;
    int line = pc < f.proto->lines.size() ? f.proto->lines[pc] : 0;
    const std::string& file = vm_->module().files[f.proto->file];
    out.push_back(rt::Frame{f.proto->name.c_str(), file.c_str(), line, f.proto->has_args});
  }
}

}  // namespace gopark::interp
