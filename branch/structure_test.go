package branch

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Helpers shared by the tests of the package.

// day parses a date written in a test; a typo is a bug in the test.
func day(s string) chibo.Date {
	d, err := chibo.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// official returns an official member: admitted 02/09/2000, official
// 02/09/2001.
func official(id string) member.Member {
	return member.Member{ID: id, Name: "Đảng viên " + id, DecisionDate: day("2000-09-02"), OfficialDate: day("2001-09-02")}
}

// probationary returns a member admitted 01/03/2025, not yet official.
func probationary(id string) member.Member {
	return member.Member{ID: id, Name: "Dự bị " + id, DecisionDate: day("2025-03-01"), CeremonyDate: day("2025-03-15")}
}

// officials returns n official members with ids prefix1 … prefixN.
func officials(prefix string, n int) []member.Member {
	out := make([]member.Member, n)
	for i := range out {
		out[i] = official(fmt.Sprintf("%s%d", prefix, i+1))
	}
	return out
}

// ids returns prefix1 … prefixN.
func ids(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d", prefix, i+1)
	}
	return out
}

// ruleIDs returns the rule of each reason.
func ruleIDs(rs []chibo.Reason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Rule)
	}
	return out
}

// checkDay is the date the structure cases are checked on.
var checkDay = day("2025-12-01")

// TestCanForm checks the minimum for forming a party organisation.
func TestCanForm(t *testing.T) {
	tests := []struct {
		name     string
		official int
		want     bool
		en       string
	}{
		{"T1 two official members (and a probationary one) form nothing (S1)", 2, false,
			"Only 2 official members (at least 3 needed; probationary members do not count): no organisation is formed; the directly superior committee sends the members to a suitable grass-roots organisation."},
		{"S1 three official members are enough", 3, true, "3 official members (at least 3 needed): a party organisation may be formed."},
		{"S1 none", 0, false, ""},
		{"S1 a negative count never forms", -1, false, ""},
		{"S2 a large cell", 40, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, r := CanForm(tt.official)
			assert.Equal(t, tt.want, ok)
			assert.Equal(t, RuleForm, r.Rule)
			assert.Equal(t, srcCharter21, r.Source)
			assert.Equal(t, chibo.Verified, r.Source.Confidence)
			assert.NotEmpty(t, r.VI)
			if tt.en != "" {
				assert.Equal(t, tt.en, r.EN)
			}
		})
	}
}

// TestLeadershipFor checks what a cell elects by its official members.
func TestLeadershipFor(t *testing.T) {
	tests := []struct {
		name     string
		official int
		want     Leadership
	}{
		{"T2 eight official members elect a secretary, at most one deputy, no cell committee (S4)", 8,
			Leadership{CellCommittee: false, MaxCommittee: 0, MaxDeputies: 1}},
		{"T3 nine official members elect a cell committee of at most 7 (S4)", 9,
			Leadership{CellCommittee: true, MaxCommittee: 7, MaxDeputies: 1}},
		{"S4 three official members", 3, Leadership{MaxDeputies: 1}},
		{"S4 a cell of 60 official members still elects at most 7", 60,
			Leadership{CellCommittee: true, MaxCommittee: 7, MaxDeputies: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := LeadershipFor(tt.official)
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreFields(Leadership{}, "Reason")); diff != "" {
				t.Errorf("LeadershipFor(%d) (-want +got):\n%s", tt.official, diff)
			}
			assert.Equal(t, RuleLeadership, got.Reason.Rule)
			assert.Equal(t, srcQD29Leader, got.Reason.Source)
			assert.Contains(t, got.Reason.EN, fmt.Sprintf("%d official members", tt.official))
		})
	}
}

