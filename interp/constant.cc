// constant.cc - Go constant values (see constant.h for the policy).
//
// Everything numeric is a fraction: an integer is n/1, a float num/den in
// lowest terms, a complex two of them. Converting int -> float -> complex
// therefore only changes the kind, and every operation is exact rational
// arithmetic followed by normalize(), which reduces the fraction and
// applies the size policy. The one approximate step is round_ratio(): the
// correctly rounded binary form of a fraction, used for the 512-bit
// fallback, for float32/float64 representability and for the accessors.
#include "interp/constant.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "interp/lexer.h"

namespace gopark::interp {

struct ValueAccess {
  static Value make(ValueKind k, Rat re, Rat im = {}) {
    Value v;
    v.kind_ = k;
    v.re_ = std::move(re);
    v.im_ = std::move(im);
    return v;
  }
  static Value with_kind(const Value& x, ValueKind k) {
    Value v = x;
    v.kind_ = k;
    return v;
  }
};

namespace {

using VK = ValueKind;

// ---- binary rounding ----------------------------------------------------

// Rounds a/den (a > 0, den > 0) to at most p significant bits, to nearest
// with ties to even: the result is *m * 2^*e. With min_lsb, no bit below
// 2^min_lsb is kept (IEEE subnormals: the precision shrinks instead of the
// exponent going lower), so tiny values round to 0.
//
// Method: scale so the integer quotient q = floor(a * 2^s / den) has p+2 or
// p+3 bits, remember whether the division was inexact (sticky), then drop
// the low bits of q, rounding on the highest dropped bit and, on a tie,
// on the sticky bits below it.
void round_ratio(const BigInt& a, const BigInt& den, unsigned p, std::optional<int64_t> min_lsb,
                 BigInt* m, int64_t* e) {
  int64_t s = int64_t{p} + 2 - (int64_t{a.bit_len()} - int64_t{den.bit_len()});
  BigInt q, r;
  if (s >= 0) {
    BigInt::divmod(a << static_cast<unsigned>(s), den, &q, &r);
  } else {
    BigInt::divmod(a, den << static_cast<unsigned>(-s), &q, &r);
  }
  bool sticky = !r.is_zero();
  int64_t drop = int64_t{q.bit_len()} - p;  // >= 2
  int64_t lsb = drop - s;
  if (min_lsb && lsb < *min_lsb) {
    drop += *min_lsb - lsb;
    lsb = *min_lsb;
  }
  *e = lsb;
  if (drop > int64_t{q.bit_len()}) {  // q < 2^(drop-1): below half the lsb
    *m = BigInt();
    return;
  }
  auto d = static_cast<unsigned>(drop);
  *m = q >> d;
  bool half = q.mag_bit(d - 1);
  bool below = sticky || q.trailing_zeros() < d - 1;
  if (half && (below || m->is_odd())) *m = *m + BigInt(1);
}

// IEEE binary formats: significand bits, lowest lsb exponent (subnormal),
// and the exclusive bound 2^max_exp on magnitudes.
struct Format {
  unsigned p;
  int64_t min_lsb;
  int64_t max_exp;
};
constexpr Format kF64{53, -1074, 1024};
constexpr Format kF32{24, -149, 128};

// r correctly rounded to f, as a double (exact for float32 values too);
// +-inf when it rounds to 2^max_exp or beyond.
double round_to(const Rat& r, Format f) {
  if (r.num.is_zero()) return 0;
  BigInt m;
  int64_t e;
  round_ratio(r.num.abs(), r.den, f.p, f.min_lsb, &m, &e);
  double d;
  if (!m.is_zero() && int64_t{m.bit_len()} + e > f.max_exp) {
    d = HUGE_VAL;
  } else {
    d = std::ldexp(m.to_double(), static_cast<int>(e));  // m < 2^54: exact
  }
  return r.num.is_neg() ? -d : d;
}

// ---- fractions ----------------------------------------------------------

bool is_pow2(const BigInt& x) {
  return x.trailing_zeros() + 1 == x.bit_len();
}

// Brings r to lowest terms with den > 0 and applies the size policy;
// false if the magnitude is out of range (see constant.h).
bool normalize(Rat& r) {
  if (r.den.is_neg()) {
    r.num = -r.num;
    r.den = -r.den;
  }
  if (r.num.is_zero()) {
    r.den = BigInt(1);
    return true;
  }
  // Cheap range check first, so absurd values never reach the gcd.
  int64_t mag = int64_t{r.num.bit_len()} - int64_t{r.den.bit_len()};
  if (mag > kMaxExp + 1 || mag < -kMaxExp - 1) return false;
  // Common factors of two first: rounded values are m * 2^e, whose
  // fraction then needs no gcd at all.
  unsigned tz = std::min(r.num.trailing_zeros(), r.den.trailing_zeros());
  if (tz) {
    r.num = r.num >> tz;  // exact, so flooring does not matter
    r.den = r.den >> tz;
  }
  if (r.den != BigInt(1) && !(is_pow2(r.den) && r.num.is_odd())) {
    BigInt g = BigInt::gcd(r.num, r.den);
    if (g != BigInt(1)) {
      r.num = r.num / g;
      r.den = r.den / g;
    }
  }
  if (r.num.bit_len() > kExactBits || r.den.bit_len() > kExactBits) {
    BigInt m;
    int64_t e;
    round_ratio(r.num.abs(), r.den, kMantBits, std::nullopt, &m, &e);
    unsigned mz = m.trailing_zeros();
    m = m >> mz;
    e += mz;
    if (r.num.is_neg()) m = -m;
    if (e >= 0) {
      if (e > kMaxExp) return false;
      r.num = m << static_cast<unsigned>(e);
      r.den = BigInt(1);
    } else {
      if (-e > kMaxExp + int64_t{kMantBits}) return false;
      r.num = m;
      r.den = BigInt::pow2(static_cast<unsigned>(-e));
    }
  }
  mag = int64_t{r.num.bit_len()} - int64_t{r.den.bit_len()};
  return mag < kMaxExp && mag > -kMaxExp;
}

Rat rat_add(const Rat& a, const Rat& b) {
  if (a.den == b.den) return {a.num + b.num, a.den};
  return {a.num * b.den + b.num * a.den, a.den * b.den};
}
Rat rat_neg(const Rat& a) {
  return {-a.num, a.den};
}
Rat rat_sub(const Rat& a, const Rat& b) {
  return rat_add(a, rat_neg(b));
}
Rat rat_mul(const Rat& a, const Rat& b) {
  return {a.num * b.num, a.den * b.den};
}
Rat rat_div(const Rat& a, const Rat& b) {
  return {a.num * b.den, a.den * b.num};
}
int rat_cmp(const Rat& a, const Rat& b) {
  if (a.den == b.den) return BigInt::compare(a.num, b.num);
  return BigInt::compare(a.num * b.den, b.num * a.den);
}
bool rat_is_int(const Rat& a) {
  return a.den == BigInt(1);
}

BigInt pow10(unsigned n) {
  BigInt result(1), base(10);
  for (; n; n >>= 1) {
    if (n & 1) result = result * base;
    if (n > 1) base = base * base;
  }
  return result;
}

ConstResult error(ConstError e) {
  return {Value(), e};
}
ConstResult ok(Value v) {
  return {std::move(v), ConstError::none};
}

// A float or complex result from fractions, or overflow.
ConstResult make_num(VK k, Rat re, Rat im = {}) {
  if (!normalize(re) || !normalize(im)) return error(ConstError::overflow);
  return ok(ValueAccess::make(k, std::move(re), std::move(im)));
}

// ---- literals -----------------------------------------------------------

std::optional<BigInt> parse_int_lit(std::string_view s) {
  if (s.size() > 1 && s[0] == '0') {
    switch (s[1]) {
      case 'x':
      case 'X':
        return BigInt::parse(s.substr(2), 16);
      case 'b':
      case 'B':
        return BigInt::parse(s.substr(2), 2);
      case 'o':
      case 'O':
        return BigInt::parse(s.substr(2), 8);
      default:
        return BigInt::parse(s.substr(1), 8);  // 0755, 0_7
    }
  }
  return BigInt::parse(s, 10);
}

// Decimal ("1_000.5", ".5e-3", "1e100") or hexadecimal ("0x1.8p-2") float
// text: mantissa digits M with f fraction digits and exponent x give
// M * 10^(x-f), or M * 2^(x-4f) for hex.
std::optional<Rat> parse_float_lit(std::string_view s) {
  bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  size_t i = hex ? 2 : 0;
  std::string mant;
  int64_t frac = 0;
  bool dot = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') continue;
    if (c == '.') {
      dot = true;
      continue;
    }
    if (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E')) break;
    mant += c;
    if (dot) frac++;
  }
  int64_t exp = 0;
  if (i < s.size()) {
    i++;
    bool neg = i < s.size() && s[i] == '-';
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) i++;
    bool any = false;
    for (; i < s.size(); i++) {
      if (s[i] == '_') continue;
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      exp = std::min<int64_t>(exp * 10 + (s[i] - '0'), int64_t{1} << 40);  // saturate
      any = true;
    }
    if (!any) return std::nullopt;
    if (neg) exp = -exp;
  }
  std::optional<BigInt> m = BigInt::parse(mant, hex ? 16 : 10);
  if (!m) return std::nullopt;
  Rat r;
  if (m->is_zero()) return r;
  // Range check before building 10^k: log2(10) < 3.33.
  int64_t k = exp - (hex ? 4 * frac : frac);
  int64_t approx = int64_t{m->bit_len()} + (hex ? k : k * 3322 / 1000);
  if (approx > kMaxExp + 64 || approx < -kMaxExp - 64) return std::nullopt;
  BigInt scale = hex ? BigInt::pow2(static_cast<unsigned>(std::abs(k)))
                     : pow10(static_cast<unsigned>(std::abs(k)));
  if (k >= 0) {
    r.num = *m * scale;
  } else {
    r.num = std::move(*m);
    r.den = std::move(scale);
  }
  if (!normalize(r)) return std::nullopt;
  return r;
}

bool is_float_text(std::string_view s) {
  bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  return s.find_first_of(hex ? ".pP" : ".eE") != std::string_view::npos;
}

// ---- printing -----------------------------------------------------------

std::string printf_g6(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

// go/constant's float String: %.6g of the float64 value when the value is
// inside float64's range (not rounding to 0 or inf), else "M.MMMMMe+D"
// with a decimal exponent computed here exactly.
std::string format_float(const Rat& r) {
  if (r.num.is_zero()) return "0";
  double d = round_to(r, kF64);
  if (d != 0 && std::isfinite(d)) return printf_g6(d);
  // |r| = m * 10^e with 1 <= m < 10: estimate e from the bit lengths
  // (log10(2) ~ 0.30103), then correct by comparing exactly.
  Rat a{r.num.abs(), r.den};
  int64_t bits = int64_t{a.num.bit_len()} - int64_t{a.den.bit_len()};
  int64_t e = static_cast<int64_t>(std::floor(static_cast<double>(bits) * 0.30102999566398120));
  Rat m = a;
  if (e >= 0) {
    m.den = m.den * pow10(static_cast<unsigned>(e));
  } else {
    m.num = m.num * pow10(static_cast<unsigned>(-e));
  }
  while (BigInt::compare(m.num, m.den * BigInt(10)) >= 0) {
    m.den = m.den * BigInt(10);
    e++;
  }
  while (BigInt::compare(m.num, m.den) < 0) {
    m.num = m.num * BigInt(10);
    e--;
  }
  std::string s = printf_g6(round_to(m, kF64));
  if (s == "10") {  // 9.9999996 rounds up to the next decade
    s = "1";
    e++;
  }
  return (r.num.is_neg() ? "-" : "") + s + "e" + (e >= 0 ? "+" : "-") + std::to_string(std::abs(e));
}

// Decodes one UTF-8 sequence at s[i]; false (and r = the byte) if invalid.
bool decode_utf8(std::string_view s, size_t i, int32_t* r, size_t* n) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  *r = c;
  *n = 1;
  if (c < 0x80) return true;
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len == 0 || len > 4 || i + len > s.size()) return false;
  int32_t v = c & (0x7F >> len);
  for (int k = 1; k < len; k++) {
    if ((b(k) & 0xC0) != 0x80) return false;
    v = (v << 6) | (b(k) & 0x3F);
  }
  static constexpr int32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < kMin[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
  *r = v;
  *n = static_cast<size_t>(len);
  return true;
}

// Go's strconv.IsPrint, approximated: ASCII graphic characters and space;
// above ASCII everything except controls, the format characters and
// spaces that are neither letters nor symbols, and private use.
bool is_print(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  if (r < 0xA0 || r == 0xA0 || r == 0xAD) return false;
  if (r == 0x1680 || (r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F)) return false;
  if ((r >= 0x205F && r <= 0x206F) || r == 0x3000 || r == 0xFEFF) return false;
  if ((r >= 0xE000 && r <= 0xF8FF) || (r >= 0xFFF9 && r <= 0xFFFB) || r >= 0xF0000) return false;
  return true;
}

void append_utf8(std::string& out, int32_t r) {
  auto u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    out += static_cast<char>(u);
  } else if (u < 0x800) {
    out += static_cast<char>(0xC0 | (u >> 6));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    out += static_cast<char>(0xE0 | (u >> 12));
    out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (u >> 18));
    out += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  }
}

}  // namespace

