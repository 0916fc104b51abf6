// constant.h - Go constant values and their exact arithmetic.
//
// The type checker evaluates constant expressions at compile time with the
// spec's exactness ("Constant expressions": "constant expressions are
// always evaluated exactly"), so a Value holds:
//   integer  - a BigInt (untyped ints of any size; rune literals too)
//   floating - an exact rational num/den (0.1 + 0.2 == 0.3 holds)
//   complex  - a pair of rationals
//   boolean, string, and unknown (the value of an erroneous expression,
//   which every operation propagates silently so one error is reported once).
//
// Size policy, modelled on go/constant and cmd/compile (types2):
// - Integers are unbounded here; the checker applies Go's 512-bit limit to
//   untyped results with int_too_large() ("constant multiplication
//   overflow"), and typed results with representable(). Shift counts above
//   kMaxShift (1074, so 1<<1074 spells the smallest float64 denormal's
//   reciprocal) are "invalid shift count".
// - A float stays an exact fraction while numerator and denominator both
//   fit in kExactBits (4096) bits. A result beyond that is rounded to a
//   kMantBits (512)-bit binary mantissa, as go/constant falls back to a
//   512-bit big.Float: still a fraction, now m * 2^e. A float whose
//   magnitude reaches 2^kMaxExp (or falls below 2^-kMaxExp) is out of range:
//   a literal then reports ConstError::malformed ("malformed constant:
//   1e100000"), an operation ConstError::overflow. Go allows binary
//   exponents up to 2^31; ours (65536, about 1e19728) is far beyond any
//   float64 or real program and keeps every operation cheap.
//
// Kinds are never normalized: 2.0 stays a float and 1+0i a complex, so a
// Value's kind is its untyped kind, which is what Go's errors depend on
// (a float is "truncated" as an int even when it is 1e100).
#pragma once

#include <complex>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "interp/bigint.h"
#include "interp/token.h"

namespace gopark::interp {

enum class ValueKind : uint8_t { unknown, boolean, string, integer, floating, complex };

// The basic types a numeric constant can be converted to. int, uint and
// uintptr are 64-bit.
enum class NumType : uint8_t {
  int8,
  int16,
  int32,
  int64,
  int_,
  uint8,
  uint16,
  uint32,
  uint64,
  uint_,
  uintptr,
  float32,
  float64,
  complex64,
  complex128,
};

// What went wrong; the checker words the message around the operands (the
// comment gives cmd/compile's text).
enum class ConstError : uint8_t {
  none,
  division_by_zero,      // "invalid operation: division by zero"
  overflow,              // float beyond kMaxExp: "constant multiplication overflow"
  malformed,             // literal out of range: "malformed constant: 1e20000"
  truncated,             // float -> int: "(truncated)", "1.5 (...) truncated to uint"
  overflows,             // "(overflows)", "y * 2 (constant 400 of type uint8) overflows uint8"
  not_representable,     // not numeric at all (string to int...)
  negative_shift_count,  // "invalid operation: negative shift count -1 (...)"
  invalid_shift_count,   // "invalid operation: invalid shift count 2000 (...)"
  shift_count_not_int,   // "1.5 (untyped float constant) truncated to uint"
  shifted_not_int,       // "invalid operation: shifted operand 1.5 (...) must be integer"
  invalid_operation,     // operator not defined on these kinds (checker reports first)
};
// A short English name of e, for tests and internal errors.
const char* const_error_name(ConstError e);

constexpr unsigned kMaxIntBits = 512;  // types2's limit on untyped ints
constexpr unsigned kMaxShift = 1074;   // types2's shiftBound
constexpr unsigned kExactBits = 4096;  // floats exact below this many bits
constexpr unsigned kMantBits = 512;    // mantissa once rounded
constexpr int64_t kMaxExp = 1 << 16;   // |binary exponent| of any float

// An exact fraction, den > 0, gcd(num, den) == 1, 0 is 0/1.
struct Rat {
  BigInt num;
  BigInt den{1};
};

class Value {
 public:
  Value() = default;  // unknown
  static Value make_bool(bool b);
  static Value make_string(std::string s);
  static Value make_int(BigInt i);
  static Value make_int64(int64_t i) { return make_int(BigInt(i)); }
  static Value make_uint64(uint64_t u) { return make_int(BigInt::from_u64(u)); }
  // Exactly d (finite); a float.
  static Value make_double(double d);
  // num/den as a float (den != 0); unknown if out of range (see above).
  static Value make_ratio(BigInt num, BigInt den);
  // re + im*i from two numeric values (unknown if either is not numeric).
  static Value make_complex(const Value& re, const Value& im);

