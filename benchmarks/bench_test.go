package benchmarks_test

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/benchmarks"
	"github.com/chibo-go/chibo/member"
	"github.com/google/cel-go/interpreter"
	"github.com/open-policy-agent/opa/v1/ast"
)

// benchMembers is the size of the slice of members the side-by-side
// benchmarks cycle through (a power of two); the members are the
// equivalence test's, on the peer policies' common path.
const benchMembers = 4096

var (
	benchOnce  sync.Once
	benchCases []equivCase
)

func sideBySide() []equivCase {
	benchOnce.Do(func() { benchCases = commonCases(benchMembers, 6) })
	return benchCases
}

// BenchmarkChiboCheck is chibo's bulk path: award.Regime2021.Check, no
// reasons, no allocation.
func BenchmarkChiboCheck(b *testing.B) {
	cs := sideBySide()
	r := &award.Regime2021
	b.ReportAllocs()
	eligible := 0
	for i := 0; b.Loop(); i++ {
		c := &cs[i&(benchMembers-1)]
		if r.Check(&c.m, c.round).Status == award.Eligible {
			eligible++
		}
	}
	sinkInt = eligible
}

// BenchmarkChiboDecide is chibo's path with reasons: award.Regime2021.Decide.
func BenchmarkChiboDecide(b *testing.B) {
	cs := sideBySide()
	r := &award.Regime2021
	b.ReportAllocs()
	eligible := 0
	for i := 0; b.Loop(); i++ {
		c := &cs[i&(benchMembers-1)]
		if r.Decide(&c.m, c.round).Status == award.Eligible {
			eligible++
		}
	}
	sinkInt = eligible
}

// BenchmarkCEL evaluates the CEL program, compiled and planned once, on
// activations prepared before the timing.
func BenchmarkCEL(b *testing.B) {
	cs := sideBySide()
	prg, err := benchmarks.NewCEL()
	if err != nil {
		b.Fatal(err)
	}
	acts := make([]interpreter.Activation, len(cs))
	for i := range cs {
		in, err := benchmarks.NewInput(&cs[i].m, cs[i].round)
		if err != nil {
			b.Fatal(err)
		}
		if acts[i], err = prg.Prepare(in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	eligible := 0
	for i := 0; b.Loop(); i++ {
		res, err := prg.Decide(acts[i&(benchMembers-1)])
		if err != nil {
			b.Fatal(err)
		}
		if res.Status == "eligible" {
			eligible++
		}
	}
	sinkInt = eligible
}

// BenchmarkOPA evaluates the Rego query, prepared once
// (rego.PrepareForEval), on inputs parsed before the timing.
func BenchmarkOPA(b *testing.B) {
	cs := sideBySide()
	ctx := context.Background()
	opa, err := benchmarks.NewOPA(ctx)
	if err != nil {
		b.Fatal(err)
	}
	ins := make([]ast.Value, len(cs))
	for i := range cs {
		in, err := benchmarks.NewInput(&cs[i].m, cs[i].round)
		if err != nil {
			b.Fatal(err)
		}
		if ins[i], err = opa.Prepare(in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	eligible := 0
	for i := 0; b.Loop(); i++ {
		res, err := opa.Decide(ctx, ins[i&(benchMembers-1)])
		if err != nil {
			b.Fatal(err)
		}
		if res.Status == "eligible" {
			eligible++
		}
	}
	sinkInt = eligible
}

var sinkInt int

// tally counts a round's outcomes by status.
type tally [award.Invalid + 1]int

// decideAll decides the round for every member of ms with r.Check.
func decideAll(r *award.Regime, ms []member.Member, t *tally) {
	round := nationalRound
	for i := range ms {
		t[r.Check(&ms[i], round).Status]++
	}
}

// reportNational adds the per-member metrics of a pass over the roster.
func reportNational(b *testing.B, n int, perMember float64, t *tally) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/member")
	b.ReportMetric(perMember, "B/member")
	if t != nil {
		b.ReportMetric(float64(t[award.Eligible])/float64(b.N), "awards")
	}
}

// BenchmarkNationalRound decides one round for the 5.6 million members of
// the national roster, one after the other, with the regime in force on the
// round date. ns/op is the whole round.
func BenchmarkNationalRound(b *testing.B) {
	ms, perMember := national()
	r := award.RegimeOn(nationalRound)
	b.ReportAllocs()
	var t tally
	for b.Loop() {
		decideAll(&r, ms, &t)
	}
	reportNational(b, len(ms), perMember, &t)
	n := b.N
	b.Logf("round %s, regime %s, %d members (built in %s): %d eligible, %d deferred, %d not due, %d ineligible, %d invalid",
		nationalRound, r.Name, len(ms), nationalDuration.Round(time.Millisecond),
		t[award.Eligible]/n, t[award.Deferred]/n, t[award.NotDue]/n, t[award.Ineligible]/n, t[award.Invalid]/n)
}

// BenchmarkNationalRoundParallel decides the same round across all cores:
// the roster split into GOMAXPROCS chunks, one goroutine each.
func BenchmarkNationalRoundParallel(b *testing.B) {
	ms, perMember := national()
	r := award.RegimeOn(nationalRound)
	procs := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	var total tally
	for b.Loop() {
		ts := make([]tally, procs)
		var wg sync.WaitGroup
		for p := range procs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				decideAll(&r, ms[p*len(ms)/procs:(p+1)*len(ms)/procs], &ts[p])
			}()
		}
		wg.Wait()
		for _, t := range ts {
			for s, n := range t {
				total[s] += n
			}
		}
	}
	reportNational(b, len(ms), perMember, &total)
}

// floor reads the fields a badge decision reads — start, official date,
// death, periods, discipline, illness, badges — from every record and sums
// them: the memory-bound floor of a pass over the roster.
func floor(ms []member.Member) int {
	s := 0
	for i := range ms {
		m := &ms[i]
		s += epoch.DaysUntil(m.DecisionDate) + epoch.DaysUntil(m.CardDate) +
			epoch.DaysUntil(m.OfficialDate) + epoch.DaysUntil(m.Died)
		for j := range m.Gaps {
			g := &m.Gaps[j]
			s += epoch.DaysUntil(g.From) + epoch.DaysUntil(g.To) + int(g.Kind)
		}
		for j := range m.Discipline {
			s += epoch.DaysUntil(m.Discipline[j].Date) + int(m.Discipline[j].Form)
		}
		for _, y := range m.Badges {
			s += y
		}
		if m.SeriouslyIll {
			s++
		}
	}
	return s
}

// epoch is a day before every date of the roster.
var epoch = benchmarks.DateOfDay(1)

// BenchmarkFloor is the plain pass: the same fields of every record, read
// and summed, nothing decided.
func BenchmarkFloor(b *testing.B) {
	ms, perMember := national()
	b.ReportAllocs()
	for b.Loop() {
		sinkInt += floor(ms)
	}
	reportNational(b, len(ms), perMember, nil)
}

// BenchmarkFloorParallel is the plain pass across all cores, split as
// BenchmarkNationalRoundParallel splits the roster.
func BenchmarkFloorParallel(b *testing.B) {
	ms, perMember := national()
	procs := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	for b.Loop() {
		sums := make([]int, procs)
		var wg sync.WaitGroup
		for p := range procs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sums[p] = floor(ms[p*len(ms)/procs : (p+1)*len(ms)/procs])
			}()
		}
		wg.Wait()
		for _, s := range sums {
			sinkInt += s
		}
	}
	reportNational(b, len(ms), perMember, nil)
}

