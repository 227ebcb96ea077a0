package award

import (
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

const (
	noRecordVI = "Hồ sơ không có ngày quyết định kết nạp hoặc ngày vào Đảng ghi trên thẻ: không xác định được tuổi đảng."
	noRecordEN = "The record has neither an admission decision date nor a party-card date: party age cannot be determined."
)

func reasonNoRecord() chibo.Reason { return reason(RuleNoRecord, srcCharter, noRecordVI, noRecordEN) }

// explain gives the reasons of decision d of member m. It is what Decide
// costs over Check, so it writes every text of the decision into one buffer
// (see text), on the stack, and allocates once for the reasons and once for
// their texts.
func (r *Regime) explain(m *member.Member, d *Decision) []chibo.Reason {
	if d.Considered.IsZero() {
		return []chibo.Reason{reason(RuleNoRound, srcRoundPolicy,
			"Không có ngày xét tặng: không xác định được quy định áp dụng và tuổi đảng.",
			"No round date was given: the regime and the party age cannot be determined.")}
	}
	var buf [2048]byte // room for the texts of nearly every decision
	var list reasonList
	e := explainer{r: r, m: m, d: d, reasonList: &list}
	list.rs = make([]chibo.Reason, 0, e.count())
	t := e.explain(buf[:0])
	return list.finish(t)
}

// explainer gives the reasons of decision d of member m under regime r. Its
// methods write the texts of each reason, Vietnamese then English, to a
// text buffer they take and return, and add the reason to the list.
type explainer struct {
	r *Regime
	m *member.Member
	d *Decision
	*reasonList
}

// reasonList collects the reasons of a decision; finish converts the text
// buffer to a string once and slices every text out of it. (It is apart
// from the explainer so that the escape analysis sees that the reasons
// returned do not hold the decision, the member or the regime: they stay
// where the caller put them.)
type reasonList struct {
	rs []chibo.Reason

	// cuts locate the texts of the reasons added with add, in order: the
	// first ones in the array (which stays on the stack), the others in
	// more.
	cuts  [8]cut
	ncuts int
	more  []cut
	end   int // where the texts written so far end in the buffer
}

// cut locates the texts of reason i in the buffer: VI is [from:vi] and EN
// [vi:en].
type cut struct{ i, from, vi, en int }

// fixed adds a reason with fixed texts; they are not written to the buffer.
func (l *reasonList) fixed(rule string, src *chibo.Source, vi, en string) {
	l.rs = append(l.rs, chibo.Reason{Rule: rule, Source: *src, VI: vi, EN: en})
}

// add adds a reason whose texts are the last ones written to the buffer:
// the Vietnamese from where the previous reason's texts end to offset vi,
// the English from vi to en.
func (l *reasonList) add(rule string, src *chibo.Source, vi, en int) {
	l.rs = append(l.rs, chibo.Reason{Rule: rule, Source: *src})
	c := cut{len(l.rs) - 1, l.end, vi, en}
	if l.ncuts < len(l.cuts) {
		l.cuts[l.ncuts] = c
		l.ncuts++
	} else {
		l.more = append(l.more, c)
	}
	l.end = en
}

// finish sets the texts of the reasons added with add, slicing them out of
// the buffer t converted to a string once, and returns the reasons.
func (l *reasonList) finish(t text) []chibo.Reason {
	if l.ncuts == 0 {
		return l.rs
	}
	all := string(t)
	for _, c := range l.cuts[:l.ncuts] {
		l.rs[c.i].VI, l.rs[c.i].EN = all[c.from:c.vi], all[c.vi:c.en]
	}
	for _, c := range l.more {
		l.rs[c.i].VI, l.rs[c.i].EN = all[c.from:c.vi], all[c.vi:c.en]
	}
	return l.rs
}

// count returns the number of reasons explain gives, or a few more: it sizes
// the slice of reasons once. A wrong count costs only memory or a copy.
func (e *explainer) count() int {
	o := &e.d.Outcome
	switch o.cause {
	case causeNoStart, causeProbationary, causeDiedProbation:
		return 2
	case causeOutside:
		return 3
	}
	n := 2 // the regime and the cause's reason
	if e.d.HasPartyAge {
		n++
	}
	if len(e.m.Gaps) > 0 {
		n++
	}
	if o.Missed != 0 {
		n++
	}
	if o.cause == causeDue {
		if o.Kind != Posthumous {
			n++ // the round
		}
		if e.r.transition45(o) {
			n++
		}
	}
	switch {
	case o.Status == Deferred:
		n++
	case o.Status == Eligible && o.Kind != Posthumous && o.Kind != EarlyPosthumous:
		n += len(e.m.Discipline)
	}
	return n
}

func (e *explainer) explain(t text) text {
	d, o := e.d, &e.d.Outcome
	t = e.regime(t)
	switch o.cause {
	case causeNoStart:
		e.fixed(RuleNoRecord, &srcCharter, noRecordVI, noRecordEN)
		return t
	case causeOutside:
		e.fixed(RuleOutside, &srcHD01of2021,
			"Đảng viên đã bị khai trừ hoặc xoá tên, đang ở ngoài Đảng: không được xét tặng Huy hiệu Đảng.",
			"The member was expelled or struck off and is outside the Party: not eligible for the badge.")
		if len(d.Return) > 0 {
			t = t.s("Phải nộp lại Huy hiệu Đảng đã được tặng: ").ints(d.Return).s(" năm.")
			vi := len(t)
			t = t.s("Must return the badges received: ").ints(d.Return).s(" years.")
			e.add(RuleReturn, &srcHD01of2021, vi, len(t))
		}
		return t
	case causeProbationary:
		e.fixed(RuleProbationary, &srcCharter,
			"Đảng viên chưa được công nhận chính thức: chưa có tuổi đảng.",
			"The member has not been recognised as official: no party age yet.")
		return t
	case causeDiedProbation:
		e.fixed(RuleProbationary, &srcCharter,
			"Đảng viên từ trần khi chưa được công nhận chính thức: không có tuổi đảng, không truy tặng.",
			"The member died before recognition as official: no party age, no posthumous award.")
		return t
	}
	t = e.partyAge(t)
	if o.Missed != 0 {
		t = t.s("Các mốc thấp hơn đã đạt nhưng chưa được tặng (").milestones(o.Missed).s(" năm) chỉ được ghi nhận, không xét tặng bù.")
		vi := len(t)
		t = t.s("Lower milestones reached but never received (").milestones(o.Missed).s(" years) are reported, not awarded.")
		e.add(RuleMissed, &srcMissed, vi, len(t))
	}
	switch o.cause {
	case causeDue:
		if o.Kind == Posthumous {
			t = e.posthumous(t)
		} else {
			t = e.due(t)
		}
		e.transition()
	case causeEarly:
		t = e.early(t, true)
	case causeEarlyRefused:
		t = e.early(t, false)
	case causeDeadShort:
		if o.Due.IsZero() {
			t = e.frozenAtDeath(t)
		} else {
			t = e.early(t, false)
		}
	case causeNotReached:
		t = e.notDue(t)
	case causeAllReceived:
		e.fixed(RuleAllReceived, &e.r.MilestonesSource,
			"Đã được tặng huy hiệu của mốc cao nhất; không còn mốc nào để xét.",
			"The badge of the highest milestone has been received; no milestone is left.")
	case causeFrozen:
		t = t.s("Đang trong thời gian không tính tuổi đảng chưa kết thúc: chưa xác định được ngày đủ ").int(o.Milestone).s(" năm.")
		vi := len(t)
		t = t.s("A period not counted in party age has not ended: the date of the ").int(o.Milestone).s("-year milestone cannot be known.")
		e.add(RuleFrozen, &srcQD24, vi, len(t))
	}
	if o.Status == Eligible && o.Kind != Posthumous && o.Kind != EarlyPosthumous {
		t = e.spentDeferrals(t)
	}
	if o.Status == Deferred {
		t = e.deferred(t)
	}
	return t
}

// regime names the regime applied.
func (e *explainer) regime(t text) text {
	r, d := e.r, e.d
	t = t.s("Xét theo quy định ").s(r.Name).s(" (").s(r.Basis.Document).s("), có hiệu lực từ ").date(r.From).
		s(", áp dụng tại ngày xét ").date(d.Considered).s(".")
	vi := len(t)
	t = t.s("Decided under the ").s(r.Name).s(" rules (").s(r.Basis.Document).s("), in force from ").date(r.From).
		s(", applied on the round date ").date(d.Considered).s(".")
	e.add(RuleRegime, &r.Basis, vi, len(t))
	return t
}

// partyAge gives the party age and the days not counted in it.
func (e *explainer) partyAge(t text) text {
	m, d := e.m, e.d
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
		t = t.s("Tuổi đảng ").s(at).s(" (").date(ref).s("): ").spanVN(d.PartyAge).s(", tính từ ").s(from).s(" ").date(m.Start()).s(".")
		vi := len(t)
		t = t.s("Party age ").s(atEN).s(" (").date(ref).s("): ").spanEN(d.PartyAge).s(", counted from ").s(fromEN).s(" of ").date(m.Start()).s(".")
		e.add(RulePartyAge, &srcQD24, vi, len(t))
	}
	total := 0
	for _, g := range m.Gaps {
		if end, ok := notCounted(g, ref); ok {
			total += g.From.DaysUntil(end) + 1
		}
	}
	if total > 0 {
		t = t.s("Không tính ").int(total).s(" ngày không tham gia sinh hoạt đảng (").gaps(m.Gaps, ref).s("); mốc tuổi đảng lùi tương ứng.")
		vi := len(t)
		t = t.int(total).s(" days outside party activity are not counted (").gaps(m.Gaps, ref).s("); the milestones move later by as much.")
		e.add(RuleNotCounted, &srcQD24, vi, len(t))
	}
	return t
}