std::string quote_string(std::string_view s, size_t max_runes) {
  std::string out = "\"";
  size_t runes = 1;
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    int32_t r;
    size_t n;
    bool valid = decode_utf8(s, i, &r, &n);
    size_t before = out.size();
    if (!valid) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
      out += buf;
    } else if (r == '"' || r == '\\') {
      out += '\\';
      out += static_cast<char>(r);
    } else if (is_print(r)) {
      out.append(s.substr(i, n));
    } else {
      switch (r) {
        case '\a':
          out += "\\a";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\v':
          out += "\\v";
          break;
        default:
          if (r < ' ' || r == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
          } else if (r < 0x10000) {
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
          } else {
            std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
          }
          out += buf;
      }
    }
    // Escapes are ASCII, one rune per byte; a printed rune is one rune.
    runes += valid && is_print(r) && r >= 0x80 ? 1 : out.size() - before;
    i += n;
  }
  out += '"';
  runes++;
  if (max_runes == 0 || runes <= max_runes) return out;
  size_t i = 0;
  for (size_t k = 0; k + 3 < max_runes; k++) {
    int32_t r;
    size_t n;
    decode_utf8(out, i, &r, &n);
    i += n;
  }
  return out.substr(0, i) + "...";
}

const char* const_error_name(ConstError e) {
  switch (e) {
    case ConstError::none:
      return "none";
    case ConstError::division_by_zero:
      return "division by zero";
    case ConstError::overflow:
      return "constant overflow";
    case ConstError::malformed:
      return "malformed constant";
    case ConstError::truncated:
      return "truncated";
    case ConstError::overflows:
      return "overflows";
    case ConstError::not_representable:
      return "not representable";
    case ConstError::negative_shift_count:
      return "negative shift count";
    case ConstError::invalid_shift_count:
      return "invalid shift count";
    case ConstError::shift_count_not_int:
      return "shift count must be integer";
    case ConstError::shifted_not_int:
      return "shifted operand must be integer";
    case ConstError::invalid_operation:
      return "invalid operation";
  }
  return "?";
}

