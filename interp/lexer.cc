// lexer.cc - Go source text to tokens (spec "Lexical elements").
//
// The structure follows Go's own scanner (cmd/compile/internal/syntax), since
// matching its error messages and positions exactly is the point: one
// character of lookahead (ch_), each token kind scanned by a small routine
// that reports problems through Diags and always produces a token, so the
// parser sees a plausible stream after any error.
//
// Automatic semicolons: every token records in semi_ok_ whether a newline
// right after it ends the statement (names, literals, break continue
// fallthrough return, ++ -- ) ] }). While semi_ok_ holds, whitespace skipping
// stops at '\n', which becomes an implicit ';' with lit "newline"; at the
// end of input it is "EOF". A /* */ comment that spans lines counts as a
// newline. Line comments never consume their '\n', so "x // c" still ends
// the statement.
#include "interp/lexer.h"

#include <algorithm>
#include <iterator>

namespace gopark::interp {

namespace {

struct Range {
  uint32_t lo, hi;
};
#include "interp/unicode_tables.inc"

constexpr int32_t kMaxRune = 0x10FFFF;

template <size_t N>
bool in_table(const Range (&t)[N], int32_t r) {
  auto u = static_cast<uint32_t>(r);
  auto it = std::lower_bound(std::begin(t), std::end(t), u,
                             [](const Range& a, uint32_t v) { return a.hi < v; });
  return it != std::end(t) && it->lo <= u;
}

// ASCII is decided inline; the tables only hold code points >= 0x80.
// lower() is only meaningful for ASCII letters (it maps '@' to '`' too),
// and every caller compares its result against a letter.
int32_t lower(int32_t c) {
  return c < 0 ? c : (c | 0x20);
}
bool is_decimal(int32_t c) {
  return c >= '0' && c <= '9';
}
bool is_hex(int32_t c) {
  return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f');
}
bool is_ascii_letter(int32_t c) {
  return (lower(c) >= 'a' && lower(c) <= 'z') || c == '_';
}
bool is_uletter(int32_t c) {
  return c < 0x80 ? is_ascii_letter(c) : in_table(kLetter, c);
}
bool is_udigit(int32_t c) {
  return c < 0x80 ? is_decimal(c) : in_table(kDigit, c);
}
// strconv.IsPrint: whether Go's %q and %#U show the character itself.
bool is_print(int32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7F;
  return c <= kMaxRune && in_table(kPrint, c);
}
bool valid_rune(int64_t r) {
  return r >= 0 && r <= kMaxRune && !(r >= 0xD800 && r < 0xE000);
}

const char* base_name(int base) {
  return base == 2 ? "binary" : base == 8 ? "octal" : base == 10 ? "decimal" : "hexadecimal";
}

// The single-letter escapes \a \b \f \n \r \t \v: kEscLetters[i] stands for
// kEscChars[i].
constexpr std::string_view kEscLetters = "abfnrtv";
constexpr std::string_view kEscChars = "\a\b\f\n\r\t\v";

// UTF-8 encoding; an invalid code point becomes U+FFFD, as Go's string(r).
void append_utf8(std::string& out, int32_t r) {
  if (!valid_rune(r)) r = 0xFFFD;
  auto b = [&](uint32_t v) { out.push_back(static_cast<char>(v)); };
  if (r < 0x80) {
    b(r);
  } else if (r < 0x800) {
    b(0xC0 | (r >> 6)), b(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    b(0xE0 | (r >> 12)), b(0x80 | ((r >> 6) & 0x3F)), b(0x80 | (r & 0x3F));
  } else {
    b(0xF0 | (r >> 18)), b(0x80 | ((r >> 12) & 0x3F)), b(0x80 | ((r >> 6) & 0x3F));
    b(0x80 | (r & 0x3F));
  }
}

// Decodes the UTF-8 sequence at s[i] into *r and returns its width, or 0 if
// it is not valid UTF-8 by Go's rules (utf8.DecodeRune): no overlong forms,
// no surrogates, nothing above U+10FFFF, no truncated sequence.
int decode_utf8(std::string_view s, size_t i, int32_t* r) {
  auto at = [&](size_t k) -> uint32_t { return i + k < s.size() ? uint8_t(s[i + k]) : 0; };
  uint32_t b0 = at(0);
  if (b0 < 0x80) return *r = b0, 1;
  int n;
  uint32_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + n > s.size() || at(1) < lo || at(1) > hi) return 0;
  uint32_t v = b0 & (0x7F >> n);
  for (int k = 1; k < n; k++) {
    if ((at(k) & 0xC0) != 0x80) return 0;
    v = v << 6 | (at(k) & 0x3F);
  }
  *r = static_cast<int32_t>(v);
  return n;
}

std::string hex(uint32_t v, int min_digits, bool upper) {
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string s;
  do s.insert(s.begin(), digits[v & 0xF]), v >>= 4;
  while (v != 0);
  if (static_cast<int>(s.size()) < min_digits) s.insert(0, min_digits - s.size(), '0');
  return s;
}

// Go's %#U: "U+0040 '@'", or just "U+D800" when not printable.
std::string fmt_U(int64_t r) {
  std::string s = "U+" + hex(static_cast<uint32_t>(r), 4, true);
  if (r >= 0 && r <= kMaxRune && is_print(static_cast<int32_t>(r))) {
    s += " '";
    append_utf8(s, static_cast<int32_t>(r));
    s += '\'';
  }
  return s;
}

// Go's %q of a rune (strconv.QuoteRune): 'x', '\'', '\n', '\x01', '\u00a0'.
std::string quote_rune(int32_t r) {
  std::string s = "'";
  if (r == '\'' || r == '\\') {
    s += '\\', s += static_cast<char>(r);
  } else if (valid_rune(r) && is_print(r)) {
    append_utf8(s, r);
  } else if (size_t e = r > 0 && r < ' ' ? kEscChars.find(char(r)) : kEscChars.npos;
             e != kEscChars.npos) {
    s += '\\', s += kEscLetters[e];
  } else if (r >= 0 && (r < ' ' || r == 0x7F)) {
    s += "\\x" + hex(r, 2, false);
  } else {
    if (!valid_rune(r)) r = 0xFFFD;
    s += r < 0x10000 ? "\\u" + hex(r, 4, false) : "\\U" + hex(r, 8, false);
  }
  return s + "'";
}

// Index of the first misplaced '_' in a number literal's text, or -1. A '_'
// must sit between two digits, where a base prefix (0x, 0o, 0b) counts as a
// digit: "0x_1" is fine, "1__0", "1_", "1_.5", "0_x" are not. In hex, a-f
// are digits, so "0x1_e" is fine while "1_e5" is not.
int misplaced_sep(std::string_view x) {
  bool hex_digits = false;
  size_t i = 0;
  enum { kOther, kDigit, kSep } prev = kOther;
  if (x.size() >= 2 && x[0] == '0') {
    char p = static_cast<char>(lower(x[1]));
    if (p == 'x' || p == 'o' || p == 'b') prev = kDigit, i = 2, hex_digits = p == 'x';
  }
  for (; i < x.size(); i++) {
    char c = x[i];
    if (c == '_') {
      if (prev != kDigit) return static_cast<int>(i);
      prev = kSep;
    } else if (is_decimal(c) || (hex_digits && is_hex(c))) {
      prev = kDigit;
    } else {
      if (prev == kSep) return static_cast<int>(i - 1);
      prev = kOther;
    }
  }
  return prev == kSep ? static_cast<int>(x.size() - 1) : -1;
}

// The value of the escape in s at i (just after the backslash), advancing i
// past it. *byte tells a \x or octal escape, which stands for one byte of a
// string rather than a code point.
int32_t escape_value(std::string_view s, size_t& i, bool* byte) {
  *byte = false;
  if (i >= s.size()) return '\\';
  char c = s[i++];
  if (size_t e = kEscLetters.find(c); e != kEscLetters.npos) return kEscChars[e];
  int n = 0, base = 16;
  if (c == 'x') {
    n = 2, *byte = true;
  } else if (c == 'u' || c == 'U') {
    n = c == 'u' ? 4 : 8;
  } else if (c >= '0' && c <= '7') {
    n = 3, base = 8, *byte = true, i--;  // the digit is part of the value
  } else {
    return static_cast<uint8_t>(c);  // \\ \' \" (and anything unvalidated)
  }
  uint32_t v = 0;
  for (; n > 0 && i < s.size() && is_hex(s[i]); n--, i++) {
    int d = is_decimal(s[i]) ? s[i] - '0' : lower(s[i]) - 'a' + 10;
    v = v * base + d;
  }
  return static_cast<int32_t>(v);
}

}  // namespace

Lexer::Lexer(std::string_view src, Diags* diags) : src_(src), diags_(diags) {
  next_ch();  // ch_ is a blank of width 0: this loads the character at 0
}

void Lexer::next_ch() {
  if (ch_ == '\n') line_++, line_start_ = off_ + 1;
  off_ += w_;
  last_end_ = off_;
  while (off_ < src_.size()) {
    auto b = static_cast<uint8_t>(src_[off_]);
    if (b == 0) {
      error_here("invalid NUL character");
      off_++;
      continue;
    }
    if (b < 0x80) {
      ch_ = b, w_ = 1;
      return;
    }
    int32_t r;
    int w = decode_utf8(src_, off_, &r);
    if (w == 0) {
      error_here("invalid UTF-8 encoding");
      off_++;
      continue;
    }
    if (r == 0xFEFF) {  // a BOM is allowed (and ignored) only at the start
      if (off_ > 0) error_here("invalid BOM in the middle of the file");
      off_ += w;
      continue;
    }
    ch_ = r, w_ = w;
    return;
  }
  ch_ = -1, w_ = 0;
}

Pos Lexer::here() const {
  return {line_, static_cast<int32_t>(off_ - line_start_ + 1)};
}

// Position just past the last character stepped over. If that was a '\n',
// line_start_ already moved to last_end_, giving column 1 of the next line.
Pos Lexer::end_pos() const {
  return {line_, static_cast<int32_t>(last_end_ - line_start_ + 1)};
}

void Lexer::error_here(std::string msg) {
  if (diags_) diags_->error(here(), std::move(msg));
}

// Errors that Go places at a byte offset inside the current token (always
// on its first line: only raw strings and comments span lines, and their
// errors are at offset 0).
void Lexer::error_in_tok(int offset, std::string msg) {
  if (diags_) diags_->error({tok_pos_.line, tok_pos_.col + offset}, std::move(msg));
}

// Whether ch_ continues (or, if first, starts) an identifier, for
// characters beyond ASCII. Like Go, any non-ASCII character is taken into
// the identifier so that one stray character yields one error, not a
// cascade: a digit may not come first, and non-letters are reported.
bool Lexer::at_ident_char(bool first) {
  if (is_uletter(ch_)) return true;
  if (is_udigit(ch_)) {
    if (first) error_here("identifier cannot begin with digit " + fmt_U(ch_));
    return true;
  }
  if (ch_ >= 0x80) {
    error_here("invalid character " + fmt_U(ch_) + " in identifier");
    return true;
  }
  return false;
}

Tok Lexer::ident() {
  while (is_ascii_letter(ch_) || is_decimal(ch_) || (ch_ >= 0x80 && at_ident_char(false))) {
    next_ch();
  }
  std::string_view word = src_.substr(tok_off_, last_end_ - tok_off_);
  // Keywords are all lower-case ASCII of 2..11 bytes; tok_text gives their
  // spelling, so token.def stays the only list.
  if (word.size() >= 2 && word.size() <= 11 && word[0] >= 'b' && word[0] <= 'v') {
    for (int k = static_cast<int>(kKeywordFirst); k <= static_cast<int>(Tok::kw_var); k++) {
      auto t = static_cast<Tok>(k);
      if (word == tok_text(t)) {
        semi_ok_ = t == Tok::kw_break || t == Tok::kw_continue || t == Tok::kw_fallthrough ||
                   t == Tok::kw_return;
        return t;
      }
    }
  }
  semi_ok_ = true;
  return Tok::name;
}

// Consumes digits of the base and '_' separators. Returns bit 0 if a digit
// was seen, bit 1 if a '_' was. For base <= 10 any decimal digit is taken
// (so "0128" is one token) and the first one too large for the base is
// remembered in *invalid as an offset into the token, reported later by
// number() only if the literal turns out to be an integer ("08.5" is fine).
int Lexer::digits(int base, int* invalid) {
  int seen = 0;
  if (base <= 10) {
    for (; is_decimal(ch_) || ch_ == '_'; next_ch()) {
      if (ch_ == '_') {
        seen |= 2;
        continue;
      }
      seen |= 1;
      if (ch_ >= '0' + base && invalid && *invalid < 0) *invalid = int(off_ - tok_off_);
    }
  } else {
    for (; is_hex(ch_) || ch_ == '_'; next_ch()) seen |= ch_ == '_' ? 2 : 1;
  }
  return seen;
}

// Integer, floating-point and imaginary literals. seen_point: the caller
// already consumed a '.' that starts the literal (".5"). The order of the
// checks, and reporting only the first problem, follow Go's scanner.
Tok Lexer::number(bool seen_point) {
  bool ok = true;
  Tok kind = Tok::int_lit;
  int base = 10;
  char prefix = 0;  // 0 decimal, '0' legacy octal, 'x', 'o', 'b'
  int seen = 0;     // as digits() returns
  int invalid = -1;

  if (!seen_point) {
    if (ch_ == '0') {
      next_ch();
      switch (lower(ch_)) {
        case 'x':
          next_ch(), base = 16, prefix = 'x';
          break;
        case 'o':
          next_ch(), base = 8, prefix = 'o';
          break;
        case 'b':
          next_ch(), base = 2, prefix = 'b';
          break;
        default:
          base = 8, prefix = '0', seen = 1;  // the 0 itself is a digit
      }
    }
    seen |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error_here(std::string("invalid radix point in ") + base_name(base) + " literal");
        ok = false;
      }
      next_ch();
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = Tok::float_lit;
    seen |= digits(base, &invalid);
  }
  if (!(seen & 1) && ok) {
    error_here(std::string(base_name(base)) + " literal has no digits");
    ok = false;
  }

  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok && e == 'e' && prefix != 0 && prefix != '0') {
      error_here(quote_rune(ch_) + " exponent requires decimal mantissa");
      ok = false;
    } else if (ok && e == 'p' && prefix != 'x') {
      error_here(quote_rune(ch_) + " exponent requires hexadecimal mantissa");
      ok = false;
    }
    next_ch();
    kind = Tok::float_lit;
    if (ch_ == '+' || ch_ == '-') next_ch();
    int exp = digits(10, nullptr);
    seen = exp | (seen & 2);  // keep the separator bit for the check below
    if (!(exp & 1) && ok) {
      error_here("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::float_lit && ok) {
    error_here("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = Tok::imag_lit;
    next_ch();
  }
  semi_ok_ = true;

  std::string_view lit = src_.substr(tok_off_, last_end_ - tok_off_);
  if (kind == Tok::int_lit && invalid >= 0 && ok) {
    error_in_tok(invalid, "invalid digit " + quote_rune(lit[invalid]) + " in " + base_name(base) +
                              " literal");
    ok = false;
  }
  if ((seen & 2) && ok) {
    if (int i = misplaced_sep(lit); i >= 0) error_in_tok(i, "'_' must separate successive digits");
  }
  return kind;
}

// After a backslash in a string or rune literal (quote is its delimiter).
// Returns false if the escape is invalid (reported). At the end of input it
// returns true and leaves the complaint to the caller.
bool Lexer::escape(int32_t quote) {
  if (ch_ == quote || ch_ == '\\' ||
      (ch_ > 0 && ch_ < 0x80 && kEscLetters.find(char(ch_)) != kEscLetters.npos)) {
    next_ch();
    return true;
  }
  int n = 8;
  uint32_t base = 16, max = kMaxRune;
  if (ch_ >= '0' && ch_ <= '7') {
    n = 3, base = 8, max = 255;  // the digit is part of the value: keep it
  } else if (ch_ == 'x' || ch_ == 'u' || ch_ == 'U') {
    if (ch_ == 'x') n = 2, max = 255;
    if (ch_ == 'u') n = 4;
    next_ch();
  } else {
    if (ch_ < 0) return true;
    error_here("unknown escape");  // go/scanner says "unknown escape sequence"
    return false;
  }
  uint32_t x = 0;
  for (; n > 0; n--, next_ch()) {
    if (ch_ < 0) return true;
    uint32_t d = is_decimal(ch_) ? ch_ - '0' : is_hex(ch_) ? lower(ch_) - 'a' + 10 : base;
    if (d >= base) {
      error_here("invalid character " + quote_rune(ch_) + " in " + base_name(base) + " escape");
      return false;
    }
    x = x * base + d;
  }
  if (x > max && base == 8) {
    error_here("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    error_here("escape is invalid Unicode code point " + fmt_U(x));
    return false;
  }
  return true;
}

// "...": stops at a newline (not consumed, so it still ends the statement).
void Lexer::std_string() {
  next_ch();
  for (;;) {
    if (ch_ == '"') {
      next_ch();
      break;
    }
    if (ch_ == '\\') {
      next_ch();
      escape('"');
      continue;
    }
    if (ch_ == '\n') {
      error_here("newline in string");
      break;
    }
    if (ch_ < 0) {
      error_in_tok(0, "string not terminated");  // go/scanner: "string literal not terminated"
      break;
    }
    next_ch();
  }
  semi_ok_ = true;
}

// `...`: anything but a backquote, newlines included. The token text keeps
// any '\r'; unquote_string drops them from the value.
void Lexer::raw_string() {
  next_ch();
  for (;;) {
    if (ch_ == '`') {
      next_ch();
      break;
    }
    if (ch_ < 0) {
      error_in_tok(0, "string not terminated");  // go/scanner: "raw string literal ..."
      break;
    }
    next_ch();
  }
  semi_ok_ = true;
}

// 'x': exactly one character or escape. Only the first problem is reported.
void Lexer::rune() {
  bool ok = true;
  next_ch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok && n == 0) {
        error_here("empty rune literal or unescaped '");
        ok = false;
      } else if (ok && n != 1) {
        error_in_tok(0, "more than one character in rune literal");
        ok = false;
      }
      next_ch();
      break;
    }
    if (ch_ == '\\') {
      next_ch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) error_here("newline in rune literal");
      break;
    }
    if (ch_ < 0) {
      if (ok) error_in_tok(0, "rune literal not terminated");
      break;
    }
    next_ch();
  }
  semi_ok_ = true;
}

