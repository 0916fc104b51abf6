// engine.cc - the interpreter as a WebAssembly module for a runner worker.
//
// wasm/runner.cjs loads this module in a dedicated worker (browser) or a
// worker thread (Node) and calls the C functions below; the page never
// does. One run at a time per module instance; a module serves many runs.
//
// Two builds, one API:
//   wasm-threads  gp_start compiles, then runs the program on its own
//                 pthread (whose Ms are more pthreads); the worker's own
//                 thread stays free to poll output, take snapshots and
//                 stop. gp_drive only reports whether the run is over.
//   wasm-single   no threads: gp_drive runs goroutines for a slice of time
//                 and returns, and the runner calls it again from its event
//                 loop (at once, or when the next timer is due).
//
// Output. The program's writes go into one buffer of records (fd, bytes),
// in order, that gp_take_output hands to the runner. On the threaded
// build a writer that finds more than kOutboxMax bytes untaken waits for
// the runner (so a program printing in a loop is slowed to the speed of
// the page, and nothing is dropped); a stop releases it. The single
// build cannot wait: its buffer holds at most one slice's output.
//
// Strings returned by these functions live in engine buffers until the
// next call of the same function.
#include <emscripten.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#ifdef __EMSCRIPTEN_PTHREADS__
#include <thread>
#endif

#include "interp/check.h"
#include "interp/compile.h"
#include "interp/diag.h"
#include "interp/vm.h"
#include "runtime/json.h"
#include "stdlib/stdlib.h"

namespace {

using gopark::interp::Diags;
using gopark::interp::Module;
using gopark::interp::Program;
using gopark::interp::VM;
using gopark::interp::VMOptions;

#ifdef __EMSCRIPTEN_PTHREADS__
constexpr size_t kOutboxMax = 1 << 20;  // untaken output beyond which writers wait
#endif

// The program's output between two gp_take_output calls: records of
// [fd: 1 byte][length: 4 bytes, little endian][bytes].
class Outbox {
 public:
  void write(int fd, std::string_view s) {
    std::unique_lock<std::mutex> l(mu_);
#ifdef __EMSCRIPTEN_PTHREADS__
    cv_.wait(l, [&] { return buf_.size() < kOutboxMax || released_; });
#endif
    while (!s.empty()) {
      // Extend the last record when the stream is the same.
      if (last_ == fd && last_len_ < (1u << 30)) {
        size_t n = std::min(s.size(), size_t((1u << 30) - last_len_));
        buf_.append(s.data(), n);
        last_len_ += uint32_t(n);
        std::memcpy(&buf_[last_at_ + 1], &last_len_, 4);
        s.remove_prefix(n);
        continue;
      }
      last_ = fd;
      last_at_ = buf_.size();
      last_len_ = 0;
      buf_.push_back(char(fd));
      buf_.append(4, '\0');
    }
  }
  // Moves everything buffered into out (and wakes a waiting writer).
  void take(std::string* out) {
    {
      std::lock_guard<std::mutex> l(mu_);
      out->swap(buf_);
      buf_.clear();
      last_ = -1;
    }
    cv_.notify_all();
  }
  // From now on writers never wait (the run is stopping or over).
  void release() {
    {
      std::lock_guard<std::mutex> l(mu_);
      released_ = true;
    }
    cv_.notify_all();
  }

