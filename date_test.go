package chibo

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stdDate is the reference implementation the tests compare Date against:
// midnight UTC of the same civil day in the time package.
func stdDate(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// fromStd converts a time.Time built by stdDate back to a Date, or the zero
// Date when it lies outside 0001-01-01..9999-12-31.
func fromStd(t time.Time) Date {
	if t.Year() < 1 || t.Year() > 9999 {
		return Date{}
	}
	return DateOf(t.Year(), t.Month(), t.Day())
}

// stdDaysBetween counts whole days from a to b (both at midnight UTC). It
// uses Unix seconds rather than time.Duration, which overflows after about
// 292 years.
func stdDaysBetween(a, b time.Time) int {
	return int((b.Unix() - a.Unix()) / 86400)
}

// stdAddMonths is the reference for AddMonths and AddYears: move to the first
// of the target month with the time package, then clamp the day to that
// month's length (time.Date normalises day 0 of the next month to the last
// day of this one).
func stdAddMonths(y int, m time.Month, d, n int) Date {
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(first.Year(), first.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d > last {
		d = last
	}
	return fromStd(time.Date(first.Year(), first.Month(), d, 0, 0, 0, 0, time.UTC))
}

var (
	firstDate = DateOf(1, time.January, 1)
	lastDate  = DateOf(9999, time.December, 31)
)

func TestDateOf(t *testing.T) {
	tests := []struct {
		name  string
		y     int
		m     time.Month
		d     int
		valid bool
	}{
		{"ordinary day", 2021, time.July, 30, true},
		{"29/02 in a leap year divisible by 4", 2024, time.February, 29, true},
		{"29/02 in a common year", 2023, time.February, 29, false},
		{"29/02/1900: divisible by 100, not by 400, so common", 1900, time.February, 29, false},
		{"29/02/2000: divisible by 400, so leap", 2000, time.February, 29, true},
		{"28/02/1900 exists", 1900, time.February, 28, true},
		{"30/02 never exists", 2024, time.February, 30, false},
		{"31/04 does not exist", 2024, time.April, 31, false},
		{"30/04 exists", 2024, time.April, 30, true},
		{"31/12 exists", 2024, time.December, 31, true},
		{"day 0", 2024, time.January, 0, false},
		{"day 32", 2024, time.January, 32, false},
		{"negative day", 2024, time.January, -1, false},
		{"month 0", 2024, 0, 1, false},
		{"month 13 (no normalisation)", 2024, 13, 1, false},
		{"first valid day 0001-01-01", 1, time.January, 1, true},
		{"last valid day 9999-12-31", 9999, time.December, 31, true},
		{"year 0", 0, time.December, 31, false},
		{"negative year", -1, time.January, 1, false},
		{"year 10000", 10000, time.January, 1, false},
		{"huge year", math.MaxInt, time.January, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DateOf(tt.y, tt.m, tt.d)
			if !tt.valid {
				assert.True(t, got.IsZero(), "DateOf(%d, %d, %d) = %v, want the zero Date", tt.y, tt.m, tt.d, got)
				assert.False(t, got.IsValid())
				return
			}
			require.False(t, got.IsZero(), "DateOf(%d, %d, %d) is zero", tt.y, tt.m, tt.d)
			assert.True(t, got.IsValid())
			y, m, d := got.Date()
			assert.Equal(t, []int{tt.y, int(tt.m), tt.d}, []int{y, int(m), d})
			assert.Equal(t, tt.y, got.Year())
			assert.Equal(t, tt.m, got.Month())
			assert.Equal(t, tt.d, got.Day())
		})
	}
}

func TestDateFromTime(t *testing.T) {
	hanoi := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name string
		t    time.Time
		want Date
	}{
		{"UTC midnight", stdDate(2024, time.March, 1), DateOf(2024, time.March, 1)},
		{"the civil day is taken in t's own location", time.Date(2024, time.March, 1, 0, 30, 0, 0, hanoi), DateOf(2024, time.March, 1)},
		{"same instant seen in UTC is the day before", time.Date(2024, time.March, 1, 0, 30, 0, 0, hanoi).UTC(), DateOf(2024, time.February, 29)},
		{"late evening stays on its day", time.Date(2021, time.July, 30, 23, 59, 59, 999, hanoi), DateOf(2021, time.July, 30)},
		{"the zero time.Time is 0001-01-01", time.Time{}, firstDate},
		{"year 10000 is out of range", stdDate(10000, time.January, 1), Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, DateFromTime(tt.t))
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Date
	}{
		{"ISO", "2021-07-30", DateOf(2021, time.July, 30)},
		{"ISO leap day", "2024-02-29", DateOf(2024, time.February, 29)},
		{"ISO 2000 leap day", "2000-02-29", DateOf(2000, time.February, 29)},
		{"ISO first day", "0001-01-01", firstDate},
		{"ISO last day", "9999-12-31", lastDate},
		{"Vietnamese two-digit day and month", "30/07/2021", DateOf(2021, time.July, 30)},
		{"Vietnamese one-digit day and month", "2/9/1945", DateOf(1945, time.September, 2)},
		{"Vietnamese one-digit day, two-digit month", "3/02/2026", DateOf(2026, time.February, 3)},
		{"Vietnamese two-digit day, one-digit month", "19/5/2025", DateOf(2025, time.May, 19)},
		{"Vietnamese padded 02/01/2006 is 2 January", "02/01/2006", DateOf(2006, time.January, 2)},
		{"Vietnamese leap day", "29/02/1996", DateOf(1996, time.February, 29)},
		{"Vietnamese first day", "01/01/0001", firstDate},
		{"Vietnamese last day", "31/12/9999", lastDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.False(t, tt.want.IsZero(), "test table: want is zero")
			got, err := ParseDate(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseDate_errors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"empty", "", ErrDateSyntax},
		{"only spaces", "   ", ErrDateSyntax},
		{"leading space", " 2024-01-01", ErrDateSyntax},
		{"trailing space", "2024-01-01 ", ErrDateSyntax},
		{"trailing newline", "01/01/2024\n", ErrDateSyntax},
		{"ISO with one-digit month", "2024-1-01", ErrDateSyntax},
		{"ISO with one-digit day", "2024-01-1", ErrDateSyntax},
		{"ISO with a letter", "2024-0a-01", ErrDateSyntax},
		{"ISO with a sign", "+024-01-01", ErrDateSyntax},
		{"ISO with a time", "2024-01-01T00:00:00Z", ErrDateSyntax},
		{"ISO five-digit year", "10000-01-01", ErrDateSyntax},
		{"ISO with slashes", "2024/01/01", ErrDateSyntax},
		{"dotted", "01.01.2024", ErrDateSyntax},
		{"Vietnamese with dashes", "01-01-2024", ErrDateSyntax},
		{"Vietnamese two-digit year", "01/01/24", ErrDateSyntax},
		{"Vietnamese five-digit year", "01/01/20240", ErrDateSyntax},
		{"Vietnamese three-digit day", "001/01/2024", ErrDateSyntax},
		{"Vietnamese three-digit month", "01/001/2024", ErrDateSyntax},
		{"Vietnamese missing day", "/01/2024", ErrDateSyntax},
		{"Vietnamese missing year", "01/01/", ErrDateSyntax},
		{"Vietnamese trailing slash", "01/01/2024/", ErrDateSyntax},
		{"month and year only", "12/1946", ErrDateSyntax},
		{"letters", "abc", ErrDateSyntax},
		{"non-ASCII digits", "٠١/٠١/٢٠٢٤", ErrDateSyntax},
		{"Vietnamese day 32", "32/01/2024", ErrDateRange},
		{"Vietnamese 31 February", "31/02/2024", ErrDateRange},
		{"Vietnamese 29 February in a common year", "29/02/2023", ErrDateRange},
		{"Vietnamese 29 February 1900", "29/02/1900", ErrDateRange},
		{"Vietnamese day 0", "0/1/2024", ErrDateRange},
		{"Vietnamese month 13", "01/13/2024", ErrDateRange},
		{"Vietnamese year 0", "01/01/0000", ErrDateRange},
		{"ISO month 13", "2024-13-01", ErrDateRange},
		{"ISO month 0", "2024-00-01", ErrDateRange},
		{"ISO day 0", "2024-01-00", ErrDateRange},
		{"ISO 31 April", "2024-04-31", ErrDateRange},
		{"ISO year 0", "0000-01-01", ErrDateRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			require.Error(t, err)
			assert.True(t, got.IsZero(), "a failed parse returns the zero Date, got %v", got)
			assert.ErrorIs(t, err, tt.want)
			other := ErrDateRange
			if tt.want == ErrDateRange {
				other = ErrDateSyntax
			}
			assert.NotErrorIs(t, err, other)
			var de *DateError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.in, de.Text)
			assert.Equal(t, tt.want, de.Err)
			assert.Contains(t, err.Error(), tt.want.Error())
		})
	}
}

