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
