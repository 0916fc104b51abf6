// vm.h - the bytecode interpreter and its goroutines.
//
// A VM goroutine (VMG) is heap data: a growable array of 8-byte words (all
// its frames' registers, back to back) and a list of frame records (which
// function, where in it, where its registers start). A Go-to-Go call pushes
// a record and continues in the same dispatch loop; nothing of a goroutine
// lives on the C++ stack between instructions. So it can stop at any
// instruction - to park, to yield its time slice, for a collection - and
// continue later on any thread: it is a Continuation of the runtime
// (runtime/g.h) like a fiber, but costs only its words.
//
// Safepoints: the loop counts down a budget on backward jumps and calls; at
// zero it returns to the scheduler (Resume::yield), which is where a stop
// request, a collection or another goroutine's turn happens.
//
// Parallelism. Goroutines of one VM run on several Ms at once. What they
// share is guarded as follows: the heap by its per-thread caches and lock
// (heap.h); collections by stopping the world (world.h: each resume is VM
// code); the VM's tables by the mutexes declared next to them below. Go
// values themselves are the program's business, as in Go: a data race on
// them gives wrong values, and the collector never frees memory while any
// goroutine runs, so a racing reader sees old objects, never freed ones.
// Rule: no VM lock is held across an allocation (which may stop the world).
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "interp/bytecode.h"
#include "interp/heap.h"
#include "interp/world.h"
#include "runtime/chan.h"
#include "runtime/g.h"
#include "runtime/sched.h"
#include "runtime/sync.h"

namespace gopark::interp {

// What a frame's RET goes back to.
enum class FrameRet : uint8_t {
  normal,      // its caller
  unwind,      // the panic unwinder: a deferred call run by a panic
  panic_text,  // the dying goroutine: an Error or String method of a panic value
};

struct VMFrame {
  const Proto* proto = nullptr;
  uint32_t pc = 0;              // next instruction (saved when the frame is not running)
  uint32_t base = 0;            // first register's index in the goroutine's words
  uint64_t* closure = nullptr;  // the running closure: [proto index, captured cells...]
  FrameRet ret = FrameRet::normal;
  // unwind: index of the frame that deferred this call (where a recover
  // continues); panic_text: index of the panic whose text this computes.
  uint32_t aux = 0;
};

// A goroutine's frame records, innermost last: a growable array like
// std::vector, whose push stays inline in the dispatch loop (GCC would not
// inline vector::push_back's growth path there, and a call per Go call
// showed in profiles). VMFrame is trivially copyable.
static_assert(std::is_trivially_copyable_v<VMFrame>);

class FrameStack {
 public:
  FrameStack() = default;
  ~FrameStack() { std::free(data_); }
  FrameStack(const FrameStack&) = delete;
  FrameStack& operator=(const FrameStack&) = delete;

  size_t size() const { return size_; }
  size_t capacity() const { return cap_; }
  bool empty() const { return size_ == 0; }
  VMFrame& back() { return data_[size_ - 1]; }
  const VMFrame& back() const { return data_[size_ - 1]; }
  VMFrame& operator[](size_t i) { return data_[i]; }
  const VMFrame& operator[](size_t i) const { return data_[i]; }
  const VMFrame* begin() const { return data_; }
  const VMFrame* end() const { return data_ + size_; }
  void push_back(const VMFrame& f) {
    if (__builtin_expect(size_ == cap_, 0)) grow();
    data_[size_++] = f;
  }
  void pop_back() { --size_; }
  // Only shrinks (unwinding to a recovering frame).
  void resize(size_t n) {
    if (n < size_) size_ = n;
  }

