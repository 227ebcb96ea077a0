package evaluation

import (
	"cmp"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"time"

	"github.com/chibo-go/chibo"
)

// Rounding says how a quota's share is rounded before the count of HTXS is
// compared with it.
type Rounding uint8

const (
	// Floor compares with the exact share, so that the count of HTXS never
	// exceeds it ("không vượt quá"): the literal reading, and the default.
	Floor Rounding = iota
	// HalfUp rounds the share half up first: x ≤ ⌊Num × (T − x) / Den +
	// 1/2⌋, a plausible local practice (17 members give 3 instead of 2).
	HalfUp
)

var roundingNames = [...]string{"floor", "half-up"}

// String returns "floor" or "half-up".
func (r Rounding) String() string {
	if int(r) < len(roundingNames) {
		return roundingNames[r]
	}
	return fmt.Sprintf("Rounding(%d)", uint8(r))
}

// MarshalText implements encoding.TextMarshaler.
func (r Rounding) MarshalText() ([]byte, error) {
	if int(r) >= len(roundingNames) {
		return nil, fmt.Errorf("evaluation: invalid rounding %d", uint8(r))
	}
	return []byte(roundingNames[r]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Rounding) UnmarshalText(b []byte) error {
	for i, n := range roundingNames {
		if strings.EqualFold(string(b), n) {
			*r = Rounding(i)
			return nil
		}
	}
	return fmt.Errorf("evaluation: unknown rounding %q (want floor or half-up)", b)
}

// QuotaRule is the cap on the top level (HTXS) within a group of
// comparable positions: the number ranked HTXS may not exceed Num/Den of
// the number ranked HTT (1/5, "không vượt quá 20%"). Demoting an HTXS
// candidate to HTT raises the HTT count, so the cap is taken on the final
// counts: of T = HTXS proposals + HTT rankings in the group, the largest x
// with x ≤ Num/Den × (T − x) keep HTXS (rules digest 2.25; derived, marked
// Inferred). With Floor this is x = ⌊Num × T / (Num + Den)⌋ (T/6 for 1/5);
// with HalfUp the share Num × (T − x) / Den is rounded half up before the
// comparison, x = ⌊(2 × Num × T + Den) / (2 × (Num + Den))⌋.
type QuotaRule struct {
	// Num and Den are the ratio: 1 and 5 for 20%. Both at most
	// MaxQuotaTerm; Den at least 1.
	Num int `json:"num"`
	Den int `json:"den"`
	// Rounding is Floor (the default) or HalfUp.
	Rounding Rounding `json:"rounding"`
	// Source is the rule's legal basis.
	Source chibo.Source `json:"source"`
}

// MaxQuotaTerm is the largest Num or Den a QuotaRule may have.
const MaxQuotaTerm = 1 << 20

// ErrQuota is wrapped by the error QuotaRule.Validate returns.
var ErrQuota = errors.New("evaluation: invalid quota rule")

func (q QuotaRule) valid() bool {
	return q.Num >= 0 && q.Num <= MaxQuotaTerm && q.Den >= 1 && q.Den <= MaxQuotaTerm && q.Rounding <= HalfUp
}

// Validate reports whether the rule can be applied: 0 ≤ Num ≤ MaxQuotaTerm,
// 1 ≤ Den ≤ MaxQuotaTerm, a known Rounding. The zero QuotaRule is invalid.
func (q QuotaRule) Validate() error {
	if q.valid() {
		return nil
	}
	return fmt.Errorf("%w: ratio %d/%d, rounding %s (want 0 ≤ num ≤ %d, 1 ≤ den ≤ %d, floor or half-up)", ErrQuota, q.Num, q.Den, q.Rounding, MaxQuotaTerm, MaxQuotaTerm)
}

// String returns "1/5 floor".
func (q QuotaRule) String() string { return fmt.Sprintf("%d/%d %s", q.Num, q.Den, q.Rounding) }

// The sources of the ratio rule (rules/evaluation.md 2.21–2.25;
// rules/second-pass.md gap 2, 2.4).
var (
	srcQuota2018 = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: chibo.DateOf(2019, time.October, 18),
		Section:    "số đảng viên HTXS không vượt quá 20% số đảng viên xếp loại HTT trong từng tổ chức cơ sở đảng (rules 2.21); counted on the final numbers, x ≤ 1/5 × (T − x), and rounded down: the library's reading (rules 2.24, 2.25)",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/4C187-hd-co-giay-khen-hoan-thanh-xuat-sac-nhiem-vu-co-duoc-coi-la-dang-vien-du-tu-cach-hoan-thanh-xuat-sac-nhiem-vu.html",
		Confidence: chibo.Inferred}
	srcQuota2023 = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: chibo.DateOf(2023, time.October, 4),
		Section:    "Điều 12: HTXS không vượt quá 20% số HTT trong từng nhóm có vai trò, chức năng, nhiệm vụ tương đồng — verified for collectives, reported for individuals (rules 2.22); final counts and floor: the library's reading (rules 2.24, 2.25)",
		URL:        "https://lawnet.vn/giao-duc/en/guidelines-for-evaluation-and-classification-of-communist-party-members-according-to-regulation-124--15768.html",
		Confidence: chibo.Inferred}
	srcQuota2023Org = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: chibo.DateOf(2023, time.October, 4),
		Section:    "Điều 12: tập thể HTXS không vượt quá 20% số tập thể HTT trong từng nhóm có vai trò, chức năng, nhiệm vụ tương đồng (rules 2.22, 3.12); final counts and floor: the library's reading",
		URL:        srcQuota2023.URL,
		Confidence: chibo.Inferred}
	srcQuota2025 = chibo.Source{Document: "43-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: chibo.DateOf(2025, time.October, 31),
		Section:    "xếp loại cuối năm bảo đảm tỷ lệ theo nhóm chức danh tương đồng (rules 2.23); the 366-QĐ/TW wording (percentage, base, exceptions) was not retrieved: 20% of HTT as in 124-QĐ/TW and Nghị định 335/2025/NĐ-CP, final counts, floor",
		URL:        "https://news.laodong.vn/thoi-su/danh-gia-dinh-ky-hang-quy-doi-voi-can-bo-thuoc-dien-bo-chinh-tri-ban-bi-thu-quan-ly-1611165.ldo",
		Confidence: chibo.Unverified}
)

