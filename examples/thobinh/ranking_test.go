package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo/evaluation"
)

func mustAnnual(t *testing.T) Annual {
	t.Helper()
	return mustReport(t).Annual
}

func finals(ay *AnnualYear) map[string]string {
	out := map[string]string{}
	for _, r := range ay.Rankings {
		out[r.ID] = r.Rank.String()
	}
	return out
}

func TestAnnualPeople(t *testing.T) {
	a := mustAnnual(t)
	again := mustAnnual(t)
	assert.Empty(t, cmp.Diff(a.Rows, again.Rows), "the inputs are built deterministically")
	// The forum's 41 members and the applicant admitted in 2024, in both years.
	require.Len(t, a.Rows, 42)
	require.Len(t, a.Y2024.Rankings, 42)
	require.Len(t, a.Y2025.Rankings, 42)
	for i, row := range a.Rows {
		assert.Equal(t, row.ID, a.Y2024.Rankings[i].ID)
		assert.Equal(t, row.ID, a.Y2025.Rankings[i].ID)
		assert.Equal(t, "2023", a.Y2024.Rankings[i].Regime)
		assert.Equal(t, "2025", a.Y2025.Rankings[i].Regime)
		assert.Zero(t, a.Y2024.Inputs[i].Score, "2024 is graded: no score")
	}
	assert.Equal(t, "124-QĐ/TW", a.Y2024.Regime.Basis.Document)
	assert.Equal(t, "366-QĐ/TW", a.Y2025.Regime.Basis.Document)
	// The roster itself is not changed by the year's events.
	for _, m := range mustReport(t).Forum.Commune.Committee.Members {
		if m.ID == "NV06" {
			assert.Empty(t, m.Gaps, "the 2025 removal is in the review's copy only")
		}
		if m.ID == "QS02" {
			assert.Empty(t, m.Discipline)
		}
	}
}

// TestAnnual2024 checks the 2024 outcome under the 2023 rules, worked out
// by hand from the profiles (ranking.go): excellent (n ends in 3) has task
// results Xuất sắc, criteria Tốt or higher, all on time and 60% beyond —
// HTXS (≥ 50%); strong (2, 6) has 40% — HTT; late (5) is all Tốt — HTT,
// QĐ 124 asking nothing of the timing below HTXS.
func TestAnnual2024(t *testing.T) {
	a := mustAnnual(t)
	want := map[string]string{}
	for _, r := range a.Y2024.Rankings {
		want[r.ID] = "htt"
	}
	for _, id := range []string{"NV02", "NV03", "NV04", "NV12", "BP10"} {
		want[id] = "not-ranked" // exempt
	}
	want["NV13"] = "not-ranked" // admitted 15/08/2024, 4 months before 18/12/2024
	want["QS03"], want["YT03"], want["BP03"] = "htxs", "htxs", "htxs"
	want["NV06"], want["BP08"] = "khtnv", "khtnv" // a criterion Kém
	want["QS04"] = "htnv"                         // task results Trung bình
	// TH03 was proposed HTXS too: cbccvc T = 3 + 13 = 16 allows ⌊16/6⌋ = 2;
	// no scores in a graded year, so seniority: QS03 (2007), YT03 (2010),
	// TH03 (2011) — TH03 is moved down.
	assert.Equal(t, want, finals(&a.Y2024))
	assert.Equal(t, map[string]groupView{
		groupEmployees: {16, 2, []string{"QS03", "YT03", "TH03"}, []string{"TH03"}},
		groupLeaders:   {6, 1, nil, nil},
		groupVillagers: {11, 1, []string{"BP03"}, nil},
	}, groupViews(a.Y2024.Groups))
	// TH05's self-remedied reprimand of 2024 does not count (QĐ 124 4.3).
	r := rowOf(t, a, "TH05").R2024
	assert.Equal(t, evaluation.CompletedWell, r.Rank)
	assert.True(t, hasRule(r.Reasons, evaluation.RuleRankDiscipline))
}

// TestAnnual2025 checks the 2025 outcome under the 2025 rules: scores
// excellent 94, strong 90–92 with 40% ≥ 30% beyond — HTXS now; late 76
// with a task late — HTT needs every task on time, so HTNV; good 80–86 —
// HTT.
func TestAnnual2025(t *testing.T) {
	a := mustAnnual(t)
	want := map[string]string{}
	for _, r := range a.Y2025.Rankings {
		want[r.ID] = "htt"
	}
	for _, id := range []string{"NV02", "NV03", "NV04", "NV12", "BP10"} {
		want[id] = "not-ranked" // exempt
	}
	want["NV06"] = "not-ranked" // struck off 17/01/2025
	for _, id := range []string{"YT05", "NV05", "TH05", "QS05", "QS04"} {
		want[id] = "htnv" // a task late (76 points); QS04 66 points
	}
	// BP07: 55% low-confidence votes; QS02: a leader reprimanded (no
	// self-remedied exception for leaders); BP08: 47 points.
	want["BP07"], want["QS02"], want["BP08"] = "khtnv", "khtnv", "khtnv"
	// Kept after the quota: cbccvc has 7 proposals (94: QS03, YT03, TH03;
	// 92: TH02; 90: YT06, QS06, TH06) and 6 HTT, T = 13 → 2: QS03, YT03 by
	// seniority among the 94s. lanh-dao YT02 (92) with 3 HTT, T = 4 → 0.
	// dang-vien-thon BP03 (94), BP02 (92), BP06 (90) and 8 HTT, T = 11 → 1.
	want["QS03"], want["YT03"], want["BP03"] = "htxs", "htxs", "htxs"
	assert.Equal(t, want, finals(&a.Y2025))
	assert.Equal(t, map[string]groupView{
		groupEmployees: {13, 2, []string{"QS03", "YT03", "TH03", "TH02", "YT06", "QS06", "TH06"}, []string{"TH03", "TH02", "YT06", "QS06", "TH06"}},
		groupLeaders:   {4, 0, []string{"YT02"}, []string{"YT02"}},
		groupVillagers: {11, 1, []string{"BP03", "BP02", "BP06"}, []string{"BP02", "BP06"}},
	}, groupViews(a.Y2025.Groups))

	assert.True(t, hasRule(rowOf(t, a, "BP07").R2025.Reasons, evaluation.RuleRankConfidence))
	assert.True(t, hasRule(rowOf(t, a, "QS02").R2025.Reasons, evaluation.RuleRankDiscipline))
	assert.True(t, hasRule(rowOf(t, a, "YT05").R2025.Reasons, evaluation.RuleRankBand))
	assert.True(t, hasRule(rowOf(t, a, "NV06").R2025.Reasons, evaluation.RuleRankNotMember))
	// Sick leave caps nothing in 2025 (a 2018 rule only).
	assert.Equal(t, evaluation.CompletedWell, rowOf(t, a, "BP04").R2025.Rank)
}

