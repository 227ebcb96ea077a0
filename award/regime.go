package award

import (
	"encoding/json"
	"fmt"
	"math/bits"
	"strconv"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Milestones is a set of badge milestones in years of party age (mốc tuổi
// đảng): 30, 40, 45, …, 90. It is a small value; copying it copies the set.
type Milestones uint32

// MilestoneSet returns the set holding the given years. Years that are not
// multiples of 5 between 5 and 150 are ignored.
func MilestoneSet(years ...int) Milestones {
	var s Milestones
	for _, y := range years {
		if y > 0 && y%5 == 0 && y/5 < 32 {
			s |= 1 << uint(y/5)
		}
	}
	return s
}

// Has reports whether years is in the set.
func (s Milestones) Has(years int) bool {
	return years > 0 && years%5 == 0 && years/5 < 32 && s&(1<<uint(years/5)) != 0
}

// Next returns the smallest milestone above years, or 0 if there is none.
func (s Milestones) Next(years int) int {
	for i := max(years/5+1, 1); i < 32; i++ {
		if s&(1<<uint(i)) != 0 {
			return i * 5
		}
	}
	return 0
}

// HighestUpTo returns the largest milestone not above years, or 0.
func (s Milestones) HighestUpTo(years int) int {
	if years <= 0 {
		return 0
	}
	i := min(years/5, 31)
	masked := s & (Milestones(1)<<uint(i+1) - 1)
	if masked == 0 {
		return 0
	}
	return (bits.Len32(uint32(masked)) - 1) * 5
}

// Between returns the milestones strictly between lo and hi years.
func (s Milestones) Between(lo, hi int) Milestones {
	var out Milestones
	for y := s.Next(lo); y != 0 && y < hi; y = s.Next(y) {
		out |= 1 << uint(y/5)
	}
	return out
}

// List returns the milestones in increasing order.
func (s Milestones) List() []int {
	var out []int
	for y := s.Next(0); y != 0; y = s.Next(y) {
		out = append(out, y)
	}
	return out
}

// MarshalJSON writes the set as a list of years, [30, 40].
func (s Milestones) MarshalJSON() ([]byte, error) {
	b := []byte{'['}
	for y := s.Next(0); y != 0; y = s.Next(y) {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(y), 10)
	}
	return append(b, ']'), nil
}

// UnmarshalJSON reads a list of years; years that are not multiples of 5
// between 5 and 155 are an error.
func (s *Milestones) UnmarshalJSON(b []byte) error {
	var years []int
	if err := json.Unmarshal(b, &years); err != nil {
		return err
	}
	var set Milestones
	for _, y := range years {
		if y <= 0 || y%5 != 0 || y/5 >= 32 {
			return fmt.Errorf("award: %d is not a milestone", y)
		}
		set |= 1 << uint(y/5)
	}
	*s = set
	return nil
}

// EarlyWindows gives, for each milestone, how many months before the
// milestone date a badge may be awarded early (xét tặng sớm); 0 means no
// early award. It is indexed by years/5; use Months and Set.
type EarlyWindows [19]uint8

// Months returns the early window for a milestone, in months.
func (w EarlyWindows) Months(years int) int {
	if years <= 0 || years%5 != 0 || years/5 >= len(w) {
		return 0
	}
	return int(w[years/5])
}

// Set returns a copy of w with the window for the given milestones set.
func (w EarlyWindows) Set(months int, years ...int) EarlyWindows {
	for _, y := range years {
		if y > 0 && y%5 == 0 && y/5 < len(w) {
			w[y/5] = uint8(months)
		}
	}
	return w
}

// DeferralTable gives, for each form of party discipline, how many months
// after the disciplinary decision a due badge is deferred (0: the form does
// not defer). It is indexed by member.Form.
type DeferralTable [member.Expulsion + 1]uint8

// Months returns the deferral for a form, in months.
func (t DeferralTable) Months(f member.Form) int {
	if int(f) >= len(t) {
		return 0
	}
	return int(t[f])
}

// Regime is one set of badge rules (Huy hiệu Đảng) with its legal basis: the
// milestones, the early-award windows, the posthumous rules and the
// discipline deferrals in force from a date.
//
// A Regime is a plain value. The package's regimes are exported as
// variables (Regime2011 … Regime2026) so they can be read, printed and
// pinned; a caller who needs a local reading copies one, changes a field and
// passes the copy — nothing global is patched:
//
//	r := award.Regime2021
//	r.Deferral[member.Warning] = 6 // a province's reading
//	d := r.Decide(&m, round)
//
// Rounds.Extra is the only slice; give a copy its own slice before
// appending to it.
type Regime struct {
	// Name identifies the regime: "2011", "2016", "2021", "2025", "2026" or
	// a variant such as "2021-handbook".
	Name string
	// From is the first day the regime is in force.
	From chibo.Date
	// Basis is the implementing regulation the regime rests on.
	Basis chibo.Source
	// Guidance is the guidance that details the badge rules.
	Guidance chibo.Source

	// Milestones are the badges that exist.
	Milestones       Milestones
	MilestonesSource chibo.Source // legal basis of Milestones

	// EarlyIllness is the early-award window for a living member with a
	// confirmed serious illness (bệnh nặng).
	EarlyIllness       EarlyWindows
	EarlyIllnessSource chibo.Source // legal basis of EarlyIllness

	// EarlyPosthumousMonths is how far short of a milestone, in months, a
	// member's party age at death may be for a posthumous award of it (truy
	// tặng sớm); 0 when the regime has no early posthumous award.
	EarlyPosthumousMonths int
	PosthumousSource      chibo.Source // legal basis of the posthumous rules

	// Deferral is how long party discipline defers a due badge.
	Deferral       DeferralTable
	DeferralSource chibo.Source // legal basis of Deferral

	// Rounds are the award occasions (đợt xét tặng).
	Rounds Rounds
}

// transition45Date is the day the 45-year badge was created (Quy định
// 29-QĐ/TW, 25/07/2016).
var transition45Date = chibo.DateOf(2016, time.July, 25)

var (
	milestones2011 = MilestoneSet(30, 40, 50, 55, 60, 65, 70, 75, 80, 85, 90)
	milestones2016 = MilestoneSet(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
)

const (
	// earlyMonths is the early window of the 2011 and 2016 rules for every
	// milestone, and of the 2021 rules for 30–65 years (HD 01-HD/TW 2021,
	// mục 18.1).
	earlyMonths = 12
	// earlyMonthsHigh is the 2021 window for 70–90 years (HD 01-HD/TW 2021,
	// mục 18.1).
	earlyMonthsHigh = 24
	// earlyPosthumousMonths is the 2021 posthumous window for every
	// milestone (HD 01-HD/TW 2021, mục 18.2).
	earlyPosthumousMonths = 12
)

// Regime2011 is the badge regime of Quy định 45-QĐ/TW (01/11/2011): eleven
// milestones (no 45-year badge), early award up to 12 months for serious
// illness, no early posthumous award, deferral 6 months after a warning and
// 12 after a dismissal (as applied by Hướng dẫn 06-HD/TU of Nghệ An, 2012).
// It is also used for rounds before 01/11/2011, the earliest the library
// models.
var Regime2011 = Regime{
	Name:               "2011",
	From:               chibo.DateOf(2011, time.November, 1),
	Basis:              srcQD45,
	Guidance:           srcHD06Nghean,
	Milestones:         milestones2011,
	MilestonesSource:   srcHD06Nghean,
	EarlyIllness:       EarlyWindows{}.Set(earlyMonths, milestones2011.List()...),
	EarlyIllnessSource: srcHD06Nghean,
	PosthumousSource:   srcQD45,
	Deferral:           DeferralTable{member.Warning: 6, member.Dismissal: 12},
	DeferralSource:     srcHD06Nghean,
}

// Regime2016 is the badge regime of Quy định 29-QĐ/TW (25/07/2016) and
// Hướng dẫn 01-HD/TW (20/09/2016): twelve milestones with the new 45-year
// badge and its transitional rules, early award up to one year for serious
// illness, no early posthumous award, deferral 6 months after a warning and
// 1 year after a dismissal; a reprimand does not defer (điểm 27.3a).
var Regime2016 = Regime{
	Name:               "2016",
	From:               transition45Date,
	Basis:              srcQD29,
	Guidance:           srcHD01of2016,
	Milestones:         milestones2016,
	MilestonesSource:   srcQD29,
	EarlyIllness:       EarlyWindows{}.Set(earlyMonths, milestones2016.List()...),
	EarlyIllnessSource: srcQD29,
	PosthumousSource:   srcQD29,
	Deferral:           DeferralTable{member.Warning: 6, member.Dismissal: 12},
	DeferralSource:     srcQD29,
}

// Regime2021 is the badge regime of Quy định 24-QĐ/TW (30/07/2021) and
// Hướng dẫn 01-HD/TW (28/09/2021), mục 18: twelve milestones; early award
// for serious illness up to 12 months for 30–65 years and 24 months for
// 70–90; early posthumous award up to 12 months for every milestone.
//
// Its discipline deferral — 6 months after a reprimand, 9 after a warning,
// 12 after a dismissal — is the reading of a legal Q&A site; a provincial
// handbook gives the 2016 table instead. The sources conflict, so
// DeferralSource is Unverified and Regime2021Handbook offers the other
// reading. The regime also covers Quy định 232-QĐ/TW (20/01/2025 –
// 30/06/2025), whose badge text was not seen.
var Regime2021 = Regime{
	Name:                  "2021",
	From:                  chibo.DateOf(2021, time.July, 30),
	Basis:                 srcQD24,
	Guidance:              srcHD01of2021,
	Milestones:            milestones2016,
	MilestonesSource:      srcHD01of2021,
	EarlyIllness:          EarlyWindows{}.Set(earlyMonths, 30, 40, 45, 50, 55, 60, 65).Set(earlyMonthsHigh, 70, 75, 80, 85, 90),
	EarlyIllnessSource:    srcHD01of2021,
	EarlyPosthumousMonths: earlyPosthumousMonths,
	PosthumousSource:      srcHD01of2021,
	Deferral:              DeferralTable{member.Reprimand: 6, member.Warning: 9, member.Dismissal: 12},
	DeferralSource:        srcQD24Deferral,
}

// Regime2021Handbook is Regime2021 with the other reading of its discipline
// deferral, given by the Bình Thuận party handbook: 6 months after a
// warning, 12 after a dismissal, no deferral for a reprimand.
var Regime2021Handbook = func() Regime {
	r := Regime2021
	r.Name = "2021-handbook"
	r.Deferral = DeferralTable{member.Warning: 6, member.Dismissal: 12}
	r.DeferralSource = srcBinhThuanHandbook
	return r
}()

// Regime2025 is the badge regime under Quy định 294-QĐ/TW (26/05/2025, in
// force 01/07/2025), Hướng dẫn 06-HD/TW (09/06/2025) and Hướng dẫn
// 38-HD/BTCTW (29/09/2025). Their badge text was not seen: the values are
// those of Regime2021, which every page quoting badge wording after 2025
// still quotes, and the sources are marked Unverified.
var Regime2025 = func() Regime {
	r := Regime2021
	r.Name = "2025"
	r.From = chibo.DateOf(2025, time.July, 1)
	r.Basis = srcQD294
	r.Guidance = srcHD38
	r.MilestonesSource = srcHD38
	r.EarlyIllnessSource = srcQD294
	r.PosthumousSource = srcQD294
	r.DeferralSource = srcQD294
	return r
}()

// Regime2026 is the badge regime under Quy định 208-QĐ/TW (26/07/2026),
// known only from secondary sources; the Party Charter of 2011 was not
// amended in 2026. The values are those of Regime2025, marked Unverified.
var Regime2026 = func() Regime {
	r := Regime2025
	r.Name = "2026"
	r.From = chibo.DateOf(2026, time.July, 26)
	r.Basis = srcQD208
	r.EarlyIllnessSource = srcQD208
	r.PosthumousSource = srcQD208
	r.DeferralSource = srcQD208
	return r
}()

// Regimes returns the package's regimes in the order they came into force
// (the variant Regime2021Handbook is not in the list).
func Regimes() []Regime {
	return []Regime{Regime2011, Regime2016, Regime2021, Regime2025, Regime2026}
}

// RegimeOn returns the regime in force on d: the latest whose From is on or
// before d. Rounds are decided by the regime in force on the round date.
// For dates before 01/11/2011 it returns Regime2011, the earliest modelled.
func RegimeOn(d chibo.Date) Regime {
	switch {
	case !d.Before(Regime2026.From):
		return Regime2026
	case !d.Before(Regime2025.From):
		return Regime2025
	case !d.Before(Regime2021.From):
		return Regime2021
	case !d.Before(Regime2016.From):
		return Regime2016
	}
	return Regime2011
}
