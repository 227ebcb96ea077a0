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
// the recognition as official, the death, the highest badge held and the
// days not counted in party age — and the record's position in the roster
// it was compiled from.
//
// A record is compiled "plain" when its decision needs little else: no
// expulsion and no period outside the Party (Gaps Expelled or StruckOff),
// every period not counted (LostContact, Transfer) ended within 63 years
// of the start, badges no higher than 255 years. The days not counted are
// then added to every milestone after the last such period ends, exactly
// as member.ReachesOn adds them, and serious illness opens its early
// window as in Check. A plain record whose next milestone comes before
// that end, or with a discipline decision whose deferral may apply (an
// Eligible living member), is decided by Regime.Check on the roster
// record, like the records that are not plain — one or two in a hundred —
// so CheckCompact returns exactly what Check returns for every record.
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
	mode     uint8      // 0: not plain; else lim | modeIll | modeDeferrable
	gap      uint16     // days not counted in party age (plain only)
}

// The mode of a plain Compact: the low bits (lim) are the smallest number
// of years (1 to 63) whose milestone falls after every period not counted
// ends, so that the days not counted all push it (1 when there is none);
// modeIll marks a seriously ill member, modeDeferrable a record with
// discipline decisions, which defer an Eligible living member.
const (
	modeLim        = 0x3f
	modeIll        = 0x40
	modeDeferrable = 0x80
)

// feb29 and feb28 are month<<5 | day of 29 and 28 February.
const (
	feb29 = uint16(time.February)<<5 | 29
	feb28 = uint16(time.February)<<5 | 28
)

// clampDay returns day d of month mo in year y, or the month's last day
// when y has no such day (a start on 29 February: AddYears clamps).
func clampDay(y, mo, d int) int {
	if d == 29 && mo == int(time.February) && chibo.DaysIn(y, time.February) == 28 {
		return 28
	}
	return d
}

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
	if start.IsZero() || held > 255 {
		return c
	}
	var mode uint8
	if m.SeriouslyIll {
		mode = modeIll
	}
	for _, dc := range m.Discipline {
		if dc.Form == member.Expulsion {
			return c
		}
		mode |= modeDeferrable
	}
	y, mo, d := start.Date()
	if y > maxPlainYear {
		return c
	}
	// The days not counted (member.ReachesOn, daysNotCounted) and the end
	// of the last period not counted.
	gap := 0
	var end chibo.Date
	for k := range m.Gaps {
		g := &m.Gaps[k]
		switch {
		case g.Kind.Counted():
			continue // Restored: read only for an expulsion
		case g.Kind.EndsMembership() || g.Open():
			return c
		}
		if from := chibo.Max(g.From, start); !g.To.Before(from) {
			gap += from.DaysUntil(g.To) + 1
		}
		end = chibo.Max(end, g.To)
	}
	lim := 1
	if gap > 0 || !end.IsZero() {
		if gap > 0xffff || start.AddYears(31*5).AddDays(gap).IsZero() {
			return c
		}
		lim = max(end.Year()-y, 1)
		for lim <= modeLim && !start.AddYears(lim).After(end) {
			lim++
		}
		if lim > modeLim {
			return c
		}
	}
	c.sy, c.smd, c.held = int16(y), uint16(mo)<<5|uint16(d), uint8(held)
	c.mode, c.gap = mode|uint8(lim), uint16(gap)
	return c
}

// Index returns the record's position in the roster it was compiled from,
// or -1 for the zero Compact.
func (c *Compact) Index() int { return int(c.ref) - 1 }

// Plain reports whether the record was compiled plain: decided from the
// compact fields, but for the cases Compact lists.
func (c *Compact) Plain() bool { return c.mode != 0 }

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
	ry    int
	rmd   uint16 // month<<5 | day of round
	feb29 uint16 // month<<5 | day a start on 29 February has its anniversary
	extra bool   // the regime has rounds besides the standard ones
	// touched is the sum of touch, not otherwise read: it keeps the reads.
	touched int
}

func (r *Regime) roundInfo(round chibo.Date) roundInfo {
	y, mo, d := round.Date()
	return roundInfo{round: round, ry: y, rmd: uint16(mo)<<5 | uint16(d),
		feb29: anniversary29(y), extra: len(r.Rounds.Extra) > 0}
}

