package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// The year-end review (kiểm điểm, đánh giá, xếp loại chất lượng cuối năm)
// of 2024 under the 2023 rules (Quy định 124-QĐ/TW: criterion grades) and
// of 2025 under the 2025 rules (Quy định 366-QĐ/TW: a 100-point score in
// bands plus each level's conditions), for the same people.
//
// The members' yearly inputs are illustrative and built by a fixed rule
// from the roster, so that the same performance is graded in 2024 and
// scored in 2025 and the difference between the two years comes from the
// rules. Every member gets a profile from the number in the ID (n, the
// last two digits: NV08 → 8) and 10 tasks in each year:
//
//	n ends in 3     excellent  all on time, 6 beyond requirement (60%); 2024: task
//	                           results Xuất sắc, a general criterion Xuất sắc; 2025:
//	                           94 + n mod 3 points
//	n ends in 2, 6  strong     all on time, 4 beyond (40%); 2024: task results Xuất
//	                           sắc, criteria Tốt; 2025: 90 + n mod 3 points
//	n ends in 5     late       9 on time, 1 late, 1 beyond; 2024: all Tốt; 2025:
//	                           76 + n mod 5 points
//	otherwise       good       all on time, 1 beyond; 2024: all Tốt; 2025: 80 + n mod 7
//
// The secretaries of the cells and of the commune committee are leaders
// whose units completed 100% of their tasks, 35% beyond requirement. The
// committee's order among equal scores (the quota's priority) is seniority:
// the longest party age first. The situations of the story change that rule
// for a few people (annualEvents): the member who skipped meetings and the
// member who returned his card in 2024, the dues left unpaid, the applicant
// admitted after the check of section 6, a vote of confidence and two
// reprimands.

// Dates of the year-end reviews.
var (
	review2024 = chibo.DateOf(2024, time.December, 18)
	review2025 = chibo.DateOf(2025, time.December, 19)
)

// profile is a member's illustrative performance, the same in both years.
type profile uint8

const (
	good profile = iota
	strong
	excellent
	late
)

// profileOf returns the profile of the number n of a member's ID.
func profileOf(n int) profile {
	switch n % 10 {
	case 3:
		return excellent
	case 2, 6:
		return strong
	case 5:
		return late
	}
	return good
}

// idNumber returns the number at the end of an ID: "NV08" → 8.
func idNumber(id string) int {
	i := len(id)
	for i > 0 && id[i-1] >= '0' && id[i-1] <= '9' {
		i--
	}
	n, _ := strconv.Atoi(id[i:])
	return n
}

// leaders are the secretaries of the commune committee and of the cells
// (officers), the group "lanh-dao" of the quota.
func isLeader(id string) bool {
	for _, o := range officers {
		if o.Secretary == id {
			return true
		}
	}
	return false
}

// Groups of comparable positions for the quota.
const (
	groupLeaders   = "lanh-dao"       // the secretaries
	groupEmployees = "cbccvc"         // the health station, school and military cells: state employees
	groupVillagers = "dang-vien-thon" // the village cells
)

func groupOf(m *member.Member) string {
	switch {
	case isLeader(m.ID):
		return groupLeaders
	case villageCells[m.Branch]:
		return groupVillagers
	}
	return groupEmployees
}

// annualEvent changes a member's illustrative year: the story's
// situations.
type annualEvent struct {
	y2024, y2025 func(*evaluation.MemberYear)
	VI, EN       string
}

// grades sets the 2024 grades: the task results and four general
// criteria (politics and ideology, ethics and lifestyle, organisation and
// discipline, working style).
func grades(y *evaluation.MemberYear, tasks evaluation.Grade, criteria ...evaluation.Grade) {
	y.Tasks, y.Criteria = tasks, criteria
}

const (
	xs = evaluation.GradeExcellent
	gt = evaluation.GradeGood
	tb = evaluation.GradeAverage
	km = evaluation.GradePoor
)

// newMemberID is the applicant of section 6 admitted in 2024.
const newMemberID = "NV13"

