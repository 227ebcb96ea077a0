package evaluation_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// benchCells is the number of cells one benchmark operation assesses.
const benchCells = 50_000

// benchPool is the number of distinct synthetic cells; the 50,000 cells of
// an operation cycle through them (building 50,000 distinct years of
// meetings would measure the memory system, not the rules).
const benchPool = 512

type benchCell struct {
	org      *branch.Organisation
	meetings []branch.Meeting // the year: 12 regular, 4 thematic, 12 cell-committee
	cell     []int            // indexes of the 16 cell meetings
}

// syntheticYear builds benchPool cells of 16–24 members with a year of
// meetings each: a cell-committee meeting on the 2nd, a regular meeting on
// the 5th of every month, a thematic one on the 20th of each quarter's last
// month; each member absent with a reason (8%) or without (2%) at random,
// durations of 80–130 minutes, and the cell's judgements scored at random.
func syntheticYear(seed uint64) []benchCell {
	rng := rand.New(rand.NewPCG(seed, 2026))
	out := make([]benchCell, benchPool)
	for c := range out {
		org := &branch.Organisation{ID: fmt.Sprintf("cell-%04d", c), Name: fmt.Sprintf("Chi bộ %d", c), Kind: branch.Cell, Secretary: "m01", Deputies: []string{"m02"}}
		n := 16 + rng.IntN(9)
		all := make([]string, n)
		for i := range all {
			all[i] = fmt.Sprintf("%s-m%02d", org.ID, i+1)
			org.Members = append(org.Members, member.Member{ID: all[i], Name: fmt.Sprintf("Đảng viên %d", i+1)})
		}
		bc := benchCell{org: org}
		add := func(kind branch.MeetingKind, d chibo.Date) {
			m := branch.Meeting{
				ID: fmt.Sprintf("%s-%s-%s", org.ID, kind, d), Org: org.ID, Kind: kind, Date: d,
				Start: 14 * 60, End: branch.Clock(14*60 + 80 + rng.IntN(51)), Summoned: all,
				AllSteps: rng.IntN(10) > 0, PreparedByLeader: rng.IntN(10) > 0, DraftResolution: rng.IntN(5) > 0,
				MinutesComplete: rng.IntN(8) > 0, Criticism: rng.IntN(3) > 0, Principles: true,
				DocumentsPosted: d.AddDays(rng.IntN(4) - 2), Speakers: rng.IntN(n), ResultsPercent: 40 + rng.IntN(61),
				Scores: map[string]int{"4.2": 15 + rng.IntN(11), "4.3": 5 + rng.IntN(6), "speakers": rng.IntN(2), "results": 1},
			}
			for _, id := range all {
				switch r := rng.IntN(100); {
				case r < 8:
					m.AbsentExcused = append(m.AbsentExcused, id)
				case r < 10:
					m.AbsentUnexcused = append(m.AbsentUnexcused, id)
				default:
					m.Present = append(m.Present, id)
				}
			}
			bc.meetings = append(bc.meetings, m)
		}
		for mo := time.January; mo <= time.December; mo++ {
			bc.meetings = append(bc.meetings, branch.Meeting{ID: fmt.Sprintf("%s-cc-%02d", org.ID, int(mo)), Org: org.ID, Kind: branch.CellCommittee,
				Date: chibo.DateOf(2026, mo, 2), Start: 8 * 60, End: 9 * 60, Summoned: all[:2], Present: all[:2]})
			add(branch.Regular, chibo.DateOf(2026, mo, 5))
			if mo%3 == 0 {
				add(branch.Thematic, chibo.DateOf(2026, mo, 20))
			}
		}
		for i := range bc.meetings {
			if bc.meetings[i].Kind.IsCellMeeting() {
				bc.cell = append(bc.cell, i)
			}
		}
		out[c] = bc
	}
	return out
}

// BenchmarkAssessYear rates a year of meetings (12 regular, 4 thematic)
// for each of 50,000 synthetic cells of about 20 members, with the cell's
// other meetings as context. One operation is the 50,000 cells; the
// ns/cell and allocs/cell metrics are per cell-year.
//
//   - check-2025, check-2018: Scheme.Check, the bulk path without reasons;
//   - assess-2025, assess-2018: Scheme.Assess, with every reason in two
//     languages;
//   - review: ReviewOrganisation over the year (validation, schedule
//     compliance, absences and the assessments).
func BenchmarkAssessYear(b *testing.B) {
	cells := syntheticYear(1)
	for i := range cells {
		for _, j := range cells[i].cell {
			if err := cells[i].meetings[j].Validate(cells[i].org); err != nil {
				b.Fatal(err)
			}
		}
	}
	from, to := chibo.DateOf(2026, time.January, 1), chibo.DateOf(2026, time.December, 31)
	run := func(b *testing.B, perCell func(c *benchCell, ctx *evaluation.Context) int) {
		ctx := &evaluation.Context{}
		var ms0, ms1 runtime.MemStats
		sink := 0
		b.ReportAllocs()
		runtime.GC() // not the garbage of the previous sub-benchmark
		runtime.ReadMemStats(&ms0)
		b.ResetTimer()
		for b.Loop() {
			for i := range benchCells {
				c := &cells[i%benchPool]
				ctx.Org, ctx.Earlier = c.org, c.meetings
				sink += perCell(c, ctx)
			}
		}
		b.StopTimer()
		runtime.ReadMemStats(&ms1)
		per := float64(b.N) * benchCells
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/cell")
		b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/per, "allocs/cell")
		if sink == 0 {
			b.Fatal("nothing rated")
		}
	}
	for _, s := range []*evaluation.Scheme{&evaluation.Scheme2025, &evaluation.Scheme2018} {
		b.Run("check-"+s.Name, func(b *testing.B) {
			run(b, func(c *benchCell, ctx *evaluation.Context) int {
				n := 0
				for _, j := range c.cell {
					if s.Check(&c.meetings[j], ctx).Level != evaluation.LevelNone {
						n++
					}
				}
				return n
			})
		})
		b.Run("assess-"+s.Name, func(b *testing.B) {
			run(b, func(c *benchCell, ctx *evaluation.Context) int {
				n := 0
				for _, j := range c.cell {
					n += len(s.Assess(&c.meetings[j], ctx).Reasons)
				}
				return n
			})
		})
	}
	b.Run("review", func(b *testing.B) {
		run(b, func(c *benchCell, _ *evaluation.Context) int {
			r := evaluation.ReviewOrganisation(c.org, c.meetings, from, to, nil, branch.ScheduleRules{})
			if len(r.Rejected) > 0 {
				b.Fatal(r.Rejected[0])
			}
			return len(r.Assessments)
		})
	})
}
