// The printing engine behind Sprint, Sprintf and Sprintln, in plain Go.
//
// gopark has no package reflect: the few facts the printer needs about a
// value's dynamic type (its kind, its name, its parts) come from the
// bodyless natives below, which the VM implements. Everything else, from
// parsing the format to padding, quoting, sorting map keys and calling
// Error, String, GoString and Format methods, is here.

package fmt

import "unicode/utf8"

// Natives. Kinds are reflect.Kind's numbers: Invalid 0, Bool 1, Int 2,
// Int8 3, Int16 4, Int32 5, Int64 6, Uint 7, Uint8 8, Uint16 9, Uint32 10,
// Uint64 11, Uintptr 12, Float32 13, Float64 14, Complex64 15,
// Complex128 16, Array 17, Chan 18, Func 19, Interface 20, Map 21,
// Pointer 22, Slice 23, String 24, Struct 25, UnsafePointer 26.

// kindOf gives the kind of v's dynamic type; 0 for a nil interface.
func kindOf(v any) int

// typeString gives v's dynamic type as %T prints it ("<nil>" for nil).
func typeString(v any) string

// intOf gives the value of a signed integer kind.
func intOf(v any) int64

// uintOf gives the value of an unsigned integer kind (uintptr included).
func uintOf(v any) uint64

// floatOf gives the value of a float kind (float32 widened).
func floatOf(v any) float64

// stringOf gives the value of a string kind.
func stringOf(v any) string

// boolOf gives the value of a bool kind.
func boolOf(v any) bool

// lenOf gives the length of an array, slice, map, string or chan.
func lenOf(v any) int

// indexOf gives element i of an array or slice, as an interface holding
// the element (an element of interface type gives that interface's value
// itself, so nil elements give nil).
func indexOf(v any, i int) any

// isNil reports a pointer, map, slice, func or chan that is nil.
func isNil(v any) bool

// elemOf gives the value a non-nil pointer points to.
func elemOf(v any) any

// numField gives the number of fields of a struct.
func numField(v any) int

// fieldOf gives field i of a struct (value as for indexOf).
func fieldOf(v any, i int) (name string, value any, exported bool)

// mapOf gives a map's entries, in no particular order.
func mapOf(v any) (keys, values []any)

// pointerOf gives the address held by a pointer, map, chan, func, or a
// slice's data pointer.
func pointerOf(v any) uintptr

// formatFloat is exactly strconv.FormatFloat.
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// complexOf gives the parts of a complex kind (complex64 widened).
func complexOf(v any) (re, im float64)

// fieldTypeName gives the static type of field i of a struct, as %T
// prints it.
func fieldTypeName(v any, i int) string

// elemTypeName gives the element type of an array, slice, map or pointer.
func elemTypeName(v any) string

// keyTypeName gives the key type of a map.
func keyTypeName(v any) string

// elemKind gives the kind of the element type of an array, slice, map or
// pointer.
func elemKind(v any) int

// typeOrder ranks v's dynamic type for ordering the keys of a map whose
// key type is an interface, as Go does by the addresses of its type
// descriptors; types of equal rank other than predeclared ones are
// ordered by name.
func typeOrder(v any) int

// The kinds, under the names reflect gives them.
const (
	kInvalid = iota
	kBool
	kInt
	kInt8
	kInt16
	kInt32
	kInt64
	kUint
	kUint8
	kUint16
	kUint32
	kUint64
	kUintptr
	kFloat32
	kFloat64
	kComplex64
	kComplex128
	kArray
	kChan
	kFunc
	kInterface
	kMap
	kPointer
	kSlice
	kString
	kStruct
	kUnsafePointer
)

const (
	hexLower = "0123456789abcdefx"
	hexUpper = "0123456789ABCDEFX"
	// Widths and precisions above this are treated as malformed.
	maxNum = 1000000
	// What %#v shows for a nil interface whose static type is unknown.
	emptyIface = "interface {}"
)

// directive holds the width, precision and flags of the verb being
// formatted.
type directive struct {
	wid, prec       int
	hasWid, hasPrec bool
	minus, plus     bool
	sharp, space    bool
	zero            bool
	plusV, sharpV   bool // %+v and %#v: plus and sharp are cleared for these
}

// printer accumulates one call's output.
type printer struct {
	buf []byte
	directive

	cur       any   // the operand being printed, for error messages
	erroring  bool  // printing a %!verb(...) message: no method calls
	panicking bool  // printing the value a method panicked with
	wrapErrs  bool  // %w is allowed (Errorf)
	wrapped   []int // operand indexes formatted with %w
	reordered bool  // an explicit [n] index was used
	indexOK   bool  // the current directive's indexes are usable

	small [64]byte
}

// newPrinter gives a printer whose output starts in a small array of its
// own, so short results need no growing.
func newPrinter() *printer {
	p := &printer{}
	p.buf = p.small[:0]
	return p
}

