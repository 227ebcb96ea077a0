package member_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

func TestFormsFor(t *testing.T) {
	tests := []struct {
		name               string
		official, holdPost bool
		want               []member.Form
	}{
		{"rules/evaluation.md 6.1: probationary member, reprimand or warning only", false, false,
			[]member.Form{member.Reprimand, member.Warning}},
		{"rules/evaluation.md 6.1: probationary member holding a post, still reprimand or warning only", false, true,
			[]member.Form{member.Reprimand, member.Warning}},
		{"rules/evaluation.md 6.1: official member without a post, no dismissal", true, false,
			[]member.Form{member.Reprimand, member.Warning, member.Expulsion}},
		{"rules/evaluation.md 6.1: official member holding a post, all four", true, true,
			[]member.Form{member.Reprimand, member.Warning, member.Dismissal, member.Expulsion}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := member.FormsFor(tt.official, tt.holdPost)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FormsFor(%v, %v) (-want +got):\n%s", tt.official, tt.holdPost, diff)
			}
			assert.True(t, slices.IsSortedFunc(got, member.Form.Compare), "forms are listed from the least severe")
		})
	}
}

func TestCheckForm(t *testing.T) {
	tests := []struct {
		name               string
		form               member.Form
		official, holdPost bool
		want               bool
		enHas              string
	}{
		{"T26 rules/evaluation.md 6.1: dismissal of a probationary member is invalid", member.Dismissal, false, true, false, "only be reprimanded or warned"},
		{"rules/evaluation.md 6.1: expulsion of a probationary member is invalid", member.Expulsion, false, false, false, "only be reprimanded or warned"},
		{"rules/evaluation.md 6.1: warning of a probationary member is allowed", member.Warning, false, false, true, "probationary member"},
		{"rules/evaluation.md 6.1: reprimand of a probationary member is allowed", member.Reprimand, false, false, true, "Reprimand"},
		{"rules/evaluation.md 6.1: dismissal needs a post", member.Dismissal, true, false, false, "holding a post"},
		{"rules/evaluation.md 6.1: dismissal of an official member holding a post", member.Dismissal, true, true, true, "official member"},
		{"rules/evaluation.md 6.1: expulsion of an official member", member.Expulsion, true, false, true, "official member"},
		{"the zero Form is not a form", 0, true, true, false, "not a form"},
		{"an out-of-range Form is not a form", member.Form(9), true, true, false, "Form(9) is not a form"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, why := member.CheckForm(tt.form, tt.official, tt.holdPost)
			assert.Equal(t, tt.want, ok)
			assert.Equal(t, member.RuleDisciplineForm, why.Rule)
			assert.Contains(t, why.EN, tt.enHas)
			assert.NotEmpty(t, why.VI)
			assert.Equal(t, "Điều lệ Đảng 2011", why.Source.Document)
			assert.Equal(t, chibo.Verified, why.Source.Confidence)
		})
	}
}

func TestFormSeverity(t *testing.T) {
	// rules/evaluation.md 6.1: khiển trách < cảnh cáo < cách chức < khai trừ.
	assert.Equal(t, []int{0, 1, 2, 3, 4, 0},
		[]int{member.Form(0).Severity(), member.Reprimand.Severity(), member.Warning.Severity(),
			member.Dismissal.Severity(), member.Expulsion.Severity(), member.Form(5).Severity()})
	forms := []member.Form{member.Expulsion, member.Reprimand, member.Dismissal, member.Warning}
	slices.SortFunc(forms, member.Form.Compare)
	assert.Equal(t, []member.Form{member.Reprimand, member.Warning, member.Dismissal, member.Expulsion}, forms)
	assert.Equal(t, -1, member.Warning.Compare(member.Dismissal))
	assert.Equal(t, 1, member.Expulsion.Compare(member.Reprimand))
	assert.Equal(t, 0, member.Warning.Compare(member.Warning))
	assert.Equal(t, -1, member.Form(0).Compare(member.Reprimand), "a non-form is below every form")
}

