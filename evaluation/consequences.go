package evaluation

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
)

// Rule identifiers of the consequences.
const (
	// RuleTwoYears: a member ranked KHTNV two years running, candidate for
	// the list of Hướng dẫn 02-HD/BTCTW (2021).
	RuleTwoYears = "evaluation.consequence.two-years"
	// RuleConsolidation: an organisation ranked KHTNV two years running,
	// flagged for consolidation (advisory: no document found).
	RuleConsolidation = "evaluation.consequence.consolidation"
)

// Flag is a consequence of two rankings: a member or an organisation
// ranked KHTNV in two consecutive years.
type Flag struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// Organisation: the flag is about an organisation (or its leadership
	// collective, Committee), not a member.
	Organisation bool `json:"organisation,omitempty"`
	Committee    bool `json:"committee,omitempty"`
	// Years are the two years ranked KHTNV, earlier first.
	Years [2]int `json:"years"`
	// Rule is RuleTwoYears or RuleConsolidation.
	Rule string `json:"rule"`
	// Advisory: information only, resting on no document found; the
	// reason's Source is Unverified.
	Advisory bool `json:"advisory,omitempty"`
	// Reason explains the flag and what follows from it.
	Reason chibo.Reason `json:"reason"`
}

// ConsequenceRules are the consequences of two years ranked KHTNV, as a
// value: the caller may copy DefaultConsequences and change it.
type ConsequenceRules struct {
	// MemberSource is the basis of the members' flag: Hướng dẫn
	// 02-HD/BTCTW (12/04/2021).
	MemberSource chibo.Source `json:"member_source"`
	// Consolidation flags organisations ranked KHTNV two years running for
	// consolidation (củng cố). No document was found for it (rules digest
	// 4.5, OQ-8): the flag is advisory, its Source Unverified, and its
	// reason says so.
	Consolidation       bool         `json:"consolidation"`
	ConsolidationSource chibo.Source `json:"consolidation_source"`
}

var (
	srcHD02 = chibo.Source{Document: "02-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: chibo.DateOf(2021, time.April, 12),
		Section:    "rà soát, sàng lọc, đưa đảng viên không đủ tư cách ra khỏi Đảng: hai năm liền xếp loại KHTNV là tiêu chí đầu tiên để đưa vào danh sách giáo dục, giúp đỡ; chi bộ bỏ phiếu kín, đưa vào danh sách khi từ 2/3 đảng viên chính thức (trừ đảng viên miễn sinh hoạt) tán thành (rules 4.1, 4.2)",
		URL:        "https://hoatieu.vn/phap-luat/huong-dan-02-hd-btctw-2021-ve-quy-trinh-ra-soat-dang-vien-khong-du-tu-cach-ra-khoi-dang-208000",
		Confidence: chibo.Verified}
	srcConsolidation = chibo.Source{Document: "(no document found)",
		Section:    "an organisation ranked KHTNV two years running leading to consolidation (củng cố, kiện toàn) was not found in any source read (rules 4.5, OQ-8): advisory only",
		Confidence: chibo.Unverified}
)

// DefaultConsequences are the library's default consequences: the HD 02
// flag for members, and the advisory consolidation flag for organisations
// switched on. It is on because the flag only informs — it names no
// measure, says that no document was found, and a committee loses nothing
// by reading it — while a cell failing two years running is what a
// superior committee needs to see; a caller who wants only sourced rules
// sets Consolidation to false.
var DefaultConsequences = ConsequenceRules{
	MemberSource:        srcHD02,
	Consolidation:       true,
	ConsolidationSource: srcConsolidation,
}

// Consecutive flags the members ranked KHTNV in both prev and cur, by
// DefaultConsequences; see ConsequenceRules.Members.
func Consecutive(prev, cur []MemberRanking) []Flag { return DefaultConsequences.Members(prev, cur) }

// ConsecutiveOrgs flags the organisations ranked KHTNV in both prev and
// cur, by DefaultConsequences; see ConsequenceRules.Organisations.
func ConsecutiveOrgs(prev, cur []OrgRanking) []Flag {
	return DefaultConsequences.Organisations(prev, cur)
}