func TestDateError_Error(t *testing.T) {
	_, err := ParseDate("abc")
	require.Error(t, err)
	assert.Equal(t, `chibo: invalid date syntax: "abc" (want YYYY-MM-DD or DD/MM/YYYY)`, err.Error())
	assert.Equal(t, ErrDateSyntax, errors.Unwrap(err))
}

func TestDate_String_VN(t *testing.T) {
	tests := []struct {
		name    string
		d       Date
		wantISO string
		wantVN  string
	}{
		{"zero Date prints nothing", Date{}, "", ""},
		{"padded day and month", DateOf(1945, time.September, 2), "1945-09-02", "02/09/1945"},
		{"two-digit day and month", DateOf(2021, time.July, 30), "2021-07-30", "30/07/2021"},
		{"leap day", DateOf(1996, time.February, 29), "1996-02-29", "29/02/1996"},
		{"year padded to four digits", firstDate, "0001-01-01", "01/01/0001"},
		{"year 999", DateOf(999, time.December, 31), "0999-12-31", "31/12/0999"},
		{"last day", lastDate, "9999-12-31", "31/12/9999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantISO, tt.d.String())
			assert.Equal(t, tt.wantVN, tt.d.VN())
			if tt.d.IsZero() {
				return
			}
			// Both forms parse back to the same day.
			fromISO, err := ParseDate(tt.wantISO)
			require.NoError(t, err)
			assert.Equal(t, tt.d, fromISO)
			fromVN, err := ParseDate(tt.wantVN)
			require.NoError(t, err)
			assert.Equal(t, tt.d, fromVN)
		})
	}
}

