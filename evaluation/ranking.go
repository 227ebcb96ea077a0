package evaluation

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Rank is the annual quality ranking of a member or an organisation (xếp
// loại chất lượng). The four levels, from the highest, are Outstanding
// (HTXS), CompletedWell (HTT), Completed (HTNV) and NotCompleted (KHTNV);
// NotRanked, the zero value, is "not ranked" (không xếp loại).
type Rank uint8

const (
	// NotRanked: not reviewed or not ranked (exempt, suspended, admitted
	// or founded less than 6 months before, not a member, invalid input).
	NotRanked Rank = iota
	// Outstanding is Hoàn thành xuất sắc nhiệm vụ (HTXS).
	Outstanding
	// CompletedWell is Hoàn thành tốt nhiệm vụ (HTT).
	CompletedWell
	// Completed is Hoàn thành nhiệm vụ (HTNV).
	Completed
	// NotCompleted is Không hoàn thành nhiệm vụ (KHTNV).
	NotCompleted
)

var (
	rankNames = [...]string{"not-ranked", "htxs", "htt", "htnv", "khtnv"}
	rankAbbr  = [...]string{"—", "HTXS", "HTT", "HTNV", "KHTNV"}
	rankVI    = [...]string{"Không xếp loại", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"}
	rankEN    = [...]string{"not ranked", "completed duties outstandingly", "completed duties well", "completed duties", "did not complete duties"}
)

// String returns the rank's stable name: "not-ranked", "htxs", "htt",
// "htnv" or "khtnv".
func (r Rank) String() string {
	if int(r) < len(rankNames) {
		return rankNames[r]
	}
	return "Rank(" + strconv.Itoa(int(r)) + ")"
}

// Abbr returns the usual Vietnamese abbreviation: "HTXS", "HTT", "HTNV",
// "KHTNV" ("—" for NotRanked).
func (r Rank) Abbr() string {
	if int(r) < len(rankAbbr) {
		return rankAbbr[r]
	}
	return r.String()
}

// VI returns the Vietnamese name: "Hoàn thành xuất sắc nhiệm vụ", …,
// "Không xếp loại".
func (r Rank) VI() string {
	if int(r) < len(rankVI) {
		return rankVI[r]
	}
	return r.String()
}

// EN returns the English name: "completed duties outstandingly", …, "not
// ranked".
func (r Rank) EN() string {
	if int(r) < len(rankEN) {
		return rankEN[r]
	}
	return r.String()
}

// Ranked reports whether r is one of the four levels.
func (r Rank) Ranked() bool { return r >= Outstanding && r <= NotCompleted }

// Above reports whether r is a higher level than s (HTXS is above HTT).
// NotRanked is neither above nor below any rank.
func (r Rank) Above(s Rank) bool { return r.Ranked() && s.Ranked() && r < s }

// MarshalText implements encoding.TextMarshaler with the String name. A
// value other than the five defined is an error.
func (r Rank) MarshalText() ([]byte, error) {
	if int(r) >= len(rankNames) {
		return nil, fmt.Errorf("evaluation: invalid rank %d", uint8(r))
	}
	return []byte(rankNames[r]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the String
// names and the abbreviations in any case ("HTXS"), and "" as NotRanked.
func (r *Rank) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = NotRanked
		return nil
	}
	for i, n := range rankNames {
		if strings.EqualFold(string(b), n) || strings.EqualFold(string(b), rankAbbr[i]) {
			*r = Rank(i)
			return nil
		}
	}
	return fmt.Errorf("evaluation: unknown rank %q (want not-ranked, htxs, htt, htnv or khtnv)", b)
}

// lower returns the lower of two levels (NotCompleted is the lowest).
func lower(a, b Rank) Rank { return max(a, b) }

// Grade is the grade of one criterion under the 2018 and 2023 rules (mức
// đánh giá tiêu chí): Xuất sắc, Tốt, Trung bình or Kém. GradeNone, the zero
// value, means not graded. (The meeting-quality Level has its own Good,
// Fair, Average and Poor; a Grade is a different scale.)
type Grade uint8

const (
	// GradeNone: not graded.
	GradeNone Grade = iota
	// GradeExcellent is Xuất sắc.
	GradeExcellent
	// GradeGood is Tốt.
	GradeGood
	// GradeAverage is Trung bình.
	GradeAverage
	// GradePoor is Kém.
	GradePoor
)

var (
	gradeNames = [...]string{"none", "xuat-sac", "tot", "trung-binh", "kem"}
	gradeVI    = [...]string{"chưa đánh giá", "Xuất sắc", "Tốt", "Trung bình", "Kém"}
	gradeEN    = [...]string{"not graded", "excellent", "good", "average", "poor"}
)

// String returns the grade's stable name: "none", "xuat-sac", "tot",
// "trung-binh" or "kem".
func (g Grade) String() string {
	if int(g) < len(gradeNames) {
		return gradeNames[g]
	}
	return "Grade(" + strconv.Itoa(int(g)) + ")"
}

// VI returns the Vietnamese name: "Xuất sắc", "Tốt", "Trung bình", "Kém".
func (g Grade) VI() string {
	if int(g) < len(gradeVI) {
		return gradeVI[g]
	}
	return g.String()
}

// EN returns the English name: "excellent", "good", "average", "poor".
func (g Grade) EN() string {
	if int(g) < len(gradeEN) {
		return gradeEN[g]
	}
	return g.String()
}

// Valid reports whether g is one of the four grades.
func (g Grade) Valid() bool { return g >= GradeExcellent && g <= GradePoor }

// AtLeast reports whether g is a grade at least as high as min; every
// grade is when min is GradeNone, and GradeNone never is otherwise.
func (g Grade) AtLeast(min Grade) bool { return min == GradeNone || (g.Valid() && g <= min) }

// MarshalText implements encoding.TextMarshaler with the String name.
func (g Grade) MarshalText() ([]byte, error) {
	if int(g) >= len(gradeNames) {
		return nil, fmt.Errorf("evaluation: invalid grade %d", uint8(g))
	}
	return []byte(gradeNames[g]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the String
// names and the Vietnamese and English names in any case, and "" as
// GradeNone.
func (g *Grade) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*g = GradeNone
		return nil
	}
	for i := range gradeNames {
		if strings.EqualFold(string(b), gradeNames[i]) || strings.EqualFold(string(b), gradeVI[i]) || strings.EqualFold(string(b), gradeEN[i]) {
			*g = Grade(i)
			return nil
		}
	}
	return fmt.Errorf("evaluation: unknown grade %q (want xuat-sac, tot, trung-binh or kem)", b)
}

// LevelRule is what one level (HTXS, HTT or HTNV) asks for. A zero field
// asks for nothing. A level also needs what the levels below it need (a
// member who cannot be HTNV cannot be HTT).
//
// Task shares are compared in integers: tasks exceeded × 100 ≥
// MinExceededPercent × tasks assigned, and so on.
type LevelRule struct {
	// MinScore is the lowest score of the level's band (scored regimes).
	MinScore float64 `json:"min_score,omitempty"`
	// MinCriteria is the lowest grade every general criterion may have
	// (graded regimes; GradeNone: no condition).
	MinCriteria Grade `json:"min_criteria,omitzero"`
	// MinTasks is the lowest grade of the task-result criterion (graded
	// regimes; GradeNone: no condition).
	MinTasks Grade `json:"min_tasks,omitzero"`
	// TasksCompleted asks for 100% of the tasks completed, with at most
	// MaxLatePercent of them late (0: all on time).
	TasksCompleted bool `json:"tasks_completed,omitempty"`
	MaxLatePercent int  `json:"max_late_percent,omitempty"`
	// MinExceededPercent asks for at least this share of the tasks
	// completed beyond requirement (vượt yêu cầu). It cannot be met when no
	// task is counted.
	MinExceededPercent int `json:"min_exceeded_percent,omitempty"`
	// Units asks the same of the units a leader directly leads
	// (MemberYear.Leader): their completed, late and exceeded shares.
	Units bool `json:"units,omitempty"`
	// NoDiscipline (organisations) asks that no subordinate organisation,
	// no member of the leadership collective and not the collective itself
	// was disciplined in the year; RemediedExcepted exempts violations the
	// collective detected and remedied itself.
	NoDiscipline     bool `json:"no_discipline,omitempty"`
	RemediedExcepted bool `json:"remedied_excepted,omitempty"`
	// Source is the level's legal basis.
	Source chibo.Source `json:"source"`
}

// RankingRegime is one set of annual ranking rules with its legal basis.
// It is a plain value without slices: copying it copies everything. The
// package's regimes are exported (Ranking2018, Ranking2023, Ranking2025)
// so they can be read, printed and pinned; a province's reading is a
// changed copy:
//
//	r := evaluation.Ranking2025
//	r.SelfRemediedException = false // no exception until 366 point 4.3 is read
//	r.SickCapDays = 90              // keep the HD 21 sick-leave cap
//	res := r.RankMember(&in)
//
// Percent thresholds of 0 switch their rule off unless the field says
// otherwise.
type RankingRegime struct {
	// Name identifies the regime: "2018", "2023", "2025", or a variant.
	Name string `json:"name"`
	// FirstYear is the first evaluation year the regime applies to.
	FirstYear int `json:"first_year"`
	// Basis is the Politburo regulation; Guidance the Central Organisation
	// Commission's guide to it.
	Basis    chibo.Source `json:"basis"`
	Guidance chibo.Source `json:"guidance"`

	// Scored: the levels come from a 100-point score (MemberYear.Score)
	// in bands (LevelRule.MinScore); otherwise from criterion grades.
	Scored bool `json:"scored"`
	// HTXS, HTT and HTNV are the members' levels; below HTNV is KHTNV.
	HTXS LevelRule `json:"htxs"`
	HTT  LevelRule `json:"htt"`
	HTNV LevelRule `json:"htnv"`
	// BandSource is the basis of the band-and-conditions interpretation
	// (a level never above the score's band; the highest whose
	// conditions hold): rules digest 2.15, Inferred.
	BandSource chibo.Source `json:"band_source"`

	// Who is not ranked: exempt members, suspended members, and members
	// admitted less than NewMemberMonths before the review (0: no such
	// rule). NewMemberSelfReview says the new member still reviews
	// themself from the admission (2018, HD 21).
	ExcludedSource      chibo.Source `json:"excluded_source"`
	NewMemberMonths     int          `json:"new_member_months"`
	NewMemberSelfReview bool         `json:"new_member_self_review,omitempty"`
	NewMemberSource     chibo.Source `json:"new_member_source"`

	// KHTNVSource is the basis of the list of cases ranked KHTNV whatever
	// the grades or score: a criterion Kém, concluded degradation.
	KHTNVSource chibo.Source `json:"khtnv_source"`
	// Discipline: a discipline decided in the evaluation year (the
	// calendar year, whatever the review date: one decided after a
	// December review counts when the ranking is made again, as the
	// superior committee may re-rank, rules 1.8) makes the member KHTNV,
	// except, when
	// SelfRemediedException is on, for a violation the member detected and
	// remedied (MemberYear.SelfRemedied), and when OneViolationOnce is on,
	// for a violation already counted in an earlier year
	// (MemberYear.CountedBefore).
	Discipline            bool         `json:"discipline"`
	DisciplineSource      chibo.Source `json:"discipline_source"`
	SelfRemediedException bool         `json:"self_remedied_exception"`
	SelfRemediedSource    chibo.Source `json:"self_remedied_source"`
	OneViolationOnce      bool         `json:"one_violation_once"`
	OneViolationSource    chibo.Source `json:"one_violation_source"`
	// MinTargetsPercent: a member who completed less than this share of
	// the assigned tasks is KHTNV (2018: 50; 0: no such rule).
	MinTargetsPercent int          `json:"min_targets_percent,omitempty"`
	TargetsSource     chibo.Source `json:"targets_source"`

	// Leaders (MemberYear.Leader). KHTNV when the units they lead
	// completed less than LeaderMinUnitsPercent of their tasks — and, when
	// LeaderUnitsAndTargets, also failed their main targets; otherwise
	// failing the basic targets is a case of its own (2025) — or when more
	// than LeaderMaxUnitsNotCompletedPercent of the units under them were
	// ranked KHTNV, or when more than LeaderMaxLowConfidencePercent of the
	// votes of confidence were "low confidence". LeaderDisciplineStrict
	// takes away the self-remedied exception for leaders (2025, point 4.2:
	// disciplined from a reprimand up, no exception named).
	LeaderMinUnitsPercent             int          `json:"leader_min_units_percent,omitempty"`
	LeaderUnitsAndTargets             bool         `json:"leader_units_and_targets,omitempty"`
	LeaderTargets                     bool         `json:"leader_targets,omitempty"`
	LeaderMaxUnitsNotCompletedPercent int          `json:"leader_max_units_not_completed_percent,omitempty"`
	LeaderMaxLowConfidencePercent     int          `json:"leader_max_low_confidence_percent,omitempty"`
	LeaderDisciplineStrict            bool         `json:"leader_discipline_strict,omitempty"`
	LeaderSource                      chibo.Source `json:"leader_source"`

	// StateCoupling (2018): a member who is a state employee
	// (MemberYear.StateRank set) is HTXS only with the state rating HTXS,
	// and KHTNV with the state rating KHTNV.
	StateCoupling bool         `json:"state_coupling,omitempty"`
	StateSource   chibo.Source `json:"state_source"`
	// SickCapDays (2018): a member on sick leave this many days or more in
	// the year is ranked at most HTNV (0: no cap). The rule says 3 months;
	// the library counts 90 days.
	SickCapDays int          `json:"sick_cap_days,omitempty"`
	SickSource  chibo.Source `json:"sick_source"`
	// MaternitySource: a member on maternity leave is ranked on the time
	// actually worked (information; the grades are the caller's).
	MaternitySource chibo.Source `json:"maternity_source"`

	// Quota caps HTXS against HTT per group of comparable positions
	// (ApplyQuota).
	Quota QuotaRule `json:"quota"`
	// Org holds the organisations' rules (RankOrganisation).
	Org OrgRules `json:"org"`
}

// The documents the annual ranking rests on (rules/evaluation.md §0 E1–E10,
// §2–4; rules/second-pass.md gap 2).
var (
	srcQD132 = chibo.Source{Document: "132-QĐ/TW", Issuer: "Bộ Chính trị", Date: chibo.DateOf(2018, time.March, 8),
		Section:    "kiểm điểm và đánh giá, xếp loại chất lượng hằng năm",
		URL:        "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Huong-dan-16-HD-BTCTW-2018-kiem-diem-danh-gia-chat-luong-to-chuc-dang-dang-vien-can-bo-396122.aspx?newsid=21536",
		Confidence: chibo.Verified}
	srcHD21 = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: chibo.DateOf(2019, time.October, 18),
		Section:    "hướng dẫn Quy định 132-QĐ/TW (thay 16-HD/BTCTW)",
		URL:        "https://lawnet.vn/ngan-hang-phap-luat/tu-van-phap-luat/bo-may-hanh-chinh/dang-vien-du-bi-co-phai-viet-ban-kiem-diem-danh-gia-cuoi-nam-khong-356189",
		Confidence: chibo.Verified}
	srcQD124 = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: chibo.DateOf(2023, time.October, 4),
		Section:    "Điều 12",
		URL:        "https://lawnet.vn/giao-duc/en/guidelines-for-evaluation-and-classification-of-communist-party-members-according-to-regulation-124--15768.html",
		Confidence: chibo.Verified}
	srcHD25 = chibo.Source{Document: "25-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: chibo.DateOf(2023, time.November, 10),
		Section:    "hướng dẫn Quy định 124-QĐ/TW",
		URL:        "https://hieuluat.vn/hanh-chinh/huong-dan-25-hd-btctw-ban-to-chuc-ban-chap-hanh-trung-uong-43683.html",
		Confidence: chibo.Verified}
	srcQD366 = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: chibo.DateOf(2025, time.August, 30),
		Section:    "Điều 11",
		URL:        "http://tintuc.thuvienphapluat.com/ho-tro-phap-luat/tu-van-phap-luat/100238/ty-le-dang-vien-hoan-thanh-xuat-sac-nhiem-vu-nam-2025",
		Confidence: chibo.Verified}
	srcHD43 = chibo.Source{Document: "43-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: chibo.DateOf(2025, time.October, 31),
		Section:    "hướng dẫn Quy định 366-QĐ/TW; thay 25-HD/BTCTW (tiểu mục 7.12)",
		URL:        "https://thuviennhadat.vn/phap-luat/tai-file-word-mau-2c-huong-dan-43-nam-2025-mau-ban-kiem-diem-dang-vien-khong-lam-viec-trong-he-thong-720501.html",
		Confidence: chibo.Verified}

	// 2018.
	srcHD21Excluded = sec(srcHD21, "mục 1: không kiểm điểm, xếp loại đảng viên miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng (rules 2.2)")
	srcHD21New      = sec(srcHD21, "mục 1: đảng viên mới kết nạp dưới 6 tháng không xếp loại nhưng phải kiểm điểm từ ngày kết nạp (rules 2.3)")
	srcHD21HTXS     = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD21.Date,
		Section:    "HTXS: các tiêu chí về kết quả thực hiện nhiệm vụ Xuất sắc, các tiêu chí còn lại Tốt trở lên (rules 2.19)",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/4C187-hd-co-giay-khen-hoan-thanh-xuat-sac-nhiem-vu-co-duoc-coi-la-dang-vien-du-tu-cach-hoan-thanh-xuat-sac-nhiem-vu.html",
		Confidence: chibo.Verified}
	srcHD21Lower = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD21.Date,
		Section:    "HTT: tiêu chí Trung bình trở lên, kết quả nhiệm vụ Tốt trở lên; HTNV: tiêu chí Trung bình trở lên — the individual wording was not retrieved; the library reads it as the 2023 collective levels (rules 2.17)",
		URL:        srcHD21HTXS.URL,
		Confidence: chibo.Inferred}
	srcHD21KHTNV = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD21.Date,
		Section:    "KHTNV: suy thoái; hoàn thành dưới 50% chỉ tiêu; bị xử lý kỷ luật trong năm, một vi phạm chỉ tính một lần khi xếp loại (rules 2.20)",
		URL:        "https://nguyenxuanphuc.org/nhung-truong-hop-dang-vien-bi-danh-gia-khong-hoan-thanh-nhiem-vu.html",
		Confidence: chibo.Verified}
	srcHD21Targets = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD21.Date,
		Section:    "KHTNV: hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được giao (rules 2.20), counted by the library as the tasks completed (on time or late) of the tasks assigned",
		URL:        srcHD21KHTNV.URL,
		Confidence: chibo.Inferred}
	srcHD21State = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD21.Date,
		Section:    "đảng viên là cán bộ, công chức, viên chức chỉ được HTXS khi được xếp loại HTXS về công chức, viên chức; xếp loại KHTNV về công chức, viên chức thì KHTNV (16-HD/BTCTW) (rules 2.19, 2.20, 2.26)",
		URL:        srcHD21HTXS.URL,
		Confidence: chibo.Verified}
	srcHD21Sick = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD21.Date,
		Section:    "đảng viên nghỉ ốm tổng thời gian từ 3 tháng trở lên trong năm không xếp loại HTT trở lên (rules 2.4); 3 months counted by the library as 90 days",
		URL:        "https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/bo-may-hanh-chinh/thoi-gian-nghi-huong-che-do-thai-san-co-tinh-vao-thoi-gian-de-danh-311008",
		Confidence: chibo.Inferred}
	srcHD21Maternity = chibo.Source{Document: "21-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD21.Date,
		Section:    "đảng viên nghỉ thai sản: xếp loại theo thời gian công tác thực tế trong năm (rules 2.5)",
		URL:        srcHD21Sick.URL,
		Confidence: chibo.Verified}

	// 2023.
	srcQD124Excluded = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD124.Date,
		Section:    "Điều 5 khoản 2: trừ đảng viên miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng, đảng viên mới kết nạp dưới 6 tháng (rules 2.6)",
		URL:        "http://tintuc.thuvienphapluat.com/thoi-su-phap-luat/tu-van-phap-luat/54347/03-truong-hop-dang-vien-duoc-mien-kiem-diem",
		Confidence: chibo.Verified}
	srcQD124HTXS = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD124.Date,
		Section:    "Điều 12: HTXS — các tiêu chí Tốt trở lên, kết quả nhiệm vụ Xuất sắc, 100% chỉ tiêu, nhiệm vụ đúng tiến độ, bảo đảm chất lượng, ít nhất 50% vượt mức (rules 2.16); the leaders' part was truncated and is not applied",
		URL:        "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/new-regulations-on-annual-quality-ranking-criteria-in-the-political-system-in-vietnam-126034.html",
		Confidence: chibo.Verified}
	srcQD124Lower = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD124.Date,
		Section:    "Điều 12: HTT — tiêu chí Trung bình trở lên, kết quả nhiệm vụ Tốt trở lên; HTNV — tiêu chí Trung bình trở lên; the individual wording was not fully retrieved, read from the collective levels (rules 2.17)",
		URL:        srcQD124.URL,
		Confidence: chibo.Inferred}
	srcQD124KHTNV = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD124.Date,
		Section:    "Điều 12 điểm 4.3: tiêu chí Kém; suy thoái, vi phạm những điều đảng viên không được làm; bị xử lý kỷ luật trong năm đánh giá, trừ trường hợp tự phát hiện và khắc phục xong hậu quả (rules 2.18)",
		URL:        "https://xaydungchinhsach.chinhphu.vn/print/quy-dinh-124-qd-tw-cac-truong-hop-tap-the-ca-nhan-duoc-xep-loai-khong-hoan-thanh-nhiem-vu-119231009165620474.htm",
		Confidence: chibo.Verified}
	srcQD124Leader = sec(srcQD124KHTNV, "Điều 12 điểm 4.3: cơ quan, đơn vị do cá nhân phụ trách hoàn thành dưới 50% chỉ tiêu, nhiệm vụ, các chỉ tiêu chủ yếu không đạt, trừ trường hợp bất khả kháng (rules 2.18)")
	srcQD124Once   = chibo.Source{Document: "124-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD124.Date,
		Section:    "\"một vi phạm chỉ tính một lần\" is stated by 21-HD/BTCTW (2018); whether 124-QĐ/TW and 25-HD/BTCTW keep it was not read — off by default",
		Confidence: chibo.Unverified}

	// 2025.
	srcQD366HTXS = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11 điểm 1: từ 90 điểm; 100% nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng, ít nhất 30% vượt yêu cầu; lãnh đạo: đơn vị trực tiếp phụ trách cũng vậy (rules 2.11)",
		URL:        srcQD366.URL,
		Confidence: chibo.Verified}
	srcQD366HTT = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11 điểm 2: từ 70 đến dưới 90 điểm; 100% nhiệm vụ đúng tiến độ, bảo đảm chất lượng; lãnh đạo: đơn vị trực tiếp phụ trách cũng vậy (rules 2.12)",
		URL:        "https://ja.laodong.vn/thoi-su/thang-diem-danh-gia-de-tinh-xep-loai-tap-the-ca-nhan-hoan-thanh-tot-nhiem-vu-1579399.ldo",
		Confidence: chibo.Secondary}
	srcQD366HTNV = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11 điểm 3: từ 50 đến dưới 70 điểm; the individual conditions were cut off — the library assumes the collective's: 100% nhiệm vụ hoàn thành, không quá 20% chậm tiến độ (rules 2.13)",
		URL:        srcQD366HTT.URL,
		Confidence: chibo.Inferred}
	srcQD366Band = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11: the texts found do not say which level a score in one band gets when the band's conditions fail; the library takes the highest level whose conditions hold, never above the band (rules 2.15)",
		Confidence: chibo.Inferred}
	srcHD43Excluded = chibo.Source{Document: "43-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD43.Date,
		Section:    "who is not reviewed was not retrieved; assumed as 124-QĐ/TW Điều 5 khoản 2: exempt, suspended, admitted less than 6 months before (rules 2.7)",
		Confidence: chibo.Inferred}
	srcQD366KHTNV = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11 điểm 4: dưới 50 điểm hoặc các trường hợp liệt kê; point 4.3 (non-leaders) was not retrieved: the library keeps the 2023 cases — suy thoái, vi phạm những điều đảng viên không được làm (rules 2.14)",
		Confidence: chibo.Unverified}
	srcQD366Discipline = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11 điểm 4.3 not retrieved; library default: disciplined in the evaluation year → KHTNV (as 124-QĐ/TW 4.3 and Nghị định 335/2025/NĐ-CP) (rules 2.14)",
		Confidence: chibo.Unverified}
	srcQD366Remedied = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "whether the 2023 exception \"tự phát hiện và khắc phục xong hậu quả\" survives was not read; kept on, except for leaders (point 4.2 names none) (rules 2.14, OQ-2)",
		Confidence: chibo.Unverified}
	srcQD366Leader = chibo.Source{Document: "366-QĐ/TW", Issuer: "Bộ Chính trị", Date: srcQD366.Date,
		Section:    "Điều 11 điểm 4.2: địa phương, đơn vị phụ trách hoàn thành dưới 70% nhiệm vụ hoặc không đạt chỉ tiêu cơ bản, hoặc trên 50% đơn vị KHTNV; trên 50% phiếu tín nhiệm thấp; vi phạm bị kỷ luật từ khiển trách trở lên; suy thoái (rules 2.14)",
		URL:        "https://dhtn.ttxvn.org.vn/tintuc/tieu-chi-xep-loai-khong-hoan-thanh-nhiem-vu-doi-voi-ca-nhan-giu-chuc-vu-lanh-dao-quan-ly-21441",
		Confidence: chibo.Verified}
	srcHD43Sick = chibo.Source{Document: "43-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD43.Date,
		Section:    "the sick-leave and maternity rules of 21-HD/BTCTW were not found in 25-HD/BTCTW or 43-HD/BTCTW; not applied (set SickCapDays to apply the HD 21 cap) (rules 2.7, OQ-5)",
		Confidence: chibo.Unverified}
)

