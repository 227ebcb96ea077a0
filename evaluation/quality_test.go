package evaluation_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// ---- fixtures ----

func day(y int, m time.Month, d int) chibo.Date { return chibo.DateOf(y, m, d) }

// newCell returns a cell with n members m01…mNN named "Member 01"….
func newCell(id string, n int) *branch.Organisation {
	o := &branch.Organisation{ID: id, Name: "Chi bộ " + id, Kind: branch.Cell, Secretary: "m01", Deputies: []string{"m02"}}
	for i := 1; i <= n; i++ {
		o.Members = append(o.Members, member.Member{ID: fmt.Sprintf("m%02d", i), Name: fmt.Sprintf("Member %02d", i)})
	}
	return o
}

func ids(o *branch.Organisation) []string {
	out := make([]string, len(o.Members))
	for i, m := range o.Members {
		out[i] = m.ID
	}
	return out
}

// full returns a meeting of org on d that meets every criterion of every
// scheme: everyone present, 90 minutes (120 combined), every fact true,
// documents posted the day before, 95% of targets, the cell's judgements at
// full marks. Its cell-committee meeting is committeeOf(full).
func full(org *branch.Organisation, id string, kind branch.MeetingKind, d chibo.Date) branch.Meeting {
	length := branch.Clock(90)
	if kind == branch.Combined {
		length = 120
	}
	return branch.Meeting{
		ID: id, Org: org.ID, Kind: kind, Date: d, Start: 14 * 60, End: 14*60 + length,
		Summoned: ids(org), Present: ids(org),
		AllSteps: true, PreparedByLeader: true, DraftResolution: true, MinutesComplete: true,
		DocumentsPosted: d.AddDays(-1), Speakers: 8, Criticism: true, Principles: true, ResultsPercent: 95,
		Scores: map[string]int{"4.2": 25, "4.3": 10, "speakers": 1, "results": 1},
	}
}

// committeeOf returns the cell-committee meeting three days before m.
func committeeOf(m branch.Meeting) branch.Meeting {
	return branch.Meeting{ID: m.ID + "-cc", Org: m.Org, Kind: branch.CellCommittee, Date: m.Date.AddDays(-3), Start: 8 * 60, End: 9 * 60,
		Summoned: []string{"m01", "m02"}, Present: []string{"m01", "m02"}}
}

// absent moves members from Present to AbsentExcused (reason true) or
// AbsentUnexcused.
func absent(m *branch.Meeting, reason bool, who ...string) {
	m.Present = slices.DeleteFunc(slices.Clone(m.Present), func(id string) bool { return slices.Contains(who, id) })
	if reason {
		m.AbsentExcused = append(slices.Clone(m.AbsentExcused), who...)
	} else {
		m.AbsentUnexcused = append(slices.Clone(m.AbsentUnexcused), who...)
	}
}

// with applies changes to a copy of m (its Scores map copied).
func with(m branch.Meeting, change func(*branch.Meeting)) branch.Meeting {
	sc := make(map[string]int, len(m.Scores))
	for k, v := range m.Scores {
		sc[k] = v
	}
	m.Scores = sc
	change(&m)
	return m
}

func ctxFor(org *branch.Organisation, ms ...branch.Meeting) *evaluation.Context {
	return &evaluation.Context{Org: org, Earlier: ms}
}

func criterion(t *testing.T, a evaluation.Assessment, id string) evaluation.CriterionResult {
	t.Helper()
	for _, c := range a.Criteria {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no criterion %q in %v", id, a.Criteria)
	return evaluation.CriterionResult{}
}

// consistent checks the invariants every assessment keeps.
func consistent(t *testing.T, s *evaluation.Scheme, a evaluation.Assessment, m *branch.Meeting, ctx *evaluation.Context) {
	t.Helper()
	sum := 0
	var failed []string
	for _, c := range a.Criteria {
		sum += c.Points
		if !c.Met {
			failed = append(failed, c.ID)
		}
		assert.NotEmpty(t, c.Reason.VI, c.ID)
		assert.NotEmpty(t, c.Reason.EN, c.ID)
		assert.NotEmpty(t, c.Reason.Source.Document, c.ID)
	}
	assert.Equal(t, sum, a.Score, "criterion points add up to the score")
	assert.Equal(t, failed, a.Failed)
	require.NotEmpty(t, a.Reasons)
	assert.Equal(t, evaluation.RuleLevel, a.Reasons[len(a.Reasons)-1].Rule)
	assert.Len(t, a.Reasons, len(a.Failed)+1)
	o := s.Check(m, ctx)
	assert.Equal(t, a.Level, o.Level, "Check agrees with Assess")
	assert.Equal(t, a.Score, o.Score)
	assert.Equal(t, a.Max, o.Max)
}

// ---- Level ----

func TestLevelNames(t *testing.T) {
	tests := []struct {
		l            evaluation.Level
		name, vi, en string
	}{
		{evaluation.LevelNone, "none", "Không xếp loại", "not rated"},
		{evaluation.Good, "tot", "Tốt", "good"},
		{evaluation.Fair, "kha", "Khá", "fair"},
		{evaluation.Average, "trung-binh", "Trung bình", "average"},
		{evaluation.Poor, "kem", "Kém", "poor"},
		{evaluation.Met, "dat", "Đạt", "met"},
		{evaluation.NotMet, "chua-dat", "Chưa đạt", "not met"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.name, tc.l.String())
			assert.Equal(t, tc.vi, tc.l.VI())
			assert.Equal(t, tc.en, tc.l.EN())
			b, err := tc.l.MarshalText()
			require.NoError(t, err)
			var back evaluation.Level
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.l, back)
		})
	}
	_, err := evaluation.Level(7).MarshalText()
	assert.Error(t, err, "an undefined level cannot be written")
	assert.Equal(t, "Level(9)", evaluation.Level(9).String())
	var l evaluation.Level
	assert.Error(t, l.UnmarshalText([]byte("Tốt")), "only the stable names are read")
	j, err := json.Marshal(struct{ L evaluation.Level }{evaluation.Average})
	require.NoError(t, err)
	assert.JSONEq(t, `{"L":"trung-binh"}`, string(j))
}

