package member

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"time"

	"github.com/chibo-go/chibo"
)

// Party dues (đảng phí) are paid monthly by every member, probationary
// members included. Two regimes are modelled, each a DuesRegime value:
//
//   - Dues342: Quyết định 342-QĐ/TW (Bộ Chính trị, 28/12/2010, in force
//     01/04/2011): 1% of salary and allowances for state employees and the
//     armed forces, 1% of wage-fund income for enterprise and public-service
//     workers, 0.5% of the pension, and 2,000–30,000 VND set by the cell for
//     other members in Vietnam (50% beyond working age). Known from secondary
//     summaries only (rules/evaluation.md 7.1).
//   - Dues2026: Quy định 01-QĐ/TW (Bộ Chính trị, 03/02/2026), applied from
//     01/02/2026: 1% of the previous month's compulsory social-insurance
//     salary base, 1% of a sickness or maternity benefit, 0.5% of the
//     pension, 5,000 VND for pupils and students, and for other non-insured
//     members a share of the regional minimum wage where they attend party
//     activities; exemption from 50 years of party age, for the social
//     pension allowance and for hardship; reductions of 30, 50 or 70%
//     (rules/second-pass.md gap 5).
//
// Rounding: no rule was found. Percentages are computed in integer VND and
// rounded down (floor) to the đồng, the rate first, then any reduction; the
// reasons say so.

// Rule identifiers of the dues reasons.
const (
	// RuleDuesRegime: which regime applies to the month.
	RuleDuesRegime = "member.dues.regime"
	// RuleDuesRate: the rate and the amount.
	RuleDuesRate = "member.dues.rate"
	// RuleDuesMinimumWage: the regional minimum wage used.
	RuleDuesMinimumWage = "member.dues.minimum-wage"
	// RuleDuesExempt: an exemption (miễn đóng đảng phí).
	RuleDuesExempt = "member.dues.exempt"
	// RuleDuesReduction: a reduction (giảm mức đóng).
	RuleDuesReduction = "member.dues.reduction"
	// RuleDuesInput: an input that cannot be used; the reason names the field.
	RuleDuesInput = "member.dues.input"
	// RuleDuesUnknown: an amount the rules read do not give.
	RuleDuesUnknown = "member.dues.unknown"
)

// DuesCategory is the group a member pays dues in (đối tượng đóng đảng
// phí). Each regime defines its own groups; a category the regime does not
// define gives an unknown amount.
type DuesCategory uint8

const (
	// Insured: a member in compulsory social insurance (tham gia bảo hiểm
	// xã hội bắt buộc). 2026: 1% of the previous month's salary base for
	// compulsory social-insurance contributions.
	Insured DuesCategory = iota + 1
	// SickOrMaternity: a member on sick or maternity leave paid by social
	// insurance (hưởng chế độ ốm đau, thai sản). 2026: 1% of the benefit.
	SickOrMaternity
	// Pensioner: a member drawing a pension (hưởng lương hưu). Both
	// regimes: 0.5% of the pension.
	Pensioner
	// Student: a pupil or student (học sinh, sinh viên). 2026: 5,000 VND a
	// month. Under Dues342 students belong to OtherDomestic.
	Student
	// OtherNonInsured: any other member not in compulsory social insurance.
	// 2026: a share of the regional minimum wage (lương tối thiểu vùng)
	// where the member attends party activities.
	OtherNonInsured
	// StateEmployee: a member in a state body, a public-service unit or the
	// armed forces (cán bộ, công chức, viên chức, lực lượng vũ trang).
	// 342: 1% of monthly salary, allowances and wage income.
	StateEmployee
	// WageEarner: a worker in an enterprise or public-service unit paid from
	// its wage fund (người lao động hưởng lương từ quỹ tiền lương). 342: 1%.
	WageEarner
	// OtherDomestic: any other member in Vietnam — farmers, pupils, students
	// and others (đảng viên khác ở trong nước). 342: 2,000–30,000 VND a
	// month, the amount set by the cell; 50% beyond working age.
	OtherDomestic
	// Abroad: a member living abroad (đảng viên ở nước ngoài). Not
	// modelled: the rates were not read.
	Abroad
)

var (
	duesCategoryNames = [...]string{"", "insured", "sick-or-maternity", "pensioner", "student", "other-non-insured", "state-employee", "wage-earner", "other-domestic", "abroad"}
	duesCategoryVI    = [...]string{"", "đảng viên tham gia bảo hiểm xã hội bắt buộc", "đảng viên hưởng chế độ ốm đau, thai sản",
		"đảng viên hưởng lương hưu", "học sinh, sinh viên", "đảng viên khác không tham gia bảo hiểm xã hội bắt buộc",
		"cán bộ, công chức, viên chức, lực lượng vũ trang", "người lao động hưởng lương từ quỹ tiền lương",
		"đảng viên khác ở trong nước", "đảng viên ở nước ngoài"}
	duesCategoryEN = [...]string{"", "member in compulsory social insurance", "member on sick or maternity leave",
		"pensioner", "pupil or student", "other member not in compulsory social insurance",
		"state employee or armed forces", "wage earner paid from a wage fund",
		"other member in Vietnam", "member abroad"}
)

