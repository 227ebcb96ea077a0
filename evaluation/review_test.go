package evaluation_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
)

// year returns a clean year of meetings of org: the cell committee on the
// 2nd and the cell on the 5th of every month, the cell meeting combined
// with a thematic one in the last month of each quarter. Every meeting
// meets every criterion.
func year(org *branch.Organisation, y int) []branch.Meeting {
	var out []branch.Meeting
	for mo := time.January; mo <= time.December; mo++ {
		kind := branch.Regular
		if mo%3 == 0 {
			kind = branch.Combined
		}
		m := full(org, meetingID(org, y, mo), kind, day(y, mo, 5))
		out = append(out, committeeOf(m), m)
	}
	return out
}

func meetingID(org *branch.Organisation, y int, mo time.Month) string {
	return fmt.Sprintf("%s-%d-%02d", org.ID, y, int(mo))
}

// at returns org's cell meeting of the month in ms.
func at(t *testing.T, ms []branch.Meeting, org *branch.Organisation, y int, mo time.Month) *branch.Meeting {
	t.Helper()
	id := meetingID(org, y, mo)
	for i := range ms {
		if ms[i].ID == id {
			return &ms[i]
		}
	}
	t.Fatalf("no meeting %s", id)
	return nil
}

func whole(y int) (chibo.Date, chibo.Date) {
	return day(y, time.January, 1), day(y, time.December, 31)
}

func TestReviewCleanYear(t *testing.T) {
	org := newCell("c", 20)
	ms := year(org, 2026)
	from, to := whole(2026)
	r := evaluation.ReviewOrganisation(org, ms, from, to, nil, branch.ScheduleRules{})
	assert.Equal(t, "c", r.Org)
	assert.Equal(t, "Chi bộ c", r.Name)
	require.Len(t, r.Assessments, 12)
	var want evaluation.LevelCounts
	want[evaluation.Good] = 12
	assert.Equal(t, want, r.Levels)
	require.Len(t, r.Months, 12)
	for i, row := range r.Months {
		assert.Equal(t, day(2026, time.Month(i+1), 1), row.Month)
		assert.Equal(t, 1, row.Held)
		assert.Equal(t, 1, row.Other, "the cell-committee meeting")
		assert.Equal(t, 1000, row.AttendancePermille)
		assert.True(t, row.HasAttendance)
	}
	assert.Equal(t, 240, r.Counted)
	assert.Equal(t, 240, r.Present)
	assert.Empty(t, r.Gaps)
	assert.Empty(t, r.AbsentTooOften)
	assert.Empty(t, r.Skipped)
	assert.Empty(t, r.Rejected)
	for i := 1; i < len(r.Assessments); i++ {
		assert.True(t, r.Assessments[i-1].Date.Before(r.Assessments[i].Date), "date order")
	}

	// The input order does not matter.
	shuffled := slices.Clone(ms)
	slices.Reverse(shuffled)
	r2 := evaluation.ReviewOrganisation(org, shuffled, from, to, nil, branch.ScheduleRules{})
	if diff := cmp.Diff(r, r2); diff != "" {
		t.Errorf("review depends on input order (-sorted +reversed):\n%s", diff)
	}
}

