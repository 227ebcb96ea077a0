package chibo

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBetween(t *testing.T) {
	tests := []struct {
		name string
		d, e Date
		want Span
	}{
		{
			name: "same day is the zero Span",
			d:    DateOf(2021, time.July, 30), e: DateOf(2021, time.July, 30),
			want: Span{},
		},
		{
			name: "one day",
			d:    DateOf(2021, time.July, 30), e: DateOf(2021, time.July, 31),
			want: Span{Days: 1},
		},
		{
			name: "one whole month",
			d:    DateOf(2021, time.July, 30), e: DateOf(2021, time.August, 30),
			want: Span{Months: 1},
		},
		{
			name: "a day short of a month",
			d:    DateOf(2021, time.July, 30), e: DateOf(2021, time.August, 29),
			want: Span{Days: 30},
		},
		{
			// 31/01/2023 + 1 month clamps to 28/02/2023, which is on or
			// before e, so m = 1 and nothing is left over.
			name: "31/01/2023 to 28/02/2023 is 1 month: +1 month clamps to 28/02",
			d:    DateOf(2023, time.January, 31), e: DateOf(2023, time.February, 28),
			want: Span{Months: 1},
		},
		{
			// 31/01/2023 + 1 month = 28/02/2023 is after 27/02, so m = 0 and
			// the 27 days from 31/01 remain.
			name: "31/01/2023 to 27/02/2023 is 27 days: +1 month (28/02) overshoots",
			d:    DateOf(2023, time.January, 31), e: DateOf(2023, time.February, 27),
			want: Span{Days: 27},
		},
		{
			// In a leap year 31/01 + 1 month = 29/02, which is after 28/02.
			name: "31/01/2024 to 28/02/2024 is 28 days: +1 month is 29/02 in a leap year",
			d:    DateOf(2024, time.January, 31), e: DateOf(2024, time.February, 28),
			want: Span{Days: 28},
		},
		{
			name: "31/01/2024 to 29/02/2024 is 1 month: +1 month clamps to 29/02",
			d:    DateOf(2024, time.January, 31), e: DateOf(2024, time.February, 29),
			want: Span{Months: 1},
		},
		{
			// 31/01/2023 + 1 month = 28/02; then 1 day to 01/03.
			name: "31/01/2023 to 01/03/2023 is 1 month 1 day: the anchor is the clamped 28/02",
			d:    DateOf(2023, time.January, 31), e: DateOf(2023, time.March, 1),
			want: Span{Months: 1, Days: 1},
		},
		{
			// 28/02/2023 + 1 month = 28/03; 3 days to 31/03.
			name: "28/02/2023 to 31/03/2023 is 1 month 3 days: no clamp going forward from 28/02",
			d:    DateOf(2023, time.February, 28), e: DateOf(2023, time.March, 31),
			want: Span{Months: 1, Days: 3},
		},
		{
			// 31/03 + 1 month = 30/04 (clamped), which is e.
			name: "31/03/2023 to 30/04/2023 is 1 month: +1 month clamps to 30/04",
			d:    DateOf(2023, time.March, 31), e: DateOf(2023, time.April, 30),
			want: Span{Months: 1},
		},
		{
			// 29/02/1996 + 30 years clamps to 28/02/2026.
			name: "29/02/1996 to 28/02/2026 is 30 years: +30 years clamps to 28/02",
			d:    DateOf(1996, time.February, 29), e: DateOf(2026, time.February, 28),
			want: Span{Years: 30},
		},
		{
			name: "29/02/1996 to 27/02/2026 is 29 years 11 months 29 days",
			d:    DateOf(1996, time.February, 29), e: DateOf(2026, time.February, 27),
			// +359 months = 29/01/2026; 29 days to 27/02/2026.
			want: Span{Years: 29, Months: 11, Days: 29},
		},
		{
			name: "year boundary: 15/11/2024 to 14/02/2025",
			d:    DateOf(2024, time.November, 15), e: DateOf(2025, time.February, 14),
			// +2 months = 15/01/2025; 30 days to 14/02/2025.
			want: Span{Months: 2, Days: 30},
		},
		{
			// badge.md T1: decision 26/07/2015, 30-year milestone 26/07/2045,
			// round 02/09/2045.
			name: "badge.md T1: 26/07/2015 to round 02/09/2045",
			d:    DateOf(2015, time.July, 26), e: DateOf(2045, time.September, 2),
			want: Span{Years: 30, Months: 1, Days: 7},
		},
		{
			// badge.md T9: milestone 10/08/2026, round 02/09/2025 is
			// "11 months 8 days early".
			name: "badge.md T9: 02/09/2025 to 10/08/2026 is 11 months 8 days",
			d:    DateOf(2025, time.September, 2), e: DateOf(2026, time.August, 10),
			want: Span{Months: 11, Days: 8},
		},
		{
			// badge.md T9: round 19/05/2025 is "14 months 22 days early".
			name: "badge.md T9: 19/05/2025 to 10/08/2026 is 1 year 2 months 22 days",
			d:    DateOf(2025, time.May, 19), e: DateOf(2026, time.August, 10),
			want: Span{Years: 1, Months: 2, Days: 22},
		},
		{
			// badge.md T10: milestone 01/12/2027, round 07/11/2025 is
			// "24 months 24 days early".
			name: "badge.md T10: 07/11/2025 to 01/12/2027 is 2 years 24 days",
			d:    DateOf(2025, time.November, 7), e: DateOf(2027, time.December, 1),
			want: Span{Years: 2, Days: 24},
		},
		{
			name: "whole valid range",
			d:    firstDate, e: lastDate,
			want: Span{Years: 9998, Months: 11, Days: 30},
		},
		{
			name: "e before d is the zero Span",
			d:    DateOf(2021, time.July, 30), e: DateOf(2021, time.July, 29),
			want: Span{},
		},
		{
			name: "zero start is the zero Span",
			d:    Date{}, e: DateOf(2021, time.July, 30),
			want: Span{},
		},
		{
			name: "zero end is the zero Span",
			d:    DateOf(2021, time.July, 30), e: Date{},
			want: Span{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Between(tt.d, tt.e)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Between(%s, %s) (-want +got):\n%s", tt.d.VN(), tt.e.VN(), diff)
			}
		})
	}
}