// Ranking2018 is the regime of Quy định 132-QĐ/TW (08/03/2018) with
// Hướng dẫn 16-HD/BTCTW (2018) and 21-HD/BTCTW (18/10/2019), for the
// evaluation years 2018–2022. Levels from grades: HTXS needs the task
// results Xuất sắc and the other criteria Tốt or higher (verified); HTT
// the criteria Trung bình or higher and the task results Tốt or higher,
// HTNV the criteria Trung bình or higher (the library's reading). KHTNV: a
// criterion Kém, degradation, under 50% of the tasks completed, a
// discipline in the year (one violation counts once), a state rating of
// KHTNV. A state employee is HTXS only with the state HTXS; 3 months (90
// days) of sick leave cap at HTNV. HD 21's exclusions (suspended members,
// members admitted less than 6 months before) apply to every year of the
// regime, though the 2018 review was held under HD 16.
var Ranking2018 = RankingRegime{
	Name: "2018", FirstYear: 2018, Basis: srcQD132, Guidance: srcHD21,
	HTXS:           LevelRule{MinCriteria: GradeGood, MinTasks: GradeExcellent, Source: srcHD21HTXS},
	HTT:            LevelRule{MinCriteria: GradeAverage, MinTasks: GradeGood, Source: srcHD21Lower},
	HTNV:           LevelRule{MinCriteria: GradeAverage, MinTasks: GradeAverage, Source: srcHD21Lower},
	BandSource:     srcQD366Band,
	ExcludedSource: srcHD21Excluded, NewMemberMonths: 6, NewMemberSelfReview: true, NewMemberSource: srcHD21New,
	KHTNVSource: srcHD21KHTNV,
	Discipline:  true, DisciplineSource: srcHD21KHTNV,
	SelfRemediedSource: sec(srcHD21KHTNV, "no self-detected exception is stated for members under 21-HD/BTCTW (rules 2.20)"),
	OneViolationOnce:   true, OneViolationSource: srcHD21KHTNV,
	MinTargetsPercent: 50, TargetsSource: srcHD21Targets,
	LeaderSource:  sec(srcHD21KHTNV, "no leaders' rule for members was retrieved for 2018"),
	StateCoupling: true, StateSource: srcHD21State,
	SickCapDays: 90, SickSource: srcHD21Sick,
	MaternitySource: srcHD21Maternity,
	Quota:           QuotaRule{Num: 1, Den: 5, Rounding: Floor, Source: srcQuota2018},
	Org:             orgRules2018,
}

