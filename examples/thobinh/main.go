// Command thobinh tells the Thổ Bình story of the chibo SPEC with
// illustrative data (dữ liệu minh hoạ): the party committee of Thổ Bình
// commune (Đảng bộ xã Thổ Bình) and its cells, the Party membership badge
// round of 2 September 2022 — a 30-year badge to a member of the commune
// health-station cell and 40-year badges to members of the Nà Vài and Bản
// Phú village cells — and the coming year's schedule of badges.
//
// Usage:
//
//	go run ./examples/thobinh
//
// The roster is the file roster.csv next to this program, embedded in the
// binary and read with member.ReadCSV: it is also an example of the roster
// CSV format (SPEC, "Roster CSV"). The names, dates and histories are
// invented; they are not real party records.
//
// The program prints, in Vietnamese with English alongside:
//
//   - the cells and their member counts on the round date;
//   - the nominations of the round of 02/09/2022 (award.Nominate, regime in
//     force: 2021), with the gift of each badge (award.GiftFor);
//   - every member's decision with its main reason, grouped by cell;
//   - the milestones reached from 03/09/2022 to 02/09/2023 and their rounds
//     (award.Schedule).
//
// It exits with status 1 if the embedded roster cannot be read.
package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

// rosterCSV is the illustrative roster of the commune (roster.csv).
//
//go:embed roster.csv
var rosterCSV string

// Cell is a party cell (chi bộ) of the commune committee.
type Cell struct {
	ID string // the branch id used in the roster's branch column
	VI string // the cell's name in Vietnamese
	EN string // the cell's name in English
}

// cells are the cells of Đảng bộ xã Thổ Bình, in the order they are shown.
var cells = []Cell{
	{"tram-y-te", "Chi bộ Trạm Y tế xã", "commune health station cell"},
	{"na-vai", "Chi bộ thôn Nà Vài", "Nà Vài village cell"},
	{"ban-phu", "Chi bộ thôn Bản Phú", "Bản Phú village cell"},
	{"truong-th", "Chi bộ Trường Tiểu học Thổ Bình", "Thổ Bình primary school cell"},
	{"quan-su", "Chi bộ Quân sự xã", "commune military cell"},
}

// Dates of the story.
var (
	// roundDate is the round of the story: National Day, 02/09/2022.
	roundDate = chibo.DateOf(2022, time.September, 2)
	// scheduleFrom and scheduleTo bound the coming year's schedule.
	scheduleFrom = chibo.DateOf(2022, time.September, 3)
	scheduleTo   = chibo.DateOf(2023, time.September, 2)
)

// main builds the report from the embedded roster and prints it.
func main() {
	roster, err := loadRoster(rosterCSV)
	if err != nil {
		fmt.Fprintln(os.Stderr, "thobinh:", err)
		os.Exit(1)
	}
	r := buildReport(roster, roundDate, scheduleFrom, scheduleTo)
	if err := printReport(os.Stdout, r); err != nil {
		fmt.Fprintln(os.Stderr, "thobinh:", err)
		os.Exit(1)
	}
}

