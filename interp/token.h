// token.h - tokens and source positions of the Go front end.
#pragma once

#include <cstdint>
#include <string_view>

namespace gopark::interp {

enum class Tok : uint8_t {
#define TOKEN(id, text) id,
#include "interp/token.def"
#undef TOKEN
};

constexpr Tok kKeywordFirst = Tok::kw_break;

// How Go's syntax errors name a token kind ("comma", "}", "name").
const char* tok_text(Tok t);
// The binary operator of an op-assignment: add for add_assign (+=), ...;
// op itself for anything else.
Tok assign_op_base(Tok op);
inline bool is_keyword(Tok t) {
  return t >= kKeywordFirst;
}
inline bool is_literal(Tok t) {
  return t >= Tok::int_lit && t <= Tok::string_lit;
}

// A position in the source: 1-based line, 1-based column counted in bytes
// (as Go's compiler reports them). {0, 0} means unknown.
struct Pos {
  int32_t line = 0;
  int32_t col = 0;
  bool valid() const { return line > 0; }
  friend bool operator==(Pos a, Pos b) { return a.line == b.line && a.col == b.col; }
  friend bool operator<(Pos a, Pos b) {
    return a.line < b.line || (a.line == b.line && a.col < b.col);
  }
};

struct Token {
  Tok kind = Tok::eof;
  Pos pos;  // first byte of the token
  Pos end;  // just past its last byte
  // Source text of names and literals (raw, with quotes and prefixes, as
  // written), and of operators/keywords. For a semicolon the lexer inserted
  // automatically: "newline" or "EOF" - what Go's errors then say
  // ("unexpected newline").
  std::string_view lit;
  bool implicit_semi = false;  // semicolon inserted at a newline or EOF
};

}  // namespace gopark::interp