// annualEvents are the story's situations in the two years, by member ID.
var annualEvents = map[string]annualEvent{
	"BP08": {
		VI: "Vắng sinh hoạt không lý do 3 tháng năm 2024 (mục 5), lại vắng tháng 11/2025: 2024 tiêu chí ý thức tổ chức kỷ luật Kém; 2025 được 47 điểm.",
		EN: "Skipped meetings in 3 months of 2024 (section 5) and again in November 2025: 2024 discipline criterion Kém; 2025 47 points.",
		y2024: func(y *evaluation.MemberYear) {
			grades(y, tb, gt, gt, km, tb)
		},
		y2025: func(y *evaluation.MemberYear) {
			y.Score, y.TasksOnTime, y.TasksLate, y.TasksExceeded = 47, 6, 1, 0
		},
	},
	"NV06": {
		VI: "Giảm sút ý chí: kiểm điểm 18/12/2024 tiêu chí Kém; trả lại thẻ đảng ngày 20/12/2024 (mục 8); bị xoá tên ngày 17/01/2025.",
		EN: "Declining will: a criterion Kém at the review of 18/12/2024; returned his card on 20/12/2024 (section 8); struck off on 17/01/2025.",
		y2024: func(y *evaluation.MemberYear) {
			grades(y, tb, gt, km, tb, gt)
		},
		y2025: func(y *evaluation.MemberYear) {
			m := *y.Member
			m.Gaps = append(slices.Clip(m.Gaps), member.Gap{Kind: member.StruckOff, From: chibo.DateOf(2025, time.January, 17), Cause: member.CauseResigned})
			y.Member = &m
		},
	},
	"QS04": {
		VI: "Không đóng đảng phí 3 tháng năm 2024 (mục 8): 2024 hai tiêu chí Trung bình; 2025 được 66 điểm.",
		EN: "Left dues unpaid in 3 months of 2024 (section 8): 2024 two criteria Trung bình; 2025 66 points.",
		y2024: func(y *evaluation.MemberYear) {
			grades(y, tb, gt, tb, tb, gt)
		},
		y2025: func(y *evaluation.MemberYear) { y.Score = 66 },
	},
	"BP07": {
		VI:    "Bí thư chi bộ Bản Phú: lấy phiếu tín nhiệm năm 2025, 55% phiếu tín nhiệm thấp.",
		EN:    "Secretary of the Bản Phú cell: a vote of confidence in 2025, 55% low-confidence votes.",
		y2025: func(y *evaluation.MemberYear) { y.LowConfidencePercent = 55 },
	},
	"QS02": {
		VI: "Bí thư chi bộ Quân sự: khiển trách ngày 12/05/2025 vì vi phạm tự phát hiện, đã khắc phục.",
		EN: "Secretary of the military cell: reprimanded on 12/05/2025 for a violation he found and remedied himself.",
		y2025: func(y *evaluation.MemberYear) {
			m := *y.Member
			m.Discipline = append(slices.Clip(m.Discipline), member.Discipline{Form: member.Reprimand, Date: chibo.DateOf(2025, time.May, 12)})
			y.Member, y.SelfRemedied = &m, true
		},
	},
	"TH05": {
		VI: "Khiển trách ngày 08/10/2024 vì vi phạm tự phát hiện, đã khắc phục (đã có kỷ luật năm 2021).",
		EN: "Reprimanded on 08/10/2024 for a violation he found and remedied himself (also disciplined in 2021).",
		y2024: func(y *evaluation.MemberYear) {
			m := *y.Member
			m.Discipline = append(slices.Clip(m.Discipline), member.Discipline{Form: member.Reprimand, Date: chibo.DateOf(2024, time.October, 8)})
			y.Member, y.SelfRemedied = &m, true
		},
	},
	newMemberID: {
		VI:    "Người xin vào Đảng ở mục 6, được kết nạp ngày 15/08/2024 (minh hoạ); năm 2025 hoàn thành tốt: 82 điểm, 1 nhiệm vụ vượt yêu cầu.",
		EN:    "The applicant of section 6, admitted on 15/08/2024 (illustrative); in 2025 a good year: 82 points, 1 task beyond requirement.",
		y2025: func(y *evaluation.MemberYear) { y.Score, y.TasksExceeded = 82, 1 },
	},
	"BP04": {
		VI:    "Ốm nặng, nghỉ ốm 100 ngày năm 2025.",
		EN:    "Seriously ill, 100 days of sick leave in 2025.",
		y2025: func(y *evaluation.MemberYear) { y.SickLeaveDays = 100 },
	},
}

