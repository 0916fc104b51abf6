// math.cc - package math: registration of the natives, and the functions
// that are exact by nature (rounding, bits, mod, ...; frexp, ldexp and modf
// are inline in math_impl.h). The transcendental functions live in
// math_exp.cc, math_trig.cc, math_special.cc and math_bessel.cc (see
// math_impl.h for why they do not use the C library).
#include <cmath>

#include "interp/vm.h"
#include "stdlib/native/math_impl.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

namespace gomath {

constexpr uint64_t kSign = uint64_t(1) << 63;
constexpr uint64_t kFracMask = (uint64_t(1) << 52) - 1;
constexpr uint64_t kOne = 0x3FF0000000000000;

// Go's Floor, Ceil and Trunc return a NaN argument as it is, even a
// signaling one (WebAssembly's f64.floor would quiet it).
double floor(double x) {
  return is_nan(x) ? x : std::floor(x);
}
double sqrt(double x) {
  return std::sqrt(x);
}

// The remainder is exactly representable, so the C library's fmod (which
// is exact) agrees with Go's shift-and-subtract loop; only the special
// cases need Go's answers.
double mod(double x, double y) {
  if (y == 0 || is_inf(x) || is_nan(x) || is_nan(y)) return nan();
  return std::fmod(x, y);
}

static double remainder(double x, double y) {
  if (is_nan(x) || is_nan(y) || is_inf(x) || y == 0) return nan();
  if (is_inf(y)) return x;
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (y < 0) y = -y;
  if (x == y) return neg ? -0.0 : 0.0;
  if (y <= 0x1.fffffffffffffp1022) x = mod(x, y + y);
  if (y < 0x1p-1021) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    double half = 0.5 * y;
    if (x > half) {
      x -= y;
      if (x >= half) x -= y;
    }
  }
  return neg ? -x : x;
}

static int64_t ilogb_finite(double x) {
  int64_t adj;
  uint64_t b = bits(normalize(x, &adj));
  return int64_t((b >> 52) & 0x7FF) - 1023 + adj;
}

// Round half away from zero by adding half an ulp of the integer part's
// position to the bits and clearing the fraction.
static double round(double x) {
  uint64_t b = bits(x);
  uint64_t e = (b >> 52) & 0x7FF;
  if (e < 1023) {
    b &= kSign;
    if (e == 1022) b |= kOne;
  } else if (e < 1023 + 52) {
    e -= 1023;
    b += (uint64_t(1) << 51) >> e;
    b &= ~(kFracMask >> e);
  }
  return from_bits(b);
}

static double round_even(double x) {
  uint64_t b = bits(x);
  uint64_t e = (b >> 52) & 0x7FF;
  if (e >= 1023) {
    // Large values have no fraction bits: the masks below shift to zero.
    e -= 1023;
    if (e < 52) {
      uint64_t half_minus_ulp = (uint64_t(1) << 51) - 1;
      b += (half_minus_ulp + ((b >> (52 - e)) & 1)) >> e;
      b &= ~(kFracMask >> e);
    }
  } else if (e == 1022 && (b & kFracMask) != 0) {
    b = (b & kSign) | kOne;
  } else {
    b &= kSign;
  }
  return from_bits(b);
}

static double pow10(int64_t n) {
  static const double small[32] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10,
                                   1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21,
                                   1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
  static const double big[10] = {1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288};
  static const double tiny[11] = {1e-0,   1e-32,  1e-64,  1e-96,  1e-128, 1e-160,
                                  1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
  if (n >= 0 && n <= 308) return big[n / 32] * small[n % 32];
  if (n >= -323 && n <= 0) return tiny[-n / 32] / small[-n % 32];
  return n > 0 ? inf(1) : 0;
}

static double nextafter(double x, double y) {
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == y) return x;
  if (x == 0) return copysign(from_bits(1), y);
  return from_bits((y > x) == (x > 0) ? bits(x) + 1 : bits(x) - 1);
}

static float nextafter32(float x, float y) {
  if (x != x || y != y) return float(nan());
  if (x == y) return x;
  uint32_t b;
  std::memcpy(&b, &x, 4);
  if (x == 0) {
    b = 1;
    if (y < 0) b |= uint32_t(1) << 31;
  } else {
    b = (y > x) == (x > 0) ? b + 1 : b - 1;
  }
  float r;
  std::memcpy(&r, &b, 4);
  return r;
}

