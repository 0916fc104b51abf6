// strconv.cc - package strconv's parsing and quoting. The Go side
// (stdlib/strconv/) turns the natives' result codes into *NumError values
// and ErrSyntax, so the natives never build Go error values themselves.
#include <cmath>
#include <cstdlib>
#include <string>

#include "interp/value.h"
#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

using interp::NativeCall;

namespace {

// Result codes of the parse natives, as stdlib/strconv/strconv.go reads
// them.
enum Code : uint64_t { kOK = 0, kSyntax = 1, kRange = 2, kBase = 3, kBitSize = 4 };

char lower(char c) {
  return char(c | 0x20);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  char l = lower(c);
  if (l >= 'a' && l <= 'z') return l - 'a' + 10;
  return 99;
}

// Whether the underscores of a number (sign already removed) sit between
// digits, or between a base prefix and a digit, as Go literals allow.
bool underscores_ok(std::string_view s) {
  // prev: '^' at the start, '0' after a digit or base prefix, '_' after
  // an underscore, '!' after anything else.
  char prev = '^';
  size_t i = 0;
  bool hex = false;
  if (s.size() >= 1 && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  if (s.size() >= 2 && s[0] == '0') {
    char l = lower(s[1]);
    if (l == 'b' || l == 'o' || l == 'x') {
      hex = l == 'x';
      i = 2;
      prev = '0';
    }
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      prev = '0';
    } else if (c == '_') {
      if (prev != '0') return false;
      prev = '_';
    } else {
      if (prev == '_') return false;
      prev = '!';
    }
  }
  return prev != '_';
}

// ParseUint's work: the value (saturated on overflow) and a Code.
Code parse_uint(std::string_view s, int64_t base, int64_t bits, uint64_t* out) {
  *out = 0;
  if (s.empty()) return kSyntax;
  std::string_view whole = s;
  bool base0 = base == 0;
  if (base0) {
    base = 10;
    if (s[0] == '0') {
      char l = s.size() >= 3 ? lower(s[1]) : 0;
      if (l == 'b' || l == 'o' || l == 'x') {
        base = l == 'b' ? 2 : l == 'o' ? 8 : 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else if (base < 2 || base > 36) {
    return kBase;
  }
  if (bits == 0) bits = 64;
  if (bits < 0 || bits > 64) return kBitSize;
  uint64_t max = bits == 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1;
  uint64_t v = 0;
  bool underscores = false;
  for (char c : s) {
    if (c == '_' && base0) {
      underscores = true;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return kSyntax;
    // Overflow ends the scan: later bad characters are not reported.
    if (v > (max - uint64_t(d)) / uint64_t(base)) {
      *out = max;
      return kRange;
    }
    v = v * uint64_t(base) + uint64_t(d);
  }
  if (underscores && !underscores_ok(whole)) return kSyntax;
  *out = v;
  return kOK;
}

Code parse_int(std::string_view s, int64_t base, int64_t bits, int64_t* out) {
  *out = 0;
  if (s.empty()) return kSyntax;
  bool neg = false;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  uint64_t u;
  Code code = parse_uint(s, base, bits, &u);
  if (code != kOK && code != kRange) return code;
  if (bits == 0) bits = 64;
  uint64_t cutoff = uint64_t(1) << (bits - 1);
  if (!neg && u >= cutoff) {
    *out = int64_t(cutoff - 1);
    return kRange;
  }
  if (neg && u > cutoff) {
    *out = -int64_t(cutoff - 1) - 1;
    return kRange;
  }
  *out = neg ? int64_t(uint64_t(0) - u) : int64_t(u);
  return kOK;
}

bool equal_fold_ascii(std::string_view a, const char* b) {
  if (a.size() != std::strlen(b)) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (lower(a[i]) != b[i]) return false;
  return true;
}

// ParseFloat's work. Checks Go's float literal syntax (with "inf",
// "infinity" and "nan" in any case), then lets strtod/strtof round.
Code parse_float(std::string_view s, int64_t bits, double* out) {
  *out = 0;
  std::string_view body = s;
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    neg = body[0] == '-';
    body.remove_prefix(1);
  }
  if (equal_fold_ascii(body, "inf") || equal_fold_ascii(body, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return kOK;
  }
  if (equal_fold_ascii(s, "nan")) {
    *out = std::nan("");
    return kOK;
  }
  bool hex = body.size() >= 2 && body[0] == '0' && lower(body[1]) == 'x';
  std::string clean(s.substr(0, s.size() - body.size()));
  size_t i = 0;
  if (hex) {
    clean += "0x";
    i = 2;
  }
  bool digits = false, dot = false, underscores = false;
  for (; i < body.size(); i++) {
    char c = body[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (dot) return kSyntax;
      dot = true;
    } else if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      digits = true;
    } else {
      break;
    }
    clean += c;
  }
  if (!digits) return kSyntax;
  if (i < body.size() && lower(body[i]) == (hex ? 'p' : 'e')) {
    clean += body[i++];
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) clean += body[i++];
    bool exp_digits = false;
    for (; i < body.size(); i++) {
      char c = body[i];
      if (c == '_') {
        underscores = true;
      } else if (c >= '0' && c <= '9') {
        exp_digits = true;
        clean += c;
      } else {
        break;
      }
    }
    if (!exp_digits) return kSyntax;
  } else if (hex) {
    return kSyntax;  // a hexadecimal mantissa needs its p exponent
  }
  if (i != body.size()) return kSyntax;
  if (underscores && !underscores_ok(s)) return kSyntax;
  double v;
  if (bits == 32)
    v = double(std::strtof(clean.c_str(), nullptr));
  else
    v = std::strtod(clean.c_str(), nullptr);
  *out = v;
  return std::isinf(v) ? kRange : kOK;
}

// --- Quoting ---

void append_hex(std::string& out, uint64_t v, int width) {
  static const char* kHex = "0123456789abcdef";
  for (int k = width - 1; k >= 0; k--) out += kHex[(v >> (4 * k)) & 15];
}

void append_rune(std::string& out, int64_t r) {
  uint8_t buf[4];
  size_t k = interp::utf8_encode(buf, r);
  out.append(reinterpret_cast<char*>(buf), k);
}

enum Mode { kPrintable, kASCII, kGraphic };

void append_escaped(std::string& out, int64_t r, char quote, Mode mode) {
  if (r == quote || r == '\\') {
    out += '\\';
    out += char(r);
    return;
  }
  bool literal = mode == kASCII     ? r < 0x80 && unicode_is_print(r)
                 : mode == kGraphic ? unicode_is_graphic(r)
                                    : unicode_is_print(r);
  if (literal) {
    append_rune(out, r);
    return;
  }
  switch (r) {
    case '\a':
      out += "\\a";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\v':
      out += "\\v";
      return;
    default:
      break;
  }
  if (r < ' ' || r == 0x7F) {
    out += "\\x";
    append_hex(out, uint64_t(r), 2);
  } else if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
    out += "\\ufffd";
  } else if (r < 0x10000) {
    out += "\\u";
    append_hex(out, uint64_t(r), 4);
  } else {
    out += "\\U";
    append_hex(out, uint64_t(r), 8);
  }
}

std::string quote(std::string_view s, char q, Mode mode) {
  std::string out(1, q);
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  for (uint64_t i = 0; i < s.size();) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, s.size(), i, &r, &w);
    if (w == 1 && r == 0xFFFD) {
      out += "\\x";
      append_hex(out, p[i], 2);
    } else {
      append_escaped(out, r, q, mode);
    }
    i += w;
  }
  out += q;
  return out;
}

