package award_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

func day(t testing.TB, s string) chibo.Date {
	t.Helper()
	d, err := chibo.ParseDate(s)
	require.NoError(t, err)
	return d
}

func TestRegimeOn(t *testing.T) {
	// rules/badge.md R1.2: the implementing regulation in force on the round date.
	tests := []struct {
		name string
		on   string
		want string
	}{
		{"before QĐ 45 falls back to the earliest regime", "2010-05-19", "2011"},
		{"QĐ 45 in force", "2011-11-01", "2011"},
		{"day before QĐ 29", "2016-07-24", "2011"},
		{"QĐ 29 from 25/07/2016", "2016-07-25", "2016"},
		{"day before QĐ 24", "2021-07-29", "2016"},
		{"QĐ 24 from 30/07/2021", "2021-07-30", "2021"},
		{"QĐ 232 period is decided with the 2021 values", "2025-02-03", "2021"},
		{"QĐ 294 in force 01/07/2025", "2025-07-01", "2025"},
		{"QĐ 208 from 26/07/2026", "2026-07-26", "2026"},
		{"today", "2026-11-29", "2026"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, award.RegimeOn(day(t, tc.on)).Name)
		})
	}
}

func TestRegimeValues(t *testing.T) {
	// rules/badge.md R2.1, R2.2 (milestones), R5.1 (early windows),
	// R5.2 (posthumous), R5.3 (deferral).
	tests := []struct {
		name             string
		r                award.Regime
		milestones       []int
		early30, early70 int
		posthumous       int
		reprimand        int
		warning          int
		dismissal        int
	}{
		{"2011 has no 45-year badge", award.Regime2011, []int{30, 40, 50, 55, 60, 65, 70, 75, 80, 85, 90}, 12, 12, 0, 0, 6, 12},
		{"2016 adds 45", award.Regime2016, []int{30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90}, 12, 12, 0, 0, 6, 12},
		{"2021 24-month window from 70 and early posthumous", award.Regime2021, []int{30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90}, 12, 24, 12, 6, 9, 12},
		{"2021 handbook reading of the deferral", award.Regime2021Handbook, []int{30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90}, 12, 24, 12, 0, 6, 12},
		{"2025 keeps the 2021 values", award.Regime2025, []int{30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90}, 12, 24, 12, 6, 9, 12},
		{"2026 keeps the 2025 values", award.Regime2026, []int{30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90}, 12, 24, 12, 6, 9, 12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.milestones, tc.r.Milestones.List()); diff != "" {
				t.Errorf("milestones (-want +got):\n%s", diff)
			}
			assert.Equal(t, tc.early30, tc.r.EarlyIllness.Months(30))
			assert.Equal(t, tc.early70, tc.r.EarlyIllness.Months(70))
			assert.Equal(t, tc.posthumous, tc.r.EarlyPosthumousMonths)
			assert.Equal(t, tc.reprimand, tc.r.Deferral.Months(member.Reprimand))
			assert.Equal(t, tc.warning, tc.r.Deferral.Months(member.Warning))
			assert.Equal(t, tc.dismissal, tc.r.Deferral.Months(member.Dismissal))
			assert.Zero(t, tc.r.Deferral.Months(member.Expulsion), "expulsion makes a member ineligible, it does not defer")
		})
	}
}

func TestUnverifiedRegimesSayWhy(t *testing.T) {
	// SPEC: uncertain rules are explicit. The 2025 and 2026 badge texts were not seen.
	for _, r := range []award.Regime{award.Regime2025, award.Regime2026} {
		assert.Equal(t, chibo.Unverified, r.Basis.Confidence, r.Name)
		assert.Equal(t, chibo.Unverified, r.DeferralSource.Confidence, r.Name)
	}
	assert.Equal(t, chibo.Unverified, award.Regime2021.DeferralSource.Confidence, "rules/badge.md R5.3 [X]")
	assert.Equal(t, chibo.Verified, award.Regime2021.EarlyIllnessSource.Confidence, "HD 01-HD/TW 2021 mục 18.1 [T]")
}

func TestRegimeCopyIsIndependent(t *testing.T) {
	// A caller's local reading must not change the package's regime.
	local := award.Regime2021
	local.Deferral[member.Warning] = 3
	local.EarlyIllness = local.EarlyIllness.Set(6, 30)
	assert.Equal(t, 9, award.Regime2021.Deferral.Months(member.Warning))
	assert.Equal(t, 12, award.Regime2021.EarlyIllness.Months(30))
	assert.Equal(t, 3, local.Deferral.Months(member.Warning))
}

