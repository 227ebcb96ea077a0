package member

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chibo-go/chibo"
)

// Party discipline (kỷ luật đảng) of a member, as this file models it:
//
//   - the forms (hình thức kỷ luật) by status: a probationary member may be
//     reprimanded or warned; an official member reprimanded, warned,
//     dismissed from a post (only when holding one) or expelled (Điều lệ
//     Đảng 2011, Điều 35); in that order of severity;
//   - the statute of limitations (thời hiệu xử lý kỷ luật): 5 years for a
//     violation serious enough for a reprimand, 10 years for a warning or a
//     dismissal, none for an expulsion and for the violations Quy định
//     69-QĐ/TW 2022, Điều 4 names; a new violation within the period
//     restarts it (Quy định 102-QĐ/TW 2017, Điều 3, same values);
//   - the automatic end of effect (đương nhiên chấm dứt hiệu lực) 12 months
//     after the decision, or after the decision on a complaint, when the
//     member has not re-offended; never for an expulsion (Quy định 69-QĐ/TW,
//     Điều 2 khoản 5);
//   - what a discipline in effect blocks: appointment, transfer or
//     rotation, military or police rank, and awards (Quy định 69-QĐ/TW,
//     Điều 2 khoản 13).
//
// Quy định 69-QĐ/TW was amended by Quy định 264-QĐ/TW (14/02/2025), whose
// text was not read: whether it changed the periods is unknown (rules
// digest 6.6). Quy định 296-QĐ/TW (30/05/2025), Điều 3, defines the
// limitation period as the time after which a violation is no longer
// disciplined; the procedure it sets is not modelled.

// Rule identifiers of the discipline reasons.
const (
	// RuleDisciplineForm: whether a form may be imposed on a member.
	RuleDisciplineForm = "member.discipline.form"
	// RuleDisciplineLimitation: the statute of limitations of a violation.
	RuleDisciplineLimitation = "member.discipline.limitation"
	// RuleDisciplineEffect: whether and until when a discipline is in effect.
	RuleDisciplineEffect = "member.discipline.effect"
	// RuleDisciplineBlocks: what a discipline in effect blocks.
	RuleDisciplineBlocks = "member.discipline.blocks"
)

const (
	// LimitationReprimandMonths is the limitation period of a violation
	// serious enough for a reprimand: 5 years (Quy định 69-QĐ/TW 2022,
	// Điều 4; Quy định 102-QĐ/TW 2017, Điều 3).
	LimitationReprimandMonths = 60
	// LimitationWarningMonths is the limitation period of a violation
	// serious enough for a warning or a dismissal: 10 years (same sources).
	LimitationWarningMonths = 120
	// EffectMonths is how long a discipline other than expulsion stays in
	// effect before it ends automatically: 12 months from the announcement
	// of the decision or of the decision on a complaint (Quy định 69-QĐ/TW
	// 2022, Điều 2 khoản 5; "one year" in Quy định 30-QĐ/TW 2016).
	EffectMonths = 12
)

