// constant_test.cc - Go constant values: literals, exact arithmetic,
// representability and how constants print in messages.
//
// Expected behaviour was checked against Go 1.19: values with `go run`,
// error kinds with `go build` (cmd/compile/types2 wording noted beside each
// case), printed forms with go/constant's Value.String.
#include "interp/constant.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace gopark::interp {
namespace {

Value lit(Tok kind, std::string_view text) {
  ConstResult r = make_from_literal(kind, text);
  EXPECT_TRUE(r.ok()) << text << ": " << const_error_name(r.err);
  return r.val;
}
Value I(std::string_view text) {
  return lit(Tok::int_lit, text);
}
Value F(std::string_view text) {
  return lit(Tok::float_lit, text);
}
Value Im(std::string_view text) {
  return lit(Tok::imag_lit, text);
}

Value bin(const Value& x, Tok op, const Value& y) {
  ConstResult r = binary_op(x, op, y);
  EXPECT_TRUE(r.ok()) << x.to_string() << " op " << y.to_string() << ": "
                      << const_error_name(r.err);
  return r.val;
}

ConstError bin_err(const Value& x, Tok op, const Value& y) {
  return binary_op(x, op, y).err;
}

bool eq(const Value& x, const Value& y) {
  ConstResult r = compare(x, Tok::eql, y);
  EXPECT_TRUE(r.ok());
  return r.val.bool_val();
}

std::string str(const Value& v) {
  return v.to_string();
}

ConstError repr_err(const Value& v, NumType t) {
  return representable(v, t).err;
}

Value shifted(const Value& x, Tok op, const Value& n) {
  ConstResult r = shift(x, op, n);
  EXPECT_TRUE(r.ok()) << const_error_name(r.err);
  return r.val;
}

// ---- literals ----

TEST(ConstLiteralTest, IntegerForms) {
  EXPECT_EQ(str(I("0x_FF")), "255");
  EXPECT_EQ(str(I("0o17")), "15");
  EXPECT_EQ(str(I("017")), "15");
  EXPECT_EQ(str(I("0b101")), "5");
  EXPECT_EQ(str(I("1_000_000")), "1000000");
  EXPECT_EQ(str(I("0")), "0");
  EXPECT_EQ(I("7").kind(), ValueKind::integer);
}

TEST(ConstLiteralTest, HugeIntegerIsExact) {
  EXPECT_EQ(str(I("123456789012345678901234567890123456789")),
            "123456789012345678901234567890123456789");
}

TEST(ConstLiteralTest, DecimalFloats) {
  EXPECT_TRUE(eq(F("1e100"), bin(I("10"), Tok::mul, I("1" + std::string(99, '0')))));
  EXPECT_TRUE(eq(F("1_000.5"), Value::make_ratio(BigInt(2001), BigInt(2))));
  EXPECT_TRUE(eq(F(".5e-3"), Value::make_ratio(BigInt(5), BigInt(10000))));
  EXPECT_TRUE(eq(F("1."), I("1")));
  EXPECT_TRUE(eq(F("0123.5"), Value::make_ratio(BigInt(247), BigInt(2))));  // decimal, not octal
  EXPECT_TRUE(eq(F("1E+2"), I("100")));
  EXPECT_EQ(F("2.0").kind(), ValueKind::floating);  // kinds are never normalized
}

TEST(ConstLiteralTest, HexFloats) {
  EXPECT_TRUE(eq(F("0x1p-2"), Value::make_ratio(BigInt(1), BigInt(4))));
  EXPECT_TRUE(eq(F("0x1.8p1"), I("3")));
  EXPECT_TRUE(eq(F("0X.8p1"), I("1")));
  EXPECT_TRUE(eq(F("0x_1FFFp-16"), Value::make_ratio(BigInt(0x1FFF), BigInt(65536))));
  EXPECT_TRUE(eq(F("0x1p+1_0"), I("1024")));
}

TEST(ConstLiteralTest, Imaginary) {
  Value v = Im("2i");
  EXPECT_EQ(v.kind(), ValueKind::complex);
  EXPECT_EQ(str(v), "(0 + 2i)");
  EXPECT_EQ(str(Im("0123i")), "(0 + 123i)");  // decimal for compatibility
  EXPECT_EQ(str(Im("0x1p-2i")), "(0 + 0.25i)");
  EXPECT_EQ(str(Im("1.5i")), "(0 + 1.5i)");
  EXPECT_EQ(str(Im("0b11i")), "(0 + 3i)");
  EXPECT_EQ(str(Im("1e10i")), "(0 + 1e+10i)");
}

TEST(ConstLiteralTest, RunesAndStrings) {
  EXPECT_EQ(str(lit(Tok::rune_lit, "'a'")), "97");
  EXPECT_EQ(str(lit(Tok::rune_lit, "'\\u00e9'")), "233");
  EXPECT_EQ(lit(Tok::rune_lit, "'\\n'").kind(), ValueKind::integer);
  EXPECT_EQ(lit(Tok::string_lit, "\"a\\tb\"").string_val(), "a\tb");
  EXPECT_EQ(lit(Tok::string_lit, "`c\\n`").string_val(), "c\\n");
}

TEST(ConstLiteralTest, OutOfRangeIsMalformed) {
  // types2: "malformed constant: 1e1000000000000". Go's own limit is far
  // higher; ours is 2^65536 (about 1e19728).
  EXPECT_EQ(make_from_literal(Tok::float_lit, "1e1000000000000").err, ConstError::malformed);
  EXPECT_EQ(make_from_literal(Tok::float_lit, "1e20000").err, ConstError::malformed);
  EXPECT_EQ(make_from_literal(Tok::float_lit, "1e-20000").err, ConstError::malformed);
  EXPECT_EQ(make_from_literal(Tok::imag_lit, "1e20000i").err, ConstError::malformed);
  EXPECT_TRUE(make_from_literal(Tok::float_lit, "1e19000").ok());
  EXPECT_TRUE(make_from_literal(Tok::float_lit, "0e1000000000000").ok());
}

// ---- arithmetic ----

TEST(ConstArithTest, BigIntegerArithmetic) {
  Value x = bin(shifted(I("1"), Tok::shl, I("100")), Tok::quo, I("3"));
  EXPECT_EQ(str(x), "422550200076076467165567735125");
  EXPECT_EQ(x.kind(), ValueKind::integer);
}

TEST(ConstArithTest, DecimalFractionsAreExact) {
  EXPECT_TRUE(eq(bin(F("0.1"), Tok::add, F("0.2")), F("0.3")));
}

TEST(ConstArithTest, ThirdTimesThreeIsOne) {
  Value third = bin(I("1"), Tok::quo, F("3.0"));
  EXPECT_TRUE(eq(bin(third, Tok::mul, I("3")), I("1")));
  EXPECT_EQ(str(third), "0.333333");
}

TEST(ConstArithTest, IntegerDivisionTruncates) {
  EXPECT_EQ(str(bin(I("7"), Tok::quo, I("2"))), "3");
  EXPECT_EQ(str(bin(bin(I("0"), Tok::sub, I("7")), Tok::quo, I("2"))), "-3");
  EXPECT_EQ(str(bin(I("1"), Tok::quo, I("2"))), "0");
}

TEST(ConstArithTest, RemainderTakesDividendSign) {
  Value m7 = unary_op(Tok::sub, I("7")).val;
  Value m2 = unary_op(Tok::sub, I("2")).val;
  EXPECT_EQ(str(bin(m7, Tok::rem, I("2"))), "-1");
  EXPECT_EQ(str(bin(I("7"), Tok::rem, m2)), "1");
}

TEST(ConstArithTest, FloatDivisionWhenEitherIsFloat) {
  Value h = bin(F("1.0"), Tok::quo, I("2"));
  EXPECT_EQ(h.kind(), ValueKind::floating);
  EXPECT_EQ(str(h), "0.5");
}

TEST(ConstArithTest, DivisionByZero) {
  // cmd/compile: "invalid operation: division by zero" for all three.
  EXPECT_EQ(bin_err(I("1"), Tok::quo, I("0")), ConstError::division_by_zero);
  EXPECT_EQ(bin_err(I("1"), Tok::rem, I("0")), ConstError::division_by_zero);
  EXPECT_EQ(bin_err(F("1.0"), Tok::quo, I("0")), ConstError::division_by_zero);
  EXPECT_EQ(bin_err(Im("1i"), Tok::quo, F("0.0")), ConstError::division_by_zero);
}

TEST(ConstArithTest, OperatorsNeedTheRightKinds) {
  // "operator % not defined on 2.5 (untyped float constant)", and & on 1.0.
  EXPECT_EQ(bin_err(F("2.5"), Tok::rem, I("1")), ConstError::invalid_operation);
  EXPECT_EQ(bin_err(F("1.0"), Tok::and_, I("1")), ConstError::invalid_operation);
  EXPECT_EQ(bin_err(Value::make_string("a"), Tok::add, I("1")), ConstError::invalid_operation);
}

TEST(ConstArithTest, ComplexArithmetic) {
  Value z = bin(I("1"), Tok::add, Im("2i"));
  EXPECT_EQ(str(bin(z, Tok::mul, z)), "(-3 + 4i)");
  EXPECT_EQ(str(bin(z, Tok::quo, z)), "(1 + 0i)");
  EXPECT_EQ(str(bin(I("1"), Tok::quo, Im("2i"))), "(0 + -0.5i)");
  EXPECT_EQ(str(unary_op(Tok::sub, z).val), "(-1 + -2i)");
}

TEST(ConstArithTest, StringsAndBools) {
  EXPECT_EQ(bin(Value::make_string("ab"), Tok::add, Value::make_string("c")).string_val(), "abc");
  Value t = Value::make_bool(true), f = Value::make_bool(false);
  EXPECT_FALSE(bin(t, Tok::land, f).bool_val());
  EXPECT_TRUE(bin(t, Tok::lor, f).bool_val());
  EXPECT_TRUE(unary_op(Tok::not_, f).val.bool_val());
}

TEST(ConstArithTest, UnknownPropagatesSilently) {
  ConstResult r = binary_op(Value(), Tok::quo, I("0"));
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.val.is_unknown());
  EXPECT_TRUE(unary_op(Tok::sub, Value()).val.is_unknown());
}

