package time

// Layout elements: the pieces of the reference time a layout may spell.
const (
	elNone         = iota
	elLongMonth    // January
	elMonth        // Jan
	elNumMonth     // 1
	elZeroMonth    // 01
	elLongWeekDay  // Monday
	elWeekDay      // Mon
	elDay          // 2
	elUnderDay     // _2
	elZeroDay      // 02
	elUnderYearDay // __2
	elZeroYearDay  // 002
	elHour         // 15
	elHour12       // 3
	elZeroHour12   // 03
	elMinute       // 4
	elZeroMinute   // 04
	elSecond       // 5
	elZeroSecond   // 05
	elLongYear     // 2006
	elYear         // 06
	elPM           // PM
	elpm           // pm
	elTZ           // MST
	elFrac0        // .000 or ,000: exactly that many digits
	elFrac9        // .999 or ,999: trailing zeros dropped
	elOffset       // -0700 and its variants, see offsetForm
)

// offsetForm describes a numeric zone element: Z prints "Z" for UTC,
// parts is 1 (hh), 2 (hhmm) or 3 (hhmmss), colon separates them.
type offsetForm struct {
	text  string
	z     bool
	parts int
	colon bool
}

// offsetFormAt finds the numeric zone element at the start of s, trying
// longer spellings first so that "-07:00:00" is not read as "-07:00".
func offsetFormAt(s string) (offsetForm, bool) {
	for _, f := range [...]offsetForm{
		{"Z070000", true, 3, false},
		{"Z07:00:00", true, 3, true},
		{"Z0700", true, 2, false},
		{"Z07:00", true, 2, true},
		{"Z07", true, 1, false},
		{"-070000", false, 3, false},
		{"-07:00:00", false, 3, true},
		{"-0700", false, 2, false},
		{"-07:00", false, 2, true},
		{"-07", false, 1, false},
	} {
		if hasPrefix(s, f.text) {
			return f, true
		}
	}
	return offsetForm{}, false
}

// element is one layout element found by nextElement.
type element struct {
	kind   int
	digits int        // fractional seconds: how many digits
	sep    byte       // fractional seconds: '.' or ','
	off    offsetForm // elOffset
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func isDigitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

// lowerAt reports whether s[i] is a lower-case ASCII letter, which makes
// "Jan" and "Mon" part of a longer word such as "Janet" or "Month".
func lowerAt(s string, i int) bool { return i < len(s) && 'a' <= s[i] && s[i] <= 'z' }

// nextElement finds the first layout element in layout: layout[:i] is
// literal text and layout[i:j] the element. j == i means none is left.
func nextElement(layout string) (i, j int, e element) {
	for i = 0; i < len(layout); i++ {
		rest := layout[i:]
		k := elNone
		n := 0
		switch c := layout[i]; c {
		case 'J':
			if hasPrefix(rest, "January") {
				k, n = elLongMonth, 7
			} else if hasPrefix(rest, "Jan") && !lowerAt(rest, 3) {
				k, n = elMonth, 3
			}
		case 'M':
			if hasPrefix(rest, "Monday") {
				k, n = elLongWeekDay, 6
			} else if hasPrefix(rest, "Mon") && !lowerAt(rest, 3) {
				k, n = elWeekDay, 3
			} else if hasPrefix(rest, "MST") {
				k, n = elTZ, 3
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				k = [...]int{elZeroMonth, elZeroDay, elZeroHour12, elZeroMinute, elZeroSecond, elYear}[rest[1]-'1']
				n = 2
			} else if hasPrefix(rest, "002") {
				k, n = elZeroYearDay, 3
			}
		case '1':
			if hasPrefix(rest, "15") {
				k, n = elHour, 2
			} else {
				k, n = elNumMonth, 1
			}
		case '2':
			if hasPrefix(rest, "2006") {
				k, n = elLongYear, 4
			} else {
				k, n = elDay, 1
			}
		case '_':
			if hasPrefix(rest, "_2") {
				if hasPrefix(rest, "_2006") {
					// A literal underscore before the year.
					return i + 1, i + 5, element{kind: elLongYear}
				}
				k, n = elUnderDay, 2
			} else if hasPrefix(rest, "__2") {
				k, n = elUnderYearDay, 3
			}
		case '3':
			k, n = elHour12, 1
		case '4':
			k, n = elMinute, 1
		case '5':
			k, n = elSecond, 1
		case 'P':
			if hasPrefix(rest, "PM") {
				k, n = elPM, 2
			}
		case 'p':
			if hasPrefix(rest, "pm") {
				k, n = elpm, 2
			}
		case '-', 'Z':
			if f, ok := offsetFormAt(rest); ok {
				return i, i + len(f.text), element{kind: elOffset, off: f}
			}
		case '.', ',':
			// A run of one repeated digit 0 or 9 not followed by
			// another digit is a fractional second.
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				d := rest[1]
				m := 1
				for m < len(rest) && rest[m] == d {
					m++
				}
				if !isDigitAt(rest, m) {
					e = element{kind: elFrac0, digits: m - 1, sep: c}
					if d == '9' {
						e.kind = elFrac9
					}
					return i, i + m, e
				}
			}
		}
		if k != elNone {
			return i, i + n, element{kind: k}
		}
	}
	return len(layout), len(layout), element{}
}