// newMember is the applicant of section 6, admitted in 2024 (illustrative).
func newMember() member.Member {
	return member.Member{ID: newMemberID, Name: "Hoàng Văn Khánh", Born: chibo.DateOf(2000, time.April, 12), Gender: member.Male,
		DecisionDate: chibo.DateOf(2024, time.August, 15), CeremonyDate: chibo.DateOf(2024, time.August, 30),
		OfficialDate: chibo.DateOf(2025, time.August, 30), Branch: "na-vai"}
}

// baseYear returns the member's illustrative year before the events: the
// profile's tasks, grades (graded regimes) and score (2025).
func baseYear(m *member.Member, year int, priority int) evaluation.MemberYear {
	n := idNumber(m.ID)
	y := evaluation.MemberYear{Member: m, Year: year, Group: groupOf(m), Priority: priority, TasksAssigned: 10, TasksOnTime: 10}
	var score int
	switch profileOf(n) {
	case excellent:
		y.TasksExceeded = 6
		grades(&y, xs, gt, xs, gt, gt)
		score = 94 + n%3
	case strong:
		y.TasksExceeded = 4
		grades(&y, xs, gt, gt, gt, gt)
		score = 90 + n%3
	case late:
		y.TasksOnTime, y.TasksLate, y.TasksExceeded = 9, 1, 1
		grades(&y, gt, gt, gt, gt, gt)
		score = 76 + n%5
	default:
		y.TasksExceeded = 1
		grades(&y, gt, gt, gt, gt, gt)
		score = 80 + n%7
	}
	if year >= evaluation.Ranking2025.FirstYear {
		// Scored from 2025; a graded year has no score, and its quota orders
		// by the priority.
		y.Score = float64(score)
	}
	if isLeader(m.ID) {
		y.Leader, y.UnitsTasksPercent, y.UnitsExceededPercent = true, 100, 35
	}
	return y
}

// AnnualYear is one year's review: the regime of the year, the review
// date, every member's year, the rankings after the quota and the quota
// per group.
type AnnualYear struct {
	Year     int
	Review   chibo.Date
	Regime   evaluation.RankingRegime
	Inputs   []evaluation.MemberYear
	Rankings []evaluation.MemberRanking // after the quota, in roster order
	Groups   []evaluation.GroupQuota
}

// AnnualRow compares one member's two years.
type AnnualRow struct {
	ID, Name string
	Cell     Cell
	Group    string
	R2024    evaluation.MemberRanking
	R2025    evaluation.MemberRanking
	// WhyVI and WhyEN say why the outcome changed (empty when it did not).
	WhyVI, WhyEN []string
}

// Annual is the year-end review of 2024 and 2025 for the same people,
// and the members flagged for two years at KHTNV.
type Annual struct {
	Y2024, Y2025 AnnualYear
	Rows         []AnnualRow
	Flags        []evaluation.Flag
}