// Ranking2023 is the regime of Quy định 124-QĐ/TW (04/10/2023) with
// Hướng dẫn 25-HD/BTCTW (10/11/2023), for the evaluation years 2023 and
// 2024. HTXS: every criterion Tốt or higher, task results Xuất sắc, 100% of
// the tasks on time and at least 50% exceeded (verified); HTT and HTNV as
// in 2018 (the library's reading). KHTNV: a criterion Kém, degradation, a
// leader whose units completed under 50% with the main targets unmet, a
// discipline in the year unless the member detected the violation and
// remedied it (verified). Not ranked: exempt, suspended, admitted less
// than 6 months before (Điều 5 khoản 2). No state coupling and no
// sick-leave cap were found in the 2023 texts.
var Ranking2023 = RankingRegime{
	Name: "2023", FirstYear: 2023, Basis: srcQD124, Guidance: srcHD25,
	HTXS:           LevelRule{MinCriteria: GradeGood, MinTasks: GradeExcellent, TasksCompleted: true, MinExceededPercent: 50, Source: srcQD124HTXS},
	HTT:            LevelRule{MinCriteria: GradeAverage, MinTasks: GradeGood, Source: srcQD124Lower},
	HTNV:           LevelRule{MinCriteria: GradeAverage, MinTasks: GradeAverage, Source: srcQD124Lower},
	BandSource:     srcQD366Band,
	ExcludedSource: srcQD124Excluded, NewMemberMonths: 6, NewMemberSource: srcQD124Excluded,
	KHTNVSource: srcQD124KHTNV,
	Discipline:  true, DisciplineSource: srcQD124KHTNV,
	SelfRemediedException: true, SelfRemediedSource: srcQD124KHTNV,
	OneViolationSource:    srcQD124Once,
	LeaderMinUnitsPercent: 50, LeaderUnitsAndTargets: true, LeaderSource: srcQD124Leader,
	StateSource:     sec(srcQD124, "no coupling with the state rating was found in 124-QĐ/TW (rules 2.26–2.29)"),
	SickSource:      sec(srcHD25, "no sick-leave cap was found in 25-HD/BTCTW (rules OQ-5)"),
	MaternitySource: inferred(srcHD21Maternity, "đảng viên nghỉ thai sản: xếp loại theo thời gian công tác thực tế (21-HD/BTCTW, assumed to continue)"),
	Quota:           QuotaRule{Num: 1, Den: 5, Rounding: Floor, Source: srcQuota2023},
	Org:             orgRules2023,
}

