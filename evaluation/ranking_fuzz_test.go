package evaluation_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// rkRegimes are the regimes the fuzz targets try: the package's three and
// a variant with every optional rule switched on.
func rkRegimes() []evaluation.RankingRegime {
	v := evaluation.Ranking2025
	v.Name, v.SickCapDays, v.StateCoupling, v.OneViolationOnce, v.MinTargetsPercent = "2025-all", 90, true, true, 50
	v.Org.HD27, v.Org.CommitteeMemberForm = true, member.Warning
	v.Org.MeetingCap = evaluation.MeetingCap{LowPercent: 25, Rank: evaluation.Completed}
	return append(evaluation.RankingRegimes(), v)
}

// FuzzRankMember ranks a member year built from fuzzed fields under every
// regime and checks: no panic; RankQuick agrees with RankMember; the
// reasons start with the regime and end with the level; input that fails
// ValidateMember, an exempt or suspended member, one admitted less than 6
// months before the review, or one not yet admitted is NotRanked and never
// receives a level; under a scored regime a score below 50 is never above
// KHTNV.
func FuzzRankMember(f *testing.F) {
	f.Add(92.0, int16(20), int16(20), int16(0), int16(7), uint16(0), int16(5000), int16(-400), uint8(1), int16(0), uint8(0), int8(100), int8(0), int8(40), int8(0), int8(-1), uint16(0x2222), uint8(1), int16(0))
	f.Add(49.5, int16(10), int16(10), int16(0), int16(0), uint16(0x40), int16(150), int16(-30), uint8(2), int16(120), uint8(3), int8(60), int8(10), int8(5), int8(60), int8(55), uint16(0x4444), uint8(4), int16(20))
	f.Add(69.9, int16(10), int16(9), int16(1), int16(0), uint16(0x3ff), int16(-5), int16(3), uint8(4), int16(400), uint8(9), int8(-3), int8(120), int8(0), int8(0), int8(-9), uint16(0xffff), uint8(7), int16(-900))
	f.Add(0.0, int16(0), int16(0), int16(0), int16(0), uint16(0), int16(0), int16(0), uint8(0), int16(0), uint8(0), int8(0), int8(0), int8(0), int8(0), int8(0), uint16(0), uint8(0), int16(0))
	regimes := rkRegimes()
	f.Fuzz(func(t *testing.T, score float64, assigned, onTime, late, exceeded int16, flags uint16, admittedDays, discDays int16, discForm uint8,
		sick int16, state uint8, unitsTasks, unitsLate, unitsExceeded, unitsKHTNV, lowConf int8, grades uint16, tasks uint8, reviewShift int16) {
		review := chibo.DateOf(2023, time.December, 15).AddDays(int(reviewShift))
		m := &member.Member{ID: "f", Exempt: flags&1 != 0}
		if flags&0x200 == 0 {
			m.DecisionDate = review.AddDays(-int(admittedDays))
		}
		if discForm != 0 {
			m.Discipline = []member.Discipline{{Form: member.Form(discForm % 6), Date: review.AddDays(int(discDays))}}
		}
		var criteria []evaluation.Grade
		for i := range int(grades>>12) % 5 {
			criteria = append(criteria, evaluation.Grade(grades>>(3*i)&7%6))
		}
		for _, base := range regimes {
			r := base
			in := evaluation.MemberYear{
				Member: m, Year: r.FirstYear, ReviewDate: review, Suspended: flags&2 != 0,
				Criteria: criteria, Tasks: evaluation.Grade(tasks % 6), Score: score,
				TasksAssigned: int(assigned), TasksOnTime: int(onTime), TasksLate: int(late), TasksExceeded: int(exceeded),
				SelfRemedied: flags&4 != 0, CountedBefore: flags&8 != 0, Degraded: flags&16 != 0, Maternity: flags&32 != 0,
				Leader: flags&64 != 0, BasicTargetsFailed: flags&128 != 0,
				SickLeaveDays: int(sick), StateRank: evaluation.Rank(state % 6),
				UnitsTasksPercent: int(unitsTasks), UnitsLatePercent: int(unitsLate), UnitsExceededPercent: int(unitsExceeded),
				UnitsNotCompletedPercent: int(unitsKHTNV), LowConfidencePercent: int(lowConf),
			}
			if flags&0x100 != 0 {
				in.ReviewDate = chibo.Date{}
			}
			got := r.RankMember(&in)
			quick := r.RankQuick(&in)
			if got.Rank != quick {
				t.Fatalf("%s: RankQuick %s, RankMember %s", r.Name, quick, got.Rank)
			}
			if got.Rank > evaluation.NotCompleted || got.Proposed != got.Rank {
				t.Fatalf("%s: rank %d, proposed %d", r.Name, got.Rank, got.Proposed)
			}
			n := len(got.Reasons)
			if n < 2 || got.Reasons[0].Rule != evaluation.RuleRankRegime || got.Reasons[n-1].Rule != evaluation.RuleRankLevel {
				t.Fatalf("%s: reasons %v", r.Name, got.Reasons)
			}
			err := r.ValidateMember(&in)
			if err != nil {
				// Invalid input is never ranked; the reason is the input's
				// problem, or the exclusion that makes the level inputs moot.
				if got.Rank != evaluation.NotRanked {
					t.Fatalf("%s: invalid input (%v) ranked %s", r.Name, err, got.Rank)
				}
				continue
			}
			rev := in.ReviewDate
			if rev.IsZero() {
				rev = chibo.DateOf(in.Year, time.December, 31)
			}
			start := m.Start()
			notRanked := m.Exempt || in.Suspended || start.IsZero() || start.After(rev) ||
				(r.NewMemberMonths > 0 && start.AddMonths(r.NewMemberMonths).After(rev))
			if notRanked && got.Rank != evaluation.NotRanked {
				t.Fatalf("%s: not-ranked member (exempt %v, suspended %v, admitted %s, review %s) ranked %s", r.Name, m.Exempt, in.Suspended, start, rev, got.Rank)
			}
			if got.Rank == evaluation.NotRanked && got.Reasons[n-1].EN != "Not ranked." {
				t.Fatalf("%s: not ranked, but the last reason says %q", r.Name, got.Reasons[n-1].EN)
			}
			if r.Scored && score < 50 && got.Rank != evaluation.NotRanked && got.Rank != evaluation.NotCompleted {
				t.Fatalf("%s: score %v ranked %s", r.Name, score, got.Rank)
			}
		}
	})
}