// ---- schemes ----

func TestSchemeOn(t *testing.T) {
	tests := []struct {
		name string
		on   chibo.Date
		want string
	}{
		{"the day before HD 42-HD/BTCTW", day(2025, time.October, 27), "2018"},
		{"the day HD 42-HD/BTCTW was issued", day(2025, time.October, 28), "2025"},
		{"2026", day(2026, time.June, 5), "2025"},
		{"HD 12-HD/BTCTW issued", day(2018, time.July, 6), "2018"},
		{"before 2018: no earlier scheme is modelled", day(2015, time.March, 1), "2018"},
		{"zero date", chibo.Date{}, "2018"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, evaluation.SchemeOn(tc.on).Name)
		})
	}
}

func TestSchemesAreValid(t *testing.T) {
	for _, s := range evaluation.Schemes() {
		t.Run(s.Name, func(t *testing.T) {
			assert.NoError(t, s.Validate())
		})
	}
	// Confidence as the research tags it (rules/branch.md B7–B9,
	// rules/second-pass.md 1.1–1.5).
	assert.Equal(t, chibo.Verified, evaluation.Scheme2018.Source.Confidence, "HD 12-HD/BTCTW criteria [V]")
	assert.Equal(t, chibo.Secondary, evaluation.Scheme2025.Source.Confidence, "the B8 itemisation is a third-party app [S]")
	assert.Equal(t, chibo.Secondary, evaluation.Scheme2025.BandsSource.Confidence, "levels from local sheets [S]")
	assert.Equal(t, chibo.Verified, evaluation.SchemeBinhThuan.BandsSource.Confidence, "Bình Thuận level rule [V, that province]")
	assert.Contains(t, evaluation.SchemeBinhThuan.Source.Section, "Scheme2025", "says it borrows the criteria")
	for _, c := range evaluation.Scheme2018.Criteria {
		want := chibo.Verified
		if c.ID == "speakers" {
			want = chibo.Inferred // "many" is not quantified
		}
		assert.Equal(t, want, c.Source.Confidence, c.ID)
	}
	assert.Equal(t, chibo.Verified, evaluation.Scheme2025.Criteria[0].Source.Confidence, "HD 42 duration [V]")
	assert.Equal(t, 100, evaluation.Scheme2025.Max)
}

