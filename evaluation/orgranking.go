package evaluation

import (
	"errors"
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/member"
)

// OrgRules are a regime's rules for ranking party organisations (tổ chức
// đảng) and their leadership collectives (tập thể lãnh đạo: cấp uỷ, chi
// uỷ, ban thường vụ). Percent thresholds of 0 switch their rule off.
type OrgRules struct {
	// HTXS, HTT and HTNV are the organisations' levels; below HTNV is KHTNV.
	// Their MinScore and grades work as for members; their task shares are
	// the organisation's percentages; NoDiscipline bars a level when the
	// year saw discipline (see DisciplineBarWide).
	HTXS LevelRule `json:"htxs"`
	HTT  LevelRule `json:"htt"`
	HTNV LevelRule `json:"htnv"`
	// DisciplineBarWide: a level's NoDiscipline counts the subordinate
	// organisations and the members of the leadership collective disciplined
	// (2023, 2025); otherwise only the collective itself (2018, HD 21: "the
	// organisation not disciplined").
	DisciplineBarWide bool `json:"discipline_bar_wide,omitempty"`

	// NewOrgMonths: an organisation or leadership collective founded less
	// than this many months before the review is not ranked (0: no rule).
	NewOrgMonths int          `json:"new_org_months"`
	NewOrgSource chibo.Source `json:"new_org_source"`

	// KHTNVSource is the basis of the cases ranked KHTNV whatever the
	// grades or score: a criterion Kém, internal disunity, a member
	// concluded degraded.
	KHTNVSource chibo.Source `json:"khtnv_source"`
	// SubordinateViolation: a subordinate unit's corruption, waste or other
	// violation disciplined under Party or State rules makes the collective
	// KHTNV, unless it detected and remedied it itself (2023 3.6a).
	SubordinateViolation bool `json:"subordinate_violation,omitempty"`
	// MaxSubordinatesDisciplinedPercent: more than this share of the
	// subordinate organisations disciplined in the year is KHTNV, with no
	// exception (2023 3.6c: 20).
	MaxSubordinatesDisciplinedPercent int          `json:"max_subordinates_disciplined_percent,omitempty"`
	SubordinatesSource                chibo.Source `json:"subordinates_source"`
	// LeadershipDisciplined: the leadership collective disciplined as a
	// collective is KHTNV (2023 3.6c; 2018 3.8).
	LeadershipDisciplined bool         `json:"leadership_disciplined,omitempty"`
	LeadershipSource      chibo.Source `json:"leadership_source"`
	// CommitteeMemberForm: when a leadership collective is ranked
	// (OrgYear.Committee), one of its members disciplined in the year at
	// this form or a more severe one makes it KHTNV (2018 3.8: cảnh cáo;
	// 0: no rule).
	CommitteeMemberForm   member.Form  `json:"committee_member_form,omitzero"`
	CommitteeMemberSource chibo.Source `json:"committee_member_source"`
	// MinTargetsPercent: fewer targets met than this share is KHTNV —
	// and only with the main targets missed too when TargetsNeedMain (for
	// an organisation) or CommitteeTargetsNeedMain (for a leadership
	// collective) is set (force majeure is the caller's to leave out).
	MinTargetsPercent        int          `json:"min_targets_percent,omitempty"`
	TargetsNeedMain          bool         `json:"targets_need_main,omitempty"`
	CommitteeTargetsNeedMain bool         `json:"committee_targets_need_main,omitempty"`
	TargetsSource            chibo.Source `json:"targets_source"`
	// OneViolationOnce: a violation already counted in an earlier year's
	// ranking (OrgYear.CountedBefore) is not counted again (2018).
	OneViolationOnce   bool         `json:"one_violation_once,omitempty"`
	OneViolationSource chibo.Source `json:"one_violation_source"`

	// HD27 applies, as KHTNV, the "weak" thresholds of the historical
	// Hướng dẫn 27-HD/BTCTW (2014): a cell with more than half of its
	// members ranked KHTNV, a committee with more than a third of its
	// subordinate organisations KHTNV. Off in every regime: no later
	// document was found to keep them (rules 3.9); with it off the reasons
	// still say when the threshold is passed.
	HD27       bool         `json:"hd27,omitempty"`
	HD27Source chibo.Source `json:"hd27_source"`

	// MeetingSource is cited by the reason that reports the period review
	// of the organisation's meetings (OrgYear.Meetings): information only,
	// since the rules found do not tie the ranking to meeting quality
	// (rules 3.10).
	MeetingSource chibo.Source `json:"meeting_source"`
	// MeetingCap is an opt-in rule of the caller's tying the ranking to the
	// meetings: off in every regime.
	MeetingCap MeetingCap `json:"meeting_cap"`

	// Quota caps HTXS against HTT per group of comparable organisations
	// (ApplyOrgQuota).
	Quota QuotaRule `json:"quota"`
}

// MeetingCap ranks an organisation at most Rank when more than LowPercent
// of the cell meetings rated in its period review (OrgYear.Meetings) were
// rated Trung bình or Kém (chưa đạt under the 2018 framework). It is off
// when LowPercent is 0 — in every regime of the package, as no rule found
// ties the ranking to meeting quality; a province that has one sets it,
// with its own Source. A zero Rank means CompletedWell (no HTXS).
type MeetingCap struct {
	LowPercent int          `json:"low_percent"`
	Rank       Rank         `json:"rank,omitzero"`
	Source     chibo.Source `json:"source"`
}