// MaxOutstanding returns the most HTXS rankings q allows in a group whose
// HTXS proposals and HTT rankings number total: the largest x with x ≤
// Num/Den × (total − x), after q's rounding, in integer arithmetic. For
// 1/5 and Floor that is total/6 rounded down: 17 gives 2 (2 ≤ 15/5; 3 >
// 14/5), 6 gives 1 (1 HTXS, 5 HTT). It returns 0 for total ≤ 0 and for an
// invalid rule (see QuotaRule.Validate).
func MaxOutstanding(total int, q QuotaRule) int {
	if total <= 0 || !q.valid() {
		return 0
	}
	num, den, t := uint64(q.Num), uint64(q.Den), uint64(total)
	var x uint64
	if q.Rounding == HalfUp {
		hi, lo := bits.Mul64(2*num, t)
		var c uint64
		lo, c = bits.Add64(lo, den, 0)
		x, _ = bits.Div64(hi+c, lo, 2*(num+den))
	} else {
		hi, lo := bits.Mul64(num, t)
		x, _ = bits.Div64(hi, lo, num+den)
	}
	return int(min(x, t))
}

// GroupQuota is how the quota went in one group.
type GroupQuota struct {
	// Group is the group's name (MemberRanking.Group, OrgRanking.Group).
	Group string `json:"group"`
	// Total is the HTXS proposals plus the HTT rankings (T); Max the most
	// HTXS allowed (MaxOutstanding); Proposed the HTXS proposals; Kept
	// those who keep HTXS.
	Total    int `json:"total"`
	Max      int `json:"max"`
	Proposed int `json:"proposed"`
	Kept     int `json:"kept"`
	// Order lists the HTXS proposals by ID in the quota's order — score
	// (highest first), then priority (lowest first), then ID, then the
	// input's order: the first Kept keep HTXS, the rest (Demoted) are moved
	// to HTT.
	Order   []string `json:"order,omitempty"`
	Demoted []string `json:"demoted,omitempty"`
	// Reason explains the count, with the rule's source.
	Reason chibo.Reason `json:"reason"`
}

// QuotaResult is a review after the quota.
type QuotaResult struct {
	// Rankings are the rankings after the quota, in the input's order:
	// copies, with Rank lowered to HTT, Demoted set and a reason added for
	// each one moved down, and a reason for each one kept. A Proposed left
	// NotRanked is set to the input's Rank.
	Rankings []MemberRanking `json:"rankings"`
	// Groups are the groups in the order they first appear.
	Groups []GroupQuota `json:"groups"`
	// Err is set, and nothing is changed, when the rule is invalid.
	Err error `json:"-"`
}

// OrgQuotaResult is the same for organisations.
type OrgQuotaResult struct {
	Rankings []OrgRanking `json:"rankings"`
	Groups   []GroupQuota `json:"groups"`
	Err      error        `json:"-"`
}

// RuleQuota is the rule of the quota's reasons.
const RuleQuota = "evaluation.quota"