// loadRoster reads a roster CSV and returns its members, in input order.
// Every row must decode: the errors of the rows that do not are returned,
// each with its line.
func loadRoster(text string) ([]member.Member, error) {
	records, err := member.ReadCSV(strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	roster := make([]member.Member, 0, len(records))
	var errs []error
	for _, rec := range records {
		if rec.Err != nil {
			errs = append(errs, &member.LineError{Line: rec.Line, Err: rec.Err})
			continue
		}
		roster = append(roster, rec.Member)
	}
	return roster, errors.Join(errs...)
}

// CellSummary counts a cell's members on the round date.
type CellSummary struct {
	Cell         Cell
	Members      int // on the roster
	Official     int // official, alive and inside the Party
	Probationary int // admitted, not yet recognised
	Exempt       int // exempt from activities (counted among the official)
	Deceased     int // died on or before the round date
	Outside      int // expelled or struck off
}

// CellDecisions are the decisions for the members of one cell, in roster
// order.
type CellDecisions struct {
	Cell      Cell
	Decisions []award.Decision
}

// Award is one badge of the round with its gift.
type Award struct {
	award.Nominee
	Cell Cell
	Gift award.Gift
}

// Report is everything the program prints: the data, computed once, so
// that tests can check it.
type Report struct {
	Round       chibo.Date
	Regime      award.Regime // the regime in force on Round
	Cells       []CellSummary
	Total       CellSummary // the sum over the cells
	Nominations award.Nominations
	Awards      []Award // Nominations.Awards with their cells and gifts
	ByCell      []CellDecisions
	From, To    chibo.Date
	Schedule    []award.Upcoming
	Rejected    []award.Rejection // records Schedule could not use
}

// cellOf returns the cell with the given branch id, or a cell named after
// the id when it is not one of the commune's.
func cellOf(id string) Cell {
	for _, c := range cells {
		if c.ID == id {
			return c
		}
	}
	return Cell{ID: id, VI: id, EN: id}
}

// buildReport decides the round for every member of the roster and
// computes the schedule from from to to.
func buildReport(roster []member.Member, round, from, to chibo.Date) Report {
	regime := award.RegimeOn(round)
	r := Report{Round: round, Regime: regime, From: from, To: to}
	r.Nominations = award.Nominate(roster, round)
	for _, n := range r.Nominations.Awards {
		r.Awards = append(r.Awards, Award{Nominee: n, Cell: cellOf(n.Member.Branch), Gift: award.GiftFor(n.Milestone, round)})
	}

	index := map[string]int{}
	for _, c := range cells {
		index[c.ID] = len(r.Cells)
		r.Cells = append(r.Cells, CellSummary{Cell: c})
		r.ByCell = append(r.ByCell, CellDecisions{Cell: c})
	}
	r.Total.Cell = Cell{ID: "", VI: "Toàn Đảng bộ", EN: "whole committee"}
	for i := range roster {
		m := &roster[i]
		k, ok := index[m.Branch]
		if !ok {
			k = len(r.Cells)
			index[m.Branch] = k
			c := cellOf(m.Branch)
			r.Cells = append(r.Cells, CellSummary{Cell: c})
			r.ByCell = append(r.ByCell, CellDecisions{Cell: c})
		}
		for _, s := range []*CellSummary{&r.Cells[k], &r.Total} {
			countMember(s, m, round)
		}
		r.ByCell[k].Decisions = append(r.ByCell[k].Decisions, regime.Decide(m, round))
	}
	r.Schedule, r.Rejected = award.Schedule(roster, from, to)
	return r
}

// countMember adds member m, as of date d, to the summary s.
func countMember(s *CellSummary, m *member.Member, d chibo.Date) {
	s.Members++
	switch {
	case !m.Died.IsZero() && !m.Died.After(d):
		s.Deceased++
	case m.OutsideOn(d):
		s.Outside++
	case m.OfficialOn(d):
		s.Official++
		if m.Exempt {
			s.Exempt++
		}
	default:
		s.Probationary++
	}
}

// statusVI names a status in Vietnamese.
var statusVI = map[award.Status]string{
	award.Eligible:   "được tặng",
	award.Deferred:   "hoãn xét",
	award.NotDue:     "chưa đến hạn",
	award.Ineligible: "không đủ điều kiện",
	award.Invalid:    "hồ sơ thiếu",
}

// kindVI names a kind of award in Vietnamese.
var kindVI = map[award.Kind]string{
	award.Regular:         "tặng",
	award.EarlyIllness:    "tặng sớm (bệnh nặng)",
	award.Posthumous:      "truy tặng",
	award.EarlyPosthumous: "truy tặng sớm",
}

// mainReason returns the reason that best explains a decision: the last
// one, unless it only names the round, in which case the one before it.
func mainReason(d award.Decision) chibo.Reason {
	rs := d.Reasons
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].Rule != award.RuleRound || i == 0 {
			return rs[i]
		}
	}
	return chibo.Reason{}
}

// dots formats an amount of đồng with dot thousands separators, as
// Vietnamese documents write it: 2.235.000.
func dots(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// vn returns a date as dd/mm/yyyy, or "–" for the zero Date.
func vn(d chibo.Date) string {
	if d.IsZero() {
		return "–"
	}
	return d.VN()
}

// milestoneText returns "30 năm / 30 years", or "–" for no milestone.
func milestoneText(years int) string {
	if years == 0 {
		return "–"
	}
	return fmt.Sprintf("%d năm", years)
}

// errWriter remembers the first write error so that printing code can stay
// linear.
type errWriter struct {
	w   io.Writer
	err error
}

// Write writes p unless an earlier write failed.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// table returns an aligned-column writer over w.
func table(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0) }

// heading prints a numbered heading in Vietnamese and English.
func heading(w io.Writer, n int, vi, en string) {
	title := fmt.Sprintf("%d. %s — %s", n, vi, en)
	fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
}

