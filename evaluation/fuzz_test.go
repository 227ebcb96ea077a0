package evaluation_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
)

// FuzzAssess builds a meeting, and an earlier history, from fuzzed fields
// and checks the invariants of an assessment under every scheme: no panic;
// 0 ≤ Score ≤ Max; the criterion points add up to the score; a scored
// scheme's level is the one its bands and top rule give; a pass/fail
// scheme's level is Met exactly when no criterion failed; Failed and the
// reasons match the criteria; Check agrees with Assess; a meeting that is
// not a cell meeting is not rated.
func FuzzAssess(f *testing.F) {
	f.Add(uint8(1), uint8(20), uint8(17), uint8(3), uint8(0), uint8(0), uint16(840), int16(90), uint8(0xff), int8(8), int8(85), int8(20), int8(8), int8(-1), int8(-1), uint8(3), uint16(100), uint8(0x0f))
	f.Add(uint8(3), uint8(5), uint8(5), uint8(0), uint8(0), uint8(0), uint16(840), int16(100), uint8(0x7f), int8(0), int8(-1), int8(30), int8(-3), int8(9), int8(2), uint8(0), uint16(3000), uint8(0))
	f.Add(uint8(0), uint8(0), uint8(0), uint8(0), uint8(0), uint8(0), uint16(0), int16(0), uint8(0), int8(0), int8(0), int8(0), int8(0), int8(0), int8(0), uint8(0), uint16(0), uint8(0))
	f.Add(uint8(2), uint8(40), uint8(30), uint8(4), uint8(3), uint8(3), uint16(1500), int16(-30), uint8(0xaa), int8(-5), int8(120), int8(-1), int8(25), int8(5), int8(1), uint8(7), uint16(4000), uint8(0xf0))
	schemes := evaluation.Schemes()
	base := chibo.DateOf(2017, time.January, 1)
	f.Fuzz(func(t *testing.T, kind, summoned, present, excused, unexcused, exempt uint8, start uint16, minutes int16, flags uint8,
		speakers, results, s42, s43, s32, judged int8, ccDay uint8, dayOffset uint16, history uint8) {
		n := int(summoned % 41)
		members := make([]string, n)
		for i := range members {
			members[i] = fmt.Sprintf("m%02d", i)
		}
		// Split the summoned into present, excused, unexcused, exempt, in
		// that order; what is left over is listed nowhere (an inconsistent
		// record, which Assess must still take).
		var parts [4][]string
		rest := members
		for i, k := range []uint8{present, excused, unexcused, exempt} {
			c := min(int(k), len(rest))
			parts[i], rest = rest[:c], rest[c:]
		}
		d := base.AddDays(int(dayOffset) % 4000)
		m := branch.Meeting{
			ID: "f", Org: "c", Kind: branch.MeetingKind(kind % 8), Date: d,
			Start: branch.Clock(start), End: branch.Clock(int(start) + int(minutes)),
			Summoned: members, Present: parts[0], AbsentExcused: parts[1], AbsentUnexcused: parts[2], Exempt: parts[3],
			AllSteps: flags&1 != 0, PreparedByLeader: flags&2 != 0, DraftResolution: flags&4 != 0, MinutesComplete: flags&8 != 0,
			Criticism: flags&16 != 0, Principles: flags&32 != 0, Speakers: int(speakers), ResultsPercent: int(results),
			Scores: map[string]int{"4.2": int(s42), "4.3": int(s43), "speakers": int(judged), "results": int(judged)},
		}
		if flags&64 != 0 {
			m.DocumentsPosted = d.AddDays(int(ccDay%7) - 3)
		}
		if s32 >= 0 {
			m.Scores["3.2"] = int(s32)
		}
		if flags&128 != 0 {
			m.Scores = nil
		}
		// History: a cell-committee meeting and up to 8 earlier meetings a
		// month apart, the fuzzed bits choosing who was excused.
		ctx := &evaluation.Context{Earlier: []branch.Meeting{{ID: "cc", Org: "c", Kind: branch.CellCommittee, Date: d.AddDays(-int(ccDay % 40))}}}
		for i := range 8 {
			e := branch.Meeting{ID: fmt.Sprintf("e%d", i), Org: "c", Kind: branch.Regular, Date: d.AddMonths(-1 - i), Summoned: members}
			if history&(1<<i) != 0 {
				e.AbsentExcused = members
			} else {
				e.Present = members
			}
			ctx.Earlier = append(ctx.Earlier, e)
		}
		ctx.Earlier = append(ctx.Earlier, m) // the meeting itself may be among them

		for i := range schemes {
			s := &schemes[i]
			a := s.Assess(&m, ctx)
			if !m.Kind.IsCellMeeting() {
				if a.Level != evaluation.LevelNone || len(a.Reasons) != 1 || a.Reasons[0].Rule != evaluation.RuleKind {
					t.Fatalf("%s: kind %d rated %s (%v)", s.Name, m.Kind, a.Level, a.Reasons)
				}
				continue
			}
			if a.Score < 0 || a.Score > a.Max || a.Max != s.Max {
				t.Fatalf("%s: score %d of %d (scheme max %d)", s.Name, a.Score, a.Max, s.Max)
			}
			sum := 0
			var failed []string
			full := map[string]bool{}
			for _, c := range a.Criteria {
				sum += c.Points
				if c.Points < 0 || c.Points > c.Max {
					t.Fatalf("%s: criterion %s has %d of %d", s.Name, c.ID, c.Points, c.Max)
				}
				if s.Max > 0 && c.Met != (c.Points == c.Max) {
					t.Fatalf("%s: criterion %s met=%v with %d of %d", s.Name, c.ID, c.Met, c.Points, c.Max)
				}
				if !c.Met {
					failed = append(failed, c.ID)
				}
				full[c.ID] = c.Met
				if c.Reason.EN == "" || c.Reason.VI == "" || c.Reason.Source.Document == "" {
					t.Fatalf("%s: criterion %s without a reason: %+v", s.Name, c.ID, c.Reason)
				}
			}
			if sum != a.Score {
				t.Fatalf("%s: criteria add up to %d, score %d", s.Name, sum, a.Score)
			}
			if fmt.Sprint(failed) != fmt.Sprint(a.Failed) || len(a.Reasons) != len(a.Failed)+1 || a.Reasons[len(a.Reasons)-1].Rule != evaluation.RuleLevel {
				t.Fatalf("%s: failed %v, Failed %v, %d reasons", s.Name, failed, a.Failed, len(a.Reasons))
			}
			if s.Max == 0 {
				if (a.Level == evaluation.Met) != (len(a.Failed) == 0) || (a.Level != evaluation.Met && a.Level != evaluation.NotMet) {
					t.Fatalf("%s: level %s with failed %v", s.Name, a.Level, a.Failed)
				}
			} else if want := bandLevel(s, a.Score, full); a.Level != want {
				t.Fatalf("%s: %d points rated %s, bands give %s", s.Name, a.Score, a.Level, want)
			}
			o := s.Check(&m, ctx)
			if o.Level != a.Level || o.Score != a.Score || o.Max != a.Max {
				t.Fatalf("%s: Check %+v, Assess %s %d/%d", s.Name, o, a.Level, a.Score, a.Max)
			}
		}
		if got, want := evaluation.Assess(&m, ctx).Scheme, evaluation.SchemeOn(d).Name; m.Kind.IsCellMeeting() && got != want {
			t.Fatalf("Assess used scheme %s on %s, SchemeOn gives %s", got, d, want)
		}
	})
}

// bandLevel computes the level of a score from the scheme's bands and top
// rule, independently of the package's code.
func bandLevel(s *evaluation.Scheme, score int, full map[string]bool) evaluation.Level {
	for i, b := range s.Bands {
		if score < b.Min {
			continue
		}
		if i == 0 {
			for _, id := range s.TopRequiresFull {
				if !full[id] {
					if len(s.Bands) > 1 {
						return s.Bands[1].Level
					}
					return evaluation.LevelNone
				}
			}
		}
		return b.Level
	}
	return evaluation.LevelNone
}
