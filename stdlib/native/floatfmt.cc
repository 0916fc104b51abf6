// floatfmt.cc - strconv.FormatFloat's formats ('e', 'E', 'f', 'g', 'G'),
// shortest (prec -1) or with a precision, as Go prints them: exponents of
// at least two digits, "+Inf", "-Inf", "NaN".
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "stdlib/native/natives.h"

namespace gopark::stdlib {

namespace {

// The decimal digits of |f| (no leading zeros; "0" for zero) and the
// position of the decimal point relative to them (value = 0.digits * 10^dp).
struct Digits {
  std::string d;
  int dp = 0;
};

Digits parse_sci(const char* s) {
  // s is "d.ddde+XX" or "de+XX" (no sign).
  Digits r;
  const char* p = s;
  for (; *p && *p != 'e'; p++)
    if (*p != '.') r.d += *p;
  int exp = *p ? std::atoi(p + 1) : 0;
  r.dp = exp + 1;
  while (r.d.size() > 1 && r.d.back() == '0') r.d.pop_back();
  if (r.d == "0") r.dp = 1;
  return r;
}

// The fewest digits that read back as f (as float32 for bits 32): the
// correctly rounded n-digit decimal for the smallest n that round-trips.
// (libc++ 14, Emscripten's, has no floating-point std::to_chars.)
Digits shortest(double f, int bits) {
  char buf[64];
  for (int n = 1; n <= 17; n++) {
    std::snprintf(buf, sizeof buf, "%.*e", n - 1, f);
    bool same = bits == 32 ? std::strtof(buf, nullptr) == float(f) : std::strtod(buf, nullptr) == f;
    if (same) break;
  }
  return parse_sci(buf);
}

// Rounded to n significant digits (n >= 1).
Digits significant(double f, int n) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*e", n - 1, f);
  return parse_sci(buf);
}

std::string exp_form(const Digits& g, int prec, char e, bool shortest_digits) {
  // d.ddd with prec digits after the point (shortest: all of them).
  std::string out(1, g.d[0]);
  std::string rest = g.d.substr(1);
  if (!shortest_digits) rest.resize(size_t(prec), '0');
  if (!rest.empty()) out += "." + rest;
  int exp = g.d == "0" ? 0 : g.dp - 1;
  out += e;
  out += exp < 0 ? '-' : '+';
  int a = exp < 0 ? -exp : exp;
  if (a < 10) out += '0';
  out += std::to_string(a);
  return out;
}

std::string fixed_form(const Digits& g, int prec) {
  // prec digits after the point.
  std::string out;
  if (g.dp <= 0) {
    out = "0";
  } else {
    for (int i = 0; i < g.dp; i++) out += i < int(g.d.size()) ? g.d[size_t(i)] : '0';
  }
  if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; i++) {
      int k = g.dp + i;
      out += k >= 0 && k < int(g.d.size()) ? g.d[size_t(k)] : '0';
    }
  }
  return out;
}

// The significand of |f| as an integer m and exponent e, f = m * 2^e, with
// m's top bit at position mbits-1 (normalized, subnormals included);
// m = 0 for zero.
void binary_parts(double a, int bits, uint64_t* m, int* e) {
  int mbits = bits == 32 ? 24 : 53;
  if (a == 0) {
    *m = 0;
    *e = 0;
    return;
  }
  int ex;
  double fr = std::frexp(a, &ex);  // a = fr * 2^ex, fr in [0.5, 1)
  *m = uint64_t(std::ldexp(fr, mbits));
  *e = ex - mbits;
}

std::string exp_digits(int x) {
  std::string out = x < 0 ? "-" : "+";
  int v = x < 0 ? -x : x;
  if (v < 10) out += '0';
  return out + std::to_string(v);
}

// %b: -ddddp±ddd, the integer significand and binary exponent Go uses
// (for float64: 52 fraction bits; float32: 23).
std::string binary_form(double a, int bits) {
  uint64_t m;
  int e;
  binary_parts(a, bits, &m, &e);
  if (m == 0) e = bits == 32 ? -149 : -1074;
  // Go prints subnormals with the denormal exponent: keep m's scale.
  int min_e = bits == 32 ? -149 : -1074;
  while (m && e < min_e) {
    m >>= 1;
    e++;
  }
  return std::to_string(m) + "p" + (e >= 0 ? "+" : "") + std::to_string(e);
}

