package branch

import (
	"fmt"
	"slices"
	"time"

	"github.com/chibo-go/chibo"
)

// Rule identifiers of the schedule findings.
const (
	RuleMonthly        = "branch.schedule.monthly"
	RuleCommitteeFirst = "branch.schedule.cell-committee-first"
	RuleQuarterly      = "branch.schedule.thematic-quarterly"
	RulePlenary        = "branch.schedule.plenary-twice-yearly"
	RuleCommittee      = "branch.schedule.committee"
	RuleDuration       = "branch.schedule.duration"
)

// Durations of a cell meeting.
const (
	// MinMinutes is the shortest regular cell meeting (HD 12-HD/BTCTW 2018;
	// HD 42-HD/BTCTW 2025).
	MinMinutes = 90
	// MinCombinedMinutes is the shortest regular meeting held together with
	// a thematic one (HD 42-HD/BTCTW 2025).
	MinCombinedMinutes = 120
	// PlenariesPerYear is the number of plenaries of a đảng bộ cơ sở a year:
	// at mid-year and at year-end (Quy định 24-QĐ/TW, điểm 20).
	PlenariesPerYear = 2
)

// hd42From is the day Hướng dẫn 42-HD/BTCTW was issued; from it a combined
// meeting must last 120 minutes.
var hd42From = chibo.DateOf(2025, time.October, 28)

// ScheduleRules are the parameters of schedule compliance that the rules
// leave to the organisation.
type ScheduleRules struct {
	// CommitteeEveryMonths is how often a grass-roots committee meets, in
	// months, as its working regulations set; 0 means monthly, the default
	// of the model regulations (Công văn 7619-CV/BTCTW 2024; frequencies
	// not seen, so the source is Unverified).
	CommitteeEveryMonths int
	// NoCellCommitteeMeeting waives the cell-committee meeting for a cell
	// whose only officer is the secretary.
	NoCellCommitteeMeeting bool
}

// Finding is one gap in an organisation's meetings: the month (or quarter,
// or year) concerned, the rule, and why.
type Finding struct {
	// Month is the first day of the month, quarter or year concerned.
	Month chibo.Date `json:"month"`
	// Meeting is the ID of the meeting concerned, when one is.
	Meeting string `json:"meeting,omitempty"`
	chibo.Reason
}

// Compliance checks the organisation's meetings from from to to (both
// inclusive; whole months are checked, the month of from through the month
// of to; a quarter is judged when it lies wholly in those months, a year
// when it lies wholly between from and to) against the schedule rules and returns every gap, in date order:
//
//   - a cell (chi bộ): a regular (or combined) meeting every month (Điều lệ
//     Đảng 2011, Điều 24 khoản 2); the cell committee — or the secretary
//     and deputy — meeting before it in the same month; a thematic (or
//     combined) meeting every quarter; each regular meeting at least 90
//     minutes, a combined one at least 120 from 28/10/2025 (HD 42);
//   - a đảng bộ cơ sở: its committee meeting every CommitteeEveryMonths
//     months (default monthly) and two plenaries in each calendar year
//     wholly inside the period.
//
// Meetings of other organisations and outside the period are ignored.
func Compliance(org *Organisation, meetings []Meeting, from, to chibo.Date, rules ScheduleRules) []Finding {
	if org == nil || from.IsZero() || to.IsZero() || to.Before(from) {
		return nil
	}
	first := chibo.DateOf(from.Year(), from.Month(), 1)
	var out []Finding
	for month := first; !month.IsZero() && !month.After(to); month = month.AddMonths(1) {
		next := month.AddMonths(1)
		var inMonth []*Meeting
		for i := range meetings {
			m := &meetings[i]
			if m.Org == org.ID && !m.Date.Before(month) && m.Date.Before(next) {
				inMonth = append(inMonth, m)
			}
		}
		if org.Kind.IsCell() {
			out = append(out, cellMonth(org, month, inMonth, rules)...)
			if month.Month()%3 == 0 {
				out = append(out, cellQuarter(org, month, meetings, first)...)
			}
		}
		if org.Kind == GrassRootsCommittee || org.Kind == SubCommittee {
			out = append(out, committeeMonth(org, month, meetings, rules, first)...)
		}
	}
	if org.Kind == GrassRootsCommittee {
		out = append(out, plenaries(org, meetings, from, to)...)
	}
	// A quarter's or a year's finding is made at its end but dated to its
	// first day: sort, keeping the order of findings of the same date.
	slices.SortStableFunc(out, func(a, b Finding) int { return a.Month.Compare(b.Month) })
	return out
}

func monthVI(d chibo.Date) string { return fmt.Sprintf("tháng %d/%d", int(d.Month()), d.Year()) }
func monthEN(d chibo.Date) string { return d.Month().String() + " " + fmt.Sprint(d.Year()) }

