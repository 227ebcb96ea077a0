package chibo

import (
	"testing"
	"time"
)

// Sinks keep the compiler from discarding the benchmarked calls.
var (
	benchLunar LunarDate
	benchDate  Date
	benchBool  bool
	benchInt   int
)

func BenchmarkToLunar(b *testing.B) {
	d := DateOf(2026, time.April, 26)
	for b.Loop() {
		benchLunar, benchBool = ToLunar(d)
	}
}

func BenchmarkFromLunar(b *testing.B) {
	l := LunarDate{Year: 2025, Month: 6, Day: 1, Leap: true}
	for b.Loop() {
		benchDate, benchBool = FromLunar(l)
	}
}

func BenchmarkLunarNewYear(b *testing.B) {
	for b.Loop() {
		benchDate, benchBool = LunarNewYear(2026)
	}
}

// BenchmarkAddWorkingDays30 is the admission-ceremony deadline: 30 working
// days from a decision, across Tết 2026, in the civil-service calendar.
func BenchmarkAddWorkingDays30(b *testing.B) {
	c := VietnamCivilService()
	d := DateOf(2026, time.January, 15)
	for b.Loop() {
		benchDate = c.AddWorkingDays(d, 30)
	}
}

// BenchmarkAddWorkingDays30YearEnd crosses a year boundary, so two years
// of days off are worked out.
func BenchmarkAddWorkingDays30YearEnd(b *testing.B) {
	c := VietnamCivilService()
	d := DateOf(2025, time.December, 10)
	for b.Loop() {
		benchDate = c.AddWorkingDays(d, 30)
	}
}

func BenchmarkIsWorkingDay(b *testing.B) {
	c := VietnamCivilService()
	d := DateOf(2026, time.February, 23)
	for b.Loop() {
		benchBool = c.IsWorkingDay(d)
	}
}

func BenchmarkWorkingDaysBetweenYear(b *testing.B) {
	c := VietnamCivilService()
	from, to := DateOf(2025, time.December, 31), DateOf(2026, time.December, 31)
	for b.Loop() {
		benchInt = c.WorkingDaysBetween(from, to)
	}
}

func BenchmarkHolidays(b *testing.B) {
	c := VietnamCivilService()
	for b.Loop() {
		benchInt = len(c.Holidays(2026))
	}
}
