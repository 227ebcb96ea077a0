package evaluation

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
)

// Rule identifiers of the review's reasons.
const (
	// RuleAbsentOften: a member absent with a reason more than 3
	// consecutive times in a calendar year (HD 12-HD/BTCTW 2018).
	RuleAbsentOften = "evaluation.review.absent-often"
	// RuleSkipped: a member absent without a reason from meetings in 3 or
	// more months of a calendar year, the ground for removal (xoá tên).
	RuleSkipped = "evaluation.review.skipped"
	// RuleAttention: why an organisation needs attention.
	RuleAttention = "evaluation.review.attention"
)

// SkippedMonths is the number of months in a year with unexcused absences
// from which the cell considers proposing a member's removal from the
// rolls (xoá tên): Quy định 29-QĐ/TW điểm 8.1, Quy định 24-QĐ/TW điểm 8,
// "bỏ sinh hoạt đảng … 3 tháng trong năm không có lý do chính đáng".
const SkippedMonths = 3

// Errors of the review, besides the *branch.MeetingError of a rejected
// record.
var (
	// ErrNoOrganisation: the organisation to review is nil.
	ErrNoOrganisation = errors.New("evaluation: no organisation")
	// ErrPeriod: the period has a zero end or ends before it begins.
	ErrPeriod = errors.New("evaluation: invalid period")
)

// LevelCounts counts meetings by level; index it with a Level
// (c[evaluation.Good]). In JSON it is an object keyed by the levels' names,
// without the zero counts: {"tot":3,"kha":1}.
type LevelCounts [NotMet + 1]int

