package member_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

func rules(rs []chibo.Reason) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Rule
	}
	return out
}

func TestCheckAdmission(t *testing.T) {
	on := "2026-03-10"
	intro := func(t testing.TB, id, since string) member.Introducer {
		return member.Introducer{ID: id, Official: true, KnownSince: day(t, since)}
	}
	good := func(t testing.TB) member.Applicant {
		return member.Applicant{Name: "Hoàng Thị Lan", Born: day(t, "2000-05-20"), Education: member.UpperSecondary,
			Introducers: []member.Introducer{intro(t, "a", "2024-01-01"), intro(t, "b", "2025-03-10")}}
	}
	tests := []struct {
		name  string
		rule  string
		r     member.AdmissionRules
		edit  func(t testing.TB, a *member.Applicant)
		unmet []string
	}{
		{"every condition holds (12 months known exactly)", "QĐ 24 điểm 1–2", member.Admission2025, func(testing.TB, *member.Applicant) {}, nil},
		{"T15: born 20/05/2008, considered 10/03/2026: 17 years 9 months", "rules/evaluation.md 5.1, T15", member.Admission2025,
			func(t testing.TB, a *member.Applicant) { a.Born = day(t, "2008-05-20") }, []string{member.RuleAdmissionAge}},
		{"18 reached on the day", "rules/evaluation.md 5.1", member.Admission2025,
			func(t testing.TB, a *member.Applicant) { a.Born = day(t, "2008-03-10") }, nil},
		{"exactly 60 years 0 months is still within the range", "rules/evaluation.md 5.1", member.Admission2025,
			func(t testing.TB, a *member.Applicant) { a.Born = day(t, "1966-03-01") }, nil},
		{"T16: 61 years 2 months without central consent", "rules/evaluation.md 5.1–5.2, T16", member.Admission2025,
			func(t testing.TB, a *member.Applicant) { a.Born = day(t, "1965-01-05") }, []string{member.RuleAdmissionAge}},
		{"T16: 61 years 2 months with central consent", "rules/evaluation.md 5.2, T16", member.Admission2025,
			func(t testing.TB, a *member.Applicant) { a.Born, a.CentralConsent = day(t, "1965-01-05"), true }, nil},
		{"primary education only", "QĐ 24: THCS or higher", member.Admission2025,
			func(_ testing.TB, a *member.Applicant) { a.Education = member.Primary }, []string{member.RuleAdmissionEducation}},
		{"primary education in a difficult area", "Secretariat exception", member.Admission2025,
			func(_ testing.TB, a *member.Applicant) { a.Education, a.EducationException = member.Primary, true }, nil},
		{"an introducer known for 11 months", "rules/evaluation.md 5.4", member.Admission2025,
			func(t testing.TB, a *member.Applicant) { a.Introducers[1].KnownSince = day(t, "2025-04-11") }, []string{member.RuleAdmissionIntroducers}},
		{"a probationary introducer", "rules/evaluation.md 5.4", member.Admission2025,
			func(_ testing.TB, a *member.Applicant) { a.Introducers[0].Official = false }, []string{member.RuleAdmissionIntroducers}},
		{"the Youth Union stands for one introducer", "rules/evaluation.md 5.5", member.Admission2025,
			func(_ testing.TB, a *member.Applicant) { a.Introducers, a.UnionIntroduction = a.Introducers[:1], true }, nil},
		{"a neighbour introducer counts from QĐ 24", "rules/evaluation.md 5.4", member.Admission2021,
			func(_ testing.TB, a *member.Applicant) { a.Introducers[0].Residence = true }, nil},
		{"a neighbour introducer does not count under QĐ 29", "rules/evaluation.md 5.4", member.Admission2016,
			func(_ testing.TB, a *member.Applicant) { a.Introducers[0].Residence = true }, []string{member.RuleAdmissionIntroducers}},
		{"too young, no education and one introducer: all three reported", "SPEC: every unmet condition", member.Admission2025,
			func(t testing.TB, a *member.Applicant) {
				a.Born, a.Education, a.Introducers = day(t, "2010-01-01"), member.Primary, a.Introducers[:1]
			}, []string{member.RuleAdmissionAge, member.RuleAdmissionEducation, member.RuleAdmissionIntroducers}},
		{"T19: expelled 15/01/2024, applying 10/03/2026: 36 months not passed", "rules/evaluation.md 5.26, T19", member.Admission2025,
			func(t testing.TB, a *member.Applicant) {
				a.Previous = &member.Previous{Left: day(t, "2024-01-15"), ProvincialConsent: true}
			}, []string{member.RuleReadmission}},
		{"T20: left after a corruption conviction", "rules/evaluation.md 5.28(4), T20", member.Admission2025,
			func(t testing.TB, a *member.Applicant) {
				a.Previous = &member.Previous{Left: day(t, "2010-01-15"), Cause: member.CauseCorruption, ProvincialConsent: true}
			}, []string{member.RuleReadmission}},
		{"T21: readmitted once before", "rules/evaluation.md 5.27, T21", member.Admission2025,
			func(t testing.TB, a *member.Applicant) {
				a.Previous = &member.Previous{Left: day(t, "2010-01-15"), Readmitted: true, ProvincialConsent: true}
			}, []string{member.RuleReadmission}},
		{"expunged minor conviction: 60 months not passed", "rules/evaluation.md 5.26", member.Admission2025,
			func(t testing.TB, a *member.Applicant) {
				a.Previous = &member.Previous{Left: day(t, "2015-01-15"), Expunged: day(t, "2022-01-01"), ProvincialConsent: true}
			}, []string{member.RuleReadmission}},
		{"readmission without the provincial consent", "rules/evaluation.md 5.26", member.Admission2025,
			func(t testing.TB, a *member.Applicant) { a.Previous = &member.Previous{Left: day(t, "2015-01-15")} }, []string{member.RuleReadmission}},
		{"readmission after family hardship, 36 months out, with consent", "rules/evaluation.md 5.26–5.28", member.Admission2025,
			func(t testing.TB, a *member.Applicant) {
				a.Previous = &member.Previous{Left: day(t, "2023-03-10"), Cause: member.CauseFamilyHardship, ProvincialConsent: true}
			}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := good(t)
			tc.edit(t, &a)
			c := tc.r.CheckAdmission(&a, day(t, on))
			assert.Equal(t, tc.unmet == nil, c.Eligible, tc.rule)
			if tc.unmet == nil {
				assert.Empty(t, c.Unmet, tc.rule)
			} else {
				assert.Equal(t, tc.unmet, rules(c.Unmet), tc.rule)
			}
			for _, r := range append(c.Met, c.Unmet...) {
				assert.NotEmpty(t, r.VI)
				assert.NotEmpty(t, r.EN)
			}
		})
	}
	assert.NotPanics(t, func() { _ = member.Admission2025.CheckAdmission(nil, chibo.Date{}) })
	assert.Equal(t, "2021", member.AdmissionRulesOn(day(t, "2024-01-01")).Name)
	assert.Equal(t, "2025", member.AdmissionRulesOn(day(t, "2025-07-01")).Name)
	assert.Equal(t, "2016", member.AdmissionRulesOn(day(t, "2010-07-01")).Name)
}