// Sources of the organisations' rules (rules/evaluation.md §3).
var (
	srcHD21Org = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD21.Date,
		Section:    "tổ chức cơ sở đảng, chi bộ: HTNV — các tiêu chí Trung bình trở lên, không bị kỷ luật (trừ trường hợp tự phát hiện và khắc phục); KHTNV — dưới 50% chỉ tiêu (trừ bất khả kháng) (rules 3.7)",
		URL:        "https://danluatold.thuvienphapluat.vn/xep-loai-chi-bo-co-dang-vien-sinh-con-thu-ba-197578.aspx",
		Confidence: chibo.Verified}
	srcHD21OrgUpper   = inferred(srcHD21Org, "HTXS and HTT of organisations were not retrieved for 21-HD/BTCTW: read as the 2023 collective levels (rules 3.5), with the HTNV discipline bar")
	srcHD21Collective = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD21.Date,
		Section:    "tập thể lãnh đạo, quản lý KHTNV: mất đoàn kết hoặc có thành viên suy thoái; đơn vị hoàn thành dưới 50% chỉ tiêu và chỉ tiêu chủ yếu không đạt 100%; tập thể bị kỷ luật; thành viên bị kỷ luật từ cảnh cáo trở lên, một vi phạm chỉ tính một lần (rules 3.8)",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/4BA5A-hd-tieu-chuan-danh-gia-tap-the-lanh-dao-quan-ly-khong-hoan-thanh-nhiem-vu-tu-18-10-2019.html",
		Confidence: chibo.Verified}
	srcHD21NewOrg = sec(srcHD21, "mục 1: tổ chức đảng, tập thể lãnh đạo mới thành lập dưới 6 tháng không xếp loại (rules 2.3)")

	srcQD124Org = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD124.Date,
		Section:    "Điều 12 (tập thể): HTXS — tiêu chí Tốt trở lên, kết quả nhiệm vụ Xuất sắc, không có tổ chức trực thuộc, thành viên tập thể lãnh đạo bị kỷ luật; HTT, HTNV — tiêu chí Trung bình trở lên, …, trừ trường hợp tự phát hiện, khắc phục (rules 3.5)",
		URL:        srcQD124.URL,
		Confidence: chibo.Verified}
	srcQD124OrgKHTNV = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD124.Date,
		Section:    "Điều 12 (tập thể) KHTNV: tiêu chí Kém; đơn vị trực thuộc tham nhũng, lãng phí, tiêu cực hoặc vi phạm bị kỷ luật (trừ tự phát hiện, khắc phục); dưới 50% chỉ tiêu và chỉ tiêu chủ yếu không đạt; tập thể lãnh đạo bị kỷ luật hoặc trên 20% tổ chức trực thuộc bị kỷ luật; mất đoàn kết, thành viên suy thoái (rules 3.6)",
		URL:        srcQD124KHTNV.URL,
		Confidence: chibo.Verified}
	srcNewOrgAssumed = inferred(srcHD21NewOrg, "tổ chức mới thành lập dưới 6 tháng không xếp loại: stated by 21-HD/BTCTW (2018), assumed to continue")

	srcQD366OrgHTXS = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11 điểm 1 (tập thể): từ 90 điểm; 100% nhiệm vụ đúng tiến độ, ít nhất 30% vượt yêu cầu; không có đơn vị trực thuộc, thành viên tập thể lãnh đạo bị kỷ luật (rules 3.1)",
		URL:        srcQD366.URL,
		Confidence: chibo.Verified}
	srcQD366OrgHTT = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11 điểm 2 (tập thể): từ 70 đến dưới 90 điểm; 100% nhiệm vụ đúng tiến độ (rules 3.2)",
		URL:        srcQD366HTT.URL,
		Confidence: chibo.Secondary}
	srcQD366OrgHTNV = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11 điểm 3 (tập thể): từ 50 đến dưới 70 điểm; 100% nhiệm vụ hoàn thành, không quá 20% chậm tiến độ (rules 3.3)",
		URL:        srcQD366HTT.URL,
		Confidence: chibo.Secondary}
	srcQD366OrgKHTNV = inferred(srcQD124OrgKHTNV, "366-QĐ/TW Điều 11 điểm 4 (tập thể): dưới 50 điểm; the list of cases was not retrieved — the library applies the 124-QĐ/TW list (rules 3.4)")

	srcMeetings = chibo.Source{Document: "42-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: chibo.DateOf(2025, time.October, 28),
		Section:    "the rules found do not tie an organisation's ranking to the quality of its meetings (rules 3.10): reported as information only",
		Confidence: chibo.Unverified}
	srcHD27 = chibo.Source{Document: "27-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: chibo.DateOf(2014, time.September, 25),
		Section:    "yếu kém: chi bộ có trên 1/2 đảng viên xếp loại KHTNV; đảng bộ có trên 1/3 tổ chức trực thuộc yếu kém (rules 3.9) — historical, not confirmed in later rules",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/341EB-hd-chi-bo-dang-bi-xep-loai-yeu-kem-khi-nao.html",
		Confidence: chibo.Verified}
)

var orgRules2018 = OrgRules{
	HTXS:                  LevelRule{MinCriteria: GradeGood, MinTasks: GradeExcellent, NoDiscipline: true, RemediedExcepted: true, Source: srcHD21OrgUpper},
	HTT:                   LevelRule{MinCriteria: GradeAverage, MinTasks: GradeGood, NoDiscipline: true, RemediedExcepted: true, Source: srcHD21OrgUpper},
	HTNV:                  LevelRule{MinCriteria: GradeAverage, MinTasks: GradeAverage, NoDiscipline: true, RemediedExcepted: true, Source: srcHD21Org},
	NewOrgMonths:          6,
	NewOrgSource:          srcHD21NewOrg,
	KHTNVSource:           srcHD21Collective,
	SubordinatesSource:    sec(srcHD21Collective, "no rule on subordinate organisations disciplined was retrieved for 2018"),
	LeadershipDisciplined: true, LeadershipSource: srcHD21Collective,
	CommitteeMemberForm: member.Warning, CommitteeMemberSource: srcHD21Collective,
	MinTargetsPercent: 50, CommitteeTargetsNeedMain: true, TargetsSource: srcHD21Org,
	OneViolationOnce: true, OneViolationSource: srcHD21Collective,
	HD27Source:    srcHD27,
	MeetingSource: srcMeetings,
	Quota:         QuotaRule{Num: 1, Den: 5, Rounding: Floor, Source: inferred(srcQuota2018, "20% of HTT within each grass-roots organisation is stated for members (rules 2.21); assumed for organisations")},
}

