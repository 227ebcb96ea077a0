package chibo

import (
	"errors"
	"fmt"
	"time"
)

// Date is a civil date (ngày): a year, a month and a day, with no time of day
// and no time zone. Party documents date everything to the day, and so does
// chibo.
//
// Date is a small comparable value: two Dates are equal with == exactly when
// they name the same day, and Dates can be used as map keys. The zero Date
// names no day at all: IsZero reports true, String prints "", and arithmetic
// on it returns the zero Date. Use it for "no date recorded".
//
// Valid dates run from 0001-01-01 to 9999-12-31 in the proleptic Gregorian
// calendar.
type Date struct {
	// n is the number of days since 0000-12-31 (so 0001-01-01 is 1);
	// 0 is the zero Date.
	n int32
}

const (
	minYear = 1
	maxYear = 9999
	// epochShift converts daysFromCivil (days since 1970-01-01) to Date.n.
	epochShift = 719162 + 1
	maxN       = 3652059 // 9999-12-31
)

// ErrDateSyntax is returned (wrapped in a *DateError) when text is not a date
// in one of the accepted forms.
var ErrDateSyntax = errors.New("chibo: invalid date syntax")

// ErrDateRange is returned (wrapped in a *DateError) when text has the form of
// a date but names no day, such as 31/02/2024 or 2024-13-01.
var ErrDateRange = errors.New("chibo: date out of range")

// DateError describes a failure to parse a date. It records the text and
// wraps ErrDateSyntax or ErrDateRange, so errors.Is and errors.As both work.
type DateError struct {
	Text string // the text that was parsed
	Err  error  // ErrDateSyntax or ErrDateRange
}

// Error implements error.
func (e *DateError) Error() string {
	return fmt.Sprintf("%v: %q (want YYYY-MM-DD or DD/MM/YYYY)", e.Err, e.Text)
}

// Unwrap returns the sentinel error.
func (e *DateError) Unwrap() error { return e.Err }

// DateOf returns the Date for a year, month and day if they name a day
// between 0001-01-01 and 9999-12-31, and the zero Date otherwise. It does not
// normalise: DateOf(2023, 2, 29) is the zero Date. Use IsZero to check.
func DateOf(year int, month time.Month, day int) Date {
	if !validYMD(year, int(month), day) {
		return Date{}
	}
	return Date{n: int32(daysFromCivil(year, int(month), day) + epochShift)}
}

// DateFromTime returns the civil date of t in t's location.
func DateFromTime(t time.Time) Date {
	y, m, d := t.Date()
	return DateOf(y, m, d)
}

// ParseDate parses a date written as ISO 8601 "2006-01-02" or in the
// Vietnamese form "02/01/2006" (day/month/year, with one- or two-digit day
// and month). Surrounding spaces are not accepted. The empty string is an
// error; callers that allow a missing date test for "" first.
func ParseDate(s string) (Date, error) {
	var y, m, d int
	var ok bool
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		y, ok = atoi(s[0:4])
		if ok {
			m, ok = atoi(s[5:7])
		}
		if ok {
			d, ok = atoi(s[8:10])
		}
	default:
		y, m, d, ok = parseDMY(s)
	}
	if !ok {
		return Date{}, &DateError{Text: s, Err: ErrDateSyntax}
	}
	if !validYMD(y, m, d) {
		return Date{}, &DateError{Text: s, Err: ErrDateRange}
	}
	return DateOf(y, time.Month(m), d), nil
}

// parseDMY parses d/m/yyyy with one- or two-digit day and month.
func parseDMY(s string) (y, m, d int, ok bool) {
	i := 0
	field := func(maxDigits int) (int, bool) {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start || i-start > maxDigits {
			return 0, false
		}
		v, ok := atoi(s[start:i])
		return v, ok
	}
	if d, ok = field(2); !ok || i >= len(s) || s[i] != '/' {
		return 0, 0, 0, false
	}
	i++
	if m, ok = field(2); !ok || i >= len(s) || s[i] != '/' {
		return 0, 0, 0, false
	}
	i++
	start := i
	if y, ok = field(4); !ok || i != len(s) || i-start != 4 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

func validYMD(y, m, d int) bool {
	return y >= minYear && y <= maxYear && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil returns the days since 1970-01-01 of a valid civil date in
// the years 1 to 9999, by the Euclidean affine functions of Neri and
// Schneider (checked day by day against H. Hinnant's algorithm in the
// tests).
func daysFromCivil(y, m, d int) int {
	const shift = 82 // 400-year cycles added to keep the arithmetic unsigned
	const k = 719468 + 146097*shift
	y1, m1 := uint32(y+400*shift), uint32(m)
	if m1 <= 2 { // count the year from 1 March
		y1, m1 = y1-1, m1+12
	}
	century := y1 / 100
	dayOfYears := 1461*y1/4 - century + century/4
	dayOfMonths := (979*m1 - 2919) / 32
	return int(dayOfYears+dayOfMonths+uint32(d)-1) - k
}

// civilFromDays is the inverse of daysFromCivil, by the Euclidean affine
// functions of C. Neri and L. Schneider ("Euclidean affine functions and
// their application to calendar algorithms", 2022), exact for every day of
// the years 1 to 9999 (checked day by day against the classic algorithm in
// the tests).
func civilFromDays(days int) (y, m, d int) {
	const shift = 82 // 400-year cycles added to keep the arithmetic unsigned
	const k = 719468 + 146097*shift
	n := uint32(days + k)
	n1 := 4*n + 3
	century := n1 / 146097
	dayOfCentury := n1 % 146097 / 4
	n2 := 4*dayOfCentury + 3
	p2 := uint64(2939745) * uint64(n2)
	yearOfCentury := uint32(p2 >> 32)
	dayOfYear := uint32(p2) / 2939745 / 4 // counted from 1 March
	n3 := 2141*dayOfYear + 197913
	y = int(100*century+yearOfCentury) - 400*shift
	m = int(n3 >> 16)
	d = int(n3%65536/2141) + 1
	if dayOfYear >= 306 { // January or February of the next year
		y, m = y+1, m-12
	}
	return y, m, d
}

// Date returns the year, month and day. The zero Date returns 0, 0, 0.
func (d Date) Date() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(int(d.n) - epochShift)
	return y, time.Month(m), dd
}

// Year returns the year, or 0 for the zero Date.
func (d Date) Year() int { y, _, _ := d.Date(); return y }

// Month returns the month, or 0 for the zero Date.
func (d Date) Month() time.Month { _, m, _ := d.Date(); return m }

// Day returns the day of the month, or 0 for the zero Date.
func (d Date) Day() int { _, _, dd := d.Date(); return dd }

// Weekday returns the day of the week. The zero Date returns time.Sunday.
func (d Date) Weekday() time.Weekday {
	if d.n == 0 {
		return time.Sunday
	}
	// 0001-01-01 (n=1) was a Monday.
	return time.Weekday(int(d.n) % 7)
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d.n == 0 }

// IsValid reports whether d names a day. Every Date other than the zero Date
// is valid: constructors never produce an invalid one.
func (d Date) IsValid() bool { return d.n >= 1 && d.n <= maxN }

// String returns the date as "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	b := make([]byte, 0, 10)
	return string(d.appendISO(b))
}