// appendInt appends x in decimal, zero-padded to width digits after any
// sign.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	var buf [20]byte
	i := len(buf)
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	for w := len(buf) - i; w < width; w++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fraction of the second for a .000 or .999
// element.
func appendFrac(b []byte, nsec int, e element) []byte {
	trim := e.kind == elFrac9
	if trim && (e.digits == 0 || nsec == 0) {
		return b
	}
	start := len(b)
	b = append(b, e.sep)
	b = appendInt(b, nsec, 9)
	if e.digits < 9 {
		b = b[:len(b)-9+e.digits]
	}
	if trim {
		for len(b) > start+1 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) == start+1 {
			b = b[:start]
		}
	}
	return b
}

// appendOffset appends a zone offset given in seconds east of UTC.
func appendOffset(b []byte, offset int, f offsetForm) []byte {
	if f.z && offset == 0 {
		return append(b, 'Z')
	}
	// The sign comes from the whole minutes, as in Go: an offset of -30
	// seconds prints as +00:00:-30.
	mins := offset / 60
	secs := offset
	if mins < 0 {
		b = append(b, '-')
		mins = -mins
		secs = -secs
	} else {
		b = append(b, '+')
	}
	b = appendInt(b, mins/60, 2)
	if f.parts >= 2 {
		if f.colon {
			b = append(b, ':')
		}
		b = appendInt(b, mins%60, 2)
	}
	if f.parts == 3 {
		if f.colon {
			b = append(b, ':')
		}
		b = appendInt(b, secs%60, 2)
	}
	return b
}

// Format writes t as layout spells the reference time
// "Mon Jan 2 15:04:05 MST 2006" (see the Layout constants).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.loc.lookup()
	days, secs := floorDiv(t.sec+int64(offset), secondsPerDay)
	year, month, day, yday := civil(days)
	hour := int(secs / secondsPerHour)
	min := int(secs % secondsPerHour / secondsPerMinute)
	sec := int(secs % secondsPerMinute)
	for layout != "" {
		i, j, e := nextElement(layout)
		b = append(b, layout[:i]...)
		if i == j {
			break
		}
		layout = layout[j:]
		switch e.kind {
		case elYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elLongYear:
			b = appendInt(b, year, 4)
		case elMonth:
			b = append(b, month.String()[:3]...)
		case elLongMonth:
			b = append(b, month.String()...)
		case elNumMonth:
			b = appendInt(b, int(month), 0)
		case elZeroMonth:
			b = appendInt(b, int(month), 2)
		case elWeekDay:
			b = append(b, weekdayOf(days).String()[:3]...)
		case elLongWeekDay:
			b = append(b, weekdayOf(days).String()...)
		case elDay:
			b = appendInt(b, day, 0)
		case elUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elZeroDay:
			b = appendInt(b, day, 2)
		case elUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
				if yday < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yday, 0)
		case elZeroYearDay:
			b = appendInt(b, yday, 3)
		case elHour:
			b = appendInt(b, hour, 2)
		case elHour12, elZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			w := 0
			if e.kind == elZeroHour12 {
				w = 2
			}
			b = appendInt(b, h, w)
		case elMinute:
			b = appendInt(b, min, 0)
		case elZeroMinute:
			b = appendInt(b, min, 2)
		case elSecond:
			b = appendInt(b, sec, 0)
		case elZeroSecond:
			b = appendInt(b, sec, 2)
		case elPM, elpm:
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if e.kind == elpm {
				s = string([]byte{s[0] + 'a' - 'A', 'm'})
			}
			b = append(b, s...)
		case elOffset:
			b = appendOffset(b, offset, e.off)
		case elTZ:
			if name != "" {
				b = append(b, name...)
			} else {
				// No abbreviation: print the offset as -0700 would.
				b = appendOffset(b, offset/60*60, offsetForm{"-0700", false, 2, false})
			}
		case elFrac0, elFrac9:
			b = appendFrac(b, int(t.nsec), e)
		}
	}
	return b
}

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by " m=±seconds" when t carries a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if !t.hasMono {
		return s
	}
	b := []byte(s)
	b = append(b, " m="...)
	m := uint64(t.mono)
	if t.mono < 0 {
		b = append(b, '-')
		m = -m
	} else {
		b = append(b, '+')
	}
	b = appendUint(b, m/1e9)
	b = append(b, '.')
	b = appendInt(b, int(m%1e9), 9)
	return string(b)
}

