package award_test

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

// compactRegimes are the package's regimes, the handbook variant, and
// variants with extra rounds and unusual milestone sets, so that every
// branch of the compact path meets every table.
func compactRegimes() []award.Regime {
	rs := append(award.Regimes(), award.Regime2021Handbook)
	extra := award.Regime2021
	extra.Name = "2021-extra"
	extra.Rounds.Extra = []chibo.Date{chibo.DateOf(2020, time.December, 22), chibo.DateOf(2026, time.March, 26), chibo.DateOf(2027, time.July, 1)}
	odd := award.Regime2016
	odd.Name = "odd"
	odd.Milestones = award.MilestoneSet(5, 10, 35, 150, 155)
	none := award.Regime2016
	none.Name = "none"
	none.Milestones = 0
	var zero award.Regime
	rng := rand.New(rand.NewPCG(7, 8))
	random := award.Regime2021
	random.Name = "random"
	random.Milestones = award.Milestones(rng.Uint32())
	return append(rs, extra, odd, none, zero, random)
}

// compactRounds are the rounds from 2010 to 2030, with some days that are
// not rounds and the zero Date.
func compactRounds() []chibo.Date {
	ds := (award.Rounds{}).Between(chibo.DateOf(2010, time.January, 1), chibo.DateOf(2030, time.December, 31))
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		ds = append(ds, chibo.DateOf(2010, time.January, 1).AddDays(rng.IntN(21*365)))
	}
	return append(ds, chibo.DateOf(2024, time.February, 28), chibo.DateOf(2024, time.February, 29),
		chibo.DateOf(2026, time.February, 28), chibo.DateOf(1950, time.June, 1), chibo.Date{})
}

// edgeMembers are valid records the synthetic roster may miss: 29 February
// starts, the party-card date as start, records on probation, missed
// badges, starts on a round date.
func edgeMembers() []member.Member {
	var ms []member.Member
	for i, s := range []chibo.Date{
		chibo.DateOf(1996, time.February, 29), chibo.DateOf(1986, time.February, 28),
		chibo.DateOf(1976, time.March, 1), chibo.DateOf(1981, time.September, 2),
		chibo.DateOf(1986, time.November, 7), chibo.DateOf(1995, time.December, 31),
		chibo.DateOf(2025, time.March, 3), chibo.DateOf(1950, time.January, 1),
	} {
		m := member.Member{ID: "e" + s.String(), Name: "Edge", DecisionDate: s, CeremonyDate: s}
		if i%2 == 1 {
			m.DecisionDate, m.CardDate = chibo.Date{}, s
		}
		if off := s.AddYears(1); off.Before(chibo.DateOf(2026, time.January, 1)) {
			m.OfficialDate = off
		}
		ms = append(ms, m)
		// Deaths on probation, and on either side of the day the early
		// posthumous window of the next milestones opens.
		if m.OfficialDate.IsZero() || i%4 == 0 {
			d := m
			d.ID += "-died-probation"
			d.OfficialDate, d.Died = chibo.Date{}, s.AddDays(100)
			ms = append(ms, d)
		}
		for _, y := range []int{29, 39, 44} {
			for _, shift := range []int{-1, 0, 1} {
				if m.OfficialDate.IsZero() {
					continue
				}
				d := m
				d.ID += "-died-" + strconv.Itoa(y) + "-" + strconv.Itoa(shift)
				d.Died = s.AddYears(y).AddDays(shift)
				if d.Died.After(chibo.DateOf(2030, time.January, 1)) {
					continue
				}
				ms = append(ms, d)
			}
		}
		if i%3 == 0 && !m.OfficialDate.IsZero() {
			m.ID += "-b"
			m.Badges = []int{30} // 40 may be missed
			ms = append(ms, m)
		}
	}
	return ms
}

