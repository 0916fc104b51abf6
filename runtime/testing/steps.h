// steps.h - a test-only continuation: goroutines as resumable functions.
//
// Boost.Context has no wasm port, so runtime tests that must also run on the
// wasm builds write goroutines the way the interpreter's VM runs them: a
// function called each time the G is scheduled, which returns when it parks
// and picks up where it left off (Task::pc) when called again. The macros
// are a switch-based coroutine (as in Protothreads); state that must survive
// a park lives in the Task or in the lambda's captures, never in locals.
//
//   go(t, [c](Task& t) mutable -> Resume {
//     TASK_BEGIN(t);
//     AWAIT(t, chan_send(t.g(), c, &t.v));
//     TASK_END(t);
//   });
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "runtime/chan.h"
#include "runtime/sched.h"

namespace gopark::rt::testing {

class Task final : public Continuation {
 public:
  using Body = std::function<Resume(Task&)>;
  Task(Body body, const char* name) : body_(std::move(body)), name_(name) {}

  Resume resume(G* g) override {
    g_ = g;
    return body_(*this);
  }
  void destroy(G*) override { delete this; }
  void traceback(const G* g, std::vector<Frame>& out) const override {
    out.push_back({name_, "task.go", pc});
  }

  G* g() const { return g_; }
  Sched* sched() const { return g_->sched; }

  int pc = 0;
  // Scratch that survives parks.
  int64_t i = 0, j = 0, v = 0, w = 0;
  bool ok = false;
  int chosen = -1;
  std::string panic;  // text of the last Step::panic

 private:
  Body body_;
  const char* name_;
  G* g_ = nullptr;
};

#define TASK_BEGIN(t) \
  switch ((t).pc) {   \
    case 0:
#define TASK_END(t) \
  }                 \
  return ::gopark::rt::Resume::exit
// Runs a Step operation; parks (returning from the body) until it is done.
#define AWAIT(t, expr)                                                        \
  do {                                                                        \
    (t).pc = __LINE__;                                                        \
    [[fallthrough]];                                                          \
    case __LINE__: {                                                          \
      ::gopark::rt::Step st_ = (expr);                                        \
      if (st_ == ::gopark::rt::Step::park) return ::gopark::rt::Resume::park; \
      if (st_ == ::gopark::rt::Step::panic) (t).panic = (t).g()->panic_text;  \
    }                                                                         \
  } while (0)
#define YIELD(t)                        \
  do {                                  \
    (t).pc = __LINE__;                  \
    return ::gopark::rt::Resume::yield; \
    case __LINE__:;                     \
  } while (0)

// Starts a goroutine from inside a task.
G* go(Task& parent, Task::Body body, const char* name = "main.func");

// Runs a program whose main goroutine is body. Output the runtime writes
// (dumps, fatal errors) is appended to *out if given.
struct RunResult {
  int code = 0;
  std::string out;
};
RunResult run(Config cfg, Task::Body body, std::function<void(Sched&)> before = nullptr);

// Plain-old-data element types for channels of int64.
const ElemType* int64_type();

}  // namespace gopark::rt::testing