// Total returns the number of meetings counted.
func (c LevelCounts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// MarshalJSON writes the non-zero counts as an object keyed by level name.
func (c LevelCounts) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for l, v := range c {
		if v == 0 {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, levelNames[l]...)
		b = append(b, '"', ':')
		b = fmt.Append(b, v)
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads the object MarshalJSON writes.
func (c *LevelCounts) UnmarshalJSON(b []byte) error {
	var m map[string]int
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	var out LevelCounts
	for k, v := range m {
		var l Level
		if err := l.UnmarshalText([]byte(k)); err != nil {
			return err
		}
		out[l] = v
	}
	*c = out
	return nil
}

// MonthRow is one month of a review: the meetings held, their levels and
// the attendance — the trend a report shows month by month.
type MonthRow struct {
	// Month is the first day of the month.
	Month chibo.Date `json:"month"`
	// Held is the number of cell meetings held (regular, thematic,
	// combined), each rated.
	Held int `json:"held"`
	// Other is the number of other meetings held: cell-committee, committee
	// and plenary.
	Other int `json:"other"`
	// Levels counts the cell meetings by level.
	Levels LevelCounts `json:"levels"`
	// Present and Counted add up the members present and counted (summoned
	// less exempt) over the month's cell meetings.
	Present int `json:"present"`
	Counted int `json:"counted"`
	// AttendancePermille is Present per thousand Counted, rounded down;
	// HasAttendance is false when nobody was counted.
	AttendancePermille int  `json:"attendance_permille"`
	HasAttendance      bool `json:"has_attendance"`
}

// Absence is a member whose absences the review reports.
type Absence struct {
	MemberID string `json:"member_id"`
	Name     string `json:"name,omitempty"` // from the organisation's roster
	// Year is the calendar year counted.
	Year int `json:"year"`
	// Count is what the rule counts: consecutive meetings (AbsentTooOften)
	// or distinct months (Skipped).
	Count int `json:"count"`
	// Meetings are the dates of the meetings counted.
	Meetings []chibo.Date `json:"meetings"`
	// Months are the first days of the months they fell in.
	Months []chibo.Date `json:"months"`
	// Reason explains it, with its rule and source.
	Reason chibo.Reason `json:"reason"`
}

// Review is one organisation's meetings over a period.
type Review struct {
	// Org and Name identify the organisation.
	Org  string `json:"org"`
	Name string `json:"name"`
	// From and To are the period, both inclusive.
	From chibo.Date `json:"from"`
	To   chibo.Date `json:"to"`
	// Assessments rate every cell meeting held in the period, in date order.
	Assessments []Assessment `json:"assessments"`
	// Levels counts them by level.
	Levels LevelCounts `json:"levels"`
	// Months has one row per month of the period, the month of From through
	// the month of To.
	Months []MonthRow `json:"months"`
	// Present and Counted add up attendance over the period's cell
	// meetings; AttendancePermille is their ratio per thousand, rounded
	// down; HasAttendance is false when nobody was counted.
	Present            int  `json:"present"`
	Counted            int  `json:"counted"`
	AttendancePermille int  `json:"attendance_permille"`
	HasAttendance      bool `json:"has_attendance"`
	// Gaps are the schedule findings of branch.Compliance for the period:
	// missed months, no thematic meeting in a quarter, no cell-committee
	// meeting first, short meetings, missed committee meetings and
	// plenaries.
	Gaps []branch.Finding `json:"gaps"`
	// AbsentTooOften are members absent with a reason more than 3
	// consecutive times in a calendar year (HD 12-HD/BTCTW 2018), one entry
	// per run of absences, reported when the run's last meeting is in the
	// period.
	AbsentTooOften []Absence `json:"absent_too_often"`
	// Skipped are members absent without a reason from cell meetings in 3
	// or more distinct months of one calendar year (the removal ground of
	// Quy định 29-QĐ/TW điểm 8.1, 24-QĐ/TW điểm 8; cumulative within the
	// calendar year is the library's reading), reported when the last such
	// month is in the period.
	Skipped []Absence `json:"skipped"`
	// Rejected are the records that fail branch.Meeting.Validate (each a
	// joined error of *branch.MeetingError) or repeat an ID: reported, not
	// rated and not used as context. It also holds ErrNoOrganisation or
	// ErrPeriod when the review could not run. It is not written to JSON
	// (errors are not data); report it with Error().
	Rejected []error `json:"-"`
}

// ReviewOrganisation reviews the meetings of org from from to to (both
// inclusive): it rates every cell meeting held in the period by scheme (nil:
// the scheme in force on each meeting's date, SchemeOn), counts the levels
// and the attendance month by month, checks the schedule
// (branch.Compliance with rules), and lists the members absent with a
// reason too often in a row and those who skipped meetings in 3 months of a
// year.
//
// From meetings, only org's are read (Meeting.Org == org.ID), and of those
// only the ones dated from 1 January of from's year to to, or with no date:
// the months before from give the context of the rules counted in a
// calendar year (runs of excused absences, months skipped) and the
// cell-committee meeting before a meeting. Each of these records is
// validated against org (against no roster when org lists no members, so
// that a committee without a roster is not rejected wholesale); a record
// that fails, or repeats an ID already read, goes to Rejected and is used
// for nothing else — a month whose only meeting is rejected shows as missed
// in Gaps.
func ReviewOrganisation(org *branch.Organisation, meetings []branch.Meeting, from, to chibo.Date, scheme *Scheme, rules branch.ScheduleRules) Review {
	r := Review{From: from, To: to}
	if org == nil {
		r.Rejected = append(r.Rejected, ErrNoOrganisation)
		return r
	}
	r.Org, r.Name = org.ID, org.Name
	if from.IsZero() || to.IsZero() || to.Before(from) {
		r.Rejected = append(r.Rejected, fmt.Errorf("%w: from %q to %q", ErrPeriod, from.VN(), to.VN()))
		return r
	}
	valid := accept(org, meetings, from, to, &r.Rejected)

	first := chibo.DateOf(from.Year(), from.Month(), 1)
	r.Months = make([]MonthRow, (to.Year()-from.Year())*12+int(to.Month()-from.Month())+1)
	for i := range r.Months {
		r.Months[i].Month = first.AddMonths(i)
	}
	ctx := Context{Org: org, Earlier: valid, Rules: rules}
	for i := range valid {
		m := &valid[i]
		if m.Date.Before(from) {
			continue
		}
		row := &r.Months[(m.Date.Year()-first.Year())*12+int(m.Date.Month()-first.Month())]
		if !m.Kind.IsCellMeeting() {
			row.Other++
			continue
		}
		s := scheme
		if s == nil {
			s = schemeOn(m.Date)
		}
		a := s.Assess(m, &ctx)
		r.Assessments = append(r.Assessments, a)
		r.Levels[a.Level]++
		row.Held++
		row.Levels[a.Level]++
		p, n := present(m)
		row.Present += p
		row.Counted += n
	}
	for i := range r.Months {
		row := &r.Months[i]
		row.AttendancePermille, row.HasAttendance = permille(row.Present, row.Counted)
		r.Present += row.Present
		r.Counted += row.Counted
	}
	r.AttendancePermille, r.HasAttendance = permille(r.Present, r.Counted)
	r.Gaps = branch.Compliance(org, valid, from, to, rules)

	limit := schemeOrOn(scheme, to).MaxConsecutiveExcused
	r.AbsentTooOften = absentOften(org, valid, from, limit)
	r.Skipped = skipped(org, valid, from)
	return r
}

func schemeOrOn(s *Scheme, d chibo.Date) *Scheme {
	if s != nil {
		return s
	}
	return schemeOn(d)
}

func permille(n, d int) (int, bool) {
	if d <= 0 {
		return 0, false
	}
	return min(1000, n*1000/d), true
}

// inWindow reports whether a meeting dated d is read by a review of
// from…to: from 1 January of from's year through to, or undated (to be
// rejected).
func inWindow(d, from, to chibo.Date) bool {
	if d.IsZero() {
		return true
	}
	return d.Year() >= from.Year() && !d.After(to)
}

// accept returns org's valid meetings in the review window, sorted, and
// appends the invalid ones to rejected.
func accept(org *branch.Organisation, meetings []branch.Meeting, from, to chibo.Date, rejected *[]error) []branch.Meeting {
	roster := org
	if len(org.Members) == 0 {
		roster = nil
	}
	seen := make(map[string]bool)
	var valid []branch.Meeting
	for i := range meetings {
		m := &meetings[i]
		if m.Org != org.ID || !inWindow(m.Date, from, to) {
			continue
		}
		if err := m.Validate(roster); err != nil {
			*rejected = append(*rejected, err)
			continue
		}
		if seen[m.ID] {
			*rejected = append(*rejected, &branch.MeetingError{ID: m.ID, Field: "id", Value: m.ID, Err: branch.ErrMeetingValue,
				Detail: "another record of " + org.ID + " has the same id"})
			continue
		}
		seen[m.ID] = true
		valid = append(valid, *m)
	}
	slices.SortStableFunc(valid, func(a, b branch.Meeting) int {
		switch {
		case before(&a, &b):
			return -1
		case before(&b, &a):
			return 1
		}
		return 0
	})
	return valid
}

func monthOf(d chibo.Date) chibo.Date { return chibo.DateOf(d.Year(), d.Month(), 1) }

func memberName(org *branch.Organisation, id string) string {
	if m := org.Member(id); m != nil {
		return m.Name
	}
	return ""
}

func who(org *branch.Organisation, id string) string {
	if n := memberName(org, id); n != "" {
		return n + " (" + id + ")"
	}
	return id
}

func datesVN(ds []chibo.Date) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = d.VN()
	}
	return strings.Join(parts, ", ")
}