func TestDate_MarshalText(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want string
	}{
		{"zero Date is empty text", Date{}, ""},
		{"a day is ISO", DateOf(2021, time.July, 30), "2021-07-30"},
		{"first day", firstDate, "0001-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.d.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			var back Date
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.d, back)
		})
	}
}

func TestDate_UnmarshalText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Date
		wantErr error
	}{
		{"empty text is the zero Date", "", Date{}, nil},
		{"ISO", "2016-07-25", DateOf(2016, time.July, 25), nil},
		{"Vietnamese", "25/07/2016", DateOf(2016, time.July, 25), nil},
		{"Vietnamese short", "1/7/2025", DateOf(2025, time.July, 1), nil},
		{"syntax error", "25.07.2016", Date{}, ErrDateSyntax},
		{"range error", "2016-02-30", Date{}, ErrDateRange},
		{"spaces are not empty", " ", Date{}, ErrDateSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Start from a non-zero Date so that "empty resets to zero" is observable.
			d := DateOf(1999, time.December, 31)
			err := d.UnmarshalText([]byte(tt.in))
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				var de *DateError
				require.ErrorAs(t, err, &de)
				assert.Equal(t, tt.in, de.Text)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, d)
		})
	}
}

func TestDate_JSON(t *testing.T) {
	type record struct {
		ID       string `json:"id"`
		Decision Date   `json:"decision"`
		Official Date   `json:"official"`
		Died     Date   `json:"died,omitzero"`
	}
	tests := []struct {
		name string
		rec  record
		want string
	}{
		{
			name: "zero Dates marshal to empty strings, omitzero drops them",
			rec:  record{ID: "a"},
			want: `{"id":"a","decision":"","official":""}`,
		},
		{
			name: "set Dates marshal as ISO",
			rec:  record{ID: "b", Decision: DateOf(2015, time.July, 26), Official: DateOf(2016, time.July, 26), Died: DateOf(2020, time.January, 14)},
			want: `{"id":"b","decision":"2015-07-26","official":"2016-07-26","died":"2020-01-14"}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.rec)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			var back record
			require.NoError(t, json.Unmarshal(b, &back))
			if diff := cmp.Diff(tt.rec, back); diff != "" {
				t.Errorf("JSON round trip (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("Vietnamese form is accepted on input", func(t *testing.T) {
		var r record
		require.NoError(t, json.Unmarshal([]byte(`{"id":"c","decision":"26/07/2015","official":""}`), &r))
		assert.Equal(t, DateOf(2015, time.July, 26), r.Decision)
		assert.True(t, r.Official.IsZero())
	})
	t.Run("a bad date is a *DateError naming the text", func(t *testing.T) {
		var r record
		err := json.Unmarshal([]byte(`{"decision":"31/02/2015"}`), &r)
		require.ErrorIs(t, err, ErrDateRange)
		var de *DateError
		require.ErrorAs(t, err, &de)
		assert.Equal(t, "31/02/2015", de.Text)
	})
	t.Run("a JSON number is not a date", func(t *testing.T) {
		var r record
		assert.Error(t, json.Unmarshal([]byte(`{"decision":20150726}`), &r))
	})
}

func TestDate_Compare(t *testing.T) {
	a := DateOf(2021, time.July, 29)
	b := DateOf(2021, time.July, 30)
	tests := []struct {
		name string
		d, e Date
		want int
	}{
		{"earlier day", a, b, -1},
		{"later day", b, a, 1},
		{"same day", b, DateOf(2021, time.July, 30), 0},
		{"year dominates month", DateOf(2020, time.December, 31), DateOf(2021, time.January, 1), -1},
		{"month dominates day", DateOf(2021, time.June, 30), DateOf(2021, time.July, 1), -1},
		{"zero before a day", Date{}, firstDate, -1},
		{"a day after zero", lastDate, Date{}, 1},
		{"zero equals zero", Date{}, Date{}, 0},
		{"first before last", firstDate, lastDate, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.Compare(tt.e))
			assert.Equal(t, -tt.want, tt.e.Compare(tt.d), "Compare is antisymmetric")
			assert.Equal(t, tt.want < 0, tt.d.Before(tt.e), "Before")
			assert.Equal(t, tt.want > 0, tt.d.After(tt.e), "After")
			assert.Equal(t, tt.want == 0, tt.d == tt.e, "== agrees with Compare")
			assert.Equal(t, tt.want == 0, tt.d.Equal(tt.e), "Equal agrees with Compare")
		})
	}
}

func TestDate_comparableMapKey(t *testing.T) {
	m := map[Date]string{
		DateOf(2025, time.February, 3): "3/2",
		DateOf(2025, time.May, 19):     "19/5",
	}
	d, err := ParseDate("3/2/2025")
	require.NoError(t, err)
	assert.Equal(t, "3/2", m[d])
	d, err = ParseDate("2025-05-19")
	require.NoError(t, err)
	assert.Equal(t, "19/5", m[d])
}

func TestDate_Weekday(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want time.Weekday
	}{
		{"0001-01-01 was a Monday (proleptic Gregorian)", firstDate, time.Monday},
		{"02/09/1945 was a Sunday", DateOf(1945, time.September, 2), time.Sunday},
		{"03/02/1930 was a Monday", DateOf(1930, time.February, 3), time.Monday},
		{"01/01/1970 was a Thursday", DateOf(1970, time.January, 1), time.Thursday},
		{"29/02/2000 was a Tuesday", DateOf(2000, time.February, 29), time.Tuesday},
		{"9999-12-31 is a Friday", lastDate, time.Friday},
		{"the zero Date reports Sunday", Date{}, time.Sunday},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.Weekday())
			if !tt.d.IsZero() {
				assert.Equal(t, stdDate(tt.d.Year(), tt.d.Month(), tt.d.Day()).Weekday(), tt.d.Weekday(), "time package")
			}
		})
	}

	t.Run("every day of 1899-2101 against the time package", func(t *testing.T) {
		d := DateOf(1899, time.January, 1)
		end := DateOf(2101, time.December, 31)
		for std := stdDate(1899, time.January, 1); !d.After(end); std = std.AddDate(0, 0, 1) {
			require.Equal(t, std.Weekday(), d.Weekday(), "Weekday of %v", d)
			require.Equal(t, fromStd(std), d, "consecutive days")
			d = d.AddDays(1)
		}
	})
}

func TestDate_AddDays(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		n    int
		want Date
	}{
		{"zero days", DateOf(2024, time.March, 1), 0, DateOf(2024, time.March, 1)},
		{"into a leap day", DateOf(2024, time.February, 28), 1, DateOf(2024, time.February, 29)},
		{"over a common year's February", DateOf(2023, time.February, 28), 1, DateOf(2023, time.March, 1)},
		{"back over a leap day", DateOf(2024, time.March, 1), -1, DateOf(2024, time.February, 29)},
		{"over a year end", DateOf(2024, time.December, 31), 1, DateOf(2025, time.January, 1)},
		{"a leap year is 366 days", DateOf(2024, time.January, 1), 366, DateOf(2025, time.January, 1)},
		{"1900 is 365 days", DateOf(1900, time.January, 1), 365, DateOf(1901, time.January, 1)},
		{"to the last valid day", DateOf(9999, time.December, 30), 1, lastDate},
		{"past the last valid day", lastDate, 1, Date{}},
		{"to the first valid day", DateOf(1, time.January, 2), -1, firstDate},
		{"before the first valid day", firstDate, -1, Date{}},
		{"whole range forward", firstDate, 3652058, lastDate},
		{"whole range back", lastDate, -3652058, firstDate},
		{"one past the whole range", firstDate, 3652059, Date{}},
		{"huge positive n", DateOf(2024, time.March, 1), math.MaxInt, Date{}},
		{"huge negative n", DateOf(2024, time.March, 1), math.MinInt, Date{}},
		{"zero Date stays zero", Date{}, 10, Date{}},
		{"zero Date with 1 day stays zero", Date{}, 1, Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.AddDays(tt.n), "%v + %d days", tt.d, tt.n)
			if tt.d.IsZero() || tt.n > 1e7 || tt.n < -1e7 {
				return
			}
			std := stdDate(tt.d.Year(), tt.d.Month(), tt.d.Day()).AddDate(0, 0, tt.n)
			assert.Equal(t, fromStd(std), tt.d.AddDays(tt.n), "time package")
		})
	}
}

func TestDate_AddMonths(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		n    int
		want Date
	}{
		{"no change", DateOf(2024, time.January, 31), 0, DateOf(2024, time.January, 31)},
		{"31/01/2024 + 1 month clamps to 29/02/2024 (leap)", DateOf(2024, time.January, 31), 1, DateOf(2024, time.February, 29)},
		{"31/01/2023 + 1 month clamps to 28/02/2023", DateOf(2023, time.January, 31), 1, DateOf(2023, time.February, 28)},
		{"31/03/2023 - 1 month clamps to 28/02/2023", DateOf(2023, time.March, 31), -1, DateOf(2023, time.February, 28)},
		{"31/05/2024 + 1 month clamps to 30/06/2024", DateOf(2024, time.May, 31), 1, DateOf(2024, time.June, 30)},
		{"clamping does not carry over: 31/01 + 2 months = 31/03", DateOf(2023, time.January, 31), 2, DateOf(2023, time.March, 31)},
		{"15/11/2024 + 3 months crosses the year", DateOf(2024, time.November, 15), 3, DateOf(2025, time.February, 15)},
		{"15/02/2025 - 3 months crosses back", DateOf(2025, time.February, 15), -3, DateOf(2024, time.November, 15)},
		{"-12 months is one year back", DateOf(2024, time.February, 29), -12, DateOf(2023, time.February, 28)},
		{"to December of the last year", DateOf(9999, time.November, 30), 1, DateOf(9999, time.December, 30)},
		{"past December 9999", DateOf(9999, time.December, 1), 1, Date{}},
		{"from January 0001 back to year 0", DateOf(1, time.January, 31), -1, Date{}},
		{"to January 0001", DateOf(1, time.February, 28), -1, DateOf(1, time.January, 28)},
		{"huge positive n", DateOf(2024, time.March, 1), math.MaxInt, Date{}},
		{"huge negative n", DateOf(2024, time.March, 1), math.MinInt, Date{}},
		{"zero Date stays zero", Date{}, 1, Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.AddMonths(tt.n), "%v + %d months", tt.d, tt.n)
			if tt.d.IsZero() || tt.n > 1e6 || tt.n < -1e6 {
				return
			}
			assert.Equal(t, stdAddMonths(tt.d.Year(), tt.d.Month(), tt.d.Day(), tt.n), tt.d.AddMonths(tt.n), "reference")
		})
	}
}

func TestDate_AddYears(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		n    int
		want Date
	}{
		{"29/02/1996 + 30 years clamps to 28/02/2026 (not 01/03)", DateOf(1996, time.February, 29), 30, DateOf(2026, time.February, 28)},
		{"29/02/1996 + 28 years is 29/02/2024 (leap again)", DateOf(1996, time.February, 29), 28, DateOf(2024, time.February, 29)},
		{"29/02/2000 + 100 years: 2100 is common", DateOf(2000, time.February, 29), 100, DateOf(2100, time.February, 28)},
		{"29/02/2000 + 400 years: 2400 is leap", DateOf(2000, time.February, 29), 400, DateOf(2400, time.February, 29)},
		{"29/02/2024 - 1 year", DateOf(2024, time.February, 29), -1, DateOf(2023, time.February, 28)},
		{"decision 26/07/2015 + 30 years", DateOf(2015, time.July, 26), 30, DateOf(2045, time.July, 26)},
		{"decision 19/05/1975 + 50 years", DateOf(1975, time.May, 19), 50, DateOf(2025, time.May, 19)},
		{"to the last valid year", DateOf(9000, time.December, 31), 999, lastDate},
		{"past the last valid year", DateOf(9000, time.January, 1), 1000, Date{}},
		{"back to year 0", DateOf(1, time.December, 31), -1, Date{}},
		{"n above the year range", firstDate, 10000, Date{}},
		{"n far above the year range", firstDate, math.MaxInt, Date{}},
		{"n far below the year range", lastDate, math.MinInt, Date{}},
		{"zero Date stays zero", Date{}, 30, Date{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.AddYears(tt.n), "%v + %d years", tt.d, tt.n)
			if tt.d.IsZero() || tt.n > 1e5 || tt.n < -1e5 {
				return
			}
			assert.Equal(t, stdAddMonths(tt.d.Year(), tt.d.Month(), tt.d.Day(), 12*tt.n), tt.d.AddYears(tt.n), "reference")
			assert.Equal(t, tt.d.AddMonths(12*tt.n), tt.d.AddYears(tt.n), "AddYears(n) = AddMonths(12n)")
		})
	}
}

func TestDate_DaysUntil(t *testing.T) {
	tests := []struct {
		name string
		d, e Date
		want int
	}{
		{"same day", DateOf(2024, time.March, 1), DateOf(2024, time.March, 1), 0},
		{"leap February", DateOf(2024, time.February, 1), DateOf(2024, time.March, 1), 29},
		{"common February", DateOf(2023, time.February, 1), DateOf(2023, time.March, 1), 28},
		{"backwards is negative", DateOf(2024, time.March, 1), DateOf(2024, time.February, 1), -29},
		{"whole range", firstDate, lastDate, 3652058},
		{"whole range backwards", lastDate, firstDate, -3652058},
		{"zero start", Date{}, DateOf(2024, time.March, 1), 0},
		{"zero end", DateOf(2024, time.March, 1), Date{}, 0},
		{"both zero", Date{}, Date{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.DaysUntil(tt.e))
			if tt.d.IsZero() || tt.e.IsZero() {
				return
			}
			std := stdDaysBetween(stdDate(tt.d.Year(), tt.d.Month(), tt.d.Day()), stdDate(tt.e.Year(), tt.e.Month(), tt.e.Day()))
			assert.Equal(t, std, tt.d.DaysUntil(tt.e), "time package")
			assert.Equal(t, tt.e, tt.d.AddDays(tt.d.DaysUntil(tt.e)), "d + DaysUntil(e) = e")
		})
	}
}

func TestMinMax(t *testing.T) {
	a := DateOf(2021, time.July, 30)
	b := DateOf(2025, time.July, 1)
	tests := []struct {
		name       string
		d, e       Date
		wantMin    Date
		wantMaxVal Date
	}{
		{"ordered", a, b, a, b},
		{"reversed", b, a, a, b},
		{"equal", a, a, a, a},
		{"Min ignores a zero first argument", Date{}, a, a, a},
		{"Min ignores a zero second argument", a, Date{}, a, a},
		{"both zero", Date{}, Date{}, Date{}, Date{}},
		{"range ends", firstDate, lastDate, firstDate, lastDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantMin, Min(tt.d, tt.e), "Min")
			assert.Equal(t, tt.wantMaxVal, Max(tt.d, tt.e), "Max")
		})
	}
}

func TestDate_IsZero_IsValid(t *testing.T) {
	tests := []struct {
		name      string
		d         Date
		wantZero  bool
		wantValid bool
	}{
		{"zero value", Date{}, true, false},
		{"invalid DateOf is zero", DateOf(2023, time.February, 29), true, false},
		{"failed parse is zero", func() Date { d, _ := ParseDate("x"); return d }(), true, false},
		{"out-of-range arithmetic is zero", lastDate.AddDays(1), true, false},
		{"first day", firstDate, false, true},
		{"last day", lastDate, false, true},
		{"ordinary day", DateOf(2026, time.November, 29), false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.wantZero, tt.d.IsZero(), "IsZero")
			assert.Equal(t, tt.wantValid, tt.d.IsValid(), "IsValid")
		})
	}
}

func TestDate_zeroAccessors(t *testing.T) {
	var d Date
	y, m, dd := d.Date()
	assert.Equal(t, []int{0, 0, 0}, []int{y, int(m), dd})
	assert.Equal(t, 0, d.Year())
	assert.Equal(t, time.Month(0), d.Month())
	assert.Equal(t, 0, d.Day())
}

// TestDate_property compares Date with the time package on pseudo-random
// dates spread over the whole valid range (fixed seed, so reproducible).
func TestDate_property(t *testing.T) {
	rng := rand.New(rand.NewPCG(20210730, 20250701))
	origin := stdDate(1, time.January, 1)
	const span = 3652059 // days from 0001-01-01 to 9999-12-31 inclusive
	for i := 0; i < 5000; i++ {
		std := origin.AddDate(0, 0, rng.IntN(span))
		y, m, dd := std.Date()
		d := DateOf(y, m, dd)
		require.True(t, d.IsValid(), "DateOf(%v)", std)

		gy, gm, gd := d.Date()
		require.Equal(t, []int{y, int(m), dd}, []int{gy, int(gm), gd}, "Date() of %v", std)
		require.Equal(t, std.Weekday(), d.Weekday(), "Weekday of %v", std)
		require.Equal(t, std.Format("2006-01-02"), d.String(), "String of %v", std)
		require.Equal(t, std.Format("02/01/2006"), d.VN(), "VN of %v", std)

		// Days: both near (within a few years) and far (across the range).
		for _, k := range []int{rng.IntN(2001) - 1000, rng.IntN(2*span+1) - span} {
			want := fromStd(std.AddDate(0, 0, k))
			got := d.AddDays(k)
			require.Equal(t, want, got, "%v + %d days", d, k)
			if !want.IsZero() {
				require.Equal(t, k, d.DaysUntil(got), "%v.DaysUntil(%v)", d, got)
				require.Equal(t, stdDaysBetween(std, std.AddDate(0, 0, k)), d.DaysUntil(got))
			}
		}

		// Months and years with the end-of-month clamp.
		n := rng.IntN(2401) - 1200
		require.Equal(t, stdAddMonths(y, m, dd, n), d.AddMonths(n), "%v + %d months", d, n)
		ny := rng.IntN(201) - 100
		require.Equal(t, stdAddMonths(y, m, dd, 12*ny), d.AddYears(ny), "%v + %d years", d, ny)

		// A second random date for the comparisons.
		std2 := origin.AddDate(0, 0, rng.IntN(span))
		e := DateFromTime(std2)
		require.Equal(t, std.Compare(std2), d.Compare(e), "Compare(%v, %v)", d, e)
		require.Equal(t, stdDaysBetween(std, std2), d.DaysUntil(e), "DaysUntil(%v, %v)", d, e)
	}
}

// civilClassic is H. Hinnant's civil_from_days, the reference for the faster
// algorithm the package uses.
func civilClassic(z int) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func TestCivilFromDaysEveryDay(t *testing.T) {
	for n := int32(1); n <= maxN; n++ {
		z := int(n) - epochShift
		y1, m1, d1 := civilFromDays(z)
		y2, m2, d2 := civilClassic(z)
		if y1 != y2 || m1 != m2 || d1 != d2 {
			t.Fatalf("day %d: %d-%d-%d, want %d-%d-%d", z, y1, m1, d1, y2, m2, d2)
		}
	}
}

// daysClassic is H. Hinnant's days_from_civil, the reference for the faster
// algorithm the package uses.
func daysClassic(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func TestDaysFromCivilEveryDay(t *testing.T) {
	for n := int32(1); n <= maxN; n++ {
		z := int(n) - epochShift
		y, m, d := civilClassic(z)
		if got, want := daysFromCivil(y, m, d), daysClassic(y, m, d); got != want || got != z {
			t.Fatalf("%d-%02d-%02d: %d, want %d", y, m, d, got, want)
		}
	}
}