// T14 in a review: the member absent with a reason from the Feb–May
// meetings of 2024 is reported, and the May meeting is NotMet under HD
// 12-HD/BTCTW (B7.1).
func TestReviewT14AbsentTooOften(t *testing.T) {
	org := newCell("c14", 20)
	ms := year(org, 2024)
	for mo := time.February; mo <= time.May; mo++ {
		absent(at(t, ms, org, 2024, mo), true, "m05")
	}
	feb, mar, apr, may := day(2024, time.February, 5), day(2024, time.March, 5), day(2024, time.April, 5), day(2024, time.May, 5)
	want := []evaluation.Absence{{
		MemberID: "m05", Name: "Member 05", Year: 2024, Count: 4,
		Meetings: []chibo.Date{feb, mar, apr, may},
		Months:   []chibo.Date{day(2024, time.February, 1), day(2024, time.March, 1), day(2024, time.April, 1), day(2024, time.May, 1)},
		Reason: chibo.Reason{Rule: evaluation.RuleAbsentOften, Source: evaluation.Scheme2018.Criteria[2].Source,
			VI: "Đảng viên Member 05 (m05) vắng mặt có lý do 4 lần liên tiếp trong năm 2024 (các buổi 05/02/2024, 05/03/2024, 05/04/2024, 05/05/2024), quá 3 lần liên tiếp.",
			EN: "Member Member 05 (m05) was absent with a reason 4 consecutive times in 2024 (meetings of 05/02/2024, 05/03/2024, 05/04/2024, 05/05/2024), more than 3 in a row."},
	}}
	from, to := whole(2024)
	r := evaluation.ReviewOrganisation(org, ms, from, to, nil, branch.ScheduleRules{})
	if diff := cmp.Diff(want, r.AbsentTooOften); diff != "" {
		t.Errorf("AbsentTooOften (-want +got):\n%s", diff)
	}
	assert.Equal(t, 11, r.Levels[evaluation.Met])
	assert.Equal(t, 1, r.Levels[evaluation.NotMet])
	assert.Equal(t, evaluation.NotMet, r.Assessments[4].Level, "May")
	assert.Equal(t, []string{"consecutive-absence"}, r.Assessments[4].Failed)
	assert.Empty(t, r.Skipped, "absences with a reason are not skipping")

	// A period that starts after the run began still counts it within the
	// calendar year; one that starts after it ended does not repeat it.
	r = evaluation.ReviewOrganisation(org, ms, day(2024, time.April, 1), to, nil, branch.ScheduleRules{})
	require.Len(t, r.AbsentTooOften, 1)
	assert.Equal(t, 4, r.AbsentTooOften[0].Count)
	r = evaluation.ReviewOrganisation(org, ms, day(2024, time.June, 1), to, nil, branch.ScheduleRules{})
	assert.Empty(t, r.AbsentTooOften)
}

// T18: a member who, without a valid reason, skips the Feb, Jun and Oct
// meetings of one calendar year is reported: the cell may consider
// proposing removal (M9; cumulative within the calendar year is the
// library's reading).
func TestReviewT18Skipped(t *testing.T) {
	org := newCell("c18", 20)
	ms := year(org, 2026)
	for _, mo := range []time.Month{time.February, time.June, time.October} {
		absent(at(t, ms, org, 2026, mo), false, "m03")
	}
	// m04 skips twice in February (the regular and an extra thematic
	// meeting) and once in March: two months, not three.
	absent(at(t, ms, org, 2026, time.February), false, "m04")
	absent(at(t, ms, org, 2026, time.March), false, "m04")
	extra := full(org, "c18-2026-02-t", branch.Thematic, day(2026, time.February, 20))
	absent(&extra, false, "m04")
	ms = append(ms, extra)

	feb, jun, oct := day(2026, time.February, 5), day(2026, time.June, 5), day(2026, time.October, 5)
	want := []evaluation.Absence{{
		MemberID: "m03", Name: "Member 03", Year: 2026, Count: 3,
		Meetings: []chibo.Date{feb, jun, oct},
		Months:   []chibo.Date{day(2026, time.February, 1), day(2026, time.June, 1), day(2026, time.October, 1)},
	}}
	from, to := whole(2026)
	r := evaluation.ReviewOrganisation(org, ms, from, to, nil, branch.ScheduleRules{})
	require.Len(t, r.Skipped, 1)
	got := r.Skipped[0]
	reason := got.Reason
	got.Reason = chibo.Reason{}
	if diff := cmp.Diff(want[0], got); diff != "" {
		t.Errorf("Skipped (-want +got):\n%s", diff)
	}
	assert.Equal(t, evaluation.RuleSkipped, reason.Rule)
	assert.Equal(t, "24-QĐ/TW", reason.Source.Document)
	assert.Equal(t, chibo.Inferred, reason.Source.Confidence, "the calendar-year reading is the library's")
	assert.Equal(t, "Member Member 03 (m03) was absent without a reason from meetings in 3 months of 2026 (meetings of 05/02/2026, 05/06/2026, 05/10/2026): from 3 months in a year the cell considers proposing removal from the rolls (xoá tên); counting months cumulatively within the calendar year is the library's reading.", reason.EN)

	// A review of the last quarter still sees the year's months; one of
	// the last two months, after the third month skipped, does not repeat it.
	r = evaluation.ReviewOrganisation(org, ms, day(2026, time.October, 1), to, nil, branch.ScheduleRules{})
	assert.Len(t, r.Skipped, 1)
	r = evaluation.ReviewOrganisation(org, ms, day(2026, time.November, 1), to, nil, branch.ScheduleRules{})
	assert.Empty(t, r.Skipped)
}

