package member_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

func TestProbationOf(t *testing.T) {
	var cal chibo.Calendar // statutory holidays, Saturday and Sunday off
	tests := []struct {
		name                              string
		rule                              string
		m                                 member.Member
		asOf                              string
		ceremonyDue, ends, recognitionDue string
		late                              []string // rule ids reported as late, in order
	}{
		{
			// 30 working days after Wed 10/06/2026 (no holiday in June–July): 22/07/2026.
			name: "rules/evaluation.md T17: ceremony 10/06/2025, official 10/06/2026, vote due 22/07/2026",
			rule: "QĐ 24 điểm 4.1–4.2; Điều lệ Điều 5",
			m:    member.Member{ID: "p", Name: "P", DecisionDate: day(t, "2025-05-20"), CeremonyDate: day(t, "2025-06-10"), OfficialDate: day(t, "2026-06-10")},
			asOf: "2026-08-05", ceremonyDue: "2025-07-01", ends: "2026-06-10", recognitionDue: "2026-07-22",
		},
		{
			// Decision Fri 09/01/2026: Tết 2026 (16–20/02 statutory weekdays off: 29 Chạp–mùng 4) lies inside the 30 days.
			name: "ceremony deadline across Tết 2026",
			rule: "QĐ 24 điểm 4.1; BLLĐ 2019 Điều 112",
			m:    member.Member{ID: "q", Name: "Q", DecisionDate: day(t, "2026-01-09")},
			asOf: "2026-01-20", ceremonyDue: "2026-02-27",
		},
		{
			name: "ceremony not held by the deadline",
			rule: "QĐ 24 điểm 4.1",
			m:    member.Member{ID: "r", Name: "R", DecisionDate: day(t, "2026-01-09")},
			asOf: "2026-03-02", ceremonyDue: "2026-02-27", late: []string{member.RuleCeremony},
		},
		{
			name: "recognition not considered by its deadline",
			rule: "QĐ 24 điểm 4.2",
			m:    member.Member{ID: "s", Name: "S", DecisionDate: day(t, "2025-05-20"), CeremonyDate: day(t, "2025-06-10")},
			asOf: "2026-07-23", ceremonyDue: "2025-07-01", ends: "2026-06-10", recognitionDue: "2026-07-22", late: []string{member.RuleRecognition},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := member.ProbationOf(&tc.m, day(t, tc.asOf), cal)
			assert.Equal(t, day(t, tc.ceremonyDue), p.CeremonyDue, tc.rule)
			if tc.ends != "" {
				assert.Equal(t, day(t, tc.ends), p.Ends, tc.rule)
				assert.Equal(t, day(t, tc.recognitionDue), p.RecognitionDue, tc.rule)
			}
			var late []string
			for _, r := range p.Reasons {
				if contains(r.EN, "overdue", "late", "after the deadline") {
					late = append(late, r.Rule)
				}
			}
			assert.Equal(t, tc.late, late, tc.rule)
		})
	}
	late, due := member.RecognitionLate(day(t, "2026-06-10"), day(t, "2026-07-25"), cal)
	assert.True(t, late, "T17: 25/07/2026 is after 22/07/2026")
	assert.Equal(t, day(t, "2026-07-22"), due)
}

func contains(s string, subs ...string) bool {
	for _, sub := range subs {
		for i := 0; i+len(sub) <= len(s); i++ {
			if s[i:i+len(sub)] == sub {
				return true
			}
		}
	}
	return false
}

func TestOfficialTransfer(t *testing.T) {
	var cal chibo.Calendar
	// rules/evaluation.md T32: decision effective Mon 02/03/2026. Days off on weekdays before the
	// 60th working day: Mon 27/04 (Giỗ Tổ on Sunday 26/04, moved), Thu 30/04, Fri 01/05. Counted by hand: 28/05/2026.
	tr := member.OfficialTransfer(day(t, "2026-03-02"), day(t, "2026-03-16"), chibo.Date{}, day(t, "2026-05-01"), cal)
	assert.Equal(t, day(t, "2026-05-28"), tr.StartBy, "QĐ 294 điểm 6.3.1: 60 working days")
	// Letter Mon 16/03/2026 + 30 working days: 27/04 off → 28/04/2026.
	assert.Equal(t, day(t, "2026-04-28"), tr.PresentBy, "30 working days")
	assert.Len(t, tr.Reasons, 3, "the letter is overdue on 01/05/2026")
	ok := member.OfficialTransfer(day(t, "2026-03-02"), day(t, "2026-03-16"), day(t, "2026-04-20"), day(t, "2026-05-01"), cal)
	assert.Len(t, ok.Reasons, 2, "presented in time")
	none := member.OfficialTransfer(day(t, "2026-03-02"), chibo.Date{}, chibo.Date{}, day(t, "2026-06-01"), cal)
	assert.Len(t, none.Reasons, 2, "no letter after the start deadline")
	assert.NotPanics(t, func() { _ = member.OfficialTransfer(chibo.Date{}, chibo.Date{}, chibo.Date{}, chibo.Date{}, cal) })
	assert.NotPanics(t, func() { _ = member.ProbationOf(nil, chibo.Date{}, cal) })
}