// FuzzRankOrganisation does the same for organisations: no panic;
// RankOrgQuick agrees with RankOrganisation; invalid input and an
// organisation founded less than 6 months before are NotRanked; a scored
// regime never ranks a score below 50 above KHTNV.
func FuzzRankOrganisation(f *testing.F) {
	f.Add(95.0, int8(100), int8(0), int8(40), uint16(0), uint8(1), int16(5000), int8(10), int8(3), int8(1), int8(10), int8(4), int8(9), int8(5), uint16(0x2222), uint8(2), uint8(4), uint8(3))
	f.Add(40.0, int8(70), int8(40), int8(-1), uint16(0xffff), uint8(9), int16(30), int8(-1), int8(4), int8(3), int8(5), int8(8), int8(2), int8(3), uint16(0x4000), uint8(7), uint8(8), uint8(0))
	regimes := rkRegimes()
	f.Fuzz(func(t *testing.T, score float64, onTime, late, exceeded int8, flags uint16, form uint8, foundedDays int16,
		subs, subsDisc, subsKHTNV, targets, met, ranked, khtnv int8, grades uint16, tasks uint8, low, good uint8) {
		review := chibo.DateOf(2024, time.December, 20)
		org := &branch.Organisation{ID: "o", Kind: branch.Kind(flags>>12%5 + 0), Founded: review.AddDays(-int(foundedDays))}
		if flags&0x800 != 0 {
			org.Founded = chibo.Date{}
		}
		var criteria []evaluation.Grade
		for i := range int(grades>>12) % 5 {
			criteria = append(criteria, evaluation.Grade(grades>>(3*i)&7%6))
		}
		rv := &evaluation.Review{}
		rv.Levels[evaluation.Poor], rv.Levels[evaluation.Good] = int(low%20), int(good%20)
		for _, base := range regimes {
			r := base
			in := evaluation.OrgYear{Org: org, Committee: flags&1 != 0, Year: r.FirstYear + 1, ReviewDate: review.AddYears(r.FirstYear - 2023),
				Criteria: criteria, Tasks: evaluation.Grade(tasks % 6), Score: score,
				TasksOnTimePercent: int(onTime), TasksLatePercent: int(late), TasksExceededPercent: int(exceeded),
				Targets: int(targets), TargetsMet: int(met), MainTargetsFailed: flags&2 != 0,
				Subordinates: int(subs), SubordinatesDisciplined: int(subsDisc), SubordinatesNotCompleted: int(subsKHTNV), SubordinateViolation: flags&4 != 0,
				LeadershipDisciplined: flags&8 != 0, LeadershipWorstForm: member.Form(form % 6), CollectiveDisciplined: flags&16 != 0,
				SelfRemedied: flags&32 != 0, CountedBefore: flags&64 != 0, Disunity: flags&128 != 0, Degraded: flags&256 != 0,
				MembersRanked: int(ranked), MembersNotCompleted: int(khtnv),
			}
			if flags&512 != 0 {
				in.Meetings = rv
			}
			if org.Founded.IsZero() {
				in.ReviewDate = chibo.Date{}
			}
			got := r.RankOrganisation(&in)
			if q := r.RankOrgQuick(&in); q != got.Rank {
				t.Fatalf("%s: RankOrgQuick %s, RankOrganisation %s", r.Name, q, got.Rank)
			}
			n := len(got.Reasons)
			if n < 2 || got.Reasons[0].Rule != evaluation.RuleOrgRegime || got.Reasons[n-1].Rule != evaluation.RuleOrgLevel {
				t.Fatalf("%s: reasons %v", r.Name, got.Reasons)
			}
			if err := r.ValidateOrganisation(&in); err != nil {
				if got.Rank != evaluation.NotRanked {
					t.Fatalf("%s: invalid input (%v) ranked %s", r.Name, err, got.Rank)
				}
				continue
			}
			rev := in.ReviewDate
			if rev.IsZero() {
				rev = chibo.DateOf(in.Year, time.December, 31)
			}
			if !org.Founded.IsZero() && org.Founded.AddMonths(r.Org.NewOrgMonths).After(rev) && got.Rank != evaluation.NotRanked {
				t.Fatalf("%s: founded %s, review %s, ranked %s", r.Name, org.Founded, rev, got.Rank)
			}
			if r.Scored && score < 50 && got.Rank != evaluation.NotRanked && got.Rank != evaluation.NotCompleted {
				t.Fatalf("%s: score %v ranked %s", r.Name, score, got.Rank)
			}
		}
	})
}

