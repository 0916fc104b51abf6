package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// Scanner: a Scan method parses the value itself from the input.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState is what a Scanner's Scan method gets: access to the input.
type ScanState interface {
	// ReadRune reads the next rune; at the end of input (or of the line
	// for Scanln) it returns io.EOF.
	ReadRune() (r rune, size int, err error)
	// UnreadRune puts back the last rune read.
	UnreadRune() error
	// SkipSpace moves past blanks (and newlines, unless scanning a line).
	SkipSpace()
	// Token optionally skips space, then returns the run of runes
	// satisfying f (or of non-space runes when f is nil).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width gives the width of the directive, if there is one.
	Width() (wid int, ok bool)
	// Read must not be called: ScanState reads runes.
	Read(buf []byte) (n int, err error)
}

// Scan reads space-separated values from standard input into its
// operands; newlines count as space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Scan that stops at a newline, which must follow the last item.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf reads from standard input as directed by format.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// Sscan scans the string str like Scan.
func Sscan(str string, a ...any) (n int, err error) {
	s := &scanState{str: str, fromString: true, nlIsSpace: true}
	return s.doScan(a)
}

// Sscanln scans the string str like Scanln.
func Sscanln(str string, a ...any) (n int, err error) {
	s := &scanState{str: str, fromString: true, nlIsEnd: true}
	return s.doScan(a)
}

// Sscanf scans the string str as directed by format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	s := &scanState{str: str, fromString: true}
	return s.doScanf(format, a)
}

// Fscan reads space-separated values from r; newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newReaderState(r)
	s.nlIsSpace = true
	return s.doScan(a)
}

// Fscanln is Fscan that stops at a newline, which must follow the last
// item.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newReaderState(r)
	s.nlIsEnd = true
	return s.doScan(a)
}

// Fscanf reads from r as directed by format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newReaderState(r).doScanf(format, a)
}

// eof is what readRune gives at the end of the input (or of an operand's
// width).
const eof = -1

// scanFailure carries an error out of the scanning code by a panic, which
// the entry points recover.
type scanFailure struct{ err error }

// scanState reads runes from a string or a reader, remembering one rune
// for unreadRune.
type scanState struct {
	str        string
	pos        int
	fromString bool
	rs         io.RuneScanner // the reader, when it can unread itself
	r          io.Reader
	pending    bool // r's last rune was unread: give it again
	last       rune
	lastSize   int
	nlIsSpace  bool
	nlIsEnd    bool // Scanln: the input ends after a newline
	sawNL      bool // that newline was read
	count      int  // runes consumed
	limit      int  // runes the current operand may use (count bound)
	width      int  // the directive's width, for ScanState.Width
	hasWidth   bool
	tok        []byte
}

func newReaderState(r io.Reader) *scanState {
	s := &scanState{r: r}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	}
	return s
}

func (s *scanState) fail(err error) { panic(scanFailure{err}) }

func (s *scanState) failString(msg string) { s.fail(errors.New(msg)) }

// rawRune reads the next rune of the input, or eof.
func (s *scanState) rawRune() (rune, int) {
	switch {
	case s.fromString:
		if s.pos >= len(s.str) {
			return eof, 0
		}
		c := s.str[s.pos]
		if c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(s.str[s.pos:])
	case s.rs != nil:
		r, n, err := s.rs.ReadRune()
		if err != nil {
			if err != io.EOF {
				s.fail(err)
			}
			return eof, 0
		}
		return r, n
	case s.pending:
		s.pending = false
		return s.last, s.lastSize
	}
	var b [utf8.UTFMax]byte
	if !s.readByte(b[:1]) {
		return eof, 0
	}
	n := 1
	if b[0] >= utf8.RuneSelf {
		for n < len(b) && !utf8.FullRune(b[:n]) {
			if !s.readByte(b[n : n+1]) {
				break
			}
			n++
		}
	}
	r, size := utf8.DecodeRune(b[:n])
	return r, size
}

