package evaluation_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

func rkOrg(id string, kind branch.Kind) *branch.Organisation {
	return &branch.Organisation{ID: id, Name: "Tổ chức " + id, Kind: kind, Founded: rkDay(2005, time.March, 1)}
}

// rkOrgGraded is an organisation year under a graded regime.
func rkOrgGraded(id string, year int, tasks evaluation.Grade, criteria ...evaluation.Grade) evaluation.OrgYear {
	return evaluation.OrgYear{Org: rkOrg(id, branch.GrassRootsCommittee), Year: year, ReviewDate: rkDay(year, time.December, 20), Tasks: tasks, Criteria: criteria}
}

// rkOrg2025 is a 2025 organisation year with the given score and task
// shares.
func rkOrg2025(id string, score float64, onTime, late, exceeded int) evaluation.OrgYear {
	return evaluation.OrgYear{Org: rkOrg(id, branch.GrassRootsCommittee), Year: 2025, ReviewDate: rkDay(2025, time.December, 20), Score: score,
		TasksOnTimePercent: onTime, TasksLatePercent: late, TasksExceededPercent: exceeded}
}

func rkOrgCheck(t *testing.T, r *evaluation.RankingRegime, in *evaluation.OrgYear) evaluation.OrgRanking {
	t.Helper()
	got := r.RankOrganisation(in)
	assert.Equal(t, got.Rank, r.RankOrgQuick(in), "RankOrgQuick disagrees with RankOrganisation")
	require.NotEmpty(t, got.Reasons)
	assert.Equal(t, evaluation.RuleOrgRegime, got.Reasons[0].Rule)
	assert.Equal(t, evaluation.RuleOrgLevel, got.Reasons[len(got.Reasons)-1].Rule)
	for _, rs := range got.Reasons {
		assert.NotEmpty(t, rs.VI, rs.Rule)
		assert.NotEmpty(t, rs.EN, rs.Rule)
		assert.NotEmpty(t, rs.Source.Document, rs.Rule)
	}
	return got
}