func TestMilestones(t *testing.T) {
	s := award.MilestoneSet(30, 40, 45, 33, -5, 0, 500)
	assert.Equal(t, []int{30, 40, 45}, s.List(), "values that are not multiples of 5 in range are ignored")
	assert.True(t, s.Has(45))
	assert.False(t, s.Has(35))
	assert.Equal(t, 30, s.Next(0))
	assert.Equal(t, 45, s.Next(40))
	assert.Equal(t, 45, s.Next(41))
	assert.Equal(t, 0, s.Next(45))
	assert.Equal(t, 0, s.Next(1<<30))
	assert.Nil(t, award.Milestones(0).List())
}

func TestRoundsOnOrAfter(t *testing.T) {
	// HD 01-HD/TW 2016 and 2021 (mục 18): 3/2, 19/5, 2/9, 7/11; rules/badge.md R3.4 (inclusive).
	extra := award.Rounds{Extra: []chibo.Date{chibo.DateOf(2026, time.March, 26)}}
	tests := []struct {
		name   string
		rounds award.Rounds
		on     string
		want   string
	}{
		{"milestone on a round date goes to that round (inclusive)", award.Rounds{}, "2025-05-19", "2025-05-19"},
		{"T17: one day after 3/2 waits for 19/5", award.Rounds{}, "2026-02-04", "2026-05-19"},
		{"after 7/11 goes to 3/2 of the next year", award.Rounds{}, "2025-11-08", "2026-02-03"},
		{"1 January goes to 3/2", award.Rounds{}, "2026-01-01", "2026-02-03"},
		{"between 19/5 and 2/9", award.Rounds{}, "2026-07-26", "2026-09-02"},
		{"a caller-added occasion comes first", extra, "2026-02-04", "2026-03-26"},
		{"a caller-added occasion already past is ignored", extra, "2026-03-27", "2026-05-19"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, day(t, tc.want), tc.rounds.OnOrAfter(day(t, tc.on)))
		})
	}
	assert.True(t, award.Rounds{}.OnOrAfter(chibo.Date{}).IsZero(), "zero date in, zero date out")
	assert.True(t, award.Rounds{}.OnOrAfter(chibo.DateOf(9999, time.December, 1)).IsZero(), "no round after the last representable year")
}

func TestRoundsBetween(t *testing.T) {
	got := award.Rounds{}.Between(day(t, "2022-09-02"), day(t, "2023-09-02"))
	want := []chibo.Date{day(t, "2022-09-02"), day(t, "2022-11-07"), day(t, "2023-02-03"), day(t, "2023-05-19"), day(t, "2023-09-02")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rounds (-want +got):\n%s", diff)
	}
	assert.True(t, award.Rounds{}.IsRound(day(t, "2023-02-03")))
	assert.False(t, award.Rounds{}.IsRound(day(t, "2023-02-04")))
}

// official builds an official member admitted on decision, recognised a year later.
func official(t testing.TB, id, decision string) member.Member {
	d := day(t, decision)
	return member.Member{ID: id, Name: "Member " + id, DecisionDate: d, OfficialDate: d.AddYears(1)}
}