// TestBetween_LamDong checks the Lâm Đồng Q&A quoted in rules/badge.md R4.11
// and T12: a member who joined in December 1946 and died on 04/02/2010 had
// "63 năm 1 tháng 26 ngày" of party age. The source gives only the month of
// admission.
//
// Under the documented rule (the largest m with d.AddMonths(m) on or before
// e, then the days left), 63 years 1 month 26 days ending on 04/02/2010
// needs an anchor of 04/02/2010 - 26 days = 09/01/2010, and so a start of
// 09/01/2010 - 757 months = 09/12/1946 (neither December nor January is
// short, so no clamping is involved). Worked forward: 09/12/1946 + 757
// months = 09/01/2010, + 26 days = 04/02/2010. No other day of December 1946
// reproduces the figure: counting from the start of the month, 01/12/1946,
// gives 63 years 2 months 3 days. The source's start day is therefore most
// likely 09/12/1946; the test asserts what the rule gives for each start and
// does not bend the rule to the source.
func TestBetween_LamDong(t *testing.T) {
	died := DateOf(2010, time.February, 4)
	sourceFigure := Span{Years: 63, Months: 1, Days: 26}

	tests := []struct {
		name  string
		start Date
		want  Span
	}{
		{"from 09/12/1946 reproduces the source's 63y 1m 26d", DateOf(1946, time.December, 9), sourceFigure},
		// 01/12/1946 + 758 months = 01/02/2010; 3 days to 04/02/2010.
		{"from 01/12/1946 (start of the month) gives 63y 2m 3d", DateOf(1946, time.December, 1), Span{Years: 63, Months: 2, Days: 3}},
		// 31/12/1946 + 757 months = 31/01/2010; 4 days to 04/02/2010.
		{"from 31/12/1946 gives 63y 1m 4d", DateOf(1946, time.December, 31), Span{Years: 63, Months: 1, Days: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Between(tt.start, died)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.want.VN(), got.VN())
		})
	}

	t.Run("09/12 is the only day of December 1946 that gives the source figure", func(t *testing.T) {
		var matches []Date
		for day := 1; day <= 31; day++ {
			start := DateOf(1946, time.December, day)
			if Between(start, died) == sourceFigure {
				matches = append(matches, start)
			}
		}
		assert.Equal(t, []Date{DateOf(1946, time.December, 9)}, matches)
	})

	t.Run("the source wording", func(t *testing.T) {
		assert.Equal(t, "63 năm 1 tháng 26 ngày", Between(DateOf(1946, time.December, 9), died).VN())
	})
}