// Members flags each member (by ID) ranked KHTNV in cur whose ranking in
// prev, for the year before, was KHTNV too: two years running is the
// first criterion for the list of members the cell educates and helps
// before it considers removal from the Party (Hướng dẫn 02-HD/BTCTW,
// 2021). The flag is not a removal: the cell committee drafts the list,
// asks the superior committee, and the cell votes by secret ballot per
// member; a member is listed only if at least two thirds of the official
// members (exempt members excluded) agree. Rankings of other years are
// ignored; flags follow cur's order, one per member.
func (c *ConsequenceRules) Members(prev, cur []MemberRanking) []Flag {
	type idYear struct {
		id   string
		year int
	}
	before := make(map[idYear]bool)
	for _, r := range prev {
		if r.Rank == NotCompleted {
			before[idYear{r.ID, r.Year}] = true
		}
	}
	var out []Flag
	seen := make(map[string]bool)
	for _, r := range cur {
		y := r.Year - 1
		if r.Rank != NotCompleted || !before[idYear{r.ID, y}] || seen[r.ID] {
			continue
		}
		seen[r.ID] = true
		out = append(out, Flag{ID: r.ID, Name: r.Name, Years: [2]int{y, r.Year}, Rule: RuleTwoYears,
			Reason: chibo.Reason{Rule: RuleTwoYears, Source: c.MemberSource,
				VI: fmt.Sprintf("Đảng viên %s xếp loại KHTNV hai năm liền (%d và %d): thuộc diện xem xét đưa vào danh sách giáo dục, giúp đỡ theo Hướng dẫn 02-HD/BTCTW — chi uỷ lập danh sách, xin ý kiến cấp uỷ cấp trên, chi bộ bỏ phiếu kín; chỉ đưa vào danh sách khi từ 2/3 đảng viên chính thức (trừ đảng viên miễn sinh hoạt) tán thành. Không phải tự động đưa ra khỏi Đảng.", labelled(r.Name, r.ID), y, r.Year),
				EN: fmt.Sprintf("Member %s was ranked KHTNV two years running (%d and %d): a candidate for the list of members to educate and help under Hướng dẫn 02-HD/BTCTW — the cell committee drafts the list, asks the superior committee, and the cell votes by secret ballot; listed only if at least two thirds of the official members (exempt members excluded) agree. Not an automatic removal from the Party.", labelled(r.Name, r.ID), y, r.Year)},
		})
	}
	return out
}

// Organisations flags each organisation or leadership collective (by ID
// and Committee) ranked KHTNV in cur whose ranking in prev, for the year
// before, was KHTNV too, for consolidation — when c.Consolidation is on.
// The flag is advisory: no document was found that attaches a measure to
// two years at KHTNV (rules digest 4.5), its Source is Unverified and its
// reason says so.
func (c *ConsequenceRules) Organisations(prev, cur []OrgRanking) []Flag {
	if !c.Consolidation {
		return nil
	}
	type key struct {
		id        string
		committee bool
	}
	type keyYear struct {
		key
		year int
	}
	before := make(map[keyYear]bool)
	for _, r := range prev {
		if r.Rank == NotCompleted {
			before[keyYear{key{r.ID, r.Committee}, r.Year}] = true
		}
	}
	var out []Flag
	seen := make(map[key]bool)
	for _, r := range cur {
		k := key{r.ID, r.Committee}
		y := r.Year - 1
		if r.Rank != NotCompleted || !before[keyYear{k, y}] || seen[k] {
			continue
		}
		seen[k] = true
		whoVI, whoEN := "Tổ chức đảng", "Organisation"
		if r.Committee {
			whoVI, whoEN = "Tập thể lãnh đạo của", "The leadership collective of"
		}
		out = append(out, Flag{ID: r.ID, Name: r.Name, Organisation: true, Committee: r.Committee, Years: [2]int{y, r.Year},
			Rule: RuleConsolidation, Advisory: true,
			Reason: chibo.Reason{Rule: RuleConsolidation, Source: c.ConsolidationSource,
				VI: fmt.Sprintf("%s %s xếp loại KHTNV hai năm liền (%d và %d): đề nghị cấp uỷ cấp trên xem xét củng cố, kiện toàn. Chỉ để tham khảo: chưa tìm thấy văn bản quy định hệ quả này.", whoVI, labelled(r.Name, r.ID), y, r.Year),
				EN: fmt.Sprintf("%s %s was ranked KHTNV two years running (%d and %d): the superior committee may consider consolidating it. Advisory only: no document was found that sets this consequence.", whoEN, labelled(r.Name, r.ID), y, r.Year)},
		})
	}
	return out
}

func labelled(n, id string) string {
	if n == "" {
		return id
	}
	return n + " (" + id + ")"
}
