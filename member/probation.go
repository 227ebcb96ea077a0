package member

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
)

// Deadlines of the admission, probation and transfer procedures, in working
// days or months.
const (
	// CeremonyWorkingDays: the cell holds the admission ceremony within 30
	// working days of receiving the admission decision (Quy định 24-QĐ/TW,
	// điểm 4.1).
	CeremonyWorkingDays = 30
	// ProbationMonths: probation lasts 12 months from the ceremony (Điều lệ
	// Đảng 2011, Điều 5).
	ProbationMonths = 12
	// RecognitionWorkingDays: the cell considers recognition within 30
	// working days after probation ends (Quy định 24-QĐ/TW, điểm 4.2).
	RecognitionWorkingDays = 30
	// TransferStartWorkingDays: an official transfer starts within 60
	// working days of the decision or the change of residence (Quy định
	// 294-QĐ/TW, điểm 6.3.1).
	TransferStartWorkingDays = 60
	// TransferPresentWorkingDays: the introduction letter is presented to the
	// receiving cell within 30 working days of its issue.
	TransferPresentWorkingDays = 30
)

// Rule identifiers of the procedure deadlines.
const (
	RuleCeremony    = "member.probation.ceremony"
	RuleProbation   = "member.probation.end"
	RuleRecognition = "member.probation.recognition"
	RuleTransfer    = "member.transfer.official"
)

var (
	srcCeremony = chibo.Source{Document: "24-QĐ/TW", Issuer: "Ban Chấp hành Trung ương", Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 4.1 (kept by 294-QĐ/TW điểm 5.4)",
		Confidence: chibo.Verified}
	srcProbation = chibo.Source{Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI", Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 5 khoản 1",
		URL: "https://luatvietnam.vn/can-bo-cong-chuc/tuoi-dang-tinh-tu-thoi-diem-nao-566-28649-article.html", Confidence: chibo.Verified}
	srcRecognition = chibo.Source{Document: "24-QĐ/TW", Issuer: "Ban Chấp hành Trung ương", Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 4.2 (29-QĐ/TW điểm 5.2 before it)",
		URL: "https://thuvienphapluat.vn/hoi-dap-phap-luat/4CFA4-hd-dang-vien-du-bi-co-duoc-cong-nhan-chinh-thuc-khi-chi-co-mot-phan-ba-cap-uy-vien-dong-y-khong.html", Confidence: chibo.Verified}
	srcTransfer = chibo.Source{Document: "294-QĐ/TW", Issuer: "Ban Chấp hành Trung ương", Date: chibo.DateOf(2025, time.May, 26), Section: "điểm 6.3.1 (same in 24-QĐ/TW and 29-QĐ/TW)",
		Confidence: chibo.Verified}
)

// Probation is the timeline of a new member's admission and probation
// (thời kỳ dự bị), with the deadlines in working days.
type Probation struct {
	Decision chibo.Date // the admission decision (received by the cell)
	// CeremonyDue is the last day for the admission ceremony.
	CeremonyDue chibo.Date
	// Ceremony is the admission ceremony (zero when not yet held).
	Ceremony chibo.Date
	// Ends is the end of the 12 months of probation, counted from the
	// ceremony: the date of recognition as official, even when the cell or
	// the committee acts late.
	Ends chibo.Date
	// RecognitionDue is the last day for the cell to consider recognition.
	RecognitionDue chibo.Date
	// Reasons explain each date, and any deadline missed by the as-of date.
	Reasons []chibo.Reason
}