// FuzzQuota applies the quota to rankings built from fuzzed bytes (each
// byte a group and a rank, scores and priorities from the next) and checks
// per group: the HTXS kept never exceed the rule, in exact integers
// (Floor: HTXS × Den ≤ Num × HTT; HalfUp: 2 × Den × HTXS ≤ 2 × Num × HTT
// + Den); no one is promoted; only HTXS proposals are moved, and only to
// HTT, with Demoted set; when anyone was moved the group keeps exactly the
// maximum; QuotaQuick agrees; the input is unchanged; an invalid rule
// changes nothing.
func FuzzQuota(f *testing.F) {
	f.Add([]byte{0x01, 0x02, 0x02, 0x02, 0x02, 0x01, 0x01, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x01, 0x02, 0x01}, []byte{9, 3, 3, 7, 1}, uint8(1), uint8(5), false)
	f.Add([]byte{0x11, 0x12, 0x21, 0x22, 0x01, 0x00, 0x03, 0x04, 0x31}, []byte{1, 1, 1, 1}, uint8(1), uint8(5), true)
	f.Add([]byte{0x01, 0x01, 0x01}, []byte{}, uint8(0), uint8(0), false)
	f.Fuzz(func(t *testing.T, data, scores []byte, num, den uint8, halfUp bool) {
		q := evaluation.QuotaRule{Num: int(num), Den: int(den)}
		if halfUp {
			q.Rounding = evaluation.HalfUp
		}
		rs := make([]evaluation.MemberRanking, len(data))
		for i, b := range data {
			rs[i] = evaluation.MemberRanking{ID: fmt.Sprintf("m%d", i%7), Group: fmt.Sprintf("g%d", b>>4%4), Rank: evaluation.Rank(b % 5)}
			if len(scores) > 0 {
				s := scores[i%len(scores)]
				rs[i].Score, rs[i].Priority = float64(s%8), int(s>>3%3)
			}
		}
		before := make([]evaluation.Rank, len(rs))
		for i := range rs {
			before[i] = rs[i].Rank
		}
		res := evaluation.ApplyQuota(rs, q)
		for i := range rs {
			if rs[i].Rank != before[i] || len(rs[i].Reasons) != 0 {
				t.Fatal("the input was changed")
			}
		}
		if len(res.Rankings) != len(rs) {
			t.Fatalf("%d rankings in, %d out", len(rs), len(res.Rankings))
		}
		if q.Validate() != nil {
			if res.Err == nil {
				t.Fatal("invalid rule without an error")
			}
			for i := range rs {
				if res.Rankings[i].Rank != before[i] || res.Rankings[i].Demoted {
					t.Fatal("an invalid rule changed a ranking")
				}
			}
			return
		}
		htxs, htt, moved := map[string]int{}, map[string]int{}, map[string]int{}
		for i, r := range res.Rankings {
			switch {
			case r.Rank == before[i]:
				if r.Demoted {
					t.Fatalf("%s: Demoted without a change", r.ID)
				}
			case before[i] == evaluation.Outstanding && r.Rank == evaluation.CompletedWell:
				if !r.Demoted {
					t.Fatalf("%s: moved down without Demoted", r.ID)
				}
				moved[r.Group]++
			default:
				t.Fatalf("%s: %s became %s", r.ID, before[i], r.Rank)
			}
			switch r.Rank {
			case evaluation.Outstanding:
				htxs[r.Group]++
			case evaluation.CompletedWell:
				htt[r.Group]++
			}
		}
		for _, g := range res.Groups {
			x, h := htxs[g.Group], htt[g.Group]
			ok := x*q.Den <= q.Num*h
			if halfUp {
				ok = 2*q.Den*x <= 2*q.Num*h+q.Den
			}
			if !ok {
				t.Fatalf("group %s: %d HTXS for %d HTT exceeds %s", g.Group, x, h, q)
			}
			if x != g.Kept || moved[g.Group] != len(g.Demoted) || g.Total != x+h {
				t.Fatalf("group %s: %+v, counted %d HTXS, %d HTT, %d moved", g.Group, g, x, h, moved[g.Group])
			}
			if moved[g.Group] > 0 && x != g.Max {
				t.Fatalf("group %s: moved %d but kept %d of at most %d", g.Group, moved[g.Group], x, g.Max)
			}
		}

		// QuotaQuick on each group gives the same ranks.
		for _, g := range res.Groups {
			var group []evaluation.MemberYear
			var ranks []evaluation.Rank
			var at []int
			for i := range rs {
				if rs[i].Group == g.Group {
					group = append(group, evaluation.MemberYear{Member: &member.Member{ID: rs[i].ID}, Score: rs[i].Score, Priority: rs[i].Priority})
					ranks = append(ranks, before[i])
					at = append(at, i)
				}
			}
			var scratch []int
			if _, demoted := evaluation.QuotaQuick(q, group, ranks, &scratch); demoted != len(g.Demoted) {
				t.Fatalf("group %s: QuotaQuick moved %d, ApplyQuota %d", g.Group, demoted, len(g.Demoted))
			}
			for k, i := range at {
				if ranks[k] != res.Rankings[i].Rank {
					t.Fatalf("group %s: QuotaQuick gives %s to %s, ApplyQuota %s", g.Group, ranks[k], rs[i].ID, res.Rankings[i].Rank)
				}
			}
		}
	})
}
