package member

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/chibo-go/chibo"
)

// Sentinel errors for Validate, to test with errors.Is. Each is wrapped in a
// *FieldError naming the member, the field and the value.
var (
	// ErrMissing: a required field is empty.
	ErrMissing = errors.New("required field is missing")
	// ErrOrder: two dates are in an impossible order (official before the
	// admission decision, death before admission, a period ending before it
	// starts).
	ErrOrder = errors.New("dates out of order")
	// ErrOverlap: two periods of the history overlap.
	ErrOverlap = errors.New("periods overlap")
	// ErrOutsideMembership: a period or decision falls outside the member's
	// membership (before admission or after death).
	ErrOutsideMembership = errors.New("outside membership")
	// ErrFuture: a date lies after the as-of date.
	ErrFuture = errors.New("date after the as-of date")
	// ErrDisciplineForm: the discipline form cannot be imposed on the member
	// in that status (a probationary member can be reprimanded or warned
	// only, Điều lệ Đảng 2011, Điều 35).
	ErrDisciplineForm = errors.New("discipline form not allowed for a probationary member")
	// ErrBadge: a badge that is not a milestone, or listed twice.
	ErrBadge = errors.New("invalid badge milestone")
	// ErrReadmission: a readmission the rules bar (Quy định 24-QĐ/TW,
	// điểm 3.5): a second readmission, or after leaving for a barred cause.
	ErrReadmission = errors.New("readmission not allowed")
	// ErrInvalidValue: a value outside its type's range (an unknown gap kind
	// or discipline form).
	ErrInvalidValue = errors.New("invalid value")
	// ErrDuplicateID: a second record with the same ID in one roster.
	ErrDuplicateID = errors.New("duplicate id")
)

// FieldError reports one problem with one field of one member record. It
// wraps one of the sentinel errors of this package.
type FieldError struct {
	ID    string // the member's ID ("" when the record has none)
	Field string // the field, named as in the roster CSV: "official_date", "gaps[1]"
	Value string // the offending value as text
	Err   error  // the sentinel error
	// Detail says what is wrong in words, with the other value involved.
	Detail string
}

