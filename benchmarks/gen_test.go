package benchmarks_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

// Generators of synthetic members, after award/synthetic_test.go. All of
// them are deterministic for a seed, and every record passes
// member.Validate.

// asOf is the day the synthetic rosters are kept up to: no date after it.
var asOf = chibo.DateOf(2026, time.November, 29)

// milestones2021 are the milestones of award.Regime2021.
var milestones2021 = award.Regime2021.Milestones.List()

// testRounds are the rounds the equivalence cases are decided for: every
// standard round from the 2021 regime on, and a few other days (a round a
// committee adds, or a check made on an ordinary day).
var testRounds = func() []chibo.Date {
	rs := award.Rounds{}.Between(award.Regime2021.From, asOf)
	return append(rs,
		chibo.DateOf(2022, time.December, 22),
		chibo.DateOf(2024, time.February, 29),
		chibo.DateOf(2025, time.December, 31),
		chibo.DateOf(2026, time.January, 1))
}()

// equivCase is one member decided for one round.
type equivCase struct {
	m     member.Member
	round chibo.Date
}

// commonCases returns n members on the common path of the peer policies —
// living, no discipline, not seriously ill — with their rounds: members on
// probation, recognised, readmitted (struck off or expelled, then back,
// recognised again or still on probation after it), out of contact or in an
// interrupted transfer (ended or not), struck off now, with annulled
// removals, with gaps listed out of order, admission dates on 29 February
// and month ends, milestones falling on the round date or a day either
// side, card dates as the only start date, and badges held in every
// pattern (none, all due, the highest only, with a gap, one not yet due).
func commonCases(n int, seed uint64) []equivCase {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]equivCase, n)
	for i := range out {
		round := testRounds[rng.IntN(len(testRounds))]
		m := member.Member{
			ID:     "c" + strconv.Itoa(i),
			Name:   "Đảng viên " + strconv.Itoa(i),
			Branch: "Chi bộ " + strconv.Itoa(rng.IntN(50)),
		}
		start, exact := commonStart(rng, round)
		m.Born = start.AddYears(-18 - rng.IntN(40))
		switch rng.IntN(10) {
		case 0: // only the card date is known
			m.CardDate = start
		case 1: // both; the decision wins
			m.DecisionDate = start
			m.CardDate = chibo.Min(start.AddDays(rng.IntN(60)), asOf)
		default:
			m.DecisionDate = start
		}
		m.CeremonyDate = chibo.Min(start.AddDays(rng.IntN(30)), asOf)
		m.OfficialDate = m.CeremonyDate.AddYears(1)
		if rng.IntN(25) == 0 { // recognised late
			m.OfficialDate = m.OfficialDate.AddDays(rng.IntN(200))
		}
		if m.OfficialDate.After(asOf) {
			m.OfficialDate = chibo.Date{}
		}
		if exact == 0 || rng.IntN(3) == 0 {
			m.Gaps = commonGaps(rng, &m, start)
		}
		m.Badges = heldBadges(rng, &m)
		if exact != 0 && rng.IntN(2) == 0 { // the milestone near the round not yet received
			m.Badges = slices.DeleteFunc(m.Badges, func(b int) bool { return b >= exact })
		}
		out[i] = equivCase{m: m, round: round}
	}
	return out
}

// commonStart draws the start of party age, often placed so that a
// milestone falls on or next to the round date; exact is then that
// milestone, 0 otherwise.
func commonStart(rng *rand.Rand, round chibo.Date) (start chibo.Date, exact int) {
	first := chibo.DateOf(1930, time.January, 1)
	switch k := rng.IntN(20); {
	case k < 5: // a milestone on the round date, or a day either side
		y := milestones2021[rng.IntN(len(milestones2021))]
		return round.AddYears(-y).AddDays(rng.IntN(3) - 1), y
	case k == 5: // 29 February
		y := 1932 + 4*rng.IntN(24)
		return chibo.DateOf(y, time.February, 29), 0
	case k == 6: // a month's last day
		y, mo := 1930+rng.IntN(90), time.Month(1+rng.IntN(12))
		return chibo.DateOf(y, mo, 1).AddMonths(1).AddDays(-1), 0
	case k == 7: // recent: probation
		return asOf.AddDays(-rng.IntN(500)), 0
	}
	return first.AddDays(rng.IntN(first.DaysUntil(asOf))), 0
}