func TestDecideMechanics(t *testing.T) {
	tests := []struct {
		name   string
		rule   string // the rule the case checks
		r      award.Regime
		m      func(t testing.TB) member.Member
		round  string
		status award.Status
		kind   award.Kind
		mile   int
		due    string
		atRnd  string
		missed []int
	}{
		{
			name: "highest milestone reached is awarded, lower ones reported as missed", rule: award.RuleMissed,
			r: award.Regime2021, round: "2025-09-02",
			m:      func(t testing.TB) member.Member { return official(t, "a", "1974-08-01") },
			status: award.Eligible, kind: award.Regular, mile: 50, due: "2024-08-01", atRnd: "2025-09-02", missed: []int{30, 40, 45},
		},
		{
			name: "held badge above the reached ones: nothing awarded twice", rule: award.RuleNotDue,
			r: award.Regime2021, round: "2025-09-02",
			m: func(t testing.TB) member.Member {
				m := official(t, "b", "1974-08-01")
				m.Badges = []int{30, 40, 45, 50}
				return m
			},
			status: award.NotDue, kind: award.Regular, mile: 55, due: "2029-08-01", atRnd: "2029-09-02",
		},
		{
			name: "holding 90 leaves nothing to decide", rule: award.RuleAllReceived,
			r: award.Regime2021, round: "2025-09-02",
			m: func(t testing.TB) member.Member {
				m := official(t, "c", "1930-02-03")
				m.Badges = []int{90}
				return m
			},
			status: award.NotDue,
		},
		{
			name: "a death after the round date is ignored for that round", rule: award.RuleMilestone,
			r: award.Regime2021, round: "2022-09-02",
			m: func(t testing.TB) member.Member {
				m := official(t, "d", "1992-06-01")
				m.Died = day(t, "2024-01-01")
				return m
			},
			status: award.Eligible, kind: award.Regular, mile: 30, due: "2022-06-01", atRnd: "2022-09-02",
		},
		{
			name: "a discipline whose deferral ran out before the round does not defer", rule: award.RuleDeferred,
			r: award.Regime2021, round: "2022-09-02",
			m: func(t testing.TB) member.Member {
				m := official(t, "e", "1992-06-01")
				m.Discipline = []member.Discipline{{Form: member.Dismissal, Date: day(t, "2021-09-01")}}
				return m
			},
			status: award.Eligible, kind: award.Regular, mile: 30, due: "2022-06-01", atRnd: "2022-09-02",
		},
		{
			name: "the longest running deferral wins", rule: award.RuleDeferred,
			r: award.Regime2021, round: "2022-09-02",
			m: func(t testing.TB) member.Member {
				m := official(t, "f", "1992-06-01")
				m.Discipline = []member.Discipline{{Form: member.Dismissal, Date: day(t, "2022-01-10")}, {Form: member.Reprimand, Date: day(t, "2022-05-01")}}
				return m
			},
			status: award.Deferred, kind: award.Regular, mile: 30, due: "2022-06-01", atRnd: "2023-02-03",
		},
		{
			name: "early illness also waits for a discipline deferral", rule: award.RuleDeferred,
			r: award.Regime2021, round: "2022-09-02",
			m: func(t testing.TB) member.Member {
				m := official(t, "g", "1992-12-01")
				m.SeriouslyIll = true
				m.Discipline = []member.Discipline{{Form: member.Warning, Date: day(t, "2022-08-01")}}
				return m
			},
			status: award.Deferred, kind: award.EarlyIllness, mile: 30, due: "2022-12-01", atRnd: "2023-05-19",
		},
		{
			name: "the same member without illness is simply not due", rule: award.RuleNotDue,
			r: award.Regime2021, round: "2022-09-02",
			m:      func(t testing.TB) member.Member { return official(t, "h", "1992-12-01") },
			status: award.NotDue, kind: award.Regular, mile: 30, due: "2022-12-01", atRnd: "2023-02-03",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.m(t)
			require.NoError(t, m.Validate(chibo.Date{}))
			d := tc.r.Decide(&m, day(t, tc.round))
			assert.Equal(t, tc.status, d.Status, "status")
			assert.Equal(t, tc.mile, d.Milestone, "milestone")
			if tc.mile != 0 {
				assert.Equal(t, tc.kind, d.Kind, "kind")
				assert.Equal(t, day(t, tc.due), d.Due, "due")
			}
			if tc.atRnd != "" {
				assert.Equal(t, day(t, tc.atRnd), d.Round, "round")
			}
			assert.Equal(t, tc.missed, d.Missed.List(), "missed")
			assert.Contains(t, ruleIDs(d.Reasons), tc.rule)
			assert.Equal(t, d.Outcome, tc.r.Check(&m, day(t, tc.round)), "Check and Decide agree")
		})
	}
}

func ruleIDs(rs []chibo.Reason) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Rule
	}
	return out
}

func TestEveryReasonIsComplete(t *testing.T) {
	// Standards: every decision returns its reasons with rule id, source and both texts.
	ms := syntheticRoster(2000, 7)
	for _, round := range []string{"2016-09-02", "2022-09-02", "2025-11-07", "2026-09-02"} {
		rd := day(t, round)
		for i := range ms {
			d := award.Decide(&ms[i], rd)
			require.NotEmpty(t, d.Reasons, "member %s", ms[i].ID)
			assert.Equal(t, award.RuleRegime, d.Reasons[0].Rule)
			for _, r := range d.Reasons {
				assert.NotEmpty(t, r.Rule)
				assert.NotEmpty(t, r.Source.Document, r.Rule)
				assert.NotEmpty(t, r.VI, r.Rule)
				assert.NotEmpty(t, r.EN, r.Rule)
			}
		}
	}
}

