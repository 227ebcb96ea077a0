package member_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// BenchmarkScreenRoster screens a commune-sized roster of 10,000 members for
// a year, one in ten with evidence (skipped months, unpaid dues, a returned
// card). ns/op is per roster; ns/member is reported.
func BenchmarkScreenRoster(b *testing.B) {
	const n = 10_000
	roster := make([]member.Member, n)
	evidence := make(map[string]member.Evidence, n/10)
	start := chibo.DateOf(1980, time.January, 1)
	for i := range roster {
		d := start.AddDays(i % 12000)
		roster[i] = member.Member{ID: fmt.Sprintf("m%05d", i), Name: "M", DecisionDate: d, OfficialDate: d.AddYears(1)}
		if i%10 == 0 {
			evidence[roster[i].ID] = member.Evidence{
				Skipped:      []chibo.Date{chibo.DateOf(2026, time.February, 5), chibo.DateOf(2026, time.June, 5), chibo.DateOf(2026, time.October, 5)},
				Unpaid:       []chibo.Date{chibo.DateOf(2026, time.March, 1)},
				CardReturned: i%30 == 0,
			}
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if got := member.ScreenRoster(roster, 2026, evidence); len(got) != n/10 {
			b.Fatalf("%d screened, want %d", len(got), n/10)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/member")
}
