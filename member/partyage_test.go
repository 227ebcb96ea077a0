package member_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

func day(t testing.TB, s string) chibo.Date {
	t.Helper()
	d, err := chibo.ParseDate(s)
	require.NoError(t, err)
	return d
}

func gap(t testing.TB, k member.GapKind, from, to string) member.Gap {
	g := member.Gap{Kind: k, From: day(t, from)}
	if to != "" {
		g.To = day(t, to)
	}
	return g
}

func TestPartyAge(t *testing.T) {
	tests := []struct {
		name string
		rule string
		m    func(t testing.TB) member.Member
		on   string
		want chibo.Span
		ok   bool
	}{
		{
			name: "probation counts once official (HD 01-HD/TW 2016 example)", rule: "rules/badge.md R4.2, T1",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t1", DecisionDate: day(t, "2015-07-26"), OfficialDate: day(t, "2016-07-26")}
			},
			on: "2016-07-26", want: chibo.Span{Years: 1}, ok: true,
		},
		{
			name: "no party age while probationary", rule: "rules/badge.md R4.1, T2",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t2", DecisionDate: day(t, "2026-03-01")}
			},
			on: "2026-11-29", ok: false,
		},
		{
			name: "no party age before recognition even when it is recorded later", rule: "rules/badge.md R4.1",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t2b", DecisionDate: day(t, "2026-03-01"), OfficialDate: day(t, "2027-03-01")}
			},
			on: "2027-02-28", ok: false,
		},
		{
			name: "once recognised, party age counts back to the decision", rule: "rules/badge.md T2",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t2c", DecisionDate: day(t, "2026-03-01"), OfficialDate: day(t, "2027-03-01")}
			},
			on: "2027-03-02", want: chibo.Span{Years: 1, Days: 1}, ok: true,
		},
		{
			name: "party-card date as fallback", rule: "rules/badge.md R4.3, T3",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t3", CardDate: day(t, "1975-05-19"), OfficialDate: day(t, "1976-05-19")}
			},
			on: "2025-05-19", want: chibo.Span{Years: 50}, ok: true,
		},
		{
			name: "lost contact is not counted: 731 days", rule: "rules/badge.md R4.4, T4",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t4", DecisionDate: day(t, "1995-03-15"), OfficialDate: day(t, "1996-03-15"),
					Gaps: []member.Gap{gap(t, member.LostContact, "2000-01-01", "2001-12-31")}}
			},
			// 2027-03-16 less 731 days is 2025-03-15: exactly 30 years.
			on: "2027-03-16", want: chibo.Span{Years: 30}, ok: true,
		},
		{
			name: "inside a gap party age stands still", rule: "rules/badge.md R4.4",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "g", DecisionDate: day(t, "1995-03-15"), OfficialDate: day(t, "1996-03-15"),
					Gaps: []member.Gap{gap(t, member.LostContact, "2000-01-01", "2001-12-31")}}
			},
			on: "2001-06-30", want: chibo.Span{Years: 4, Months: 9, Days: 17}, ok: true,
		},
		{
			name: "readmission counts from the first decision less the time out", rule: "rules/badge.md R4.5, T5",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t5", DecisionDate: day(t, "1990-01-10"), OfficialDate: day(t, "2006-06-01"),
					Gaps: []member.Gap{{Kind: member.StruckOff, Cause: member.CauseFamilyHardship, From: day(t, "2000-06-01"), To: day(t, "2005-05-31")}}}
			},
			// 2025-01-09 less 1826 days is 2020-01-10: 30 years.
			on: "2025-01-09", want: chibo.Span{Years: 30}, ok: true,
		},
		{
			name: "a readmitted member has no party age during the new probation", rule: "rules/badge.md R4.5",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t5b", DecisionDate: day(t, "1990-01-10"), OfficialDate: day(t, "2006-06-01"),
					Gaps: []member.Gap{{Kind: member.StruckOff, Cause: member.CauseFamilyHardship, From: day(t, "2000-06-01"), To: day(t, "2005-05-31")}}}
			},
			on: "2006-01-01", ok: false,
		},
		{
			name: "a readmitted member had party age before leaving", rule: "rules/badge.md R4.5",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t5c", DecisionDate: day(t, "1990-01-10"), OfficialDate: day(t, "2006-06-01"),
					Gaps: []member.Gap{{Kind: member.StruckOff, Cause: member.CauseFamilyHardship, From: day(t, "2000-06-01"), To: day(t, "2005-05-31")}}}
			},
			on: "1995-01-10", want: chibo.Span{Years: 5}, ok: true,
		},
		{
			name: "a removal annulled and restored counts continuously", rule: "rules/badge.md R4.6, T7",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t7", DecisionDate: day(t, "1980-01-01"), OfficialDate: day(t, "1981-01-01"),
					Gaps: []member.Gap{gap(t, member.Restored, "1990-01-01", "1994-12-31")}}
			},
			on: "2025-01-01", want: chibo.Span{Years: 45}, ok: true,
		},
		{
			name: "exemption from activities counts", rule: "rules/badge.md R4.9, T8",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t8", DecisionDate: day(t, "1996-08-01"), OfficialDate: day(t, "1997-08-01"), Exempt: true}
			},
			on: "2026-08-01", want: chibo.Span{Years: 30}, ok: true,
		},
		{
			name: "party age stops at death", rule: "rules/badge.md R4.10, T11",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t11", DecisionDate: day(t, "1965-07-14"), OfficialDate: day(t, "1966-07-14"), Died: day(t, "2020-01-14")}
			},
			on: "2026-11-29", want: chibo.Span{Years: 54, Months: 6}, ok: true,
		},
		{
			name: "29/02 start reaches 30 years on 28/02 (end-of-month clamp)", rule: "SPEC Date; rules/badge.md T18",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "t18", DecisionDate: day(t, "1996-02-29"), OfficialDate: day(t, "1997-02-28")}
			},
			on: "2026-02-28", want: chibo.Span{Years: 30}, ok: true,
		},
		{
			name: "expelled by a discipline decision: age frozen at the exit", rule: "rules/badge.md R5.4",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "x", DecisionDate: day(t, "1970-04-01"), OfficialDate: day(t, "1971-04-01"),
					Discipline: []member.Discipline{{Form: member.Expulsion, Date: day(t, "2026-03-01")}}}
			},
			// The span runs to the first day outside, 01/03/2026: 01/04/1970 + 55y 11m.
			on: "2026-09-02", want: chibo.Span{Years: 55, Months: 11}, ok: true,
		},
		{
			name: "before the start there is no party age", rule: "rules/badge.md R4.1",
			m: func(t testing.TB) member.Member {
				return member.Member{ID: "b", DecisionDate: day(t, "2000-01-01"), OfficialDate: day(t, "2001-01-01")}
			},
			on: "1999-12-31", ok: false,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.m(t)
			got, ok := m.PartyAge(day(t, tc.on))
			assert.Equal(t, tc.ok, ok, tc.rule)
			assert.Equal(t, tc.want, got, tc.rule)
		})
	}
}

