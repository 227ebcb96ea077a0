package chibo

import (
	"fmt"
	"time"
)

// Span is a length of calendar time in whole years, months and days, as
// party documents state it ("29 năm 11 tháng 5 ngày").
type Span struct {
	Years  int `json:"years"`  // whole years
	Months int `json:"months"` // whole months after the years, 0–11
	Days   int `json:"days"`   // days after the months
}

// Between returns the calendar span from d to e: the largest number of whole
// months m with d.AddMonths(m) on or before e, split into years and months,
// and the days left over. Month ends clamp as in AddMonths, so a span of N
// years is reached exactly on d.AddYears(N). Between returns the zero Span
// when either date is zero or e is before d.
func Between(d, e Date) Span {
	if d.n == 0 || e.n == 0 || e.n < d.n {
		return Span{}
	}
	dy, dm, dd := civilFromDays(int(d.n) - epochShift)
	ey, em, ed := civilFromDays(int(e.n) - epochShift)
	months := (ey-dy)*12 + (em - dm)
	// d.AddMonths(months) falls in e's month, on dd clamped to its length;
	// when that is after e, one month fewer.
	ay, am := ey, em
	if min(dd, daysIn(ay, am)) > ed {
		months--
		if am--; am == 0 {
			ay, am = ay-1, 12
		}
	}
	anchor := daysFromCivil(ay, am, min(dd, daysIn(ay, am))) + epochShift
	return Span{Years: months / 12, Months: months % 12, Days: int(e.n) - anchor}
}

// TotalMonths returns the span in whole months, ignoring the days.
func (s Span) TotalMonths() int { return s.Years*12 + s.Months }

// String returns the span as "29y 11m 5d".
func (s Span) String() string { return fmt.Sprintf("%dy %dm %dd", s.Years, s.Months, s.Days) }

// VN returns the span in Vietnamese, as "29 năm 11 tháng 5 ngày".
func (s Span) VN() string {
	return fmt.Sprintf("%d năm %d tháng %d ngày", s.Years, s.Months, s.Days)
}

// EN returns the span in English, as "29 years 11 months 5 days" (with
// "1 year", "1 month", "1 day" in the singular).
func (s Span) EN() string {
	return plural(s.Years, "year") + " " + plural(s.Months, "month") + " " + plural(s.Days, "day")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// FullYears returns the whole years from d to e: the largest n with
// d.AddYears(n) on or before e (the end-of-month clamp applies), as
// Between(d, e).Years, without computing the months and days. It is 0 when
// either date is zero or e is before d.
func FullYears(d, e Date) int {
	if d.n == 0 || e.n == 0 || e.n < d.n {
		return 0
	}
	dy, dm, dd := civilFromDays(int(d.n) - epochShift)
	ey, em, ed := civilFromDays(int(e.n) - epochShift)
	years := ey - dy
	if em < dm || (em == dm && ed < min(dd, daysIn(ey, em))) {
		years--
	}
	return years
}

// DaysIn returns the number of days in a month of a year (proleptic
// Gregorian calendar); 0 for a month outside 1–12.
func DaysIn(year int, month time.Month) int {
	if month < time.January || month > time.December {
		return 0
	}
	return daysIn(year, int(month))
}
