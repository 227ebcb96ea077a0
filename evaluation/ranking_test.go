package evaluation_test

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// ---- fixtures (prefixed rk so as not to collide with other test files) ----

func rkDay(y int, m time.Month, d int) chibo.Date { return chibo.DateOf(y, m, d) }

// rkMember is an official member admitted long ago (01/05/2010).
func rkMember(id string) *member.Member {
	return &member.Member{ID: id, Name: "Member " + id, DecisionDate: rkDay(2010, time.May, 1), OfficialDate: rkDay(2011, time.May, 1), Branch: "c1"}
}

// rk2025 is a 2025 member year with the given score and task counts,
// reviewed on 15/12/2025.
func rk2025(id string, score float64, assigned, onTime, late, exceeded int) evaluation.MemberYear {
	return evaluation.MemberYear{Member: rkMember(id), Year: 2025, ReviewDate: rkDay(2025, time.December, 15), Score: score,
		TasksAssigned: assigned, TasksOnTime: onTime, TasksLate: late, TasksExceeded: exceeded}
}

// rkGraded is a member year under a graded regime with the given criteria
// and task-result grades, reviewed on 15 December of year.
func rkGraded(id string, year int, tasks evaluation.Grade, criteria ...evaluation.Grade) evaluation.MemberYear {
	return evaluation.MemberYear{Member: rkMember(id), Year: year, ReviewDate: rkDay(year, time.December, 15), Tasks: tasks, Criteria: criteria}
}

const (
	xs = evaluation.GradeExcellent
	gt = evaluation.GradeGood
	tb = evaluation.GradeAverage
	km = evaluation.GradePoor
)

func rkRules(rs []chibo.Reason) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Rule
	}
	return out
}

func rkReason(rs []chibo.Reason, rule string) (chibo.Reason, bool) {
	for _, r := range rs {
		if r.Rule == rule {
			return r, true
		}
	}
	return chibo.Reason{}, false
}

// rkCheck ranks in by r and checks what every ranking must satisfy:
// RankQuick agrees; the regime reason first and the level reason last;
// every reason in both languages with a source document.
func rkCheck(t *testing.T, r *evaluation.RankingRegime, in *evaluation.MemberYear) evaluation.MemberRanking {
	t.Helper()
	got := r.RankMember(in)
	assert.Equal(t, got.Rank, r.RankQuick(in), "RankQuick disagrees with RankMember")
	assert.Equal(t, got.Rank, got.Proposed)
	require.NotEmpty(t, got.Reasons)
	assert.Equal(t, evaluation.RuleRankRegime, got.Reasons[0].Rule)
	assert.Equal(t, evaluation.RuleRankLevel, got.Reasons[len(got.Reasons)-1].Rule)
	for _, rs := range got.Reasons {
		assert.NotEmpty(t, rs.VI, rs.Rule)
		assert.NotEmpty(t, rs.EN, rs.Rule)
		assert.NotEmpty(t, rs.Source.Document, rs.Rule)
	}
	return got
}

// ---- regimes ----

func TestRankingForYear(t *testing.T) {
	// rules/evaluation.md §0 "Recommendation": R2018 for 2018–2022, R2023
	// (QĐ 124 of 04/10/2023) for the 2023 and 2024 reviews, R2025 (QĐ 366,
	// HD 43) from the 2025 review.
	for _, tc := range []struct {
		year int
		want string
	}{{2010, "2018"}, {2018, "2018"}, {2022, "2018"}, {2023, "2023"}, {2024, "2023"}, {2025, "2025"}, {2031, "2025"}} {
		assert.Equal(t, tc.want, evaluation.RankingForYear(tc.year).Name, "year %d", tc.year)
	}
	for _, r := range evaluation.RankingRegimes() {
		require.NoError(t, r.Validate(), r.Name)
		assert.Equal(t, 1, r.Quota.Num)
		assert.Equal(t, 5, r.Quota.Den)
		assert.Equal(t, evaluation.Floor, r.Quota.Rounding)
	}
}