// quotaItem is what the quota reads of a ranking.
type quotaItem struct {
	group, id string
	rank      Rank
	score     float64
	priority  int
}

// quotaOrder compares two HTXS proposals in the quota's order: score
// descending (NaN last), priority ascending, ID ascending, input order.
func quotaOrder(a, b *quotaItem, i, j int) int {
	return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.priority, b.priority), strings.Compare(a.id, b.id), cmp.Compare(i, j))
}

// applyQuota runs the quota over n rankings and calls set for each HTXS
// proposal with its new rank and reason.
func applyQuota(n int, item func(i int) quotaItem, set func(i int, r Rank, reason chibo.Reason), q QuotaRule) []GroupQuota {
	type group struct {
		cands []int
		htt   int
	}
	index := make(map[string]int)
	var groups []GroupQuota
	var work []group
	items := make([]quotaItem, n)
	for i := range n {
		it := item(i)
		items[i] = it
		g, ok := index[it.group]
		if !ok {
			g = len(groups)
			index[it.group] = g
			groups = append(groups, GroupQuota{Group: it.group})
			work = append(work, group{})
		}
		switch it.rank {
		case Outstanding:
			work[g].cands = append(work[g].cands, i)
		case CompletedWell:
			work[g].htt++
		}
	}
	for g := range groups {
		gq, w := &groups[g], &work[g]
		gq.Proposed = len(w.cands)
		gq.Total = gq.Proposed + w.htt
		gq.Max = MaxOutstanding(gq.Total, q)
		gq.Kept = min(gq.Max, gq.Proposed)
		slices.SortFunc(w.cands, func(i, j int) int { return quotaOrder(&items[i], &items[j], i, j) })
		for _, i := range w.cands {
			gq.Order = append(gq.Order, items[i].id)
		}
		gq.Demoted = gq.Order[gq.Kept:len(gq.Order):len(gq.Order)]
		if len(gq.Demoted) == 0 {
			gq.Demoted = nil
		}
		gq.Reason = groupReason(gq, q)
		for pos, i := range w.cands {
			set(i, quotaRank(pos, gq), memberQuotaReason(gq, q, pos))
		}
	}
	return groups
}

func quotaRank(pos int, gq *GroupQuota) Rank {
	if pos < gq.Kept {
		return Outstanding
	}
	return CompletedWell
}

func roundingText(q QuotaRule) (vi, en string) {
	if q.Rounding == HalfUp {
		return "làm tròn nửa lên", "rounded half up"
	}
	return "làm tròn xuống", "rounded down"
}

func groupReason(gq *GroupQuota, q QuotaRule) chibo.Reason {
	rv, re := roundingText(q)
	return chibo.Reason{Rule: RuleQuota, Source: q.Source,
		VI: fmt.Sprintf("Nhóm %q: %d đề nghị HTXS và %d HTT (tổng %d); HTXS tối đa %d — số x lớn nhất với x ≤ %d/%d × (%d − x), %s; giữ %d, chuyển xuống HTT %d.",
			gq.Group, gq.Proposed, gq.Total-gq.Proposed, gq.Total, gq.Max, q.Num, q.Den, gq.Total, rv, gq.Kept, gq.Proposed-gq.Kept),
		EN: fmt.Sprintf("Group %q: %d HTXS %s and %d HTT (%d in all); at most %d HTXS — the largest x with x ≤ %d/%d × (%d − x), %s; %d kept, %d moved to HTT.",
			gq.Group, gq.Proposed, pluralEN(gq.Proposed, "proposal", "proposals"), gq.Total-gq.Proposed, gq.Total, gq.Max, q.Num, q.Den, gq.Total, re, gq.Kept, gq.Proposed-gq.Kept)}
}

func memberQuotaReason(gq *GroupQuota, q QuotaRule, pos int) chibo.Reason {
	r := chibo.Reason{Rule: RuleQuota, Source: q.Source}
	head := fmt.Sprintf("Tỷ lệ HTXS nhóm %q: tối đa %d trong %d đề nghị (x ≤ %d/%d × (%d − x)); xếp thứ %d/%d theo điểm (cao trước), thứ tự ưu tiên, mã", gq.Group, gq.Max, gq.Proposed, q.Num, q.Den, gq.Total, pos+1, gq.Proposed)
	headEN := fmt.Sprintf("HTXS quota of group %q: at most %d of %d proposals (x ≤ %d/%d × (%d − x)); position %d of %d by score (highest first), priority, ID", gq.Group, gq.Max, gq.Proposed, q.Num, q.Den, gq.Total, pos+1, gq.Proposed)
	if pos < gq.Kept {
		r.VI, r.EN = head+": giữ HTXS.", headEN+": keeps HTXS."
	} else {
		r.VI, r.EN = head+": chuyển xuống HTT.", headEN+": moved down to HTT."
	}
	return r
}