// ---- Value --------------------------------------------------------------

Value Value::make_bool(bool b) {
  Value v;
  v.kind_ = VK::boolean;
  v.b_ = b;
  return v;
}

Value Value::make_string(std::string s) {
  Value v;
  v.kind_ = VK::string;
  v.s_ = std::move(s);
  return v;
}

Value Value::make_int(BigInt i) {
  return ValueAccess::make(VK::integer, {std::move(i), BigInt(1)});
}

Value Value::make_double(double d) {
  // d = mantissa * 2^exp exactly, with a 53-bit integer mantissa.
  int exp;
  double frac = std::frexp(d, &exp);
  auto mant = static_cast<int64_t>(std::ldexp(frac, 53));
  exp -= 53;
  Rat r{BigInt(mant), BigInt(1)};
  if (exp > 0) {
    r.num = r.num << static_cast<unsigned>(exp);
  } else {
    r.den = BigInt::pow2(static_cast<unsigned>(-exp));
  }
  normalize(r);
  return ValueAccess::make(VK::floating, std::move(r));
}

Value Value::make_ratio(BigInt num, BigInt den) {
  if (den.is_zero()) return Value();
  return make_num(VK::floating, {std::move(num), std::move(den)}).val;
}

Value Value::make_complex(const Value& re, const Value& im) {
  if (!re.is_numeric() || !im.is_numeric()) return Value();
  if (re.kind_ == VK::complex || im.kind_ == VK::complex) return Value();
  return ValueAccess::make(VK::complex, re.re_, im.re_);
}

