package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

func mustRoster(t *testing.T) []member.Member {
	t.Helper()
	roster, err := loadRoster(rosterCSV)
	require.NoError(t, err)
	return roster
}

func mustReport(t *testing.T) Report {
	t.Helper()
	return buildReport(mustRoster(t), roundDate, scheduleFrom, scheduleTo)
}

func TestRoster(t *testing.T) {
	roster := mustRoster(t)
	require.GreaterOrEqual(t, len(roster), 40)

	ids := map[string]bool{}
	perCell := map[string]int{}
	for i := range roster {
		m := &roster[i]
		require.NoError(t, m.Validate(chibo.Date{}), m.ID)
		require.NoError(t, m.Validate(roundDate), "%s: every date is on or before the round", m.ID)
		assert.False(t, ids[m.ID], "duplicate id %s", m.ID)
		ids[m.ID] = true
		assert.Equal(t, m.Branch, cellOf(m.Branch).ID)
		assert.NotEqual(t, m.Branch, cellOf(m.Branch).VI, "%s: branch %q is not a commune cell", m.ID, m.Branch)
		perCell[m.Branch]++
	}
	assert.GreaterOrEqual(t, len(perCell), 4)
	for _, id := range []string{"tram-y-te", "na-vai", "ban-phu"} {
		assert.Positive(t, perCell[id], id)
	}
}

func TestRosterHistories(t *testing.T) {
	// The roster shows the histories the story needs.
	roster := mustRoster(t)
	has := map[string]bool{}
	for _, m := range roster {
		if m.DecisionDate.IsZero() && !m.CardDate.IsZero() {
			has["card-date fallback"] = true
		}
		if m.OfficialDate.IsZero() {
			has["probationary"] = true
		}
		if m.Exempt {
			has["exempt"] = true
		}
		if m.SeriouslyIll {
			has["seriously ill"] = true
		}
		if !m.Died.IsZero() {
			has["deceased"] = true
		}
		if len(m.Discipline) > 0 {
			has["discipline"] = true
		}
		if len(m.Badges) > 0 {
			has["badges held"] = true
		}
		for _, g := range m.Gaps {
			switch {
			case g.Kind == member.LostContact:
				has["lost contact"] = true
			case g.Kind == member.Restored:
				has["annulled expulsion"] = true
			case g.Kind == member.StruckOff && !g.Open() && g.Cause == member.CauseFamilyHardship:
				has["readmission"] = true
			}
		}
	}
	for _, want := range []string{"card-date fallback", "probationary", "exempt", "seriously ill", "deceased",
		"discipline", "badges held", "lost contact", "annulled expulsion", "readmission"} {
		assert.True(t, has[want], want)
	}
}

func TestRoundOf2September2022(t *testing.T) {
	r := mustReport(t)
	n := r.Nominations
	assert.Equal(t, "2021", n.Regime)
	assert.Equal(t, "2021", r.Regime.Name)
	assert.Empty(t, n.Rejected, "no member of the roster is rejected")
	assert.Equal(t, len(mustRoster(t)), n.Decided)

	type nomination struct {
		name, cell string
		milestone  int
		kind       award.Kind
	}
	var got []nomination
	for _, a := range n.Awards {
		got = append(got, nomination{a.Member.Name, a.Member.Branch, a.Milestone, a.Kind})
		// The milestone falls after the round of 19/05/2022: 02/09/2022
		// is the member's first round.
		assert.True(t, a.Due.After(chibo.DateOf(2022, 5, 19)) && !a.Due.After(roundDate), "%s due %s", a.Member.Name, a.Due)
	}
	assert.ElementsMatch(t, []nomination{
		{"Ma Công Lệnh", "tram-y-te", 30, award.Regular},
		{"Ma Đức Thuỵ", "na-vai", 40, award.Regular},
		{"Ma Thị Quản", "ban-phu", 40, award.Regular},
	}, got)

	require.Len(t, r.Awards, 3)
	for _, a := range r.Awards {
		assert.True(t, a.Gift.Known)
		assert.Equal(t, int64(1_490_000), a.Gift.BaseSalary.Amount)
		want := map[int]int64{30: 2_235_000, 40: 2_980_000}[a.Milestone]
		assert.Equal(t, want, a.Gift.Amount, a.Member.Name)
	}
}

