package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// The illustrative meeting records of the forum are generated, not
// written out: every cell and the commune committee meet by a fixed rule
// (below), and the situations in planted change that rule where a real
// commune would have gone wrong. The generator uses no randomness, so the
// records — and the review — are the same at every run.
//
// The rule, for every month of a period:
//
//   - the cell committee (or the secretary and deputy) meets on the first
//     working day of the month (chibo.VietnamCivilService), the cell's
//     regular meeting is held on the first working day from the 5th, and in
//     the last month of a quarter a thematic meeting on the first working
//     day from the 20th; village cells meet in the evening (19:30–21:15,
//     thematic until 21:05), the others in the afternoon (14:00–15:45,
//     thematic until 15:35): 105 and 95 minutes;
//   - every member is summoned; exempt members (miễn sinh hoạt) are listed
//     as exempt, everybody else is present; the record is complete: the
//     secretary prepared it, a draft resolution, every step, praise and
//     criticism, half of those present spoke, the minutes written;
//   - under the 2018 criteria the cell judged the previous resolution's
//     results good (Scores["results"] = 1, 90% of targets); under the 2025
//     scheme (meetings from 28/10/2025) the documents are posted on the
//     members' handbook app two days ahead, 92% of the targets were met (90%
//     for a thematic meeting) and the cell scores 4.2 at 23 of 25 and 4.3 at
//     9 of 10: 97 points, Tốt;
//   - the commune committee (đảng uỷ) meets from the 10th, 08:00–11:00,
//     every committee member present, and the đảng bộ holds its plenary
//     from the 12th of July and from the 27th of December.

// Periods of the forum's review.
var (
	// forumFrom and forumTo are the year reviewed under the 2018 criteria
	// (Hướng dẫn 12-HD/BTCTW).
	forumFrom = chibo.DateOf(2024, time.January, 1)
	forumTo   = chibo.DateOf(2024, time.December, 31)
	// hd42From and hd42To are the first whole months under Hướng dẫn
	// 42-HD/BTCTW, in force from 28/10/2025.
	hd42From = chibo.DateOf(2025, time.November, 1)
	hd42To   = chibo.DateOf(2025, time.December, 31)
)

// communeID is the id of the commune's đảng bộ cơ sở in the meeting records.
const communeID = "thobinh"

// Officers are the leaders of an organisation, by member id.
type Officers struct {
	Secretary string
	Deputies  []string
	// Committee is the elected committee: the chi uỷ of a cell of 9 or
	// more official members, the đảng uỷ of the commune; empty for a small
	// cell, which has a secretary and a deputy only.
	Committee []string
}

// officers are the illustrative officers of the cells and of the commune
// committee.
var officers = map[string]Officers{
	"tram-y-te": {Secretary: "YT02", Deputies: []string{"YT03"}},
	"na-vai":    {Secretary: "NV08", Deputies: []string{"NV09"}, Committee: []string{"NV08", "NV09", "NV01"}},
	"ban-phu":   {Secretary: "BP07", Deputies: []string{"BP02"}, Committee: []string{"BP07", "BP02", "BP09"}},
	"truong-th": {Secretary: "TH01", Deputies: []string{"TH03"}},
	"quan-su":   {Secretary: "QS02", Deputies: []string{"QS01"}},
	communeID:   {Secretary: "QS01", Deputies: []string{"TH01"}, Committee: []string{"QS01", "TH01", "YT02", "NV08", "BP07", "TH03", "QS02"}},
}

// villageCells meet in the evening; the others in working hours.
var villageCells = map[string]bool{"na-vai": true, "ban-phu": true}

// plant is a kind of planted situation.
type plant uint8

const (
	// noMeeting: the organisation held no meeting at all in the months of
	// the window (a cell: neither committee nor cell meeting).
	noMeeting plant = iota + 1
	// noThematic: no thematic meeting in the window.
	noThematic
	// away: the member was absent with a reason from every cell meeting in
	// the window.
	away
	// skipped: the member was absent without a reason from every cell
	// meeting in the window.
	skipped
	// short: the regular meetings in the window lasted Minutes.
	short
	// combined: the regular meeting in the window was held together with
	// the quarter's thematic meeting, for Minutes.
	combined
	// weak: the regular meeting in the window was marked as Marks says
	// (2025 scheme).
	weak
)

