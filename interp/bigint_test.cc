// bigint_test.cc - the arbitrary-precision integer under the constants.
//
// Expected values were computed with Go's math/big (big.Int: Quo/Rem for the
// truncated / and %, Rsh, And, Or, Xor, AndNot) and cross-checked in Python.
#include "interp/bigint.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace gopark::interp {
namespace {

BigInt big(std::string_view decimal) {
  std::optional<BigInt> b = BigInt::parse(decimal[0] == '-' ? decimal.substr(1) : decimal, 10);
  EXPECT_TRUE(b.has_value()) << decimal;
  return decimal[0] == '-' ? -*b : *b;
}

TEST(BigIntTest, ParsesEveryBaseAndSkipsSeparators) {
  EXPECT_EQ(BigInt::parse("ff", 16)->to_string(), "255");
  EXPECT_EQ(BigInt::parse("FF_FF", 16)->to_string(), "65535");
  EXPECT_EQ(BigInt::parse("777", 8)->to_string(), "511");
  EXPECT_EQ(BigInt::parse("1_0_1", 2)->to_string(), "5");
  EXPECT_EQ(BigInt::parse("1_000_000", 10)->to_string(), "1000000");
  EXPECT_FALSE(BigInt::parse("19", 8).has_value());
  EXPECT_FALSE(BigInt::parse("", 10).has_value());
  EXPECT_FALSE(BigInt::parse("_", 10).has_value());
}

TEST(BigIntTest, DecimalRoundTripOfLongNumbers) {
  std::string s = "123456789012345678901234567890123456789012345678901234567890";
  EXPECT_EQ(big(s).to_string(), s);
  EXPECT_EQ(big("-" + s).to_string(), "-" + s);
  EXPECT_EQ(BigInt().to_string(), "0");
  EXPECT_EQ(big("1000000000").to_string(), "1000000000");  // a full 10^9 chunk
  EXPECT_EQ(big("1000000000000000000").to_string(), "1000000000000000000");
}

TEST(BigIntTest, Int64AndUint64Limits) {
  EXPECT_EQ(BigInt(INT64_MIN).to_string(), "-9223372036854775808");
  EXPECT_EQ(BigInt::from_u64(UINT64_MAX).to_string(), "18446744073709551615");
  EXPECT_EQ(BigInt(INT64_MIN).to_i64(), INT64_MIN);
  EXPECT_EQ(BigInt::from_u64(UINT64_MAX).to_u64(), UINT64_MAX);
}

TEST(BigIntTest, OneShl100Div3) {
  BigInt x = BigInt(1) << 100;
  EXPECT_EQ(x.to_string(), "1267650600228229401496703205376");
  EXPECT_EQ((x / BigInt(3)).to_string(), "422550200076076467165567735125");
  EXPECT_EQ((x % BigInt(3)).to_string(), "1");
}

TEST(BigIntTest, FitsUint64ButNotInt64) {
  BigInt m = (BigInt(1) << 64) - BigInt(1);
  EXPECT_TRUE(m.fits_u64());
  EXPECT_FALSE(m.fits_i64());
  EXPECT_FALSE((BigInt(1) << 64).fits_u64());
  EXPECT_FALSE(BigInt(-1).fits_u64());
  EXPECT_TRUE((-(BigInt(1) << 63)).fits_i64());
  EXPECT_FALSE((-(BigInt(1) << 63) - BigInt(1)).fits_i64());
  EXPECT_FALSE((BigInt(1) << 63).fits_i64());
  EXPECT_TRUE(((BigInt(1) << 63) - BigInt(1)).fits_i64());
}

TEST(BigIntTest, DivisionTruncatesTowardZero) {
  EXPECT_EQ((BigInt(-7) / BigInt(2)).to_string(), "-3");
  EXPECT_EQ((BigInt(-7) % BigInt(2)).to_string(), "-1");
  EXPECT_EQ((BigInt(7) / BigInt(-2)).to_string(), "-3");
  EXPECT_EQ((BigInt(7) % BigInt(-2)).to_string(), "1");
  EXPECT_EQ((BigInt(-7) / BigInt(-2)).to_string(), "3");
  EXPECT_EQ((BigInt(-7) % BigInt(-2)).to_string(), "-1");
}

TEST(BigIntTest, MultiLimbDivision) {
  // Exercises Knuth D's correction and add-back paths with multi-limb
  // divisors; checked by recombining q*b + r == a with 0 <= r < b.
  BigInt a = big("340282366920938463463374607431768211455123456789");
  for (const char* d :
       {"18446744073709551615", "4294967296", "4294967297", "79228162514264337593543950335",
        "18446744073709551616", "340282366920938463463374607431768211455"}) {
    BigInt b = big(d), q, r;
    BigInt::divmod(a, b, &q, &r);
    EXPECT_EQ(q * b + r, a) << d;
    EXPECT_TRUE(r >= BigInt(0) && r < b) << d;
  }
  // A known quotient: (2^128 - 1) / (2^64 - 1) == 2^64 + 1.
  BigInt n = (BigInt(1) << 128) - BigInt(1), m = (BigInt(1) << 64) - BigInt(1);
  EXPECT_EQ((n / m).to_string(), "18446744073709551617");
  EXPECT_TRUE((n % m).is_zero());
}

TEST(BigIntTest, ShiftsRightFloorOnNegatives) {
  EXPECT_EQ((BigInt(-5) >> 1).to_string(), "-3");
  EXPECT_EQ((BigInt(-1) >> 100).to_string(), "-1");
  EXPECT_EQ((BigInt(-4) >> 1).to_string(), "-2");
  EXPECT_EQ((BigInt(5) >> 1).to_string(), "2");
  EXPECT_EQ((BigInt(-3) << 70).to_string(), "-3541774862152233910272");
  EXPECT_EQ(((BigInt(1) << 70) >> 70).to_string(), "1");
}

TEST(BigIntTest, BitwiseUsesTwosComplement) {
  EXPECT_EQ((BigInt(-1) & BigInt(255)).to_string(), "255");
  EXPECT_EQ((BigInt(-6) & BigInt(3)).to_string(), "2");
  EXPECT_EQ((BigInt(-6) | BigInt(3)).to_string(), "-5");
  EXPECT_EQ((BigInt(-6) ^ BigInt(3)).to_string(), "-7");
  EXPECT_EQ((BigInt(-6) & BigInt(-3)).to_string(), "-8");
  EXPECT_EQ(and_not(BigInt(6), BigInt(3)).to_string(), "4");
  EXPECT_EQ(and_not(BigInt(-6), BigInt(3)).to_string(), "-8");
  EXPECT_EQ(and_not(BigInt(6), BigInt(-3)).to_string(), "2");
  EXPECT_EQ((~BigInt(0)).to_string(), "-1");
  EXPECT_EQ((~BigInt(-(int64_t{1} << 40))).to_string(), "1099511627775");
  BigInt big1 = (BigInt(1) << 100) - BigInt(1);
  EXPECT_EQ((big1 & BigInt(-256)).to_string(), "1267650600228229401496703205120");
}

TEST(BigIntTest, CompareAndBitLength) {
  EXPECT_LT(BigInt(-3), BigInt(2));
  EXPECT_LT(BigInt(-3), BigInt(-2));
  EXPECT_GT(BigInt(1) << 64, BigInt::from_u64(UINT64_MAX));
  EXPECT_EQ(BigInt(0).bit_len(), 0u);
  EXPECT_EQ(BigInt(255).bit_len(), 8u);
  EXPECT_EQ(BigInt(-256).bit_len(), 9u);
  EXPECT_EQ((BigInt(1) << 100).bit_len(), 101u);
  EXPECT_EQ((BigInt(1) << 100).trailing_zeros(), 100u);
}

TEST(BigIntTest, ToDoubleRoundsToNearestEven) {
  BigInt two53 = BigInt(1) << 53;
  EXPECT_EQ((two53 + BigInt(1)).to_double(), 9007199254740992.0);  // tie: even
  EXPECT_EQ((two53 + BigInt(3)).to_double(), 9007199254740996.0);  // tie: even (up)
  // Far beyond 64 bits: 2^100 + 2^47 is exactly halfway between two
  // doubles, 2^100 + 2^47 + 1 just above it (only the sticky bit says so).
  BigInt b = (BigInt(1) << 100) + (BigInt(1) << 47);
  EXPECT_EQ(b.to_double(), std::ldexp(1.0, 100));
  EXPECT_EQ((b + BigInt(1)).to_double(), std::ldexp(1.0, 100) + std::ldexp(1.0, 48));
  EXPECT_EQ((-(BigInt(1) << 1023)).to_double(), -std::ldexp(1.0, 1023));
  EXPECT_EQ((BigInt(1) << 1024).to_double(), std::numeric_limits<double>::infinity());
}

// Every operator on random 1..126-bit operands against the compiler's
// __int128 (which both g++ and Emscripten's clang provide).
TEST(BigIntTest, MatchesInt128OnRandomOperands) {
  using i128 = __int128;
  auto to_big = [](i128 v) {
    bool neg = v < 0;
    auto u = static_cast<unsigned __int128>(neg ? -v : v);
    BigInt b = (BigInt::from_u64(static_cast<uint64_t>(u >> 64)) << 64) +
               BigInt::from_u64(static_cast<uint64_t>(u));
    return neg ? -b : b;
  };
  uint64_t state = 0x9E3779B97F4A7C15u;
  auto next = [&state] {  // xorshift64*
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1Du;
  };
  auto operand = [&] {
    unsigned bits = 1 + next() % 62;  // keep products within 126 bits
    i128 v =
        static_cast<i128>((static_cast<unsigned __int128>(next()) << 64 | next()) >> (128 - bits));
    return (next() & 1) ? -v : v;
  };
  for (int i = 0; i < 2000; i++) {
    i128 a = operand(), b = operand();
    BigInt x = to_big(a), y = to_big(b);
    ASSERT_EQ(x + y, to_big(a + b));
    ASSERT_EQ(x - y, to_big(a - b));
    ASSERT_EQ(x * y, to_big(a * b));
    ASSERT_EQ(x & y, to_big(a & b));
    ASSERT_EQ(x | y, to_big(a | b));
    ASSERT_EQ(x ^ y, to_big(a ^ b));
    ASSERT_EQ(and_not(x, y), to_big(a & ~b));
    ASSERT_EQ(x >> 3, to_big(a >> 3));  // arithmetic shift: floor
    if (b != 0) {
      ASSERT_EQ(x / y, to_big(a / b));
      ASSERT_EQ(x % y, to_big(a % b));
      // Also with a multi-limb dividend that needs Knuth D.
      i128 p = a * (b < 0 ? -1 : 1) * ((i128{1} << 63) - 1) / 2;
      ASSERT_EQ(to_big(p) / y, to_big(p / b));
      ASSERT_EQ(to_big(p) % y, to_big(p % b));
    }
    ASSERT_EQ(BigInt::compare(x, y), a < b ? -1 : a > b ? 1 : 0);
  }
}

TEST(BigIntTest, Gcd) {
  EXPECT_EQ(BigInt::gcd(BigInt(12), BigInt(-18)).to_string(), "6");
  EXPECT_EQ(BigInt::gcd(BigInt(0), BigInt(5)).to_string(), "5");
  EXPECT_EQ(BigInt::gcd(BigInt(1) << 80, BigInt(3) << 70).to_string(),
            (BigInt(1) << 70).to_string());
}

}  // namespace
}  // namespace gopark::interp