func TestReachesOn(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		m     func(t testing.TB) member.Member
		years int
		want  string
	}{
		{"no gaps: decision plus N years", "rules/badge.md T1", func(t testing.TB) member.Member {
			return member.Member{DecisionDate: day(t, "2015-07-26")}
		}, 30, "2045-07-26"},
		{"T4: 731 days not counted (the gap holds 29/02/2000)", "rules/badge.md R4.11, T4; SPEC", func(t testing.TB) member.Member {
			return member.Member{DecisionDate: day(t, "1995-03-15"), Gaps: []member.Gap{gap(t, member.LostContact, "2000-01-01", "2001-12-31")}}
		}, 30, "2027-03-16"},
		{"T5: 1826 days out of the Party (the gap holds 29/02/2004)", "rules/badge.md R4.5, T5; SPEC", func(t testing.TB) member.Member {
			return member.Member{DecisionDate: day(t, "1990-01-10"), Gaps: []member.Gap{gap(t, member.StruckOff, "2000-06-01", "2005-05-31")}}
		}, 30, "2025-01-09"},
		{"a gap after the milestone does not move it", "rules/badge.md R4.4", func(t testing.TB) member.Member {
			return member.Member{DecisionDate: day(t, "1990-01-10"), Gaps: []member.Gap{gap(t, member.LostContact, "2021-01-01", "2021-01-31")}}
		}, 30, "2020-01-10"},
		{"a gap pushed into range by an earlier one counts too", "rules/badge.md R4.4", func(t testing.TB) member.Member {
			return member.Member{DecisionDate: day(t, "1990-01-10"), Gaps: []member.Gap{
				gap(t, member.Transfer, "2020-01-20", "2020-01-29"),    // 10 days, after 10/01/2020 until pushed
				gap(t, member.LostContact, "2000-01-01", "2000-01-31"), // 31 days
			}}
		}, 30, "2020-02-20"},
		{"an open gap before the milestone: never reached", "rules/badge.md R4.4", func(t testing.TB) member.Member {
			return member.Member{DecisionDate: day(t, "1990-01-10"), Gaps: []member.Gap{gap(t, member.LostContact, "2000-01-01", "")}}
		}, 30, ""},
		{"a restored gap is counted", "rules/badge.md R4.6, T7", func(t testing.TB) member.Member {
			return member.Member{DecisionDate: day(t, "1980-01-01"), Gaps: []member.Gap{gap(t, member.Restored, "1990-01-01", "1994-12-31")}}
		}, 45, "2025-01-01"},
		{"29/02/1996 + 30 years clamps to 28/02/2026", "SPEC Date; rules/badge.md T18", func(t testing.TB) member.Member {
			return member.Member{DecisionDate: day(t, "1996-02-29")}
		}, 30, "2026-02-28"},
		{"no start date", "rules/badge.md R4.1", func(t testing.TB) member.Member { return member.Member{} }, 30, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.m(t)
			want := chibo.Date{}
			if tc.want != "" {
				want = day(t, tc.want)
			}
			assert.Equal(t, want, m.ReachesOn(tc.years), tc.rule)
		})
	}
}