func TestSchemeValidate(t *testing.T) {
	broken := func(change func(*evaluation.Scheme)) *evaluation.Scheme {
		s := evaluation.Scheme2025.Clone()
		change(&s)
		return &s
	}
	tests := []struct {
		name string
		s    *evaluation.Scheme
		want string
	}{
		{"no name", broken(func(s *evaluation.Scheme) { s.Name = "" }), "no name"},
		{"no criteria", &evaluation.Scheme{Name: "x"}, "no criteria"},
		{"duplicate ID", broken(func(s *evaluation.Scheme) { s.Criteria[1].ID = "1" }), `criterion ID "1" used twice`},
		{"points do not add up", broken(func(s *evaluation.Scheme) { s.Criteria[0].Max = 10 }), "criteria add up to 105, Max is 100"},
		{"bands not decreasing", broken(func(s *evaluation.Scheme) {
			s.Bands = []evaluation.Band{{Min: 70, Level: evaluation.Good}, {Min: 90, Level: evaluation.Fair}, {Min: 0, Level: evaluation.Poor}}
		}), "band 2 (min 90) is not below band 1 (min 70)"},
		{"no band for low scores", broken(func(s *evaluation.Scheme) { s.Bands = s.Bands[:3] }), "the last band starts at 50"},
		{"pass/fail level in a band", broken(func(s *evaluation.Scheme) {
			s.Bands = []evaluation.Band{{Min: 0, Level: evaluation.Met}}
		}), "band 1 has level dat"},
		{"unknown top criterion", broken(func(s *evaluation.Scheme) { s.TopRequiresFull = []string{"9"} }), `TopRequiresFull names "9"`},
		{"no ScoreFunc", broken(func(s *evaluation.Scheme) { s.Criteria[3].Score = nil }), `criterion "3.2" has no ScoreFunc`},
		{"pass/fail with bands", func() *evaluation.Scheme {
			s := evaluation.Scheme2018.Clone()
			s.Bands = []evaluation.Band{{Min: 0, Level: evaluation.Poor}}
			return &s
		}(), "a pass/fail scheme has no bands"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.s.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, evaluation.ErrScheme)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// A province's scheme is a clone with its own values; the package's scheme
// is untouched.
func TestCloneIsIndependent(t *testing.T) {
	s := evaluation.Scheme2025.Clone()
	s.Name = "province"
	s.Criteria[1].Max = 99
	s.Bands[0].Min = 85
	s.MinAttendance.Percent = 80
	assert.Equal(t, 5, evaluation.Scheme2025.Criteria[1].Max)
	assert.Equal(t, 90, evaluation.Scheme2025.Bands[0].Min)
	assert.Equal(t, 90, evaluation.Scheme2025.MinAttendance.Percent)

	// The parameter is read by the criterion: 17 of 20 (85%) reaches 80%.
	org := newCell("c", 20)
	m := full(org, "m", branch.Regular, day(2026, time.March, 5))
	absent(&m, true, "m18", "m19", "m20")
	ctx := ctxFor(org, committeeOf(m))
	p := evaluation.Scheme2025.Clone()
	p.Name = "province"
	p.MinAttendance.Percent = 80
	require.NoError(t, p.Validate())
	assert.Equal(t, 5, criterion(t, p.Assess(&m, ctx), "2").Points, "85% ≥ 80% in the province's copy")
	assert.Equal(t, 0, criterion(t, evaluation.Scheme2025.Assess(&m, ctx), "2").Points, "85% < 90% in Scheme2025")
}

// ---- the worked cases of rules/branch.md §7 ----

// T13: 20 members, none exempt; 17 attend (85.0%), the 3 absentees gave
// reasons. HD 12-HD/BTCTW needs more than 85%: 17 fails; 18 (90%) passes it
// and HD 42's "at least 90%" as read by the third-party app (B7.1, B8).
func TestT13Attendance(t *testing.T) {
	org := newCell("t13", 20)
	d2018 := day(2024, time.March, 5)
	d2025 := day(2026, time.March, 5)
	tests := []struct {
		name    string
		d       chibo.Date
		absent  []string
		exempt  []string
		scheme  *evaluation.Scheme
		id      string
		met     bool
		points  int
		reasonV string
	}{
		{"B7.1: 17/20 = 85.0% is not more than 85%", d2018, []string{"m18", "m19", "m20"}, nil, &evaluation.Scheme2018, "attendance", false, 0, "17/20 đảng viên có mặt (85,0%)"},
		{"B7.1: 18/20 = 90.0% passes", d2018, []string{"m19", "m20"}, nil, &evaluation.Scheme2018, "attendance", true, 0, "18/20 đảng viên có mặt (90,0%)"},
		{"B8: 18/20 = 90% reaches at least 90%", d2025, []string{"m19", "m20"}, nil, &evaluation.Scheme2025, "2", true, 5, "18/20 đảng viên có mặt (90,0%)"},
		{"B8: 17/20 = 85% is below 90%", d2025, []string{"m18", "m19", "m20"}, nil, &evaluation.Scheme2025, "2", false, 0, "17/20 đảng viên có mặt (85,0%)"},
		// 2 exempt (M10): counted 18; 16 present is 88.8% — more than 85%,
		// less than 90% (1600 > 1530; 1600 < 1620).
		{"B7.1: exempt members are not counted", d2018, []string{"m17", "m18"}, []string{"m19", "m20"}, &evaluation.Scheme2018, "attendance", true, 0, "16/18 đảng viên có mặt (88,8%; không tính 2 đảng viên được miễn)"},
		{"B8: exempt members are not counted", d2025, []string{"m17", "m18"}, []string{"m19", "m20"}, &evaluation.Scheme2025, "2", false, 0, "16/18 đảng viên có mặt (88,8%; không tính 2 đảng viên được miễn)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := full(org, "t13", branch.Regular, tc.d)
			absent(&m, true, tc.absent...)
			m.Present = slices.DeleteFunc(m.Present, func(id string) bool { return slices.Contains(tc.exempt, id) })
			m.Exempt = tc.exempt
			require.NoError(t, m.Validate(org))
			ctx := ctxFor(org, committeeOf(m))
			a := tc.scheme.Assess(&m, ctx)
			c := criterion(t, a, tc.id)
			assert.Equal(t, tc.met, c.Met)
			assert.Equal(t, tc.points, c.Points)
			assert.Contains(t, c.Reason.VI, tc.reasonV)
			consistent(t, tc.scheme, a, &m, ctx)
		})
	}
}

// T14: one member absent with a valid reason from the Feb, Mar, Apr and May
// meetings: from the 4th consecutive absence (May) the meetings fail HD
// 12-HD/BTCTW criterion 1 (B7.1, "quá 03 lần liên tiếp trong năm").
func TestT14ConsecutiveExcused(t *testing.T) {
	org := newCell("t14", 20)
	type meet struct {
		month   time.Month
		kind    branch.MeetingKind
		status  string // "excused", "present", "unexcused", "exempt", "not-summoned"
		wantMet bool   // criterion consecutive-absence of this meeting
	}
	tests := []struct {
		name     string
		year     int
		meetings []meet
	}{
		{"T14: Feb–May excused, May fails, June present passes", 2024, []meet{
			{time.January, branch.Regular, "present", true},
			{time.February, branch.Regular, "excused", true},
			{time.March, branch.Regular, "excused", true},
			{time.April, branch.Regular, "excused", true},
			{time.May, branch.Regular, "excused", false},
			{time.June, branch.Regular, "present", true},
		}},
		{"the 5th in a row fails too", 2024, []meet{
			{time.February, branch.Regular, "excused", true},
			{time.March, branch.Regular, "excused", true},
			{time.April, branch.Regular, "excused", true},
			{time.May, branch.Regular, "excused", false},
			{time.June, branch.Regular, "excused", false},
		}},
		{"an unexcused absence ends the run (judged by its own criterion)", 2024, []meet{
			{time.February, branch.Regular, "excused", true},
			{time.March, branch.Regular, "unexcused", true},
			{time.April, branch.Regular, "excused", true},
			{time.May, branch.Regular, "excused", true},
			{time.June, branch.Regular, "excused", true},
		}},
		{"a meeting the member is exempt from neither extends nor ends it", 2024, []meet{
			{time.February, branch.Regular, "excused", true},
			{time.March, branch.Regular, "exempt", true},
			{time.April, branch.Regular, "excused", true},
			{time.May, branch.Regular, "excused", true},
			{time.June, branch.Regular, "excused", false},
		}},
		{"a meeting the member was not summoned to is skipped", 2024, []meet{
			{time.February, branch.Regular, "excused", true},
			{time.March, branch.Regular, "not-summoned", true},
			{time.April, branch.Regular, "excused", true},
			{time.May, branch.Regular, "excused", true},
			{time.June, branch.Regular, "excused", false},
		}},
		{"a thematic meeting is a meeting of the run", 2024, []meet{
			{time.February, branch.Regular, "excused", true},
			{time.February, branch.Thematic, "excused", true},
			{time.March, branch.Regular, "excused", true},
			{time.April, branch.Regular, "excused", false},
		}},
		{"the count restarts with the calendar year", 2023, []meet{
			{time.September, branch.Regular, "excused", true},
			{time.October, branch.Regular, "excused", true},
			{time.November, branch.Regular, "excused", true},
			{time.December, branch.Regular, "excused", false},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ms []branch.Meeting
			for i, x := range tc.meetings {
				d := day(tc.year, x.month, 5)
				if x.kind == branch.Thematic {
					d = day(tc.year, x.month, 20)
				}
				m := full(org, fmt.Sprintf("%s-%d", tc.name[:3], i), x.kind, d)
				switch x.status {
				case "excused", "unexcused":
					absent(&m, x.status == "excused", "m05")
				case "exempt":
					absent(&m, true, "m05")
					m.AbsentExcused = nil
					m.Exempt = []string{"m05"}
				case "not-summoned":
					m.Summoned = slices.DeleteFunc(slices.Clone(m.Summoned), func(id string) bool { return id == "m05" })
					m.Present = slices.DeleteFunc(slices.Clone(m.Present), func(id string) bool { return id == "m05" })
				}
				require.NoError(t, m.Validate(org))
				ms = append(ms, m, committeeOf(m))
			}
			// Earlier in any order: reversed.
			earlier := slices.Clone(ms)
			slices.Reverse(earlier)
			ctx := ctxFor(org, earlier...)
			for i, x := range tc.meetings {
				m := &ms[2*i]
				a := evaluation.Scheme2018.Assess(m, ctx)
				c := criterion(t, a, "consecutive-absence")
				assert.Equal(t, x.wantMet, c.Met, "meeting of %s: %s", m.Date.VN(), c.Reason.EN)
				if !x.wantMet {
					assert.Equal(t, evaluation.NotMet, a.Level)
					assert.Contains(t, c.Reason.VI, "Member 05 (m05) vắng mặt có lý do")
				}
				consistent(t, &evaluation.Scheme2018, a, m, ctx)
			}
		})
	}
}

// The T14 reason names the run and its dates.
func TestT14Reason(t *testing.T) {
	org := newCell("t14", 20)
	var ms []branch.Meeting
	for mo := time.February; mo <= time.May; mo++ {
		m := full(org, "r"+mo.String(), branch.Regular, day(2024, mo, 5))
		absent(&m, true, "m05")
		ms = append(ms, m, committeeOf(m))
	}
	a := evaluation.Scheme2018.Assess(&ms[6], ctxFor(org, ms...))
	c := criterion(t, a, "consecutive-absence")
	assert.Equal(t, "Member 05 (m05) absent with a reason 4 consecutive times in 2024 (from 05/02/2024 to 05/05/2024); more than 3 consecutive times: not met.", c.Reason.EN)
	assert.Equal(t, "Member 05 (m05) vắng mặt có lý do 4 lần liên tiếp trong năm 2024 (từ 05/02/2024 đến 05/05/2024); quá 3 lần liên tiếp: chưa đạt.", c.Reason.VI)
}

// T15: a combined meeting of 100 minutes fails HD 42's 120 minutes; a
// regular one of 90 passes; of 85 fails (B4). Shorter meetings get the An
// Phú sheet's points (rules/second-pass.md 1.5, criterion 1).
func TestT15Duration(t *testing.T) {
	org := newCell("t15", 10)
	tests := []struct {
		name    string
		kind    branch.MeetingKind
		minutes int
		points  int // Scheme2025 criterion 1
		met2018 bool
		conf    chibo.Confidence // of the reason's source
	}{
		{"T15: combined 100 minutes, 20 short of 120: 3 points", branch.Combined, 100, 3, true, chibo.Secondary},
		{"T15: regular 90 minutes", branch.Regular, 90, 5, true, chibo.Verified},
		{"T15: regular 85 minutes, 5 short: 4 points", branch.Regular, 85, 4, false, chibo.Secondary},
		{"combined 120 minutes", branch.Combined, 120, 5, true, chibo.Verified},
		{"combined 105, short by exactly 15: 4", branch.Combined, 105, 4, true, chibo.Secondary},
		{"combined 104, short by 16: 3", branch.Combined, 104, 3, true, chibo.Secondary},
		{"combined 90, short by exactly 30: 3", branch.Combined, 90, 3, true, chibo.Secondary},
		{"combined 89, short by 31, at least half: 2", branch.Combined, 89, 2, false, chibo.Secondary},
		{"combined 60, exactly half: 2", branch.Combined, 60, 2, false, chibo.Secondary},
		{"combined 59, under half: 1", branch.Combined, 59, 1, false, chibo.Secondary},
		{"regular 60, short by 30: 3", branch.Regular, 60, 3, false, chibo.Secondary},
		{"regular 59, short by 31: 2", branch.Regular, 59, 2, false, chibo.Secondary},
		{"regular 45, exactly half: 2", branch.Regular, 45, 2, false, chibo.Secondary},
		{"regular 44, under half: 1", branch.Regular, 44, 1, false, chibo.Secondary},
		{"thematic 90 minutes (the 90 of a cell meeting)", branch.Thematic, 90, 5, true, chibo.Verified},
		{"thematic 80 minutes", branch.Thematic, 80, 4, false, chibo.Secondary},
		{"no times recorded: 0", branch.Regular, 0, 0, false, chibo.Verified},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m25 := full(org, "d", tc.kind, day(2026, time.April, 7))
			m25.End = m25.Start + branch.Clock(tc.minutes)
			ctx25 := ctxFor(org, committeeOf(m25))
			a := evaluation.Scheme2025.Assess(&m25, ctx25)
			c := criterion(t, a, "1")
			assert.Equal(t, tc.points, c.Points, c.Reason.EN)
			assert.Equal(t, tc.points == 5, c.Met)
			assert.Equal(t, tc.conf, c.Reason.Source.Confidence)
			consistent(t, &evaluation.Scheme2025, a, &m25, ctx25)

			m18 := m25
			m18.Date = day(2024, time.April, 7)
			m18.DocumentsPosted = m18.Date.AddDays(-1)
			ctx18 := ctxFor(org, committeeOf(m18))
			a18 := evaluation.Scheme2018.Assess(&m18, ctx18)
			assert.Equal(t, tc.met2018, criterion(t, a18, "duration").Met, "HD 12-HD/BTCTW: at least 90 minutes, combined included")
		})
	}
}