// String returns the category's name: insured, sick-or-maternity,
// pensioner, student, other-non-insured, state-employee, wage-earner,
// other-domestic or abroad.
func (c DuesCategory) String() string {
	if c != 0 && int(c) < len(duesCategoryNames) {
		return duesCategoryNames[c]
	}
	return fmt.Sprintf("DuesCategory(%d)", uint8(c))
}

// VI returns the Vietnamese name of the category.
func (c DuesCategory) VI() string {
	if c != 0 && int(c) < len(duesCategoryVI) {
		return duesCategoryVI[c]
	}
	return c.String()
}

// EN returns the English name of the category.
func (c DuesCategory) EN() string {
	if c != 0 && int(c) < len(duesCategoryEN) {
		return duesCategoryEN[c]
	}
	return c.String()
}

// DuesBasis says how a regime finds the dues of a category.
type DuesBasis uint8

const (
	// DuesUndefined: the regime does not define the category.
	DuesUndefined DuesBasis = iota
	// DuesPercent: DuesRule.Rate of DuesInput.Base.
	DuesPercent
	// DuesFixed: DuesRule.Amount.
	DuesFixed
	// DuesRange: an amount the cell sets between DuesRule.Min and Max,
	// given as DuesInput.Base.
	DuesRange
	// DuesMinimumWage: a share of the regional minimum wage, from
	// DuesRegime.MinimumWageRates and DuesRegime.MinimumWages.
	DuesMinimumWage
)

// DuesRule is how a regime finds the dues of one category.
type DuesRule struct {
	Basis DuesBasis // how the amount is found
	// Rate is the share of the base in parts per ten thousand, for
	// DuesPercent: 100 is 1%, 50 is 0.5%.
	Rate int64
	// Amount is the monthly amount in VND, for DuesFixed.
	Amount int64
	// Min and Max bound the amount the cell sets, in VND, for DuesRange.
	Min, Max int64
	// RetiredPercent is, for DuesRange, the percentage of the cell's amount
	// paid by a member beyond working age (342: 50); 0 means 100.
	RetiredPercent int64
	// Source is the rule's legal basis.
	Source chibo.Source
}

// MinimumWageRate is the share of the regional minimum wage paid by a
// member of OtherNonInsured from a date, in parts per ten thousand.
type MinimumWageRate struct {
	From chibo.Date // first day in force
	// Below is the share below the normal retirement age (tuổi nghỉ hưu
	// trong điều kiện lao động bình thường): 30 is 0.3%.
	Below int64
	// AtOrAbove is the share at or above that age.
	AtOrAbove int64
	// Source is the rule's legal basis.
	Source chibo.Source
}

// RegionalMinimumWage is the monthly regional minimum wage (mức lương tối
// thiểu tháng theo vùng) from a date, set by a government decree.
type RegionalMinimumWage struct {
	From chibo.Date // first day in force
	// Amounts are the wages in VND a month for regions I, II, III and IV
	// (index 0 is region I).
	Amounts [4]int64
	// Source is the decree.
	Source chibo.Source
}

// Region returns the wage of region n (1–4), and false for another n.
func (w RegionalMinimumWage) Region(n int) (int64, bool) {
	if n < 1 || n > len(w.Amounts) {
		return 0, false
	}
	return w.Amounts[n-1], true
}

var regionalMinimumWages = []RegionalMinimumWage{
	{From: chibo.DateOf(2026, time.January, 1), Amounts: [4]int64{5_310_000, 4_730_000, 4_140_000, 3_700_000},
		Source: chibo.Source{Document: "Nghị định 293/2025/NĐ-CP", Issuer: "Chính phủ", Date: chibo.DateOf(2025, time.November, 10),
			Section: "Điều 3 (table seen only in secondary sources)", Confidence: chibo.Secondary}},
}

// RegionalMinimumWages returns the dated table of regional minimum wages
// the library knows, oldest first: only the one in force from 01/01/2026.
// Earlier values are not needed by any modelled rule and are not guessed.
func RegionalMinimumWages() []RegionalMinimumWage {
	return slices.Clone(regionalMinimumWages)
}

