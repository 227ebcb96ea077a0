package member_test

import (
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// FuzzCheckAdmission: no panic; eligible exactly when nothing is unmet;
// an applicant under 18 counted by month is never eligible.
func FuzzCheckAdmission(f *testing.F) {
	f.Add(uint16(9000), uint8(2), uint8(2), uint16(400), uint16(400), false, false, uint16(0), uint8(0), uint16(9500))
	f.Add(uint16(25000), uint8(1), uint8(1), uint16(100), uint16(0), true, true, uint16(2000), uint8(1), uint16(20000))
	base := chibo.DateOf(1940, time.January, 1)
	f.Fuzz(func(t *testing.T, born uint16, edu, n uint8, known1, known2 uint16, union, consent bool, left uint16, cause uint8, onDays uint16) {
		on := base.AddDays(int(onDays) * 2)
		a := member.Applicant{Name: "F", Born: base.AddDays(int(born)), Education: member.Education(edu % 4), UnionIntroduction: union, CentralConsent: consent}
		for i, k := range []uint16{known1, known2}[:int(n)%3] {
			a.Introducers = append(a.Introducers, member.Introducer{ID: string(rune('a' + i)), Official: k%5 != 0, KnownSince: on.AddDays(-int(k))})
		}
		if left > 0 {
			a.Previous = &member.Previous{Left: on.AddDays(-int(left)), Cause: member.ExitCause(cause % 7), ProvincialConsent: consent}
		}
		for _, r := range []member.AdmissionRules{member.Admission2016, member.Admission2021, member.Admission2025} {
			c := r.CheckAdmission(&a, on)
			if c.Eligible != (len(c.Unmet) == 0) {
				t.Fatalf("eligible %v with %d unmet", c.Eligible, len(c.Unmet))
			}
			if c.Eligible && chibo.Between(a.Born, on).TotalMonths() < r.MinAgeMonths {
				t.Fatalf("eligible under 18: born %s, on %s", a.Born, on)
			}
		}
	})
}

// FuzzScreen: no panic; a ground for skipped activities only with 3
// distinct months of the year.
func FuzzScreen(f *testing.F) {
	f.Add(uint16(1), uint16(40), uint16(200), uint16(330), false)
	f.Fuzz(func(t *testing.T, a, b, c, d uint16, card bool) {
		m := member.Member{ID: "s", Name: "S", DecisionDate: chibo.DateOf(2000, 1, 1), OfficialDate: chibo.DateOf(2001, 1, 1)}
		jan1 := chibo.DateOf(2026, 1, 1)
		ev := member.Evidence{CardReturned: card}
		months := map[time.Month]bool{}
		for _, x := range []uint16{a, b, c, d} {
			day := jan1.AddDays(int(x) % 500)
			ev.Skipped = append(ev.Skipped, day)
			if day.Year() == 2026 {
				months[day.Month()] = true
			}
		}
		got := member.Screen(&m, 2026, ev)
		has := false
		for _, r := range got {
			has = has || r.Rule == member.RuleRemovalSkipped
		}
		if has != (len(months) >= 3) {
			t.Fatalf("skipped ground %v with %d distinct months", has, len(months))
		}
	})
}