// T17: under the 2025 levels, 90 is Tốt, 89 Khá, 70 Khá, 50 Trung bình,
// under 50 Kém (B8; rules/second-pass.md 1.4). T16: Bình Thuận's sheet needs
// full marks on attendance, duration, participation and minutes for Tốt;
// 90 or more without them is Khá (B9).
func TestT16T17Levels(t *testing.T) {
	org := newCell("lv", 20)
	base := full(org, "lv", branch.Regular, day(2026, time.May, 6))
	tests := []struct {
		name     string
		change   func(*branch.Meeting)
		score    int
		want2025 evaluation.Level
		wantBT   evaluation.Level
	}{
		{"full marks", func(*branch.Meeting) {}, 100, evaluation.Good, evaluation.Good},
		// 4.2 at 15 of 25: 100 − 10 = 90; in Bình Thuận 4.2 (participation)
		// is one of the four criteria Tốt needs at full marks.
		{"T17: 90 is Tốt (Khá in Bình Thuận: 4.2 short)", func(m *branch.Meeting) { m.Scores["4.2"] = 15 }, 90, evaluation.Good, evaluation.Fair},
		// 4.2 at 14: 89.
		{"T17: 89 is Khá", func(m *branch.Meeting) { m.Scores["4.2"] = 14 }, 89, evaluation.Fair, evaluation.Fair},
		// 4.2 at 0 (−25), 4.3 at 5 (−5): 70.
		{"T17: 70 is Khá", func(m *branch.Meeting) { m.Scores["4.2"], m.Scores["4.3"] = 0, 5 }, 70, evaluation.Fair, evaluation.Fair},
		// −25 −10, results 50% = 15 points (−15): 50.
		{"T17: 50 is Trung bình", func(m *branch.Meeting) { m.Scores["4.2"], m.Scores["4.3"], m.ResultsPercent = 0, 0, 50 }, 50, evaluation.Average, evaluation.Average},
		// As above with 85 minutes (4 of 5): 49.
		{"T16: 49 is Kém", func(m *branch.Meeting) {
			m.Scores["4.2"], m.Scores["4.3"], m.ResultsPercent = 0, 0, 50
			m.End = m.Start + 85
		}, 49, evaluation.Poor, evaluation.Poor},
		// 80 minutes (−1), 4.3 at 3 (−7): 92 without full duration.
		{"T16: 92 without duration full marks is Khá in Bình Thuận", func(m *branch.Meeting) {
			m.End = m.Start + 80
			m.Scores["4.3"] = 3
		}, 92, evaluation.Good, evaluation.Fair},
		// 4.2 at 13: 88.
		{"T16: 88 is Khá", func(m *branch.Meeting) { m.Scores["4.2"] = 13 }, 88, evaluation.Fair, evaluation.Fair},
		// 4.2 at 0 (−25), 4.3 at 4 (−6): 69.
		{"T16: 69 is Trung bình", func(m *branch.Meeting) { m.Scores["4.2"], m.Scores["4.3"] = 0, 4 }, 69, evaluation.Average, evaluation.Average},
		// 4.3 at 0: 90 with 1, 2, 4.2, 7 at full marks.
		{"T16: 90 with the four key criteria full is Tốt", func(m *branch.Meeting) { m.Scores["4.3"] = 0 }, 90, evaluation.Good, evaluation.Good},
		// 17/20 present: criterion 2 at 0: 95.
		{"T16: 95 without full attendance is Khá", func(m *branch.Meeting) { absent(m, true, "m18", "m19", "m20") }, 95, evaluation.Good, evaluation.Fair},
		// minutes incomplete: criterion 7 at 0: 95.
		{"T16: 95 without the minutes is Khá", func(m *branch.Meeting) { m.MinutesComplete = false }, 95, evaluation.Good, evaluation.Fair},
		// 4.2 at 24 (−1), 4.3 at 1 (−9): 90.
		{"T16: 90 with participation one short is Khá", func(m *branch.Meeting) { m.Scores["4.2"], m.Scores["4.3"] = 24, 1 }, 90, evaluation.Good, evaluation.Fair},
		// Short of the top rule but under 90 anyway: the bands decide.
		{"T16: 85 without the minutes stays Khá", func(m *branch.Meeting) { m.MinutesComplete = false; m.Scores["4.3"] = 0 }, 85, evaluation.Fair, evaluation.Fair},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := with(base, tc.change)
			require.NoError(t, m.Validate(org))
			ctx := ctxFor(org, committeeOf(m))
			a := evaluation.Scheme2025.Assess(&m, ctx)
			assert.Equal(t, tc.score, a.Score)
			assert.Equal(t, tc.want2025, a.Level, "Scheme2025")
			consistent(t, &evaluation.Scheme2025, a, &m, ctx)
			b := evaluation.SchemeBinhThuan.Assess(&m, ctx)
			assert.Equal(t, tc.score, b.Score, "the same criteria")
			assert.Equal(t, tc.wantBT, b.Level, "SchemeBinhThuan")
			consistent(t, &evaluation.SchemeBinhThuan, b, &m, ctx)
			assert.Equal(t, tc.want2025 == evaluation.Good && tc.wantBT == evaluation.Fair, evaluation.SchemeBinhThuan.Check(&m, ctx).Demoted)
		})
	}
}