TEST(ConstArithTest, AndNotAndBitwiseOnNegatives) {
  Value m6 = unary_op(Tok::sub, I("6")).val;
  EXPECT_EQ(str(bin(I("6"), Tok::and_not, I("3"))), "4");
  EXPECT_EQ(str(bin(m6, Tok::and_not, I("3"))), "-8");
  EXPECT_EQ(str(bin(m6, Tok::and_, I("3"))), "2");
  EXPECT_EQ(str(bin(m6, Tok::or_, I("3"))), "-5");
  EXPECT_EQ(str(bin(m6, Tok::xor_, I("3"))), "-7");
}

TEST(ConstArithTest, ComplementSignedAndUnsigned) {
  EXPECT_EQ(str(unary_op(Tok::xor_, I("1")).val), "-2");      // untyped ^1
  EXPECT_EQ(str(unary_op(Tok::xor_, I("1"), 8).val), "254");  // ^uint8(1)
  EXPECT_EQ(str(unary_op(Tok::xor_, I("0"), 64).val), "18446744073709551615");
  EXPECT_EQ(str(unary_op(Tok::xor_, unary_op(Tok::sub, I("128")).val).val), "127");
  EXPECT_EQ(unary_op(Tok::xor_, F("1.0")).err, ConstError::invalid_operation);
}