// DuesRegime is one set of party-dues rules with its legal basis. Like the
// badge regimes of package award, it is a plain value: Dues342 and Dues2026
// can be read, printed and pinned, and a caller with another reading copies
// one, changes a field and calls its Dues method; nothing global is patched.
//
// For example, to apply Quy định 01-QĐ/TW only from the month after its
// signature (the sources disagree on 01/02 and 03/02/2026; the library
// takes 01/02):
//
//	r := member.Dues2026
//	r.From = chibo.DateOf(2026, time.March, 1)
//	if month.Before(r.From) { r = member.Dues342 }
//	d := r.Dues(&m, month, in)
//
// The slices are shared with the package's value; give a copy its own
// slice before changing an element.
type DuesRegime struct {
	// Name identifies the regime: "342" or "2026".
	Name string
	// From is the first day the regime is in force. A month is paid under
	// the regime in force on its first day.
	From chibo.Date
	// Source is the regime's document.
	Source chibo.Source
	// FromSource is the basis of From, when it differs from Source.
	FromSource chibo.Source

	// Rules gives, for each category, how the dues are found; indexed by
	// DuesCategory.
	Rules [Abroad + 1]DuesRule
	// MinimumWageRates are the shares of the regional minimum wage for
	// OtherNonInsured, oldest first.
	MinimumWageRates []MinimumWageRate
	// MinimumWages is the table of regional minimum wages, oldest first.
	MinimumWages []RegionalMinimumWage

	// ReliefKnown reports that the exemption and reduction rules below were
	// read. When false (Dues342), an input asking for an exemption or a
	// reduction gives an unknown amount rather than a guess.
	ReliefKnown bool
	// ExemptPartyAgeYears exempts a member from this party age on (từ đủ
	// … năm tuổi đảng); 0 when the regime has no such exemption.
	ExemptPartyAgeYears int
	// ExemptSocialPension exempts a member receiving the social pension
	// allowance (trợ cấp hưu trí xã hội).
	ExemptSocialPension bool
	// ExemptHardship exempts a member in especially difficult circumstances
	// (poor or near-poor household, a serious illness on the Ministry of
	// Health list), on application to the cell.
	ExemptHardship bool
	// Reductions are the reductions allowed, in percent.
	Reductions []int
	// ReliefSource is the basis of the exemptions and reductions.
	ReliefSource chibo.Source
}

// The documents the dues rules rest on (rules/evaluation.md §0 F1–F2, §7;
// rules/second-pass.md gap 5).
var (
	duesSrc342 = chibo.Source{
		Document: "342-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2010, time.December, 28), Section: "mức đóng đảng phí (as summarised; in force 01/04/2011)",
		URL:        "https://phapluat24h.org/?p=13771",
		Confidence: chibo.Secondary,
	}
	duesSrc342Relief = chibo.Source{
		Document: "342-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2010, time.December, 28), Section: "exemption and reduction rules not read",
		URL:        "https://phapluat24h.org/?p=13771",
		Confidence: chibo.Unverified,
	}
	duesSrc01 = chibo.Source{
		Document: "01-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2026, time.February, 3), Section: "Điều 3 (mức đóng)",
		URL:        "https://dantri.com.vn/thoi-su/bo-chinh-tri-ra-quy-dinh-ve-muc-dong-dang-phi-20260206210920568.htm",
		Confidence: chibo.Verified,
	}
	duesSrc01From = chibo.Source{
		Document: "01-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2026, time.February, 3), Section: "áp dụng từ 01/02/2026 (sources disagree: signed 03/02/2026)",
		URL:        "https://phapluatvacuocsong.vn/cac-nhom-duoc-mien-giam-dang-phi-a87793.html",
		Confidence: chibo.Secondary,
	}
	duesSrc01NonInsured = chibo.Source{
		Document: "01-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2026, time.February, 3), Section: "điểm 2.2 khoản 2 Điều 3",
		URL:        "http://tintuc.thuvienphapluat.com/ho-tro-phap-luat/chinh-sach-moi/104998/dong-dang-phi-theo-luong-toi-thieu-vung-tu-02-2026-doi-tuong-muc-dong-nhu-the-nao",
		Confidence: chibo.Verified,
	}
	duesSrc01Relief = chibo.Source{
		Document: "01-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2026, time.February, 3), Section: "Điều 5",
		URL:        "https://phapluatvacuocsong.vn/cac-nhom-duoc-mien-giam-dang-phi-a87793.html",
		Confidence: chibo.Verified,
	}
)

// Dues342 is the dues regime of Quyết định 342-QĐ/TW (Bộ Chính trị,
// 28/12/2010, in force 01/04/2011), replaced by Dues2026. Its rates come
// from secondary summaries; its exemption and reduction rules were not
// read (ReliefKnown is false). Rates for members abroad are not modelled.
var Dues342 = DuesRegime{
	Name:   "342",
	From:   chibo.DateOf(2011, time.April, 1),
	Source: duesSrc342,
	Rules: [Abroad + 1]DuesRule{
		Pensioner:     {Basis: DuesPercent, Rate: 50, Source: duesSrc342},
		StateEmployee: {Basis: DuesPercent, Rate: 100, Source: duesSrc342},
		WageEarner:    {Basis: DuesPercent, Rate: 100, Source: duesSrc342},
		OtherDomestic: {Basis: DuesRange, Min: 2_000, Max: 30_000, RetiredPercent: 50, Source: duesSrc342},
	},
	ReliefSource: duesSrc342Relief,
}

