// diag.h - diagnostics of the front end, in Go's format.
//
// Every stage (lexer, parser, type checker) reports through a Diags, which
// keeps them with positions so the CLI can print "prog.go:12:5: message"
// and the editor can underline [pos, end).
#pragma once

#include <string>
#include <vector>

#include "interp/token.h"

namespace gopark::interp {

struct Diagnostic {
  Pos pos;
  Pos end;  // may equal pos when the extent is unknown
  std::string msg;
};

class Diags {
 public:
  void error(Pos pos, std::string msg) { list_.push_back({pos, pos, std::move(msg)}); }
  void error(Pos pos, Pos end, std::string msg) { list_.push_back({pos, end, std::move(msg)}); }
  const std::vector<Diagnostic>& list() const { return list_; }
  bool empty() const { return list_.empty(); }
  // Filtered and sorted as Go's compiler prints them: at most one syntax
  // error per line and no repeat of the same message on a line (the first
  // reported wins), then sorted by position, stable for equal positions.
  std::vector<Diagnostic> sorted() const;
  // "file:line:col: msg" lines as `go build` prints them: once max errors
  // were reported, the first max and "file:line:col: too many errors" (at
  // the max-th error), as cmd/compile stops there.
  std::string format(std::string_view file, int max = 10) const;
  // The same diagnostics (sorted(), all of them) as a JSON array for the
  // editor: [{"file","line","col","endLine","endCol","message"}].
  std::string to_json(std::string_view file) const;

 private:
  std::vector<Diagnostic> list_;
};

}  // namespace gopark::interp