func months(ds []chibo.Date) []chibo.Date {
	var out []chibo.Date
	for _, d := range ds {
		if m := monthOf(d); len(out) == 0 || out[len(out)-1] != m {
			out = append(out, m)
		}
	}
	return out
}

var srcAbsentOften = sec(srcHD12, "tiêu chí 1: không có đảng viên vắng mặt có lý do quá 03 lần liên tiếp trong năm")

// absentOften finds the runs of more than limit consecutive excused
// absences within a calendar year, counted as excusedRun does, whose last
// meeting is on or after from.
func absentOften(org *branch.Organisation, ms []branch.Meeting, from chibo.Date, limit int) []Absence {
	type run struct {
		year  int
		dates []chibo.Date
	}
	runs := make(map[string]*run)
	var out []Absence
	flush := func(id string) {
		r := runs[id]
		delete(runs, id)
		if r == nil || len(r.dates) <= limit || r.dates[len(r.dates)-1].Before(from) {
			return
		}
		out = append(out, Absence{
			MemberID: id, Name: memberName(org, id), Year: r.year, Count: len(r.dates), Meetings: r.dates, Months: months(r.dates),
			Reason: chibo.Reason{Rule: RuleAbsentOften, Source: srcAbsentOften,
				VI: fmt.Sprintf("Đảng viên %s vắng mặt có lý do %d lần liên tiếp trong năm %d (các buổi %s), quá %d lần liên tiếp.", who(org, id), len(r.dates), r.year, datesVN(r.dates), limit),
				EN: fmt.Sprintf("Member %s was absent with a reason %d consecutive times in %d (meetings of %s), more than %d in a row.", who(org, id), len(r.dates), r.year, datesVN(r.dates), limit)},
		})
	}
	for i := range ms {
		m := &ms[i]
		if !m.Kind.IsCellMeeting() {
			continue
		}
		y := m.Date.Year()
		for _, id := range m.AbsentExcused {
			r := runs[id]
			if r != nil && r.year != y {
				flush(id)
				r = nil
			}
			if r == nil {
				r = &run{year: y}
				runs[id] = r
			}
			r.dates = append(r.dates, m.Date)
		}
		for _, id := range m.Present {
			flush(id)
		}
		for _, id := range m.AbsentUnexcused {
			flush(id)
		}
	}
	ids := make([]string, 0, len(runs))
	for id := range runs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		flush(id)
	}
	slices.SortStableFunc(out, func(a, b Absence) int {
		return cmp.Or(a.Meetings[0].Compare(b.Meetings[0]), strings.Compare(a.MemberID, b.MemberID))
	})
	return out
}