// notCounted reports whether gap g is time not counted in party age on
// ref, and gives its end, cut at ref.
func notCounted(g member.Gap, ref chibo.Date) (end chibo.Date, ok bool) {
	if g.Kind.Counted() || g.From.After(ref) {
		return chibo.Date{}, false
	}
	end = g.To
	if end.IsZero() || end.After(ref) {
		end = ref
	}
	return end, true
}

// posthumous explains a milestone reached at death.
func (e *explainer) posthumous(t text) text {
	m, o := e.m, &e.d.Outcome
	t = t.s("Từ trần ngày ").date(m.Died).s(", tuổi đảng đã đủ ").int(o.Milestone).s(" năm từ ngày ").date(o.Due).
		s(", chưa được tặng: truy tặng Huy hiệu ").int(o.Milestone).s(" năm tuổi đảng.")
	vi := len(t)
	t = t.s("Died on ").date(m.Died).s(" with ").int(o.Milestone).s(" years of party age reached on ").date(o.Due).
		s(" and not received: posthumous ").int(o.Milestone).s("-year badge.")
	e.add(RulePosthumous, &e.r.PosthumousSource, vi, len(t))
	return t
}

// due explains a milestone due to a living member, and the round.
func (e *explainer) due(t text) text {
	r, d, o := e.r, e.d, &e.d.Outcome
	t = t.s("Đủ ").int(o.Milestone).s(" năm tuổi đảng từ ngày ").date(o.Due).s(", chưa được tặng Huy hiệu ").int(o.Milestone).s(" năm.")
	vi := len(t)
	t = t.s("Reached ").int(o.Milestone).s(" years of party age on ").date(o.Due).s("; the ").int(o.Milestone).s("-year badge has not been received.")
	e.add(RuleMilestone, &r.MilestonesSource, vi, len(t))
	if def := r.Rounds.OnOrAfter(o.Due); def.Before(d.Considered) {
		t = t.s("Đợt đầu tiên kể từ ngày đủ tuổi đảng là ").date(def).s("; xét tặng muộn ở đợt ").date(d.Considered).s(".")
		vi = len(t)
		t = t.s("The first round on or after the milestone was ").date(def).s("; awarded late in the round of ").date(d.Considered).s(".")
	} else {
		t = t.s("Đợt ").date(d.Considered).s(" là đợt đầu tiên kể từ ngày đủ tuổi đảng ").date(o.Due).s(".")
		vi = len(t)
		t = t.s("The round of ").date(d.Considered).s(" is the first on or after the milestone date ").date(o.Due).s(".")
	}
	e.add(RuleRound, &srcRoundPolicy, vi, len(t))
	return t
}

