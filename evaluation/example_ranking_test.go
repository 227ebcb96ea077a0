package evaluation_test

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// The evaluation year picks the rules.
func ExampleRankingForYear() {
	for _, y := range []int{2022, 2024, 2025} {
		r := evaluation.RankingForYear(y)
		fmt.Println(y, r.Name, r.Basis.Document, r.Guidance.Document, r.Scored)
	}
	// Output:
	// 2022 2018 132-QĐ/TW 21-HD/BTCTW false
	// 2024 2023 124-QĐ/TW 25-HD/BTCTW false
	// 2025 2025 366-QĐ/TW 43-HD/BTCTW true
}

// A member scores 92 points in 2025 with every task on time but only 20%
// beyond requirement: the score is in the HTXS band, HTXS's conditions
// fail, and the library ranks HTT — the highest level whose conditions
// hold, never above the band (rules digest case T2, an interpretation the
// reasons name).
func ExampleRankingRegime_RankMember() {
	m := &member.Member{ID: "nv3", Name: "Lý Văn Sơn", DecisionDate: chibo.DateOf(2012, time.March, 5), OfficialDate: chibo.DateOf(2013, time.March, 5)}
	in := evaluation.MemberYear{
		Member: m, Year: 2025, ReviewDate: chibo.DateOf(2025, time.December, 18),
		Score: 92, TasksAssigned: 20, TasksOnTime: 20, TasksExceeded: 4,
	}
	r := evaluation.RankingForYear(in.Year)
	res := r.RankMember(&in)
	fmt.Println(res.Name, res.Rank.Abbr())
	for _, rs := range res.Reasons {
		fmt.Printf("%s [%s]: %s\n", rs.Rule, rs.Source.Confidence, rs.EN)
	}
	// Output:
	// Lý Văn Sơn HTT
	// evaluation.rank.regime [verified]: Evaluation year 2025: the 2025 ranking rules apply (366-QĐ/TW, 43-HD/BTCTW).
	// evaluation.rank.score [verified]: Score 92 of 100: in the HTXS band (90 points or more).
	// evaluation.rank.tasks [verified]: 20 tasks assigned: 20 completed on time, 0 late, 0 not completed; 4 beyond requirement (20.0%).
	// evaluation.rank.conditions [verified]: Not HTXS: needs at least 30% of tasks beyond requirement, has 20.0%.
	// evaluation.rank.conditions [secondary]: The conditions of HTT are met.
	// evaluation.rank.band-conditions [inferred]: The score is in the HTXS band but the conditions of that level fail: the highest level whose conditions hold, never above the band — HTT (the library's interpretation, rules 2.15).
	// evaluation.rank.level [secondary]: Ranked: completed duties well (HTT).
}

// RankQuick gives the same level without reasons or allocation, for bulk
// work. Under the 2018 rules, 120 days of sick leave cap an otherwise
// outstanding member at HTNV (case T10); under the 2023 rules a reprimand
// in the year makes a member KHTNV unless the member found the violation
// and remedied it (T11, T12).
func ExampleRankingRegime_RankQuick() {
	m := &member.Member{ID: "a", DecisionDate: chibo.DateOf(2001, time.May, 19), OfficialDate: chibo.DateOf(2002, time.May, 19)}
	g := evaluation.GradeGood
	sick := evaluation.MemberYear{Member: m, Year: 2020, Tasks: evaluation.GradeExcellent, Criteria: []evaluation.Grade{g, g, g}, SickLeaveDays: 120}
	fmt.Println("T10:", evaluation.Ranking2018.RankQuick(&sick).Abbr())

	m2 := *m
	m2.Discipline = []member.Discipline{{Form: member.Reprimand, Date: chibo.DateOf(2024, time.March, 12)}}
	t11 := evaluation.MemberYear{Member: &m2, Year: 2024, Tasks: g, Criteria: []evaluation.Grade{g, g}}
	fmt.Println("T11:", evaluation.Ranking2023.RankQuick(&t11).Abbr())
	t11.SelfRemedied = true
	fmt.Println("T12:", evaluation.Ranking2023.RankQuick(&t11).Abbr())
	// Output:
	// T10: HTNV
	// T11: KHTNV
	// T12: HTT
}

