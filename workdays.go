package chibo

import "math/bits"

// Working days (ngày làm việc).
//
// Party rules set many deadlines in working days: the admission ceremony
// within 30 working days of the admission decision, the recognition vote
// within 30 working days after probation, transfers within 60 or 30
// working days. The convention of this package:
//
//   - a working day is a day that is not a day off of the Calendar
//     (Calendar.IsDayOff): not a weekly day off, holiday, compensatory day,
//     break day or extra day, unless it is a make-up day;
//   - counting starts on the day after the event: the day of the decision
//     itself is never counted, even when it is a working day;
//   - "within N working days of the decision" means on or before
//     AddWorkingDays(decision, N), the N-th working day after it.

// IsWorkingDay reports whether d is a working day of the calendar: not a
// day off (see IsDayOff). The zero Date is not a working day.
func (c Calendar) IsWorkingDay(d Date) bool {
	if d.IsZero() {
		return false
	}
	ys := c.plan(d.Year(), nil)
	return !ys.off(d)
}

// AddWorkingDays returns the n-th working day after d: d itself is not
// counted, so AddWorkingDays(d, 1) is the first working day after d. A
// deadline "within n working days of d" is met on or before that day.
// n = 0 returns d unchanged; a negative n counts back, returning the
// |n|-th working day before d. The zero Date returns the zero Date, and so
// does a result beyond the range of Date. The work is bounded: the days
// off are worked out one year at a time and whole years are skipped by
// counting.
func (c Calendar) AddWorkingDays(d Date, n int) Date {
	if d.IsZero() {
		return Date{}
	}
	if n == 0 {
		return d
	}
	if n > maxN || n < -maxN {
		return Date{}
	}
	y := d.Year()
	ys := c.plan(y, nil)
	i := ys.first.DaysUntil(d)
	if n > 0 {
		left := n
		for {
			if w := ys.working(i+1, ys.n); w < left {
				left -= w
				if y++; y > maxYear {
					return Date{}
				}
				ys, i = c.plan(y, nil), -1
				continue
			}
			for j := i + 1; j < ys.n; j++ {
				if !ys.offAt(j) {
					if left--; left == 0 {
						return ys.first.AddDays(j)
					}
				}
			}
			return Date{} // not reached: the count said the year has enough
		}
	}
	left := -n
	for {
		if w := ys.working(0, i); w < left {
			left -= w
			if y--; y < minYear {
				return Date{}
			}
			ys = c.plan(y, nil)
			i = ys.n
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if !ys.offAt(j) {
				if left--; left == 0 {
					return ys.first.AddDays(j)
				}
			}
		}
		return Date{} // not reached
	}
}

// WorkingDaysBetween returns the number of working days after from up to
// and including to: the working days in (from, to]. When to is before
// from it returns minus the working days in (to, from]. It returns 0 when
// either Date is zero. For n ≥ 1, WorkingDaysBetween(d,
// AddWorkingDays(d, n)) is n.
func (c Calendar) WorkingDaysBetween(from, to Date) int {
	if from.IsZero() || to.IsZero() || from == to {
		return 0
	}
	if to.Before(from) {
		return -c.WorkingDaysBetween(to, from)
	}
	total := 0
	for y := from.Year(); y <= to.Year(); y++ {
		ys := c.plan(y, nil)
		a, b := 0, ys.n
		if y == from.Year() {
			a = ys.first.DaysUntil(from) + 1
		}
		if y == to.Year() {
			b = ys.first.DaysUntil(to) + 1
		}
		total += ys.working(a, b)
	}
	return total
}

// working returns the number of working days among the days [a, b) of the
// year (indices from 1 January).
func (s *yearSet) working(a, b int) int {
	a = max(a, 0)
	b = min(b, s.n)
	if a >= b {
		return 0
	}
	off := 0
	for w := a >> 6; w <= (b-1)>>6; w++ {
		word := s.bits[w]
		lo, hi := w<<6, w<<6+64
		if a > lo {
			word &^= (1 << uint(a-lo)) - 1
		}
		if b < hi {
			word &= (1 << uint(b-lo)) - 1
		}
		off += bits.OnesCount64(word)
	}
	return b - a - off
}
