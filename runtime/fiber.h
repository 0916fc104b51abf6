// fiber.h - native goroutines: C++ callables on their own stacks.
//
// A Fiber is the Continuation of a goroutine started through the C++ API
// (api/gopark.h). It runs on a stack from a per-thread cache and switches
// with Boost.Context's fcontext: resume() jumps in, park()/yield() jump back
// out to the scheduler. Native builds only; Boost.Context has no wasm port.
#pragma once

#include <cstddef>
#include <functional>

#include "runtime/g.h"

namespace gopark::rt {

class Fiber final : public Continuation {
 public:
  // fn runs as the goroutine; func names it in dumps ("main.worker").
  static Fiber* create(std::function<void()> fn, const char* func, size_t stack_size);

  Resume resume(G* g) override;
  void destroy(G* g) override;
  void traceback(const G* g, std::vector<Frame>& out) const override;

  // Called on the fiber's own stack: leave with `why`; return when resumed.
  static void suspend(Resume why);
  // The calling fiber's goroutine is over (Goexit, or after a fatal error).
  [[noreturn]] static void exit();

  struct Impl;
  static void entry_for_trampoline(void* transfer) { entry(transfer); }

 private:
  Fiber() = default;
  static void entry(void* transfer);
  Impl* impl_ = nullptr;
};

}  // namespace gopark::rt