func TestLimitation(t *testing.T) {
	type want struct {
		Barred, Unlimited bool
		Expires, RunsFrom string
		Months            int
		Confidence        chibo.Confidence
	}
	viol := func(t testing.TB, date string, level member.Form) member.Violation {
		return member.Violation{Date: day(t, date), Level: level}
	}
	tests := []struct {
		name  string
		v     func(t testing.TB) member.Violation
		later func(t testing.TB) []member.Violation
		on    string
		want  want
		viHas []string
	}{
		{
			name:  "T22 rules/evaluation.md 6.3–6.4: reprimand level, 5 years ran out on 01/01/2025",
			v:     func(t testing.TB) member.Violation { return viol(t, "2020-01-01", member.Reprimand) },
			on:    "2025-06-01",
			want:  want{Barred: true, Expires: "2025-01-01", RunsFrom: "2020-01-01", Months: 60, Confidence: chibo.Verified},
			viHas: []string{"01/01/2020", "01/01/2025", "01/06/2025", "hết thời hiệu"},
		},
		{
			name: "T22 rules/evaluation.md 6.3: the last day inside the period",
			v:    func(t testing.TB) member.Violation { return viol(t, "2020-01-01", member.Reprimand) },
			on:   "2024-12-31",
			want: want{Expires: "2025-01-01", RunsFrom: "2020-01-01", Months: 60, Confidence: chibo.Verified},
		},
		{
			name: "T22 rules/evaluation.md 6.3: barred on the expiry day itself",
			v:    func(t testing.TB) member.Violation { return viol(t, "2020-01-01", member.Reprimand) },
			on:   "2025-01-01",
			want: want{Barred: true, Expires: "2025-01-01", RunsFrom: "2020-01-01", Months: 60, Confidence: chibo.Verified},
		},
		{
			name: "T23 rules/evaluation.md 6.4: a new violation on 01/03/2023 restarts the period",
			v:    func(t testing.TB) member.Violation { return viol(t, "2020-01-01", member.Reprimand) },
			later: func(t testing.TB) []member.Violation {
				return []member.Violation{viol(t, "2023-03-01", member.Reprimand)}
			},
			on:    "2025-06-01",
			want:  want{Expires: "2028-03-01", RunsFrom: "2023-03-01", Months: 60, Confidence: chibo.Verified},
			viHas: []string{"01/03/2023", "01/03/2028", "còn trong thời hiệu"},
		},
		{
			name: "T24 rules/evaluation.md 6.3: expulsion level has no limitation",
			v:    func(t testing.TB) member.Violation { return viol(t, "2005-06-01", member.Expulsion) },
			on:   "2026-11-29",
			want: want{Unlimited: true, Confidence: chibo.Verified},
		},
		{
			name: "rules/evaluation.md 6.3: internal political protection has no limitation at reprimand level",
			v: func(t testing.TB) member.Violation {
				v := viol(t, "1990-01-01", member.Reprimand)
				v.Unlimited = true
				return v
			},
			on:   "2026-11-29",
			want: want{Unlimited: true, Confidence: chibo.Verified},
		},
		{
			name: "rules/evaluation.md 6.3: warning level, 10 years",
			v:    func(t testing.TB) member.Violation { return viol(t, "2015-03-10", member.Warning) },
			on:   "2025-06-01",
			want: want{Barred: true, Expires: "2025-03-10", RunsFrom: "2015-03-10", Months: 120, Confidence: chibo.Verified},
		},
		{
			name: "rules/evaluation.md 6.3: dismissal level, 10 years, still running",
			v:    func(t testing.TB) member.Violation { return viol(t, "2016-07-01", member.Dismissal) },
			on:   "2025-06-01",
			want: want{Expires: "2026-07-01", RunsFrom: "2016-07-01", Months: 120, Confidence: chibo.Verified},
		},
		{
			name: "rules/evaluation.md 6.4: a new violation after the period ran out does not revive it",
			v:    func(t testing.TB) member.Violation { return viol(t, "2020-01-01", member.Reprimand) },
			later: func(t testing.TB) []member.Violation {
				return []member.Violation{viol(t, "2025-03-01", member.Warning)}
			},
			on:   "2025-06-01",
			want: want{Barred: true, Expires: "2025-01-01", RunsFrom: "2020-01-01", Months: 60, Confidence: chibo.Verified},
		},
		{
			name: "rules/evaluation.md 6.4: a violation after the date asked is not yet known",
			v:    func(t testing.TB) member.Violation { return viol(t, "2020-01-01", member.Reprimand) },
			later: func(t testing.TB) []member.Violation {
				return []member.Violation{viol(t, "2024-12-01", member.Reprimand)}
			},
			on:   "2024-11-30",
			want: want{Expires: "2025-01-01", RunsFrom: "2020-01-01", Months: 60, Confidence: chibo.Verified},
		},
		{
			name: "rules/evaluation.md 6.4: a later act not serious enough for discipline does not restart",
			v:    func(t testing.TB) member.Violation { return viol(t, "2020-01-01", member.Reprimand) },
			later: func(t testing.TB) []member.Violation {
				return []member.Violation{{Date: day(t, "2023-03-01")}}
			},
			on:   "2025-06-01",
			want: want{Barred: true, Expires: "2025-01-01", RunsFrom: "2020-01-01", Months: 60, Confidence: chibo.Verified},
		},
		{
			name: "rules/evaluation.md 6.4: restarts chain, in date order whatever the input order",
			v:    func(t testing.TB) member.Violation { return viol(t, "2010-01-01", member.Reprimand) },
			later: func(t testing.TB) []member.Violation {
				return []member.Violation{viol(t, "2018-01-01", member.Warning), viol(t, "2014-06-01", member.Reprimand)}
			},
			on:   "2022-12-31",
			want: want{Expires: "2023-01-01", RunsFrom: "2018-01-01", Months: 60, Confidence: chibo.Verified},
		},
		{
			name: "rules/evaluation.md 6.4 [presumption]: a long-running violation counts from its end",
			v: func(t testing.TB) member.Violation {
				v := viol(t, "2015-01-01", member.Reprimand)
				v.Ended = day(t, "2019-05-01")
				return v
			},
			on:    "2024-04-30",
			want:  want{Expires: "2024-05-01", RunsFrom: "2019-05-01", Months: 60, Confidence: chibo.Inferred},
			viHas: []string{"01/05/2019"},
		},
		{
			name: "an end before the start is ignored",
			v: func(t testing.TB) member.Violation {
				v := viol(t, "2015-01-01", member.Reprimand)
				v.Ended = day(t, "2014-05-01")
				return v
			},
			on:   "2024-04-30",
			want: want{Barred: true, Expires: "2020-01-01", RunsFrom: "2015-01-01", Months: 60, Confidence: chibo.Verified},
		},
		{
			name: "date convention: a violation on 29/02/2020 expires on 28/02/2025 (clamped)",
			v:    func(t testing.TB) member.Violation { return viol(t, "2020-02-29", member.Reprimand) },
			on:   "2025-02-28",
			want: want{Barred: true, Expires: "2025-02-28", RunsFrom: "2020-02-29", Months: 60, Confidence: chibo.Verified},
		},
		{
			name: "a level that is not a form cannot be decided",
			v:    func(t testing.TB) member.Violation { return viol(t, "2020-01-01", 0) },
			on:   "2030-01-01",
			want: want{Confidence: chibo.Verified},
		},
		{
			name: "a violation without a date cannot be decided",
			v:    func(testing.TB) member.Violation { return member.Violation{Level: member.Warning} },
			on:   "2030-01-01",
			want: want{Confidence: chibo.Verified},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var later []member.Violation
			if tt.later != nil {
				later = tt.later(t)
			}
			got := member.Limitation(tt.v(t), later, day(t, tt.on))
			gotW := want{Barred: got.Barred, Unlimited: got.Unlimited, Expires: got.Expires.String(),
				RunsFrom: got.RunsFrom.String(), Months: got.Months, Confidence: got.Reason.Source.Confidence}
			if diff := cmp.Diff(tt.want, gotW); diff != "" {
				t.Errorf("Limitation (-want +got):\n%s\nreason: %s", diff, got.Reason.EN)
			}
			assert.Equal(t, member.RuleDisciplineLimitation, got.Reason.Rule)
			assert.NotEmpty(t, got.Reason.VI)
			assert.NotEmpty(t, got.Reason.EN)
			for _, s := range tt.viHas {
				assert.Contains(t, got.Reason.VI, s)
			}
		})
	}
}