func TestRankingConfidence(t *testing.T) {
	// The points the research could not verify are marked (SPEC: uncertain
	// rules are explicit).
	r := evaluation.Ranking2025
	assert.Equal(t, chibo.Verified, r.HTXS.Source.Confidence, "366 Điều 11 point 1 (rules 2.11)")
	assert.Equal(t, chibo.Secondary, r.HTT.Source.Confidence, "rules 2.12")
	assert.Equal(t, chibo.Inferred, r.HTNV.Source.Confidence, "individual HTNV assumed from the collective's (rules 2.13)")
	assert.Equal(t, chibo.Inferred, r.ExcludedSource.Confidence, "2025 exclusions assumed as 2023 (rules 2.7)")
	assert.Equal(t, chibo.Unverified, r.DisciplineSource.Confidence, "point 4.3 not retrieved (rules 2.14)")
	assert.Equal(t, chibo.Unverified, r.Quota.Source.Confidence, "366 ratio not retrieved (rules 2.23)")
	assert.Equal(t, chibo.Inferred, r.BandSource.Confidence, "rules 2.15")
	assert.Equal(t, chibo.Verified, r.LeaderSource.Confidence, "point 4.2 (rules 2.14)")
	assert.Equal(t, chibo.Verified, evaluation.Ranking2023.DisciplineSource.Confidence, "rules 2.18")
	assert.Equal(t, chibo.Verified, evaluation.Ranking2018.StateSource.Confidence, "rules 2.26")
}

func TestRankingRegimeValidate(t *testing.T) {
	r := evaluation.Ranking2025
	r.Name = ""
	r.HTT.MinScore = 95 // above HTXS
	r.LeaderMaxLowConfidencePercent = 120
	r.Quota.Den = 0
	err := r.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, evaluation.ErrRegime)
	for _, want := range []string{"no name", "HTT.MinScore", "LeaderMaxLowConfidencePercent", "Quota"} {
		assert.Contains(t, err.Error(), want)
	}
}

func TestRankText(t *testing.T) {
	for r := evaluation.NotRanked; r <= evaluation.NotCompleted; r++ {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back evaluation.Rank
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
		require.NoError(t, back.UnmarshalText([]byte(r.Abbr())))
		assert.Equal(t, r, back, r.Abbr())
	}
	assert.Equal(t, "htxs", evaluation.Outstanding.String())
	assert.Equal(t, "Hoàn thành tốt nhiệm vụ", evaluation.CompletedWell.VI())
	assert.Equal(t, "KHTNV", evaluation.NotCompleted.Abbr())
	assert.True(t, evaluation.Outstanding.Above(evaluation.CompletedWell))
	assert.False(t, evaluation.NotRanked.Above(evaluation.NotCompleted))
	_, err := evaluation.Rank(9).MarshalText()
	assert.Error(t, err)
	var r evaluation.Rank
	assert.Error(t, r.UnmarshalText([]byte("excellent")))

	for g := evaluation.GradeNone; g <= evaluation.GradePoor; g++ {
		b, err := g.MarshalText()
		require.NoError(t, err)
		var back evaluation.Grade
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, g, back)
	}
	var g evaluation.Grade
	require.NoError(t, g.UnmarshalText([]byte("Trung bình")))
	assert.Equal(t, tb, g)
	assert.True(t, gt.AtLeast(tb))
	assert.False(t, tb.AtLeast(gt))
	assert.False(t, evaluation.GradeNone.AtLeast(km))

	// A member year round-trips through JSON.
	in := rkGraded("a", 2024, gt, gt, xs)
	in.StateRank = evaluation.CompletedWell
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var back evaluation.MemberYear
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Empty(t, cmp.Diff(in, back))
}

// ---- members ----

