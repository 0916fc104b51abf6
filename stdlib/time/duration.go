package time

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

// ParseDuration reads an optional sign and then decimal numbers with units
// (h, m, s, ms, us or µs, ns), as in "1h30m" or "-0.25s".
func ParseDuration(s string) (Duration, error)

// String formats d like "72h3m0.5s"; the zero duration is "0s".
func (d Duration) String() string

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
