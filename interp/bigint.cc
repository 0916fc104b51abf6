// bigint.cc - sign-magnitude big integers (see bigint.h).
//
// The magnitude routines work on little-endian vectors of 32-bit limbs so
// every partial product and carry fits in a uint64_t. Division is Knuth's
// algorithm D (TAOCP 4.3.1) in the form of Hacker's Delight's divmnu:
// normalize the divisor so its top limb has the high bit set, estimate each
// quotient limb from the top two dividend limbs, correct at most twice, and
// add back in the rare case the estimate was still one too large.
#include "interp/bigint.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace gopark::interp {

namespace {

using Mag = std::vector<uint32_t>;

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

int cmp_mag(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Mag add_mag(const Mag& a, const Mag& b) {
  const Mag& l = a.size() >= b.size() ? a : b;
  const Mag& s = a.size() >= b.size() ? b : a;
  Mag out(l.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < l.size(); i++) {
    uint64_t t = uint64_t{l[i]} + (i < s.size() ? s[i] : 0) + carry;
    out[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  out[l.size()] = static_cast<uint32_t>(carry);
  trim(out);
  return out;
}

// a - b where a >= b.
Mag sub_mag(const Mag& a, const Mag& b) {
  Mag out(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); i++) {
    int64_t t = int64_t{a[i]} - (i < b.size() ? b[i] : 0) - borrow;
    borrow = t < 0;
    out[i] = static_cast<uint32_t>(t + (borrow << 32));
  }
  trim(out);
  return out;
}

Mag mul_mag(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag out(a.size() + b.size());
  for (size_t i = 0; i < a.size(); i++) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); j++) {
      uint64_t t = uint64_t{a[i]} * b[j] + out[i + j] + carry;
      out[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    out[i + b.size()] = static_cast<uint32_t>(carry);
  }
  trim(out);
  return out;
}

// m = m * f + add, in place (f, add < 2^32): used by parsing.
void mul_add_small(Mag& m, uint32_t f, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t& limb : m) {
    uint64_t t = uint64_t{limb} * f + carry;
    limb = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  if (carry) m.push_back(static_cast<uint32_t>(carry));
}

// m /= d in place, returning the remainder (d != 0).
uint32_t div_small(Mag& m, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = m.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | m[i];
    m[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  trim(m);
  return static_cast<uint32_t>(rem);
}

Mag shl_mag(const Mag& a, unsigned n) {
  if (a.empty()) return {};
  unsigned limbs = n / 32, bits = n % 32;
  Mag out(a.size() + limbs + 1);
  for (size_t i = 0; i < a.size(); i++) {
    uint64_t t = uint64_t{a[i]} << bits;
    out[i + limbs] |= static_cast<uint32_t>(t);
    out[i + limbs + 1] |= static_cast<uint32_t>(t >> 32);
  }
  trim(out);
  return out;
}

Mag shr_mag(const Mag& a, unsigned n) {
  size_t limbs = n / 32;
  unsigned bits = n % 32;
  if (limbs >= a.size()) return {};
  Mag out(a.size() - limbs);
  for (size_t i = 0; i < out.size(); i++) {
    uint64_t t = a[i + limbs];
    if (i + limbs + 1 < a.size()) t |= uint64_t{a[i + limbs + 1]} << 32;
    out[i] = static_cast<uint32_t>(t >> bits);
  }
  trim(out);
  return out;
}

// Quotient and remainder of magnitudes; b is not zero.
void divmod_mag(const Mag& a, const Mag& b, Mag* q, Mag* r) {
  if (cmp_mag(a, b) < 0) {
    *q = {};
    *r = a;
    return;
  }
  if (b.size() == 1) {
    *q = a;
    uint32_t rem = div_small(*q, b[0]);
    *r = rem ? Mag{rem} : Mag{};
    return;
  }
  // Normalize so the divisor's top bit is set: then the two-limb estimate
  // of each quotient limb is at most 2 too large.
  const unsigned s = std::countl_zero(b.back());
  Mag v = shl_mag(b, s);
  Mag u = shl_mag(a, s);
  u.resize(a.size() + 1, 0);  // one extra top limb for the first step
  const size_t n = v.size(), m = a.size() - n;
  Mag quo(m + 1);
  constexpr uint64_t kBase = uint64_t{1} << 32;
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (uint64_t{u[j + n]} << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1], rhat = num % v[n - 1];
    while (qhat >= kBase || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      qhat--;
      rhat += v[n - 1];
      if (rhat >= kBase) break;
    }
    // u[j..j+n] -= qhat * v, tracking the borrow as a signed quantity.
    int64_t k = 0, t = 0;
    for (size_t i = 0; i < n; i++) {
      uint64_t p = qhat * v[i];
      t = int64_t{u[i + j]} - k - static_cast<int64_t>(p & 0xFFFFFFFF);
      u[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = int64_t{u[j + n]} - k;
    u[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {  // qhat was one too large: add v back
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        uint64_t s2 = uint64_t{u[i + j]} + v[i] + c;
        u[i + j] = static_cast<uint32_t>(s2);
        c = s2 >> 32;
      }
      u[j + n] += static_cast<uint32_t>(c);
    }
    quo[j] = static_cast<uint32_t>(qhat);
  }
  trim(quo);
  u.resize(n);
  trim(u);
  *q = std::move(quo);
  *r = shr_mag(u, s);
}

}  // namespace

BigInt BigInt::make(bool neg, Mag mag) {
  BigInt r;
  trim(mag);
  r.neg_ = neg && !mag.empty();
  r.mag_ = std::move(mag);
  return r;
}

BigInt::BigInt(int64_t v) {
  uint64_t u = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  *this = from_u64(u);
  neg_ = v < 0;
}

BigInt BigInt::from_u64(uint64_t v) {
  return make(false, {static_cast<uint32_t>(v), static_cast<uint32_t>(v >> 32)});
}

BigInt BigInt::pow2(unsigned n) {
  return BigInt(1) << n;
}

std::optional<BigInt> BigInt::parse(std::string_view digits, int base) {
  Mag m;
  bool any = false;
  for (char c : digits) {
    if (c == '_') continue;
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : 99;
    if (d >= base) return std::nullopt;
    mul_add_small(m, static_cast<uint32_t>(base), static_cast<uint32_t>(d));
    any = true;
  }
  if (!any) return std::nullopt;
  return make(false, std::move(m));
}

unsigned BigInt::bit_len() const {
  if (mag_.empty()) return 0;
  return static_cast<unsigned>(mag_.size() * 32) - std::countl_zero(mag_.back());
}

unsigned BigInt::trailing_zeros() const {
  for (size_t i = 0; i < mag_.size(); i++) {
    if (mag_[i]) return static_cast<unsigned>(i * 32) + std::countr_zero(mag_[i]);
  }
  return 0;
}

bool BigInt::mag_bit(unsigned i) const {
  return i / 32 < mag_.size() && ((mag_[i / 32] >> (i % 32)) & 1);
}

uint64_t BigInt::to_u64() const {
  uint64_t u = 0;
  if (!mag_.empty()) u = mag_[0];
  if (mag_.size() > 1) u |= uint64_t{mag_[1]} << 32;
  return neg_ ? 0 - u : u;
}

bool BigInt::fits_u64() const {
  return !neg_ && mag_.size() <= 2;
}

bool BigInt::fits_i64() const {
  if (mag_.size() > 2) return false;
  uint64_t u = 0;
  if (!mag_.empty()) u = mag_[0];
  if (mag_.size() > 1) u |= uint64_t{mag_[1]} << 32;
  return neg_ ? u <= (uint64_t{1} << 63) : u < (uint64_t{1} << 63);
}

double BigInt::to_double() const {
  unsigned len = bit_len();
  double d;
  if (len <= 64) {
    d = static_cast<double>(neg_ ? 0 - to_u64() : to_u64());
  } else {
    // The top 64 bits, with every lower bit ORed into bit 0 ("sticky"):
    // the 53-bit rounding of that word is the rounding of the whole
    // magnitude, since the round bit (bit 10) and everything above it are
    // exact and bit 0 only tells whether anything below is nonzero.
    unsigned drop = len - 64;
    uint64_t top = make(false, shr_mag(mag_, drop)).to_u64();
    if (trailing_zeros() < drop) top |= 1;
    d = std::ldexp(static_cast<double>(top), static_cast<int>(drop));
  }
  return neg_ ? -d : d;
}

std::string BigInt::to_string() const {
  if (mag_.empty()) return "0";
  Mag m = mag_;
  std::string out;
  while (!m.empty()) {
    uint32_t chunk = div_small(m, 1000000000);
    for (int i = 0; i < 9; i++) {
      out += static_cast<char>('0' + chunk % 10);
      chunk /= 10;
      if (m.empty() && chunk == 0) break;
    }
  }
  if (neg_) out += '-';
  std::reverse(out.begin(), out.end());
  return out;
}

BigInt BigInt::operator-() const {
  return make(!neg_, mag_);
}
BigInt BigInt::abs() const {
  return make(false, mag_);
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return BigInt::make(a.neg_, add_mag(a.mag_, b.mag_));
  // Opposite signs: subtract the smaller magnitude from the larger, whose
  // sign the result takes.
  int c = cmp_mag(a.mag_, b.mag_);
  if (c == 0) return BigInt();
  if (c > 0) return BigInt::make(a.neg_, sub_mag(a.mag_, b.mag_));
  return BigInt::make(b.neg_, sub_mag(b.mag_, a.mag_));
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  return a + (-b);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt::make(a.neg_ != b.neg_, mul_mag(a.mag_, b.mag_));
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  Mag qm, rm;
  divmod_mag(a.mag_, b.mag_, &qm, &rm);
  // Truncation: the quotient's sign is the product of signs, the
  // remainder's the dividend's (-7 / 2 == -3, -7 % 2 == -1).
  if (q) *q = make(a.neg_ != b.neg_, std::move(qm));
  if (r) *r = make(a.neg_, std::move(rm));
}

BigInt operator/(const BigInt& a, const BigInt& b) {
  BigInt q;
  BigInt::divmod(a, b, &q, nullptr);
  return q;
}

BigInt operator%(const BigInt& a, const BigInt& b) {
  BigInt r;
  BigInt::divmod(a, b, nullptr, &r);
  return r;
}

BigInt BigInt::operator<<(unsigned n) const {
  return make(neg_, shl_mag(mag_, n));
}

BigInt BigInt::operator>>(unsigned n) const {
  if (!neg_) return make(false, shr_mag(mag_, n));
  // Floor for negatives: -x >> n == -((x - 1) >> n) - 1, as in two's
  // complement (-1 >> 1 == -1, -5 >> 1 == -3).
  Mag m1 = sub_mag(mag_, {1});
  return make(true, add_mag(shr_mag(m1, n), {1}));
}

// & | ^ &^ on the two's complement forms: both operands are widened to one
// limb more than the larger magnitude (so the top limb is pure sign), the
// limbs combined, and the result converted back to sign-magnitude.
BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, BitOp op) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  auto twos = [n](const BigInt& x) {
    Mag t = x.neg_ ? sub_mag(x.mag_, {1}) : x.mag_;  // -m == ~(m - 1)
    t.resize(n, 0);
    if (x.neg_) {
      for (uint32_t& limb : t) limb = ~limb;
    }
    return t;
  };
  Mag ta = twos(a), tb = twos(b), out(n);
  for (size_t i = 0; i < n; i++) {
    switch (op) {
      case BitOp::and_:
        out[i] = ta[i] & tb[i];
        break;
      case BitOp::or_:
        out[i] = ta[i] | tb[i];
        break;
      case BitOp::xor_:
        out[i] = ta[i] ^ tb[i];
        break;
      case BitOp::and_not:
        out[i] = ta[i] & ~tb[i];
        break;
    }
  }
  if (!(out.back() >> 31)) return make(false, std::move(out));
  for (uint32_t& limb : out) limb = ~limb;  // negative: magnitude is ~t + 1
  trim(out);
  return make(true, add_mag(out, {1}));
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, BigInt::BitOp::and_);
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, BigInt::BitOp::or_);
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, BigInt::BitOp::xor_);
}
BigInt and_not(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, BigInt::BitOp::and_not);
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.is_zero()) {
    BigInt r = a % b;
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

}  // namespace gopark::interp
