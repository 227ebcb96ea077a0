package member

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
)

// ExemptionRules are the criteria for exemption from party work and
// activities (miễn công tác và sinh hoạt đảng) on grounds of age and health
// (Điều lệ Đảng 2011, Điều 7; Quy định 24-QĐ/TW, điểm 7.1). The numbers
// come from Hướng dẫn 27-HD/BTCTW (2009), which tied "old" to the working
// age of the Labour Code of the time; the retirement ages have changed
// since, so they are parameters.
type ExemptionRules struct {
	// MenAge and WomenAge are the ages, in years, above which a member
	// counts as old.
	MenAge, WomenAge int
	// IllnessMonths is the least length of treatment that counts as weak
	// health (a medical record also does).
	IllnessMonths int
	Source        chibo.Source
}

// DefaultExemptionRules returns the thresholds of Hướng dẫn 27-HD/BTCTW
// (2009): men over 60, women over 55, illness needing 3 months of
// treatment. The source is marked Unverified as to whether they still
// apply.
func DefaultExemptionRules() ExemptionRules {
	return ExemptionRules{MenAge: 60, WomenAge: 55, IllnessMonths: 3, Source: chibo.Source{
		Document: "27-HD/BTCTW (2009)", Issuer: "Ban Tổ chức Trung ương",
		Section: "miễn công tác và sinh hoạt đảng (the thresholds may be superseded)", Confidence: chibo.Unverified}}
}

// ExemptionRequest is a member's application for exemption.
type ExemptionRequest struct {
	On chibo.Date `json:"on"` // the day the cell decides
	// Voluntary records that the member applied in writing or orally of
	// their own will.
	Voluntary bool `json:"voluntary"`
	// IllnessMonths is the length of treatment the member needs.
	IllnessMonths int `json:"illness_months,omitempty"`
	// MedicalRecord records a medical record of weak health.
	MedicalRecord bool `json:"medical_record,omitempty"`
}

// RuleExemption is the rule identifier of exemption decisions.
const RuleExemption = "member.exemption"

// CheckExemption decides whether a member may be exempted for age and
// health: old age, weak health and a voluntary application are all needed
// (the Central Organisation Commission's clarification: age alone is not
// enough). Every unmet criterion is reported. An exempt member keeps
// counting party age and remains eligible for the badge, is not ranked in
// the annual review, is not counted in meeting attendance and, when
// absent, not in the vote base.
func (r ExemptionRules) CheckExemption(m *Member, req ExemptionRequest) (bool, []chibo.Reason) {
	if m == nil || req.On.IsZero() {
		return false, []chibo.Reason{reasonf(RuleExemption, r.Source, "Không có hồ sơ hoặc ngày xét.", "No record or no date of decision.")}
	}
	var unmet, met []chibo.Reason
	limit := r.MenAge
	if m.Gender == Female {
		limit = r.WomenAge
	}
	switch {
	case m.Born.IsZero() || m.Gender == GenderUnknown:
		unmet = append(unmet, reasonf(RuleExemption, r.Source, "Thiếu ngày sinh hoặc giới tính để xét tuổi.", "Birth date or gender missing: age cannot be judged."))
	case chibo.Between(m.Born, req.On).Years < limit || chibo.Between(m.Born, req.On) == (chibo.Span{Years: limit}):
		age := chibo.Between(m.Born, req.On)
		unmet = append(unmet, reasonf(RuleExemption, r.Source,
			fmt.Sprintf("%d tuổi %d tháng, chưa quá %d tuổi.", age.Years, age.Months, limit),
			fmt.Sprintf("Aged %d years %d months, not over %d.", age.Years, age.Months, limit)))
	default:
		met = append(met, reasonf(RuleExemption, r.Source, fmt.Sprintf("Quá %d tuổi.", limit), fmt.Sprintf("Over %d.", limit)))
	}
	if req.MedicalRecord || req.IllnessMonths >= r.IllnessMonths {
		met = append(met, reasonf(RuleExemption, r.Source, "Sức khoẻ yếu (có bệnh án hoặc phải điều trị dài ngày).", "Weak health (a medical record or long treatment)."))
	} else {
		unmet = append(unmet, reasonf(RuleExemption, r.Source,
			fmt.Sprintf("Không có bệnh án và thời gian điều trị %d tháng, dưới %d tháng.", req.IllnessMonths, r.IllnessMonths),
			fmt.Sprintf("No medical record, and %d months of treatment, fewer than %d.", req.IllnessMonths, r.IllnessMonths)))
	}
	if req.Voluntary {
		met = append(met, reasonf(RuleExemption, r.Source, "Tự nguyện làm đơn.", "Applied of their own will."))
	} else {
		unmet = append(unmet, reasonf(RuleExemption, r.Source, "Chưa có đơn tự nguyện của đảng viên.", "No voluntary application from the member."))
	}
	if len(unmet) > 0 {
		return false, unmet
	}
	return true, append(met, reasonf(RuleExemption, r.Source,
		"Chi bộ quyết định miễn công tác và sinh hoạt đảng, báo cáo cấp uỷ cấp trên; đảng viên vẫn được tính tuổi đảng và xét tặng Huy hiệu Đảng, không phải kiểm điểm, xếp loại.",
		"The cell decides the exemption and reports it up; the member keeps counting party age and remains eligible for the badge, and is not reviewed or ranked."))
}