// Write appends b to the output; it makes a printer a State.
func (p *printer) Write(b []byte) (n int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString appends s to the output.
func (p *printer) WriteString(s string) (n int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// Width gives the directive's width, if it has one.
func (p *printer) Width() (wid int, ok bool) { return p.wid, p.hasWid }

// Precision gives the directive's precision, if it has one.
func (p *printer) Precision() (prec int, ok bool) { return p.prec, p.hasPrec }

// Flag reports whether the directive has flag c; %+v and %#v count as
// having + and #.
func (p *printer) Flag(c int) bool {
	switch c {
	case '-':
		return p.minus
	case '+':
		return p.plus || p.plusV
	case '#':
		return p.sharp || p.sharpV
	case ' ':
		return p.space
	case '0':
		return p.zero
	}
	return false
}

func (p *printer) clearFlags() { p.directive = directive{} }

func (p *printer) writeRune(r rune) {
	if r < utf8.RuneSelf && r >= 0 {
		p.buf = append(p.buf, byte(r))
		return
	}
	p.buf = utf8.AppendRune(p.buf, r)
}

// writePad writes n bytes of padding: zeros with the 0 flag, else spaces.
func (p *printer) writePad(n int) {
	c := byte(' ')
	if p.zero {
		c = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

// padString writes s padded to the width (counted in runes).
func (p *printer) padString(s string) {
	if !p.hasWid || p.wid == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	n := p.wid - utf8.RuneCountInString(s)
	if p.minus {
		p.buf = append(p.buf, s...)
		p.writePad(n)
		return
	}
	p.writePad(n)
	p.buf = append(p.buf, s...)
}

// padBytes is padString for a byte slice.
func (p *printer) padBytes(b []byte) {
	if !p.hasWid || p.wid == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	n := p.wid - utf8.RuneCount(b)
	if p.minus {
		p.buf = append(p.buf, b...)
		p.writePad(n)
		return
	}
	p.writePad(n)
	p.buf = append(p.buf, b...)
}

// padNoZero pads b with spaces even under the 0 flag.
func (p *printer) padNoZero(b []byte) {
	z := p.zero
	p.zero = false
	p.padBytes(b)
	p.zero = z
}

// ---- Integers ----

// writeInt formats u (a two's complement int64 when signed) in base.
func (p *printer) writeInt(u uint64, base int, signed bool, verb rune, digits string) {
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}
	if !p.hasWid && !p.hasPrec && !p.plus && !p.space && (!p.sharp || base == 10) && verb != 'O' {
		// Just the digits: straight into the output.
		var d [64]byte
		i := len(d)
		b := uint64(base)
		for u >= b {
			i--
			d[i] = digits[u%b]
			u /= b
		}
		i--
		d[i] = digits[u]
		if neg {
			p.buf = append(p.buf, '-')
		}
		p.buf = append(p.buf, d[i:]...)
		return
	}
	// Minimum digit count: the precision, or the width under the 0 flag.
	least := 0
	if p.hasPrec {
		least = p.prec
		if least == 0 && u == 0 {
			// Nothing but padding.
			z := p.zero
			p.zero = false
			p.writePad(p.wid)
			p.zero = z
			return
		}
	} else if p.zero && p.hasWid {
		least = p.wid
		if neg || p.plus || p.space {
			least--
		}
	}
	size := 68
	if least+4 > size {
		size = least + 4
	}
	var small [68]byte
	var out []byte
	if size <= len(small) {
		out = small[:]
	} else {
		out = make([]byte, size)
	}
	i := len(out)
	b := uint64(base)
	for u >= b {
		i--
		out[i] = digits[u%b]
		u /= b
	}
	i--
	out[i] = digits[u]
	for i > 4 && len(out)-i < least {
		i--
		out[i] = '0'
	}
	if p.sharp {
		switch base {
		case 2:
			i -= 2
			out[i], out[i+1] = '0', 'b'
		case 8:
			if out[i] != '0' {
				i--
				out[i] = '0'
			}
		case 16:
			i -= 2
			out[i], out[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		out[i], out[i+1] = '0', 'o'
	}
	switch {
	case neg:
		i--
		out[i] = '-'
	case p.plus:
		i--
		out[i] = '+'
	case p.space:
		i--
		out[i] = ' '
	}
	p.padNoZero(out[i:])
}

// writeHex64 writes u in hex, with a 0x prefix if prefix is set.
func (p *printer) writeHex64(u uint64, prefix bool) {
	s := p.sharp
	p.sharp = prefix
	p.writeInt(u, 16, false, 'v', hexLower)
	p.sharp = s
}

// writeUnicode is %U: U+ and at least four upper-case hex digits (more
// with a larger precision); %#U adds the rune quoted if printable.
func (p *printer) writeUnicode(u uint64) {
	least := 4
	if p.hasPrec && p.prec > 4 {
		least = p.prec
	}
	var digits [16]byte
	n := 0
	for v := u; ; {
		digits[n] = hexUpper[v&15]
		n++
		v >>= 4
		if v == 0 {
			break
		}
	}
	out := make([]byte, 0, n+least+12)
	out = append(out, 'U', '+')
	for j := n; j < least; j++ {
		out = append(out, '0')
	}
	for j := n - 1; j >= 0; j-- {
		out = append(out, digits[j])
	}
	if p.sharp && u <= utf8.MaxRune && isPrint(rune(u)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(u))
		out = append(out, '\'')
	}
	p.padNoZero(out)
}

// toRune is the rune %c and %q print for the integer u.
func toRune(u uint64) rune {
	if u > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(u)
}

func (p *printer) fmtInteger(u uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV && !signed {
			p.writeHex64(u, true)
		} else {
			p.writeInt(u, 10, signed, verb, hexLower)
		}
	case 'd':
		p.writeInt(u, 10, signed, verb, hexLower)
	case 'b':
		p.writeInt(u, 2, signed, verb, hexLower)
	case 'o', 'O':
		p.writeInt(u, 8, signed, verb, hexLower)
	case 'x':
		p.writeInt(u, 16, signed, verb, hexLower)
	case 'X':
		p.writeInt(u, 16, signed, verb, hexUpper)
	case 'c':
		p.padBytes(utf8.AppendRune(nil, toRune(u)))
	case 'q':
		p.padBytes(appendQuotedRune(nil, toRune(u), p.plus))
	case 'U':
		p.writeUnicode(u)
	default:
		p.badVerb(verb)
	}
}

// ---- Booleans and floats ----

func (p *printer) fmtBool(b bool, verb rune) {
	switch verb {
	case 't', 'v':
		if b {
			p.padString("true")
		} else {
			p.padString("false")
		}
	default:
		p.badVerb(verb)
	}
}

func (p *printer) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.writeFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.writeFloat(v, size, byte(verb), -1)
	case 'f', 'e', 'E':
		p.writeFloat(v, size, byte(verb), 6)
	case 'F':
		p.writeFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// writeFloat formats v with strconv's verb and precision (overridden by
// the directive's), then applies the sign, # and padding rules.
func (p *printer) writeFloat(v float64, size int, verb byte, prec int) {
	if p.hasPrec {
		prec = p.prec
	}
	s := formatFloat(v, verb, prec, size)
	// num[0] is always a sign: '+' when the number has none.
	num := make([]byte, 0, len(s)+16)
	if s[0] != '-' && s[0] != '+' {
		num = append(num, '+')
	}
	num = append(num, s...)
	if p.space && num[0] == '+' && !p.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		// Infinities and NaN: no zero padding, and NaN's sign only when
		// asked for.
		if num[1] == 'N' && !p.space && !p.plus {
			num = num[1:]
		}
		p.padNoZero(num)
		return
	}
	if p.sharp && verb != 'b' {
		p.forcePoint(&num, verb, prec)
	}
	if p.plus || num[0] != '+' {
		if p.zero && p.hasWid && p.wid > len(num) {
			// Sign first, then the zeros.
			p.buf = append(p.buf, num[0])
			p.writePad(p.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.padBytes(num)
		return
	}
	p.padBytes(num[1:])
}

// forcePoint implements # for floats: the number always has a decimal
// point, and %g keeps its trailing zeros up to the precision.
func (p *printer) forcePoint(num *[]byte, verb byte, prec int) {
	b := *num
	want := 0
	if verb == 'g' || verb == 'G' || verb == 'x' {
		want = prec
		if want == -1 {
			want = 6
		}
	}
	var exp []byte
	point := false
	nonzero := false
	for i := 1; i < len(b); i++ {
		c := b[i]
		if c == '.' {
			point = true
			continue
		}
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			exp = append(exp, b[i:]...)
			b = b[:i]
			break
		}
		if c != '0' {
			nonzero = true
		}
		if nonzero {
			want--
		}
	}
	if !point {
		if len(b) == 2 && b[1] == '0' {
			want--
		}
		b = append(b, '.')
	}
	for ; want > 0; want-- {
		b = append(b, '0')
	}
	*num = append(b, exp...)
}

func (p *printer) fmtComplex(c complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		plus := p.plus
		p.buf = append(p.buf, '(')
		p.fmtFloat(real(c), size/2, verb)
		p.plus = true
		p.fmtFloat(imag(c), size/2, verb)
		p.buf = append(p.buf, 'i', ')')
		p.plus = plus
	default:
		p.badVerb(verb)
	}
}

// ---- Strings and bytes ----

// truncate cuts s to the precision, counted in runes.
func (p *printer) truncate(s string) string {
	if p.hasPrec {
		n := p.prec
		for i := range s {
			if n == 0 {
				return s[:i]
			}
			n--
		}
	}
	return s
}

func (p *printer) writeS(s string) {
	p.padString(p.truncate(s))
}

// writeHexString is %x and %X of a string: two digits a byte, the
// precision counting bytes, with # and space flags for 0x and separators.
func (p *printer) writeHexString(s string, digits string) {
	n := len(s)
	if p.hasPrec && p.prec < n {
		n = p.prec
	}
	w := 2 * n
	if w == 0 {
		if p.hasWid {
			p.writePad(p.wid)
		}
		return
	}
	if p.space {
		if p.sharp {
			w *= 2
		}
		w += n - 1
	} else if p.sharp {
		w += 2
	}
	if p.hasWid && p.wid > w && !p.minus {
		p.writePad(p.wid - w)
	}
	if p.sharp {
		p.buf = append(p.buf, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if p.space && i > 0 {
			p.buf = append(p.buf, ' ')
			if p.sharp {
				p.buf = append(p.buf, '0', digits[16])
			}
		}
		c := s[i]
		p.buf = append(p.buf, digits[c>>4], digits[c&15])
	}
	if p.hasWid && p.wid > w && p.minus {
		p.writePad(p.wid - w)
	}
}

// writeQ is %q of a string: Go syntax, backquoted under # when possible.
func (p *printer) writeQ(s string) {
	s = p.truncate(s)
	if p.sharp && canBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	p.padBytes(appendQuoted(make([]byte, 0, len(s)+2), s, p.plus))
}

func (p *printer) fmtString(s string, verb rune) {
	switch verb {
	case 'v':
		if p.sharpV {
			p.writeQ(s)
		} else {
			p.writeS(s)
		}
	case 's':
		p.writeS(s)
	case 'x':
		p.writeHexString(s, hexLower)
	case 'X':
		p.writeHexString(s, hexUpper)
	case 'q':
		p.writeQ(s)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes prints a byte slice or array. typ is the name %#v shows.
func (p *printer) fmtBytes(b []byte, verb rune, typ string, v any) {
	switch verb {
	case 'v', 'd':
		if p.sharpV {
			p.buf = append(p.buf, typ...)
			if b == nil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i, c := range b {
				if i > 0 {
					p.buf = append(p.buf, ',', ' ')
				}
				p.writeHex64(uint64(c), true)
			}
			p.buf = append(p.buf, '}')
			return
		}
		p.buf = append(p.buf, '[')
		for i, c := range b {
			if i > 0 {
				p.buf = append(p.buf, ' ')
			}
			p.writeInt(uint64(c), 10, false, verb, hexLower)
		}
		p.buf = append(p.buf, ']')
	case 's':
		if p.hasPrec {
			p.writeS(string(b))
		} else {
			p.padBytes(b)
		}
	case 'x':
		p.writeHexString(string(b), hexLower)
	case 'X':
		p.writeHexString(string(b), hexUpper)
	case 'q':
		p.writeQ(string(b))
	default:
		p.printValue(v, verb, 0, false, "")
	}
}

// ---- Quoting, as strconv.Quote and QuoteRune do ----

// appendQuoted appends s in double quotes with Go escapes; ascii escapes
// every non-ASCII rune too.
func appendQuoted(b []byte, s string, ascii bool) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = appendEscaped(b, rune(c), '"', ascii)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 {
			// A byte that is not UTF-8.
			b = append(b, '\\', 'x', hexLower[c>>4], hexLower[c&15])
			i++
			continue
		}
		b = appendEscaped(b, r, '"', ascii)
		i += n
	}
	return append(b, '"')
}

// appendQuotedRune appends r in single quotes with Go escapes.
func appendQuotedRune(b []byte, r rune, ascii bool) []byte {
	if !validRune(r) {
		r = utf8.RuneError
	}
	b = append(b, '\'')
	b = appendEscaped(b, r, '\'', ascii)
	return append(b, '\'')
}

func validRune(r rune) bool {
	return r >= 0 && r <= utf8.MaxRune && (r < 0xD800 || r > 0xDFFF)
}

func appendEscaped(b []byte, r rune, quote byte, ascii bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(b, '\\', byte(r))
	}
	if r < utf8.RuneSelf {
		if r >= 0x20 && r != 0x7f {
			return append(b, byte(r))
		}
	} else if !ascii && isPrint(r) {
		return utf8.AppendRune(b, r)
	}
	switch r {
	case '\a':
		return append(b, '\\', 'a')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\v':
		return append(b, '\\', 'v')
	}
	if r < 0x20 || r == 0x7f {
		return append(b, '\\', 'x', hexLower[r>>4], hexLower[r&15])
	}
	if !validRune(r) {
		r = utf8.RuneError
	}
	if r < 0x10000 {
		b = append(b, '\\', 'u')
		for shift := 12; shift >= 0; shift -= 4 {
			b = append(b, hexLower[(r>>shift)&15])
		}
		return b
	}
	b = append(b, '\\', 'U')
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, hexLower[(r>>shift)&15])
	}
	return b
}