bool Value::is_integral() const {
  return is_numeric() && rat_is_int(re_) && im_.num.is_zero();
}

int Value::sign() const {
  if (kind_ == VK::complex) return re_.num.is_zero() && im_.num.is_zero() ? 0 : 1;
  return is_numeric() ? re_.num.sign() : 0;
}

std::optional<int64_t> Value::to_int64() const {
  if (!is_integral() || !re_.num.fits_i64()) return std::nullopt;
  return re_.num.to_i64();
}

std::optional<uint64_t> Value::to_uint64() const {
  if (!is_integral() || !re_.num.fits_u64()) return std::nullopt;
  return re_.num.to_u64();
}

double Value::to_double() const {
  return round_to(re_, kF64);
}
float Value::to_float() const {
  return static_cast<float>(round_to(re_, kF32));
}
std::complex<double> Value::to_complex128() const {
  return {round_to(re_, kF64), round_to(im_, kF64)};
}

std::string Value::to_string() const {
  switch (kind_) {
    case VK::unknown:
      return "unknown";
    case VK::boolean:
      return b_ ? "true" : "false";
    case VK::string:
      return quote_string(s_, 72);  // go/constant's cut: 69 runes and "..."
    case VK::integer:
      return re_.num.to_string();
    case VK::floating:
      return format_float(re_);
    case VK::complex:
      return "(" + format_float(re_) + " + " + format_float(im_) + "i)";
  }
  return "unknown";
}

