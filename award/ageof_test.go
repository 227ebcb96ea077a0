package award

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// TestAgeOfFastPath checks that the plain calendar arithmetic Check uses
// for members without uncounted periods gives exactly what the member
// package gives: the full years on any date, the milestone dates and their
// rounds.
func TestAgeOfFastPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	base := chibo.DateOf(1930, time.January, 1)
	starts := []chibo.Date{chibo.DateOf(1996, time.February, 29), chibo.DateOf(1980, time.January, 31), chibo.DateOf(1975, time.May, 19)}
	for range 3000 {
		starts = append(starts, base.AddDays(rng.IntN(35000)))
	}
	for _, s := range starts {
		m := &member.Member{DecisionDate: s, Gaps: []member.Gap{{Kind: member.Restored, From: s.AddDays(10), To: s.AddDays(20)}}}
		a := newAgeOf(m)
		if !a.plain {
			t.Fatal("a restored period is counted: the fast path applies")
		}
		for _, n := range []int{30, 40, 45, 50, 90} {
			want := m.ReachesOn(n)
			if got := a.reaches(n); got != want {
				t.Fatalf("start %s, %d years: %s, want %s", s, n, got, want)
			}
			if got, want := a.round(Rounds{}, n, want), (Rounds{}).OnOrAfter(want); got != want {
				t.Fatalf("start %s, %d years: round %s, want %s", s, n, got, want)
			}
		}
		for range 20 {
			d := s.AddDays(rng.IntN(40000))
			if got, want := a.years(d), m.CountedYears(d); got != want {
				t.Fatalf("start %s, on %s: %d years, want %d", s, d, got, want)
			}
		}
	}
}