// canBackquote reports whether s can be written as a raw string literal.
func canBackquote(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < ' ' && c != '\t') || c == '`' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 || r == 0xFEFF {
			return false
		}
		i += n
	}
	return true
}

// notPrint lists, as inclusive pairs in increasing order, runes above
// U+00A0 that unicode.IsPrint rejects: spaces other than U+0020, format
// characters, surrogates, private use, noncharacters and the largest
// unassigned stretches. Smaller unassigned gaps count as printable, an
// approximation.
var notPrint = [...]rune{
	0x00ad, 0x00ad,
	0x0378, 0x0379,
	0x0380, 0x0383,
	0x038b, 0x038b,
	0x038d, 0x038d,
	0x03a2, 0x03a2,
	0x0530, 0x0530,
	0x0557, 0x0558,
	0x058b, 0x058c,
	0x0590, 0x0590,
	0x05c8, 0x05cf,
	0x05eb, 0x05ee,
	0x05f5, 0x0605,
	0x061c, 0x061c,
	0x06dd, 0x06dd,
	0x070e, 0x070f,
	0x1680, 0x1680,
	0x180e, 0x180e,
	0x1fff, 0x200f,
	0x2028, 0x202f,
	0x205f, 0x206f,
	0x2072, 0x2073,
	0x208f, 0x208f,
	0x3000, 0x3000,
	0xd800, 0xf8ff,
	0xfdd0, 0xfdef,
	0xfeff, 0xfeff,
	0xfff0, 0xfffb,
	0xfffe, 0xffff,
	0x12544, 0x12f8f,
	0x13456, 0x143ff,
	0x14647, 0x167ff,
	0x18d09, 0x1afef,
	0x1b2fc, 0x1bbff,
	0x1bca0, 0x1ceff,
	0x1d173, 0x1d17a,
	0x1dab0, 0x1deff,
	0x1fbfa, 0x1ffff,
	0x2ebe1, 0x2f7ff,
	0x2fa1e, 0x2ffff,
	0x323b0, 0xe00ff,
	0xe01f0, 0x10ffff,
}

