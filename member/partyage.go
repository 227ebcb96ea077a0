package member

import "github.com/chibo-go/chibo"

// Party age (tuổi đảng) follows Điều lệ Đảng 2011, Điều 5 khoản 4, and its
// implementing rules (Quy định 24-QĐ/TW 2021, điểm 4.5; Hướng dẫn
// 01-HD/TW 2021, mục 5.3):
//
//   - it counts from the date of the admission decision, or from the date on
//     the party card when the decision was not kept;
//   - it exists only once the member has been recognised as official, and
//     then the probation counts;
//   - the periods not counted (expulsion, removal from the rolls, lost
//     contact, an interrupted transfer) are subtracted; a readmitted member
//     counts from the first decision minus the time outside the Party;
//   - a removal later annulled (Restored) and exemption from activities are
//     counted;
//   - party age stops at death.
//
// Date arithmetic (the rules say only "tính theo tháng"): the milestone of
// N years falls on Start().AddYears(N) — clamped to the end of the month, so
// a member admitted on 29/02/1996 reaches 30 years on 28/02/2026 — pushed
// later by the number of days not counted before it. Party age on a date d
// is the calendar span from Start() to d less the days not counted, so it
// reaches N years exactly on the milestone date and never decreases.

// daysNotCounted returns the number of days in [start, d) that fall inside
// gaps not counted in party age.
func (m *Member) daysNotCounted(start, d chibo.Date) int {
	n := 0
	for i := range m.Gaps {
		g := &m.Gaps[i]
		if g.Kind.Counted() {
			continue
		}
		from := chibo.Max(g.From, start)
		end := d // exclusive
		if !g.To.IsZero() && g.To.Before(d) {
			end = g.To.AddDays(1)
		}
		if from.Before(end) {
			n += from.DaysUntil(end)
		}
	}
	return n
}

// OfficialOn reports whether the member is an official member (đảng viên
// chính thức) on d: recognised on or before d, alive and inside the Party
// on d. A readmitted member whose recognition after readmission is recorded
// in OfficialDate is taken to have been official throughout the membership
// before the exit.
func (m *Member) OfficialOn(d chibo.Date) bool {
	if m.OfficialDate.IsZero() || d.IsZero() || (!m.Died.IsZero() && d.After(m.Died)) {
		return false
	}
	if !m.OfficialDate.After(d) {
		return !m.OutsideOn(d)
	}
	// Before the latest recognition: official only in an earlier membership.
	for i := range m.Gaps {
		g := &m.Gaps[i]
		if g.Kind.EndsMembership() && !g.Open() && d.Before(g.From) && !d.Before(m.Start()) {
			return !m.OutsideOn(d)
		}
	}
	return false
}

// OutsideOn reports whether the member is outside the Party on d: inside an
// expulsion or removal that has not been annulled, or expelled by a
// discipline decision not followed by a readmission.
func (m *Member) OutsideOn(d chibo.Date) bool {
	for i := range m.Gaps {
		g := &m.Gaps[i]
		if g.Kind.EndsMembership() && g.Contains(d) {
			return true
		}
	}
	for _, dc := range m.Discipline {
		if dc.Form != Expulsion || dc.Date.After(d) {
			continue
		}
		if !m.readmittedAfter(dc.Date, d) {
			return true
		}
	}
	return false
}

// readmittedAfter reports whether a gap ending membership starts on or
// after from and ends before d, or a Restored gap covers from: an expulsion
// decided on from was then followed by readmission or annulment.
func (m *Member) readmittedAfter(from, d chibo.Date) bool {
	for i := range m.Gaps {
		g := &m.Gaps[i]
		switch {
		case g.Kind == Restored && g.Contains(from):
			return true
		case g.Kind.EndsMembership() && !g.Open() && !g.From.Before(from) && g.To.Before(d):
			return true
		case g.Kind.EndsMembership() && g.Contains(from):
			return !g.Open() && g.To.Before(d)
		}
	}
	return false
}

