package award_test

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// syntheticRoster returns n valid members with varied histories — lost
// contact, readmission, annulled expulsion, discipline, deaths, probation,
// illness, badges — drawn from a fixed seed, for tests and benchmarks.
func syntheticRoster(n int, seed uint64) []member.Member {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	base := chibo.DateOf(1940, time.January, 1)
	branches := []string{"Nà Vài", "Bản Phú", "Trạm Y tế", "Trường Tiểu học", "Quân sự"}
	out := make([]member.Member, n)
	for i := range out {
		start := base.AddDays(rng.IntN(86 * 365))
		m := member.Member{
			ID:           fmt.Sprintf("m%07d", i),
			Name:         fmt.Sprintf("Đảng viên %d", i),
			Born:         start.AddYears(-18 - rng.IntN(30)),
			DecisionDate: start,
			CeremonyDate: start.AddDays(rng.IntN(30)),
			Branch:       branches[rng.IntN(len(branches))],
		}
		m.OfficialDate = m.CeremonyDate.AddYears(1)
		limit := chibo.DateOf(2026, time.November, 29)
		if m.OfficialDate.After(limit) {
			m.OfficialDate = chibo.Date{} // still probationary
		}
		span := start.DaysUntil(limit)
		switch k := rng.IntN(20); {
		case k == 0 && span > 3000:
			from := start.AddDays(400 + rng.IntN(span/2))
			m.Gaps = []member.Gap{{Kind: member.LostContact, From: from, To: from.AddDays(100 + rng.IntN(900))}}
		case k == 1 && span > 6000:
			from := start.AddDays(400 + rng.IntN(span/3))
			to := from.AddDays(1100 + rng.IntN(1500))
			m.Gaps = []member.Gap{{Kind: member.StruckOff, Cause: member.CauseFamilyHardship, From: from, To: to}}
			if !m.OfficialDate.IsZero() {
				m.OfficialDate = to.AddDays(1).AddYears(1)
				if m.OfficialDate.After(limit) {
					m.OfficialDate = chibo.Date{}
				}
			}
		case k == 2 && span > 3000:
			from := start.AddDays(400 + rng.IntN(span/2))
			m.Gaps = []member.Gap{{Kind: member.Restored, From: from, To: from.AddDays(300 + rng.IntN(1000))}}
		case k == 3 && span > 1000 && !m.OfficialDate.IsZero():
			forms := []member.Form{member.Reprimand, member.Warning, member.Dismissal}
			d := m.OfficialDate.AddDays(rng.IntN(max(1, m.OfficialDate.DaysUntil(limit))))
			m.Discipline = []member.Discipline{{Form: forms[rng.IntN(3)], Date: d}}
		case k == 4 && span > 2000 && !m.OfficialDate.IsZero():
			m.Died = m.OfficialDate.AddDays(rng.IntN(max(1, m.OfficialDate.DaysUntil(limit))))
		case k == 5:
			m.SeriouslyIll = true
		case k == 6:
			m.Exempt = true
		}
		// Badges for the milestones passed more than a year ago, sometimes.
		if rng.IntN(3) > 0 && m.OfficialDate.Before(limit) && !m.OfficialDate.IsZero() {
			for _, y := range []int{30, 40, 45, 50, 55, 60, 65, 70, 75, 80} {
				due := m.ReachesOn(y)
				if due.IsZero() || !due.Before(limit.AddYears(-1)) || (!m.Died.IsZero() && due.After(m.Died)) {
					break
				}
				if y == 45 && due.Before(chibo.DateOf(2016, time.July, 25)) {
					continue
				}
				m.Badges = append(m.Badges, y)
			}
		}
		if !m.Died.IsZero() && len(m.Discipline) > 0 && m.Discipline[0].Date.After(m.Died) {
			m.Discipline = nil
		}
		out[i] = m
	}
	return out
}
