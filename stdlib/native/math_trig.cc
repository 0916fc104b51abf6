// math_trig.cc - circular and hyperbolic functions and their inverses as
// Go 1.22 computes them (math_impl.h): Cephes' sin/cos/tan polynomials
// after reduction to an octant (Cody-Waite below 2**29, Payne-Hanek with
// 4/pi in binary above), Cephes' atan, and fdlibm/Cephes-style hyperbolics
// on top of our exp, log and log1p.
#include <cmath>

#include "stdlib/native/math_impl.h"

namespace gopark::stdlib::gomath {

namespace {

constexpr double kPi = 0x1.921fb54442d18p+01;
constexpr double kPiOver2 = 0x1.921fb54442d18p+00;
constexpr double kPiOver4 = 0x1.921fb54442d18p-01;
constexpr double k4OverPi = 0x1.45f306dc9c883p+00;
// pi/4 in three pieces whose products with small integers are exact.
constexpr double kPi4A = 7.85398125648498535156e-1;
constexpr double kPi4B = 3.77489470793079817668e-8;
constexpr double kPi4C = 2.69515142907905952645e-15;
constexpr double kReduceLarge = 0x1p29;

// Coefficients (Cephes) of sin(z) = z + z**3 * S(z**2) and
// cos(z) = 1 - z**2/2 + z**4 * C(z**2) on |z| <= pi/4.
constexpr double kSin[6] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
constexpr double kCos[6] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9,  -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

// The binary digits of 4/pi, 64 per word, for reducing huge arguments.
constexpr uint64_t kFourOverPi[20] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// Shifts with Go's semantics: a count of 64 or more gives 0.
inline uint64_t shl(uint64_t v, unsigned n) {
  return n >= 64 ? 0 : v << n;
}
inline uint64_t shr(uint64_t v, unsigned n) {
  return n >= 64 ? 0 : v >> n;
}

struct Octant {
  uint64_t j;  // which octant, made even (0, 2, 4 or 6 after masking)
  double z;    // the remainder, in [-pi/4, pi/4]
};

// Payne-Hanek: multiply the mantissa by the 192 bits of 4/pi that matter
// for this exponent; the integer part gives the octant, the fraction z.
Octant reduce_huge(double x) {
  if (x < kPiOver4) return {0, x};
  uint64_t ix = bits(x);
  int exp = int((ix >> 52) & 0x7FF) - 1023 - 52;
  ix = (ix & ((uint64_t(1) << 52) - 1)) | (uint64_t(1) << 52);
  unsigned digit = unsigned(exp + 61) / 64, shift = unsigned(exp + 61) % 64;
  uint64_t z0 = shl(kFourOverPi[digit], shift) | shr(kFourOverPi[digit + 1], 64 - shift);
  uint64_t z1 = shl(kFourOverPi[digit + 1], shift) | shr(kFourOverPi[digit + 2], 64 - shift);
  uint64_t z2 = shl(kFourOverPi[digit + 2], shift) | shr(kFourOverPi[digit + 3], 64 - shift);
  using u128 = unsigned __int128;
  uint64_t z2hi = uint64_t((u128(z2) * ix) >> 64);
  u128 p1 = u128(z1) * ix;
  uint64_t z1hi = uint64_t(p1 >> 64), z1lo = uint64_t(p1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo;
  uint64_t hi = z0lo + z1hi + carry;
  uint64_t j = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = hi == 0 ? 64 : unsigned(__builtin_clzll(hi));
  uint64_t e = uint64_t(1023 - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 12;
  hi |= e << 52;
  double z = from_bits(hi);
  if (j & 1) {
    j++;
    j &= 7;
    z--;
  }
  return {j, z * kPiOver4};
}

// x >= 0 and finite.
inline Octant reduce(double x) {
  if (x >= kReduceLarge) return reduce_huge(x);
  uint64_t j = uint64_t(x * k4OverPi);
  double y = double(j);
  if (j & 1) {
    j++;
    y++;
  }
  return {j & 7, ((x - y * kPi4A) - y * kPi4B) - y * kPi4C};
}

inline double sin_poly(double z, double zz) {
  return z +
         z * zz *
             ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz +
              kSin[5]);
}
inline double cos_poly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz *
             ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz +
              kCos[5]);
}

}  // namespace