// The 20% cap on the final counts: of T HTXS proposals and HTT rankings,
// the largest x with x ≤ 1/5 × (T − x) keep HTXS (rules digest T6).
func ExampleMaxOutstanding() {
	q := evaluation.Ranking2025.Quota
	fmt.Println("12 HTT + 5 HTXS:", evaluation.MaxOutstanding(17, q))
	fmt.Println("4 HTT + 2 HTXS:", evaluation.MaxOutstanding(6, q))
	q.Rounding = evaluation.HalfUp
	fmt.Println("12 HTT + 5 HTXS, half up:", evaluation.MaxOutstanding(17, q))
	// Output:
	// 12 HTT + 5 HTXS: 2
	// 4 HTT + 2 HTXS: 1
	// 12 HTT + 5 HTXS, half up: 3
}

// Four members of a cell proposed HTXS and eight HTT: T = 12 allows two.
// Two proposals share the top score; the committee's priority decides.
func ExampleApplyQuota() {
	rs := []evaluation.MemberRanking{
		{ID: "nv1", Group: "na-vai", Rank: evaluation.Outstanding, Score: 95, Priority: 2},
		{ID: "nv2", Group: "na-vai", Rank: evaluation.Outstanding, Score: 95, Priority: 1},
		{ID: "nv3", Group: "na-vai", Rank: evaluation.Outstanding, Score: 93},
		{ID: "nv4", Group: "na-vai", Rank: evaluation.Outstanding, Score: 91},
	}
	for i := range 8 {
		rs = append(rs, evaluation.MemberRanking{ID: fmt.Sprintf("nv%d", i+5), Group: "na-vai", Rank: evaluation.CompletedWell, Score: 80})
	}
	res := evaluation.ApplyQuota(rs, evaluation.Ranking2025.Quota)
	g := res.Groups[0]
	fmt.Println("order:", g.Order, "kept:", g.Kept, "demoted:", g.Demoted)
	fmt.Println(g.Reason.EN)
	fmt.Println(res.Rankings[0].ID, res.Rankings[0].Rank.Abbr(), res.Rankings[0].Reasons[0].EN)
	// Output:
	// order: [nv2 nv1 nv3 nv4] kept: 2 demoted: [nv3 nv4]
	// Group "na-vai": 4 HTXS proposals and 8 HTT (12 in all); at most 2 HTXS — the largest x with x ≤ 1/5 × (12 − x), rounded down; 2 kept, 2 moved to HTT.
	// nv1 HTXS HTXS quota of group "na-vai": at most 2 of 4 proposals (x ≤ 1/5 × (12 − x)); position 2 of 4 by score (highest first), priority, ID: keeps HTXS.
}

// QuotaQuick is the bulk path for one group: no reasons, and no allocation
// once its scratch slice has grown.
func ExampleQuotaQuick() {
	r := &evaluation.Ranking2025
	var group []evaluation.MemberYear
	for i, score := range []float64{96, 91, 94, 85, 80, 78} {
		m := &member.Member{ID: fmt.Sprintf("m%d", i+1), DecisionDate: chibo.DateOf(2015, time.January, 10)}
		group = append(group, evaluation.MemberYear{Member: m, Year: 2025, Score: score, TasksAssigned: 10, TasksOnTime: 10, TasksExceeded: 4})
	}
	ranks := make([]evaluation.Rank, len(group))
	for i := range group {
		ranks[i] = r.RankQuick(&group[i])
	}
	var scratch []int
	maxHTXS, demoted := evaluation.QuotaQuick(r.Quota, group, ranks, &scratch)
	fmt.Println(maxHTXS, demoted)
	for i, rk := range ranks {
		fmt.Print(group[i].Member.ID, ":", rk.Abbr(), " ")
	}
	fmt.Println()
	// Output:
	// 1 2
	// m1:HTXS m2:HTT m3:HTT m4:HTT m5:HTT m6:HTT
}

// A 2025 collective with 95 points, every task on time and 40% beyond
// requirement would be HTXS, but a member of its leadership was
// reprimanded: HTXS asks that nobody was (rules digest case T35), so it is
// HTT.
func ExampleRankingRegime_RankOrganisation() {
	in := evaluation.OrgYear{
		Org:  &branch.Organisation{ID: "tho-binh", Name: "Đảng bộ xã Thổ Bình", Kind: branch.GrassRootsCommittee},
		Year: 2025, Score: 95, TasksOnTimePercent: 100, TasksExceededPercent: 40,
		LeadershipWorstForm: member.Reprimand,
	}
	r := evaluation.RankingForYear(in.Year)
	res := r.RankOrganisation(&in)
	fmt.Println(res.Name, res.Rank.Abbr())
	for _, rs := range res.Reasons[1:] {
		fmt.Println(rs.Rule+":", rs.EN)
	}
	// Output:
	// Đảng bộ xã Thổ Bình HTT
	// evaluation.org.score: Score 95 of 100: in the HTXS band (90 points or more).
	// evaluation.org.tasks: Tasks of the year: 100% completed on time, 0% late, 40% beyond requirement.
	// evaluation.org.conditions: Not HTXS: no discipline allowed in the year: a member of the leadership collective was given a reprimand.
	// evaluation.org.conditions: The conditions of HTT are met.
	// evaluation.org.band-conditions: The score is in the HTXS band but the conditions of that level fail: the highest level whose conditions hold, never above the band — HTT (the library's interpretation, rules 2.15).
	// evaluation.org.level: Ranked: completed duties well (HTT).
}

