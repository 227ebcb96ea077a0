package chibo

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAddWorkingDays(t *testing.T) {
	civil := VietnamCivilService()
	var zero Calendar
	tests := []struct {
		name string
		c    Calendar
		from string
		n    int
		want string
	}{
		{"Fri 13/02/2026 + 1 across the Tết 2026 break (14–22/02 off)", civil, "2026-02-13", 1, "2026-02-23"},
		{"the same under the statute alone (Tết 16–20/02)", zero, "2026-02-13", 1, "2026-02-23"},
		{"Mon 23/02/2026 − 1 back across Tết", civil, "2026-02-23", -1, "2026-02-13"},
		{"Fri 09/01/2026 + 1 is the make-up Saturday 10/01", civil, "2026-01-09", 1, "2026-01-10"},
		{"without the schedule Saturday 10/01 is off", zero, "2026-01-09", 1, "2026-01-12"},
		{"Wed 31/12/2025 + 1 skips 1–4/01/2026", civil, "2025-12-31", 1, "2026-01-05"},
		{"Tue 30/12/2025 + 2 crosses the year", civil, "2025-12-30", 2, "2026-01-05"},
		{"Mon 05/01/2026 − 2 crosses the year back", civil, "2026-01-05", -2, "2025-12-30"},
		{"a day off as the start: Sat 14/02/2026 + 1", civil, "2026-02-14", 1, "2026-02-23"},
		{"a day off as the start: Sun 22/02/2026 − 1", civil, "2026-02-22", -1, "2026-02-13"},
		// Admission decision Thu 15/01/2026, ceremony within 30 working
		// days: 16/01 is day 1, 13/02 day 21, 23/02 day 22, 05/03 day 30.
		{"30 working days from Thu 15/01/2026 (hand count)", civil, "2026-01-15", 30, "2026-03-05"},
		{"Giỗ Tổ 2026: Fri 24/04 + 1 skips Sat–Sun and Mon 27/04", zero, "2026-04-24", 1, "2026-04-28"},
		{"2024: Fri 26/04 + 1 skips the 27/04–01/05 break", civil, "2024-04-26", 1, "2024-05-02"},
		{"2024: Fri 03/05 + 1 is the make-up Saturday 04/05", civil, "2024-05-03", 1, "2024-05-04"},
		{"n = 0 returns the day itself, even a day off", civil, "2026-02-17", 0, "2026-02-17"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.c.AddWorkingDays(mustDate(t, tc.from), tc.n)
			assert.Equal(t, mustDate(t, tc.want), got)
		})
	}
}

func TestAddWorkingDaysEdges(t *testing.T) {
	c := VietnamCivilService()
	d := DateOf(2026, time.March, 2)
	assert.True(t, c.AddWorkingDays(Date{}, 5).IsZero(), "zero in, zero out")
	assert.True(t, c.AddWorkingDays(Date{}, 0).IsZero())
	assert.True(t, c.AddWorkingDays(d, math.MaxInt).IsZero())
	assert.True(t, c.AddWorkingDays(d, math.MinInt).IsZero())
	assert.True(t, c.AddWorkingDays(d, -1_000_000).IsZero(), "before year 1")
	assert.True(t, c.AddWorkingDays(DateOf(9999, time.December, 30), 5).IsZero(), "after 9999-12-31")
	assert.True(t, c.AddWorkingDays(DateOf(1, time.January, 3), -5).IsZero(), "before 0001-01-01")
	far := c.AddWorkingDays(d, 1_000_000)
	require.False(t, far.IsZero())
	assert.True(t, c.IsWorkingDay(far))
	assert.Equal(t, 1_000_000, c.WorkingDaysBetween(d, far))

	// Every day a weekly day off: no working day exists, and the search
	// stops at the end of the calendar.
	var none Calendar
	for i := range none.WeeklyOff {
		none.WeeklyOff[i] = true
	}
	assert.True(t, none.AddWorkingDays(DateOf(9990, time.January, 1), 1).IsZero())
	assert.Equal(t, 0, none.WorkingDaysBetween(DateOf(9990, time.January, 1), DateOf(9999, time.December, 31)))
}

func TestWorkingDaysBetween(t *testing.T) {
	civil := VietnamCivilService()
	tests := []struct {
		name     string
		from, to string
		want     int
	}{
		{"Fri 13/02/2026 to Mon 23/02/2026", "2026-02-13", "2026-02-23", 1},
		{"reversed", "2026-02-23", "2026-02-13", -1},
		{"the same day", "2026-02-23", "2026-02-23", 0},
		{"a break only", "2026-02-13", "2026-02-22", 0},
		// 2026: 261 weekdays; off on weekdays 1/1, 2/1, 16–20/2, 27/4,
		// 30/4, 1/5, 1/9, 2/9, 24/11 (13); Saturday 10/1 worked: 249.
		{"the year 2026 (hand count)", "2025-12-31", "2026-12-31", 249},
		{"30 working days from 15/01/2026", "2026-01-15", "2026-03-05", 30},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, civil.WorkingDaysBetween(mustDate(t, tc.from), mustDate(t, tc.to)))
		})
	}
	assert.Equal(t, 0, civil.WorkingDaysBetween(Date{}, DateOf(2026, time.January, 1)))
	assert.Equal(t, 0, civil.WorkingDaysBetween(DateOf(2026, time.January, 1), Date{}))
}

// naiveAdd is the reference for AddWorkingDays: step one day at a time.
func naiveAdd(c Calendar, d Date, n int) Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if d.IsZero() {
			return d
		}
		if c.IsWorkingDay(d) {
			n--
		}
	}
	return d
}

// TestAddWorkingDaysProperties checks AddWorkingDays against the naive
// reference and WorkingDaysBetween as its inverse, on random dates of
// 1990–2035 in the civil-service and statutory calendars.
func TestAddWorkingDaysProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 2026))
	base := DateOf(1990, time.January, 1)
	for _, c := range []Calendar{VietnamCivilService(), {}} {
		for range 300 {
			d := base.AddDays(r.IntN(46 * 365))
			n := r.IntN(120) + 1
			got := c.AddWorkingDays(d, n)
			require.Equal(t, naiveAdd(c, d, n), got, "%v + %d", d, n)
			require.True(t, c.IsWorkingDay(got), "%v + %d = %v", d, n, got)
			require.Equal(t, n, c.WorkingDaysBetween(d, got), "%v + %d = %v", d, n, got)
			require.Equal(t, -n, c.WorkingDaysBetween(got, d))
			require.True(t, c.AddWorkingDays(d, n-1).Before(got))

			back := c.AddWorkingDays(d, -n)
			require.Equal(t, naiveAdd(c, d, -n), back, "%v − %d", d, n)
			require.True(t, c.IsWorkingDay(back))
			// n working days in [back, d).
			require.Equal(t, n, c.WorkingDaysBetween(back.AddDays(-1), d.AddDays(-1)), "%v − %d = %v", d, n, back)
		}
	}
}
