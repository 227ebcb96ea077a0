package benchmarks_test

import (
	"math"
	"math/rand/v2"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// The national roster: about 5.6 million party members in about 52,000
// grass-roots organisations (issue 6).
const (
	nationalMembers  = 5_600_000
	nationalBranches = 52_000
	nationalChunks   = 256 // generated independently, each from its own seed
	nationalSeed     = 5_600_000
)

// nationalRound is the round decided for the whole roster.
var nationalRound = chibo.DateOf(2026, time.November, 7)

var (
	nationalOnce     sync.Once
	nationalRoster   []member.Member
	nationalBytes    float64 // heap bytes per member held by the roster
	nationalDuration time.Duration
)

// national returns the synthetic national roster, built on first use
// (outside any timing), with the heap it holds per member.
func national() ([]member.Member, float64) {
	nationalOnce.Do(func() {
		t0 := time.Now()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		roster := buildNational(nationalMembers, nationalSeed)
		runtime.GC()
		runtime.ReadMemStats(&after)
		nationalRoster = roster
		nationalBytes = float64(after.HeapAlloc-before.HeapAlloc) / float64(len(roster))
		nationalDuration = time.Since(t0)
	})
	return nationalRoster, nationalBytes
}

// buildNational generates n members in nationalChunks chunks on every core;
// the result depends on the seed only.
func buildNational(n int, seed uint64) []member.Member {
	out := make([]member.Member, n)
	branches := make([]string, nationalBranches)
	for i := range branches {
		branches[i] = "Chi bộ " + strconv.Itoa(i+1)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c := int(next.Add(1) - 1)
				if c >= nationalChunks {
					return
				}
				lo, hi := c*n/nationalChunks, (c+1)*n/nationalChunks
				rng := rand.New(rand.NewPCG(seed, uint64(c)))
				for i := lo; i < hi; i++ {
					nationalMember(rng, i, branches[i*nationalBranches/n], &out[i])
				}
			}
		}()
	}
	wg.Wait()
	return out
}

var (
	familyNames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Ma", "Hà", "Lò", "Triệu"}
	middleNames = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Thu"}
	givenNames  = []string{"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"}
)