// Marks are the parts of a 2025-scheme record a weak meeting changes.
type Marks struct {
	Content, Chairing int  // the cell's scores for 4.2 (of 25) and 4.3 (of 10)
	Results           int  // share of the previous resolution's targets met, %
	NoDraft           bool // no draft resolution
	NoPosting         bool // documents not posted on the handbook app
}

// Situation is one planted situation of the illustrative records: what
// went differently, in which organisation, for whom and when.
type Situation struct {
	Org      string // a cell's id, or communeID for the commune committee
	Plant    plant
	Member   string     // the member concerned (away, skipped)
	From, To chibo.Date // the meetings concerned, both inclusive
	Minutes  int        // short, combined
	Marks    Marks      // weak
	VI, EN   string     // what happened, for the reader
}

// covers reports whether the situation applies to a meeting of org on d.
func (s *Situation) covers(org string, d chibo.Date) bool {
	return s.Org == org && !d.Before(s.From) && !d.After(s.To)
}

func date(y int, m time.Month, d int) chibo.Date { return chibo.DateOf(y, m, d) }

// planted are the situations of the illustrative records.
var planted = []Situation{
	{Org: communeID, Plant: noMeeting, From: date(2024, 2, 1), To: date(2024, 2, 29),
		VI: "Đảng uỷ không họp tháng 2/2024 (Tết Giáp Thìn).", EN: "The committee did not meet in February 2024 (Tết)."},
	{Org: "na-vai", Plant: away, Member: "NV05", From: date(2024, 3, 1), To: date(2024, 5, 31),
		VI: "Nông Thị Dung đi làm ăn xa, vắng có lý do từ tháng 3 đến tháng 5/2024.", EN: "Nông Thị Dung works away, absent with a reason March–May 2024."},
	{Org: "ban-phu", Plant: noMeeting, From: date(2024, 8, 1), To: date(2024, 8, 31),
		VI: "Chi bộ Bản Phú không họp tháng 8/2024 (mưa lũ).", EN: "The Bản Phú cell did not meet in August 2024 (floods)."},
	{Org: "ban-phu", Plant: skipped, Member: "BP08", From: date(2024, 9, 1), To: date(2024, 11, 30),
		VI: "Nông Văn Bích vắng không lý do tháng 9, 10 và 11/2024.", EN: "Nông Văn Bích absent without a reason in September, October and November 2024."},
	{Org: "ban-phu", Plant: short, From: date(2024, 12, 1), To: date(2024, 12, 31), Minutes: 75,
		VI: "Buổi sinh hoạt tháng 12/2024 của chi bộ Bản Phú chỉ 75 phút.", EN: "The Bản Phú meeting of December 2024 lasted only 75 minutes."},
	{Org: "truong-th", Plant: noThematic, From: date(2024, 7, 1), To: date(2024, 9, 30),
		VI: "Chi bộ Trường Tiểu học không sinh hoạt chuyên đề quý III/2024 (nghỉ hè).", EN: "The primary-school cell held no thematic meeting in Q3 2024 (summer holidays)."},
	{Org: "na-vai", Plant: weak, From: date(2025, 12, 1), To: date(2025, 12, 31), Marks: Marks{Content: 16, Chairing: 7, Results: 88},
		VI: "Tháng 12/2025 chi bộ Nà Vài tự chấm 4.2 = 16, 4.3 = 7; đạt 88% chỉ tiêu.", EN: "December 2025: the Nà Vài cell scored 4.2 at 16 and 4.3 at 7; 88% of targets met."},
	{Org: "ban-phu", Plant: skipped, Member: "BP08", From: date(2025, 11, 1), To: date(2025, 11, 30),
		VI: "Nông Văn Bích lại vắng không lý do tháng 11/2025.", EN: "Nông Văn Bích absent without a reason again in November 2025."},
	{Org: "ban-phu", Plant: away, Member: "BP04", From: date(2025, 11, 1), To: date(2025, 11, 30),
		VI: "Triệu Thị Xuân ốm, vắng có lý do tháng 11/2025.", EN: "Triệu Thị Xuân ill, absent with a reason in November 2025."},
	{Org: "ban-phu", Plant: short, From: date(2025, 11, 1), To: date(2025, 11, 30), Minutes: 80,
		VI: "Buổi sinh hoạt tháng 11/2025 của chi bộ Bản Phú 80 phút.", EN: "The Bản Phú meeting of November 2025 lasted 80 minutes."},
	{Org: "ban-phu", Plant: weak, From: date(2025, 11, 1), To: date(2025, 11, 30),
		Marks: Marks{Content: 15, Chairing: 6, Results: 65, NoDraft: true, NoPosting: true},
		VI:    "Tháng 11/2025 chi bộ Bản Phú không có dự thảo nghị quyết, không đăng tài liệu, đạt 65% chỉ tiêu, tự chấm 4.2 = 15, 4.3 = 6.",
		EN:    "November 2025: the Bản Phú cell had no draft resolution, posted nothing, met 65% of targets, scored 4.2 at 15 and 4.3 at 6."},
	{Org: "ban-phu", Plant: weak, From: date(2025, 12, 1), To: date(2025, 12, 31), Marks: Marks{Content: 20, Chairing: 8, Results: 75},
		VI: "Tháng 12/2025 chi bộ Bản Phú tự chấm 4.2 = 20, 4.3 = 8; đạt 75% chỉ tiêu.", EN: "December 2025: the Bản Phú cell scored 4.2 at 20 and 4.3 at 8; 75% of targets met."},
	{Org: "truong-th", Plant: combined, From: date(2025, 12, 1), To: date(2025, 12, 31), Minutes: 105,
		VI: "Chi bộ Trường Tiểu học sinh hoạt thường kỳ kết hợp chuyên đề tháng 12/2025 trong 105 phút (cần 120).", EN: "The primary-school cell combined its December 2025 regular and thematic meetings in 105 minutes (120 needed)."},
}