 private:
  void grow() {
    // Most goroutines park within a call or two of their function: start
    // small (a parked goroutine's bytes are a benchmark).
    size_t cap = cap_ ? cap_ * 2 : 2;
    auto* d = static_cast<VMFrame*>(std::realloc(data_, cap * sizeof(VMFrame)));
    if (!d) std::abort();
    data_ = d;
    cap_ = cap;
  }
  VMFrame* data_ = nullptr;
  size_t size_ = 0, cap_ = 0;
};

// A panic in progress, innermost last. Run-time errors start "native": the
// VM knows their text and makes the Go value (a runtime.Error) only if a
// recover asks for it, so raising them never allocates.
struct PanicRec {
  // goexit: not a panic but runtime.Goexit running the deferred calls;
  // recover does not see it, and when the calls are done the goroutine ends.
  enum Native : uint8_t { none, error_string, plain_error, type_assertion, nil_value, goexit };
  uint64_t val[2] = {0, 0};  // the panic value as an `any` (once made, for native ones)
  Native native = none;
  std::string text;  // the printed form, once known
  bool has_text = false;
  std::vector<std::string> assertion;  // type_assertion: iface, concrete, asserted, missing
  bool recovered = false;
  uint32_t start = 0;  // index of the frame that panicked
};

// A deferred call: which frame deferred it, the func value, its arguments.
struct Defer {
  uint32_t depth = 0;        // index of the deferring frame
  uint64_t* fn = nullptr;    // closure
  uint64_t* args = nullptr;  // heap words (null if none)
  uint32_t nargs = 0;        // words
};

// One HTTP exchange through the host (net/http's transport). Headers are
// "Key: value" lines, one per value.
struct HostFetchRequest {
  std::string method, url, header, body;
};
struct HostFetchResult {
  int status = 0;
  std::string status_text, header, body;
  std::string error;  // non-empty: the request failed (refused, offline, ...)
};
using HostFetchDone = std::function<void(HostFetchResult)>;

struct VMOptions {
  // Go's default goroutine stack limit: 1000000000 bytes on 64-bit hosts,
  // 250000000 on 32-bit ones (wasm32 here). The VM lowers it to a quarter
  // of mem_limit when that is less (stacks count against mem_limit).
  uint64_t max_stack_bytes = sizeof(void*) == 8 ? 1000000000 : 250000000;
  uint64_t mem_limit = uint64_t(1) << 30;  // heap limit (-mem)
  // Live goroutines at most; beyond, a go statement is fatal ("too many
  // goroutines"). Their memory counts against mem_limit too.
  uint64_t max_goroutines = 10'000'000;
  int32_t budget = 10000;         // safepoint countdown per slice
  bool gc_stress = false;         // collect before every allocation (testing)
  uint64_t seed = 0;              // map iteration order and hashing; 0: random
  int procs = 0;                  // GOMAXPROCS; 0: the number of CPUs
  bool fake_time = false;         // a virtual clock that jumps to the next timer when all sleep
  std::vector<std::string> args;  // os.Args after the program name
  bool trace = false;             // record scheduler and channel events (trace_json after run)
  bool final_snapshot = false;    // keep the state at exit (final_snapshot after run)
  // os.Stdin's reads: up to n bytes into p, returning how many (0 at end
  // of input, < 0 on error). Null: the host's file descriptor 0.
  std::function<long(char* p, size_t n)> read_stdin;
  // HTTP for net/http: starts req and calls done once with the answer,
  // from any thread, later; or never, if the run ends first. Null: there
  // is no network (requests fail with a message saying so).
  std::function<void(HostFetchRequest req, HostFetchDone done)> host_fetch;
  // Called by finish() before the run is torn down: after it returns, no
  // HostFetchDone may be called.
  std::function<void()> on_finish;
};

class VM;

// One goroutine of the VM.
// Made and recycled by VM::new_goroutine / VM::free_goroutine.
class VMG final : public rt::Continuation {
 public:
  explicit VMG(VM* vm) : vm_(vm) {}
  // Starts over as a goroutine calling fn (a closure running entry; null
  // for main) with nargs argument words.
  void reset(const Proto* entry, uint64_t* fn, const uint64_t* args, uint32_t nargs);
  rt::Resume resume(rt::G* g) override;  // run() as VM code (world.h)
  void destroy(rt::G* g) override;
  void traceback(const rt::G* g, std::vector<rt::Frame>& out) const override;