// isPrint approximates unicode.IsPrint (exact for ASCII and Latin-1).
func isPrint(r rune) bool {
	if r < 0x7f {
		return r >= 0x20
	}
	if r <= 0xa0 || r > utf8.MaxRune {
		return false
	}
	for i := 0; i < len(notPrint); i += 2 {
		if r < notPrint[i] {
			return true
		}
		if r <= notPrint[i+1] {
			return false
		}
	}
	return true
}

// ---- Pointers ----

// fmtPointer prints the address held by a pointer, channel, function, map
// or slice: %p and %v in hex, the integer verbs as an integer.
func (p *printer) fmtPointer(v any, verb rune) {
	var u uintptr
	switch kindOf(v) {
	case kChan, kFunc, kMap, kPointer, kSlice, kUnsafePointer:
		u = pointerOf(v)
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, typeString(v)...)
			p.buf = append(p.buf, ')', '(')
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.writeHex64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else if u == 0 {
			p.padString("<nil>")
		} else {
			p.writeHex64(uint64(u), !p.sharp)
		}
	case 'p':
		p.writeHex64(uint64(u), !p.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// ---- Error messages ----

// badVerb writes %!verb(type=value) for the operand being printed.
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, '%', '!')
	p.writeRune(verb)
	p.buf = append(p.buf, '(')
	if v := p.cur; v != nil {
		p.buf = append(p.buf, typeString(v)...)
		p.buf = append(p.buf, '=')
		p.printArg(v, 'v')
	} else {
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

// recoverMethod, deferred around calls of the operand's methods, turns a
// panic into %!verb(PANIC=method method: value), or <nil> for a nil
// pointer receiver.
func (p *printer) recoverMethod(v any, verb rune, method string) {
	r := recover()
	if r == nil {
		return
	}
	if kindOf(v) == kPointer && isNil(v) {
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	if p.panicking {
		// The panic value's own methods panic too: give up.
		panic(r)
	}
	saved := p.directive
	p.clearFlags()
	p.buf = append(p.buf, '%', '!')
	p.writeRune(verb)
	p.buf = append(p.buf, "(PANIC="...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.panicking = true
	p.printArg(r, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.directive = saved
}

// ---- Methods ----

// handleMethods prints v with its Format, GoString, Error or String
// method when the verb calls for one, reporting whether it did.
func (p *printer) handleMethods(v any, verb rune) (done bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		if _, ok := v.(error); !ok || !p.wrapErrs {
			p.cur = v
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}
	if f, ok := v.(Formatter); ok {
		done = true
		defer p.recoverMethod(v, verb, "Format")
		f.Format(p, verb)
		return
	}
	if p.sharpV {
		if g, ok := v.(GoStringer); ok {
			done = true
			defer p.recoverMethod(v, verb, "GoString")
			p.writeS(g.GoString())
		}
		return
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		if e, ok := v.(error); ok {
			done = true
			defer p.recoverMethod(v, verb, "Error")
			p.fmtString(e.Error(), verb)
			return
		}
		if s, ok := v.(Stringer); ok {
			done = true
			defer p.recoverMethod(v, verb, "String")
			p.fmtString(s.String(), verb)
			return
		}
	}
	return false
}

// ---- Operands ----

// printArg prints one operand of a Print or Printf call.
func (p *printer) printArg(arg any, verb rune) {
	p.cur = arg
	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.padString("<nil>")
		} else {
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.writeS(typeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}
	// The commonest types, which have no methods, without natives.
	switch x := arg.(type) {
	case string:
		p.fmtString(x, verb)
		return
	case int:
		p.fmtInteger(uint64(x), true, verb)
		return
	case bool:
		p.fmtBool(x, verb)
		return
	case float64:
		p.fmtFloat(x, 64, verb)
		return
	case []byte:
		p.fmtBytes(x, verb, "[]byte", x)
		return
	case int64:
		p.fmtInteger(uint64(x), true, verb)
		return
	case uint8:
		p.fmtInteger(uint64(x), false, verb)
		return
	case int32:
		p.fmtInteger(uint64(x), true, verb)
		return
	case float32:
		p.fmtFloat(float64(x), 32, verb)
		return
	}
	if !p.handleMethods(arg, verb) {
		p.printValue(arg, verb, 0, false, "")
	}
}

// printValue prints v, found at the given depth inside the operand. ro
// marks values reached through unexported fields, whose methods are not
// called; iface names the static type of the slot v came from, for %#v
// of a nil interface.
func (p *printer) printValue(v any, verb rune, depth int, ro bool, iface string) {
	if v == nil {
		// A nil interface held in an element, field or map entry.
		if p.sharpV {
			if iface == "" {
				iface = emptyIface
			}
			p.buf = append(p.buf, iface...)
			p.buf = append(p.buf, "(nil)"...)
		} else {
			p.buf = append(p.buf, "<nil>"...)
		}
		return
	}
	p.cur = v
	if depth > 0 && !ro && p.handleMethods(v, verb) {
		return
	}
	switch k := kindOf(v); k {
	case kBool:
		p.fmtBool(boolOf(v), verb)
	case kInt, kInt8, kInt16, kInt32, kInt64:
		p.fmtInteger(uint64(intOf(v)), true, verb)
	case kUint, kUint8, kUint16, kUint32, kUint64, kUintptr:
		p.fmtInteger(uintOf(v), false, verb)
	case kFloat32:
		p.fmtFloat(floatOf(v), 32, verb)
	case kFloat64:
		p.fmtFloat(floatOf(v), 64, verb)
	case kComplex64, kComplex128:
		re, im := complexOf(v)
		size := 128
		if k == kComplex64 {
			size = 64
		}
		p.fmtComplex(complex(re, im), size, verb)
	case kString:
		p.fmtString(stringOf(v), verb)
	case kMap:
		p.printMap(v, verb, depth, ro)
	case kStruct:
		p.printStruct(v, verb, depth, ro)
	case kArray, kSlice:
		if verb == 's' || verb == 'q' || verb == 'x' || verb == 'X' {
			if b, ok := bytesOf(v); ok {
				p.fmtBytes(b, verb, "", v)
				return
			}
		}
		ts := ""
		if p.sharpV {
			ts = typeString(v)
			p.buf = append(p.buf, ts...)
			if k == kSlice && isNil(v) {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
		} else {
			p.buf = append(p.buf, '[')
		}
		n := lenOf(v)
		elem := ""
		for i := 0; i < n; i++ {
			e := indexOf(v, i)
			if i > 0 {
				if p.sharpV {
					p.buf = append(p.buf, ',', ' ')
				} else {
					p.buf = append(p.buf, ' ')
				}
			}
			if e == nil && p.sharpV && elem == "" {
				elem = elemTypeName(v)
			}
			p.printValue(e, verb, depth+1, ro, elem)
		}
		if p.sharpV {
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, ']')
		}
	case kPointer:
		// At the top, a pointer to a composite shows as &composite.
		if depth == 0 && !isNil(v) {
			e := elemOf(v)
			switch kindOf(e) {
			case kArray, kSlice, kStruct, kMap:
				if elemKind(v) != kInterface {
					p.buf = append(p.buf, '&')
					p.printValue(e, verb, depth+1, ro, "")
					return
				}
			}
		}
		p.fmtPointer(v, verb)
	case kChan, kFunc, kUnsafePointer:
		p.fmtPointer(v, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, typeString(v)...)
		p.buf = append(p.buf, '?')
	}
}

// bytesOf returns the contents of an array or slice of bytes (elements
// of kind uint8), which the string verbs print as text.
func bytesOf(v any) ([]byte, bool) {
	if b, ok := v.([]byte); ok {
		return b, true
	}
	if elemKind(v) != kUint8 {
		return nil, false
	}
	n := lenOf(v)
	b := make([]byte, n)
	for i := 0; i < n; i++ {
		b[i] = byte(uintOf(indexOf(v, i)))
	}
	return b, true
}

func (p *printer) printStruct(v any, verb rune, depth int, ro bool) {
	if p.sharpV {
		p.buf = append(p.buf, typeString(v)...)
	}
	p.buf = append(p.buf, '{')
	n := numField(v)
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.sharpV {
				p.buf = append(p.buf, ',', ' ')
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		name, f, exported := fieldOf(v, i)
		if p.plusV || p.sharpV {
			p.buf = append(p.buf, name...)
			p.buf = append(p.buf, ':')
		}
		iface := ""
		if f == nil && p.sharpV {
			iface = fieldTypeName(v, i)
		}
		p.printValue(f, verb, depth+1, ro || !exported, iface)
	}
	p.buf = append(p.buf, '}')
}

func (p *printer) printMap(v any, verb rune, depth int, ro bool) {
	kt, et := "", ""
	if p.sharpV {
		ts := typeString(v)
		p.buf = append(p.buf, ts...)
		if isNil(v) {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
		kt, et = keyTypeName(v), elemTypeName(v)
	} else {
		p.buf = append(p.buf, "map["...)
	}
	keys, vals := mapOf(v)
	order := sortedKeys(keys)
	for i, j := range order {
		if i > 0 {
			if p.sharpV {
				p.buf = append(p.buf, ',', ' ')
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		p.printValue(keys[j], verb, depth+1, ro, kt)
		p.buf = append(p.buf, ':')
		p.printValue(vals[j], verb, depth+1, ro, et)
	}
	if p.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

// ---- Map key order ----

// sortedKeys returns the indexes of keys in printing order (a stable
// merge sort by compareKeys).
func sortedKeys(keys []any) []int {
	n := len(keys)
	a := make([]int, n)
	for i := range a {
		a[i] = i
	}
	if n < 2 {
		return a
	}
	b := make([]int, n)
	for w := 1; w < n; w *= 2 {
		for lo := 0; lo < n; lo += 2 * w {
			mid, hi := lo+w, lo+2*w
			if mid > n {
				mid = n
			}
			if hi > n {
				hi = n
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if compareKeys(keys[a[j]], keys[a[i]]) < 0 {
					b[k] = a[j]
					j++
				} else {
					b[k] = a[i]
					i++
				}
				k++
			}
			for ; i < mid; i++ {
				b[k] = a[i]
				k++
			}
			for ; j < hi; j++ {
				b[k] = a[j]
				k++
			}
		}
		a, b = b, a
	}
	return a
}

func sign64(less, greater bool) int {
	if less {
		return -1
	}
	if greater {
		return 1
	}
	return 0
}

// compareKeys orders map keys: nil first, then by kind, then by value
// (numbers numerically with NaN first, false before true, strings
// bytewise, pointers and channels by address, structs and arrays
// element by element).
func compareKeys(a, b any) int {
	if a == nil || b == nil {
		return sign64(a == nil && b != nil, a != nil && b == nil)
	}
	ka := kindOf(a)
	if ta, tb := typeString(a), typeString(b); ta != tb {
		oa, ob := typeOrder(a), typeOrder(b)
		if oa != ob {
			return sign64(oa < ob, oa > ob)
		}
		return sign64(ta < tb, ta > tb)
	}
	switch ka {
	case kInt, kInt8, kInt16, kInt32, kInt64:
		x, y := intOf(a), intOf(b)
		return sign64(x < y, x > y)
	case kUint, kUint8, kUint16, kUint32, kUint64, kUintptr:
		x, y := uintOf(a), uintOf(b)
		return sign64(x < y, x > y)
	case kString:
		x, y := stringOf(a), stringOf(b)
		return sign64(x < y, x > y)
	case kFloat32, kFloat64:
		x, y := floatOf(a), floatOf(b)
		if x != x {
			return -1
		}
		if y != y {
			return 1
		}
		return sign64(x < y, x > y)
	case kBool:
		x, y := boolOf(a), boolOf(b)
		return sign64(!x && y, x && !y)
	case kPointer, kChan, kUnsafePointer:
		x, y := pointerOf(a), pointerOf(b)
		return sign64(x < y, x > y)
	case kStruct:
		n := numField(a)
		for i := 0; i < n; i++ {
			_, x, _ := fieldOf(a, i)
			_, y, _ := fieldOf(b, i)
			if c := compareKeys(x, y); c != 0 {
				return c
			}
		}
	case kArray:
		n := lenOf(a)
		for i := 0; i < n; i++ {
			if c := compareKeys(indexOf(a, i), indexOf(b, i)); c != 0 {
				return c
			}
		}
	case kComplex64, kComplex128:
		xr, xi := complexOf(a)
		yr, yi := complexOf(b)
		if c := compareFloats(xr, yr); c != 0 {
			return c
		}
		return compareFloats(xi, yi)
	}
	return 0
}

func compareFloats(x, y float64) int {
	if x != x {
		return -1
	}
	if y != y {
		return 1
	}
	return sign64(x < y, x > y)
}

// ---- The Print functions ----

// doPrint is Print: operands as %v, a space between two operands when
// neither is a string.
func (p *printer) doPrint(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && kindOf(arg) == kString
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// doPrintln is Println: operands as %v separated by spaces, then a
// newline.
func (p *printer) doPrintln(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// parseNum reads a decimal number at s[i:end], returning it, whether
// there was one, and where it stopped. Overlong numbers are not numbers.
func parseNum(s string, i, end int) (n int, ok bool, next int) {
	if i >= end {
		return 0, false, end
	}
	for next = i; next < end && s[next] >= '0' && s[next] <= '9'; next++ {
		if n > maxNum {
			return 0, false, end
		}
		n = n*10 + int(s[next]-'0')
		ok = true
	}
	return n, ok, next
}

// argIndex handles an explicit operand index [n] at format[i:], giving
// the operand number to use next, where the format continues, and
// whether an index was found.
func (p *printer) argIndex(argNum int, format string, i int, count int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	rest := format[i:]
	if len(rest) < 3 {
		p.indexOK = false
		return argNum, i + 1, false
	}
	for j := 1; j < len(rest); j++ {
		if rest[j] != ']' {
			continue
		}
		n, ok, next := parseNum(rest, 1, j)
		if !ok || next != j {
			p.indexOK = false
			return argNum, i + j + 1, false
		}
		n--
		if n >= 0 && n < count {
			return n, i + j + 1, true
		}
		p.indexOK = false
		return argNum, i + j + 1, true
	}
	p.indexOK = false
	return argNum, i + 1, false
}

// intArg reads the operand at argNum as a * width or precision.
func intArg(a []any, argNum int) (n int, ok bool, next int) {
	if argNum >= len(a) {
		return 0, false, argNum
	}
	switch x := a[argNum].(type) {
	case int:
		n, ok = x, true
	default:
		switch kindOf(x) {
		case kInt, kInt8, kInt16, kInt32, kInt64:
			n, ok = int(intOf(x)), true
		case kUint, kUint8, kUint16, kUint32, kUint64, kUintptr:
			u := uintOf(x)
			if int64(u) >= 0 {
				n, ok = int(u), true
			}
		}
	}
	if n > maxNum || n < -maxNum {
		n, ok = 0, false
	}
	return n, ok, argNum + 1
}

// doPrintf is Printf.
func (p *printer) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
	for i := 0; i < end; {
		p.indexOK = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.buf = append(p.buf, format[start:i]...)
		}
		if i >= end {
			break
		}
		i++ // the '%'

		p.clearFlags()
		// The common case, a verb right after the %: no flags, width,
		// precision or index to parse.
		if i < end {
			if c := format[i]; c >= 'a' && c <= 'z' && c != 'w' && argNum < len(a) {
				i++
				p.printArg(a[argNum], rune(c))
				argNum++
				continue
			}
		}
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				p.sharp = true
			case '0':
				p.zero = !p.minus
			case '+':
				p.plus = true
			case '-':
				p.minus = true
				p.zero = false
			case ' ':
				p.space = true
			default:
				break flags
			}
		}

		argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))

		// Width.
		if i < end && format[i] == '*' {
			i++
			p.wid, p.hasWid, argNum = intArg(a, argNum)
			if !p.hasWid {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
			if p.wid < 0 {
				p.wid = -p.wid
				p.minus = true
				p.zero = false
			}
			afterIndex = false
		} else {
			p.wid, p.hasWid, i = parseNum(format, i, end)
			if afterIndex && p.hasWid {
				p.indexOK = false
			}
		}

		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				p.indexOK = false
			}
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.prec, p.hasPrec, argNum = intArg(a, argNum)
				if p.prec < 0 {
					p.prec, p.hasPrec = 0, false
				}
				if !p.hasPrec {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				p.prec, p.hasPrec, i = parseNum(format, i, end)
				if !p.hasPrec {
					p.prec, p.hasPrec = 0, true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			p.buf = append(p.buf, '%')
		case !p.indexOK:
			p.buf = append(p.buf, '%', '!')
			p.writeRune(verb)
			p.buf = append(p.buf, "(BADINDEX)"...)
		case argNum >= len(a):
			p.buf = append(p.buf, '%', '!')
			p.writeRune(verb)
			p.buf = append(p.buf, "(MISSING)"...)
		default:
			if verb == 'w' {
				p.wrapped = append(p.wrapped, argNum)
			}
			if verb == 'v' || verb == 'w' {
				p.sharpV, p.sharp = p.sharp, false
				p.plusV, p.plus = p.plus, false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Unused operands, unless indexes made that hard to tell.
	if !p.reordered && argNum < len(a) {
		p.clearFlags()
		p.buf = append(p.buf, "%!(EXTRA "...)
		for j, arg := range a[argNum:] {
			if j > 0 {
				p.buf = append(p.buf, ',', ' ')
			}
			if arg == nil {
				p.buf = append(p.buf, "<nil>"...)
				continue
			}
			p.buf = append(p.buf, typeString(arg)...)
			p.buf = append(p.buf, '=')
			p.printArg(arg, 'v')
		}
		p.buf = append(p.buf, ')')
	}
}
