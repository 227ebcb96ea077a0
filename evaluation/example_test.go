package evaluation_test

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// exampleCell is a village cell of five members (illustrative data).
func exampleCell() *branch.Organisation {
	return &branch.Organisation{
		ID: "na-vai", Name: "Chi bộ thôn Nà Vài", Kind: branch.Cell, Parent: "tho-binh",
		Secretary: "nv1", Deputies: []string{"nv2"},
		Members: []member.Member{
			{ID: "nv1", Name: "Ma Văn Thành"}, {ID: "nv2", Name: "Hoàng Thị Lan"}, {ID: "nv3", Name: "Lý Văn Sơn"},
			{ID: "nv4", Name: "Ma Thị Hoa"}, {ID: "nv5", Name: "Chẩu Văn Minh"},
		},
	}
}

// exampleMeeting is a cell meeting of org on d where every fact the
// schemes ask about is recorded, and the cell scored its judgements.
func exampleMeeting(org *branch.Organisation, id string, kind branch.MeetingKind, d chibo.Date) branch.Meeting {
	end := branch.Clock(15*60 + 30)
	if kind == branch.Combined {
		end = 16 * 60
	}
	var all []string
	for _, m := range org.Members {
		all = append(all, m.ID)
	}
	return branch.Meeting{
		ID: id, Org: org.ID, Kind: kind, Date: d, Start: 14 * 60, End: end,
		Summoned: all, Present: all,
		AllSteps: true, PreparedByLeader: true, DraftResolution: true, MinutesComplete: true,
		DocumentsPosted: d.AddDays(-1), Speakers: 4, Criticism: true, Principles: true, ResultsPercent: 92,
		Scores: map[string]int{"4.2": 25, "4.3": 10, "speakers": 1, "results": 1},
	}
}

// A combined regular and thematic meeting of 100 minutes on 05/03/2026 is
// rated by HD 42-HD/BTCTW (the scheme in force on its date): 20 minutes
// short of 120 gives 3 of 5 points for duration (rules/branch.md T15), and
// the cell scored its discussion 20 of 25 and the secretary's chairing 8 of
// 10.
func ExampleAssess() {
	d := chibo.DateOf(2026, time.March, 5)
	m := branch.Meeting{
		ID: "nv-2026-03", Org: "na-vai", Kind: branch.Combined, Date: d,
		Start: 14 * 60, End: 15*60 + 40, // 14:00–15:40
		Summoned:         []string{"nv1", "nv2", "nv3", "nv4", "nv5"},
		Present:          []string{"nv1", "nv2", "nv3", "nv4", "nv5"},
		AllSteps:         true,
		PreparedByLeader: true, DraftResolution: true, MinutesComplete: true,
		DocumentsPosted: d.AddDays(-2), Speakers: 4, Criticism: true, Principles: true,
		ResultsPercent: 85,
		Scores:         map[string]int{"4.2": 20, "4.3": 8},
	}
	ctx := &evaluation.Context{Earlier: []branch.Meeting{
		{ID: "nv-cc-2026-03", Org: "na-vai", Kind: branch.CellCommittee, Date: d.AddDays(-3)},
	}}
	a := evaluation.Assess(&m, ctx)
	fmt.Println("scheme", a.Scheme, "—", a.Level.VI(), a.Score, "/", a.Max)
	for _, r := range a.Reasons {
		fmt.Println(r.Rule, "—", r.EN)
	}
	// Output:
	// scheme 2025 — Khá 88 / 100
	// evaluation.meeting.1 — The combined meeting of 05/03/2026 lasted 100 minutes, 20 short of 120 (short by ≤ 15 minutes: 4 points; 15–30: 3; at least half: 2; under half: 1): 3 of 5 points.
	// evaluation.meeting.4.2 — Scored by the cell for criterion 4.2 (content, praise and criticism, opinions): Scores["4.2"] = 20, within 0–25 (the record shows 4 of 5 present speaking, praise or criticism recorded): 20 of 25 points.
	// evaluation.meeting.4.3 — Scored by the cell for criterion 4.3 (the secretary's chairing): Scores["4.3"] = 8, within 0–10: 8 of 10 points.
	// evaluation.meeting.6 — 85% of the previous resolution's targets achieved (from 80%: 27 points): 27 of 30 points.
	// evaluation.meeting.level — Total 88 of 100 points (fair from 70 points): rated fair.
}