func TestT16DemotionReason(t *testing.T) {
	org := newCell("bt", 20)
	m := with(full(org, "bt", branch.Regular, day(2026, time.May, 6)), func(m *branch.Meeting) {
		m.End = m.Start + 80
		m.Scores["4.3"] = 3
	})
	a := evaluation.SchemeBinhThuan.Assess(&m, ctxFor(org, committeeOf(m)))
	r := a.Reasons[len(a.Reasons)-1]
	assert.Equal(t, "Total 92 of 100 points reach the good band (90 or more) but criterion 1 is short of full marks (good needs full marks on 2, 1, 4.2, 7): rated fair.", r.EN)
	assert.Equal(t, "Tổng 92/100 điểm, đạt mức điểm Tốt (từ 90 điểm) nhưng chưa đạt điểm tối đa ở tiêu chí 1 (mức Tốt cần điểm tối đa ở các tiêu chí 2, 1, 4.2, 7): xếp loại Khá.", r.VI)
	assert.Equal(t, "Đảng uỷ Khối (Bình Thuận)", r.Source.Issuer)
	assert.Equal(t, []string{"1", "4.3"}, a.Failed)
}

// ---- 2025 criteria one by one ----

func TestScheme2025Criteria(t *testing.T) {
	org := newCell("c25", 10)
	d := day(2026, time.June, 10)
	base := full(org, "c25", branch.Regular, d)
	cc := committeeOf(base)
	tests := []struct {
		name    string
		id      string
		change  func(*branch.Meeting)
		ctx     *evaluation.Context
		points  int
		reasonE string // a part of the English reason
	}{
		// 2: attendance ≥ 90% and no unexcused absence (B8).
		{"2: one unexcused absence of 10: 90% but not clean", "2", func(m *branch.Meeting) { absent(m, false, "m10") }, nil, 0, "1 absent without a reason (Member 10 (m10))"},
		{"2: one excused absence of 10 (90%)", "2", func(m *branch.Meeting) { absent(m, true, "m10") }, nil, 5, "9 of 10 members present (90.0%), at least 90% required (reached)"},
		{"2: nobody counted", "2", func(m *branch.Meeting) { m.Summoned, m.Present = nil, nil }, nil, 0, "No member is counted"},
		// 3.1: preparation and draft resolution.
		{"3.1: no draft resolution", "3.1", func(m *branch.Meeting) { m.DraftResolution = false }, nil, 0, "but there was no draft resolution"},
		{"3.1: not prepared by the secretary", "3.1", func(m *branch.Meeting) { m.PreparedByLeader = false }, nil, 0, "does not show the secretary (or deputy) preparing"},
		{"3.1: neither", "3.1", func(m *branch.Meeting) { m.PreparedByLeader, m.DraftResolution = false, false }, nil, 0, "neither"},
		// 3.2: committee first (3) and documents a day ahead (2), HD 42.
		{"3.2: both", "3.2", nil, nil, 5, "met on 07/06/2026"},
		{"3.2: no committee meeting", "3.2", nil, ctxFor(org), 2, "No cell-committee (secretary and deputy) meeting found in June 2026"},
		{"3.2: committee meeting after the cell meeting", "3.2", nil, ctxFor(org, with(cc, func(c *branch.Meeting) { c.Date = d.AddDays(2) })), 2, "No cell-committee"},
		{"3.2: committee meeting in the previous month", "3.2", nil, ctxFor(org, with(cc, func(c *branch.Meeting) { c.Date = day(2026, time.May, 30) })), 2, "No cell-committee"},
		{"3.2: committee meeting of another cell", "3.2", nil, ctxFor(org, with(cc, func(c *branch.Meeting) { c.Org = "other" })), 2, "No cell-committee"},
		{"3.2: committee on the same day counts", "3.2", nil, ctxFor(org, with(cc, func(c *branch.Meeting) { c.Date = d })), 5, "met on 10/06/2026"},
		{"3.2: documents posted the same day", "3.2", func(m *branch.Meeting) { m.DocumentsPosted = d }, nil, 3, "not at least 1 day before"},
		{"3.2: documents not posted", "3.2", func(m *branch.Meeting) { m.DocumentsPosted = chibo.Date{} }, nil, 3, "were not posted"},
		{"3.2: the cell's own score", "3.2", func(m *branch.Meeting) { m.Scores["3.2"] = 4 }, ctxFor(org), 4, `Scores["3.2"] = 4`},
		{"3.2: the cell's score clamped to 5", "3.2", func(m *branch.Meeting) { m.Scores["3.2"] = 9 }, nil, 5, `Scores["3.2"] = 9, within 0–5`},
		// 4.1, 5: facts.
		{"4.1: a step missed", "4.1", func(m *branch.Meeting) { m.AllSteps = false }, nil, 0, "does not show every procedural step"},
		{"5: principles not recorded", "5", func(m *branch.Meeting) { m.Principles = false }, nil, 0, "principles"},
		// 4.2, 4.3: the cell's judgement, clamped; none is 0.
		{"4.2: not scored by the cell", "4.2", func(m *branch.Meeting) { delete(m.Scores, "4.2") }, nil, 0, "was not scored by the cell"},
		{"4.2: 30 clamped to 25", "4.2", func(m *branch.Meeting) { m.Scores["4.2"] = 30 }, nil, 25, `Scores["4.2"] = 30, within 0–25`},
		{"4.2: negative clamped to 0", "4.2", func(m *branch.Meeting) { m.Scores["4.2"] = -4 }, nil, 0, `Scores["4.2"] = -4`},
		{"4.3: not scored by the cell", "4.3", func(m *branch.Meeting) { delete(m.Scores, "4.3") }, nil, 0, "was not scored by the cell"},
		{"4.3: 7 of 10", "4.3", func(m *branch.Meeting) { m.Scores["4.3"] = 7 }, nil, 7, "7 of 10 points"},
		// 7: minutes and documents (within 2 days after, An Phú sheet).
		{"7: minutes incomplete", "7", func(m *branch.Meeting) { m.MinutesComplete = false }, nil, 0, "The minutes are not complete"},
		{"7: documents posted 2 days after", "7", func(m *branch.Meeting) { m.DocumentsPosted = d.AddDays(2) }, nil, 5, "posted on 12/06/2026"},
		{"7: documents posted 3 days after", "7", func(m *branch.Meeting) { m.DocumentsPosted = d.AddDays(3) }, nil, 0, "more than 2 days after"},
		{"7: documents not posted", "7", func(m *branch.Meeting) { m.DocumentsPosted = chibo.Date{} }, nil, 0, "were not posted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := base
			if tc.change != nil {
				m = with(base, tc.change)
			}
			ctx := tc.ctx
			if ctx == nil {
				ctx = ctxFor(org, cc)
			}
			a := evaluation.Scheme2025.Assess(&m, ctx)
			c := criterion(t, a, tc.id)
			assert.Equal(t, tc.points, c.Points, c.Reason.EN)
			assert.Contains(t, c.Reason.EN, tc.reasonE)
			consistent(t, &evaluation.Scheme2025, a, &m, ctx)
		})
	}
}