var orgRules2023 = OrgRules{
	HTXS:                 LevelRule{MinCriteria: GradeGood, MinTasks: GradeExcellent, NoDiscipline: true, Source: srcQD124Org},
	HTT:                  LevelRule{MinCriteria: GradeAverage, MinTasks: GradeGood, NoDiscipline: true, RemediedExcepted: true, Source: srcQD124Org},
	HTNV:                 LevelRule{MinCriteria: GradeAverage, MinTasks: GradeAverage, NoDiscipline: true, RemediedExcepted: true, Source: srcQD124Org},
	DisciplineBarWide:    true,
	NewOrgMonths:         6,
	NewOrgSource:         srcNewOrgAssumed,
	KHTNVSource:          srcQD124OrgKHTNV,
	SubordinateViolation: true, MaxSubordinatesDisciplinedPercent: 20, SubordinatesSource: srcQD124OrgKHTNV,
	LeadershipDisciplined: true, LeadershipSource: srcQD124OrgKHTNV,
	CommitteeMemberSource: sec(srcQD124OrgKHTNV, "a member of the leadership collective disciplined bars HTXS, and HTT and HTNV unless self-remedied (Điều 12); no further rule"),
	MinTargetsPercent:     50, TargetsNeedMain: true, CommitteeTargetsNeedMain: true, TargetsSource: srcQD124OrgKHTNV,
	OneViolationSource: srcQD124Once,
	HD27Source:         srcHD27,
	MeetingSource:      srcMeetings,
	Quota:              QuotaRule{Num: 1, Den: 5, Rounding: Floor, Source: srcQuota2023Org},
}

var orgRules2025 = OrgRules{
	HTXS:                 LevelRule{MinScore: 90, TasksCompleted: true, MinExceededPercent: 30, NoDiscipline: true, Source: srcQD366OrgHTXS},
	HTT:                  LevelRule{MinScore: 70, TasksCompleted: true, Source: srcQD366OrgHTT},
	HTNV:                 LevelRule{MinScore: 50, TasksCompleted: true, MaxLatePercent: 20, Source: srcQD366OrgHTNV},
	DisciplineBarWide:    true,
	NewOrgMonths:         6,
	NewOrgSource:         srcNewOrgAssumed,
	KHTNVSource:          srcQD366OrgKHTNV,
	SubordinateViolation: true, MaxSubordinatesDisciplinedPercent: 20, SubordinatesSource: srcQD366OrgKHTNV,
	LeadershipDisciplined: true, LeadershipSource: srcQD366OrgKHTNV,
	CommitteeMemberSource: sec(srcQD366OrgHTXS, "a member of the leadership collective disciplined bars HTXS (Điều 11 điểm 1); no further rule"),
	MinTargetsPercent:     50, TargetsNeedMain: true, CommitteeTargetsNeedMain: true, TargetsSource: srcQD366OrgKHTNV,
	OneViolationSource: srcQD124Once,
	HD27Source:         srcHD27,
	MeetingSource:      srcMeetings,
	Quota:              QuotaRule{Num: 1, Den: 5, Rounding: Floor, Source: srcQuota2025},
}

// OrgYear is what ranking an organisation, or its leadership collective,
// for one evaluation year needs. Zero values mean "none".
type OrgYear struct {
	// Org is the organisation: its ID, name, kind and founding date.
	Org *branch.Organisation `json:"org"`
	// Committee: the leadership collective (cấp uỷ, chi uỷ, ban thường vụ)
	// is ranked, not the organisation.
	Committee bool `json:"committee,omitempty"`
	// Year is the evaluation year; ReviewDate the review (zero: 31
	// December of Year).
	Year       int        `json:"year"`
	ReviewDate chibo.Date `json:"review_date,omitzero"`
	// Founded is the founding date of the collective ranked; zero: the
	// organisation's (Org.Founded). Unknown founding dates count as old.
	Founded chibo.Date `json:"founded,omitzero"`

	// Criteria and Tasks are the grades (2018, 2023); Score the 100-point
	// total (2025; also the quota's order).
	Criteria []Grade `json:"criteria,omitempty"`
	Tasks    Grade   `json:"tasks,omitzero"`
	Score    float64 `json:"score"`
	// The shares of the year's tasks completed on time, completed late and
	// completed beyond requirement, in whole percent.
	TasksOnTimePercent   int `json:"tasks_on_time_percent"`
	TasksLatePercent     int `json:"tasks_late_percent"`
	TasksExceededPercent int `json:"tasks_exceeded_percent"`
	// Targets is the number of targets (chỉ tiêu) set for the year,
	// TargetsMet those met; MainTargetsFailed: a main target was missed
	// (force majeure excepted). No targets: no targets rule.
	Targets           int  `json:"targets,omitempty"`
	TargetsMet        int  `json:"targets_met,omitempty"`
	MainTargetsFailed bool `json:"main_targets_failed,omitempty"`

	// Subordinates is the number of subordinate organisations;
	// SubordinatesDisciplined of them were disciplined in the year,
	// SubordinatesNotCompleted ranked KHTNV. SubordinateViolation: a
	// subordinate unit's corruption, waste, negativity or other violation
	// was disciplined under Party or State rules.
	Subordinates             int  `json:"subordinates,omitempty"`
	SubordinatesDisciplined  int  `json:"subordinates_disciplined,omitempty"`
	SubordinatesNotCompleted int  `json:"subordinates_not_completed,omitempty"`
	SubordinateViolation     bool `json:"subordinate_violation,omitempty"`
	// LeadershipDisciplined: the leadership collective was disciplined as
	// a collective. LeadershipWorstForm: the most severe discipline given in
	// the year to a member of the leadership collective (0: none).
	// CollectiveDisciplined: the organisation itself was disciplined.
	LeadershipDisciplined bool        `json:"leadership_disciplined,omitempty"`
	LeadershipWorstForm   member.Form `json:"leadership_worst_form,omitzero"`
	CollectiveDisciplined bool        `json:"collective_disciplined,omitempty"`
	// SelfRemedied: the violations behind the year's disciplines were
	// detected by the collective itself and their consequences remedied.
	// CountedBefore: they were already counted in an earlier year's
	// ranking.
	SelfRemedied  bool `json:"self_remedied,omitempty"`
	CountedBefore bool `json:"counted_before,omitempty"`
	// Disunity: internal disunity concluded by a competent body. Degraded:
	// a member of the collective concluded degraded.
	Disunity bool `json:"disunity,omitempty"`
	Degraded bool `json:"degraded,omitempty"`
	// MembersRanked of the organisation's members were ranked this year,
	// MembersNotCompleted of them KHTNV (for the historical HD 27 rule).
	MembersRanked       int `json:"members_ranked,omitempty"`
	MembersNotCompleted int `json:"members_not_completed,omitempty"`

	// Meetings is the period review of the organisation's meetings
	// (ReviewOrganisation), optional: reported in the reasons, and used by
	// the opt-in MeetingCap.
	Meetings *Review `json:"-"`

	// Group and Priority are for the quota, as for members.
	Group    string `json:"group,omitempty"`
	Priority int    `json:"priority,omitempty"`
}

