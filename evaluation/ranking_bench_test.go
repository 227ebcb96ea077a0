package evaluation_test

import (
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

const (
	// nationalMembers is about the Party's membership (5.6 million).
	nationalMembers = 5_600_000
	// nationalGroup is the size of a group of comparable positions.
	nationalGroup = 100
	// explainSample is how many member years the explained path ranks.
	explainSample = 200_000
)

// nationalYear is a synthetic year of every member, grouped in blocks of
// nationalGroup (one organisation's group each).
type nationalYear struct {
	members []member.Member
	years   []evaluation.MemberYear // scored (2025)
	graded  []evaluation.MemberYear // graded (2023), same members
}

// syntheticNation builds nationalMembers distinct member years, once: a
// member admitted at random between 1960 and the review (about 1% less
// than 6 months before), 2% exempt, 0.5% suspended, 1% disciplined in the
// year (a third self-remedied), 5% leaders, scores of 40–100 with most
// between 70 and 95, 5–20 tasks with some late and some exceeded, sick
// leave for 3%.
func syntheticNation(seed uint64) *nationalYear {
	rng := rand.New(rand.NewPCG(seed, 2025))
	review := chibo.DateOf(2025, time.December, 15)
	first := chibo.DateOf(1960, time.January, 1)
	span := first.DaysUntil(review)
	criteria := [][]evaluation.Grade{
		{xs, xs, xs, xs}, {gt, gt, xs, gt}, {gt, gt, gt, gt}, {gt, tb, gt, gt}, {tb, tb, tb, tb}, {gt, gt, km, gt},
	}
	n := &nationalYear{
		members: make([]member.Member, nationalMembers),
		years:   make([]evaluation.MemberYear, nationalMembers),
		graded:  make([]evaluation.MemberYear, nationalMembers),
	}
	discipline := []member.Discipline{{Form: member.Reprimand, Date: chibo.DateOf(2025, time.April, 2)}}
	for i := range n.members {
		m := &n.members[i]
		m.ID = "m" + strconv.Itoa(i)
		m.DecisionDate = first.AddDays(rng.IntN(span))
		if rng.IntN(100) == 0 {
			m.DecisionDate = review.AddDays(-rng.IntN(180))
		}
		m.OfficialDate = m.DecisionDate.AddYears(1)
		m.Exempt = rng.IntN(50) == 0
		y := &n.years[i]
		y.Member, y.Year, y.ReviewDate = m, 2025, review
		y.Suspended = rng.IntN(200) == 0
		if rng.IntN(100) == 0 {
			m.Discipline = discipline
			y.SelfRemedied = rng.IntN(3) == 0
		}
		y.Score = 70 + 25*rng.Float64()
		if rng.IntN(10) == 0 {
			y.Score = 40 + 60*rng.Float64()
		}
		y.TasksAssigned = 5 + rng.IntN(16)
		y.TasksLate = max(0, rng.IntN(8)-5)
		y.TasksOnTime = y.TasksAssigned - y.TasksLate
		y.TasksExceeded = rng.IntN(y.TasksOnTime + 1)
		if rng.IntN(33) == 0 {
			y.SickLeaveDays = rng.IntN(150)
		}
		if rng.IntN(20) == 0 {
			y.Leader, y.UnitsTasksPercent, y.UnitsExceededPercent, y.LowConfidencePercent = true, 60+rng.IntN(41), rng.IntN(50), rng.IntN(60)
		}
		y.Priority = rng.IntN(3)
		g := &n.graded[i]
		*g = *y
		g.Year, g.ReviewDate = 2024, chibo.DateOf(2024, time.December, 15)
		g.Criteria = criteria[rng.IntN(len(criteria))]
		g.Tasks = g.Criteria[2]
	}
	return n
}

// BenchmarkRankNational ranks a national year of 5.6 million member years
// with RankQuick and then applies the quota to each group of 100
// (QuotaQuick, one sort per group that needs it, with a reused index
// slice). One operation is the whole country; ns/member and allocs/member
// are per member year, and the data is built once, outside the timer.
//
//   - quick-2025: the 2025 rules (score bands and conditions);
//   - quick-2023: the 2023 rules (grades);
//   - explain-2025: RankMember with every reason, then ApplyQuota, over a
//     sample of 200,000 member years (the path for a committee's report,
//     not for bulk work).
func BenchmarkRankNational(b *testing.B) {
	n := syntheticNation(1)
	ranks := make([]evaluation.Rank, nationalMembers)
	report := func(b *testing.B, members int, ms0 *runtime.MemStats) {
		var ms1 runtime.MemStats
		runtime.ReadMemStats(&ms1)
		per := float64(b.N) * float64(members)
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/member")
		b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/per, "allocs/member")
	}
	quick := func(r *evaluation.RankingRegime, years []evaluation.MemberYear) func(b *testing.B) {
		return func(b *testing.B) {
			var ms0 runtime.MemStats
			var scratch []int
			counts := [5]int{}
			demoted := 0
			b.ReportAllocs()
			runtime.GC()
			runtime.ReadMemStats(&ms0)
			b.ResetTimer()
			for b.Loop() {
				counts, demoted = [5]int{}, 0
				for i := range years {
					ranks[i] = r.RankQuick(&years[i])
				}
				for lo := 0; lo < len(years); lo += nationalGroup {
					hi := min(lo+nationalGroup, len(years))
					_, d := evaluation.QuotaQuick(r.Quota, years[lo:hi], ranks[lo:hi], &scratch)
					demoted += d
				}
				for _, rk := range ranks {
					counts[rk]++
				}
			}
			b.StopTimer()
			report(b, len(years), &ms0)
			b.ReportMetric(float64(counts[evaluation.Outstanding])/float64(len(years))*100, "%htxs")
			b.ReportMetric(float64(demoted)/float64(len(years))*100, "%demoted")
			if counts[evaluation.Outstanding] == 0 || counts[evaluation.NotRanked] == 0 || demoted == 0 {
				b.Fatalf("implausible year: %v, %d demoted", counts, demoted)
			}
		}
	}
	b.Run("quick-2025", quick(&evaluation.Ranking2025, n.years))
	b.Run("quick-2023", quick(&evaluation.Ranking2023, n.graded))
	b.Run("explain-2025", func(b *testing.B) {
		r := &evaluation.Ranking2025
		years := n.years[:explainSample]
		rs := make([]evaluation.MemberRanking, len(years))
		var ms0 runtime.MemStats
		b.ReportAllocs()
		runtime.GC()
		runtime.ReadMemStats(&ms0)
		b.ResetTimer()
		for b.Loop() {
			for i := range years {
				rs[i] = r.RankMember(&years[i])
				rs[i].Group = strconv.Itoa(i / nationalGroup)
			}
			if res := evaluation.ApplyQuota(rs, r.Quota); len(res.Groups) != len(years)/nationalGroup {
				b.Fatalf("%d groups", len(res.Groups))
			}
		}
		b.StopTimer()
		report(b, len(years), &ms0)
	})
}