  std::vector<uint64_t> words;   // registers of every frame
  FrameStack frames;             // innermost last
  std::vector<Defer> defers;     // pending deferred calls, innermost frame's last
  std::vector<PanicRec> panics;  // panics in progress, newest last
  // The cases of the select this goroutine is in (stable while it parks
  // there: the runtime keeps pointers to them).
  std::vector<rt::SelectCase> select_cases;
  size_t gs_index = 0;        // where the VM lists it (VM::gs_)
  uint64_t charged = 0;       // bytes counted against the heap limit (Heap::charge)
  size_t frames_charged = 0;  // frame records counted in charged

  // words.resize(n) for n > words.size(), the growth charged to the heap
  // limit. False, and words unchanged, if it does not fit.
  bool grow_words(size_t n);
  // Charges the frame records grown since the last call (checked with the
  // stack limit, so a goroutine is at most ~1024 records behind). False if
  // they do not fit.
  bool charge_frames();

 private:
  bool grow_slice(uint64_t* s, const TypeInfo* t, uint64_t need);
  void native_panic(const std::string& msg);
  void assertion_panic(const TypeInfo* iface, const TypeInfo* concrete, const TypeInfo* asserted,
                       const std::string& missing);
  bool make_panic_value(PanicRec& p);  // false: out of memory
  void iface_assertion_panic(const Itab* it, const TypeInfo* iface, const TypeInfo* static_t);
  rt::Resume run(rt::G* g);  // run_hot and step_cold in turn (vm.cc)
  // The loop's registers while they pass between run_hot and step_cold.
  struct Regs {
    VMFrame* fr;
    const Proto* proto;
    const Instr* code;
    const Instr* pc;
    uint64_t* R;
    const uint64_t* K;
    int32_t budget;  // instructions until the next safepoint yields
  };
  // Where run_hot and step_cold hand over. run_hot ends with park, yield
  // or exit (run() ends so), or with what step_cold is to do: the
  // instruction at r.pc, one of GOPARK_COLD_OPS (vm_internal.h) (cold),
  // the next deferred call of the newest panic (unwind), or, none left,
  // the end of the goroutine with the panics (die). step_cold ends with
  // park, yield or exit, or with dispatch: run_hot goes on at r.pc.
  enum class Step : uint8_t { park, yield, exit, dispatch, cold, unwind, die };
  // The dispatch loop proper, over the instructions programs run most.
  Step run_hot(rt::G* g, Regs& r);
  Step step_cold(rt::G* g, Regs& r, Step what);  // vm_cold.cc
  // run() calls both through these pointers, which no optimizer sees
  // through: Binaryen (emcc's wasm-opt) inlines a function that has one
  // caller, whatever its size, and would put every cold instruction back
  // into the loop, or the loop into run() and resume(), where V8's code
  // for it changed with every edit around it (loop.go ran 54 or 100 ms).
  static Step (*volatile const run_hot_ptr)(VMG* vm, rt::G* g, Regs& r);               // vm.cc
  static Step (*volatile const step_cold_ptr)(VMG* vm, rt::G* g, Regs& r, Step what);  // vm_cold.cc
  enum class NativeResult { ok, exit, panic, out_of_memory, park, yield, fatal, goexit };
  NativeResult call_native(rt::G* g, uint32_t idx, uint64_t* args);
  std::string panic_message();
  void note_park(rt::G* g);  // g->pos from the innermost frame, for dumps and snapshots
  void label_chan(uint64_t* cell, uint32_t pc);  // the name the innermost frame gives it
  VM* vm_;
};

class VM {
 public:
  VM(const Module& m, VMOptions opts);
  ~VM();

  // Runs the module's entry on a new scheduler with options().procs Ps and
  // returns the exit status: 0, 2 for a panic or fatal error, or what
  // os.Exit said. Program output goes to write(fd, bytes), one call at a
  // time.
  int run(std::function<void(int fd, std::string_view)> write);