// frozenAtDeath explains a death during a period not counted.
func (e *explainer) frozenAtDeath(t text) text {
	m, o := e.m, &e.d.Outcome
	t = t.s("Từ trần ngày ").date(m.Died).s(" khi tuổi đảng đang bị gián đoạn: không đủ mốc ").int(o.Milestone).s(" năm.")
	vi := len(t)
	t = t.s("Died on ").date(m.Died).s(" during a period not counted: the ").int(o.Milestone).s("-year milestone was not reached.")
	e.add(RuleFrozen, &srcQD24, vi, len(t))
	return t
}

// notDue gives the next milestone and its round.
func (e *explainer) notDue(t text) text {
	o := &e.d.Outcome
	t = t.s("Chưa đủ ").int(o.Milestone).s(" năm tuổi đảng: đủ vào ngày ").date(o.Due).s(", dự kiến xét tặng đợt ").date(o.Round).s(".")
	vi := len(t)
	t = t.s("Has not reached ").int(o.Milestone).s(" years of party age: reaches it on ").date(o.Due).s(", expected round ").date(o.Round).s(".")
	e.add(RuleNotDue, &e.r.MilestonesSource, vi, len(t))
	return t
}

// deferred explains the discipline that defers the award.
func (e *explainer) deferred(t text) text {
	o := &e.d.Outcome
	dc := e.m.Discipline[o.discipline]
	n := e.r.Deferral.Months(dc.Form)
	t = t.s("Bị kỷ luật ").s(dc.Form.VI()).s(" ngày ").date(dc.Date).s(": hoãn xét tặng ").int(n).s(" tháng, đến ").date(o.DeferredUntil).
		s("; xét ở đợt ").date(o.Round).s(" nếu đã sửa chữa khuyết điểm.")
	vi := len(t)
	t = t.s("Disciplined with a ").s(dc.Form.EN()).s(" on ").date(dc.Date).s(": the award is deferred ").int(n).s(" months, until ").date(o.DeferredUntil).
		s("; considered in the round of ").date(o.Round).s(" if the fault has been corrected.")
	e.add(RuleDeferred, &e.r.DeferralSource, vi, len(t))
	return t
}

