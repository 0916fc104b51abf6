// Package time: measuring and displaying time.
//
// Written for gopark from the package documentation. Only the clock
// (Now), sleeping and timers are native (they go through the runtime's
// timer heap, which has a real and a virtual clock); the calendar
// (calendar.go), layouts (format.go) and durations are plain Go.
package time

import "errors"

// Predefined layouts for Format and Parse. A layout is the reference
// moment 2006-01-02 15:04:05 -0700 (MST, a Monday) written the desired way.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"

	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"

	DateTime = "2006-01-02 15:04:05"
	DateOnly = "2006-01-02"
	TimeOnly = "15:04:05"
)

// Month numbers the months from 1 (January) to 12.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// monthName is the English name of a month in range.
func monthName(m Month) string {
	switch m {
	case January:
		return "January"
	case February:
		return "February"
	case March:
		return "March"
	case April:
		return "April"
	case May:
		return "May"
	case June:
		return "June"
	case July:
		return "July"
	case August:
		return "August"
	case September:
		return "September"
	case October:
		return "October"
	case November:
		return "November"
	}
	return "December"
}

// String gives the month's English name.
func (m Month) String() string {
	if January <= m && m <= December {
		return monthName(m)
	}
	return "%!Month(" + string(appendUint(nil, uint64(m))) + ")"
}

// Weekday numbers the days from 0 (Sunday) to 6.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// dayName is the English name of a day in range.
func dayName(d Weekday) string {
	switch d {
	case Sunday:
		return "Sunday"
	case Monday:
		return "Monday"
	case Tuesday:
		return "Tuesday"
	case Wednesday:
		return "Wednesday"
	case Thursday:
		return "Thursday"
	case Friday:
		return "Friday"
	}
	return "Saturday"
}

// String gives the day's English name.
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayName(d)
	}
	return "%!Weekday(" + string(appendUint(nil, uint64(d))) + ")"
}

// Package variables here are read only through the addresses of utcLoc
// and localLoc (compared by identity, never by content): gopark runs the
// initializer of a library variable only if the program's static call
// graph reaches it, and methods such as String are often reached only
// through an interface (fmt.Println(t)). Tables are switches or local
// literals for the same reason.

// Location is a time zone: which offset and abbreviation apply when.
type Location struct {
	name   string
	zone   string // abbreviation of a fixed zone
	offset int    // seconds east of UTC of a fixed zone
	host   bool   // the host's local zone
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", host: true}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's local time zone. gopark runs in a browser sandbox
// with no zone database, so Local is UTC (abbreviated "UTC", offset 0),
// as on Go's playground; only its name, "Local", tells it apart.
var Local *Location = &localLoc

// String returns the name given to the location by LoadLocation or
// FixedZone.
func (l *Location) String() string {
	switch l {
	case nil, &utcLoc:
		return "UTC"
	case &localLoc:
		return "Local"
	}
	return l.name
}

// lookup gives the abbreviation and offset in effect. Every Location here
// has a single zone for all time, so the instant does not matter.
func (l *Location) lookup() (name string, offset int) {
	if l == nil || l == &utcLoc || l == &localLoc || l.host {
		return "UTC", 0
	}
	return l.zone, l.offset
}

// FixedZone makes a zone called name, offset seconds ahead of UTC at all
// times.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation knows "" and "UTC" (UTC) and "Local"; there is no zone
// database in gopark's sandbox, so every other name is unknown.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return &utcLoc, nil
	case "Local":
		return &localLoc, nil
	}
	if name[0] == '/' || name[0] == '\\' || hasDotDot(name) {
		return nil, errors.New("time: invalid location name")
	}
	return nil, errors.New("unknown time zone " + name)
}

func hasDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// LoadLocationFromTZData would need zone rules that change over time,
// which Location does not hold; it has no implementation yet.
func LoadLocationFromTZData(name string, data []byte) (*Location, error)