// TestGrassRootsFor checks the chi bộ cơ sở / đảng bộ cơ sở threshold.
func TestGrassRootsFor(t *testing.T) {
	tests := []struct {
		name    string
		members int
		want    Kind
	}{
		{"T5 29 members: chi bộ cơ sở (S3)", 29, GrassRootsCell},
		{"T5 30 members: đảng bộ cơ sở (S3)", 30, GrassRootsCommittee},
		{"S3 31 members", 31, GrassRootsCommittee},
		{"S3 3 members", 3, GrassRootsCell},
		{"S5 a chi bộ cơ sở of 12 members, which may have party groups (tổ đảng)", 12, GrassRootsCell},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, r := GrassRootsFor(tt.members)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, RuleGrassRoots, r.Rule)
			assert.Equal(t, srcCharter21, r.Source)
			if tt.want == GrassRootsCell {
				assert.Contains(t, r.VI, "tổ đảng")
				assert.Contains(t, r.EN, "party groups")
			}
		})
	}
}

// TestNeedsStanding checks the standing-committee threshold.
func TestNeedsStanding(t *testing.T) {
	tests := []struct {
		name      string
		committee int
		want      bool
		src       chibo.Source
	}{
		{"T7 eight committee members, none appointed: no standing committee (S6, HD 01 15.1)", 8, false, srcHD01Standing},
		{"S6 nine committee members elect a standing committee", 9, true, srcCharter22},
		{"S6 fifteen", 15, true, srcCharter22},
		{"S6 none", 0, false, srcHD01Standing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, r := NeedsStanding(tt.committee)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, RuleStanding, r.Rule)
			assert.Equal(t, tt.src, r.Source)
		})
	}
}

// TestNextCongress checks congress terms.
func TestNextCongress(t *testing.T) {
	tests := []struct {
		name string
		org  Organisation
		want Congress
		ok   bool
		src  chibo.Source
	}{
		{"T8 cell under a committee, congress 15/10/2025: due 30 months later, ±6 months (S7)",
			Organisation{Kind: Cell, LastCongress: day("2025-10-15")},
			Congress{Due: day("2028-04-15"), Earliest: day("2027-10-15"), Latest: day("2028-10-15")}, true, srcCharter24Term},
		{"T8 the same cell in the QD294 pilot: due 5 years later, no known tolerance (S7)",
			Organisation{Kind: Cell, LastCongress: day("2025-10-15"), OncePerTerm: true},
			Congress{Due: day("2030-10-15")}, true, srcQD294Pilot},
		{"S7 month ends clamp: 31/08/2023 + 30 months is 28/02/2026",
			Organisation{Kind: Cell, LastCongress: day("2023-08-31")},
			Congress{Due: day("2026-02-28"), Earliest: day("2025-08-28"), Latest: day("2026-08-28")}, true, srcCharter24Term},
		{"S7 chi bộ cơ sở: 5-year term",
			Organisation{Kind: GrassRootsCell, LastCongress: day("2020-06-30")},
			Congress{Due: day("2025-06-30")}, true, srcCharterTerm22},
		{"S7 đảng bộ cơ sở: 5-year term",
			Organisation{Kind: GrassRootsCommittee, LastCongress: day("2020-06-30")},
			Congress{Due: day("2025-06-30")}, true, srcCharterTerm22},
		{"S7 no congress recorded", Organisation{Kind: Cell}, Congress{}, false, chibo.Source{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.org.NextCongress()
			require.Equal(t, tt.ok, ok)
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreFields(Congress{}, "Reason")); diff != "" {
				t.Errorf("NextCongress (-want +got):\n%s", diff)
			}
			if ok {
				assert.Equal(t, RuleCongress, got.Reason.Rule)
				assert.Equal(t, tt.src, got.Reason.Source)
				assert.Contains(t, got.Reason.VI, tt.want.Due.VN())
			}
		})
	}
	t.Run("S7 the unverified 5-year term says so", func(t *testing.T) {
		o := Organisation{Kind: GrassRootsCommittee, LastCongress: day("2020-06-30")}
		c, _ := o.NextCongress()
		assert.Equal(t, chibo.Unverified, c.Reason.Source.Confidence)
	})
}