// early explains an early award, posthumous or for illness, allowed or
// refused.
func (e *explainer) early(t text, allowed bool) text {
	r, m, d, o := e.r, e.m, e.d, &e.d.Outcome
	if o.Kind == EarlyPosthumous {
		short := chibo.Between(m.Died, o.Due)
		if o.early == 0 {
			t = t.s("Từ trần ngày ").date(m.Died).s(", còn thiếu ").spanVN(short).s(" mới đủ ").int(o.Milestone).
				s(" năm tuổi đảng; quy định ").s(r.Name).s(" không có truy tặng sớm.")
			vi := len(t)
			t = t.s("Died on ").date(m.Died).s(", ").spanEN(short).s(" short of ").int(o.Milestone).
				s(" years of party age; the ").s(r.Name).s(" rules have no early posthumous award.")
			e.add(RuleEarlyPosthumous, &r.PosthumousSource, vi, len(t))
			return t
		}
		verdictVI, verdictEN := "không được truy tặng", "refused"
		if allowed {
			verdictVI, verdictEN = "được truy tặng sớm", "awarded early, posthumously"
		}
		t = t.s("Từ trần ngày ").date(m.Died).s(", còn thiếu ").spanVN(short).s(" mới đủ ").int(o.Milestone).s(" năm tuổi đảng (ngày ").date(o.Due).
			s("); được truy tặng sớm tối đa ").int(o.early).s(" tháng: ").s(verdictVI).s(".")
		vi := len(t)
		t = t.s("Died on ").date(m.Died).s(", ").spanEN(short).s(" short of ").int(o.Milestone).s(" years of party age (reached on ").date(o.Due).
			s("); posthumous awards may be up to ").int(o.early).s(" months early: ").s(verdictEN).s(".")
		e.add(RuleEarlyPosthumous, &r.PosthumousSource, vi, len(t))
		return t
	}
	early := chibo.Between(d.Considered, o.Due)
	var vi int
	if allowed {
		t = t.s("Bệnh nặng: mốc ").int(o.Milestone).s(" năm đủ vào ngày ").date(o.Due).s(", đợt ").date(d.Considered).s(" sớm ").spanVN(early).
			s(", trong giới hạn ").int(o.early).s(" tháng: xét tặng sớm.")
		vi = len(t)
		t = t.s("Seriously ill: the ").int(o.Milestone).s("-year milestone falls on ").date(o.Due).s("; the round of ").date(d.Considered).s(" is ").spanEN(early).
			s(" early, within the ").int(o.early).s(" months allowed: early award.")
	} else {
		t = t.s("Bệnh nặng: mốc ").int(o.Milestone).s(" năm đủ vào ngày ").date(o.Due).s(", đợt ").date(d.Considered).s(" sớm ").spanVN(early).
			s(", vượt giới hạn ").int(o.early).s(" tháng; được xét sớm từ ngày ").date(o.WindowOpens).s(", đợt ").date(o.Round).s(".")
		vi = len(t)
		t = t.s("Seriously ill: the ").int(o.Milestone).s("-year milestone falls on ").date(o.Due).s("; the round of ").date(d.Considered).s(" is ").spanEN(early).
			s(" early, beyond the ").int(o.early).s(" months allowed; an early award is possible from ").date(o.WindowOpens).s(", in the round of ").date(o.Round).s(".")
	}
	e.add(RuleEarlyIllness, &r.EarlyIllnessSource, vi, len(t))
	return t
}

