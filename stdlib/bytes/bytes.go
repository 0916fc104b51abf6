// Package bytes: functions on byte slices, and the Buffer and Reader types.
//
// Declarations written for gopark from the package documentation. The
// functions without bodies are implemented natively by the VM; Buffer,
// Reader and the functions taking a func are plain Go because they call
// back into user code.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Clone returns a copy of b; Clone(nil) is nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

func Compare(a, b []byte) int

func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

func Count(s, sep []byte) int

// Cut splits s at the first sep, if any.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without prefix and whether s began with it.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and whether s ended with it.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Equal compares contents; nil and empty are equal.
func Equal(a, b []byte) bool { return string(a) == string(b) }

func EqualFold(s, t []byte) bool

// Fields splits s around runs of Unicode white space.
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s around each run of code points satisfying f.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var out [][]byte
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:len(s):len(s)])
	}
	return out
}

func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == string(prefix)
}

func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && string(s[len(s)-len(suffix):]) == string(suffix)
}

func Index(s, sep []byte) int
func IndexAny(s []byte, chars string) int
func IndexByte(b []byte, c byte) int

// IndexFunc finds the first rune for which f is true: its byte offset, or
// -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			return i
		}
		i += size
	}
	return -1
}

func IndexRune(s []byte, r rune) int

// Join concatenates the elements of s with sep between them, into a new
// slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}
func LastIndex(s, sep []byte) int
func LastIndexAny(s []byte, chars string) int
func LastIndexByte(s []byte, c byte) int

// LastIndexFunc finds the last rune for which f is true: its byte offset,
// or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// Map returns a copy of s with every code point replaced by mapping(r);
// code points mapped to a negative value are dropped.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if m := mapping(r); m >= 0 {
			b = utf8.AppendRune(b, m)
		}
		i += size
	}
	return b
}

// Repeat returns count copies of b; a negative count panics.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > 0 && count > (1<<40)/len(b) {
		panic("bytes: Repeat output length overflow")
	}
	out := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		out = append(out, b...)
	}
	return out
}

// Replace returns a copy of s with the first n (all if n < 0)
// non-overlapping instances of old replaced by new; an empty old matches
// before each rune and at the end.
func Replace(s, old, new []byte, n int) []byte {
	out := make([]byte, 0, len(s))
	done := 0
	if len(old) == 0 {
		i := 0
		for n < 0 || done < n {
			out = append(out, new...)
			done++
			if i == len(s) {
				return out
			}
			_, size := utf8.DecodeRune(s[i:])
			out = append(out, s[i:i+size]...)
			i += size
		}
		return append(out, s[i:]...)
	}
	start := 0
	for n < 0 || done < n {
		k := Index(s[start:], old)
		if k < 0 {
			break
		}
		out = append(out, s[start:start+k]...)
		out = append(out, new...)
		start += k + len(old)
		done++
	}
	return append(out, s[start:]...)
}

func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Runes decodes s into its code points (invalid bytes become U+FFFD).
func Runes(s []byte) []rune {
	out := make([]rune, 0, utf8.RuneCount(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		out = append(out, r)
		i += size
	}
	return out
}

// split cuts s at each sep (keeping keep bytes of it in each piece) into
// at most n pieces (n < 0: all); each piece's capacity is its length.
func split(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		var out [][]byte
		for i := 0; i < len(s); {
			if n > 0 && len(out) == n-1 {
				return append(out, s[i:len(s):len(s)])
			}
			_, size := utf8.DecodeRune(s[i:])
			out = append(out, s[i:i+size:i+size])
			i += size
		}
		return out
	}
	var out [][]byte
	for n < 0 || len(out) < n-1 {
		k := Index(s, sep)
		if k < 0 {
			break
		}
		out = append(out, s[:k+keep:k+keep])
		s = s[k+len(sep):]
	}
	return append(out, s)
}

// Split cuts s around each sep.
func Split(s, sep []byte) [][]byte { return split(s, sep, 0, -1) }

// SplitAfter cuts s after each sep.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, len(sep), -1) }

// SplitAfterN is SplitAfter into at most n pieces.
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

// SplitN is Split into at most n pieces.
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, 0, n) }

// Title upper-cases the first letter of each word.
//
// Deprecated: its idea of word boundaries ignores Unicode punctuation.
func Title(s []byte) []byte { return mapCase(s, 3) }

// mapCase maps every rune of s to upper (0), lower (1) or title (2) case,
// or title-cases the first letter of words (3), into a new slice.
func mapCase(s []byte, which int) []byte

func ToLower(s []byte) []byte { return mapCase(s, 1) }
func ToTitle(s []byte) []byte { return mapCase(s, 2) }
func ToUpper(s []byte) []byte { return mapCase(s, 0) }

// ToUpperSpecial maps s to upper case with c's mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case with c's mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case with c's mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }
func ToValidUTF8(s, replacement []byte) []byte
func inCutset(cutset string) func(rune) bool {
	return func(r rune) bool {
		for _, c := range cutset {
			if c == r {
				return true
			}
		}
		return false
	}
}

// Trim removes leading and trailing runes contained in cutset.
func Trim(s []byte, cutset string) []byte {
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimFunc removes leading and trailing code points satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeft removes leading runes contained in cutset (nil when nothing
// is left).
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inCutset(cutset))
}

// TrimLeftFunc removes leading code points satisfying f; it returns nil
// when all of s goes.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if !f(r) {
			return s[i:]
		}
		i += size
	}
	return nil
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimRight removes trailing runes contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimRightFunc(s, inCutset(cutset))
}

// TrimRightFunc removes trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRune(s[:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[:i]
}

// TrimSpace removes leading and trailing white space (nil when nothing
// is left).
func TrimSpace(s []byte) []byte {
	t := TrimRightFunc(TrimLeftFunc(s, unicode.IsSpace), unicode.IsSpace)
	if len(t) == 0 {
		return nil
	}
	return t
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