// Error implements error: "member 17: official_date=2001-01-01: dates out of
// order: official date before the admission decision 2002-05-01".
func (e *FieldError) Error() string {
	s := "member " + strconv.Quote(e.ID) + ": " + e.Field
	if e.Value != "" {
		s += "=" + e.Value
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns the sentinel error.
func (e *FieldError) Unwrap() error { return e.Err }

// milestoneYears is every badge milestone any regime has used (Quy định
// 29-QĐ/TW 2016, điểm 27.3a): a badge outside it is a data error.
var milestoneYears = [...]int{30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90}

// IsMilestone reports whether years is a badge milestone of some regime.
func IsMilestone(years int) bool {
	for _, y := range milestoneYears {
		if y == years {
			return true
		}
	}
	return false
}

// Validate checks the record for inconsistencies and returns every one
// found, joined (errors.Join), each a *FieldError; nil when the record is
// consistent. asOf is the date the record is used on: any date after it is
// an error. A zero asOf skips that check. A consistent record costs no
// allocation.
func (m *Member) Validate(asOf chibo.Date) error {
	c := checker{m: m, asOf: asOf}
	if m.ID == "" {
		c.add("id", -1, "", ErrMissing, "every member needs an id")
	}
	if m.Name == "" {
		c.add("name", -1, "", ErrMissing, "every member needs a name")
	}
	start := m.Start()
	startField := "decision_date"
	if m.DecisionDate.IsZero() {
		startField = "card_date"
	}
	if start.IsZero() {
		c.add("decision_date", -1, "", ErrMissing, "one of decision_date and card_date is required")
	}
	if int(m.Gender) >= len(genderNames) {
		c.add("gender", -1, strconv.Itoa(int(m.Gender)), ErrInvalidValue, "want male, female or unknown")
	}
	c.future("born", m.Born)
	c.future("decision_date", m.DecisionDate)
	c.future("card_date", m.CardDate)
	c.future("ceremony_date", m.CeremonyDate)
	c.future("official_date", m.OfficialDate)
	c.future("died", m.Died)
	if !start.IsZero() {
		if !m.Born.IsZero() && !m.Born.Before(start) {
			c.add("born", -1, m.Born.String(), ErrOrder, fmt.Sprintf("birth not before the admission %s %s", startField, start))
		}
		if !m.CeremonyDate.IsZero() && m.CeremonyDate.Before(start) {
			c.add("ceremony_date", -1, m.CeremonyDate.String(), ErrOrder, fmt.Sprintf("ceremony before the admission %s %s", startField, start))
		}
		if !m.OfficialDate.IsZero() && !m.OfficialDate.After(start) {
			c.add("official_date", -1, m.OfficialDate.String(), ErrOrder, fmt.Sprintf("official date not after the admission %s %s", startField, start))
		}
		if !m.Died.IsZero() && m.Died.Before(start) {
			c.add("died", -1, m.Died.String(), ErrOrder, fmt.Sprintf("death before the admission %s %s", startField, start))
		}
	}
	if !m.Died.IsZero() && !m.OfficialDate.IsZero() && m.OfficialDate.After(m.Died) {
		c.add("official_date", -1, m.OfficialDate.String(), ErrOrder, fmt.Sprintf("official date after death on %s", m.Died))
	}
	c.gaps(start)
	c.discipline(start)
	for i, t := range m.Transfers {
		if t.From.IsZero() {
			c.add("transfers", i, "", ErrMissing, "a temporary transfer needs a start date")
		} else if !t.To.IsZero() && t.To.Before(t.From) {
			c.add("transfers", i, t.To.String(), ErrOrder, fmt.Sprintf("ends before it starts on %s", t.From))
		}
	}
	seen := uint32(0)
	for i, b := range m.Badges {
		if !IsMilestone(b) {
			c.add("badges", i, strconv.Itoa(b), ErrBadge, "not a milestone (30, 40, 45, 50, …, 90)")
			continue
		}
		bit := uint32(1) << (b / 5)
		if seen&bit != 0 {
			c.add("badges", i, strconv.Itoa(b), ErrBadge, "listed twice")
		}
		seen |= bit
	}
	if len(c.errs) == 0 {
		return nil
	}
	return errors.Join(c.errs...)
}

// checker collects the errors of one record without allocating until the
// first error.
type checker struct {
	m    *Member
	asOf chibo.Date
	errs []error
}

// add records an error; index >= 0 names an element of a list field, as
// "gaps[1]".
func (c *checker) add(field string, index int, value string, err error, detail string) {
	if index >= 0 {
		field += "[" + strconv.Itoa(index) + "]"
	}
	c.errs = append(c.errs, &FieldError{ID: c.m.ID, Field: field, Value: value, Err: err, Detail: detail})
}

func (c *checker) future(field string, d chibo.Date) {
	if !c.asOf.IsZero() && d.After(c.asOf) {
		c.add(field, -1, d.String(), ErrFuture, "after "+c.asOf.String())
	}
}

func (c *checker) gaps(start chibo.Date) {
	m := c.m
	readmissions := 0
	for i, g := range m.Gaps {
		switch {
		case g.Kind == 0 || int(g.Kind) >= len(gapKindNames):
			c.add("gaps", i, "", ErrInvalidValue, fmt.Sprintf("unknown gap kind %d", g.Kind))
			continue
		case int(g.Cause) >= len(causeNames):
			c.add("gaps", i, "", ErrInvalidValue, fmt.Sprintf("unknown exit cause %d", g.Cause))
			continue
		case g.From.IsZero():
			c.add("gaps", i, "", ErrMissing, fmt.Sprintf("a %s period needs a start date", g.Kind))
			continue
		case !g.To.IsZero() && g.To.Before(g.From):
			c.add("gaps", i, g.To.String(), ErrOrder, fmt.Sprintf("%s period ends before it starts on %s", g.Kind, g.From))
			continue
		}
		if !start.IsZero() && !g.From.After(start) {
			c.add("gaps", i, g.From.String(), ErrOutsideMembership, fmt.Sprintf("%s period starts on or before the admission on %s", g.Kind, start))
		}
		if !m.Died.IsZero() && g.From.After(m.Died) {
			c.add("gaps", i, g.From.String(), ErrOutsideMembership, fmt.Sprintf("%s period starts after death on %s", g.Kind, m.Died))
		}
		if !c.asOf.IsZero() && g.From.After(c.asOf) {
			c.add("gaps", i, g.From.String(), ErrFuture, "after "+c.asOf.String())
		}
		if !c.asOf.IsZero() && !g.To.IsZero() && g.To.After(c.asOf) {
			c.add("gaps", i, g.To.String(), ErrFuture, "after "+c.asOf.String())
		}
		for j := 0; j < i; j++ {
			h := m.Gaps[j]
			if h.From.IsZero() || (!h.To.IsZero() && h.To.Before(h.From)) {
				continue
			}
			if overlaps(g, h) {
				c.add("gaps", i, g.From.String(), ErrOverlap, fmt.Sprintf("overlaps gaps[%d] %s", j, h))
			}
		}
		if g.Kind.EndsMembership() && !g.Open() {
			readmissions++
			if g.Cause.BarsReadmission() {
				c.add("gaps", i, g.To.String(), ErrReadmission, fmt.Sprintf("readmitted after leaving for a barred cause (%s)", g.Cause))
			}
			if readmissions == 2 {
				c.add("gaps", i, g.To.String(), ErrReadmission, "a member may be readmitted only once")
			}
		}
	}
}

func (c *checker) discipline(start chibo.Date) {
	m := c.m
	for i, dc := range m.Discipline {
		switch {
		case dc.Form == 0 || int(dc.Form) >= len(formNames):
			c.add("discipline", i, "", ErrInvalidValue, fmt.Sprintf("unknown discipline form %d", dc.Form))
			continue
		case dc.Date.IsZero():
			c.add("discipline", i, dc.Form.String(), ErrMissing, "a discipline needs its decision date")
			continue
		}
		if !start.IsZero() && dc.Date.Before(start) {
			c.add("discipline", i, dc.String(), ErrOutsideMembership, fmt.Sprintf("decided before the admission on %s", start))
		}
		if !m.Died.IsZero() && dc.Date.After(m.Died) {
			c.add("discipline", i, dc.String(), ErrOutsideMembership, fmt.Sprintf("decided after death on %s", m.Died))
		}
		if !c.asOf.IsZero() && dc.Date.After(c.asOf) {
			c.add("discipline", i, dc.String(), ErrFuture, "after "+c.asOf.String())
		}
		if !dc.Form.AllowedForProbationary() && !start.IsZero() && !dc.Date.Before(start) && !m.recognisedBy(dc.Date) {
			c.add("discipline", i, dc.String(), ErrDisciplineForm, fmt.Sprintf("%s (%s) on %s while probationary; only khiển trách or cảnh cáo allowed", dc.Form.VI(), dc.Form.EN(), dc.Date))
		}
	}
}

func overlaps(a, b Gap) bool {
	aEndsBeforeB := !a.To.IsZero() && a.To.Before(b.From)
	bEndsBeforeA := !b.To.IsZero() && b.To.Before(a.From)
	return !aEndsBeforeB && !bEndsBeforeA
}

// recognisedBy reports whether the member had been recognised as official
// by d (whatever happened on d itself), counting an earlier membership of a
// readmitted member.
func (m *Member) recognisedBy(d chibo.Date) bool {
	if m.OfficialDate.IsZero() {
		return false
	}
	if !m.OfficialDate.After(d) {
		return true
	}
	for i := range m.Gaps {
		g := &m.Gaps[i]
		if g.Kind.EndsMembership() && !g.Open() && !d.After(g.From) {
			return true
		}
	}
	return false
}

// DuplicateIDs returns a *FieldError (wrapping ErrDuplicateID) for every
// record of the roster whose non-empty ID was already used by an earlier
// record, keyed by its index. The first record with an ID is not reported.
func DuplicateIDs(roster []Member) map[int]error {
	var dup map[int]error
	first := make(map[string]int, len(roster))
	for i := range roster {
		id := roster[i].ID
		if id == "" {
			continue
		}
		if j, ok := first[id]; ok {
			if dup == nil {
				dup = make(map[int]error)
			}
			dup[i] = DuplicateIDError(id, j)
			continue
		}
		first[id] = i
	}
	return dup
}

// DuplicateIDError returns the error for a record repeating the ID of the
// record at index first (0-based) of the roster.
func DuplicateIDError(id string, first int) *FieldError {
	return &FieldError{ID: id, Field: "id", Value: id, Err: ErrDuplicateID,
		Detail: "already used by record " + strconv.Itoa(first+1) + " of the roster"}
}
