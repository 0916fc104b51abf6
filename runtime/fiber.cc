// fiber.cc - Fiber on Boost.Context's fcontext, with sanitizer annotations.
//
// Stacks come from a small per-thread cache (an M reuses the stacks of the
// goroutines that exited on it) and are taken only when a goroutine first
// runs, so spawn+exit costs no stack allocation in the steady state. Stacks are plain heap blocks:
// pages never touched are never resident, so a parked goroutine costs the pages its frames reached.
#include "runtime/fiber.h"

#include <boost/context/detail/fcontext.hpp>
#include <cstddef>
#include <cstdlib>
#include <exception>
#include <vector>

#include "runtime/sched.h"

#if defined(__SANITIZE_ADDRESS__)
#define GOPARK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GOPARK_ASAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define GOPARK_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GOPARK_TSAN 1
#endif
#endif

#ifdef GOPARK_ASAN
extern "C" void __sanitizer_start_switch_fiber(void** fake_stack_save, const void* bottom,
                                               size_t size);
extern "C" void __sanitizer_finish_switch_fiber(void* fake_stack_save, const void** bottom_old,
                                                size_t* size_old);
extern "C" void __asan_unpoison_memory_region(void const volatile* addr, size_t size);
#endif
#ifdef GOPARK_TSAN
extern "C" void* __tsan_get_current_fiber(void);
extern "C" void* __tsan_create_fiber(unsigned flags);
extern "C" void __tsan_destroy_fiber(void* fiber);
extern "C" void __tsan_switch_to_fiber(void* fiber, unsigned flags);
#endif

namespace ctx = boost::context::detail;