// Time is a moment, to the nanosecond, seen in some Location. Compare
// Times with Equal: == also compares the Location and the monotonic
// reading. The zero Time is 0001-01-01 00:00:00 UTC.
type Time struct {
	sec     int64     // seconds since January 1, year 1, 00:00:00 UTC
	nsec    int32     // nanoseconds within the second, [0, 999999999]
	hasMono bool      // mono is valid (times from Now)
	mono    int64     // monotonic clock reading, nanoseconds
	loc     *Location // nil means UTC
}

const (
	// Seconds from January 1, year 1 to the Unix epoch (1969 years of
	// 365 days plus 477 leap days).
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	// A monotonic reading survives Add only while the wall clock stays
	// within 2^33 seconds from 1885, where Go can keep both.
	monoMinSec int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
	monoMaxSec int64 = monoMinSec + 1<<33 - 1
)

// Now is the current local time, with a monotonic clock reading.
func Now() Time {
	t := now()
	t.loc = &localLoc
	return t
}

// now reads the clocks; its Time has no Location. Implemented natively.
func now() Time

// Unix is the local Time sec seconds and nsec nanoseconds after
// 1970-01-01 UTC; nsec may be outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		sec += nsec / 1e9
		nsec %= 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: &localLoc}
}

// UnixMilli is the local Time msec milliseconds after the Unix epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro is the local Time usec microseconds after the Unix epoch.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since is Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until is t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// withLoc is t seen in loc, without a monotonic reading (UTC is stored as
// nil so that == agrees with Go's).
func (t Time) withLoc(loc *Location) Time {
	if loc == &utcLoc {
		loc = nil
	}
	t.hasMono = false
	t.mono = 0
	t.loc = loc
	return t
}

// addSec moves t by d seconds, saturating instead of wrapping.
func (t *Time) addSec(d int64) {
	sum := t.sec + d
	if (sum > t.sec) == (d > 0) {
		t.sec = sum
	} else if d > 0 {
		t.sec = 1<<63 - 1
	} else {
		t.sec = -(1<<63 - 1)
	}
	if t.hasMono && (t.sec < monoMinSec || t.sec > monoMaxSec) {
		t.hasMono = false
		t.mono = 0
	}
}

// Add is t+d; a monotonic reading moves along while it does not overflow.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.nsec = nsec
	t.addSec(dsec)
	if t.hasMono {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.hasMono = false
			t.mono = 0
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub is t-u, clamped to the Duration range; monotonic readings are used
// when both times have one.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		switch {
		case d < 0 && t.mono > u.mono:
			return maxDuration
		case d > 0 && t.mono < u.mono:
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Compare is -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	var a, b int64
	if t.hasMono && u.hasMono {
		a, b = t.mono, u.mono
	} else {
		a, b = t.sec, u.sec
		if a == b {
			a, b = int64(t.nsec), int64(u.nsec)
		}
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// After reports whether t is after u.
func (t Time) After(u Time) bool { return t.Compare(u) > 0 }

// Before reports whether t is before u.
func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }

// Equal reports whether t and u are the same instant, whatever their
// locations.
func (t Time) Equal(u Time) bool { return t.Compare(u) == 0 }

// IsZero reports whether t is January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// In is t seen in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.withLoc(loc)
}

// UTC is t seen in UTC.
func (t Time) UTC() Time { return t.withLoc(&utcLoc) }

// Local is t seen in the local zone.
func (t Time) Local() Time { return t.withLoc(&localLoc) }

// Location is t's zone (UTC for the zero Time).
func (t Time) Location() *Location {
	if t.loc == nil {
		return &utcLoc
	}
	return t.loc
}

// Zone gives the abbreviation and offset (seconds east of UTC) in effect
// at t.
func (t Time) Zone() (name string, offset int) { return t.loc.lookup() }

// ZoneBounds gives the zero Time for both bounds: every zone here lasts
// forever.
func (t Time) ZoneBounds() (start, end Time) { return Time{}, Time{} }

// IsDST is false: no zone here has daylight saving time.
func (t Time) IsDST() bool { return false }

// Unix is t in seconds since the Unix epoch.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli is t in milliseconds since the Unix epoch.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro is t in microseconds since the Unix epoch.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// UnixNano is t in nanoseconds since the Unix epoch (undefined outside
// the years 1678 to 2262, where it wraps).
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// Truncate rounds t down to a multiple of d since the zero Time,
// dropping any monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.modulo(d))
}