func TestReachesOnAgreesWithPartyAge(t *testing.T) {
	// The milestone date is the first day the party age shows N years.
	m := member.Member{DecisionDate: day(t, "1988-01-31"), OfficialDate: day(t, "1989-01-31"),
		Gaps: []member.Gap{gap(t, member.LostContact, "1992-02-29", "1993-03-31"), gap(t, member.Transfer, "2001-05-01", "2001-05-20")}}
	for _, years := range []int{5, 10, 30, 35} {
		due := m.ReachesOn(years)
		require.False(t, due.IsZero())
		age, ok := m.PartyAge(due)
		require.True(t, ok)
		assert.Equal(t, years, age.Years, "on %s", due)
		assert.Equal(t, 0, age.Months)
		before, _ := m.PartyAge(due.AddDays(-1))
		assert.Equal(t, years-1, before.Years, "the day before %s", due)
	}
}

func TestRegression_NotOfficialAfterDeath(t *testing.T) {
	// OfficialOn said true for a date after the member's death.
	m := member.Member{DecisionDate: day(t, "1968-05-01"), OfficialDate: day(t, "1969-05-01"), Died: day(t, "2021-11-20")}
	assert.True(t, m.OfficialOn(day(t, "2021-11-20")), "official on the day of death")
	assert.False(t, m.OfficialOn(day(t, "2022-09-02")))
}

func TestRegression_OutsideAgeCountsTheLastDay(t *testing.T) {
	// A struck-off member's age stood one day short of a lost-contact member's with the same dates.
	for _, k := range []member.GapKind{member.StruckOff, member.LostContact} {
		m := member.Member{DecisionDate: day(t, "1990-05-01"), OfficialDate: day(t, "1991-05-01"),
			Gaps: []member.Gap{gap(t, k, "2019-01-01", "")}}
		age, ok := m.PartyAge(day(t, "2026-09-02"))
		require.True(t, ok, k)
		assert.Equal(t, chibo.Span{Years: 28, Months: 8}, age, k)
	}
}
