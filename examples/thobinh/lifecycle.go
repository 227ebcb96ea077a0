package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// Dates of the member lifecycle part of the story.
var (
	// admissionDate is the day the cells consider the two applications.
	admissionDate = chibo.DateOf(2024, time.June, 14)
	// screeningYear is the calendar year screened for removal.
	screeningYear = 2024
)

// Application is an illustrative application for admission, considered
// by a cell on admissionDate.
type Application struct {
	Cell      Cell
	Applicant member.Applicant
	Check     member.AdmissionCheck
}

// introduction is an introducer of an application: a member of the roster
// and the day from which they have worked or lived with the applicant.
type introduction struct {
	id    string
	since chibo.Date
}

// applications are the illustrative applications: the first qualifies, the
// second is under 18 counted by month and has one introducer.
var applications = []struct {
	cell        string
	applicant   member.Applicant
	introducers []introduction
}{
	{cell: "na-vai",
		applicant: member.Applicant{Name: "Hoàng Văn Khánh", Born: chibo.DateOf(2000, time.April, 12), Education: member.UpperSecondary},
		introducers: []introduction{
			{"NV08", chibo.DateOf(2021, time.March, 1)},
			{"NV10", chibo.DateOf(2022, time.January, 15)},
		}},
	{cell: "ban-phu",
		applicant: member.Applicant{Name: "Ma Thị Ngọc", Born: chibo.DateOf(2006, time.September, 20), Education: member.LowerSecondary},
		introducers: []introduction{
			{"BP07", chibo.DateOf(2020, time.January, 6)},
		}},
}

// ProbationRow is a probationary member's timeline in working days.
type ProbationRow struct {
	Member    *member.Member
	Probation member.Probation
	// CeremonyAfter is the number of working days from the decision to the
	// ceremony.
	CeremonyAfter int
	// RecognitionSpan is the number of calendar days the 30 working days
	// after the end of probation take.
	RecognitionSpan int
	// Holidays are the days off other than weekends in that span.
	Holidays []chibo.Holiday
}

// Lifecycle is the member-lifecycle part of the story: admission,
// probation and the screening of members who no longer qualify.
type Lifecycle struct {
	Rules        member.AdmissionRules // in force on admissionDate
	Applications []Application
	AsOf         chibo.Date // the probation timelines are as of this day
	Probations   []ProbationRow
	Year         int
	// Evidence is what the cells know of the screening year, by member id:
	// the months skipped (from the forum's review of 2024), dues unpaid,
	// a card returned.
	Evidence map[string]member.Evidence
	Screened []member.Screened
}

// buildLifecycle checks the applications with the introducers of members
// (the forum's roster), the probation of every probationary member of the
// roster as of asOf, and screens members for screeningYear with the
// months skipped found by the forum.
func buildLifecycle(roster, members []member.Member, asOf chibo.Date, cal chibo.Calendar, skipped []evaluation.Absence) Lifecycle {
	l := Lifecycle{Rules: member.AdmissionRulesOn(admissionDate), AsOf: asOf, Year: screeningYear}
	byID := map[string]*member.Member{}
	for i := range members {
		byID[members[i].ID] = &members[i]
	}
	for _, a := range applications {
		app := Application{Cell: cellOf(a.cell), Applicant: a.applicant}
		for _, in := range a.introducers {
			m := byID[in.id]
			app.Applicant.Introducers = append(app.Applicant.Introducers,
				member.Introducer{ID: in.id, Official: m != nil && m.OfficialOn(admissionDate), KnownSince: in.since})
		}
		app.Check = l.Rules.CheckAdmission(&app.Applicant, admissionDate)
		l.Applications = append(l.Applications, app)
	}

	for i := range roster {
		m := &roster[i]
		if !m.OfficialDate.IsZero() || m.CeremonyDate.IsZero() || !m.Died.IsZero() || m.OutsideOn(asOf) {
			continue
		}
		p := member.ProbationOf(m, asOf, cal)
		row := ProbationRow{Member: m, Probation: p, CeremonyAfter: cal.WorkingDaysBetween(p.Decision, p.Ceremony),
			RecognitionSpan: p.Ends.DaysUntil(p.RecognitionDue)}
		for y := p.Ends.Year(); y <= p.RecognitionDue.Year(); y++ {
			for _, h := range cal.Holidays(y) {
				if h.Date.After(p.Ends) && !h.Date.After(p.RecognitionDue) && h.Date.Weekday() != time.Saturday && h.Date.Weekday() != time.Sunday {
					row.Holidays = append(row.Holidays, h)
				}
			}
		}
		l.Probations = append(l.Probations, row)
	}

	l.Evidence = map[string]member.Evidence{}
	for _, a := range skipped {
		ev := l.Evidence[a.MemberID]
		ev.Skipped = append(ev.Skipped, a.Months...)
		l.Evidence[a.MemberID] = ev
	}
	for id, add := range dues {
		ev := l.Evidence[id]
		ev.Unpaid = append(ev.Unpaid, add.Unpaid...)
		ev.CardReturned = ev.CardReturned || add.CardReturned
		l.Evidence[id] = ev
	}
	l.Screened = member.ScreenRoster(members, l.Year, l.Evidence)
	return l
}