// Ranking2025 is the regime of Quy định 366-QĐ/TW (30/08/2025) with
// Hướng dẫn 43-HD/BTCTW (31/10/2025), for the evaluation year 2025 and
// after. A 100-point score (30 general, 70 task results) in bands: HTXS
// from 90 with 100% of the tasks on time and at least 30% exceeded
// (verified); HTT from 70 with 100% on time (secondary); HTNV from 50 with
// 100% completed and at most 20% late (the collective's conditions,
// assumed for individuals: Inferred); leaders' units must meet the same
// for HTXS and HTT. KHTNV: under 50 points; for leaders (verified) units
// under 70% of their tasks, failed basic targets, more than half of the
// units KHTNV, more than 50% low-confidence votes, any discipline,
// degradation; for everyone by the library's default (point 4.3 not
// read: Unverified) a discipline in the year unless self-detected and
// remedied, and degradation. The exclusions are assumed as in 2023
// (Inferred); no sick-leave cap (Unverified, a parameter).
var Ranking2025 = RankingRegime{
	Name: "2025", FirstYear: 2025, Basis: srcQD366, Guidance: srcHD43,
	Scored:         true,
	HTXS:           LevelRule{MinScore: 90, TasksCompleted: true, MinExceededPercent: 30, Units: true, Source: srcQD366HTXS},
	HTT:            LevelRule{MinScore: 70, TasksCompleted: true, Units: true, Source: srcQD366HTT},
	HTNV:           LevelRule{MinScore: 50, TasksCompleted: true, MaxLatePercent: 20, Source: srcQD366HTNV},
	BandSource:     srcQD366Band,
	ExcludedSource: srcHD43Excluded, NewMemberMonths: 6, NewMemberSource: srcHD43Excluded,
	KHTNVSource: srcQD366KHTNV,
	Discipline:  true, DisciplineSource: srcQD366Discipline,
	SelfRemediedException: true, SelfRemediedSource: srcQD366Remedied,
	OneViolationSource:    sec(srcQD124Once, "\"một vi phạm chỉ tính một lần\" (21-HD/BTCTW, 2018): whether 366-QĐ/TW or 43-HD/BTCTW keep it was not read — off by default"),
	LeaderMinUnitsPercent: 70, LeaderTargets: true, LeaderMaxUnitsNotCompletedPercent: 50, LeaderMaxLowConfidencePercent: 50, LeaderDisciplineStrict: true,
	LeaderSource:    srcQD366Leader,
	StateSource:     chibo.Source{Document: "43-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương", Date: srcHD43.Date, Section: "no rule \"party level ≤ job level\" was found; results are tied to the unit's (rules 2.29)", URL: "https://news.laodong.vn/thoi-su/danh-gia-dinh-ky-hang-quy-doi-voi-can-bo-thuoc-dien-bo-chinh-tri-ban-bi-thu-quan-ly-1611165.ldo", Confidence: chibo.Unverified},
	SickSource:      srcHD43Sick,
	MaternitySource: srcHD43Sick,
	Quota:           QuotaRule{Num: 1, Den: 5, Rounding: Floor, Source: srcQuota2025},
	Org:             orgRules2025,
}

// RankingForYear returns the regime for an evaluation year: Ranking2025
// from 2025, Ranking2023 for 2023 and 2024, Ranking2018 before — including
// years before 2018, for which the library models no earlier rules.
func RankingForYear(year int) RankingRegime { return *rankingForYear(year) }

func rankingForYear(year int) *RankingRegime {
	switch {
	case year >= Ranking2025.FirstYear:
		return &Ranking2025
	case year >= Ranking2023.FirstYear:
		return &Ranking2023
	}
	return &Ranking2018
}

// RankingRegimes returns the package's regimes, oldest first.
func RankingRegimes() []RankingRegime {
	return []RankingRegime{Ranking2018, Ranking2023, Ranking2025}
}

// ErrRegime is wrapped by every error RankingRegime.Validate returns.
var ErrRegime = errors.New("evaluation: invalid ranking regime")

// Validate checks that the regime's parameters are consistent and returns
// every problem, joined, each wrapping ErrRegime: a name; percents between
// 0 and 100; score bands decreasing within 0…100 in a scored regime;
// grades that exist; a valid quota; the same of the organisations' rules.
func (r *RankingRegime) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w %q: %s", ErrRegime, r.Name, fmt.Sprintf(format, args...)))
	}
	if r.Name == "" {
		bad("no name")
	}
	levels := func(who string, ls [3]*LevelRule) {
		for i, l := range ls {
			name := Rank(i + 1).Abbr()
			for _, p := range [...]struct {
				f string
				v int
			}{{"MaxLatePercent", l.MaxLatePercent}, {"MinExceededPercent", l.MinExceededPercent}} {
				if p.v < 0 || p.v > 100 {
					bad("%s%s.%s is %d, want 0…100", who, name, p.f, p.v)
				}
			}
			if l.MinCriteria > GradePoor || l.MinTasks > GradePoor {
				bad("%s%s names a grade that does not exist", who, name)
			}
			if r.Scored {
				if math.IsNaN(l.MinScore) || l.MinScore < 0 || l.MinScore > 100 {
					bad("%s%s.MinScore is %v, want 0…100", who, name, l.MinScore)
				}
				if i > 0 && !(l.MinScore < ls[i-1].MinScore) {
					bad("%s%s.MinScore %v is not below %s's %v", who, name, l.MinScore, Rank(i).Abbr(), ls[i-1].MinScore)
				}
			}
		}
	}
	levels("", [3]*LevelRule{&r.HTXS, &r.HTT, &r.HTNV})
	levels("Org.", [3]*LevelRule{&r.Org.HTXS, &r.Org.HTT, &r.Org.HTNV})
	for _, p := range [...]struct {
		f string
		v int
	}{
		{"MinTargetsPercent", r.MinTargetsPercent}, {"LeaderMinUnitsPercent", r.LeaderMinUnitsPercent},
		{"LeaderMaxUnitsNotCompletedPercent", r.LeaderMaxUnitsNotCompletedPercent}, {"LeaderMaxLowConfidencePercent", r.LeaderMaxLowConfidencePercent},
		{"Org.MinTargetsPercent", r.Org.MinTargetsPercent}, {"Org.MaxSubordinatesDisciplinedPercent", r.Org.MaxSubordinatesDisciplinedPercent},
		{"Org.MeetingCap.LowPercent", r.Org.MeetingCap.LowPercent},
	} {
		if p.v < 0 || p.v > 100 {
			bad("%s is %d, want 0…100", p.f, p.v)
		}
	}
	if r.NewMemberMonths < 0 || r.NewMemberMonths > 120 || r.Org.NewOrgMonths < 0 || r.Org.NewOrgMonths > 120 {
		bad("NewMemberMonths %d or Org.NewOrgMonths %d outside 0…120", r.NewMemberMonths, r.Org.NewOrgMonths)
	}
	if r.SickCapDays < 0 || r.SickCapDays > 366 {
		bad("SickCapDays is %d, want 0…366", r.SickCapDays)
	}
	if r.Org.CommitteeMemberForm > member.Expulsion || r.Org.MeetingCap.Rank > NotCompleted {
		bad("Org.CommitteeMemberForm or Org.MeetingCap.Rank is not a form or a rank")
	}
	if err := r.Quota.Validate(); err != nil {
		bad("Quota: %v", err)
	}
	if err := r.Org.Quota.Validate(); err != nil {
		bad("Org.Quota: %v", err)
	}
	return errors.Join(errs...)
}

// MemberYear is what ranking a member for one evaluation year needs: the
// member's record and the facts of the year. The zero values mean "none":
// no sick leave, not a leader, not a state employee.
type MemberYear struct {
	// Member is the member's record: the admission decision (the 6-month
	// rule counts from it, party-card date as fallback), exemption, death,
	// exits, and the discipline decisions.
	Member *member.Member `json:"member"`
	// Year is the evaluation year.
	Year int `json:"year"`
	// ReviewDate is the date of the review meeting (usually December, or
	// early in the next year); zero means 31 December of Year. Who is a
	// member and who was admitted 6 months before are judged on it; the
	// disciplines counted are those of the calendar year Year.
	ReviewDate chibo.Date `json:"review_date,omitzero"`
	// Suspended: suspended from party activities (đình chỉ sinh hoạt đảng)
	// on the review date. A member suspended only from committee
	// activities (đình chỉ sinh hoạt cấp uỷ) is ranked: leave it false.
	Suspended bool `json:"suspended,omitempty"`

	// Criteria are the grades of the general criteria (2018, 2023): politics
	// and ideology, ethics and lifestyle, discipline, …; Tasks is the grade
	// of the task results. Both are required by the graded regimes and
	// ignored by the scored one.
	Criteria []Grade `json:"criteria,omitempty"`
	Tasks    Grade   `json:"tasks,omitzero"`
	// Score is the total of the 100-point scale (2025). The graded regimes
	// ignore it for the level; the quota orders by it under every regime.
	Score float64 `json:"score"`

	// The tasks of the year: assigned; completed on time; completed late;
	// completed beyond requirement (among those completed). Tasks not
	// completed are TasksAssigned − TasksOnTime − TasksLate.
	TasksAssigned int `json:"tasks_assigned"`
	TasksOnTime   int `json:"tasks_on_time"`
	TasksLate     int `json:"tasks_late"`
	TasksExceeded int `json:"tasks_exceeded"`

	// SelfRemedied: the violations behind the year's disciplines were
	// detected by the member and their consequences remedied (tự phát hiện
	// và khắc phục xong hậu quả).
	SelfRemedied bool `json:"self_remedied,omitempty"`
	// CountedBefore: the violation behind the year's disciplines was
	// already counted in an earlier year's ranking (one violation counts
	// once).
	CountedBefore bool `json:"counted_before,omitempty"`
	// Degraded: a competent body concluded signs of degradation, a breach
	// of "what party members must not do" or of exemplary responsibility.
	Degraded bool `json:"degraded,omitempty"`

	// SickLeaveDays is the total sick leave in the year, in days; maternity
	// leave is not sick leave. Maternity: on maternity leave in the year
	// (ranked on the time actually worked; information only).
	SickLeaveDays int  `json:"sick_leave_days,omitempty"`
	Maternity     bool `json:"maternity,omitempty"`
	// StateRank is the member's rating as a state employee (cán bộ, công
	// chức, viên chức) for the year; NotRanked when not one.
	StateRank Rank `json:"state_rank,omitzero"`

	// Leader: holds a leadership or management post. The units the member
	// directly leads completed UnitsTasksPercent of their tasks,
	// UnitsLatePercent late and UnitsExceededPercent beyond requirement;
	// UnitsNotCompletedPercent of the units under the member were ranked
	// KHTNV; BasicTargetsFailed: a basic target relevant to the post (2025:
	// growth, budget revenue, public investment, income per head, poverty
	// reduction) or a main target (2023) was missed.
	Leader                   bool `json:"leader,omitempty"`
	UnitsTasksPercent        int  `json:"units_tasks_percent,omitempty"`
	UnitsLatePercent         int  `json:"units_late_percent,omitempty"`
	UnitsExceededPercent     int  `json:"units_exceeded_percent,omitempty"`
	UnitsNotCompletedPercent int  `json:"units_not_completed_percent,omitempty"`
	BasicTargetsFailed       bool `json:"basic_targets_failed,omitempty"`
	// LowConfidencePercent is the share of "low confidence" votes in a
	// vote of confidence held in the year; -1 (or 0) when none was held.
	LowConfidencePercent int `json:"low_confidence_percent,omitempty"`

	// Group names the group of comparable positions the quota is counted
	// in (the grass-roots organisation under the 2018 rules).
	Group string `json:"group,omitempty"`
	// Priority is the committee's order for the quota among equal scores:
	// lower first.
	Priority int `json:"priority,omitempty"`
}