func cellMonth(org *Organisation, month chibo.Date, ms []*Meeting, rules ScheduleRules) []Finding {
	var out []Finding
	var regular *Meeting
	var committee *Meeting
	for _, m := range ms {
		switch m.Kind {
		case Regular, Combined:
			if regular == nil || m.Date.Before(regular.Date) {
				regular = m
			}
		case CellCommittee:
			if committee == nil || m.Date.Before(committee.Date) {
				committee = m
			}
		}
	}
	if regular == nil {
		return append(out, Finding{Month: month, Reason: reason(RuleMonthly, srcCharter24,
			fmt.Sprintf("%s: %s không sinh hoạt thường kỳ (chi bộ họp thường lệ mỗi tháng một lần).", monthVI(month), org.Name),
			fmt.Sprintf("%s: %s held no regular meeting (a cell meets once a month).", monthEN(month), org.Name))})
	}
	if !(rules.NoCellCommitteeMeeting && org.SingleOfficer()) && (committee == nil || committee.Date.After(regular.Date)) {
		out = append(out, Finding{Month: month, Meeting: regular.ID, Reason: reason(RuleCommitteeFirst, srcHD42,
			fmt.Sprintf("%s: chi uỷ (hoặc bí thư, phó bí thư) không họp trước buổi sinh hoạt ngày %s.", monthVI(month), regular.Date.VN()),
			fmt.Sprintf("%s: the cell committee (or secretary and deputy) did not meet before the meeting of %s.", monthEN(month), regular.Date.VN()))})
	}
	for _, m := range ms {
		if !m.Kind.IsCellMeeting() {
			continue
		}
		need, src := MinMinutes, srcHD12of2018
		if m.Kind == Combined && !m.Date.Before(hd42From) {
			need, src = MinCombinedMinutes, srcHD42
		}
		if got := m.Minutes(); got < need {
			out = append(out, Finding{Month: month, Meeting: m.ID, Reason: reason(RuleDuration, src,
				fmt.Sprintf("Buổi %s ngày %s kéo dài %d phút, dưới %d phút.", m.Kind.VI(), m.Date.VN(), got, need),
				fmt.Sprintf("The %s meeting of %s lasted %d minutes, less than %d.", m.Kind, m.Date.VN(), got, need))})
		}
	}
	return out
}

// cellQuarter checks the quarter ending with month for a thematic meeting;
// a quarter that began before the period (first) is not judged.
func cellQuarter(org *Organisation, month chibo.Date, meetings []Meeting, first chibo.Date) []Finding {
	qStart := month.AddMonths(-2)
	qEnd := month.AddMonths(1)
	if qStart.Before(first) {
		return nil
	}
	for i := range meetings {
		m := &meetings[i]
		if m.Org == org.ID && (m.Kind == Thematic || m.Kind == Combined) && !m.Date.Before(qStart) && m.Date.Before(qEnd) {
			return nil
		}
	}
	q := (int(qStart.Month())-1)/3 + 1
	return []Finding{{Month: qStart, Reason: reason(RuleQuarterly, srcThematic,
		fmt.Sprintf("Quý %d/%d: %s không sinh hoạt chuyên đề (ít nhất mỗi quý một lần).", q, qStart.Year(), org.Name),
		fmt.Sprintf("Quarter %d of %d: %s held no thematic meeting (at least one a quarter).", q, qStart.Year(), org.Name))}}
}

func committeeMonth(org *Organisation, month chibo.Date, meetings []Meeting, rules ScheduleRules, first chibo.Date) []Finding {
	every := max(1, rules.CommitteeEveryMonths)
	months := (month.Year()-first.Year())*12 + int(month.Month()-first.Month())
	if (months+1)%every != 0 {
		return nil
	}
	windowStart := month.AddMonths(1 - every)
	windowEnd := month.AddMonths(1)
	for i := range meetings {
		m := &meetings[i]
		if m.Org == org.ID && m.Kind == Committee && !m.Date.Before(windowStart) && m.Date.Before(windowEnd) {
			return nil
		}
	}
	freqVI, freqEN := fmt.Sprintf("%d tháng một lần", every), fmt.Sprintf("once every %d months", every)
	if every == 1 {
		freqVI, freqEN = "mỗi tháng một lần", "once a month"
	}
	return []Finding{{Month: month, Reason: reason(RuleCommittee, srcCommitteeFrequency,
		fmt.Sprintf("%s: đảng uỷ không họp (quy chế làm việc: %s).", monthVI(month), freqVI),
		fmt.Sprintf("%s: the committee did not meet (working regulations: %s).", monthEN(month), freqEN))}}
}

func plenaries(org *Organisation, meetings []Meeting, from, to chibo.Date) []Finding {
	var out []Finding
	for y := from.Year(); y <= to.Year(); y++ {
		jan1, dec31 := chibo.DateOf(y, time.January, 1), chibo.DateOf(y, time.December, 31)
		if jan1.Before(from) || dec31.After(to) {
			continue // only whole years are judged
		}
		n := 0
		for i := range meetings {
			m := &meetings[i]
			if m.Org == org.ID && m.Kind == Plenary && m.Date.Year() == y {
				n++
			}
		}
		if n < PlenariesPerYear {
			out = append(out, Finding{Month: jan1, Reason: reason(RulePlenary, srcQD24Plenary,
				fmt.Sprintf("Năm %d: đảng bộ cơ sở chỉ hội nghị %d lần; cần %d lần (sơ kết 6 tháng và tổng kết năm).", y, n, PlenariesPerYear),
				fmt.Sprintf("%d: the đảng bộ cơ sở held %d plenaries; %d are required (mid-year and year-end).", y, n, PlenariesPerYear))})
		}
	}
	return out
}