func TestRankMember2025(t *testing.T) {
	r := &evaluation.Ranking2025
	leader := func(in evaluation.MemberYear, change func(*evaluation.MemberYear)) evaluation.MemberYear {
		in.Leader, in.UnitsTasksPercent, in.UnitsExceededPercent, in.LowConfidencePercent = true, 100, 40, -1
		change(&in)
		return in
	}
	disciplined := func(in evaluation.MemberYear, d chibo.Date) evaluation.MemberYear {
		in.Member.Discipline = []member.Discipline{{Form: member.Reprimand, Date: d}}
		return in
	}
	for _, tc := range []struct {
		name string
		in   evaluation.MemberYear
		want evaluation.Rank
		has  []string // rules the reasons must include
	}{
		{"T1 92 points, all on time, 35% exceeded: HTXS (2.11)", rk2025("t1", 92, 20, 20, 0, 7), evaluation.Outstanding, []string{evaluation.RuleRankScore, evaluation.RuleRankConditions}},
		{"T2 92 points, 20% exceeded: HTT by the band interpretation (2.11, 2.15)", rk2025("t2", 92, 20, 20, 0, 4), evaluation.CompletedWell, []string{evaluation.RuleRankBand}},
		{"exactly 90 points and 30% exceeded: HTXS (bands are inclusive)", rk2025("b90", 90, 10, 10, 0, 3), evaluation.Outstanding, nil},
		{"89.99 points: HTT band", rk2025("b89", 89.99, 10, 10, 0, 5), evaluation.CompletedWell, nil},
		{"T3 49.5 points: KHTNV (2.14)", rk2025("t3", 49.5, 10, 10, 0, 0), evaluation.NotCompleted, []string{evaluation.RuleRankScore}},
		{"T4 69.9 points, all completed, 10% late: HTNV (2.13)", rk2025("t4", 69.9, 10, 9, 1, 0), evaluation.Completed, nil},
		{"95 points, one task late: HTNV by the band interpretation (2.12, 2.15)", rk2025("late", 95, 10, 9, 1, 5), evaluation.Completed, []string{evaluation.RuleRankBand}},
		{"60 points, 30% late: KHTNV, no level's conditions hold (2.13 assumed, 2.15)", rk2025("late30", 60, 10, 7, 3, 0), evaluation.NotCompleted, []string{evaluation.RuleRankBand}},
		{"80 points, a task not completed: KHTNV (100% completed for every level)", rk2025("open", 80, 10, 9, 0, 0), evaluation.NotCompleted, nil},
		{"95 points, no task counted: the exceeded share cannot be shown, HTT", rk2025("none", 95, 0, 0, 0, 0), evaluation.CompletedWell, []string{evaluation.RuleRankBand}},
		{"T5 leader, 85 points, 55% low confidence: KHTNV regardless of score (2.14b)",
			leader(rk2025("t5", 85, 10, 10, 0, 0), func(in *evaluation.MemberYear) { in.LowConfidencePercent = 55 }), evaluation.NotCompleted, []string{evaluation.RuleRankConfidence}},
		{"leader, 85 points, exactly 50% low confidence: not more than half, HTT",
			leader(rk2025("t5b", 85, 10, 10, 0, 0), func(in *evaluation.MemberYear) { in.LowConfidencePercent = 50 }), evaluation.CompletedWell, nil},
		{"leader, units completed 65% of tasks: KHTNV (4.2a, < 70%)",
			leader(rk2025("u65", 85, 10, 10, 0, 0), func(in *evaluation.MemberYear) { in.UnitsTasksPercent, in.UnitsExceededPercent = 65, 10 }), evaluation.NotCompleted, []string{evaluation.RuleRankUnits}},
		{"leader, a basic target missed: KHTNV (4.2a)",
			leader(rk2025("basic", 92, 10, 10, 0, 4), func(in *evaluation.MemberYear) { in.BasicTargetsFailed = true }), evaluation.NotCompleted, []string{evaluation.RuleRankUnits}},
		{"leader, 60% of the units under the member KHTNV: KHTNV (4.2a, > 50%)",
			leader(rk2025("ranked", 92, 10, 10, 0, 4), func(in *evaluation.MemberYear) { in.UnitsNotCompletedPercent = 60 }), evaluation.NotCompleted, []string{evaluation.RuleRankUnits}},
		{"leader, 92 points, own 40% exceeded but units only 20% exceeded: HTT (2.11 leaders)",
			leader(rk2025("units20", 92, 10, 10, 0, 4), func(in *evaluation.MemberYear) { in.UnitsExceededPercent = 20 }), evaluation.CompletedWell, []string{evaluation.RuleRankBand}},
		{"leader, 92 points, units 100% completed but 10% late: HTNV (units on time for HTT)",
			leader(rk2025("unitslate", 92, 10, 10, 0, 4), func(in *evaluation.MemberYear) { in.UnitsLatePercent = 10 }), evaluation.Completed, nil},
		{"non-leader disciplined in the year: KHTNV by the library's default (2.14, 4.3 not read)",
			disciplined(rk2025("d", 95, 10, 10, 0, 5), rkDay(2025, time.March, 10)), evaluation.NotCompleted, []string{evaluation.RuleRankDiscipline}},
		{"non-leader disciplined, self-detected and remedied: ranked normally (exception kept, 2.14)",
			func() evaluation.MemberYear {
				in := disciplined(rk2025("dr", 95, 10, 10, 0, 5), rkDay(2025, time.March, 10))
				in.SelfRemedied = true
				return in
			}(), evaluation.Outstanding, []string{evaluation.RuleRankDiscipline}},
		{"leader disciplined, self-remedied: KHTNV, 4.2c names no exception",
			func() evaluation.MemberYear {
				in := leader(disciplined(rk2025("dl", 95, 10, 10, 0, 5), rkDay(2025, time.March, 10)), func(*evaluation.MemberYear) {})
				in.SelfRemedied = true
				return in
			}(), evaluation.NotCompleted, []string{evaluation.RuleRankDiscipline}},
		{"discipline in the year before does not count (6.9)",
			disciplined(rk2025("dp", 95, 10, 10, 0, 5), rkDay(2024, time.December, 20)), evaluation.Outstanding, nil},
		{"discipline after a December review but within the year counts (calendar year; re-ranking, rules 1.8)",
			disciplined(rk2025("da", 95, 10, 10, 0, 5), rkDay(2025, time.December, 20)), evaluation.NotCompleted, []string{evaluation.RuleRankDiscipline}},
		{"discipline in January of the next year, before a January review, does not count",
			func() evaluation.MemberYear {
				in := disciplined(rk2025("dj", 95, 10, 10, 0, 5), rkDay(2026, time.January, 5))
				in.ReviewDate = rkDay(2026, time.January, 10)
				return in
			}(), evaluation.Outstanding, nil},
		{"degradation concluded: KHTNV",
			func() evaluation.MemberYear { in := rk2025("deg", 95, 10, 10, 0, 5); in.Degraded = true; return in }(), evaluation.NotCompleted, []string{evaluation.RuleRankDegraded}},
		{"no sick-leave cap in 2025 (rules 2.7, a parameter)",
			func() evaluation.MemberYear {
				in := rk2025("sick", 95, 10, 10, 0, 5)
				in.SickLeaveDays = 150
				return in
			}(), evaluation.Outstanding, nil},
		{"no state coupling in 2025 (rules 2.29)",
			func() evaluation.MemberYear {
				in := rk2025("state", 95, 10, 10, 0, 5)
				in.StateRank = evaluation.Completed
				return in
			}(), evaluation.Outstanding, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rkCheck(t, r, &tc.in)
			assert.Equal(t, tc.want, got.Rank, "%v", got.Reasons)
			for _, rule := range tc.has {
				assert.Contains(t, rkRules(got.Reasons), rule)
			}
		})
	}
}