// %x: 0x1.hhhp±dd with prec hex digits (-1: as few as exact).
std::string hex_form(double a, int bits, int prec, bool upper) {
  uint64_t m;
  int e;
  binary_parts(a, bits, &m, &e);
  int mbits = bits == 32 ? 24 : 53;
  int frac_bits = mbits - 1;
  int exp = m ? e + frac_bits : 0;  // a = 1.fff * 2^exp
  // The fraction in whole hex digits: shift so its bit count is a multiple of 4.
  int digits = (frac_bits + 3) / 4;
  uint64_t frac = m ? (m & ((uint64_t(1) << frac_bits) - 1)) << (digits * 4 - frac_bits) : 0;
  uint64_t lead = m ? 1 : 0;
  if (prec >= 0 && prec < digits) {
    int drop = (digits - prec) * 4;
    uint64_t half = uint64_t(1) << (drop - 1);
    uint64_t rest = frac & ((uint64_t(1) << drop) - 1);
    frac >>= drop;
    if (rest > half || (rest == half && (frac & 1))) frac++;
    if (prec == 0 ? frac > 0 : (frac >> (prec * 4)) != 0) {
      // Carried into the leading digit: 2.0 * 2^exp = 1.0 * 2^(exp+1).
      frac = 0;
      exp++;
    }
    if (prec == 0) frac = 0;
    digits = prec;
  }
  const char* hx = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string fs;
  for (int i = digits - 1; i >= 0; i--) fs += hx[(frac >> (i * 4)) & 15];
  if (prec < 0)
    while (!fs.empty() && fs.back() == '0') fs.pop_back();
  else
    fs.resize(size_t(prec), '0');
  std::string out = upper ? "0X" : "0x";
  out += char('0' + lead);
  if (!fs.empty()) out += "." + fs;
  out += upper ? 'P' : 'p';
  return out + exp_digits(exp);
}

}  // namespace

std::string format_float(double f, char fmt, int prec, int bit_size) {
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  if (bit_size == 32) f = double(float(f));
  bool neg = std::signbit(f);
  double a = std::fabs(f);
  std::string body;
  switch (fmt) {
    case 'b':
      body = binary_form(a, bit_size);
      break;
    case 'x':
    case 'X':
      body = hex_form(a, bit_size, prec, fmt == 'X');
      break;
    case 'e':
    case 'E':
      if (prec < 0)
        body = exp_form(shortest(a, bit_size), 0, fmt, true);
      else
        body = exp_form(significant(a, prec + 1), prec, fmt, false);
      break;
    case 'f':
    case 'F': {
      if (prec < 0) {
        Digits g = shortest(a, bit_size);
        int p = int(g.d.size()) - g.dp;
        body = fixed_form(g, p > 0 ? p : 0);
        if (g.d == "0") body = "0";
      } else {
        std::vector<char> buf(size_t(prec) + 400);
        std::snprintf(buf.data(), buf.size(), "%.*f", prec, a);
        body = buf.data();
      }
      break;
    }
    default: {  // 'g', 'G'
      char e = fmt == 'G' ? 'E' : 'e';
      bool sh = prec < 0;
      Digits g = sh ? shortest(a, bit_size) : significant(a, prec == 0 ? 1 : prec);
      int nd = g.d == "0" ? 0 : int(g.d.size());
      int dp = g.d == "0" ? 0 : g.dp;
      int eprec = prec < 0 ? 6 : (prec == 0 ? 1 : prec);
      if (!sh && eprec > nd && nd >= dp) eprec = nd;
      if (sh) eprec = 6;
      int exp = dp - 1;  // zero: no digits, dp 0, so %f
      if (exp < -4 || exp >= eprec) {
        body = exp_form(g, nd > 0 ? nd - 1 : 0, e, true);
      } else {
        int p = nd - dp;
        body = fixed_form(g, p > 0 ? p : 0);
      }
      break;
    }
  }
  return neg ? "-" + body : body;
}

}  // namespace gopark::stdlib
