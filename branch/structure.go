package branch

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
)

// Thresholds of the structure rules.
const (
	// MinOfficialToForm is the fewest official members a party organisation
	// (and every cell under a committee) needs (Điều lệ Đảng 2011, Điều 21
	// khoản 2; Điều 24 khoản 1).
	MinOfficialToForm = 3
	// MinOfficialForCellCommittee is the official membership from which a
	// cell elects a cell committee (chi uỷ) rather than a secretary alone
	// (Điều lệ Đảng 2011, Điều 24 khoản 4; Quy định 29-QĐ/TW, điểm 24).
	MinOfficialForCellCommittee = 9
	// MaxCellCommittee is the largest cell committee (Quy định 29-QĐ/TW,
	// điểm 24).
	MaxCellCommittee = 7
	// MaxCellDeputies is the most deputy secretaries a cell elects.
	MaxCellDeputies = 1
	// MembersForCommittee is the membership from which a grass-roots
	// organisation is a đảng bộ cơ sở rather than a chi bộ cơ sở (Điều lệ
	// Đảng 2011, Điều 21 khoản 3). The Charter says "đảng viên", so
	// probationary members count.
	MembersForCommittee = 30
	// MinCommitteeForStanding is the committee size from which a đảng uỷ cơ
	// sở elects a standing committee (Điều lệ Đảng 2011, Điều 22 khoản 5;
	// HD 01-HD/TW 2016, điểm 15.1).
	MinCommitteeForStanding = 9
	// CellCongressMonths is the interval between congresses of a cell under
	// a committee: twice in 5 years (Điều lệ Đảng 2011, Điều 24 khoản 3).
	CellCongressMonths = 30
	// CongressToleranceMonths is how far a cell's congress may be moved
	// earlier or later with the committee's consent.
	CongressToleranceMonths = 6
	// TermMonths is the 5-year term of a grass-roots organisation and of a
	// cell in the 2025 pilot.
	TermMonths = 60
)

// Rule identifiers of the structure findings.
const (
	RuleForm         = "branch.form.min-official"
	RuleLeadership   = "branch.leadership"
	RuleCommitteeMax = "branch.leadership.committee-max"
	RuleDeputies     = "branch.leadership.deputies"
	RuleGrassRoots   = "branch.grassroots.form"
	RuleStanding     = "branch.standing-committee"
	RuleCongress     = "branch.congress.term"
	RuleLeaderRoles  = "branch.leadership.official-only"
)

func reason(rule string, src chibo.Source, vi, en string) chibo.Reason {
	return chibo.Reason{Rule: rule, Source: src, VI: vi, EN: en}
}

// CanForm reports whether a party organisation may be formed with the given
// number of official members (probationary members do not count), with the
// reason. Below three, no organisation is formed: the superior committee
// sends the members to a suitable grass-roots organisation.
func CanForm(official int) (bool, chibo.Reason) {
	if official >= MinOfficialToForm {
		return true, reason(RuleForm, srcCharter21,
			fmt.Sprintf("Có %d đảng viên chính thức (tối thiểu %d): được lập tổ chức đảng.", official, MinOfficialToForm),
			fmt.Sprintf("%d official members (at least %d needed): a party organisation may be formed.", official, MinOfficialToForm))
	}
	return false, reason(RuleForm, srcCharter21,
		fmt.Sprintf("Chỉ có %d đảng viên chính thức (cần ít nhất %d, không tính đảng viên dự bị): không lập tổ chức đảng; cấp uỷ cấp trên trực tiếp giới thiệu đảng viên sinh hoạt ở tổ chức cơ sở đảng thích hợp.", official, MinOfficialToForm),
		fmt.Sprintf("Only %d official members (at least %d needed; probationary members do not count): no organisation is formed; the directly superior committee sends the members to a suitable grass-roots organisation.", official, MinOfficialToForm))
}

// Leadership says what a cell elects.
type Leadership struct {
	// CellCommittee is true when the cell elects a cell committee (chi uỷ)
	// and from it the secretary and one deputy; false when it elects a
	// secretary and, if needed, one deputy.
	CellCommittee bool
	// MaxCommittee is the largest cell committee allowed (0 when none).
	MaxCommittee int
	// MaxDeputies is the most deputy secretaries.
	MaxDeputies int
	// Reason explains it.
	Reason chibo.Reason
}