// ProbationOf returns the probation timeline of a member on the as-of date
// with the working days of cal: the ceremony due within 30 working days of
// the decision; probation 12 months from the ceremony; recognition as
// official dated to the end of the probation; the cell's recognition vote
// due within 30 working days after. A ceremony held late, or a recognition
// not considered by its deadline while the member is still probationary on
// asOf, is reported. For a readmitted member the new probation follows the
// readmission, whose decision is taken as the day after the exit gap ends
// (DecisionDate keeps the first admission, from which party age counts);
// CeremonyDate is then the readmission ceremony.
func ProbationOf(m *Member, asOf chibo.Date, cal chibo.Calendar) Probation {
	var p Probation
	if m == nil || m.DecisionDate.IsZero() {
		p.Reasons = []chibo.Reason{reasonf(RuleCeremony, srcCeremony, "Không có ngày quyết định kết nạp.", "No admission decision date.")}
		return p
	}
	p.Decision = m.latestAdmission()
	p.CeremonyDue = cal.AddWorkingDays(p.Decision, CeremonyWorkingDays)
	p.Reasons = append(p.Reasons, reasonf(RuleCeremony, srcCeremony,
		fmt.Sprintf("Tổ chức lễ kết nạp trong %d ngày làm việc kể từ quyết định ngày %s: chậm nhất ngày %s.", CeremonyWorkingDays, p.Decision.VN(), p.CeremonyDue.VN()),
		fmt.Sprintf("The admission ceremony is due within %d working days of the decision of %s: by %s.", CeremonyWorkingDays, p.Decision.VN(), p.CeremonyDue.VN())))
	p.Ceremony = m.CeremonyDate
	switch {
	case p.Ceremony.IsZero() && !asOf.IsZero() && asOf.After(p.CeremonyDue):
		p.Reasons = append(p.Reasons, reasonf(RuleCeremony, srcCeremony,
			fmt.Sprintf("Đến ngày %s chưa tổ chức lễ kết nạp: quá hạn; chi bộ phải báo cáo và được cấp uỷ cấp trên đồng ý.", asOf.VN()),
			fmt.Sprintf("By %s the ceremony has not been held: overdue; the cell must report and obtain the superior committee's consent.", asOf.VN())))
		return p
	case p.Ceremony.IsZero():
		return p
	case p.Ceremony.After(p.CeremonyDue):
		p.Reasons = append(p.Reasons, reasonf(RuleCeremony, srcCeremony,
			fmt.Sprintf("Lễ kết nạp ngày %s, quá hạn %s.", p.Ceremony.VN(), p.CeremonyDue.VN()),
			fmt.Sprintf("The ceremony on %s was after the deadline of %s.", p.Ceremony.VN(), p.CeremonyDue.VN())))
	}
	p.Ends = p.Ceremony.AddMonths(ProbationMonths)
	p.RecognitionDue = cal.AddWorkingDays(p.Ends, RecognitionWorkingDays)
	p.Reasons = append(p.Reasons,
		reasonf(RuleProbation, srcProbation,
			fmt.Sprintf("Thời kỳ dự bị %d tháng kể từ lễ kết nạp ngày %s, kết thúc ngày %s; nếu đủ điều kiện, được công nhận chính thức từ ngày đó.", ProbationMonths, p.Ceremony.VN(), p.Ends.VN()),
			fmt.Sprintf("Probation lasts %d months from the ceremony of %s and ends on %s; a qualified member is official from that day.", ProbationMonths, p.Ceremony.VN(), p.Ends.VN())),
		reasonf(RuleRecognition, srcRecognition,
			fmt.Sprintf("Chi bộ xét công nhận chính thức trong %d ngày làm việc sau khi hết thời kỳ dự bị: chậm nhất ngày %s.", RecognitionWorkingDays, p.RecognitionDue.VN()),
			fmt.Sprintf("The cell considers recognition within %d working days after probation: by %s.", RecognitionWorkingDays, p.RecognitionDue.VN())))
	if m.OfficialDate.IsZero() && !asOf.IsZero() && asOf.After(p.RecognitionDue) {
		p.Reasons = append(p.Reasons, reasonf(RuleRecognition, srcRecognition,
			fmt.Sprintf("Đến ngày %s chưa công nhận chính thức: chi bộ đã quá hạn xét; nếu được công nhận, ngày chính thức vẫn là %s.", asOf.VN(), p.Ends.VN()),
			fmt.Sprintf("By %s the member has not been recognised: the cell is late; if recognised, the member is still official from %s.", asOf.VN(), p.Ends.VN())))
	}
	return p
}

// RecognitionLate reports whether a recognition vote held on voted missed
// the deadline of 30 working days after the probation that ended on ends,
// with the deadline. The member's official date is ends either way: a late
// vote is an administrative breach only (rules/evaluation.md T17).
func RecognitionLate(ends, voted chibo.Date, cal chibo.Calendar) (bool, chibo.Date) {
	due := cal.AddWorkingDays(ends, RecognitionWorkingDays)
	return voted.After(due), due
}

