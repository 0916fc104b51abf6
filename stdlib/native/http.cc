// http.cc - net/http's host transport. The native build has no network:
// every exchange fails with the message below, which Client.Do wraps in a
// url.Error like Go's dial errors. The browser build replaces hostFetch
// with one over fetch().
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

// net/http.hostFetch(method, url string, header map[string][]string,
// body []byte) (status int, statusText string, respHeader
// map[string][]string, respBody []byte, err string). Results in registers:
// status R[0], statusText R[1..2], respHeader R[3], respBody R[4..6], err
// R[7..8].
bool http_host_fetch(NativeCall& c) {
  for (int i = 0; i < 7; i++) c.R[i] = 0;
  return c.new_string("network access is not available", c.R + 7);
}

}  // namespace

void register_http_natives() {
  interp::register_native("net/http.hostFetch", http_host_fetch);
}

}  // namespace gopark::stdlib
