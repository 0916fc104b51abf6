// sched.h - the scheduler: Ps, Ms, run queues, and one run of a program.
//
// See proc.cc for the essay on how G, M and P fit together.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/g.h"
#include "runtime/lock.h"
#include "runtime/platform/platform.h"
#include "runtime/rand.h"
#include "runtime/sema.h"
#include "runtime/timer.h"
#include "runtime/trace.h"

namespace gopark::rt {

struct SyncObj;

struct Config {
  int gomaxprocs = 0;      // 0: number of CPUs
  uint64_t seed = 0;       // 0: pick one from the clock
  bool fake_time = false;  // virtual clock (see timer.h)
  bool threads = true;     // false: run() drives every P from the calling thread
  uint64_t max_goroutines = 10'000'000;
  // Where the runtime writes fatal errors, panics and dumps (fd 2) and where
  // programs print (fd 1). Default: write(2).
  std::function<void(int fd, std::string_view)> write;
};

constexpr int kMaxProcs = 256;
constexpr uint32_t kRunqSize = 256;
// Hand-offs through runnext before a readied G must queue behind the others.
constexpr uint32_t kRunnextChainMax = 64;

// A processor: the right to run Go code, and what is local to it.
struct P {
  int32_t id = 0;
  // The M that holds this P, or null when idle. Atomic because stealers
  // read it without a lock (runqgrab: is the victim running?).
  std::atomic<M*> m{nullptr};
  P* link = nullptr;  // idle list, guarded by Sched::lock_
  // Beyond GOMAXPROCS; drained and dropped by its M. Set under Sched::lock_
  // but read by the holding M without it, hence atomic.
  std::atomic<bool> retired{false};

  // Local run queue: a ring written only by the owning M at tail, taken at
  // head by the owner or by stealers (CAS on head). runnext, if set, runs
  // before the ring: it is where a G readied by the running G goes, so a
  // producer/consumer pair hands the P back and forth without queueing.
  std::atomic<uint32_t> runq_head{0};
  std::atomic<uint32_t> runq_tail{0};
  std::atomic<G*> runq[kRunqSize] = {};
  std::atomic<G*> runnext{nullptr};

  // Owned by the M holding this P.
  G* gfree = nullptr;  // dead Gs to reuse
  int32_t ngfree = 0;
  FastRand rand;
  uint32_t schedtick = 0;   // G slices started here
  uint32_t slice_tick = 0;  // schedtick when the current slice began (runnext chains share it)

  // Read by snapshots without locks.
  std::atomic<uint64_t> curg{0};      // goid running here, 0 if none
  std::atomic<uint64_t> executed{0};  // number of G slices run here
};

// A worker thread. Holds a P while running Go code.
struct M {
  int32_t id = 0;
  P* p = nullptr;
  P* nextp = nullptr;  // handed over by startm before wakeup
  G* curg = nullptr;
  bool spinning = false;
  Note park;
  M* link = nullptr;  // idle list, guarded by Sched::lock_
  platform::ThreadHandle thread = nullptr;
  Sched* sched = nullptr;
};

enum class DriveStatus : uint8_t {
  busy,      // slice used up, more runnable work remains
  timers,    // every G is blocked; call again after next_timer_ns
  external,  // every G is blocked on the host (e.g. fetch); call again when it answers
  exited,    // the program is over; exit_code says how
};

// Why a run ended (Sched::exit_reason), for hosts that show it: the
// status alone cannot tell a panic from a deadlock.
enum class ExitReason : uint8_t {
  none,      // still running
  exit,      // main returned, or os.Exit
  panic,     // a Go panic nobody recovered
  fatal,     // a runtime fatal error other than a deadlock
  deadlock,  // every goroutine asleep (Go's "all goroutines are asleep")
  stopped,   // the host asked (stop())
};
const char* exit_reason_name(ExitReason r);

// The exit status of a run the host stopped (as a shell reports Ctrl-C).
constexpr int kStoppedStatus = 130;

struct DriveResult {
  DriveStatus status;
  int64_t next_timer_ns = 0;
  int exit_code = 0;
};

class Sched {
 public:
  explicit Sched(Config cfg);
  ~Sched();
  Sched(const Sched&) = delete;
  Sched& operator=(const Sched&) = delete;

