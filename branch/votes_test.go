package branch

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
)

// TestVoteBase checks the vote base and its exclusions.
func TestVoteBase(t *testing.T) {
	tests := []struct {
		name string
		in   BaseCounts
		want int
	}{
		{"T9 20 official, 1 on temporary transfer, 1 exempt and absent: 18 (M2 a, b; M1 probationary members not counted)",
			BaseCounts{Official: 20, TemporaryTransfer: 1, ExemptAbsent: 1}, 18},
		{"T9 the exempt member attends and votes: 19 (M2 b)",
			BaseCounts{Official: 20, TemporaryTransfer: 1}, 19},
		{"M2 the four exclusions together: 30 − 2 − 1 − 1 − 3",
			BaseCounts{Official: 30, TemporaryTransfer: 2, ExemptAbsent: 1, Suspended: 1, ApprovedAbsent: 3}, 23},
		{"M2 suspended or prosecuted members (c)", BaseCounts{Official: 12, Suspended: 2}, 10},
		{"M2 absent throughout with an approved reason (d)", BaseCounts{Official: 12, ApprovedAbsent: 4}, 8},
		{"M3 a committee conference: the sitting members", BaseCounts{Official: 9}, 9},
		{"M2 the base is never negative", BaseCounts{Official: 2, TemporaryTransfer: 5}, 0},
		{"M2 nobody summoned", BaseCounts{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, r := VoteBase(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, RuleVoteBase, r.Rule)
			assert.Equal(t, srcQD24Base, r.Source)
			assert.NotEmpty(t, r.VI)
		})
	}
	t.Run("T9 the reason shows the arithmetic", func(t *testing.T) {
		_, r := VoteBase(BaseCounts{Official: 20, TemporaryTransfer: 1, ExemptAbsent: 1})
		assert.Equal(t, "Vote base = 20 official members summoned − 1 on temporary transfer − 1 exempt and absent − 0 suspended or prosecuted − 0 absent throughout with an approved reason = 18.", r.EN)
	})
}

// TestMajority checks "more than half of the base".
func TestMajority(t *testing.T) {
	tests := []struct {
		name      string
		yes, base int
		want      bool
	}{
		{"T9 10 yes of a base of 18 pass (M4: 20 > 18)", 10, 18, true},
		{"T9 9 yes of a base of 18 fail (M4: 18 is not more than 18)", 9, 18, false},
		{"T9 the exempt member present: 10 yes of 19 still pass (M4)", 10, 19, true},
		{"T9 9 yes of 19 fail (M4)", 9, 19, false},
		{"M4 half of those present is not enough: 8 of 14 present, base 18", 8, 18, false},
		{"M4 odd base 7: 4 pass", 4, 7, true},
		{"M4 odd base 7: 3 fail", 3, 7, false},
		{"M4 base 1: 1 passes", 1, 1, true},
		{"M4 base 1: 0 fails", 0, 1, false},
		{"M5 an election at a congress of all members: 51 of 100 elect", 51, 100, true},
		{"M5 50 of 100 do not elect", 50, 100, false},
		{"M4 a zero base never passes", 5, 0, false},
		{"M4 a negative base never passes", 5, -3, false},
		{"M4 negative yes votes never pass", -1, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Majority(tt.yes, tt.base))
			r := MajorityReason(tt.yes, tt.base)
			assert.Equal(t, RuleMajority, r.Rule)
			assert.Equal(t, srcCharter9, r.Source)
			if tt.want {
				assert.Contains(t, r.EN, ": passes.")
			} else {
				assert.Contains(t, r.EN, ": fails.")
			}
		})
	}
	t.Run("T9 the reason names the votes needed", func(t *testing.T) {
		r := MajorityReason(9, 18)
		assert.Equal(t, "9 in favour of a base of 18 (more than half, at least 10, is needed): fails.", r.EN)
		assert.Equal(t, "9 phiếu tán thành trên số thành viên 18 (cần quá một nửa, tức ít nhất 10): không thông qua.", r.VI)
	})
}

