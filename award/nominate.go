package award

import (
	"cmp"
	"errors"
	"slices"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Nominee is one member's place in a round's nominations: the member (a
// pointer into the roster passed in) and the outcome. Call Regime.Decide on
// Member for the reasons.
type Nominee struct {
	Member *member.Member // points into the roster passed to Nominate
	Outcome
}

// Rejection is a roster record that could not be decided, with the
// validation error (errors.Join of *member.FieldError).
type Rejection struct {
	Index int    // position in the roster
	ID    string // the record's ID, possibly empty
	Err   error  // why it was rejected
}

// Nominations is the list a committee draws up for a round (danh sách đề
// nghị tặng Huy hiệu Đảng): who is to be awarded, who is deferred, and the
// records that could not be decided. Nothing is dropped: every roster
// record is either decided or rejected.
type Nominations struct {
	Round  chibo.Date // the round decided
	Regime string     // the Name of the regime applied
	// Awards are the members eligible in the round, sorted by branch, then
	// name, then ID (byte order of the UTF-8 text; re-sort for Vietnamese
	// collation).
	Awards []Nominee
	// Deferred are the members with a milestone due whose award discipline
	// defers, in the same order.
	Deferred []Nominee
	// Rejected are the records that fail member.Validate, in roster order.
	Rejected []Rejection
	// Decided counts the records decided (the roster less Rejected).
	Decided int
}

// Nominate decides one round for every member of a roster. Each record is
// validated first, and a record repeating an earlier record's ID is
// rejected (member.Validate, without an as-of date: a roster kept up
// to today may be used for an earlier round, and Check ignores what
// happened after the round); a record that fails is reported in Rejected
// and not decided. Apart from the nominee lists it does not allocate per member.
func (r *Regime) Nominate(roster []member.Member, round chibo.Date) Nominations {
	n := Nominations{Round: round, Regime: r.Name}
	dup := member.DuplicateIDs(roster)
	for i := range roster {
		m := &roster[i]
		if err := validate(m, dup[i]); err != nil {
			n.Rejected = append(n.Rejected, Rejection{Index: i, ID: m.ID, Err: err})
			continue
		}
		n.Decided++
		o := r.Check(m, round)
		switch o.Status {
		case Eligible:
			n.Awards = append(n.Awards, Nominee{Member: m, Outcome: o})
		case Deferred:
			n.Deferred = append(n.Deferred, Nominee{Member: m, Outcome: o})
		}
	}
	slices.SortFunc(n.Awards, byBranchName)
	slices.SortFunc(n.Deferred, byBranchName)
	return n
}

// Nominate decides a round with the regime in force on the round date; see
// Regime.Nominate.
func Nominate(roster []member.Member, round chibo.Date) Nominations {
	r := RegimeOn(round)
	return r.Nominate(roster, round)
}

func byBranchName(a, b Nominee) int {
	return cmp.Or(
		cmp.Compare(a.Member.Branch, b.Member.Branch),
		cmp.Compare(a.Member.Name, b.Member.Name),
		cmp.Compare(a.Member.ID, b.Member.ID))
}

// Upcoming is a milestone a member reaches in a period.
type Upcoming struct {
	Member    *member.Member // points into the roster passed to Schedule
	Milestone int            // the milestone reached, in years
	Due       chibo.Date     // the date the milestone is reached
	Round     chibo.Date     // the first round on or after Due
	Regime    string         // the regime in force on Round
}

// Schedule lists who reaches which milestone between from and to (both
// inclusive), in order of date, then branch, name and ID: the coming
// awards a committee prepares for. A member is listed for a milestone of
// the regime in force on its round that is above every badge held, when
// the member is official and inside the Party on the milestone date and
// alive then. Records that fail member.Validate are returned as rejected.
func Schedule(roster []member.Member, from, to chibo.Date) ([]Upcoming, []Rejection) {
	var out []Upcoming
	var rejected []Rejection
	dup := member.DuplicateIDs(roster)
	for i := range roster {
		m := &roster[i]
		if err := validate(m, dup[i]); err != nil {
			rejected = append(rejected, Rejection{Index: i, ID: m.ID, Err: err})
			continue
		}
		held := m.HighestBadge()
		for y := milestones2016.Next(held); y != 0; y = milestones2016.Next(y) {
			due := m.ReachesOn(y)
			if due.IsZero() || due.After(to) {
				break
			}
			if due.Before(from) {
				continue
			}
			if !m.Died.IsZero() && m.Died.Before(due) || !m.OfficialOn(due) {
				break
			}
			reg := RegimeOn(due)
			round := reg.Rounds.OnOrAfter(due)
			reg = RegimeOn(round)
			if !reg.Milestones.Has(y) {
				continue
			}
			out = append(out, Upcoming{Member: m, Milestone: y, Due: due, Round: round, Regime: reg.Name})
		}
	}
	slices.SortStableFunc(out, func(a, b Upcoming) int {
		return cmp.Or(a.Due.Compare(b.Due),
			cmp.Compare(a.Member.Branch, b.Member.Branch),
			cmp.Compare(a.Member.Name, b.Member.Name),
			cmp.Compare(a.Member.ID, b.Member.ID))
	})
	return out, rejected
}

// validate checks a roster record: member.Validate without an as-of date,
// joined with dup, the record's duplicate-ID error if any.
func validate(m *member.Member, dup error) error {
	err := m.Validate(chibo.Date{})
	if dup == nil {
		return err
	}
	return errors.Join(dup, err)
}