  // Runs the program whose main goroutine is `main` until it exits, panics,
  // or deadlocks. Returns the exit status (0, 2, or os.Exit's).
  int run(Continuation* main, Frame main_pos);

  // Single-thread drive: start() creates main; each drive() runs Gs for about
  // slice_ns of clock time (or until nothing can run) and returns.
  void start(Continuation* main, Frame main_pos);
  DriveResult drive(int64_t slice_ns);

  // Creates a goroutine running cont, whose own function is func (for
  // snapshots before it first parks). Called from a running G (parent) or
  // before run. Returns null beyond Config::max_goroutines.
  G* spawn(Continuation* cont, Frame created_at, G* parent, const char* func = nullptr);
  // Makes a waiting G runnable. Callable from any thread.
  void ready(G* g);
  // Ends the run with a status (os.Exit, main returning). First call wins.
  void exit(int code);
  // Ends the run from outside it (the host's Stop): running Gs stop at
  // their next slice boundary, parked ones stay parked; status
  // kStoppedStatus. Callable from any thread.
  void stop();
  ExitReason exit_reason() const { return exit_reason_.load(std::memory_order_acquire); }
  // Main is ending through runtime.Goexit (call before it exits): the
  // program goes on without it, and when no goroutine is left that is Go's
  // "no goroutines (main called runtime.Goexit)" deadlock.
  void main_goexit() { main_goexit_.store(true); }
  bool is_main(const G* g) const { return g == main_g_; }
  // A Go panic nobody recovered, or a runtime fatal error: prints Go's text
  // and a goroutine dump, then exit(2). `fatal` selects "fatal error: ".
  void die(G* g, std::string_view msg, bool fatal);
  bool stopping() const { return stopping_.load(std::memory_order_acquire); }
  // Host-side waits (fetch): while > 0, all-asleep is not a deadlock.
  void external_wait_begin() { external_waits_.fetch_add(1); }
  void external_wait_end() { external_waits_.fetch_sub(1); }

  int gomaxprocs() const { return nprocs_.load(std::memory_order_relaxed); }
  // Changes GOMAXPROCS; returns the previous value. n <= 0 only queries.
  int set_gomaxprocs(int n);
  uint64_t num_goroutine() const { return gcount_.load(std::memory_order_relaxed); }
  uint64_t seed() const { return seed_; }

  // Time. nanotime() is the clock timers use (monotonic, from run start, or
  // virtual); walltime() is time.Now's (Unix ns; virtual starts at Go's
  // playground epoch, 2009-11-10 23:00:00 UTC).
  int64_t nanotime() const;
  int64_t walltime() const;
  bool fake_time() const { return cfg_.fake_time; }
  Timers& timers() { return timers_; }
  SemaTable& semas() { return semas_; }

  // Random number from the current P's stream (or a shared one off-P).
  uint64_t rand();

  void write(int fd, std::string_view s);

  // Introspection (snapshot.cc).
  std::string snapshot_json();
  // A snapshot's bounds (a program's size must not make one unboundedly
  // big): goroutines and objects of each kind, the oldest listed and the
  // rest only counted; ids in one wait queue; a channel's buffered values.
  static constexpr size_t kSnapshotMaxGoroutines = 5000;
  static constexpr size_t kSnapshotMaxObjects = 5000;
  static constexpr size_t kSnapshotMaxValues = 64;
  // Go's goroutine dump: every goroutine, or with running only that one
  // (a panic), or with running and all that one first, then the others
  // (runtime.Stack). Other goroutines must not be running VM code.
  void goroutine_dump(std::string& out, G* running, bool all = false);
  Trace& trace() { return trace_; }
  void register_obj(SyncObj* o);
  void unregister_obj(SyncObj* o);

  // Running context of the calling thread.
  static M* current_m();
  static G* current_g();