TEST(ConstArithTest, HugeFloatsAreRoundedNotExact) {
  // 1e2000 needs 6644 bits: kept as a 512-bit mantissa times 2^e.
  Value big = F("1e2000");
  EXPECT_EQ(str(big), "1e+2000");
  EXPECT_EQ(big.real().den.to_string(), "1");
  EXPECT_LE(big.real().num.bit_len() - big.real().num.trailing_zeros(), kMantBits);
  EXPECT_EQ(str(bin(big, Tok::quo, F("1e1999"))), "10");
}

TEST(ConstArithTest, RepeatedDivisionStaysBounded) {
  Value x = I("1");
  for (int i = 0; i < 3000; i++) x = bin(x, Tok::quo, F("3.0"));
  // Past 4096 bits the fraction became a 512-bit mantissa over a power of 2.
  EXPECT_LE(x.real().num.bit_len(), kMantBits);
  EXPECT_EQ(x.real().den.trailing_zeros() + 1, x.real().den.bit_len());
  EXPECT_EQ(str(x), "4.32749e-1432");  // 3^-3000 = 4.3274876886e-1432
}

TEST(ConstArithTest, FloatBeyondRangeOverflows) {
  EXPECT_EQ(bin_err(F("1e19000"), Tok::mul, F("1e19000")), ConstError::overflow);
}

