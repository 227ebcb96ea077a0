package branch

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
)

// meet returns a meeting record of org with the given times.
func meet(id, org string, kind MeetingKind, date, start, end string) Meeting {
	return Meeting{ID: id, Org: org, Kind: kind, Date: day(date), Start: clock(start), End: clock(end), ResultsPercent: -1}
}

// committeeYear returns a committee meeting of org on the 15th of every
// month of year, except the months listed.
func committeeYear(org string, year int, except ...int) []Meeting {
	var out []Meeting
	for m := 1; m <= 12; m++ {
		if slices.Contains(except, m) {
			continue
		}
		out = append(out, meet(fmt.Sprintf("du-%d-%02d", year, m), org, Committee, fmt.Sprintf("%d-%02d-15", year, m), "08:00", "10:00"))
	}
	return out
}

// finding is a Finding without its wording.
type finding struct {
	Month   chibo.Date
	Meeting string
	Rule    string
}

func findings(fs []Finding) []finding {
	var out []finding
	for _, f := range fs {
		out = append(out, finding{f.Month, f.Meeting, f.Rule})
	}
	return out
}

// TestCompliance checks the meeting schedule of cells and committees.
func TestCompliance(t *testing.T) {
	cell := &Organisation{ID: "c", Name: "Chi bộ thôn Nà Vài", Kind: Cell, Secretary: "m1", Deputies: []string{"m2"}}
	alone := &Organisation{ID: "c", Name: "Chi bộ thôn Nà Vài", Kind: Cell, Secretary: "m1"}
	committee := &Organisation{ID: "d", Name: "Đảng bộ xã Thổ Bình", Kind: GrassRootsCommittee}
	q1 := []Meeting{
		meet("cu-01", "c", CellCommittee, "2025-01-03", "19:00", "19:45"),
		meet("r-01", "c", Regular, "2025-01-05", "19:00", "20:30"),
		meet("t-01", "c", Thematic, "2025-01-20", "19:00", "20:30"),
		meet("cu-02", "c", CellCommittee, "2025-02-03", "19:00", "19:45"),
		meet("r-02", "c", Regular, "2025-02-05", "19:00", "20:30"),
		meet("cu-03", "c", CellCommittee, "2025-03-03", "19:00", "19:45"),
		meet("r-03", "c", Regular, "2025-03-05", "19:00", "20:30"),
	}
	without := func(ms []Meeting, id string) []Meeting {
		return slices.DeleteFunc(slices.Clone(ms), func(m Meeting) bool { return m.ID == id })
	}
	q2 := []Meeting{
		meet("cu-04", "c", CellCommittee, "2025-04-03", "19:00", "19:45"),
		meet("r-04", "c", Regular, "2025-04-05", "19:00", "20:30"),
		meet("cu-05", "c", CellCommittee, "2025-05-03", "19:00", "19:45"),
		meet("r-05", "c", Regular, "2025-05-05", "19:00", "20:30"),
		meet("cu-06", "c", CellCommittee, "2025-06-03", "19:00", "19:45"),
		meet("r-06", "c", Regular, "2025-06-05", "19:00", "20:30"),
	}
	quarterly := []Meeting{
		meet("du-02", "d", Committee, "2025-02-10", "08:00", "10:00"),
		meet("du-05", "d", Committee, "2025-05-10", "08:00", "10:00"),
		meet("du-08", "d", Committee, "2025-08-10", "08:00", "10:00"),
		meet("du-11", "d", Committee, "2025-11-10", "08:00", "10:00"),
		meet("hn-07", "d", Plenary, "2025-07-05", "08:00", "11:00"),
		meet("hn-12", "d", Plenary, "2025-12-20", "08:00", "11:00"),
	}
	plenaries := []Meeting{
		meet("hn-07", "d", Plenary, "2025-07-05", "08:00", "11:00"),
		meet("hn-12", "d", Plenary, "2025-12-20", "08:00", "11:00"),
	}

	tests := []struct {
		name     string
		org      *Organisation
		meetings []Meeting
		from, to string
		rules    ScheduleRules
		want     []finding
	}{
		{"B1 B2 B5 a quarter kept in full", cell, q1, "2025-01-01", "2025-03-31", ScheduleRules{}, nil},
		{"B1 a month without a regular meeting",
			cell, without(q1, "r-02"), "2025-01-01", "2025-03-31", ScheduleRules{},
			[]finding{{day("2025-02-01"), "", RuleMonthly}}},
		{"B1 meetings of another organisation do not count",
			cell, []Meeting{meet("x", "other", Regular, "2025-01-05", "19:00", "20:30")}, "2025-01-01", "2025-01-31", ScheduleRules{},
			[]finding{{day("2025-01-01"), "", RuleMonthly}}},
		{"B1 a chi bộ cơ sở meets monthly too",
			&Organisation{ID: "c", Kind: GrassRootsCell}, nil, "2025-02-01", "2025-02-28", ScheduleRules{},
			[]finding{{day("2025-02-01"), "", RuleMonthly}}},
		{"B2 the cell committee meets after the regular meeting",
			cell, []Meeting{meet("r-01", "c", Regular, "2025-01-05", "19:00", "20:30"), meet("cu-01", "c", CellCommittee, "2025-01-10", "19:00", "19:45")},
			"2025-01-01", "2025-01-31", ScheduleRules{},
			[]finding{{day("2025-01-01"), "r-01", RuleCommitteeFirst}}},
		{"B2 the cell committee meets the same day, before",
			cell, []Meeting{meet("r-01", "c", Regular, "2025-01-05", "19:00", "20:30"), meet("cu-01", "c", CellCommittee, "2025-01-05", "17:00", "17:45")},
			"2025-01-01", "2025-01-31", ScheduleRules{}, nil},
		{"B2 no cell-committee meeting in the month",
			cell, without(q1, "cu-02"), "2025-01-01", "2025-03-31", ScheduleRules{},
			[]finding{{day("2025-02-01"), "r-02", RuleCommitteeFirst}}},
		{"B2 the month's first regular meeting is the one the committee must precede",
			cell, []Meeting{
				meet("r-a", "c", Regular, "2025-01-05", "19:00", "20:30"),
				meet("cu-01", "c", CellCommittee, "2025-01-08", "19:00", "19:45"),
				meet("r-b", "c", Regular, "2025-01-20", "19:00", "20:30"),
			}, "2025-01-01", "2025-01-31", ScheduleRules{},
			[]finding{{day("2025-01-01"), "r-a", RuleCommitteeFirst}}},
		{"B2 waived for a cell whose secretary is its only officer",
			alone, []Meeting{meet("r-01", "c", Regular, "2025-01-05", "19:00", "20:30")},
			"2025-01-01", "2025-01-31", ScheduleRules{NoCellCommitteeMeeting: true}, nil},
		{"B2 not waived for a cell with a deputy",
			cell, []Meeting{meet("r-01", "c", Regular, "2025-01-05", "19:00", "20:30")},
			"2025-01-01", "2025-01-31", ScheduleRules{NoCellCommitteeMeeting: true},
			[]finding{{day("2025-01-01"), "r-01", RuleCommitteeFirst}}},
		{"B5 no thematic meeting in the second quarter",
			cell, q2, "2025-04-01", "2025-06-30", ScheduleRules{},
			[]finding{{day("2025-04-01"), "", RuleQuarterly}}},
		{"B5 a combined meeting is the quarter's thematic meeting",
			cell, append(without(q2, "r-05"), meet("x-05", "c", Combined, "2025-05-05", "19:00", "21:00")),
			"2025-04-01", "2025-06-30", ScheduleRules{}, nil},
		{"B5 a quarter that began before the period is not judged",
			cell, q2, "2025-05-01", "2025-06-30", ScheduleRules{}, nil},
		{"B5 a quarter that ends after the period is not judged",
			cell, q2, "2025-04-01", "2025-05-31", ScheduleRules{}, nil},
		{"B4 a regular meeting of 85 minutes",
			cell, []Meeting{meet("cu-01", "c", CellCommittee, "2025-01-03", "19:00", "19:45"), meet("r-01", "c", Regular, "2025-01-05", "19:00", "20:25")},
			"2025-01-01", "2025-01-31", ScheduleRules{},
			[]finding{{day("2025-01-01"), "r-01", RuleDuration}}},
		{"B4 a regular meeting of 90 minutes",
			cell, []Meeting{meet("cu-01", "c", CellCommittee, "2025-01-03", "19:00", "19:45"), meet("r-01", "c", Regular, "2025-01-05", "19:00", "20:30")},
			"2025-01-01", "2025-01-31", ScheduleRules{}, nil},
		{"B4 every regular meeting of the month is timed",
			cell, []Meeting{
				meet("cu-01", "c", CellCommittee, "2025-01-03", "19:00", "19:45"),
				meet("r-a", "c", Regular, "2025-01-05", "19:00", "20:30"),
				meet("r-b", "c", Regular, "2025-01-25", "19:00", "20:00"),
			}, "2025-01-01", "2025-01-31", ScheduleRules{},
			[]finding{{day("2025-01-01"), "r-b", RuleDuration}}},
		{"B4 a combined meeting of 100 minutes after 28/10/2025 (HD 42 needs 120)",
			cell, []Meeting{meet("cu-11", "c", CellCommittee, "2025-11-03", "19:00", "19:45"), meet("x-11", "c", Combined, "2025-11-05", "19:00", "20:40")},
			"2025-11-01", "2025-11-30", ScheduleRules{},
			[]finding{{day("2025-11-01"), "x-11", RuleDuration}}},
		{"B4 a combined meeting of 100 minutes on 28/10/2025, the day of HD 42",
			cell, []Meeting{meet("cu-10", "c", CellCommittee, "2025-10-27", "19:00", "19:45"), meet("x-10", "c", Combined, "2025-10-28", "19:00", "20:40")},
			"2025-10-01", "2025-10-31", ScheduleRules{},
			[]finding{{day("2025-10-01"), "x-10", RuleDuration}}},
		{"B4 a combined meeting of 100 minutes before 28/10/2025 (90 needed)",
			cell, []Meeting{meet("cu-10", "c", CellCommittee, "2025-10-03", "19:00", "19:45"), meet("x-10", "c", Combined, "2025-10-05", "19:00", "20:40")},
			"2025-10-01", "2025-10-31", ScheduleRules{}, nil},
		{"B4 a combined meeting of 120 minutes after 28/10/2025",
			cell, []Meeting{meet("cu-11", "c", CellCommittee, "2025-11-03", "19:00", "19:45"), meet("x-11", "c", Combined, "2025-11-05", "19:00", "21:00")},
			"2025-11-01", "2025-11-30", ScheduleRules{}, nil},
		{"C4 a committee meeting every 3 months with CommitteeEveryMonths 3",
			committee, quarterly, "2025-01-01", "2025-12-31", ScheduleRules{CommitteeEveryMonths: 3}, nil},
		{"C4 the same meetings against the monthly default",
			committee, quarterly, "2025-01-01", "2025-12-31", ScheduleRules{},
			[]finding{
				{day("2025-01-01"), "", RuleCommittee}, {day("2025-03-01"), "", RuleCommittee},
				{day("2025-04-01"), "", RuleCommittee}, {day("2025-06-01"), "", RuleCommittee},
				{day("2025-07-01"), "", RuleCommittee}, {day("2025-09-01"), "", RuleCommittee},
				{day("2025-10-01"), "", RuleCommittee}, {day("2025-12-01"), "", RuleCommittee},
			}},
		{"C4 a quarter without a committee meeting, every 3 months",
			committee, without(quarterly, "du-08"), "2025-01-01", "2025-12-31", ScheduleRules{CommitteeEveryMonths: 3},
			[]finding{{day("2025-09-01"), "", RuleCommittee}}},
		{"C4 a đảng bộ bộ phận's committee meets too",
			&Organisation{ID: "d", Kind: SubCommittee}, nil, "2025-01-01", "2025-01-31", ScheduleRules{},
			[]finding{{day("2025-01-01"), "", RuleCommittee}}},
		{"C2 two plenaries in the year",
			committee, append(committeeYear("d", 2025), plenaries...), "2025-01-01", "2025-12-31", ScheduleRules{}, nil},
		{"T19 only a year-end plenary in a whole year (C2)",
			committee, append(committeeYear("d", 2025), plenaries[1]), "2025-01-01", "2025-12-31", ScheduleRules{},
			[]finding{{day("2025-01-01"), "", RulePlenary}}},
		{"C2 a year not wholly in the period is not judged",
			committee, committeeYear("d", 2025, 7, 8, 9, 10, 11, 12), "2025-01-01", "2025-06-30", ScheduleRules{}, nil},
		{"C2 each whole year is judged",
			committee, slices.Concat(committeeYear("d", 2024), committeeYear("d", 2025),
				[]Meeting{meet("hn-2024-07", "d", Plenary, "2024-07-05", "08:00", "11:00"), meet("hn-2024-12", "d", Plenary, "2024-12-20", "08:00", "11:00")}),
			"2024-01-01", "2025-12-31", ScheduleRules{},
			[]finding{{day("2025-01-01"), "", RulePlenary}}},
		{"a cell has no committee or plenary rules",
			cell, q1, "2025-01-01", "2025-03-31", ScheduleRules{CommitteeEveryMonths: 1}, nil},
		{"no organisation", nil, q1, "2025-01-01", "2025-03-31", ScheduleRules{}, nil},
		{"a period ending before it starts", cell, q1, "2025-03-31", "2025-01-01", ScheduleRules{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compliance(tt.org, tt.meetings, day(tt.from), day(tt.to), tt.rules)
			if diff := cmp.Diff(tt.want, findings(got)); diff != "" {
				t.Errorf("Compliance (-want +got):\n%s", diff)
			}
			for _, f := range got {
				assert.NotEmpty(t, f.VI, f.Rule)
				assert.NotEmpty(t, f.EN, f.Rule)
				assert.NotEmpty(t, f.Source.Document, f.Rule)
			}
		})
	}
	t.Run("zero dates", func(t *testing.T) {
		assert.Nil(t, Compliance(cell, q1, chibo.Date{}, day("2025-03-31"), ScheduleRules{}))
		assert.Nil(t, Compliance(cell, q1, day("2025-01-01"), chibo.Date{}, ScheduleRules{}))
	})
}