// TestCheck checks the structure findings of an organisation on a date.
func TestCheck(t *testing.T) {
	// leftCell is T22: 3 official members and 1 probationary, one official
	// member then leaves.
	leftCell := Organisation{ID: "c", Kind: Cell, Secretary: "o1",
		Members: []member.Member{official("o1"), official("o2"), probationary("p1")}}
	struckOff := official("o3")
	struckOff.Gaps = []member.Gap{{Kind: member.StruckOff, From: day("2025-06-01")}}
	died := official("o3")
	died.Died = day("2025-05-01")

	tests := []struct {
		name string
		org  Organisation
		on   chibo.Date
		want []string
	}{
		{"S2 a cell of 3 official and 1 probationary keeps every rule",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Members: append(officials("o", 3), probationary("p1"))},
			checkDay, nil},
		{"T22 3 official + 1 probationary, one official transferred out (removed): below the minimum (S2, S8)",
			leftCell, checkDay, []string{RuleForm}},
		{"T22 the same, the official member struck off (OutsideOn) (S2, S8)",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1",
				Members: []member.Member{official("o1"), official("o2"), struckOff, probationary("p1")}},
			checkDay, []string{RuleForm}},
		{"T22 the struck-off member still counted before leaving (S2)",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1",
				Members: []member.Member{official("o1"), official("o2"), struckOff, probationary("p1")}},
			day("2025-05-31"), nil},
		{"S8 a member who died is not counted",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Members: []member.Member{official("o1"), official("o2"), died}},
			checkDay, []string{RuleForm}},
		{"T2 8 official and 3 probationary with a cell committee: none may be elected (S4)",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Committee: ids("o", 3),
				Members: append(officials("o", 8), probationary("p1"), probationary("p2"), probationary("p3"))},
			checkDay, []string{RuleLeadership}},
		{"T4 15 official members and a cell committee of 9: more than 7 (S4)",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Deputies: []string{"o2"}, Committee: ids("o", 9), Members: officials("o", 15)},
			checkDay, []string{RuleCommitteeMax}},
		{"S4 15 official members and a cell committee of 7",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Deputies: []string{"o2"}, Committee: ids("o", 7), Members: officials("o", 15)},
			checkDay, nil},
		{"S4 two deputy secretaries",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Deputies: []string{"o2", "o3"}, Members: officials("o", 5)},
			checkDay, []string{RuleDeputies}},
		{"T21 a probationary member as secretary (M1)",
			Organisation{ID: "c", Kind: Cell, Secretary: "p1", Members: append(officials("o", 5), probationary("p1"))},
			checkDay, []string{RuleLeaderRoles}},
		{"T21 a probationary member on the cell committee (M1)",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Committee: []string{"o1", "o2", "p1"},
				Members: append(officials("o", 10), probationary("p1"))},
			checkDay, []string{RuleLeaderRoles}},
		{"M1 a secretary who is not a member of the organisation",
			Organisation{ID: "c", Kind: Cell, Secretary: "x9", Members: officials("o", 5)},
			checkDay, []string{RuleLeaderRoles}},
		{"T6 a đảng bộ cơ sở of 25 members without approval (S3 a)",
			Organisation{ID: "d", Kind: GrassRootsCommittee, Members: officials("o", 25)},
			checkDay, []string{RuleGrassRoots}},
		{"T6 a đảng bộ cơ sở of 25 members with approval (S3 a)",
			Organisation{ID: "d", Kind: GrassRootsCommittee, Approved: true, Members: officials("o", 25)},
			checkDay, nil},
		{"S3 b a chi bộ cơ sở of 31 members without approval",
			Organisation{ID: "g", Kind: GrassRootsCell, Members: officials("o", 31), Committee: ids("o", 5)},
			checkDay, []string{RuleGrassRoots}},
		{"S3 probationary members count toward 30: a chi bộ cơ sở of 27 official and 3 probationary",
			Organisation{ID: "g", Kind: GrassRootsCell,
				Members: append(officials("o", 27), probationary("p1"), probationary("p2"), probationary("p3")), Committee: ids("o", 5)},
			checkDay, []string{RuleGrassRoots}},
		{"S3 a chi bộ cơ sở of 29 members",
			Organisation{ID: "g", Kind: GrassRootsCell, Members: officials("o", 29), Committee: ids("o", 5)},
			checkDay, nil},
		{"S4 a cell of 9 official members without a cell committee",
			Organisation{ID: "c", Kind: Cell, Members: officials("o", 9)},
			checkDay, []string{RuleLeadership}},
		{"S3 c a đảng bộ cơ sở of 40 with sub-committees, without approval",
			Organisation{ID: "d", Kind: GrassRootsCommittee, HasSubCommittees: true, Members: officials("o", 40)},
			checkDay, []string{RuleGrassRoots}},
		{"S3 c the same with approval",
			Organisation{ID: "d", Kind: GrassRootsCommittee, HasSubCommittees: true, Approved: true, Members: officials("o", 40)},
			checkDay, nil},
		{"S6 a committee of 9 without a standing committee",
			Organisation{ID: "d", Kind: GrassRootsCommittee, Secretary: "o1", Committee: ids("o", 9), Members: officials("o", 40)},
			checkDay, []string{RuleStanding}},
		{"S6 a committee of 9 with a standing committee",
			Organisation{ID: "d", Kind: GrassRootsCommittee, Secretary: "o1", Committee: ids("o", 9), Standing: ids("o", 3), Members: officials("o", 40)},
			checkDay, nil},
		{"T7 a committee of 8 with a standing committee: none may be elected (S6)",
			Organisation{ID: "d", Kind: GrassRootsCommittee, Secretary: "o1", Committee: ids("o", 8), Standing: ids("o", 3), Members: officials("o", 40)},
			checkDay, []string{RuleStanding}},
		{"T7 a committee of 8 without a standing committee (S6)",
			Organisation{ID: "d", Kind: GrassRootsCommittee, Secretary: "o1", Committee: ids("o", 8), Members: officials("o", 40)},
			checkDay, nil},
		{"S7 a cell's congress on the last day of the tolerance",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Members: officials("o", 5), LastCongress: day("2022-01-10")},
			day("2025-01-10"), nil},
		{"S7 a cell's congress overdue the day after (10/01/2022 + 30 + 6 months)",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Members: officials("o", 5), LastCongress: day("2022-01-10")},
			day("2025-01-11"), []string{RuleCongress}},
		{"S7 a chi bộ cơ sở overdue after 5 years",
			Organisation{ID: "g", Kind: GrassRootsCell, Secretary: "o1", Members: officials("o", 5), LastCongress: day("2020-06-30")},
			day("2025-07-01"), []string{RuleCongress}},
		{"S7 a chi bộ cơ sở on the last day of its term",
			Organisation{ID: "g", Kind: GrassRootsCell, Secretary: "o1", Members: officials("o", 5), LastCongress: day("2020-06-30")},
			day("2025-06-30"), nil},
		{"S9 a cell directly under a commune committee is checked the same (no district level)",
			Organisation{ID: "c", Kind: Cell, Parent: "dang-uy-xa-tho-binh", Secretary: "o1", Members: officials("o", 3)},
			checkDay, nil},
		{"S1 S4 several findings at once: too few members, a committee and two deputies",
			Organisation{ID: "c", Kind: Cell, Secretary: "o1", Deputies: []string{"o1", "o2"}, Committee: []string{"o1"}, Members: officials("o", 2)},
			checkDay, []string{RuleForm, RuleLeadership, RuleDeputies}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.org.Check(tt.on)
			if diff := cmp.Diff(tt.want, ruleIDs(got)); diff != "" {
				t.Errorf("Check rules (-want +got):\n%s", diff)
			}
			for _, r := range got {
				assert.NotEmpty(t, r.VI, r.Rule)
				assert.NotEmpty(t, r.EN, r.Rule)
				assert.NotEmpty(t, r.Source.Document, r.Rule)
			}
		})
	}
}