// MemberRanking is a member's ranking for a year, with its reasons.
type MemberRanking struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Branch string `json:"branch,omitempty"`
	Group  string `json:"group,omitempty"`
	Year   int    `json:"year"`
	// Regime is the Name of the regime applied.
	Regime string `json:"regime"`
	// Rank is the level: the proposal of RankMember, or the final level
	// after ApplyQuota. Proposed is the level before the quota.
	Rank     Rank `json:"rank"`
	Proposed Rank `json:"proposed"`
	// Score and Priority are the input's, for the quota's order.
	Score    float64 `json:"score"`
	Priority int     `json:"priority,omitempty"`
	// Demoted: moved from HTXS to HTT by the quota.
	Demoted bool `json:"demoted,omitempty"`
	// Reasons explain the ranking step by step: the regime, then the
	// exclusion, or the score or grades, the conditions of each level
	// tried, the hard rules that applied, the caps, and last the level
	// (rule RuleRankLevel); the quota adds its own.
	Reasons []chibo.Reason `json:"reasons"`
}

// Rule identifiers of the member ranking's reasons.
const (
	RuleRankRegime     = "evaluation.rank.regime"          // the regime for the year
	RuleRankInput      = "evaluation.rank.input"           // invalid input: not ranked
	RuleRankNotMember  = "evaluation.rank.not-member"      // not a member on the review date
	RuleRankExempt     = "evaluation.rank.exempt"          // exempt from work and activities
	RuleRankSuspended  = "evaluation.rank.suspended"       // suspended from party activities
	RuleRankNewMember  = "evaluation.rank.new-member"      // admitted less than 6 months before
	RuleRankScore      = "evaluation.rank.score"           // the score and its band (2025)
	RuleRankGrades     = "evaluation.rank.grades"          // the grades (2018, 2023)
	RuleRankTasks      = "evaluation.rank.tasks"           // the task counts
	RuleRankConditions = "evaluation.rank.conditions"      // a level's conditions, met or not
	RuleRankBand       = "evaluation.rank.band-conditions" // band and conditions disagree (2.15)
	RuleRankPoorGrade  = "evaluation.rank.poor-grade"      // a criterion Kém
	RuleRankDiscipline = "evaluation.rank.discipline"      // disciplined in the year
	RuleRankDegraded   = "evaluation.rank.degraded"        // degradation concluded
	RuleRankTargets    = "evaluation.rank.targets"         // under the share of tasks completed
	RuleRankUnits      = "evaluation.rank.leader.units"    // a leader's units
	RuleRankConfidence = "evaluation.rank.leader.confidence"
	RuleRankState      = "evaluation.rank.state"      // state-employee coupling (2018)
	RuleRankSickLeave  = "evaluation.rank.sick-leave" // sick-leave cap (2018)
	RuleRankMaternity  = "evaluation.rank.maternity"  // maternity leave (information)
	RuleRankLevel      = "evaluation.rank.level"      // the level, always last
)

// ---- input ----

// ErrRankingInput is wrapped by every *InputError.
var ErrRankingInput = errors.New("evaluation: invalid ranking input")

// InputError is one problem of a member's or an organisation's year: the
// record (the member's or organisation's ID), the field (as named in
// JSON) and the value.
type InputError struct {
	Record string // member or organisation ID
	Field  string // "score", "tasks_on_time", "criteria[2]", …
	Value  string // the value found
	Detail string // what is wrong
}

// Error implements error: "evaluation: m17: score = "101": …".
func (e *InputError) Error() string {
	rec := e.Record
	if rec == "" {
		rec = "(no id)"
	}
	return fmt.Sprintf("evaluation: %s: %s = %q: %s", rec, e.Field, e.Value, e.Detail)
}

// Unwrap returns ErrRankingInput.
func (e *InputError) Unwrap() error { return ErrRankingInput }

// MaxTasks is the most tasks a member's year may count.
const MaxTasks = 1_000_000

// Input problems, as a bit set: the bulk path tests them without
// allocating, Validate turns them into errors.
const (
	pMember uint32 = 1 << iota
	pYear
	pReview
	pScore
	pTasksGrade
	pCriteria
	pTasks
	pUnits
	pConfidence
	pSick
	pState
)

func validScore(s float64) bool { return s >= 0 && s <= 100 } // false for NaN

func validPercent(p int) bool { return p >= 0 && p <= 100 }

// reviewOK reports whether a review date suits the evaluation year: zero,
// or in the year or the next.
func reviewOK(d chibo.Date, year int) bool {
	if d.IsZero() {
		return true
	}
	y := d.Year()
	return y == year || y == year+1
}

func (r *RankingRegime) problems(in *MemberYear) uint32 {
	var p uint32
	if in.Member == nil {
		p |= pMember
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
		if len(in.Criteria) == 0 {
			p |= pCriteria
		}
		for _, g := range in.Criteria {
			if !g.Valid() {
				p |= pCriteria
				break
			}
		}
	}
	if a := in.TasksAssigned; a < 0 || a > MaxTasks || in.TasksOnTime < 0 || in.TasksLate < 0 || in.TasksExceeded < 0 ||
		in.TasksOnTime > a || in.TasksLate > a-in.TasksOnTime || in.TasksExceeded > in.TasksOnTime+in.TasksLate {
		p |= pTasks
	}
	if in.Leader && (!validPercent(in.UnitsTasksPercent) || in.UnitsLatePercent < 0 || in.UnitsLatePercent > in.UnitsTasksPercent ||
		in.UnitsExceededPercent < 0 || in.UnitsExceededPercent > in.UnitsTasksPercent || !validPercent(in.UnitsNotCompletedPercent)) {
		p |= pUnits
	}
	if in.LowConfidencePercent < -1 || in.LowConfidencePercent > 100 {
		p |= pConfidence
	}
	if in.SickLeaveDays < 0 || in.SickLeaveDays > 366 {
		p |= pSick
	}
	if in.StateRank > NotCompleted {
		p |= pState
	}
	return p
}

// ValidateMember checks a member's year against the regime and returns
// every problem, joined, each an *InputError wrapping ErrRankingInput: no
// member record; a year outside 1…9998; a review date outside the year
// and the next; a score outside 0…100 (scored regime) or missing grades
// (graded regime); task counts that do not add up (on time + late ≤
// assigned ≤ MaxTasks, exceeded ≤ completed); a leader's unit shares
// outside 0…100 or inconsistent; a low-confidence share outside −1…100;
// sick leave outside 0…366 days; a state rating that is not a rank.
// RankMember ranks an invalid year NotRanked with these errors as reasons.
func (r *RankingRegime) ValidateMember(in *MemberYear) error {
	if r == nil {
		return &InputError{Field: "regime", Detail: "no regime"}
	}
	if in == nil {
		return &InputError{Field: "member_year", Detail: "no input"}
	}
	p := r.problems(in)
	if p == 0 {
		return nil
	}
	id := ""
	if in.Member != nil {
		id = in.Member.ID
	}
	var errs []error
	add := func(field, value, detail string) {
		errs = append(errs, &InputError{Record: id, Field: field, Value: value, Detail: detail})
	}
	itoa := strconv.Itoa
	if p&pMember != 0 {
		add("member", "", "no member record")
	}
	r.yearInputErrors(add, p, in.Year, in.ReviewDate, in.Score, in.Tasks, in.Criteria)
	if p&pTasks != 0 {
		add("tasks_assigned", fmt.Sprintf("%d/%d/%d/%d", in.TasksAssigned, in.TasksOnTime, in.TasksLate, in.TasksExceeded),
			fmt.Sprintf("task counts (assigned/on time/late/exceeded) must be non-negative, on time + late ≤ assigned ≤ %d, exceeded ≤ on time + late", MaxTasks))
	}
	if p&pUnits != 0 {
		add("units_tasks_percent", fmt.Sprintf("%d/%d/%d/%d", in.UnitsTasksPercent, in.UnitsLatePercent, in.UnitsExceededPercent, in.UnitsNotCompletedPercent),
			"a leader's unit shares (completed/late/exceeded/units KHTNV) must be 0…100, late and exceeded at most completed")
	}
	if p&pConfidence != 0 {
		add("low_confidence_percent", itoa(in.LowConfidencePercent), "must be −1 (no vote) to 100")
	}
	if p&pSick != 0 {
		add("sick_leave_days", itoa(in.SickLeaveDays), "must be 0 to 366")
	}
	if p&pState != 0 {
		add("state_rank", in.StateRank.String(), "not a rank")
	}
	return errors.Join(errs...)
}

// ---- the decision ----

// exclusion is why a member or organisation is not ranked.
type exclusion uint8

const (
	exNone      exclusion = iota
	exNoRegime            // nil regime or input
	exInvalid             // input problems
	exNoStart             // no admission date
	exNotYet              // admitted after the review
	exDied                // died on or before the review
	exOutside             // expelled or struck off
	exExempt              // exempt from work and activities
	exSuspended           // suspended from activities
	exNew                 // admitted (founded) less than 6 months before
)

// Hard rules that make a member KHTNV, as a bit set.
const (
	kPoor uint16 = 1 << iota
	kDiscipline
	kDegraded
	kTargets
	kUnits
	kBasicTargets
	kUnitsRanked
	kConfidence
	kState
)

// memberFacts is everything RankQuick decides; RankMember explains it.
type memberFacts struct {
	ex       exclusion
	problems uint32
	review   chibo.Date
	band     Rank    // scored: the score's band alone
	ok       [3]bool // HTXS, HTT, HTNV: conditions hold (cumulative)
	cond     Rank    // the highest level whose conditions hold (NotCompleted: none)
	causes   uint16
	disc     int  // disciplines decided in the year up to the review
	excused  int8 // 1: self-remedied, 2: counted before, 0: not excused
	capSick  bool
	capState bool
	rank     Rank
}

// defaultReview returns d, or 31 December of year when d is zero.
func defaultReview(d chibo.Date, year int) chibo.Date {
	if d.IsZero() {
		return chibo.DateOf(year, time.December, 31)
	}
	return d
}

// monthsReached reports whether months calendar months have passed from
// start to d (start + months, clamped to the end of the month, on or
// before d). A span of 31 days a month or more always has.
func monthsReached(start, d chibo.Date, months int) bool {
	if months <= 0 || start.DaysUntil(d) >= 31*months {
		return true
	}
	return !start.AddMonths(months).After(d)
}

