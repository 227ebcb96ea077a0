package award

import (
	"fmt"
	"strings"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Rule identifiers of the reasons a decision gives. They are stable:
// software may match on them.
const (
	RuleRegime          = "award.regime"           // the regime in force on the round date
	RuleNoRecord        = "award.record.missing"   // no admission date: nothing to decide
	RuleNoRound         = "award.round.missing"    // no round date: nothing to decide
	RuleOutside         = "award.outside"          // expelled or struck off: ineligible
	RuleReturn          = "award.outside.return"   // badges to return
	RuleProbationary    = "award.probationary"     // no party age before recognition
	RulePartyAge        = "award.partyage"         // the party age used
	RuleNotCounted      = "award.partyage.gaps"    // days not counted
	RuleMilestone       = "award.milestone.due"    // a milestone reached, not received
	RuleMissed          = "award.milestone.missed" // lower milestones not awarded
	RuleTransition45    = "award.milestone.45.transition"
	RuleRound           = "award.round"            // first round on or after the date
	RulePosthumous      = "award.posthumous"       // reached at death
	RuleEarlyPosthumous = "award.early.posthumous" // short at death, within or outside the window
	RuleEarlyIllness    = "award.early.illness"    // seriously ill, within or outside the window
	RuleDeferred        = "award.discipline.deferral"
	RuleNotDue          = "award.milestone.not-due"
	RuleAllReceived     = "award.milestone.none-left"
	RuleFrozen          = "award.partyage.stopped" // an open period not counted
)

// srcMissed is the library's reading of skipped milestones (rules/badge.md
// R2.6 and O6): only the highest milestone reached is awarded.
var srcMissed = chibo.Source{
	Document: "Ban Tổ chức Trung ương guidance on the 45-year badge", Issuer: "Ban Tổ chức Trung ương",
	Date: transition45Date, Section: "by analogy with the rule that no lower badge goes to a holder of a higher one",
	URL:        "https://xaydungdang.org.vn/dang-vien/ve-viec-xet-tang-huy-hieu-45-nam-tuoi-dang-10049",
	Confidence: chibo.Inferred,
}

func reason(rule string, src chibo.Source, vi, en string) chibo.Reason {
	return chibo.Reason{Rule: rule, Source: src, VI: vi, EN: en}
}

func reasonNoRecord() chibo.Reason {
	return reason(RuleNoRecord, srcCharter,
		"Hồ sơ không có ngày quyết định kết nạp hoặc ngày vào Đảng ghi trên thẻ: không xác định được tuổi đảng.",
		"The record has neither an admission decision date nor a party-card date: party age cannot be determined.")
}

func months(n int) (vi, en string) { return fmt.Sprintf("%d tháng", n), fmt.Sprintf("%d months", n) }

func (r *Regime) explain(m *member.Member, d *Decision) []chibo.Reason {
	if d.Considered.IsZero() {
		return []chibo.Reason{reason(RuleNoRound, srcRoundPolicy,
			"Không có ngày xét tặng: không xác định được quy định áp dụng và tuổi đảng.",
			"No round date was given: the regime and the party age cannot be determined.")}
	}
	rs := make([]chibo.Reason, 0, 6)
	rs = append(rs, reason(RuleRegime, r.Basis,
		fmt.Sprintf("Xét theo quy định %s (%s), có hiệu lực từ %s, áp dụng tại ngày xét %s.", r.Name, r.Basis.Document, r.From.VN(), d.Considered.VN()),
		fmt.Sprintf("Decided under the %s rules (%s), in force from %s, applied on the round date %s.", r.Name, r.Basis.Document, r.From.VN(), d.Considered.VN())))
	o := d.Outcome
	switch o.cause {
	case causeNoStart:
		return append(rs, reasonNoRecord())
	case causeOutside:
		rs = append(rs, reason(RuleOutside, srcHD01of2021,
			"Đảng viên đã bị khai trừ hoặc xoá tên, đang ở ngoài Đảng: không được xét tặng Huy hiệu Đảng.",
			"The member was expelled or struck off and is outside the Party: not eligible for the badge."))
		if len(d.Return) > 0 {
			rs = append(rs, reason(RuleReturn, srcHD01of2021,
				fmt.Sprintf("Phải nộp lại Huy hiệu Đảng đã được tặng: %s năm.", joinInts(d.Return)),
				fmt.Sprintf("Must return the badges received: %s years.", joinInts(d.Return))))
		}
		return rs
	case causeProbationary, causeDiedProbation:
		vi := "Đảng viên chưa được công nhận chính thức: chưa có tuổi đảng."
		en := "The member has not been recognised as official: no party age yet."
		if o.cause == causeDiedProbation {
			vi = "Đảng viên từ trần khi chưa được công nhận chính thức: không có tuổi đảng, không truy tặng."
			en = "The member died before recognition as official: no party age, no posthumous award."
		}
		return append(rs, reason(RuleProbationary, srcCharter, vi, en))
	}
	rs = r.explainPartyAge(m, d, rs)
	if o.Missed != 0 {
		l := joinInts(o.Missed.List())
		rs = append(rs, reason(RuleMissed, srcMissed,
			fmt.Sprintf("Các mốc thấp hơn đã đạt nhưng chưa được tặng (%s năm) chỉ được ghi nhận, không xét tặng bù.", l),
			fmt.Sprintf("Lower milestones reached but never received (%s years) are reported, not awarded.", l)))
	}
	switch o.cause {
	case causeDue:
		if o.Kind == Posthumous {
			rs = append(rs, reason(RulePosthumous, r.PosthumousSource,
				fmt.Sprintf("Từ trần ngày %s, tuổi đảng đã đủ %d năm từ ngày %s, chưa được tặng: truy tặng Huy hiệu %d năm tuổi đảng.", m.Died.VN(), o.Milestone, o.Due.VN(), o.Milestone),
				fmt.Sprintf("Died on %s with %d years of party age reached on %s and not received: posthumous %d-year badge.", m.Died.VN(), o.Milestone, o.Due.VN(), o.Milestone)))
			rs = r.explainTransition(rs, o)
			break
		}
		rs = append(rs, reason(RuleMilestone, r.MilestonesSource,
			fmt.Sprintf("Đủ %d năm tuổi đảng từ ngày %s, chưa được tặng Huy hiệu %d năm.", o.Milestone, o.Due.VN(), o.Milestone),
			fmt.Sprintf("Reached %d years of party age on %s; the %d-year badge has not been received.", o.Milestone, o.Due.VN(), o.Milestone)))
		if def := r.Rounds.OnOrAfter(o.Due); def.Before(d.Considered) {
			rs = append(rs, reason(RuleRound, srcRoundPolicy,
				fmt.Sprintf("Đợt đầu tiên kể từ ngày đủ tuổi đảng là %s; xét tặng muộn ở đợt %s.", def.VN(), d.Considered.VN()),
				fmt.Sprintf("The first round on or after the milestone was %s; awarded late in the round of %s.", def.VN(), d.Considered.VN())))
		} else {
			rs = append(rs, reason(RuleRound, srcRoundPolicy,
				fmt.Sprintf("Đợt %s là đợt đầu tiên kể từ ngày đủ tuổi đảng %s.", d.Considered.VN(), o.Due.VN()),
				fmt.Sprintf("The round of %s is the first on or after the milestone date %s.", d.Considered.VN(), o.Due.VN())))
		}
		rs = r.explainTransition(rs, o)
	case causeEarly:
		rs = r.explainEarly(m, d, rs, true)
	case causeEarlyRefused:
		rs = r.explainEarly(m, d, rs, false)
	case causeDeadShort:
		if o.Due.IsZero() {
			rs = append(rs, reason(RuleFrozen, srcQD24,
				fmt.Sprintf("Từ trần ngày %s khi tuổi đảng đang bị gián đoạn: không đủ mốc %d năm.", m.Died.VN(), o.Milestone),
				fmt.Sprintf("Died on %s during a period not counted: the %d-year milestone was not reached.", m.Died.VN(), o.Milestone)))
			break
		}
		rs = r.explainEarly(m, d, rs, false)
	case causeNotReached:
		rs = append(rs, reason(RuleNotDue, r.MilestonesSource,
			fmt.Sprintf("Chưa đủ %d năm tuổi đảng: đủ vào ngày %s, dự kiến xét tặng đợt %s.", o.Milestone, o.Due.VN(), o.Round.VN()),
			fmt.Sprintf("Has not reached %d years of party age: reaches it on %s, expected round %s.", o.Milestone, o.Due.VN(), o.Round.VN())))
	case causeAllReceived:
		rs = append(rs, reason(RuleAllReceived, r.MilestonesSource,
			"Đã được tặng huy hiệu của mốc cao nhất; không còn mốc nào để xét.",
			"The badge of the highest milestone has been received; no milestone is left."))
	case causeFrozen:
		rs = append(rs, reason(RuleFrozen, srcQD24,
			fmt.Sprintf("Đang trong thời gian không tính tuổi đảng chưa kết thúc: chưa xác định được ngày đủ %d năm.", o.Milestone),
			fmt.Sprintf("A period not counted in party age has not ended: the date of the %d-year milestone cannot be known.", o.Milestone)))
	}
	if o.Status == Eligible && o.Kind != Posthumous && o.Kind != EarlyPosthumous {
		rs = r.explainSpentDeferrals(m, d, rs)
	}
	if o.Status == Deferred {
		dc := m.Discipline[o.discipline]
		vi, en := months(r.Deferral.Months(dc.Form))
		rs = append(rs, reason(RuleDeferred, r.DeferralSource,
			fmt.Sprintf("Bị kỷ luật %s ngày %s: hoãn xét tặng %s, đến %s; xét ở đợt %s nếu đã sửa chữa khuyết điểm.", dc.Form.VI(), dc.Date.VN(), vi, o.DeferredUntil.VN(), o.Round.VN()),
			fmt.Sprintf("Disciplined with a %s on %s: the award is deferred %s, until %s; considered in the round of %s if the fault has been corrected.", dc.Form.EN(), dc.Date.VN(), en, o.DeferredUntil.VN(), o.Round.VN())))
	}
	return rs
}

func (r *Regime) explainPartyAge(m *member.Member, d *Decision, rs []chibo.Reason) []chibo.Reason {
	ref := d.Considered
	at, atEN := "tại ngày xét", "on the round date"
	if !m.Died.IsZero() && m.Died.Before(ref) {
		ref, at, atEN = m.Died, "khi từ trần", "at death"
	}
	from, fromEN := "ngày quyết định kết nạp", "the admission decision"
	if m.DecisionDate.IsZero() {
		from, fromEN = "ngày vào Đảng ghi trên thẻ đảng viên", "the party-card admission date"
	}
	if d.HasPartyAge {
		rs = append(rs, reason(RulePartyAge, srcQD24,
			fmt.Sprintf("Tuổi đảng %s (%s): %s, tính từ %s %s.", at, ref.VN(), d.PartyAge.VN(), from, m.Start().VN()),
			fmt.Sprintf("Party age %s (%s): %s, counted from %s of %s.", atEN, ref.VN(), d.PartyAge.EN(), fromEN, m.Start().VN())))
	}
	var parts []string
	total := 0
	for _, g := range m.Gaps {
		if g.Kind.Counted() || g.From.After(ref) {
			continue
		}
		end := g.To
		if end.IsZero() || end.After(ref) {
			end = ref
		}
		n := g.From.DaysUntil(end) + 1
		total += n
		parts = append(parts, fmt.Sprintf("%s %s–%s", g.Kind, g.From.VN(), end.VN()))
	}
	if total > 0 {
		l := strings.Join(parts, "; ")
		rs = append(rs, reason(RuleNotCounted, srcQD24,
			fmt.Sprintf("Không tính %d ngày không tham gia sinh hoạt đảng (%s); mốc tuổi đảng lùi tương ứng.", total, l),
			fmt.Sprintf("%d days outside party activity are not counted (%s); the milestones move later by as much.", total, l)))
	}
	return rs
}

func (r *Regime) explainEarly(m *member.Member, d *Decision, rs []chibo.Reason, allowed bool) []chibo.Reason {
	o := d.Outcome
	if o.Kind == EarlyPosthumous {
		short := chibo.Between(m.Died, o.Due)
		if o.early == 0 {
			return append(rs, reason(RuleEarlyPosthumous, r.PosthumousSource,
				fmt.Sprintf("Từ trần ngày %s, còn thiếu %s mới đủ %d năm tuổi đảng; quy định %s không có truy tặng sớm.", m.Died.VN(), short.VN(), o.Milestone, r.Name),
				fmt.Sprintf("Died on %s, %s short of %d years of party age; the %s rules have no early posthumous award.", m.Died.VN(), short.EN(), o.Milestone, r.Name)))
		}
		vi, en := months(o.early)
		verdictVI, verdictEN := "không được truy tặng", "refused"
		if allowed {
			verdictVI, verdictEN = "được truy tặng sớm", "awarded early, posthumously"
		}
		return append(rs, reason(RuleEarlyPosthumous, r.PosthumousSource,
			fmt.Sprintf("Từ trần ngày %s, còn thiếu %s mới đủ %d năm tuổi đảng (ngày %s); được truy tặng sớm tối đa %s: %s.", m.Died.VN(), short.VN(), o.Milestone, o.Due.VN(), vi, verdictVI),
			fmt.Sprintf("Died on %s, %s short of %d years of party age (reached on %s); posthumous awards may be up to %s early: %s.", m.Died.VN(), short.EN(), o.Milestone, o.Due.VN(), en, verdictEN)))
	}
	early := chibo.Between(d.Considered, o.Due)
	vi, en := months(o.early)
	if allowed {
		return append(rs, reason(RuleEarlyIllness, r.EarlyIllnessSource,
			fmt.Sprintf("Bệnh nặng: mốc %d năm đủ vào ngày %s, đợt %s sớm %s, trong giới hạn %s: xét tặng sớm.", o.Milestone, o.Due.VN(), d.Considered.VN(), early.VN(), vi),
			fmt.Sprintf("Seriously ill: the %d-year milestone falls on %s; the round of %s is %s early, within the %s allowed: early award.", o.Milestone, o.Due.VN(), d.Considered.VN(), early.EN(), en)))
	}
	return append(rs, reason(RuleEarlyIllness, r.EarlyIllnessSource,
		fmt.Sprintf("Bệnh nặng: mốc %d năm đủ vào ngày %s, đợt %s sớm %s, vượt giới hạn %s; được xét sớm từ ngày %s, đợt %s.", o.Milestone, o.Due.VN(), d.Considered.VN(), early.VN(), vi, o.WindowOpens.VN(), o.Round.VN()),
		fmt.Sprintf("Seriously ill: the %d-year milestone falls on %s; the round of %s is %s early, beyond the %s allowed; an early award is possible from %s, in the round of %s.", o.Milestone, o.Due.VN(), d.Considered.VN(), early.EN(), en, o.WindowOpens.VN(), o.Round.VN())))
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ", ")
}

