package member_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// duesOutcome is the part of a Dues a test compares: the numbers and the
// rule of every reason.
type duesOutcome struct {
	Amount        int64
	Known, Exempt bool
	Min, Max      int64
	Regime        string
	Rules         []string
}

func outcomeOf(d member.Dues) duesOutcome {
	o := duesOutcome{Amount: d.Amount, Known: d.Known, Exempt: d.Exempt, Min: d.Min, Max: d.Max, Regime: d.Regime}
	for _, r := range d.Reasons {
		o.Rules = append(o.Rules, r.Rule)
	}
	return o
}

// duesMember is an official member admitted on decision.
func duesMember(t testing.TB, decision string) *member.Member {
	d := day(t, decision)
	return &member.Member{ID: "d", Name: "Đinh Thị Hoa", DecisionDate: d, OfficialDate: d.AddYears(1)}
}

func TestDuesFor(t *testing.T) {
	const (
		regime = member.RuleDuesRegime
		rate   = member.RuleDuesRate
		wage   = member.RuleDuesMinimumWage
		exempt = member.RuleDuesExempt
		reduce = member.RuleDuesReduction
		input  = member.RuleDuesInput
		unk    = member.RuleDuesUnknown
	)
	known := func(amount int64, regimeName string, rules ...string) duesOutcome {
		return duesOutcome{Amount: amount, Known: true, Regime: regimeName, Rules: rules}
	}
	tests := []struct {
		name  string
		m     func(t testing.TB) *member.Member
		month string
		in    member.DuesInput
		want  duesOutcome
	}{
		// Quy định 01-QĐ/TW 2026.
		{name: "T27 rules/evaluation.md 7.2: insured, SI salary base 10,000,000 → 100,000", month: "2026-03-15",
			in: member.DuesInput{Category: member.Insured, Base: 10_000_000}, want: known(100_000, "2026", regime, rate)},
		{name: "T28 rules/evaluation.md 7.4: pensioner, pension 8,000,000, party age 45 → 40,000",
			m:     func(t testing.TB) *member.Member { return duesMember(t, "1981-05-10") },
			month: "2026-06-01", in: member.DuesInput{Category: member.Pensioner, Base: 8_000_000}, want: known(40_000, "2026", regime, rate)},
		{name: "T29 rules/evaluation.md 7.5: party age exactly 50 years 0 months on the month's last day → exempt",
			m:     func(t testing.TB) *member.Member { return duesMember(t, "1976-06-30") },
			month: "2026-06-01", in: member.DuesInput{Category: member.Pensioner, Base: 8_000_000},
			want: duesOutcome{Known: true, Exempt: true, Regime: "2026", Rules: []string{regime, exempt}}},
		{name: "T29 rules/evaluation.md 7.5: 50 years completed during the month → exempt for the whole month",
			m:     func(t testing.TB) *member.Member { return duesMember(t, "1976-06-15") },
			month: "2026-06-03", in: member.DuesInput{Category: member.Pensioner, Base: 8_000_000},
			want: duesOutcome{Known: true, Exempt: true, Regime: "2026", Rules: []string{regime, exempt}}},
		{name: "T29 rules/evaluation.md 7.5: 49 years 11 months in the month before → pays",
			m:     func(t testing.TB) *member.Member { return duesMember(t, "1976-06-15") },
			month: "2026-05-31", in: member.DuesInput{Category: member.Pensioner, Base: 8_000_000}, want: known(40_000, "2026", regime, rate)},
		{name: "T30 rules/evaluation.md 7.4: student → 5,000", month: "2026-09-01",
			in: member.DuesInput{Category: member.Student}, want: known(5_000, "2026", regime, rate)},
		{name: "rules/evaluation.md 7.3: sick leave, 1% of the SI benefit", month: "2026-04-01",
			in: member.DuesInput{Category: member.SickOrMaternity, Base: 6_500_000}, want: known(65_000, "2026", regime, rate)},
		{name: "rules/second-pass.md 5.3–5.4: other non-insured, region I, 0.3% → 15,930", month: "2026-02-01",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 1}, want: known(15_930, "2026", regime, rate, wage)},
		{name: "rules/second-pass.md 5.3–5.4: other non-insured, region II, 0.3% → 14,190", month: "2026-02-01",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 2}, want: known(14_190, "2026", regime, rate, wage)},
		{name: "rules/second-pass.md 5.3–5.4: other non-insured, region III, 0.3% → 12,420", month: "2026-02-01",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 3}, want: known(12_420, "2026", regime, rate, wage)},
		{name: "rules/second-pass.md 5.3–5.4: other non-insured, region IV, 0.3% → 11,100", month: "2027-12-31",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 4}, want: known(11_100, "2026", regime, rate, wage)},
		{name: "rules/second-pass.md 5.3–5.4: at retirement age, region I, 0.2% → 10,620", month: "2026-07-01",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 1, AtRetirementAge: true}, want: known(10_620, "2026", regime, rate, wage)},
		{name: "rules/second-pass.md 5.3–5.4: at retirement age, region IV, 0.2% → 7,400", month: "2026-07-01",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 4, AtRetirementAge: true}, want: known(7_400, "2026", regime, rate, wage)},
		{name: "rules/second-pass.md 5.3: from 01/01/2028, region I 0.5% → 26,550 (2026 wage, the latest known)", month: "2028-01-01",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 1}, want: known(26_550, "2026", regime, rate, wage)},
		{name: "rules/second-pass.md 5.3: from 01/01/2028, region IV at retirement age 0.3% → 11,100", month: "2028-06-30",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 4, AtRetirementAge: true}, want: known(11_100, "2026", regime, rate, wage)},
		{name: "rounding (no rule found): 1% of 1,234,567 rounds down to 12,345", month: "2026-03-01",
			in: member.DuesInput{Category: member.Insured, Base: 1_234_567}, want: known(12_345, "2026", regime, rate)},

		// Reductions (rules/second-pass.md 5.5).
		{name: "rules/evaluation.md 7.6: 30% reduction, 100,000 → 70,000", month: "2026-03-01",
			in: member.DuesInput{Category: member.Insured, Base: 10_000_000, ReductionPercent: 30}, want: known(70_000, "2026", regime, rate, reduce)},
		{name: "rules/evaluation.md 7.6: 50% reduction, 100,000 → 50,000", month: "2026-03-01",
			in: member.DuesInput{Category: member.Insured, Base: 10_000_000, ReductionPercent: 50}, want: known(50_000, "2026", regime, rate, reduce)},
		{name: "rules/evaluation.md 7.6: 70% reduction, 100,000 → 30,000", month: "2026-03-01",
			in: member.DuesInput{Category: member.Insured, Base: 10_000_000, ReductionPercent: 70}, want: known(30_000, "2026", regime, rate, reduce)},
		{name: "rules/evaluation.md 7.6: 70% reduction of 15,930 → 4,779", month: "2026-03-01",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 1, ReductionPercent: 70}, want: known(4_779, "2026", regime, rate, wage, reduce)},
		{name: "rules/evaluation.md 7.6: 30% reduction of 12,345 → 8,641 (rounded down from 8,641.5)", month: "2026-03-01",
			in: member.DuesInput{Category: member.Insured, Base: 1_234_567, ReductionPercent: 30}, want: known(8_641, "2026", regime, rate, reduce)},
		{name: "rules/evaluation.md 7.6: 50% reduction of the student rate → 2,500", month: "2026-03-01",
			in: member.DuesInput{Category: member.Student, ReductionPercent: 50}, want: known(2_500, "2026", regime, rate, reduce)},

		// Exemptions (rules/evaluation.md 7.5).
		{name: "rules/evaluation.md 7.5: social pension allowance → exempt", month: "2026-03-01",
			in:   member.DuesInput{Category: member.OtherNonInsured, Region: 2, SocialPension: true},
			want: duesOutcome{Known: true, Exempt: true, Regime: "2026", Rules: []string{regime, exempt}}},
		{name: "rules/evaluation.md 7.5: hardship on application → exempt, even with a reduction asked", month: "2026-03-01",
			in:   member.DuesInput{Category: member.Insured, Base: 9_000_000, Hardship: true, ReductionPercent: 50},
			want: duesOutcome{Known: true, Exempt: true, Regime: "2026", Rules: []string{regime, exempt}}},
		{name: "rules/evaluation.md 7.5: the 50-year exemption applies to a member abroad too",
			m:     func(t testing.TB) *member.Member { return duesMember(t, "1970-01-01") },
			month: "2026-03-01", in: member.DuesInput{Category: member.Abroad},
			want: duesOutcome{Known: true, Exempt: true, Regime: "2026", Rules: []string{regime, exempt}}},
		{name: "rules/evaluation.md 7.7: a probationary member has no party age and pays",
			m: func(t testing.TB) *member.Member {
				return &member.Member{ID: "p", Name: "P", DecisionDate: day(t, "2026-01-05")}
			},
			month: "2026-03-01", in: member.DuesInput{Category: member.Student}, want: known(5_000, "2026", regime, rate)},

		// The boundary between the regimes (rules/evaluation.md 7.9).
		{name: "rules/evaluation.md 7.9: January 2026 is under QĐ 342, which has no insured category", month: "2026-01-31",
			in:   member.DuesInput{Category: member.Insured, Base: 10_000_000},
			want: duesOutcome{Regime: "342", Rules: []string{regime, unk}}},
		{name: "rules/evaluation.md 7.9: January 2026, civil servant under QĐ 342 → 80,000", month: "2026-01-31",
			in: member.DuesInput{Category: member.StateEmployee, Base: 8_000_000}, want: known(80_000, "342", regime, rate)},
		{name: "rules/evaluation.md 7.9: February 2026 is under QĐ 01, which has no state-employee category", month: "2026-02-01",
			in:   member.DuesInput{Category: member.StateEmployee, Base: 8_000_000},
			want: duesOutcome{Regime: "2026", Rules: []string{regime, unk}}},
		{name: "rules/evaluation.md 7.9: the 50-year exemption does not exist in January 2026",
			m:     func(t testing.TB) *member.Member { return duesMember(t, "1970-01-01") },
			month: "2026-01-15", in: member.DuesInput{Category: member.Pensioner, Base: 8_000_000}, want: known(40_000, "342", regime, rate)},

		// Quyết định 342-QĐ/TW.
		{name: "T31 rules/evaluation.md 7.1: civil servant, 8,000,000 in 2024 → 80,000", month: "2024-05-01",
			in: member.DuesInput{Category: member.StateEmployee, Base: 8_000_000}, want: known(80_000, "342", regime, rate)},
		{name: "rules/evaluation.md 7.1: wage earner, 1% of wage-fund income", month: "2015-05-01",
			in: member.DuesInput{Category: member.WageEarner, Base: 6_000_000}, want: known(60_000, "342", regime, rate)},
		{name: "rules/evaluation.md 7.1: pensioner 0.5%", month: "2011-04-01",
			in: member.DuesInput{Category: member.Pensioner, Base: 5_000_000}, want: known(25_000, "342", regime, rate)},
		{name: "rules/evaluation.md 7.1: other domestic member, the cell's amount", month: "2020-01-01",
			in:   member.DuesInput{Category: member.OtherDomestic, Base: 20_000},
			want: duesOutcome{Amount: 20_000, Known: true, Min: 2_000, Max: 30_000, Regime: "342", Rules: []string{regime, rate}}},
		{name: "rules/evaluation.md 7.1: other domestic member beyond working age pays 50%", month: "2020-01-01",
			in:   member.DuesInput{Category: member.OtherDomestic, Base: 20_000, AtRetirementAge: true},
			want: duesOutcome{Amount: 10_000, Known: true, Min: 1_000, Max: 15_000, Regime: "342", Rules: []string{regime, rate}}},
		{name: "rules/evaluation.md 7.1: no amount set by the cell → the range, not an amount", month: "2020-01-01",
			in:   member.DuesInput{Category: member.OtherDomestic},
			want: duesOutcome{Min: 2_000, Max: 30_000, Regime: "342", Rules: []string{regime, unk}}},
		{name: "rules/evaluation.md 7.1: a cell amount outside 2,000–30,000 is rejected", month: "2020-01-01",
			in:   member.DuesInput{Category: member.OtherDomestic, Base: 35_000},
			want: duesOutcome{Min: 2_000, Max: 30_000, Regime: "342", Rules: []string{regime, input}}},
		{name: "rules/evaluation.md 7.1: students are other domestic members under QĐ 342", month: "2020-01-01",
			in:   member.DuesInput{Category: member.Student},
			want: duesOutcome{Regime: "342", Rules: []string{regime, unk}}},
		{name: "rules/evaluation.md 7.1: QĐ 342 exemption rules were not read → unknown", month: "2020-01-01",
			in:   member.DuesInput{Category: member.StateEmployee, Base: 8_000_000, Hardship: true},
			want: duesOutcome{Regime: "342", Rules: []string{regime, unk}}},
		{name: "rules/evaluation.md 7.1: QĐ 342 reduction rules were not read → unknown", month: "2020-01-01",
			in:   member.DuesInput{Category: member.StateEmployee, Base: 8_000_000, ReductionPercent: 50},
			want: duesOutcome{Regime: "342", Rules: []string{regime, unk}}},
		{name: "before 01/04/2011 no regime is modelled", month: "2011-03-31",
			in:   member.DuesInput{Category: member.StateEmployee, Base: 8_000_000},
			want: duesOutcome{Regime: "342", Rules: []string{regime}}},

		// Not modelled or invalid.
		{name: "rules/evaluation.md 7.4: members abroad are not modelled", month: "2026-03-01",
			in:   member.DuesInput{Category: member.Abroad, Base: 10_000_000},
			want: duesOutcome{Regime: "2026", Rules: []string{regime, unk}}},
		{name: "a percentage with no base is unknown", month: "2026-03-01",
			in:   member.DuesInput{Category: member.Insured},
			want: duesOutcome{Regime: "2026", Rules: []string{regime, input}}},
		{name: "invalid: the zero category", month: "2026-03-01",
			in: member.DuesInput{}, want: duesOutcome{Regime: "2026", Rules: []string{input}}},
		{name: "invalid: an unknown category", month: "2026-03-01",
			in: member.DuesInput{Category: 42, Base: 1}, want: duesOutcome{Regime: "2026", Rules: []string{input}}},
		{name: "invalid: a negative base", month: "2026-03-01",
			in: member.DuesInput{Category: member.Insured, Base: -1}, want: duesOutcome{Regime: "2026", Rules: []string{input}}},
		{name: "invalid: region 0 for other non-insured", month: "2026-03-01",
			in: member.DuesInput{Category: member.OtherNonInsured}, want: duesOutcome{Regime: "2026", Rules: []string{input}}},
		{name: "invalid: region 5 for other non-insured", month: "2026-03-01",
			in: member.DuesInput{Category: member.OtherNonInsured, Region: 5}, want: duesOutcome{Regime: "2026", Rules: []string{input}}},
		{name: "invalid: a 40% reduction", month: "2026-03-01",
			in: member.DuesInput{Category: member.Insured, Base: 1, ReductionPercent: 40}, want: duesOutcome{Regime: "2026", Rules: []string{input}}},
		{name: "invalid: every bad field is reported", month: "2026-03-01",
			in:   member.DuesInput{Category: member.OtherNonInsured, Base: -5, Region: 9, ReductionPercent: 100},
			want: duesOutcome{Regime: "2026", Rules: []string{input, input, input}}},
		{name: "a very large base is computed without overflow", month: "2026-03-01",
			in: member.DuesInput{Category: member.Insured, Base: 1 << 62}, want: known((1<<62)/100, "2026", regime, rate)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m *member.Member
			if tt.m != nil {
				m = tt.m(t)
			}
			got := member.DuesFor(m, day(t, tt.month), tt.in)
			if diff := cmp.Diff(tt.want, outcomeOf(got)); diff != "" {
				t.Errorf("DuesFor (-want +got):\n%s", diff)
				for _, r := range got.Reasons {
					t.Log(r)
				}
			}
			for _, r := range got.Reasons {
				assert.NotEmpty(t, r.VI)
				assert.NotEmpty(t, r.EN)
			}
		})
	}
}

