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
	s += ": " + e.Err.Error()
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
// an error. A zero asOf skips that check.
func (m *Member) Validate(asOf chibo.Date) error {
	var errs []error
	add := func(field string, value fmt.Stringer, err error, detail string, args ...any) {
		v := ""
		if value != nil {
			v = value.String()
		}
		errs = append(errs, &FieldError{ID: m.ID, Field: field, Value: v, Err: err, Detail: fmt.Sprintf(detail, args...)})
	}
	if m.ID == "" {
		add("id", nil, ErrMissing, "every member needs an id")
	}
	if m.Name == "" {
		add("name", nil, ErrMissing, "every member needs a name")
	}
	start := m.Start()
	startField := "decision_date"
	if m.DecisionDate.IsZero() {
		startField = "card_date"
	}
	if start.IsZero() {
		add("decision_date", nil, ErrMissing, "one of decision_date and card_date is required")
	}
	future := func(field string, d chibo.Date) {
		if !asOf.IsZero() && d.After(asOf) {
			add(field, d, ErrFuture, "after %s", asOf)
		}
	}
	for _, f := range []struct {
		name string
		d    chibo.Date
	}{{"born", m.Born}, {"decision_date", m.DecisionDate}, {"card_date", m.CardDate},
		{"ceremony_date", m.CeremonyDate}, {"official_date", m.OfficialDate}, {"died", m.Died}} {
		future(f.name, f.d)
	}
	if !start.IsZero() {
		if !m.Born.IsZero() && !m.Born.Before(start) {
			add("born", m.Born, ErrOrder, "birth not before the admission %s %s", startField, start)
		}
		if !m.CeremonyDate.IsZero() && m.CeremonyDate.Before(start) {
			add("ceremony_date", m.CeremonyDate, ErrOrder, "ceremony before the admission %s %s", startField, start)
		}
		if !m.OfficialDate.IsZero() && !m.OfficialDate.After(start) {
			add("official_date", m.OfficialDate, ErrOrder, "official date not after the admission %s %s", startField, start)
		}
		if !m.Died.IsZero() && m.Died.Before(start) {
			add("died", m.Died, ErrOrder, "death before the admission %s %s", startField, start)
		}
	}
	if !m.Died.IsZero() && !m.OfficialDate.IsZero() && m.OfficialDate.After(m.Died) {
		add("official_date", m.OfficialDate, ErrOrder, "official date after death on %s", m.Died)
	}
	errs = m.validateGaps(errs, start, asOf)
	errs = m.validateDiscipline(errs, start, asOf)
	for i, t := range m.Transfers {
		field := fmt.Sprintf("transfers[%d]", i)
		if t.From.IsZero() {
			add(field, nil, ErrMissing, "a temporary transfer needs a start date")
		} else if !t.To.IsZero() && t.To.Before(t.From) {
			add(field, t.To, ErrOrder, "ends before it starts on %s", t.From)
		}
	}
	seen := 0
	for i, b := range m.Badges {
		field := fmt.Sprintf("badges[%d]", i)
		if !IsMilestone(b) {
			add(field, intString(b), ErrBadge, "not a milestone (30, 40, 45, 50, …, 90)")
			continue
		}
		bit := 1 << (b / 5)
		if seen&bit != 0 {
			add(field, intString(b), ErrBadge, "listed twice")
		}
		seen |= bit
	}
	return errors.Join(errs...)
}

func (m *Member) validateGaps(errs []error, start, asOf chibo.Date) []error {
	readmissions := 0
	for i, g := range m.Gaps {
		field := fmt.Sprintf("gaps[%d]", i)
		fe := func(v chibo.Date, err error, detail string, args ...any) {
			errs = append(errs, &FieldError{ID: m.ID, Field: field, Value: v.String(), Err: err, Detail: fmt.Sprintf(detail, args...)})
		}
		switch {
		case g.Kind == 0 || int(g.Kind) >= len(gapKindNames):
			fe(chibo.Date{}, ErrInvalidValue, "unknown gap kind %d", g.Kind)
			continue
		case g.From.IsZero():
			fe(chibo.Date{}, ErrMissing, "a %s period needs a start date", g.Kind)
			continue
		case !g.To.IsZero() && g.To.Before(g.From):
			fe(g.To, ErrOrder, "%s period ends before it starts on %s", g.Kind, g.From)
			continue
		}
		if !start.IsZero() && !g.From.After(start) {
			fe(g.From, ErrOutsideMembership, "%s period starts on or before the admission on %s", g.Kind, start)
		}
		if !m.Died.IsZero() && g.From.After(m.Died) {
			fe(g.From, ErrOutsideMembership, "%s period starts after death on %s", g.Kind, m.Died)
		}
		if !asOf.IsZero() && g.From.After(asOf) {
			fe(g.From, ErrFuture, "after %s", asOf)
		}
		if !asOf.IsZero() && !g.To.IsZero() && g.To.After(asOf) {
			fe(g.To, ErrFuture, "after %s", asOf)
		}
		for j := 0; j < i; j++ {
			h := m.Gaps[j]
			if h.From.IsZero() || (!h.To.IsZero() && h.To.Before(h.From)) {
				continue
			}
			if overlaps(g, h) {
				fe(g.From, ErrOverlap, "overlaps gaps[%d] %s", j, h)
			}
		}
		if g.Kind.EndsMembership() && !g.Open() {
			readmissions++
			if g.Cause.BarsReadmission() {
				fe(g.To, ErrReadmission, "readmitted after leaving for a barred cause (%s)", g.Cause)
			}
			if readmissions == 2 {
				fe(g.To, ErrReadmission, "a member may be readmitted only once")
			}
		}
	}
	return errs
}

func overlaps(a, b Gap) bool {
	aEndsBeforeB := !a.To.IsZero() && a.To.Before(b.From)
	bEndsBeforeA := !b.To.IsZero() && b.To.Before(a.From)
	return !aEndsBeforeB && !bEndsBeforeA
}

func (m *Member) validateDiscipline(errs []error, start, asOf chibo.Date) []error {
	for i, dc := range m.Discipline {
		field := fmt.Sprintf("discipline[%d]", i)
		fe := func(err error, detail string, args ...any) {
			errs = append(errs, &FieldError{ID: m.ID, Field: field, Value: dc.String(), Err: err, Detail: fmt.Sprintf(detail, args...)})
		}
		switch {
		case dc.Form == 0 || int(dc.Form) >= len(formNames):
			fe(ErrInvalidValue, "unknown discipline form %d", dc.Form)
			continue
		case dc.Date.IsZero():
			fe(ErrMissing, "a discipline needs its decision date")
			continue
		}
		if !start.IsZero() && dc.Date.Before(start) {
			fe(ErrOutsideMembership, "decided before the admission on %s", start)
		}
		if !m.Died.IsZero() && dc.Date.After(m.Died) {
			fe(ErrOutsideMembership, "decided after death on %s", m.Died)
		}
		if !asOf.IsZero() && dc.Date.After(asOf) {
			fe(ErrFuture, "after %s", asOf)
		}
		if !dc.Form.AllowedForProbationary() && !start.IsZero() && !dc.Date.Before(start) && !m.recognisedBy(dc.Date) {
			fe(ErrDisciplineForm, "%s (%s) on %s while probationary; only khiển trách or cảnh cáo allowed", dc.Form.VI(), dc.Form.EN(), dc.Date)
		}
	}
	return errs
}

type intString int

func (i intString) String() string { return strconv.Itoa(int(i)) }

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