func TestScreen(t *testing.T) {
	m := member.Member{ID: "s", Name: "S", DecisionDate: day(t, "2000-01-01"), OfficialDate: day(t, "2001-01-01")}
	months := func(t testing.TB, ds ...string) []chibo.Date {
		var out []chibo.Date
		for _, d := range ds {
			out = append(out, day(t, d))
		}
		return out
	}
	tests := []struct {
		name string
		rule string
		ev   func(t testing.TB) member.Evidence
		want []string
	}{
		{"nothing to report", "QĐ 24 điểm 8.1", func(testing.TB) member.Evidence { return member.Evidence{} }, nil},
		{"rules/branch.md T18: skipped Feb, Jun and Oct", "QĐ 24 điểm 8.1(a)", func(t testing.TB) member.Evidence {
			return member.Evidence{Skipped: months(t, "2026-02-05", "2026-06-05", "2026-10-05")}
		}, []string{member.RuleRemovalSkipped}},
		{"two skipped months, one of them twice, is not enough", "QĐ 24 điểm 8.1(a)", func(t testing.TB) member.Evidence {
			return member.Evidence{Skipped: months(t, "2026-02-05", "2026-02-20", "2026-06-05")}
		}, nil},
		{"months of another year do not count", "QĐ 24 điểm 8.1(a)", func(t testing.TB) member.Evidence {
			return member.Evidence{Skipped: months(t, "2025-12-05", "2026-02-05", "2026-06-05")}
		}, nil},
		{"rules/evaluation.md T14: dues unpaid Feb, May, Sep 2026", "QĐ 01-QĐ/TW 2026; QĐ 24 điểm 8.1(a)", func(t testing.TB) member.Evidence {
			return member.Evidence{Unpaid: months(t, "2026-02-01", "2026-05-01", "2026-09-01")}
		}, []string{member.RuleRemovalUnpaid}},
		{"card returned", "QĐ 24 điểm 8.1(b)", func(testing.TB) member.Evidence { return member.Evidence{CardReturned: true} },
			[]string{member.RuleRemovalCard}},
		{"educated from 01/10/2025, no progress by 31/12/2026", "QĐ 24 điểm 8.1(c)", func(t testing.TB) member.Evidence {
			return member.Evidence{EducationFrom: day(t, "2025-10-01")}
		}, []string{member.RuleRemovalEducation}},
		{"educated from 01/06/2026: 12 months not yet run", "QĐ 24 điểm 8.1(c)", func(t testing.TB) member.Evidence {
			return member.Evidence{EducationFrom: day(t, "2026-06-01")}
		}, nil},
		{"progress made", "QĐ 24 điểm 8.1(c)", func(t testing.TB) member.Evidence {
			return member.Evidence{EducationFrom: day(t, "2025-01-01"), Progressed: true}
		}, nil},
		{"standards violated 2025 and 2026", "QĐ 24 điểm 8.1(d)", func(testing.TB) member.Evidence {
			return member.Evidence{StandardsViolated: []int{2025, 2026}}
		}, []string{member.RuleRemovalStandards}},
		{"standards violated 2024 and 2026 are not consecutive", "QĐ 24 điểm 8.1(d)", func(testing.TB) member.Evidence {
			return member.Evidence{StandardsViolated: []int{2024, 2026}}
		}, nil},
		{"several grounds at once", "QĐ 24 điểm 8.1", func(t testing.TB) member.Evidence {
			return member.Evidence{Skipped: months(t, "2026-01-05", "2026-02-05", "2026-03-05"), CardReturned: true, PoliticalStandardUnmet: true}
		}, []string{member.RuleRemovalSkipped, member.RuleRemovalCard, member.RuleRemovalPolitical}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := member.Screen(&m, 2026, tc.ev(t))
			if tc.want == nil {
				assert.Empty(t, got, tc.rule)
				return
			}
			assert.Equal(t, tc.want, rules(got), tc.rule)
		})
	}
	dead := m
	dead.Died = day(t, "2026-05-01")
	assert.Empty(t, member.Screen(&dead, 2026, member.Evidence{CardReturned: true}), "no grounds for a member who died in the year")
	roster := []member.Member{m, {ID: "other", Name: "O", DecisionDate: day(t, "2000-01-01"), OfficialDate: day(t, "2001-01-01")}}
	list := member.ScreenRoster(roster, 2026, map[string]member.Evidence{"s": {CardReturned: true}})
	require.Len(t, list, 1)
	assert.Equal(t, "s", list[0].Member.ID)
}