// tasksMeet reports whether counts of assigned, on-time, late and exceeded
// tasks meet l's task conditions.
func tasksMeet(l *LevelRule, assigned, onTime, late, exceeded int) bool {
	if l.TasksCompleted && (onTime+late < assigned || late*100 > l.MaxLatePercent*assigned) {
		return false
	}
	if l.MinExceededPercent > 0 && (assigned <= 0 || exceeded*100 < l.MinExceededPercent*assigned) {
		return false
	}
	return true
}

// worstGrade returns the lowest of the grades (the highest value), or
// GradeNone when there are none; the grades are valid (validated input).
func worstGrade(gs []Grade) Grade {
	w := GradeNone
	for _, g := range gs {
		w = max(w, g)
	}
	return w
}

// gradesMeet reports whether criteria whose lowest grade is worst, and the
// task-result grade, meet l's grades.
func gradesMeet(l *LevelRule, worst, tasks Grade) bool {
	return (l.MinCriteria == GradeNone || worst <= l.MinCriteria) && tasks.AtLeast(l.MinTasks)
}

// levelOwn reports whether a member meets l's own conditions; worst is
// the lowest criterion grade.
func (r *RankingRegime) levelOwn(l *LevelRule, in *MemberYear, worst Grade) bool {
	if r.Scored {
		if !(in.Score >= l.MinScore) {
			return false
		}
	} else if !gradesMeet(l, worst, in.Tasks) {
		return false
	}
	if !tasksMeet(l, in.TasksAssigned, in.TasksOnTime, in.TasksLate, in.TasksExceeded) {
		return false
	}
	if l.Units && in.Leader {
		done := in.UnitsTasksPercent
		if !tasksMeet(l, 100, done-in.UnitsLatePercent, in.UnitsLatePercent, in.UnitsExceededPercent) {
			return false
		}
	}
	return true
}

func (r *RankingRegime) levels() [3]*LevelRule { return [3]*LevelRule{&r.HTXS, &r.HTT, &r.HTNV} }

// decideMember computes the facts of a member's year. It does not
// allocate.
func (r *RankingRegime) decideMember(in *MemberYear) memberFacts {
	var f memberFacts
	if r == nil || in == nil {
		f.ex = exNoRegime
		return f
	}
	// The record, the year and the review date must be sound to know
	// whether the member is ranked at all; the other inputs matter only for
	// a member who is.
	const structural = pMember | pYear | pReview
	if f.problems = r.problems(in); f.problems&structural != 0 {
		f.ex = exInvalid
		return f
	}
	m := in.Member
	f.review = defaultReview(in.ReviewDate, in.Year)
	start := m.Start()
	switch {
	case start.IsZero():
		f.ex = exNoStart
	case start.After(f.review):
		f.ex = exNotYet
	case !m.Died.IsZero() && !m.Died.After(f.review):
		f.ex = exDied
	case m.OutsideOn(f.review):
		f.ex = exOutside
	case m.Exempt:
		f.ex = exExempt
	case in.Suspended:
		f.ex = exSuspended
	case !monthsReached(start, f.review, r.NewMemberMonths):
		f.ex = exNew
	}
	if f.ex != exNone {
		f.problems = 0 // not ranked: the level inputs do not matter
		return f
	}
	if f.problems != 0 {
		f.ex = exInvalid
		return f
	}

	// The levels: the score's band, and the conditions, cumulative from
	// HTNV up.
	f.band = NotCompleted
	ls := r.levels()
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
			f.causes |= kPoor
		}
	}
	f.cond = NotCompleted
	below := true
	for i := 2; i >= 0; i-- {
		f.ok[i] = below && r.levelOwn(ls[i], in, worst)
		below = f.ok[i]
		if f.ok[i] {
			f.cond = Rank(i + 1)
		}
	}

	if len(m.Discipline) > 0 {
		jan1, end := chibo.DateOf(in.Year, time.January, 1), chibo.DateOf(in.Year, time.December, 31)
		for _, d := range m.Discipline {
			if d.Form.Severity() > 0 && !d.Date.Before(jan1) && !d.Date.After(end) {
				f.disc++
			}
		}
	}
	if f.disc > 0 {
		strict := in.Leader && r.LeaderDisciplineStrict
		switch {
		case r.OneViolationOnce && in.CountedBefore:
			f.excused = 2
		case r.SelfRemediedException && in.SelfRemedied && !strict:
			f.excused = 1
		case r.Discipline || strict:
			f.causes |= kDiscipline
		}
	}
	if in.Degraded {
		f.causes |= kDegraded
	}
	if r.MinTargetsPercent > 0 && in.TasksAssigned > 0 && (in.TasksOnTime+in.TasksLate)*100 < r.MinTargetsPercent*in.TasksAssigned {
		f.causes |= kTargets
	}
	if in.Leader {
		low := r.LeaderMinUnitsPercent > 0 && in.UnitsTasksPercent < r.LeaderMinUnitsPercent
		if r.LeaderUnitsAndTargets {
			if low && in.BasicTargetsFailed {
				f.causes |= kUnits
			}
		} else if low {
			f.causes |= kUnits
		}
		if r.LeaderTargets && in.BasicTargetsFailed {
			f.causes |= kBasicTargets
		}
		if r.LeaderMaxUnitsNotCompletedPercent > 0 && in.UnitsNotCompletedPercent > r.LeaderMaxUnitsNotCompletedPercent {
			f.causes |= kUnitsRanked
		}
		if r.LeaderMaxLowConfidencePercent > 0 && in.LowConfidencePercent > r.LeaderMaxLowConfidencePercent {
			f.causes |= kConfidence
		}
	}
	if r.StateCoupling && in.StateRank != NotRanked {
		if in.StateRank == NotCompleted {
			f.causes |= kState
		} else if in.StateRank != Outstanding {
			f.capState = true
		}
	}
	f.capSick = r.SickCapDays > 0 && in.SickLeaveDays >= r.SickCapDays

	f.rank = f.cond
	if f.capState {
		f.rank = lower(f.rank, CompletedWell)
	}
	if f.capSick {
		f.rank = lower(f.rank, Completed)
	}
	if f.causes != 0 {
		f.rank = NotCompleted
	}
	return f
}

// RankQuick ranks a member's year without reasons. It is the bulk path: it
// does not allocate, and gives the same Rank as RankMember. A nil regime or
// input, or an input that fails ValidateMember, is NotRanked.
func (r *RankingRegime) RankQuick(in *MemberYear) Rank { return r.decideMember(in).rank }

// RankMember ranks a member's year by the regime and explains it. The
// regime is applied as given, whatever the year (RankingForYear picks the
// one in force); the first reason says which.
//
// The member is not ranked (NotRanked, with the reason) when the input
// fails ValidateMember, when the member is not a member on the review date
// (no admission date, admitted after it, dead, expelled or struck off),
// exempt from work and activities, suspended, or admitted less than
// NewMemberMonths before the review. Otherwise the level is the highest
// whose conditions hold — for a scored regime never above the band of the
// score (rules digest 2.15) — lowered to KHTNV by any hard rule and capped
// by the state rating and sick leave where the regime has them. See
// RankingRegime for every parameter.
func (r *RankingRegime) RankMember(in *MemberYear) MemberRanking {
	f := r.decideMember(in)
	var out MemberRanking
	if in != nil {
		out.Year, out.Score, out.Group, out.Priority = in.Year, in.Score, in.Group, in.Priority
		if m := in.Member; m != nil {
			out.ID, out.Name, out.Branch = m.ID, m.Name, m.Branch
		}
	}
	out.Rank, out.Proposed = f.rank, f.rank
	if r == nil {
		out.Reasons = []chibo.Reason{{Rule: RuleRankInput, VI: "Không có quy định xếp loại (regime nil).", EN: "No ranking regime was given (nil)."}}
		return out
	}
	out.Regime = r.Name
	if in == nil {
		out.Reasons = []chibo.Reason{{Rule: RuleRankInput, Source: r.Basis, VI: "Không có dữ liệu đánh giá.", EN: "No input was given."}}
		return out
	}
	out.Reasons = r.explainMember(in, &f)
	return out
}

// ---- explanations ----

type reasonList []chibo.Reason

func (rs *reasonList) add(rule string, src chibo.Source, vi, en string) {
	*rs = append(*rs, chibo.Reason{Rule: rule, Source: src, VI: vi, EN: en})
}

// decimal writes x with a decimal comma (vi) or point (en), without
// trailing zeros: 69,9 and 69.9; 92.
func decimal(x float64) (vi, en string) {
	en = strconv.FormatFloat(x, 'f', -1, 64)
	return strings.Replace(en, ".", ",", 1), en
}

// share writes n of of as a percentage with one decimal, rounded down:
// 33,3 and 33.3.
func share(n, of int) (vi, en string) {
	p := 0
	if of > 0 {
		p = int(int64(n) * 1000 / int64(of))
	}
	s := strconv.Itoa(p/10) + "." + strconv.Itoa(p%10)
	return strings.Replace(s, ".", ",", 1), s
}

func gradeList(gs []Grade, vi bool) string {
	parts := make([]string, len(gs))
	for i, g := range gs {
		if vi {
			parts[i] = g.VI()
		} else {
			parts[i] = g.EN()
		}
	}
	return strings.Join(parts, ", ")
}

// regimeReason names the regime and says whether it is the one in force
// for the year.
func regimeReason(rs *reasonList, r *RankingRegime, year int, rule string) {
	docs := r.Basis.Document
	if r.Guidance.Document != "" {
		docs += ", " + r.Guidance.Document
	}
	inForce := rankingForYear(year)
	if inForce.Name == r.Name {
		rs.add(rule, r.Basis,
			fmt.Sprintf("Năm đánh giá %d: áp dụng quy định xếp loại %s (%s).", year, r.Name, docs),
			fmt.Sprintf("Evaluation year %d: the %s ranking rules apply (%s).", year, r.Name, docs))
		return
	}
	rs.add(rule, r.Basis,
		fmt.Sprintf("Năm đánh giá %d: áp dụng quy định xếp loại %s (%s) theo lựa chọn của người dùng; quy định có hiệu lực cho năm này là %s.", year, r.Name, docs, inForce.Name),
		fmt.Sprintf("Evaluation year %d: the %s ranking rules (%s) are applied as chosen by the caller; the rules in force for that year are %s.", year, r.Name, docs, inForce.Name))
}