// find returns the first planted situation of the kind for org on d.
func find(org string, p plant, d chibo.Date) *Situation {
	for i := range planted {
		if s := &planted[i]; s.Plant == p && s.covers(org, d) {
			return s
		}
	}
	return nil
}

// absences returns the members absent with and without a reason from a
// cell meeting of org on d.
func absences(org string, d chibo.Date) (excused, unexcused []string) {
	for i := range planted {
		s := &planted[i]
		if !s.covers(org, d) {
			continue
		}
		switch s.Plant {
		case away:
			excused = append(excused, s.Member)
		case skipped:
			unexcused = append(unexcused, s.Member)
		}
	}
	return excused, unexcused
}

// Commune is the commune's party organisation for the forum: the đảng bộ
// cơ sở with every member, and its cells.
type Commune struct {
	Committee branch.Organisation
	Cells     []branch.Organisation
}

// CellPtrs returns pointers to the cells, as evaluation.ReviewCommittee
// takes them.
func (c *Commune) CellPtrs() []*branch.Organisation {
	out := make([]*branch.Organisation, len(c.Cells))
	for i := range c.Cells {
		out[i] = &c.Cells[i]
	}
	return out
}

// newCommune builds the commune's organisations from the members of the
// forum (forumRoster), with the illustrative officers.
func newCommune(members []member.Member) Commune {
	o := officers[communeID]
	c := Commune{Committee: branch.Organisation{ID: communeID, Name: "Đảng bộ xã Thổ Bình", Kind: branch.GrassRootsCommittee,
		Members: members, Secretary: o.Secretary, Deputies: o.Deputies, Committee: o.Committee}}
	for _, cell := range cells {
		o := officers[cell.ID]
		org := branch.Organisation{ID: cell.ID, Name: cell.VI, Kind: branch.Cell, Parent: communeID,
			Secretary: o.Secretary, Deputies: o.Deputies, Committee: o.Committee}
		for _, m := range members {
			if m.Branch == cell.ID {
				org.Members = append(org.Members, m)
			}
		}
		c.Cells = append(c.Cells, org)
	}
	return c
}

// forumRoster returns the members of the forum years: those alive and
// inside the Party on from, with the probationary members of the roster
// recognised as official at the end of their probation (Probation.Ends),
// as the illustrative data assume.
func forumRoster(roster []member.Member, from chibo.Date, cal chibo.Calendar) []member.Member {
	var out []member.Member
	for _, m := range roster {
		if (!m.Died.IsZero() && !m.Died.After(from)) || m.OutsideOn(from) {
			continue
		}
		if m.OfficialDate.IsZero() && !m.CeremonyDate.IsZero() {
			if p := member.ProbationOf(&m, from, cal); !p.Ends.After(from) {
				m.OfficialDate = p.Ends
			}
		}
		out = append(out, m)
	}
	return out
}