// OrgRanking is an organisation's ranking for a year, with its reasons.
type OrgRanking struct {
	ID        string      `json:"id"`
	Name      string      `json:"name"`
	Kind      branch.Kind `json:"kind,omitzero"`
	Committee bool        `json:"committee,omitempty"`
	Group     string      `json:"group,omitempty"`
	Year      int         `json:"year"`
	Regime    string      `json:"regime"`
	// Rank is the level (final after ApplyOrgQuota); Proposed the level
	// before the quota.
	Rank     Rank    `json:"rank"`
	Proposed Rank    `json:"proposed"`
	Score    float64 `json:"score"`
	Priority int     `json:"priority,omitempty"`
	Demoted  bool    `json:"demoted,omitempty"`
	// Reasons explain the ranking, the level last (rule RuleOrgLevel).
	Reasons []chibo.Reason `json:"reasons"`
}

// Rule identifiers of the organisation ranking's reasons.
const (
	RuleOrgRegime       = "evaluation.org.regime"
	RuleOrgInput        = "evaluation.org.input"
	RuleOrgNew          = "evaluation.org.new"   // founded less than 6 months before, or after the review
	RuleOrgScore        = "evaluation.org.score" // the score and its band (2025)
	RuleOrgGrades       = "evaluation.org.grades"
	RuleOrgTasks        = "evaluation.org.tasks"
	RuleOrgConditions   = "evaluation.org.conditions"
	RuleOrgBand         = "evaluation.org.band-conditions"
	RuleOrgPoorGrade    = "evaluation.org.poor-grade"
	RuleOrgDiscipline   = "evaluation.org.discipline"        // the year's discipline, and the excuses
	RuleOrgSubordinates = "evaluation.org.subordinates"      // subordinate units disciplined
	RuleOrgLeadership   = "evaluation.org.leadership"        // the leadership collective disciplined
	RuleOrgCommittee    = "evaluation.org.leadership-member" // a committee member disciplined (2018)
	RuleOrgTargets      = "evaluation.org.targets"           // under half the targets
	RuleOrgDisunity     = "evaluation.org.disunity"          // disunity or a degraded member
	RuleOrgHD27         = "evaluation.org.hd27-2014"         // the historical "weak" thresholds
	RuleOrgMeetings     = "evaluation.org.meetings"          // the meeting review (information)
	RuleOrgMeetingCap   = "evaluation.org.meeting-cap"       // the opt-in cap
	RuleOrgLevel        = "evaluation.org.level"             // the level, always last
)

// Problems of an organisation's year besides those shared with members.
const (
	pOrg uint32 = 1 << (iota + 16)
	pOrgTasks
	pSubordinates
	pTargets
	pMembers
	pForm
)

func (r *RankingRegime) orgProblems(in *OrgYear) uint32 {
	var p uint32
	if in.Org == nil {
		p |= pOrg
	}
	if in.Year < 1 || in.Year > 9998 {
		p |= pYear
	} else if !reviewOK(in.ReviewDate, in.Year) {
		p |= pReview
	}
	if r.Scored {
		if !validScore(in.Score) {
			p |= pScore
		}
	} else {
		if !in.Tasks.Valid() {
			p |= pTasksGrade
		}
		for _, g := range in.Criteria {
			if !g.Valid() {
				p |= pCriteria
				break
			}
		}
	}
	if !validPercent(in.TasksOnTimePercent) || !validPercent(in.TasksLatePercent) || in.TasksLatePercent > 100-in.TasksOnTimePercent ||
		in.TasksExceededPercent < 0 || in.TasksExceededPercent > in.TasksOnTimePercent+in.TasksLatePercent {
		p |= pOrgTasks
	}
	if n := in.Subordinates; n < 0 || n > MaxTasks || in.SubordinatesDisciplined < 0 || in.SubordinatesDisciplined > n ||
		in.SubordinatesNotCompleted < 0 || in.SubordinatesNotCompleted > n {
		p |= pSubordinates
	}
	if in.Targets < 0 || in.Targets > MaxTasks || in.TargetsMet < 0 || in.TargetsMet > in.Targets {
		p |= pTargets
	}
	if in.MembersRanked < 0 || in.MembersRanked > MaxTasks || in.MembersNotCompleted < 0 || in.MembersNotCompleted > in.MembersRanked {
		p |= pMembers
	}
	if in.LeadershipWorstForm > member.Expulsion {
		p |= pForm
	}
	return p
}

// ValidateOrganisation checks an organisation's year against the regime
// and returns every problem, joined, each an *InputError wrapping
// ErrRankingInput: no organisation; a year outside 1…9998; a review
// outside the year and the next; a score outside 0…100 (scored) or missing
// grades (graded); task shares outside 0…100 or adding up to more than
// 100 (exceeded at most completed); subordinates, targets or members
// counted inconsistently (a part larger than its whole, a negative count);
// a leadership form that is not a form.
func (r *RankingRegime) ValidateOrganisation(in *OrgYear) error {
	if r == nil {
		return &InputError{Field: "regime", Detail: "no regime"}
	}
	if in == nil {
		return &InputError{Field: "org_year", Detail: "no input"}
	}
	p := r.orgProblems(in)
	if p == 0 {
		return nil
	}
	id := ""
	if in.Org != nil {
		id = in.Org.ID
	}
	var errs []error
	add := func(field, value, detail string) {
		errs = append(errs, &InputError{Record: id, Field: field, Value: value, Detail: detail})
	}
	if p&pOrg != 0 {
		add("org", "", "no organisation")
	}
	r.yearInputErrors(add, p, in.Year, in.ReviewDate, in.Score, in.Tasks, in.Criteria)
	if p&pOrgTasks != 0 {
		add("tasks_on_time_percent", fmt.Sprintf("%d/%d/%d", in.TasksOnTimePercent, in.TasksLatePercent, in.TasksExceededPercent),
			"task shares (on time/late/exceeded) must be 0…100, on time + late ≤ 100, exceeded ≤ on time + late")
	}
	if p&pSubordinates != 0 {
		add("subordinates", fmt.Sprintf("%d/%d/%d", in.Subordinates, in.SubordinatesDisciplined, in.SubordinatesNotCompleted),
			"subordinate organisations (total/disciplined/KHTNV) must be non-negative, the parts at most the total")
	}
	if p&pTargets != 0 {
		add("targets", fmt.Sprintf("%d/%d", in.Targets, in.TargetsMet), "targets (set/met) must be non-negative, met at most set")
	}
	if p&pMembers != 0 {
		add("members_ranked", fmt.Sprintf("%d/%d", in.MembersRanked, in.MembersNotCompleted), "members (ranked/KHTNV) must be non-negative, KHTNV at most ranked")
	}
	if p&pForm != 0 {
		add("leadership_worst_form", in.LeadershipWorstForm.String(), "not a form of discipline")
	}
	return errors.Join(errs...)
}

