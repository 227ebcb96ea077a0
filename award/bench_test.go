package award_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
)

var benchRound = chibo.DateOf(2026, time.September, 2)

// BenchmarkCheck is the bulk path: one member, no reasons. Reported per
// member.
func BenchmarkCheck(b *testing.B) {
	ms := syntheticRoster(4096, 1)
	r := award.RegimeOn(benchRound)
	b.ReportAllocs()
	b.ResetTimer()
	var eligible int
	for i := 0; b.Loop(); i++ {
		if r.Check(&ms[i&4095], benchRound).Status == award.Eligible {
			eligible++
		}
	}
	_ = eligible
}

// BenchmarkDecide is the path with reasons.
func BenchmarkDecide(b *testing.B) {
	ms := syntheticRoster(4096, 2)
	r := award.RegimeOn(benchRound)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_ = r.Decide(&ms[i&4095], benchRound)
	}
}

// BenchmarkNominate decides one round over a 100,000-member roster,
// validation included. ns/op is per roster; divide by 100,000 for a member.
func BenchmarkNominate(b *testing.B) {
	ms := syntheticRoster(100_000, 3)
	r := award.RegimeOn(benchRound)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := r.Nominate(ms, benchRound)
		if len(n.Rejected) != 0 {
			b.Fatalf("synthetic roster has rejected records: %v", n.Rejected[0].Err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100_000, "ns/member")
}

// BenchmarkNominateParallel is BenchmarkNominate on every core.
func BenchmarkNominateParallel(b *testing.B) {
	ms := syntheticRoster(100_000, 3)
	r := award.RegimeOn(benchRound)
	workers := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = r.NominateParallel(ms, benchRound, workers)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100_000, "ns/member")
}

// BenchmarkCheckCompact is BenchmarkCheck on the compiled roster
// (award.Compile, outside the timing): one member, no reasons.
func BenchmarkCheckCompact(b *testing.B) {
	ms := syntheticRoster(4096, 1)
	cs, rejected := award.Compile(ms)
	if len(cs) != len(ms) {
		b.Fatalf("%d records rejected", len(rejected))
	}
	r := award.RegimeOn(benchRound)
	b.ReportAllocs()
	b.ResetTimer()
	var eligible int
	for i := 0; b.Loop(); i++ {
		if r.CheckCompact(&cs[i&4095], ms, benchRound).Status == award.Eligible {
			eligible++
		}
	}
	_ = eligible
}