func (s *scanState) readByte(b []byte) bool {
	for {
		n, err := s.r.Read(b)
		if n == 1 {
			return true
		}
		if err == io.EOF {
			return false
		}
		if err != nil {
			s.fail(err)
		}
	}
}

// readRune gives the next rune, or eof at the end of the input or of the
// operand's width.
func (s *scanState) readRune() rune {
	if s.count >= s.limit || s.sawNL {
		return eof
	}
	r, n := s.rawRune()
	if r == eof {
		return eof
	}
	if s.fromString {
		s.pos += n
	}
	s.last, s.lastSize = r, n
	s.count++
	s.sawNL = r == '\n' && s.nlIsEnd
	return r
}

// unreadRune puts back the rune readRune gave last.
func (s *scanState) unreadRune() {
	switch {
	case s.fromString:
		s.pos -= s.lastSize
	case s.rs != nil:
		s.rs.UnreadRune()
	default:
		s.pending = true
	}
	s.count--
	s.sawNL = false
}

// mustReadRune is readRune where the input may not end.
func (s *scanState) mustReadRune() rune {
	r := s.readRune()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *scanState) peekIs(set string) bool {
	r := s.readRune()
	if r != eof {
		s.unreadRune()
	}
	return r != eof && containsRune(set, r)
}

// accept appends the next rune to the token if it is in set.
func (s *scanState) accept(set string) bool {
	r := s.readRune()
	if r == eof {
		return false
	}
	if containsRune(set, r) {
		s.tok = utf8.AppendRune(s.tok, r)
		return true
	}
	s.unreadRune()
	return false
}

func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// skipSpace moves past blanks; a newline is one too only for Scan and
// Fscan, else it is an error.
func (s *scanState) skipSpace() {
	for {
		r := s.readRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peekIs("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.failString("unexpected newline")
		}
		if !isSpace(r) {
			s.unreadRune()
			return
		}
	}
}

// notEOF fails with io.EOF when the input is exhausted.
func (s *scanState) notEOF() {
	r := s.readRune()
	if r == eof {
		s.fail(io.EOF)
	}
	s.unreadRune()
}

// recoverScan turns a scanFailure into the error result.
func recoverScan(err *error) {
	if r := recover(); r != nil {
		f, ok := r.(scanFailure)
		if !ok {
			panic(r)
		}
		*err = f.err
	}
}

func (s *scanState) doScan(a []any) (n int, err error) {
	defer recoverScan(&err)
	s.limit = int(^uint(0) >> 1)
	s.width, s.hasWidth = 0, false
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if !s.nlIsSpace {
		// Scanln: only blanks may remain before the newline.
		for {
			r := s.readRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.failString("expected newline")
			}
		}
	}
	return n, nil
}

const (
	signChars   = "+-"
	decDigits   = "0123456789"
	hexDigits   = "0123456789aAbBcCdDeEfF"
	floatVerbs  = "beEfFgGv"
	intVerbs    = "bcdoUxXv"
	stringVerbs = "svqxX"
)

func (s *scanState) okVerb(verb rune, verbs, typ string) {
	if !containsRune(verbs, verb) {
		s.failString("bad verb '%" + string(verb) + "' for " + typ)
	}
}

// scanOne stores the next item into the pointer arg.
func (s *scanState) scanOne(verb rune, arg any) {
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32))
	case *float64:
		*v = s.scanFloat(verb, 64)
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *string:
		*v = s.scanString(verb)
	case *[]byte:
		*v = []byte(s.scanString(verb))
	default:
		if arg == nil || kindOf(arg) != kPointer {
			s.failString("type not a pointer: " + typeString(arg))
		}
		s.scanNamed(verb, arg)
	}
}

// storeElem(p, v) sets *p to v, where p points to a type whose kind and
// size are v's (a named type such as `type Celsius float64`).
func storeElem(p any, v any)