TEST(ConstArithTest, IntTooLargeAt513Bits) {
  // types2: "constant shift overflow" when an untyped int exceeds 512 bits.
  EXPECT_FALSE(int_too_large(bin(shifted(I("1"), Tok::shl, I("512")), Tok::sub, I("1"))));
  EXPECT_TRUE(int_too_large(shifted(I("1"), Tok::shl, I("512"))));
}

// ---- shifts ----

TEST(ConstShiftTest, LeftAndRight) {
  EXPECT_EQ(str(shifted(I("1"), Tok::shl, I("100"))), "1267650600228229401496703205376");
  EXPECT_EQ(str(shifted(unary_op(Tok::sub, I("5")).val, Tok::shr, I("1"))), "-3");
  EXPECT_EQ(str(shifted(I("1"), Tok::shr, I("5"))), "0");
}

TEST(ConstShiftTest, FloatOperandThatIsIntegral) {
  Value v = shifted(F("2.0"), Tok::shl, I("3"));  // var f = 2.0 << 3 is valid
  EXPECT_EQ(v.kind(), ValueKind::integer);
  EXPECT_EQ(str(v), "16");
  EXPECT_EQ(str(shifted(I("1"), Tok::shl, F("2.0"))), "4");
}

TEST(ConstShiftTest, CountErrors) {
  // "invalid operation: invalid shift count 1075 (untyped int constant)"
  EXPECT_TRUE(shift(I("1"), Tok::shl, I("1074")).ok());
  EXPECT_EQ(shift(I("1"), Tok::shl, I("1075")).err, ConstError::invalid_shift_count);
  // "invalid operation: negative shift count -1 (untyped int constant)"
  EXPECT_EQ(shift(I("1"), Tok::shl, unary_op(Tok::sub, I("1")).val).err,
            ConstError::negative_shift_count);
  // "1.5 (untyped float constant) truncated to uint"
  EXPECT_EQ(shift(I("1"), Tok::shl, F("1.5")).err, ConstError::shift_count_not_int);
  // "invalid operation: shifted operand 1.5 (untyped float constant) must be integer"
  EXPECT_EQ(shift(F("1.5"), Tok::shl, I("2")).err, ConstError::shifted_not_int);
}

// ---- comparisons ----

TEST(ConstCompareTest, AcrossNumericKinds) {
  EXPECT_TRUE(eq(I("1"), F("1.0")));
  EXPECT_TRUE(compare(I("1"), Tok::lss, F("1.5")).val.bool_val());
  EXPECT_TRUE(compare(unary_op(Tok::sub, F("0.5")).val, Tok::geq, unary_op(Tok::sub, I("1")).val)
                  .val.bool_val());
  EXPECT_TRUE(eq(bin(I("1"), Tok::add, Im("0i")), I("1")));
  EXPECT_FALSE(eq(Im("1i"), I("1")));
  EXPECT_EQ(compare(Im("1i"), Tok::lss, I("1")).err, ConstError::invalid_operation);
}

TEST(ConstCompareTest, StringsAndBools) {
  EXPECT_TRUE(compare(Value::make_string("a"), Tok::lss, Value::make_string("b")).val.bool_val());
  EXPECT_TRUE(compare(Value::make_string("ab"), Tok::gtr, Value::make_string("a")).val.bool_val());
  Value t = Value::make_bool(true);
  EXPECT_FALSE(compare(t, Tok::eql, Value::make_bool(false)).val.bool_val());
  EXPECT_EQ(compare(t, Tok::lss, t).err, ConstError::invalid_operation);
  EXPECT_EQ(compare(t, Tok::eql, I("1")).err, ConstError::invalid_operation);
}

// ---- conversions ----