func TestRankMemberBandReason(t *testing.T) {
	// T2 (rules 2.15): the reasons say why HTXS failed and that the result
	// is an interpretation.
	in := rk2025("t2", 92, 20, 20, 0, 4)
	got := rkCheck(t, &evaluation.Ranking2025, &in)
	c, ok := rkReason(got.Reasons, evaluation.RuleRankConditions)
	require.True(t, ok)
	assert.Equal(t, "Not HTXS: needs at least 30% of tasks beyond requirement, has 20.0%.", c.EN)
	assert.Contains(t, c.VI, "có 20,0%")
	b, ok := rkReason(got.Reasons, evaluation.RuleRankBand)
	require.True(t, ok)
	assert.Equal(t, chibo.Inferred, b.Source.Confidence)
	assert.Contains(t, b.EN, "HTXS band")
	assert.Contains(t, b.EN, "— HTT")
	assert.Equal(t, "Ranked: completed duties well (HTT).", got.Reasons[len(got.Reasons)-1].EN)
	s, _ := rkReason(got.Reasons, evaluation.RuleRankScore)
	assert.Equal(t, "Score 92 of 100: in the HTXS band (90 points or more).", s.EN)
	s3 := rkCheck(t, &evaluation.Ranking2025, &evaluation.MemberYear{Member: rkMember("t3"), Year: 2025, Score: 49.5})
	r3, _ := rkReason(s3.Reasons, evaluation.RuleRankScore)
	assert.Equal(t, "Tổng điểm 49,5/100, dưới 50 điểm: không hoàn thành nhiệm vụ.", r3.VI)
}