// Months skipped in two calendar years do not add up (M9, the calendar-year
// reading).
func TestReviewSkippedCalendarYear(t *testing.T) {
	org := newCell("cy", 10)
	ms := append(year(org, 2025), year(org, 2026)...)
	for _, d := range []struct {
		y  int
		mo time.Month
	}{{2025, time.November}, {2025, time.December}, {2026, time.January}} {
		absent(at(t, ms, org, d.y, d.mo), false, "m07")
	}
	r := evaluation.ReviewOrganisation(org, ms, day(2025, time.November, 1), day(2026, time.January, 31), nil, branch.ScheduleRules{})
	assert.Empty(t, r.Skipped)
	require.Len(t, r.Months, 3)
	assert.Equal(t, []string{"2025", "2025", "2025"}, []string{r.Assessments[0].Scheme, r.Assessments[1].Scheme, r.Assessments[2].Scheme})
}

func TestReviewRejected(t *testing.T) {
	org := newCell("cr", 10)
	ms := year(org, 2026)
	at(t, ms, org, 2026, time.April).End = 13 * 60 // before the start
	may := at(t, ms, org, 2026, time.May)
	may.Summoned = append(slices.Clone(may.Summoned), "x99")
	may.Present = append(slices.Clone(may.Present), "x99")
	dup := *at(t, ms, org, 2026, time.June)
	undated := full(org, "cr-undated", branch.Regular, chibo.Date{})
	other := full(newCell("elsewhere", 3), "e1", branch.Regular, day(2026, time.June, 9))
	lastYear := full(org, "cr-2025", branch.Regular, day(2025, time.June, 9))
	lastYear.End = lastYear.Start // invalid but outside the window: ignored
	ms = append(ms, dup, undated, other, lastYear)

	from, to := whole(2026)
	r := evaluation.ReviewOrganisation(org, ms, from, to, nil, branch.ScheduleRules{})
	require.Len(t, r.Rejected, 4)
	assert.ErrorIs(t, r.Rejected[0], branch.ErrMeetingOrder, "April")
	assert.ErrorIs(t, r.Rejected[1], branch.ErrNotMember, "May")
	var me *branch.MeetingError
	require.ErrorAs(t, r.Rejected[2], &me)
	assert.Equal(t, "cr-2026-06", me.ID)
	assert.Equal(t, "id", me.Field)
	assert.ErrorIs(t, r.Rejected[3], branch.ErrMeetingMissing, "no date")
	assert.Len(t, r.Assessments, 10)

	// The months whose only record was rejected are reported missed.
	var missed []chibo.Date
	for _, g := range r.Gaps {
		if g.Rule == branch.RuleMonthly {
			missed = append(missed, g.Month)
		}
	}
	assert.Equal(t, []chibo.Date{day(2026, time.April, 1), day(2026, time.May, 1)}, missed)
	assert.Equal(t, 0, r.Months[3].Held)

	// An organisation without a roster is not checked for membership.
	bare := *org
	bare.Members = nil
	r = evaluation.ReviewOrganisation(&bare, ms, from, to, nil, branch.ScheduleRules{})
	assert.Len(t, r.Rejected, 3, "May is accepted without a roster")
}

