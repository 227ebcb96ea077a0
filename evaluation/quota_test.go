package evaluation_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/evaluation"
)

var rkFifth = evaluation.QuotaRule{Num: 1, Den: 5, Rounding: evaluation.Floor, Source: chibo.Source{Document: "124-QĐ/TW", Confidence: chibo.Inferred}}

// rkBrute is the largest x in 0…total with x ≤ round(num × (total − x) /
// den), by trying every x (the definition, rules 2.25).
func rkBrute(total, num, den int, halfUp bool) int {
	best := 0
	for x := 0; x <= total; x++ {
		ok := x*den <= num*(total-x)
		if halfUp {
			ok = 2*den*x <= 2*num*(total-x)+den
		}
		if ok {
			best = x
		}
	}
	return best
}

func TestMaxOutstanding(t *testing.T) {
	// rules/evaluation.md 2.21–2.25 and T6: 20% of HTT, on the final
	// counts, floor by default.
	halfUp := rkFifth
	halfUp.Rounding = evaluation.HalfUp
	for _, tc := range []struct {
		name  string
		total int
		q     evaluation.QuotaRule
		want  int
	}{
		{"T6 12 HTT + 5 HTXS: 17 gives 2 (x ≤ 17/6 = 2.83)", 17, rkFifth, 2},
		{"T6 variant 4 HTT + 2 HTXS: 6 gives 1 (1 ≤ 0.2 × 5)", 6, rkFifth, 1},
		{"5 gives 0 (1 > 0.2 × 4)", 5, rkFifth, 0},
		{"11 gives 1", 11, rkFifth, 1},
		{"12 gives 2 (2 ≤ 0.2 × 10)", 12, rkFifth, 2},
		{"100 gives 16", 100, rkFifth, 16},
		{"no one: 0", 0, rkFifth, 0},
		{"negative: 0", -3, rkFifth, 0},
		{"half up, 17 gives 3 (3 ≤ round(2.8))", 17, halfUp, 3},
		{"half up, 5 gives 1 (1 ≤ round(0.8))", 5, halfUp, 1},
		{"half up, 3 gives 0 (1 > round(0.4))", 3, halfUp, 0},
		{"ratio 0: none", 10, evaluation.QuotaRule{Num: 0, Den: 5}, 0},
		{"ratio 1/1: half", 10, evaluation.QuotaRule{Num: 1, Den: 1}, 5},
		{"invalid rule: 0", 10, evaluation.QuotaRule{Num: 1}, 0},
		{"huge group: no overflow", math.MaxInt, rkFifth, math.MaxInt / 6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, evaluation.MaxOutstanding(tc.total, tc.q))
		})
	}
	// The closed forms against the definition.
	for _, r := range [][2]int{{1, 5}, {1, 4}, {2, 7}, {3, 10}, {1, 1}, {0, 3}, {7, 2}} {
		for total := range 400 {
			for _, hu := range []bool{false, true} {
				q := evaluation.QuotaRule{Num: r[0], Den: r[1]}
				if hu {
					q.Rounding = evaluation.HalfUp
				}
				require.Equal(t, rkBrute(total, r[0], r[1], hu), evaluation.MaxOutstanding(total, q), "%d/%d half-up=%v total %d", r[0], r[1], hu, total)
			}
		}
	}
}

func TestQuotaRuleValidate(t *testing.T) {
	assert.NoError(t, rkFifth.Validate())
	for _, q := range []evaluation.QuotaRule{{}, {Num: 1}, {Num: -1, Den: 5}, {Num: 1, Den: evaluation.MaxQuotaTerm + 1}, {Num: 1, Den: 5, Rounding: 7}} {
		assert.ErrorIs(t, q.Validate(), evaluation.ErrQuota, "%+v", q)
	}
	assert.Equal(t, "1/5 floor", rkFifth.String())
	var r evaluation.Rounding
	require.NoError(t, r.UnmarshalText([]byte("half-up")))
	assert.Equal(t, evaluation.HalfUp, r)
	assert.Error(t, r.UnmarshalText([]byte("ceil")))
}

// rkProposals returns rankings of a group: htxs proposals with the given
// scores (ids x1, x2, …) and htt members at HTT (ids h1, h2, …).
func rkProposals(group string, htt int, scores ...float64) []evaluation.MemberRanking {
	var rs []evaluation.MemberRanking
	for i, s := range scores {
		rs = append(rs, evaluation.MemberRanking{ID: fmt.Sprintf("%s-x%d", group, i+1), Group: group, Year: 2025, Rank: evaluation.Outstanding, Proposed: evaluation.Outstanding, Score: s,
			Reasons: []chibo.Reason{{Rule: evaluation.RuleRankLevel}}})
	}
	for i := range htt {
		rs = append(rs, evaluation.MemberRanking{ID: fmt.Sprintf("%s-h%d", group, i+1), Group: group, Year: 2025, Rank: evaluation.CompletedWell, Proposed: evaluation.CompletedWell, Score: 80})
	}
	return rs
}