// Criterion 6: the previous resolution's results, banded as the An Phú
// sheet (rules/second-pass.md 1.5, criterion 7).
func TestScheme2025Results(t *testing.T) {
	org := newCell("r", 5)
	tests := []struct {
		percent, points int
	}{{-1, 0}, {0, 10}, {49, 10}, {50, 15}, {59, 15}, {60, 20}, {69, 20}, {70, 24}, {79, 24}, {80, 27}, {89, 27}, {90, 30}, {100, 30}, {150, 30}, {-7, 0}}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.percent), func(t *testing.T) {
			m := full(org, "r", branch.Regular, day(2026, time.July, 8))
			m.ResultsPercent = tc.percent
			a := evaluation.Scheme2025.Assess(&m, ctxFor(org, committeeOf(m)))
			c := criterion(t, a, "6")
			assert.Equal(t, tc.points, c.Points, c.Reason.EN)
			if tc.percent < 0 {
				assert.Contains(t, c.Reason.EN, "not assessed")
			}
		})
	}
}

// ---- 2018 criteria that need the cell's judgement ----

func TestScheme2018Judgements(t *testing.T) {
	org := newCell("j", 10)
	base := full(org, "j", branch.Regular, day(2024, time.September, 9))
	tests := []struct {
		name    string
		id      string
		change  func(*branch.Meeting)
		met     bool
		reasonE string
		conf    chibo.Confidence
	}{
		{"speakers: the cell judged it met", "speakers", nil, true, `Scores["speakers"] = 1`, chibo.Verified},
		{"speakers: the cell judged it not met, despite 8 speakers", "speakers", func(m *branch.Meeting) { m.Scores["speakers"] = 0 }, false, "8 speakers", chibo.Verified},
		{"speakers: no judgement, 8 speakers: at least one", "speakers", func(m *branch.Meeting) { delete(m.Scores, "speakers") }, true, `does not quantify "many"`, chibo.Inferred},
		{"speakers: no judgement, nobody spoke", "speakers", func(m *branch.Meeting) { delete(m.Scores, "speakers"); m.Speakers = 0 }, false, "0 speakers", chibo.Inferred},
		{"results: the cell judged them good", "results", nil, true, `Scores["results"] = 1`, chibo.Verified},
		{"results: no judgement: not met, whatever the percentage", "results", func(m *branch.Meeting) { delete(m.Scores, "results") }, false, "95% of targets", chibo.Verified},
		{"results: judged not good", "results", func(m *branch.Meeting) { m.Scores["results"] = 0 }, false, `Scores["results"] = 0`, chibo.Verified},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := base
			if tc.change != nil {
				m = with(base, tc.change)
			}
			ctx := ctxFor(org, committeeOf(m))
			a := evaluation.Scheme2018.Assess(&m, ctx)
			c := criterion(t, a, tc.id)
			assert.Equal(t, tc.met, c.Met)
			assert.Contains(t, c.Reason.EN, tc.reasonE)
			assert.Equal(t, tc.conf, c.Reason.Source.Confidence)
			assert.Equal(t, tc.met, a.Level == evaluation.Met, "every other criterion is met")
			consistent(t, &evaluation.Scheme2018, a, &m, ctx)
		})
	}
}

