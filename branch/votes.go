package branch

import (
	"fmt"
	"math/big"

	"github.com/chibo-go/chibo"
)

// Rule identifiers of the vote rules.
const (
	RuleVoteBase    = "branch.vote.base"
	RuleMajority    = "branch.vote.majority"
	RuleTwoThirds   = "branch.vote.two-thirds"
	RuleQuorum      = "branch.vote.quorum"
	RuleRecognition = "branch.vote.recognition"
)

// BaseCounts are the numbers a vote base (số thành viên) is computed from,
// for a congress or conference of all members (Quy định 24-QĐ/TW, điểm
// 9.3.2). Probationary members never vote and are not counted.
type BaseCounts struct {
	// Official is the official members summoned.
	Official int `json:"official"`
	// TemporaryTransfer are those in temporary activity elsewhere (sinh hoạt
	// tạm thời).
	TemporaryTransfer int `json:"temporary_transfer"`
	// ExemptAbsent are those exempt from activities who are absent; an
	// exempt member who attends and votes is counted.
	ExemptAbsent int `json:"exempt_absent"`
	// Suspended are those suspended from activity, prosecuted, indicted or
	// detained.
	Suspended int `json:"suspended"`
	// ApprovedAbsent are those absent for the whole meeting with a reason
	// the convening committee approved.
	ApprovedAbsent int `json:"approved_absent"`
}

// VoteBase returns the vote base: the official members summoned less the
// four exclusions of Quy định 24-QĐ/TW, điểm 9.3.2. A quiz on Quy định
// 294-QĐ/TW (2025) lists only the first two exclusions; the source is
// marked accordingly. The base is never negative.
func VoteBase(c BaseCounts) (int, chibo.Reason) {
	base := max(0, c.Official-c.TemporaryTransfer-c.ExemptAbsent-c.Suspended-c.ApprovedAbsent)
	return base, reason(RuleVoteBase, srcQD24Base,
		fmt.Sprintf("Số thành viên = %d đảng viên chính thức được triệu tập − %d sinh hoạt tạm thời − %d miễn sinh hoạt vắng mặt − %d bị đình chỉ, khởi tố, tạm giam − %d vắng mặt suốt buổi có lý do được đồng ý = %d.", c.Official, c.TemporaryTransfer, c.ExemptAbsent, c.Suspended, c.ApprovedAbsent, base),
		fmt.Sprintf("Vote base = %d official members summoned − %d on temporary transfer − %d exempt and absent − %d suspended or prosecuted − %d absent throughout with an approved reason = %d.", c.Official, c.TemporaryTransfer, c.ExemptAbsent, c.Suspended, c.ApprovedAbsent, base))
}

// Majority reports whether yes votes are more than half of the base (quá
// nửa số thành viên), not of those present (Điều lệ Đảng 2011, Điều 9
// khoản 5; Quy định 24-QĐ/TW, điểm 9.3). A zero or negative base never
// passes. It computes yes > ⌊base/2⌋, which is yes×2 > base without
// overflow.
func Majority(yes, base int) bool { return base > 0 && yes > base/2 }

// TwoThirds reports whether yes votes are at least two thirds of the base,
// in integer arithmetic (yes×3 ≥ base×2): the rule for admission (Điều lệ
// Đảng 2011, Điều 4 khoản 3) and recognition as official (Quy định
// 29-QĐ/TW, điểm 5.2). A zero or negative base never passes.
func TwoThirds(yes, base int) bool { return base > 0 && yes >= twoThirdsOf(base) }

// twoThirdsOf returns ⌈2·base/3⌉ for base ≥ 0, the fewest votes with
// votes×3 ≥ base×2, computed without overflow: with base = 3q + r it is
// 2q + r.
func twoThirdsOf(base int) int { return 2*(base/3) + base%3 }

// MajorityReason explains a simple-majority vote.
func MajorityReason(yes, base int) chibo.Reason {
	need := base/2 + 1
	verdict, verdictEN := "thông qua", "passes"
	if !Majority(yes, base) {
		verdict, verdictEN = "không thông qua", "fails"
	}
	return reason(RuleMajority, srcCharter9,
		fmt.Sprintf("%d phiếu tán thành trên số thành viên %d (cần quá một nửa, tức ít nhất %d): %s.", yes, base, need, verdict),
		fmt.Sprintf("%d in favour of a base of %d (more than half, at least %d, is needed): %s.", yes, base, need, verdictEN))
}

// TwoThirdsReason explains a two-thirds vote.
func TwoThirdsReason(yes, base int) chibo.Reason {
	need := twoThirdsOf(max(base, 0))
	verdict, verdictEN := "đạt", "passes"
	if !TwoThirds(yes, base) {
		verdict, verdictEN = "không đạt", "fails"
	}
	return reason(RuleTwoThirds, srcCharter4,
		fmt.Sprintf("%d phiếu tán thành trên %d đảng viên chính thức (cần ít nhất hai phần ba, tức %d): %s.", yes, base, need, verdict),
		fmt.Sprintf("%d in favour of %d official members (at least two thirds, %d, is needed): %s.", yes, base, need, verdictEN))
}