func TestLimitationWithoutAsOfDate(t *testing.T) {
	// With no date asked, every later violation counts and nothing is barred.
	got := member.Limitation(member.Violation{Date: day(t, "2020-01-01"), Level: member.Reprimand},
		[]member.Violation{{Date: day(t, "2023-03-01"), Level: member.Warning}}, chibo.Date{})
	assert.False(t, got.Barred)
	assert.Equal(t, day(t, "2028-03-01"), got.Expires)
}

func TestEffectEnds(t *testing.T) {
	tests := []struct {
		name       string
		d          member.Discipline
		complaint  string
		reoffended bool
		want       string
		ok         bool
	}{
		{"T25 rules/evaluation.md 6.7: a warning announced 10/01/2026 ends 10/01/2027",
			member.Discipline{Form: member.Warning, Date: day(t, "2026-01-10")}, "", false, "2027-01-10", true},
		{"rules/evaluation.md 6.7: after a complaint, 12 months from the complaint decision",
			member.Discipline{Form: member.Reprimand, Date: day(t, "2026-01-10")}, "2026-03-01", false, "2027-03-01", true},
		{"rules/evaluation.md 6.7: a complaint decision before the discipline is ignored",
			member.Discipline{Form: member.Reprimand, Date: day(t, "2026-01-10")}, "2025-12-01", false, "2027-01-10", true},
		{"rules/evaluation.md 6.7: a dismissal ends too",
			member.Discipline{Form: member.Dismissal, Date: day(t, "2025-07-31")}, "", false, "2026-07-31", true},
		{"rules/evaluation.md 6.7: re-offending prevents the automatic end",
			member.Discipline{Form: member.Warning, Date: day(t, "2026-01-10")}, "", true, "", false},
		{"rules/evaluation.md 6.7: expulsion never ends by itself",
			member.Discipline{Form: member.Expulsion, Date: day(t, "2026-01-10")}, "", false, "", false},
		{"date convention: 29/02/2024 + 12 months = 28/02/2025",
			member.Discipline{Form: member.Reprimand, Date: day(t, "2024-02-29")}, "", false, "2025-02-28", true},
		{"not a discipline: no form",
			member.Discipline{Date: day(t, "2026-01-10")}, "", false, "", false},
		{"not a discipline: no date",
			member.Discipline{Form: member.Warning}, "", false, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var complaint chibo.Date
			if tt.complaint != "" {
				complaint = day(t, tt.complaint)
			}
			got, ok := member.EffectEnds(tt.d, complaint, tt.reoffended)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got.String())
		})
	}
}