// scanNamed scans into a pointer to a type defined over a basic type (or
// over []byte), by its kind.
func (s *scanState) scanNamed(verb rune, p any) {
	switch elemKind(p) {
	case kBool:
		storeElem(p, s.scanBool(verb))
	case kInt:
		storeElem(p, int(s.scanInt(verb, 64)))
	case kInt8:
		storeElem(p, int8(s.scanInt(verb, 8)))
	case kInt16:
		storeElem(p, int16(s.scanInt(verb, 16)))
	case kInt32:
		storeElem(p, int32(s.scanInt(verb, 32)))
	case kInt64:
		storeElem(p, s.scanInt(verb, 64))
	case kUint:
		storeElem(p, uint(s.scanUint(verb, 64)))
	case kUint8:
		storeElem(p, uint8(s.scanUint(verb, 8)))
	case kUint16:
		storeElem(p, uint16(s.scanUint(verb, 16)))
	case kUint32:
		storeElem(p, uint32(s.scanUint(verb, 32)))
	case kUint64:
		storeElem(p, s.scanUint(verb, 64))
	case kUintptr:
		storeElem(p, uintptr(s.scanUint(verb, 64)))
	case kFloat32:
		storeElem(p, float32(s.floatOperand(32)))
	case kFloat64:
		storeElem(p, s.floatOperand(64))
	case kComplex64:
		storeElem(p, complex64(s.scanComplex(verb, 64)))
	case kComplex128:
		storeElem(p, s.scanComplex(verb, 128))
	case kString:
		storeElem(p, s.scanString(verb))
	case kSlice:
		if isNil(p) || elemKind(elemOf(p)) != kUint8 {
			s.failString("can't scan type: " + typeString(p))
		}
		storeElem(p, []byte(s.scanString(verb)))
	default:
		s.failString("can't scan type: " + typeString(p))
	}
}

func (s *scanState) scanBool(verb rune) bool {
	s.skipSpace()
	s.notEOF()
	s.okVerb(verb, "tv", "boolean")
	bad := errors.New("syntax error scanning boolean")
	switch s.readRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && !(s.accept("uU") && s.accept("eE")) {
			s.fail(bad)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && !(s.accept("lL") && s.accept("sS") && s.accept("eE")) {
			s.fail(bad)
		}
		return false
	}
	return false
}

// intToken reads the digits of an integer for verb (after an optional
// sign when signed), giving the token and the base to parse it in.
func (s *scanState) intToken(verb rune, signed bool) (string, int) {
	s.tok = s.tok[:0]
	if verb == 'U' {
		// U+ and hex digits, the form %U prints.
		if r := s.readRune(); r != 'U' || s.readRune() != '+' {
			s.failString("bad unicode format ")
		}
	} else if signed {
		s.accept(signChars)
	}
	digits, base, have := decDigits, 10, false
	switch verb {
	case 'b':
		digits, base = "01", 2
	case 'o':
		digits, base = "01234567", 8
	case 'x', 'X', 'U':
		digits, base = hexDigits, 16
	case 'v':
		// A Go literal prefix picks the base; underscores may separate
		// digits.
		base = 0
		digits = decDigits + "_"
		if s.accept("0") {
			have = true
			digits = "01234567_"
			switch {
			case s.accept("bB"):
				digits = "01_"
			case s.accept("oO"):
				digits = "01234567_"
			case s.accept("xX"):
				digits = hexDigits + "_"
			}
		}
	}
	if !have {
		s.notEOF()
	}
	for s.accept(digits) {
		have = true
	}
	if !have {
		s.failString("expected integer")
	}
	return string(s.tok), base
}

func (s *scanState) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return int64(s.readRuneOperand())
	}
	s.okVerb(verb, intVerbs, "integer")
	s.skipSpace()
	s.notEOF()
	tok, base := s.intToken(verb, true)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	if shift := uint(64 - bits); i<<shift>>shift != i {
		s.failString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.readRuneOperand())
	}
	s.okVerb(verb, intVerbs, "integer")
	s.skipSpace()
	s.notEOF()
	tok, base := s.intToken(verb, false)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	if shift := uint(64 - bits); u<<shift>>shift != u {
		s.failString("unsigned integer overflow on token " + tok)
	}
	return u
}

