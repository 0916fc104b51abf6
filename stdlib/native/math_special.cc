// math_special.cc - the error function, its inverse, Gamma and log-Gamma as
// Go 1.22 computes them (math_impl.h): fdlibm's erf/erfc and lgamma,
// Cephes' Gamma, and Giles' rational approximations for Erfinv.
#include "stdlib/native/math_impl.h"
#include "stdlib/native/math_poly.h"

namespace gopark::stdlib::gomath {

namespace {

constexpr double kPi = 0x1.921fb54442d18p+01;

// erf(1) to single precision: erf near 1 is erx + P(x-1)/Q(x-1).
constexpr double kErx = 8.45062911510467529297e-01;
constexpr double kEfx = 1.28379167095512586316e-01;   // 2/sqrt(pi) - 1
constexpr double kEfx8 = 1.02703333676410069053e+00;  // 8*kEfx
// erf on [0, 0.84375]: x + x*P(x**2)/Q(x**2).
constexpr double kErfP[] = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
                            -2.84817495755985104766e-02, -5.77027029648944159157e-03,
                            -2.37630166566501626084e-05};
constexpr double kErfQ[] = {1,
                            3.97917223959155352819e-01,
                            6.50222499887672944485e-02,
                            5.08130628187576562776e-03,
                            1.32494738004321644526e-04,
                            -3.96022827877536812320e-06};
// [0.84375, 1.25]: in s = x-1.
constexpr double kErfPA[] = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
                             -3.72207876035701323847e-01, 3.18346619901161753674e-01,
                             -1.10894694282396677476e-01, 3.54783043256182359371e-02,
                             -2.16637559486879084300e-03};
constexpr double kErfQA[] = {1,
                             1.06420880400844228286e-01,
                             5.40397917702171048937e-01,
                             7.18286544141962662868e-02,
                             1.26171219808761642112e-01,
                             1.36370839120290507362e-02,
                             1.19844998467991074170e-02};
// [1.25, 1/0.35]: erfc(x) = exp(-x*x - 0.5625 + R/S)/x in s = 1/x**2.
constexpr double kErfRA[] = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
                             -1.05586262253232909814e+01, -6.23753324503260060396e+01,
                             -1.62396669462573470355e+02, -1.84605092906711035994e+02,
                             -8.12874355063065934246e+01, -9.81432934416914548592e+00};
constexpr double kErfSA[] = {1,
                             1.96512716674392571292e+01,
                             1.37657754143519042600e+02,
                             4.34565877475229228821e+02,
                             6.45387271733267880336e+02,
                             4.29008140027567833386e+02,
                             1.08635005541779435134e+02,
                             6.57024977031928170135e+00,
                             -6.04244152148580987438e-02};
// [1/0.35, 28].
constexpr double kErfRB[] = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
                             -1.77579549177547519889e+01, -1.60636384855821916062e+02,
                             -6.37566443368389627722e+02, -1.02509513161107724954e+03,
                             -4.83519191608651397019e+02};
constexpr double kErfSB[] = {1,
                             3.03380607434824582924e+01,
                             3.25792512996573918826e+02,
                             1.53672958608443695994e+03,
                             3.19985821950859553908e+03,
                             2.55305040643316442583e+03,
                             4.74528541206955367215e+02,
                             -2.24409524465858183362e+01};

// erfc(x) = exp(-x*x - 0.5625 + R/S) / x for x in [1.25, 28), with x*x
// split as z*z plus a correction (z is x with its low 32 bits cleared) to
// keep it exact.
double erf_tail(double x) {
  double s = 1 / (x * x);
  double r, q;
  if (x < 0x1.6db6db6db6db7p+01) {  // 1/0.35
    r = horner(kErfRA, s);
    q = horner(kErfSA, s);
  } else {
    r = horner(kErfRB, s);
    q = horner(kErfSB, s);
  }
  double z = from_bits(bits(x) & 0xffffffff00000000);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + r / q) / x;
}

}  // namespace

double erf(double x) {
  if (is_nan(x)) return nan();
  if (x == inf(1)) return 1;
  if (x == inf(-1)) return -1;
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x < 0.84375) {
    double t;
    if (x < 0x1p-28) {
      t = x < 0x1p-1015 ? 0.125 * (8.0 * x + kEfx8 * x) : x + kEfx * x;
    } else {
      double z = x * x;
      t = x + x * (horner(kErfP, z) / horner(kErfQ, z));
    }
    return neg ? -t : t;
  }
  if (x < 1.25) {
    double s = x - 1;
    double pq = horner(kErfPA, s) / horner(kErfQA, s);
    return neg ? -kErx - pq : kErx + pq;
  }
  if (x >= 6) return neg ? -1 : 1;
  double r = erf_tail(x);
  return neg ? r - 1 : 1 - r;
}