func TestRankMember2023(t *testing.T) {
	r := &evaluation.Ranking2023
	with := func(in evaluation.MemberYear, change func(*evaluation.MemberYear)) evaluation.MemberYear {
		change(&in)
		return in
	}
	reprimand := func(d chibo.Date) func(*evaluation.MemberYear) {
		return func(in *evaluation.MemberYear) {
			in.Member.Discipline = []member.Discipline{{Form: member.Reprimand, Date: d}}
		}
	}
	for _, tc := range []struct {
		name string
		in   evaluation.MemberYear
		want evaluation.Rank
		has  []string
	}{
		{"HTXS: criteria Tốt, tasks Xuất sắc, all on time, 50% exceeded (2.16)",
			with(rkGraded("x", 2024, xs, gt, gt, xs), func(in *evaluation.MemberYear) { in.TasksAssigned, in.TasksOnTime, in.TasksExceeded = 10, 10, 5 }), evaluation.Outstanding, nil},
		{"as HTXS but 40% exceeded: HTT (2.16)",
			with(rkGraded("x40", 2024, xs, gt, gt, xs), func(in *evaluation.MemberYear) { in.TasksAssigned, in.TasksOnTime, in.TasksExceeded = 10, 10, 4 }), evaluation.CompletedWell, []string{evaluation.RuleRankConditions}},
		{"as HTXS but one task late: HTT", with(rkGraded("xl", 2024, xs, gt, gt), func(in *evaluation.MemberYear) {
			in.TasksAssigned, in.TasksOnTime, in.TasksLate, in.TasksExceeded = 10, 9, 1, 6
		}), evaluation.CompletedWell, nil},
		{"tasks Xuất sắc, a criterion Trung bình: HTT (2.17 reading)", rkGraded("xt", 2024, xs, gt, tb), evaluation.CompletedWell, nil},
		{"tasks Tốt, criteria Tốt: HTT (2.17 reading)", rkGraded("g", 2024, gt, gt, gt), evaluation.CompletedWell, nil},
		{"tasks Trung bình: HTNV (2.17 reading)", rkGraded("a", 2024, tb, gt, gt), evaluation.Completed, nil},
		{"a criterion Kém: KHTNV (2.18)", rkGraded("p", 2024, gt, gt, km), evaluation.NotCompleted, []string{evaluation.RuleRankPoorGrade}},
		{"task results Kém: KHTNV (2.18)", rkGraded("pt", 2024, km, gt), evaluation.NotCompleted, []string{evaluation.RuleRankPoorGrade}},
		{"T11 reprimanded in March of the year: KHTNV (2.18d)",
			with(rkGraded("t11", 2024, gt, gt, gt), reprimand(rkDay(2024, time.March, 10))), evaluation.NotCompleted, []string{evaluation.RuleRankDiscipline}},
		{"T12 as T11, self-reported and remedied: ranked normally (2.18d exception)",
			with(rkGraded("t12", 2024, gt, gt, gt), func(in *evaluation.MemberYear) {
				reprimand(rkDay(2024, time.March, 10))(in)
				in.SelfRemedied = true
			}), evaluation.CompletedWell, []string{evaluation.RuleRankDiscipline}},
		{"reprimanded in December of the year before: not this year's discipline",
			with(rkGraded("prev", 2024, gt, gt, gt), reprimand(rkDay(2023, time.December, 20))), evaluation.CompletedWell, nil},
		{"already counted last year: 2023 does not apply one-violation-once by default",
			with(rkGraded("once", 2024, gt, gt, gt), func(in *evaluation.MemberYear) {
				reprimand(rkDay(2024, time.February, 1))(in)
				in.CountedBefore = true
			}), evaluation.NotCompleted, nil},
		{"leader, units 40% with main targets missed: KHTNV (2.18)",
			with(rkGraded("l", 2024, gt, gt), func(in *evaluation.MemberYear) {
				in.Leader, in.UnitsTasksPercent, in.BasicTargetsFailed = true, 40, true
			}), evaluation.NotCompleted, []string{evaluation.RuleRankUnits}},
		{"leader, units 40% with main targets met: not KHTNV (both needed)",
			with(rkGraded("l2", 2024, gt, gt), func(in *evaluation.MemberYear) { in.Leader, in.UnitsTasksPercent = true, 40 }), evaluation.CompletedWell, nil},
		{"no state coupling in 2023 (2.26 is HD 21)",
			with(rkGraded("s", 2024, xs, gt), func(in *evaluation.MemberYear) {
				in.TasksAssigned, in.TasksOnTime, in.TasksExceeded, in.StateRank = 2, 2, 1, evaluation.CompletedWell
			}), evaluation.Outstanding, nil},
		{"no sick-leave cap in 2023 (OQ-5)",
			with(rkGraded("sick", 2024, gt, gt), func(in *evaluation.MemberYear) { in.SickLeaveDays = 120 }), evaluation.CompletedWell, nil},
		{"probationary member admitted 8 months before: ranked (2.6 names only exempt, suspended, < 6 months)",
			with(rkGraded("prob", 2024, gt, gt), func(in *evaluation.MemberYear) {
				in.Member.DecisionDate, in.Member.OfficialDate = rkDay(2024, time.April, 1), chibo.Date{}
			}), evaluation.CompletedWell, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rkCheck(t, r, &tc.in)
			assert.Equal(t, tc.want, got.Rank, "%v", got.Reasons)
			for _, rule := range tc.has {
				assert.Contains(t, rkRules(got.Reasons), rule)
			}
		})
	}
}