// BenchmarkNationalNominate is the library's batch entry point on the same
// roster: award.Nominate validates every record, rejects duplicate IDs,
// decides, and sorts the awards by branch and name.
func BenchmarkNationalNominate(b *testing.B) {
	ms, perMember := national()
	r := award.RegimeOn(nationalRound)
	b.ReportAllocs()
	awards := 0
	for b.Loop() {
		n := r.Nominate(ms, nationalRound)
		if len(n.Rejected) != 0 {
			b.Fatalf("%d records of the national roster rejected, first: %v", len(n.Rejected), n.Rejected[0].Err)
		}
		awards += len(n.Awards)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ms)), "ns/member")
	b.ReportMetric(perMember, "B/member")
	b.ReportMetric(float64(awards)/float64(b.N), "awards")
}

// BenchmarkNationalNominateParallel is award.NominateParallel on the same
// roster with GOMAXPROCS workers.
func BenchmarkNationalNominateParallel(b *testing.B) {
	ms, perMember := national()
	r := award.RegimeOn(nationalRound)
	workers := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	awards := 0
	for b.Loop() {
		n := r.NominateParallel(ms, nationalRound, workers)
		if len(n.Rejected) != 0 {
			b.Fatalf("%d records of the national roster rejected, first: %v", len(n.Rejected), n.Rejected[0].Err)
		}
		awards += len(n.Awards)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(ms)), "ns/member")
	b.ReportMetric(perMember, "B/member")
	b.ReportMetric(float64(awards)/float64(b.N), "awards")
}

var (
	compactOnce sync.Once
	compactNat  []award.Compact
)