TEST(ConstConvertTest, FloatToIntOnlyWhenExact) {
  ConstResult r = to_int(F("2.0"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.val.kind(), ValueKind::integer);
  EXPECT_EQ(to_int(F("1.5")).err, ConstError::truncated);
  EXPECT_EQ(str(to_int(F("1e30")).val), "1000000000000000000000000000000");
  EXPECT_EQ(to_int(bin(I("1"), Tok::add, Im("2i"))).err, ConstError::truncated);
  EXPECT_TRUE(to_int(bin(I("2"), Tok::add, Im("0i"))).ok());
}

TEST(ConstConvertTest, IntToFloatAndComplex) {
  Value f = to_float(I("3"));
  EXPECT_EQ(f.kind(), ValueKind::floating);
  EXPECT_EQ(str(f), "3");
  EXPECT_EQ(str(to_complex(F("1.5"))), "(1.5 + 0i)");
  EXPECT_TRUE(to_float(Im("1i")).is_unknown());
}

TEST(ConstConvertTest, IntToString) {
  EXPECT_EQ(int_to_string(I("65")).string_val(), "A");
  EXPECT_EQ(int_to_string(I("233")).string_val(), "\xc3\xa9");
  EXPECT_EQ(int_to_string(unary_op(Tok::sub, I("1")).val).string_val(), "\xef\xbf\xbd");
  EXPECT_EQ(int_to_string(I("55296")).string_val(), "\xef\xbf\xbd");  // a surrogate
}

// ---- representability ----

TEST(ConstReprTest, Int8Bounds) {
  // "cannot use 128 (untyped int constant) as int8 value in ... (overflows)"
  EXPECT_TRUE(representable(I("127"), NumType::int8).ok());
  EXPECT_EQ(repr_err(I("128"), NumType::int8), ConstError::overflows);
  EXPECT_TRUE(representable(unary_op(Tok::sub, I("128")).val, NumType::int8).ok());
  EXPECT_EQ(repr_err(unary_op(Tok::sub, I("129")).val, NumType::int8), ConstError::overflows);
}

TEST(ConstReprTest, UnsignedBounds) {
  EXPECT_TRUE(representable(I("255"), NumType::uint8).ok());
  EXPECT_EQ(repr_err(I("256"), NumType::uint8), ConstError::overflows);
  EXPECT_EQ(repr_err(unary_op(Tok::sub, I("1")).val, NumType::uint8), ConstError::overflows);
  EXPECT_TRUE(representable(I("65535"), NumType::uint16).ok());
  EXPECT_EQ(repr_err(I("4294967296"), NumType::uint32), ConstError::overflows);
}

TEST(ConstReprTest, SixtyFourBitBounds) {
  Value max_u64 = bin(shifted(I("1"), Tok::shl, I("64")), Tok::sub, I("1"));
  EXPECT_TRUE(representable(max_u64, NumType::uint64).ok());
  EXPECT_TRUE(representable(max_u64, NumType::uint_).ok());
  EXPECT_TRUE(representable(max_u64, NumType::uintptr).ok());
  EXPECT_EQ(repr_err(max_u64, NumType::int64), ConstError::overflows);
  EXPECT_EQ(repr_err(bin(max_u64, Tok::add, I("1")), NumType::uint64), ConstError::overflows);
  Value min_i64 = unary_op(Tok::sub, shifted(I("1"), Tok::shl, I("63"))).val;
  EXPECT_TRUE(representable(min_i64, NumType::int64).ok());
  EXPECT_TRUE(representable(min_i64, NumType::int_).ok());
  EXPECT_EQ(repr_err(bin(min_i64, Tok::sub, I("1")), NumType::int64), ConstError::overflows);
  EXPECT_EQ(repr_err(shifted(I("1"), Tok::shl, I("63")), NumType::int_), ConstError::overflows);
  EXPECT_EQ(*representable(min_i64, NumType::int64).val.to_int64(), INT64_MIN);
}

TEST(ConstReprTest, FloatToIntegerTypeIsTruncated) {
  // "cannot use 1.5 (untyped float constant) as int value in ... (truncated)"
  EXPECT_EQ(repr_err(F("1.5"), NumType::int_), ConstError::truncated);
  // "cannot use 1e100 (untyped float constant 1e+100) as int value in ...
  // (truncated)": by type, though the value is integral.
  EXPECT_EQ(repr_err(F("1e100"), NumType::int_), ConstError::truncated);
  // "cannot use 1 + 2i (untyped complex constant (1 + 2i)) as int value in
  // ... (truncated)"
  EXPECT_EQ(repr_err(bin(I("1"), Tok::add, Im("2i")), NumType::int_), ConstError::truncated);
  ConstResult r = representable(F("3.0"), NumType::uint8);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.val.kind(), ValueKind::integer);
  EXPECT_EQ(*r.val.to_uint64(), 3u);
}

