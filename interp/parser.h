// parser.h - Go source to syntax tree.
//
// A recursive-descent parser over the Lexer's tokens, following the Go
// specification's grammar (Go 1.22: generics included). Syntax errors are
// worded as Go's compiler (cmd/compile) words them - "syntax error:
// unexpected newline, expected comma or )" - at the same positions, and the
// parser recovers at statement and declaration boundaries so one run
// reports several independent errors.
#pragma once

#include <memory>
#include <string_view>

#include "interp/ast.h"
#include "interp/diag.h"

namespace gopark::interp {

// Parses one source file. Always returns a tree (possibly partial, with
// BadExpr/BadStmt where errors were); errors go to diags. src must outlive
// the result.
std::unique_ptr<Ast> parse_file(std::string_view src, Diags* diags);

}  // namespace gopark::interp