// nationalCompact returns the national roster compiled by award.Compile
// (outside any timing), with the heap the compiled form adds per member.
func nationalCompact(b *testing.B) ([]award.Compact, []member.Member, float64) {
	ms, _ := national()
	compactOnce.Do(func() {
		cs, rejected := award.Compile(ms)
		if len(rejected) != 0 {
			panic(rejected[0].Err)
		}
		compactNat = cs
	})
	if len(compactNat) != len(ms) {
		b.Fatal("national roster not compiled")
	}
	return compactNat, ms, float64(unsafe.Sizeof(award.Compact{}))
}

// decideAllCompact decides the round for every compiled member of cs with
// r.DecideAll.
func decideAllCompact(r *award.Regime, cs []award.Compact, ms []member.Member, t *tally) {
	r.DecideAll(cs, ms, nationalRound, func(_ int, o award.Outcome) { t[o.Status]++ })
}

// BenchmarkNationalRoundCompact is BenchmarkNationalRound on the roster
// compiled by award.Compile: the same outcomes (award.DecideAll returns
// exactly what Check returns). B/member is the compiled form's size, on
// top of the roster's.
func BenchmarkNationalRoundCompact(b *testing.B) {
	cs, ms, perMember := nationalCompact(b)
	r := award.RegimeOn(nationalRound)
	b.ReportAllocs()
	var t tally
	for b.Loop() {
		decideAllCompact(&r, cs, ms, &t)
	}
	reportNational(b, len(cs), perMember, &t)
}

// BenchmarkNationalRoundCompactParallel is BenchmarkNationalRoundCompact
// across all cores, split as BenchmarkNationalRoundParallel splits the
// roster.
func BenchmarkNationalRoundCompactParallel(b *testing.B) {
	cs, ms, perMember := nationalCompact(b)
	r := award.RegimeOn(nationalRound)
	procs := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	var total tally
	for b.Loop() {
		ts := make([]tally, procs)
		var wg sync.WaitGroup
		for p := range procs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				decideAllCompact(&r, cs[p*len(cs)/procs:(p+1)*len(cs)/procs], ms, &ts[p])
			}()
		}
		wg.Wait()
		for _, t := range ts {
			for s, n := range t {
				total[s] += n
			}
		}
	}
	reportNational(b, len(cs), perMember, &total)
}

// floorCompact reads the fields of every compiled member — the roster
// index, the official date, the start, the highest badge, the plain flag —
// and sums them: the plain-pass floor of the compiled form. (It does not
// follow the index to the roster record, which DecideAll does for the few
// members that are not plain.)
func floorCompact(cs []award.Compact) int {
	s := 0
	for i := range cs {
		c := &cs[i]
		y, mo, d := c.StartCivil()
		s += c.Index() + epoch.DaysUntil(c.Official()) + c.HighestBadge() + y + int(mo) + d
		if c.Plain() {
			s++
		}
	}
	return s
}

// BenchmarkFloorCompact is the plain pass over the compiled roster.
func BenchmarkFloorCompact(b *testing.B) {
	cs, _, perMember := nationalCompact(b)
	b.ReportAllocs()
	for b.Loop() {
		sinkInt += floorCompact(cs)
	}
	reportNational(b, len(cs), perMember, nil)
}

// BenchmarkFloorCompactParallel is the plain pass over the compiled roster
// across all cores.
func BenchmarkFloorCompactParallel(b *testing.B) {
	cs, _, perMember := nationalCompact(b)
	procs := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	for b.Loop() {
		sums := make([]int, procs)
		var wg sync.WaitGroup
		for p := range procs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sums[p] = floorCompact(cs[p*len(cs)/procs : (p+1)*len(cs)/procs])
			}()
		}
		wg.Wait()
		for _, s := range sums {
			sinkInt += s
		}
	}
	reportNational(b, len(cs), perMember, nil)
}

// TestCompactEquivalence checks on a sample of the national generator
// that the compiled path decides every member exactly as Check, on rounds
// around the benchmark's.
func TestCompactEquivalence(t *testing.T) {
	ms := buildNational(50_000, nationalSeed)
	cs, rejected := award.Compile(ms)
	if len(rejected) != 0 || len(cs) != len(ms) {
		t.Fatalf("%d records rejected", len(rejected))
	}
	for _, round := range (award.Rounds{}).Between(nationalRound.AddYears(-2), nationalRound.AddYears(2)) {
		r := award.RegimeOn(round)
		r.DecideAll(cs, ms, round, func(i int, o award.Outcome) {
			if want := r.Check(&ms[i], round); o != want {
				t.Fatalf("round %s, member %d: %+v, want %+v", round, i, o, want)
			}
		})
	}
}
