// Package strconv: conversions between strings and basic data types.
//
// Declarations written for gopark from the package documentation. The
// functions without bodies are implemented natively by the VM.
package strconv

import "errors"

// IntSize: int and uint are 64 bits wide in gopark.
const IntSize = 64

// ErrRange: the number does not fit the requested size.
var ErrRange = errors.New("value out of range")

// ErrSyntax: the text is not a number (or boolean, or quoted string).
var ErrSyntax = errors.New("invalid syntax")

// NumError is the error of the Parse functions.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // why it failed (ErrRange, ErrSyntax, ...)
}

// Error renders e as `strconv.Func: parsing "Num": Err`.
func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and
// False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "TRUE", "true", "True":
		return true, nil
	case "0", "f", "F", "FALSE", "false", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// The natives' result codes: 0 success, then the error.
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseInt(s string, base int, bitSize int) (int64, int)
func parseFloat(s string, bitSize int) (float64, int)

func numError(fn, s string, base, bitSize, code int) error {
	var err error
	switch code {
	case 1:
		err = ErrSyntax
	case 2:
		err = ErrRange
	case 3:
		err = errors.New("invalid base " + Itoa(base))
	default:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{fn, s, err}
}

// ParseInt reads s in the given base (0: from its prefix, with
// underscores allowed) as a signed integer of bitSize bits (0: int). Out of
// range values give the nearest bound and ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, code := parseInt(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseInt", s, base, bitSize, code)
	}
	return v, nil
}

// ParseUint is ParseInt without a sign.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, code := parseUint(s, base, bitSize)
	if code != 0 {
		return v, numError("ParseUint", s, base, bitSize, code)
	}
	return v, nil
}

// ParseFloat reads a Go floating-point literal (decimal or hexadecimal,
// "inf", "infinity", "nan" in any case), rounded to bitSize 32 or 64
// bits. Too large values give ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, code := parseFloat(s, bitSize)
	if code != 0 {
		return v, numError("ParseFloat", s, 10, bitSize, code)
	}
	return v, nil
}

// ParseComplex reads "N", "Ni" or "N±Ni" (optionally in parentheses),
// each N a ParseFloat number of bitSize/2 bits.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	fail := func(err error) (complex128, error) {
		return 0, &NumError{"ParseComplex", orig, err}
	}
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	part := func(t string) (float64, bool) {
		f, err := ParseFloat(t, size)
		if err != nil {
			if err.(*NumError).Err != ErrRange {
				return 0, false
			}
			pending = ErrRange
		}
		return f, true
	}
	// The real part ends at a sign that is not the number's own and does
	// not follow an exponent letter.
	split := -1
	for i := 1; i < len(s); i++ {
		if s[i] != '+' && s[i] != '-' {
			continue
		}
		prev := s[i-1] | 0x20
		hex := len(s) > 2 && (s[1]|0x20 == 'x' || s[2]|0x20 == 'x')
		if (prev == 'e' && !hex) || prev == 'p' {
			continue
		}
		split = i
		break
	}
	if split < 0 {
		if len(s) > 0 && s[len(s)-1] == 'i' {
			f, ok := part(s[:len(s)-1])
			if !ok {
				return fail(ErrSyntax)
			}
			if pending != nil {
				return complex(0, f), &NumError{"ParseComplex", orig, pending}
			}
			return complex(0, f), nil
		}
		f, ok := part(s)
		if !ok {
			return fail(ErrSyntax)
		}
		if pending != nil {
			return complex(f, 0), &NumError{"ParseComplex", orig, pending}
		}
		return complex(f, 0), nil
	}
	re, im := s[:split], s[split:]
	if len(im) < 2 || im[len(im)-1] != 'i' {
		return fail(ErrSyntax)
	}
	im = im[:len(im)-1]
	r, ok1 := part(re)
	if len(im) == 4 && im[0] == '+' {
		// NaN takes no sign, but the + joining the parts may precede it.
		im = im[1:]
	}
	i, ok2 := part(im)
	if !ok1 || !ok2 {
		return fail(ErrSyntax)
	}
	if pending != nil {
		return complex(r, i), &NumError{"ParseComplex", orig, pending}
	}
	return complex(r, i), nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	v, code := parseInt(s, 10, 0)
	if code != 0 {
		return int(v), numError("Atoi", s, 10, 0, code)
	}
	return int(v), nil
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func quotedPrefixLen(s string) int

// QuotedPrefix returns the quoted string (as Unquote accepts it) at the
// start of s.
func QuotedPrefix(s string) (string, error) {
	if n := quotedPrefixLen(s); n > 0 {
		return s[:n], nil
	}
	return "", ErrSyntax
}

func unquote(s string) (string, bool)

// Unquote interprets s as a Go string, rune or raw string literal and
// returns its value.
func Unquote(s string) (string, error) {
	if v, ok := unquote(s); ok {
		return v, nil
	}
	return "", ErrSyntax
}

func unquoteChar(s string, quote byte) (value rune, multibyte bool, used int)

// UnquoteChar decodes the first character or escape sequence of s, a
// string or rune literal's body quoted by quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, n := unquoteChar(s, quote)
	if n == 0 {
		return 0, false, "", ErrSyntax
	}
	return v, mb, s[n:], nil
}
func CanBackquote(s string) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}