// Dues2026 is the dues regime of Quy định 01-QĐ/TW (Bộ Chính trị, signed
// 03/02/2026), applied from 01/02/2026 — a secondary source; the boundary is
// the From field, which a caller may change in a copy. Its rates are
// verified (rules/second-pass.md 5.2–5.5); the regional minimum wages are
// secondary. Rates for members abroad are not modelled.
var Dues2026 = DuesRegime{
	Name:       "2026",
	From:       chibo.DateOf(2026, time.February, 1),
	Source:     duesSrc01,
	FromSource: duesSrc01From,
	Rules: [Abroad + 1]DuesRule{
		Insured:         {Basis: DuesPercent, Rate: 100, Source: duesSrc01},
		SickOrMaternity: {Basis: DuesPercent, Rate: 100, Source: duesSrc01},
		Pensioner:       {Basis: DuesPercent, Rate: 50, Source: duesSrc01},
		Student:         {Basis: DuesFixed, Amount: 5_000, Source: duesSrc01},
		OtherNonInsured: {Basis: DuesMinimumWage, Source: duesSrc01NonInsured},
	},
	MinimumWageRates: []MinimumWageRate{
		{From: chibo.DateOf(2026, time.January, 1), Below: 30, AtOrAbove: 20, Source: duesSrc01NonInsured},
		{From: chibo.DateOf(2028, time.January, 1), Below: 50, AtOrAbove: 30, Source: duesSrc01NonInsured},
	},
	MinimumWages:        regionalMinimumWages,
	ReliefKnown:         true,
	ExemptPartyAgeYears: 50,
	ExemptSocialPension: true,
	ExemptHardship:      true,
	Reductions:          []int{30, 50, 70},
	ReliefSource:        duesSrc01Relief,
}

// DuesRegimes returns the package's dues regimes in the order they came
// into force.
func DuesRegimes() []DuesRegime { return []DuesRegime{Dues342, Dues2026} }

// DuesRegimeOn returns the regime for the month containing the date month
// (any day of it): the regime in force on the month's first day. Months
// before Dues342.From also get Dues342, the earliest modelled; DuesFor
// reports them as unknown.
func DuesRegimeOn(month chibo.Date) DuesRegime {
	if !firstOfMonth(month).Before(Dues2026.From) {
		return Dues2026
	}
	return Dues342
}

// DuesInput is what the rules need beyond the member record.
type DuesInput struct {
	// Category is the member's group.
	Category DuesCategory
	// Base is in VND: the salary base, benefit, pension, salary or
	// wage-fund income the percentage applies to; for OtherDomestic, the
	// amount the cell set for members of working age. Ignored for Student
	// and OtherNonInsured.
	Base int64
	// Region is the minimum-wage region (vùng) 1–4 where the member attends
	// party activities, for OtherNonInsured.
	Region int
	// AtRetirementAge reports that the member has reached the normal
	// retirement age (OtherNonInsured, 2026) or is beyond working age
	// (OtherDomestic, 342).
	AtRetirementAge bool
	// SocialPension reports that the member receives the social pension
	// allowance (trợ cấp hưu trí xã hội): exempt under Dues2026.
	SocialPension bool
	// Hardship reports an exemption granted on application for especially
	// difficult circumstances (poor or near-poor household, a serious
	// illness on the Ministry of Health list): exempt under Dues2026.
	Hardship bool
	// ReductionPercent is a reduction granted on application: 0, 30, 50 or
	// 70. A decision lasts at most 12 months; the caller tracks it.
	ReductionPercent int
}

// Dues is the monthly party dues of a member.
type Dues struct {
	// Amount is the monthly amount in VND; 0 when exempt or not known.
	Amount int64
	// Known is false when the amount cannot be computed: an invalid input,
	// a category the regime does not define or does not model (Abroad), an
	// amount the cell has not set, or a rule the sources do not give.
	Known bool
	// Exempt reports an exemption (miễn đóng đảng phí); Amount is then 0.
	Exempt bool
	// Min and Max are, for an amount the cell sets within a range
	// (OtherDomestic under Dues342), the range for this member; zero
	// otherwise.
	Min, Max int64
	// Regime is the Name of the regime applied.
	Regime string
	// Reasons explain the amount, or why it is unknown.
	Reasons []chibo.Reason
}

