// vm_test.cc - the VM's collector and limits, checked through heap
// statistics the Go-file tests cannot see.
#include <gtest/gtest.h>

#include "interp/check.h"
#include "interp/compile.h"
#include "interp/vm.h"
#include "stdlib/stdlib.h"

namespace gopark::interp {
namespace {

struct Ran {
  int status = -1;
  std::string out;
  uint64_t peak = 0, num_gc = 0, total = 0;
};

Ran run(const std::string& src, VMOptions opts = {}) {
  Ran r;
  Program prog(stdlib::load);
  Diags d;
  Package* pkg = prog.check_file("prog.go", src, &d);
  EXPECT_TRUE(d.empty()) << d.format("prog.go");
  if (!d.empty() || !pkg) return r;
  auto mod = compile_program(prog, pkg, "prog.go", &d);
  EXPECT_TRUE(mod) << d.format("prog.go");
  if (!mod) return r;
  VM vm(*mod, opts);
  r.status = vm.run([&](int, std::string_view s) { r.out.append(s); });
  r.peak = vm.heap().peak_bytes();
  r.num_gc = vm.heap().num_gc();
  r.total = vm.heap().total_alloc();
  return r;
}

// 4 GiB allocated in total, a live set of about 1 MiB: the collector keeps
// the heap near its pacing target (4 MiB or twice the live size).
TEST(VM, CollectorKeepsTheHeapSmallUnderAllocationPressure) {
  Ran r = run(R"(package main

type Node struct {
	next *Node
	pad  [120]int
}

func main() {
	var keep *Node
	for i := 0; i < 4500000; i++ {
		n := &Node{}
		if i%1000 == 0 {
			n.next = keep
			keep = n
		}
	}
	c := 0
	for p := keep; p != nil; p = p.next {
		c++
	}
	println(c)
}
)");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "4500\n");
  EXPECT_GT(r.total, uint64_t(4) << 30);
  EXPECT_GT(r.num_gc, 10u);
  EXPECT_LT(r.peak, uint64_t(16) << 20);
}

TEST(VM, MemoryBombEndsWithOutOfMemory) {
  VMOptions o;
  o.mem_limit = uint64_t(64) << 20;
  Ran r = run(R"(package main

func main() {
	var all [][]int
	for {
		all = append(all, make([]int, 1<<16))
	}
}
)",
              o);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("fatal error: runtime: out of memory\n"), std::string::npos) << r.out;
  EXPECT_LE(r.peak, o.mem_limit);
}

}  // namespace
}  // namespace gopark::interp
