package award

import (
	"math/bits"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Compact is a roster record compiled for deciding many rounds fast: a
// small value (20 bytes, no pointers) holding what a badge decision reads
// of the most common members — the start of party age as a civil date,
// the recognition as official, the death and the highest badge held — and
// the record's position in the roster it was compiled from.
//
// A record is compiled "plain" when its decision needs nothing else: no
// period of its history (Gaps), no discipline, no serious illness, a start
// date that is not 29 February, badges no higher than 255 years. The other records — a few in a hundred — are decided by
// Regime.Check on the roster record itself, so CheckCompact returns
// exactly what Check returns for every record.
//
// A Compact is only meaningful with the roster it was compiled from,
// unchanged: after editing a record, compile the roster again. The zero
// Compact stands for no record (Check of a nil member).
type Compact struct {
	official chibo.Date // OfficialDate
	died     chibo.Date // Died
	ref      int32      // roster index + 1; 0: no record
	sy       int16      // start year (plain only)
	smd      uint16     // start month<<5 | start day (plain only)
	held     uint8      // the highest badge held (plain only)
	plain    bool       // decided from the fields above
}

// civilKey orders civil dates as a number: year<<9 | month<<5 | day.
func civilKey(y, mo, d int) uint32 { return uint32(y)<<9 | uint32(mo)<<5 | uint32(d) }

// maxPlainYear keeps every milestone date of a plain record (start year +
// at most 155) inside the years chibo.Date covers.
const maxPlainYear = 9999 - 31*5

// Compile compiles a roster for CheckCompact and DecideAll: one Compact
// per record that passes validation, in roster order, and the records
// rejected, exactly as Nominate validates and rejects them
// (member.Validate without an as-of date, member.DuplicateIDs). The roster
// is not copied; the Compacts refer to it by index.
func Compile(roster []member.Member) ([]Compact, []Rejection) {
	dup := member.DuplicateIDs(roster)
	out := make([]Compact, 0, len(roster))
	var rejected []Rejection
	for i := range roster {
		m := &roster[i]
		if err := validate(m, dup[i]); err != nil {
			rejected = append(rejected, Rejection{Index: i, ID: m.ID, Err: err})
			continue
		}
		out = append(out, compile(m, i))
	}
	return out, rejected
}

// compile compiles roster record m at index i.
func compile(m *member.Member, i int) Compact {
	c := Compact{official: m.OfficialDate, died: m.Died, ref: int32(i + 1)}
	start := m.Start()
	held := m.HighestBadge()
	if start.IsZero() || len(m.Gaps) > 0 || len(m.Discipline) > 0 || m.SeriouslyIll || held > 255 {
		return c
	}
	y, mo, d := start.Date()
	if y > maxPlainYear || (mo == time.February && d == 29) {
		return c
	}
	c.sy, c.smd, c.held, c.plain = int16(y), uint16(mo)<<5|uint16(d), uint8(held), true
	return c
}

// Index returns the record's position in the roster it was compiled from,
// or -1 for the zero Compact.
func (c *Compact) Index() int { return int(c.ref) - 1 }

// Plain reports whether the record is decided from the compact fields
// alone (see Compact).
func (c *Compact) Plain() bool { return c.plain }

// Official returns the record's OfficialDate.
func (c *Compact) Official() chibo.Date { return c.official }

// Died returns the record's date of death.
func (c *Compact) Died() chibo.Date { return c.died }

// HighestBadge returns the highest badge held, for a plain record (0 for
// the others, whose badges are read from the roster).
func (c *Compact) HighestBadge() int { return int(c.held) }

// StartCivil returns the start of party age as year, month and day, for a
// plain record (zeros for the others).
func (c *Compact) StartCivil() (year int, month time.Month, day int) {
	return int(c.sy), time.Month(c.smd >> 5), int(c.smd & 31)
}

// roundInfo is what a round contributes to every decision, computed once.
type roundInfo struct {
	round chibo.Date
	key   uint32 // civilKey of round
	ry    int
	rmd   uint16 // month<<5 | day of round
	extra bool   // the regime has rounds besides the standard ones
}

func (r *Regime) roundInfo(round chibo.Date) roundInfo {
	y, mo, d := round.Date()
	return roundInfo{round: round, key: civilKey(y, int(mo), d), ry: y,
		rmd: uint16(mo)<<5 | uint16(d), extra: len(r.Rounds.Extra) > 0}
}

// CheckCompact decides the badge of the compiled record c in the round
// held on round. roster must be the roster c was compiled from, unchanged
// since. It returns exactly what r.Check(&roster[c.Index()], round)
// returns (r.Check(nil, round) for a nil or zero Compact), and does not
// allocate.
func (r *Regime) CheckCompact(c *Compact, roster []member.Member, round chibo.Date) Outcome {
	if round.IsZero() {
		return r.Check(nil, round)
	}
	ri := r.roundInfo(round)
	return r.checkCompact(c, roster, &ri)
}

// DecideAll decides the round for every compiled record of cs, in order,
// and calls f with the record's roster index and its outcome: what
// CheckCompact returns, with the round's date arithmetic done once. It
// does not allocate. Call it on parts of cs from several goroutines to use
// every core; the roster and the regime are only read.
func (r *Regime) DecideAll(cs []Compact, roster []member.Member, round chibo.Date, f func(index int, o Outcome)) {
	if round.IsZero() {
		for i := range cs {
			f(cs[i].Index(), r.Check(nil, round))
		}
		return
	}
	ri := r.roundInfo(round)
	for i := range cs {
		c := &cs[i]
		f(c.Index(), r.checkCompact(c, roster, &ri))
	}
}

func (r *Regime) checkCompact(c *Compact, roster []member.Member, ri *roundInfo) Outcome {
	switch {
	case c == nil:
		return r.Check(nil, ri.round)
	case !c.plain:
		if i := c.Index(); i >= 0 && i < len(roster) {
			return r.Check(&roster[i], ri.round)
		}
		return r.Check(nil, ri.round)
	}
	// Check on a plain record: no gap, no discipline, not ill, so official
	// on the reference date (the round, or the death on or before it)
	// exactly when recognised on or before it, and party age is calendar
	// arithmetic on the start (ageOf's plain path), without clamping since
	// the start is not 29 February.
	o := Outcome{discipline: -1}
	dead := !c.died.IsZero() && !c.died.After(ri.round)
	ref, refKey, refY, refMD := ri.round, ri.key, ri.ry, ri.rmd
	if dead {
		y, mo, d := c.died.Date()
		ref, refKey, refY, refMD = c.died, civilKey(y, int(mo), d), y, uint16(mo)<<5|uint16(d)
	}
	if c.official.IsZero() || c.official.After(ref) {
		o.Status, o.cause = NotDue, causeProbationary
		if dead {
			o.Status, o.cause = Ineligible, causeDiedProbation
		}
		return o
	}
	held := int(c.held)
	next := r.Milestones.nextAbove(held)
	if next == 0 {
		o.Status, o.cause = NotDue, causeAllReceived
		return o
	}
	sy, sm, sd := int(c.sy), int(c.smd>>5), int(c.smd&31)
	if civilKey(sy+next, sm, sd) <= refKey {
		years := refY - sy
		if refMD < c.smd {
			years--
		}
		if years > held {
			if top := r.Milestones.HighestUpTo(years); top > held {
				o.Milestone, o.Due = top, chibo.DateOf(sy+top, time.Month(sm), sd)
				o.Missed = r.Milestones.Between(held, top)
				o.Status, o.Kind, o.Round, o.cause = Eligible, Regular, ri.round, causeDue
				if dead {
					o.Kind = Posthumous
				}
				return o
			}
		}
	}
	o.Milestone = next
	o.Due = chibo.DateOf(sy+next, time.Month(sm), sd)
	if dead {
		o.early = r.EarlyPosthumousMonths
		o.Status, o.Kind, o.cause = Ineligible, EarlyPosthumous, causeDeadShort
		if o.early > 0 {
			o.WindowOpens = o.Due.AddMonths(-o.early)
			if !c.died.Before(o.WindowOpens) {
				o.Status, o.cause, o.Round = Eligible, causeEarly, ri.round
			}
		}
		return o
	}
	o.Status, o.cause = NotDue, causeNotReached
	if ri.extra {
		o.Round = r.Rounds.OnOrAfter(o.Due)
	} else {
		o.Round = firstStandardRound(sy+next, time.Month(sm), sd)
	}
	return o
}

// nextAbove is Next by bit arithmetic: the smallest milestone above years
// (years >= 0), or 0.
func (s Milestones) nextAbove(years int) int {
	i := uint(years/5 + 1)
	if i >= 32 {
		return 0
	}
	m := uint32(s) >> i << i
	if m == 0 {
		return 0
	}
	return bits.TrailingZeros32(m) * 5
}
