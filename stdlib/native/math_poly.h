// math_poly.h - polynomial evaluation for the math natives (math_impl.h).
#pragma once

#include <cstddef>

namespace gopark::stdlib::gomath {

// c[0] + z*(c[1] + z*(c[2] + ...)), evaluated innermost first (Horner),
// which is the operation order of the published fdlibm/Cephes formulas.
template <size_t N>
inline double horner(const double (&c)[N], double z) {
  double h = c[N - 1];
  for (size_t i = N - 1; i-- > 0;) h = h * z + c[i];
  return h;
}

}  // namespace gopark::stdlib::gomath
