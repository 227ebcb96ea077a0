package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
)

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

// heading prints a heading in Vietnamese and English, underlined.
func heading(w io.Writer, vi, en string) {
	title := vi + " — " + en
	fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("-", len([]rune(title))))
}

// levelOrder is the order levels are listed in.
var levelOrder = []evaluation.Level{evaluation.Good, evaluation.Fair, evaluation.Average, evaluation.Poor, evaluation.Met, evaluation.NotMet}

// levelsText lists the non-zero counts, "Đạt 9, Chưa đạt 4", or "–".
func levelsText(c evaluation.LevelCounts) string {
	var parts []string
	for _, l := range levelOrder {
		if c[l] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", l.VI(), c[l]))
		}
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, ", ")
}

// levelsLegend explains the level names of the tables.
const levelsLegend = "Xếp loại — levels: Đạt = met, Chưa đạt = not met (2018, HD 12-HD/BTCTW); Tốt = good ≥ 90, Khá = fair ≥ 70, Trung bình = average ≥ 50, Kém = poor < 50 points (2025, HD 42-HD/BTCTW)."

// permille formats a share per thousand as a percentage with one decimal,
// "90,9%".
func permille(p int) string { return fmt.Sprintf("%d,%d%%", p/10, p%10) }

// attendanceText is "10/11 (90,9%)", or "–" when nobody was counted.
func attendanceText(present, counted, pm int, ok bool) string {
	if !ok {
		return "–"
	}
	return fmt.Sprintf("%d/%d (%s)", present, counted, permille(pm))
}

// monthLabel is "03/2024".
func monthLabel(d chibo.Date) string { return fmt.Sprintf("%02d/%d", int(d.Month()), d.Year()) }

// schemeText describes the scheme used.
func schemeText(s *evaluation.Scheme) string {
	if s == nil {
		return "theo ngày họp: 2018 (HD 12-HD/BTCTW) trước 28/10/2025, 2025 (HD 42-HD/BTCTW) từ ngày đó — by meeting date"
	}
	return fmt.Sprintf("%s (%s), mọi buổi họp — every meeting", s.Name, s.Source.Document)
}

// writeTable writes the review for people, in Vietnamese with English.
func writeTable(out io.Writer, r *report, scheme *evaluation.Scheme) error {
	ew := &errWriter{w: out}
	w := io.Writer(ew)
	f := r.file
	o := &f.Organisation
	kind := "loại không rõ — kind unknown"
	if o.Kind != 0 {
		kind = fmt.Sprintf("%s (%s)", o.Kind.VI(), o.Kind)
	}
	fmt.Fprintf(w, "%s (%s) — %s\n", orDash(o.Name), orDash(o.ID), kind)
	fmt.Fprintf(w, "Kỳ đánh giá — period: %s – %s\n", vn(f.From), vn(f.To))
	fmt.Fprintf(w, "Bộ tiêu chí — scheme: %s\n", schemeText(scheme))
	c := o.CountOn(f.To)
	fmt.Fprintf(w, "Đảng viên ngày %s — members on %s: %d (chính thức — official %d, dự bị — probationary %d, miễn sinh hoạt — exempt %d)\n",
		vn(f.To), vn(f.To), c.Total(), c.Official, c.Probationary, c.Exempt)
	if r.committee {
		fmt.Fprintf(w, "Chi bộ trực thuộc — cells: %d\n", len(f.Cells))
	}
	if len(r.rejected) > 0 {
		fmt.Fprintf(w, "(!) %d lỗi trong tệp, %d biên bản không được xét (xem stderr) — %d problems in the file, %d meeting records left out (see stderr)\n",
			len(r.rejected), r.dropped, len(r.rejected), r.dropped)
	}

	if r.committee {
		writeCommittee(w, r)
	} else {
		writeOrganisation(w, &r.cell, o)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, levelsLegend)
	return ew.err
}

// writeOrganisation writes the review of one cell: months, gaps, meetings,
// absences.
func writeOrganisation(w io.Writer, rev *evaluation.Review, o *branch.Organisation) {
	heading(w, "Theo tháng", "month by month")
	writeMonths(w, rev)
	writeGaps(w, rev.Gaps)
	writeMeetings(w, rev)
	writeAbsences(w, rev, o)
}

