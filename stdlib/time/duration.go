package time

import "errors"

// Duration is a span of time in nanoseconds; an int64 covers about ±292
// years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// unitNanos gives the nanoseconds in a unit of ParseDuration.
func unitNanos(u string) (uint64, bool) {
	switch u {
	case "ns":
		return uint64(Nanosecond), true
	case "us", "µs", "μs": // U+00B5 micro sign, U+03BC Greek mu
		return uint64(Microsecond), true
	case "ms":
		return uint64(Millisecond), true
	case "s":
		return uint64(Second), true
	case "m":
		return uint64(Minute), true
	case "h":
		return uint64(Hour), true
	}
	return 0, false
}

// ParseDuration reads an optional sign and then decimal numbers with units
// (h, m, s, ms, us or µs, ns), as in "1h30m" or "-0.25s".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64
	for s != "" {
		if s[0] != '.' && !isDigitAt(s, 0) {
			return 0, invalid
		}
		n := len(s)
		whole, rest, ok := leadingInt(s)
		if !ok {
			return 0, invalid
		}
		s = rest
		digits := n != len(s)
		// Fraction digits beyond what a uint64 holds are read and ignored.
		var frac uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			i := 0
			full := false
			for ; isDigitAt(s, i); i++ {
				if full || frac > (1<<63-1)/10 {
					full = true
					continue
				}
				f := frac*10 + uint64(s[i]-'0')
				if f > 1<<63 {
					full = true
					continue
				}
				frac = f
				scale *= 10
			}
			digits = digits || i > 0
			s = s[i:]
		}
		if !digits {
			return 0, invalid
		}
		i := 0
		for i < len(s) && s[i] != '.' && !isDigitAt(s, i) {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		unit, ok := unitNanos(s[:i])
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(s[:i]) + " in duration " + quote(orig))
		}
		s = s[i:]
		if whole > 1<<63/unit {
			return 0, invalid
		}
		v := whole * unit
		if frac > 0 {
			// float64 keeps a fraction of an hour exact to the
			// nanosecond.
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}

// String formats d like "72h3m0.5s"; the zero duration is "0s". Below a
// second the unit is ns, µs or ms ("1.5µs").
func (d Duration) String() string {
	u := uint64(d)
	if d < 0 {
		u = -u
	}
	var b []byte
	if d < 0 {
		b = append(b, '-')
	}
	switch {
	case u == 0:
		return "0s"
	case u < uint64(Microsecond):
		b = appendDecimal(b, u, 0)
		return string(append(b, "ns"...))
	case u < uint64(Millisecond):
		b = appendDecimal(b, u, 3)
		return string(append(b, "µs"...))
	case u < uint64(Second):
		b = appendDecimal(b, u, 6)
		return string(append(b, "ms"...))
	}
	secs := u / uint64(Second)
	if h := secs / 3600; h > 0 {
		b = appendUint(b, h)
		b = append(b, 'h')
	}
	if m := secs / 60; m > 0 {
		b = appendUint(b, m%60)
		b = append(b, 'm')
	}
	b = appendDecimal(b, secs%60*uint64(Second)+u%uint64(Second), 9)
	return string(append(b, 's'))
}

// appendDecimal appends v / 10^prec with the fraction's trailing zeros
// (and a bare point) left out.
func appendDecimal(b []byte, v uint64, prec int) []byte {
	var p uint64 = 1
	for i := 0; i < prec; i++ {
		p *= 10
	}
	b = appendUint(b, v/p)
	frac := v % p
	if frac == 0 {
		return b
	}
	b = append(b, '.')
	for p /= 10; frac > 0; p /= 10 {
		b = append(b, byte('0'+frac/p))
		frac %= p
	}
	return b
}

func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns d as a floating-point number of seconds.
func (d Duration) Seconds() float64 {
	whole := d / Second
	frac := d % Second
	return float64(whole) + float64(frac)/1e9
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	frac := d % Minute
	return float64(whole) + float64(frac)/(60*1e9)
}

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	frac := d % Hour
	return float64(whole) + float64(frac)/(60*60*1e9)
}

// Truncate drops the remainder of d modulo m (no-op for m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round goes to the closest multiple of m, ties away from zero, clamping
// on overflow (no-op for m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if r < 0 {
		r = -r
	}
	if d < 0 {
		if r+r < m {
			return d + r
		}
		if down := d - (m - r); down < d {
			return down
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if up := d + (m - r); up > d {
		return up
	}
	return maxDuration
}

// Abs is |d|, clamped to the largest Duration for the smallest one.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}