// explainTransition cites the 2016 transitional rules when a regime awards
// a 45-year badge reached before the badge existed (rules/badge.md R2.5):
// a member who had 45 but not 50 years on 25/07/2016, or who died before
// 20/09/2016 with 45 years.
func (r *Regime) explainTransition(rs []chibo.Reason, o Outcome) []chibo.Reason {
	if !r.Milestones.Has(45) || o.Milestone != 45 || !o.Due.Before(transition45Date) {
		return rs
	}
	return append(rs, reason(RuleTransition45, srcTransition45,
		"Huy hiệu 45 năm tuổi đảng theo quy định chuyển tiếp năm 2016: đã đủ 45 năm trước ngày 25/07/2016, chưa đủ 50 năm và chưa được tặng huy hiệu cao hơn.",
		"The 45-year badge under the 2016 transitional rules: 45 years reached before 25/07/2016, 50 not reached, no higher badge held."))
}

// explainSpentDeferrals notes the disciplines that held back this
// milestone but whose deferral has run out by the round date.
func (r *Regime) explainSpentDeferrals(m *member.Member, d *Decision, rs []chibo.Reason) []chibo.Reason {
	for _, dc := range m.Discipline {
		n := r.Deferral.Months(dc.Form)
		if n == 0 || dc.Date.After(d.Considered) {
			continue
		}
		until := dc.Date.AddMonths(n)
		if until.After(d.Considered) || !until.After(d.Due) {
			continue
		}
		vi, en := months(n)
		rs = append(rs, reason(RuleDeferred, r.DeferralSource,
			fmt.Sprintf("Kỷ luật %s ngày %s đã hết thời hạn hoãn %s vào ngày %s: không còn hoãn xét tặng.", dc.Form.VI(), dc.Date.VN(), vi, until.VN()),
			fmt.Sprintf("The %s of %s deferred the award %s, until %s: the deferral is over.", dc.Form.EN(), dc.Date.VN(), en, until.VN())))
	}
	return rs
}