func TestDuesForZeroMonth(t *testing.T) {
	got := member.DuesFor(nil, chibo.Date{}, member.DuesInput{Category: member.Student})
	assert.False(t, got.Known)
	require.Len(t, got.Reasons, 1)
	assert.Equal(t, member.RuleDuesInput, got.Reasons[0].Rule)
	assert.True(t, strings.HasPrefix(got.Reasons[0].EN, "month="), got.Reasons[0].EN)
}

func TestDuesInputReasonsNameTheField(t *testing.T) {
	got := member.DuesFor(nil, day(t, "2026-03-01"),
		member.DuesInput{Category: member.OtherNonInsured, Base: -5, Region: 9, ReductionPercent: 100})
	var fields []string
	for _, r := range got.Reasons {
		fields = append(fields, r.EN[:strings.IndexByte(r.EN, ':')])
	}
	assert.Equal(t, []string{"base=-5", "region=9", "reduction_percent=100"}, fields)
}

func TestDuesReasonsText(t *testing.T) {
	// rules/second-pass.md 5.4: the amount, the wage and the rounding are stated.
	got := member.DuesFor(nil, day(t, "2026-02-10"), member.DuesInput{Category: member.OtherNonInsured, Region: 1})
	require.Len(t, got.Reasons, 3)
	assert.Equal(t, "Tháng 02/2026: áp dụng chế độ đảng phí 2026 (01-QĐ/TW, từ 01/02/2026).", got.Reasons[0].VI)
	assert.Equal(t, chibo.Secondary, got.Reasons[0].Source.Confidence, "the 01/02/2026 boundary is secondary")
	assert.Equal(t, "Đảng viên khác không tham gia bảo hiểm xã hội bắt buộc, chưa đến tuổi nghỉ hưu: 0,3% mức lương tối thiểu vùng I = 15.930 đồng (làm tròn xuống đến đồng; không tìm thấy quy định làm tròn).", got.Reasons[1].VI)
	assert.Equal(t, "Other member not in compulsory social insurance, below the normal retirement age: 0.3% of the region I minimum wage = 15,930 VND (rounded down to the đồng; no rounding rule was found).", got.Reasons[1].EN)
	assert.Equal(t, chibo.Verified, got.Reasons[1].Source.Confidence)
	assert.Equal(t, "Region I minimum wage from 01/01/2026: 5,310,000 VND a month.", got.Reasons[2].EN)
	assert.Equal(t, "Nghị định 293/2025/NĐ-CP", got.Reasons[2].Source.Document)
	assert.Equal(t, chibo.Secondary, got.Reasons[2].Source.Confidence)

	// rules/evaluation.md 7.5, T29: the party age is given.
	ex := member.DuesFor(duesMember(t, "1976-06-30"), day(t, "2026-06-01"), member.DuesInput{Category: member.Pensioner, Base: 1})
	require.Len(t, ex.Reasons, 2)
	assert.Equal(t, "Tuổi đảng tại ngày 30/06/2026 là 50 năm 0 tháng 0 ngày: từ đủ 50 năm tuổi đảng được miễn đóng đảng phí.", ex.Reasons[1].VI)
}