// readRuneOperand is %c: the next rune, blanks included.
func (s *scanState) readRuneOperand() rune {
	r := s.readRune()
	if r == eof {
		s.fail(io.EOF)
	}
	return r
}

// floatToken reads the longest prefix that can be a floating-point
// number: NaN, a signed Inf, or digits with a point and an exponent
// (hexadecimal with a 0x prefix and a p exponent).
func (s *scanState) floatToken() string {
	s.tok = s.tok[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.tok)
	}
	s.accept(signChars)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.tok)
	}
	digits, exp := decDigits+"_", "eE"
	if s.accept("0") && s.accept("xX") {
		digits, exp = hexDigits+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signChars)
		for s.accept(decDigits + "_") {
		}
	}
	return string(s.tok)
}

func (s *scanState) scanFloat(verb rune, bits int) float64 {
	if bits == 32 {
		s.okVerb(verb, floatVerbs, "float32")
	} else {
		s.okVerb(verb, floatVerbs, "float64")
	}
	return s.floatOperand(bits)
}

// floatOperand reads a float whatever the verb, as Go does for defined
// float types.
func (s *scanState) floatOperand(bits int) float64 {
	s.skipSpace()
	s.notEOF()
	return s.parseFloat(s.floatToken(), bits)
}

// scanComplex reads a complex number as Go prints one: two floats, the
// second signed and followed by i, optionally in parentheses.
func (s *scanState) scanComplex(verb rune, bits int) complex128 {
	s.okVerb(verb, floatVerbs, "complex")
	s.skipSpace()
	s.notEOF()
	bad := errors.New("syntax error scanning complex number")
	parens := s.accept("(")
	re := s.floatToken()
	s.tok = s.tok[:0]
	if !s.accept(signChars) {
		s.fail(bad)
	}
	sign := string(s.tok)
	im := sign + s.floatToken()
	if !s.accept("i") || (parens && !s.accept(")")) {
		s.fail(bad)
	}
	return complex(s.parseFloat(re, bits/2), s.parseFloat(im, bits/2))
}

func (s *scanState) parseFloat(tok string, bits int) float64 {
	f, err := strconv.ParseFloat(tok, bits)
	if err != nil {
		s.fail(err)
	}
	return f
}

func (s *scanState) scanString(verb rune) string {
	s.okVerb(verb, stringVerbs, "string")
	s.skipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	s.tok = s.tok[:0]
	for {
		r := s.readRune()
		if r == eof {
			break
		}
		if isSpace(r) {
			s.unreadRune()
			break
		}
		s.tok = utf8.AppendRune(s.tok, r)
	}
	return string(s.tok)
}

// quotedString is %q: a back-quoted or double-quoted Go string literal.
func (s *scanState) quotedString() string {
	s.tok = s.tok[:0]
	q := s.mustReadRune()
	switch q {
	case '`':
		for {
			r := s.mustReadRune()
			if r == '`' {
				return string(s.tok)
			}
			s.tok = utf8.AppendRune(s.tok, r)
		}
	case '"':
		s.tok = append(s.tok, '"')
		for {
			r := s.mustReadRune()
			s.tok = utf8.AppendRune(s.tok, r)
			if r == '\\' {
				s.tok = utf8.AppendRune(s.tok, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.tok))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failString("expected quoted string")
	return ""
}

func hexValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10
	}
	return -1
}

// hexString is %x of a string: pairs of hex digits, one byte each.
func (s *scanState) hexString() string {
	s.tok = s.tok[:0]
	for {
		r := s.readRune()
		if r == eof {
			break
		}
		hi := hexValue(r)
		if hi < 0 {
			s.unreadRune()
			break
		}
		lo := hexValue(s.mustReadRune())
		if lo < 0 {
			s.failString("illegal hex digit")
		}
		s.tok = append(s.tok, byte(hi<<4|lo))
	}
	if len(s.tok) == 0 {
		s.failString("no hex data for %x string")
	}
	return string(s.tok)
}