func TestReviewMonthsTrend(t *testing.T) {
	org := newCell("tr", 20)
	ms := year(org, 2026)
	absent(at(t, ms, org, 2026, time.February), true, "m19", "m20")                         // 18/20
	absent(at(t, ms, org, 2026, time.March), false, "m20")                                  // 19/20
	ms = slices.DeleteFunc(ms, func(m branch.Meeting) bool { return m.ID == "tr-2026-04" }) // none
	from, to := day(2026, time.February, 10), day(2026, time.April, 30)
	r := evaluation.ReviewOrganisation(org, ms, from, to, &evaluation.Scheme2025, branch.ScheduleRules{})
	want := []evaluation.MonthRow{
		// 05/02 is before from: the February meeting is context, not reviewed.
		{Month: day(2026, time.February, 1)},
		{Month: day(2026, time.March, 1), Held: 1, Other: 1, Levels: evaluation.LevelCounts{evaluation.Good: 1}, Present: 19, Counted: 20, AttendancePermille: 950, HasAttendance: true},
		{Month: day(2026, time.April, 1), Other: 1},
	}
	if diff := cmp.Diff(want, r.Months); diff != "" {
		t.Errorf("Months (-want +got):\n%s", diff)
	}
	assert.Equal(t, 950, r.AttendancePermille)
	// March is combined (the quarter's thematic meeting) and 95 points:
	// criterion 2 lost to the unexcused absence.
	assert.Equal(t, 95, r.Assessments[0].Score)
}

func TestReviewNil(t *testing.T) {
	r := evaluation.ReviewOrganisation(nil, nil, day(2026, 1, 1), day(2026, 12, 31), nil, branch.ScheduleRules{})
	require.Len(t, r.Rejected, 1)
	assert.ErrorIs(t, r.Rejected[0], evaluation.ErrNoOrganisation)

	org := newCell("p", 3)
	for _, p := range [][2]chibo.Date{{{}, day(2026, 1, 1)}, {day(2026, 1, 1), {}}, {day(2026, 2, 1), day(2026, 1, 1)}} {
		r := evaluation.ReviewOrganisation(org, year(org, 2026), p[0], p[1], nil, branch.ScheduleRules{})
		require.Len(t, r.Rejected, 1)
		assert.ErrorIs(t, r.Rejected[0], evaluation.ErrPeriod)
		assert.Empty(t, r.Assessments)
	}
	cr := evaluation.ReviewCommittee(nil, []*branch.Organisation{nil}, nil, day(2026, 1, 1), day(2026, 12, 31), nil, branch.ScheduleRules{})
	assert.Len(t, cr.Committee.Rejected, 2)
}