// Bình Thuận's sheet rates Tốt only with full marks on attendance,
// duration, members' participation and the minutes: 92 points from a
// meeting 10 minutes short of 90 is Tốt under Scheme2025 and Khá there
// (rules/branch.md T16).
func ExampleScheme_Assess() {
	org := exampleCell()
	m := exampleMeeting(org, "nv-2026-05", branch.Regular, chibo.DateOf(2026, time.May, 6))
	m.End = m.Start + 80 // 10 minutes short: 4 of 5 points
	m.Scores["4.3"] = 3  // 3 of 10
	ctx := &evaluation.Context{Org: org, Earlier: []branch.Meeting{
		{ID: "nv-cc-2026-05", Org: org.ID, Kind: branch.CellCommittee, Date: chibo.DateOf(2026, time.May, 4)},
	}}
	for _, s := range []*evaluation.Scheme{&evaluation.Scheme2025, &evaluation.SchemeBinhThuan} {
		a := s.Assess(&m, ctx)
		fmt.Printf("%s: %d points, %s (short: %v)\n", s.Name, a.Score, a.Level.VI(), a.Failed)
	}
	a := evaluation.SchemeBinhThuan.Assess(&m, ctx)
	fmt.Println(a.Reasons[len(a.Reasons)-1].VI)
	// Output:
	// 2025: 92 points, Tốt (short: [1 4.3])
	// binh-thuan: 92 points, Khá (short: [1 4.3])
	// Tổng 92/100 điểm, đạt mức điểm Tốt (từ 90 điểm) nhưng chưa đạt điểm tối đa ở tiêu chí 1 (mức Tốt cần điểm tối đa ở các tiêu chí 2, 1, 4.2, 7): xếp loại Khá.
}

// Under HD 12-HD/BTCTW (2018) a meeting is đạt only when every criterion
// holds: 17 of 20 members present is 85.0%, not more than 85%
// (rules/branch.md T13).
func ExampleScheme_Check() {
	var summoned []string
	for i := 1; i <= 20; i++ {
		summoned = append(summoned, fmt.Sprintf("m%02d", i))
	}
	m := branch.Meeting{ID: "t13", Org: "c", Kind: branch.Regular, Date: chibo.DateOf(2024, time.March, 5),
		Start: 14 * 60, End: 15*60 + 30, Summoned: summoned, Present: summoned[:17], AbsentExcused: summoned[17:]}
	for _, present := range []int{17, 18} {
		m.Present, m.AbsentExcused = summoned[:present], summoned[present:]
		o := evaluation.Scheme2018.Check(&m, nil)
		fmt.Printf("%d/20: attendance criterion short: %v\n", present, o.Short&1 != 0)
	}
	// Output:
	// 17/20: attendance criterion short: true
	// 18/20: attendance criterion short: false
}

// SchemeOn picks the scheme by date: HD 42-HD/BTCTW from 28/10/2025.
func ExampleSchemeOn() {
	for _, d := range []chibo.Date{chibo.DateOf(2025, time.October, 27), chibo.DateOf(2025, time.October, 28)} {
		s := evaluation.SchemeOn(d)
		fmt.Println(d.VN(), s.Name, s.Source.Document, s.Max)
	}
	// Output:
	// 27/10/2025 2018 12-HD/BTCTW 0
	// 28/10/2025 2025 42-HD/BTCTW 100
}

// A province supplies its own scheme: a clone of a package scheme with its
// own bands and attendance threshold.
func ExampleScheme_Clone() {
	s := evaluation.Scheme2025.Clone()
	s.Name = "province-x"
	s.Bands = []evaluation.Band{{Min: 85, Level: evaluation.Good}, {Min: 65, Level: evaluation.Fair}, {Min: 50, Level: evaluation.Average}, {Min: 0, Level: evaluation.Poor}}
	s.BandsSource = chibo.Source{Document: "(provincial guidance)", Confidence: chibo.Secondary}
	fmt.Println(s.Validate())

	org := exampleCell()
	m := exampleMeeting(org, "nv-2026-06", branch.Regular, chibo.DateOf(2026, time.June, 5))
	m.Scores["4.2"] = 12 // 87 points
	ctx := &evaluation.Context{Org: org, Earlier: []branch.Meeting{
		{ID: "cc", Org: org.ID, Kind: branch.CellCommittee, Date: chibo.DateOf(2026, time.June, 2)},
	}}
	fmt.Println(evaluation.Scheme2025.Assess(&m, ctx).Level, s.Assess(&m, ctx).Level)
	// Output:
	// <nil>
	// kha tot
}