// TestBetween_property checks the documented definition of Between on
// pseudo-random pairs of dates (fixed seed): with m = TotalMonths,
// d.AddMonths(m) is on or before e, d.AddMonths(m+1) is after e (or out of
// range), Days is what remains, and Months stays in 0..11. It also checks
// that Between(d, d.AddYears(N)) is exactly N years, the convention party
// age relies on.
func TestBetween_property(t *testing.T) {
	rng := rand.New(rand.NewPCG(19461209, 20100204))
	origin := stdDate(1, time.January, 1)
	const span = 3652059
	for i := 0; i < 3000; i++ {
		d := fromStd(origin.AddDate(0, 0, rng.IntN(span)))
		require.True(t, d.IsValid())

		e := d.AddDays(rng.IntN(40 * 366))
		if e.IsZero() {
			e = lastDate
		}
		s := Between(d, e)
		require.GreaterOrEqual(t, s.Years, 0)
		require.GreaterOrEqual(t, s.Days, 0)
		require.True(t, s.Months >= 0 && s.Months < 12, "Between(%v, %v) = %v: months out of 0..11", d, e, s)
		anchor := d.AddMonths(s.TotalMonths())
		require.False(t, anchor.After(e), "Between(%v, %v) = %v: %v + %d months is after e", d, e, s, d, s.TotalMonths())
		require.Equal(t, e, anchor.AddDays(s.Days), "Between(%v, %v) = %v: anchor + days", d, e, s)
		if next := d.AddMonths(s.TotalMonths() + 1); !next.IsZero() {
			require.True(t, next.After(e), "Between(%v, %v) = %v: one more month (%v) still fits", d, e, s, next)
		}

		n := 1 + rng.IntN(90)
		if milestone := d.AddYears(n); !milestone.IsZero() {
			require.Equal(t, Span{Years: n}, Between(d, milestone), "Between(%v, %v + %d years)", d, d, n)
			require.Equal(t, Span{}, Between(milestone, d), "reversed is the zero Span")
			// One day short of the milestone is never N years.
			require.Less(t, Between(d, milestone.AddDays(-1)).Years, n)
		}
	}

	t.Run("every day of a leap year and of a common year to +30 years", func(t *testing.T) {
		for _, start := range []Date{DateOf(1996, time.January, 1), DateOf(1995, time.January, 1)} {
			for d := start; d.Year() == start.Year(); d = d.AddDays(1) {
				require.Equal(t, Span{Years: 30}, Between(d, d.AddYears(30)), "Between(%v, %v)", d, d.AddYears(30))
			}
		}
	})
}

func TestSpan_TotalMonths(t *testing.T) {
	tests := []struct {
		name string
		s    Span
		want int
	}{
		{"zero", Span{}, 0},
		{"days are ignored", Span{Days: 30}, 0},
		{"months only", Span{Months: 11}, 11},
		{"years and months", Span{Years: 29, Months: 11, Days: 5}, 359},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.s.TotalMonths())
		})
	}
}

func TestSpan_strings(t *testing.T) {
	tests := []struct {
		name                  string
		s                     Span
		wantStr, wantVN, want string
	}{
		{"zero", Span{}, "0y 0m 0d", "0 năm 0 tháng 0 ngày", "0 years 0 months 0 days"},
		{"doc example", Span{Years: 29, Months: 11, Days: 5}, "29y 11m 5d", "29 năm 11 tháng 5 ngày", "29 years 11 months 5 days"},
		{"party age", Span{Years: 63, Months: 2, Days: 26}, "63y 2m 26d", "63 năm 2 tháng 26 ngày", "63 years 2 months 26 days"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantStr, tt.s.String())
			assert.Equal(t, tt.wantVN, tt.s.VN())
			assert.Equal(t, tt.want, tt.s.EN())
		})
	}
}

// TestRegression_SpanENSingular: Span.EN is user-facing English (reason
// texts quote it), but it always uses the plural, so the Lâm Đồng party age
// reads "63 years 1 months 26 days". A count of exactly 1 should take the
// singular: "1 year", "1 month", "1 day".
func TestRegression_SpanENSingular(t *testing.T) {
	tests := []struct {
		name string
		s    Span
		want string
	}{
		{"one month", Span{Years: 63, Months: 1, Days: 26}, "63 years 1 month 26 days"},
		{"one year and one day", Span{Years: 1, Months: 2, Days: 1}, "1 year 2 months 1 day"},
		{"all ones", Span{Years: 1, Months: 1, Days: 1}, "1 year 1 month 1 day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.s.EN())
		})
	}
}

func TestFullYearsAgreesWithBetween(t *testing.T) {
	// FullYears is Between(d, e).Years by definition; check it over many pairs,
	// month ends and 29/02 included.
	starts := []Date{DateOf(1996, 2, 29), DateOf(2000, 1, 31), DateOf(1975, 5, 19), DateOf(1946, 12, 1)}
	for _, d := range starts {
		for k := 0; k < 40*366; k += 7 {
			e := d.AddDays(k)
			if got, want := FullYears(d, e), Between(d, e).Years; got != want {
				t.Fatalf("FullYears(%s, %s) = %d, want %d", d, e, got, want)
			}
		}
	}
	if FullYears(Date{}, DateOf(2000, 1, 1)) != 0 || FullYears(DateOf(2000, 1, 2), DateOf(2000, 1, 1)) != 0 {
		t.Fatal("zero or reversed dates must give 0")
	}
}
