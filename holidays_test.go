package chibo

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dates(t testing.TB, ss ...string) []Date {
	t.Helper()
	out := make([]Date, len(ss))
	for i, s := range ss {
		out[i] = mustDate(t, s)
	}
	return out
}

func holidayDates(h []Holiday) []Date {
	out := make([]Date, len(h))
	for i := range h {
		out[i] = h[i].Date
	}
	return out
}

// holidayKey is the part of a Holiday the list tests compare.
type holidayKey struct {
	Date string
	Rule string
	Kind HolidayKind
}

func holidayKeys(h []Holiday) []holidayKey {
	out := make([]holidayKey, len(h))
	for i := range h {
		out[i] = holidayKey{h[i].Date.String(), h[i].Rule, h[i].Kind}
	}
	return out
}

func TestStatutoryHolidayCounts(t *testing.T) {
	tests := []struct {
		name string
		year int
		want int
	}{
		{"2006, Labour Code 1994 before Giỗ Tổ: 1+4+1+1+1", 2006, 8},
		{"2007, Giỗ Tổ added by Luật 84/2007/QH11", 2007, 9},
		{"2012, Labour Code 1994 as amended 2007", 2012, 9},
		{"2013, Tết 10/02 still under the 1994 code (2012 code from 01/05)", 2013, 9},
		{"2014, Labour Code 2012 Điều 115: 1+5+1+1+1+1", 2014, 10},
		{"2019, Labour Code 2012", 2019, 10},
		{"2020, Labour Code 2012", 2020, 10},
		{"2021, Labour Code 2019 Điều 112: 11 days", 2021, 11},
		{"2024, Labour Code 2019", 2024, 11},
		{"2025, gap 7.2: 11 paid holidays", 2025, 11},
		{"2026, gap 7.2: 12 with Ngày Văn hóa Việt Nam", 2026, 12},
		{"2027", 2027, 12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := StatutoryHolidays(tc.year)
			assert.Len(t, h, tc.want)
			for _, x := range h {
				assert.Equal(t, tc.year, x.Date.Year())
				assert.Equal(t, HolidayStatutory, x.Kind)
				assert.NotEmpty(t, x.Source.Document, "%v", x)
			}
		})
	}
}

func TestStatutoryHolidays2026(t *testing.T) {
	// Bộ luật Lao động 2019 Điều 112 and Nghị quyết 28/2026/QH16; Tết
	// 17/02/2026 (gap 7.3), so the five days are 29 Chạp (16/02) to mùng 4;
	// Giỗ Tổ 26/04; 2/9 is a Wednesday, so the day before is added.
	want := dates(t,
		"2026-01-01",
		"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
		"2026-04-26", "2026-04-30", "2026-05-01",
		"2026-09-01", "2026-09-02",
		"2026-11-24",
	)
	got := StatutoryHolidays(2026)
	if diff := cmp.Diff(want, holidayDates(got)); diff != "" {
		t.Errorf("StatutoryHolidays(2026) (-want +got):\n%s", diff)
	}
	culture := got[len(got)-1]
	assert.Equal(t, "culture", culture.Rule)
	assert.Equal(t, time.Tuesday, culture.Date.Weekday(), "the first Ngày Văn hóa Việt Nam is a Tuesday")
	assert.Equal(t, Secondary, culture.Source.Confidence)
}

func TestCultureDayStartsIn2026(t *testing.T) {
	for _, h := range StatutoryHolidays(2025) {
		assert.NotEqual(t, "culture", h.Rule)
	}
	assert.Equal(t, dates(t, "2027-11-24"), rule(t, "culture").Dates(2027))
}

func rule(t testing.TB, id string) HolidayRule {
	t.Helper()
	var last HolidayRule
	for _, r := range StatutoryRules() {
		if r.ID == id {
			last = r
		}
	}
	require.NotEmpty(t, last.ID, id)
	return last
}