// dues is the illustrative evidence besides the meetings: the dues book
// (sổ thu đảng phí) and the cards returned in 2024.
var dues = map[string]member.Evidence{
	// Nông Văn Khải paid no dues in March, June and September 2024.
	"QS04": {Unpaid: []chibo.Date{chibo.DateOf(2024, time.March, 1), chibo.DateOf(2024, time.June, 1), chibo.DateOf(2024, time.September, 1)}},
	// Ma Văn Chiến returned his party card on 20/12/2024.
	"NV06": {CardReturned: true},
}

// printLifecycle prints the admission checks, the probation timelines and
// the screening list.
func printLifecycle(w io.Writer, l *Lifecycle, members []member.Member) {
	memberName := func(id string) string {
		for i := range members {
			if members[i].ID == id {
				return members[i].Name
			}
		}
		return id
	}
	heading(w, 6, "Kết nạp đảng viên mới", "admitting new members")
	fmt.Fprintf(w, "Chi bộ xét hồ sơ ngày %s; quy định áp dụng — rules in force: %s (%s, %s).\n", admissionDate.VN(), l.Rules.Name, l.Rules.Source.Document, l.Rules.Source.Section)
	fmt.Fprintln(w, "Thư viện kiểm tra tuổi (tính theo tháng), trình độ học vấn và người giới thiệu; tiêu chuẩn chính trị, phẩm chất và biểu quyết là việc của chi bộ.")
	fmt.Fprintln(w, "The library checks age (counted by month), education and introducers; the political standard, conduct and the vote are for the cell.")
	for _, a := range l.Applications {
		ap := &a.Applicant
		verdict := "ĐỦ ĐIỀU KIỆN — eligible"
		if !a.Check.Eligible {
			verdict = "CHƯA ĐỦ ĐIỀU KIỆN — not eligible"
		}
		var intro []string
		for _, in := range ap.Introducers {
			intro = append(intro, fmt.Sprintf("%s (%s, từ — since %s)", memberName(in.ID), in.ID, in.KnownSince.VN()))
		}
		fmt.Fprintf(w, "\n%s, sinh ngày %s — born %s; %s; học vấn — education: %s\n", ap.Name, ap.Born.VN(), ap.Born.VN(), a.Cell.VI, ap.Education)
		fmt.Fprintf(w, "  Người giới thiệu — introducers: %s\n", strings.Join(intro, "; "))
		fmt.Fprintf(w, "  Kết quả — result: %s\n", verdict)
		for _, r := range a.Check.Unmet {
			fmt.Fprintf(w, "  ✗ %s\n    %s\n", r.VI, r.EN)
		}
		for _, r := range a.Check.Met {
			fmt.Fprintf(w, "  ✓ %s\n    %s\n", r.VI, r.EN)
		}
	}

	heading(w, 7, "Đảng viên dự bị: lễ kết nạp và công nhận chính thức", "probation: the ceremony and the recognition, in working days")
	fmt.Fprintln(w, "Ngày làm việc theo lịch của cơ quan nhà nước: nghỉ thứ Bảy, Chủ nhật, ngày lễ, Tết âm lịch và lịch nghỉ của Chính phủ (chibo.VietnamCivilService).")
	fmt.Fprintln(w, "Working days of the civil-service calendar: weekends, public holidays, the lunar New Year and the Government's schedules are off.")
	fmt.Fprintf(w, "Lễ kết nạp trong %d ngày làm việc kể từ quyết định; dự bị %d tháng kể từ lễ; chi bộ xét công nhận trong %d ngày làm việc sau khi hết dự bị.\n",
		member.CeremonyWorkingDays, member.ProbationMonths, member.RecognitionWorkingDays)
	fmt.Fprintf(w, "Ceremony within %d working days of the decision; probation %d months from it; recognition considered within %d working days after.\n\n",
		member.CeremonyWorkingDays, member.ProbationMonths, member.RecognitionWorkingDays)
	tw := table(w)
	fmt.Fprintln(tw, "  Họ và tên\tChi bộ\tQuyết định\tLễ chậm nhất\tLễ kết nạp\tsau QĐ\tHết dự bị\tXét công nhận chậm nhất\tsau hết dự bị")
	fmt.Fprintln(tw, "  name\tcell\tdecision\tceremony due\tceremony\tafter decision\tprobation ends\trecognition due\tafter probation")
	for _, p := range l.Probations {
		pr := &p.Probation
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%d NLV\t%s\t%s\t%d ngày\n", p.Member.Name, cellOf(p.Member.Branch).VI,
			pr.Decision.VN(), pr.CeremonyDue.VN(), pr.Ceremony.VN(), p.CeremonyAfter, pr.Ends.VN(), pr.RecognitionDue.VN(), p.RecognitionSpan)
	}
	tw.Flush()
	fmt.Fprintln(w, "  NLV: ngày làm việc — working days; ngày: ngày lịch — calendar days.")
	longest := -1
	for i, p := range l.Probations {
		if longest < 0 || p.RecognitionSpan > l.Probations[longest].RecognitionSpan {
			longest = i
		}
	}
	if longest >= 0 {
		p := &l.Probations[longest]
		fmt.Fprintf(w, "\n%s: 30 ngày làm việc sau khi hết dự bị kéo dài %d ngày lịch — 30 working days take %d calendar days:\n", p.Member.Name, p.RecognitionSpan, p.RecognitionSpan)
		if days := holidayRuns(p.Holidays); len(days) > 0 {
			fmt.Fprintln(w, "  ngày nghỉ ngoài thứ Bảy, Chủ nhật — days off besides weekends:")
			for _, d := range days {
				fmt.Fprintf(w, "    %s\n", d)
			}
		}
		for _, r := range p.Probation.Reasons {
			fmt.Fprintf(w, "  - %s\n    %s\n", r.VI, r.EN)
		}
	}
	fmt.Fprintf(w, "Tình trạng ngày %s; ngày công nhận chính thức là ngày hết dự bị, kể cả khi chi bộ xét muộn — status on %s; recognition is dated to the end of probation, even when the cell is late.\n", l.AsOf.VN(), l.AsOf.VN())

	heading(w, 8, fmt.Sprintf("Sàng lọc đảng viên năm %d", l.Year), fmt.Sprintf("screening out members who no longer qualify, %d", l.Year))
	fmt.Fprintln(w, "Căn cứ (Quy định 24-QĐ/TW điểm 8.1): bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng, tự ý trả thẻ, …")
	fmt.Fprintln(w, "Grounds (Quy định 24-QĐ/TW, point 8.1): skipping activities or unpaid dues in 3 months of the year without a valid reason, a card returned, …")
	fmt.Fprintln(w, "Bằng chứng — evidence: tháng bỏ sinh hoạt lấy từ đánh giá sinh hoạt năm 2024 (mục 5.1); sổ thu đảng phí và thẻ trả lại là dữ liệu minh hoạ.")
	fmt.Fprintln(w, "Evidence: the months skipped come from the 2024 meeting review (5.1); the dues book and the card returned are illustrative data.")
	fmt.Fprintln(w, "Vắng có lý do (như Nông Thị Dung, mục 5.1) không phải căn cứ xoá tên — absences with a reason are not a ground.")
	fmt.Fprintln(w, "\nBằng chứng của năm — the year's evidence:")
	tw = table(w)
	fmt.Fprintln(tw, "  Họ và tên / name\tBỏ sinh hoạt / skipped\tKhông đóng đảng phí / dues unpaid\tTrả thẻ / card returned")
	for i := range members {
		m := &members[i]
		ev, ok := l.Evidence[m.ID]
		if !ok {
			continue
		}
		card := "–"
		if ev.CardReturned {
			card = "có — yes"
		}
		fmt.Fprintf(tw, "  %s (%s)\t%s\t%s\t%s\n", m.Name, m.ID, monthsText(ev.Skipped), monthsText(ev.Unpaid), card)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nDanh sách xem xét xoá tên (%d) — members the cells should consider proposing for removal:\n", len(l.Screened))
	for _, s := range l.Screened {
		fmt.Fprintf(w, "  %s (%s), %s\n", s.Member.Name, s.Member.ID, cellOf(s.Member.Branch).VI)
		for _, g := range s.Grounds {
			fmt.Fprintf(w, "    - %s\n      %s [%s, %s]\n", g.VI, g.EN, g.Source.Document, g.Source.Section)
		}
	}
	if len(l.Screened) == 0 {
		fmt.Fprintln(w, "  không có — none")
	}
	fmt.Fprintln(w, "Xoá tên là đề nghị của chi bộ lên cấp có thẩm quyền, không phải kỷ luật — removal is the cell's proposal to the competent committee, not a discipline.")
}

// holidayRuns writes the holidays as runs of days of the same holiday,
// "20/01/2023–26/01/2023 Tết Âm lịch (Lunar New Year)", in date order.
func holidayRuns(hs []chibo.Holiday) []string {
	var out []string
	for i := 0; i < len(hs); {
		j := i + 1
		for j < len(hs) && hs[j].Rule == hs[i].Rule && hs[j-1].Date.DaysUntil(hs[j].Date) <= 3 {
			j++
		}
		span := hs[i].Date.VN()
		if j-1 > i {
			span += "–" + hs[j-1].Date.VN()
		}
		out = append(out, fmt.Sprintf("%s: %s — %s", span, hs[i].VI, hs[i].EN))
		i = j
	}
	return out
}

// monthsText lists the months of the dates, "09, 10, 11/2024", or "–".
func monthsText(ds []chibo.Date) string {
	if len(ds) == 0 {
		return "–"
	}
	var parts []string
	for _, d := range ds {
		parts = append(parts, fmt.Sprintf("%02d", int(d.Month())))
	}
	return strings.Join(parts, ", ") + fmt.Sprintf("/%d", ds[len(ds)-1].Year())
}