func TestScheme2018AllMet(t *testing.T) {
	org := newCell("a", 12)
	m := full(org, "a", branch.Regular, day(2024, time.October, 8))
	ctx := ctxFor(org, committeeOf(m))
	a := evaluation.Scheme2018.Assess(&m, ctx)
	assert.Equal(t, evaluation.Met, a.Level)
	assert.Empty(t, a.Failed)
	assert.Len(t, a.Criteria, 13)
	assert.Equal(t, 0, a.Max)
	assert.Equal(t, "All 13 of 13 criteria met: the meeting is rated met.", a.Reasons[0].EN)

	// A cell whose only officer is the secretary may be spared the
	// cell-committee meeting (branch.ScheduleRules.NoCellCommitteeMeeting).
	solo := newCell("s", 5)
	solo.Deputies = nil
	ms := full(solo, "s", branch.Regular, day(2024, time.October, 8))
	waived := &evaluation.Context{Org: solo, Rules: branch.ScheduleRules{NoCellCommitteeMeeting: true}}
	assert.True(t, criterion(t, evaluation.Scheme2018.Assess(&ms, waived), "cell-committee").Met)
	assert.False(t, criterion(t, evaluation.Scheme2018.Assess(&ms, &evaluation.Context{Org: solo}), "cell-committee").Met, "no waiver without the rule")
	assert.False(t, criterion(t, evaluation.Scheme2018.Assess(&m, &evaluation.Context{Org: org, Rules: branch.ScheduleRules{NoCellCommitteeMeeting: true}}), "cell-committee").Met, "a cell with a deputy is not waived")
}

// ---- by date, zero values, other kinds ----