// TestTwoThirds checks "at least two thirds" in integers.
func TestTwoThirds(t *testing.T) {
	tests := []struct {
		name      string
		yes, base int
		want      bool
	}{
		{"T10 13 of 20 official members fail (M7: 39 < 40)", 13, 20, false},
		{"T10 14 of 20 pass (M7: 42 ≥ 40)", 14, 20, true},
		{"T10 12 of 18, exactly two thirds, pass (M7)", 12, 18, true},
		{"M7 11 of 18 fail", 11, 18, false},
		{"M8 base 3: 2 pass", 2, 3, true},
		{"M8 base 3: 1 fails", 1, 3, false},
		{"M8 base 4: 3 pass, 2 fail (8/3 rounds up to 3)", 3, 4, true},
		{"M8 base 4: 2 fail", 2, 4, false},
		{"M8 base 1: 1 passes", 1, 1, true},
		{"M8 base 1: 0 fails", 0, 1, false},
		{"M7 a zero base never passes", 0, 0, false},
		{"M7 a negative base never passes", 1, -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, TwoThirds(tt.yes, tt.base))
			r := TwoThirdsReason(tt.yes, tt.base)
			assert.Equal(t, RuleTwoThirds, r.Rule)
			assert.Equal(t, srcCharter4, r.Source)
		})
	}
	t.Run("T10 the reason names the votes needed", func(t *testing.T) {
		r := TwoThirdsReason(13, 20)
		assert.Equal(t, "13 in favour of 20 official members (at least two thirds, 14, is needed): fails.", r.EN)
		r = TwoThirdsReason(12, 18)
		assert.Equal(t, "12 in favour of 18 official members (at least two thirds, 12, is needed): passes.", r.EN)
	})
}

// TestQuorate checks the quorum parameter (M6, unverified).
func TestQuorate(t *testing.T) {
	tests := []struct {
		name              string
		present, summoned int
		q                 Fraction
		want              bool
	}{
		{"M6 14 of 21 is two thirds", 14, 21, DefaultQuorum(), true},
		{"M6 13 of 21 is less", 13, 21, DefaultQuorum(), false},
		{"M6 20 of 30", 20, 30, DefaultQuorum(), true},
		{"M6 19 of 30", 19, 30, DefaultQuorum(), false},
		{"M6 a province's half: 10 of 20", 10, 20, Fraction{Num: 1, Den: 2}, true},
		{"M6 nobody summoned is not quorate", 0, 0, DefaultQuorum(), false},
		{"M6 a zero denominator is not quorate", 10, 10, Fraction{Num: 1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, r := Quorate(tt.present, tt.summoned, tt.q)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, RuleQuorum, r.Rule)
			assert.Equal(t, chibo.Unverified, r.Source.Confidence, "M6 is not in any primary text read")
		})
	}
	assert.Equal(t, Fraction{Num: 2, Den: 3}, DefaultQuorum())
	_, r := Quorate(13, 21, DefaultQuorum())
	assert.Equal(t, "13 present of 21 summoned (at least 2/3 needed): not quorate.", r.EN)
}