// DuesFor returns the member's party dues for the month containing the date
// month (any day of it), under the regime DuesRegimeOn gives for it
// (rules/evaluation.md 7.1–7.9; rules/second-pass.md 5.1–5.6). A month
// before 01/04/2011 has no modelled regime and gives an unknown amount.
// DuesFor never panics; m may be nil (no party-age exemption is then
// checked). See DuesRegime.Dues.
func DuesFor(m *Member, month chibo.Date, in DuesInput) Dues {
	r := DuesRegimeOn(month)
	if !month.IsZero() && firstOfMonth(month).Before(r.From) {
		return Dues{Regime: r.Name, Reasons: []chibo.Reason{duesReason(RuleDuesRegime, r.Source,
			fmt.Sprintf("Tháng %s trước ngày %s: chế độ đảng phí trước Quyết định 342-QĐ/TW không được mô hình hoá.", monthText(month), r.From.VN()),
			fmt.Sprintf("The month %s is before %s: dues rules before Quyết định 342-QĐ/TW are not modelled.", monthText(month), r.From.VN()))}}
	}
	return r.Dues(m, month, in)
}

// Dues returns the member's party dues for the month containing the date
// month under regime r, whether or not r is in force then (so a caller can
// pin a regime). In order:
//
//   - the input is checked: a zero month, an unknown category, a negative
//     base, a region outside 1–4 for OtherNonInsured, a reduction other than
//     0, 30, 50 or 70 each give a reason naming the field (rule
//     RuleDuesInput) and an unknown amount;
//   - exemptions (Dues2026, Điều 5): from 50 years of party age on the last
//     day of the month (m.PartyAge; a member who completes 50 years during
//     the month is exempt for that month — the library's reading of "từ đủ
//     50 năm tuổi đảng"), the social pension allowance, hardship;
//   - the category's rule gives the amount, rounded down to the đồng (no
//     rounding rule was found); a base of 0 where a percentage applies is
//     taken as missing and gives an unknown amount;
//   - a reduction of 30, 50 or 70% is applied to it, rounded down.
//
// Under a regime whose exemption and reduction rules were not read
// (Dues342), asking for one gives an unknown amount.
func (r *DuesRegime) Dues(m *Member, month chibo.Date, in DuesInput) Dues {
	out := Dues{Regime: r.Name}
	if bad := r.inputErrors(month, in); len(bad) > 0 {
		out.Reasons = bad
		return out
	}
	first := firstOfMonth(month)
	fromSrc := r.FromSource
	if fromSrc.Document == "" {
		fromSrc = r.Source
	}
	out.Reasons = append(out.Reasons, duesReason(RuleDuesRegime, fromSrc,
		fmt.Sprintf("Tháng %s: áp dụng chế độ đảng phí %s (%s, từ %s).", monthText(month), r.Name, r.Source.Document, r.From.VN()),
		fmt.Sprintf("Month %s: the %s dues rules apply (%s, from %s).", monthText(month), r.Name, r.Source.Document, r.From.VN())))

	wantsRelief := in.SocialPension || in.Hardship || in.ReductionPercent != 0
	if !r.ReliefKnown && wantsRelief {
		out.Reasons = append(out.Reasons, duesReason(RuleDuesUnknown, r.ReliefSource,
			fmt.Sprintf("Chưa đọc được quy định miễn, giảm đảng phí của chế độ %s: không xác định được mức đóng khi được miễn hoặc giảm.", r.Name),
			fmt.Sprintf("The exemption and reduction rules of the %s regime were not read: the amount with an exemption or reduction is unknown.", r.Name)))
		return out
	}
	if exempt, why := r.exemption(m, month, in); exempt {
		out.Known, out.Exempt = true, true
		out.Reasons = append(out.Reasons, why)
		return out
	}

	rule := r.Rules[in.Category]
	amount, ok := r.amount(&out, rule, first, in)
	if !ok {
		return out
	}
	if in.ReductionPercent != 0 {
		if !slices.Contains(r.Reductions, in.ReductionPercent) {
			out.Reasons = append(out.Reasons, duesReason(RuleDuesUnknown, r.ReliefSource,
				fmt.Sprintf("Chế độ %s không có mức giảm %d%%.", r.Name, in.ReductionPercent),
				fmt.Sprintf("The %s regime has no %d%% reduction.", r.Name, in.ReductionPercent)))
			return out
		}
		reduced, ok := mulDiv(amount, int64(100-in.ReductionPercent), 100)
		if !ok {
			out.Reasons = append(out.Reasons, r.overflowReason())
			return out
		}
		out.Reasons = append(out.Reasons, duesReason(RuleDuesReduction, r.ReliefSource,
			fmt.Sprintf("Được giảm %d%% mức đóng (tối đa 12 tháng mỗi lần xét): %s đồng (làm tròn xuống đến đồng).", in.ReductionPercent, vndVI(reduced)),
			fmt.Sprintf("A %d%% reduction (at most 12 months per decision): %s VND (rounded down to the đồng).", in.ReductionPercent, vndEN(reduced))))
		amount = reduced
	}
	out.Amount, out.Known = amount, true
	return out
}