func TestBlocks(t *testing.T) {
	all := []member.Block{member.BlockAppointment, member.BlockTransfer, member.BlockRankPromotion, member.BlockAward}
	warned := func(t testing.TB) member.Member {
		return member.Member{ID: "t25", Name: "Lò Văn Tâm", DecisionDate: day(t, "2000-05-19"), OfficialDate: day(t, "2001-05-19"),
			Discipline: []member.Discipline{{Form: member.Warning, Date: day(t, "2026-01-10")}}}
	}
	expelled := func(t testing.TB) member.Member {
		return member.Member{ID: "x", Name: "Hà Văn Sơn", DecisionDate: day(t, "2000-05-19"), OfficialDate: day(t, "2001-05-19"),
			Discipline: []member.Discipline{{Form: member.Expulsion, Date: day(t, "2024-01-15")}}}
	}
	tests := []struct {
		name      string
		m         func(t testing.TB) member.Member
		on        string
		inEffect  []member.Form
		blocks    []member.Block
		rules     []string
		reasonHas string
	}{
		{"T25 rules/evaluation.md 6.7–6.8: on 01/06/2026 every block applies", warned, "2026-06-01",
			[]member.Form{member.Warning}, all, []string{member.RuleDisciplineEffect, member.RuleDisciplineBlocks}, "10/01/2027"},
		{"T25 rules/evaluation.md 6.7: on the decision day the discipline is in effect", warned, "2026-01-10",
			[]member.Form{member.Warning}, all, []string{member.RuleDisciplineEffect, member.RuleDisciplineBlocks}, "10/01/2026"},
		{"T25 rules/evaluation.md 6.7: the last day in effect is 09/01/2027", warned, "2027-01-09",
			[]member.Form{member.Warning}, all, []string{member.RuleDisciplineEffect, member.RuleDisciplineBlocks}, "09/01/2027"},
		{"T25 rules/evaluation.md 6.7: on 10/01/2027 nothing is blocked", warned, "2027-01-10",
			nil, nil, []string{member.RuleDisciplineBlocks}, "10/01/2027"},
		{"before the decision nothing is blocked", warned, "2026-01-09",
			nil, nil, []string{member.RuleDisciplineBlocks}, "09/01/2026"},
		{"rules/evaluation.md 6.7: an expulsion stays in effect", expelled, "2030-01-01",
			[]member.Form{member.Expulsion}, all, []string{member.RuleDisciplineEffect, member.RuleDisciplineBlocks}, "15/01/2024"},
		{"rules/evaluation.md 5.26: an expulsion followed by readmission is no longer in effect", func(t testing.TB) member.Member {
			m := expelled(t)
			m.Gaps = []member.Gap{gap(t, member.Expelled, "2024-01-15", "2027-03-01")}
			return m
		}, "2027-06-01", nil, nil, []string{member.RuleDisciplineBlocks}, "01/06/2027"},
		{"two disciplines in effect give two effect reasons", func(t testing.TB) member.Member {
			m := warned(t)
			m.Discipline = append(m.Discipline, member.Discipline{Form: member.Reprimand, Date: day(t, "2026-05-01")})
			return m
		}, "2026-06-01", []member.Form{member.Warning, member.Reprimand}, all,
			[]string{member.RuleDisciplineEffect, member.RuleDisciplineEffect, member.RuleDisciplineBlocks}, "01/05/2027"},
		{"entries that are not disciplines are skipped", func(t testing.TB) member.Member {
			m := warned(t)
			m.Discipline = []member.Discipline{{Form: 0, Date: day(t, "2026-01-10")}, {Form: member.Warning}}
			return m
		}, "2026-06-01", nil, nil, []string{member.RuleDisciplineBlocks}, "01/06/2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.m(t)
			on := day(t, tt.on)
			var forms []member.Form
			for _, d := range m.InEffect(on) {
				forms = append(forms, d.Form)
			}
			assert.Equal(t, tt.inEffect, forms)
			blocks, reasons := m.Blocks(on)
			if diff := cmp.Diff(tt.blocks, blocks); diff != "" {
				t.Errorf("Blocks (-want +got):\n%s", diff)
			}
			var rules []string
			text := ""
			for _, r := range reasons {
				rules = append(rules, r.Rule)
				text += r.VI + "\n"
				assert.NotEmpty(t, r.EN)
				assert.Equal(t, "69-QĐ/TW", r.Source.Document)
			}
			assert.Equal(t, tt.rules, rules)
			assert.Contains(t, text, tt.reasonHas)
		})
	}
}