func TestCheckExemption(t *testing.T) {
	r := member.DefaultExemptionRules()
	man := member.Member{ID: "e", Name: "E", Gender: member.Male, Born: day(t, "1960-01-01"), DecisionDate: day(t, "1985-01-01"), OfficialDate: day(t, "1986-01-01")}
	woman := man
	woman.Gender, woman.Born = member.Female, day(t, "1968-01-01")
	tests := []struct {
		name string
		rule string
		m    member.Member
		req  member.ExemptionRequest
		ok   bool
		n    int // unmet criteria
	}{
		{"man over 60, 3 months of treatment, voluntary", "HD 27-HD/BTCTW 2009", man, member.ExemptionRequest{On: day(t, "2026-03-01"), Voluntary: true, IllnessMonths: 3}, true, 0},
		{"man exactly 60 is not over 60", "HD 27-HD/BTCTW 2009", man, member.ExemptionRequest{On: day(t, "2020-01-01"), Voluntary: true, MedicalRecord: true}, false, 1},
		{"woman over 55 with a medical record", "HD 27-HD/BTCTW 2009", woman, member.ExemptionRequest{On: day(t, "2026-03-01"), Voluntary: true, MedicalRecord: true}, true, 0},
		{"age alone is not enough", "BTCTW clarification", man, member.ExemptionRequest{On: day(t, "2026-03-01")}, false, 2},
		{"not voluntary", "Điều lệ Đảng Điều 7", man, member.ExemptionRequest{On: day(t, "2026-03-01"), IllnessMonths: 6}, false, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ok, rs := r.CheckExemption(&tc.m, tc.req)
			assert.Equal(t, tc.ok, ok, tc.rule)
			if !tc.ok {
				assert.Len(t, rs, tc.n, tc.rule)
			}
		})
	}
}