TEST(ConstReprTest, Float32Max) {
  // math.MaxFloat32, then above it but below the halfway point to 2^128
  // (rounds down to MaxFloat32), then exactly halfway (ties to even: 2^128,
  // "(overflows)").
  ConstResult r =
      representable(F("3.40282346638528859811704183484516925440e+38"), NumType::float32);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.val.to_float(), std::numeric_limits<float>::max());
  ConstResult up = representable(F("0x1.fffffefp127"), NumType::float32);
  ASSERT_TRUE(up.ok());
  EXPECT_EQ(up.val.to_float(), std::numeric_limits<float>::max());
  EXPECT_EQ(repr_err(F("0x1.ffffffp127"), NumType::float32), ConstError::overflows);
  EXPECT_EQ(repr_err(F("1e39"), NumType::float32), ConstError::overflows);
}

TEST(ConstReprTest, Float64Overflow) {
  // "cannot use 1e309 (untyped float constant 1e+309) as float64 value in
  // ... (overflows)"
  EXPECT_EQ(repr_err(F("1e309"), NumType::float64), ConstError::overflows);
  ConstResult r = representable(F("1.7976931348623157e308"), NumType::float64);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.val.to_double(), std::numeric_limits<double>::max());
}

TEST(ConstReprTest, PointOneRoundsForFloat32) {
  ConstResult r = representable(F("0.1"), NumType::float32);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.val.to_float(), 0.1f);
  EXPECT_TRUE(eq(r.val, Value::make_double(static_cast<double>(0.1f))));
  EXPECT_FALSE(eq(r.val, F("0.1")));
  ConstResult d = representable(F("0.1"), NumType::float64);
  EXPECT_EQ(d.val.to_double(), 0.1);
}

TEST(ConstReprTest, UnderflowRoundsToZeroOrDenormal) {
  // var f float32 = 1e-50 compiles (f == 0); 2e-324 prints 0, 3e-324 5e-324.
  EXPECT_EQ(representable(F("1e-50"), NumType::float32).val.to_double(), 0.0);
  EXPECT_EQ(representable(F("2e-324"), NumType::float64).val.to_double(), 0.0);
  EXPECT_EQ(representable(F("3e-324"), NumType::float64).val.to_double(),
            std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(F("1e-320").to_double(), 1e-320);
}

TEST(ConstReprTest, ComplexTargets) {
  // "cannot use 1e39 (untyped float constant 1e+39) as complex64 value in
  // ... (overflows)"
  EXPECT_EQ(repr_err(F("1e39"), NumType::complex64), ConstError::overflows);
  ConstResult r = representable(bin(I("1"), Tok::add, Im("2i")), NumType::complex128);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.val.to_complex128(), std::complex<double>(1, 2));
  // "cannot use 1 + 2i (untyped complex constant (1 + 2i)) as float64 value
  // in ... (overflows)"
  EXPECT_EQ(repr_err(bin(I("1"), Tok::add, Im("2i")), NumType::float64), ConstError::overflows);
  EXPECT_TRUE(representable(bin(F("1.5"), Tok::add, Im("0i")), NumType::float64).ok());
}

TEST(ConstReprTest, NonNumericAndUnknown) {
  EXPECT_EQ(repr_err(Value::make_string("a"), NumType::int_), ConstError::not_representable);
  ConstResult r = representable(Value(), NumType::int8);
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.val.is_unknown());
}

// ---- printing ----

TEST(ConstStringTest, IntegersInFull) {
  EXPECT_EQ(str(I("300")), "300");
  EXPECT_EQ(str(unary_op(Tok::sub, I("42")).val), "-42");
  EXPECT_EQ(str(shifted(I("1"), Tok::shl, I("100"))), "1267650600228229401496703205376");
}