func TestBlocksReturnsAFreshSlice(t *testing.T) {
	m := member.Member{DecisionDate: day(t, "2000-05-19"), OfficialDate: day(t, "2001-05-19"),
		Discipline: []member.Discipline{{Form: member.Warning, Date: day(t, "2026-01-10")}}}
	b, _ := m.Blocks(day(t, "2026-06-01"))
	require.Len(t, b, 4)
	b[0] = 0
	again, _ := m.Blocks(day(t, "2026-06-01"))
	assert.Equal(t, member.BlockAppointment, again[0])
}

func TestBlockText(t *testing.T) {
	tests := []struct {
		b            member.Block
		name, vi, en string
	}{
		{member.BlockAppointment, "appointment", "bổ nhiệm", "appointment"},
		{member.BlockTransfer, "transfer", "điều động, luân chuyển", "transfer or rotation"},
		{member.BlockRankPromotion, "rank-promotion", "phong, thăng quân hàm, cấp hàm", "conferral of or promotion in military or police rank"},
		{member.BlockAward, "award", "khen thưởng, tặng danh hiệu", "Party or State titles and awards"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.name, tt.b.String())
			assert.Equal(t, tt.vi, tt.b.VI())
			assert.Equal(t, tt.en, tt.b.EN())
			b, err := json.Marshal(tt.b)
			require.NoError(t, err)
			var back member.Block
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tt.b, back)
		})
	}
	assert.Equal(t, "Block(0)", member.Block(0).String())
	assert.Equal(t, "Block(7)", member.Block(7).VI())
	_, err := member.Block(7).MarshalText()
	assert.Error(t, err)
	var b member.Block
	assert.Error(t, b.UnmarshalText([]byte("promotion")))
}