// T19: a đảng bộ cơ sở that holds only a year-end plenary in a year is not
// compliant (C2; Quy định 24-QĐ/TW điểm 20). The committee review reports
// it, with the cells that need attention.
func TestReviewCommitteeT19(t *testing.T) {
	committee := &branch.Organisation{ID: "dbx", Name: "Đảng bộ xã", Kind: branch.GrassRootsCommittee}
	a, b, c := newCell("a", 20), newCell("b", 20), newCell("c", 20)
	for _, o := range []*branch.Organisation{a, b, c} {
		o.Parent = "dbx"
	}
	var ms []branch.Meeting
	for mo := time.January; mo <= time.December; mo++ {
		ms = append(ms, branch.Meeting{ID: fmt.Sprintf("dbx-%02d", int(mo)), Org: "dbx", Kind: branch.Committee, Date: day(2026, mo, 1), Start: 8 * 60, End: 10 * 60,
			Summoned: []string{"a-m01", "b-m01"}, Present: []string{"a-m01", "b-m01"}})
	}
	ms = append(ms, branch.Meeting{ID: "dbx-plenary", Org: "dbx", Kind: branch.Plenary, Date: day(2026, time.December, 20), Start: 8 * 60, End: 11 * 60})
	ms = append(ms, year(a, 2026)...)

	yb := year(b, 2026)
	yb = slices.DeleteFunc(yb, func(m branch.Meeting) bool { return m.ID == "b-2026-04" })
	aug := at(t, yb, b, 2026, time.August)
	// 4.2 and 4.3 not scored (−35), results 40% (10 points, −20): 45, Kém.
	delete(aug.Scores, "4.2")
	delete(aug.Scores, "4.3")
	aug.ResultsPercent = 40
	for _, mo := range []time.Month{time.February, time.June, time.October} {
		absent(at(t, yb, b, 2026, mo), false, "m03")
	}
	ms = append(ms, yb...)

	yc := year(c, 2026)
	for mo := time.January; mo <= time.December; mo++ {
		absent(at(t, yc, c, 2026, mo), true, "m18", "m19", "m20") // 17/20 every month
	}
	ms = append(ms, yc...)
	stray := full(newCell("zzz", 2), "zzz-1", branch.Regular, day(2026, time.March, 3))
	old := full(newCell("zzz", 2), "zzz-0", branch.Regular, day(2020, time.March, 3))
	ms = append(ms, stray, old)

	from, to := whole(2026)
	cr := evaluation.ReviewCommittee(committee, []*branch.Organisation{a, b, nil, c, a}, ms, from, to, nil, branch.ScheduleRules{})

	// The committee: monthly meetings held, one plenary of two.
	require.Len(t, cr.Committee.Gaps, 1)
	g := cr.Committee.Gaps[0]
	assert.Equal(t, branch.RulePlenary, g.Rule)
	assert.Equal(t, day(2026, time.January, 1), g.Month)
	assert.Equal(t, "24-QĐ/TW", g.Source.Document)
	assert.Contains(t, g.EN, "held 1 plenaries; 2 are required")
	assert.Empty(t, cr.Committee.Assessments, "committee meetings and plenaries are not rated")
	assert.Equal(t, 2, cr.Committee.Months[11].Other)

	// Rejected: the nil cell, the repeated cell, the stray meeting of 2026.
	require.Len(t, cr.Committee.Rejected, 3)
	assert.ErrorIs(t, cr.Committee.Rejected[0], evaluation.ErrNoOrganisation)
	assert.Contains(t, cr.Committee.Rejected[1].Error(), `cells[4] repeats organisation "a"`)
	var me *branch.MeetingError
	require.ErrorAs(t, cr.Committee.Rejected[2], &me)
	assert.Equal(t, "zzz-1", me.ID)

	require.Len(t, cr.Cells, 3)
	assert.Equal(t, []string{"a", "b", "c"}, []string{cr.Cells[0].Org, cr.Cells[1].Org, cr.Cells[2].Org})
	assert.Equal(t, 12, cr.Cells[0].Levels[evaluation.Good])
	assert.Equal(t, 10, cr.Cells[1].Levels[evaluation.Good])
	assert.Equal(t, 1, cr.Cells[1].Levels[evaluation.Poor])

	// Attention: the committee, b and c — not a.
	require.Len(t, cr.Attention, 3)
	assert.Equal(t, []string{"dbx", "b", "c"}, []string{cr.Attention[0].Org, cr.Attention[1].Org, cr.Attention[2].Org})
	for _, at := range cr.Attention {
		for _, r := range at.Reasons {
			assert.Equal(t, evaluation.RuleAttention, r.Rule)
			assert.NotEmpty(t, r.Source.Document)
			assert.NotEmpty(t, r.VI)
		}
	}
	dbx := cr.Attention[0].Reasons
	require.Len(t, dbx, 1)
	assert.Equal(t, "Missed meeting: 2026: the đảng bộ cơ sở held 1 plenaries; 2 are required (mid-year and year-end).", dbx[0].EN)

	rb := cr.Attention[1].Reasons
	require.Len(t, rb, 3)
	assert.Equal(t, "Missed meeting: April 2026: Chi bộ b held no regular meeting (a cell meets once a month).", rb[0].EN)
	assert.Equal(t, "Điều lệ Đảng 2011", rb[0].Source.Document)
	assert.Equal(t, "1 meeting(s) rated low (scheme 2025): 05/08/2026 poor (45 of 100 points).", rb[1].EN)
	assert.Equal(t, evaluation.Scheme2025.BandsSource, rb[1].Source)
	assert.Contains(t, rb[2].EN, "Member skipping meetings: Member Member 03 (m03) was absent without a reason from meetings in 3 months of 2026")
	assert.Equal(t, chibo.Inferred, rb[2].Source.Confidence)

	rc := cr.Attention[2].Reasons
	require.Len(t, rc, 1)
	// 12 meetings × 17 present = 204 of 12 × 20 = 240: 85.0%.
	assert.Equal(t, "Attendance from 01/01/2026 to 31/12/2026 was 204 of 240 (85.0%) on average, below the at least 90% required.", rc[0].EN)
	assert.Equal(t, evaluation.Scheme2025.MinAttendance.Source, rc[0].Source)
}