// The documents the discipline rules rest on (rules/evaluation.md §0 D1–D3,
// L0; §6).
var (
	discSrcCharter = chibo.Source{
		Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI",
		Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 35 (with Quy định 69-QĐ/TW, Điều 7)",
		URL:        "https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/chinh-sach-moi/41466/da-co-quy-dinh-69-qd-tw-ky-luat-to-chuc-dang-dang-vien-vi-pham",
		Confidence: chibo.Verified,
	}
	discSrcLimitation = chibo.Source{
		Document: "69-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2022, time.July, 6), Section: "Điều 4 (as amended by 264-QĐ/TW of 14/02/2025, amendment not read)",
		URL:        "http://m.vinhcity.gov.vn/?detail=67513/chinh-tri/xu-ly-ky-luat-hanh-chinh-dong-bo-voi-ky-luat-dang",
		Confidence: chibo.Verified,
	}
	discSrcRestart = chibo.Source{
		Document: "102-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2017, time.November, 15), Section: "Điều 3 (counting; replaced by 69-QĐ/TW with the same periods)",
		URL:        "https://stdt.danguykhoibinhthuan.vn/S%E1%BB%95%20tay/cong-tac-kiem-tra-giam-sat/thi-hanh-ky%CC%89-lua%CC%A3t-da%CC%89ng/thoi-hie%CC%A3u-xu%CC%89-ly-ky%CC%89-lua%CC%A3t",
		Confidence: chibo.Verified,
	}
	discSrcLongRunning = chibo.Source{
		Document: "06-HD/UBKTTW", Issuer: "Uỷ ban Kiểm tra Trung ương",
		Date: chibo.DateOf(2018, time.December, 18), Section: "Điều 2 (long-running violations of party organisations, applied to members by presumption)",
		URL:        "https://hethongphapluat.vn/huong-dan-06-hd-ubkttw-nam-2018-thuc-hien-mot-so-dieu-trong-quy-dinh-07-qdi-tw-ve-xu-ly-ky-luat-to-chuc-dang-vi-pham-do-uy-ban-kiem-tra-trung-uong-ban-hanh.html",
		Confidence: chibo.Inferred,
	}
	discSrcEffect = chibo.Source{
		Document: "69-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2022, time.July, 6), Section: "Điều 2 khoản 5",
		URL:        "https://beta.thuvienphapluat.vn/phap-luat/dang-vien-bi-ky-luat-khien-trach-thi-trong-thoi-gian-bao-lau-se-duoc-xoa-ky-luat-trong-thoi-gian-do-49232.html",
		Confidence: chibo.Verified,
	}
	discSrcBlocks = chibo.Source{
		Document: "69-QĐ/TW", Issuer: "Bộ Chính trị",
		Date: chibo.DateOf(2022, time.July, 6), Section: "Điều 2 khoản 13",
		URL:        "https://beta.thuvienphapluat.vn/phap-luat/dang-vien-bi-ky-luat-khien-trach-thi-trong-thoi-gian-bao-lau-se-duoc-xoa-ky-luat-trong-thoi-gian-do-49232.html",
		Confidence: chibo.Verified,
	}
)

// Severity returns the form's rank in the order of severity: 1 for a
// reprimand, 2 for a warning, 3 for a dismissal, 4 for an expulsion (Điều
// lệ Đảng 2011, Điều 35), and 0 for a value that is not a form.
func (f Form) Severity() int {
	if f >= Reprimand && f <= Expulsion {
		return int(f)
	}
	return 0
}

