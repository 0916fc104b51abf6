// fuzz_run - libFuzzer target: check, compile and run one program with
// small limits: one P, the virtual clock, a small heap and stack, output
// discarded, and a watchdog that stops the run after a short wall-clock
// budget (runaway loops are expected inputs, not findings). Panics,
// fatal errors and deadlocks are ordinary outcomes.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string_view>
#include <thread>

#include "interp/check.h"
#include "interp/compile.h"
#include "interp/diag.h"
#include "interp/vm.h"
#include "stdlib/stdlib.h"

namespace {

// Wall-clock budget of one run; ASan makes the VM several times slower.
constexpr auto kRunBudget = std::chrono::milliseconds(50);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  gopark::interp::Diags diags;
  gopark::interp::Program prog(gopark::stdlib::load);
  gopark::interp::Package* pkg = prog.check_file("prog.go", src, &diags);
  if (!pkg || !diags.empty()) return 0;
  auto mod = gopark::interp::compile_program(prog, pkg, "prog.go", &diags);
  if (!mod || !diags.empty()) return -1;  // not worth keeping in the corpus

  gopark::interp::VMOptions opts;
  opts.procs = 1;
  opts.fake_time = true;
  opts.seed = 1;
  opts.mem_limit = uint64_t(64) << 20;
  opts.max_stack_bytes = uint64_t(1) << 20;
  opts.read_stdin = [](char*, size_t) -> long { return 0; };
  gopark::interp::VM vm(*mod, opts);

  std::mutex mu;
  std::condition_variable cv;
  bool done = false;
  std::thread watchdog([&] {
    std::unique_lock<std::mutex> l(mu);
    if (!cv.wait_for(l, kRunBudget, [&] { return done; })) vm.stop();
  });
  vm.run([](int, std::string_view) {});
  {
    std::lock_guard<std::mutex> l(mu);
    done = true;
  }
  cv.notify_one();
  watchdog.join();
  return 0;
}