double erfc(double x) {
  if (is_nan(x)) return nan();
  if (x == inf(1)) return 0;
  if (x == inf(-1)) return 2;
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x < 0.84375) {
    double t;
    if (x < 0x1p-56) {
      t = x;
    } else {
      double z = x * x;
      double y = horner(kErfP, z) / horner(kErfQ, z);
      t = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
    }
    return neg ? 1 + t : 1 - t;
  }
  if (x < 1.25) {
    double s = x - 1;
    double pq = horner(kErfPA, s) / horner(kErfQA, s);
    // 1 + erx and 1 - erx are exact (erx has few significant bits).
    return neg ? (1 + kErx) + pq : (1 - kErx) - pq;
  }
  if (x < 28) {
    if (neg && x > 6 && x >= 0x1.6db6db6db6db7p+01) return 2;
    double v = erf_tail(x);
    return neg ? 2 - v : v;
  }
  return neg ? 2 : 0;
}

// Giles-style rational approximations in r = 0.180625 - x*x/4 near 0 and
// in r = sqrt(ln2 - ln(1-x)) in the tails.
double erfinv(double x) {
  static constexpr double A[] = {1.1975323115670912564578e0, 4.7072688112383978012285e1,
                                 6.9706266534389598238465e2, 4.8548868893843886794648e3,
                                 1.6235862515167575384252e4, 2.3782041382114385731252e4,
                                 1.1819493347062294404278e4, 8.8709406962545514830200e2};
  static constexpr double B[] = {1.0000000000000000000e0, 4.2313330701600911252e1,
                                 6.8718700749205790830e2, 5.3941960214247511077e3,
                                 2.1213794301586595867e4, 3.9307895800092710610e4,
                                 2.8729085735721942674e4, 5.2264952788528545610e3};
  static constexpr double C[] = {1.42343711074968357734e0,  4.63033784615654529590e0,
                                 5.76949722146069140550e0,  3.64784832476320460504e0,
                                 1.27045825245236838258e0,  2.41780725177450611770e-1,
                                 2.27238449892691845833e-2, 7.74545014278341407640e-4};
  static constexpr double D[] = {1.4142135623730950488016887e0,  2.9036514445419946173133295e0,
                                 2.3707661626024532365971225e0,  9.7547832001787427186894837e-1,
                                 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
                                 7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9};
  static constexpr double E[] = {6.65790464350110377720e0,  5.46378491116411436990e0,
                                 1.78482653991729133580e0,  2.96560571828504891230e-1,
                                 2.65321895265761230930e-2, 1.24266094738807843860e-3,
                                 2.71155556874348757815e-5, 2.01033439929228813265e-7};
  static constexpr double F[] = {1.414213562373095048801689e0,  8.482908416595164588112026e-1,
                                 1.936480946950659106176712e-1, 2.103693768272068968719679e-2,
                                 1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
                                 2.010321207683943062279931e-7, 2.891024605872965461538222e-15};
  if (is_nan(x) || x <= -1 || x >= 1) {
    if (x == -1 || x == 1) return inf(int(x));
    return nan();
  }
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  double ans;
  if (x <= 0.85) {
    double r = 0.180625 - 0.25 * x * x;
    ans = (x * horner(A, r)) / horner(B, r);
  } else {
    double r = sqrt(0x1.62e42fefa39efp-01 - log(1.0 - x));
    if (r <= 5.0) {
      r -= 1.6;
      ans = horner(C, r) / horner(D, r);
    } else {
      r -= 5.0;
      ans = horner(E, r) / horner(F, r);
    }
  }
  return neg ? -ans : ans;
}

namespace {

// Stirling's series for Gamma(x), x >= 33, as a product of two factors so
// that callers can avoid a premature overflow.
void stirling(double x, double* f1, double* f2) {
  static constexpr double S[] = {8.33333333333482257126e-02, 3.47222221605458667310e-03,
                                 -2.68132617805781232825e-03, -2.29549961613378126380e-04,
                                 7.87311395793093628397e-04};
  constexpr double kSqrtTwoPi = 0x1.40d931ff62706p+01;
  constexpr double kMaxStirling = 143.01608;
  if (x > 200) {
    *f1 = inf(1);
    *f2 = 1;
    return;
  }
  double w = 1 / x;
  w = 1 + w * horner(S, w);
  double y1 = exp(x);
  double y2 = 1.0;
  if (x > kMaxStirling) {  // x**(x-0.5) would overflow: take its square root twice
    double v = pow(x, 0.5 * x - 0.25);
    y2 = v / y1;
    y1 = v;
  } else {
    y1 = pow(x, x - 0.5) / y1;
  }
  *f1 = y1;
  *f2 = kSqrtTwoPi * w * y2;
}

bool is_neg_int(double x) {
  if (x >= 0) return false;
  double frac;
  modf(x, &frac);
  return frac == 0;
}

}  // namespace

