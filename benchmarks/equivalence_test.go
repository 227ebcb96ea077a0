package benchmarks_test

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/benchmarks"
	"github.com/chibo-go/chibo/member"
)

// How many generated members the equivalence test decides with chibo, Rego
// and CEL, and the seed: go test -run Equivalence -members 100000 -seed 7
// searches further.
var (
	equivalenceMembers = flag.Int("members", 2000, "members decided by TestEquivalence")
	equivalenceSeed    = flag.Uint64("seed", 20260902, "seed of TestEquivalence's members")
)

// chiboResult is chibo's outcome in the peers' terms.
func chiboResult(o award.Outcome) benchmarks.Result {
	r := benchmarks.Result{Status: o.Status.String(), Milestone: o.Milestone, Due: benchmarks.Day(o.Due), Round: benchmarks.Day(o.Round)}
	return r
}

// peers holds the two peer engines, each prepared once.
type peers struct {
	opa *benchmarks.OPA
	cel *benchmarks.CEL
}

func newPeers(t *testing.T) peers {
	t.Helper()
	opa, err := benchmarks.NewOPA(context.Background())
	if err != nil {
		t.Fatalf("compiling the Rego policy: %v", err)
	}
	cel, err := benchmarks.NewCEL()
	if err != nil {
		t.Fatalf("compiling the CEL expression: %v", err)
	}
	return peers{opa: opa, cel: cel}
}

// decide returns the Rego and the CEL decisions for one case.
func (p peers) decide(t *testing.T, c *equivCase) (opa, cel benchmarks.Result) {
	t.Helper()
	in, err := benchmarks.NewInput(&c.m, c.round)
	if err != nil {
		t.Fatal(err)
	}
	ov, err := p.opa.Prepare(in)
	if err != nil {
		t.Fatal(err)
	}
	if opa, err = p.opa.Decide(context.Background(), ov); err != nil {
		t.Fatalf("%s: opa: %v", c.m.ID, err)
	}
	act, err := p.cel.Prepare(in)
	if err != nil {
		t.Fatal(err)
	}
	if cel, err = p.cel.Decide(act); err != nil {
		t.Fatalf("%s: cel: %v", c.m.ID, err)
	}
	return opa, cel
}

// compare decides every case with chibo and the peers, reports each
// disagreement (the first 20 in full), and returns chibo's statuses and the
// situations covered.
func (p peers) compare(t *testing.T, cases []equivCase) (statuses, covered map[string]int) {
	t.Helper()
	statuses, covered = map[string]int{}, map[string]int{}
	mismatches := 0
	for i := range cases {
		c := &cases[i]
		if err := c.m.Validate(asOf); err != nil {
			t.Fatalf("generated member %s is invalid: %v", c.m.ID, err)
		}
		o := award.Regime2021.Check(&c.m, c.round)
		want := chiboResult(o)
		statuses[want.Status]++
		for _, k := range coverage(c, o) {
			covered[k]++
		}
		gotOPA, gotCEL := p.decide(t, c)
		if gotOPA != want || gotCEL != want {
			mismatches++
			if mismatches <= 20 {
				in, _ := benchmarks.NewInput(&c.m, c.round)
				t.Errorf("%s, round %s:\n  chibo %v\n  rego  %v\n  cel   %v\n  member %s",
					c.m.ID, c.round, want, gotOPA, gotCEL, describe(in))
			}
		}
	}
	if mismatches > 0 {
		t.Errorf("%d of %d members decided differently", mismatches, len(cases))
	}
	t.Logf("%d members; chibo's statuses: %v", len(cases), statuses)
	return statuses, covered
}

// TestEquivalence decides the same members with award.Regime2021.Check,
// the Rego policy and the CEL expression, and wants the same status,
// milestone, milestone date and round from all three.
func TestEquivalence(t *testing.T) {
	p := newPeers(t)
	cases := commonCases(*equivalenceMembers, *equivalenceSeed)
	statuses, covered := p.compare(t, cases)
	t.Logf("situations covered: %v", covered)
	// The cases must exercise every outcome the peer policies decide, and
	// every part of the rule (checked from 2,000 members on: a smaller run
	// may miss the rarest situations).
	if len(cases) < 2000 {
		return
	}
	for _, s := range []string{"eligible", "not-due", "ineligible"} {
		if statuses[s] < len(cases)/50 {
			t.Errorf("only %d %s members among %d: the generator no longer covers the rule", statuses[s], s, len(cases))
		}
	}
	for _, k := range situations {
		if covered[k] < 5*len(cases)/2000 {
			t.Errorf("only %d members in situation %q: the generator no longer covers it", covered[k], k)
		}
	}
}