func TestRankMember2018(t *testing.T) {
	r := &evaluation.Ranking2018
	excellent := func(id string, change func(*evaluation.MemberYear)) evaluation.MemberYear {
		in := rkGraded(id, 2020, xs, gt, gt, xs)
		change(&in)
		return in
	}
	for _, tc := range []struct {
		name string
		in   evaluation.MemberYear
		want evaluation.Rank
		has  []string
	}{
		{"HTXS: task results Xuất sắc, the rest Tốt (2.19)", excellent("x", func(*evaluation.MemberYear) {}), evaluation.Outstanding, nil},
		{"T10 sick leave 4 months (120 days), otherwise excellent: capped at HTNV (2.4)",
			excellent("t10", func(in *evaluation.MemberYear) { in.SickLeaveDays = 120 }), evaluation.Completed, []string{evaluation.RuleRankSickLeave}},
		{"sick leave exactly 90 days: capped (\"từ 3 tháng trở lên\")",
			excellent("s90", func(in *evaluation.MemberYear) { in.SickLeaveDays = 90 }), evaluation.Completed, []string{evaluation.RuleRankSickLeave}},
		{"sick leave 89 days: not capped", excellent("s89", func(in *evaluation.MemberYear) { in.SickLeaveDays = 89 }), evaluation.Outstanding, nil},
		{"maternity leave: information only (2.5)", excellent("mat", func(in *evaluation.MemberYear) { in.Maternity = true }), evaluation.Outstanding, []string{evaluation.RuleRankMaternity}},
		{"state employee rated HTT: party HTXS needs state HTXS, so HTT (2.19, 2.26)",
			excellent("st", func(in *evaluation.MemberYear) { in.StateRank = evaluation.CompletedWell }), evaluation.CompletedWell, []string{evaluation.RuleRankState}},
		{"state employee rated HTXS: HTXS", excellent("sx", func(in *evaluation.MemberYear) { in.StateRank = evaluation.Outstanding }), evaluation.Outstanding, nil},
		{"state employee rated KHTNV: party KHTNV (HD 16, 2.20)",
			excellent("sk", func(in *evaluation.MemberYear) { in.StateRank = evaluation.NotCompleted }), evaluation.NotCompleted, []string{evaluation.RuleRankState}},
		{"state HTT and sick leave: the lower cap, HTNV",
			excellent("both", func(in *evaluation.MemberYear) { in.StateRank, in.SickLeaveDays = evaluation.CompletedWell, 100 }), evaluation.Completed, []string{evaluation.RuleRankState, evaluation.RuleRankSickLeave}},
		{"disciplined in the year: KHTNV (2.20)",
			excellent("d", func(in *evaluation.MemberYear) {
				in.Member.Discipline = []member.Discipline{{Form: member.Warning, Date: rkDay(2020, time.June, 1)}}
			}), evaluation.NotCompleted, []string{evaluation.RuleRankDiscipline}},
		{"disciplined for a violation already counted: one violation counts once (2.20)",
			excellent("once", func(in *evaluation.MemberYear) {
				in.Member.Discipline = []member.Discipline{{Form: member.Warning, Date: rkDay(2020, time.February, 1)}}
				in.CountedBefore = true
			}), evaluation.Outstanding, []string{evaluation.RuleRankDiscipline}},
		{"self-remedied: no exception stated for members in 2018, KHTNV",
			excellent("sr", func(in *evaluation.MemberYear) {
				in.Member.Discipline = []member.Discipline{{Form: member.Reprimand, Date: rkDay(2020, time.June, 1)}}
				in.SelfRemedied = true
			}), evaluation.NotCompleted, nil},
		{"completed 4 of 10 tasks: under 50%, KHTNV (2.20)",
			excellent("t", func(in *evaluation.MemberYear) { in.TasksAssigned, in.TasksOnTime = 10, 4 }), evaluation.NotCompleted, []string{evaluation.RuleRankTargets}},
		{"completed 5 of 10 tasks: not under 50%, and 2018 HTXS asks no task share",
			excellent("t5", func(in *evaluation.MemberYear) { in.TasksAssigned, in.TasksOnTime = 10, 5 }), evaluation.Outstanding, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rkCheck(t, r, &tc.in)
			assert.Equal(t, tc.want, got.Rank, "%v", got.Reasons)
			for _, rule := range tc.has {
				assert.Contains(t, rkRules(got.Reasons), rule)
			}
		})
	}
}