// LeadershipFor returns what a cell with the given number of official
// members elects (rules/branch.md S4): fewer than 9, a secretary and at
// most one deputy; 9 or more, a cell committee of at most 7, then the
// secretary and one deputy from it.
func LeadershipFor(official int) Leadership {
	if official >= MinOfficialForCellCommittee {
		return Leadership{CellCommittee: true, MaxCommittee: MaxCellCommittee, MaxDeputies: MaxCellDeputies,
			Reason: reason(RuleLeadership, srcQD29Leader,
				fmt.Sprintf("Chi bộ có %d đảng viên chính thức (từ %d trở lên): bầu chi uỷ (không quá %d đồng chí), rồi bầu bí thư và một phó bí thư trong số chi uỷ viên.", official, MinOfficialForCellCommittee, MaxCellCommittee),
				fmt.Sprintf("The cell has %d official members (%d or more): it elects a cell committee of at most %d, then the secretary and one deputy from among its members.", official, MinOfficialForCellCommittee, MaxCellCommittee))}
	}
	return Leadership{MaxDeputies: MaxCellDeputies,
		Reason: reason(RuleLeadership, srcQD29Leader,
			fmt.Sprintf("Chi bộ có %d đảng viên chính thức (dưới %d): bầu bí thư, nếu cần bầu một phó bí thư; không bầu chi uỷ.", official, MinOfficialForCellCommittee),
			fmt.Sprintf("The cell has %d official members (fewer than %d): it elects a secretary and, if needed, one deputy; no cell committee.", official, MinOfficialForCellCommittee))}
}

// GrassRootsFor returns the form of a grass-roots organisation with the
// given number of members (official and probationary): a chi bộ cơ sở below
// 30, a đảng bộ cơ sở from 30; and whether a different form needs the
// approval of the directly superior committee.
func GrassRootsFor(members int) (Kind, chibo.Reason) {
	if members >= MembersForCommittee {
		return GrassRootsCommittee, reason(RuleGrassRoots, srcCharter21,
			fmt.Sprintf("Tổ chức cơ sở đảng có %d đảng viên (từ %d trở lên): lập đảng bộ cơ sở, có các chi bộ trực thuộc.", members, MembersForCommittee),
			fmt.Sprintf("The grass-roots organisation has %d members (%d or more): a đảng bộ cơ sở with cells under it.", members, MembersForCommittee))
	}
	return GrassRootsCell, reason(RuleGrassRoots, srcCharter21,
		fmt.Sprintf("Tổ chức cơ sở đảng có %d đảng viên (dưới %d): lập chi bộ cơ sở, có thể có tổ đảng trực thuộc.", members, MembersForCommittee),
		fmt.Sprintf("The grass-roots organisation has %d members (fewer than %d): a chi bộ cơ sở, which may have party groups.", members, MembersForCommittee))
}

// NeedsStanding reports whether a grass-roots committee of the given size
// elects a standing committee (ban thường vụ): from 9 committee members.
func NeedsStanding(committeeMembers int) (bool, chibo.Reason) {
	if committeeMembers >= MinCommitteeForStanding {
		return true, reason(RuleStanding, srcCharter22,
			fmt.Sprintf("Đảng uỷ cơ sở có %d uỷ viên (từ %d trở lên): bầu ban thường vụ.", committeeMembers, MinCommitteeForStanding),
			fmt.Sprintf("The grass-roots committee has %d members (%d or more): it elects a standing committee.", committeeMembers, MinCommitteeForStanding))
	}
	return false, reason(RuleStanding, srcHD01Standing,
		fmt.Sprintf("Đảng uỷ cơ sở có %d uỷ viên (dưới %d): không bầu ban thường vụ, chỉ bầu bí thư và phó bí thư.", committeeMembers, MinCommitteeForStanding),
		fmt.Sprintf("The grass-roots committee has %d members (fewer than %d): no standing committee; only the secretary and deputy are elected.", committeeMembers, MinCommitteeForStanding))
}

// Congress is when an organisation's next congress falls due.
type Congress struct {
	Due      chibo.Date // the date the term runs out
	Earliest chibo.Date // the earliest date allowed with consent (zero when no tolerance is known)
	Latest   chibo.Date // the latest date allowed with consent
	Reason   chibo.Reason
}