// writeMonths writes one row per month: the cell meetings held and their
// levels, the other meetings, and the attendance with its trend.
func writeMonths(w io.Writer, rev *evaluation.Review) {
	tw := table(w)
	fmt.Fprintln(tw, "  Tháng\tSinh hoạt chi bộ\tHọp khác\tXếp loại\tDự họp\tXu hướng")
	fmt.Fprintln(tw, "  month\tcell meetings\tother meetings\tlevels\tattendance\ttrend")
	prev, hasPrev := 0, false
	for _, m := range rev.Months {
		trend := ""
		if m.HasAttendance {
			if hasPrev {
				switch {
				case m.AttendancePermille > prev:
					trend = "↑"
				case m.AttendancePermille < prev:
					trend = "↓"
				default:
					trend = "="
				}
			}
			prev, hasPrev = m.AttendancePermille, true
		}
		held := fmt.Sprint(m.Held)
		if m.Held == 0 {
			held = "0 (!)"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\t%s\t%s\n", monthLabel(m.Month), held, m.Other, levelsText(m.Levels),
			attendanceText(m.Present, m.Counted, m.AttendancePermille, m.HasAttendance), trend)
	}
	fmt.Fprintf(tw, "  cả kỳ — period\t%d\t\t%s\t%s\t\n", len(rev.Assessments), levelsText(rev.Levels),
		attendanceText(rev.Present, rev.Counted, rev.AttendancePermille, rev.HasAttendance))
	tw.Flush()
	fmt.Fprintln(w, "  Họp khác: họp chi uỷ, đảng uỷ, hội nghị đảng bộ — other: cell-committee, committee and plenary meetings. (!) no cell meeting that month.")
}

// writeGaps writes the schedule findings.
func writeGaps(w io.Writer, gaps []branch.Finding) {
	heading(w, fmt.Sprintf("Thiếu sót về lịch sinh hoạt (%d)", len(gaps)), "schedule gaps")
	if len(gaps) == 0 {
		fmt.Fprintln(w, "  không có — none")
		return
	}
	tw := table(w)
	for _, g := range gaps {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", monthLabel(g.Month), strings.TrimPrefix(g.Rule, "branch.schedule."), g.VI)
		fmt.Fprintf(tw, "  \t\t%s\n", g.EN)
	}
	tw.Flush()
}

