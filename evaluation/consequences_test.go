package evaluation_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/evaluation"
)

func TestConsecutive(t *testing.T) {
	// T13 (rules 4.1, 4.2): KHTNV in 2024 and 2025 → candidate for the HD 02
	// list; listed only with two thirds of the official members; not an
	// automatic removal.
	prev := []evaluation.MemberRanking{
		{ID: "a", Name: "Nguyễn Văn A", Year: 2024, Rank: evaluation.NotCompleted},
		{ID: "b", Year: 2024, Rank: evaluation.Completed},
		{ID: "c", Year: 2023, Rank: evaluation.NotCompleted}, // not the year before
		{ID: "d", Year: 2024, Rank: evaluation.NotCompleted},
		{ID: "e", Year: 2024, Rank: evaluation.NotCompleted},
	}
	cur := []evaluation.MemberRanking{
		{ID: "e", Year: 2025, Rank: evaluation.NotRanked}, // exempt this year: not flagged
		{ID: "b", Year: 2025, Rank: evaluation.NotCompleted},
		{ID: "c", Year: 2025, Rank: evaluation.NotCompleted},
		{ID: "d", Year: 2025, Rank: evaluation.Completed},
		{ID: "a", Name: "Nguyễn Văn A", Year: 2025, Rank: evaluation.NotCompleted},
		{ID: "a", Name: "Nguyễn Văn A", Year: 2025, Rank: evaluation.NotCompleted}, // repeated: one flag
	}
	flags := evaluation.Consecutive(prev, cur)
	require.Len(t, flags, 1)
	f := flags[0]
	assert.Equal(t, "a", f.ID)
	assert.Equal(t, [2]int{2024, 2025}, f.Years)
	assert.Equal(t, evaluation.RuleTwoYears, f.Rule)
	assert.False(t, f.Advisory)
	assert.Equal(t, "02-HD/BTCTW", f.Reason.Source.Document)
	assert.Equal(t, chibo.Verified, f.Reason.Source.Confidence)
	assert.Contains(t, f.Reason.EN, "at least two thirds of the official members")
	assert.Contains(t, f.Reason.EN, "Not an automatic removal")
	assert.Contains(t, f.Reason.VI, "từ 2/3 đảng viên chính thức")
	assert.Empty(t, evaluation.Consecutive(nil, cur))
}

func TestConsecutiveOrgs(t *testing.T) {
	// rules 4.5, OQ-8: no source found; the flag is advisory, Unverified,
	// and can be switched off.
	prev := []evaluation.OrgRanking{
		{ID: "c1", Name: "Chi bộ 1", Year: 2024, Rank: evaluation.NotCompleted},
		{ID: "c1", Name: "Chi bộ 1", Committee: true, Year: 2024, Rank: evaluation.CompletedWell},
		{ID: "c2", Year: 2024, Rank: evaluation.NotCompleted},
	}
	cur := []evaluation.OrgRanking{
		{ID: "c1", Name: "Chi bộ 1", Year: 2025, Rank: evaluation.NotCompleted},
		{ID: "c1", Name: "Chi bộ 1", Committee: true, Year: 2025, Rank: evaluation.NotCompleted}, // the committee was HTT last year
		{ID: "c2", Year: 2025, Rank: evaluation.Completed},
	}
	flags := evaluation.ConsecutiveOrgs(prev, cur)
	require.Len(t, flags, 1)
	f := flags[0]
	assert.Equal(t, "c1", f.ID)
	assert.False(t, f.Committee)
	assert.True(t, f.Organisation)
	assert.True(t, f.Advisory)
	assert.Equal(t, evaluation.RuleConsolidation, f.Rule)
	assert.Equal(t, chibo.Unverified, f.Reason.Source.Confidence)
	assert.Contains(t, f.Reason.EN, "no document was found")

	off := evaluation.DefaultConsequences
	off.Consolidation = false
	assert.Nil(t, off.Organisations(prev, cur))
	assert.True(t, evaluation.DefaultConsequences.Consolidation, "the package's value is unchanged")
}

func TestRegression_ConsecutiveWithSeveralEarlierYears(t *testing.T) {
	// Only the last KHTNV of an id in prev was kept, so a 2024 KHTNV listed before a 2023 one was missed.
	prev := []evaluation.MemberRanking{{ID: "a", Year: 2024, Rank: evaluation.NotCompleted}, {ID: "a", Year: 2023, Rank: evaluation.NotCompleted}}
	cur := []evaluation.MemberRanking{{ID: "a", Year: 2025, Rank: evaluation.NotCompleted}}
	flags := evaluation.Consecutive(prev, cur)
	if assert.Len(t, flags, 1) {
		assert.Equal(t, [2]int{2024, 2025}, flags[0].Years)
	}
}