// Fraction is a ratio of two integers, compared without rounding.
type Fraction struct {
	Num int `json:"num"`
	Den int `json:"den"`
}

// DefaultQuorum returns the quorum usually quoted — two thirds of those
// summoned — which no primary text read states (rules/branch.md M6): pass
// a Fraction of your own where your rules say otherwise.
func DefaultQuorum() Fraction { return Fraction{Num: 2, Den: 3} }

// Quorate reports whether present members are at least the fraction q of
// those summoned, in integer arithmetic, with the reason (marked
// unverified). A zero summoned count or a fraction with a zero
// denominator is not quorate.
func Quorate(present, summoned int, q Fraction) (bool, chibo.Reason) {
	ok := summoned > 0 && q.Den > 0 && productAtLeast(present, q.Den, summoned, q.Num)
	verdict, verdictEN := "hợp lệ", "quorate"
	if !ok {
		verdict, verdictEN = "không hợp lệ", "not quorate"
	}
	return ok, reason(RuleQuorum, srcQuorum,
		fmt.Sprintf("Có mặt %d trên %d được triệu tập (cần ít nhất %d/%d): %s.", present, summoned, q.Num, q.Den, verdict),
		fmt.Sprintf("%d present of %d summoned (at least %d/%d needed): %s.", present, summoned, q.Num, q.Den, verdictEN))
}

// productAtLeast reports whether a×b ≥ c×d, exactly (no overflow).
func productAtLeast(a, b, c, d int) bool {
	var x, y big.Int
	x.Mul(big.NewInt(int64(a)), big.NewInt(int64(b)))
	y.Mul(big.NewInt(int64(c)), big.NewInt(int64(d)))
	return x.Cmp(&y) >= 0
}

// Ballot is the result of one vote on recognising a probationary member.
type Ballot struct {
	For     int `json:"for"`
	Against int `json:"against"`
	Base    int `json:"base"` // official members of the cell (or committee members)
}

// RecognitionOutcome is where the votes on recognising a probationary
// member leave the matter.
type RecognitionOutcome uint8

const (
	// Pending: no vote reached two thirds either way and fewer than three
	// votes were held: the cell votes again.
	Pending RecognitionOutcome = iota
	// Recognised: two thirds voted for recognition.
	Recognised
	// NotRecognised: two thirds voted against; the cell proposes removal
	// from the probationary list (xoá tên).
	NotRecognised
	// Referred: three votes reached two thirds neither way; the directly
	// superior committee and the competent committee decide.
	Referred
)

var recognitionNames = [...]string{"pending", "recognised", "not-recognised", "referred"}

// String returns "pending", "recognised", "not-recognised" or "referred".
func (r RecognitionOutcome) String() string {
	if int(r) < len(recognitionNames) {
		return recognitionNames[r]
	}
	return fmt.Sprintf("RecognitionOutcome(%d)", uint8(r))
}

// MarshalText implements encoding.TextMarshaler.
func (r RecognitionOutcome) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// maxRecognitionVotes is the number of votes after which the matter goes up
// (Quy định 29-QĐ/TW, điểm 5.2).
const maxRecognitionVotes = 3

// Recognition decides the votes on recognising a probationary member as
// official, in the order held: the first vote where two thirds are for or
// against settles it; after three votes that settle nothing the matter is
// referred up.
func Recognition(ballots []Ballot) (RecognitionOutcome, chibo.Reason) {
	for i, b := range ballots {
		switch {
		case TwoThirds(b.For, b.Base):
			return Recognised, reason(RuleRecognition, srcQD29Recognition,
				fmt.Sprintf("Lần biểu quyết thứ %d: %d/%d tán thành, đạt hai phần ba: đề nghị công nhận đảng viên chính thức.", i+1, b.For, b.Base),
				fmt.Sprintf("Vote %d: %d of %d in favour, two thirds reached: recognition as official is proposed.", i+1, b.For, b.Base))
		case TwoThirds(b.Against, b.Base):
			return NotRecognised, reason(RuleRecognition, srcQD29Recognition,
				fmt.Sprintf("Lần biểu quyết thứ %d: %d/%d không tán thành, đạt hai phần ba: đề nghị xoá tên trong danh sách đảng viên dự bị.", i+1, b.Against, b.Base),
				fmt.Sprintf("Vote %d: %d of %d against, two thirds reached: removal from the probationary list is proposed.", i+1, b.Against, b.Base))
		case i+1 >= maxRecognitionVotes:
			return Referred, reason(RuleRecognition, srcQD29Recognition,
				fmt.Sprintf("%d lần biểu quyết không đạt hai phần ba tán thành hoặc không tán thành: báo cáo cấp uỷ cấp trên trực tiếp và cấp uỷ có thẩm quyền xem xét, quyết định.", i+1),
				fmt.Sprintf("%d votes reached two thirds neither for nor against: the matter goes to the directly superior committee and the competent committee.", i+1))
		}
	}
	return Pending, reason(RuleRecognition, srcQD29Recognition,
		fmt.Sprintf("Sau %d lần biểu quyết chưa đạt hai phần ba: chi bộ biểu quyết lại.", len(ballots)),
		fmt.Sprintf("After %d votes without two thirds either way: the cell votes again.", len(ballots)))
}