// TestComplianceReasons pins the wording and sources of the findings.
func TestComplianceReasons(t *testing.T) {
	cell := &Organisation{ID: "c", Name: "Chi bộ thôn Nà Vài", Kind: Cell, Secretary: "m1", Deputies: []string{"m2"}}
	committee := &Organisation{ID: "d", Name: "Đảng bộ xã Thổ Bình", Kind: GrassRootsCommittee}
	tests := []struct {
		name     string
		org      *Organisation
		meetings []Meeting
		from, to string
		en       string
		document string
	}{
		{"B1", cell, nil, "2025-02-01", "2025-02-28",
			"February 2025: Chi bộ thôn Nà Vài held no regular meeting (a cell meets once a month).", "Điều lệ Đảng 2011"},
		{"B2", cell, []Meeting{meet("r", "c", Regular, "2025-02-05", "19:00", "20:30")}, "2025-02-01", "2025-02-28",
			"February 2025: the cell committee (or secretary and deputy) did not meet before the meeting of 05/02/2025.", "42-HD/BTCTW"},
		{"B4 before HD 42", cell, []Meeting{meet("cu", "c", CellCommittee, "2025-02-03", "19:00", "19:45"), meet("r", "c", Regular, "2025-02-05", "19:00", "20:25")}, "2025-02-01", "2025-02-28",
			"The regular meeting of 05/02/2025 lasted 85 minutes, less than 90.", "12-HD/BTCTW"},
		{"B4 HD 42", cell, []Meeting{meet("cu", "c", CellCommittee, "2025-11-03", "19:00", "19:45"), meet("x", "c", Combined, "2025-11-05", "19:00", "20:40")}, "2025-11-01", "2025-11-30",
			"The combined meeting of 05/11/2025 lasted 100 minutes, less than 120.", "42-HD/BTCTW"},
		{"T19 C2", committee, committeeYear("d", 2025), "2025-01-01", "2025-12-31",
			"2025: the đảng bộ cơ sở held 0 plenaries; 2 are required (mid-year and year-end).", "24-QĐ/TW"},
		{"C4", committee, nil, "2025-01-01", "2025-01-31",
			"January 2025: the committee did not meet (working regulations: once a month).", "7619-CV/BTCTW"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compliance(tt.org, tt.meetings, day(tt.from), day(tt.to), ScheduleRules{})
			require.Len(t, got, 1)
			assert.Equal(t, tt.en, got[0].EN)
			assert.Equal(t, tt.document, got[0].Source.Document)
		})
	}
	t.Run("B5 quarter", func(t *testing.T) {
		ms := []Meeting{
			meet("cu-04", "c", CellCommittee, "2025-04-03", "19:00", "19:45"), meet("r-04", "c", Regular, "2025-04-05", "19:00", "20:30"),
			meet("cu-05", "c", CellCommittee, "2025-05-03", "19:00", "19:45"), meet("r-05", "c", Regular, "2025-05-05", "19:00", "20:30"),
			meet("cu-06", "c", CellCommittee, "2025-06-03", "19:00", "19:45"), meet("r-06", "c", Regular, "2025-06-05", "19:00", "20:30"),
		}
		got := Compliance(cell, ms, day("2025-04-01"), day("2025-06-30"), ScheduleRules{})
		require.Len(t, got, 1)
		assert.Equal(t, "Quarter 2 of 2025: Chi bộ thôn Nà Vài held no thematic meeting (at least one a quarter).", got[0].EN)
		assert.Equal(t, "Quý 2/2025: Chi bộ thôn Nà Vài không sinh hoạt chuyên đề (ít nhất mỗi quý một lần).", got[0].VI)
		assert.Equal(t, chibo.Secondary, got[0].Source.Confidence)
	})
}