// anniversary29 returns month<<5 | day of the anniversary in year y of a
// start on 29 February: 28 February when y is not a leap year.
func anniversary29(y int) uint16 {
	if chibo.DaysIn(y, time.February) == 28 {
		return feb28
	}
	return feb29
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
	var o Outcome
	r.checkCompact(c, roster, &ri, &o)
	return o
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
	var o Outcome
	for len(cs) > 0 {
		part := cs[:min(len(cs), touchBatch)]
		cs = cs[len(part):]
		for i := range part {
			if part[i].mode == 0 {
				ri.touched += touch(&part[i], roster)
			}
		}
		for i := range part {
			c := &part[i]
			r.checkCompact(c, roster, &ri, &o)
			f(c.Index(), o)
		}
	}
}

// touchBatch is the number of compiled records whose roster records
// DecideAll reads ahead (touch) when the records are not plain, a few in
// a batch: their cache misses then overlap instead of following one
// another.
const touchBatch = 512

// touch reads the fields Check reads of the roster record of c and
// returns a number made of them (only so that the reads are made).
func touch(c *Compact, roster []member.Member) int {
	i := c.Index()
	if i < 0 || i >= len(roster) {
		return 0
	}
	m := &roster[i]
	t := len(m.Gaps) + len(m.Discipline) + len(m.Badges)
	if m.SeriouslyIll || m.Start().IsZero() {
		t++
	}
	if len(m.Gaps) > 0 {
		t += int(m.Gaps[0].Kind)
	}
	if len(m.Discipline) > 0 {
		t += int(m.Discipline[0].Form)
	}
	if len(m.Badges) > 0 {
		t += m.Badges[0]
	}
	return t
}

// checkRecord is Check on the roster record of c.
func (r *Regime) checkRecord(c *Compact, roster []member.Member, round chibo.Date) Outcome {
	if i := c.Index(); i >= 0 && i < len(roster) {
		return r.Check(&roster[i], round)
	}
	return r.Check(nil, round)
}

func (r *Regime) checkCompact(c *Compact, roster []member.Member, ri *roundInfo, o *Outcome) {
	switch {
	case c == nil:
		*o = r.Check(nil, ri.round)
		return
	case c.mode == 0:
		*o = r.checkRecord(c, roster, ri.round)
		return
	}
	// Check on a plain record: no period outside the Party, no expulsion,
	// so official on the reference date (the round, or the death on or
	// before it) exactly when recognised on or before it. Party age
	// is calendar arithmetic on the start (ageOf's plain path) less the
	// days not counted: every period not counted ends before the next
	// milestone (mode), so until it ends no milestone above the badges is
	// reached, and after it ends the days not counted are all of them
	// (member.CountedYears), as they all push every milestone from the
	// next one up (member.ReachesOn).
	*o = Outcome{discipline: -1}
	dead := !c.died.IsZero() && !c.died.After(ri.round)
	ref := ri.round
	if dead {
		ref = c.died
	}
	if c.official.IsZero() || c.official.After(ref) {
		o.Status, o.cause = NotDue, causeProbationary
		if dead {
			o.Status, o.cause = Ineligible, causeDiedProbation
		}
		return
	}
	held := int(c.held)
	next := r.Milestones.nextAbove(held)
	if next == 0 {
		o.Status, o.cause = NotDue, causeAllReceived
		return
	}
	if next < int(c.mode&modeLim) {
		*o = r.checkRecord(c, roster, ri.round)
		return
	}
	// The full years of party age on ref: from the start to ref less the
	// days not counted (chibo.FullYears; negative before the start, where
	// FullYears is 0: no milestone either way).
	refY, refMD, feb := ri.ry, ri.rmd, ri.feb29
	if dead || c.gap != 0 {
		y, mo, d := ref.AddDays(-int(c.gap)).Date()
		refY, refMD, feb = y, uint16(mo)<<5|uint16(d), anniversary29(y)
	}
	smd := c.smd
	if smd == feb29 {
		smd = feb
	}
	years := refY - int(c.sy)
	if refMD < smd {
		years--
	}
	sy, sm, sd := int(c.sy), time.Month(c.smd>>5), int(c.smd&31)
	if years >= next {
		top := r.Milestones.HighestUpTo(years)
		due, _ := civil(sy+top, sm, clampDay(sy+top, int(sm), sd))
		o.Milestone, o.Due = top, due.AddDays(int(c.gap))
		o.Missed = r.Milestones.Between(held, top)
		o.Status, o.Kind, o.Round, o.cause = Eligible, Regular, ri.round, causeDue
		if dead {
			o.Kind = Posthumous
		} else if c.mode&modeDeferrable != 0 {
			*o = r.checkRecord(c, roster, ri.round) // the deferral
		}
		return
	}
	o.Milestone = next
	due, toRound := civil(sy+next, sm, clampDay(sy+next, int(sm), sd))
	o.Due = due.AddDays(int(c.gap))
	if dead {
		o.early = r.EarlyPosthumousMonths
		o.Status, o.Kind, o.cause = Ineligible, EarlyPosthumous, causeDeadShort
		if o.early > 0 {
			o.WindowOpens = o.Due.AddMonths(-o.early)
			if !c.died.Before(o.WindowOpens) {
				o.Status, o.cause, o.Round = Eligible, causeEarly, ri.round
			}
		}
		return
	}
	o.Status, o.cause = NotDue, causeNotReached
	if ri.extra || c.gap != 0 {
		o.Round = r.Rounds.OnOrAfter(o.Due)
	} else {
		o.Round = o.Due.AddDays(toRound)
	}
	if c.mode&modeIll != 0 {
		if o.early = r.EarlyIllness.Months(next); o.early > 0 {
			o.Kind = EarlyIllness
			o.WindowOpens = o.Due.AddMonths(-o.early)
			if !ri.round.Before(o.WindowOpens) {
				o.Status, o.cause, o.Round = Eligible, causeEarly, ri.round
				if c.mode&modeDeferrable != 0 {
					*o = r.checkRecord(c, roster, ri.round) // the deferral
				}
			} else {
				o.cause, o.Round = causeEarlyRefused, r.Rounds.OnOrAfter(o.WindowOpens)
			}
		}
	}
}