// inputErrors returns a reason for each field of the input that cannot be
// used, each citing the rule that needs the field.
func (r *DuesRegime) inputErrors(month chibo.Date, in DuesInput) []chibo.Reason {
	var bad []chibo.Reason
	add := func(src chibo.Source, field, value, vi, en string) {
		bad = append(bad, duesReason(RuleDuesInput, src,
			fmt.Sprintf("%s=%s: %s", field, value, vi), fmt.Sprintf("%s=%s: %s", field, value, en)))
	}
	if month.IsZero() {
		add(r.Source, "month", "", "thiếu tháng đóng đảng phí.", "the month is missing.")
	}
	if in.Category == 0 || int(in.Category) >= len(duesCategoryNames) {
		add(r.Source, "category", strconv.Itoa(int(in.Category)), "không phải là đối tượng đóng đảng phí đã biết.", "not a known dues category.")
	}
	if in.Base < 0 {
		add(r.Source, "base", strconv.FormatInt(in.Base, 10), "số tiền không được âm.", "the amount cannot be negative.")
	}
	if in.Category == OtherNonInsured && (in.Region < 1 || in.Region > 4) {
		add(duesSrc01NonInsured, "region", strconv.Itoa(in.Region), "vùng lương tối thiểu phải từ 1 đến 4.", "the minimum-wage region must be 1 to 4.")
	}
	switch in.ReductionPercent {
	case 0, 30, 50, 70:
	default:
		add(duesSrc01Relief, "reduction_percent", strconv.Itoa(in.ReductionPercent), "mức giảm chỉ có thể là 30%, 50% hoặc 70%.", "a reduction can only be 30%, 50% or 70%.")
	}
	return bad
}

// exemption reports whether the member is exempt in the month, with the
// reason.
func (r *DuesRegime) exemption(m *Member, month chibo.Date, in DuesInput) (bool, chibo.Reason) {
	if r.ExemptPartyAgeYears > 0 && m != nil {
		last := lastOfMonth(month)
		if age, ok := m.PartyAge(last); ok && age.Years >= r.ExemptPartyAgeYears {
			return true, duesReason(RuleDuesExempt, r.ReliefSource,
				fmt.Sprintf("Tuổi đảng tại ngày %s là %s: từ đủ %d năm tuổi đảng được miễn đóng đảng phí.", last.VN(), age.VN(), r.ExemptPartyAgeYears),
				fmt.Sprintf("Party age on %s is %s: members with %d years of party age or more are exempt from dues.", last.VN(), age.EN(), r.ExemptPartyAgeYears))
		}
	}
	if r.ExemptSocialPension && in.SocialPension {
		return true, duesReason(RuleDuesExempt, r.ReliefSource,
			"Đảng viên đang hưởng trợ cấp hưu trí xã hội được miễn đóng đảng phí.",
			"A member receiving the social pension allowance (trợ cấp hưu trí xã hội) is exempt from dues.")
	}
	if r.ExemptHardship && in.Hardship {
		return true, duesReason(RuleDuesExempt, r.ReliefSource,
			"Đảng viên có hoàn cảnh đặc biệt khó khăn (hộ nghèo, cận nghèo, bệnh hiểm nghèo), có đơn, được miễn đóng đảng phí (tối đa 12 tháng mỗi lần xét).",
			"A member in especially difficult circumstances (poor or near-poor household, serious illness), on application, is exempt from dues (at most 12 months per decision).")
	}
	return false, chibo.Reason{}
}

