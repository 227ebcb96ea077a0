package award

import (
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Check decides the badge for member m in the round held on round, without
// reasons. It is the bulk path: it does not allocate. The consideration
// date is the round date (rules/badge.md O4): the member's history after it
// — a later death or discipline — is ignored, and Badges must list the
// badges received before the round.
//
// Check assumes a record that passes m.Validate; on an inconsistent record
// it still returns, with an unspecified outcome.
func (r *Regime) Check(m *member.Member, round chibo.Date) Outcome {
	o := Outcome{discipline: -1}
	switch {
	case round.IsZero():
		o.Status, o.cause = Invalid, causeNoRound
		return o
	case m == nil || m.Start().IsZero():
		o.Status, o.cause = Invalid, causeNoStart
		return o
	}
	dead := !m.Died.IsZero() && !m.Died.After(round)
	ref := round
	if dead {
		ref = m.Died
	}
	// OfficialOn already tells an official member inside the Party; only
	// for the others does it matter whether they are outside it.
	if !m.OfficialOn(ref) {
		if m.OutsideOn(ref) {
			o.Status, o.cause = Ineligible, causeOutside
			return o
		}
		if dead {
			o.Status, o.cause = Ineligible, causeDiedProbation
		} else {
			o.Status, o.cause = NotDue, causeProbationary
		}
		return o
	}

	held := m.HighestBadge()
	age := newAgeOf(m)
	next := r.Milestones.Next(held)
	var nextDue chibo.Date
	reached := next != 0
	if reached && age.plain {
		// Most members have not reached their next milestone: one date
		// tells, without counting the years.
		nextDue = age.reaches(next)
		reached = !nextDue.After(ref)
	}
	// The highest milestone reached on ref and above every badge held; the
	// ones between are missed. Party age reaches N years exactly on
	// ReachesOn(N), so the full years counted on ref decide it.
	if reached {
		if years := age.years(ref); years > held {
			if top := r.Milestones.HighestUpTo(years); top > held {
				o.Milestone, o.Due = top, age.reaches(top)
				o.Missed = r.Milestones.Between(held, top)
			}
		}
	}
	if o.Milestone != 0 {
		o.cause = causeDue
		if dead {
			o.Status, o.Kind, o.Round = Eligible, Posthumous, round
			return o
		}
		o.Status, o.Kind, o.Round = Eligible, Regular, round
		r.defer_(m, round, &o)
		return o
	}

	if next == 0 {
		o.Status, o.cause = NotDue, causeAllReceived
		return o
	}
	o.Milestone = next
	if nextDue.IsZero() {
		nextDue = age.reaches(next)
	}
	o.Due = nextDue
	if o.Due.IsZero() {
		o.Status, o.cause = NotDue, causeFrozen
		if dead {
			o.Status, o.cause = Ineligible, causeDeadShort
		}
		return o
	}
	if dead {
		o.early = r.EarlyPosthumousMonths
		o.Status, o.Kind, o.cause = Ineligible, EarlyPosthumous, causeDeadShort
		if o.early > 0 {
			o.WindowOpens = o.Due.AddMonths(-o.early)
			if !m.Died.Before(o.WindowOpens) {
				o.Status, o.cause, o.Round = Eligible, causeEarly, round
			}
		}
		return o
	}
	o.Status, o.cause, o.Round = NotDue, causeNotReached, age.round(r.Rounds, next, o.Due)
	if m.SeriouslyIll {
		if o.early = r.EarlyIllness.Months(next); o.early > 0 {
			o.Kind = EarlyIllness
			o.WindowOpens = o.Due.AddMonths(-o.early)
			if !round.Before(o.WindowOpens) {
				o.Status, o.cause, o.Round = Eligible, causeEarly, round
				r.defer_(m, round, &o)
			} else {
				o.cause, o.Round = causeEarlyRefused, r.Rounds.OnOrAfter(o.WindowOpens)
			}
		}
	}
	return o
}

// defer_ applies the discipline deferral to an eligible living member: a
// disciplinary decision on or before the round whose deferral has not run
// out by the round date defers the award until it does (the longest wins).
func (r *Regime) defer_(m *member.Member, round chibo.Date, o *Outcome) {
	for i, dc := range m.Discipline {
		months := r.Deferral.Months(dc.Form)
		if months == 0 || dc.Date.IsZero() || dc.Date.After(round) {
			continue
		}
		until := dc.Date.AddMonths(months)
		if until.After(round) && until.After(o.DeferredUntil) {
			o.DeferredUntil, o.discipline = until, i
		}
	}
	if !o.DeferredUntil.IsZero() {
		o.Status, o.Round = Deferred, r.Rounds.OnOrAfter(o.DeferredUntil)
	}
}

// Check decides with the regime in force on the round date; see
// Regime.Check.
func Check(m *member.Member, round chibo.Date) Outcome {
	r := RegimeOn(round)
	return r.Check(m, round)
}

// Decide decides the badge for member m in the round held on round and
// explains the decision: the milestone, its date, the kind of award, the
// status, and every rule that produced them with its source. The
// consideration date is the round date; see Check for what that means for
// the member's history.
func (r *Regime) Decide(m *member.Member, round chibo.Date) Decision {
	o := r.Check(m, round)
	d := Decision{Outcome: o, Considered: round, Regime: r.Name}
	if m == nil {
		d.Reasons = []chibo.Reason{reasonNoRecord()}
		return d
	}
	d.ID, d.Name, d.Branch = m.ID, m.Name, m.Branch
	ref := round
	if !m.Died.IsZero() && m.Died.Before(round) {
		ref = m.Died
	}
	if o.cause == causeOutside {
		d.Return = append([]int(nil), m.Badges...)
	}
	d.PartyAge, d.HasPartyAge = m.PartyAge(ref)
	d.Reasons = r.explain(m, &d)
	return d
}

// Decide decides with the regime in force on the round date; see
// Regime.Decide.
func Decide(m *member.Member, round chibo.Date) Decision {
	r := RegimeOn(round)
	return r.Decide(m, round)
}

// ageOf computes a member's milestones for Check. A member whose history
// has no period that is not counted — most members — has party age by
// plain calendar arithmetic on the start date, converted once; the others
// go through member.CountedYears and member.ReachesOn. Both give the same
// dates (TestAgeOfFastPath).
type ageOf struct {
	m          *member.Member
	plain      bool
	sy, sm, sd int
}

func newAgeOf(m *member.Member) ageOf {
	a := ageOf{m: m, plain: true}
	for i := range m.Gaps {
		if !m.Gaps[i].Kind.Counted() {
			a.plain = false
			return a
		}
	}
	y, mo, d := m.Start().Date()
	a.sy, a.sm, a.sd = y, int(mo), d
	return a
}

// years returns the whole years of party age counted on d.
func (a ageOf) years(d chibo.Date) int {
	if !a.plain {
		return a.m.CountedYears(d)
	}
	y, mo, dd := d.Date()
	years := y - a.sy
	if int(mo) < a.sm || (int(mo) == a.sm && dd < min(a.sd, chibo.DaysIn(y, mo))) {
		years--
	}
	return max(years, 0)
}

// reaches returns the date party age reaches n years.
func (a ageOf) reaches(n int) chibo.Date {
	if !a.plain {
		return a.m.ReachesOn(n)
	}
	y, mo := a.sy+n, time.Month(a.sm)
	return chibo.DateOf(y, mo, min(a.sd, chibo.DaysIn(y, mo)))
}

// round returns the first round on or after due, the date of n years.
func (a ageOf) round(rs Rounds, n int, due chibo.Date) chibo.Date {
	if !a.plain || len(rs.Extra) > 0 {
		return rs.OnOrAfter(due)
	}
	y, mo := a.sy+n, time.Month(a.sm)
	return firstStandardRound(y, mo, min(a.sd, chibo.DaysIn(y, mo)))
}