func TestDuesRegimeOn(t *testing.T) {
	tests := []struct {
		name, month, want string
	}{
		{"rules/evaluation.md 7.9: 31/01/2026 is under QĐ 342", "2026-01-31", "342"},
		{"rules/evaluation.md 7.9: 01/02/2026 is under QĐ 01", "2026-02-01", "2026"},
		{"rules/evaluation.md 7.9: any day of February 2026 is under QĐ 01", "2026-02-02", "2026"},
		{"rules/evaluation.md 7.1: 01/04/2011 is under QĐ 342", "2011-04-01", "342"},
		{"earlier months get the earliest regime", "2000-01-01", "342"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, member.DuesRegimeOn(day(t, tt.month)).Name)
		})
	}
	names := []string{}
	for _, r := range member.DuesRegimes() {
		names = append(names, r.Name)
	}
	assert.Equal(t, []string{"342", "2026"}, names)
}

func TestDuesRegimeVariant(t *testing.T) {
	// rules/evaluation.md 7.9: a caller who reads the boundary as the signing
	// date moves it in a copy; the package's value is untouched.
	r := member.Dues2026
	r.From = chibo.DateOf(2026, time.February, 3)
	assert.Equal(t, chibo.DateOf(2026, time.February, 1), member.Dues2026.From)
	got := r.Dues(nil, day(t, "2026-02-15"), member.DuesInput{Category: member.Insured, Base: 10_000_000})
	assert.Equal(t, int64(100_000), got.Amount)
	assert.Contains(t, got.Reasons[0].EN, "from 03/02/2026")

	// A pinned regime applies to any month: QĐ 342 for a 2027 civil servant.
	pinned := member.Dues342
	got = pinned.Dues(nil, day(t, "2027-01-01"), member.DuesInput{Category: member.StateEmployee, Base: 9_000_000})
	assert.Equal(t, duesOutcome{Amount: 90_000, Known: true, Regime: "342", Rules: []string{member.RuleDuesRegime, member.RuleDuesRate}}, outcomeOf(got))

	// A province's own reading of a rate.
	local := member.Dues2026
	local.Rules[member.Student].Amount = 10_000
	got = local.Dues(nil, day(t, "2026-05-01"), member.DuesInput{Category: member.Student})
	assert.Equal(t, int64(10_000), got.Amount)
	assert.Equal(t, int64(5_000), member.Dues2026.Rules[member.Student].Amount)

	// A variant rate that overflows is reported, not wrapped.
	huge := member.Dues2026
	huge.Rules[member.Insured].Rate = 1 << 40
	got = huge.Dues(nil, day(t, "2026-05-01"), member.DuesInput{Category: member.Insured, Base: 1 << 40})
	assert.False(t, got.Known)
	assert.Equal(t, member.RuleDuesInput, got.Reasons[len(got.Reasons)-1].Rule)

	// A reduction the variant does not allow is unknown.
	noCut := member.Dues2026
	noCut.Reductions = []int{50}
	got = noCut.Dues(nil, day(t, "2026-05-01"), member.DuesInput{Category: member.Student, ReductionPercent: 30})
	assert.False(t, got.Known)
}