// onOrAfter returns the first working day of cal on or after d.
func onOrAfter(cal chibo.Calendar, d chibo.Date) chibo.Date {
	return cal.AddWorkingDays(d.AddDays(-1), 1)
}

// clock returns the time of day h:m.
func clock(h, m int) branch.Clock { return branch.Clock(h*60 + m) }

// monthAgenda is the agenda of the regular meeting, by month.
var monthAgenda = [...]string{"",
	"Kết quả tháng 12, nhiệm vụ tháng 1; chuẩn bị đón Tết",
	"Tổ chức Tết an toàn; ra quân sản xuất vụ xuân",
	"Gieo cấy vụ xuân; thu đảng phí quý I",
	"Phòng chống cháy rừng; vệ sinh môi trường",
	"Chăm sóc lúa, ngô; phòng chống dịch bệnh gia súc",
	"Sơ kết 6 tháng; phòng chống mưa lũ",
	"Thu hoạch vụ xuân; làm đường liên thôn",
	"Khắc phục hậu quả mưa lũ; chuẩn bị năm học mới",
	"Chuẩn bị vụ mùa; kỷ niệm Quốc khánh 2/9",
	"Thu hoạch vụ mùa; trồng rừng",
	"Ngày hội Đại đoàn kết toàn dân tộc 18/11",
	"Tổng kết năm; kiểm điểm, đánh giá đảng viên",
}

// thematicAgenda is the subject of the thematic meeting, by quarter.
var thematicAgenda = [...]string{"",
	"Chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
	"Chuyên đề: phát triển kinh tế đồi rừng, giảm nghèo bền vững",
	"Chuyên đề: phòng, chống thiên tai, sạt lở đất",
	"Chuyên đề: nâng cao chất lượng sinh hoạt chi bộ",
}

// generator writes the meeting records of the commune.
type generator struct {
	cal chibo.Calendar
	out []branch.Meeting
}

// generateMeetings returns the records of the commune committee and of
// every cell for each month from from to to, in date order per
// organisation.
func generateMeetings(c *Commune, from, to chibo.Date, cal chibo.Calendar) []branch.Meeting {
	g := &generator{cal: cal}
	for month := from; !month.After(to); month = month.AddMonths(1) {
		g.committee(&c.Committee, month)
		for i := range c.Cells {
			g.cell(&c.Cells[i], month)
		}
	}
	return g.out
}

// committee writes the commune committee's meeting of the month, and the
// plenary in July and December.
func (g *generator) committee(o *branch.Organisation, month chibo.Date) {
	y, mo := month.Year(), month.Month()
	if find(o.ID, noMeeting, month) == nil {
		d := onOrAfter(g.cal, date(y, mo, 10))
		g.out = append(g.out, branch.Meeting{ID: fmt.Sprintf("du-%d-%02d", y, mo), Org: o.ID, Kind: branch.Committee, Date: d,
			Start: clock(8, 0), End: clock(11, 0), Summoned: o.Committee, Present: o.Committee,
			Agenda: []string{fmt.Sprintf("Lãnh đạo thực hiện nhiệm vụ tháng %d/%d", mo, y)}, MinutesComplete: true, ResultsPercent: -1})
	}
	if mo != time.July && mo != time.December {
		return
	}
	day, what := 12, "Hội nghị sơ kết 6 tháng đầu năm"
	if mo == time.December {
		day, what = 27, "Hội nghị tổng kết năm"
	}
	d := onOrAfter(g.cal, date(y, mo, day))
	m := branch.Meeting{ID: fmt.Sprintf("hn-%d-%02d", y, mo), Org: o.ID, Kind: branch.Plenary, Date: d,
		Start: clock(8, 0), End: clock(11, 30), Agenda: []string{fmt.Sprintf("%s %d", what, y)}, MinutesComplete: true, ResultsPercent: -1}
	attendance(&m, o, nil, nil)
	g.out = append(g.out, m)
}

