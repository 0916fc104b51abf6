// steps.cc - helpers for Task-based runtime tests.
#include "runtime/testing/steps.h"

#include <cstdio>

namespace gopark::rt::testing {

G* go(Task& parent, Task::Body body, const char* name) {
  Task* t = new Task(std::move(body), name);
  G* g = parent.sched()->spawn(t, Frame{"main.main", "task.go", parent.pc}, parent.g());
  if (!g) delete t;
  return g;
}

RunResult run(Config cfg, Task::Body body, std::function<void(Sched&)> before) {
  RunResult r;
  std::string* out = &r.out;
  Lock* lk = new Lock;
  cfg.write = [out, lk](int, std::string_view s) {
    LockGuard l(*lk);
    out->append(s);
  };
  {
    Sched s(cfg);
    if (before) before(s);
    r.code = s.run(new Task(std::move(body), "main.main"), Frame{"main.main", "task.go", 1});
  }
  delete lk;
  return r;
}

const ElemType* int64_type() {
  static const ElemType et = [] {
    ElemType e;
    e.name = "int";
    e.size = sizeof(int64_t);
    e.align = alignof(int64_t);
    e.format = [](const ElemType&, const void* p, std::string& out) {
      out = std::to_string(*static_cast<const int64_t*>(p));
    };
    return e;
  }();
  return &et;
}

}  // namespace gopark::rt::testing