// buildAnnual reviews 2024 and 2025 for the members of the forum (alive
// and inside the Party at the start of 2024) and the applicant admitted in
// 2024.
func buildAnnual(members []member.Member) Annual {
	people := append(slices.Clone(members), newMember())
	// The committee's priority among equal scores: seniority.
	order := make([]int, len(people))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if c := people[a].Start().Compare(people[b].Start()); c != 0 {
			return c
		}
		return strings.Compare(people[a].ID, people[b].ID)
	})
	priority := make([]int, len(people))
	for rank, i := range order {
		priority[i] = rank + 1
	}

	var a Annual
	for _, yr := range []struct {
		out    *AnnualYear
		year   int
		review chibo.Date
	}{{&a.Y2024, 2024, review2024}, {&a.Y2025, 2025, review2025}} {
		ay := yr.out
		ay.Year, ay.Review, ay.Regime = yr.year, yr.review, evaluation.RankingForYear(yr.year)
		var rs []evaluation.MemberRanking
		for i := range people {
			m := people[i] // a copy: the events change the year's record only
			y := baseYear(&m, yr.year, priority[i])
			y.ReviewDate = yr.review
			if e, ok := annualEvents[m.ID]; ok {
				if f := e.y2024; yr.year == 2024 && f != nil {
					f(&y)
				}
				if f := e.y2025; yr.year == 2025 && f != nil {
					f(&y)
				}
			}
			ay.Inputs = append(ay.Inputs, y)
			rs = append(rs, ay.Regime.RankMember(&y))
		}
		q := evaluation.ApplyQuota(rs, ay.Regime.Quota)
		ay.Rankings, ay.Groups = q.Rankings, q.Groups
	}
	for i := range people {
		m := &people[i]
		row := AnnualRow{ID: m.ID, Name: m.Name, Cell: cellOf(m.Branch), Group: groupOf(m), R2024: a.Y2024.Rankings[i], R2025: a.Y2025.Rankings[i]}
		row.WhyVI, row.WhyEN = why(&a.Y2024.Inputs[i], &a.Y2025.Inputs[i], &row.R2024, &row.R2025, &a)
		a.Rows = append(a.Rows, row)
	}
	a.Flags = evaluation.Consecutive(a.Y2024.Rankings, a.Y2025.Rankings)
	return a
}

func hasRule(rs []chibo.Reason, rule string) bool {
	return slices.ContainsFunc(rs, func(r chibo.Reason) bool { return r.Rule == rule })
}

// groupMax returns the most HTXS of a group in a year's quota.
func groupMax(ay *AnnualYear, group string) (total, most int) {
	for _, g := range ay.Groups {
		if g.Group == group {
			return g.Total, g.Max
		}
	}
	return 0, 0
}

