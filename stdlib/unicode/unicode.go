// Package unicode: classification and case mapping of Unicode code points
// (Unicode 15.0.0, as Go 1.22).
//
// Declarations written for gopark from the package documentation. The
// functions without bodies are implemented natively by the VM over tables
// generated from Go's (tools/gen_stdlib_unicode.go). The package's own
// range tables (tables.go) carry a number naming the native table, which
// answers Is, and a copy of Go's R16 and R32 for programs that read them
// (tools/gen_stdlib_unicode.go). Tables a program builds itself are
// searched here in Go.
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // stands for an invalid code point
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

// Version is the Unicode version the tables follow.
const Version = "15.0.0"

// Case indices for To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower, as a Delta of a CaseRange, marks alternating upper and lower
// case pairs (a value no rune can have).
const UpperLower = MaxRune + 1

// RangeTable is a set of code points as sorted, non-overlapping ranges.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // how many leading R16 entries have Hi <= MaxLatin1
	id          int // nonzero: one of the package's tables, answered natively
}

// Range16 is the runs Lo, Lo+Stride, ... up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is like Range16 for code points beyond 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

func category(mask int) *RangeTable { return table(1<<40 | mask) }
func script(i int) *RangeTable      { return table(2<<40 | i) }
func property(i int) *RangeTable    { return table(3<<40 | i) }

// table makes the package's table id, with Go's ranges for programs that
// read them; Is asks inTable instead.
func table(id int) *RangeTable {
	t := &RangeTable{id: id}
	t.R16, t.R32, t.LatinOffset = rangesOf(id)
	return t
}

func inTable(id int, r rune) bool
func rangesOf(id int) (r16 []Range16, r32 []Range32, latinOffset int)

// GraphicRanges are the tables of IsGraphic.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges are the tables of IsPrint (which also admits U+0020).
var PrintRanges = []*RangeTable{L, M, N, P, S}

// Is reports whether r is in rangeTab.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id != 0 {
		return inTable(rangeTab.id, r)
	}
	if r < 0 {
		return false
	}
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		lo, hi := 0, len(r16)
		for lo < hi {
			m := lo + (hi-lo)/2
			g := r16[m]
			if uint32(g.Lo) <= uint32(r) && uint32(r) <= uint32(g.Hi) {
				return g.Stride == 1 || (uint32(r)-uint32(g.Lo))%uint32(g.Stride) == 0
			}
			if uint32(r) < uint32(g.Lo) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		return false
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && uint32(r) >= r32[0].Lo {
		lo, hi := 0, len(r32)
		for lo < hi {
			m := lo + (hi-lo)/2
			g := r32[m]
			if g.Lo <= uint32(r) && uint32(r) <= g.Hi {
				return g.Stride == 1 || (uint32(r)-g.Lo)%g.Stride == 0
			}
			if uint32(r) < g.Lo {
				hi = m
			} else {
				lo = m + 1
			}
		}
	}
	return false
}

// In reports whether r is in any of ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with the tables as a slice.
func IsOneOf(ranges []*RangeTable, r rune) bool { return In(r, ranges...) }

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool

func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

// CaseRange maps the code points Lo..Hi to the other cases by adding
// Delta[UpperCase], Delta[LowerCase] or Delta[TitleCase].
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// SpecialCase is a language's own case mappings, consulted before the
// usual ones.
type SpecialCase []CaseRange

// TurkishCase maps dotted and dotless i the Turkish way.
var TurkishCase SpecialCase = []CaseRange{
	{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// AzeriCase is TurkishCase.
var AzeriCase SpecialCase = TurkishCase

func (special SpecialCase) to(c int, r rune) rune {
	for _, cr := range special {
		if uint32(r) < cr.Lo || uint32(r) > cr.Hi {
			continue
		}
		delta := cr.Delta[c]
		if delta > MaxRune {
			// Alternating upper/lower pairs starting at Lo.
			return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(c&1))
		}
		return r + delta
	}
	return To(c, r)
}

// ToUpper maps r to upper case, special's mapping first.
func (special SpecialCase) ToUpper(r rune) rune { return special.to(UpperCase, r) }

// ToLower maps r to lower case, special's mapping first.
func (special SpecialCase) ToLower(r rune) rune { return special.to(LowerCase, r) }

// ToTitle maps r to title case, special's mapping first.
func (special SpecialCase) ToTitle(r rune) rune { return special.to(TitleCase, r) }