func TestTetDays(t *testing.T) {
	tests := []struct {
		name string
		year int
		want []string
	}{
		{"2012 (1994 code): the last day of the old year and three", 2012, []string{"2012-01-22", "2012-01-23", "2012-01-24", "2012-01-25"}},
		{"2020 (2012 code): 30 Chạp and mùng 1–4", 2020, []string{"2020-01-24", "2020-01-25", "2020-01-26", "2020-01-27", "2020-01-28"}},
		{"2025: 29 Chạp (a 29-day Chạp) and mùng 1–4", 2025, []string{"2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01"}},
		{"2026: 29 Chạp and mùng 1–4 (gap 7.4)", 2026, []string{"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Date
			for _, h := range StatutoryHolidays(tc.year) {
				if h.Rule == "tet" {
					got = append(got, h.Date)
				}
			}
			if diff := cmp.Diff(dates(t, tc.want...), got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestNationalDayAdjacent checks the default choice of the day next to
// 2/9 against the Government's choices (gap 7.5 and the 2022, 2025 pages).
func TestNationalDayAdjacent(t *testing.T) {
	tests := []struct {
		name string
		year int
		want []string
	}{
		{"2020, one day under the 2012 code", 2020, []string{"2020-09-02"}},
		{"2021 Thu: 3/9 (gap 7.5)", 2021, []string{"2021-09-02", "2021-09-03"}},
		{"2022 Fri: 1/9 (scon.com.vn schedule)", 2022, []string{"2022-09-01", "2022-09-02"}},
		{"2023 Sat: 1/9 (gap 7.5, theotoi.net)", 2023, []string{"2023-09-01", "2023-09-02"}},
		{"2024 Mon: 3/9 (gap 7.5)", 2024, []string{"2024-09-02", "2024-09-03"}},
		{"2025 Tue: 1/9 (Thông báo 6150/TB-BLĐTBXH)", 2025, []string{"2025-09-01", "2025-09-02"}},
		{"2026 Wed: 1/9 (2026 proposals, unverified)", 2026, []string{"2026-09-01", "2026-09-02"}},
		{"2029 Sun: 3/9", 2029, []string{"2029-09-02", "2029-09-03"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Date
			for _, h := range StatutoryHolidays(tc.year) {
				if h.Rule == "national-day" {
					got = append(got, h.Date)
				}
			}
			assert.Equal(t, dates(t, tc.want...), got)
		})
	}
}

// TestCompensatoryDays checks Điều 111 khoản 3 on the zero Calendar: a
// holiday on Saturday or Sunday moves to the next working day.
func TestCompensatoryDays(t *testing.T) {
	tests := []struct {
		name string
		year int
		want []string // compensatory days
	}{
		{"2021: Tết mùng 2–3 Sat–Sun → Tue 16/2, Wed 17/2; 1/5 Sat → Mon 3/5 (giadinhcuquang.net)", 2021,
			[]string{"2021-02-16", "2021-02-17", "2021-05-03"}},
		{"2025: mùng 4 Tết Sat 1/2 → Mon 3/2", 2025, []string{"2025-02-03"}},
		{"2022: 1/1 Sat → 3/1; Giỗ Tổ Sun 10/4 → 11/4; 30/4 Sat, 1/5 Sun → Mon 2/5, Tue 3/5", 2022,
			[]string{"2022-01-03", "2022-04-11", "2022-05-02", "2022-05-03"}},
		{"2023: 1/1 Sun → 2/1; Tết 21–22/01 Sat–Sun → 26–27/01; Giỗ Tổ 29/4 Sat, 30/4 Sun → 2/5, 3/5 (1/5 Mon is a holiday); 2/9 Sat → Mon 4/9 (3/9 Sun)", 2023,
			[]string{"2023-01-02", "2023-01-26", "2023-01-27", "2023-05-02", "2023-05-03", "2023-09-04"}},
		{"2026: Giỗ Tổ Sun 26/04 → Mon 27/04 (gap 7.5)", 2026, []string{"2026-04-27"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []Date
			for _, h := range (Calendar{}).Holidays(tc.year) {
				if h.Kind == HolidayCompensatory {
					got = append(got, h.Date)
					assert.NotEmpty(t, h.Source.Document)
				}
			}
			if diff := cmp.Diff(dates(t, tc.want...), got); diff != "" {
				t.Errorf("compensatory days (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCivilServiceBreaks(t *testing.T) {
	breaks := CivilServiceBreaks()
	require.NotEmpty(t, breaks)
	for i, b := range breaks {
		assert.False(t, b.From.IsZero() || b.Until.IsZero(), "%v", b)
		assert.False(t, b.Until.Before(b.From), "%v", b)
		assert.NotEmpty(t, b.Rule)
		assert.NotEmpty(t, b.Source.Document, "%v", b)
		assert.NotEmpty(t, b.Source.Section, "%v", b)
		if i > 0 {
			assert.True(t, breaks[i-1].Until.Before(b.From), "breaks in order, not overlapping: %v", b)
		}
		for _, d := range b.MakeUp {
			assert.Equal(t, time.Saturday, d.Weekday(), "make-up days are Saturdays: %v", b)
		}
		if b.Rule == "tet" {
			tet, ok := LunarNewYear(b.From.Year())
			require.True(t, ok)
			assert.True(t, b.contains(tet), "%v contains mùng 1 Tết %v", b, tet)
		}
	}
	// The 2022 Tết dates are derived from the "5 + 4 days" notice.
	for _, b := range breaks {
		if b.Rule == "tet" && b.From.Year() == 2022 {
			assert.Equal(t, Inferred, b.Source.Confidence)
		}
	}
	// Each call returns new values.
	breaks[0].From = Date{}
	breaks[8].MakeUp[0] = Date{}
	again := CivilServiceBreaks()
	assert.False(t, again[0].From.IsZero())
	assert.False(t, again[8].MakeUp[0].IsZero())
}

// TestCivilServiceTetBreaks checks the Tết breaks of gap 7.4 day by day.
func TestCivilServiceTetBreaks(t *testing.T) {
	c := VietnamCivilService()
	tests := []struct {
		name       string
		from, last string // the break, inclusive
		days       int
	}{
		{"2020: Thu 23/01 – Wed 29/01, 7 days", "2020-01-23", "2020-01-29", 7},
		{"2021: Wed 10/02 – Tue 16/02, 7 days", "2021-02-10", "2021-02-16", 7},
		{"2022: Sat 29/01 – Sun 06/02, 9 days", "2022-01-29", "2022-02-06", 9},
		{"2023: Fri 20/01 – Thu 26/01, 7 days", "2023-01-20", "2023-01-26", 7},
		{"2024: Thu 08/02 – Wed 14/02, 7 days", "2024-02-08", "2024-02-14", 7},
		{"2025: Sat 25/01 – Sun 02/02, 9 days", "2025-01-25", "2025-02-02", 9},
		{"2026: Sat 14/02 – Sun 22/02, 9 days", "2026-02-14", "2026-02-22", 9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from, last := mustDate(t, tc.from), mustDate(t, tc.last)
			require.Equal(t, tc.days, from.DaysUntil(last)+1)
			assert.True(t, c.IsWorkingDay(from.AddDays(-1)) || from.AddDays(-1).Weekday() == time.Sunday, "day before the break")
			for d := from; !d.After(last); d = d.AddDays(1) {
				assert.True(t, c.IsDayOff(d), "%v is in the break", d)
			}
			// The first working day after the break.
			after := last.AddDays(1)
			for after.Weekday() == time.Saturday || after.Weekday() == time.Sunday {
				after = after.AddDays(1)
			}
			assert.True(t, c.IsWorkingDay(after), "%v is a working day after the break", after)
			assert.Equal(t, after, c.AddWorkingDays(from.AddDays(-1), 1))
		})
	}
}

func TestVietnamCivilServiceDays(t *testing.T) {
	civil := VietnamCivilService()
	var zero Calendar
	tests := []struct {
		name       string
		date       string
		civilOff   bool
		statuteOff bool // the zero Calendar
	}{
		{"2026-01-02 Fri swapped off (VPCP 12729)", "2026-01-02", true, false},
		{"2026-01-10 Sat worked in exchange (làm bù)", "2026-01-10", false, true},
		{"2026-02-13 Fri before Tết: working", "2026-02-13", false, false},
		{"2026-02-14 Sat, 27 Chạp: break", "2026-02-14", true, true},
		{"2026-02-20 Fri, mùng 4", "2026-02-20", true, true},
		{"2026-02-23 Mon after Tết: working", "2026-02-23", false, false},
		{"2026-04-27 Mon in lieu of Giỗ Tổ", "2026-04-27", true, true},
		{"2026-11-24 Tue Ngày Văn hóa", "2026-11-24", true, true},
		{"2020-01-23 Thu 29 Chạp: the Government's break", "2020-01-23", true, false},
		{"2020-01-30 Thu: statute's 2nd day in lieu, not in the break", "2020-01-30", false, true},
		{"2024-02-15 Thu: statute's day in lieu, not in the break", "2024-02-15", false, true},
		{"2024-04-29 Mon swapped off (VPCP 2450)", "2024-04-29", true, false},
		{"2024-05-04 Sat worked in exchange", "2024-05-04", false, true},
		{"2025-01-27 Mon, 28 Chạp: break", "2025-01-27", true, false},
		{"2025-02-03 Mon after the break: working", "2025-02-03", false, true},
		{"2025-04-26 Sat worked in exchange", "2025-04-26", false, true},
		{"2025-05-02 Fri swapped off", "2025-05-02", true, false},
		{"2025-09-01 Mon, Quốc khánh", "2025-09-01", true, true},
		{"2025-09-03 Wed: working", "2025-09-03", false, false},
		{"2023-09-04 Mon in lieu of 2/9", "2023-09-04", true, true},
		{"2023-09-05 Tue: working", "2023-09-05", false, false},
		{"2019-09-02 Mon, one day under the 2012 code", "2019-09-02", true, true},
		{"2019-09-03 Tue: working", "2019-09-03", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustDate(t, tc.date)
			assert.Equal(t, tc.civilOff, civil.IsDayOff(d), "civil service")
			assert.Equal(t, !tc.civilOff, civil.IsWorkingDay(d), "civil service")
			assert.Equal(t, tc.statuteOff, zero.IsDayOff(d), "zero Calendar")
		})
	}
}

func TestCalendarHolidays2026CivilService(t *testing.T) {
	want := []holidayKey{
		{"2026-01-01", "new-year", HolidayStatutory},
		{"2026-01-02", "new-year", HolidayScheduled},
		{"2026-02-16", "tet", HolidayStatutory},
		{"2026-02-17", "tet", HolidayStatutory},
		{"2026-02-18", "tet", HolidayStatutory},
		{"2026-02-19", "tet", HolidayStatutory},
		{"2026-02-20", "tet", HolidayStatutory},
		{"2026-04-26", "hung-kings", HolidayStatutory},
		{"2026-04-27", "hung-kings", HolidayScheduled},
		{"2026-04-30", "victory", HolidayStatutory},
		{"2026-05-01", "labour", HolidayStatutory},
		{"2026-09-01", "national-day", HolidayStatutory},
		{"2026-09-02", "national-day", HolidayStatutory},
		{"2026-11-24", "culture", HolidayStatutory},
	}
	got := VietnamCivilService().Holidays(2026)
	if diff := cmp.Diff(want, holidayKeys(got)); diff != "" {
		t.Errorf("Holidays(2026) (-want +got):\n%s", diff)
	}
}

func TestCalendarHolidays2020(t *testing.T) {
	// The statute: Tết 24–28/01 with mùng 1–2 on Sat–Sun, so 29–30/01 in
	// lieu. The Government's break (gap 7.4) is 23–29/01 instead.
	statute := []holidayKey{
		{"2020-01-01", "new-year", HolidayStatutory},
		{"2020-01-24", "tet", HolidayStatutory},
		{"2020-01-25", "tet", HolidayStatutory},
		{"2020-01-26", "tet", HolidayStatutory},
		{"2020-01-27", "tet", HolidayStatutory},
		{"2020-01-28", "tet", HolidayStatutory},
		{"2020-01-29", "tet", HolidayCompensatory},
		{"2020-01-30", "tet", HolidayCompensatory},
		{"2020-04-02", "hung-kings", HolidayStatutory},
		{"2020-04-30", "victory", HolidayStatutory},
		{"2020-05-01", "labour", HolidayStatutory},
		{"2020-09-02", "national-day", HolidayStatutory},
	}
	if diff := cmp.Diff(statute, holidayKeys((Calendar{}).Holidays(2020))); diff != "" {
		t.Errorf("zero Calendar (-want +got):\n%s", diff)
	}
	civil := VietnamCivilService().Holidays(2020)
	var tet []holidayKey
	for _, k := range holidayKeys(civil) {
		if k.Rule == "tet" {
			tet = append(tet, k)
		}
	}
	want := []holidayKey{
		{"2020-01-23", "tet", HolidayScheduled},
		{"2020-01-24", "tet", HolidayStatutory},
		{"2020-01-25", "tet", HolidayStatutory},
		{"2020-01-26", "tet", HolidayStatutory},
		{"2020-01-27", "tet", HolidayStatutory},
		{"2020-01-28", "tet", HolidayStatutory},
		{"2020-01-29", "tet", HolidayScheduled},
	}
	if diff := cmp.Diff(want, tet); diff != "" {
		t.Errorf("civil service (-want +got):\n%s", diff)
	}
}

func TestCalendarWeeklyOff(t *testing.T) {
	// A six-day week with Sunday off: 30/4/2022 (Sat) is a holiday on a
	// working day, 1/5/2022 (Sun) moves to Monday 2/5, and Saturday 7/5 is
	// a working day.
	var c Calendar
	c.WeeklyOff[time.Sunday] = true
	tests := []struct {
		date string
		off  bool
	}{
		{"2022-04-30", true},
		{"2022-05-01", true},
		{"2022-05-02", true},
		{"2022-05-03", false},
		{"2022-05-07", false},
		{"2022-05-08", true},
	}
	for _, tc := range tests {
		t.Run(tc.date, func(t *testing.T) {
			assert.Equal(t, tc.off, c.IsDayOff(mustDate(t, tc.date)))
		})
	}
	var comp []Date
	for _, h := range c.Holidays(2022) {
		if h.Kind == HolidayCompensatory {
			comp = append(comp, h.Date)
		}
	}
	// 10/4 Giỗ Tổ (Sun) → Mon 11/4; 1/5 (Sun) → Mon 2/5.
	assert.Equal(t, dates(t, "2022-04-11", "2022-05-02"), comp)
}

func TestCalendarZeroValue(t *testing.T) {
	var c Calendar
	assert.True(t, c.IsDayOff(mustDate(t, "2026-03-07")), "Saturday")
	assert.True(t, c.IsDayOff(mustDate(t, "2026-03-08")), "Sunday")
	assert.True(t, c.IsWorkingDay(mustDate(t, "2026-03-09")), "Monday")
	assert.False(t, c.IsDayOff(Date{}))
	assert.False(t, c.IsWorkingDay(Date{}))
	assert.Equal(t, len(StatutoryHolidays(2024))+2, len(c.Holidays(2024)), "2024: Tết mùng 1–2 on Sat–Sun, two days in lieu")
}

func TestCalendarExtraMakeUpNoStatutory(t *testing.T) {
	c := Calendar{
		Extra:  dates(t, "2026-05-19", "2026-03-07"),
		MakeUp: dates(t, "2026-03-14", "2026-04-30"),
	}
	assert.True(t, c.IsDayOff(mustDate(t, "2026-05-19")), "an extra day off")
	assert.True(t, c.IsWorkingDay(mustDate(t, "2026-03-14")), "a make-up Saturday")
	assert.True(t, c.IsWorkingDay(mustDate(t, "2026-04-30")), "a make-up day wins over a holiday")
	h := c.Holidays(2026)
	assert.Contains(t, holidayKeys(h), holidayKey{"2026-05-19", "", HolidayExtra})
	assert.Contains(t, holidayKeys(h), holidayKey{"2026-03-07", "", HolidayExtra})
	assert.NotContains(t, holidayDates(h), mustDate(t, "2026-04-30"), "make-up days are never listed")

	c = Calendar{NoStatutory: true}
	assert.Empty(t, c.Holidays(2026))
	assert.True(t, c.IsWorkingDay(mustDate(t, "2026-02-17")), "mùng 1 Tết without the statute")
}

func TestCalendarCustomRule(t *testing.T) {
	// A French employee's national day (Điều 112 khoản 2), 14/07; in 2024
	// it falls on a Sunday and moves to Monday 15/07.
	fr := HolidayRule{ID: "fr-national", VI: "Quốc khánh Pháp", EN: "Bastille Day", Month: 7, Day: 14, Days: 1,
		Source: Source{Document: "Bộ luật Lao động 45/2019/QH14", Section: "Điều 112 khoản 2", Confidence: Verified}}
	c := Calendar{Rules: []HolidayRule{fr}}
	assert.True(t, c.IsDayOff(mustDate(t, "2026-07-14")))
	assert.True(t, c.IsDayOff(mustDate(t, "2024-07-15")))
	assert.Contains(t, holidayKeys(c.Holidays(2024)), holidayKey{"2024-07-15", "fr-national", HolidayCompensatory})
	assert.Equal(t, dates(t, "2026-07-14"), fr.Dates(2026))

	// A lunar rule: Rằm tháng Giêng 15/1 âm, and a lunar day 30 clamped.
	lunar := HolidayRule{ID: "ram", Lunar: true, Month: 1, Day: 15}
	assert.Equal(t, dates(t, "2026-03-03"), lunar.Dates(2026))
	eve := HolidayRule{ID: "eve", Lunar: true, Month: 12, Day: 30}
	assert.Equal(t, dates(t, "2026-02-16"), eve.Dates(2026), "Chạp Ất Tỵ has 29 days")
	assert.Equal(t, dates(t, "2024-02-09"), eve.Dates(2024), "Chạp Quý Mão has 30 days")
	// Rules out of range or reaching too far are ignored, not a panic.
	assert.Empty(t, lunar.Dates(1700))
	assert.Empty(t, HolidayRule{Month: 1, Day: 1, Offset: 1000}.Dates(2026))
	assert.Empty(t, HolidayRule{Month: 2, Day: 30}.Dates(2026))
	assert.Empty(t, HolidayRule{Lunar: true, Month: 13, Day: 1}.Dates(2026))
	assert.Empty(t, HolidayRule{Month: 1, Day: 1}.Dates(0))
}

func TestCalendarCopyIsIndependent(t *testing.T) {
	a := VietnamCivilService()
	b := VietnamCivilService()
	b.Breaks[0].From = Date{}
	b.Extra = append(b.Extra, mustDate(t, "2026-05-19"))
	assert.False(t, a.Breaks[0].From.IsZero())
	assert.Empty(t, a.Extra)

	rules := StatutoryRules()
	for i := range rules {
		rules[i].Days = 30
		rules[i].AdjacentBefore = append(rules[i].AdjacentBefore[:0], time.Monday)
	}
	assert.Len(t, StatutoryHolidays(2026), 12, "the package's rules are unchanged")
	assert.Equal(t, dates(t, "2026-09-01", "2026-09-02"), rule(t, "national-day").Dates(2026))
}

func TestHolidayRuleInForce(t *testing.T) {
	r := rule(t, "culture")
	assert.False(t, r.InForce(mustDate(t, "2025-11-24")))
	assert.True(t, r.InForce(mustDate(t, "2026-11-24")))
	assert.False(t, r.InForce(Date{}))
	tet := StatutoryRules()[1]
	require.Equal(t, "tet", tet.ID)
	assert.True(t, tet.InForce(mustDate(t, "2013-02-10")))
	assert.False(t, tet.InForce(mustDate(t, "2013-05-01")))
}

func TestHolidayStrings(t *testing.T) {
	rules := StatutoryRules()
	assert.Equal(t, "tet (Tết Âm lịch): lunar 1/1 -1 day, 5 days, from 01/01/2021 [Bộ luật Lao động 45/2019/QH14 (20/11/2019), "+
		"Điều 112 khoản 1 điểm b, khoản 3: 05 ngày, days fixed yearly by the Prime Minister; default reading: the last day of the old year and the first four of the new [inferred]]",
		rules[3].String())
	nd := rules[8]
	require.Equal(t, "national-day", nd.ID)
	assert.Contains(t, nd.String(), "2/9, 1 day + 1 adjacent day (before on Tue, Wed, Fri, Sat, else after), from 01/01/2021")

	b := CivilServiceBreaks()[13]
	assert.Equal(t, "new-year 01/01/2026–04/01/2026, làm bù 10/01/2026 [Công văn 12729/VPCP-KGVX (25/12/2025), Fri 2/1 swapped for Sat 10/1 [secondary]]", b.String())

	h := StatutoryHolidays(2026)[1]
	assert.Equal(t, "2026-02-16 tet (statutory): Tết Âm lịch", h.String())
}

func TestHolidayKindText(t *testing.T) {
	for k := HolidayStatutory; k <= HolidayExtra; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back HolidayKind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	_, err := HolidayKind(9).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "HolidayKind(9)", HolidayKind(9).String())
	var k HolidayKind
	assert.Error(t, k.UnmarshalText([]byte("weekly")))
}

func TestCalendarJSON(t *testing.T) {
	c := VietnamCivilService()
	c.Extra = dates(t, "2026-05-19")
	b, err := json.Marshal(c)
	require.NoError(t, err)
	var back Calendar
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(c, back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	h := c.Holidays(2026)
	b, err = json.Marshal(h)
	require.NoError(t, err)
	var hback []Holiday
	require.NoError(t, json.Unmarshal(b, &hback))
	assert.Equal(t, h, hback)
}

func TestHolidaysSortedAndInYear(t *testing.T) {
	c := VietnamCivilService()
	for y := 2018; y <= 2030; y++ {
		h := c.Holidays(y)
		assert.True(t, slices.IsSortedFunc(h, func(a, b Holiday) int { return a.Date.Compare(b.Date) }), "%d", y)
		for _, x := range h {
			assert.Equal(t, y, x.Date.Year())
			assert.True(t, c.IsDayOff(x.Date), "%v is listed, so it is off", x)
		}
	}
}