// amount computes the category's amount before any reduction; on failure
// it adds the reason to out and returns false.
func (r *DuesRegime) amount(out *Dues, rule DuesRule, first chibo.Date, in DuesInput) (int64, bool) {
	cat := in.Category
	unknown := func(src chibo.Source, vi, en string) (int64, bool) {
		out.Reasons = append(out.Reasons, duesReason(RuleDuesUnknown, src, vi, en))
		return 0, false
	}
	switch rule.Basis {
	case DuesPercent:
		if in.Base == 0 {
			out.Reasons = append(out.Reasons, duesReason(RuleDuesInput, rule.Source,
				fmt.Sprintf("base=0: cần số tiền làm căn cứ tính %s đối với %s.", pctVI(rule.Rate), cat.VI()),
				fmt.Sprintf("base=0: the amount %s applies to is needed for a %s.", pctEN(rule.Rate), cat.EN())))
			return 0, false
		}
		a, ok := mulDiv(in.Base, rule.Rate, 10_000)
		if !ok {
			out.Reasons = append(out.Reasons, r.overflowReason())
			return 0, false
		}
		out.Reasons = append(out.Reasons, duesReason(RuleDuesRate, rule.Source,
			fmt.Sprintf("%s: %s của %s đồng = %s đồng (làm tròn xuống đến đồng; không tìm thấy quy định làm tròn).", capitaliseVI(cat.VI()), pctVI(rule.Rate), vndVI(in.Base), vndVI(a)),
			fmt.Sprintf("%s: %s of %s VND = %s VND (rounded down to the đồng; no rounding rule was found).", capitalise(cat.EN()), pctEN(rule.Rate), vndEN(in.Base), vndEN(a))))
		return a, true
	case DuesFixed:
		if rule.Amount < 0 {
			return unknown(rule.Source, "Mức đóng của chế độ âm.", "The regime's amount is negative.")
		}
		out.Reasons = append(out.Reasons, duesReason(RuleDuesRate, rule.Source,
			fmt.Sprintf("%s: %s đồng/tháng.", capitaliseVI(cat.VI()), vndVI(rule.Amount)),
			fmt.Sprintf("%s: %s VND a month.", capitalise(cat.EN()), vndEN(rule.Amount))))
		return rule.Amount, true
	case DuesRange:
		share := rule.RetiredPercent
		if share <= 0 || !in.AtRetirementAge {
			share = 100
		}
		lo, ok1 := mulDiv(max(rule.Min, 0), share, 100)
		hi, ok2 := mulDiv(max(rule.Max, 0), share, 100)
		if !ok1 || !ok2 {
			out.Reasons = append(out.Reasons, r.overflowReason())
			return 0, false
		}
		out.Min, out.Max = lo, hi
		ageVI, ageEN := "", ""
		if share != 100 {
			ageVI = fmt.Sprintf("; ngoài độ tuổi lao động đóng %d%%: %s–%s đồng", share, vndVI(lo), vndVI(hi))
			ageEN = fmt.Sprintf("; beyond working age %d%%: %s–%s VND", share, vndEN(lo), vndEN(hi))
		}
		if in.Base == 0 {
			return unknown(rule.Source,
				fmt.Sprintf("%s: chi bộ quy định mức đóng từ %s đến %s đồng/tháng%s; chưa có mức chi bộ quy định.", capitaliseVI(cat.VI()), vndVI(rule.Min), vndVI(rule.Max), ageVI),
				fmt.Sprintf("%s: the cell sets the amount between %s and %s VND a month%s; no amount set by the cell was given.", capitalise(cat.EN()), vndEN(rule.Min), vndEN(rule.Max), ageEN))
		}
		if in.Base < rule.Min || in.Base > rule.Max {
			out.Reasons = append(out.Reasons, duesReason(RuleDuesInput, rule.Source,
				fmt.Sprintf("base=%d: mức chi bộ quy định phải từ %s đến %s đồng.", in.Base, vndVI(rule.Min), vndVI(rule.Max)),
				fmt.Sprintf("base=%d: the cell's amount must be between %s and %s VND.", in.Base, vndEN(rule.Min), vndEN(rule.Max))))
			return 0, false
		}
		a, _ := mulDiv(in.Base, share, 100) // Base ≤ Max: no overflow
		out.Reasons = append(out.Reasons, duesReason(RuleDuesRate, rule.Source,
			fmt.Sprintf("%s: mức chi bộ quy định %s đồng (khung %s–%s đồng)%s; phải đóng %s đồng (làm tròn xuống đến đồng).", capitaliseVI(cat.VI()), vndVI(in.Base), vndVI(rule.Min), vndVI(rule.Max), ageVI, vndVI(a)),
			fmt.Sprintf("%s: the cell's amount %s VND (range %s–%s VND)%s; dues %s VND (rounded down to the đồng).", capitalise(cat.EN()), vndEN(in.Base), vndEN(rule.Min), vndEN(rule.Max), ageEN, vndEN(a))))
		return a, true
	case DuesMinimumWage:
		rate, okRate := r.minimumWageRateOn(first)
		wage, okWage := r.minimumWageOn(first)
		if !okRate {
			return unknown(rule.Source,
				fmt.Sprintf("Không có tỷ lệ đóng theo lương tối thiểu vùng tại tháng %s.", monthText(first)),
				fmt.Sprintf("No share of the regional minimum wage is known for %s.", monthText(first)))
		}
		if !okWage {
			return unknown(rule.Source,
				fmt.Sprintf("Không có mức lương tối thiểu vùng đã biết tại tháng %s.", monthText(first)),
				fmt.Sprintf("No regional minimum wage is known for %s.", monthText(first)))
		}
		amountWage, _ := wage.Region(in.Region) // Region checked by inputErrors
		bp, ageVI, ageEN := rate.Below, "chưa đến tuổi nghỉ hưu", "below the normal retirement age"
		if in.AtRetirementAge {
			bp, ageVI, ageEN = rate.AtOrAbove, "từ tuổi nghỉ hưu trở lên", "at or above the normal retirement age"
		}
		a, ok := mulDiv(amountWage, bp, 10_000)
		if !ok {
			out.Reasons = append(out.Reasons, r.overflowReason())
			return 0, false
		}
		out.Reasons = append(out.Reasons,
			duesReason(RuleDuesRate, rate.Source,
				fmt.Sprintf("%s, %s: %s mức lương tối thiểu vùng %s = %s đồng (làm tròn xuống đến đồng; không tìm thấy quy định làm tròn).", capitaliseVI(cat.VI()), ageVI, pctVI(bp), roman(in.Region), vndVI(a)),
				fmt.Sprintf("%s, %s: %s of the region %s minimum wage = %s VND (rounded down to the đồng; no rounding rule was found).", capitalise(cat.EN()), ageEN, pctEN(bp), roman(in.Region), vndEN(a))),
			duesReason(RuleDuesMinimumWage, wage.Source,
				fmt.Sprintf("Lương tối thiểu vùng %s từ %s: %s đồng/tháng.", roman(in.Region), wage.From.VN(), vndVI(amountWage)),
				fmt.Sprintf("Region %s minimum wage from %s: %s VND a month.", roman(in.Region), wage.From.VN(), vndEN(amountWage))))
		return a, true
	}
	if cat == Abroad {
		return unknown(r.Source,
			"Mức đóng đảng phí của đảng viên ở nước ngoài không được mô hình hoá (chưa đọc được quy định).",
			"Dues of members abroad are not modelled (the rules were not read).")
	}
	return unknown(r.Source,
		fmt.Sprintf("Chế độ %s không quy định đối tượng \"%s\".", r.Name, cat.VI()),
		fmt.Sprintf("The %s regime has no category %q (%s).", r.Name, cat.String(), cat.EN()))
}

