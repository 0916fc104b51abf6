// diag.cc - ordering, filtering and printing of diagnostics the way
// cmd/compile does it (Go 1.19 cmd/compile/internal/base/print.go), so that
// `gopark build` output matches `go build` line for line.
//
// Go's rules, which are subtler than "one error per line":
//  - at report time, a "syntax error: ..." is dropped when the previously
//    accepted syntax error is on the same line (the parser's recovery tends
//    to produce cascades there); any other error is dropped when the
//    previously accepted non-syntax error is on the same line with the same
//    text ("\q\q" says "unknown escape" once). Other errors on one line all
//    survive: `var a int = "x"; var b string = 1` gives two.
//  - the 10th accepted error stops the compiler: what was collected so far
//    is printed, then "file:line:col: too many errors" at that 10th error's
//    position - even when nothing more would have followed.
//  - printing sorts stably by position and drops exact repeats.
#include "interp/diag.h"

#include <algorithm>
#include <string_view>

#include "runtime/json.h"

namespace gopark::interp {

namespace {

bool is_syntax(const std::string& msg) {
  return msg.rfind("syntax error", 0) == 0;
}

// The accepted diagnostics in report order (the first rule above).
std::vector<Diagnostic> accepted(const std::vector<Diagnostic>& all) {
  std::vector<Diagnostic> out;
  int32_t syntax_line = 0, other_line = 0;  // 0: none yet (lines are 1-based)
  const std::string* other_msg = nullptr;
  for (const Diagnostic& d : all) {
    if (is_syntax(d.msg)) {
      if (syntax_line != 0 && syntax_line == d.pos.line) continue;
      syntax_line = d.pos.line;
    } else {
      if (other_msg && other_line == d.pos.line && *other_msg == d.msg) continue;
      other_line = d.pos.line;
      other_msg = &d.msg;
    }
    out.push_back(d);
  }
  return out;
}

// Stable sort by position, then drop entries identical in position and text
// (Go compares the formatted "pos: msg" lines, which amounts to the same).
void sort_dedup(std::vector<Diagnostic>& v) {
  std::stable_sort(v.begin(), v.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return a.pos == b.pos && a.msg == b.msg;
  };
  v.erase(std::unique(v.begin(), v.end(), same), v.end());
}

void append_line(std::string& out, std::string_view file, Pos pos, const std::string& msg) {
  // Go prints no position at all for an unknown one.
  if (pos.valid()) {
    out.append(file);
    out += ':' + std::to_string(pos.line) + ':' + std::to_string(pos.col) + ": ";
  }
  out += msg;
  out += '\n';
}

}  // namespace

std::vector<Diagnostic> Diags::sorted() const {
  std::vector<Diagnostic> v = accepted(list_);
  sort_dedup(v);
  return v;
}

std::string Diags::format(std::string_view file, int max) const {
  std::vector<Diagnostic> v = accepted(list_);
  bool too_many = max > 0 && v.size() >= static_cast<size_t>(max);
  Pos stop;
  if (too_many) {
    stop = v[max - 1].pos;  // cmd/compile stops at the max-th, in report order
    v.resize(max);
  }
  sort_dedup(v);
  std::string out;
  for (const Diagnostic& d : v) append_line(out, file, d.pos, d.msg);
  if (too_many) append_line(out, file, stop, "too many errors");
  return out;
}

std::string Diags::to_json(std::string_view file) const {
  std::string out = "[";
  bool first = true;
  for (const Diagnostic& d : sorted()) {
    if (!first) out += ',';
    first = false;
    Pos end = d.end.valid() ? d.end : d.pos;
    out += "{\"file\":";
    rt::json_quote(out, file);
    out += ",\"line\":" + std::to_string(d.pos.line) + ",\"col\":" + std::to_string(d.pos.col);
    out += ",\"endLine\":" + std::to_string(end.line) + ",\"endCol\":" + std::to_string(end.col);
    out += ",\"message\":";
    rt::json_quote(out, d.msg);
    out += '}';
  }
  out += "]";
  return out;
}

}  // namespace gopark::interp
