// math_exp.cc - exponentials, logarithms, powers, cube root and hypot as
// Go 1.22 computes them on amd64 (math_impl.h). Exp, Log and Hypot follow
// Go's amd64 assembly, the others its portable fdlibm-derived code.
#include <cmath>
#include <cstdint>

#include "stdlib/native/math_impl.h"

namespace gopark::stdlib::gomath {

namespace {

// ln 2 split so that k*kLn2Hi is exact for the k that occur (fdlibm).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;

// Round to nearest, ties to even, as CVTSD2SL does under the default
// rounding mode; |t| < 2**31 here so the magic constant is exact.
inline int32_t round_even_int32(double t) {
  if (!(t > -2147483648.0 && t < 2147483648.0)) return INT32_MIN;  // "indefinite"
  double r = t + 0x1.8p52;  // the units digit now holds the rounded value
  return int32_t(r - 0x1.8p52);
}

// e**(hi-lo) * 2**k with fdlibm's rational approximation of e**r.
double exp_reduced(double hi, double lo, int64_t k) {
  constexpr double P1 = 1.66666666666666657415e-01;
  constexpr double P2 = -2.77777777770155933842e-03;
  constexpr double P3 = 6.61375632143793436117e-05;
  constexpr double P4 = -1.65339022054652515390e-06;
  constexpr double P5 = 4.13813679705723846039e-08;
  double r = hi - lo;
  double t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, k);
}

// a*b + c rounded once, without an FMA instruction (WebAssembly has none,
// and a library fma done in integers is slow): Boldo and Melquiond's
// emulation. The product is split exactly into hi + lo (Veltkamp/Dekker),
// c + hi exactly into th + tl, and the small parts tl + lo are added with
// rounding to odd, which makes the final rounding of th + v correct. Exact
// while nothing overflows or underflows, which holds where Exp's result
// depends on it.
#if defined(__wasm__)
inline void exact_product(double a, double b, double* hi, double* lo) {
  constexpr double kSplit = 134217729.0;  // 2**27 + 1
  double p = a * b;
  double ca = kSplit * a, cb = kSplit * b;
  double ah = ca - (ca - a), bh = cb - (cb - b);
  double al = a - ah, bl = b - bh;
  *hi = p;
  *lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}
inline void exact_sum(double a, double b, double* s, double* e) {
  double x = a + b;
  double bv = x - a, av = x - bv;
  *s = x;
  *e = (a - av) + (b - bv);
}
inline double add_round_to_odd(double a, double b) {
  double s, e;
  exact_sum(a, b, &s, &e);
  // When inexact and even, step one ulp toward the exact sum. Branch-free:
  // the conditions are data-dependent coin flips the CPU cannot predict.
  uint64_t sb = bits(s);
  uint64_t fix = uint64_t(e != 0) & ~sb & 1;
  uint64_t away = uint64_t((e > 0) == (s > 0));
  return from_bits(sb + (fix & away) - (fix & ~away));
}
inline double fused_multiply_add(double a, double b, double c) {
  double uh, ul, th, tl;
  exact_product(a, b, &uh, &ul);
  exact_sum(c, uh, &th, &tl);
  double v = add_round_to_odd(tl, ul);
  return v == 0 ? th : th + v;  // keeps the sign of an exact zero
}
#else
[[gnu::always_inline]] inline double fused_multiply_add(double a, double b, double c) {
  return __builtin_fma(a, b, c);
}
#endif

// Go's amd64 Exp (Shibata's method, as in SLEEF): reduce by k*ln2, divide
// by 16, sum the Taylor series to x**8/8!, then square four times through
// (1+y)**2 - 1 = y*(y+2). Go takes the FMA variant on CPUs with AVX and
// FMA, which is what we reproduce: every fma below rounds once, like
// VFMADD. On x86-64 the kernel is inlined twice, once compiled for the FMA
// instruction (used when the CPU has it) and once calling the C library's
// correctly rounded fma; on WebAssembly it uses the emulation above.
[[gnu::always_inline]] inline double exp_kernel(double x) {
  constexpr double kLog2e = 0x1.71547652b82fep+00;
  constexpr double kLn2Upper = 0x1.62e42fefa3p-01;
  constexpr double kLn2Lower = 0x1.3de6af278ece6p-42;
  constexpr double kOverflow = 0x1.62e42fefa39efp+09;
  uint64_t b = bits(x);
  if ((b & ~(uint64_t(1) << 63)) >= 0x7FF0000000000000) {
    return b == 0xFFF0000000000000 ? 0 : x;  // -Inf; NaN and +Inf pass through
  }
  if (x > kOverflow) return inf(1);
  int32_t k = round_even_int32(kLog2e * x);
  double kf = double(k);
  x = fused_multiply_add(-kLn2Upper, kf, x);
  x = fused_multiply_add(-kLn2Lower, kf, x);
  x *= 0.0625;
  double p = 2.4801587301587301587e-5;
  p = fused_multiply_add(p, x, 1.9841269841269841270e-4);
  p = fused_multiply_add(p, x, 1.3888888888888888889e-3);
  p = fused_multiply_add(p, x, 8.3333333333333333333e-3);
  p = fused_multiply_add(p, x, 4.1666666666666666667e-2);
  p = fused_multiply_add(p, x, 1.6666666666666666667e-1);
  p = fused_multiply_add(p, x, 0.5);
  p = fused_multiply_add(p, x, 1.0);
  x *= p;
  x *= x + 2;
  x *= x + 2;
  x *= x + 2;
  x = fused_multiply_add(x, x + 2, 1.0);
  // Scale by 2**k, in two steps when the result is subnormal.
  int64_t e = int64_t(k) + 0x3FF;
  if (e <= 0) {
    if (e < -52) return 0;
    x *= from_bits(uint64_t(e + 0x3FE) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return inf(1);
  }
  return x * from_bits(uint64_t(e) << 52);
}

#if defined(__x86_64__) && defined(__GNUC__)
[[gnu::target("fma")]] double exp_with_fma_insn(double x) {
  return exp_kernel(x);
}
// Set during static initialization, before main: cpu_init must come first.
const bool kCpuHasFma = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("fma") != 0;
}();
#endif

}  // namespace