func TestEveryMemberDecided(t *testing.T) {
	r := mustReport(t)
	counts := map[award.Status]int{}
	var illWaiting, dueNovember, deferred2022 bool
	total := 0
	for _, c := range r.ByCell {
		for _, d := range c.Decisions {
			total++
			counts[d.Status]++
			require.NotEmpty(t, d.Reasons, d.Name)
			assert.NotEqual(t, award.Invalid, d.Status, d.Name)
			if d.Status == award.NotDue && d.Kind == award.EarlyIllness && d.WindowOpens.After(roundDate) {
				illWaiting = true
			}
			if d.Status == award.NotDue && d.Round == chibo.DateOf(2022, 11, 7) {
				dueNovember = true
			}
			if d.Status == award.Deferred && d.Milestone == 30 {
				deferred2022 = true
			}
		}
	}
	assert.Equal(t, len(mustRoster(t)), total)
	assert.Equal(t, 3, counts[award.Eligible], "only the three nominees are eligible")
	assert.Positive(t, counts[award.Deferred])
	assert.Positive(t, counts[award.Ineligible])
	assert.True(t, illWaiting, "a seriously ill member whose early window has not opened")
	assert.True(t, dueNovember, "a member due in the round of 07/11/2022")
	assert.True(t, deferred2022, "a 30-year badge deferred by discipline")

	// Cell summaries add up.
	sum := 0
	for _, s := range r.Cells {
		sum += s.Members
		assert.Equal(t, s.Members, s.Official+s.Probationary+s.Deceased+s.Outside, s.Cell.VI)
	}
	assert.Equal(t, total, sum)
	assert.Equal(t, total, r.Total.Members)
}

func TestSchedule(t *testing.T) {
	r := mustReport(t)
	assert.Empty(t, r.Rejected)
	require.NotEmpty(t, r.Schedule)
	found := false
	for _, u := range r.Schedule {
		assert.False(t, u.Due.Before(scheduleFrom), u.Member.Name)
		assert.False(t, u.Due.After(scheduleTo), u.Member.Name)
		assert.False(t, u.Round.Before(u.Due), u.Member.Name)
		if u.Member.Name == "Nông Thị Dung" {
			// 01/10/1991 + 30 years + 365 days of lost contact (2005).
			assert.Equal(t, 30, u.Milestone)
			assert.Equal(t, chibo.DateOf(2022, 10, 1), u.Due)
			assert.Equal(t, chibo.DateOf(2022, 11, 7), u.Round)
			found = true
		}
		assert.NotEqual(t, "Lộc Văn Thắng", u.Member.Name, "a deceased member is not scheduled")
	}
	assert.True(t, found)
	require.Len(t, r.EarlyWindows(), 1)
	assert.Equal(t, "Triệu Thị Xuân", r.EarlyWindows()[0].Name)
}

func TestPrintReport(t *testing.T) {
	r := mustReport(t)
	var out bytes.Buffer
	require.NoError(t, printReport(&out, r))
	s := out.String()
	head := s[:min(len(s), 600)]
	assert.Contains(t, head, "DỮ LIỆU MINH HOẠ", "the data are said to be illustrative, at the top")
	assert.Contains(t, head, "ILLUSTRATIVE DATA")
	assert.Contains(t, s, "ĐẢNG BỘ XÃ THỔ BÌNH")
	for _, c := range cells {
		assert.Contains(t, s, c.VI)
	}
	for _, m := range mustRoster(t) {
		assert.Contains(t, s, m.Name)
	}
	assert.Contains(t, s, "2.235.000")
	assert.Contains(t, s, "2.980.000")
	assert.Contains(t, s, "1.490.000")
	assert.Contains(t, s, "02/09/2022")
	assert.Contains(t, s, "07/11/2022")
	assert.NotContains(t, s, "2022-09-02", "dates are dd/mm/yyyy")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestPrintReportError(t *testing.T) {
	assert.EqualError(t, printReport(failWriter{}, mustReport(t)), "disk full")
}

func TestLoadRosterErrors(t *testing.T) {
	_, err := loadRoster("id,name,decision_date\nx,X,31/02/2000\n")
	var le *member.LineError
	require.ErrorAs(t, err, &le)
	assert.Equal(t, 2, le.Line)
	assert.ErrorIs(t, err, member.ErrInvalidValue)
	assert.True(t, strings.Contains(err.Error(), "decision_date"), err.Error())

	_, err = loadRoster("id,name,nickname\n")
	assert.ErrorIs(t, err, member.ErrUnknownColumn)
}