// TestCheckCompactEqualsCheck checks that the compiled form decides
// exactly as Check — the whole Outcome, unexported fields included — for
// every regime, every round from 2010 to 2030 and every record.
func TestCheckCompactEqualsCheck(t *testing.T) {
	roster := append(syntheticRoster(3000, 11), edgeMembers()...)
	cs, rejected := award.Compile(roster)
	if len(rejected) != 0 {
		t.Fatalf("%d records rejected, first: %v", len(rejected), rejected[0].Err)
	}
	if len(cs) != len(roster) {
		t.Fatalf("%d compiled, want %d", len(cs), len(roster))
	}
	plain := 0
	for i := range cs {
		if cs[i].Index() != i {
			t.Fatalf("compact %d has index %d", i, cs[i].Index())
		}
		if cs[i].Plain() {
			plain++
		}
	}
	if plain < len(cs)/2 || plain == len(cs) {
		t.Fatalf("%d of %d records plain: the test must cover both paths", plain, len(cs))
	}
	rounds := compactRounds()
	checked := map[award.Status]int{}
	for _, r := range compactRegimes() {
		for _, round := range rounds {
			n := 0
			r.DecideAll(cs, roster, round, func(index int, got award.Outcome) {
				if index != n {
					t.Fatalf("DecideAll: record %d reported as %d", n, index)
				}
				want := r.Check(&roster[index], round)
				if got != want {
					t.Fatalf("regime %s, round %s, record %d (%+v): DecideAll %+v, Check %+v", r.Name, round, index, roster[index], got, want)
				}
				if cc := r.CheckCompact(&cs[index], roster, round); cc != want {
					t.Fatalf("regime %s, round %s, record %d (%+v): CheckCompact %+v, Check %+v", r.Name, round, index, roster[index], cc, want)
				}
				checked[want.Status]++
				n++
			})
			if n != len(cs) {
				t.Fatalf("DecideAll reported %d records, want %d", n, len(cs))
			}
		}
	}
	for s := award.NotDue; s <= award.Invalid; s++ {
		if checked[s] == 0 {
			t.Errorf("no outcome %s checked", s)
		}
	}
	t.Logf("%d records (%d plain), %d rounds: %v", len(cs), plain, len(rounds), checked)
}

// TestCompileRejectsAsNominate checks that Compile rejects the records
// Nominate rejects, with the same errors, and compiles the others in order.
func TestCompileRejectsAsNominate(t *testing.T) {
	roster := syntheticRoster(200, 12)
	roster[3].DecisionDate, roster[3].CardDate = chibo.Date{}, chibo.Date{} // no start
	roster[10].ID = roster[4].ID                                            // duplicate ID
	roster[20].Badges = []int{33}                                           // not a milestone
	roster[21].OfficialDate = roster[21].DecisionDate.AddDays(-400)         // recognised before admission
	roster[30].ID = ""
	round := chibo.DateOf(2026, time.September, 2)
	r := award.RegimeOn(round)
	n := r.Nominate(roster, round)
	cs, rejected := award.Compile(roster)
	if len(n.Rejected) < 3 {
		t.Fatalf("Nominate rejected only %d records: the test needs rejections", len(n.Rejected))
	}
	if len(rejected) != len(n.Rejected) {
		t.Fatalf("Compile rejected %d records, Nominate %d", len(rejected), len(n.Rejected))
	}
	for i, want := range n.Rejected {
		got := rejected[i]
		if got.Index != want.Index || got.ID != want.ID || got.Err.Error() != want.Err.Error() {
			t.Errorf("rejection %d: %d %q %v, want %d %q %v", i, got.Index, got.ID, got.Err, want.Index, want.ID, want.Err)
		}
	}
	if len(cs)+len(rejected) != len(roster) || n.Decided != len(cs) {
		t.Fatalf("%d compiled + %d rejected, roster %d, Nominate decided %d", len(cs), len(rejected), len(roster), n.Decided)
	}
	awards := 0
	for i := range cs {
		if i > 0 && cs[i].Index() <= cs[i-1].Index() {
			t.Fatalf("compacts out of roster order at %d", i)
		}
		if r.CheckCompact(&cs[i], roster, round).Status == award.Eligible {
			awards++
		}
	}
	if awards != len(n.Awards) {
		t.Errorf("%d eligible by CheckCompact, %d awards by Nominate", awards, len(n.Awards))
	}
	if cs, rej := award.Compile(nil); len(cs) != 0 || len(rej) != 0 {
		t.Errorf("Compile(nil) = %v, %v", cs, rej)
	}
}

