package branch

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkCompliance checks a year of a cell's meetings: a regular meeting
// every month and a thematic one every quarter, 16 meetings, all in order.
func BenchmarkCompliance(b *testing.B) {
	cell := &Organisation{ID: "c", Name: "Chi bộ thôn Nà Vài", Kind: Cell, Secretary: "m1"}
	var meetings []Meeting
	for m := 1; m <= 12; m++ {
		meetings = append(meetings, meet(fmt.Sprintf("r-%02d", m), "c", Regular, fmt.Sprintf("2025-%02d-05", m), "19:30", "21:00"))
		if m%3 == 2 {
			meetings = append(meetings, meet(fmt.Sprintf("t-%02d", m), "c", Thematic, fmt.Sprintf("2025-%02d-20", m), "19:30", "21:00"))
		}
	}
	require.Len(b, meetings, 16)
	from, to := day("2025-01-01"), day("2025-12-31")
	rules := ScheduleRules{NoCellCommitteeMeeting: true}
	require.Empty(b, Compliance(cell, meetings, from, to, rules))
	b.ReportAllocs()
	for b.Loop() {
		Compliance(cell, meetings, from, to, rules)
	}
}

// BenchmarkReadFile decodes and validates the example of File's
// documentation.
func BenchmarkReadFile(b *testing.B) {
	_, errs := ReadFile(strings.NewReader(docExample))
	require.Empty(b, errs)
	b.ReportAllocs()
	b.SetBytes(int64(len(docExample)))
	for b.Loop() {
		ReadFile(strings.NewReader(docExample))
	}
}