// TestAnnualFlags checks the consequences: only BP08 is KHTNV in both
// years; NV06, KHTNV in 2024, is no longer a member in 2025.
func TestAnnualFlags(t *testing.T) {
	a := mustAnnual(t)
	require.Len(t, a.Flags, 1)
	f := a.Flags[0]
	assert.Equal(t, "BP08", f.ID)
	assert.Equal(t, evaluation.RuleTwoYears, f.Rule)
	assert.Equal(t, [2]int{2024, 2025}, f.Years)
}

// TestAnnualWhy checks the reasons given for the changes.
func TestAnnualWhy(t *testing.T) {
	a := mustAnnual(t)
	tests := []struct{ id, want string }{
		{"YT02", "HTXS needed 50% under QĐ 124, 30% under QĐ 366"},
		{"YT02", "the quota of group lanh-dao (T = 4, at most 0 HTXS)"},
		{"YT05", "QĐ 366 asks every task on time for HTT"},
		{"BP07", "55% low-confidence votes"},
		{"QS02", "QĐ 366 names no self-remedied exception"},
		{"NV13", "2024: admitted less than 6 months before"},
		{"NV06", "2025: struck off the rolls"},
		{"TH05", "2024: a self-remedied discipline"},
		{"TH03", "2024: the quota of group cbccvc (T = 16, at most 2 HTXS)"},
		{"BP08", "KHTNV in both years"},
		{"BP04", "100 days of sick leave cap nothing"},
	}
	for _, tt := range tests {
		assert.Contains(t, strings.Join(rowOf(t, a, tt.id).WhyEN, "; "), tt.want, tt.id)
	}
	for _, row := range a.Rows {
		assert.Equal(t, len(row.WhyVI), len(row.WhyEN), row.ID)
		changed := row.R2024.Rank != row.R2025.Rank || row.R2024.Demoted || row.R2025.Demoted
		if changed {
			assert.NotEmpty(t, row.WhyEN, "%s changed without a reason", row.ID)
			assert.NotContains(t, row.WhyEN, "a different year's results", "%s: every change of the story is explained", row.ID)
		}
	}
	assert.Empty(t, rowOf(t, a, "YT01").WhyEN, "an unchanged outcome needs no reason")
}

func TestPrintAnnual(t *testing.T) {
	r := mustReport(t)
	var out bytes.Buffer
	require.NoError(t, printReport(&out, r))
	s := out.String()
	i := strings.Index(s, "9. Kiểm điểm, xếp loại chất lượng đảng viên cuối năm 2024 và 2025")
	require.Positive(t, i)
	sec := s[i:]
	for _, want := range []string{
		"the yearly inputs are ILLUSTRATIVE",
		"Năm 2024: quy định 2023 (124-QĐ/TW, 25-HD/BTCTW)",
		"Năm 2025: quy định 2025 (366-QĐ/TW, 43-HD/BTCTW)",
		"9.1 Kết quả từng đảng viên", "9.2 Tỷ lệ HTXS theo nhóm", "9.3 Hệ quả",
		"HTXS → HTT",
		"không xếp loại (miễn SH)",
		"QS03, YT03, TH03↓, TH02↓, YT06↓, QS06↓, TH06↓",
		"[evaluation.consequence.two-years] Đảng viên Nông Văn Bích (BP08)",
		"Năm — year 2024: HTXS 3, HTT 30, HTNV 1, KHTNV 2, không xếp loại — not ranked 6",
		"Năm — year 2025: HTXS 3, HTT 25, HTNV 5, KHTNV 3, không xếp loại — not ranked 6",
	} {
		assert.Contains(t, sec, want)
	}
	assert.Contains(t, s[:800], "Số liệu kiểm điểm cuối năm (mục 9) cũng là minh hoạ")
}

// groupView is a group's quota as the tests state it.
type groupView struct {
	Total, Max     int
	Order, Demoted []string
}

func groupViews(gs []evaluation.GroupQuota) map[string]groupView {
	out := map[string]groupView{}
	for _, g := range gs {
		out[g.Group] = groupView{g.Total, g.Max, g.Order, g.Demoted}
	}
	return out
}

func rowOf(t *testing.T, a Annual, id string) AnnualRow {
	t.Helper()
	for _, r := range a.Rows {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no row %s", id)
	return AnnualRow{}
}