// printReport writes the report to w, in Vietnamese with English alongside.
func printReport(w io.Writer, r Report) error {
	ew := &errWriter{w: w}
	w = ew

	fmt.Fprintln(w, "ĐẢNG BỘ XÃ THỔ BÌNH — PARTY COMMITTEE OF THỔ BÌNH COMMUNE")
	fmt.Fprintf(w, "Xét tặng Huy hiệu Đảng đợt %s — Party membership badge round of %s\n", r.Round.VN(), r.Round.VN())
	fmt.Fprintln(w)
	fmt.Fprintln(w, "(!) DỮ LIỆU MINH HOẠ, không phải hồ sơ đảng viên thật: họ tên, ngày tháng và quá trình đều là giả định.")
	fmt.Fprintln(w, "    ILLUSTRATIVE DATA, not real records: the names, dates and histories are invented to show how chibo decides.")

	printCells(w, r)
	printRound(w, r)
	printMembers(w, r)
	printSchedule(w, r)
	return ew.err
}

// printCells prints the cells and their member counts.
func printCells(w io.Writer, r Report) {
	heading(w, 1, "Các chi bộ trực thuộc", "the committee's party cells")
	fmt.Fprintf(w, "Số đảng viên tại ngày %s — members on %s\n\n", r.Round.VN(), r.Round.VN())
	tw := table(w)
	fmt.Fprintln(tw, "Chi bộ\tCell\tĐảng viên\tChính thức\tDự bị\tMiễn SH\tTừ trần\tNgoài Đảng")
	fmt.Fprintln(tw, "\t\tmembers\tofficial\tprobationary\texempt\tdeceased\toutside")
	row := func(s CellSummary) {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\n", s.Cell.VI, s.Cell.EN,
			s.Members, s.Official, s.Probationary, s.Exempt, s.Deceased, s.Outside)
	}
	for _, s := range r.Cells {
		row(s)
	}
	row(r.Total)
	tw.Flush()
	fmt.Fprintln(w, "\nMiễn SH: miễn công tác và sinh hoạt đảng, vẫn tính tuổi đảng — exempt from activities (still counts in party age; included among the official).")
}

// printRound prints the nominations of the round with their gifts.
func printRound(w io.Writer, r Report) {
	heading(w, 2, "Đợt xét tặng "+r.Round.VN(), "the badge round of "+r.Round.VN())
	fmt.Fprintf(w, "Quy định áp dụng — regime in force: %s (%s, %s; %s)\n", r.Regime.Name, r.Regime.Basis.Document, r.Regime.Basis.Date.VN(), r.Regime.Guidance.Document)
	fmt.Fprintf(w, "Đã xét %d đảng viên, %d hồ sơ bị loại — %d members decided, %d records rejected.\n", r.Nominations.Decided, len(r.Nominations.Rejected), r.Nominations.Decided, len(r.Nominations.Rejected))
	for _, rj := range r.Nominations.Rejected {
		fmt.Fprintf(w, "  hồ sơ bị loại — rejected: %s: %v\n", rj.ID, rj.Err)
	}
	fmt.Fprintln(w, "Báo cáo của xã: một Huy hiệu 30 năm cho chi bộ Trạm Y tế, Huy hiệu 40 năm cho chi bộ thôn Nà Vài và Bản Phú.")
	fmt.Fprintln(w, "The commune's report: a 30-year badge in the health-station cell, 40-year badges in the Nà Vài and Bản Phú village cells.")
	fmt.Fprintln(w)

	fmt.Fprintf(w, "Đề nghị tặng Huy hiệu Đảng — awards (%d)\n", len(r.Awards))
	tw := table(w)
	fmt.Fprintln(tw, "  Chi bộ / cell\tHọ và tên / name\tHuy hiệu / badge\tLoại / kind\tĐủ tuổi đảng / milestone date\tTiền thưởng / gift (VND)")
	var total int64
	for _, a := range r.Awards {
		gift := "không rõ / unknown"
		if a.Gift.Known {
			gift = fmt.Sprintf("%s (%d,%d × %s)", dots(a.Gift.Amount), a.Gift.Tenths/10, a.Gift.Tenths%10, dots(a.Gift.BaseSalary.Amount))
			total += a.Gift.Amount
		}
		fmt.Fprintf(tw, "  %s\t%s\t%d năm / %d years\t%s / %s\t%s\t%s\n", a.Cell.VI, a.Member.Name,
			a.Milestone, a.Milestone, kindVI[a.Kind], a.Kind, a.Due.VN(), gift)
	}
	tw.Flush()
	if bs, ok := award.BaseSalaryOn(r.Round); ok {
		fmt.Fprintf(w, "  Tổng tiền thưởng — total: %s đồng. Mức lương cơ sở — base salary: %s đồng (%s, từ %s); hệ số theo Hướng dẫn 56-HD/VPTW.\n",
			dots(total), dots(bs.Amount), bs.Source.Document, bs.From.VN())
	}

	if len(r.Nominations.Deferred) > 0 {
		fmt.Fprintf(w, "\nHoãn xét do kỷ luật — deferred by discipline (%d)\n", len(r.Nominations.Deferred))
		tw = table(w)
		for _, n := range r.Nominations.Deferred {
			fmt.Fprintf(tw, "  %s\t%s\t%d năm\thoãn đến / until %s\tđợt / round %s\n", cellOf(n.Member.Branch).VI,
				n.Member.Name, n.Milestone, n.DeferredUntil.VN(), vn(n.Round))
		}
		tw.Flush()
	}
}