func TestRegionalMinimumWages(t *testing.T) {
	ws := member.RegionalMinimumWages()
	require.Len(t, ws, 1)
	w := ws[0]
	assert.Equal(t, chibo.DateOf(2026, time.January, 1), w.From)
	for region, want := range map[int]int64{1: 5_310_000, 2: 4_730_000, 3: 4_140_000, 4: 3_700_000} {
		got, ok := w.Region(region)
		assert.True(t, ok)
		assert.Equal(t, want, got, "region %d (rules/second-pass.md 5.4)", region)
	}
	_, ok := w.Region(0)
	assert.False(t, ok)
	_, ok = w.Region(5)
	assert.False(t, ok)
	ws[0].Amounts[0] = 1
	again, _ := member.RegionalMinimumWages()[0].Region(1)
	assert.Equal(t, int64(5_310_000), again, "the table is returned as a copy")
}

func TestDuesCategoryText(t *testing.T) {
	assert.Equal(t, "other-non-insured", member.OtherNonInsured.String())
	assert.Equal(t, "học sinh, sinh viên", member.Student.VI())
	assert.Equal(t, "pensioner", member.Pensioner.EN())
	assert.Equal(t, "DuesCategory(0)", member.DuesCategory(0).String())
	assert.Equal(t, "DuesCategory(99)", member.DuesCategory(99).VI())
	assert.Equal(t, "DuesCategory(99)", member.DuesCategory(99).EN())
}