  ValueKind kind() const { return kind_; }
  bool is_unknown() const { return kind_ == ValueKind::unknown; }
  bool is_numeric() const { return kind_ >= ValueKind::integer; }
  // For numeric kinds: the real part is an integer (and the imaginary part
  // zero): 2.0 and 2+0i are integral, so they convert to int exactly.
  bool is_integral() const;
  // -1, 0, 1 of an integer or float; for complex 0 iff both parts are zero,
  // else 1.
  int sign() const;

  bool bool_val() const { return b_; }
  const std::string& string_val() const { return s_; }
  // Integer value; for a float or complex the real part's numerator.
  const BigInt& int_val() const { return re_.num; }
  const Rat& real() const { return re_; }  // integer: den 1
  const Rat& imag() const { return im_; }  // zero unless complex

  // Code generation accessors, valid once the checker has made the value
  // representable in the target type.
  std::optional<int64_t> to_int64() const;
  std::optional<uint64_t> to_uint64() const;
  double to_double() const;  // the real part, correctly rounded (+-inf if huge)
  float to_float() const;    // correctly rounded to float32 (no double rounding)
  std::complex<double> to_complex128() const;

  // As Go prints constants in error messages (go/constant's String in Go
  // 1.19): ints in full decimal; floats with %.6g ("1e+100", "0.1",
  // "0.333333"), or mantissa and decimal exponent when outside float64's
  // range ("1e+309"); complex "(1 + 2i)"; strings quoted with Go's escapes
  // and cut to 72 characters with "..."; "true"/"false"; "unknown".
  std::string to_string() const;

 private:
  ValueKind kind_ = ValueKind::unknown;
  bool b_ = false;
  std::string s_;
  Rat re_, im_;
  friend struct ValueAccess;
};

struct ConstResult {
  Value val;
  ConstError err = ConstError::none;
  bool ok() const { return err == ConstError::none; }
};

// The value of a literal token (kind int_lit, float_lit, imag_lit,
// rune_lit, string_lit) from its raw text as the lexer produced and
// validated it ("0x_FF", "1_000.5", ".5e-3", "0x1p-2", "0123i", "'\n'").
// Errors: malformed (out of range, or text that is not a valid literal).
ConstResult make_from_literal(Tok kind, std::string_view lit);

// + - ^ ! (Tok::add sub xor_ not_). For ^ on an unsigned typed constant pass
// its size in bits (8..64): ^uint8(1) == 254; 0 means signed or untyped
// (^x == -x-1).
ConstResult unary_op(Tok op, const Value& x, unsigned uint_bits = 0);

// + - * / % & | ^ &^ && || (Tok::add ... Tok::lor). Operands of different
// numeric kinds are first converted to the larger kind (int < float <
// complex), as untyped constants are. / divides integers (truncating) when
// both are integers and exactly otherwise; % and the bit operations need
// integers; + also concatenates strings. The checker has already checked
// the types, so a kind mismatch only yields invalid_operation.
ConstResult binary_op(const Value& x, Tok op, const Value& y);

// x << count or x >> count (Tok::shl, shr). x must be integral (2.0 is
// accepted and becomes an int, as for an untyped float operand), count a
// non-negative integer value up to kMaxShift. >> rounds toward -inf.
ConstResult shift(const Value& x, Tok op, const Value& count);

// == != < <= > >= (complex and bool: == != only). The result is a bool;
// invalid_operation for incomparable kinds.
ConstResult compare(const Value& x, Tok op, const Value& y);

// Kind conversions. to_int: exact only ("truncated" otherwise; a complex
// needs a zero imaginary part). to_float: int exact, complex only with zero
// imaginary part (else unknown). to_complex: any numeric.
ConstResult to_int(const Value& x);
Value to_float(const Value& x);
Value to_complex(const Value& x);
// string(x) for an integer constant: its UTF-8 encoding, "\uFFFD" when it
// is not a valid code point.
Value int_to_string(const Value& x);

// Whether x can be a constant of type t (spec "Representability"), and the
// value it then has: an int for integer types, a float rounded to the
// nearest float32/float64 for float types (an overflow is an error, an
// underflow rounds to 0), complex parts rounded likewise. Errors follow
// types2: a non-integer kind to an integer type is "truncated" (even when
// the value is integral but too big, as Go says for 1e100), any other
// numeric failure "overflows", a non-numeric value "not_representable".
// Unknown stays unknown without error.
ConstResult representable(const Value& x, NumType t);

// Go's limit on untyped integer results (types2: "constant %s overflow").
inline bool int_too_large(const Value& x) {
  return x.kind() == ValueKind::integer && x.int_val().bit_len() > kMaxIntBits;
}

// strconv.Quote: s in double quotes, printable runes kept, everything else
// (and invalid UTF-8) escaped as Go does. With max_runes > 0, a result
// longer than that keeps its first max_runes - 3 runes and "..." (how
// go/constant prints long string constants in error messages).
std::string quote_string(std::string_view s, size_t max_runes = 0);

}  // namespace gopark::interp
