// http.cc - net/http's host transport.
//
// A request goes to whoever embeds the VM (VMOptions::host_fetch: the
// runner's fetch() on the wasm builds). The goroutine parks ("IO wait")
// until the host answers; meanwhile the run is waiting on the host, not
// deadlocked (Sched::external_wait_begin). The native command has no
// network: every exchange fails with a message saying so, which Client.Do
// wraps in a url.Error like Go's dial errors.
#include <atomic>
#include <utility>

#include "interp/vm.h"
#include "runtime/sched.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::HostFetchRequest;
using interp::HostFetchResult;
using interp::NativeCall;

namespace {

// One exchange in flight. Two owners: the parked goroutine (until its
// native runs again and copies the result out) and the host's callback
// (until it has readied the goroutine). If the run ends first, the host
// never calls back and the record is not freed: one small leak per
// abandoned request, rather than a callback into a VM that is gone.
struct FetchOp {
  interp::VM* vm = nullptr;
  rt::G* g = nullptr;
  HostFetchRequest req;
  HostFetchResult res;
  std::atomic<int> refs{2};
};

void release(FetchOp* op) {
  if (op->refs.fetch_sub(1) == 1) delete op;
}

// G::unlockf: the goroutine's state is saved, so the host may now answer
// (and ready it) at any moment, from any thread.
bool submit(rt::G* g, void* arg) {
  auto* op = static_cast<FetchOp*>(arg);
  op->vm->options().host_fetch(std::move(op->req), [op](HostFetchResult r) {
    op->res = std::move(r);
    rt::G* g = op->g;
    rt::Sched* s = g->sched;
    // Ready first: with the wait ended before, the run could look
    // deadlocked for a moment.
    s->ready(g);
    s->external_wait_end();
    release(op);
  });
  (void)g;
  return true;
}

// net/http.hostFetch(method, url, header string, body []byte) (status int,
// statusText, respHeader, respBody, err string). Arguments: method R[0..2),
// url R[2..4), header R[4..6), body R[6..9). Results: status R[0],
// statusText R[1..3), respHeader R[3..5), respBody R[5..7), err R[7..9).
bool http_host_fetch(NativeCall& c) {
  rt::G* g = c.g;
  if (g->reentry) {
    // The host answered.
    g->reentry = false;
    auto* op = static_cast<FetchOp*>(g->host_op);
    g->host_op = nullptr;
    HostFetchResult res = std::move(op->res);
    release(op);
    for (int i = 0; i < 9; i++) c.R[i] = 0;
    c.R[0] = uint64_t(int64_t(res.status));
    bool ok = c.new_string(res.status_text, c.R + 1) && c.new_string(res.header, c.R + 3) &&
              c.new_string(res.body, c.R + 5) && c.new_string(res.error, c.R + 7);
    return ok;
  }
  const auto& host = c.vm->options().host_fetch;
  if (!host) {
    for (int i = 0; i < 7; i++) c.R[i] = 0;
    return c.new_string("network access is not available", c.R + 7);
  }
  auto* op = new FetchOp;
  op->vm = c.vm;
  op->g = g;
  op->req.method = std::string(arg_string(c.R + 0));
  op->req.url = std::string(arg_string(c.R + 2));
  op->req.header = std::string(arg_string(c.R + 4));
  if (c.R[7]) op->req.body.assign(reinterpret_cast<const char*>(arg_ptr(c.R[6])), size_t(c.R[7]));
  g->sched->external_wait_begin();
  g->waitreason = rt::WaitReason::io_wait;
  g->wait_kind = rt::ObjKind::none;
  g->wait_obj = nullptr;
  g->host_op = op;
  g->reentry = true;
  g->unlockf = submit;
  g->unlock_arg = op;
  c.park = true;
  return false;
}

}  // namespace

void register_http_natives() {
  interp::register_native("net/http.hostFetch", http_host_fetch);
}

}  // namespace gopark::stdlib
