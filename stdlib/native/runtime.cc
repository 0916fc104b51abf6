// runtime.cc - package runtime: GC, ReadMemStats, the scheduler's view
// (Gosched, NumGoroutine, GOMAXPROCS) and the facts about the machine.
#include <thread>

#include "interp/vm.h"
#include "runtime/sched.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

bool gc_native(NativeCall& c) {
  c.vm->collect();
  return true;
}

// ReadMemStats(m *MemStats): the fields gopark's heap knows, at
// runtime.MemStats's offsets (stdlib/runtime/runtime.go).
bool read_mem_stats(NativeCall& c) {
  uint8_t* m = arg_ptr(c.R[0]);
  if (!m) {
    c.panic = "runtime error: invalid memory address or nil pointer dereference";
    return false;
  }
  interp::Heap& h = c.vm->heap();
  auto put = [&](size_t off, uint64_t v) { std::memcpy(m + off, &v, 8); };
  put(0, h.live_bytes());   // Alloc
  put(8, h.total_alloc());  // TotalAlloc
  put(16, h.peak_bytes());  // Sys
  put(48, h.live_bytes());  // HeapAlloc
  put(56, h.peak_bytes());  // HeapSys
  put(72, h.live_bytes());  // HeapInuse
  put(88, h.objects());     // HeapObjects
  uint32_t ngc = uint32_t(h.num_gc());
  std::memcpy(m + 4288, &ngc, 4);  // NumGC
  return true;
}

bool num_goroutine(NativeCall& c) {
  c.R[0] = c.g->sched->num_goroutine();
  return true;
}

// GOMAXPROCS(n int) int: the previous setting; n < 1 only asks.
bool gomaxprocs(NativeCall& c) {
  int64_t n = int64_t(c.R[0]);
  if (n > rt::kMaxProcs) n = rt::kMaxProcs;
  c.R[0] = uint64_t(c.g->sched->set_gomaxprocs(n < 1 ? 0 : int(n)));
  return true;
}

// The host's CPUs, as the runtime counts them (the browser's
// hardwareConcurrency on the wasm builds, threads or not).
bool num_cpu(NativeCall& c) {
  c.R[0] = uint64_t(rt::platform::num_cpu());
  return true;
}

// Stack(buf []byte, all bool) int: the calling goroutine's trace as a
// panic prints it, then with all every other goroutine's, read with the
// world stopped so that their frames hold still.
bool stack(NativeCall& c) {
  auto* buf = arg_ptr(c.R[0]);
  uint64_t len = c.R[1];
  bool all = c.R[3] & 1;
  std::string text;
  if (all) {
    while (!c.vm->world().stop_and_run([&] { c.g->sched->goroutine_dump(text, c.g, true); })) {
    }
  } else {
    c.g->sched->goroutine_dump(text, c.g);
  }
  // Go's trace starts at Stack's caller: drop the frame of Stack itself.
  size_t head = text.find('\n');
  if (head != std::string::npos && text.compare(head + 1, 14, "runtime.Stack(") == 0) {
    size_t end = text.find('\n', text.find('\n', head + 1) + 1);
    if (end != std::string::npos) text.erase(head + 1, end - head);
  }
  uint64_t n = std::min<uint64_t>(len, text.size());
  if (n) std::memcpy(buf, text.data(), size_t(n));
  c.R[0] = n;
  return true;
}

bool goexit(NativeCall& c) {
  c.goexit = true;
  return false;
}

bool gosched(NativeCall& c) {
  c.yield = true;
  return true;
}

// math/rand.runtimeSeed() int64: from the scheduler's generator, which
// `gopark run -seed` makes repeatable.
bool rand_seed(NativeCall& c) {
  c.R[0] = c.g->sched->rand();
  return true;
}

bool version(NativeCall& c) {
  return c.new_string("go1.22.0", c.R);
}

}  // namespace

void register_runtime_natives() {
  using interp::register_native;
  register_native("runtime.GC", gc_native);
  register_native("runtime.ReadMemStats", read_mem_stats);
  register_native("runtime.NumGoroutine", num_goroutine);
  register_native("runtime.Goexit", goexit);
  register_native("runtime.Stack", stack);
  register_native("runtime.GOMAXPROCS", gomaxprocs);
  register_native("runtime.NumCPU", num_cpu);
  register_native("runtime.Gosched", gosched);
  register_native("runtime.Version", version);
  register_native("math/rand.runtimeSeed", rand_seed);
  register_native("math/rand/v2.runtimeSeed", rand_seed);
}

}  // namespace gopark::stdlib