func TestRankMemberNotRanked(t *testing.T) {
	// rules/evaluation.md 2.2, 2.3, 2.6, 2.7; T7, T8, T9.
	for _, tc := range []struct {
		name   string
		regime *evaluation.RankingRegime
		in     evaluation.MemberYear
		rule   string
		text   string // in the English reason
	}{
		{"T7 admitted 5 months before the review (2023: not reviewed, 2.6)", &evaluation.Ranking2023,
			func() evaluation.MemberYear {
				in := rkGraded("t7", 2023, gt, gt)
				in.Member.DecisionDate, in.Member.OfficialDate = rkDay(2023, time.July, 15), chibo.Date{}
				return in
			}(), evaluation.RuleRankNewMember, "reached on 15/01/2024): not ranked and not reviewed."},
		{"T8 as T7 under 2018: not ranked, but must self-review (2.3)", &evaluation.Ranking2018,
			func() evaluation.MemberYear {
				in := rkGraded("t8", 2019, gt, gt)
				in.Member.DecisionDate, in.Member.OfficialDate = rkDay(2019, time.July, 15), chibo.Date{}
				return in
			}(), evaluation.RuleRankNewMember, "must still review their own work since the admission"},
		{"2025 new member: assumed as 2023 (2.7, Inferred)", &evaluation.Ranking2025,
			func() evaluation.MemberYear {
				in := rk2025("n25", 95, 1, 1, 0, 1)
				in.Member.DecisionDate = rkDay(2025, time.August, 1)
				return in
			}(), evaluation.RuleRankNewMember, "less than 6 months"},
		{"T9 exempt from work and activities (2.6)", &evaluation.Ranking2023,
			func() evaluation.MemberYear { in := rkGraded("t9", 2024, gt, gt); in.Member.Exempt = true; return in }(),
			evaluation.RuleRankExempt, "not counted in the HTT and HTXS numbers"},
		{"T9 suspended from party activities (2.6)", &evaluation.Ranking2023,
			func() evaluation.MemberYear { in := rkGraded("t9s", 2024, gt, gt); in.Suspended = true; return in }(),
			evaluation.RuleRankSuspended, "suspended"},
		{"not yet admitted on the review date", &evaluation.Ranking2025,
			func() evaluation.MemberYear {
				in := rk2025("later", 95, 1, 1, 0, 1)
				in.Member.DecisionDate = rkDay(2026, time.January, 5)
				return in
			}(), evaluation.RuleRankNotMember, "not yet a member"},
		{"no admission date", &evaluation.Ranking2025,
			func() evaluation.MemberYear {
				in := rk2025("nod", 95, 1, 1, 0, 1)
				in.Member.DecisionDate = chibo.Date{}
				return in
			}(),
			evaluation.RuleRankNotMember, "no admission decision"},
		{"died before the review", &evaluation.Ranking2025,
			func() evaluation.MemberYear {
				in := rk2025("died", 95, 1, 1, 0, 1)
				in.Member.Died = rkDay(2025, time.October, 1)
				return in
			}(),
			evaluation.RuleRankNotMember, "died on 01/10/2025"},
		{"expelled in the year: outside the Party", &evaluation.Ranking2025,
			func() evaluation.MemberYear {
				in := rk2025("exp", 95, 1, 1, 0, 1)
				in.Member.Discipline = []member.Discipline{{Form: member.Expulsion, Date: rkDay(2025, time.May, 1)}}
				return in
			}(), evaluation.RuleRankNotMember, "outside the Party"},
		{"invalid score", &evaluation.Ranking2025,
			func() evaluation.MemberYear { in := rk2025("bad", 101, 1, 1, 0, 1); return in }(), evaluation.RuleRankInput, "score = \"101\""},
		{"graded regime without the task-result grade", &evaluation.Ranking2023,
			evaluation.MemberYear{Member: rkMember("nog"), Year: 2024, Criteria: []evaluation.Grade{evaluation.GradeGood}}, evaluation.RuleRankInput, "tasks = \"none\""},
		{"graded regime without the general criteria", &evaluation.Ranking2023,
			evaluation.MemberYear{Member: rkMember("noc"), Year: 2024, Tasks: evaluation.GradeGood}, evaluation.RuleRankInput, "criteria = \"\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rkCheck(t, tc.regime, &tc.in)
			assert.Equal(t, evaluation.NotRanked, got.Rank)
			require.Len(t, got.Reasons, 3, "%v", got.Reasons)
			assert.Equal(t, tc.rule, got.Reasons[1].Rule)
			assert.Contains(t, got.Reasons[1].EN, tc.text)
			assert.Equal(t, "Not ranked.", got.Reasons[2].EN)
		})
	}

	// Exactly 6 months: ranked (T7 boundary; the months clamp to the end of
	// the month as party age does).
	in := rkGraded("six", 2023, gt, gt)
	in.Member.DecisionDate = rkDay(2023, time.June, 15)
	assert.Equal(t, evaluation.CompletedWell, evaluation.Ranking2023.RankQuick(&in))
	in.Member.DecisionDate, in.ReviewDate = rkDay(2023, time.August, 31), rkDay(2024, time.February, 29)
	assert.Equal(t, evaluation.CompletedWell, evaluation.Ranking2023.RankQuick(&in), "31/08 + 6 months = 29/02")
	in.ReviewDate = rkDay(2024, time.February, 28)
	assert.Equal(t, evaluation.NotRanked, evaluation.Ranking2023.RankQuick(&in))
}