// skipped finds the members absent without a reason from cell meetings in
// SkippedMonths or more distinct months of a calendar year, the last of
// them on or after from's month.
func skipped(org *branch.Organisation, ms []branch.Meeting, from chibo.Date) []Absence {
	type key struct {
		id   string
		year int
	}
	dates := make(map[key][]chibo.Date)
	var keys []key
	for i := range ms {
		m := &ms[i]
		if !m.Kind.IsCellMeeting() {
			continue
		}
		for _, id := range m.AbsentUnexcused {
			k := key{id, m.Date.Year()}
			if _, ok := dates[k]; !ok {
				keys = append(keys, k)
			}
			dates[k] = append(dates[k], m.Date)
		}
	}
	var out []Absence
	for _, k := range keys {
		ds := dates[k]
		mo := months(ds)
		if len(mo) < SkippedMonths || mo[len(mo)-1].Before(monthOf(from)) {
			continue
		}
		out = append(out, Absence{
			MemberID: k.id, Name: memberName(org, k.id), Year: k.year, Count: len(mo), Meetings: ds, Months: mo,
			Reason: chibo.Reason{Rule: RuleSkipped, Source: srcRemoval,
				VI: fmt.Sprintf("Đảng viên %s vắng mặt không lý do ở các buổi sinh hoạt của %d tháng trong năm %d (các buổi %s): từ %d tháng trong năm, chi bộ xem xét đề nghị xoá tên (cộng dồn trong năm dương lịch là cách hiểu của thư viện).", who(org, k.id), len(mo), k.year, datesVN(ds), SkippedMonths),
				EN: fmt.Sprintf("Member %s was absent without a reason from meetings in %d months of %d (meetings of %s): from %d months in a year the cell considers proposing removal from the rolls (xoá tên); counting months cumulatively within the calendar year is the library's reading.", who(org, k.id), len(mo), k.year, datesVN(ds), SkippedMonths)},
		})
	}
	slices.SortStableFunc(out, func(a, b Absence) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), a.Months[SkippedMonths-1].Compare(b.Months[SkippedMonths-1]), strings.Compare(a.MemberID, b.MemberID))
	})
	return out
}

// Attention is an organisation that needs attention, and why.
type Attention struct {
	Org     string         `json:"org"`
	Name    string         `json:"name"`
	Reasons []chibo.Reason `json:"reasons"`
}

// CommitteeReview is the review of a grass-roots committee (đảng bộ cơ
// sở) and its cells over a period.
type CommitteeReview struct {
	// Committee reviews the committee's own meetings and plenaries; its
	// Rejected also holds the meetings of no organisation under review, and
	// the nil or repeated cells.
	Committee Review `json:"committee"`
	// Cells review each cell, in the order given.
	Cells []Review `json:"cells"`
	// Attention lists the committee and the cells that need attention, in
	// that order, each with its reasons (rule RuleAttention).
	Attention []Attention `json:"attention"`
}

// ReviewCommittee reviews a committee and its cells over a period, each as
// ReviewOrganisation does, from one list of meetings. A meeting of the
// review window (see ReviewOrganisation) that belongs neither to the
// committee nor to one of the cells is rejected, so that nothing is dropped
// silently.
//
// An organisation needs attention when, in the period:
//
//   - a month passed without a regular meeting, or the committee missed its
//     own meetings or its two plenaries a year (the Gaps of rules
//     branch.RuleMonthly, branch.RuleCommittee, branch.RulePlenary);
//   - a meeting was rated Trung bình or Kém (NotMet under the 2018
//     framework);
//   - a member skipped meetings in 3 months of a year (Review.Skipped);
//   - attendance over the period's cell meetings was below the scheme's
//     threshold (scheme, or the scheme in force on to).
//
// Each reason cites the rule and source of the finding it rests on.
func ReviewCommittee(committee *branch.Organisation, cells []*branch.Organisation, meetings []branch.Meeting, from, to chibo.Date, scheme *Scheme, rules branch.ScheduleRules) CommitteeReview {
	var cr CommitteeReview
	cr.Committee = ReviewOrganisation(committee, meetings, from, to, scheme, rules)
	known := make(map[string]bool, len(cells)+1)
	if committee != nil {
		known[committee.ID] = true
	}
	for i, c := range cells {
		switch {
		case c == nil:
			cr.Committee.Rejected = append(cr.Committee.Rejected, fmt.Errorf("%w: cells[%d] is nil", ErrNoOrganisation, i))
			continue
		case known[c.ID]:
			cr.Committee.Rejected = append(cr.Committee.Rejected, fmt.Errorf("evaluation: cells[%d] repeats organisation %q; reviewed once", i, c.ID))
			continue
		}
		known[c.ID] = true
		cr.Cells = append(cr.Cells, ReviewOrganisation(c, meetings, from, to, scheme, rules))
	}
	if !from.IsZero() && !to.IsZero() && !to.Before(from) {
		for i := range meetings {
			m := &meetings[i]
			if !known[m.Org] && inWindow(m.Date, from, to) {
				cr.Committee.Rejected = append(cr.Committee.Rejected, &branch.MeetingError{ID: m.ID, Field: "org", Value: m.Org, Err: branch.ErrMeetingValue,
					Detail: "belongs neither to the committee nor to a cell under review"})
			}
		}
	}
	threshold := schemeOrOn(scheme, to).MinAttendance
	if a, ok := attention(&cr.Committee, threshold); ok {
		cr.Attention = append(cr.Attention, a)
	}
	for i := range cr.Cells {
		if a, ok := attention(&cr.Cells[i], threshold); ok {
			cr.Attention = append(cr.Attention, a)
		}
	}
	return cr
}

