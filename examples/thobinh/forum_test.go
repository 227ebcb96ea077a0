package main

import (
	"bytes"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
)

func mustForum(t *testing.T) Forum {
	t.Helper()
	return buildForum(mustRoster(t), chibo.VietnamCivilService())
}

func TestForumRoster(t *testing.T) {
	roster := mustRoster(t)
	members := forumRoster(roster, forumFrom, chibo.VietnamCivilService())
	// 43 on the roster less Lộc Văn Thắng (died 2021) and Ma Văn Hoan (struck off 2021).
	require.Len(t, members, len(roster)-2)
	for _, m := range members {
		assert.NotEqual(t, "NV07", m.ID)
		assert.NotEqual(t, "BP05", m.ID)
		assert.True(t, m.OfficialOn(forumFrom), "%s is official in 2024", m.ID)
	}
	// The probationary members of 2022 are official from the end of their
	// probation: 12 months from the ceremony.
	official := map[string]chibo.Date{}
	for _, m := range members {
		official[m.ID] = m.OfficialDate
	}
	assert.Equal(t, chibo.DateOf(2023, time.April, 8), official["YT07"])
	assert.Equal(t, chibo.DateOf(2022, time.December, 28), official["TH07"])
}

func TestGeneratedMeetings(t *testing.T) {
	f := mustForum(t)
	again := mustForum(t)
	assert.Empty(t, cmp.Diff(f.Meetings, again.Meetings), "the generator is deterministic")

	orgs := map[string]*branch.Organisation{f.Commune.Committee.ID: &f.Commune.Committee}
	for i := range f.Commune.Cells {
		orgs[f.Commune.Cells[i].ID] = &f.Commune.Cells[i]
	}
	ids := map[string]bool{}
	type key struct {
		org   string
		month chibo.Date
	}
	regular := map[key]int{}
	cellCommittee := map[key]chibo.Date{}
	cal := chibo.VietnamCivilService()
	for i := range f.Meetings {
		m := &f.Meetings[i]
		org := orgs[m.Org]
		require.NotNil(t, org, m.ID)
		require.NoError(t, m.Validate(org), m.ID)
		assert.False(t, ids[m.ID], "id %s used twice", m.ID)
		ids[m.ID] = true
		assert.True(t, cal.IsWorkingDay(m.Date), "%s on %s, a day off", m.ID, m.Date)
		k := key{m.Org, chibo.DateOf(m.Date.Year(), m.Date.Month(), 1)}
		switch m.Kind {
		case branch.Regular, branch.Combined:
			regular[k]++
			assert.True(t, cellCommittee[k].Before(m.Date), "%s: the cell committee met first", m.ID)
		case branch.CellCommittee:
			cellCommittee[k] = m.Date
		}
	}
	// Every cell meets once a month, except Bản Phú in August 2024.
	for _, c := range cells {
		for _, p := range []ForumPeriod{f.Year, f.HD42} {
			for month := p.From; !month.After(p.To); month = month.AddMonths(1) {
				want := 1
				if c.ID == "ban-phu" && month == chibo.DateOf(2024, time.August, 1) {
					want = 0
				}
				assert.Equal(t, want, regular[key{c.ID, month}], "%s %s", c.ID, month)
			}
		}
	}
}

// cellExpect is what the review of one cell must find.
type cellExpect struct {
	levels map[evaluation.Level]int
	gaps   []string // "YYYY-MM rule"
}

func gapList(r *evaluation.Review) []string {
	var out []string
	for _, g := range r.Gaps {
		out = append(out, g.Month.String()[:7]+" "+g.Rule)
	}
	return out
}

func levelCounts(m map[evaluation.Level]int) evaluation.LevelCounts {
	var c evaluation.LevelCounts
	for l, n := range m {
		c[l] = n
	}
	return c
}

