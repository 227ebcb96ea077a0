package main

import (
	"fmt"
	"io"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
)

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

// milestoneText returns "30 năm / 30 years", or "–" for no milestone.
func milestoneText(years int) string {
	if years == 0 {
		return "–"
	}
	return fmt.Sprintf("%d năm", years)
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