// Round rounds t to the nearest multiple of d since the zero Time, halves
// up, dropping any monotonic reading.
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.modulo(d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// modulo is t's distance past the last multiple of d (> 0) at or before
// it, counted from the zero Time; the product sec*1e9 needs more than 64
// bits, so it is reduced piecewise.
func (t Time) modulo(d Duration) Duration {
	m := uint64(d)
	sec, nsec := uint64(t.sec), uint64(t.nsec)
	neg := t.sec < 0
	if neg {
		// Work on -t, which is positive, and reflect at the end.
		sec = -sec
		if nsec > 0 {
			nsec = 1e9 - nsec
			sec--
		}
	}
	r := (mulMod(sec%m, 1e9%m, m) + nsec%m) % m
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// mulMod is a*b mod m for a, b < m < 2^63, without overflow.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// appendRFC3339 appends t as RFC 3339 with nanoseconds, failing for what
// that format cannot express: years outside 0-9999, offsets of a day.
func (t Time) appendRFC3339(b []byte) ([]byte, error) {
	n := len(b)
	b = t.AppendFormat(b, RFC3339Nano)
	if b[n+4] != '-' {
		return b, errors.New("year outside of range [0,9999]")
	}
	if b[len(b)-1] != 'Z' {
		z := b[len(b)-6:]
		if '0' <= z[0] && z[0] <= '9' || (z[1]-'0')*10+z[2]-'0' >= 24 {
			return b, errors.New("timezone hour outside of range [0,23]")
		}
	}
	return b, nil
}

// MarshalText writes t in RFC 3339 with nanoseconds.
func (t Time) MarshalText() ([]byte, error) {
	b, err := t.appendRFC3339(nil)
	if err != nil {
		return nil, errors.New("Time.MarshalText: " + err.Error())
	}
	return b, nil
}

// UnmarshalText reads an RFC 3339 time.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// MarshalJSON writes t as a JSON string in RFC 3339 with nanoseconds.
func (t Time) MarshalJSON() ([]byte, error) {
	b, err := t.appendRFC3339([]byte{'"'})
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return append(b, '"'), nil
}

// UnmarshalJSON reads a JSON string holding an RFC 3339 time; null is
// ignored.
func (t *Time) UnmarshalJSON(data []byte) error {
	s := string(data)
	if s == "null" {
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = Parse(RFC3339, s[1:len(s)-1])
	return err
}

// MarshalBinary encodes t as a version byte (1, or 2 when the offset has
// seconds), seconds since year 1 (8 bytes) and nanoseconds (4 bytes), big
// endian, then the offset in minutes (2 bytes, -1 for UTC) and, in
// version 2, its seconds.
func (t Time) MarshalBinary() ([]byte, error) {
	version := byte(1)
	var offMin int16 = -1
	var offSec int8
	if t.loc != nil && t.loc != &utcLoc {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = 2
			offSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return nil, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offMin = int16(offset)
	}
	b := []byte{version}
	for s := 56; s >= 0; s -= 8 {
		b = append(b, byte(t.sec>>s))
	}
	for s := 24; s >= 0; s -= 8 {
		b = append(b, byte(t.nsec>>s))
	}
	b = append(b, byte(offMin>>8), byte(offMin))
	if version == 2 {
		b = append(b, byte(offSec))
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote.
func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != 1 && version != 2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == 2 {
		want = 16
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	var nsec int32
	for _, c := range data[9:13] {
		nsec = nsec<<8 | int32(c)
	}
	offset := int(int16(data[13])<<8|int16(data[14])) * 60
	if version == 2 {
		offset += int(data[15])
	}
	u := Time{sec: sec, nsec: nsec}
	if _, local := localLoc.lookup(); offset == -60 {
		*t = u
	} else if offset == local {
		*t = u.withLoc(&localLoc)
	} else {
		*t = u.withLoc(FixedZone("", offset))
	}
	return nil
}

// GobEncode is MarshalBinary.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode is UnmarshalBinary.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