// Civil dates of the years tableFrom to tableTo-1, without DateOf's
// arithmetic: 1 January of each year and whether it is a leap year, and
// for each day of a year (month<<5 | day; index 1 for a leap year) the
// days from 1 January and the days to the first standard round on or
// after it.
const tableFrom, tableTo = 1900, 2400

var (
	yearTable [tableTo - tableFrom]struct {
		jan1 chibo.Date
		leap int32
	}
	dayTable [2]struct{ ofYear, toRound [16 << 5]int16 }
)

func init() {
	for k := range yearTable {
		y := tableFrom + k
		yearTable[k].jan1 = chibo.DateOf(y, time.January, 1)
		if chibo.DaysIn(y, time.February) == 29 {
			yearTable[k].leap = 1
		}
	}
	for leap, y := range [2]int{2001, 2000} {
		jan1 := chibo.DateOf(y, time.January, 1)
		for mo := time.January; mo <= time.December; mo++ {
			for d := 1; d <= chibo.DaysIn(y, mo); d++ {
				day := chibo.DateOf(y, mo, d)
				dayTable[leap].ofYear[int(mo)<<5|d] = int16(jan1.DaysUntil(day))
				dayTable[leap].toRound[int(mo)<<5|d] = int16(day.DaysUntil(firstStandardRound(y, mo, d)))
			}
		}
	}
}

// civil returns chibo.DateOf(y, mo, d) of a valid civil date, and the
// number of days from it to firstStandardRound(y, mo, d) (which a Date
// plus them is, the zero Date past 9999 as well).
func civil(y int, mo time.Month, d int) (chibo.Date, int) {
	md := (int(mo)<<5 | d) & (16<<5 - 1)
	if k := uint(y - tableFrom); k < uint(len(yearTable)) {
		e := &yearTable[k]
		t := &dayTable[e.leap&1]
		return e.jan1.AddDays(int(t.ofYear[md])), int(t.toRound[md])
	}
	leap := 0
	if chibo.DaysIn(y, time.February) == 29 {
		leap = 1
	}
	return chibo.DateOf(y, mo, d), int(dayTable[leap].toRound[md])
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