  // Test hooks: how many G slices each P ran.
  std::vector<uint64_t> executed_per_p() const;
  int exit_code() const { return exit_code_.load(); }

 private:
  friend struct Timers;
  void init_procs(int n);
  void mstart(M* m);
  static void mstart_thread(void* m);
  void schedule_loop(M* m);
  G* find_runnable(M* m, bool block);
  void execute(M* m, G* g);
  void gdestroy(P* p, G* g);
  G* gfget(P* p);

  // Run queues.
  void runqput(P* p, G* g, bool next);
  bool runqputslow(P* p, G* g, uint32_t h, uint32_t t);
  G* runqget(P* p, bool* inherit = nullptr);
  uint32_t runqgrab(P* p, G** batch, bool steal_runnext);
  G* runqsteal(P* p, P* victim, bool steal_runnext);
  bool runq_empty(P* p) const;
  void globrunqput(G* g);                          // requires lock_
  void globrunqputbatch(G* head, G* tail, int n);  // requires lock_
  G* globrunqget(P* p, int max);                   // requires lock_
  G* steal_work(P* p);

  // Ps and Ms.
  P* pidleget();        // requires lock_
  void pidleput(P* p);  // requires lock_
  void acquirep(M* m, P* p);
  P* releasep(M* m);
  void wakep();
  void startm(P* p, bool spinning);
  void stopm(M* m, int64_t timeout_ns);
  void reset_spinning(M* m);
  void drop_retired(M* m);
  bool quiescent_locked();  // requires lock_
  void deadlock();
  bool run_timers(P* p);
  void wake_all_ms();
  void exit_with(int code, std::string_view text, ExitReason why);
  void timer_added(int64_t when);  // from Timers: a new earliest timer

  Config cfg_;
  uint64_t seed_ = 0;
  int64_t start_mono_ = 0;

  // lock_ guards: the global run queue, idle P and M lists, allms_, the
  // global free G list, the timer-M role, and P retirement.
  Lock lock_;
  G* runq_head_ = nullptr;
  G* runq_tail_ = nullptr;
  std::atomic<int32_t> runqsize_{0};
  P* pidle_ = nullptr;
  std::atomic<int32_t> npidle_{0};
  std::atomic<int32_t> nheld_{0};  // Ps held by (or handed to) an M
  M* midle_ = nullptr;
  std::vector<M*> allms_;
  G* gfree_ = nullptr;  // dead Gs beyond the Ps' caches
  std::atomic<int32_t> gfree_count_{0};
  M* timer_m_ = nullptr;  // the M sleeping until the next timer
  int64_t timer_m_deadline_ = 0;

  std::atomic<int32_t> nmspinning_{0};
  std::atomic<int32_t> nprocs_{0};
  P* allp_[kMaxProcs] = {};

  // allg_lock_ guards allgs_. Gs are never freed before the Sched is: a dead
  // G stays listed (status dead) and is reused through a P's gfree list.
  Lock allg_lock_;
  std::vector<G*> allgs_;
  std::atomic<uint64_t> next_goid_{1};
  std::atomic<uint64_t> gcount_{0};
  G* main_g_ = nullptr;
  std::atomic<bool> main_goexit_{false};

  std::atomic<bool> stopping_{false};
  std::atomic<int> exit_code_{0};
  std::atomic<ExitReason> exit_reason_{ExitReason::none};  // set once, by exit_with's winner
  std::atomic<int32_t> external_waits_{0};
  Lock rand_lock_;
  FastRand shared_rand_;  // guarded by rand_lock_

  Timers timers_;
  Trace trace_;
  SemaTable semas_;  // this run's semaphore waiters (sema.h)

  Lock obj_lock_;  // guards objs_ and next_obj_id_
  SyncObj* objs_ = nullptr;
  uint64_t next_obj_id_ = 1;  // ids are per run, so a panel's numbers start at 1

  M m0_;
  bool single_ = false;
  int drive_next_p_ = 0;
};

}  // namespace gopark::rt