// printMembers prints every member's decision and main reason, by cell.
func printMembers(w io.Writer, r Report) {
	heading(w, 3, "Kết quả xét từng đảng viên", "the decision for every member")
	fmt.Fprintln(w, "Lý do chính của từng quyết định, tiếng Việt rồi tiếng Anh — the main reason of each decision, in Vietnamese then English.")
	for _, c := range r.ByCell {
		fmt.Fprintf(w, "\n%s — %s (%d)\n", c.Cell.VI, c.Cell.EN, len(c.Decisions))
		tw := table(w)
		fmt.Fprintln(tw, "  Họ và tên / name\tTrạng thái / status\tMốc / milestone\tNgày đủ / due\tĐợt / round\tLý do / reason")
		for _, d := range c.Decisions {
			why := mainReason(d)
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\n", d.Name, statusVI[d.Status], milestoneText(d.Milestone), vn(d.Due), vn(d.Round), why.VI)
			fmt.Fprintf(tw, "  \t%s\t\t\t\t%s\n", d.Status, why.EN)
		}
		tw.Flush()
	}
}

// printSchedule prints the milestones reached in the coming year.
func printSchedule(w io.Writer, r Report) {
	heading(w, 4, "Dự kiến năm tới", "the coming year's schedule")
	fmt.Fprintf(w, "Đảng viên đủ mốc tuổi đảng từ %s đến %s — members reaching a milestone from %s to %s\n\n", r.From.VN(), r.To.VN(), r.From.VN(), r.To.VN())
	tw := table(w)
	fmt.Fprintln(tw, "  Ngày đủ / due\tHuy hiệu / badge\tHọ và tên / name\tChi bộ / cell\tĐợt / round\tQuy định / regime\tTiền thưởng dự kiến / expected gift")
	for _, u := range r.Schedule {
		gift := award.GiftFor(u.Milestone, u.Round)
		amount := "không rõ / unknown"
		if gift.Known {
			amount = dots(gift.Amount)
		}
		fmt.Fprintf(tw, "  %s\t%d năm\t%s\t%s\t%s\t%s\t%s\n", u.Due.VN(), u.Milestone, u.Member.Name,
			cellOf(u.Member.Branch).VI, u.Round.VN(), u.Regime, amount)
	}
	if len(r.Schedule) == 0 {
		fmt.Fprintln(tw, "  không có — none")
	}
	tw.Flush()
	for _, rj := range r.Rejected {
		fmt.Fprintf(w, "  hồ sơ bị loại — rejected: %s: %v\n", rj.ID, rj.Err)
	}

	early := r.EarlyWindows()
	if len(early) == 0 {
		return
	}
	fmt.Fprintln(w, "\nCó thể xét tặng sớm do bệnh nặng — early awards possible for serious illness:")
	tw = table(w)
	for _, d := range early {
		fmt.Fprintf(tw, "  %s\t%d năm\tđủ / due %s\txét sớm từ / window opens %s\tđợt / round %s\n",
			d.Name, d.Milestone, d.Due.VN(), d.WindowOpens.VN(), d.Round.VN())
	}
	tw.Flush()
}

// EarlyWindows returns the decisions of the seriously ill members whose
// early-award window opens after the round and by the end of the schedule:
// the early awards of the coming year.
func (r Report) EarlyWindows() []award.Decision {
	var out []award.Decision
	for _, c := range r.ByCell {
		for _, d := range c.Decisions {
			if d.Status == award.NotDue && d.Kind == award.EarlyIllness && !d.WindowOpens.IsZero() &&
				d.WindowOpens.After(r.Round) && !d.WindowOpens.After(r.To) {
				out = append(out, d)
			}
		}
	}
	return out
}