// NextCongress returns when the organisation's next congress falls due
// after its last one: for a cell under a committee, 30 months later (twice
// in 5 years), movable by 6 months either way with the committee's consent;
// for a cell in the 2025 pilot (OncePerTerm) and for grass-roots
// organisations, 5 years (the tolerance for those is not known). It
// returns false when LastCongress is not recorded.
func (o *Organisation) NextCongress() (Congress, bool) {
	if o.LastCongress.IsZero() {
		return Congress{}, false
	}
	last := o.LastCongress
	switch {
	case o.Kind == Cell && !o.OncePerTerm:
		due := last.AddMonths(CellCongressMonths)
		return Congress{Due: due, Earliest: due.AddMonths(-CongressToleranceMonths), Latest: due.AddMonths(CongressToleranceMonths),
			Reason: reason(RuleCongress, srcCharter24Term,
				fmt.Sprintf("Chi bộ trực thuộc đại hội hai lần trong nhiệm kỳ 5 năm: đại hội lần trước %s, lần sau đến hạn %s; có thể sớm hoặc muộn không quá %d tháng nếu đảng uỷ cơ sở đồng ý (%s – %s).", last.VN(), due.VN(), CongressToleranceMonths, due.AddMonths(-CongressToleranceMonths).VN(), due.AddMonths(CongressToleranceMonths).VN()),
				fmt.Sprintf("A cell under a committee holds its congress twice in 5 years: last %s, next due %s; it may be up to %d months earlier or later with the committee's consent (%s – %s).", last.VN(), due.VN(), CongressToleranceMonths, due.AddMonths(-CongressToleranceMonths).VN(), due.AddMonths(CongressToleranceMonths).VN()))}, true
	case o.Kind == Cell:
		due := last.AddMonths(TermMonths)
		return Congress{Due: due, Reason: reason(RuleCongress, srcQD294Pilot,
			fmt.Sprintf("Chi bộ thí điểm đại hội một lần trong 5 năm (Quy định 294-QĐ/TW): lần trước %s, lần sau đến hạn %s.", last.VN(), due.VN()),
			fmt.Sprintf("A cell in the pilot of one congress every 5 years (Quy định 294-QĐ/TW): last %s, next due %s.", last.VN(), due.VN()))}, true
	}
	due := last.AddMonths(TermMonths)
	return Congress{Due: due, Reason: reason(RuleCongress, srcCharterTerm22,
		fmt.Sprintf("Tổ chức cơ sở đảng có nhiệm kỳ 5 năm: đại hội lần trước %s, lần sau đến hạn %s.", last.VN(), due.VN()),
		fmt.Sprintf("A grass-roots organisation has a 5-year term: last congress %s, next due %s.", last.VN(), due.VN()))}, true
}

// Check reports every structure rule the organisation breaks on d: too few
// official members, the wrong leadership for its size (a cell committee
// where none may be elected, or too large; too many deputies; officers who
// are not official members), the wrong grass-roots form without approval,
// a missing or unneeded standing committee, a congress overdue. It returns
// nil when the organisation keeps every rule.
func (o *Organisation) Check(d chibo.Date) []chibo.Reason {
	var out []chibo.Reason
	c := o.CountOn(d)
	if o.Kind.IsCell() || o.Kind == GrassRootsCommittee {
		if ok, r := CanForm(c.Official); !ok {
			out = append(out, r)
		}
	}
	if o.Kind.IsCell() {
		out = o.checkCellLeadership(out, c)
	}
	if o.Kind == GrassRootsCell || o.Kind == GrassRootsCommittee {
		want, r := GrassRootsFor(c.Total())
		if (want != o.Kind || (o.Kind == GrassRootsCommittee && o.HasSubCommittees)) && !o.Approved {
			out = append(out, reason(RuleGrassRoots, srcCharter21,
				fmt.Sprintf("Là %s với %d đảng viên, hoặc có đảng bộ bộ phận, mà chưa được cấp uỷ cấp trên trực tiếp đồng ý. %s", o.Kind.VI(), c.Total(), r.VI),
				fmt.Sprintf("A %s of %d members, or with sub-committees, needs the directly superior committee's approval, which is not recorded. %s", o.Kind.VI(), c.Total(), r.EN)))
		}
	}
	if o.Kind == GrassRootsCommittee && len(o.Committee) > 0 {
		need, r := NeedsStanding(len(o.Committee))
		if need != (len(o.Standing) > 0) {
			out = append(out, r)
		}
	}
	for _, id := range o.officers() {
		if m := o.Member(id); m == nil || !m.OfficialOn(d) {
			out = append(out, reason(RuleLeaderRoles, srcCharter24,
				fmt.Sprintf("Đồng chí %s giữ chức vụ trong cấp uỷ nhưng không phải đảng viên chính thức của tổ chức tại ngày %s (đảng viên dự bị không được bầu cử, ứng cử).", id, d.VN()),
				fmt.Sprintf("%s holds a leadership post but is not an official member of the organisation on %s (probationary members cannot stand for or vote in elections).", id, d.VN())))
		}
	}
	if cg, ok := o.NextCongress(); ok {
		late := cg.Latest
		if late.IsZero() {
			late = cg.Due
		}
		if d.After(late) {
			out = append(out, reason(RuleCongress, cg.Reason.Source,
				fmt.Sprintf("Quá hạn đại hội tại ngày %s. %s", d.VN(), cg.Reason.VI),
				fmt.Sprintf("The congress is overdue on %s. %s", d.VN(), cg.Reason.EN)))
		}
	}
	return out
}