 private:
  std::mutex mu_;  // guards everything below
  std::condition_variable cv_;
  std::string buf_;
  int last_ = -1;  // fd of the record being extended, -1 for none
  size_t last_at_ = 0;
  uint32_t last_len_ = 0;
  bool released_ = false;
};

// A request of net/http waiting for the runner's fetch().
struct PendingFetch {
  uint64_t id;
  gopark::interp::HostFetchRequest req;
  gopark::interp::HostFetchDone done;
  bool taken = false;  // handed to the runner by gp_take_fetches
};

// One run: the compiled program, its VM, and where its output goes.
struct Run {
  Program prog{gopark::stdlib::load};
  std::unique_ptr<Module> mod;
  std::unique_ptr<VM> vm;
  Outbox out;
  std::string stdin_data;
  size_t stdin_at = 0;
  int status = 0;
#ifdef __EMSCRIPTEN_PTHREADS__
  std::thread thread;
  std::atomic<bool> done{false};
#else
  bool done = false;
#endif
  bool finished = false;
  // Requests are added by goroutines (any thread) and answered by the
  // runner; fetch_mu guards fetches. A run that ends drops its requests:
  // their answers then find no id and are ignored.
  std::mutex fetch_mu;
  std::vector<PendingFetch> fetches;
  bool fetch_closed = false;        // the VM is finishing: answers are ignored
  std::atomic<int> fetches_new{0};  // added and not yet taken
};

std::atomic<uint64_t> g_next_fetch_id{1};

std::string base64(std::string_view s) {
  static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t i = 0;
  for (; i + 2 < s.size(); i += 3) {
    uint32_t v =
        uint32_t(uint8_t(s[i])) << 16 | uint32_t(uint8_t(s[i + 1])) << 8 | uint8_t(s[i + 2]);
    out += digits[v >> 18];
    out += digits[(v >> 12) & 63];
    out += digits[(v >> 6) & 63];
    out += digits[v & 63];
  }
  if (i < s.size()) {
    uint32_t v = uint32_t(uint8_t(s[i])) << 16;
    if (i + 1 < s.size()) v |= uint32_t(uint8_t(s[i + 1])) << 8;
    out += digits[v >> 18];
    out += digits[(v >> 12) & 63];
    out += i + 1 < s.size() ? digits[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

Run* g_run = nullptr;
std::string g_text;      // gp_check's and others' returned strings
std::string g_taken;     // gp_take_output's
std::string g_snapshot;  // gp_snapshot's
std::string g_trace;     // gp_trace's
double g_next_timer_ms = 0;

// Compiles src into r; false with Go-format diagnostics in r's stderr.
bool compile(Run* r, const std::string& file, const std::string& src) {
  Diags diags;
  gopark::interp::Package* pkg = r->prog.check_file(file, src, &diags);
  if (diags.empty() && pkg) {
    // Frames name the file as the native command does: its base name.
    std::string name = file.substr(file.rfind('/') + 1);
    r->mod = gopark::interp::compile_program(r->prog, pkg, name, &diags);
  }
  if (!diags.empty()) {
    r->out.write(2, diags.format(file));
    r->mod.reset();
    return false;
  }
  return r->mod != nullptr;
}

void finish_run() {
  Run* r = g_run;
  if (!r || r->finished) return;
#ifdef __EMSCRIPTEN_PTHREADS__
  if (r->thread.joinable()) r->thread.join();
#else
  if (r->vm) r->status = r->vm->finish(r->status);
#endif
  r->out.release();
  r->finished = true;
}

}  // namespace

extern "C" {

// 1 on the threaded build (goroutines on several Web Workers), else 0.
EMSCRIPTEN_KEEPALIVE int gp_threads() {
#ifdef __EMSCRIPTEN_PTHREADS__
  return 1;
#else
  return 0;
#endif
}

// Diagnostics of the program as a JSON array (docs/runner.md).
EMSCRIPTEN_KEEPALIVE const char* gp_check(const char* file, const char* src) {
  Diags diags;
  Program prog(gopark::stdlib::load);
  prog.check_file(file, src, &diags);
  g_text = diags.to_json(file);
  return g_text.c_str();
}

// Ends the previous run (if any) and compiles a new one. Returns 0 when it
// started, 1 when it did not compile (the diagnostics, in Go's format, are
// its stderr output; gp_drive then reports it exited with status 1).
// seed is decimal ("0": random); args are separated by '\n'. Without
// network, net/http fails as natively ("network access is not available").
EMSCRIPTEN_KEEPALIVE int gp_start(const char* file, const char* src, int procs, const char* seed,
                                  int fake_time, double mem_limit, double max_stack,
                                  double max_goroutines, int trace, int final_snapshot,
                                  const char* args, const char* stdin_data, int stdin_len,
                                  int network) {
  if (g_run) {
    g_run->out.release();
    if (g_run->vm) g_run->vm->stop();
    finish_run();
    delete g_run;
  }
  g_run = new Run;
  Run* r = g_run;
  r->stdin_data.assign(stdin_data, size_t(stdin_len));
  if (!compile(r, file, src)) {
    r->status = 1;
    r->done = true;
    r->finished = true;
    return 1;
  }
  VMOptions opts;
  opts.procs = procs;
  opts.seed = std::strtoull(seed, nullptr, 10);
  opts.fake_time = fake_time != 0;
  if (mem_limit > 0) opts.mem_limit = uint64_t(mem_limit);
  if (max_stack > 0) opts.max_stack_bytes = uint64_t(max_stack);
  // A tab's memory is smaller than a machine's: 2M by default.
  opts.max_goroutines = max_goroutines > 0 ? uint64_t(max_goroutines) : 2'000'000;
  opts.trace = trace != 0;
  opts.final_snapshot = final_snapshot != 0;
  for (std::string_view a = args; !a.empty();) {
    size_t nl = a.find('\n');
    opts.args.emplace_back(a.substr(0, nl));
    a = nl == std::string_view::npos ? std::string_view() : a.substr(nl + 1);
  }
  opts.read_stdin = [r](char* p, size_t n) -> long {
    size_t k = std::min(n, r->stdin_data.size() - r->stdin_at);
    std::memcpy(p, r->stdin_data.data() + r->stdin_at, k);
    r->stdin_at += k;
    return long(k);
  };
  if (network)
    opts.host_fetch = [r](gopark::interp::HostFetchRequest req,
                          gopark::interp::HostFetchDone done) {
      std::lock_guard<std::mutex> l(r->fetch_mu);
      r->fetches.push_back({g_next_fetch_id.fetch_add(1), std::move(req), std::move(done)});
      r->fetches_new.fetch_add(1);
    };
  opts.on_finish = [r] {
    std::lock_guard<std::mutex> l(r->fetch_mu);
    r->fetch_closed = true;
    r->fetches.clear();
    r->fetches_new.store(0);
  };
  r->vm = std::make_unique<VM>(*r->mod, opts);
  auto write = [r](int fd, std::string_view s) { r->out.write(fd, s); };
#ifdef __EMSCRIPTEN_PTHREADS__
  r->thread = std::thread([r, write] {
    r->status = r->vm->run(write);
    r->out.release();
    r->done.store(true);
  });
#else
  r->vm->start(write);
#endif
  return 0;
}

// Single-thread build: runs goroutines for about slice_ms. Threaded build:
// only looks. Returns 0 busy (call again soon), 1 every goroutine waits
// for a timer (call again after gp_next_timer_ms), 2 waiting on the host,
// 3 the run is over (then gp_finish).
EMSCRIPTEN_KEEPALIVE int gp_drive(double slice_ms) {
  Run* r = g_run;
  if (!r || r->done) return 3;
#ifdef __EMSCRIPTEN_PTHREADS__
  (void)slice_ms;
  return 0;
#else
  gopark::rt::DriveResult d = r->vm->drive(int64_t(slice_ms * 1e6));
  switch (d.status) {
    case gopark::rt::DriveStatus::busy:
      return 0;
    case gopark::rt::DriveStatus::timers:
      g_next_timer_ms = double(d.next_timer_ns) / 1e6;
      return 1;
    case gopark::rt::DriveStatus::external:
      return 2;
    case gopark::rt::DriveStatus::exited:
      r->status = d.exit_code;
      r->done = true;
      return 3;
  }
  return 0;
#endif
}

EMSCRIPTEN_KEEPALIVE double gp_next_timer_ms() {
  return g_next_timer_ms;
}

// Everything the program printed since the last call, as records (see
// Outbox); its length through gp_output_len.
EMSCRIPTEN_KEEPALIVE const uint8_t* gp_take_output() {
  g_taken.clear();
  if (g_run) g_run->out.take(&g_taken);
  return reinterpret_cast<const uint8_t*>(g_taken.data());
}

EMSCRIPTEN_KEEPALIVE uint32_t gp_output_len() {
  return uint32_t(g_taken.size());
}

// Asks the run to stop at its goroutines' next safepoint.
EMSCRIPTEN_KEEPALIVE void gp_stop() {
  if (!g_run || !g_run->vm) return;
  g_run->vm->stop();
  g_run->out.release();
}

// The live state (docs/snapshot.md); "" when no run is going.
EMSCRIPTEN_KEEPALIVE const char* gp_snapshot() {
  g_snapshot = g_run && g_run->vm && !g_run->finished ? g_run->vm->live_snapshot() : "";
  return g_snapshot.c_str();
}

// Trace events since the last call: {"dropped":N,"events":[...]}.
EMSCRIPTEN_KEEPALIVE const char* gp_trace() {
  uint64_t dropped = 0;
  std::string evs = g_run && g_run->vm && !g_run->finished ? g_run->vm->live_trace(&dropped) : "[]";
  g_trace = "{\"dropped\":" + std::to_string(dropped) + ",\"events\":" + evs + "}";
  return g_trace.c_str();
}

// net/http requests not yet handed to the runner, as a JSON array of
// {"id", "method", "url", "header" ("Key: value" lines), "body" (base64)};
// "" when there are none (the common case, answered without a lock).
EMSCRIPTEN_KEEPALIVE const char* gp_take_fetches() {
  Run* r = g_run;
  g_text.clear();
  if (!r || r->fetches_new.load() == 0) return "";
  std::lock_guard<std::mutex> l(r->fetch_mu);
  g_text = "[";
  for (PendingFetch& f : r->fetches) {
    if (f.taken) continue;
    f.taken = true;
    r->fetches_new.fetch_sub(1);
    if (g_text.size() > 1) g_text += ',';
    g_text += "{\"id\":" + std::to_string(f.id) + ",\"method\":";
    gopark::rt::json_quote(g_text, f.req.method);
    g_text += ",\"url\":";
    gopark::rt::json_quote(g_text, f.req.url);
    g_text += ",\"header\":";
    gopark::rt::json_quote(g_text, f.req.header);
    g_text += ",\"body\":\"" + base64(f.req.body) + "\"}";
  }
  g_text += "]";
  return g_text.c_str();
}

// The runner's answer to request id (from gp_take_fetches): status and
// its text, the response's headers as "Key: value" lines and its body; or
// error, non-empty when the request failed. An unknown id (the run ended)
// is ignored.
EMSCRIPTEN_KEEPALIVE void gp_fetch_done(double id, int status, const char* status_text,
                                        const char* header, const char* body, int body_len,
                                        const char* error) {
  Run* r = g_run;
  if (!r) return;
  // Under fetch_mu throughout, so the VM cannot finish (on_finish) while
  // the answer readies its goroutine.
  std::lock_guard<std::mutex> l(r->fetch_mu);
  gopark::interp::HostFetchDone done;
  for (size_t i = 0; i < r->fetches.size(); i++) {
    if (r->fetches[i].id != uint64_t(id)) continue;
    done = std::move(r->fetches[i].done);
    r->fetches.erase(r->fetches.begin() + long(i));
    break;
  }
  if (!done || r->fetch_closed) return;
  gopark::interp::HostFetchResult res;
  res.status = status;
  res.status_text = status_text;
  res.header = header;
  res.body.assign(body, size_t(body_len));
  res.error = error;
  done(std::move(res));
}

// After gp_drive said 3: ends the run; returns its exit status.
EMSCRIPTEN_KEEPALIVE int gp_finish() {
  finish_run();
  return g_run ? g_run->status : 0;
}

// After gp_finish: "exit", "panic", "fatal", "deadlock", "stopped", or
// "compile" when it never started.
EMSCRIPTEN_KEEPALIVE const char* gp_exit_reason() {
  if (!g_run || !g_run->vm) return "compile";
  return gopark::rt::exit_reason_name(g_run->vm->exit_reason());
}

// After gp_finish, with final_snapshot: the state at exit.
EMSCRIPTEN_KEEPALIVE const char* gp_final_snapshot() {
  g_text = g_run && g_run->vm ? g_run->vm->final_snapshot() : "";
  return g_text.c_str();
}

// After gp_finish, with trace: events not yet taken by gp_trace.
EMSCRIPTEN_KEEPALIVE const char* gp_final_trace() {
  g_text = g_run && g_run->vm ? g_run->vm->trace_json() : "";
  return g_text.c_str();
}

}  // extern "C"