// ---- operations ---------------------------------------------------------

ConstResult make_from_literal(Tok kind, std::string_view lit) {
  switch (kind) {
    case Tok::int_lit: {
      std::optional<BigInt> i = parse_int_lit(lit);
      if (!i) return error(ConstError::malformed);
      return ok(Value::make_int(std::move(*i)));
    }
    case Tok::float_lit: {
      std::optional<Rat> r = parse_float_lit(lit);
      if (!r) return error(ConstError::malformed);
      return ok(ValueAccess::make(VK::floating, std::move(*r)));
    }
    case Tok::imag_lit: {
      if (lit.empty() || lit.back() != 'i') return error(ConstError::malformed);
      std::string_view body = lit.substr(0, lit.size() - 1);
      // Spec: "for backward-compatibility, an imaginary literal's integer
      // part consisting entirely of decimal digits (and possibly
      // underscores) is considered a decimal integer", so 0123i is 123i.
      Rat im;
      if (body.find_first_not_of("0123456789_") == std::string_view::npos) {
        std::optional<BigInt> i = BigInt::parse(body, 10);
        if (!i) return error(ConstError::malformed);
        im.num = std::move(*i);
      } else if (!is_float_text(body)) {
        std::optional<BigInt> i = parse_int_lit(body);
        if (!i) return error(ConstError::malformed);
        im.num = std::move(*i);
      } else {
        std::optional<Rat> r = parse_float_lit(body);
        if (!r) return error(ConstError::malformed);
        im = std::move(*r);
      }
      return ok(ValueAccess::make(VK::complex, Rat{}, std::move(im)));
    }
    case Tok::rune_lit:
      return ok(Value::make_int64(unquote_rune(lit)));
    case Tok::string_lit:
      return ok(Value::make_string(unquote_string(lit)));
    default:
      return error(ConstError::malformed);
  }
}

ConstResult unary_op(Tok op, const Value& x, unsigned uint_bits) {
  if (x.is_unknown()) return ok(x);
  switch (op) {
    case Tok::add:
      if (x.is_numeric()) return ok(x);
      break;
    case Tok::sub:
      if (x.is_numeric())
        return ok(ValueAccess::make(x.kind(), rat_neg(x.real()), rat_neg(x.imag())));
      break;
    case Tok::xor_:
      if (x.kind() == VK::integer) {
        BigInt r = ~x.int_val();
        // Unsigned: complement within the type's bits, 2^n - 1 - x.
        if (uint_bits) r = r & (BigInt::pow2(uint_bits) - BigInt(1));
        return ok(Value::make_int(std::move(r)));
      }
      break;
    case Tok::not_:
      if (x.kind() == VK::boolean) return ok(Value::make_bool(!x.bool_val()));
      break;
    default:
      break;
  }
  return error(ConstError::invalid_operation);
}