// TestCompactZero checks that zero values decide as Check of a nil record
// and do not panic.
func TestCompactZero(t *testing.T) {
	roster := syntheticRoster(5, 13)
	var zero award.Compact
	if zero.Index() != -1 || zero.Plain() || zero.HighestBadge() != 0 || !zero.Official().IsZero() {
		t.Errorf("zero Compact: index %d, plain %v", zero.Index(), zero.Plain())
	}
	if y, m, d := zero.StartCivil(); y != 0 || m != 0 || d != 0 {
		t.Errorf("zero Compact starts %d-%d-%d", y, m, d)
	}
	for _, r := range []award.Regime{{}, award.Regime2021} {
		for _, round := range []chibo.Date{{}, chibo.DateOf(2026, time.September, 2)} {
			want := r.Check(nil, round)
			for _, rs := range [][]member.Member{nil, roster} {
				if got := r.CheckCompact(&zero, rs, round); got != want {
					t.Errorf("zero Compact, round %s: %+v, want %+v", round, got, want)
				}
				if got := r.CheckCompact(nil, rs, round); got != want {
					t.Errorf("nil Compact, round %s: %+v, want %+v", round, got, want)
				}
				r.DecideAll([]award.Compact{{}}, rs, round, func(i int, got award.Outcome) {
					if i != -1 || got != want {
						t.Errorf("DecideAll of a zero Compact, round %s: %d %+v, want -1 %+v", round, i, got, want)
					}
				})
			}
			r.DecideAll(nil, nil, round, func(int, award.Outcome) { t.Error("DecideAll(nil) called f") })
		}
	}
	// A Compact used with a shorter roster than it was compiled from.
	cs, _ := award.Compile(roster)
	round := chibo.DateOf(2026, time.September, 2)
	for i := range cs {
		if !cs[i].Plain() {
			if got, want := award.Regime2021.CheckCompact(&cs[i], nil, round), award.Regime2021.Check(nil, round); got != want {
				t.Errorf("compact without its roster: %+v, want %+v", got, want)
			}
		}
	}
}

// TestCompactFields checks the exported reading of a plain record.
func TestCompactFields(t *testing.T) {
	m := member.Member{ID: "a", Name: "A", DecisionDate: chibo.DateOf(1986, time.May, 19),
		CeremonyDate: chibo.DateOf(1986, time.May, 19), OfficialDate: chibo.DateOf(1987, time.May, 19), Badges: []int{30}}
	cs, rej := award.Compile([]member.Member{m})
	if len(rej) != 0 || len(cs) != 1 {
		t.Fatalf("Compile: %v %v", cs, rej)
	}
	c := &cs[0]
	y, mo, d := c.StartCivil()
	if !c.Plain() || c.Index() != 0 || c.HighestBadge() != 30 || c.Official() != m.OfficialDate || y != 1986 || mo != time.May || d != 19 {
		t.Errorf("compact %+v", *c)
	}
}