// After "/*": up to and including "*/".
void Lexer::skip_comment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      next_ch();
      if (ch_ == '/') {
        next_ch();
        return;
      }
    }
    next_ch();
  }
  error_in_tok(0, "comment not terminated");
}

// Tokens of one character, and the first characters of the others.
constexpr std::string_view kSingle = "()[]{},;~";
constexpr Tok kSingleTok[] = {Tok::lparen, Tok::rparen, Tok::lbrack,    Tok::rbrack, Tok::lbrace,
                              Tok::rbrace, Tok::comma,  Tok::semicolon, Tok::tilde};
constexpr std::string_view kMulti = ":.+-*/%&|^<>=!";

Token Lexer::next() {
  // Whether a newline (or the end) here ends a statement was decided by the
  // previous token; every token below sets it anew (default: no).
  bool nlsemi = semi_ok_;
  semi_ok_ = false;
  Token t;
  auto implicit_semi = [&](const char* why, Pos end) {
    t.kind = Tok::semicolon;
    t.lit = why;
    t.implicit_semi = true;
    t.end = end;
    return t;
  };
  // A binary operator, or its op= form.
  auto assign_op = [&](Tok op, Tok op_assign) {
    if (ch_ != '=') return op;
    next_ch();
    return op_assign;
  };

  for (;;) {  // repeats after comments and invalid characters
    while (ch_ == ' ' || ch_ == '\t' || ch_ == '\r' || (ch_ == '\n' && !nlsemi)) next_ch();
    tok_off_ = off_;
    tok_pos_ = t.pos = here();

    if (is_ascii_letter(ch_) || (ch_ >= 0x80 && at_ident_char(true))) {
      next_ch();
      t.kind = ident();
      break;
    }

    int32_t c = ch_;
    if (c == -1) {
      if (nlsemi) return implicit_semi("EOF", t.pos);
      t.kind = Tok::eof;
      t.end = t.pos;
      return t;
    }
    if (c == '\n') {  // only reached when nlsemi
      next_ch();
      return implicit_semi("newline", {t.pos.line, t.pos.col + 1});
    }
    if (is_decimal(c)) {
      t.kind = number(false);
      break;
    }
    if (c == '"' || c == '`' || c == '\'') {
      c == '"' ? std_string() : c == '`' ? raw_string() : rune();
      t.kind = c == '\'' ? Tok::rune_lit : Tok::string_lit;
      break;
    }
    if (kSingle.find(char(c)) == kSingle.npos && kMulti.find(char(c)) == kMulti.npos) {
      // Go reports the character and goes on as if it were not there,
      // keeping nlsemi: "x @\n" still ends the statement. (Reported before
      // stepping over it, so that errors stay in source order.)
      error_here("invalid character " + fmt_U(c));
      next_ch();
      continue;
    }
    next_ch();  // every remaining case starts by consuming c
    if (size_t i = kSingle.find(char(c)); i != kSingle.npos) {
      t.kind = kSingleTok[i];
      semi_ok_ = t.kind == Tok::rparen || t.kind == Tok::rbrack || t.kind == Tok::rbrace;
      break;
    }
    switch (c) {
      case ':':
        t.kind = assign_op(Tok::colon, Tok::define);
        break;
      case '.':
        if (is_decimal(ch_)) {
          t.kind = number(true);
        } else if (ch_ == '.' && off_ + 1 < src_.size() && src_[off_ + 1] == '.') {
          next_ch(), next_ch();  // ".." alone is two periods
          t.kind = Tok::ellipsis;
        } else {
          t.kind = Tok::period;
        }
        break;
      case '+':
        if (ch_ == '+') {
          next_ch(), t.kind = Tok::inc, semi_ok_ = true;
        } else {
          t.kind = assign_op(Tok::add, Tok::add_assign);
        }
        break;
      case '-':
        if (ch_ == '-') {
          next_ch(), t.kind = Tok::dec, semi_ok_ = true;
        } else {
          t.kind = assign_op(Tok::sub, Tok::sub_assign);
        }
        break;
      case '*':
        t.kind = assign_op(Tok::mul, Tok::mul_assign);
        break;
      case '/':
        if (ch_ == '/') {  // up to the '\n', which stays for nlsemi
          while (ch_ >= 0 && ch_ != '\n') next_ch();
          continue;
        }
        if (ch_ == '*') {
          next_ch();
          skip_comment();
          if (nlsemi && line_ > t.pos.line) return implicit_semi("newline", end_pos());
          continue;
        }
        t.kind = assign_op(Tok::quo, Tok::quo_assign);
        break;
      case '%':
        t.kind = assign_op(Tok::rem, Tok::rem_assign);
        break;
      case '&':
        if (ch_ == '&') {
          next_ch(), t.kind = Tok::land;
        } else if (ch_ == '^') {
          next_ch(), t.kind = assign_op(Tok::and_not, Tok::and_not_assign);
        } else {
          t.kind = assign_op(Tok::and_, Tok::and_assign);
        }
        break;
      case '|':
        if (ch_ == '|') {
          next_ch(), t.kind = Tok::lor;
        } else {
          t.kind = assign_op(Tok::or_, Tok::or_assign);
        }
        break;
      case '^':
        t.kind = assign_op(Tok::xor_, Tok::xor_assign);
        break;
      case '<':
        if (ch_ == '=') {
          next_ch(), t.kind = Tok::leq;
        } else if (ch_ == '<') {
          next_ch(), t.kind = assign_op(Tok::shl, Tok::shl_assign);
        } else if (ch_ == '-') {
          next_ch(), t.kind = Tok::arrow;
        } else {
          t.kind = Tok::lss;
        }
        break;
      case '>':
        if (ch_ == '=') {
          next_ch(), t.kind = Tok::geq;
        } else if (ch_ == '>') {
          next_ch(), t.kind = assign_op(Tok::shr, Tok::shr_assign);
        } else {
          t.kind = Tok::gtr;
        }
        break;
      case '=':
        t.kind = assign_op(Tok::assign, Tok::eql);
        break;
      default:  // '!', the last of kMulti
        t.kind = assign_op(Tok::not_, Tok::neq);
    }
    break;
  }
  t.lit = src_.substr(tok_off_, last_end_ - tok_off_);
  t.end = end_pos();
  return t;
}

std::string unquote_string(std::string_view lit) {
  std::string out;
  if (lit.size() < 2) return out;
  std::string_view s = lit.substr(1, lit.size() - 2);
  if (lit[0] == '`') {
    for (char c : s) {
      if (c != '\r') out += c;
    }
    return out;
  }
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '\\') {
      out += s[i++];
      continue;
    }
    i++;
    bool byte;
    int32_t v = escape_value(s, i, &byte);
    if (byte) {
      out += static_cast<char>(v);
    } else {
      append_utf8(out, v);
    }
  }
  return out;
}

int32_t unquote_rune(std::string_view lit) {
  if (lit.size() < 3) return 0;
  std::string_view s = lit.substr(1, lit.size() - 2);
  if (s[0] == '\\') {
    size_t i = 1;
    bool byte;
    return escape_value(s, i, &byte);
  }
  int32_t r;
  return decode_utf8(s, 0, &r) ? r : 0xFFFD;
}

}  // namespace gopark::interp