namespace gopark::rt {

struct FiberBlock;

struct Fiber::Impl {
  FiberBlock* block = nullptr;  // the allocation holding this Impl and its Fiber
  std::function<void()> fn;
  const char* func = nullptr;
  char* stack = nullptr;
  size_t stack_size = 0;
  ctx::fcontext_t self = nullptr;    // the fiber's saved context while not running
  ctx::fcontext_t caller = nullptr;  // the scheduler context while running
  Resume why = Resume::exit;
  G* g = nullptr;
#ifdef GOPARK_ASAN
  const void* caller_bottom = nullptr;
  size_t caller_size = 0;
  void* fake_stack = nullptr;
#endif
#ifdef GOPARK_TSAN
  void* tsan_fiber = nullptr;
  void* tsan_caller = nullptr;
#endif
};

namespace {

thread_local Fiber::Impl* tls_current = nullptr;

struct StackCache {
  std::vector<std::pair<char*, size_t>> free;
  ~StackCache() {
    for (auto& s : free) std::free(s.first);
  }
};
thread_local StackCache tls_stacks;
constexpr size_t kStackCacheMax = 256;

char* stack_get(size_t size) {
  auto& f = tls_stacks.free;
  for (size_t i = f.size(); i > 0; i--) {
    if (f[i - 1].second == size) {
      char* s = f[i - 1].first;
      f[i - 1] = f.back();
      f.pop_back();
      return s;
    }
  }
  char* s = static_cast<char*>(std::aligned_alloc(64, size));
  if (!s) abort();
  return s;
}

void stack_put(char* s, size_t size) {
#ifdef GOPARK_ASAN
  // A dead fiber leaves its frames' redzones poisoned; a reused stack
  // must start clean.
  __asan_unpoison_memory_region(s, size);
#endif
  if (tls_stacks.free.size() < kStackCacheMax)
    tls_stacks.free.emplace_back(s, size);
  else
    std::free(s);
}

// Reads the thread-local through a call so a fiber that moved to another
// thread never uses a TLS address computed on the old one.
__attribute__((noinline)) Fiber::Impl*& current_impl() {
  return tls_current;
}

// Jumps from the fiber back to the scheduler; returns when resumed.
void switch_out(Fiber::Impl* f, bool dying) {
#ifdef GOPARK_TSAN
  __tsan_switch_to_fiber(f->tsan_caller, 0);
#endif
#ifdef GOPARK_ASAN
  __sanitizer_start_switch_fiber(dying ? nullptr : &f->fake_stack, f->caller_bottom,
                                 f->caller_size);
#else
  (void)dying;
#endif
  ctx::transfer_t t = ctx::jump_fcontext(f->caller, nullptr);
  // Resumed, possibly on another M: t.fctx is that M's scheduler context.
  f->caller = t.fctx;
#ifdef GOPARK_ASAN
  __sanitizer_finish_switch_fiber(f->fake_stack, &f->caller_bottom, &f->caller_size);
#endif
}

}  // namespace

void Fiber::entry(void* tp) {
  auto t = *static_cast<ctx::transfer_t*>(tp);
  Impl* f = static_cast<Impl*>(t.data);
  f->caller = t.fctx;
#ifdef GOPARK_ASAN
  __sanitizer_finish_switch_fiber(nullptr, &f->caller_bottom, &f->caller_size);
#endif
  try {
    f->fn();
  } catch (const std::exception& e) {
    // A panic nobody recovered (the API's Panic is a std::exception whose
    // what() is Go's text), or any other C++ exception: Go's way out.
    G* g = current_impl()->g;
    g->sched->die(g, e.what(), false);
  } catch (...) {
    G* g = current_impl()->g;
    g->sched->die(g, "unhandled C++ exception in goroutine", false);
  }
  f->fn = nullptr;
  f->why = Resume::exit;
  Impl* self = current_impl();
  switch_out(self, true);
  abort();  // a dead fiber is never resumed
}

static void fiber_entry_trampoline(ctx::transfer_t t) {
  Fiber::entry_for_trampoline(&t);
}

// A Fiber and its Impl share one allocation: spawning is on the hot path.
struct FiberBlock {
  alignas(Fiber::Impl) unsigned char fiber[sizeof(void*) * 2];
  Fiber::Impl impl;
};

Fiber* Fiber::create(std::function<void()> fn, const char* func, size_t stack_size) {
  static_assert(sizeof(Fiber) <= sizeof(FiberBlock::fiber));
  auto* block = new FiberBlock;
  Fiber* fb = new (block->fiber) Fiber;
  Impl* f = &block->impl;
  f->block = block;
  fb->impl_ = f;
  f->fn = std::move(fn);
  f->func = func;
  f->stack_size = stack_size;
  // The stack is taken at the first resume: a goroutine that has not
  // started yet costs no stack, and short-lived goroutines run one after
  // another on the same few cached stacks.
#ifdef GOPARK_TSAN
  f->tsan_fiber = __tsan_create_fiber(0);
#endif
  return fb;
}

Resume Fiber::resume(G* g) {
  Impl* f = impl_;
  if (!f->stack) {
    f->stack = stack_get(f->stack_size);
    f->self = ctx::make_fcontext(f->stack + f->stack_size, f->stack_size, fiber_entry_trampoline);
  }
  f->g = g;
  Impl* saved = current_impl();
  current_impl() = f;
#ifdef GOPARK_TSAN
  f->tsan_caller = __tsan_get_current_fiber();
  __tsan_switch_to_fiber(f->tsan_fiber, 0);
#endif
#ifdef GOPARK_ASAN
  void* fake = nullptr;
  __sanitizer_start_switch_fiber(&fake, f->stack, f->stack_size);
#endif
  ctx::transfer_t t = ctx::jump_fcontext(f->self, f);
#ifdef GOPARK_ASAN
  __sanitizer_finish_switch_fiber(fake, nullptr, nullptr);
#endif
  f->self = t.fctx;
  current_impl() = saved;
  return f->why;
}

void Fiber::destroy(G*) {
  Impl* f = impl_;
#ifdef GOPARK_TSAN
  __tsan_destroy_fiber(f->tsan_fiber);
#endif
  if (f->stack) stack_put(f->stack, f->stack_size);
  FiberBlock* block = f->block;
  this->~Fiber();
  delete block;
}

void Fiber::traceback(const G* g, std::vector<Frame>& out) const {
  Frame fr = g->pos;
  fr.func = impl_->func;
  out.push_back(fr);
}

void Fiber::suspend(Resume why) {
  Impl* f = current_impl();
  f->why = why;
  switch_out(f, false);
}

void Fiber::exit() {
  Impl* f = current_impl();
  f->why = Resume::exit;
  switch_out(f, true);
  abort();
}

}  // namespace gopark::rt
