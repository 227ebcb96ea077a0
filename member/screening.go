package member

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chibo-go/chibo"
)

// Rule identifiers of the removal grounds (xoá tên), Quy định 24-QĐ/TW
// điểm 8.1 (29-QĐ/TW điểm 8.1 before it).
const (
	RuleRemovalSkipped   = "member.removal.skipped-activities"
	RuleRemovalUnpaid    = "member.removal.unpaid-dues"
	RuleRemovalCard      = "member.removal.card"
	RuleRemovalEducation = "member.removal.education"
	RuleRemovalStandards = "member.removal.standards"
	RuleRemovalPolitical = "member.removal.political-standard"
)

// Thresholds of the removal grounds.
const (
	// removalMonths is the number of months in a year of skipped activities,
	// or of unpaid dues, without a valid reason.
	removalMonths = 3
	// educationMonths is how long the cell educates a member before
	// proposing removal when there is no progress.
	educationMonths = 12
	// standardsYears is the number of consecutive years of violating
	// membership standards.
	standardsYears = 2
)

var srcRemoval = chibo.Source{
	Document: "24-QĐ/TW", Issuer: "Ban Chấp hành Trung ương", Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 8.1",
	URL: "https://nptlawyer.com/phan-biet-hinh-thuc-xoa-ten-khoi-danh-sach-dang-vien-va-khai-tu-dang.html", Confidence: chibo.Verified,
}

var srcRemovalDues = chibo.Source{
	Document: "01-QĐ/TW", Issuer: "Bộ Chính trị", Date: chibo.DateOf(2026, time.February, 3), Section: "chế độ đảng phí: không đóng đảng phí 3 tháng trong năm",
	URL: "https://baophutho.vn/quy-dinh-moi-cua-bo-chinh-tri-ve-che-do-dang-phi-247487.htm", Confidence: chibo.Verified,
}

// Evidence is what a cell knows about a member's year for removal
// screening. Months are given by any day in them.
type Evidence struct {
	// Skipped are the months the member skipped party activities without a
	// valid reason (from the meeting records: absent without reason).
	Skipped []chibo.Date `json:"skipped,omitempty"`
	// Unpaid are the months the member did not pay dues without a valid
	// reason.
	Unpaid []chibo.Date `json:"unpaid,omitempty"`
	// CardReturned records that the member returned or destroyed the party
	// card on their own initiative.
	CardReturned bool `json:"card_returned,omitempty"`
	// EducationFrom is the day the cell began educating a member whose will
	// to strive had declined; zero when none.
	EducationFrom chibo.Date `json:"education_from,omitzero"`
	// Progressed records that the education brought progress.
	Progressed bool `json:"progressed,omitempty"`
	// StandardsViolated are the years in which the member violated the
	// membership standards (vi phạm tư cách đảng viên).
	StandardsViolated []int `json:"standards_violated,omitempty"`
	// PoliticalStandardUnmet records that the member does not meet the
	// Politburo's political standard.
	PoliticalStandardUnmet bool `json:"political_standard_unmet,omitempty"`
}