// commonGaps draws up to four periods after the start: periods not counted
// (lost contact, interrupted transfer), annulled removals, at most one
// readmission (struck off or expelled, then readmitted: the member is
// recognised again a year later), and sometimes a last period still open.
func commonGaps(rng *rand.Rand, m *member.Member, start chibo.Date) []member.Gap {
	var gaps []member.Gap
	span := start.DaysUntil(asOf)
	if span < 800 || rng.IntN(10) < 4 {
		return nil
	}
	cursor := start.AddDays(1 + rng.IntN(min(span/3, 8000)))
	readmitted := false
	for range 1 + rng.IntN(4) {
		if !cursor.Before(asOf) {
			break
		}
		if rng.IntN(6) == 0 {
			// On the edge: the period begins on a milestone date as the
			// periods before it have pushed it, or a day either side.
			if edge := milestoneEdge(start, gaps, cursor); !edge.IsZero() {
				cursor = edge.AddDays(rng.IntN(3) - 1)
			}
		}
		g := member.Gap{From: cursor}
		switch k := rng.IntN(10); {
		case k < 4:
			g.Kind = member.LostContact
		case k < 6:
			g.Kind = member.Transfer
		case k < 7:
			g.Kind = member.Restored
		case !readmitted:
			g.Kind = member.StruckOff
			g.Cause = member.CauseFamilyHardship
			if k == 9 {
				g.Kind, g.Cause = member.Expelled, member.CauseUnspecified
			}
		default:
			g.Kind = member.LostContact
		}
		g.To = cursor.AddDays(rng.IntN(3000))
		if !g.To.Before(asOf) || rng.IntN(12) == 0 {
			g.To = chibo.Date{} // still going on
		}
		if g.Kind.EndsMembership() && !g.Open() {
			readmitted = true
			// Readmission (kết nạp lại): a new probation, recognised a year
			// later (or not yet).
			m.OfficialDate = chibo.Date{}
			if off := g.To.AddDays(1 + rng.IntN(30)).AddYears(1); !off.After(asOf) {
				m.OfficialDate = off
			}
		}
		gaps = append(gaps, g)
		if g.Open() {
			break
		}
		cursor = g.To.AddDays(1 + rng.IntN(5000))
	}
	// A recent readmission: recognised again after some of the rounds, or
	// still on probation.
	recent := asOf.AddDays(-1200 - rng.IntN(900))
	if !readmitted && rng.IntN(3) == 0 && cursor.Before(recent) && (len(gaps) == 0 || !gaps[len(gaps)-1].Open()) {
		g := member.Gap{Kind: member.StruckOff, Cause: member.CauseFamilyHardship,
			From: recent, To: asOf.AddDays(-1 - rng.IntN(1000))}
		m.OfficialDate = chibo.Date{}
		if off := g.To.AddDays(1 + rng.IntN(30)).AddYears(1); !off.After(asOf) {
			m.OfficialDate = off
		}
		gaps = append(gaps, g)
	}
	if len(gaps) > 1 && rng.IntN(3) == 0 { // the order of the list is free
		rng.Shuffle(len(gaps), func(i, j int) { gaps[i], gaps[j] = gaps[j], gaps[i] })
	}
	return gaps
}

// heldBadges draws the badges already received, among the milestones the
// member's history reaches before the roster date (as chibo dates them:
// this only shapes the data).
func heldBadges(rng *rand.Rand, m *member.Member) []int {
	if m.OfficialDate.IsZero() {
		return nil
	}
	var reached []int
	for _, y := range milestones2021 {
		due := m.ReachesOn(y)
		if due.IsZero() || due.After(asOf) {
			break
		}
		reached = append(reached, y)
	}
	switch k := rng.IntN(10); {
	case k < 3 || len(reached) == 0:
		if k == 0 && rng.IntN(4) == 0 { // a badge the history does not reach
			return []int{milestones2021[rng.IntN(4)]}
		}
		return nil
	case k < 6: // every milestone up to one of them
		return slices.Clone(reached[:1+rng.IntN(len(reached))])
	case k < 8: // only the highest of them
		return []int{reached[rng.IntN(len(reached))]}
	default: // a random subset, in any order
		var b []int
		for _, y := range reached {
			if rng.IntN(2) == 0 {
				b = append(b, y)
			}
		}
		rng.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
		return b
	}
}

// milestoneEdge returns the first date on or after not that is some
// milestone's date — start + years, pushed by the closed periods not
// counted so far — or the zero Date.
func milestoneEdge(start chibo.Date, gaps []member.Gap, not chibo.Date) chibo.Date {
	pushed := 0
	for _, g := range gaps {
		if !g.Kind.Counted() && !g.Open() {
			pushed += g.From.DaysUntil(g.To) + 1
		}
	}
	for _, y := range milestones2021 {
		if d := start.AddYears(y).AddDays(pushed); d.After(not) && d.Before(asOf) {
			return d
		}
	}
	return chibo.Date{}
}
