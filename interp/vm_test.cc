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
  std::string snapshot, trace;
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
  r.snapshot = vm.final_snapshot();
  r.trace = vm.trace_json();
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

// A library package's variable read only by a method that the program
// reaches through an interface (fmt calling String) is initialized.
TEST(VM, LibraryVariableReadByMethodReachedThroughInterface) {
  Program prog([](std::string_view path, std::vector<SourceFile>* out) {
    if (path == "example/names") {
      out->push_back({"names/names.go",
                      "package names\n\nvar names = [...]string{\"a\", \"b\"}\n\n"
                      "type T int\n\nfunc (t T) String() string { return names[t] }\n"});
      return true;
    }
    return stdlib::load(path, out);
  });
  Diags d;
  std::string src = R"(package main

import (
	"example/names"
	"fmt"
)

func main() { fmt.Println(names.T(1), names.T(0)) }
)";
  Package* pkg = prog.check_file("prog.go", src, &d);
  ASSERT_TRUE(d.empty() && pkg) << d.format("prog.go");
  auto mod = compile_program(prog, pkg, "prog.go", &d);
  ASSERT_TRUE(mod) << d.format("prog.go");
  VM vm(*mod, {});
  std::string out;
  EXPECT_EQ(vm.run([&](int, std::string_view s) { out.append(s); }), 0);
  EXPECT_EQ(out, "b a\n");
}

// A panic's goroutine trace names each frame's own file: the program's,
// or a library file in the form of Go's -trimpath ("strings/strings.go").
TEST(VM, TracebackNamesLibraryFiles) {
  Ran r = run(R"(package main

import "strings"

func main() {
	f := func() string { return strings.Repeat("x", -1) }
	println(f())
}
)");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out.find("panic: strings: negative Repeat count\n\ngoroutine 1 [running]:\n"
                       "strings.Repeat(...)\n\tstrings/strings.go:"),
            0u)
      << r.out;
  EXPECT_NE(r.out.find("\nmain.main.func1()\n\tprog.go:6\nmain.main()\n\tprog.go:7\n"),
            std::string::npos)
      << r.out;
}

// While a function runs its deferred calls, its frame is at its return or
// closing brace, not at the statement before.
TEST(VM, TracebackOfDeferredCallShowsTheClosingBrace) {
  Ran r = run(R"(package main

func f() {
	defer func() {
		panic("in defer")
	}()
	println("body")
}

func main() {
	f()
}
)");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(
      r.out.find("main.f.func1()\n\tprog.go:5\nmain.f()\n\tprog.go:8\nmain.main()\n\tprog.go:11\n"),
      std::string::npos)
      << r.out;
}

// Go prints the 50 innermost and 50 outermost frames of a deep stack and
// says how many it left out.
TEST(VM, StackOverflowTraceIsElided) {
  VMOptions o;
  o.max_stack_bytes = 1 << 20;
  Ran r = run(R"(package main

func down(n int) int { return down(n+1) + 1 }

func main() { println(down(0)) }
)",
              o);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out.find("runtime: goroutine stack exceeds 1048576-byte limit\n"
                       "fatal error: stack overflow\n"),
            0u)
      << r.out.substr(0, 300);
  size_t frames = 0;
  for (size_t at = 0; (at = r.out.find("main.down(...)\n", at)) != std::string::npos; at++)
    frames++;
  EXPECT_EQ(frames, 99u);  // and main.main
  EXPECT_NE(r.out.find("\nmain.down(...)\n\tprog.go:3\n..."), std::string::npos);
  EXPECT_NE(r.out.find(" frames elided...\nmain.down(...)\n"), std::string::npos);
  EXPECT_NE(r.out.find("\nmain.main()\n\tprog.go:5\n"), std::string::npos);
}

// The state panel's view of a deadlocked program: each goroutine by its
// function and the line it waits at, each channel by the variable (or
// field) the program assigned it to, including package variables.
TEST(VM, SnapshotNamesGoroutinesAndChannels) {
  VMOptions opts;
  opts.final_snapshot = true;
  opts.procs = 2;
  Ran r = run(R"(package main

type pipe struct{ out chan int }

var quit = make(chan bool)

func worker(done chan struct{}) {
	<-done
}

func main() {
	done := make(chan struct{})
	var results = make(chan int, 4)
	p := pipe{}
	p.out = make(chan int)
	results <- 1
	go worker(done)
	go func() { p.out <- 2 }()
	unnamed := []chan int{make(chan int)}
	_ = unnamed
	type msg struct {
		text  string
		n     float32
		parts []int
		err   error
	}
	msgs := make(chan msg, 2)
	msgs <- msg{"hi \"you\"", 1.5, []int{1, 2}, nil}
	<-quit
}
)",
              opts);
  EXPECT_EQ(r.status, 2);
  const std::string& s = r.snapshot;
  EXPECT_NE(
      s.find(
          R"("id":1,"label":"quit","elemType":"bool","cap":0,"len":0,"buffer":[],"closed":false,"sendq":[],"recvq":[1]})"),
      std::string::npos)
      << s;
  EXPECT_NE(
      s.find(
          R"("label":"done","elemType":"struct {}","cap":0,"len":0,"buffer":[],"closed":false,"sendq":[],"recvq":[2]})"),
      std::string::npos)
      << s;
  EXPECT_NE(s.find(R"("label":"results","elemType":"int","cap":4,"len":1,"buffer":["1"])"),
            std::string::npos)
      << s;
  EXPECT_NE(
      s.find(
          R"("label":"out","elemType":"int","cap":0,"len":0,"buffer":[],"closed":false,"sendq":[3])"),
      std::string::npos)
      << s;
  EXPECT_NE(s.find(R"("label":"","elemType":"int")"), std::string::npos) << s;  // unnamed
  EXPECT_NE(
      s.find(
          R"("id":2,"status":"waiting","waitReason":"chan receive","waitingOn":{"kind":"chan","id":)"),
      std::string::npos)
      << s;
  EXPECT_NE(
      s.find(
          R"("func":"main.worker","file":"prog.go","line":8,"parent":1,"createdAt":{"func":"main.main","file":"prog.go","line":17})"),
      std::string::npos)
      << s;
  EXPECT_NE(s.find(R"("func":"main.main.func1","file":"prog.go","line":18)"), std::string::npos)
      << s;
  EXPECT_NE(s.find(R"("func":"main.main","file":"prog.go","line":29)"), std::string::npos) << s;
  EXPECT_NE(
      s.find(
          R"("label":"msgs","elemType":"main.msg","cap":2,"len":1,"buffer":["{\"hi \\\"you\\\"\" 1.5 [1 2] <nil>}"])"),
      std::string::npos)
      << s;
}