// Max and Min as Go's amd64 assembly computes them: an infinity of the
// winning sign first, then NaN, then the signed zeros, then MAXSD/MINSD.
static double max(double x, double y) {
  if (bits(x) == 0x7FF0000000000000 || bits(y) == 0x7FF0000000000000) return inf(1);
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == 0 && y == 0) return bits(x) == kSign ? y : x;
  return x > y ? x : y;
}
static double min(double x, double y) {
  if (bits(x) == 0xFFF0000000000000 || bits(y) == 0xFFF0000000000000) return inf(-1);
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == 0 && y == 0) return bits(x) == kSign ? x : y;
  return x < y ? x : y;
}

static double dim(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v;
}

}  // namespace gomath

using interp::NativeCall;

namespace {

template <double (*F)(double)>
bool unary(NativeCall& c) {
  set_float(c.R, F(arg_float(c.R)));
  return true;
}

template <double (*F)(double, double)>
bool binary(NativeCall& c) {
  set_float(c.R, F(arg_float(c.R), arg_float(c.R + 1)));
  return true;
}

// int-first functions (Jn, Yn): n arrives as an int64 register.
template <double (*F)(int64_t, double)>
bool int_float(NativeCall& c) {
  set_float(c.R, F(int64_t(c.R[0]), arg_float(c.R + 1)));
  return true;
}

double go_abs(double x) {
  return gomath::abs(x);
}
double go_ceil(double x) {
  return gomath::is_nan(x) ? x : std::ceil(x);
}
double go_trunc(double x) {
  return gomath::is_nan(x) ? x : std::trunc(x);
}
double go_copysign(double x, double y) {
  return gomath::copysign(x, y);
}
double go_logb(double x) {
  if (x == 0) return gomath::inf(-1);
  if (gomath::is_inf(x)) return gomath::inf(1);
  if (gomath::is_nan(x)) return x;
  return double(gomath::ilogb_finite(x));
}
double go_erfcinv(double x) {
  return gomath::erfinv(1 - x);
}

bool inf(NativeCall& c) {
  set_float(c.R, gomath::inf(int64_t(c.R[0]) >= 0 ? 1 : -1));
  return true;
}
bool nan(NativeCall& c) {
  set_float(c.R, gomath::nan());
  return true;
}
bool is_nan(NativeCall& c) {
  c.R[0] = gomath::is_nan(arg_float(c.R));
  return true;
}
bool is_inf(NativeCall& c) {
  double f = arg_float(c.R);
  int64_t sign = int64_t(c.R[1]);
  c.R[0] = (sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY);
  return true;
}
bool signbit(NativeCall& c) {
  c.R[0] = gomath::signbit(arg_float(c.R));
  return true;
}
// The bits functions: registers hold a float64 as its bits, a float32 as
// a double already rounded.
bool float64bits(NativeCall&) {
  return true;
}
bool float64frombits(NativeCall&) {
  return true;
}
bool float32bits(NativeCall& c) {
  float f = float(arg_float(c.R));
  uint32_t b;
  std::memcpy(&b, &f, 4);
  c.R[0] = b;
  return true;
}
bool float32frombits(NativeCall& c) {
  uint32_t b = uint32_t(c.R[0]);
  float f;
  std::memcpy(&f, &b, 4);
  set_float(c.R, f);
  return true;
}
bool pow10(NativeCall& c) {
  set_float(c.R, gomath::pow10(int64_t(c.R[0])));
  return true;
}
bool ldexp(NativeCall& c) {
  set_float(c.R, gomath::ldexp(arg_float(c.R), int64_t(c.R[1])));
  return true;
}
bool frexp(NativeCall& c) {
  int64_t e;
  set_float(c.R, gomath::frexp(arg_float(c.R), &e));
  c.R[1] = uint64_t(e);
  return true;
}
bool modf(NativeCall& c) {
  double frac;
  set_float(c.R, gomath::modf(arg_float(c.R), &frac));
  set_float(c.R + 1, frac);
  return true;
}
bool sincos(NativeCall& c) {
  double s, co;
  gomath::sincos(arg_float(c.R), &s, &co);
  set_float(c.R, s);
  set_float(c.R + 1, co);
  return true;
}
bool fma(NativeCall& c) {
  set_float(c.R, std::fma(arg_float(c.R), arg_float(c.R + 1), arg_float(c.R + 2)));
  return true;
}
// Ilogb: MinInt32 for 0, MaxInt32 for infinities and NaN.
bool ilogb(NativeCall& c) {
  double x = arg_float(c.R);
  int64_t r;
  if (x == 0)
    r = INT32_MIN;
  else if (gomath::is_nan(x) || gomath::is_inf(x))
    r = INT32_MAX;
  else
    r = gomath::ilogb_finite(x);
  c.R[0] = uint64_t(r);
  return true;
}
bool lgamma(NativeCall& c) {
  int sign;
  set_float(c.R, gomath::lgamma(arg_float(c.R), &sign));
  c.R[1] = uint64_t(int64_t(sign));
  return true;
}
bool nextafter32(NativeCall& c) {
  set_float(c.R, double(gomath::nextafter32(float(arg_float(c.R)), float(arg_float(c.R + 1)))));
  return true;
}

}  // namespace