// A cell's first quarter of 2026: one member skips three months without a
// reason, and the March meeting was not prepared by the cell committee.
func ExampleReviewOrganisation() {
	org := exampleCell()
	var ms []branch.Meeting
	for mo := time.January; mo <= time.March; mo++ {
		kind := branch.Regular
		if mo == time.March {
			kind = branch.Combined // the quarter's thematic meeting
		}
		m := exampleMeeting(org, fmt.Sprintf("nv-2026-%02d", int(mo)), kind, chibo.DateOf(2026, mo, 10))
		m.Present, m.AbsentUnexcused = m.Present[:4], []string{"nv5"}
		ms = append(ms, m)
		if mo != time.March {
			ms = append(ms, branch.Meeting{ID: fmt.Sprintf("nv-cc-2026-%02d", int(mo)), Org: org.ID, Kind: branch.CellCommittee,
				Date: chibo.DateOf(2026, mo, 7), Start: 8 * 60, End: 9 * 60})
		}
	}
	r := evaluation.ReviewOrganisation(org, ms, chibo.DateOf(2026, time.January, 1), chibo.DateOf(2026, time.March, 31), nil, branch.ScheduleRules{})
	for _, row := range r.Months {
		fmt.Printf("%s: %d held, attendance %d‰, Tốt %d\n", row.Month.VN(), row.Held, row.AttendancePermille, row.Levels[evaluation.Good])
	}
	for _, a := range r.Assessments {
		fmt.Printf("%s %s: %d/%d, short on %v\n", a.Date.VN(), a.Level.VI(), a.Score, a.Max, a.Failed)
	}
	for _, g := range r.Gaps {
		fmt.Println("gap:", g.EN)
	}
	for _, s := range r.Skipped {
		fmt.Println("skipped:", s.Reason.EN)
	}
	// Output:
	// 01/01/2026: 1 held, attendance 800‰, Tốt 1
	// 01/02/2026: 1 held, attendance 800‰, Tốt 1
	// 01/03/2026: 1 held, attendance 800‰, Tốt 1
	// 10/01/2026 Tốt: 95/100, short on [2]
	// 10/02/2026 Tốt: 95/100, short on [2]
	// 10/03/2026 Tốt: 92/100, short on [2 3.2]
	// gap: March 2026: the cell committee (or secretary and deputy) did not meet before the meeting of 10/03/2026.
	// skipped: Member Chẩu Văn Minh (nv5) was absent without a reason from meetings in 3 months of 2026 (meetings of 10/01/2026, 10/02/2026, 10/03/2026): from 3 months in a year the cell considers proposing removal from the rolls (xoá tên); counting months cumulatively within the calendar year is the library's reading.
}

// A commune committee and two village cells over 2026: the committee held
// its monthly meetings but only the year-end plenary (rules/branch.md T19),
// and one cell skipped its April meeting.
func ExampleReviewCommittee() {
	commune := &branch.Organisation{ID: "tho-binh", Name: "Đảng bộ xã Thổ Bình", Kind: branch.GrassRootsCommittee}
	navai := exampleCell()
	banphu := &branch.Organisation{ID: "ban-phu", Name: "Chi bộ thôn Bản Phú", Kind: branch.Cell, Parent: "tho-binh",
		Secretary: "bp1", Members: []member.Member{{ID: "bp1", Name: "Ma Thị Quản"}, {ID: "bp2", Name: "Lộc Văn Tư"}, {ID: "bp3", Name: "Ma Văn Hùng"}}}
	var ms []branch.Meeting
	for mo := time.January; mo <= time.December; mo++ {
		ms = append(ms, branch.Meeting{ID: fmt.Sprintf("tb-%02d", int(mo)), Org: commune.ID, Kind: branch.Committee,
			Date: chibo.DateOf(2026, mo, 1), Start: 8 * 60, End: 10 * 60})
		kind := branch.Regular
		if mo%3 == 0 {
			kind = branch.Combined
		}
		for _, cell := range []*branch.Organisation{navai, banphu} {
			if cell == banphu && mo == time.April {
				continue
			}
			ms = append(ms,
				branch.Meeting{ID: fmt.Sprintf("%s-cc-%02d", cell.ID, int(mo)), Org: cell.ID, Kind: branch.CellCommittee,
					Date: chibo.DateOf(2026, mo, 7), Start: 8 * 60, End: 9 * 60},
				exampleMeeting(cell, fmt.Sprintf("%s-%02d", cell.ID, int(mo)), kind, chibo.DateOf(2026, mo, 10)))
		}
	}
	ms = append(ms, branch.Meeting{ID: "tb-plenary", Org: commune.ID, Kind: branch.Plenary,
		Date: chibo.DateOf(2026, time.December, 20), Start: 8 * 60, End: 11 * 60})

	cr := evaluation.ReviewCommittee(commune, []*branch.Organisation{navai, banphu}, ms,
		chibo.DateOf(2026, time.January, 1), chibo.DateOf(2026, time.December, 31), nil, branch.ScheduleRules{})
	for _, c := range cr.Cells {
		fmt.Printf("%s: %d meetings, Tốt %d\n", c.Name, len(c.Assessments), c.Levels[evaluation.Good])
	}
	for _, a := range cr.Attention {
		for _, r := range a.Reasons {
			fmt.Printf("%s — %s [%s]\n", a.Name, r.VI, r.Source.Document)
		}
	}
	// Output:
	// Chi bộ thôn Nà Vài: 12 meetings, Tốt 12
	// Chi bộ thôn Bản Phú: 11 meetings, Tốt 11
	// Đảng bộ xã Thổ Bình — Thiếu buổi họp: Năm 2026: đảng bộ cơ sở chỉ hội nghị 1 lần; cần 2 lần (sơ kết 6 tháng và tổng kết năm). [24-QĐ/TW]
	// Chi bộ thôn Bản Phú — Thiếu buổi họp: tháng 4/2026: Chi bộ thôn Bản Phú không sinh hoạt thường kỳ (chi bộ họp thường lệ mỗi tháng một lần). [Điều lệ Đảng 2011]
}