// A goroutine parked inside the standard library (sync.(*Mutex).Lock,
// WaitGroup.Wait) is shown at the line of its own code that called it,
// which the state panel reveals, not at the library's line.
TEST(VM, SnapshotShowsTheProgramsLineOfAGoroutineInTheLibrary) {
  VMOptions opts;
  opts.final_snapshot = true;
  Ran r = run(R"(package main

import "sync"

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go func() {
		mu.Lock()
	}()
	wg.Wait()
}
)",
              opts);
  EXPECT_EQ(r.status, 2);
  const std::string& s = r.snapshot;
  EXPECT_NE(s.find(R"("waitReason":"sync.WaitGroup.Wait")"), std::string::npos) << s;
  EXPECT_NE(s.find(R"("func":"main.main","file":"prog.go","line":13,)"), std::string::npos) << s;
  EXPECT_NE(s.find(R"("func":"main.main.func1","file":"prog.go","line":11,)"), std::string::npos)
      << s;
}

// -trace: goroutine creation, scheduling and channel hand-offs as events.
TEST(VM, TraceRecordsSchedulingAndChannelEvents) {
  VMOptions opts;
  opts.trace = true;
  opts.procs = 1;
  Ran r = run(R"(package main

func main() {
	c := make(chan int)
	go func() { c <- 42 }()
	println(<-c)
}
)",
              opts);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "42\n");
  const std::string& t = r.trace;
  EXPECT_EQ(t.rfind(R"({"dropped":0,"events":[{)", 0), 0u) << t;
  EXPECT_NE(t.find(R"("kind":"GoCreate","g":1,"arg":2,)"), std::string::npos) << t;
  EXPECT_NE(t.find(R"("kind":"GoBlock","g":1,"arg":1,)"), std::string::npos) << t;  // chan receive
  EXPECT_NE(t.find(R"("kind":"GoStart","g":2,)"), std::string::npos) << t;
  EXPECT_NE(t.find(R"("kind":"ChanSend","g":2,"arg":1,"obj":1,)"), std::string::npos)
      << t;  // to g1
  EXPECT_NE(t.find(R"("kind":"GoUnblock","g":2,"arg":1,)"), std::string::npos) << t;
  EXPECT_NE(t.find(R"("kind":"GoEnd","g":2,)"), std::string::npos) << t;
}

// A library package's variables initialize before its init functions run,
// each package after the packages it imports, and all before main's own.
// (Only library variables the program can reach are initialized: the
// library's own init functions count as reaching.)
TEST(VM, LibraryInitFunctionsRunInPackageOrder) {
  auto loader = [](std::string_view path, std::vector<SourceFile>* out) {
    if (path == "example.com/base") {
      out->push_back({"base.go", R"(package base

var Log []string

var ready = note("base var")

func note(s string) bool {
	Log = append(Log, s)
	return true
}

func init() { note("base init 1") }

func init() { note("base init 2") }

func Note(s string) {
	if ready {
		note(s)
	}
}
)"});
      return true;
    }
    if (path == "example.com/top") {
      out->push_back({"top.go", R"(package top

import "example.com/base"

var t = mark()

func mark() int {
	base.Note("top var")
	return 1
}

func init() {
	if t == 1 {
		base.Note("top init")
	}
}
)"});
      return true;
    }
    return stdlib::load(path, out);
  };
  Program prog(loader);
  Diags d;
  Package* pkg = prog.check_file("prog.go", R"(package main

import (
	"example.com/base"
	_ "example.com/top"
)

var m = mainVar()

func mainVar() int {
	base.Note("main var")
	return 0
}

func init() { base.Note("main init") }

func main() {
	for _, s := range base.Log {
		println(s)
	}
}
)",
                                 &d);
  ASSERT_TRUE(d.empty() && pkg) << d.format("prog.go");
  auto mod = compile_program(prog, pkg, "prog.go", &d);
  ASSERT_TRUE(mod) << d.format("prog.go");
  VM vm(*mod, VMOptions{});
  std::string out;
  EXPECT_EQ(vm.run([&](int, std::string_view s) { out.append(s); }), 0);
  EXPECT_EQ(out, "base var\nbase init 1\nbase init 2\ntop var\ntop init\nmain var\nmain init\n");
}

}  // namespace
}  // namespace gopark::interp