// Hard rules of organisations, as a bit set.
const (
	oPoor uint16 = 1 << iota
	oSubViolation
	oSubordinates
	oLeadership
	oCommitteeMember
	oTargets
	oDisunity
	oDegraded
	oHD27
)

type orgFacts struct {
	ex         exclusion
	problems   uint32
	review     chibo.Date
	founded    chibo.Date
	band       Rank
	ok         [3]bool
	cond       Rank
	discipline bool // discipline of the year counts for the NoDiscipline bars
	counted    bool // the year's discipline was counted before (excused)
	causes     uint16
	hd27       bool // the HD 27 threshold is passed (applied or not)
	capMeeting bool
	rank       Rank
}

func (r *RankingRegime) orgLevels() [3]*LevelRule {
	return [3]*LevelRule{&r.Org.HTXS, &r.Org.HTT, &r.Org.HTNV}
}

// orgDisciplined reports whether the year saw discipline that a level's
// NoDiscipline bar counts.
func (r *RankingRegime) orgDisciplined(in *OrgYear) bool {
	if in.CollectiveDisciplined || in.LeadershipDisciplined {
		return true
	}
	return r.Org.DisciplineBarWide && (in.SubordinatesDisciplined > 0 || in.SubordinateViolation || in.LeadershipWorstForm.Severity() > 0)
}

func (r *RankingRegime) orgOwn(l *LevelRule, in *OrgYear, worst Grade, disciplined bool) bool {
	if r.Scored {
		if !(in.Score >= l.MinScore) {
			return false
		}
	} else if !gradesMeet(l, worst, in.Tasks) {
		return false
	}
	if !tasksMeet(l, 100, in.TasksOnTimePercent, in.TasksLatePercent, in.TasksExceededPercent) {
		return false
	}
	return !(l.NoDiscipline && disciplined && !(l.RemediedExcepted && in.SelfRemedied))
}

// hd27Passed reports whether the historical "weak" threshold is passed: a
// cell with more than half of its ranked members KHTNV, a committee with
// more than a third of its subordinate organisations KHTNV.
func hd27Passed(in *OrgYear) bool {
	if in.Committee {
		return false
	}
	if in.Org.Kind.IsCell() {
		return in.MembersRanked > 0 && in.MembersNotCompleted*2 > in.MembersRanked
	}
	return in.Subordinates > 0 && in.SubordinatesNotCompleted*3 > in.Subordinates
}

// meetingLow returns the cell meetings rated in a review and those rated
// low (Trung bình, Kém, chưa đạt).
func meetingLow(rv *Review) (rated, low int) {
	rated = rv.Levels.Total() - rv.Levels[LevelNone]
	return rated, rv.Levels[Average] + rv.Levels[Poor] + rv.Levels[NotMet]
}

func (r *RankingRegime) decideOrg(in *OrgYear) orgFacts {
	var f orgFacts
	if r == nil || in == nil {
		f.ex = exNoRegime
		return f
	}
	if f.problems = r.orgProblems(in); f.problems != 0 {
		f.ex = exInvalid
		return f
	}
	o := &r.Org
	f.review = defaultReview(in.ReviewDate, in.Year)
	f.founded = in.Founded
	if f.founded.IsZero() {
		f.founded = in.Org.Founded
	}
	if !f.founded.IsZero() {
		switch {
		case f.founded.After(f.review):
			f.ex = exNotYet
		case !monthsReached(f.founded, f.review, o.NewOrgMonths):
			f.ex = exNew
		}
	}
	if f.ex != exNone {
		return f
	}
	f.counted = o.OneViolationOnce && in.CountedBefore
	f.discipline = !f.counted && r.orgDisciplined(in)

	ls := r.orgLevels()
	f.band = NotCompleted
	if r.Scored {
		for i := 2; i >= 0; i-- {
			if in.Score >= ls[i].MinScore {
				f.band = Rank(i + 1)
			}
		}
	}
	var worst Grade
	if !r.Scored {
		worst = worstGrade(in.Criteria)
		if in.Tasks == GradePoor || worst == GradePoor {
			f.causes |= oPoor
		}
	}
	f.cond = NotCompleted
	below := true
	for i := 2; i >= 0; i-- {
		f.ok[i] = below && r.orgOwn(ls[i], in, worst, f.discipline)
		below = f.ok[i]
		if f.ok[i] {
			f.cond = Rank(i + 1)
		}
	}

	if !f.counted {
		if o.SubordinateViolation && in.SubordinateViolation && !in.SelfRemedied {
			f.causes |= oSubViolation
		}
		if p := o.MaxSubordinatesDisciplinedPercent; p > 0 && in.Subordinates > 0 && in.SubordinatesDisciplined*100 > p*in.Subordinates {
			f.causes |= oSubordinates
		}
		if o.LeadershipDisciplined && in.LeadershipDisciplined {
			f.causes |= oLeadership
		}
		if in.Committee && o.CommitteeMemberForm.Severity() > 0 && in.LeadershipWorstForm.Severity() >= o.CommitteeMemberForm.Severity() {
			f.causes |= oCommitteeMember
		}
	}
	needMain := o.TargetsNeedMain
	if in.Committee {
		needMain = o.CommitteeTargetsNeedMain
	}
	if p := o.MinTargetsPercent; p > 0 && in.Targets > 0 && in.TargetsMet*100 < p*in.Targets && (!needMain || in.MainTargetsFailed) {
		f.causes |= oTargets
	}
	if in.Disunity {
		f.causes |= oDisunity
	}
	if in.Degraded {
		f.causes |= oDegraded
	}
	f.hd27 = hd27Passed(in)
	if o.HD27 && f.hd27 {
		f.causes |= oHD27
	}

	f.rank = f.cond
	if c := o.MeetingCap; c.LowPercent > 0 && in.Meetings != nil {
		if rated, low := meetingLow(in.Meetings); rated > 0 && low*100 > c.LowPercent*rated {
			f.capMeeting = true
			capRank := c.Rank
			if !capRank.Ranked() {
				capRank = CompletedWell
			}
			f.rank = lower(f.rank, capRank)
		}
	}
	if f.causes != 0 {
		f.rank = NotCompleted
	}
	return f
}