// why explains, in Vietnamese and English, why a member's outcome differs
// between the two years: the facts that changed and the rules that did.
func why(y24, y25 *evaluation.MemberYear, r24, r25 *evaluation.MemberRanking, a *Annual) (vi, en []string) {
	add := func(v, e string) { vi, en = append(vi, v), append(en, e) }
	if r24.Rank == r25.Rank && !r24.Demoted && !r25.Demoted {
		switch {
		case r24.Rank == evaluation.NotCompleted:
			add("KHTNV cả hai năm: xem 9.3", "KHTNV in both years: see 9.3")
		case y25.SickLeaveDays > 0 && r25.Rank.Ranked():
			add(fmt.Sprintf("không đổi: nghỉ ốm %d ngày không giới hạn mức theo QĐ 124 và QĐ 366 (chỉ HD 21 năm 2018 giới hạn ở HTNV)", y25.SickLeaveDays),
				fmt.Sprintf("unchanged: %d days of sick leave cap nothing under QĐ 124 or QĐ 366 (only HD 21 of 2018 capped at HTNV)", y25.SickLeaveDays))
		}
		return vi, en
	}
	switch {
	case hasRule(r24.Reasons, evaluation.RuleRankNewMember):
		add("2024: kết nạp chưa đủ 6 tháng, không xếp loại", "2024: admitted less than 6 months before, not ranked")
	case hasRule(r24.Reasons, evaluation.RuleRankPoorGrade):
		add("2024: có tiêu chí Kém → KHTNV", "2024: a criterion graded Kém → KHTNV")
	}
	if hasRule(r24.Reasons, evaluation.RuleRankDiscipline) && r24.Rank != evaluation.NotCompleted {
		add("2024: kỷ luật do tự phát hiện, khắc phục — QĐ 124 miễn, không KHTNV", "2024: a self-remedied discipline — QĐ 124's exception, not KHTNV")
	}
	if r24.Proposed == evaluation.CompletedWell && y24.Tasks == xs && y24.TasksExceeded*100 >= 30*y24.TasksAssigned &&
		y24.TasksExceeded*100 < 50*y24.TasksAssigned && r25.Proposed == evaluation.Outstanding {
		p := y24.TasksExceeded * 100 / y24.TasksAssigned
		add(fmt.Sprintf("%d%% vượt yêu cầu: QĐ 124 cần 50%% cho HTXS, QĐ 366 chỉ cần 30%%", p),
			fmt.Sprintf("%d%% beyond requirement: HTXS needed 50%% under QĐ 124, 30%% under QĐ 366", p))
	}
	for _, yr := range []struct {
		r    *evaluation.MemberRanking
		year int
		ay   *AnnualYear
	}{{r24, 2024, &a.Y2024}, {r25, 2025, &a.Y2025}} {
		if yr.r.Demoted {
			t, m := groupMax(yr.ay, yr.r.Group)
			add(fmt.Sprintf("%d: tỷ lệ nhóm %s (T = %d, tối đa %d HTXS) → HTT", yr.year, yr.r.Group, t, m),
				fmt.Sprintf("%d: the quota of group %s (T = %d, at most %d HTXS) → HTT", yr.year, yr.r.Group, t, m))
		}
	}
	switch {
	case hasRule(r25.Reasons, evaluation.RuleRankNotMember):
		add("2025: đã bị xoá tên, không xếp loại", "2025: struck off the rolls, not ranked")
	case hasRule(r25.Reasons, evaluation.RuleRankConfidence):
		add(fmt.Sprintf("2025: %d%% phiếu tín nhiệm thấp (trên 50%%) → KHTNV, quy định mới của QĐ 366", y25.LowConfidencePercent),
			fmt.Sprintf("2025: %d%% low-confidence votes (over 50%%) → KHTNV, a rule new in QĐ 366", y25.LowConfidencePercent))
	case hasRule(r25.Reasons, evaluation.RuleRankDiscipline) && r25.Rank == evaluation.NotCompleted && y25.Leader && y25.SelfRemedied:
		add("2025: cán bộ lãnh đạo bị kỷ luật — QĐ 366 không miễn trường hợp tự khắc phục → KHTNV",
			"2025: a leader disciplined — QĐ 366 names no self-remedied exception → KHTNV")
	case r25.Rank == evaluation.NotCompleted && y25.Score < 50:
		add(fmt.Sprintf("2025: %s điểm, dưới 50 → KHTNV", decimalVI(y25.Score)), fmt.Sprintf("2025: %s points, under 50 → KHTNV", decimalEN(y25.Score)))
	case hasRule(r25.Reasons, evaluation.RuleRankBand) && y25.TasksLate > 0 && r25.Proposed == evaluation.Completed:
		add(fmt.Sprintf("2025: %s điểm (khung HTT) nhưng 1 nhiệm vụ chậm — QĐ 366 cần 100%% đúng tiến độ cho HTT → HTNV; QĐ 124 không có điều kiện này",
			decimalVI(y25.Score)),
			fmt.Sprintf("2025: %s points (HTT band) but a task late — QĐ 366 asks every task on time for HTT → HTNV; QĐ 124 had no such condition",
				decimalEN(y25.Score)))
	}
	if len(vi) == 0 {
		add("kết quả năm khác nhau", "a different year's results")
	}
	return vi, en
}