ConstResult binary_op(const Value& x, Tok op, const Value& y) {
  if (x.is_unknown() || y.is_unknown()) return ok(Value());
  if (x.kind() == VK::boolean && y.kind() == VK::boolean) {
    if (op == Tok::land) return ok(Value::make_bool(x.bool_val() && y.bool_val()));
    if (op == Tok::lor) return ok(Value::make_bool(x.bool_val() || y.bool_val()));
    return error(ConstError::invalid_operation);
  }
  if (x.kind() == VK::string && y.kind() == VK::string && op == Tok::add) {
    return ok(Value::make_string(x.string_val() + y.string_val()));
  }
  if (!x.is_numeric() || !y.is_numeric()) return error(ConstError::invalid_operation);
  VK k = std::max(x.kind(), y.kind());
  const Rat &a = x.real(), &b = y.real();
  if (k == VK::integer) {
    const BigInt &i = a.num, &j = b.num;
    switch (op) {
      case Tok::add:
        return ok(Value::make_int(i + j));
      case Tok::sub:
        return ok(Value::make_int(i - j));
      case Tok::mul:
        return ok(Value::make_int(i * j));
      case Tok::quo:
        if (j.is_zero()) return error(ConstError::division_by_zero);
        return ok(Value::make_int(i / j));
      case Tok::rem:
        if (j.is_zero()) return error(ConstError::division_by_zero);
        return ok(Value::make_int(i % j));
      case Tok::and_:
        return ok(Value::make_int(i & j));
      case Tok::or_:
        return ok(Value::make_int(i | j));
      case Tok::xor_:
        return ok(Value::make_int(i ^ j));
      case Tok::and_not:
        return ok(Value::make_int(and_not(i, j)));
      default:
        return error(ConstError::invalid_operation);
    }
  }
  if (k == VK::floating) {
    switch (op) {
      case Tok::add:
        return make_num(k, rat_add(a, b));
      case Tok::sub:
        return make_num(k, rat_sub(a, b));
      case Tok::mul:
        return make_num(k, rat_mul(a, b));
      case Tok::quo:
        if (b.num.is_zero()) return error(ConstError::division_by_zero);
        return make_num(k, rat_div(a, b));
      default:
        return error(ConstError::invalid_operation);
    }
  }
  // Complex: (a + bi) op (c + di) on the parts.
  const Rat &c = b, &ai = x.imag(), &d = y.imag();
  switch (op) {
    case Tok::add:
      return make_num(k, rat_add(a, c), rat_add(ai, d));
    case Tok::sub:
      return make_num(k, rat_sub(a, c), rat_sub(ai, d));
    case Tok::mul:
      return make_num(k, rat_sub(rat_mul(a, c), rat_mul(ai, d)),
                      rat_add(rat_mul(a, d), rat_mul(ai, c)));
    case Tok::quo: {
      // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c^2+d^2)
      Rat n = rat_add(rat_mul(c, c), rat_mul(d, d));
      if (n.num.is_zero()) return error(ConstError::division_by_zero);
      return make_num(k, rat_div(rat_add(rat_mul(a, c), rat_mul(ai, d)), n),
                      rat_div(rat_sub(rat_mul(ai, c), rat_mul(a, d)), n));
    }
    default:
      return error(ConstError::invalid_operation);
  }
}

ConstResult shift(const Value& x, Tok op, const Value& count) {
  if (x.is_unknown() || count.is_unknown()) return ok(Value());
  if (!x.is_integral()) return error(ConstError::shifted_not_int);
  if (!count.is_integral()) return error(ConstError::shift_count_not_int);
  const BigInt& n = count.int_val();
  if (n.is_neg()) return error(ConstError::negative_shift_count);
  if (n > BigInt(kMaxShift)) return error(ConstError::invalid_shift_count);
  auto s = static_cast<unsigned>(n.to_u64());
  if (op == Tok::shl) return ok(Value::make_int(x.int_val() << s));
  if (op == Tok::shr) return ok(Value::make_int(x.int_val() >> s));
  return error(ConstError::invalid_operation);
}