func (o *Organisation) checkCellLeadership(out []chibo.Reason, c Counts) []chibo.Reason {
	l := LeadershipFor(c.Official)
	switch {
	case !l.CellCommittee && len(o.Committee) > 0:
		out = append(out, reason(RuleLeadership, srcQD29Leader,
			fmt.Sprintf("Chi bộ có chi uỷ %d đồng chí nhưng chỉ có %d đảng viên chính thức. %s", len(o.Committee), c.Official, l.Reason.VI),
			fmt.Sprintf("The cell has a cell committee of %d but only %d official members. %s", len(o.Committee), c.Official, l.Reason.EN)))
	case l.CellCommittee && len(o.Committee) == 0:
		out = append(out, reason(RuleLeadership, srcQD29Leader,
			fmt.Sprintf("Chi bộ có %d đảng viên chính thức nhưng chưa có chi uỷ. %s", c.Official, l.Reason.VI),
			fmt.Sprintf("The cell has %d official members but no cell committee. %s", c.Official, l.Reason.EN)))
	case l.CellCommittee && len(o.Committee) > l.MaxCommittee:
		out = append(out, reason(RuleCommitteeMax, srcQD29Leader,
			fmt.Sprintf("Chi uỷ có %d đồng chí, vượt quá %d.", len(o.Committee), l.MaxCommittee),
			fmt.Sprintf("The cell committee has %d members, more than %d.", len(o.Committee), l.MaxCommittee)))
	}
	if len(o.Deputies) > l.MaxDeputies {
		out = append(out, reason(RuleDeputies, srcQD29Leader,
			fmt.Sprintf("Chi bộ có %d phó bí thư; chỉ được bầu %d.", len(o.Deputies), l.MaxDeputies),
			fmt.Sprintf("The cell has %d deputy secretaries; it may elect %d.", len(o.Deputies), l.MaxDeputies)))
	}
	return out
}

// officers returns the IDs holding a post, each once.
func (o *Organisation) officers() []string {
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	add(o.Secretary)
	for _, l := range [][]string{o.Deputies, o.Committee, o.Standing} {
		for _, id := range l {
			add(id)
		}
	}
	return ids
}

// CongressForm is the form of a grass-roots congress.
type CongressForm uint8

const (
	// AllMembers is a congress of all members (đại hội đảng viên).
	AllMembers CongressForm = iota + 1
	// Delegates is a delegates' congress (đại hội đại biểu).
	Delegates
)

// String returns "all-members" or "delegates".
func (f CongressForm) String() string {
	switch f {
	case AllMembers:
		return "all-members"
	case Delegates:
		return "delegates"
	}
	return fmt.Sprintf("CongressForm(%d)", uint8(f))
}

// MarshalText implements encoding.TextMarshaler.
func (f CongressForm) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

const (
	// DelegatesFrom is the membership from which a đảng bộ cơ sở holds a
	// delegates' congress (Chỉ thị 35-CT/TW, 2019, for the 2020–2025 round).
	DelegatesFrom = 200
	// MaxCongressDays is the longest grass-roots congress in that round.
	MaxCongressDays = 2
)

// RuleCongressForm is the rule identifier of the congress form.
const RuleCongressForm = "branch.congress.form"

var srcCT35 = chibo.Source{
	Document: "35-CT/TW", Issuer: "Bộ Chính trị", Date: chibo.DateOf(2019, time.May, 30), Section: "đại hội đảng bộ cơ sở (2020–2025 round)",
	URL:        "http://tvs.vuc.vn/data/sachdientu/chuanbithattotdaihoi_9786045755679/files/basic-html/page109.html",
	Confidence: chibo.Verified,
}

// CongressFormFor returns the form of a grass-roots congress for a
// đảng bộ cơ sở of the given membership, as Chỉ thị 35-CT/TW set it for the
// 2020–2025 round: below 200 members a congress of all members, from 200 a
// delegates' congress (the directive allows exceptions for difficulties,
// which the committee decides), lasting at most 2 days. Later rounds are
// governed by their own directives, whose text was not read.
func CongressFormFor(members int) (CongressForm, chibo.Reason) {
	if members >= DelegatesFrom {
		return Delegates, reason(RuleCongressForm, srcCT35,
			fmt.Sprintf("Đảng bộ cơ sở có %d đảng viên (từ %d trở lên): tổ chức đại hội đại biểu, không quá %d ngày.", members, DelegatesFrom, MaxCongressDays),
			fmt.Sprintf("A đảng bộ cơ sở of %d members (%d or more): a delegates' congress, at most %d days.", members, DelegatesFrom, MaxCongressDays))
	}
	return AllMembers, reason(RuleCongressForm, srcCT35,
		fmt.Sprintf("Đảng bộ cơ sở có %d đảng viên (dưới %d): tổ chức đại hội đảng viên, không quá %d ngày.", members, DelegatesFrom, MaxCongressDays),
		fmt.Sprintf("A đảng bộ cơ sở of %d members (fewer than %d): a congress of all members, at most %d days.", members, DelegatesFrom, MaxCongressDays))
}