void register_math_natives() {
  using interp::register_native;
  namespace m = gomath;
  register_native("math.Abs", unary<go_abs>);
  register_native("math.Sqrt", unary<m::sqrt>);
  register_native("math.Floor", unary<m::floor>);
  register_native("math.Ceil", unary<go_ceil>);
  register_native("math.Trunc", unary<go_trunc>);
  register_native("math.Round", unary<m::round>);
  register_native("math.RoundToEven", unary<m::round_even>);
  register_native("math.Exp", unary<m::exp>);
  register_native("math.Exp2", unary<m::exp2>);
  register_native("math.Expm1", unary<m::expm1>);
  register_native("math.Log", unary<m::log>);
  register_native("math.Log2", unary<m::log2>);
  register_native("math.Log10", unary<m::log10>);
  register_native("math.Log1p", unary<m::log1p>);
  register_native("math.Logb", unary<go_logb>);
  register_native("math.Sin", unary<m::sin>);
  register_native("math.Cos", unary<m::cos>);
  register_native("math.Tan", unary<m::tan>);
  register_native("math.Asin", unary<m::asin>);
  register_native("math.Acos", unary<m::acos>);
  register_native("math.Atan", unary<m::atan>);
  register_native("math.Sinh", unary<m::sinh>);
  register_native("math.Cosh", unary<m::cosh>);
  register_native("math.Tanh", unary<m::tanh>);
  register_native("math.Asinh", unary<m::asinh>);
  register_native("math.Acosh", unary<m::acosh>);
  register_native("math.Atanh", unary<m::atanh>);
  register_native("math.Cbrt", unary<m::cbrt>);
  register_native("math.Erf", unary<m::erf>);
  register_native("math.Erfc", unary<m::erfc>);
  register_native("math.Erfinv", unary<m::erfinv>);
  register_native("math.Erfcinv", unary<go_erfcinv>);
  register_native("math.Gamma", unary<m::gamma>);
  register_native("math.Pow", binary<m::pow>);
  register_native("math.Atan2", binary<m::atan2>);
  register_native("math.Hypot", binary<m::hypot>);
  register_native("math.Mod", binary<m::mod>);
  register_native("math.Remainder", binary<m::remainder>);
  register_native("math.Copysign", binary<go_copysign>);
  register_native("math.Dim", binary<m::dim>);
  register_native("math.Max", binary<m::max>);
  register_native("math.Min", binary<m::min>);
  register_native("math.Nextafter", binary<m::nextafter>);
  register_native("math.Inf", inf);
  register_native("math.NaN", nan);
  register_native("math.IsNaN", is_nan);
  register_native("math.IsInf", is_inf);
  register_native("math.Signbit", signbit);
  register_native("math.Float64bits", float64bits);
  register_native("math.Float64frombits", float64frombits);
  register_native("math.Float32bits", float32bits);
  register_native("math.Float32frombits", float32frombits);
  register_native("math.Pow10", pow10);
  register_native("math.Ldexp", ldexp);
  register_native("math.Frexp", frexp);
  register_native("math.Modf", modf);
  register_native("math.Sincos", sincos);
  register_native("math.FMA", fma);
  register_native("math.J0", unary<m::j0>);
  register_native("math.J1", unary<m::j1>);
  register_native("math.Jn", int_float<m::jn>);
  register_native("math.Y0", unary<m::y0>);
  register_native("math.Y1", unary<m::y1>);
  register_native("math.Yn", int_float<m::yn>);
  register_native("math.Ilogb", ilogb);
  register_native("math.Lgamma", lgamma);
  register_native("math.Nextafter32", nextafter32);
}

}  // namespace gopark::stdlib