double sin(double x) {
  if (x == 0 || is_nan(x)) return x;
  if (is_inf(x)) return nan();
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  Octant o = reduce(x);
  if (o.j > 3) {
    neg = !neg;
    o.j -= 4;
  }
  double zz = o.z * o.z;
  double y = (o.j == 1 || o.j == 2) ? cos_poly(zz) : sin_poly(o.z, zz);
  return neg ? -y : y;
}

double cos(double x) {
  if (is_nan(x) || is_inf(x)) return nan();
  Octant o = reduce(abs(x));
  bool neg = false;
  if (o.j > 3) {
    o.j -= 4;
    neg = !neg;
  }
  if (o.j > 1) neg = !neg;
  double zz = o.z * o.z;
  double y = (o.j == 1 || o.j == 2) ? sin_poly(o.z, zz) : cos_poly(zz);
  return neg ? -y : y;
}

void sincos(double x, double* s, double* c) {
  if (x == 0) {
    *s = x;
    *c = 1;
    return;
  }
  if (is_nan(x) || is_inf(x)) {
    *s = *c = nan();
    return;
  }
  bool sneg = false, cneg = false;
  if (x < 0) {
    x = -x;
    sneg = true;
  }
  Octant o = reduce(x);
  if (o.j > 3) {
    o.j -= 4;
    sneg = !sneg;
    cneg = !cneg;
  }
  if (o.j > 1) cneg = !cneg;
  double zz = o.z * o.z;
  double cv = cos_poly(zz);
  double sv = sin_poly(o.z, zz);
  if (o.j == 1 || o.j == 2) {
    double t = sv;
    sv = cv;
    cv = t;
  }
  *c = cneg ? -cv : cv;
  *s = sneg ? -sv : sv;
}

// Cephes' tan: a rational approximation on the octant, and -1/tan in the
// odd quadrants.
double tan(double x) {
  constexpr double P0 = -1.30936939181383777646e4, P1 = 1.15351664838587416140e6,
                   P2 = -1.79565251976484877988e7;
  constexpr double Q1 = 1.36812963470692954678e4, Q2 = -1.32089234440210967447e6,
                   Q3 = 2.50083801823357915839e7, Q4 = -5.38695755929454629881e7;
  if (x == 0 || is_nan(x)) return x;
  if (is_inf(x)) return nan();
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  Octant o = reduce(x);
  double z = o.z;
  double zz = z * z;
  double y = z;
  if (zz > 1e-14) {
    y = z + z * (zz * ((P0 * zz + P1) * zz + P2) / ((((zz + Q1) * zz + Q2) * zz + Q3) * zz + Q4));
  }
  if (o.j & 2) y = -1 / y;
  return neg ? -y : y;
}

