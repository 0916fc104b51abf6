// math_impl.h - package math's float64 algorithms, shared by the
// stdlib/native/math*.cc files. Every function returns exactly what Go 1.22
// returns on amd64, bit for bit: Go does not use the C library but its own
// Cephes/fdlibm-derived algorithms, so each of ours performs the same
// floating-point operations in the same order (these files are compiled
// with -ffp-contract=off so the compiler fuses nothing).
#pragma once

#include <cstdint>
#include <cstring>

namespace gopark::stdlib::gomath {

inline uint64_t bits(double x) {
  uint64_t b;
  std::memcpy(&b, &x, 8);
  return b;
}
inline double from_bits(uint64_t b) {
  double x;
  std::memcpy(&x, &b, 8);
  return x;
}
// Go's math.NaN() has a payload of 1; results print the same as any NaN
// but Float64bits shows the difference.
inline double nan() {
  return from_bits(0x7FF8000000000001);
}
inline double inf(int sign) {
  return from_bits(sign >= 0 ? 0x7FF0000000000000 : 0xFFF0000000000000);
}
inline bool is_nan(double x) {
  return x != x;
}
inline bool is_inf(double x) {
  return x > 1.7976931348623157e308 || x < -1.7976931348623157e308;
}
inline double abs(double x) {
  return from_bits(bits(x) & ~(uint64_t(1) << 63));
}
inline bool signbit(double x) {
  return bits(x) >> 63;
}
inline double copysign(double x, double s) {
  return from_bits((bits(x) & ~(uint64_t(1) << 63)) | (bits(s) & (uint64_t(1) << 63)));
}

// Go's frexp, ldexp and modf (exact; inline because pow leans on them).

// Scales a subnormal up into the normal range, reporting the exponent
// adjustment (-52), so the exponent field can be read directly.
inline double normalize(double x, int64_t* adj) {
  if (abs(x) < 0x1p-1022) {
    *adj = -52;
    return x * 0x1p52;
  }
  *adj = 0;
  return x;
}

inline double frexp(double x, int64_t* e) {
  *e = 0;
  if (x == 0 || is_nan(x) || is_inf(x)) return x;
  int64_t adj;
  uint64_t b = bits(normalize(x, &adj));
  *e = adj + int64_t((b >> 52) & 0x7FF) - 1022;
  return from_bits((b & ~(uint64_t(0x7FF) << 52)) | (uint64_t(1022) << 52));
}

inline double ldexp(double frac, int64_t e) {
  if (frac == 0 || is_nan(frac) || is_inf(frac)) return frac;
  int64_t adj;
  frac = normalize(frac, &adj);
  uint64_t b = bits(frac);
  // Go's int arithmetic wraps; do it unsigned to keep that defined here.
  int64_t exp = int64_t(uint64_t(e) + uint64_t(adj) + uint64_t(int64_t((b >> 52) & 0x7FF) - 1023));
  if (exp < -1075) return copysign(0, frac);
  if (exp > 1023) return frac < 0 ? inf(-1) : inf(1);
  double scale = 1;
  if (exp < -1022) {  // the result is subnormal: build it 2**53 larger
    exp += 53;
    scale = 0x1p-53;
  }
  b = (b & ~(uint64_t(0x7FF) << 52)) | (uint64_t(exp + 1023) << 52);
  return scale * from_bits(b);
}

inline double modf(double x, double* frac) {
  if (x < 1) {
    if (x < 0) {
      double f;
      double i = modf(-x, &f);
      *frac = -f;
      return -i;
    }
    if (x == 0) {
      *frac = x;
      return x;
    }
    *frac = x;
    return 0;
  }
  uint64_t b = bits(x);
  uint64_t e = ((b >> 52) & 0x7FF) - 1023;
  if (e < 52) b &= ~((uint64_t(1) << (52 - e)) - 1);
  double ip = from_bits(b);
  *frac = x - ip;
  return ip;
}

// math.cc
double floor(double x);
double sqrt(double x);
double mod(double x, double y);

// math_exp.cc
double exp(double x);
double exp2(double x);
double expm1(double x);
double log(double x);
double log2(double x);
double log10(double x);
double log1p(double x);
double pow(double x, double y);
double cbrt(double x);
double hypot(double p, double q);

// math_trig.cc
double sin(double x);
double cos(double x);
double tan(double x);
void sincos(double x, double* s, double* c);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);

// math_special.cc
double erf(double x);
double erfc(double x);
double erfinv(double x);
double gamma(double x);
double lgamma(double x, int* sign);

// math_bessel.cc
double j0(double x);
double j1(double x);
double jn(int64_t n, double x);
double y0(double x);
double y1(double x);
double yn(int64_t n, double x);

}  // namespace gopark::stdlib::gomath