// ApplyQuota applies q to a review's member rankings, group by group
// (MemberRanking.Group; "" is a group too). In each group T is the number
// of HTXS proposals (Rank Outstanding) plus the HTT rankings; the first
// MaxOutstanding(T, q) proposals in the quota's order keep HTXS — score
// highest first, then Priority lowest first, then ID, then the input's
// order (a stable order a committee can audit) — and the others are moved
// to HTT with Demoted set. Every proposal gets a reason (rule RuleQuota)
// saying where it stood; the input is not changed. Rankings of other
// levels, and members not ranked, are left as they are and are not
// counted.
//
// Applying the quota twice changes nothing more. An invalid rule changes
// nothing and sets Err.
func ApplyQuota(rs []MemberRanking, q QuotaRule) QuotaResult {
	out := QuotaResult{Rankings: slices.Clone(rs)}
	for i := range out.Rankings {
		if r := &out.Rankings[i]; r.Proposed == NotRanked {
			r.Proposed = r.Rank
		}
	}
	if err := q.Validate(); err != nil {
		out.Err = err
		return out
	}
	out.Groups = applyQuota(len(rs), func(i int) quotaItem {
		r := &rs[i]
		return quotaItem{group: r.Group, id: r.ID, rank: r.Rank, score: r.Score, priority: r.Priority}
	}, func(i int, rk Rank, reason chibo.Reason) {
		r := &out.Rankings[i]
		r.Reasons = append(slices.Clip(r.Reasons), reason)
		if rk != r.Rank {
			r.Rank, r.Demoted = rk, true
		}
	}, q)
	return out
}

// ApplyOrgQuota applies q to organisation rankings as ApplyQuota does to
// members, group by group (OrgRanking.Group).
func ApplyOrgQuota(rs []OrgRanking, q QuotaRule) OrgQuotaResult {
	out := OrgQuotaResult{Rankings: slices.Clone(rs)}
	for i := range out.Rankings {
		if r := &out.Rankings[i]; r.Proposed == NotRanked {
			r.Proposed = r.Rank
		}
	}
	if err := q.Validate(); err != nil {
		out.Err = err
		return out
	}
	out.Groups = applyQuota(len(rs), func(i int) quotaItem {
		r := &rs[i]
		return quotaItem{group: r.Group, id: r.ID, rank: r.Rank, score: r.Score, priority: r.Priority}
	}, func(i int, rk Rank, reason chibo.Reason) {
		r := &out.Rankings[i]
		r.Reasons = append(slices.Clip(r.Reasons), reason)
		if rk != r.Rank {
			r.Rank, r.Demoted = rk, true
		}
	}, q)
	return out
}

// QuotaQuick applies q to one group without reasons: the bulk path of
// ApplyQuota, as RankQuick is of RankMember. group holds the group's
// member years and ranks their ranks (RankQuick), index for index; the
// Group fields are not read — the caller passes one group at a time. The
// HTXS proposals that do not keep the level are set to CompletedWell in
// ranks, in the same order as ApplyQuota (Score, Priority, Member.ID,
// index). scratch, when not nil, is an index slice reused from call to
// call, so that the quota allocates nothing once it has grown. It returns
// the most HTXS allowed and the number moved down; an invalid rule changes
// nothing.
func QuotaQuick(q QuotaRule, group []MemberYear, ranks []Rank, scratch *[]int) (maxHTXS, demoted int) {
	n := min(len(group), len(ranks))
	cands, htt := 0, 0
	for _, r := range ranks[:n] {
		switch r {
		case Outstanding:
			cands++
		case CompletedWell:
			htt++
		}
	}
	if !q.valid() {
		return 0, 0
	}
	maxHTXS = MaxOutstanding(cands+htt, q)
	if cands <= maxHTXS {
		return maxHTXS, 0
	}
	var idx []int
	if scratch != nil {
		idx = (*scratch)[:0]
	}
	for i, r := range ranks[:n] {
		if r == Outstanding {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(i, j int) int {
		a, b := &group[i], &group[j]
		var ia, ib string
		if a.Member != nil {
			ia = a.Member.ID
		}
		if b.Member != nil {
			ib = b.Member.ID
		}
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Priority, b.Priority), strings.Compare(ia, ib), cmp.Compare(i, j))
	})
	for _, i := range idx[maxHTXS:] {
		ranks[i] = CompletedWell
	}
	if scratch != nil {
		*scratch = idx
	}
	return maxHTXS, len(idx) - maxHTXS
}

// pluralEN picks the English singular for a count of one.
func pluralEN(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