func (r *DuesRegime) minimumWageRateOn(d chibo.Date) (MinimumWageRate, bool) {
	for i := len(r.MinimumWageRates) - 1; i >= 0; i-- {
		if !d.Before(r.MinimumWageRates[i].From) {
			return r.MinimumWageRates[i], true
		}
	}
	return MinimumWageRate{}, false
}

func (r *DuesRegime) minimumWageOn(d chibo.Date) (RegionalMinimumWage, bool) {
	for i := len(r.MinimumWages) - 1; i >= 0; i-- {
		if !d.Before(r.MinimumWages[i].From) {
			return r.MinimumWages[i], true
		}
	}
	return RegionalMinimumWage{}, false
}

// mulDiv returns a×b/c rounded down, and false when an operand is negative,
// c is not positive or the result does not fit an int64.
func mulDiv(a, b, c int64) (int64, bool) {
	if a < 0 || b < 0 || c <= 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi >= uint64(c) {
		return 0, false
	}
	q, _ := bits.Div64(hi, lo, uint64(c))
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}

func (r *DuesRegime) overflowReason() chibo.Reason {
	return duesReason(RuleDuesInput, r.Source,
		"base: số tiền quá lớn, không tính được.", "base: the amount is too large to compute.")
}

func duesReason(rule string, src chibo.Source, vi, en string) chibo.Reason {
	return chibo.Reason{Rule: rule, Source: src, VI: vi, EN: en}
}

// firstOfMonth returns the first day of d's month, or the zero Date.
func firstOfMonth(d chibo.Date) chibo.Date {
	if d.IsZero() {
		return d
	}
	y, m, _ := d.Date()
	return chibo.DateOf(y, m, 1)
}

// lastOfMonth returns the last day of d's month, or the zero Date.
func lastOfMonth(d chibo.Date) chibo.Date {
	if d.IsZero() {
		return d
	}
	y, m, _ := d.Date()
	if m == time.December {
		return chibo.DateOf(y, m, 31)
	}
	return chibo.DateOf(y, m+1, 1).AddDays(-1)
}

// monthText prints the month as "02/2026".
func monthText(d chibo.Date) string {
	if d.IsZero() {
		return "(không rõ)"
	}
	return d.VN()[3:]
}

// pctVI and pctEN print parts per ten thousand as a percentage: "0,3%",
// "0.3%".
func pctVI(bp int64) string { return pctText(bp, ',') }
func pctEN(bp int64) string { return pctText(bp, '.') }

func pctText(bp int64, sep byte) string {
	s := strconv.FormatInt(bp/100, 10)
	if frac := bp % 100; frac != 0 {
		f := fmt.Sprintf("%02d", frac)
		if f[1] == '0' {
			f = f[:1]
		}
		s += string(sep) + f
	}
	return s + "%"
}

// vndVI and vndEN print an amount with thousands separators, "15.930" in
// Vietnamese and "15,930" in English.
func vndVI(n int64) string { return groupThousands(n, '.') }
func vndEN(n int64) string { return groupThousands(n, ',') }

func groupThousands(n int64, sep byte) string {
	s := strconv.FormatInt(n, 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, sep)
		}
		out = append(out, s[i])
	}
	return string(out)
}

// roman returns the region's numeral: I, II, III, IV.
func roman(n int) string {
	switch n {
	case 1:
		return "I"
	case 2:
		return "II"
	case 3:
		return "III"
	case 4:
		return "IV"
	}
	return strconv.Itoa(n)
}

// capitaliseVI upper-cases the first letter of a Vietnamese phrase that
// starts with a letter of the ASCII range or "đ".
func capitaliseVI(s string) string {
	if len(s) >= 2 && s[:2] == "đ" {
		return "Đ" + s[2:]
	}
	return capitalise(s)
}
