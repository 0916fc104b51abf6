// math.cc - package math over the C library (float64 functions: results
// as the host's libm computes them, which can differ from Go's in the
// last bit for the transcendental ones).
#include <cmath>

#include "interp/vm.h"
#include "stdlib/native/natives.h"

namespace gopark::stdlib {

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

double go_abs(double x) {
  return std::fabs(x);
}
double go_sqrt(double x) {
  return std::sqrt(x);
}
double go_floor(double x) {
  return std::floor(x);
}
double go_ceil(double x) {
  return std::ceil(x);
}
double go_trunc(double x) {
  return std::trunc(x);
}
double go_round(double x) {
  return std::round(x);
}
double go_round_even(double x) {
  return std::nearbyint(x);
}  // default rounding: to even
double go_exp(double x) {
  return std::exp(x);
}
double go_exp2(double x) {
  return std::exp2(x);
}
double go_expm1(double x) {
  return std::expm1(x);
}
double go_log(double x) {
  return std::log(x);
}
double go_log2(double x) {
  return std::log2(x);
}
double go_log10(double x) {
  return std::log10(x);
}
double go_log1p(double x) {
  return std::log1p(x);
}
double go_logb(double x) {
  return std::logb(x);
}
double go_sin(double x) {
  return std::sin(x);
}
double go_cos(double x) {
  return std::cos(x);
}
double go_tan(double x) {
  return std::tan(x);
}
double go_asin(double x) {
  return std::asin(x);
}
double go_acos(double x) {
  return std::acos(x);
}
double go_atan(double x) {
  return std::atan(x);
}
double go_sinh(double x) {
  return std::sinh(x);
}
double go_cosh(double x) {
  return std::cosh(x);
}
double go_tanh(double x) {
  return std::tanh(x);
}
double go_asinh(double x) {
  return std::asinh(x);
}
double go_acosh(double x) {
  return std::acosh(x);
}
double go_atanh(double x) {
  return std::atanh(x);
}
double go_cbrt(double x) {
  return std::cbrt(x);
}
double go_erf(double x) {
  return std::erf(x);
}
double go_erfc(double x) {
  return std::erfc(x);
}
double go_gamma(double x) {
  return std::tgamma(x);
}
double go_pow(double x, double y) {
  return std::pow(x, y);
}
double go_atan2(double y, double x) {
  return std::atan2(y, x);
}
double go_hypot(double x, double y) {
  return std::hypot(x, y);
}
double go_mod(double x, double y) {
  return std::fmod(x, y);
}
double go_remainder(double x, double y) {
  return std::remainder(x, y);
}
double go_copysign(double x, double y) {
  return std::copysign(x, y);
}
double go_dim(double x, double y) {
  return x - y <= 0 && !std::isnan(x - y) ? 0 : x - y;
}
// Go returns x itself when x == y (C returns y: they differ for -0, 0).
double go_nextafter(double x, double y) {
  return x == y ? x : std::nextafter(x, y);
}
// Go's Max/Min: NaN wins, then +Inf/-Inf, and +0 > -0.
double go_max(double x, double y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}
double go_min(double x, double y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

bool inf(NativeCall& c) {
  set_float(c.R, int64_t(c.R[0]) >= 0 ? INFINITY : -INFINITY);
  return true;
}
bool nan(NativeCall& c) {
  c.R[0] = 0x7FF8000000000001;  // Go's NaN() bits
  return true;
}
bool is_nan(NativeCall& c) {
  c.R[0] = std::isnan(arg_float(c.R));
  return true;
}
bool is_inf(NativeCall& c) {
  double f = arg_float(c.R);
  int64_t sign = int64_t(c.R[1]);
  c.R[0] = (sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY);
  return true;
}
bool signbit(NativeCall& c) {
  c.R[0] = std::signbit(arg_float(c.R));
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
  set_float(c.R, std::pow(10.0, double(int64_t(c.R[0]))));
  return true;
}
bool ldexp(NativeCall& c) {
  set_float(c.R, std::ldexp(arg_float(c.R), int(int64_t(c.R[1]))));
  return true;
}
bool frexp(NativeCall& c) {
  int e = 0;
  double f = std::frexp(arg_float(c.R), &e);
  set_float(c.R, f);
  c.R[1] = uint64_t(int64_t(e));
  return true;
}
bool modf(NativeCall& c) {
  double ip;
  double x = arg_float(c.R);
  double fr = std::isinf(x) ? NAN : std::modf(x, &ip);  // Go: Modf(±Inf) = ±Inf, NaN
  if (std::isinf(x)) ip = x;
  set_float(c.R, ip);
  set_float(c.R + 1, fr);
  return true;
}
bool sincos(NativeCall& c) {
  double x = arg_float(c.R);
  set_float(c.R, std::sin(x));
  set_float(c.R + 1, std::cos(x));
  return true;
}
bool fma(NativeCall& c) {
  set_float(c.R, std::fma(arg_float(c.R), arg_float(c.R + 1), arg_float(c.R + 2)));
  return true;
}

// Go's special cases where the C library's differ or is silent.
double go_j0(double x) {
  return std::isinf(x) ? 0 : ::j0(x);
}
double go_j1(double x) {
  return std::isinf(x) || x == 0 ? 0 : ::j1(x);
}
double go_y0(double x) {
  if (x < 0 || std::isnan(x)) return NAN;
  if (x == 0) return -INFINITY;
  return std::isinf(x) ? 0 : ::y0(x);
}
double go_y1(double x) {
  if (x < 0 || std::isnan(x)) return NAN;
  if (x == 0) return -INFINITY;
  return std::isinf(x) ? 0 : ::y1(x);
}
bool jn(NativeCall& c) {
  int n = int(int64_t(c.R[0]));
  double x = arg_float(c.R + 1);
  set_float(c.R, std::isinf(x) || (x == 0 && n != 0) ? 0 : ::jn(n, x));
  return true;
}
bool yn(NativeCall& c) {
  int n = int(int64_t(c.R[0]));
  double x = arg_float(c.R + 1);
  double r;
  if (std::isnan(x) || x < 0)
    r = NAN;
  else if (std::isinf(x))
    r = 0;
  else if (x == 0)
    r = n < 0 && (n & 1) ? INFINITY : -INFINITY;
  else
    r = ::yn(n, x);
  set_float(c.R, r);
  return true;
}
// Ilogb: the binary exponent as an int; MinInt32 for 0, MaxInt32 for
// infinities and NaN.
bool ilogb(NativeCall& c) {
  double x = arg_float(c.R);
  int64_t r;
  if (x == 0)
    r = INT32_MIN;
  else if (std::isnan(x) || std::isinf(x))
    r = INT32_MAX;
  else
    r = int64_t(std::logb(x));
  c.R[0] = uint64_t(r);
  return true;
}
bool lgamma(NativeCall& c) {
  double x = arg_float(c.R);
  int sign = 1;
  double r;
  if (std::isinf(x) && x < 0) {
    r = -INFINITY;  // Go's special case (C gives +Inf)
  } else if (std::isnan(x)) {
    r = x;
  } else {
    r = ::lgamma_r(x, &sign);
    if (std::isinf(r)) sign = 1;
  }
  set_float(c.R, r);
  c.R[1] = uint64_t(int64_t(sign));
  return true;
}
// Erfinv: an approximation of the normal quantile refined by Newton's
// method on erf, which converges to the last bit or so.
double go_erfinv(double x) {
  if (std::isnan(x) || x < -1 || x > 1) return NAN;
  if (x == 1) return INFINITY;
  if (x == -1) return -INFINITY;
  if (x == 0) return x;
  // Start from a Winitzki-style closed form.
  const double a = 0.147;
  double ax = std::fabs(x);
  double l = std::log((1 - ax) * (1 + ax));
  double t = 2 / (M_PI * a) + l / 2;
  double y = std::sqrt(std::sqrt(t * t - l / a) - t);
  // Newton steps with Halley's correction; in the tail on erfc(y) = 1-|x|
  // (exact there), where erf(y) - |x| would lose the digits.
  bool tail = ax > 0.5;
  double target = tail ? 1 - ax : ax;
  for (int i = 0; i < 6; i++) {
    double err = tail ? target - std::erfc(y) : std::erf(y) - target;
    double step = err / (2 / std::sqrt(M_PI) * std::exp(-y * y));
    step /= 1 + y * step;
    y -= step;
  }
  return std::copysign(y, x);
}
double go_erfcinv(double x) {
  return go_erfinv(1 - x);
}
bool nextafter32(NativeCall& c) {
  float x = float(arg_float(c.R));
  float y = float(arg_float(c.R + 1));
  set_float(c.R, double(x == y ? x : std::nextafterf(x, y)));
  return true;
}

}  // namespace

void register_math_natives() {
  using interp::register_native;
  register_native("math.Abs", unary<go_abs>);
  register_native("math.Sqrt", unary<go_sqrt>);
  register_native("math.Floor", unary<go_floor>);
  register_native("math.Ceil", unary<go_ceil>);
  register_native("math.Trunc", unary<go_trunc>);
  register_native("math.Round", unary<go_round>);
  register_native("math.RoundToEven", unary<go_round_even>);
  register_native("math.Exp", unary<go_exp>);
  register_native("math.Exp2", unary<go_exp2>);
  register_native("math.Expm1", unary<go_expm1>);
  register_native("math.Log", unary<go_log>);
  register_native("math.Log2", unary<go_log2>);
  register_native("math.Log10", unary<go_log10>);
  register_native("math.Log1p", unary<go_log1p>);
  register_native("math.Logb", unary<go_logb>);
  register_native("math.Sin", unary<go_sin>);
  register_native("math.Cos", unary<go_cos>);
  register_native("math.Tan", unary<go_tan>);
  register_native("math.Asin", unary<go_asin>);
  register_native("math.Acos", unary<go_acos>);
  register_native("math.Atan", unary<go_atan>);
  register_native("math.Sinh", unary<go_sinh>);
  register_native("math.Cosh", unary<go_cosh>);
  register_native("math.Tanh", unary<go_tanh>);
  register_native("math.Asinh", unary<go_asinh>);
  register_native("math.Acosh", unary<go_acosh>);
  register_native("math.Atanh", unary<go_atanh>);
  register_native("math.Cbrt", unary<go_cbrt>);
  register_native("math.Erf", unary<go_erf>);
  register_native("math.Erfc", unary<go_erfc>);
  register_native("math.Gamma", unary<go_gamma>);
  register_native("math.Pow", binary<go_pow>);
  register_native("math.Atan2", binary<go_atan2>);
  register_native("math.Hypot", binary<go_hypot>);
  register_native("math.Mod", binary<go_mod>);
  register_native("math.Remainder", binary<go_remainder>);
  register_native("math.Copysign", binary<go_copysign>);
  register_native("math.Dim", binary<go_dim>);
  register_native("math.Max", binary<go_max>);
  register_native("math.Min", binary<go_min>);
  register_native("math.Nextafter", binary<go_nextafter>);
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
  register_native("math.J0", unary<go_j0>);
  register_native("math.J1", unary<go_j1>);
  register_native("math.Jn", jn);
  register_native("math.Y0", unary<go_y0>);
  register_native("math.Y1", unary<go_y1>);
  register_native("math.Yn", yn);
  register_native("math.Ilogb", ilogb);
  register_native("math.Lgamma", lgamma);
  register_native("math.Erfinv", unary<go_erfinv>);
  register_native("math.Erfcinv", unary<go_erfcinv>);
  register_native("math.Nextafter32", nextafter32);
}

}  // namespace gopark::stdlib