// VN returns the date in the Vietnamese form "02/01/2006", or "" for the
// zero Date.
func (d Date) VN() string {
	if d.n == 0 {
		return ""
	}
	y, m, dd := d.Date()
	b := make([]byte, 0, 10)
	b = append2(b, dd)
	b = append(b, '/')
	b = append2(b, int(m))
	b = append(b, '/')
	b = append4(b, y)
	return string(b)
}

func (d Date) appendISO(b []byte) []byte {
	y, m, dd := d.Date()
	b = append4(b, y)
	b = append(b, '-')
	b = append2(b, int(m))
	b = append(b, '-')
	return append2(b, dd)
}

func append2(b []byte, v int) []byte { return append(b, byte('0'+v/10), byte('0'+v%10)) }
func append4(b []byte, v int) []byte {
	return append(b, byte('0'+v/1000), byte('0'+v/100%10), byte('0'+v/10%10), byte('0'+v%10))
}

// MarshalText implements encoding.TextMarshaler. The zero Date marshals to
// an empty text (and in JSON to ""), which UnmarshalText reads back.
func (d Date) MarshalText() ([]byte, error) {
	if d.n == 0 {
		return []byte{}, nil
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the forms
// ParseDate accepts, and the empty text as the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Compare returns -1 if d is before e, 0 if they are the same day and +1 if
// d is after e. The zero Date is before every other Date.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Equal reports whether d and e are the same day; it is d == e, for
// packages such as go-cmp that look for an Equal method.
func (d Date) Equal(e Date) bool { return d == e }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// AddDays returns d plus n days (n may be negative). The result is the zero
// Date if d is zero or the result falls outside the valid range.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return Date{}
	}
	v := int64(d.n) + int64(n)
	if v < 1 || v > maxN {
		return Date{}
	}
	return Date{n: int32(v)}
}

// AddMonths returns d plus n calendar months (n may be negative). When the
// day does not exist in the target month the result is clamped to the last
// day of that month: 31/01/2024 + 1 month = 29/02/2024. The result is the
// zero Date if d is zero or the result falls outside the valid range.
func (d Date) AddMonths(n int) Date {
	if d.n == 0 {
		return Date{}
	}
	y, m, dd := d.Date()
	total := int64(y)*12 + int64(m-1) + int64(n)
	ny := total / 12
	nm := int(total%12) + 1
	if total < 0 || ny < minYear || ny > maxYear {
		return Date{}
	}
	if last := daysIn(int(ny), nm); dd > last {
		dd = last
	}
	return DateOf(int(ny), time.Month(nm), dd)
}

// AddYears returns d plus n calendar years (n may be negative), clamped to
// the end of the month: 29/02/1996 + 30 years = 28/02/2026. Party age and
// age at admission use this convention. The result is the zero Date if d is
// zero or the result falls outside the valid range.
func (d Date) AddYears(n int) Date {
	if n > maxYear || n < -maxYear {
		return Date{}
	}
	return d.AddMonths(12 * n)
}

// DaysUntil returns the number of days from d to e (negative when e is
// before d). If either Date is zero the result is 0.
func (d Date) DaysUntil(e Date) int {
	if d.n == 0 || e.n == 0 {
		return 0
	}
	return int(e.n - d.n)
}

// Min returns the earlier of d and e, ignoring a zero Date unless both are
// zero.
func Min(d, e Date) Date {
	switch {
	case d.n == 0:
		return e
	case e.n == 0, d.n <= e.n:
		return d
	}
	return e
}

// Max returns the later of d and e.
func Max(d, e Date) Date {
	if d.n >= e.n {
		return d
	}
	return e
}