func TestAssessByDate(t *testing.T) {
	org := newCell("d", 10)
	for _, tc := range []struct {
		d    chibo.Date
		want string
	}{{day(2025, time.October, 27), "2018"}, {day(2025, time.October, 28), "2025"}} {
		m := full(org, "d", branch.Regular, tc.d)
		a := evaluation.Assess(&m, ctxFor(org, committeeOf(m)))
		assert.Equal(t, tc.want, a.Scheme, tc.d.VN())
		assert.Equal(t, a.Level, evaluation.Check(&m, ctxFor(org, committeeOf(m))).Level)
	}
}

func TestNotRated(t *testing.T) {
	zero := evaluation.Scheme{}
	var nilScheme *evaluation.Scheme
	tests := []struct {
		name   string
		s      *evaluation.Scheme
		m      *branch.Meeting
		reason string
	}{
		{"nil meeting", &evaluation.Scheme2025, nil, "No meeting record."},
		{"zero meeting: no kind", &evaluation.Scheme2025, &branch.Meeting{}, "not a cell meeting"},
		{"cell committee", &evaluation.Scheme2025, &branch.Meeting{ID: "x", Kind: branch.CellCommittee}, `Meeting "x" is a cell-committee meeting, not a cell meeting`},
		{"committee", &evaluation.Scheme2018, &branch.Meeting{ID: "x", Kind: branch.Committee}, "is a committee meeting"},
		{"plenary", &evaluation.Scheme2018, &branch.Meeting{ID: "x", Kind: branch.Plenary}, "is a plenary meeting"},
		{"zero scheme", &zero, &branch.Meeting{ID: "x", Kind: branch.Regular}, `Scheme "" has no criteria.`},
		{"nil scheme", nilScheme, &branch.Meeting{ID: "x", Kind: branch.Regular}, "has no criteria"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.s.Assess(tc.m, nil)
			assert.Equal(t, evaluation.LevelNone, a.Level)
			assert.Zero(t, a.Score)
			assert.Zero(t, a.Max)
			assert.Empty(t, a.Criteria)
			require.Len(t, a.Reasons, 1)
			assert.Equal(t, evaluation.RuleKind, a.Reasons[0].Rule)
			assert.Contains(t, a.Reasons[0].EN, tc.reason)
			assert.Equal(t, evaluation.Outcome{}, tc.s.Check(tc.m, nil))
		})
	}
	// Assess and Check by date on nil.
	assert.Equal(t, evaluation.LevelNone, evaluation.Assess(nil, nil).Level)
	assert.Equal(t, evaluation.Outcome{}, evaluation.Check(nil, nil))
}

// A zero-value cell meeting is rated without panicking, and nothing in it
// earns points it did not record.
func TestZeroRegularMeeting(t *testing.T) {
	m := branch.Meeting{Kind: branch.Regular}
	a := evaluation.Scheme2025.Assess(&m, nil)
	// Only criterion 6 gives points: ResultsPercent 0 is "under 50%", 10.
	assert.Equal(t, 10, a.Score)
	assert.Equal(t, evaluation.Poor, a.Level)
	consistent(t, &evaluation.Scheme2025, a, &m, nil)
	b := evaluation.Scheme2018.Assess(&m, nil)
	assert.Equal(t, evaluation.NotMet, b.Level)
	// Met vacuously: nobody absent without a reason, nobody absent in a row.
	assert.Equal(t, []string{"attendance", "preparation", "cell-committee", "draft-resolution", "steps", "criticism", "speakers", "duration", "minutes", "principles", "results"}, b.Failed)
}

// The ScoreFuncs of the package's criteria can be called directly with the
// zero Input.
func TestScoreFuncZeroInput(t *testing.T) {
	for _, s := range evaluation.Schemes() {
		for _, c := range s.Criteria {
			mk := c.Score(evaluation.Input{})
			assert.Equal(t, "No meeting record.", mk.EN, c.ID)
			m := branch.Meeting{Kind: branch.Combined}
			assert.NotPanics(t, func() { c.Score(evaluation.Input{Meeting: &m, Explain: true}) }, c.ID)
		}
	}
}

// A custom criterion that returns points out of range is clamped, so the
// score stays within Max.
func TestCustomCriterionClamped(t *testing.T) {
	s := evaluation.Scheme{
		Name: "local", Max: 10,
		Bands: []evaluation.Band{{Min: 9, Level: evaluation.Good}, {Min: 0, Level: evaluation.Poor}},
		Criteria: []evaluation.Criterion{
			{ID: "a", Max: 5, Source: chibo.Source{Document: "local"}, Score: func(evaluation.Input) evaluation.Mark { return evaluation.Mark{Points: 50, VI: "a", EN: "a"} }},
			{ID: "b", Max: 5, Source: chibo.Source{Document: "local"}, Score: func(evaluation.Input) evaluation.Mark { return evaluation.Mark{Points: -3, VI: "b", EN: "b"} }},
		},
	}
	require.NoError(t, s.Validate())
	m := branch.Meeting{ID: "x", Kind: branch.Regular}
	a := s.Assess(&m, nil)
	assert.Equal(t, 5, a.Score)
	assert.Equal(t, evaluation.Poor, a.Level)
	if diff := cmp.Diff([]string{"b"}, a.Failed); diff != "" {
		t.Errorf("Failed (-want +got):\n%s", diff)
	}
	assert.Equal(t, "evaluation.meeting.a", a.Criteria[0].Reason.Rule, "an empty Rule is evaluation.meeting.<ID>")
}

// Assessment JSON carries the level by name.
func TestAssessmentJSON(t *testing.T) {
	org := newCell("j", 3)
	m := full(org, "j1", branch.Regular, day(2026, time.February, 9))
	a := evaluation.Scheme2025.Assess(&m, ctxFor(org, committeeOf(m)))
	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.True(t, strings.Contains(string(b), `"level":"tot"`), string(b))
	assert.True(t, strings.Contains(string(b), `"kind":"regular"`), string(b))
	var back evaluation.Assessment
	require.NoError(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