  // The same run driven by a host (wasm/engine.cc). start() makes the
  // scheduler and main. Then either the host's own thread calls drive()
  // until it reports exited (single-thread builds; each call runs Gs for
  // about slice_ns), or run() does it all; finish(status) ends either way
  // and returns status. Until finish, any other thread may call stop(),
  // live_snapshot() and live_trace().
  void start(std::function<void(int fd, std::string_view)> write);
  rt::DriveResult drive(int64_t slice_ns);
  int finish(int status);
  // Ends the run (see rt::Sched::stop); before start, makes start stop at once.
  void stop();
  // The scheduler's snapshot (docs/snapshot.md) taken with the world
  // stopped; "" before start or after finish.
  std::string live_snapshot();
  // Trace events recorded since the last call, as a JSON array; *dropped
  // counts those lost to the ring's bound.
  std::string live_trace(uint64_t* dropped);
  // After finish: why the run ended.
  rt::ExitReason exit_reason() const { return exit_reason_; }

  // After run, with the options that ask for them: the trace's events as
  // {"dropped": N, "events": [...]} (docs/snapshot.md), and the snapshot
  // of the program as it ended (goroutines still there at exit, channels).
  const std::string& trace_json() const { return trace_json_; }
  const std::string& final_snapshot() const { return final_snapshot_; }

  const Module& module() const { return mod_; }
  Heap& heap() { return heap_; }
  uint64_t* globals() { return globals_.data(); }
  const VMOptions& options() const { return opts_; }

  // Allocates with collection and the heap limit; null = out of memory.
  // The calling goroutine's frames must have their pcs saved.
  void* alloc(const TypeInfo* t, uint64_t count, uint64_t bytes) {
    if (void* p = opts_.gc_stress ? nullptr : heap_.try_alloc(t, count, bytes)) return p;
    return alloc_slow(t, count, bytes);
  }
  // Stops the world and collects (from VM code, or from outside it).
  void collect();
  World& world() { return world_; }
  // Held while a collection reads goroutines' frames (collect_stopped).
  std::mutex& goroutines_mutex() { return gs_mu_; }
  // Roots held by C++ code across an allocation (a new map's header while
  // its table is allocated): pin before, unpin after, in LIFO order, on
  // the same thread.
  void pin(const void* p) { heap_.pin(p); }
  void unpin() { heap_.unpin(); }
  // A goroutine calling fn (see VMG::reset), listed as a root; recycled
  // from the calling thread's pool when it can be (a goroutine's
  // allocations would otherwise make every spawn and exit contend in
  // malloc). free_goroutine unlists g and keeps it for reuse.
  // Null when the goroutine's memory would pass the heap limit, unless
  // forced (main, which must exist to report anything).
  VMG* new_goroutine(const Proto* entry, uint64_t* fn, const uint64_t* args, uint32_t nargs,
                     bool forced = false);
  void free_goroutine(VMG* g);
  // The itab of dynamic type t for interface type iface, made on first
  // use; null if t lacks a method (*missing gets its name).
  const Itab* find_itab(const TypeInfo* iface, const TypeInfo* t, std::string* missing);

  // A run-time panic in g (no recover yet: it ends the program with Go's
  // "panic: ..." and the goroutine's stack).
  void panic(rt::G* g, const std::string& msg);
  void fatal(rt::G* g, const std::string& msg);
  void write(int fd, std::string_view s);
  // Interned "file" string for frames.
  const char* file() const { return mod_.filename.c_str(); }
  uint64_t next_random();  // per-run pseudo-random numbers (maps)
  // The runtime object (rt::Mutex, RWMutex, WaitGroup or Cond, by kind)
  // standing for the sync value at addr in VM memory, made on first use.
  // The collector drops it when the memory at addr dies.
  rt::SyncObj* sync_obj(rt::G* g, uint64_t addr, rt::ObjKind kind);
  // Package time's timers. A timer fires after d nanoseconds (then every
  // period, if > 0) by sending the time on channel value chan, or by
  // starting a goroutine calling closure fn. owner: the Go value's address
  // (the timer goes when that memory dies and the timer is not pending).
  // Returns the handle the Go value keeps; 0 when out of memory.
  uint64_t start_timer(uint64_t owner, uint64_t chan, uint64_t fn, uint64_t loc, int64_t d,
                       int64_t period);
  bool stop_timer(uint64_t handle);  // true if it was pending
  bool reset_timer(uint64_t handle, int64_t d, int64_t period);
  rt::Sched* sched() const { return sched_; }
  // A new channel cell (a channel value) for elements of type elem with
  // room for size; null with *panic set for a bad size, or null when out
  // of memory.
  uint64_t* make_chan(rt::G* g, const TypeInfo* elem, int64_t size, const char** panic);
  static rt::Chan* chan_of(uint64_t value) {
    return value ? reinterpret_cast<rt::Chan*>(
                       static_cast<uintptr_t>(*reinterpret_cast<uint64_t*>(uintptr_t(value))))
                 : nullptr;
  }
  const uint8_t* zeros() const { return zeros_.data(); }