// Cephes' Gamma: Stirling above 33 (with the reflection formula for
// negative x), otherwise shift into [2, 3) and use a rational approximation.
double gamma(double x) {
  static constexpr double P[] = {9.99999999999999996796e-01, 4.94214826801497100753e-01,
                                 2.07448227648435975150e-01, 4.76367800457137231464e-02,
                                 1.04213797561761569935e-02, 1.19135147006586384913e-03,
                                 1.60119522476751861407e-04};
  static constexpr double Q[] = {1.00000000000000000320e+00,  7.14304917030273074085e-02,
                                 -2.34591795718243348568e-01, 3.58236398605498653373e-02,
                                 1.18139785222060435552e-02,  -4.45641913851797240494e-03,
                                 5.39605580493303397842e-04,  -2.31581873324120129819e-05};
  constexpr double kEuler = 0x1.2788cfc6fb619p-01;
  if (is_neg_int(x) || x == inf(-1) || is_nan(x)) return nan();
  if (x == inf(1)) return inf(1);
  if (x == 0) return signbit(x) ? inf(-1) : inf(1);
  double q = abs(x);
  double p = floor(q);
  if (q > 33) {
    double s1, s2;
    if (x >= 0) {
      stirling(x, &s1, &s2);
      return s1 * s2;
    }
    int sign = (int64_t(p) & 1) == 0 ? -1 : 1;
    double z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * sin(kPi * z);
    if (z == 0) return inf(sign);
    stirling(q, &s1, &s2);
    double az = abs(z);
    double d = az * s1 * s2;
    z = is_inf(d) ? kPi / az / s1 / s2 : kPi / d;
    return double(sign) * z;
  }
  double z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  // Near the poles at 0 and the negative integers, 1/(x + Euler*x*x).
  while (x < 0) {
    if (x > -1e-09) return x == 0 ? inf(1) : z / ((1 + kEuler * x) * x);
    z = z / x;
    x = x + 1;
  }
  while (x < 2) {
    if (x < 1e-09) return x == 0 ? inf(1) : z / ((1 + kEuler * x) * x);
    z = z / x;
    x = x + 1;
  }
  if (x == 2) return z;
  x = x - 2;
  return z * horner(P, x) / horner(Q, x);
}

namespace {

// sin(pi*x) for x > 0 without the rounding of pi*x for large x: reduce x
// modulo 2 first.
double sin_pi(double x) {
  if (x < 0.25) return -sin(kPi * x);
  double z = floor(x);
  int64_t n;
  if (z != x) {
    x = mod(x, 2);
    n = int64_t(x * 4);
  } else if (x >= 0x1p53) {
    x = 0;
    n = 0;
  } else {
    if (x < 0x1p52) z = x + 0x1p52;  // the parity lands in the last bit
    n = int64_t(1 & bits(z));
    x = double(n);
    n <<= 2;
  }
  switch (n) {
    case 0:
      x = sin(kPi * x);
      break;
    case 1:
    case 2:
      x = cos(kPi * (0.5 - x));
      break;
    case 3:
    case 4:
      x = sin(kPi * (1 - x));
      break;
    case 5:
    case 6:
      x = -cos(kPi * (x - 1.5));
      break;
    default:
      x = sin(kPi * (x - 2));
      break;
  }
  return -x;
}

}  // namespace