// TestRegression_ComplianceDateOrder: Compliance promised its findings "in
// date order" but appended a quarter's finding (dated to the quarter's
// first month) after the findings of the quarter's last month, and a
// year's plenary finding (dated 1 January) after every month. The findings
// are now sorted by Month, those of one date in the order found.
func TestRegression_ComplianceDateOrder(t *testing.T) {
	cell := &Organisation{ID: "c", Name: "C", Kind: Cell, Deputies: []string{"m2"}}
	ms := []Meeting{
		meet("r-01", "c", Regular, "2025-01-05", "19:00", "20:30"),
		meet("r-02", "c", Regular, "2025-02-05", "19:00", "20:30"),
		meet("r-03", "c", Regular, "2025-03-05", "19:00", "20:30"),
	}
	got := Compliance(cell, ms, day("2025-01-01"), day("2025-03-31"), ScheduleRules{})
	want := []finding{
		{day("2025-01-01"), "r-01", RuleCommitteeFirst},
		{day("2025-01-01"), "", RuleQuarterly},
		{day("2025-02-01"), "r-02", RuleCommitteeFirst},
		{day("2025-03-01"), "r-03", RuleCommitteeFirst},
	}
	if diff := cmp.Diff(want, findings(got)); diff != "" {
		t.Errorf("Compliance (-want +got):\n%s", diff)
	}

	committee := &Organisation{ID: "d", Name: "D", Kind: GrassRootsCommittee}
	got = Compliance(committee, committeeYear("d", 2025, 12), day("2025-01-01"), day("2025-12-31"), ScheduleRules{})
	want = []finding{{day("2025-01-01"), "", RulePlenary}, {day("2025-12-01"), "", RuleCommittee}}
	if diff := cmp.Diff(want, findings(got)); diff != "" {
		t.Errorf("Compliance (-want +got):\n%s", diff)
	}
	assert.True(t, slices.IsSortedFunc(got, func(a, b Finding) int { return a.Month.Compare(b.Month) }))
}

func TestRegression_ThematicDurationChecked(t *testing.T) {
	// Compliance skipped the duration of thematic meetings, which the quality schemes judge at 90 minutes.
	org := &Organisation{ID: "c", Name: "C", Kind: Cell}
	d := chibo.DateOf(2024, 3, 20)
	ms := []Meeting{
		{ID: "cc", Org: "c", Kind: CellCommittee, Date: d.AddDays(-5), Start: 8 * 60, End: 9 * 60},
		{ID: "r", Org: "c", Kind: Regular, Date: d, Start: 8 * 60, End: 10 * 60},
		{ID: "t", Org: "c", Kind: Thematic, Date: d.AddDays(2), Start: 8 * 60, End: 9 * 60},
	}
	var got []string
	for _, f := range Compliance(org, ms, d, d, ScheduleRules{}) {
		got = append(got, f.Rule+"/"+f.Meeting)
	}
	assert.Equal(t, []string{RuleDuration + "/t"}, got)
}
