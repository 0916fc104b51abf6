// platform.h - the only interface of the runtime to the host system.
//
// Everything the scheduler needs from the machine lives here: threads,
// futex wait/wake with a timeout, a monotonic clock, and a CPU relax hint.
// Two implementations exist, platform/posix (Linux) and platform/wasm
// (Emscripten, with or without pthreads). No other runtime file may test
// __EMSCRIPTEN__; ask this header instead (kThreads).
#pragma once

#include <atomic>
#include <cstdint>

namespace gopark::rt::platform {

// True when this build can start more OS threads (native, wasm-threads).
// The single-thread wasm build drives every P from one thread.
extern const bool kThreads;

// Nanoseconds from an arbitrary fixed origin; never goes backwards.
int64_t monotonic_ns();
// Nanoseconds since the Unix epoch (wall clock), for time.Now.
int64_t wall_ns();

// Blocks while *addr == expected, at most timeout_ns (< 0: forever).
// May return spuriously. Callers re-check their condition.
void futex_wait(std::atomic<uint32_t>* addr, uint32_t expected, int64_t timeout_ns);
// Wakes up to n threads blocked in futex_wait on addr.
void futex_wake(std::atomic<uint32_t>* addr, int n);

// Hint to the CPU that we are spinning.
void cpu_relax();
// Gives up the rest of this thread's time slice.
void os_yield();
// Sleeps the thread for about ns (the OS may round up: Linux's timer slack
// makes a few microseconds into tens).
void os_sleep(int64_t ns);

// Starts a detached-joinable OS thread running fn(arg). Returns an opaque
// handle for join. Only valid when kThreads.
using ThreadHandle = void*;
ThreadHandle thread_start(void (*fn)(void*), void* arg);
void thread_join(ThreadHandle h);

// Number of CPUs the host reports (navigator.hardwareConcurrency in a browser).
int num_cpu();

}  // namespace gopark::rt::platform