ConstResult compare(const Value& x, Tok op, const Value& y) {
  if (x.is_unknown() || y.is_unknown()) return ok(Value());
  int c;
  bool ordered = true;
  if (x.kind() == VK::boolean && y.kind() == VK::boolean) {
    c = x.bool_val() == y.bool_val() ? 0 : 1;
    ordered = false;
  } else if (x.kind() == VK::string && y.kind() == VK::string) {
    c = x.string_val().compare(y.string_val());
    c = c < 0 ? -1 : c > 0;
  } else if (x.is_numeric() && y.is_numeric()) {
    if (x.kind() == VK::complex || y.kind() == VK::complex) {
      ordered = false;
      c = rat_cmp(x.real(), y.real()) == 0 && rat_cmp(x.imag(), y.imag()) == 0 ? 0 : 1;
    } else {
      c = rat_cmp(x.real(), y.real());
    }
  } else {
    return error(ConstError::invalid_operation);
  }
  switch (op) {
    case Tok::eql:
      return ok(Value::make_bool(c == 0));
    case Tok::neq:
      return ok(Value::make_bool(c != 0));
    default:
      break;
  }
  if (!ordered) return error(ConstError::invalid_operation);
  switch (op) {
    case Tok::lss:
      return ok(Value::make_bool(c < 0));
    case Tok::leq:
      return ok(Value::make_bool(c <= 0));
    case Tok::gtr:
      return ok(Value::make_bool(c > 0));
    case Tok::geq:
      return ok(Value::make_bool(c >= 0));
    default:
      return error(ConstError::invalid_operation);
  }
}

ConstResult to_int(const Value& x) {
  if (x.is_unknown()) return ok(x);
  if (!x.is_numeric()) return error(ConstError::not_representable);
  if (!x.is_integral()) return error(ConstError::truncated);
  return ok(Value::make_int(x.real().num));
}

Value to_float(const Value& x) {
  if (!x.is_numeric() || !x.imag().num.is_zero()) return Value();
  return ValueAccess::make(VK::floating, x.real());
}

Value to_complex(const Value& x) {
  if (!x.is_numeric()) return Value();
  return ValueAccess::with_kind(x, VK::complex);
}

Value int_to_string(const Value& x) {
  std::string s;
  std::optional<int64_t> r = x.kind() == VK::integer ? x.to_int64() : std::nullopt;
  bool valid = r && *r >= 0 && *r <= 0x10FFFF && !(*r >= 0xD800 && *r <= 0xDFFF);
  append_utf8(s, valid ? static_cast<int32_t>(*r) : 0xFFFD);
  return Value::make_string(std::move(s));
}

ConstResult representable(const Value& x, NumType t) {
  if (x.is_unknown()) return ok(x);
  if (!x.is_numeric()) return error(ConstError::not_representable);
  switch (t) {
    case NumType::float32:
    case NumType::float64: {
      if (!x.imag().num.is_zero()) return error(ConstError::overflows);
      double d = round_to(x.real(), t == NumType::float32 ? kF32 : kF64);
      if (std::isinf(d)) return error(ConstError::overflows);
      return ok(Value::make_double(d));
    }
    case NumType::complex64:
    case NumType::complex128: {
      Format f = t == NumType::complex64 ? kF32 : kF64;
      double re = round_to(x.real(), f), im = round_to(x.imag(), f);
      if (std::isinf(re) || std::isinf(im)) return error(ConstError::overflows);
      return ok(Value::make_complex(Value::make_double(re), Value::make_double(im)));
    }
    default:
      break;
  }
  // Integer types. types2 words every failure of a non-integer constant
  // "truncated", even 1e100 (integral but too big); ints "overflow".
  ConstError fail = x.kind() == VK::integer ? ConstError::overflows : ConstError::truncated;
  if (!x.is_integral()) return error(fail);
  const BigInt& i = x.real().num;
  unsigned bits = 64;
  bool is_signed = false;
  switch (t) {
    case NumType::int8:
      bits = 8, is_signed = true;
      break;
    case NumType::int16:
      bits = 16, is_signed = true;
      break;
    case NumType::int32:
      bits = 32, is_signed = true;
      break;
    case NumType::int64:
    case NumType::int_:
      is_signed = true;
      break;
    case NumType::uint8:
      bits = 8;
      break;
    case NumType::uint16:
      bits = 16;
      break;
    case NumType::uint32:
      bits = 32;
      break;
    default:
      break;  // uint64, uint, uintptr
  }
  bool fits;
  if (is_signed) {
    // -2^(n-1) <= i < 2^(n-1): bit length below n, or exactly -2^(n-1).
    fits =
        i.bit_len() < bits || (i.is_neg() && i.bit_len() == bits && i.trailing_zeros() == bits - 1);
  } else {
    fits = !i.is_neg() && i.bit_len() <= bits;
  }
  if (!fits) return error(fail);
  return ok(Value::make_int(i));
}

}  // namespace gopark::interp