func TestRankOrganisation(t *testing.T) {
	with := func(in evaluation.OrgYear, change func(*evaluation.OrgYear)) evaluation.OrgYear {
		change(&in)
		return in
	}
	hd27 := evaluation.Ranking2018
	hd27.Name = "2018-hd27"
	hd27.Org.HD27 = true
	for _, tc := range []struct {
		name   string
		regime *evaluation.RankingRegime
		in     evaluation.OrgYear
		want   evaluation.Rank
		has    []string
	}{
		// 2025 (rules 3.1–3.4).
		{"2025 HTXS: 95 points, all on time, 40% exceeded, nobody disciplined (3.1)", &evaluation.Ranking2025,
			rkOrg2025("x", 95, 100, 0, 40), evaluation.Outstanding, nil},
		{"T35 as HTXS but a leadership member reprimanded: not HTXS, HTT by 2.15 (3.1)", &evaluation.Ranking2025,
			with(rkOrg2025("t35", 95, 100, 0, 40), func(in *evaluation.OrgYear) { in.LeadershipWorstForm = member.Reprimand }),
			evaluation.CompletedWell, []string{evaluation.RuleOrgBand, evaluation.RuleOrgConditions}},
		{"2025 a subordinate disciplined (10%): not HTXS (3.1), HTT", &evaluation.Ranking2025,
			with(rkOrg2025("sub", 95, 100, 0, 40), func(in *evaluation.OrgYear) { in.Subordinates, in.SubordinatesDisciplined = 10, 1 }),
			evaluation.CompletedWell, nil},
		{"2025 75 points, 90% on time and 10% late: HTNV (3.2, 3.3)", &evaluation.Ranking2025,
			rkOrg2025("late", 75, 90, 10, 0), evaluation.Completed, []string{evaluation.RuleOrgBand}},
		{"2025 55 points, 25% late: KHTNV (3.3)", &evaluation.Ranking2025,
			rkOrg2025("late25", 55, 75, 25, 0), evaluation.NotCompleted, nil},
		{"2025 48 points: KHTNV (3.4)", &evaluation.Ranking2025, rkOrg2025("low", 48, 100, 0, 50), evaluation.NotCompleted, []string{evaluation.RuleOrgScore}},
		{"2025 more than 20% of subordinates disciplined: KHTNV by the 2023 list (3.4 default)", &evaluation.Ranking2025,
			with(rkOrg2025("sub3", 95, 100, 0, 40), func(in *evaluation.OrgYear) { in.Subordinates, in.SubordinatesDisciplined = 10, 3 }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgSubordinates}},
		{"2025 disunity: KHTNV (3.4 default, 3.6d)", &evaluation.Ranking2025,
			with(rkOrg2025("dis", 95, 100, 0, 40), func(in *evaluation.OrgYear) { in.Disunity = true }), evaluation.NotCompleted, []string{evaluation.RuleOrgDisunity}},

		// 2023 (rules 3.5, 3.6).
		{"2023 HTXS: criteria Tốt, tasks Xuất sắc, nobody disciplined (3.5)", &evaluation.Ranking2023,
			rkOrgGraded("x23", 2024, xs, gt, gt), evaluation.Outstanding, nil},
		{"T34 3 of 10 subordinates disciplined (30% > 20%): KHTNV (3.6c)", &evaluation.Ranking2023,
			with(rkOrgGraded("t34", 2024, gt, gt, gt), func(in *evaluation.OrgYear) { in.Subordinates, in.SubordinatesDisciplined = 10, 3 }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgSubordinates}},
		{"T34 with self-detection: still KHTNV, 3.6c names no exception", &evaluation.Ranking2023,
			with(rkOrgGraded("t34s", 2024, gt, gt, gt), func(in *evaluation.OrgYear) {
				in.Subordinates, in.SubordinatesDisciplined, in.SelfRemedied = 10, 3, true
			}), evaluation.NotCompleted, []string{evaluation.RuleOrgSubordinates}},
		{"2 of 10 (20%) self-detected and remedied: HTT (3.5 exception)", &evaluation.Ranking2023,
			with(rkOrgGraded("s2", 2024, xs, gt, gt), func(in *evaluation.OrgYear) {
				in.Subordinates, in.SubordinatesDisciplined, in.SelfRemedied = 10, 2, true
			}), evaluation.CompletedWell, []string{evaluation.RuleOrgDiscipline}},
		{"2 of 10 (20%) not self-detected: the HTT and HTNV bar fails, KHTNV (3.5 as written)", &evaluation.Ranking2023,
			with(rkOrgGraded("s2n", 2024, xs, gt, gt), func(in *evaluation.OrgYear) { in.Subordinates, in.SubordinatesDisciplined = 10, 2 }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgConditions}},
		{"subordinate unit's corruption disciplined: KHTNV (3.6a)", &evaluation.Ranking2023,
			with(rkOrgGraded("corr", 2024, gt, gt), func(in *evaluation.OrgYear) { in.SubordinateViolation = true }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgSubordinates}},
		{"the leadership collective disciplined: KHTNV (3.6c)", &evaluation.Ranking2023,
			with(rkOrgGraded("lead", 2024, gt, gt), func(in *evaluation.OrgYear) { in.LeadershipDisciplined = true }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgLeadership}},
		{"4 of 10 targets with the main targets missed: KHTNV (3.6b)", &evaluation.Ranking2023,
			with(rkOrgGraded("tg", 2024, gt, gt), func(in *evaluation.OrgYear) { in.Targets, in.TargetsMet, in.MainTargetsFailed = 10, 4, true }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgTargets}},
		{"4 of 10 targets, main targets met: not KHTNV (3.6b needs both)", &evaluation.Ranking2023,
			with(rkOrgGraded("tg2", 2024, gt, gt), func(in *evaluation.OrgYear) { in.Targets, in.TargetsMet = 10, 4 }),
			evaluation.CompletedWell, nil},
		{"a criterion Kém: KHTNV (3.6)", &evaluation.Ranking2023, rkOrgGraded("k", 2024, gt, km), evaluation.NotCompleted, []string{evaluation.RuleOrgPoorGrade}},

		// 2018 (rules 3.7, 3.8).
		{"T36 leadership collective, a member given cảnh cáo this year: KHTNV (3.8)", &evaluation.Ranking2018,
			with(rkOrgGraded("t36", 2021, xs, gt, gt), func(in *evaluation.OrgYear) { in.Committee, in.LeadershipWorstForm = true, member.Warning }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgCommittee}},
		{"leadership collective, a member reprimanded: below cảnh cáo, no 3.8 case", &evaluation.Ranking2018,
			with(rkOrgGraded("rep", 2021, xs, gt, gt), func(in *evaluation.OrgYear) { in.Committee, in.LeadershipWorstForm = true, member.Reprimand }),
			evaluation.Outstanding, nil},
		{"T36 with the violation already counted last year: one violation counts once (3.8)", &evaluation.Ranking2018,
			with(rkOrgGraded("once", 2021, xs, gt, gt), func(in *evaluation.OrgYear) {
				in.Committee, in.LeadershipWorstForm, in.CountedBefore = true, member.Warning, true
			}), evaluation.Outstanding, []string{evaluation.RuleOrgDiscipline}},
		{"the organisation itself disciplined: not HTNV unless self-remedied (3.7), KHTNV", &evaluation.Ranking2018,
			with(rkOrgGraded("coll", 2021, gt, gt), func(in *evaluation.OrgYear) { in.CollectiveDisciplined = true }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgConditions}},
		{"the organisation disciplined, self-remedied: ranked normally (3.7 exception)", &evaluation.Ranking2018,
			with(rkOrgGraded("collr", 2021, gt, gt), func(in *evaluation.OrgYear) { in.CollectiveDisciplined, in.SelfRemedied = true, true }),
			evaluation.CompletedWell, nil},
		{"organisation meeting 4 of 10 targets: KHTNV (3.7)", &evaluation.Ranking2018,
			with(rkOrgGraded("t18", 2021, gt, gt), func(in *evaluation.OrgYear) { in.Targets, in.TargetsMet = 10, 4 }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgTargets}},
		{"leadership collective meeting 4 of 10 targets, main targets met: not KHTNV (3.8 needs both)", &evaluation.Ranking2018,
			with(rkOrgGraded("c18", 2021, gt, gt), func(in *evaluation.OrgYear) { in.Committee, in.Targets, in.TargetsMet = true, 10, 4 }),
			evaluation.CompletedWell, nil},
		{"T37 cell of 9 with 5 KHTNV: the historical rule is reported, not applied (3.9)", &evaluation.Ranking2018,
			with(rkOrgGraded("t37", 2021, gt, gt), func(in *evaluation.OrgYear) {
				in.Org.Kind, in.MembersRanked, in.MembersNotCompleted = branch.GrassRootsCell, 9, 5
			}), evaluation.CompletedWell, []string{evaluation.RuleOrgHD27}},
		{"T37 with HD 27 opted in: yếu kém, KHTNV (3.9)", &hd27,
			with(rkOrgGraded("t37h", 2021, gt, gt), func(in *evaluation.OrgYear) {
				in.Org.Kind, in.MembersRanked, in.MembersNotCompleted = branch.GrassRootsCell, 9, 5
			}), evaluation.NotCompleted, []string{evaluation.RuleOrgHD27}},
		{"HD 27 opted in, 4 of 9: not more than half", &hd27,
			with(rkOrgGraded("t37f", 2021, gt, gt), func(in *evaluation.OrgYear) {
				in.Org.Kind, in.MembersRanked, in.MembersNotCompleted = branch.Cell, 9, 4
			}), evaluation.CompletedWell, nil},
		{"HD 27 opted in, committee with 4 of 10 subordinates KHTNV (> 1/3)", &hd27,
			with(rkOrgGraded("t37c", 2021, gt, gt), func(in *evaluation.OrgYear) { in.Subordinates, in.SubordinatesNotCompleted = 10, 4 }),
			evaluation.NotCompleted, []string{evaluation.RuleOrgHD27}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rkOrgCheck(t, tc.regime, &tc.in)
			assert.Equal(t, tc.want, got.Rank, "%v", got.Reasons)
			for _, rule := range tc.has {
				assert.Contains(t, rkRules(got.Reasons), rule)
			}
		})
	}
}

