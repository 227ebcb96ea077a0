package chibo_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/chibo-go/chibo"
)

// TestDate_AppendVN checks AppendVN against VN on every valid day and on
// the zero Date, appended after a prefix.
func TestDate_AppendVN(t *testing.T) {
	assert.Equal(t, "x", string(chibo.Date{}.AppendVN([]byte("x"))), "the zero Date appends nothing")
	buf := make([]byte, 0, 16)
	days := 0
	for d := chibo.DateOf(1, time.January, 1); !d.IsZero(); d = d.AddDays(1) {
		days++
		buf = d.AppendVN(append(buf[:0], "ngày "...))
		if got, want := string(buf), "ngày "+d.VN(); got != want {
			t.Fatalf("AppendVN(%s) = %q, want %q", d, got, want)
		}
	}
	assert.Equal(t, 3652059, days, "every day from 0001-01-01 to 9999-12-31")
}

func TestSpan_AppendVN_AppendEN(t *testing.T) {
	spans := []chibo.Span{
		{}, {Years: 1, Months: 1, Days: 1}, {Years: 29, Months: 11, Days: 5}, {Years: 63, Months: 1, Days: 26},
		{Years: 1, Months: 2, Days: 1}, {Years: 10, Months: 0, Days: 31}, {Years: -1, Months: -1, Days: -2},
		{Years: 9998, Months: 11, Days: 30},
	}
	for y := range 3 {
		for m := range 3 {
			for d := range 3 {
				spans = append(spans, chibo.Span{Years: y, Months: m, Days: d})
			}
		}
	}
	for _, s := range spans {
		assert.Equal(t, "("+s.VN(), string(s.AppendVN([]byte("("))), "%+v", s)
		assert.Equal(t, "("+s.EN(), string(s.AppendEN([]byte("("))), "%+v", s)
	}
}

// TestAppenders_noAllocs: appending into a buffer with room allocates
// nothing.
func TestAppenders_noAllocs(t *testing.T) {
	d := chibo.DateOf(2026, time.September, 2)
	s := chibo.Span{Years: 63, Months: 2, Days: 26}
	buf := make([]byte, 0, 256)
	allocs := testing.AllocsPerRun(100, func() {
		b := d.AppendVN(buf[:0])
		b = s.AppendVN(b)
		b = s.AppendEN(b)
		_ = b
	})
	assert.Zero(t, allocs)
}

func ExampleDate_AppendVN() {
	party := chibo.Span{Years: 45, Months: 0, Days: 1}
	b := []byte("Đủ tuổi đảng ngày ")
	b = chibo.DateOf(2026, time.September, 2).AppendVN(b)
	b = append(b, ": "...)
	b = party.AppendVN(b)
	b = append(b, " / "...)
	b = party.AppendEN(b)
	fmt.Println(string(b))
	// Output: Đủ tuổi đảng ngày 02/09/2026: 45 năm 0 tháng 1 ngày / 45 years 0 months 1 day
}