std::string quote_rune(int64_t r, Mode mode) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  std::string out(1, '\'');
  append_escaped(out, r, '\'', mode);
  out += '\'';
  return out;
}

// UnquoteChar: decodes the first character or escape of s. multibyte: the
// value is a rune to encode in UTF-8 (not a single byte).
bool unquote_char(std::string_view s, char q, int64_t* value, bool* multibyte, size_t* used) {
  *multibyte = false;
  if (s.empty()) return false;
  auto c = uint8_t(s[0]);
  if (c == uint8_t(q) && (q == '\'' || q == '"')) return false;
  if (c >= 0x80) {
    uint64_t w;
    interp::utf8_decode(reinterpret_cast<const uint8_t*>(s.data()), s.size(), 0, value, &w);
    *multibyte = true;
    *used = size_t(w);
    return true;
  }
  if (c != '\\') {
    *value = c;
    *used = 1;
    return true;
  }
  if (s.size() <= 1) return false;
  char e = s[1];
  *used = 2;
  switch (e) {
    case 'a':
      *value = '\a';
      return true;
    case 'b':
      *value = '\b';
      return true;
    case 'f':
      *value = '\f';
      return true;
    case 'n':
      *value = '\n';
      return true;
    case 'r':
      *value = '\r';
      return true;
    case 't':
      *value = '\t';
      return true;
    case 'v':
      *value = '\v';
      return true;
    case '\\':
      *value = '\\';
      return true;
    case '\'':
    case '"':
      if (e != q) return false;
      *value = e;
      return true;
    case 'x':
    case 'u':
    case 'U': {
      size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() < 2 + n) return false;
      int64_t v = 0;
      for (size_t k = 0; k < n; k++) {
        int d = digit_value(s[2 + k]);
        if (d >= 16) return false;
        v = v * 16 + d;
      }
      *used = 2 + n;
      if (e != 'x') {
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
        *multibyte = true;
      }
      *value = v;
      return true;
    }
    default:
      if (e < '0' || e > '7') return false;
      if (s.size() < 4) return false;
      int64_t v = 0;
      for (size_t k = 1; k < 4; k++) {
        if (s[k] < '0' || s[k] > '7') return false;
        v = v * 8 + (s[k] - '0');
      }
      if (v > 255) return false;
      *used = 4;
      *value = v;
      return true;
  }
}