namespace {

// Cephes' atan kernel on [0, 0.66]: x + x**3 * P(x**2)/Q(x**2).
double atan_kernel(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                   P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                   P4 = -6.485021904942025371773e+01;
  constexpr double Q0 = +2.485846490142306297962e+01, Q1 = +1.650270098316988542046e+02,
                   Q2 = +4.328810604912902668951e+02, Q3 = +4.853903996359136964868e+02,
                   Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
      (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

// atan for x >= 0, mapping large arguments through atan(1/x) and the middle
// range through atan((x-1)/(x+1)) + pi/4; Morebits restores the part of
// pi/2 a float64 drops.
double atan_positive(double x) {
  constexpr double kMorebits = 6.123233995736765886130e-17;
  constexpr double kHalfMorebits = 0x1.1a62633145c07p-55;
  constexpr double kTan3Pi8 = 2.41421356237309504880;
  if (x <= 0.66) return atan_kernel(x);
  if (x > kTan3Pi8) return kPiOver2 - atan_kernel(1 / x) + kMorebits;
  return kPiOver4 + atan_kernel((x - 1) / (x + 1)) + kHalfMorebits;
}

}  // namespace

double atan(double x) {
  if (x == 0) return x;
  return x > 0 ? atan_positive(x) : -atan_positive(-x);
}

double asin(double x) {
  if (x == 0) return x;
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x > 1) return nan();
  double t = std::sqrt(1 - x * x);
  t = x > 0.7 ? kPiOver2 - atan_positive(t / x) : atan_positive(x / t);
  return neg ? -t : t;
}

double acos(double x) {
  return kPiOver2 - asin(x);
}

double atan2(double y, double x) {
  if (is_nan(y) || is_nan(x)) return nan();
  if (y == 0) return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(kPi, y);
  if (x == 0) return copysign(kPiOver2, y);
  if (is_inf(x)) {
    if (x > 0) return is_inf(y) ? copysign(kPiOver4, y) : copysign(0, y);
    return is_inf(y) ? copysign(0x1.2d97c7f3321d2p+01, y) : copysign(kPi, y);
  }
  if (is_inf(y)) return copysign(kPiOver2, y);
  double q = atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

// Cephes' sinh: a rational approximation below 0.5, e**x otherwise.
double sinh(double x) {
  constexpr double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                   P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2;
  constexpr double Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                   Q2 = -0.173678953558233699533450911e+3;
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  double t;
  if (x > 21) {
    t = exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = exp(x);
    t = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    t = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    t = t / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return neg ? -t : t;
}

double cosh(double x) {
  x = abs(x);
  if (x > 21) return exp(x) * 0.5;
  double ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

// Cephes' tanh: rational below 0.625, 1 - 2/(e**2x + 1) above.
double tanh(double x) {
  constexpr double P0 = -9.64399179425052238628e-1, P1 = -9.92877231001918586564e1,
                   P2 = -1.61468768441708447952e3;
  constexpr double Q0 = 1.12811678491632931402e2, Q1 = 2.23548839060100448583e3,
                   Q2 = 4.84406305325125486048e3;
  constexpr double kHalfMaxLog = 0x1.601e678fc457bp+05;  // log(2**127)/2
  double z = abs(x);
  if (z > kHalfMaxLog) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P0 * s + P1) * s + P2) / (((s + Q0) * s + Q1) * s + Q2);
}

double asinh(double x) {
  constexpr double kLn2 = 6.93147180559945286227e-01;
  if (is_nan(x) || is_inf(x)) return x;
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  double t;
  if (x > 0x1p28) {
    t = log(x) + kLn2;
  } else if (x > 2) {
    t = log(2 * x + 1 / (std::sqrt(x * x + 1) + x));
  } else if (x < 0x1p-28) {
    t = x;
  } else {
    t = log1p(x + x * x / (1 + std::sqrt(1 + x * x)));
  }
  return neg ? -t : t;
}

double acosh(double x) {
  if (x < 1 || is_nan(x)) return nan();
  if (x == 1) return 0;
  if (x >= 0x1p28) return log(x) + 0x1.62e42fefa39efp-01;
  if (x > 2) return log(2 * x - 1 / (x + std::sqrt(x * x - 1)));
  double t = x - 1;
  return log1p(t + std::sqrt(2 * t + t * t));
}

double atanh(double x) {
  if (x < -1 || x > 1 || is_nan(x)) return nan();
  if (x == 1) return inf(1);
  if (x == -1) return inf(-1);
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  double t;
  if (x < 0x1p-28) {
    t = x;
  } else if (x < 0.5) {
    t = x + x;
    t = 0.5 * log1p(t + t * x / (1 - x));
  } else {
    t = 0.5 * log1p((x + x) / (1 - x));
  }
  return neg ? -t : t;
}

}  // namespace gopark::stdlib::gomath