func TestValidateMember(t *testing.T) {
	r := &evaluation.Ranking2025
	in := evaluation.MemberYear{Member: rkMember("m1"), Year: 2025, ReviewDate: rkDay(2027, time.January, 1), Score: math.NaN(),
		TasksAssigned: 5, TasksOnTime: 4, TasksLate: 2, Leader: true, UnitsTasksPercent: 120, LowConfidencePercent: -2, SickLeaveDays: 400, StateRank: 7}
	err := r.ValidateMember(&in)
	require.Error(t, err)
	assert.ErrorIs(t, err, evaluation.ErrRankingInput)
	var ie *evaluation.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "m1", ie.Record)
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		fields = append(fields, e.(*evaluation.InputError).Field)
	}
	assert.Equal(t, []string{"review_date", "score", "tasks_assigned", "units_tasks_percent", "low_confidence_percent", "sick_leave_days", "state_rank"}, fields)
	assert.Equal(t, evaluation.NotRanked, r.RankQuick(&in))

	g := evaluation.MemberYear{Year: 0, Criteria: []evaluation.Grade{gt, 9}}
	err = evaluation.Ranking2023.ValidateMember(&g)
	fields = nil
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		fields = append(fields, e.(*evaluation.InputError).Field)
	}
	assert.Equal(t, []string{"member", "year", "tasks", "criteria[1]"}, fields)

	ok := rk2025("ok", 80, 3, 3, 0, 0)
	assert.NoError(t, r.ValidateMember(&ok))
	assert.Error(t, r.ValidateMember(nil))
	var nilRegime *evaluation.RankingRegime
	assert.Error(t, nilRegime.ValidateMember(&ok))
	assert.Equal(t, evaluation.NotRanked, nilRegime.RankQuick(&ok))
	got := nilRegime.RankMember(&ok)
	assert.Equal(t, evaluation.NotRanked, got.Rank)
	assert.Equal(t, evaluation.RuleRankInput, got.Reasons[0].Rule)
	assert.Equal(t, evaluation.NotRanked, r.RankMember(nil).Rank)
}

func TestRankMemberPinnedRegime(t *testing.T) {
	// A caller may pin a regime for another year; the first reason says
	// which rules are in force for that year.
	in := rkGraded("p", 2025, gt, gt)
	got := rkCheck(t, &evaluation.Ranking2023, &in)
	assert.Contains(t, got.Reasons[0].EN, "the rules in force for that year are 2025")
	assert.Equal(t, evaluation.CompletedWell, got.Rank)

	// A province's reading: the 2025 rules with the HD 21 sick-leave cap
	// and without the self-remedied exception.
	r := evaluation.Ranking2025
	r.Name, r.SickCapDays, r.SelfRemediedException = "2025-province", 90, false
	in2 := rk2025("v", 95, 10, 10, 0, 5)
	in2.SickLeaveDays = 100
	assert.Equal(t, evaluation.Completed, r.RankQuick(&in2))
	in2.SickLeaveDays = 0
	in2.Member.Discipline = []member.Discipline{{Form: member.Reprimand, Date: rkDay(2025, time.April, 1)}}
	in2.SelfRemedied = true
	assert.Equal(t, evaluation.NotCompleted, r.RankQuick(&in2))
	assert.Equal(t, evaluation.Outstanding, evaluation.Ranking2025.RankQuick(&in2), "the package's value is unchanged")
}

func TestRankMemberDefaultReviewDate(t *testing.T) {
	// A zero ReviewDate is 31 December of the year: a member admitted on
	// 30/06 has 6 months then, one admitted on 01/07 does not.
	in := rkGraded("z", 2024, gt, gt)
	in.ReviewDate = chibo.Date{}
	in.Member.DecisionDate = rkDay(2024, time.June, 30)
	assert.Equal(t, evaluation.CompletedWell, evaluation.Ranking2023.RankQuick(&in))
	in.Member.DecisionDate = rkDay(2024, time.July, 1)
	assert.Equal(t, evaluation.NotRanked, evaluation.Ranking2023.RankQuick(&in))
}

func TestRankMemberReasonsInput(t *testing.T) {
	// The reasons name the record, the field and the value of bad input.
	in := rk2025("m9", 80, 2, 3, 0, 0)
	got := rkCheck(t, &evaluation.Ranking2025, &in)
	assert.Equal(t, evaluation.NotRanked, got.Rank)
	assert.Equal(t, evaluation.RuleRankInput, got.Reasons[1].Rule)
	assert.True(t, strings.HasPrefix(got.Reasons[1].EN, "Invalid input, not ranked: evaluation: m9: tasks_assigned = \"2/3/0/0\""), got.Reasons[1].EN)
	assert.True(t, errors.Is(evaluation.Ranking2025.ValidateMember(&in), evaluation.ErrRankingInput))
	assert.True(t, slices.Contains(rkRules(got.Reasons), evaluation.RuleRankLevel))
}
