package award_test

import (
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

// FuzzDecide builds a member from fuzzed offsets and checks the invariants
// of the decision: no panic; Check and Decide agree; an eligible milestone
// is one of the regime's; an early award lies within its window; a regular
// award is reached by the round; party age never decreases as the date
// advances.
func FuzzDecide(f *testing.F) {
	f.Add(uint16(20000), uint16(365), uint16(3000), uint16(700), uint8(3), uint8(2), uint16(9000), uint16(0), uint16(0), false, uint16(22000), uint8(2))
	f.Add(uint16(100), uint16(400), uint16(0), uint16(0), uint8(0), uint8(0), uint16(0), uint16(40), uint16(30000), true, uint16(20000), uint8(4))
	f.Add(uint16(5000), uint16(365), uint16(2000), uint16(2000), uint8(1), uint8(4), uint16(10), uint16(7), uint16(9000), false, uint16(40000), uint8(1))
	base := chibo.DateOf(1930, time.January, 1)
	regimes := append(award.Regimes(), award.Regime2021Handbook)
	f.Fuzz(func(t *testing.T, start, probation, gapAt, gapLen uint16, gapKind, form uint8, discAt, badges, diedAt uint16, ill bool, roundAt uint16, regime uint8) {
		m := member.Member{ID: "f", Name: "Fuzz", DecisionDate: base.AddDays(int(start)), SeriouslyIll: ill}
		m.OfficialDate = m.DecisionDate.AddDays(int(probation))
		if gapLen > 0 {
			from := m.DecisionDate.AddDays(1 + int(gapAt))
			m.Gaps = []member.Gap{{Kind: member.GapKind(1 + gapKind%5), From: from, To: from.AddDays(int(gapLen))}}
			if gapLen%7 == 0 {
				m.Gaps[0].To = chibo.Date{}
			}
		}
		if form%5 != 0 {
			m.Discipline = []member.Discipline{{Form: member.Form(form % 5), Date: m.DecisionDate.AddDays(int(discAt))}}
		}
		for i, y := range []int{30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90} {
			if badges&(1<<i) != 0 {
				m.Badges = append(m.Badges, y)
			}
		}
		if diedAt > 0 {
			m.Died = m.DecisionDate.AddDays(int(diedAt))
		}
		round := base.AddDays(int(roundAt) * 2)
		r := regimes[int(regime)%len(regimes)]

		d := r.Decide(&m, round)
		if got := r.Check(&m, round); got != d.Outcome {
			t.Fatalf("Check %+v != Decide %+v", got, d.Outcome)
		}
		if len(d.Reasons) == 0 {
			t.Fatal("a decision without reasons")
		}
		if d.Status == award.Eligible || d.Status == award.Deferred {
			if !r.Milestones.Has(d.Milestone) {
				t.Fatalf("eligible for %d, not a milestone of %s", d.Milestone, r.Name)
			}
			if m.HasBadge(d.Milestone) || d.Milestone <= m.HighestBadge() {
				t.Fatalf("awarded %d again (badges %v)", d.Milestone, m.Badges)
			}
			switch d.Kind {
			case award.Regular:
				if d.Due.After(round) {
					t.Fatalf("regular award before the milestone: due %s, round %s", d.Due, round)
				}
			case award.EarlyIllness:
				w := r.EarlyIllness.Months(d.Milestone)
				if w == 0 || round.Before(d.Due.AddMonths(-w)) {
					t.Fatalf("early award outside its %d-month window: due %s, round %s", w, d.Due, round)
				}
			case award.EarlyPosthumous:
				w := r.EarlyPosthumousMonths
				if w == 0 || m.Died.Before(d.Due.AddMonths(-w)) {
					t.Fatalf("early posthumous award outside its %d-month window: due %s, died %s", w, d.Due, m.Died)
				}
			}
		}
		if d.Status == award.Deferred && !d.DeferredUntil.After(round) {
			t.Fatalf("deferred until %s, not after the round %s", d.DeferredUntil, round)
		}
		// Party age never decreases as the date advances.
		prev := chibo.Span{}
		for d := m.DecisionDate; !d.IsZero() && d.Before(round); d = d.AddDays(97) {
			age, ok := m.PartyAge(d)
			if !ok {
				continue
			}
			if less(age, prev) {
				t.Fatalf("party age went down on %s: %v after %v", d, age, prev)
			}
			prev = age
		}
	})
}

func less(a, b chibo.Span) bool {
	if a.Years != b.Years {
		return a.Years < b.Years
	}
	if a.Months != b.Months {
		return a.Months < b.Months
	}
	return a.Days < b.Days
}