// Compare returns -1 if f is less severe than g, 0 if they are equally
// severe and +1 if f is more severe. A value that is not a form is less
// severe than every form. It suits slices.SortFunc(forms, Form.Compare).
func (f Form) Compare(g Form) int {
	a, b := f.Severity(), g.Severity()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// FormsFor returns the forms of discipline that may be imposed on a member,
// from the least severe: a probationary member (đảng viên dự bị) may be
// reprimanded (khiển trách) or warned (cảnh cáo); an official member (đảng
// viên chính thức) also dismissed from a post (cách chức) when holding one
// (holdsPost), and expelled (khai trừ) (Điều lệ Đảng 2011, Điều 35;
// rules/evaluation.md 6.1). holdsPost does not matter for a probationary
// member.
func FormsFor(official, holdsPost bool) []Form {
	switch {
	case !official:
		return []Form{Reprimand, Warning}
	case holdsPost:
		return []Form{Reprimand, Warning, Dismissal, Expulsion}
	}
	return []Form{Reprimand, Warning, Expulsion}
}

// CheckForm reports whether form f may be imposed on a member of the given
// status, with the reason (rule RuleDisciplineForm; rules/evaluation.md 6.1,
// case T26).
func CheckForm(f Form, official, holdsPost bool) (bool, chibo.Reason) {
	if f.Severity() == 0 {
		return false, discReason(RuleDisciplineForm, discSrcCharter,
			fmt.Sprintf("%s không phải là hình thức kỷ luật đảng viên (khiển trách, cảnh cáo, cách chức, khai trừ).", f),
			fmt.Sprintf("%s is not a form of party discipline for members (reprimand, warning, dismissal, expulsion).", f))
	}
	statusVI, statusEN := "đảng viên chính thức", "an official member"
	if !official {
		statusVI, statusEN = "đảng viên dự bị", "a probationary member"
	}
	allowed := FormsFor(official, holdsPost)
	if slices.Contains(allowed, f) {
		return true, discReason(RuleDisciplineForm, discSrcCharter,
			fmt.Sprintf("Hình thức %s được áp dụng đối với %s.", f.VI(), statusVI),
			fmt.Sprintf("%s (%s) may be imposed on %s.", capitalise(f.EN()), f.VI(), statusEN))
	}
	if official && f == Dismissal {
		return false, discReason(RuleDisciplineForm, discSrcCharter,
			"Cách chức chỉ áp dụng đối với đảng viên đang giữ chức vụ; đảng viên này không giữ chức vụ.",
			"Dismissal (cách chức) applies only to a member holding a post; this member holds none.")
	}
	return false, discReason(RuleDisciplineForm, discSrcCharter,
		fmt.Sprintf("Đảng viên dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo; không áp dụng %s.", f.VI()),
		fmt.Sprintf("A probationary member may only be reprimanded or warned; %s (%s) does not apply.", f.EN(), f.VI()))
}

// Violation is a violation (vi phạm) considered for discipline.
type Violation struct {
	// Date is when the violation was committed (thời điểm có hành vi vi
	// phạm); the limitation period runs from it.
	Date chibo.Date
	// Ended is, for a long-running violation, the day it ended; zero
	// otherwise. The period then runs from Ended: the rule of Hướng dẫn
	// 06-HD/UBKTTW 2018 for party organisations, applied to members by
	// presumption (Inferred; rules/evaluation.md 6.4). An Ended on or before
	// Date is ignored.
	Ended chibo.Date
	// Level is the form the violation is serious enough for (vi phạm đến
	// mức phải kỷ luật bằng hình thức …). It decides the period.
	Level Form
	// Unlimited marks a violation that has no limitation whatever its level:
	// internal political protection (bảo vệ chính trị nội bộ); security,
	// defence or foreign affairs harming national interests; use of illegal
	// diplomas or certificates (Quy định 69-QĐ/TW, Điều 4).
	Unlimited bool
}

// start is the day the limitation period runs from before any restart.
func (v Violation) start() chibo.Date {
	if !v.Date.IsZero() && v.Ended.After(v.Date) {
		return v.Ended
	}
	return v.Date
}

// LimitationResult is the outcome of Limitation.
type LimitationResult struct {
	// Barred reports that the limitation period has run out on the date
	// asked: the violation is no longer disciplined (hết thời hiệu).
	Barred bool
	// Expires is the first day on which the violation is barred: the day the
	// period runs from plus the period in months. It is zero when the
	// violation has no limitation (Unlimited) or the period cannot be
	// computed (no date, a level that is not a form).
	Expires chibo.Date
	// Unlimited reports that no limitation applies.
	Unlimited bool
	// RunsFrom is the day the period runs from after any restart: the
	// violation's date (or end), or the date of the last new violation that
	// restarted it. Zero when Unlimited or not computable.
	RunsFrom chibo.Date
	// Months is the period: 60, 120, or 0 when Unlimited or not computable.
	Months int
	// Reason explains the outcome with the dates used (rule
	// RuleDisciplineLimitation). Its Source is the least certain rule the
	// outcome rests on.
	Reason chibo.Reason
}

// Limitation decides whether violation v is time-barred (hết thời hiệu xử lý
// kỷ luật) on date on (rules/evaluation.md 6.3–6.4; cases T22–T24):
//
//   - a violation serious enough for a reprimand is barred 60 months after
//     it was committed; one serious enough for a warning or a dismissal
//     after 120 months; one serious enough for an expulsion, or marked
//     Unlimited, never (Quy định 69-QĐ/TW 2022, Điều 4);
//   - a long-running violation counts from its end (Violation.Ended;
//     presumption, Inferred);
//   - every new violation serious enough for discipline (a later entry
//     whose Level is a form) committed after the period started and before
//     it ran out restarts it from the new violation's Date (Quy định
//     102-QĐ/TW 2017, Điều 3). Later violations after on are not yet known
//     on that date and are ignored (all count when on is zero); the order of
//     later does not matter.
//
// Date arithmetic (a reading; the texts say "5 năm", "10 năm"): the period
// ends at the start of the day that is the same day of the month N months
// later, clamped to the end of the month as in chibo.Date.AddMonths; from
// that day (Expires) on, the violation is barred. A violation of 01/01/2020
// at reprimand level is barred from 01/01/2025. (The Civil Code's counting
// of periods, Bộ luật Dân sự 2015 Điều 147–148, would keep 01/01/2025 itself
// inside the period: a one-day difference.)
func Limitation(v Violation, later []Violation, on chibo.Date) LimitationResult {
	if v.Unlimited || v.Level == Expulsion {
		r := LimitationResult{Unlimited: true}
		what, whatEN := "vi phạm đến mức khai trừ", "a violation serious enough for expulsion"
		if v.Unlimited {
			what, whatEN = "vi phạm thuộc diện không áp dụng thời hiệu (bảo vệ chính trị nội bộ; an ninh, quốc phòng, đối ngoại xâm hại lợi ích quốc gia; sử dụng văn bằng, chứng chỉ không hợp pháp)",
				"a violation with no limitation (internal political protection; security, defence or foreign affairs harming national interests; illegal diplomas or certificates)"
		}
		r.Reason = discReason(RuleDisciplineLimitation, discSrcLimitation,
			fmt.Sprintf("Vi phạm ngày %s là %s: không áp dụng thời hiệu, có thể xem xét kỷ luật vào bất cứ lúc nào.", dateVI(v.Date), what),
			fmt.Sprintf("The violation of %s is %s: no limitation applies; it may be disciplined at any time.", dateEN(v.Date), whatEN))
		return r
	}
	months := limitationMonths(v.Level)
	if months == 0 {
		return LimitationResult{Reason: discReason(RuleDisciplineLimitation, discSrcLimitation,
			fmt.Sprintf("Mức vi phạm %s không phải là hình thức kỷ luật: không xác định được thời hiệu.", v.Level),
			fmt.Sprintf("The level %s is not a form of discipline: the limitation period cannot be determined.", v.Level))}
	}
	start := v.start()
	if start.IsZero() {
		return LimitationResult{Reason: discReason(RuleDisciplineLimitation, discSrcLimitation,
			"Không có ngày vi phạm: không xác định được thời hiệu.",
			"The violation has no date: the limitation period cannot be determined.")}
	}
	src := discSrcLimitation
	longRunning := start != v.Date
	if longRunning {
		src = discSrcLongRunning
	}
	expires := start.AddMonths(months)
	var restarts []chibo.Date
	for _, n := range sortedNew(later, on) {
		if expires.IsZero() || !n.After(start) {
			continue
		}
		if n.Before(expires) {
			start, expires = n, n.AddMonths(months)
			restarts = append(restarts, n)
		}
	}
	if len(restarts) > 0 && !longRunning {
		src = discSrcRestart // the long-running presumption stays the weakest step
	}
	r := LimitationResult{Expires: expires, RunsFrom: start, Months: months}
	levelVI, levelEN := v.Level.VI(), v.Level.EN()
	var vi, en strings.Builder
	fmt.Fprintf(&vi, "Vi phạm ngày %s đến mức %s: thời hiệu %d năm (%d tháng)", dateVI(v.Date), levelVI, months/12, months)
	fmt.Fprintf(&en, "The violation of %s, serious enough for a %s: limitation %d years (%d months)", dateEN(v.Date), levelEN, months/12, months)
	if longRunning {
		fmt.Fprintf(&vi, ", tính từ khi vi phạm kết thúc ngày %s", dateVI(v.Ended))
		fmt.Fprintf(&en, ", counted from the end of the violation on %s", dateEN(v.Ended))
	}
	for _, n := range restarts {
		fmt.Fprintf(&vi, "; vi phạm mới ngày %s trong thời hiệu nên thời hiệu tính lại từ %s", dateVI(n), dateVI(n))
		fmt.Fprintf(&en, "; a new violation on %s within the period restarts it from %s", dateEN(n), dateEN(n))
	}
	if expires.IsZero() {
		vi.WriteString("; thời hiệu kết thúc sau năm 9999.")
		en.WriteString("; the period ends after the year 9999.")
		r.Reason = discReason(RuleDisciplineLimitation, src, vi.String(), en.String())
		return r
	}
	fmt.Fprintf(&vi, "; hết thời hiệu từ ngày %s", dateVI(expires))
	fmt.Fprintf(&en, "; barred from %s", dateEN(expires))
	switch {
	case on.IsZero():
		vi.WriteString(".")
		en.WriteString(".")
	case !on.Before(expires):
		r.Barred = true
		fmt.Fprintf(&vi, ". Tại ngày %s đã hết thời hiệu: không xử lý kỷ luật.", dateVI(on))
		fmt.Fprintf(&en, ". On %s the violation is time-barred: it is not disciplined.", dateEN(on))
	default:
		fmt.Fprintf(&vi, ". Tại ngày %s còn trong thời hiệu: có thể xem xét kỷ luật.", dateVI(on))
		fmt.Fprintf(&en, ". On %s the violation is within the limitation period: it may be disciplined.", dateEN(on))
	}
	r.Reason = discReason(RuleDisciplineLimitation, src, vi.String(), en.String())
	return r
}

// limitationMonths returns the period for a level below expulsion, or 0.
func limitationMonths(level Form) int {
	switch level {
	case Reprimand:
		return LimitationReprimandMonths
	case Warning, Dismissal:
		return LimitationWarningMonths
	}
	return 0
}

// sortedNew returns the dates of the later violations serious enough for
// discipline and known on on (all when on is zero), in date order.
func sortedNew(later []Violation, on chibo.Date) []chibo.Date {
	var out []chibo.Date
	for _, l := range later {
		if l.Level.Severity() == 0 || l.Date.IsZero() || (!on.IsZero() && l.Date.After(on)) {
			continue
		}
		out = append(out, l.Date)
	}
	slices.SortFunc(out, chibo.Date.Compare)
	return out
}

// EffectEnds returns the day a discipline stops being in effect and true,
// or the zero Date and false when it does not end by itself (rules/
// evaluation.md 6.7; case T25). A discipline other than expulsion ends
// automatically (đương nhiên chấm dứt hiệu lực) EffectMonths after it was
// announced — taken to be d.Date — or, when the member complained, after
// the decision on the complaint was announced (complaintDecided; zero when
// there was no complaint; ignored when before d.Date), provided the member
// has not re-offended or committed a new violation serious enough for
// discipline (Quy định 69-QĐ/TW 2022, Điều 2 khoản 5).
//
// It returns false for an expulsion (khai trừ), which never ends by itself;
// for a member who re-offended (reoffended), whose discipline then ends
// only by a decision this package does not model; and for a record that is
// not a discipline (no date, an unknown form). The discipline is in effect
// from d.Date up to the day before the returned date; on that day it no
// longer is. The day is d.Date plus 12 months, clamped to the end of the
// month as in chibo.Date.AddMonths.
func EffectEnds(d Discipline, complaintDecided chibo.Date, reoffended bool) (chibo.Date, bool) {
	if d.Form.Severity() == 0 || d.Form == Expulsion || d.Date.IsZero() || reoffended {
		return chibo.Date{}, false
	}
	from := chibo.Max(d.Date, complaintDecided)
	end := from.AddMonths(EffectMonths)
	return end, !end.IsZero()
}

// InEffect returns the member's disciplines in effect on date on, in the
// order of the record: decided on or before on and not yet ended by
// EffectEnds; an expulsion stays in effect until a readmission or an
// annulment recorded in the member's Gaps.
//
// The record holds no complaints and no re-offences: InEffect assumes
// neither, so every discipline other than expulsion ends 12 months after
// its date. Callers who know of a complaint or a re-offence use EffectEnds
// directly. Entries with an unknown form or no date are skipped (Validate
// reports them).
func (m *Member) InEffect(on chibo.Date) []Discipline {
	var out []Discipline
	for _, d := range m.Discipline {
		if m.inEffect(d, on) {
			out = append(out, d)
		}
	}
	return out
}

func (m *Member) inEffect(d Discipline, on chibo.Date) bool {
	if d.Form.Severity() == 0 || d.Date.IsZero() || on.IsZero() || d.Date.After(on) {
		return false
	}
	if d.Form == Expulsion {
		return !m.readmittedAfter(d.Date, on)
	}
	end, ok := EffectEnds(d, chibo.Date{}, false)
	return !ok || on.Before(end)
}

// Block is something a member may not be given while a discipline is in
// effect (Quy định 69-QĐ/TW 2022, Điều 2 khoản 13; rules/evaluation.md 6.8).
type Block uint8

const (
	// BlockAppointment: appointment to a post (bổ nhiệm).
	BlockAppointment Block = iota + 1
	// BlockTransfer: transfer or rotation (điều động, luân chuyển).
	BlockTransfer
	// BlockRankPromotion: conferral of or promotion in military or police
	// rank (phong, thăng quân hàm, cấp hàm).
	BlockRankPromotion
	// BlockAward: Party or State titles and awards (khen thưởng, tặng danh
	// hiệu).
	BlockAward
)

var (
	blockNames = [...]string{"", "appointment", "transfer", "rank-promotion", "award"}
	blockVI    = [...]string{"", "bổ nhiệm", "điều động, luân chuyển", "phong, thăng quân hàm, cấp hàm", "khen thưởng, tặng danh hiệu"}
	blockEN    = [...]string{"", "appointment", "transfer or rotation", "conferral of or promotion in military or police rank", "Party or State titles and awards"}
)

// allBlocks is what any discipline in effect blocks.
var allBlocks = [...]Block{BlockAppointment, BlockTransfer, BlockRankPromotion, BlockAward}

// String returns the block's name: appointment, transfer, rank-promotion or
// award.
func (b Block) String() string {
	if b != 0 && int(b) < len(blockNames) {
		return blockNames[b]
	}
	return fmt.Sprintf("Block(%d)", uint8(b))
}

// VI returns the Vietnamese name of the block ("bổ nhiệm").
func (b Block) VI() string {
	if b != 0 && int(b) < len(blockVI) {
		return blockVI[b]
	}
	return b.String()
}

// EN returns the English name of the block ("appointment").
func (b Block) EN() string {
	if b != 0 && int(b) < len(blockEN) {
		return blockEN[b]
	}
	return b.String()
}

// MarshalText implements encoding.TextMarshaler. A value other than the
// four defined is an error.
func (b Block) MarshalText() ([]byte, error) {
	if b == 0 || int(b) >= len(blockNames) {
		return nil, fmt.Errorf("member: invalid block %d", uint8(b))
	}
	return []byte(b.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the names
// String returns, in any case.
func (b *Block) UnmarshalText(text []byte) error {
	for i := 1; i < len(blockNames); i++ {
		if strings.EqualFold(string(text), blockNames[i]) {
			*b = Block(i)
			return nil
		}
	}
	return fmt.Errorf("member: unknown block %q (want appointment, transfer, rank-promotion or award)", text)
}

// Blocks returns what the member may not be given on date on and why: while
// any discipline is in effect (InEffect), appointment, transfer or
// rotation, military or police rank, and awards are all blocked (Quy định
// 69-QĐ/TW 2022, Điều 2 khoản 13; rules/evaluation.md 6.8, case T25). The
// reasons give, for each discipline in effect, its date and the day its
// effect ends (rule RuleDisciplineEffect), then the blocks (rule
// RuleDisciplineBlocks); with no discipline in effect, the blocks are nil
// and one reason says so.
//
// The rules give no other period by form (rules/evaluation.md 6.13): state
// rules on civil servants are out of scope.
func (m *Member) Blocks(on chibo.Date) ([]Block, []chibo.Reason) {
	var reasons []chibo.Reason
	for _, d := range m.Discipline {
		if !m.inEffect(d, on) {
			continue
		}
		if d.Form == Expulsion {
			reasons = append(reasons, discReason(RuleDisciplineEffect, discSrcEffect,
				fmt.Sprintf("Kỷ luật khai trừ ngày %s không tự chấm dứt hiệu lực; tại ngày %s chưa được kết nạp lại hay huỷ bỏ.", dateVI(d.Date), dateVI(on)),
				fmt.Sprintf("The expulsion of %s does not end by itself; on %s there is no readmission or annulment.", dateEN(d.Date), dateEN(on))))
			continue
		}
		end, _ := EffectEnds(d, chibo.Date{}, false)
		reasons = append(reasons, discReason(RuleDisciplineEffect, discSrcEffect,
			fmt.Sprintf("Kỷ luật %s ngày %s còn hiệu lực tại ngày %s; đương nhiên chấm dứt hiệu lực ngày %s nếu không khiếu nại, không tái phạm (hồ sơ không ghi khiếu nại hay tái phạm).", d.Form.VI(), dateVI(d.Date), dateVI(on), dateVI(end)),
			fmt.Sprintf("The %s (%s) of %s is in effect on %s; it ends automatically on %s if there is no complaint and no new violation (the record holds none).", d.Form.EN(), d.Form.VI(), dateEN(d.Date), dateEN(on), dateEN(end))))
	}
	if len(reasons) == 0 {
		return nil, []chibo.Reason{discReason(RuleDisciplineBlocks, discSrcBlocks,
			fmt.Sprintf("Không có kỷ luật còn hiệu lực tại ngày %s: không bị hạn chế điều động, luân chuyển, bổ nhiệm, phong, thăng quân hàm, khen thưởng.", dateVI(on)),
			fmt.Sprintf("No discipline is in effect on %s: nothing is blocked.", dateEN(on)))}
	}
	blocks := allBlocks[:]
	vi := make([]string, len(blocks))
	en := make([]string, len(blocks))
	for i, b := range blocks {
		vi[i], en[i] = b.VI(), b.EN()
	}
	reasons = append(reasons, discReason(RuleDisciplineBlocks, discSrcBlocks,
		fmt.Sprintf("Trong thời gian kỷ luật còn hiệu lực, không thực hiện: %s.", strings.Join(vi, "; ")),
		fmt.Sprintf("While a discipline is in effect the member may not be given: %s.", strings.Join(en, "; "))))
	return slices.Clone(blocks), reasons
}

func discReason(rule string, src chibo.Source, vi, en string) chibo.Reason {
	return chibo.Reason{Rule: rule, Source: src, VI: vi, EN: en}
}

// dateVI and dateEN print a date as dd/mm/yyyy, or say that there is none.
func dateVI(d chibo.Date) string {
	if d.IsZero() {
		return "(không rõ)"
	}
	return d.VN()
}

func dateEN(d chibo.Date) string {
	if d.IsZero() {
		return "(unknown)"
	}
	return d.VN()
}

// capitalise upper-cases the first letter of an ASCII word.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