 private:
  void* alloc_slow(const TypeInfo* t, uint64_t count, uint64_t bytes);
  void collect_stopped();  // the world stopped

  const Module& mod_;
  VMOptions opts_;
  Heap heap_;
  World world_;
  std::vector<uint64_t> globals_;
  std::mutex write_mu_;  // guards write_ (the host's output buffer)
  std::function<void(int, std::string_view)> write_;
  std::mutex gs_mu_;      // guards gs_ and each VMG's gs_index
  std::vector<VMG*> gs_;  // every live goroutine (roots)
  void add_goroutine(VMG* g);
  void remove_goroutine(VMG* g);
  // Finished goroutines kept for reuse: a pool per thread (GPool, only its
  // thread touches it) that spills half to spare_ when it grows past a
  // bound and refills from it when empty.
  struct GPool;
  GPool* gpool();
  const uint64_t id_;   // tells this VM's pools from a dead VM's (thread-locals)
  std::mutex pool_mu_;  // guards pools_ and spare_
  std::vector<std::unique_ptr<GPool>> pools_;
  std::vector<VMG*> spare_;
  std::atomic<uint64_t> rng_{0};
  std::string trace_json_, final_snapshot_;
  std::vector<uint8_t> zeros_;  // a zero value of any map's value type
  // objects_mu_ guards chans_, elem_types_ and timers_ (and is taken
  // before a channel's or the timer heap's lock, never after).
  std::mutex objects_mu_;
  // Every channel made: the collector traces a reachable channel's
  // buffered values and frees the runtime's Chan of an unreachable one.
  struct ChanRec {
    uint64_t* cell;  // the channel value: a heap word holding c
    rt::Chan* c;
    const TypeInfo* elem;
  };
  std::vector<ChanRec> chans_;
  std::map<const TypeInfo*, std::unique_ptr<rt::ElemType>> elem_types_;
  void free_runtime_objects();

 public:
  struct TimerRec;  // vm_objects.cc

 private:
  std::vector<TimerRec*> timers_;  // touched by natives and collections only, never by firings
  rt::Sched* sched_ = nullptr;     // from start() to finish()
  std::unique_ptr<rt::Sched> owned_sched_;
  VMG* main_ = nullptr;
  bool driving_ = false;  // drive() has started the single-thread scheduler
  // sched_mu_ guards host_sched_ and stop_requested_: the scheduler as the
  // host's stop() and live_*() see it, cleared before finish() tears the
  // run down, so they never touch a scheduler going away.
  std::mutex sched_mu_;
  rt::Sched* host_sched_ = nullptr;
  bool stop_requested_ = false;
  rt::ExitReason exit_reason_ = rt::ExitReason::none;
  void mark_timers();
  void prune_timers();
  // Sync objects by address | kind << 56, in shards by address so that
  // goroutines locking different mutexes on different Ms do not contend.
  struct SyncShard {
    std::mutex mu;  // guards objs
    std::unordered_map<uint64_t, rt::SyncObj*> objs;
  };
  static constexpr size_t kSyncShards = 32;
  SyncShard sync_shards_[kSyncShards];
  SyncShard& sync_shard(uint64_t addr) { return sync_shards_[(addr >> 3) % kSyncShards]; }
  void free_sync(rt::SyncObj* o);
  void prune_syncs();   // during a collection: drop those whose memory died
  std::mutex itab_mu_;  // guards itabs_ and itab_index_
  std::vector<std::unique_ptr<Itab>> itabs_;
  std::map<std::pair<const TypeInfo*, const TypeInfo*>, const Itab*> itab_index_;
};

}  // namespace gopark::interp