// TestCheckReasonTexts pins the explanation of two findings.
func TestCheckReasonTexts(t *testing.T) {
	org := Organisation{ID: "c", Kind: Cell, Secretary: "o1", Committee: ids("o", 9), Members: officials("o", 15)}
	got := org.Check(checkDay)
	require.Len(t, got, 1)
	assert.Equal(t, "The cell committee has 9 members, more than 7.", got[0].EN)
	assert.Equal(t, "Chi uỷ có 9 đồng chí, vượt quá 7.", got[0].VI)

	org = Organisation{ID: "c", Kind: Cell, Secretary: "p1", Members: append(officials("o", 5), probationary("p1"))}
	got = org.Check(checkDay)
	require.Len(t, got, 1)
	assert.Equal(t, "p1 holds a leadership post but is not an official member of the organisation on 01/12/2025 (probationary members cannot stand for or vote in elections).", got[0].EN)
	assert.Equal(t, srcCharter24, got[0].Source)
}

// TestCountOn checks the head count by status (S1, S3: official members
// alone count toward 3 and 9; probationary ones too toward 30).
func TestCountOn(t *testing.T) {
	exempt := official("e1")
	exempt.Exempt = true
	dead := official("d1")
	dead.Died = day("2024-01-01")
	expelled := official("x1")
	expelled.Discipline = []member.Discipline{{Form: member.Expulsion, Date: day("2023-01-01")}}
	later := official("l1")
	later.DecisionDate, later.OfficialDate = day("2026-01-01"), chibo.Date{}
	org := Organisation{Members: []member.Member{official("o1"), exempt, probationary("p1"), dead, expelled, later, {ID: "nodate"}}}

	got := org.CountOn(checkDay)
	want := Counts{Official: 2, Probationary: 1, Exempt: 1, Deceased: 1, Outside: 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CountOn (-want +got):\n%s", diff)
	}
	assert.Equal(t, 3, got.Total())
	assert.Equal(t, Counts{}, (&Organisation{}).CountOn(checkDay))
}