// writeMeetings lists the meetings rated, then why those below the top
// level fell short.
func writeMeetings(w io.Writer, rev *evaluation.Review) {
	heading(w, fmt.Sprintf("Các buổi sinh hoạt được xếp loại (%d)", len(rev.Assessments)), "meetings rated")
	if len(rev.Assessments) == 0 {
		fmt.Fprintln(w, "  không có — none")
		return
	}
	tw := table(w)
	fmt.Fprintln(tw, "  Ngày / date\tBiên bản / record\tLoại / kind\tBộ tiêu chí / scheme\tĐiểm / score\tXếp loại / level\tTiêu chí chưa đạt / criteria short")
	for _, a := range rev.Assessments {
		score := "–"
		if a.Max > 0 {
			score = fmt.Sprintf("%d/%d", a.Score, a.Max)
		}
		failed := "–"
		if len(a.Failed) > 0 {
			failed = strings.Join(a.Failed, ", ")
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s / %s\t%s\n", vn(a.Date), a.Meeting, a.Kind, a.Scheme, score, a.Level.VI(), a.Level.EN(), failed)
	}
	tw.Flush()

	first := true
	for _, a := range rev.Assessments {
		if a.Level == evaluation.Met || a.Level == evaluation.Good || len(a.Reasons) == 0 {
			continue
		}
		if first {
			fmt.Fprintln(w, "\n  Vì sao chưa đạt mức cao nhất — why meetings fell short of the top level:")
			first = false
		}
		fmt.Fprintf(w, "  %s (%s), %s / %s:\n", vn(a.Date), a.Meeting, a.Level.VI(), a.Level.EN())
		for _, rs := range a.Reasons {
			fmt.Fprintf(w, "    - %s\n      %s\n", rs.VI, rs.EN)
		}
	}
}

// writeAbsences lists the members absent with a reason too often and
// those who skipped meetings in 3 months of a year.
func writeAbsences(w io.Writer, rev *evaluation.Review, o *branch.Organisation) {
	heading(w, fmt.Sprintf("Vắng mặt có lý do quá 3 lần liên tiếp (%d)", len(rev.AbsentTooOften)), "absent with a reason more than 3 times in a row")
	writeAbsenceList(w, rev.AbsentTooOften, "lần liên tiếp / in a row")
	heading(w, fmt.Sprintf("Bỏ sinh hoạt 3 tháng trong năm, căn cứ xem xét xoá tên (%d)", len(rev.Skipped)), "skipped meetings in 3 months of a year, the removal ground")
	writeAbsenceList(w, rev.Skipped, "tháng / months")
}

// writeAbsenceList writes a list of absences with their reasons.
func writeAbsenceList(w io.Writer, list []evaluation.Absence, unit string) {
	if len(list) == 0 {
		fmt.Fprintln(w, "  không có — none")
		return
	}
	for _, a := range list {
		name := a.MemberID
		if a.Name != "" {
			name = a.Name + " (" + a.MemberID + ")"
		}
		fmt.Fprintf(w, "  %s, %d: %d %s\n    %s\n    %s\n", name, a.Year, a.Count, unit, a.Reason.VI, a.Reason.EN)
	}
}

// writeCommittee writes the review of a committee: its own meetings, its
// cells at a glance and month by month, those that need attention, then
// each cell in detail.
func writeCommittee(w io.Writer, r *report) {
	cr := &r.cr
	o := &r.file.Organisation

	heading(w, "Đảng uỷ: họp đảng uỷ và hội nghị đảng bộ", "the committee's own meetings and plenaries")
	tw := table(w)
	fmt.Fprintln(tw, "  Tháng / month\tHọp đảng uỷ / committee\tHội nghị đảng bộ / plenary")
	for _, m := range cr.Committee.Months {
		committee, plenary := countKinds(r.meetings, o.ID, m.Month)
		fmt.Fprintf(tw, "  %s\t%d\t%d\n", monthLabel(m.Month), committee, plenary)
	}
	tw.Flush()
	writeGaps(w, cr.Committee.Gaps)

	heading(w, "Các chi bộ", "the cells at a glance")
	tw = table(w)
	fmt.Fprintln(tw, "  Chi bộ / cell\tSinh hoạt / meetings\tTháng không họp / months missed\tXếp loại / levels\tDự họp / attendance\tThiếu sót / gaps\tBỏ SH 3 tháng / skipped")
	for i := range cr.Cells {
		c := &cr.Cells[i]
		fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%s\t%d\t%d\n", c.Name, len(c.Assessments), missedMonths(c),
			levelsText(c.Levels), attendanceText(c.Present, c.Counted, c.AttendancePermille, c.HasAttendance), len(c.Gaps), len(c.Skipped))
	}
	tw.Flush()

	fmt.Fprintln(w, "\n  Tỷ lệ dự sinh hoạt theo tháng — attendance at cell meetings by month (%):")
	tw = table(w)
	var b strings.Builder
	b.WriteString("  Chi bộ / cell")
	if len(cr.Cells) > 0 {
		for _, m := range cr.Cells[0].Months {
			fmt.Fprintf(&b, "\t%02d", int(m.Month.Month()))
		}
	}
	fmt.Fprintln(tw, b.String())
	for i := range cr.Cells {
		c := &cr.Cells[i]
		b.Reset()
		b.WriteString("  " + c.Name)
		for _, m := range c.Months {
			if m.HasAttendance {
				fmt.Fprintf(&b, "\t%d", m.AttendancePermille/10)
			} else {
				b.WriteString("\t–")
			}
		}
		fmt.Fprintln(tw, b.String())
	}
	tw.Flush()
	fmt.Fprintln(w, "  –: không có buổi sinh hoạt chi bộ nào trong tháng — no cell meeting that month (percentages rounded down).")

	heading(w, fmt.Sprintf("Cần quan tâm (%d)", len(cr.Attention)), "need attention, and why")
	if len(cr.Attention) == 0 {
		fmt.Fprintln(w, "  không có — none")
	}
	for _, a := range cr.Attention {
		fmt.Fprintf(w, "  %s (%s):\n", a.Name, a.Org)
		for _, rs := range a.Reasons {
			fmt.Fprintf(w, "    - %s\n      %s\n", rs.VI, rs.EN)
		}
	}

	for i := range cr.Cells {
		c := &cr.Cells[i]
		cell := r.file.Org(c.Org)
		title := fmt.Sprintf("CHI BỘ — CELL: %s (%s)", c.Name, c.Org)
		fmt.Fprintf(w, "\n\n%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
		if cell == nil {
			cell = &branch.Organisation{ID: c.Org, Name: c.Name}
		}
		writeOrganisation(w, c, cell)
	}
}

// countKinds counts the committee and plenary meetings of org in the month
// starting on month.
func countKinds(ms []branch.Meeting, org string, month chibo.Date) (committee, plenary int) {
	next := month.AddMonths(1)
	for i := range ms {
		m := &ms[i]
		if m.Org != org || m.Date.Before(month) || !m.Date.Before(next) {
			continue
		}
		switch m.Kind {
		case branch.Committee:
			committee++
		case branch.Plenary:
			plenary++
		}
	}
	return committee, plenary
}

// missedMonths lists the months without a regular meeting (the gaps of
// rule branch.RuleMonthly), "–" when none.
func missedMonths(rev *evaluation.Review) string {
	var out []string
	for _, g := range rev.Gaps {
		if g.Rule == branch.RuleMonthly {
			out = append(out, monthLabel(g.Month))
		}
	}
	if len(out) == 0 {
		return "–"
	}
	return strings.Join(out, ", ")
}

// vn returns a date as dd/mm/yyyy, or "–" for the zero Date.
func vn(d chibo.Date) string {
	if d.IsZero() {
		return "–"
	}
	return d.VN()
}

// orDash returns s, or "–" when s is empty.
func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