// gapMembers are records the compiled form decides with the days not
// counted: closed periods out of contact or in transfer ending on either
// side of a milestone (5 to 45 years) and of the rounds, starts on 29
// February, deaths inside and after the periods, annulled removals, and
// discipline decisions that defer an eligible member, serious illness.
func gapMembers(n int, seed uint64) []member.Member {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	base := chibo.DateOf(1940, time.January, 1)
	limit := chibo.DateOf(2026, time.November, 29)
	years := []int{1, 4, 5, 9, 10, 25, 29, 30, 34, 35, 39, 40, 44, 45, 50}
	kinds := []member.GapKind{member.LostContact, member.Transfer, member.LostContact, member.Restored}
	forms := []member.Form{member.Reprimand, member.Warning, member.Dismissal}
	ms := make([]member.Member, 0, n)
	for i := range n {
		s := base.AddDays(rng.IntN(80 * 365))
		if i%7 == 0 { // 29 February
			y := 1940 + 4*rng.IntN(20)
			s = chibo.DateOf(y, time.February, 29)
		}
		m := member.Member{ID: "g" + strconv.Itoa(i), Name: "Gap", DecisionDate: s, CeremonyDate: s}
		if i%11 == 0 {
			m.DecisionDate, m.CardDate = chibo.Date{}, s
		}
		if off := s.AddYears(1).AddDays(rng.IntN(3)); off.Before(limit) {
			m.OfficialDate = off
		}
		// The periods, laid out backwards from the end of the last one.
		end := s.AddYears(years[rng.IntN(len(years))]).AddDays(rng.IntN(5) - 2)
		if rng.IntN(4) == 0 {
			end = s.AddDays(500 + rng.IntN(40*365))
		}
		for k := rng.IntN(3); k >= 0 && end.After(s.AddDays(2)); k-- {
			from := chibo.Max(end.AddDays(-rng.IntN(1500)), s.AddDays(1+rng.IntN(2)))
			if rng.IntN(6) == 0 {
				from = end // one day, maybe the milestone's
			}
			m.Gaps = append(m.Gaps, member.Gap{Kind: kinds[rng.IntN(len(kinds))], From: from, To: end})
			end = from.AddDays(-1 - rng.IntN(800))
		}
		if n := len(m.Gaps); n > 1 && rng.IntN(2) == 0 { // in order, oldest first
			for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
				m.Gaps[a], m.Gaps[b] = m.Gaps[b], m.Gaps[a]
			}
		}
		if !m.OfficialDate.IsZero() {
			switch rng.IntN(5) {
			case 0:
				m.Died = m.OfficialDate.AddDays(rng.IntN(max(1, m.OfficialDate.DaysUntil(chibo.DateOf(2030, time.January, 1)))))
			case 1:
				m.Discipline = []member.Discipline{{Form: forms[rng.IntN(len(forms))],
					Date: chibo.DateOf(2008, time.January, 1).AddDays(rng.IntN(22 * 365))}}
				if m.Discipline[0].Date.Before(m.OfficialDate) {
					m.Discipline[0].Date = m.OfficialDate
				}
			}
			for _, y := range []int{30, 40, 45, 50, 55, 60} {
				due := m.ReachesOn(y)
				if due.IsZero() || due.After(chibo.DateOf(2012+rng.IntN(14), time.January, 1)) {
					break
				}
				if rng.IntN(6) > 0 {
					m.Badges = append(m.Badges, y)
				}
			}
		}
		m.SeriouslyIll = i%13 == 0 && m.Died.IsZero()
		ms = append(ms, m)
	}
	return ms
}