// fdlibm's lgamma_r: rational and polynomial approximations around the
// minimum of Gamma on (0, 2), a shifted rational on [2, 8), Stirling's
// series above, and the reflection formula for negative x.
double lgamma(double x, int* sign) {
  static constexpr double A_even[] = {7.72156649015328655494e-02, 6.73523010531292681824e-02,
                                      7.38555086081402883957e-03, 1.19270763183362067845e-03,
                                      2.20862790713908385557e-04, 2.52144565451257326939e-05};
  static constexpr double A_odd[] = {3.22467033424113591611e-01, 2.05808084325167332806e-02,
                                     2.89051383673415629091e-03, 5.10069792153511336608e-04,
                                     1.08011567247583939954e-04, 4.48640949618915160150e-05};
  static constexpr double T0[] = {4.83836122723810047042e-01, -3.27885410759859649565e-02,
                                  6.10053870246291332635e-03, -1.40346469989232843813e-03,
                                  3.15632070903625950361e-04};
  static constexpr double T1[] = {-1.47587722994593911752e-01, 1.79706750811820387126e-02,
                                  -3.68452016781138256760e-03, 8.81081882437654011382e-04,
                                  -3.12754168375120860518e-04};
  static constexpr double T2[] = {6.46249402391333854778e-02, -1.03142241298341437450e-02,
                                  2.25964780900612472250e-03, -5.38595305356740546715e-04,
                                  3.35529192635519073543e-04};
  static constexpr double U[] = {-7.72156649015328655494e-02, 6.32827064025093366517e-01,
                                 1.45492250137234768737e+00,  9.77717527963372745603e-01,
                                 2.28963728064692451092e-01,  1.33810918536787660377e-02};
  static constexpr double V[] = {1.0,
                                 2.45597793713041134822e+00,
                                 2.12848976379893395361e+00,
                                 7.69285150456672783825e-01,
                                 1.04222645593369134254e-01,
                                 3.21709242282423911810e-03};
  static constexpr double S[] = {-7.72156649015328655494e-02, 2.14982415960608852501e-01,
                                 3.25778796408930981787e-01,  1.46350472652464452805e-01,
                                 2.66422703033638609560e-02,  1.84028451407337715652e-03,
                                 3.19475326584100867617e-05};
  static constexpr double R[] = {1.0,
                                 1.39200533467621045958e+00,
                                 7.21935547567138069525e-01,
                                 1.71933865632803078993e-01,
                                 1.86459191715652901344e-02,
                                 7.77942496381893596434e-04,
                                 7.32668430744625636189e-06};
  static constexpr double W[] = {8.33333333333329678849e-02, -2.77777777728775536470e-03,
                                 7.93650558643019558500e-04, -5.95187557450339963135e-04,
                                 8.36339918996282139126e-04, -1.63092934096575273989e-03};
  constexpr double kW0 = 4.18938533204672725052e-01;
  constexpr double kTc = 1.46163214496836224576e+00;  // the minimum of Gamma
  constexpr double kTf = -1.21486290535849611461e-01;
  constexpr double kTt = -3.63867699703950536541e-18;
  *sign = 1;
  if (is_nan(x) || is_inf(x)) return x;
  if (x == 0) return inf(1);
  bool neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x < 0x1p-70) {
    if (neg) *sign = -1;
    return -log(x);
  }
  double nadj = 0;
  if (neg) {
    if (x >= 0x1p52) return inf(1);  // a negative integer
    double t = sin_pi(x);
    if (t == 0) return inf(1);
    nadj = log(kPi / abs(t * x));
    if (t < 0) *sign = -1;
  }
  double lg;
  if (x == 1 || x == 2) {
    return 0;
  } else if (x < 2) {
    double y;
    int i;
    if (x <= 0.9) {
      lg = -log(x);
      if (x >= 0x1.76987d0eaed22p-01) {  // Ymin - 1 + 0.27
        y = 1 - x;
        i = 0;
      } else if (x >= 0x1.88766f1c02f69p-03) {  // Ymin - 1 - 0.27
        y = x - 0x1.d8b618d5af8fcp-02;          // x - (Tc - 1)
        i = 1;
      } else {
        y = x;
        i = 2;
      }
    } else {
      lg = 0;
      if (x >= 0x1.bb4c3e8757691p+00) {  // Ymin + 0.27
        y = 2 - x;
        i = 0;
      } else if (x >= 0x1.310ecde3805edp+00) {  // Ymin - 0.27
        y = x - kTc;
        i = 1;
      } else {
        y = x - 1;
        i = 2;
      }
    }
    if (i == 0) {
      double z = y * y;
      double p1 = horner(A_even, z);
      double p2 = z * horner(A_odd, z);
      double p = y * p1 + p2;
      lg += (p - 0.5 * y);
    } else if (i == 1) {
      double z = y * y;
      double w = z * y;
      double p1 = horner(T0, w);
      double p2 = horner(T1, w);
      double p3 = horner(T2, w);
      double p = z * p1 - (kTt - w * (p2 + y * p3));
      lg += (kTf + p);
    } else {
      double p1 = y * horner(U, y);
      double p2 = horner(V, y);
      lg += (-0.5 * y + p1 / p2);
    }
  } else if (x < 8) {
    int64_t i = int64_t(x);
    double y = x - double(i);
    double p = y * horner(S, y);
    double q = horner(R, y);
    lg = 0.5 * y + p / q;
    // lgamma(1+s) = log(s) + lgamma(s): multiply the shifts together.
    double z = 1.0;
    for (int64_t k = i; k >= 3; k--) z *= (y + double(k - 1));
    if (i >= 3) lg += log(z);
  } else if (x < 0x1p58) {
    double t = log(x);
    double z = 1 / x;
    double y = z * z;
    double w = kW0 + z * horner(W, y);
    lg = (x - 0.5) * (t - 1) + w;
  } else {
    lg = x * (log(x) - 1);
  }
  if (neg) lg = nadj - lg;
  return lg;
}

}  // namespace gopark::stdlib::gomath