func TestRankOrganisationNotRanked(t *testing.T) {
	// rules 2.3: organisations founded less than 6 months before are not
	// ranked.
	in := rkOrgGraded("new", 2021, gt, gt)
	in.Org.Founded = rkDay(2021, time.August, 1)
	got := rkOrgCheck(t, &evaluation.Ranking2018, &in)
	assert.Equal(t, evaluation.NotRanked, got.Rank)
	assert.Equal(t, evaluation.RuleOrgNew, got.Reasons[1].Rule)
	assert.Contains(t, got.Reasons[1].EN, "less than 6 months")

	in.Founded = rkDay(2021, time.June, 20) // the collective's own date wins
	assert.Equal(t, evaluation.CompletedWell, evaluation.Ranking2018.RankOrgQuick(&in))
	in.Founded = rkDay(2022, time.January, 2)
	got = rkOrgCheck(t, &evaluation.Ranking2018, &in)
	assert.Equal(t, evaluation.NotRanked, got.Rank)
	assert.Contains(t, got.Reasons[1].EN, "after the review")

	in.Founded, in.Org.Founded = chibo.Date{}, chibo.Date{}
	assert.Equal(t, evaluation.CompletedWell, evaluation.Ranking2018.RankOrgQuick(&in), "an unknown founding date counts as old")

	bad := evaluation.OrgYear{Org: rkOrg("bad", branch.Cell), Year: 2025, Score: 80, TasksOnTimePercent: 80, TasksLatePercent: 30,
		Subordinates: 2, SubordinatesDisciplined: 3, Targets: 1, TargetsMet: 2, MembersRanked: 1, MembersNotCompleted: 2, LeadershipWorstForm: 9}
	err := evaluation.Ranking2025.ValidateOrganisation(&bad)
	require.ErrorIs(t, err, evaluation.ErrRankingInput)
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		fields = append(fields, e.(*evaluation.InputError).Field)
	}
	assert.Equal(t, []string{"tasks_on_time_percent", "subordinates", "targets", "members_ranked", "leadership_worst_form"}, fields)
	got = rkOrgCheck(t, &evaluation.Ranking2025, &bad)
	assert.Equal(t, evaluation.NotRanked, got.Rank)
	assert.Len(t, got.Reasons, 7)

	assert.Equal(t, evaluation.NotRanked, evaluation.Ranking2025.RankOrganisation(nil).Rank)
	assert.Error(t, evaluation.Ranking2023.ValidateOrganisation(&evaluation.OrgYear{Year: 2024}))
}