// RankOrgQuick ranks an organisation's year without reasons: the bulk
// path of RankOrganisation, with the same Rank. It allocates nothing.
func (r *RankingRegime) RankOrgQuick(in *OrgYear) Rank { return r.decideOrg(in).rank }

// RankOrganisation ranks an organisation — a chi bộ, a đảng bộ cơ sở — or
// its leadership collective (OrgYear.Committee) for a year by the regime
// (r.Org), and explains it.
//
// It is not ranked (NotRanked) when the input fails ValidateOrganisation,
// or when it was founded after the review or less than NewOrgMonths before
// it. Otherwise the level is the highest whose conditions hold (never
// above the band of the score in a scored regime, rules digest 2.15),
// including, where the level asks, that nobody was disciplined; any hard
// rule makes it KHTNV: a criterion Kém, a subordinate's violation
// disciplined (unless self-remedied), more than 20% of subordinate
// organisations disciplined, the leadership collective disciplined, a
// member of a 2018 leadership collective given a warning or more, fewer
// than half the targets met (with the main targets missed where the
// regime asks), disunity, a degraded member; and, opt-in, the historical
// HD 27 thresholds. The meeting review, when given, is reported; the
// opt-in MeetingCap may cap the level.
func (r *RankingRegime) RankOrganisation(in *OrgYear) OrgRanking {
	f := r.decideOrg(in)
	var out OrgRanking
	if in != nil {
		out.Year, out.Score, out.Group, out.Priority, out.Committee = in.Year, in.Score, in.Group, in.Priority, in.Committee
		if o := in.Org; o != nil {
			out.ID, out.Name, out.Kind = o.ID, o.Name, o.Kind
		}
	}
	out.Rank, out.Proposed = f.rank, f.rank
	if r == nil {
		out.Reasons = []chibo.Reason{{Rule: RuleOrgInput, VI: "Không có quy định xếp loại (regime nil).", EN: "No ranking regime was given (nil)."}}
		return out
	}
	out.Regime = r.Name
	if in == nil {
		out.Reasons = []chibo.Reason{{Rule: RuleOrgInput, Source: r.Basis, VI: "Không có dữ liệu đánh giá.", EN: "No input was given."}}
		return out
	}
	out.Reasons = r.explainOrg(in, &f)
	return out
}