// The review of 2024, by the 2018 criteria (HD 12-HD/BTCTW), derived from
// the generator's rule and the planted situations: 12 regular meetings and
// 4 thematic ones a year, every criterion met unless a situation says
// otherwise.
func TestForum2024(t *testing.T) {
	f := mustForum(t)
	cr := &f.Year.Review
	assert.Empty(t, cr.Committee.Rejected)
	want := map[string]cellExpect{
		"tram-y-te": {levels: map[evaluation.Level]int{evaluation.Met: 16}},
		// Nông Thị Dung away from 05/03 (regular), 20/03 (thematic), 05/04:
		// at the fourth meeting in a row, 06/05, the cell fails "nobody
		// absent with a reason more than 3 times in a row".
		"na-vai": {levels: map[evaluation.Level]int{evaluation.Met: 15, evaluation.NotMet: 1}},
		// No meeting in August (11 regular + 4 thematic); Nông Văn Bích
		// absent without a reason from the September regular and thematic
		// meetings, October and November (not met), and a 75-minute meeting
		// in December (not met).
		"ban-phu": {levels: map[evaluation.Level]int{evaluation.Met: 10, evaluation.NotMet: 5},
			gaps: []string{"2024-08 " + branch.RuleMonthly, "2024-12 " + branch.RuleDuration}},
		// No thematic meeting in the third quarter: a gap, every meeting met.
		"truong-th": {levels: map[evaluation.Level]int{evaluation.Met: 15},
			gaps: []string{"2024-07 " + branch.RuleQuarterly}},
		"quan-su": {levels: map[evaluation.Level]int{evaluation.Met: 16}},
	}
	require.Len(t, cr.Cells, len(want))
	for i := range cr.Cells {
		c := &cr.Cells[i]
		w, ok := want[c.Org]
		require.True(t, ok, c.Org)
		assert.Empty(t, c.Rejected, c.Org)
		assert.Equal(t, levelCounts(w.levels), c.Levels, c.Org)
		assert.Equal(t, w.gaps, gapList(c), c.Org)
		for _, a := range c.Assessments {
			assert.Equal(t, "2018", a.Scheme, a.Meeting)
		}
	}
	// The committee did not meet in February (Tết).
	assert.Equal(t, []string{"2024-02 " + branch.RuleCommittee}, gapList(&cr.Committee))

	var attention []string
	for _, a := range cr.Attention {
		attention = append(attention, a.Org)
	}
	assert.Equal(t, []string{communeID, "na-vai", "ban-phu"}, attention)

	var often []string
	for _, c := range cr.Cells {
		for _, a := range c.AbsentTooOften {
			often = append(often, a.MemberID)
			assert.Equal(t, 4, a.Count)
		}
	}
	assert.Equal(t, []string{"NV05"}, often)

	skipped := f.Skipped()
	require.Len(t, skipped, 1)
	assert.Equal(t, "BP08", skipped[0].MemberID)
	assert.Equal(t, []chibo.Date{chibo.DateOf(2024, 9, 1), chibo.DateOf(2024, 10, 1), chibo.DateOf(2024, 11, 1)}, skipped[0].Months)
}

// November–December 2025, by the 2025 scheme (HD 42): a record by the
// generator's rule scores 5+5+5+5+5 + 23 + 9 + 5 + 30 + 5 = 97, Tốt.
func TestForumHD42(t *testing.T) {
	f := mustForum(t)
	cr := &f.HD42.Review
	type score struct {
		points int
		level  evaluation.Level
	}
	got := map[string]score{}
	for _, c := range cr.Cells {
		assert.Empty(t, c.Rejected, c.Org)
		for _, a := range c.Assessments {
			assert.Equal(t, "2025", a.Scheme, a.Meeting)
			if a.Score != 97 {
				got[a.Meeting] = score{a.Score, a.Level}
			}
		}
	}
	assert.Equal(t, map[string]score{
		// 4.2 = 16, 4.3 = 7, 88% of targets (27): 85, Khá.
		"na-vai-2025-12": {85, evaluation.Fair},
		// 80 minutes (4), 6 of 8 present with one unexcused (0), no draft
		// (0), committee met but nothing posted (3), steps (5), 15, 6,
		// principles (5), 65% (20), nothing posted (0): 58, Trung bình.
		"ban-phu-2025-11": {58, evaluation.Average},
		// 20, 8, 75% (24): 87, Khá.
		"ban-phu-2025-12": {87, evaluation.Fair},
		// Combined, 105 minutes: 15 short of 120, 4 points: 96, still Tốt.
		"truong-th-2025-12": {96, evaluation.Good},
	}, got)

	var gaps []string
	for _, c := range cr.Cells {
		for _, g := range gapList(&c) {
			gaps = append(gaps, c.Org+" "+g)
		}
	}
	assert.Equal(t, []string{"ban-phu 2025-11 " + branch.RuleDuration, "truong-th 2025-12 " + branch.RuleDuration}, gaps)
	assert.Empty(t, cr.Committee.Gaps, "the committee met in both months")

	require.Len(t, cr.Attention, 1, "only a meeting rated Trung bình calls for attention")
	assert.Equal(t, "ban-phu", cr.Attention[0].Org)
}

func TestPrintForum(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, printReport(&out, mustReport(t)))
	s := out.String()
	for _, want := range []string{
		"5. Diễn đàn nâng cao chất lượng sinh hoạt cấp uỷ, chi bộ 2022–2025",
		"situations planted in the records",
		"5.1 Năm 2024",
		"5.2 Tháng 11–12/2025",
		"committee meetings: 11; hội nghị đảng bộ — plenaries: 2",
		"February 2024: the committee did not meet",
		"Nông Thị Dung (NV05) absent with a reason 4 consecutive times",
		"Member Nông Văn Bích (BP08) was absent without a reason from meetings in 3 months of 2024",
		"58/100",
		"Trung bình / average",
		"organisations that need attention",
		"6. Kết nạp đảng viên mới",
		"17 years 8 months",
		"7. Đảng viên dự bị",
		"16/02/2023",
		"8. Sàng lọc đảng viên năm 2024",
		"Returned or destroyed the party card",
	} {
		assert.Contains(t, s, want)
	}
}