func rkRanks(rs []evaluation.MemberRanking) map[string]evaluation.Rank {
	out := map[string]evaluation.Rank{}
	for _, r := range rs {
		out[r.ID] = r.Rank
	}
	return out
}

func TestApplyQuotaT6(t *testing.T) {
	// T6: 12 proposed HTT and 5 HTXS in one group: 2 keep HTXS, 15 HTT.
	rs := rkProposals("g", 12, 91, 97, 93, 95, 90)
	res := evaluation.ApplyQuota(rs, rkFifth)
	require.NoError(t, res.Err)
	require.Len(t, res.Groups, 1)
	g := res.Groups[0]
	assert.Empty(t, cmp.Diff(evaluation.GroupQuota{Group: "g", Total: 17, Max: 2, Proposed: 5, Kept: 2,
		Order: []string{"g-x2", "g-x4", "g-x3", "g-x1", "g-x5"}, Demoted: []string{"g-x3", "g-x1", "g-x5"}, Reason: g.Reason}, g))
	assert.Equal(t, `Group "g": 5 HTXS proposals and 12 HTT (17 in all); at most 2 HTXS — the largest x with x ≤ 1/5 × (17 − x), rounded down; 2 kept, 3 moved to HTT.`, g.Reason.EN)
	count := map[evaluation.Rank]int{}
	for _, r := range res.Rankings {
		count[r.Rank]++
	}
	assert.Equal(t, map[evaluation.Rank]int{evaluation.Outstanding: 2, evaluation.CompletedWell: 15}, count)
	x3 := res.Rankings[2]
	assert.Equal(t, "g-x3", x3.ID)
	assert.Equal(t, evaluation.CompletedWell, x3.Rank)
	assert.Equal(t, evaluation.Outstanding, x3.Proposed)
	assert.True(t, x3.Demoted)
	last := x3.Reasons[len(x3.Reasons)-1]
	assert.Equal(t, evaluation.RuleQuota, last.Rule)
	assert.Equal(t, `HTXS quota of group "g": at most 2 of 5 proposals (x ≤ 1/5 × (17 − x)); position 3 of 5 by score (highest first), priority, ID: moved down to HTT.`, last.EN)
	x2 := res.Rankings[1]
	assert.False(t, x2.Demoted)
	assert.Contains(t, x2.Reasons[len(x2.Reasons)-1].EN, "position 1 of 5")
	assert.Contains(t, x2.Reasons[len(x2.Reasons)-1].EN, "keeps HTXS")

	// The input is not changed.
	assert.Equal(t, evaluation.Outstanding, rs[2].Rank)
	assert.Len(t, rs[2].Reasons, 1)

	// T6 variant: 4 HTT and 2 HTXS proposed: one keeps HTXS (not the naive
	// floor(0.2 × 4) = 0).
	v := evaluation.ApplyQuota(rkProposals("v", 4, 92, 94), rkFifth)
	assert.Equal(t, map[string]evaluation.Rank{"v-x1": evaluation.CompletedWell, "v-x2": evaluation.Outstanding,
		"v-h1": evaluation.CompletedWell, "v-h2": evaluation.CompletedWell, "v-h3": evaluation.CompletedWell, "v-h4": evaluation.CompletedWell}, rkRanks(v.Rankings))
	assert.Equal(t, 1, v.Groups[0].Max)

	// Applying the quota again changes nothing more.
	again := evaluation.ApplyQuota(res.Rankings, rkFifth)
	assert.Equal(t, rkRanks(res.Rankings), rkRanks(again.Rankings))
	assert.Equal(t, 2, again.Groups[0].Kept)
	assert.Empty(t, again.Groups[0].Demoted)
}

func TestApplyQuotaOrder(t *testing.T) {
	// rules 2.21–2.25, issue 4 item 4: by score, then the committee's
	// priority, then ID — stable and auditable.
	rs := []evaluation.MemberRanking{
		{ID: "c", Group: "g", Rank: evaluation.Outstanding, Score: 95, Priority: 2},
		{ID: "b", Group: "g", Rank: evaluation.Outstanding, Score: 95, Priority: 1},
		{ID: "a", Group: "g", Rank: evaluation.Outstanding, Score: 95, Priority: 2},
		{ID: "n", Group: "g", Rank: evaluation.Outstanding, Score: math.NaN()},
		{ID: "z", Group: "g", Rank: evaluation.Outstanding, Score: 99, Priority: 9},
	}
	for range 7 {
		rs = append(rs, evaluation.MemberRanking{ID: "h", Group: "g", Rank: evaluation.CompletedWell})
	}
	res := evaluation.ApplyQuota(rs, rkFifth) // T = 12: 2 keep
	assert.Equal(t, []string{"z", "b", "a", "c", "n"}, res.Groups[0].Order)
	assert.Equal(t, []string{"a", "c", "n"}, res.Groups[0].Demoted)
}