func decimalEN(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func decimalVI(x float64) string { return strings.Replace(decimalEN(x), ".", ",", 1) }

// counts returns the rankings at each level (index Rank).
func counts(rs []evaluation.MemberRanking) [5]int {
	var c [5]int
	for _, r := range rs {
		if int(r.Rank) < len(c) {
			c[r.Rank]++
		}
	}
	return c
}

// printAnnual prints the year-end reviews side by side.
func printAnnual(w io.Writer, a *Annual) {
	heading(w, 9, "Kiểm điểm, xếp loại chất lượng đảng viên cuối năm 2024 và 2025",
		"year-end review of members, 2024 (QĐ 124) and 2025 (QĐ 366)")
	fmt.Fprintln(w, "(!) Số liệu đánh giá là MINH HOẠ, sinh theo quy tắc từ danh sách đảng viên — the yearly inputs are ILLUSTRATIVE, built by rule from the roster:")
	fmt.Fprintln(w, "    mỗi đảng viên 10 nhiệm vụ mỗi năm; theo số cuối của mã: 3 xuất sắc (60% vượt yêu cầu), 2 và 6 khá mạnh (40%), 5 có 1 nhiệm vụ chậm, còn lại tốt (10%);")
	fmt.Fprintln(w, "    năm 2024 chấm theo mức tiêu chí, năm 2025 theo thang 100 điểm, cùng một thành tích; thứ tự ưu tiên khi bằng điểm: tuổi đảng cao trước.")
	fmt.Fprintln(w, "    10 tasks a year each; by the ID's last digit: 3 excellent (60% beyond requirement), 2 and 6 strong (40%), 5 one task late, the rest good (10%);")
	fmt.Fprintln(w, "    graded in 2024, scored in 2025, for the same performance; the quota's priority among equal scores: the longest party age first.")
	for _, yr := range []*AnnualYear{&a.Y2024, &a.Y2025} {
		r := &yr.Regime
		fmt.Fprintf(w, "Năm %d: quy định %s (%s, %s), kiểm điểm ngày %s — %d: the %s rules, review on %s\n",
			yr.Year, r.Name, r.Basis.Document, r.Guidance.Document, yr.Review.VN(), yr.Year, r.Name, yr.Review.VN())
	}
	fmt.Fprintln(w, "Điều đổi từ QĐ 124 sang QĐ 366 — what changed: mức tiêu chí → thang 100 điểm (HTXS ≥ 90, HTT ≥ 70, HTNV ≥ 50); HTXS cần 30% vượt yêu cầu")
	fmt.Fprintln(w, "(trước 50%); HTT cần mọi nhiệm vụ đúng tiến độ; lãnh đạo trên 50% phiếu tín nhiệm thấp hoặc bị kỷ luật (không miễn tự khắc phục) → KHTNV;")
	fmt.Fprintln(w, "tỷ lệ HTXS vẫn 20% số HTT trong nhóm. — grades → a 100-point score in bands; HTXS needs 30% beyond requirement (was 50%); HTT needs every")
	fmt.Fprintln(w, "task on time; a leader with over 50% low-confidence votes, or disciplined (no self-remedied exception), is KHTNV; the quota stays 20% of HTT.")

	fmt.Fprintln(w, "\nTình huống trong hai năm — the situations of the two years:")
	tw := table(w)
	for _, row := range a.Rows {
		if e, ok := annualEvents[row.ID]; ok {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", row.ID, row.Name, e.VI)
			fmt.Fprintf(tw, "  \t\t%s\n", e.EN)
		}
	}
	tw.Flush()

	subheading(w, "9.1 Kết quả từng đảng viên", "each member, 2024 beside 2025 (proposed → final after the quota)")
	for _, c := range cells {
		fmt.Fprintf(w, "\n%s — %s\n", c.VI, c.EN)
		tw := table(w)
		fmt.Fprintln(tw, "  Mã\tHọ và tên\tNhóm\t2024 (QĐ 124)\t2025 (QĐ 366)\tVì sao khác — why it changed\t")
		for _, row := range a.Rows {
			if row.Cell.ID != c.ID {
				continue
			}
			first := ""
			if len(row.WhyVI) > 0 {
				first = row.WhyVI[0]
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t\n", row.ID, row.Name, row.Group, outcome(&row.R2024), outcome(&row.R2025), first)
			for i := range row.WhyVI {
				if i > 0 {
					fmt.Fprintf(tw, "  \t\t\t\t\t%s\t\n", row.WhyVI[i])
				}
				fmt.Fprintf(tw, "  \t\t\t\t\t%s\t\n", row.WhyEN[i])
			}
		}
		tw.Flush()
	}
	fmt.Fprintln(w)
	for _, yr := range []*AnnualYear{&a.Y2024, &a.Y2025} {
		c := counts(yr.Rankings)
		fmt.Fprintf(w, "Năm — year %d: HTXS %d, HTT %d, HTNV %d, KHTNV %d, không xếp loại — not ranked %d\n",
			yr.Year, c[evaluation.Outstanding], c[evaluation.CompletedWell], c[evaluation.Completed], c[evaluation.NotCompleted], c[evaluation.NotRanked])
	}

	subheading(w, "9.2 Tỷ lệ HTXS theo nhóm", "the quota per group of comparable positions, each year")
	for _, yr := range []*AnnualYear{&a.Y2024, &a.Y2025} {
		fmt.Fprintf(w, "\nNăm — year %d (%s):\n", yr.Year, yr.Regime.Quota)
		tw := table(w)
		fmt.Fprintln(tw, "  Nhóm — group\tT\tđề nghị HTXS — proposed\ttối đa — max\tgiữ — kept\tthứ tự xét, ↓ chuyển HTT — audit order, ↓ moved down\t")
		for _, g := range yr.Groups {
			if g.Total == 0 {
				continue
			}
			var moved []string
			for pos, id := range g.Order {
				mark := id
				if pos >= g.Kept {
					mark += "↓"
				}
				moved = append(moved, mark)
			}
			fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%d\t%s\t\n", g.Group, g.Total, g.Proposed, g.Max, g.Kept, orDashList(moved))
		}
		tw.Flush()
	}
	fmt.Fprintln(w, "  (T = đề nghị HTXS + HTT; tối đa = số x lớn nhất với x ≤ 1/5 × (T − x); ↓ = chuyển xuống HTT — T = HTXS proposals + HTT;")
	fmt.Fprintln(w, "  max = the largest x with x ≤ 1/5 × (T − x); ↓ = moved down to HTT; order: score, then seniority, then ID)")

	subheading(w, "9.3 Hệ quả", "consequences: two years at KHTNV (2024 and 2025)")
	if len(a.Flags) == 0 {
		fmt.Fprintln(w, "Không có đảng viên nào KHTNV hai năm liền — nobody was ranked KHTNV in both years.")
	}
	for _, f := range a.Flags {
		fmt.Fprintf(w, "  [%s] %s\n", f.Rule, f.Reason.VI)
		fmt.Fprintf(w, "  %s %s\n", strings.Repeat(" ", len(f.Rule)+2), f.Reason.EN)
	}
	for _, row := range a.Rows {
		if row.R2024.Rank == evaluation.NotCompleted && row.R2025.Rank == evaluation.NotRanked {
			fmt.Fprintf(w, "  %s %s: KHTNV năm 2024, không xếp loại năm 2025 (không còn là đảng viên) — KHTNV in 2024, not ranked in 2025 (no longer a member): no flag.\n", row.ID, row.Name)
		}
	}
}

// outcome is "HTXS → HTT" (proposed, then final after the quota), "HTT",
// or "không xếp loại" with why: exempt (miễn), new (mới), struck off
// (xoá tên).
func outcome(r *evaluation.MemberRanking) string {
	if r.Demoted {
		return r.Proposed.Abbr() + " → " + r.Rank.Abbr()
	}
	if r.Rank != evaluation.NotRanked {
		return r.Rank.Abbr()
	}
	switch {
	case hasRule(r.Reasons, evaluation.RuleRankExempt):
		return "không xếp loại (miễn SH)"
	case hasRule(r.Reasons, evaluation.RuleRankNewMember):
		return "không xếp loại (mới)"
	case hasRule(r.Reasons, evaluation.RuleRankNotMember):
		return "không xếp loại (xoá tên)"
	}
	return "không xếp loại"
}

func orDashList(s []string) string {
	if len(s) == 0 {
		return "–"
	}
	return strings.Join(s, ", ")
}