func (r *RankingRegime) explainOrg(in *OrgYear, f *orgFacts) []chibo.Reason {
	o := &r.Org
	rs := make(reasonList, 0, 8)
	regimeReason(&rs, r, in.Year, RuleOrgRegime)
	whoVI, whoEN := "Tổ chức đảng", "The organisation"
	if in.Committee {
		whoVI, whoEN = "Tập thể lãnh đạo", "The leadership collective"
	}
	switch f.ex {
	case exInvalid:
		for _, e := range unjoin(r.ValidateOrganisation(in)) {
			rs.add(RuleOrgInput, r.Basis, "Dữ liệu không hợp lệ, không xếp loại: "+e.Error(), "Invalid input, not ranked: "+e.Error())
		}
	case exNotYet:
		rs.add(RuleOrgNew, o.NewOrgSource,
			fmt.Sprintf("%s thành lập ngày %s, sau ngày kiểm điểm %s: không xếp loại.", whoVI, f.founded.VN(), f.review.VN()),
			fmt.Sprintf("%s was founded on %s, after the review on %s: not ranked.", whoEN, f.founded.VN(), f.review.VN()))
	case exNew:
		rs.add(RuleOrgNew, o.NewOrgSource,
			fmt.Sprintf("%s thành lập ngày %s, chưa đủ %d tháng đến ngày kiểm điểm %s: không xếp loại.", whoVI, f.founded.VN(), o.NewOrgMonths, f.review.VN()),
			fmt.Sprintf("%s was founded on %s, less than %d months before the review on %s: not ranked.", whoEN, f.founded.VN(), o.NewOrgMonths, f.review.VN()))
	}
	if f.ex != exNone {
		rs.add(RuleOrgLevel, o.NewOrgSource, "Không xếp loại.", "Not ranked.")
		return rs
	}

	ls := r.orgLevels()
	if r.Scored {
		sv, se := decimal(in.Score)
		if f.band == NotCompleted {
			mv, me := decimal(o.HTNV.MinScore)
			rs.add(RuleOrgScore, o.KHTNVSource,
				fmt.Sprintf("Tổng điểm %s/100, dưới %s điểm: không hoàn thành nhiệm vụ.", sv, mv),
				fmt.Sprintf("Score %s of 100, under %s points: did not complete duties.", se, me))
		} else {
			l := ls[f.band-1]
			mv, me := decimal(l.MinScore)
			rs.add(RuleOrgScore, l.Source,
				fmt.Sprintf("Tổng điểm %s/100: thuộc khung %s (từ %s điểm).", sv, f.band.Abbr(), mv),
				fmt.Sprintf("Score %s of 100: in the %s band (%s points or more).", se, f.band.Abbr(), me))
		}
	} else {
		vi := "Kết quả thực hiện nhiệm vụ: " + in.Tasks.VI()
		en := "Task results: " + in.Tasks.EN()
		if len(in.Criteria) > 0 {
			vi = "Các tiêu chí: " + gradeList(in.Criteria, true) + "; k" + vi[1:]
			en = "Criteria: " + gradeList(in.Criteria, false) + "; t" + en[1:]
		}
		rs.add(RuleOrgGrades, o.HTXS.Source, vi+".", en+".")
	}
	if r.Scored || in.TasksOnTimePercent+in.TasksLatePercent > 0 {
		rs.add(RuleOrgTasks, o.HTXS.Source,
			fmt.Sprintf("Nhiệm vụ trong năm: %d%% hoàn thành đúng tiến độ, %d%% chậm, %d%% vượt yêu cầu.", in.TasksOnTimePercent, in.TasksLatePercent, in.TasksExceededPercent),
			fmt.Sprintf("Tasks of the year: %d%% completed on time, %d%% late, %d%% beyond requirement.", in.TasksOnTimePercent, in.TasksLatePercent, in.TasksExceededPercent))
	}

	top := Outstanding
	if r.Scored {
		top = f.band
	}
	if top != NotCompleted {
		conditionsReasons(&rs, RuleOrgConditions, ls, f.ok, top, func(i int) ([]string, []string) { return r.orgFailures(ls[i], in, f.discipline) })
	}
	if r.Scored && f.band.Above(f.cond) {
		rs.add(RuleOrgBand, r.BandSource,
			fmt.Sprintf("Điểm thuộc khung %s nhưng không đủ điều kiện của mức đó: xếp mức cao nhất đủ điều kiện, không vượt khung điểm — %s (cách hiểu của thư viện, điểm 2.15).", f.band.Abbr(), f.cond.Abbr()),
			fmt.Sprintf("The score is in the %s band but the conditions of that level fail: the highest level whose conditions hold, never above the band — %s (the library's interpretation, rules 2.15).", f.band.Abbr(), f.cond.Abbr()))
	}

	if f.counted {
		rs.add(RuleOrgDiscipline, o.OneViolationSource,
			"Các vi phạm bị kỷ luật trong năm đã được tính khi xếp loại năm trước: một vi phạm chỉ tính một lần.",
			"The violations disciplined in the year were already counted in an earlier year's ranking: one violation counts once.")
	} else if f.discipline && in.SelfRemedied {
		rs.add(RuleOrgDiscipline, o.HTNV.Source,
			"Vi phạm bị kỷ luật trong năm do tập thể tự phát hiện và đã khắc phục xong hậu quả: không cản trở các mức cho phép ngoại lệ này.",
			"The violations disciplined in the year were detected by the collective and their consequences remedied: they do not bar the levels that allow this exception.")
	}
	if f.causes&oPoor != 0 {
		rs.add(RuleOrgPoorGrade, o.KHTNVSource, "Có tiêu chí xếp mức Kém: không hoàn thành nhiệm vụ.", "A criterion is graded poor (Kém): did not complete duties.")
	}
	if f.causes&oSubViolation != 0 {
		rs.add(RuleOrgSubordinates, o.SubordinatesSource,
			"Đơn vị trực thuộc có vi phạm (tham nhũng, lãng phí, tiêu cực hoặc vi phạm khác) bị xử lý kỷ luật, không do tự phát hiện, khắc phục: không hoàn thành nhiệm vụ.",
			"A subordinate unit's violation (corruption, waste, negativity or another) was disciplined and was not self-detected and remedied: did not complete duties.")
	}
	if f.causes&oSubordinates != 0 {
		sv, se := share(in.SubordinatesDisciplined, in.Subordinates)
		rs.add(RuleOrgSubordinates, o.SubordinatesSource,
			fmt.Sprintf("%d/%d tổ chức trực thuộc bị kỷ luật trong năm (%s%%), trên %d%%: không hoàn thành nhiệm vụ.", in.SubordinatesDisciplined, in.Subordinates, sv, o.MaxSubordinatesDisciplinedPercent),
			fmt.Sprintf("%d of %d subordinate organisations disciplined in the year (%s%%), more than %d%%: did not complete duties.", in.SubordinatesDisciplined, in.Subordinates, se, o.MaxSubordinatesDisciplinedPercent))
	}
	if f.causes&oLeadership != 0 {
		rs.add(RuleOrgLeadership, o.LeadershipSource,
			"Tập thể lãnh đạo bị xử lý kỷ luật trong năm: không hoàn thành nhiệm vụ.",
			"The leadership collective was disciplined in the year: did not complete duties.")
	}
	if f.causes&oCommitteeMember != 0 {
		rs.add(RuleOrgCommittee, o.CommitteeMemberSource,
			fmt.Sprintf("Thành viên tập thể lãnh đạo bị kỷ luật %s trong năm (từ %s trở lên): không hoàn thành nhiệm vụ.", in.LeadershipWorstForm.VI(), o.CommitteeMemberForm.VI()),
			fmt.Sprintf("A member of the leadership collective was given a %s in the year (%s or more severe): did not complete duties.", in.LeadershipWorstForm.EN(), o.CommitteeMemberForm.EN()))
	}
	if f.causes&oTargets != 0 {
		sv, se := share(in.TargetsMet, in.Targets)
		vi, en := "", ""
		if in.MainTargetsFailed {
			vi, en = ", chỉ tiêu chủ yếu không đạt", ", main targets missed"
		}
		rs.add(RuleOrgTargets, o.TargetsSource,
			fmt.Sprintf("Đạt %d/%d chỉ tiêu (%s%%), dưới %d%%%s: không hoàn thành nhiệm vụ.", in.TargetsMet, in.Targets, sv, o.MinTargetsPercent, vi),
			fmt.Sprintf("%d of %d targets met (%s%%), under %d%%%s: did not complete duties.", in.TargetsMet, in.Targets, se, o.MinTargetsPercent, en))
	}
	if f.causes&oDisunity != 0 {
		rs.add(RuleOrgDisunity, o.KHTNVSource, "Cấp có thẩm quyền kết luận mất đoàn kết nội bộ: không hoàn thành nhiệm vụ.",
			"A competent body concluded internal disunity: did not complete duties.")
	}
	if f.causes&oDegraded != 0 {
		rs.add(RuleOrgDisunity, o.KHTNVSource, "Có thành viên bị kết luận suy thoái: không hoàn thành nhiệm vụ.",
			"A member was concluded degraded: did not complete duties.")
	}
	if f.hd27 {
		var vi, en string
		if in.Org.Kind.IsCell() {
			vi = fmt.Sprintf("%d/%d đảng viên xếp loại KHTNV (trên 1/2): theo Hướng dẫn 27-HD/BTCTW (2014), chi bộ yếu kém", in.MembersNotCompleted, in.MembersRanked)
			en = fmt.Sprintf("%d of %d members ranked KHTNV (more than half): under Hướng dẫn 27-HD/BTCTW (2014) the cell was weak", in.MembersNotCompleted, in.MembersRanked)
		} else {
			vi = fmt.Sprintf("%d/%d tổ chức trực thuộc KHTNV (trên 1/3): theo Hướng dẫn 27-HD/BTCTW (2014), đảng bộ yếu kém", in.SubordinatesNotCompleted, in.Subordinates)
			en = fmt.Sprintf("%d of %d subordinate organisations KHTNV (more than a third): under Hướng dẫn 27-HD/BTCTW (2014) the committee was weak", in.SubordinatesNotCompleted, in.Subordinates)
		}
		if o.HD27 {
			vi, en = vi+"; áp dụng theo lựa chọn: không hoàn thành nhiệm vụ.", en+"; applied by choice: did not complete duties."
		} else {
			vi, en = vi+"; quy định cũ, không áp dụng (chỉ để tham khảo).", en+"; a historical rule, not applied (information only)."
		}
		rs.add(RuleOrgHD27, o.HD27Source, vi, en)
	}
	if rv := in.Meetings; rv != nil {
		rated, low := meetingLow(rv)
		missed := 0
		for _, g := range rv.Gaps {
			if g.Rule == branch.RuleMonthly {
				missed++
			}
		}
		sv, se := share(low, rated)
		rs.add(RuleOrgMeetings, o.MeetingSource,
			fmt.Sprintf("Sinh hoạt chi bộ từ %s đến %s: %d buổi được đánh giá, %d buổi Trung bình, Kém hoặc chưa đạt (%s%%), %d tháng không sinh hoạt thường kỳ — để tham khảo; quy định xếp loại không gắn với chất lượng sinh hoạt.", rv.From.VN(), rv.To.VN(), rated, low, sv, missed),
			fmt.Sprintf("Cell meetings from %s to %s: %d rated, %d rated average, poor or not met (%s%%), %d %s without a regular meeting — for information; the ranking rules found do not tie the level to meeting quality.", rv.From.VN(), rv.To.VN(), rated, low, se, missed, plural(missed, "month", "months")))
		if f.capMeeting {
			c := o.MeetingCap
			capRank := c.Rank
			if !capRank.Ranked() {
				capRank = CompletedWell
			}
			rs.add(RuleOrgMeetingCap, c.Source,
				fmt.Sprintf("Trên %d%% buổi sinh hoạt xếp loại thấp (%s%%): theo quy định bổ sung của người dùng, tối đa %s.", c.LowPercent, sv, capRank.Abbr()),
				fmt.Sprintf("More than %d%% of the meetings rated low (%s%%): by the caller's added rule, at most %s.", c.LowPercent, se, capRank.Abbr()))
		}
	}

	src := o.KHTNVSource
	if f.rank != NotCompleted {
		src = ls[f.rank-1].Source
	}
	rs.add(RuleOrgLevel, src,
		fmt.Sprintf("Xếp loại: %s (%s).", f.rank.VI(), f.rank.Abbr()),
		fmt.Sprintf("Ranked: %s (%s).", f.rank.EN(), f.rank.Abbr()))
	return rs
}