func TestApplyQuotaGroups(t *testing.T) {
	// Each group of comparable positions is counted on its own (rules
	// 2.22); members not ranked (T9) and other levels are outside the base.
	rs := rkProposals("a", 10, 95, 94)              // T = 12: both keep
	rs = append(rs, rkProposals("b", 9, 95, 94)...) // T = 11: one keeps
	rs = append(rs,
		evaluation.MemberRanking{ID: "b-exempt", Group: "b", Rank: evaluation.NotRanked},
		evaluation.MemberRanking{ID: "b-htnv", Group: "b", Rank: evaluation.Completed},
		evaluation.MemberRanking{ID: "b-khtnv", Group: "b", Rank: evaluation.NotCompleted})
	res := evaluation.ApplyQuota(rs, rkFifth)
	require.Len(t, res.Groups, 2)
	assert.Equal(t, "a", res.Groups[0].Group)
	assert.Equal(t, 2, res.Groups[0].Kept)
	assert.Equal(t, 11, res.Groups[1].Total, "the exempt, HTNV and KHTNV members are not in the base")
	assert.Equal(t, 1, res.Groups[1].Kept)
	assert.Equal(t, []string{"b-x2"}, res.Groups[1].Demoted)
	got := rkRanks(res.Rankings)
	assert.Equal(t, evaluation.NotRanked, got["b-exempt"])
	assert.Equal(t, evaluation.Completed, got["b-htnv"])
	assert.Equal(t, evaluation.NotCompleted, got["b-khtnv"])

	bad := evaluation.ApplyQuota(rs, evaluation.QuotaRule{Num: 1})
	assert.ErrorIs(t, bad.Err, evaluation.ErrQuota)
	assert.Equal(t, rkRanks(rs), rkRanks(bad.Rankings))
	assert.Nil(t, bad.Groups)

	empty := evaluation.ApplyQuota(nil, rkFifth)
	assert.Empty(t, empty.Rankings)
	assert.Empty(t, empty.Groups)
}

func TestApplyOrgQuota(t *testing.T) {
	// rules 2.22, 3.12: collectives, per group of similar role.
	var rs []evaluation.OrgRanking
	for i, s := range []float64{96, 98, 92} {
		rs = append(rs, evaluation.OrgRanking{ID: fmt.Sprintf("o%d", i+1), Group: "cells", Rank: evaluation.Outstanding, Score: s})
	}
	for i := range 9 {
		rs = append(rs, evaluation.OrgRanking{ID: fmt.Sprintf("h%d", i), Group: "cells", Rank: evaluation.CompletedWell})
	}
	res := evaluation.ApplyOrgQuota(rs, evaluation.Ranking2023.Org.Quota) // T = 12: 2 keep
	require.NoError(t, res.Err)
	assert.Equal(t, []string{"o2", "o1", "o3"}, res.Groups[0].Order)
	assert.Equal(t, []string{"o3"}, res.Groups[0].Demoted)
	assert.Equal(t, evaluation.CompletedWell, res.Rankings[2].Rank)
	assert.True(t, res.Rankings[2].Demoted)
	assert.Equal(t, evaluation.Outstanding, rs[2].Rank)
	assert.ErrorIs(t, evaluation.ApplyOrgQuota(rs, evaluation.QuotaRule{}).Err, evaluation.ErrQuota)
}

func TestQuotaQuickAgrees(t *testing.T) {
	// The bulk path keeps the same members as ApplyQuota.
	var in []evaluation.MemberYear
	for i := range 40 {
		y := rk2025(fmt.Sprintf("m%02d", 40-i), float64(70+i%4*8), 10, 10, 0, 4)
		y.Priority = i % 3
		in = append(in, y)
	}
	r := &evaluation.Ranking2025
	ranks := make([]evaluation.Rank, len(in))
	var rs []evaluation.MemberRanking
	for i := range in {
		ranks[i] = r.RankQuick(&in[i])
		rs = append(rs, r.RankMember(&in[i]))
	}
	res := evaluation.ApplyQuota(rs, r.Quota)
	var scratch []int
	maxHTXS, demoted := evaluation.QuotaQuick(r.Quota, in, ranks, &scratch)
	assert.Equal(t, res.Groups[0].Max, maxHTXS)
	assert.Equal(t, len(res.Groups[0].Demoted), demoted)
	assert.Positive(t, demoted)
	for i := range in {
		assert.Equal(t, res.Rankings[i].Rank, ranks[i], in[i].Member.ID)
	}
	// Nothing to do the second time; an invalid rule does nothing.
	_, demoted = evaluation.QuotaQuick(r.Quota, in, ranks, nil)
	assert.Zero(t, demoted)
	m, d := evaluation.QuotaQuick(evaluation.QuotaRule{}, in, ranks, nil)
	assert.Zero(t, m+d)
}