// TestEquivalenceNational does the same on the members of a sample of the
// national roster that are on the peers' common path, each decided for a
// round drawn from testRounds.
func TestEquivalenceNational(t *testing.T) {
	p := newPeers(t)
	rng := rand.New(rand.NewPCG(*equivalenceSeed, 1))
	var cases []equivCase
	for _, m := range buildNational(1500, *equivalenceSeed) {
		if _, err := benchmarks.NewInput(&m, nationalRound); err == nil {
			cases = append(cases, equivCase{m: m, round: testRounds[rng.IntN(len(testRounds))]})
		}
	}
	p.compare(t, cases)
}

// situations are the parts of the rule the equivalence cases must reach.
var situations = []string{
	"card date only", "probationary", "probationary after readmission",
	"official before the exit", "readmitted", "outside", "frozen by an open period",
	"milestone pushed by periods not counted", "restored period",
	"milestone on the round date", "milestone the day after the round",
	"29 February start, milestone clamped", "missed milestones", "every badge received",
	"badges held, next due", "gaps out of order", "period beginning on a milestone date",
}

// coverage names the situations of a case.
func coverage(c *equivCase, o award.Outcome) []string {
	m := &c.m
	var ks []string
	add := func(ok bool, k string) {
		if ok {
			ks = append(ks, k)
		}
	}
	readmitted, outside, restored := false, false, false
	for _, g := range m.Gaps {
		readmitted = readmitted || (g.Kind.EndsMembership() && !g.Open())
		outside = outside || (g.Kind.EndsMembership() && g.Contains(c.round))
		restored = restored || g.Kind == member.Restored
	}
	probationary := !outside && !m.OfficialOn(c.round)
	add(m.DecisionDate.IsZero(), "card date only")
	add(probationary, "probationary")
	add(probationary && readmitted && m.OfficialDate.IsZero(), "probationary after readmission")
	add(!outside && readmitted && m.OfficialDate.After(c.round) && m.OfficialOn(c.round), "official before the exit")
	add(readmitted, "readmitted")
	add(outside, "outside")
	add(restored, "restored period")
	add(o.Milestone != 0 && o.Due.IsZero(), "frozen by an open period")
	add(o.Milestone != 0 && !o.Due.IsZero() && o.Due != m.Start().AddYears(o.Milestone), "milestone pushed by periods not counted")
	add(o.Due == c.round, "milestone on the round date")
	add(o.Status == award.NotDue && o.Due == c.round.AddDays(1), "milestone the day after the round")
	s := m.Start()
	add(s.Month() == time.February && s.Day() == 29 && o.Milestone != 0 && len(m.Gaps) == 0, "29 February start, milestone clamped")
	add(o.Missed != 0, "missed milestones")
	add(o.Status == award.NotDue && o.Milestone == 0 && !probationary, "every badge received")
	add(len(m.Badges) > 0 && o.Status == award.NotDue && o.Milestone != 0, "badges held, next due")
	add(len(m.Gaps) > 1 && !slices.IsSortedFunc(m.Gaps, func(a, b member.Gap) int { return a.From.Compare(b.From) }), "gaps out of order")
	add(onEdge(m), "period beginning on a milestone date")
	return ks
}

// onEdge reports whether a period not counted begins exactly on a
// milestone date as the periods before it push it.
func onEdge(m *member.Member) bool {
	gaps := slices.SortedFunc(slices.Values(m.Gaps), func(a, b member.Gap) int { return a.From.Compare(b.From) })
	pushed := 0
	for _, g := range gaps {
		if g.Kind.Counted() {
			continue
		}
		for _, y := range milestones2021 {
			if g.From == m.Start().AddYears(y).AddDays(pushed) {
				return true
			}
		}
		if g.Open() {
			return false
		}
		pushed += g.From.DaysUntil(g.To) + 1
	}
	return false
}

// describe prints an input with civil dates.
func describe(in benchmarks.Input) string {
	s := fmt.Sprintf("start=%s official=%s badges=%v gaps=[", benchmarks.DateOfDay(in.Start), benchmarks.DateOfDay(in.Official), in.Badges)
	for i, g := range in.Gaps {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%s:%s..%s", g.Kind, benchmarks.DateOfDay(g.From), benchmarks.DateOfDay(g.To))
	}
	return s + "]"
}