bool valid_utf8(std::string_view s) {
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  for (uint64_t i = 0; i < s.size();) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, s.size(), i, &r, &w);
    if (w == 1 && r == 0xFFFD) return false;
    i += w;
  }
  return true;
}

// Unquote's work; false: invalid syntax.
bool unquote(std::string_view s, std::string* out) {
  size_t n = s.size();
  if (n < 2) return false;
  char q = s[0];
  if (q != s[n - 1]) return false;
  std::string_view in = s.substr(1, n - 2);
  if (q == '`') {
    if (in.find('`') != std::string_view::npos) return false;
    out->clear();
    for (char c : in)
      if (c != '\r') *out += c;
    return true;
  }
  if (q != '"' && q != '\'') return false;
  if (in.find('\n') != std::string_view::npos) return false;
  if (in.empty()) {
    out->clear();
    return true;  // Go accepts '' as well as ""
  }
  if (in.find('\\') == std::string_view::npos && in.find(q) == std::string_view::npos) {
    // No escapes: a string stays as it is if it is valid UTF-8, a rune
    // literal must hold exactly one valid rune.
    if (q == '"' && valid_utf8(in)) {
      *out = std::string(in);
      return true;
    }
    if (q == '\'' && !in.empty()) {
      int64_t r;
      uint64_t w;
      interp::utf8_decode(reinterpret_cast<const uint8_t*>(in.data()), in.size(), 0, &r, &w);
      if (w == in.size() && !(r == 0xFFFD && w == 1)) {
        *out = std::string(in);
        return true;
      }
    }
  }
  out->clear();
  while (!in.empty()) {
    int64_t v;
    bool multibyte;
    size_t used;
    if (!unquote_char(in, q, &v, &multibyte, &used)) return false;
    in.remove_prefix(used);
    if (v < 0x80 || !multibyte)
      *out += char(v);
    else
      append_rune(*out, v);
    if (q == '\'') break;
  }
  return q != '\'' || in.empty();
}

// The length of the quoted string at the start of s; 0 if there is none.
size_t quoted_prefix(std::string_view s) {
  if (s.empty()) return 0;
  char q = s[0];
  if (q == '`') {
    size_t end = s.find('`', 1);
    return end == std::string_view::npos ? 0 : end + 1;
  }
  if (q != '"' && q != '\'') return 0;
  std::string_view in = s.substr(1);
  size_t used_total = 1;
  int count = 0;
  while (!in.empty() && in[0] != q) {
    if (in[0] == '\n') return 0;
    int64_t v;
    bool multibyte;
    size_t used;
    if (!unquote_char(in, q, &v, &multibyte, &used)) return 0;
    in.remove_prefix(used);
    used_total += used;
    count++;
    if (q == '\'' && count > 1) return 0;
  }
  if (in.empty()) return 0;
  if (q == '\'' && count > 1) return 0;
  return used_total + 1;
}

// --- Natives ---

std::string_view s0(NativeCall& c) {
  return arg_string(c.R);
}