func TestRankOrganisationMeetings(t *testing.T) {
	// rules 3.10: the meeting review is reported as information; the cap
	// is the caller's opt-in rule.
	rv := &evaluation.Review{Org: "x", From: rkDay(2025, time.January, 1), To: rkDay(2025, time.December, 31)}
	rv.Levels[evaluation.Good] = 6
	rv.Levels[evaluation.Fair] = 2
	rv.Levels[evaluation.Average] = 3
	rv.Levels[evaluation.Poor] = 1
	rv.Gaps = []branch.Finding{{Reason: chibo.Reason{Rule: branch.RuleMonthly}}, {Reason: chibo.Reason{Rule: branch.RuleDuration}}}
	in := rkOrg2025("m", 95, 100, 0, 40)
	in.Meetings = rv
	got := rkOrgCheck(t, &evaluation.Ranking2025, &in)
	assert.Equal(t, evaluation.Outstanding, got.Rank, "no rule ties the level to meetings")
	m, ok := rkReason(got.Reasons, evaluation.RuleOrgMeetings)
	require.True(t, ok)
	assert.Equal(t, "Cell meetings from 01/01/2025 to 31/12/2025: 12 rated, 4 rated average, poor or not met (33.3%), 1 month without a regular meeting — for information; the ranking rules found do not tie the level to meeting quality.", m.EN)
	assert.Equal(t, chibo.Unverified, m.Source.Confidence)

	r := evaluation.Ranking2025
	r.Name = "2025-meetings"
	r.Org.MeetingCap = evaluation.MeetingCap{LowPercent: 30, Source: chibo.Source{Document: "Hướng dẫn của tỉnh", Confidence: chibo.Secondary}}
	got = rkOrgCheck(t, &r, &in)
	assert.Equal(t, evaluation.CompletedWell, got.Rank)
	assert.Contains(t, rkRules(got.Reasons), evaluation.RuleOrgMeetingCap)
	r.Org.MeetingCap.LowPercent = 34
	assert.Equal(t, evaluation.Outstanding, r.RankOrgQuick(&in), "4 of 12 is not more than 34%")
	r.Org.MeetingCap = evaluation.MeetingCap{LowPercent: 10, Rank: evaluation.Completed}
	assert.Equal(t, evaluation.Completed, r.RankOrgQuick(&in))
}