// PartyAge returns the member's party age on d as years, months and days,
// and true; or the zero Span and false when the member has no party age on
// d: no start date, not yet official on d, or d before the start. For a
// deceased member the age is frozen at the date of death.
func (m *Member) PartyAge(d chibo.Date) (chibo.Span, bool) {
	start := m.Start()
	if start.IsZero() || d.IsZero() || d.Before(start) {
		return chibo.Span{}, false
	}
	if !m.Died.IsZero() && m.Died.Before(d) {
		d = m.Died
	}
	if m.OutsideOn(d) {
		// Outside the Party the age stands still at the exit: the span runs
		// to the first day outside, as it does for a period not counted.
		exit := m.exitOn(d)
		if !m.OfficialOn(exit.AddDays(-1)) {
			return chibo.Span{}, false
		}
		d = exit
	} else if !m.OfficialOn(d) {
		return chibo.Span{}, false
	}
	counted := d.AddDays(-m.daysNotCounted(start, d))
	return chibo.Between(start, counted), true
}

// exitOn returns the first day outside the Party of the exit (expulsion or
// removal) in force on d.
func (m *Member) exitOn(d chibo.Date) chibo.Date {
	for i := range m.Gaps {
		g := &m.Gaps[i]
		if g.Kind.EndsMembership() && g.Contains(d) {
			return g.From
		}
	}
	for _, dc := range m.Discipline {
		if dc.Form == Expulsion && !dc.Date.After(d) && !m.readmittedAfter(dc.Date, d) {
			return dc.Date
		}
	}
	return d
}

// CountedSpan returns the span of party age the history gives on d — from
// Start() to d less the days not counted before d — without checking the
// member's status (official, inside the Party, alive) as PartyAge does. It
// is the zero Span when there is no start date or d is before it. The bulk
// decisions of package award use it once they have checked the status.
func (m *Member) CountedSpan(d chibo.Date) chibo.Span {
	start := m.Start()
	if start.IsZero() || d.IsZero() || d.Before(start) {
		return chibo.Span{}
	}
	return chibo.Between(start, d.AddDays(-m.daysNotCounted(start, d)))
}

// CountedYears returns the whole years of CountedSpan(d), without the
// months and days: the cheap form the bulk decisions use.
func (m *Member) CountedYears(d chibo.Date) int {
	start := m.Start()
	if start.IsZero() || d.IsZero() || d.Before(start) {
		return 0
	}
	return chibo.FullYears(start, d.AddDays(-m.daysNotCounted(start, d)))
}

// ReachesOn returns the date on which the member's party age reaches the
// given number of years (the milestone date): Start().AddYears(years) pushed
// later by every day not counted before it. It returns the zero Date when
// the member has no start date or the milestone lies beyond a period not
// counted that has not ended.
//
// ReachesOn does not check that the member is official: it is the date the
// history gives. PartyAge and the award decisions check status.
func (m *Member) ReachesOn(years int) chibo.Date {
	start := m.Start()
	if start.IsZero() || years < 0 {
		return chibo.Date{}
	}
	d := start.AddYears(years)
	if d.IsZero() {
		return d
	}
	// Extend d by each uncounted gap beginning before it. Gaps may come in
	// any order; repeat until no gap adds days (at most len(Gaps) passes).
	added := make128()
	for pass := 0; pass <= len(m.Gaps); pass++ {
		changed := false
		for i := range m.Gaps {
			g := &m.Gaps[i]
			if g.Kind.Counted() || added.has(i) {
				continue
			}
			from := chibo.Max(g.From, start)
			if !from.Before(d) {
				continue
			}
			if g.Open() {
				return chibo.Date{}
			}
			if g.To.Before(from) {
				added.set(i)
				continue
			}
			d = d.AddDays(from.DaysUntil(g.To) + 1)
			added.set(i)
			changed = true
		}
		if !changed {
			break
		}
	}
	return d
}

// bitset128 tracks which gaps were applied without allocating; members with
// more than 128 gaps fall back to a slice.
type bitset128 struct {
	lo, hi uint64
	more   []bool
}

func make128() bitset128 { return bitset128{} }

func (b *bitset128) has(i int) bool {
	switch {
	case i < 64:
		return b.lo&(1<<uint(i)) != 0
	case i < 128:
		return b.hi&(1<<uint(i-64)) != 0
	}
	j := i - 128
	return j < len(b.more) && b.more[j]
}

func (b *bitset128) set(i int) {
	switch {
	case i < 64:
		b.lo |= 1 << uint(i)
	case i < 128:
		b.hi |= 1 << uint(i-64)
	default:
		j := i - 128
		for len(b.more) <= j {
			b.more = append(b.more, false)
		}
		b.more[j] = true
	}
}