// Bounds of a temporary transfer of activity (sinh hoạt đảng tạm thời),
// Quy định 29-QĐ/TW điểm 6.3.2.
const (
	// temporaryMinMonths is the shortest stay that needs a temporary transfer.
	temporaryMinMonths = 3
	// temporaryMaxMonths: a stay of a year or more needs an official transfer.
	temporaryMaxMonths = 12
	// trainingMaxMonths is the longest domestic training course followed by
	// a return that stays a temporary transfer.
	trainingMaxMonths = 24
)

// RuleTemporaryTransfer is the rule identifier of temporary-transfer checks.
const RuleTemporaryTransfer = "member.transfer.temporary"

var srcTemporary = chibo.Source{Document: "29-QĐ/TW", Issuer: "Ban Chấp hành Trung ương", Date: chibo.DateOf(2016, time.July, 25), Section: "điểm 6.3.2",
	Confidence: chibo.Verified}

// CheckTemporaryTransfer reports whether a stay from from to to (both
// inclusive) calls for a temporary transfer of activity: a change of
// residence or work lasting 3 months to under a year, or a domestic
// training course of 3 months to 2 years followed by a return. A member on
// temporary transfer is not counted in the host organisation's membership.
func CheckTemporaryTransfer(from, to chibo.Date, training bool) (bool, chibo.Reason) {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return false, reasonf(RuleTemporaryTransfer, srcTemporary, "Thời gian không hợp lệ.", "The period is not valid.")
	}
	end := to.AddDays(1)
	short := end.Before(from.AddMonths(temporaryMinMonths))
	long := !end.Before(from.AddMonths(temporaryMaxMonths))
	span := chibo.Between(from, end)
	if training {
		long = end.After(from.AddMonths(trainingMaxMonths))
	}
	switch {
	case short:
		return false, reasonf(RuleTemporaryTransfer, srcTemporary,
			fmt.Sprintf("Thời gian %s, dưới %d tháng: không phải chuyển sinh hoạt tạm thời.", span.VN(), temporaryMinMonths),
			fmt.Sprintf("A stay of %s, under %d months: no temporary transfer is needed.", span.EN(), temporaryMinMonths))
	case long && training:
		return false, reasonf(RuleTemporaryTransfer, srcTemporary,
			fmt.Sprintf("Đi học %s, quá %d tháng: chuyển sinh hoạt đảng chính thức.", span.VN(), trainingMaxMonths),
			fmt.Sprintf("A course of %s, over %d months: an official transfer is needed.", span.EN(), trainingMaxMonths))
	case long:
		return false, reasonf(RuleTemporaryTransfer, srcTemporary,
			fmt.Sprintf("Thời gian %s, từ một năm trở lên: chuyển sinh hoạt đảng chính thức.", span.VN()),
			fmt.Sprintf("A stay of %s, a year or more: an official transfer is needed.", span.EN()))
	}
	return true, reasonf(RuleTemporaryTransfer, srcTemporary,
		fmt.Sprintf("Thời gian %s: chuyển sinh hoạt đảng tạm thời; không tính vào đảng số của nơi sinh hoạt tạm thời.", span.VN()),
		fmt.Sprintf("A stay of %s: a temporary transfer; the member is not counted in the host organisation's membership.", span.EN()))
}