// parseUint(s string, base, bitSize int) (uint64, int)
bool parse_uint_native(NativeCall& c) {
  uint64_t v;
  Code code = parse_uint(s0(c), int64_t(c.R[2]), int64_t(c.R[3]), &v);
  c.R[0] = v;
  c.R[1] = code;
  return true;
}
// parseInt(s string, base, bitSize int) (int64, int)
bool parse_int_native(NativeCall& c) {
  int64_t v;
  Code code = parse_int(s0(c), int64_t(c.R[2]), int64_t(c.R[3]), &v);
  c.R[0] = uint64_t(v);
  c.R[1] = code;
  return true;
}
// parseFloat(s string, bitSize int) (float64, int)
bool parse_float_native(NativeCall& c) {
  double v;
  Code code = parse_float(s0(c), int64_t(c.R[2]), &v);
  set_float(c.R, v);
  c.R[1] = code;
  return true;
}

bool quote_native(NativeCall& c) {
  return c.new_string(quote(s0(c), '"', kPrintable), c.R);
}
bool quote_ascii(NativeCall& c) {
  return c.new_string(quote(s0(c), '"', kASCII), c.R);
}
bool quote_graphic(NativeCall& c) {
  return c.new_string(quote(s0(c), '"', kGraphic), c.R);
}
int64_t rune0(NativeCall& c) {
  return int64_t(int32_t(uint32_t(c.R[0])));
}
bool quote_rune_native(NativeCall& c) {
  return c.new_string(quote_rune(rune0(c), kPrintable), c.R);
}
bool quote_rune_ascii(NativeCall& c) {
  return c.new_string(quote_rune(rune0(c), kASCII), c.R);
}
bool quote_rune_graphic(NativeCall& c) {
  return c.new_string(quote_rune(rune0(c), kGraphic), c.R);
}

bool can_backquote(NativeCall& c) {
  std::string_view s = s0(c);
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  bool ok = true;
  for (uint64_t i = 0; ok && i < s.size();) {
    int64_t r;
    uint64_t w;
    interp::utf8_decode(p, s.size(), i, &r, &w);
    i += w;
    if (w > 1) {
      ok = r != 0xFEFF;
    } else if (r == 0xFFFD || (r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
      ok = false;
    }
  }
  c.R[0] = ok;
  return true;
}

bool is_print(NativeCall& c) {
  c.R[0] = unicode_is_print(rune0(c));
  return true;
}
bool is_graphic(NativeCall& c) {
  c.R[0] = unicode_is_graphic(rune0(c));
  return true;
}

// unquote(s string) (string, bool)
bool unquote_native(NativeCall& c) {
  std::string out;
  bool ok = unquote(s0(c), &out);
  if (!ok) out.clear();
  if (!c.new_string(out, c.R)) return false;
  c.R[2] = ok;
  return true;
}

// unquoteChar(s string, quote byte) (value rune, multibyte bool, used int):
// used 0 means invalid syntax.
bool unquote_char_native(NativeCall& c) {
  int64_t v = 0;
  bool multibyte = false;
  size_t used = 0;
  if (!unquote_char(s0(c), char(c.R[2]), &v, &multibyte, &used)) {
    v = 0;
    multibyte = false;
    used = 0;
  }
  c.R[0] = uint64_t(v);
  c.R[1] = multibyte;
  c.R[2] = used;
  return true;
}

// quotedPrefixLen(s string) int
bool quoted_prefix_native(NativeCall& c) {
  c.R[0] = quoted_prefix(s0(c));
  return true;
}

}  // namespace

void register_strconv_text_natives() {
  using interp::register_native;
  register_native("strconv.parseUint", parse_uint_native);
  register_native("strconv.parseInt", parse_int_native);
  register_native("strconv.parseFloat", parse_float_native);
  register_native("strconv.Quote", quote_native);
  register_native("strconv.QuoteToASCII", quote_ascii);
  register_native("strconv.QuoteToGraphic", quote_graphic);
  register_native("strconv.QuoteRune", quote_rune_native);
  register_native("strconv.QuoteRuneToASCII", quote_rune_ascii);
  register_native("strconv.QuoteRuneToGraphic", quote_rune_graphic);
  register_native("strconv.CanBackquote", can_backquote);
  register_native("strconv.IsPrint", is_print);
  register_native("strconv.IsGraphic", is_graphic);
  register_native("strconv.unquote", unquote_native);
  register_native("strconv.unquoteChar", unquote_char_native);
  register_native("strconv.quotedPrefixLen", quoted_prefix_native);
}

}  // namespace gopark::stdlib
