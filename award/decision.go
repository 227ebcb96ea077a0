package award

import (
	"fmt"

	"github.com/chibo-go/chibo"
)

// Status is the outcome of a badge decision.
type Status uint8

const (
	// NotDue: no milestone is due in this round; Outcome.Milestone and Due
	// give the next one and Round its round, when there is one.
	NotDue Status = iota
	// Eligible: the member is to be awarded (or posthumously awarded) the
	// badge for Outcome.Milestone in this round.
	Eligible
	// Deferred: a milestone is due but party discipline defers it until
	// Outcome.DeferredUntil.
	Deferred
	// Ineligible: the member cannot receive a badge: outside the Party
	// (expelled, struck off), or deceased without a milestone reached within
	// the posthumous window.
	Ineligible
	// Invalid: the record lacks what a decision needs (an admission date).
	Invalid
)

var statusNames = [...]string{"not-due", "eligible", "deferred", "ineligible", "invalid"}

// String returns "not-due", "eligible", "deferred", "ineligible" or "invalid".
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Kind is the kind of award.
type Kind uint8

const (
	// Regular is an award to a living member who has reached the milestone.
	Regular Kind = iota
	// EarlyIllness is an early award to a living, seriously ill member
	// (xét tặng sớm do bệnh nặng).
	EarlyIllness
	// Posthumous is an award to a deceased member whose party age at death
	// reached the milestone (truy tặng).
	Posthumous
	// EarlyPosthumous is a posthumous award of a milestone the party age at
	// death fell short of, within the regime's window (truy tặng sớm).
	EarlyPosthumous
)

var kindNames = [...]string{"regular", "early-illness", "posthumous", "early-posthumous"}

// String returns "regular", "early-illness", "posthumous" or "early-posthumous".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// cause records which rule settled an Outcome, so that Decide can explain a
// cheap Check without recomputing it.
type cause uint8

const (
	causeNone          cause = iota
	causeNoStart             // no admission date
	causeNoRound             // no round date
	causeOutside             // expelled or struck off
	causeProbationary        // living, not official
	causeDiedProbation       // died before recognition
	causeDue                 // a milestone is reached
	causeEarly               // inside the early window
	causeEarlyRefused        // seriously ill, window not yet open
	causeNotReached          // next milestone not reached
	causeAllReceived         // no milestone left
	causeFrozen              // an open period not counted stops party age
	causeDeadShort           // deceased, short of the next milestone
)

// Outcome is the result of a badge decision without its reasons: what
// Check returns on the bulk path, and what Decision embeds.
type Outcome struct {
	Status    Status     `json:"status"`       // eligible, deferred, not due, ineligible or invalid
	Kind      Kind       `json:"kind"`         // regular, early for illness, posthumous, early posthumous
	Milestone int        `json:"milestone"`    // the milestone awarded, deferred or next due (0: none)
	Due       chibo.Date `json:"due,omitzero"` // the date party age reaches Milestone (mốc)
	// Round is the round of the award: the round decided when Eligible; the
	// first round on or after Due (or, for an early award, on or after the
	// window's opening) when NotDue; the first round on or after
	// DeferredUntil when Deferred; zero otherwise.
	Round chibo.Date `json:"round,omitzero"`
	// DeferredUntil is the end of the discipline deferral (Deferred only).
	DeferredUntil chibo.Date `json:"deferred_until,omitzero"`
	// WindowOpens is the first day an early award is allowed, when the
	// decision involved an early window.
	WindowOpens chibo.Date `json:"window_opens,omitzero"`
	// Missed are lower milestones reached but never received; they are
	// reported, not awarded (rules/badge.md R2.6).
	Missed Milestones `json:"missed,omitempty"`

	cause      cause
	early      int // the early window applied, in months
	discipline int // index of the discipline that defers, or -1
}

// Decision is a badge decision for one member and one round, with the
// reasons that produced it.
type Decision struct {
	Outcome
	ID     string `json:"id"`               // the member's ID
	Name   string `json:"name"`             // the member's name
	Branch string `json:"branch,omitempty"` // the member's cell
	// Considered is the round date the decision was made for (the
	// consideration date, "thời điểm xét tặng").
	Considered chibo.Date `json:"considered"`
	// Regime is the Name of the regime applied.
	Regime string `json:"regime"`
	// PartyAge is the party age on the round date, or at death; HasPartyAge
	// is false when the member has none (probationary, no start date).
	PartyAge    chibo.Span `json:"party_age"`
	HasPartyAge bool       `json:"has_party_age"`
	// Return lists the badges an expelled or struck-off member must return
	// (HD 01-HD/TW 2021, mục 18).
	Return []int `json:"return,omitempty"`
	// Reasons explain the decision step by step.
	Reasons []chibo.Reason `json:"reasons"`
}
