package chibo

import (
	"testing"
	"time"
)

// lunarRangeDays is the number of days from 1800-01-01 to 2199-12-31.
var lunarRangeDays = DateOf(LunarMinYear, time.January, 1).DaysUntil(DateOf(LunarMaxYear, time.December, 31)) + 1

// FuzzLunarRoundTrip checks both directions of the lunar conversion: a day
// of the supported range (chosen by offset) converts to a valid lunar date
// and back to itself, and a fuzzed lunar date that FromLunar accepts
// converts back to itself with ToLunar. Neither direction may panic.
func FuzzLunarRoundTrip(f *testing.F) {
	for _, s := range []struct {
		offset  int
		y, m, d int
		leap    bool
	}{
		{0, 2026, 3, 10, false},
		{lunarRangeDays - 1, 2020, 4, 1, true},
		{91415, 2023, 2, 1, true},     // 2050-04-15
		{93237, 2024, 12, 30, false},  // 2055-04-11; 30 Chạp 2024 does not exist
		{-1, 1799, 11, 1, false},      // outside the range
		{1 << 40, 2199, 12, 30, true}, // huge offset, invalid leap
		{-91415, 0, 0, 0, false},
	} {
		f.Add(s.offset, s.y, s.m, s.d, s.leap)
	}
	start := DateOf(LunarMinYear, time.January, 1)
	f.Fuzz(func(t *testing.T, offset, y, m, d int, leap bool) {
		// Solar → lunar → solar, for a day in range.
		o := offset % lunarRangeDays
		if o < 0 {
			o += lunarRangeDays
		}
		day := start.AddDays(o)
		l, ok := ToLunar(day)
		if !ok {
			t.Fatalf("ToLunar(%v) failed inside the range", day)
		}
		if l.Month < 1 || l.Month > 12 || l.Day < 1 || l.Day > 30 {
			t.Fatalf("ToLunar(%v) = %+v, out of bounds", day, l)
		}
		back, ok := FromLunar(l)
		if !ok || back != day {
			t.Fatalf("FromLunar(ToLunar(%v) = %v) = %v, %v", day, l, back, ok)
		}
		// Out-of-range days are refused, never guessed.
		if _, ok := ToLunar(start.AddDays(offset)); ok && (offset < 0 || offset >= lunarRangeDays) {
			t.Fatalf("ToLunar accepted offset %d outside the range", offset)
		}

		// Lunar → solar → lunar, for any input.
		fl := LunarDate{Year: y, Month: m, Day: d, Leap: leap}
		sd, ok := FromLunar(fl)
		if !ok {
			if !sd.IsZero() {
				t.Fatalf("FromLunar(%+v) = %v with false", fl, sd)
			}
			return
		}
		got, ok := ToLunar(sd)
		if !ok || got != fl {
			t.Fatalf("ToLunar(FromLunar(%+v) = %v) = %+v, %v", fl, sd, got, ok)
		}
	})
}

// FuzzAddWorkingDays checks that AddWorkingDays never panics, never lands
// on a day off for n ≥ 1, and is inverted by WorkingDaysBetween, in the
// civil-service and the statutory calendars.
func FuzzAddWorkingDays(f *testing.F) {
	f.Add(int64(0), 30, true)
	f.Add(int64(82588), 1, true)   // Fri 13/02/2026, before Tết
	f.Add(int64(82533), 30, false) // 20/12/2025, across a year end
	f.Add(int64(-5), -7, true)
	f.Add(int64(1)<<40, 1<<40, false)
	f.Add(int64(9000), -1000, true)
	base := DateOf(1800, time.January, 1)
	f.Fuzz(func(t *testing.T, offset int64, n int, civil bool) {
		var c Calendar
		if civil {
			c = VietnamCivilService()
		}
		// Dates from 1800 to 2299: the lunar holidays run to 2199 and
		// stop after it.
		const span = 500 * 365
		o := offset % span
		if o < 0 {
			o += span
		}
		d := base.AddDays(int(o))
		got := c.AddWorkingDays(d, n) // must not panic for any n
		if n == 0 {
			if got != d {
				t.Fatalf("AddWorkingDays(%v, 0) = %v", d, got)
			}
			return
		}
		if n > 3000 || n < -3000 {
			return // the properties below are checked for moderate n
		}
		if got.IsZero() {
			t.Fatalf("AddWorkingDays(%v, %d) = zero Date", d, n)
		}
		if !c.IsWorkingDay(got) {
			t.Fatalf("AddWorkingDays(%v, %d) = %v, a day off", d, n, got)
		}
		if n > 0 {
			if w := c.WorkingDaysBetween(d, got); w != n {
				t.Fatalf("WorkingDaysBetween(%v, %v) = %d, want %d", d, got, w, n)
			}
			return
		}
		if w := c.WorkingDaysBetween(got.AddDays(-1), d.AddDays(-1)); w != -n {
			t.Fatalf("working days in [%v, %v) = %d, want %d", got, d, w, -n)
		}
	})
}
