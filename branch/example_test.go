package branch_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/member"
)

// hm parses a time of day.
func hm(s string) branch.Clock {
	c, err := branch.ParseClock(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Two official members and one probationary member cannot form a party
// organisation (rules/branch.md T1).
func ExampleCanForm() {
	ok, r := branch.CanForm(2)
	fmt.Println(ok, r.Rule)
	fmt.Println(r.Source)
	// Output:
	// false branch.form.min-official
	// Điều lệ Đảng 2011 (19/01/2011), Điều 21 khoản 2, 3 [verified]
}

// From 9 official members a cell elects a cell committee (T2, T3).
func ExampleLeadershipFor() {
	for _, official := range []int{8, 9} {
		l := branch.LeadershipFor(official)
		fmt.Println(official, l.CellCommittee, l.MaxCommittee, l.MaxDeputies)
	}
	fmt.Println(branch.LeadershipFor(8).Reason.EN)
	// Output:
	// 8 false 0 1
	// 9 true 7 1
	// The cell has 8 official members (fewer than 9): it elects a secretary and, if needed, one deputy; no cell committee.
}

// Thirty members make a đảng bộ cơ sở (T5).
func ExampleGrassRootsFor() {
	for _, members := range []int{29, 30} {
		k, _ := branch.GrassRootsFor(members)
		fmt.Println(members, k, "—", k.VI())
	}
	// Output:
	// 29 grass-roots-cell — chi bộ cơ sở
	// 30 grass-roots-committee — đảng bộ cơ sở
}

// A commune committee of 8 elects no standing committee (T7).
func ExampleNeedsStanding() {
	need, r := branch.NeedsStanding(8)
	fmt.Println(need)
	fmt.Println(r.EN)
	// Output:
	// false
	// The grass-roots committee has 8 members (fewer than 9): no standing committee; only the secretary and deputy are elected.
}

// A cell under a committee holds its congress twice in 5 years, movable by
// 6 months; a cell in the 2025 pilot, once (T8).
func ExampleOrganisation_NextCongress() {
	cell := branch.Organisation{ID: "cb-navai", Kind: branch.Cell, LastCongress: chibo.DateOf(2025, time.October, 15)}
	c, _ := cell.NextCongress()
	fmt.Println(c.Due, c.Earliest, c.Latest)

	cell.OncePerTerm = true
	c, _ = cell.NextCongress()
	fmt.Println(c.Due, c.Reason.Source.Document)
	// Output:
	// 2028-04-15 2027-10-15 2028-10-15
	// 2030-10-15 294-QĐ/TW
}

// A cell of 15 official members with a cell committee of 9 and a
// probationary secretary breaks two rules (T4, T21).
func ExampleOrganisation_Check() {
	var members []member.Member
	for i := 1; i <= 15; i++ {
		members = append(members, member.Member{ID: fmt.Sprintf("m%d", i), Name: "Đảng viên",
			DecisionDate: chibo.DateOf(2000, time.September, 2), OfficialDate: chibo.DateOf(2001, time.September, 2)})
	}
	members = append(members, member.Member{ID: "p1", Name: "Dự bị", DecisionDate: chibo.DateOf(2025, time.March, 1)})
	cell := branch.Organisation{ID: "cb-banphu", Kind: branch.Cell, Secretary: "p1",
		Committee: []string{"m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"}, Members: members}

	for _, r := range cell.Check(chibo.DateOf(2025, time.December, 1)) {
		fmt.Println(r.Rule+":", r.EN)
	}
	// Output:
	// branch.leadership.committee-max: The cell committee has 9 members, more than 7.
	// branch.leadership.official-only: p1 holds a leadership post but is not an official member of the organisation on 01/12/2025 (probationary members cannot stand for or vote in elections).
}

// Twenty official members, one on temporary transfer, one exempt and
// absent: the vote base is 18 (T9).
func ExampleVoteBase() {
	base, r := branch.VoteBase(branch.BaseCounts{Official: 20, TemporaryTransfer: 1, ExemptAbsent: 1})
	fmt.Println(base)
	fmt.Println(r.VI)
	// Output:
	// 18
	// Số thành viên = 20 đảng viên chính thức được triệu tập − 1 sinh hoạt tạm thời − 1 miễn sinh hoạt vắng mặt − 0 bị đình chỉ, khởi tố, tạm giam − 0 vắng mặt suốt buổi có lý do được đồng ý = 18.
}

// More than half of the base, not of those present (T9).
func ExampleMajority() {
	fmt.Println(branch.Majority(10, 18), branch.Majority(9, 18), branch.Majority(10, 19))
	fmt.Println(branch.MajorityReason(9, 18).EN)
	// Output:
	// true false true
	// 9 in favour of a base of 18 (more than half, at least 10, is needed): fails.
}

// Admission needs at least two thirds of the official members (T10).
func ExampleTwoThirds() {
	fmt.Println(branch.TwoThirds(13, 20), branch.TwoThirds(14, 20), branch.TwoThirds(12, 18))
	fmt.Println(branch.TwoThirdsReason(13, 20).EN)
	// Output:
	// false true true
	// 13 in favour of 20 official members (at least two thirds, 14, is needed): fails.
}

// The quorum is a parameter: the usual two thirds is unverified.
func ExampleQuorate() {
	ok, r := branch.Quorate(13, 21, branch.DefaultQuorum())
	fmt.Println(ok, r.Source.Confidence)
	fmt.Println(r.EN)
	ok, _ = branch.Quorate(11, 21, branch.Fraction{Num: 1, Den: 2})
	fmt.Println(ok)
	// Output:
	// false unverified
	// 13 present of 21 summoned (at least 2/3 needed): not quorate.
	// true
}

// Three votes that reach two thirds neither way send the recognition up
// (T12); two thirds for at the first vote settle it (T11).
func ExampleRecognition() {
	outcome, r := branch.Recognition([]branch.Ballot{
		{For: 13, Against: 7, Base: 20},
		{For: 12, Against: 8, Base: 20},
		{For: 10, Against: 10, Base: 20},
	})
	fmt.Println(outcome)
	fmt.Println(r.EN)
	outcome, _ = branch.Recognition([]branch.Ballot{{For: 14, Against: 6, Base: 20}})
	fmt.Println(outcome)
	// Output:
	// referred
	// 3 votes reached two thirds neither for nor against: the matter goes to the directly superior committee and the competent committee.
	// recognised
}

// A cell's first quarter of 2026: in February the cell committee met after
// the meeting, which was short; in March the combined meeting lasted less
// than the 120 minutes of HD 42.
func ExampleCompliance() {
	cell := &branch.Organisation{ID: "cb-navai", Name: "Chi bộ thôn Nà Vài", Kind: branch.Cell, Secretary: "m1", Deputies: []string{"m2"}}
	d := func(month time.Month, day int) chibo.Date { return chibo.DateOf(2026, month, day) }
	meetings := []branch.Meeting{
		{ID: "cu-01", Org: "cb-navai", Kind: branch.CellCommittee, Date: d(time.January, 3), Start: hm("19:30"), End: hm("20:15")},
		{ID: "r-01", Org: "cb-navai", Kind: branch.Regular, Date: d(time.January, 5), Start: hm("19:30"), End: hm("21:00")},
		{ID: "r-02", Org: "cb-navai", Kind: branch.Regular, Date: d(time.February, 6), Start: hm("19:30"), End: hm("20:55")},
		{ID: "cu-02", Org: "cb-navai", Kind: branch.CellCommittee, Date: d(time.February, 10), Start: hm("19:30"), End: hm("20:15")},
		{ID: "cu-03", Org: "cb-navai", Kind: branch.CellCommittee, Date: d(time.March, 2), Start: hm("19:30"), End: hm("20:15")},
		{ID: "x-03", Org: "cb-navai", Kind: branch.Combined, Date: d(time.March, 4), Start: hm("19:30"), End: hm("21:10")},
	}
	for _, f := range branch.Compliance(cell, meetings, d(time.January, 1), d(time.March, 31), branch.ScheduleRules{}) {
		fmt.Println(f.Month, f.Meeting, f.Rule)
		fmt.Println("  ", f.EN)
	}
	// Output:
	// 2026-02-01 r-02 branch.schedule.cell-committee-first
	//    February 2026: the cell committee (or secretary and deputy) did not meet before the meeting of 06/02/2026.
	// 2026-02-01 r-02 branch.schedule.duration
	//    The regular meeting of 06/02/2026 lasted 85 minutes, less than 90.
	// 2026-03-01 x-03 branch.schedule.duration
	//    The combined meeting of 04/03/2026 lasted 100 minutes, less than 120.
}

// Validate reports every inconsistency of a meeting record.
func ExampleMeeting_Validate() {
	org := &branch.Organisation{ID: "cb-navai", Kind: branch.Cell, Members: []member.Member{{ID: "m1"}, {ID: "m2"}, {ID: "m3"}}}
	m := branch.Meeting{ID: "2026-01", Org: "cb-navai", Kind: branch.Regular, Date: chibo.DateOf(2026, time.January, 5),
		Start: hm("19:30"), End: hm("19:00"), ResultsPercent: -1,
		Summoned: []string{"m1", "m2", "m3"}, Present: []string{"m1", "m2"}, AbsentExcused: []string{"m2"}}
	err := m.Validate(org)
	fmt.Println(err)
	fmt.Println(errors.Is(err, branch.ErrAttendance))
	var me *branch.MeetingError
	if errors.As(err, &me) {
		fmt.Println(me.Field, me.Value)
	}
	// Output:
	// meeting "2026-01": end=19:00: end not after start: the meeting must end after it starts at 19:30
	// meeting "2026-01": absent_excused=m2: inconsistent attendance: also listed in present
	// meeting "2026-01": summoned=m3: inconsistent attendance: summoned but listed neither present, absent nor exempt
	// true
	// end 19:00
}

// ReadFile reports every problem of a meeting file with its line, the
// record and the value, and keeps every record.
func ExampleReadFile() {
	const file = `{
  "organisation": {"id": "cb-navai", "name": "Chi bộ thôn Nà Vài", "kind": "cell", "members": [
    {"id": "m1", "name": "Hoàng Văn Páo", "decision_date": "1985-09-02", "official_date": "1986-09-02"},
    {"id": "m2", "name": "Nông Thị Mai", "decision_date": "02/09/1990", "official_date": "02/09/1991"}
  ]},
  "meetings": [
    {"id": "2026-01", "org": "cb-navai", "kind": "regular", "date": "2026-01-05", "start": "19:30", "end": "21:00",
     "summoned": ["m1", "m2"], "present": ["m1"], "absent_excused": ["m2"], "remark": "tốt"},
    {"id": "2026-02", "org": "cb-navai", "kind": "regular", "date": "2026-02-30", "start": "19:30", "end": "21:00"},
    {"id": "2026-03", "org": "cb-navai", "kind": "regular", "date": "2026-03-05", "start": "19:30", "end": "18:00",
     "summoned": ["m1", "m2"], "present": ["m1", "m2"]}
  ],
  "from": "2026-01-01", "to": "2026-03-31"
}`
	f, errs := branch.ReadFile(strings.NewReader(file))
	fmt.Println(len(f.Meetings), "meetings read,", len(errs), "problems")
	for _, err := range errs {
		fmt.Println(err)
	}
	fmt.Println(errors.Is(errs[0], branch.ErrUnknownField), errors.Is(errs[1], chibo.ErrDateRange), errors.Is(errs[2], branch.ErrMeetingOrder))
	// Output:
	// 3 meetings read, 3 problems
	// line 8, column 87: meeting "2026-01": meetings[0].remark: unknown field: not a key of a meeting; the keys are id, org, kind, date, start, end, summoned, present, absent_excused, absent_unexcused, exempt, agenda, all_steps, prepared_by_leader, draft_resolution, minutes_complete, superior_present, documents_posted, speakers, criticism, principles, results_percent, scores
	// line 9, column 69: meeting "2026-02": meetings[1].date="2026-02-30": invalid value: chibo: date out of range: "2026-02-30" (want YYYY-MM-DD or DD/MM/YYYY)
	// line 10, column 108: meetings[2].end: meeting "2026-03": end=18:00: end not after start: the meeting must end after it starts at 19:30
	// true true true
}

func ExampleCongressFormFor() {
	for _, n := range []int{180, 250} {
		f, r := branch.CongressFormFor(n)
		fmt.Println(n, f, "—", r.EN)
	}
	// Output:
	// 180 all-members — A đảng bộ cơ sở of 180 members (fewer than 200): a congress of all members, at most 2 days.
	// 250 delegates — A đảng bộ cơ sở of 250 members (200 or more): a delegates' congress, at most 2 days.
}

func ExampleMajorityReason() {
	fmt.Println(branch.MajorityReason(9, 18).EN)
	fmt.Println(branch.TwoThirdsReason(12, 18).EN)
	// Output:
	// 9 in favour of a base of 18 (more than half, at least 10, is needed): fails.
	// 12 in favour of 18 official members (at least two thirds, 12, is needed): passes.
}