func appendUint(b []byte, u uint64) []byte {
	if u >= 10 {
		b = appendUint(b, u/10)
	}
	return append(b, byte('0'+u%10))
}

// GoString writes t as the Go expression time.Date(...) that makes it.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	for _, v := range [...]int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.loc; loc {
	case nil, &utcLoc:
		b = append(b, "time.UTC"...)
	case &localLoc:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
	}
	return string(append(b, ')'))
}

// quote double-quotes s for error messages, escaping quotes and
// backslashes and writing every byte of a control or non-ASCII
// character as \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ' || c >= 0x80:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}

// ParseError tells where Parse failed to match value against layout.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error describes the failure.
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quote(e.Value) + e.Message
	}
	return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
		": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
}

// Parse reads value as written by layout (see Format). Without zone
// information the result is UTC; an offset that matches the local zone
// gives a local time, any other a fixed zone.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, &utcLoc, &localLoc)
}

// ParseInLocation is Parse, but a time without zone information is in loc
// and zone information is interpreted in loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// skipSpaces drops leading spaces.
func skipSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skipLiteral matches the literal text lit at the start of value; a run
// of spaces in lit matches any run of spaces (even none at the end).
func skipLiteral(value, lit string) (string, bool) {
	for lit != "" {
		if lit[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, false
			}
			lit = skipSpaces(lit)
			value = skipSpaces(value)
			continue
		}
		if value == "" || value[0] != lit[0] {
			return value, false
		}
		lit, value = lit[1:], value[1:]
	}
	return value, true
}

// num reads a one- or two-digit number (exactly two if fixed).
func num(s string, fixed bool) (int, string, bool) {
	if !isDigitAt(s, 0) {
		return 0, s, false
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, false
		}
		return int(s[0] - '0'), s[1:], true
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], true
}

// num3 reads one to three digits (exactly three if fixed).
func num3(s string, fixed bool) (int, string, bool) {
	n, i := 0, 0
	for ; i < 3 && isDigitAt(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, false
	}
	return n, s[i:], true
}

// leadingInt reads the decimal digits at the start of s; ok is false on
// overflow past 1<<63.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, s, false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, s, false
		}
	}
	return x, s[i:], true
}

// atoi reads a whole string as a signed decimal number.
func atoi(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	x, rest, ok := leadingInt(s)
	if !ok || rest != "" || x > 1<<63-1 && !(neg && x == 1<<63) {
		return 0, false
	}
	if neg {
		return -int(x), true
	}
	return int(x), true
}

// lookupName matches one of the n names name(0), ... at the start of val,
// ignoring ASCII case, and returns its index.
func lookupName(n int, name func(int) string, val string) (int, string, bool) {
	for i := 0; i < n; i++ {
		v := name(i)
		if len(val) >= len(v) && equalFold(val[:len(v)], v) {
			return i, val[len(v):], true
		}
	}
	return -1, val, false
}

func longMonth(i int) string  { return monthName(Month(i + 1)) }
func shortMonth(i int) string { return monthName(Month(i + 1))[:3] }
func longDay(i int) string    { return dayName(Weekday(i)) }
func shortDay(i int) string   { return dayName(Weekday(i))[:3] }

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// fraction reads a separator and the digits of value[1:n] as nanoseconds
// (only the first nine digits count).
func fraction(value string, n int) (ns int, rangeErr string, ok bool) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", false
	}
	if n > 10 {
		value, n = value[:10], 10
	}
	ns, ok = atoi(value[1:n])
	if !ok {
		return 0, "", false
	}
	if ns < 0 {
		return 0, "fractional second", true
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", true
}