func TestZeroValuesDoNotPanic(t *testing.T) {
	// Standards: no exported function panics, zero values included.
	var r award.Regime
	var m member.Member
	assert.NotPanics(t, func() {
		_ = r.Decide(&m, chibo.Date{})
		_ = r.Decide(nil, chibo.Date{})
		_ = r.Check(nil, chibo.Date{})
		_ = award.Decide(&m, chibo.Date{})
		_ = award.Check(&m, chibo.Date{})
		_ = r.Nominate(nil, chibo.Date{})
		_ = r.Nominate([]member.Member{{}}, chibo.Date{})
		_, _ = award.Schedule([]member.Member{{}}, chibo.Date{}, chibo.Date{})
		_ = award.GiftFor(0, chibo.Date{})
		_, _ = award.Reissue(nil, 0, false, chibo.Date{})
		_, _ = award.Reissue(&m, 30, true, chibo.Date{})
	})
	d := r.Decide(&m, day(t, "2022-09-02"))
	assert.Equal(t, award.Invalid, d.Status)
	assert.Contains(t, ruleIDs(d.Reasons), award.RuleNoRecord)
}

func TestNominate(t *testing.T) {
	// SPEC: nominations sorted by branch then name, plus every rejected record.
	round := day(t, "2022-09-02")
	mk := func(id, name, branch, decision string) member.Member {
		m := official(t, id, decision)
		m.Name, m.Branch = name, branch
		return m
	}
	roster := []member.Member{
		mk("1", "Ma Thị Quản", "Bản Phú", "1982-06-10"),
		mk("2", "Ma Đức Thuỵ", "Nà Vài", "1982-07-01"),
		mk("3", "Hoàng Văn A", "Bản Phú", "1992-06-15"),
		mk("4", "Not due", "Bản Phú", "2000-01-01"),
		{ID: "5", Name: "Official before decision", DecisionDate: day(t, "1990-01-01"), OfficialDate: day(t, "1989-01-01")},
		mk("6", "Deferred", "Nà Vài", "1992-06-01"),
	}
	roster[5].Discipline = []member.Discipline{{Form: member.Warning, Date: day(t, "2022-06-01")}}

	n := award.Regime2021.Nominate(roster, round)
	var got []string
	for _, a := range n.Awards {
		got = append(got, a.Member.Branch+"/"+a.Member.Name)
	}
	assert.Equal(t, []string{"Bản Phú/Hoàng Văn A", "Bản Phú/Ma Thị Quản", "Nà Vài/Ma Đức Thuỵ"}, got)
	require.Len(t, n.Deferred, 1)
	assert.Equal(t, "6", n.Deferred[0].Member.ID)
	require.Len(t, n.Rejected, 1)
	assert.Equal(t, 4, n.Rejected[0].Index)
	assert.True(t, errors.Is(n.Rejected[0].Err, member.ErrOrder))
	assert.Equal(t, len(roster)-len(n.Rejected), n.Decided, "nothing dropped")
}

func TestSchedule(t *testing.T) {
	roster := []member.Member{
		official(t, "late", "1993-03-01"),  // 30 on 01/03/2023
		official(t, "early", "1982-10-01"), // 40 on 01/10/2022
		official(t, "out", "1995-01-01"),   // 30 in 2025: outside the period
	}
	roster[1].Badges = []int{30}
	probationary := member.Member{ID: "prob", Name: "Probationary", DecisionDate: day(t, "2022-03-01")}
	roster = append(roster, probationary)
	got, rejected := award.Schedule(roster, day(t, "2022-09-03"), day(t, "2023-09-02"))
	require.Empty(t, rejected)
	require.Len(t, got, 2)
	assert.Equal(t, "early", got[0].Member.ID)
	assert.Equal(t, 40, got[0].Milestone)
	assert.Equal(t, day(t, "2022-11-07"), got[0].Round)
	assert.Equal(t, "late", got[1].Member.ID)
	assert.Equal(t, day(t, "2023-05-19"), got[1].Round)
	assert.Equal(t, "2021", got[1].Regime)
}