double exp(double x) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (kCpuHasFma) return exp_with_fma_insn(x);
#endif
  return exp_kernel(x);
}

// Go's amd64 Log: fdlibm's log, but the exponent is split off without
// normalizing subnormals first, and f1 <= sqrt(2)/2 (not <) is doubled.
double log(double x) {
  constexpr double kHalfSqrt2 = 7.07106781186547524401e-01;
  constexpr double L1 = 6.666666666666735130e-01;
  constexpr double L2 = 3.999999999940941908e-01;
  constexpr double L3 = 2.857142874366239149e-01;
  constexpr double L4 = 2.222219843214978396e-01;
  constexpr double L5 = 1.818357216161805012e-01;
  constexpr double L6 = 1.531383769920937332e-01;
  constexpr double L7 = 1.479819860511658591e-01;
  uint64_t b = bits(x);
  if ((b & ~(uint64_t(1) << 63)) == 0) return inf(-1);
  if (int64_t(b) < 0) return nan();  // negative, including -NaN
  if (b >= 0x7FF0000000000000) return x;
  double f1 = from_bits((b & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = double(int32_t((b >> 52) & 0x7FF) - 0x3FE);
  if (!(kHalfSqrt2 < f1)) {
    k -= 1;
    f1 *= 2;
  }
  double f = f1 - 1;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
  double t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
  double r = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * kLn2Hi - ((hfsq - (s * (hfsq + r) + k * kLn2Lo)) - f);
}

// 2**x: split x = k + t with |t| <= 1/2, then e**(t*ln2) from the shared
// reduced kernel.
double exp2(double x) {
  if (is_nan(x) || x == inf(1)) return x;
  if (x == inf(-1)) return 0;
  if (x > 1.0239999999999999e+03) return inf(1);
  if (x < -1.0740e+03) return 0;
  int64_t k = 0;
  if (x > 0) k = int64_t(x + 0.5);
  if (x < 0) k = int64_t(x - 0.5);
  double t = x - double(k);
  return exp_reduced(t * kLn2Hi, -t * kLn2Lo, k);
}

// fdlibm's expm1: reduce by k*ln2 keeping the rounding error c, a rational
// approximation on the reduced argument, then undo the scaling with care
// for cancellation against the -1.
double expm1(double x) {
  constexpr double kOverflowAt = 7.09782712893383973096e+02;
  constexpr double kLn2Times56 = 3.88162421113569373274e+01;
  constexpr double kLn2Times1_5 = 1.03972077083991796413e+00;
  constexpr double kLn2Half = 3.46573590279972654709e-01;
  constexpr double kInvLn2 = 1.44269504088896338700e+00;
  constexpr double Q1 = -3.33333333333331316428e-02;
  constexpr double Q2 = 1.58730158725481460165e-03;
  constexpr double Q3 = -7.93650757867487942473e-05;
  constexpr double Q4 = 4.00821782732936239552e-06;
  constexpr double Q5 = -2.01099218183624371326e-07;
  if (x == inf(1) || is_nan(x)) return x;
  if (x == inf(-1)) return -1;
  bool neg = x < 0;
  double ax = neg ? -x : x;
  if (ax >= kLn2Times56) {
    if (neg) return -1;
    if (ax >= kOverflowAt) return inf(1);
  }
  double c = 0;
  int64_t k = 0;
  if (ax > kLn2Half) {
    double hi, lo;
    if (ax < kLn2Times1_5) {
      hi = neg ? x + kLn2Hi : x - kLn2Hi;
      lo = neg ? -kLn2Lo : kLn2Lo;
      k = neg ? -1 : 1;
    } else {
      k = int64_t(neg ? kInvLn2 * x - 0.5 : kInvLn2 * x + 0.5);
      double t = double(k);
      hi = x - t * kLn2Hi;
      lo = t * kLn2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (ax < 0x1p-54) {
    return x;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  uint64_t kexp = uint64_t(k) << 52;  // adds k to an exponent field
  if (k <= -2 || k > 56) {
    double y = 1 - (e - x);
    return from_bits(bits(y) + kexp) - 1;
  }
  if (k < 20) {
    double one_minus = from_bits(0x3ff0000000000000 - (0x20000000000000 >> k));  // 1-2**-k
    double y = one_minus - (e - x);
    return from_bits(bits(y) + kexp);
  }
  double y = x - (e + from_bits(uint64_t(0x3ff - k) << 52));
  y += 1;
  return from_bits(bits(y) + kexp);
}

double log2(double x) {
  int64_t e;
  double frac = frexp(x, &e);
  if (frac == 0.5) return double(e - 1);  // exact powers of two
  return log(frac) * 0x1.71547652b82fep+00 + double(e);
}

double log10(double x) {
  return log(x) * 0x1.bcb7b1526e50ep-02;
}

// fdlibm's log1p: 1+x = 2**k * (1+f) with the rounding error of 1+x kept
// as a correction c, then the same series as log.
double log1p(double x) {
  constexpr double kSqrt2Minus1 = 4.142135623730950488017e-01;
  constexpr double kHalfSqrt2Minus1 = -2.928932188134524755992e-01;
  constexpr double Lp1 = 6.666666666666735130e-01;
  constexpr double Lp2 = 3.999999999940941908e-01;
  constexpr double Lp3 = 2.857142874366239149e-01;
  constexpr double Lp4 = 2.222219843214978396e-01;
  constexpr double Lp5 = 1.818357216161805012e-01;
  constexpr double Lp6 = 1.531383769920937332e-01;
  constexpr double Lp7 = 1.479819860511658591e-01;
  if (x < -1 || is_nan(x)) return nan();
  if (x == -1) return inf(-1);
  if (x == inf(1)) return inf(1);
  double ax = abs(x);
  double f = 0;
  uint64_t iu = 0;
  int64_t k = 1;
  if (ax < kSqrt2Minus1) {
    if (ax < 0x1p-29) {
      if (ax < 0x1p-54) return x;
      return x - x * x * 0.5;
    }
    if (x > kHalfSqrt2Minus1) {
      k = 0;
      f = x;
      iu = 1;
    }
  }
  double c = 0;
  if (k != 0) {
    double u;
    if (ax < 0x1p53) {
      u = 1.0 + x;
      iu = bits(u);
      k = int64_t((iu >> 52) - 1023);
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      iu = bits(u);
      k = int64_t((iu >> 52) - 1023);
      c = 0;
    }
    iu &= 0x000fffffffffffff;
    if (iu < 0x0006a09e667f3bcd) {
      u = from_bits(iu | 0x3ff0000000000000);
    } else {
      k++;
      u = from_bits(iu | 0x3fe0000000000000);
      iu = (0x0010000000000000 - iu) >> 2;
    }
    f = u - 1.0;
  }
  double hfsq = 0.5 * f * f;
  double kf = double(k);
  if (iu == 0) {  // f is tiny: a short series without the division
    if (f == 0) {
      if (k == 0) return 0;
      c += kf * kLn2Lo;
      return kf * kLn2Hi + c;
    }
    double r = hfsq * (1.0 - 0x1.5555555555555p-01 * f);
    if (k == 0) return f - r;
    return kf * kLn2Hi - ((r - (kf * kLn2Lo + c)) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  double r = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k == 0) return f - (hfsq - s * (hfsq + r));
  return kf * kLn2Hi - ((hfsq - (s * (hfsq + r) + (kf * kLn2Lo + c))) - f);
}

namespace {

bool is_odd_int(double x) {
  if (abs(x) >= 0x1p53) return false;
  double frac;
  double ip = modf(x, &frac);
  return frac == 0 && (int64_t(ip) & 1) == 1;
}

}  // namespace

// x**y: e**(yf*ln x) for the fractional part of y, and the integer part by
// repeated squaring of frexp(x) with the exponent kept separately, so that
// intermediate results cannot overflow.
double pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (is_nan(x) || is_nan(y)) return nan();
  if (x == 0) {
    if (y < 0) return signbit(x) && is_odd_int(y) ? inf(-1) : inf(1);
    if (y > 0) return signbit(x) && is_odd_int(y) ? x : 0;
  }
  if (is_inf(y)) {
    if (x == -1) return 1;
    if ((abs(x) < 1) == (y > 0)) return 0;
    return inf(1);
  }
  if (is_inf(x)) {
    if (x < 0) return pow(1 / x, -y);  // as Pow(-0, -y)
    if (y < 0) return 0;
    if (y > 0) return inf(1);
  }
  if (y == 0.5) return sqrt(x);
  if (y == -0.5) return 1 / sqrt(x);
  double yf;
  double yi = modf(abs(y), &yf);
  if (yf != 0 && x < 0) return nan();
  if (yi >= 0x1p63) {
    if (x == -1) return 1;
    if ((abs(x) < 1) == (y > 0)) return 0;
    return inf(1);
  }
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  int64_t xe;
  double x1 = frexp(x, &xe);
  for (int64_t i = int64_t(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

// fdlibm's cbrt: a 5-bit guess from the exponent bits, a rational step to
// about 23 bits, then one Newton step on a rounded-down 26-bit value.
double cbrt(double x) {
  constexpr uint64_t B1 = 715094163;
  constexpr uint64_t B2 = 696219795;
  constexpr double C = 5.42857142857142815906e-01;
  constexpr double D = -7.05306122448979611050e-01;
  constexpr double E = 1.41428571428571436819e+00;
  constexpr double F = 1.60714285714285720630e+00;
  constexpr double G = 3.57142857142857150787e-01;
  if (x == 0 || is_nan(x) || is_inf(x)) return x;
  bool neg = x < 0;
  if (neg) x = -x;
  double t = from_bits(bits(x) / 3 + (B1 << 32));
  if (x < 0x1p-1022) {
    t = 0x1p54;
    t *= x;
    t = from_bits(bits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = from_bits((bits(t) & (uint64_t(0xFFFFFFFFC) << 28)) + (uint64_t(1) << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return neg ? -t : t;
}

// Go's amd64 Hypot: max * sqrt(1 + (min/max)**2).
double hypot(double p, double q) {
  constexpr uint64_t kInfBits = 0x7FF0000000000000;
  uint64_t pb = bits(p) & ~(uint64_t(1) << 63);
  uint64_t qb = bits(q) & ~(uint64_t(1) << 63);
  if (pb >= kInfBits || qb >= kInfBits) {
    return pb == kInfBits || qb == kInfBits ? inf(1) : nan();
  }
  if ((pb | qb) == 0) return 0;
  p = from_bits(pb);
  q = from_bits(qb);
  double hi = p > q ? p : q;
  double lo = q < p ? q : p;
  double r = lo / hi;
  return hi * std::sqrt(r * r + 1.0);
}

}  // namespace gopark::stdlib::gomath