// levelFailures lists, in Vietnamese and English, what a member lacks for
// level l's own conditions.
func (r *RankingRegime) levelFailures(l *LevelRule, in *MemberYear) (vi, en []string) {
	add := func(v, e string) { vi, en = append(vi, v), append(en, e) }
	if r.Scored && !(in.Score >= l.MinScore) {
		sv, se := decimal(in.Score)
		mv, me := decimal(l.MinScore)
		add("cần từ "+mv+" điểm, có "+sv, "needs "+me+" points or more, has "+se)
	}
	if !r.Scored {
		if l.MinCriteria != GradeNone {
			for i, g := range in.Criteria {
				if !g.AtLeast(l.MinCriteria) {
					add(fmt.Sprintf("tiêu chí %d là %s, cần %s trở lên", i+1, g.VI(), l.MinCriteria.VI()),
						fmt.Sprintf("criterion %d is %s, needs %s or better", i+1, g.EN(), l.MinCriteria.EN()))
				}
			}
		}
		if !in.Tasks.AtLeast(l.MinTasks) {
			add(fmt.Sprintf("kết quả thực hiện nhiệm vụ là %s, cần %s trở lên", in.Tasks.VI(), l.MinTasks.VI()),
				fmt.Sprintf("task results are %s, need %s or better", in.Tasks.EN(), l.MinTasks.EN()))
		}
	}
	tv, te := taskFailures(l, in.TasksAssigned, in.TasksOnTime, in.TasksLate, in.TasksExceeded, "nhiệm vụ", "tasks")
	vi, en = append(vi, tv...), append(en, te...)
	if l.Units && in.Leader {
		done := in.UnitsTasksPercent
		uv, ue := taskFailures(l, 100, done-in.UnitsLatePercent, in.UnitsLatePercent, in.UnitsExceededPercent, "nhiệm vụ của đơn vị phụ trách", "the units' tasks")
		vi, en = append(vi, uv...), append(en, ue...)
	}
	return vi, en
}

func taskFailures(l *LevelRule, assigned, onTime, late, exceeded int, whatVI, whatEN string) (vi, en []string) {
	if l.TasksCompleted {
		if onTime+late < assigned {
			sv, se := share(onTime+late, assigned)
			vi = append(vi, "cần hoàn thành 100% "+whatVI+", mới hoàn thành "+sv+"%")
			en = append(en, "needs 100% of "+whatEN+" completed, has "+se+"%")
		}
		if late*100 > l.MaxLatePercent*assigned {
			sv, se := share(late, assigned)
			if l.MaxLatePercent == 0 {
				vi = append(vi, "cần 100% "+whatVI+" đúng tiến độ, có "+sv+"% chậm")
				en = append(en, "needs 100% of "+whatEN+" on time, "+se+"% were late")
			} else {
				vi = append(vi, fmt.Sprintf("chậm tiến độ không quá %d%% %s, có %s%%", l.MaxLatePercent, whatVI, sv))
				en = append(en, fmt.Sprintf("at most %d%% of %s late, has %s%%", l.MaxLatePercent, whatEN, se))
			}
		}
	}
	if l.MinExceededPercent > 0 {
		switch {
		case assigned <= 0:
			vi = append(vi, fmt.Sprintf("cần ít nhất %d%% %s vượt yêu cầu, không có nhiệm vụ nào được tính", l.MinExceededPercent, whatVI))
			en = append(en, fmt.Sprintf("needs at least %d%% of %s beyond requirement, no task is counted", l.MinExceededPercent, whatEN))
		case exceeded*100 < l.MinExceededPercent*assigned:
			sv, se := share(exceeded, assigned)
			vi = append(vi, fmt.Sprintf("cần ít nhất %d%% %s vượt yêu cầu, có %s%%", l.MinExceededPercent, whatVI, sv))
			en = append(en, fmt.Sprintf("needs at least %d%% of %s beyond requirement, has %s%%", l.MinExceededPercent, whatEN, se))
		}
	}
	return vi, en
}

// conditionsReasons explains, from the top level down, the levels tried:
// those whose conditions fail, then the one reached.
func conditionsReasons(rs *reasonList, rule string, ls [3]*LevelRule, ok [3]bool, top Rank, fails func(i int) ([]string, []string)) {
	for i := int(top) - 1; i < 3; i++ {
		name := Rank(i + 1).Abbr()
		if ok[i] {
			rs.add(rule, ls[i].Source, "Đủ điều kiện "+name+".", "The conditions of "+name+" are met.")
			return
		}
		vi, en := fails(i)
		if len(vi) == 0 {
			// Its own conditions hold; a lower level's do not.
			vi, en = []string{"không đủ điều kiện của mức dưới"}, []string{"the conditions of a lower level are not met"}
		}
		rs.add(rule, ls[i].Source,
			"Chưa đủ điều kiện "+name+": "+strings.Join(vi, "; ")+".",
			"Not "+name+": "+strings.Join(en, "; ")+".")
	}
}