// nationalMember fills m with a realistic history: party age skewed to the
// recent decades, about 2.5% still on probation, periods out of contact or
// in an interrupted transfer (some still open), readmissions, annulled
// removals, members struck off or expelled, discipline (some of it deferring
// a badge), deaths, serious illness, exemption, and the badges received in
// earlier rounds, a few missing.
func nationalMember(rng *rand.Rand, i int, branch string, m *member.Member) {
	var id [10]byte
	m.ID = string(strconv.AppendInt(append(id[:0], "DV"...), int64(10_000_000+i), 10))
	m.Name = familyNames[rng.IntN(len(familyNames))] + " " + middleNames[rng.IntN(len(middleNames))] + " " + givenNames[rng.IntN(len(givenNames))]
	m.Branch = branch
	m.Gender = member.Male
	if rng.IntN(100) < 36 {
		m.Gender = member.Female
	}
	// Party age: seven members in ten admitted in the last 25 years (about
	// 200,000 a year), the others up to 78 years ago.
	years := 25 * rng.Float64()
	if rng.IntN(10) >= 7 {
		years = 25 + 53*math.Pow(rng.Float64(), 1.5)
	}
	start := asOf.AddDays(-int(years * 365.25))
	if rng.IntN(20) == 0 {
		m.CardDate = start
	} else {
		m.DecisionDate = start
	}
	m.Born = start.AddYears(-18 - rng.IntN(28)).AddDays(-rng.IntN(365))
	m.CeremonyDate = chibo.Min(start.AddDays(rng.IntN(30)), asOf)
	m.OfficialDate = m.CeremonyDate.AddYears(1)
	if m.OfficialDate.After(asOf) {
		m.OfficialDate = chibo.Date{}
	}
	span := start.DaysUntil(asOf)
	if span > 2000 {
		from := start.AddDays(400 + rng.IntN(span-1600))
		switch k := rng.IntN(1000); {
		case k < 30:
			m.Gaps = []member.Gap{{Kind: member.LostContact, From: from, To: chibo.Min(from.AddDays(60+rng.IntN(900)), asOf)}}
		case k < 40:
			m.Gaps = []member.Gap{{Kind: member.Transfer, From: from, To: chibo.Min(from.AddDays(30+rng.IntN(400)), asOf)}}
		case k < 46 && span > 4000: // struck off, readmitted 3 to 7 years later
			to := from.AddDays(1100 + rng.IntN(1500))
			if to.Before(asOf) {
				m.Gaps = []member.Gap{{Kind: member.StruckOff, Cause: member.CauseFamilyHardship, From: from, To: to}}
				m.OfficialDate = chibo.Date{}
				if off := to.AddDays(1 + rng.IntN(30)).AddYears(1); !off.After(asOf) {
					m.OfficialDate = off
				}
			}
		case k < 48:
			m.Gaps = []member.Gap{{Kind: member.StruckOff, Cause: member.CauseAbandoned, From: from}}
		case k < 50:
			m.Gaps = []member.Gap{{Kind: member.Restored, From: from, To: chibo.Min(from.AddDays(200+rng.IntN(800)), asOf)}}
		case k < 52:
			m.Gaps = []member.Gap{{Kind: member.LostContact, From: from}}
		case k < 53 && !m.OfficialDate.IsZero() && from.After(m.OfficialDate): // expelled by discipline
			m.Gaps = []member.Gap{{Kind: member.Expelled, From: from}}
			m.Discipline = []member.Discipline{{Form: member.Expulsion, Date: from}}
		}
	}
	open := len(m.Gaps) > 0 && m.Gaps[0].Open()
	// Deaths in the last six years, kept on the roster for posthumous awards.
	if !open && !m.OfficialDate.IsZero() && rng.IntN(40) == 0 {
		d := asOf.AddDays(-rng.IntN(6 * 365))
		earliest := m.OfficialDate
		if len(m.Gaps) > 0 {
			earliest = chibo.Max(earliest, m.Gaps[0].To)
		}
		if d.After(earliest) {
			m.Died = d
		}
	}
	// Discipline, mostly in the last years: reprimand, warning, dismissal.
	if !open && m.Died.IsZero() && !m.OfficialDate.IsZero() && rng.IntN(70) == 0 {
		forms := [...]member.Form{member.Reprimand, member.Reprimand, member.Reprimand, member.Warning, member.Warning, member.Dismissal}
		d := asOf.AddDays(-rng.IntN(min(3*365, m.OfficialDate.DaysUntil(asOf)+1)))
		m.Discipline = []member.Discipline{{Form: forms[rng.IntN(len(forms))], Date: d}}
	}
	if m.Died.IsZero() && !open {
		m.SeriouslyIll = rng.IntN(200) == 0
		m.Exempt = span > 30*365 && rng.IntN(8) == 0
	}
	// Badges received in earlier rounds: every milestone reached before the
	// round of 2/9/2026, a few missing, no 45-year badge before it existed.
	if m.OfficialDate.IsZero() || open {
		return
	}
	last := chibo.DateOf(2026, time.September, 2)
	if !m.Died.IsZero() {
		last = chibo.Min(last, m.Died)
	}
	n := 0
	var held [12]int
	for _, y := range milestones2021 {
		due := m.ReachesOn(y)
		if due.IsZero() || due.After(last) {
			break
		}
		if y == 45 && due.Before(chibo.DateOf(2016, time.July, 25)) {
			continue
		}
		if rng.IntN(40) > 0 {
			held[n] = y
			n++
		}
	}
	if n > 0 {
		m.Badges = append(make([]int, 0, n), held[:n]...)
	}
}

// TestNationalGenerator checks a sample of the national generator: every
// record valid, and the histories the benchmark claims present.
func TestNationalGenerator(t *testing.T) {
	ms := buildNational(50_000, nationalSeed)
	seen := map[string]int{}
	for i := range ms {
		m := &ms[i]
		if err := m.Validate(asOf); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if m.OfficialDate.IsZero() {
			seen["probation"]++
		}
		if !m.Died.IsZero() {
			seen["died"]++
		}
		if len(m.Discipline) > 0 {
			seen["discipline"]++
		}
		for _, g := range m.Gaps {
			switch {
			case g.Kind.EndsMembership() && !g.Open():
				seen["readmitted"]++
			case g.Kind.EndsMembership():
				seen["outside"]++
			case !g.Kind.Counted():
				seen["not counted"]++
				if g.Open() {
					seen["not counted, open"]++
				}
			default:
				seen["restored"]++
			}
		}
		if len(m.Badges) > 0 {
			seen["badges"]++
		}
		if m.SeriouslyIll {
			seen["ill"]++
		}
		if m.Exempt {
			seen["exempt"]++
		}
	}
	pct := map[string]string{}
	for k, v := range seen {
		pct[k] = strconv.FormatFloat(100*float64(v)/float64(len(ms)), 'f', 2, 64) + "%"
	}
	t.Logf("%d members: %v", len(ms), pct)
	for _, k := range []string{"probation", "died", "discipline", "readmitted", "outside", "not counted", "badges"} {
		if seen[k] < 20 {
			t.Errorf("only %d members with %s", seen[k], k)
		}
	}
}
