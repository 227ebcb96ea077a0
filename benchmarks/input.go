// Package benchmarks compares chibo's badge decision with the same rule
// written as a policy for two general-purpose engines: Open Policy Agent
// (Rego, package github.com/open-policy-agent/opa/v1/rego) and CEL
// (github.com/google/cel-go).
//
// It is a module of its own (github.com/chibo-go/chibo/benchmarks) so that
// importers of chibo never download OPA or cel-go. The policies decide the
// badge rule of the 2021 regime (award.Regime2021) on the common path: a
// living member with no discipline and no confirmed serious illness, so no
// deferral, posthumous or early award. They cover party age from the
// admission decision (card date as fallback), recognition as official,
// the periods not counted (with readmissions and annulled removals), the
// milestones, the badges already held and the first round on or after the
// milestone date. See README.md for what is measured and how.
//
// Dates reach the engines as day numbers (Day): 0001-01-01 is day 1 and 0
// means "no date". Building an engine's input from a member.Member is input
// preparation, done once per member before any timing, for chibo's peers as
// for chibo.
package benchmarks

import (
	"errors"
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// dayOne is day number 1.
var dayOne = chibo.DateOf(1, time.January, 1)

// Day returns the day number of d: 1 for 0001-01-01, 0 for the zero Date.
func Day(d chibo.Date) int {
	if d.IsZero() {
		return 0
	}
	return dayOne.DaysUntil(d) + 1
}

// DateOfDay is the inverse of Day.
func DateOfDay(n int) chibo.Date {
	if n <= 0 {
		return chibo.Date{}
	}
	return dayOne.AddDays(n - 1)
}

// Gap is a period of a member's history as the engines see it.
type Gap struct {
	Kind string `json:"kind"` // member.GapKind.String(): expelled, struck-off, lost-contact, transfer, restored
	From int    `json:"from"` // first day (day number)
	To   int    `json:"to"`   // last day (day number), 0 while the period goes on
}

// Input is what the peer policies decide on: one member and one round.
type Input struct {
	Start    int   `json:"start"`    // member.Member.Start(): decision date, card date as fallback
	Official int   `json:"official"` // recognition as official, 0 while probationary
	Round    int   `json:"round"`    // the round decided
	Gaps     []Gap `json:"gaps"`     // every period of the history, counted or not
	Badges   []int `json:"badges"`   // milestones already received
}

// ErrNotCommonPath reports a member the peer policies do not decide: one
// who died, has a discipline record or a confirmed serious illness, or has
// no start date.
var ErrNotCommonPath = errors.New("benchmarks: member outside the common path of the peer policies")

// NewInput prepares the peer engines' input for member m and the round.
func NewInput(m *member.Member, round chibo.Date) (Input, error) {
	switch {
	case !m.Died.IsZero():
		return Input{}, fmt.Errorf("%w: %s died on %s", ErrNotCommonPath, m.ID, m.Died)
	case len(m.Discipline) > 0:
		return Input{}, fmt.Errorf("%w: %s has a discipline record", ErrNotCommonPath, m.ID)
	case m.SeriouslyIll:
		return Input{}, fmt.Errorf("%w: %s is seriously ill", ErrNotCommonPath, m.ID)
	case m.Start().IsZero():
		return Input{}, fmt.Errorf("%w: %s has no start date", ErrNotCommonPath, m.ID)
	}
	in := Input{
		Start:    Day(m.Start()),
		Official: Day(m.OfficialDate),
		Round:    Day(round),
		Gaps:     make([]Gap, len(m.Gaps)),
		Badges:   append([]int{}, m.Badges...),
	}
	for i, g := range m.Gaps {
		in.Gaps[i] = Gap{Kind: g.Kind.String(), From: Day(g.From), To: Day(g.To)}
	}
	return in, nil
}

// Result is a peer engine's decision: the fields compared with chibo's
// award.Outcome.
type Result struct {
	Status    string // award.Status.String(): eligible, not-due, ineligible
	Milestone int    // the milestone awarded or next due; 0 when none
	Due       int    // the day number the milestone is reached; 0 when none or frozen
	Round     int    // the round decided when eligible, the first round on or after Due when not due
}

// String prints the result with civil dates.
func (r Result) String() string {
	return fmt.Sprintf("%s milestone=%d due=%s round=%s", r.Status, r.Milestone, DateOfDay(r.Due), DateOfDay(r.Round))
}