// zoneNameLen is the length of the zone abbreviation at the start of
// value, or 0 if there is none: three upper-case letters, four or five
// ending in T (and WITA, ChST, MeST), GMT with an optional hour offset,
// or a bare signed hour such as +03.
func zoneNameLen(value string) int {
	if len(value) < 3 {
		return 0
	}
	if hasPrefix(value, "ChST") || hasPrefix(value, "MeST") {
		return 4
	}
	if hasPrefix(value, "GMT") {
		return 3 + signedHourLen(value[3:])
	}
	if value[0] == '+' || value[0] == '-' {
		return signedHourLen(value)
	}
	upper := 0
	for upper < len(value) && upper < 6 && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4
		}
	case 5:
		if value[4] == 'T' {
			return 5
		}
	}
	return 0
}

// signedHourLen is the length of a sign and an hour of at most 12 at the
// start of s, or 0.
func signedHourLen(s string) int {
	if s == "" || s[0] != '+' && s[0] != '-' {
		return 0
	}
	x, rest, ok := leadingInt(s[1:])
	if !ok || len(rest) == len(s)-1 || x > 12 {
		return 0
	}
	return len(s) - len(rest)
}

func parse(layout, value string, defLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	var (
		year     int
		month    = -1
		day      = -1
		yday     = -1
		hour     int
		min      int
		sec      int
		nsec     int
		zone     *Location
		zoneOff  = -1
		zoneName string
		am, pm   bool
	)
	fail := func(layoutElem, valueElem, msg string) (Time, error) {
		return Time{}, &ParseError{alayout, avalue, layoutElem, valueElem, msg}
	}
	for {
		i, j, e := nextElement(layout)
		lit, elem := layout[:i], layout[i:j]
		var ok bool
		value, ok = skipLiteral(value, lit)
		if !ok {
			return fail(lit, value, "")
		}
		if i == j {
			if value != "" {
				return fail("", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = layout[j:]
		hold := value
		rangeErr := ""
		ok = true
		switch e.kind {
		case elYear:
			if len(value) < 2 {
				ok = false
				break
			}
			year, ok = atoi(value[:2])
			value = value[2:]
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				ok = false
				break
			}
			year, ok = atoi(value[:4])
			value = value[4:]
		case elMonth:
			month, value, ok = lookupName(12, shortMonth, value)
			month++
		case elLongMonth:
			month, value, ok = lookupName(12, longMonth, value)
			month++
		case elNumMonth, elZeroMonth:
			month, value, ok = num(value, e.kind == elZeroMonth)
			if ok && (month <= 0 || month > 12) {
				rangeErr = "month"
			}
		case elWeekDay:
			_, value, ok = lookupName(7, shortDay, value)
		case elLongWeekDay:
			_, value, ok = lookupName(7, longDay, value)
		case elDay, elUnderDay, elZeroDay:
			if e.kind == elUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			// Any one- or two-digit day; checked against the month below.
			day, value, ok = num(value, e.kind == elZeroDay)
		case elUnderYearDay, elZeroYearDay:
			if e.kind == elUnderYearDay {
				for k := 0; k < 2 && value != "" && value[0] == ' '; k++ {
					value = value[1:]
				}
			}
			yday, value, ok = num3(value, e.kind == elZeroYearDay)
		case elHour:
			hour, value, ok = num(value, false)
			if hour < 0 || hour >= 24 {
				rangeErr = "hour"
			}
		case elHour12, elZeroHour12:
			hour, value, ok = num(value, e.kind == elZeroHour12)
			if hour < 0 || hour > 12 {
				rangeErr = "hour"
			}
		case elMinute, elZeroMinute:
			min, value, ok = num(value, e.kind == elZeroMinute)
			if min < 0 || min >= 60 {
				rangeErr = "minute"
			}
		case elSecond, elZeroSecond:
			sec, value, ok = num(value, e.kind == elZeroSecond)
			if !ok {
				break
			}
			if sec < 0 || sec >= 60 {
				rangeErr = "second"
				break
			}
			// A fraction in the value is accepted even when the layout
			// has none right after the seconds.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				_, _, next := nextElement(layout)
				if next.kind == elFrac0 || next.kind == elFrac9 {
					break
				}
				n := 2
				for isDigitAt(value, n) {
					n++
				}
				nsec, rangeErr, ok = fraction(value, n)
				value = value[n:]
			}
		case elPM, elpm:
			if len(value) < 2 {
				ok = false
				break
			}
			p := value[:2]
			value = value[2:]
			a, b := "AM", "PM"
			if e.kind == elpm {
				a, b = "am", "pm"
			}
			switch p {
			case a:
				am = true
			case b:
				pm = true
			default:
				ok = false
			}
		case elOffset:
			// Go 1.22 accepts "Z" for UTC except in the forms with
			// seconds; it does not check the offset's range.
			if e.off.z && e.off.parts < 3 && value != "" && value[0] == 'Z' {
				value = value[1:]
				zone = &utcLoc
				break
			}
			var sign byte
			var hh, mm, ss string
			f := e.off
			switch {
			case f.parts == 1:
				if len(value) < 3 {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0], value[1:3], "00", "00", value[3:]
			case f.parts == 2 && f.colon:
				if len(value) < 6 || value[3] != ':' {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0], value[1:3], value[4:6], "00", value[6:]
			case f.parts == 2:
				if len(value) < 5 {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0], value[1:3], value[3:5], "00", value[5:]
			case f.colon:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0], value[1:3], value[4:6], value[7:9], value[9:]
			default:
				if len(value) < 7 {
					ok = false
					break
				}
				sign, hh, mm, ss, value = value[0], value[1:3], value[3:5], value[5:7], value[7:]
			}
			if !ok {
				break
			}
			var h, m, s int
			h, _, ok = num(hh, true)
			if ok {
				m, _, ok = num(mm, true)
			}
			if ok {
				s, _, ok = num(ss, true)
			}
			zoneOff = (h*60+m)*60 + s
			switch sign {
			case '+':
			case '-':
				zoneOff = -zoneOff
			default:
				ok = false
			}
		case elTZ:
			if hasPrefix(value, "UTC") {
				zone = &utcLoc
				value = value[3:]
				break
			}
			n := zoneNameLen(value)
			if n == 0 {
				ok = false
				break
			}
			zoneName, value = value[:n], value[n:]
		case elFrac0:
			n := 1 + e.digits
			if len(value) < n {
				ok = false
				break
			}
			nsec, rangeErr, ok = fraction(value, n)
			value = value[n:]
		case elFrac9:
			if len(value) < 2 || value[0] != '.' && value[0] != ',' || !isDigitAt(value, 1) {
				break // no fraction given
			}
			n := 2
			for isDigitAt(value, n) {
				n++
			}
			nsec, rangeErr, ok = fraction(value, n)
			value = value[n:]
		}
		if rangeErr != "" {
			return fail(elem, value, ": "+rangeErr+" out of range")
		}
		if !ok {
			return fail(elem, hold, "")
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		m, d := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m, d = 2, 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return fail("", value, ": day-of-year out of range")
		}
		if m == 0 {
			m = 1
			for daysBefore(m+1) < yday {
				m++
			}
			d = yday - daysBefore(m)
		}
		if month >= 0 && month != m {
			return fail("", value, ": day-of-year does not match month")
		}
		month = m
		if day >= 0 && day != d {
			return fail("", value, ": day-of-year does not match day")
		}
		day = d
	} else {
		if month < 0 {
			month = 1
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return fail("", value, ": day out of range")
	}

	if zone != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, zone), nil
	}
	if zoneOff != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, &utcLoc)
		t.addSec(-int64(zoneOff))
		// The local zone wins when it has that offset (and name).
		name, off := local.lookup()
		if off == zoneOff && (zoneName == "" || name == zoneName) {
			return t.withLoc(local), nil
		}
		return t.withLoc(FixedZone(zoneName, zoneOff)), nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, &utcLoc)
		if name, off := local.lookup(); name == zoneName {
			t.addSec(-int64(off))
			return t.withLoc(local), nil
		}
		// An unknown abbreviation gets offset 0, except GMT+h.
		off := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			off, _ = atoi(zoneName[3:])
			off *= secondsPerHour
		}
		return t.withLoc(FixedZone(zoneName, off)), nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defLoc), nil
}