// Under the 2018 framework a NotMet meeting calls for attention, citing HD
// 12-HD/BTCTW, and the cell's average must be more than 85%.
func TestReviewCommitteeAttention2018(t *testing.T) {
	committee := &branch.Organisation{ID: "d18", Name: "Đảng bộ", Kind: branch.GrassRootsCommittee}
	cell := newCell("k", 20)
	ms := year(cell, 2024)
	m := at(t, ms, cell, 2024, time.September)
	m.MinutesComplete = false
	for mo := time.January; mo <= time.December; mo++ {
		absent(at(t, ms, cell, 2024, mo), true, "m18", "m19", "m20") // 85.0%: not more than 85%
	}
	from, to := whole(2024)
	cr := evaluation.ReviewCommittee(committee, []*branch.Organisation{cell}, ms, from, to, nil, branch.ScheduleRules{CommitteeEveryMonths: 12})
	require.Len(t, cr.Attention, 2)
	assert.Equal(t, "d18", cr.Attention[0].Org, "no committee meeting in the year, no plenary")
	rs := cr.Attention[1].Reasons
	require.Len(t, rs, 2)
	assert.Contains(t, rs[0].EN, "12 meeting(s) rated low (scheme 2018): 05/01/2024 not met (criteria not met: attendance);")
	// The same three members absent every month: from the 4th meeting
	// (April) they are absent with a reason more than 3 times in a row.
	assert.Contains(t, rs[0].EN, "05/03/2024 not met (criteria not met: attendance); 05/04/2024 not met (criteria not met: attendance, consecutive-absence);")
	assert.Contains(t, rs[0].EN, "05/09/2024 not met (criteria not met: attendance, consecutive-absence, minutes);")
	absentees := cr.Cells[0].AbsentTooOften
	require.Len(t, absentees, 3)
	for i, a := range absentees {
		assert.Equal(t, fmt.Sprintf("m%02d", 18+i), a.MemberID)
		assert.Equal(t, 12, a.Count)
	}
	assert.Equal(t, "12-HD/BTCTW", rs[0].Source.Document)
	assert.Equal(t, "Attendance from 01/01/2024 to 31/12/2024 was 204 of 240 (85.0%) on average, below the more than 85% required.", rs[1].EN)
}

func TestLevelCountsJSON(t *testing.T) {
	var c evaluation.LevelCounts
	c[evaluation.Good] = 3
	c[evaluation.Poor] = 1
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"tot":3,"kem":1}`, string(b))
	var back evaluation.LevelCounts
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back)
	assert.Equal(t, 4, back.Total())
	assert.Error(t, json.Unmarshal([]byte(`{"best":1}`), &back))

	// A review marshals (Rejected is left out: errors are not data).
	org := newCell("j", 3)
	r := evaluation.ReviewOrganisation(org, year(org, 2026), day(2026, 1, 1), day(2026, 3, 31), nil, branch.ScheduleRules{})
	_, err = json.Marshal(r)
	require.NoError(t, err)
	assert.False(t, errors.Is(nil, evaluation.ErrPeriod))
}