// TransferDeadlines are the deadlines of an official transfer of party
// activity (chuyển sinh hoạt đảng chính thức).
type TransferDeadlines struct {
	// StartBy is the last day to start the transfer: 60 working days after
	// the decision's effect or the change of residence.
	StartBy chibo.Date
	// PresentBy is the last day to present the introduction letter to the
	// receiving cell: 30 working days after it was issued (zero when no
	// letter date was given).
	PresentBy chibo.Date
	Reasons   []chibo.Reason
}

// OfficialTransfer returns the deadlines of an official transfer triggered
// on effective (a job change, retirement, demobilisation or a permanent move)
// with the introduction letter issued on letter (zero if not yet), and
// reports what is overdue on asOf: no letter after StartBy, or the letter
// not presented (presented zero) after PresentBy.
func OfficialTransfer(effective, letter, presented, asOf chibo.Date, cal chibo.Calendar) TransferDeadlines {
	var t TransferDeadlines
	if effective.IsZero() {
		t.Reasons = []chibo.Reason{reasonf(RuleTransfer, srcTransfer, "Không có ngày hiệu lực của quyết định.", "No effective date.")}
		return t
	}
	t.StartBy = cal.AddWorkingDays(effective, TransferStartWorkingDays)
	t.Reasons = append(t.Reasons, reasonf(RuleTransfer, srcTransfer,
		fmt.Sprintf("Làm thủ tục chuyển sinh hoạt đảng chính thức trong %d ngày làm việc kể từ ngày %s: chậm nhất ngày %s.", TransferStartWorkingDays, effective.VN(), t.StartBy.VN()),
		fmt.Sprintf("The official transfer is started within %d working days of %s: by %s.", TransferStartWorkingDays, effective.VN(), t.StartBy.VN())))
	if letter.After(t.StartBy) {
		t.Reasons = append(t.Reasons, reasonf(RuleTransfer, srcTransfer,
			fmt.Sprintf("Giấy giới thiệu cấp ngày %s, sau thời hạn %s: quá hạn.", letter.VN(), t.StartBy.VN()),
			fmt.Sprintf("The introduction letter was issued on %s, after the deadline of %s: overdue.", letter.VN(), t.StartBy.VN())))
	}
	if letter.IsZero() {
		if !asOf.IsZero() && asOf.After(t.StartBy) {
			t.Reasons = append(t.Reasons, reasonf(RuleTransfer, srcTransfer,
				fmt.Sprintf("Đến ngày %s chưa có giấy giới thiệu sinh hoạt đảng: quá hạn.", asOf.VN()),
				fmt.Sprintf("By %s no introduction letter has been issued: overdue.", asOf.VN())))
		}
		return t
	}
	t.PresentBy = cal.AddWorkingDays(letter, TransferPresentWorkingDays)
	t.Reasons = append(t.Reasons, reasonf(RuleTransfer, srcTransfer,
		fmt.Sprintf("Xuất trình giấy giới thiệu ngày %s với chi uỷ nơi đến trong %d ngày làm việc: chậm nhất ngày %s.", letter.VN(), TransferPresentWorkingDays, t.PresentBy.VN()),
		fmt.Sprintf("The letter of %s is presented to the receiving cell within %d working days: by %s.", letter.VN(), TransferPresentWorkingDays, t.PresentBy.VN())))
	late := (presented.IsZero() && !asOf.IsZero() && asOf.After(t.PresentBy)) || presented.After(t.PresentBy)
	if late {
		t.Reasons = append(t.Reasons, reasonf(RuleTransfer, srcTransfer,
			"Quá hạn xuất trình giấy giới thiệu: đảng viên hoặc tổ chức có lỗi phải báo cáo lý do để xem xét, xử lý.",
			"The letter was not presented in time: the member or organisation at fault must report the reason."))
	}
	return t
}

// latestAdmission returns the date of the member's latest admission
// decision: the day after the last exit (expulsion or removal) that ended,
// or DecisionDate.
func (m *Member) latestAdmission() chibo.Date {
	d := m.DecisionDate
	for i := range m.Gaps {
		g := &m.Gaps[i]
		if g.Kind.EndsMembership() && !g.Open() && g.To.AddDays(1).After(d) {
			d = g.To.AddDays(1)
		}
	}
	return d
}