func TestGiftFor(t *testing.T) {
	// HD 56-HD/VPTW mục IV.2 multiples; base salaries of ND 38/2019, 24/2023, 73/2024, 161/2026.
	tests := []struct {
		name   string
		years  int
		on     string
		known  bool
		amount int64
	}{
		{"T19: 30 years at 2,340,000", 30, "2026-02-03", true, 3_510_000},
		{"T19: 80 years at 2,340,000", 80, "2026-02-03", true, 35_100_000},
		{"65 years at 2,340,000 (R7.5)", 65, "2025-09-02", true, 14_040_000},
		{"30 years at 1,490,000 in 2022", 30, "2022-09-02", true, 2_235_000},
		{"40 years at 1,800,000 in 2023", 40, "2023-09-02", true, 3_600_000},
		{"30 years at 2,530,000 from 01/07/2026", 30, "2026-09-02", true, 3_795_000},
		{"T19: 45 years has no known multiple", 45, "2026-02-03", false, 0},
		{"85 years has no known multiple", 85, "2026-02-03", false, 0},
		{"90 years has no known multiple", 90, "2026-02-03", false, 0},
		{"no base salary known before 01/07/2019", 30, "2019-05-19", false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := award.GiftFor(tc.years, day(t, tc.on))
			assert.Equal(t, tc.known, g.Known)
			assert.Equal(t, tc.amount, g.Amount)
			assert.NotEmpty(t, g.Reasons)
		})
	}
}

func TestReissue(t *testing.T) {
	// rules/badge.md R5.5, T21.
	m := official(t, "r", "1980-01-01")
	m.Badges = []int{30, 40}
	on := day(t, "2026-09-02")
	ok, rs := award.Reissue(&m, 40, true, on)
	assert.True(t, ok)
	assert.Equal(t, award.RuleReissue, rs[0].Rule)
	ok, _ = award.Reissue(&m, 40, false, on)
	assert.False(t, ok, "no legitimate reason")
	ok, _ = award.Reissue(&m, 45, true, on)
	assert.False(t, ok, "never received")
	m.Discipline = []member.Discipline{{Form: member.Expulsion, Date: day(t, "2026-01-01")}}
	ok, _ = award.Reissue(&m, 40, true, on)
	assert.False(t, ok, "outside the Party")
}

func TestRegression_ZeroRoundSaysSo(t *testing.T) {
	// A zero round date was reported as a record without an admission date.
	m := official(t, "b", "1992-07-15")
	d := award.Regime2021.Decide(&m, chibo.Date{})
	assert.Equal(t, award.Invalid, d.Status)
	assert.Equal(t, []string{award.RuleNoRound}, ruleIDs(d.Reasons))
}

func TestRegression_DuplicateIDsAreRejected(t *testing.T) {
	// SPEC: ids are unique; a repeated id was decided twice.
	roster := []member.Member{official(t, "x", "1992-06-01"), official(t, "x", "1982-06-01"), official(t, "y", "1992-06-01")}
	n := award.Regime2021.Nominate(roster, day(t, "2022-09-02"))
	require.Len(t, n.Rejected, 1)
	assert.Equal(t, 1, n.Rejected[0].Index)
	assert.ErrorIs(t, n.Rejected[0].Err, member.ErrDuplicateID)
	assert.Equal(t, 2, n.Decided)
	_, rejected := award.Schedule(roster, day(t, "2022-01-01"), day(t, "2023-01-01"))
	require.Len(t, rejected, 1)
	assert.ErrorIs(t, rejected[0].Err, member.ErrDuplicateID)
}

func TestNominateParallelAgreesWithNominate(t *testing.T) {
	// Issue 6: the parallel nominations give exactly the sequential result.
	roster := syntheticRoster(5000, 11)
	roster = append(roster, roster[17], member.Member{ID: "bad", Name: "Bad", DecisionDate: day(t, "2000-01-01"), OfficialDate: day(t, "1999-01-01")})
	round := day(t, "2026-09-02")
	want := award.Regime2026.Nominate(roster, round)
	for _, workers := range []int{0, 1, 2, 3, 8} {
		got := award.Regime2026.NominateParallel(roster, round, workers)
		require.Equal(t, want.Decided, got.Decided, "workers %d", workers)
		require.Equal(t, len(want.Awards), len(got.Awards))
		for i := range want.Awards {
			assert.Same(t, want.Awards[i].Member, got.Awards[i].Member)
			assert.Equal(t, want.Awards[i].Outcome, got.Awards[i].Outcome)
		}
		require.Equal(t, len(want.Deferred), len(got.Deferred))
		require.Len(t, got.Rejected, 2)
		for i := range want.Rejected {
			assert.Equal(t, want.Rejected[i].Index, got.Rejected[i].Index)
			assert.Equal(t, want.Rejected[i].Err.Error(), got.Rejected[i].Err.Error())
		}
	}
}
