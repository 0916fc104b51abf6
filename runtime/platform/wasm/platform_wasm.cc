// platform_wasm.cc - Emscripten implementation of platform.h.
//
// With -pthread, threads are Web Workers sharing one memory, and futexes are
// wasm memory.atomic.wait/notify (emscripten_futex_*). Without it there is one
// thread: waiting is never needed because the single-thread driver returns to
// the JavaScript event loop instead of blocking (see Sched::drive).
#include "runtime/platform/platform.h"

#include <emscripten.h>
#include <emscripten/threading.h>

#include <cmath>
#include <cstdlib>
#include <ctime>

#ifdef __EMSCRIPTEN_PTHREADS__
#include <pthread.h>
#include <sched.h>
#endif

namespace gopark::rt::platform {

#ifdef __EMSCRIPTEN_PTHREADS__
const bool kThreads = true;
#else
const bool kThreads = false;
#endif

int64_t monotonic_ns() {
  return int64_t(emscripten_get_now() * 1e6);
}

int64_t wall_ns() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void futex_wait(std::atomic<uint32_t>* addr, uint32_t expected, int64_t timeout_ns) {
#ifdef __EMSCRIPTEN_PTHREADS__
  double ms = timeout_ns < 0 ? INFINITY : double(timeout_ns) / 1e6;
  emscripten_futex_wait(reinterpret_cast<volatile void*>(addr), expected, ms);
#else
  (void)addr, (void)expected, (void)timeout_ns;  // one thread: nobody could wake us
#endif
}

void futex_wake(std::atomic<uint32_t>* addr, int n) {
#ifdef __EMSCRIPTEN_PTHREADS__
  emscripten_futex_wake(reinterpret_cast<volatile void*>(addr), n);
#else
  (void)addr, (void)n;
#endif
}

void cpu_relax() {}

void os_yield() {
#ifdef __EMSCRIPTEN_PTHREADS__
  sched_yield();
#endif
}

#ifdef __EMSCRIPTEN_PTHREADS__
namespace {
struct Start {
  void (*fn)(void*);
  void* arg;
};
void* trampoline(void* p) {
  Start s = *static_cast<Start*>(p);
  delete static_cast<Start*>(p);
  s.fn(s.arg);
  return nullptr;
}
}  // namespace

ThreadHandle thread_start(void (*fn)(void*), void* arg) {
  pthread_t t;
  if (pthread_create(&t, nullptr, trampoline, new Start{fn, arg}) != 0) abort();
  return reinterpret_cast<ThreadHandle>(t);
}
void thread_join(ThreadHandle h) {
  pthread_join(reinterpret_cast<pthread_t>(h), nullptr);
}
#else
ThreadHandle thread_start(void (*)(void*), void*) {
  abort();
}
void thread_join(ThreadHandle) {
  abort();
}
#endif

void os_sleep(int64_t ns) {
#ifdef __EMSCRIPTEN_PTHREADS__
  std::atomic<uint32_t> never{0};
  futex_wait(&never, 0, ns);
#else
  (void)ns;  // one thread: nothing to wait for
#endif
}

// The host's CPUs on both builds: the single-thread build still runs
// GOMAXPROCS Ps (in turn), and programs size their pools by NumCPU.
// The body is JavaScript, which clang-format would break.
// clang-format off
EM_JS(int, host_cpus, (), {
  if (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) return navigator.hardwareConcurrency;
  if (typeof require === 'function') return require('os').cpus().length;
  return 1;
});
// clang-format on

int num_cpu() {
  static const int n = host_cpus() > 0 ? host_cpus() : 1;
  return n;
}

}  // namespace gopark::rt::platform