func (r *RankingRegime) explainMember(in *MemberYear, f *memberFacts) []chibo.Reason {
	rs := make(reasonList, 0, 8)
	regimeReason(&rs, r, in.Year, RuleRankRegime)
	m := in.Member
	switch f.ex {
	case exInvalid:
		err := r.ValidateMember(in)
		for _, e := range unjoin(err) {
			rs.add(RuleRankInput, r.Basis, "Dữ liệu không hợp lệ, không xếp loại: "+e.Error(), "Invalid input, not ranked: "+e.Error())
		}
	case exNoStart:
		rs.add(RuleRankNotMember, r.ExcludedSource, "Hồ sơ không có ngày quyết định kết nạp hoặc ngày vào Đảng: không xếp loại.",
			"The record has no admission decision or party-card date: not ranked.")
	case exNotYet:
		rs.add(RuleRankNotMember, r.ExcludedSource,
			fmt.Sprintf("Kết nạp ngày %s, sau ngày kiểm điểm %s: chưa là đảng viên, không xếp loại.", m.Start().VN(), f.review.VN()),
			fmt.Sprintf("Admitted on %s, after the review on %s: not yet a member, not ranked.", m.Start().VN(), f.review.VN()))
	case exDied:
		rs.add(RuleRankNotMember, r.ExcludedSource,
			fmt.Sprintf("Đảng viên từ trần ngày %s, trước ngày kiểm điểm %s: không xếp loại.", m.Died.VN(), f.review.VN()),
			fmt.Sprintf("The member died on %s, before the review on %s: not ranked.", m.Died.VN(), f.review.VN()))
	case exOutside:
		rs.add(RuleRankNotMember, r.ExcludedSource,
			fmt.Sprintf("Ngày kiểm điểm %s đảng viên đã ra khỏi Đảng (khai trừ hoặc xoá tên): không xếp loại.", f.review.VN()),
			fmt.Sprintf("On the review date %s the member is outside the Party (expelled or struck off): not ranked.", f.review.VN()))
	case exExempt:
		rs.add(RuleRankExempt, r.ExcludedSource,
			"Đảng viên được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại, không tính vào số HTT, HTXS.",
			"The member is exempt from party work and activities: not reviewed, not ranked, not counted in the HTT and HTXS numbers.")
	case exSuspended:
		rs.add(RuleRankSuspended, r.ExcludedSource,
			"Đảng viên đang bị đình chỉ sinh hoạt đảng: không kiểm điểm, không xếp loại.",
			"The member is suspended from party activities: not reviewed, not ranked.")
	case exNew:
		start := m.Start()
		due := start.AddMonths(r.NewMemberMonths)
		vi := fmt.Sprintf("Kết nạp ngày %s, chưa đủ %d tháng đến ngày kiểm điểm %s (đủ vào %s): không xếp loại", start.VN(), r.NewMemberMonths, f.review.VN(), due.VN())
		en := fmt.Sprintf("Admitted on %s, less than %d months before the review on %s (reached on %s): not ranked", start.VN(), r.NewMemberMonths, f.review.VN(), due.VN())
		if r.NewMemberSelfReview {
			vi += ", nhưng phải tự kiểm điểm từ ngày kết nạp."
			en += ", but the member must still review their own work since the admission."
		} else {
			vi += ", không kiểm điểm."
			en += " and not reviewed."
		}
		rs.add(RuleRankNewMember, r.NewMemberSource, vi, en)
	}
	if f.ex != exNone {
		rs.add(RuleRankLevel, r.ExcludedSource, "Không xếp loại.", "Not ranked.")
		return rs
	}

	ls := r.levels()
	if r.Scored {
		sv, se := decimal(in.Score)
		if f.band == NotCompleted {
			mv, me := decimal(r.HTNV.MinScore)
			rs.add(RuleRankScore, r.KHTNVSource,
				fmt.Sprintf("Tổng điểm %s/100, dưới %s điểm: không hoàn thành nhiệm vụ.", sv, mv),
				fmt.Sprintf("Score %s of 100, under %s points: did not complete duties.", se, me))
		} else {
			l := ls[f.band-1]
			mv, me := decimal(l.MinScore)
			rs.add(RuleRankScore, l.Source,
				fmt.Sprintf("Tổng điểm %s/100: thuộc khung %s (từ %s điểm).", sv, f.band.Abbr(), mv),
				fmt.Sprintf("Score %s of 100: in the %s band (%s points or more).", se, f.band.Abbr(), me))
		}
	} else {
		vi := "Kết quả thực hiện nhiệm vụ: " + in.Tasks.VI()
		en := "Task results: " + in.Tasks.EN()
		if len(in.Criteria) > 0 {
			vi = "Các tiêu chí chung: " + gradeList(in.Criteria, true) + "; k" + vi[1:]
			en = "General criteria: " + gradeList(in.Criteria, false) + "; t" + en[1:]
		}
		rs.add(RuleRankGrades, r.HTXS.Source, vi+".", en+".")
	}
	if in.TasksAssigned > 0 {
		ev, ee := share(in.TasksExceeded, in.TasksAssigned)
		open := in.TasksAssigned - in.TasksOnTime - in.TasksLate
		rs.add(RuleRankTasks, r.HTXS.Source,
			fmt.Sprintf("Được giao %d nhiệm vụ: %d hoàn thành đúng tiến độ, %d chậm, %d chưa hoàn thành; %d vượt yêu cầu (%s%%).", in.TasksAssigned, in.TasksOnTime, in.TasksLate, open, in.TasksExceeded, ev),
			fmt.Sprintf("%d tasks assigned: %d completed on time, %d late, %d not completed; %d beyond requirement (%s%%).", in.TasksAssigned, in.TasksOnTime, in.TasksLate, open, in.TasksExceeded, ee))
	}
	if in.Leader {
		rs.add(RuleRankUnits, r.LeaderSource,
			fmt.Sprintf("Cán bộ lãnh đạo, quản lý: đơn vị trực tiếp phụ trách hoàn thành %d%% nhiệm vụ (%d%% chậm, %d%% vượt yêu cầu); %d%% đơn vị thuộc phạm vi phụ trách KHTNV.", in.UnitsTasksPercent, in.UnitsLatePercent, in.UnitsExceededPercent, in.UnitsNotCompletedPercent),
			fmt.Sprintf("Leader: the units directly led completed %d%% of their tasks (%d%% late, %d%% beyond requirement); %d%% of the units under the member were ranked KHTNV.", in.UnitsTasksPercent, in.UnitsLatePercent, in.UnitsExceededPercent, in.UnitsNotCompletedPercent))
	}

	top := Outstanding
	if r.Scored {
		top = f.band
	}
	if top != NotCompleted {
		conditionsReasons(&rs, RuleRankConditions, ls, f.ok, top, func(i int) ([]string, []string) { return r.levelFailures(ls[i], in) })
	}
	if r.Scored && f.band.Above(f.cond) {
		rs.add(RuleRankBand, r.BandSource,
			fmt.Sprintf("Điểm thuộc khung %s nhưng không đủ điều kiện của mức đó: xếp mức cao nhất đủ điều kiện, không vượt khung điểm — %s (cách hiểu của thư viện, điểm 2.15).", f.band.Abbr(), f.cond.Abbr()),
			fmt.Sprintf("The score is in the %s band but the conditions of that level fail: the highest level whose conditions hold, never above the band — %s (the library's interpretation, rules 2.15).", f.band.Abbr(), f.cond.Abbr()))
	}

	// Hard rules.
	if f.causes&kPoor != 0 {
		rs.add(RuleRankPoorGrade, r.KHTNVSource, "Có tiêu chí xếp mức Kém: không hoàn thành nhiệm vụ.", "A criterion is graded poor (Kém): did not complete duties.")
	}
	if f.disc > 0 {
		forms := disciplinesInYear(m, in.Year)
		switch f.excused {
		case 2:
			rs.add(RuleRankDiscipline, r.OneViolationSource,
				fmt.Sprintf("Bị kỷ luật trong năm (%s) cho vi phạm đã tính khi xếp loại năm trước: một vi phạm chỉ tính một lần, không xếp KHTNV vì lý do này.", forms[0]),
				fmt.Sprintf("Disciplined in the year (%s) for a violation already counted in an earlier year's ranking: one violation counts once, so not KHTNV for it.", forms[1]))
		case 1:
			rs.add(RuleRankDiscipline, r.SelfRemediedSource,
				fmt.Sprintf("Bị kỷ luật trong năm (%s) cho vi phạm tự phát hiện và đã khắc phục xong hậu quả: không xếp KHTNV vì lý do này.", forms[0]),
				fmt.Sprintf("Disciplined in the year (%s) for a violation the member detected and whose consequences were remedied: not KHTNV for it.", forms[1]))
		default:
			src, vi, en := r.DisciplineSource, "", ""
			if in.Leader && r.LeaderDisciplineStrict {
				src = r.LeaderSource
				if in.SelfRemedied && r.SelfRemediedException {
					vi, en = " (với cán bộ lãnh đạo, quản lý không áp dụng ngoại lệ tự phát hiện, khắc phục)", " (for leaders the self-detected-and-remedied exception does not apply)"
				}
			}
			if f.causes&kDiscipline != 0 {
				rs.add(RuleRankDiscipline, src,
					fmt.Sprintf("Bị kỷ luật trong năm đánh giá (%s)%s: không hoàn thành nhiệm vụ.", forms[0], vi),
					fmt.Sprintf("Disciplined in the evaluation year (%s)%s: did not complete duties.", forms[1], en))
			}
		}
	}
	if f.causes&kDegraded != 0 {
		src := r.KHTNVSource
		if in.Leader {
			src = r.LeaderSource
		}
		rs.add(RuleRankDegraded, src,
			"Cấp có thẩm quyền kết luận có biểu hiện suy thoái, vi phạm những điều đảng viên không được làm hoặc trách nhiệm nêu gương: không hoàn thành nhiệm vụ.",
			"A competent body concluded signs of degradation, a breach of what party members must not do or of exemplary responsibility: did not complete duties.")
	}
	if f.causes&kTargets != 0 {
		sv, se := share(in.TasksOnTime+in.TasksLate, in.TasksAssigned)
		rs.add(RuleRankTargets, r.TargetsSource,
			fmt.Sprintf("Hoàn thành %s%% nhiệm vụ được giao, dưới %d%%: không hoàn thành nhiệm vụ.", sv, r.MinTargetsPercent),
			fmt.Sprintf("Completed %s%% of the tasks assigned, under %d%%: did not complete duties.", se, r.MinTargetsPercent))
	}
	if f.causes&kUnits != 0 {
		vi, en := "", ""
		if r.LeaderUnitsAndTargets {
			vi, en = ", các chỉ tiêu chủ yếu không đạt", ", and the main targets were missed"
		}
		rs.add(RuleRankUnits, r.LeaderSource,
			fmt.Sprintf("Đơn vị phụ trách hoàn thành %d%% nhiệm vụ, dưới %d%%%s: không hoàn thành nhiệm vụ.", in.UnitsTasksPercent, r.LeaderMinUnitsPercent, vi),
			fmt.Sprintf("The units led completed %d%% of their tasks, under %d%%%s: did not complete duties.", in.UnitsTasksPercent, r.LeaderMinUnitsPercent, en))
	}
	if f.causes&kBasicTargets != 0 {
		rs.add(RuleRankUnits, r.LeaderSource,
			"Không đạt chỉ tiêu cơ bản gắn với chức danh: không hoàn thành nhiệm vụ.",
			"A basic target tied to the post was missed: did not complete duties.")
	}
	if f.causes&kUnitsRanked != 0 {
		rs.add(RuleRankUnits, r.LeaderSource,
			fmt.Sprintf("%d%% đơn vị thuộc phạm vi phụ trách xếp loại KHTNV, trên %d%%: không hoàn thành nhiệm vụ.", in.UnitsNotCompletedPercent, r.LeaderMaxUnitsNotCompletedPercent),
			fmt.Sprintf("%d%% of the units under the member were ranked KHTNV, more than %d%%: did not complete duties.", in.UnitsNotCompletedPercent, r.LeaderMaxUnitsNotCompletedPercent))
	}
	if f.causes&kConfidence != 0 {
		rs.add(RuleRankConfidence, r.LeaderSource,
			fmt.Sprintf("Lấy phiếu tín nhiệm trong năm: %d%% phiếu tín nhiệm thấp, trên %d%%: không hoàn thành nhiệm vụ, bất kể điểm số.", in.LowConfidencePercent, r.LeaderMaxLowConfidencePercent),
			fmt.Sprintf("Vote of confidence in the year: %d%% low-confidence votes, more than %d%%: did not complete duties, whatever the score.", in.LowConfidencePercent, r.LeaderMaxLowConfidencePercent))
	}
	if f.causes&kState != 0 {
		rs.add(RuleRankState, r.StateSource,
			"Xếp loại cán bộ, công chức, viên chức năm nay là KHTNV: xếp loại đảng viên KHTNV.",
			"Rated KHTNV this year as a state employee: ranked KHTNV as a party member.")
	}
	if f.capState {
		rs.add(RuleRankState, r.StateSource,
			fmt.Sprintf("Xếp loại cán bộ, công chức, viên chức năm nay là %s: chỉ được HTXS khi xếp loại công chức, viên chức HTXS; tối đa HTT.", in.StateRank.Abbr()),
			fmt.Sprintf("Rated %s this year as a state employee: HTXS needs the state rating HTXS; at most HTT.", in.StateRank.Abbr()))
	}
	if f.capSick {
		rs.add(RuleRankSickLeave, r.SickSource,
			fmt.Sprintf("Nghỉ ốm %d ngày trong năm (từ %d ngày, tức 3 tháng): không xếp loại HTT trở lên; tối đa HTNV.", in.SickLeaveDays, r.SickCapDays),
			fmt.Sprintf("%d days of sick leave in the year (%d or more, i.e. 3 months): not HTT or higher; at most HTNV.", in.SickLeaveDays, r.SickCapDays))
	}
	if in.Maternity {
		rs.add(RuleRankMaternity, r.MaternitySource,
			"Nghỉ thai sản trong năm: xếp loại theo thời gian công tác thực tế; thời gian nghỉ thai sản không tính là nghỉ ốm.",
			"On maternity leave in the year: ranked on the time actually worked; maternity leave is not sick leave.")
	}

	vi := fmt.Sprintf("Xếp loại: %s (%s).", f.rank.VI(), f.rank.Abbr())
	en := fmt.Sprintf("Ranked: %s (%s).", f.rank.EN(), f.rank.Abbr())
	src := r.KHTNVSource
	if f.rank != NotCompleted {
		src = ls[f.rank-1].Source
	}
	rs.add(RuleRankLevel, src, vi, en)
	return rs
}

// disciplinesInYear lists the disciplines decided in the calendar year, in
// Vietnamese and English: "khiển trách 10/03/2025".
func disciplinesInYear(m *member.Member, year int) [2]string {
	jan1, end := chibo.DateOf(year, time.January, 1), chibo.DateOf(year, time.December, 31)
	var vi, en []string
	for _, d := range m.Discipline {
		if d.Form.Severity() > 0 && !d.Date.Before(jan1) && !d.Date.After(end) {
			vi = append(vi, d.Form.VI()+" "+d.Date.VN())
			en = append(en, d.Form.EN()+" of "+d.Date.VN())
		}
	}
	return [2]string{strings.Join(vi, ", "), strings.Join(en, ", ")}
}

// unjoin returns the errors joined in err (or err itself).
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// yearInputErrors reports the problems of the inputs a member's year and an
// organisation's year share: the year, the review date, the score or the
// grades.
func (r *RankingRegime) yearInputErrors(add func(field, value, detail string), p uint32, year int, review chibo.Date, score float64, tasks Grade, criteria []Grade) {
	if p&pYear != 0 {
		add("year", strconv.Itoa(year), "the evaluation year must be between 1 and 9998")
	}
	if p&pReview != 0 {
		add("review_date", review.String(), fmt.Sprintf("the review must fall in %d or %d", year, year+1))
	}
	if p&pScore != 0 {
		add("score", strconv.FormatFloat(score, 'g', -1, 64), "the score must be between 0 and 100")
	}
	if p&pTasksGrade != 0 {
		add("tasks", tasks.String(), "regime "+r.Name+" ranks by grades: the task-result grade is required (xuat-sac, tot, trung-binh or kem)")
	}
	if p&pCriteria != 0 {
		if len(criteria) == 0 {
			add("criteria", "", "regime "+r.Name+" ranks by grades: the grades of the general criteria are required")
		}
		for i, g := range criteria {
			if !g.Valid() {
				add(fmt.Sprintf("criteria[%d]", i), g.String(), "not a grade (xuat-sac, tot, trung-binh or kem)")
			}
		}
	}
}