func TestCheckTemporaryTransfer(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		training bool
		ok       bool
	}{
		{"rules/evaluation.md T33: 9-month training course", "2026-01-01", "2026-09-30", true, true},
		{"3 months exactly", "2026-01-01", "2026-03-31", false, true},
		{"2 months: no transfer needed", "2026-01-01", "2026-02-28", false, false},
		{"11 months", "2026-01-01", "2026-11-30", false, true},
		{"a full year needs an official transfer", "2026-01-01", "2026-12-31", false, false},
		{"a 2-year course is still temporary", "2026-01-01", "2027-12-31", true, true},
		{"a course over 2 years needs an official transfer", "2026-01-01", "2028-01-01", true, false},
		{"end before start", "2026-01-01", "2025-12-31", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ok, r := member.CheckTemporaryTransfer(day(t, tc.from), day(t, tc.to), tc.training)
			assert.Equal(t, tc.ok, ok, "QĐ 29-QĐ/TW điểm 6.3.2")
			assert.Equal(t, member.RuleTemporaryTransfer, r.Rule)
		})
	}
}

func TestRegression_UnpaidDuesCitesTheRulesOfTheYear(t *testing.T) {
	// Unpaid dues in 2024 were cited to the 2026 dues regulation.
	m := member.Member{ID: "d", Name: "D", DecisionDate: day(t, "2000-01-01"), OfficialDate: day(t, "2001-01-01")}
	ev := member.Evidence{Unpaid: []chibo.Date{day(t, "2024-03-01"), day(t, "2024-06-01"), day(t, "2024-09-01")}}
	g := member.Screen(&m, 2024, ev)
	require.Len(t, g, 1)
	assert.Equal(t, "24-QĐ/TW", g[0].Source.Document)
	ev.Unpaid = []chibo.Date{day(t, "2026-03-01"), day(t, "2026-06-01"), day(t, "2026-09-01")}
	assert.Equal(t, "01-QĐ/TW", member.Screen(&m, 2026, ev)[0].Source.Document)
}

func TestRegression_IntroducerListedTwiceCountsOnce(t *testing.T) {
	a := member.Applicant{Name: "A", Born: day(t, "1995-06-15"), Education: member.UpperSecondary,
		Introducers: []member.Introducer{{ID: "dv1", Official: true, KnownSince: day(t, "2024-01-02")}, {ID: "dv1", Official: true, KnownSince: day(t, "2024-01-02")}}}
	c := member.Admission2025.CheckAdmission(&a, day(t, "2026-03-10"))
	assert.False(t, c.Eligible)
	assert.Equal(t, []string{member.RuleAdmissionIntroducers}, rules(c.Unmet))
}

func TestRegression_ReadmittedProbationFollowsTheReadmission(t *testing.T) {
	m := member.Member{ID: "r", Name: "R", DecisionDate: day(t, "2015-07-26"), CeremonyDate: day(t, "2021-06-20"), OfficialDate: day(t, "2022-06-20"),
		Gaps: []member.Gap{{Kind: member.StruckOff, Cause: member.CauseFamilyHardship, From: day(t, "2018-01-01"), To: day(t, "2021-05-31")}}}
	p := member.ProbationOf(&m, day(t, "2022-09-01"), chibo.VietnamCivilService())
	assert.Equal(t, day(t, "2021-06-01"), p.Decision)
	assert.Equal(t, day(t, "2022-06-20"), p.Ends)
}

func TestRegression_LetterAfterTheStartDeadlineIsOverdue(t *testing.T) {
	tr := member.OfficialTransfer(day(t, "2026-03-02"), day(t, "2026-06-15"), day(t, "2026-06-16"), day(t, "2026-06-16"), chibo.VietnamCivilService())
	assert.Len(t, tr.Reasons, 3)
	assert.Contains(t, tr.Reasons[1].EN, "after the deadline")
}