// attention collects why r's organisation needs attention.
func attention(r *Review, t Threshold) (Attention, bool) {
	a := Attention{Org: r.Org, Name: r.Name}
	add := func(src chibo.Source, vi, en string) {
		a.Reasons = append(a.Reasons, chibo.Reason{Rule: RuleAttention, Source: src, VI: vi, EN: en})
	}
	for _, g := range r.Gaps {
		switch g.Rule {
		case branch.RuleMonthly, branch.RuleCommittee, branch.RulePlenary:
			add(g.Source, "Thiếu buổi họp: "+g.VI, "Missed meeting: "+g.EN)
		}
	}
	// Meetings rated low, grouped by scheme so that each group cites its
	// scheme's levels.
	var schemes []string
	for _, as := range r.Assessments {
		if low(as.Level) && !slices.Contains(schemes, as.Scheme) {
			schemes = append(schemes, as.Scheme)
		}
	}
	for _, name := range schemes {
		var vi, en []string
		var src chibo.Source
		for _, as := range r.Assessments {
			if as.Scheme != name || !low(as.Level) {
				continue
			}
			if src.Document == "" && len(as.Reasons) > 0 {
				src = as.Reasons[len(as.Reasons)-1].Source
			}
			if as.Max > 0 {
				vi = append(vi, fmt.Sprintf("%s %s (%d/%d điểm)", as.Date.VN(), as.Level.VI(), as.Score, as.Max))
				en = append(en, fmt.Sprintf("%s %s (%d of %d points)", as.Date.VN(), as.Level.EN(), as.Score, as.Max))
			} else {
				vi = append(vi, fmt.Sprintf("%s %s (tiêu chí chưa đạt: %s)", as.Date.VN(), as.Level.VI(), strings.Join(as.Failed, ", ")))
				en = append(en, fmt.Sprintf("%s %s (criteria not met: %s)", as.Date.VN(), as.Level.EN(), strings.Join(as.Failed, ", ")))
			}
		}
		add(src,
			fmt.Sprintf("%d buổi sinh hoạt xếp loại thấp (bộ tiêu chí %s): %s.", len(vi), name, strings.Join(vi, "; ")),
			fmt.Sprintf("%d meeting(s) rated low (scheme %s): %s.", len(en), name, strings.Join(en, "; ")))
	}
	for _, s := range r.Skipped {
		add(s.Reason.Source, "Đảng viên bỏ sinh hoạt: "+s.Reason.VI, "Member skipping meetings: "+s.Reason.EN)
	}
	if len(r.Assessments) > 0 && r.HasAttendance && !t.Reached(r.Present, r.Counted) {
		tb := &text{}
		args := []arg{date(r.From), date(r.To), num(r.Present), num(r.Counted), percent(r.Present, r.Counted), threshold(&t)}
		add(t.Source,
			tb.vi("Tỷ lệ dự sinh hoạt bình quân từ %s đến %s là %d/%d (%s%%), dưới mức %s.", args...),
			tb.en("Attendance from %s to %s was %d of %d (%s%%) on average, below the %s required.", args...))
	}
	return a, len(a.Reasons) > 0
}

// low reports whether a level calls for attention.
func low(l Level) bool { return l == Average || l == Poor || l == NotMet }
