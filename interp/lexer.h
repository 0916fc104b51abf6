// lexer.h - Go source to tokens, with automatic semicolons.
//
// Follows the Go specification's lexical rules: UTF-8 source, line and
// general comments (skipped; a general comment containing a newline counts
// as a newline for semicolon insertion), identifiers with Unicode letters,
// all integer forms (decimal, 0b, 0o, 0 octal, 0x, with '_' separators),
// decimal and hexadecimal floats, imaginary literals, rune and string
// literals with every escape, raw strings (carriage returns removed).
// A semicolon is inserted at a newline or EOF after a name, a literal, one
// of the keywords break continue fallthrough return, or ++ -- ) ] }.
// Errors use the Go compiler's wording and do not stop the lexer.
#pragma once

#include <string>
#include <string_view>

#include "interp/diag.h"
#include "interp/token.h"

namespace gopark::interp {

class Lexer {
 public:
  // src must outlive the lexer and every Token it returns.
  Lexer(std::string_view src, Diags* diags);
  // The next token; Tok::eof forever at the end.
  Token next();

 private:
  std::string_view src_;
  Diags* diags_;
  size_t off_ = 0;  // offset of ch_
  int32_t line_ = 1;
  size_t line_start_ = 0;
  bool semi_ok_ = false;  // a newline here would insert a semicolon

  // One character of lookahead, as in Go's own scanner: ch_ is the code
  // point at off_ (w_ bytes wide), -1 at the end. next_ch() steps over it
  // and silently drops what Go's source reader drops (reporting it): NUL,
  // invalid UTF-8, a BOM. last_end_ is just past the last character
  // stepped over, so a token's text never includes dropped bytes after it.
  int32_t ch_ = ' ';
  int w_ = 0;
  size_t last_end_ = 0;
  size_t tok_off_ = 0;  // start of the token being scanned
  Pos tok_pos_;

  void next_ch();
  Pos here() const;
  Pos end_pos() const;
  void error_here(std::string msg);
  void error_in_tok(int offset, std::string msg);
  bool at_ident_char(bool first);
  Tok ident();
  Tok number(bool seen_point);
  int digits(int base, int* invalid);
  void std_string();
  void raw_string();
  void rune();
  bool escape(int32_t quote);
  void skip_comment();
};

// Decoders for literal text, shared with the type checker's constant
// evaluation. They assume the lexer already validated the literal.
// Unquotes a string literal ("..." or `...`) into UTF-8 bytes.
std::string unquote_string(std::string_view lit);
// The code point of a rune literal ('a', '\n', '\u00e9', '\377' ...).
int32_t unquote_rune(std::string_view lit);

}  // namespace gopark::interp
