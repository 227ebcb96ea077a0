package main

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

func rules(rs []chibo.Reason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Rule)
	}
	return out
}

func TestApplications(t *testing.T) {
	l := mustReport(t).Lifecycle
	assert.Equal(t, "2021", l.Rules.Name, "Quy định 24-QĐ/TW is in force on 14/06/2024")
	require.Len(t, l.Applications, 2)

	ok := l.Applications[0]
	assert.Equal(t, "Hoàng Văn Khánh", ok.Applicant.Name)
	assert.True(t, ok.Check.Eligible, "%v", ok.Check.Unmet)
	assert.Empty(t, ok.Check.Unmet)
	for _, in := range ok.Applicant.Introducers {
		assert.True(t, in.Official, "%s is an official member of the roster", in.ID)
	}

	// Born 20/09/2006: 17 years 8 months on 14/06/2024, under 18 counted
	// by month; one introducer where two are needed (Điều lệ Đảng, Điều 4).
	no := l.Applications[1]
	assert.Equal(t, "Ma Thị Ngọc", no.Applicant.Name)
	assert.False(t, no.Check.Eligible)
	assert.Equal(t, []string{member.RuleAdmissionAge, member.RuleAdmissionIntroducers}, rules(no.Check.Unmet))
	assert.Contains(t, no.Check.Unmet[0].EN, "17 years 8 months")
	assert.Equal(t, []string{member.RuleAdmissionEducation}, rules(no.Check.Met))
}

func TestProbations(t *testing.T) {
	l := mustReport(t).Lifecycle
	cal := chibo.VietnamCivilService()
	var ids []string
	for _, p := range l.Probations {
		ids = append(ids, p.Member.ID)
		pr := p.Probation
		// 30 working days after the decision and after the end of probation
		// (Quy định 24-QĐ/TW điểm 4.1, 4.2); probation 12 months from the
		// ceremony (Điều lệ Đảng, Điều 5).
		assert.Equal(t, member.CeremonyWorkingDays, cal.WorkingDaysBetween(pr.Decision, pr.CeremonyDue), p.Member.ID)
		assert.Equal(t, member.RecognitionWorkingDays, cal.WorkingDaysBetween(pr.Ends, pr.RecognitionDue), p.Member.ID)
		assert.Equal(t, pr.Ceremony.AddMonths(12), pr.Ends, p.Member.ID)
		assert.False(t, pr.Ceremony.After(pr.CeremonyDue), "%s: ceremony on time", p.Member.ID)
		assert.Equal(t, cal.WorkingDaysBetween(pr.Decision, pr.Ceremony), p.CeremonyAfter, p.Member.ID)
	}
	assert.Equal(t, []string{"YT07", "NV11", "TH07", "QS07"}, ids, "the roster's probationary members, in roster order")

	// Ma Thị Hoa: probation ends on 28/12/2022; the 30 working days run
	// past the New Year's day off (02/01/2023) and Tết (20–26/01/2023),
	// to 16/02/2023: 50 calendar days.
	var hoa *ProbationRow
	for i := range l.Probations {
		if l.Probations[i].Member.ID == "TH07" {
			hoa = &l.Probations[i]
		}
	}
	require.NotNil(t, hoa)
	assert.Equal(t, chibo.DateOf(2022, time.December, 28), hoa.Probation.Ends)
	assert.Equal(t, chibo.DateOf(2023, time.February, 16), hoa.Probation.RecognitionDue)
	assert.Equal(t, 50, hoa.RecognitionSpan)
	var off []chibo.Date
	for _, h := range hoa.Holidays {
		off = append(off, h.Date)
	}
	assert.Contains(t, off, chibo.DateOf(2023, time.January, 2))
	assert.Contains(t, off, chibo.DateOf(2023, time.January, 23), "Tết Quý Mão")
	assert.Len(t, holidayRuns(hoa.Holidays), 2, "New Year, then Tết")
}

func TestScreening(t *testing.T) {
	l := mustReport(t).Lifecycle
	assert.Equal(t, 2024, l.Year)
	type screened struct {
		id    string
		rules []string
	}
	var got []screened
	for _, s := range l.Screened {
		got = append(got, screened{s.Member.ID, rules(s.Grounds)})
	}
	// In roster order: the card returned (Nà Vài), the months skipped found
	// by the meeting review (Bản Phú), the dues unpaid (Quân sự).
	assert.Equal(t, []screened{
		{"NV06", []string{member.RuleRemovalCard}},
		{"BP08", []string{member.RuleRemovalSkipped}},
		{"QS04", []string{member.RuleRemovalUnpaid}},
	}, got)

	// The evidence of skipped months is the review's.
	assert.Equal(t, []chibo.Date{chibo.DateOf(2024, 9, 1), chibo.DateOf(2024, 10, 1), chibo.DateOf(2024, 11, 1)}, l.Evidence["BP08"].Skipped)
	// Absent with a reason is no ground: Nông Thị Dung is not screened.
	_, has := l.Evidence["NV05"]
	assert.False(t, has)
}

func TestMonthsText(t *testing.T) {
	assert.Equal(t, "–", monthsText(nil))
	assert.Equal(t, "03, 06, 09/2024", monthsText([]chibo.Date{chibo.DateOf(2024, 3, 1), chibo.DateOf(2024, 6, 1), chibo.DateOf(2024, 9, 1)}))
}