// orgFailures lists what an organisation lacks for level l's own
// conditions.
func (r *RankingRegime) orgFailures(l *LevelRule, in *OrgYear, disciplined bool) (vi, en []string) {
	if r.Scored && !(in.Score >= l.MinScore) {
		sv, se := decimal(in.Score)
		mv, me := decimal(l.MinScore)
		vi, en = append(vi, "cần từ "+mv+" điểm, có "+sv), append(en, "needs "+me+" points or more, has "+se)
	}
	if !r.Scored {
		if l.MinCriteria != GradeNone {
			for i, g := range in.Criteria {
				if !g.AtLeast(l.MinCriteria) {
					vi = append(vi, fmt.Sprintf("tiêu chí %d là %s, cần %s trở lên", i+1, g.VI(), l.MinCriteria.VI()))
					en = append(en, fmt.Sprintf("criterion %d is %s, needs %s or better", i+1, g.EN(), l.MinCriteria.EN()))
				}
			}
		}
		if !in.Tasks.AtLeast(l.MinTasks) {
			vi = append(vi, fmt.Sprintf("kết quả thực hiện nhiệm vụ là %s, cần %s trở lên", in.Tasks.VI(), l.MinTasks.VI()))
			en = append(en, fmt.Sprintf("task results are %s, need %s or better", in.Tasks.EN(), l.MinTasks.EN()))
		}
	}
	tv, te := taskFailures(l, 100, in.TasksOnTimePercent, in.TasksLatePercent, in.TasksExceededPercent, "nhiệm vụ", "tasks")
	vi, en = append(vi, tv...), append(en, te...)
	if l.NoDiscipline && disciplined && !(l.RemediedExcepted && in.SelfRemedied) {
		var whatVI, whatEN []string
		if in.CollectiveDisciplined {
			whatVI, whatEN = append(whatVI, "tổ chức bị kỷ luật"), append(whatEN, "the organisation was disciplined")
		}
		if in.LeadershipDisciplined {
			whatVI, whatEN = append(whatVI, "tập thể lãnh đạo bị kỷ luật"), append(whatEN, "the leadership collective was disciplined")
		}
		if r.Org.DisciplineBarWide {
			if in.SubordinatesDisciplined > 0 || in.SubordinateViolation {
				whatVI, whatEN = append(whatVI, "có tổ chức, đơn vị trực thuộc bị kỷ luật"), append(whatEN, "a subordinate organisation or unit was disciplined")
			}
			if in.LeadershipWorstForm.Severity() > 0 {
				whatVI = append(whatVI, "thành viên tập thể lãnh đạo bị kỷ luật "+in.LeadershipWorstForm.VI())
				whatEN = append(whatEN, "a member of the leadership collective was given a "+in.LeadershipWorstForm.EN())
			}
		}
		exVI, exEN := "", ""
		if l.RemediedExcepted {
			exVI, exEN = " (trừ trường hợp tự phát hiện và khắc phục)", " (unless self-detected and remedied)"
		}
		for i := range whatVI {
			vi = append(vi, "không được có kỷ luật trong năm"+exVI+": "+whatVI[i])
			en = append(en, "no discipline allowed in the year"+exEN+": "+whatEN[i])
		}
	}
	return vi, en
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