func TestOrganisationMember(t *testing.T) {
	org := Organisation{Members: officials("o", 3)}
	require.NotNil(t, org.Member("o2"))
	assert.Equal(t, "o2", org.Member("o2").ID)
	assert.Nil(t, org.Member("o9"))
	assert.Nil(t, org.Member(""))
	// The pointer is into the organisation's slice.
	org.Member("o1").Name = "changed"
	assert.Equal(t, "changed", org.Members[0].Name)
}

func TestKindText(t *testing.T) {
	tests := []struct {
		kind   Kind
		name   string
		vi     string
		isCell bool
	}{
		{Cell, "cell", "chi bộ trực thuộc", true},
		{GrassRootsCell, "grass-roots-cell", "chi bộ cơ sở", true},
		{GrassRootsCommittee, "grass-roots-committee", "đảng bộ cơ sở", false},
		{SubCommittee, "sub-committee", "đảng bộ bộ phận", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.name, tt.kind.String())
			assert.Equal(t, tt.vi, tt.kind.VI())
			assert.Equal(t, tt.isCell, tt.kind.IsCell())
			b, err := tt.kind.MarshalText()
			require.NoError(t, err)
			var back Kind
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.kind, back)
		})
	}
	t.Run("invalid kinds", func(t *testing.T) {
		for _, k := range []Kind{0, 5, 255} {
			assert.Equal(t, fmt.Sprintf("Kind(%d)", k), k.String())
			assert.Equal(t, k.String(), k.VI())
			_, err := k.MarshalText()
			assert.Error(t, err)
		}
		var k Kind
		assert.Error(t, k.UnmarshalText([]byte("Cell")), "names are case-sensitive")
		assert.Error(t, k.UnmarshalText([]byte("")))
		assert.Equal(t, Kind(0), k)
	})
}