// Dues for members in three situations in 2026, and a civil servant in
// January 2026, still under Quyết định 342-QĐ/TW.
func ExampleDuesFor() {
	march := chibo.DateOf(2026, time.March, 1)
	for _, in := range []member.DuesInput{
		{Category: member.Insured, Base: 10_000_000},
		{Category: member.OtherNonInsured, Region: 1},
		{Category: member.OtherNonInsured, Region: 4, AtRetirementAge: true, ReductionPercent: 50},
	} {
		d := member.DuesFor(nil, march, in)
		fmt.Println(in.Category, d.Amount, d.Regime)
	}
	jan := member.DuesFor(nil, chibo.DateOf(2026, time.January, 20),
		member.DuesInput{Category: member.StateEmployee, Base: 8_000_000})
	fmt.Println(jan.Amount, jan.Regime)

	// From 50 years of party age the member is exempt (T29).
	veteran := member.Member{DecisionDate: chibo.DateOf(1976, time.June, 30), OfficialDate: chibo.DateOf(1977, time.June, 30)}
	d := member.DuesFor(&veteran, chibo.DateOf(2026, time.June, 1), member.DuesInput{Category: member.Pensioner, Base: 8_000_000})
	fmt.Println(d.Exempt, d.Amount)
	fmt.Println(d.Reasons[len(d.Reasons)-1].EN)
	// Output:
	// insured 100000 2026
	// other-non-insured 15930 2026
	// other-non-insured 3700 2026
	// 80000 342
	// true 0
	// Party age on 30/06/2026 is 50 years 0 months 0 days: members with 50 years of party age or more are exempt from dues.
}

// A caller who reads the start of Quy định 01-QĐ/TW as the month after its
// signature copies the regime and moves the boundary.
func ExampleDuesRegime_Dues() {
	r := member.Dues2026
	r.From = chibo.DateOf(2026, time.March, 1)
	in := member.DuesInput{Category: member.StateEmployee, Base: 8_000_000}
	for _, month := range []chibo.Date{chibo.DateOf(2026, time.February, 1), chibo.DateOf(2026, time.March, 1)} {
		regime := r
		if month.Before(r.From) {
			regime = member.Dues342
		}
		d := regime.Dues(nil, month, in)
		fmt.Println(month.VN(), d.Regime, d.Known, d.Amount)
	}
	// Quy định 01-QĐ/TW has no civil-servant group: a civil servant pays
	// as a member in compulsory social insurance, on the insured salary.
	d := r.Dues(nil, chibo.DateOf(2026, time.March, 1), member.DuesInput{Category: member.Insured, Base: 6_500_000})
	fmt.Println(d.Regime, d.Known, d.Amount)
	// Output:
	// 01/02/2026 342 true 80000
	// 01/03/2026 2026 false 0
	// 2026 true 65000
}
