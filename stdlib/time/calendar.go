package time

// Civil (proleptic Gregorian) calendar arithmetic. Days are counted from
// January 1 of year 1 (day 0, a Monday); earlier dates are negative.

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// A 400-year cycle of the Gregorian calendar always has this many
	// days, which is what makes the arithmetic below periodic.
	daysPer400Years = 400*365 + 97
	// Day 0 (0001-01-01) counted from 0000-03-01, the start of a
	// March-based year whose leap day falls last.
	marchOffset = 306
)

// floorDiv is a/b rounded toward minus infinity, and the matching
// remainder in [0, b).
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q--
		r += b
	}
	return
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore is the number of days in a common year before month m
// (1-12); daysBefore(13) is 365.
func daysBefore(m int) int {
	return [...]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}[m]
}

// daysIn is the length of month m (1-12) of year.
func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore(int(m)+1) - daysBefore(int(m))
}

// daysSinceZero is the day number of January 1 of year.
func daysSinceZero(year int64) int64 {
	// Whole 400-year cycles, then the leap years among the rest.
	cycles, y := floorDiv(year-1, 400)
	return cycles*daysPer400Years + y*365 + y/4 - y/100 + y/400
}

// civil splits a day number into year, month, day and day of the year
// (1-366).
func civil(days int64) (year int, month Month, day int, yday int) {
	cycles, d := floorDiv(days+marchOffset, daysPer400Years)
	// d is the day within a 400-year cycle starting on March 1; find the
	// March-based year in it, correcting for the century rules.
	y := (d - d/1460 + d/36524 - d/146096) / 365
	dy := d - (365*y + y/4 - y/100)
	mp := (5*dy + 2) / 153 // month from March = 0
	day = int(dy - (153*mp+2)/5 + 1)
	y += cycles * 400
	if mp < 10 {
		month = Month(mp + 3)
	} else {
		month = Month(mp - 9)
		y++
	}
	year = int(y)
	yday = daysBefore(int(month)) + day
	if month > February && isLeap(year) {
		yday++
	}
	return
}

// carry moves whole multiples of base from lo into hi, leaving lo in
// [0, base).
func carry(hi, lo, base int) (int, int) {
	q, r := floorDiv(int64(lo), int64(base))
	return hi + int(q), int(r)
}

// Date is the Time of the given local date and clock in loc. Fields out of
// range carry over (October 32 is November 1, hour 25 the next day's
// 1:00). It panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = carry(year, m, 12)
	sec, nsec = carry(sec, nsec, 1e9)
	min, sec = carry(min, sec, 60)
	hour, min = carry(hour, min, 60)
	day, hour = carry(day, hour, 24)

	days := daysSinceZero(int64(year)) + int64(daysBefore(m+1)) + int64(day-1)
	if m >= 2 && isLeap(year) {
		days++
	}
	s := days*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	_, offset := loc.lookup()
	t := Time{sec: s - int64(offset), nsec: int32(nsec)}
	return t.withLoc(loc)
}

// local is t's seconds since year 1 on its zone's wall clock.
func (t Time) local() int64 {
	_, offset := t.loc.lookup()
	return t.sec + int64(offset)
}

// dayClock splits t's wall clock into a day number and seconds of the day.
func (t Time) dayClock() (days, secs int64) {
	return floorDiv(t.local(), secondsPerDay)
}

// Date returns the year, month and day of t.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.dayClock()
	year, month, day, _ = civil(d)
	return
}

// Year returns the year of t.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month of t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// YearDay returns the day of the year of t, 1 to 365 (366 in leap years).
func (t Time) YearDay() int {
	d, _ := t.dayClock()
	_, _, _, yd := civil(d)
	return yd
}

// weekdayOf is the Weekday of a day number (day 0 was a Monday).
func weekdayOf(days int64) Weekday {
	_, r := floorDiv(days+1, 7)
	return Weekday(r)
}

// Weekday returns the day of the week of t.
func (t Time) Weekday() Weekday {
	d, _ := t.dayClock()
	return weekdayOf(d)
}

// ISOWeek returns the ISO 8601 year and week (1-53) of t: weeks start on
// Monday and week 1 is the one holding the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	d, _ := t.dayClock()
	// The Thursday of t's week decides both the year and the week.
	wd := (int64(weekdayOf(d)) + 6) % 7 // Monday = 0
	thu := d - wd + 3
	year, _, _, yd := civil(thu)
	return year, (yd-1)/7 + 1
}

// Clock returns the hour, minute and second of t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.dayClock()
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
}

// Hour returns the hour of t, 0 to 23.
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute of t, 0 to 59.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second of t, 0 to 59.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond within t's second.
func (t Time) Nanosecond() int { return int(t.nsec) }

// AddDate adds years, months and days to t's date, keeping its clock and
// zone, and normalizes like Date (October 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}