// TestRecognition checks the votes on recognising a probationary member.
func TestRecognition(t *testing.T) {
	tests := []struct {
		name    string
		ballots []Ballot
		want    RecognitionOutcome
		en      string
	}{
		{"T11 first ballot, two thirds for: recognised (M8)",
			[]Ballot{{For: 14, Against: 6, Base: 20}}, Recognised,
			"Vote 1: 14 of 20 in favour, two thirds reached: recognition as official is proposed."},
		{"T11 exactly two thirds for, base 18 (M8)",
			[]Ballot{{For: 12, Against: 6, Base: 18}}, Recognised, ""},
		{"M8 two thirds against: not recognised, removal proposed",
			[]Ballot{{For: 5, Against: 15, Base: 20}}, NotRecognised,
			"Vote 1: 15 of 20 against, two thirds reached: removal from the probationary list is proposed."},
		{"M8 two ballots without two thirds either way: pending",
			[]Ballot{{For: 13, Against: 7, Base: 20}, {For: 12, Against: 8, Base: 20}}, Pending,
			"After 2 votes without two thirds either way: the cell votes again."},
		{"M8 the second ballot settles it",
			[]Ballot{{For: 13, Against: 7, Base: 20}, {For: 14, Against: 6, Base: 20}}, Recognised,
			"Vote 2: 14 of 20 in favour, two thirds reached: recognition as official is proposed."},
		{"T12 three ballots, none reaching two thirds for or against: referred up (M8)",
			[]Ballot{{For: 13, Against: 7, Base: 20}, {For: 12, Against: 8, Base: 20}, {For: 10, Against: 10, Base: 20}}, Referred,
			"3 votes reached two thirds neither for nor against: the matter goes to the directly superior committee and the competent committee."},
		{"T12 a fourth ballot after three is not counted (M8)",
			[]Ballot{{For: 13, Against: 7, Base: 20}, {For: 12, Against: 8, Base: 20}, {For: 10, Against: 10, Base: 20}, {For: 20, Base: 20}}, Referred, ""},
		{"M8 no ballot yet: pending", nil, Pending, "After 0 votes without two thirds either way: the cell votes again."},
		{"M8 a ballot with no base settles nothing",
			[]Ballot{{For: 3, Base: 0}}, Pending, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, r := Recognition(tt.ballots)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, RuleRecognition, r.Rule)
			assert.Equal(t, srcQD29Recognition, r.Source)
			assert.NotEmpty(t, r.VI)
			if tt.en != "" {
				assert.Equal(t, tt.en, r.EN)
			}
		})
	}
}

func TestRecognitionOutcomeText(t *testing.T) {
	for o, want := range map[RecognitionOutcome]string{
		Pending: "pending", Recognised: "recognised", NotRecognised: "not-recognised", Referred: "referred",
		RecognitionOutcome(9): "RecognitionOutcome(9)",
	} {
		assert.Equal(t, want, o.String())
		b, err := o.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, want, string(b))
	}
}

// TestRegression_VoteOverflow: Majority, TwoThirds and Quorate multiplied
// their arguments (yes×2, yes×3, present×den), which overflows int for
// large counts and turned a pass into a fail. They now compare without
// overflow.
func TestRegression_VoteOverflow(t *testing.T) {
	big := math.MaxInt/2 + 1 // big×2 overflows
	assert.True(t, Majority(big, 5), "Majority(MaxInt/2+1, 5)")
	assert.True(t, Majority(math.MaxInt, math.MaxInt), "all of the base")
	assert.False(t, Majority(math.MaxInt/2, math.MaxInt-1), "exactly half of an even base")
	assert.True(t, TwoThirds(math.MaxInt/3+1, 5), "TwoThirds(MaxInt/3+1, 5)")
	assert.True(t, TwoThirds(math.MaxInt, math.MaxInt))
	assert.False(t, TwoThirds(math.MinInt, 3))
	ok, _ := Quorate(math.MaxInt, 3, DefaultQuorum())
	assert.True(t, ok, "Quorate(MaxInt, 3, 2/3)")
	ok, _ = Quorate(1, math.MaxInt, Fraction{Num: 2, Den: 3})
	assert.False(t, ok, "Quorate(1, MaxInt, 2/3)")
	r := TwoThirdsReason(0, math.MaxInt)
	// ⌈2·(2⁶³−1)/3⌉ = 6148914691236517205 on 64 bits.
	if math.MaxInt == math.MaxInt64 {
		assert.Contains(t, r.EN, "two thirds, 6148914691236517205, is needed")
	}
}