// Screen returns every ground on which the cell should consider proposing
// the member's removal from the rolls (xoá tên) for the calendar year, each
// with its evidence (Quy định 24-QĐ/TW, điểm 8.1):
//
//   - skipped party activities without a valid reason in 3 or more months of
//     the year;
//   - dues unpaid without a valid reason in 3 or more months of the year;
//   - the party card returned or destroyed on the member's own initiative;
//   - 12 months of the cell's education without progress, by the end of the
//     year;
//   - membership standards violated in the year and the year before;
//   - the political standard not met.
//
// The rules do not say whether the 3 months are consecutive or whether the
// year is the calendar year; the library reads them as months of the
// calendar year, not necessarily consecutive, and counts skipped activities
// and unpaid dues separately. Removal is a proposal for the competent
// committee, not a discipline; Screen only lists the grounds. A member
// outside the Party or deceased before the year ends has none.
func Screen(m *Member, year int, ev Evidence) []chibo.Reason {
	if m == nil {
		return nil
	}
	end := chibo.DateOf(year, time.December, 31)
	if end.IsZero() || (!m.Died.IsZero() && !m.Died.After(end)) || m.OutsideOn(end) {
		return nil
	}
	var out []chibo.Reason
	if months := monthsIn(ev.Skipped, year); len(months) >= removalMonths {
		l := monthList(months)
		out = append(out, reasonf(RuleRemovalSkipped, srcRemoval,
			fmt.Sprintf("Bỏ sinh hoạt đảng không có lý do chính đáng %d tháng trong năm %d (tháng %s): chi bộ xem xét, đề nghị xoá tên.", len(months), year, l),
			fmt.Sprintf("Skipped party activities without a valid reason in %d months of %d (months %s): the cell considers proposing removal.", len(months), year, l)))
	}
	if months := monthsIn(ev.Unpaid, year); len(months) >= removalMonths {
		l := monthList(months)
		src := srcRemoval
		if year >= 2026 {
			src = srcRemovalDues
		}
		out = append(out, reasonf(RuleRemovalUnpaid, src,
			fmt.Sprintf("Không đóng đảng phí không có lý do chính đáng %d tháng trong năm %d (tháng %s): chi bộ xem xét, đề nghị xoá tên.", len(months), year, l),
			fmt.Sprintf("Did not pay dues without a valid reason in %d months of %d (months %s): the cell considers proposing removal.", len(months), year, l)))
	}
	if ev.CardReturned {
		out = append(out, reasonf(RuleRemovalCard, srcRemoval,
			"Tự ý trả lại hoặc huỷ thẻ đảng viên.", "Returned or destroyed the party card on their own initiative."))
	}
	if !ev.EducationFrom.IsZero() && !ev.Progressed && !ev.EducationFrom.AddMonths(educationMonths).After(end) {
		out = append(out, reasonf(RuleRemovalEducation, srcRemoval,
			fmt.Sprintf("Được chi bộ giáo dục từ ngày %s, sau %d tháng không tiến bộ.", ev.EducationFrom.VN(), educationMonths),
			fmt.Sprintf("Educated by the cell since %s; no progress after %d months.", ev.EducationFrom.VN(), educationMonths)))
	}
	if slices.Contains(ev.StandardsViolated, year) && slices.Contains(ev.StandardsViolated, year-1) {
		out = append(out, reasonf(RuleRemovalStandards, srcRemoval,
			fmt.Sprintf("Vi phạm tư cách đảng viên %d năm liền (%d và %d).", standardsYears, year-1, year),
			fmt.Sprintf("Violated the membership standards %d years running (%d and %d).", standardsYears, year-1, year)))
	}
	if ev.PoliticalStandardUnmet {
		out = append(out, reasonf(RuleRemovalPolitical, srcRemoval,
			"Không đủ tiêu chuẩn chính trị theo quy định của Bộ Chính trị.", "Does not meet the Politburo's political standard."))
	}
	return out
}

// monthsIn returns the distinct months (1–12) of the given year, sorted.
func monthsIn(days []chibo.Date, year int) []int {
	var seen [13]bool
	var out []int
	for _, d := range days {
		if d.Year() == year && !seen[d.Month()] {
			seen[d.Month()] = true
			out = append(out, int(d.Month()))
		}
	}
	slices.Sort(out)
	return out
}

func monthList(months []int) string {
	s := make([]string, len(months))
	for i, m := range months {
		s[i] = fmt.Sprint(m)
	}
	return strings.Join(s, ", ")
}

// Screened is one member on a screening list, with the grounds.
type Screened struct {
	Member  *Member        // points into the roster passed to ScreenRoster
	Grounds []chibo.Reason // every ground found
}

// ScreenRoster screens every member of a roster for the year with the
// evidence keyed by member ID, and returns those with at least one ground,
// in roster order: the list a committee reviews when it screens out members
// who no longer qualify (sàng lọc đảng viên).
func ScreenRoster(roster []Member, year int, evidence map[string]Evidence) []Screened {
	var out []Screened
	for i := range roster {
		m := &roster[i]
		if g := Screen(m, year, evidence[m.ID]); len(g) > 0 {
			out = append(out, Screened{Member: m, Grounds: g})
		}
	}
	return out
}