// matchSpace handles a run of blanks in a Scanf format, starting at
// format[i]: each newline in it must meet a newline (or the end) in the
// input after optional blanks; blanks not after a newline need at least
// one blank (or the end) in the input; blanks are then skipped. It gives
// the index after the run.
func (s *scanState) matchSpace(format string, i int) int {
	newlines, trailing := 0, false
	for i < len(format) {
		r, w := utf8.DecodeRuneInString(format[i:])
		if !isSpace(r) {
			break
		}
		if r == '\n' {
			newlines++
			trailing = false
		} else {
			trailing = true
		}
		i += w
	}
	for ; newlines > 0; newlines-- {
		r := s.readRune()
		for r != '\n' && r != eof && isSpace(r) {
			r = s.readRune()
		}
		if r != '\n' && r != eof {
			s.failString("newline in format does not match input")
		}
	}
	if !trailing {
		return i
	}
	r := s.readRune()
	if !s.sawNewlineRun(i, format) {
		if r != eof && !isSpace(r) {
			s.failString("expected space in input to match format")
		}
		if r == '\n' {
			s.failString("newline in input does not match format")
		}
	}
	for r != '\n' && r != eof && isSpace(r) {
		r = s.readRune()
	}
	if r != eof {
		s.unreadRune()
	}
	return i
}

// sawNewlineRun reports whether the blank run ending at format[end] held
// a newline (so its trailing blanks follow one).
func (s *scanState) sawNewlineRun(end int, format string) bool {
	for j := end - 1; j >= 0; j-- {
		c := format[j]
		if c == '\n' {
			return true
		}
		if c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f' {
			return false
		}
	}
	return false
}

func (s *scanState) doScanf(format string, a []any) (n int, err error) {
	defer recoverScan(&err)
	all := int(^uint(0) >> 1)
	s.limit = all
	for i := 0; i < len(format); {
		r, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(r) {
			i = s.matchSpace(format, i)
			continue
		}
		if r != '%' || (i+1 < len(format) && format[i+1] == '%') {
			// A literal (%% is a literal percent).
			if r == '%' {
				i++
			}
			in := s.mustReadRune()
			if in != r {
				s.unreadRune()
				s.failString("input does not match format")
			}
			i += w
			continue
		}
		i++
		if i >= len(format) {
			s.failString("missing verb: % at end of format string")
		}
		width, hasWidth, next := parseNum(format, i, len(format))
		i = next
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw
		if verb != 'c' {
			s.skipSpace()
		}
		if n >= len(a) {
			s.failString("too few operands for format '%" + format[i-vw:] + "'")
		}
		if hasWidth {
			s.limit = s.count + width
		}
		s.width, s.hasWidth = width, hasWidth
		s.scanOne(verb, a[n])
		s.limit = all
		s.width, s.hasWidth = 0, false
		n++
	}
	if n < len(a) {
		s.failString("too many operands")
	}
	return n, nil
}

// The ScanState methods, for Scanner implementations. Failures inside
// them (SkipSpace meeting a newline Scanln forbids) unwind to the Scan
// call like those of the built-in scanners.

func (s *scanState) ReadRune() (r rune, size int, err error) {
	r = s.readRune()
	if r == eof {
		return 0, 0, io.EOF
	}
	return r, s.lastSize, nil
}

func (s *scanState) UnreadRune() error {
	s.unreadRune()
	return nil
}

func (s *scanState) SkipSpace() { s.skipSpace() }

func (s *scanState) Token(skipSpace bool, f func(rune) bool) (token []byte, err error) {
	defer recoverScan(&err)
	if skipSpace {
		s.skipSpace()
	}
	for {
		r := s.readRune()
		if r == eof {
			break
		}
		if f == nil && isSpace(r) || f != nil && !f(r) {
			s.unreadRune()
			break
		}
		token = utf8.AppendRune(token, r)
	}
	return token, nil
}

func (s *scanState) Width() (wid int, ok bool) { return s.width, s.hasWidth }

func (s *scanState) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}
