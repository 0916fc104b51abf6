// bigint.h - signed arbitrary-precision integers for constant arithmetic.
//
// Go's untyped integer constants are exact at any size (the type checker
// caps them at 512 bits, floats' rational parts at 4096), so the checker
// needs a big integer; this one is small and self-contained (sign and
// magnitude, 32-bit limbs, schoolbook algorithms). Constants are few and
// short, so simplicity wins over asymptotic speed.
//
// Semantics follow Go's big.Int, which is what go/constant builds on:
// / and % truncate toward zero (as Go's integer operators); >> on a negative
// value rounds toward minus infinity; & | ^ &^ act on the infinite two's
// complement form, so -1 & x == x and ^ (not) is -x-1.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gopark::interp {

class BigInt {
 public:
  BigInt() = default;  // zero
  BigInt(int64_t v);   // NOLINT(google-explicit-constructor): literals read naturally
  static BigInt from_u64(uint64_t v);
  // Digits in base 2, 8, 10 or 16 without prefix; '_' separators are
  // skipped (the lexer validated their placement). nullopt on any other
  // character or no digits at all.
  static std::optional<BigInt> parse(std::string_view digits, int base);
  // 2^n.
  static BigInt pow2(unsigned n);

  bool is_zero() const { return mag_.empty(); }
  bool is_neg() const { return neg_; }
  int sign() const { return neg_ ? -1 : mag_.empty() ? 0 : 1; }
  // Bits of the magnitude (as big.Int.BitLen): 0 for 0, 8 for 255 and -255.
  unsigned bit_len() const;
  // Number of trailing zero bits of the magnitude; 0 for 0.
  unsigned trailing_zeros() const;
  // Bit i of the magnitude.
  bool mag_bit(unsigned i) const;
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }

  bool fits_i64() const;
  bool fits_u64() const;
  // The value if it fits; otherwise the low 64 bits of the two's complement.
  int64_t to_i64() const { return static_cast<int64_t>(to_u64()); }
  uint64_t to_u64() const;
  // Correctly rounded (to nearest, ties to even); +-inf beyond double range.
  double to_double() const;
  std::string to_string() const;  // decimal, '-' when negative

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Truncated division and its remainder (sign of the dividend), as Go's /
  // and %. The divisor must not be zero (the caller reports it).
  friend BigInt operator/(const BigInt& a, const BigInt& b);
  friend BigInt operator%(const BigInt& a, const BigInt& b);
  static void divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  BigInt operator<<(unsigned n) const;
  BigInt operator>>(unsigned n) const;  // floor: -1 >> n == -1
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  friend BigInt and_not(const BigInt& a, const BigInt& b);
  BigInt operator~() const { return -*this - BigInt(1); }
  static BigInt gcd(BigInt a, BigInt b);  // non-negative; gcd(0, 0) == 0

  // -1, 0 or 1.
  static int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return compare(a, b) == 0; }
  friend bool operator!=(const BigInt& a, const BigInt& b) { return compare(a, b) != 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }
  friend bool operator<=(const BigInt& a, const BigInt& b) { return compare(a, b) <= 0; }
  friend bool operator>(const BigInt& a, const BigInt& b) { return compare(a, b) > 0; }
  friend bool operator>=(const BigInt& a, const BigInt& b) { return compare(a, b) >= 0; }

 private:
  using Mag = std::vector<uint32_t>;
  bool neg_ = false;
  Mag mag_;  // little-endian limbs, no high zero limbs; empty for zero

  static BigInt make(bool neg, Mag mag);
  enum class BitOp { and_, or_, xor_, and_not };
  static BigInt bitwise(const BigInt& a, const BigInt& b, BitOp op);
};

}  // namespace gopark::interp