// transition45 reports whether the regime awards the 45-year badge of o
// under the 2016 transitional rules (rules/badge.md R2.5): a member who had
// 45 but not 50 years on 25/07/2016, or who died before 20/09/2016 with 45
// years.
func (r *Regime) transition45(o *Outcome) bool {
	return r.Milestones.Has(45) && o.Milestone == 45 && o.Due.Before(transition45Date)
}

// transition cites the 2016 transitional rules when they apply; see
// transition45.
func (e *explainer) transition() {
	if !e.r.transition45(&e.d.Outcome) {
		return
	}
	e.fixed(RuleTransition45, &srcTransition45,
		"Huy hiệu 45 năm tuổi đảng theo quy định chuyển tiếp năm 2016: đã đủ 45 năm trước ngày 25/07/2016, chưa đủ 50 năm và chưa được tặng huy hiệu cao hơn.",
		"The 45-year badge under the 2016 transitional rules: 45 years reached before 25/07/2016, 50 not reached, no higher badge held.")
}

// spentDeferrals notes the disciplines that held back this milestone but
// whose deferral has run out by the round date.
func (e *explainer) spentDeferrals(t text) text {
	r, d := e.r, e.d
	for _, dc := range e.m.Discipline {
		n := r.Deferral.Months(dc.Form)
		if n == 0 || dc.Date.After(d.Considered) {
			continue
		}
		until := dc.Date.AddMonths(n)
		if until.After(d.Considered) || !until.After(d.Due) {
			continue
		}
		t = t.s("Kỷ luật ").s(dc.Form.VI()).s(" ngày ").date(dc.Date).s(" đã hết thời hạn hoãn ").int(n).s(" tháng vào ngày ").date(until).
			s(": không còn hoãn xét tặng.")
		vi := len(t)
		t = t.s("The ").s(dc.Form.EN()).s(" of ").date(dc.Date).s(" deferred the award ").int(n).s(" months, until ").date(until).
			s(": the deferral is over.")
		e.add(RuleDeferred, &r.DeferralSource, vi, len(t))
	}
	return t
}
