package member_test

import (
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// fuzzDay turns a fuzzed offset into a date around 2000, or the zero Date
// when the offset leaves the valid range.
func fuzzDay(offset int32) chibo.Date {
	if offset == 0 {
		return chibo.Date{}
	}
	return chibo.DateOf(2000, time.January, 1).AddDays(int(offset))
}

// FuzzLimitation checks that Limitation never panics, that a barred
// violation is barred only from its expiry date, that a violation without
// limitation is never barred, and that a restart never makes a period end
// earlier than without it.
func FuzzLimitation(f *testing.F) {
	f.Add(int32(1), int32(0), uint8(member.Reprimand), false, int32(0), uint8(0), int32(0), uint8(0), int32(1978)) // T22
	f.Add(int32(1), int32(0), uint8(member.Reprimand), false, int32(1156), uint8(member.Reprimand), int32(0), uint8(0), int32(1978))
	f.Add(int32(-5000), int32(0), uint8(member.Expulsion), false, int32(0), uint8(0), int32(0), uint8(0), int32(9000))
	f.Add(int32(5000), int32(6500), uint8(member.Warning), true, int32(7000), uint8(member.Dismissal), int32(6000), uint8(9), int32(0))
	f.Add(int32(2_900_000), int32(0), uint8(member.Warning), false, int32(2_900_100), uint8(member.Warning), int32(0), uint8(0), int32(2_920_000))
	f.Add(int32(0), int32(0), uint8(0), false, int32(0), uint8(0), int32(0), uint8(0), int32(0))
	f.Fuzz(func(t *testing.T, date, ended int32, level uint8, unlimited bool, l1 int32, level1 uint8, l2 int32, level2 uint8, on int32) {
		v := member.Violation{Date: fuzzDay(date), Ended: fuzzDay(ended), Level: member.Form(level), Unlimited: unlimited}
		later := []member.Violation{{Date: fuzzDay(l1), Level: member.Form(level1)}, {Date: fuzzDay(l2), Level: member.Form(level2)}}
		onDate := fuzzDay(on)
		r := member.Limitation(v, later, onDate)
		if r.Barred && onDate.Before(r.Expires) {
			t.Fatalf("barred on %s before the expiry %s", onDate, r.Expires)
		}
		if r.Barred && r.Expires.IsZero() {
			t.Fatalf("barred without an expiry date")
		}
		if (v.Unlimited || v.Level == member.Expulsion) && (r.Barred || !r.Unlimited || !r.Expires.IsZero()) {
			t.Fatalf("a violation without limitation: %+v", r)
		}
		if r.Unlimited && r.Barred {
			t.Fatalf("unlimited and barred")
		}
		if r.Reason.Rule != member.RuleDisciplineLimitation || r.Reason.VI == "" || r.Reason.EN == "" {
			t.Fatalf("missing reason: %+v", r.Reason)
		}
		if alone := member.Limitation(v, nil, onDate); !r.Expires.IsZero() && r.Expires.Before(alone.Expires) {
			t.Fatalf("a restart moved the expiry earlier: %s < %s", r.Expires, alone.Expires)
		}
	})
}

// FuzzDues checks that DuesFor never panics and that its amounts are
// consistent: never negative, zero when exempt or unknown, and explained.
func FuzzDues(f *testing.F) {
	f.Add(uint8(member.Insured), int64(10_000_000), 0, false, false, false, 0, int32(9557), int32(-7000))     // T27
	f.Add(uint8(member.Pensioner), int64(8_000_000), 0, false, false, false, 0, int32(9648), int32(-8610))    // T29
	f.Add(uint8(member.OtherNonInsured), int64(0), 4, true, false, false, 70, int32(10227), int32(0))         // 2028
	f.Add(uint8(member.OtherDomestic), int64(20_000), 0, true, false, false, 0, int32(7300), int32(0))        // 342 range
	f.Add(uint8(member.StateEmployee), int64(-1), 9, false, true, true, 40, int32(0), int32(1))               // invalid
	f.Add(uint8(member.Insured), int64(1<<62), 1, false, false, false, 30, int32(2_900_000), int32(-730_000)) // extremes
	f.Add(uint8(member.Abroad), int64(1), 1, false, false, false, 0, int32(9557), int32(-20000))              // abroad
	f.Add(uint8(0), int64(0), 0, false, false, false, 0, int32(-4000), int32(0))                              // before 2011
	f.Fuzz(func(t *testing.T, category uint8, base int64, region int, atRetirement, socialPension, hardship bool, reduction int, month, decision int32) {
		var m *member.Member
		if d := fuzzDay(decision); !d.IsZero() {
			m = &member.Member{ID: "f", Name: "F", DecisionDate: d, OfficialDate: d.AddYears(1)}
		}
		in := member.DuesInput{Category: member.DuesCategory(category), Base: base, Region: region,
			AtRetirementAge: atRetirement, SocialPension: socialPension, Hardship: hardship, ReductionPercent: reduction}
		d := member.DuesFor(m, fuzzDay(month), in)
		switch {
		case d.Amount < 0:
			t.Fatalf("negative amount %d", d.Amount)
		case d.Exempt && d.Amount != 0:
			t.Fatalf("exempt with amount %d", d.Amount)
		case d.Exempt && !d.Known:
			t.Fatalf("exempt but unknown")
		case !d.Known && d.Amount != 0:
			t.Fatalf("unknown with amount %d", d.Amount)
		case len(d.Reasons) == 0:
			t.Fatalf("no reason")
		case d.Min > d.Max:
			t.Fatalf("range %d–%d", d.Min, d.Max)
		case d.Known && !d.Exempt && in.ReductionPercent == 0 && in.Base > 0 && d.Amount > in.Base && in.Category != member.Student && in.Category != member.OtherNonInsured:
			t.Fatalf("amount %d above the base %d", d.Amount, in.Base)
		}
		for _, r := range d.Reasons {
			if r.Rule == "" || r.VI == "" || r.EN == "" {
				t.Fatalf("incomplete reason %+v", r)
			}
		}
	})
}