// TestCheckCompactGaps checks the compiled form against Check on records
// with periods not counted, starts on 29 February, discipline and
// illness, for
// every regime (milestones from 5 years up) and every round.
func TestCheckCompactGaps(t *testing.T) {
	roster := append(gapMembers(4000, 21), edgeMembers()...)
	cs, rejected := award.Compile(roster)
	if len(rejected) > len(roster)/10 {
		t.Fatalf("%d of %d records rejected, first: %v", len(rejected), len(roster), rejected[0].Err)
	}
	var gaps, feb29, disc, ill, plain int
	for i := range cs {
		m := &roster[cs[i].Index()]
		if !cs[i].Plain() {
			continue
		}
		plain++
		if len(m.Gaps) > 0 {
			gaps++
		}
		if _, mo, d := m.Start().Date(); mo == time.February && d == 29 {
			feb29++
		}
		if len(m.Discipline) > 0 {
			disc++
		}
		if m.SeriouslyIll {
			ill++
		}
	}
	if gaps < 1000 || feb29 < 100 || disc < 100 || ill < 100 {
		t.Fatalf("plain: %d of %d, %d with periods, %d from 29 February, %d with discipline, %d ill", plain, len(cs), gaps, feb29, disc, ill)
	}
	checked := map[award.Status]int{}
	for _, r := range compactRegimes() {
		for _, round := range compactRounds() {
			r.DecideAll(cs, roster, round, func(index int, got award.Outcome) {
				want := r.Check(&roster[index], round)
				if got != want {
					t.Fatalf("regime %s, round %s, record %d (%+v): DecideAll %+v, Check %+v", r.Name, round, index, roster[index], got, want)
				}
				checked[want.Status]++
			})
		}
	}
	for s := award.Eligible; s <= award.Ineligible; s++ {
		if checked[s] == 0 {
			t.Errorf("no outcome %s checked", s)
		}
	}
	t.Logf("%d records (%d plain: %d with periods, %d from 29 February, %d with discipline, %d ill): %v", len(cs), plain, gaps, feb29, disc, ill, checked)
}

// TestCheckCompactFarYears checks the compiled form against Check for
// starts far from today, whose milestones fall outside the years the
// compiled form tabulates, up to the last round before 10000, on rounds
// over the whole party age; and that Compile ends on a period ending at
// the end of the calendar.
func TestCheckCompactFarYears(t *testing.T) {
	var roster []member.Member
	for i, s := range []chibo.Date{
		chibo.DateOf(1852, time.February, 29), chibo.DateOf(1860, time.March, 1), chibo.DateOf(1871, time.December, 30),
		chibo.DateOf(2370, time.February, 10), chibo.DateOf(2390, time.December, 31), chibo.DateOf(2396, time.February, 29),
		chibo.DateOf(9843, time.November, 30), chibo.DateOf(9844, time.February, 29), chibo.DateOf(9844, time.November, 8),
	} {
		m := member.Member{ID: "far" + strconv.Itoa(i), Name: "Far", DecisionDate: s, CeremonyDate: s, OfficialDate: s.AddYears(1)}
		roster = append(roster, m)
		m.ID += "-gap"
		m.Gaps = []member.Gap{{Kind: member.Transfer, From: s.AddYears(3), To: s.AddYears(3).AddDays(40 + i)}}
		m.SeriouslyIll = i%2 == 0
		roster = append(roster, m)
	}
	// A period ending more than 63 years after the start, and after the
	// 155th anniversary: not plain.
	start := chibo.DateOf(9844, time.January, 1)
	roster = append(roster, member.Member{ID: "late", Name: "Late", DecisionDate: start, CeremonyDate: start,
		OfficialDate: start.AddYears(1),
		Gaps:         []member.Gap{{Kind: member.LostContact, From: chibo.DateOf(9999, time.June, 1), To: chibo.DateOf(9999, time.June, 2)}}})
	cs, rejected := award.Compile(roster)
	if len(rejected) != 0 {
		t.Fatalf("%d records rejected, first: %v", len(rejected), rejected[0].Err)
	}
	for i := range cs {
		if late := roster[cs[i].Index()].ID == "late"; cs[i].Plain() == late {
			t.Fatalf("record %d plain: %v", i, cs[i].Plain())
		}
	}
	for _, r := range compactRegimes() {
		for i := range cs {
			m := &roster[cs[i].Index()]
			for round := m.Start().AddDays(300); !round.IsZero() && round.Before(m.Start().AddYears(160)); round = round.AddDays(97) {
				want := r.Check(m, round)
				if got := r.CheckCompact(&cs[i], roster, round); got != want {
					t.Fatalf("regime %s, round %s, record %d (%+v): CheckCompact %+v, Check %+v", r.Name, round, i, *m, got, want)
				}
			}
		}
	}
}