TEST(ConstStringTest, FloatsAsPercentSixG) {
  // go/constant (Go 1.19) String of these literals.
  EXPECT_EQ(str(F("1e100")), "1e+100");
  EXPECT_EQ(str(F("0.1")), "0.1");
  EXPECT_EQ(str(F("1.5")), "1.5");
  EXPECT_EQ(str(F("2.0")), "2");
  EXPECT_EQ(str(unary_op(Tok::sub, F("0.5")).val), "-0.5");
  EXPECT_EQ(str(F("1.0000001")), "1");
  EXPECT_EQ(str(F("100000.5")), "100000");
  EXPECT_EQ(str(F("1234567.5")), "1.23457e+06");
  EXPECT_EQ(str(F("1e-7")), "1e-07");
  EXPECT_EQ(str(F("123456")), "123456");
  EXPECT_EQ(str(F("0.000012345")), "1.2345e-05");
  EXPECT_EQ(str(F("1e6")), "1e+06");
  EXPECT_EQ(str(F("0x1p-2")), "0.25");
  EXPECT_EQ(str(F("0.0")), "0");
  EXPECT_EQ(str(F("3.4028234663852886e38")), "3.40282e+38");
  EXPECT_EQ(str(F("1e-320")), "9.99989e-321");  // float64 denormal, printed as such
}

TEST(ConstStringTest, FloatsOutsideFloat64Range) {
  EXPECT_EQ(str(F("1e309")), "1e+309");
  EXPECT_EQ(str(F("1e-400")), "1e-400");
  EXPECT_EQ(str(F("1e+1000")), "1e+1000");
  EXPECT_EQ(str(F("123e-1000")), "1.23e-998");
  EXPECT_EQ(str(F("9.9999999e500")), "1e+501");
  EXPECT_EQ(str(unary_op(Tok::sub, F("2.5e400")).val), "-2.5e+400");
}

TEST(ConstStringTest, Complex) {
  EXPECT_EQ(str(bin(I("1"), Tok::add, Im("2i"))), "(1 + 2i)");
  EXPECT_EQ(str(bin(F("1.5"), Tok::sub, Im("2.5i"))), "(1.5 + -2.5i)");
}

TEST(ConstStringTest, StringsQuotedAndCut) {
  EXPECT_EQ(str(Value::make_string(std::string("a\"b\n\0\xc3\xa9", 7))),
            "\"a\\\"b\\n\\x00\xc3\xa9\"");
  EXPECT_EQ(str(Value::make_string("\xff\t\\")), "\"\\xff\\t\\\\\"");
  EXPECT_EQ(str(Value::make_string("\xc2\xa0\xe2\x80\x8b")), "\"\\u00a0\\u200b\"");
  std::string digits;
  for (int i = 0; i < 8; i++) digits += "0123456789";
  // go/constant: over 72 characters keep 69 and add "...".
  EXPECT_EQ(str(Value::make_string(digits)), "\"" + digits.substr(0, 68) + "...");
  EXPECT_EQ(str(Value::make_string(digits.substr(0, 70))), "\"" + digits.substr(0, 70) + "\"");
}

TEST(ConstStringTest, BoolsAndUnknown) {
  EXPECT_EQ(str(Value::make_bool(true)), "true");
  EXPECT_EQ(str(Value::make_bool(false)), "false");
  EXPECT_EQ(str(Value()), "unknown");
}

// ---- accessors ----

TEST(ConstAccessTest, CodeGenerationValues) {
  Value m5 = unary_op(Tok::sub, I("5")).val;
  EXPECT_EQ(*m5.to_int64(), -5);
  EXPECT_FALSE(m5.to_uint64().has_value());
  EXPECT_FALSE(shifted(I("1"), Tok::shl, I("64")).to_uint64().has_value());
  EXPECT_EQ(F("0.1").to_double(), 0.1);
  EXPECT_EQ(I("3").to_double(), 3.0);
  EXPECT_EQ(F("1e309").to_double(), std::numeric_limits<double>::infinity());
  EXPECT_EQ(bin(F("0.5"), Tok::add, Im("2i")).to_complex128(), std::complex<double>(0.5, 2));
  EXPECT_EQ(lit(Tok::string_lit, "\"hi\"").string_val(), "hi");
  EXPECT_TRUE(Value::make_bool(true).bool_val());
}

TEST(ConstAccessTest, MakeDoubleIsExact) {
  for (double d : {0.1, -2.5, 1e300, 5e-324, 0.0, 123456789.125}) {
    EXPECT_EQ(Value::make_double(d).to_double(), d);
  }
  EXPECT_TRUE(eq(Value::make_double(0.25), F("0.25")));
}

}  // namespace
}  // namespace gopark::interp