// cell writes a cell's meetings of the month.
func (g *generator) cell(o *branch.Organisation, month chibo.Date) {
	y, mo := month.Year(), month.Month()
	if find(o.ID, noMeeting, month) != nil {
		return
	}
	village := villageCells[o.ID]
	prefix := fmt.Sprintf("%s-%d-%02d", o.ID, y, mo)

	// The cell committee, or the secretary and deputy.
	who := o.Committee
	if len(who) == 0 {
		who = append([]string{o.Secretary}, o.Deputies...)
	}
	cc := branch.Meeting{ID: prefix + "-cu", Org: o.ID, Kind: branch.CellCommittee, Date: onOrAfter(g.cal, month),
		Start: clock(7, 30), End: clock(8, 15), Summoned: who, Present: who,
		Agenda: []string{"Chuẩn bị nội dung sinh hoạt chi bộ"}, MinutesComplete: true, ResultsPercent: -1}
	if village {
		cc.Start, cc.End = clock(19, 30), clock(20, 15)
	}
	g.out = append(g.out, cc)

	// The regular meeting.
	start, minutes := clock(14, 0), 105
	if village {
		start = clock(19, 30)
	}
	regular := g.cellMeeting(o, prefix, branch.Regular, onOrAfter(g.cal, date(y, mo, 5)), start, minutes, monthAgenda[mo])
	quarterEnd := mo%3 == 0
	if s := find(o.ID, short, regular.Date); s != nil {
		regular.End = regular.Start + branch.Clock(s.Minutes)
	}
	if s := find(o.ID, combined, regular.Date); s != nil {
		regular.Kind = branch.Combined
		regular.End = regular.Start + branch.Clock(s.Minutes)
		regular.Agenda = append(regular.Agenda, thematicAgenda[(mo+2)/3])
		quarterEnd = false
	}
	if s := find(o.ID, weak, regular.Date); s != nil {
		mk := s.Marks
		regular.Scores = map[string]int{"4.2": mk.Content, "4.3": mk.Chairing}
		regular.ResultsPercent = mk.Results
		regular.DraftResolution = !mk.NoDraft
		if mk.NoPosting {
			regular.DocumentsPosted = chibo.Date{}
		}
	}
	g.out = append(g.out, regular)

	// The thematic meeting, in the last month of a quarter.
	if !quarterEnd {
		return
	}
	d := onOrAfter(g.cal, date(y, mo, 20))
	if find(o.ID, noThematic, d) != nil {
		return
	}
	th := g.cellMeeting(o, prefix+"-cd", branch.Thematic, d, start, 95, thematicAgenda[mo/3])
	th.ResultsPercent = -1
	if hd42(d) {
		th.ResultsPercent = 90
	}
	g.out = append(g.out, th)
}

// hd42 reports whether a meeting on d is rated by the 2025 scheme.
func hd42(d chibo.Date) bool { return !d.Before(evaluation.Scheme2025.From) }

// cellMeeting returns a complete record of a cell meeting by the rule of
// the generator, with the planted absences.
func (g *generator) cellMeeting(o *branch.Organisation, id string, kind branch.MeetingKind, d chibo.Date, start branch.Clock, minutes int, agenda string) branch.Meeting {
	m := branch.Meeting{ID: id, Org: o.ID, Kind: kind, Date: d, Start: start, End: start + branch.Clock(minutes),
		Agenda: []string{agenda}, AllSteps: true, PreparedByLeader: true, DraftResolution: true, MinutesComplete: true,
		Criticism: true, Principles: true, ResultsPercent: 90}
	excused, unexcused := absences(o.ID, d)
	attendance(&m, o, excused, unexcused)
	m.Speakers = max(1, len(m.Present)/2)
	if hd42(d) {
		m.DocumentsPosted = d.AddDays(-2)
		m.ResultsPercent = 92
		m.Scores = map[string]int{"4.2": 23, "4.3": 9}
	} else {
		m.Scores = map[string]int{"results": 1}
	}
	return m
}

// attendance summons every member of o: the exempt are listed as exempt,
// those in excused and unexcused as absent, the others as present.
func attendance(m *branch.Meeting, o *branch.Organisation, excused, unexcused []string) {
	for _, mb := range o.Members {
		m.Summoned = append(m.Summoned, mb.ID)
		switch {
		case slices.Contains(excused, mb.ID):
			m.AbsentExcused = append(m.AbsentExcused, mb.ID)
		case slices.Contains(unexcused, mb.ID):
			m.AbsentUnexcused = append(m.AbsentUnexcused, mb.ID)
		case mb.Exempt:
			m.Exempt = append(m.Exempt, mb.ID)
		default:
			m.Present = append(m.Present, mb.ID)
		}
	}
}