// RankOrgQuick: 3 of 10 subordinate organisations disciplined in 2024 is
// more than 20%: KHTNV under the 2023 rules (rules digest case T34).
func ExampleRankingRegime_RankOrgQuick() {
	g := evaluation.GradeGood
	in := evaluation.OrgYear{
		Org:  &branch.Organisation{ID: "db", Kind: branch.GrassRootsCommittee},
		Year: 2024, Tasks: g, Criteria: []evaluation.Grade{g, g},
		Subordinates: 10, SubordinatesDisciplined: 3,
	}
	fmt.Println(evaluation.Ranking2023.RankOrgQuick(&in).Abbr())
	// Output: KHTNV
}

// The quota for collectives, per group of similar role.
func ExampleApplyOrgQuota() {
	rs := []evaluation.OrgRanking{
		{ID: "na-vai", Group: "village-cells", Rank: evaluation.Outstanding, Score: 94},
		{ID: "ban-phu", Group: "village-cells", Rank: evaluation.Outstanding, Score: 96},
		{ID: "tram-y-te", Group: "village-cells", Rank: evaluation.CompletedWell, Score: 85},
		{ID: "khuoi-khon", Group: "village-cells", Rank: evaluation.CompletedWell, Score: 82},
		{ID: "na-ta", Group: "village-cells", Rank: evaluation.CompletedWell, Score: 80},
		{ID: "khun-mun", Group: "village-cells", Rank: evaluation.CompletedWell, Score: 79},
	}
	res := evaluation.ApplyOrgQuota(rs, evaluation.Ranking2023.Org.Quota)
	for _, r := range res.Rankings[:2] {
		fmt.Println(r.ID, r.Proposed.Abbr(), "→", r.Rank.Abbr())
	}
	// Output:
	// na-vai HTXS → HTT
	// ban-phu HTXS → HTXS
}

// Ranked KHTNV in 2024 and again in 2025: the member becomes a candidate
// for the cell's list under Hướng dẫn 02-HD/BTCTW (rules digest case T13).
func ExampleConsecutive() {
	prev := []evaluation.MemberRanking{{ID: "kk7", Name: "Hoàng Văn Khải", Year: 2024, Rank: evaluation.NotCompleted}}
	cur := []evaluation.MemberRanking{{ID: "kk7", Name: "Hoàng Văn Khải", Year: 2025, Rank: evaluation.NotCompleted}}
	for _, f := range evaluation.Consecutive(prev, cur) {
		fmt.Println(f.ID, f.Years, f.Rule, f.Reason.Source.Document)
		fmt.Println(f.Reason.EN)
	}
	// Output:
	// kk7 [2024 2025] evaluation.consequence.two-years 02-HD/BTCTW
	// Member Hoàng Văn Khải (kk7) was ranked KHTNV two years running (2024 and 2025): a candidate for the list of members to educate and help under Hướng dẫn 02-HD/BTCTW — the cell committee drafts the list, asks the superior committee, and the cell votes by secret ballot; listed only if at least two thirds of the official members (exempt members excluded) agree. Not an automatic removal from the Party.
}

// An organisation ranked KHTNV two years running is flagged for
// consolidation, as advice only: no document was found for this
// consequence, and the flag says so.
func ExampleConsecutiveOrgs() {
	prev := []evaluation.OrgRanking{{ID: "c9", Name: "Chi bộ thôn 9", Year: 2024, Rank: evaluation.NotCompleted}}
	cur := []evaluation.OrgRanking{{ID: "c9", Name: "Chi bộ thôn 9", Year: 2025, Rank: evaluation.NotCompleted}}
	for _, f := range evaluation.ConsecutiveOrgs(prev, cur) {
		fmt.Println(f.ID, f.Rule, f.Advisory, f.Reason.Source.Confidence)
	}
	off := evaluation.DefaultConsequences
	off.Consolidation = false
	fmt.Println(len(off.Organisations(prev, cur)))
	// Output:
	// c9 evaluation.consequence.consolidation true unverified
	// 0
}
