package member_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

func TestValidate(t *testing.T) {
	good := func(t testing.TB) member.Member {
		return member.Member{ID: "m1", Name: "Ma Văn A", Born: day(t, "1970-05-01"),
			DecisionDate: day(t, "1995-03-15"), CeremonyDate: day(t, "1995-04-01"), OfficialDate: day(t, "1996-04-01")}
	}
	tests := []struct {
		name   string
		rule   string
		edit   func(t testing.TB, m *member.Member)
		asOf   string
		errs   []error
		fields []string
	}{
		{"a consistent record", "", func(testing.TB, *member.Member) {}, "2026-11-29", nil, nil},
		{"missing id and name", "SPEC roster", func(_ testing.TB, m *member.Member) { m.ID, m.Name = "", "" }, "",
			[]error{member.ErrMissing, member.ErrMissing}, []string{"id", "name"}},
		{"no start date", "rules/badge.md R4.1, R4.3", func(_ testing.TB, m *member.Member) {
			m.DecisionDate, m.CeremonyDate = chibo.Date{}, chibo.Date{}
		}, "", []error{member.ErrMissing}, []string{"decision_date"}},
		{"official before the decision", "Điều lệ Đảng Điều 5", func(t testing.TB, m *member.Member) { m.OfficialDate = day(t, "1995-01-01") }, "",
			[]error{member.ErrOrder}, []string{"official_date"}},
		{"death before admission", "rules/badge.md R4.10", func(t testing.TB, m *member.Member) {
			m.Died = day(t, "1990-01-01")
			m.OfficialDate = chibo.Date{}
		}, "", []error{member.ErrOrder}, []string{"died"}},
		{"overlapping gaps", "rules/badge.md R4.4", func(t testing.TB, m *member.Member) {
			m.Gaps = []member.Gap{gap(t, member.LostContact, "2000-01-01", "2001-12-31"), gap(t, member.Transfer, "2001-06-01", "2001-07-01")}
		}, "", []error{member.ErrOverlap}, []string{"gaps[1]"}},
		{"gap ending before it starts", "", func(t testing.TB, m *member.Member) {
			m.Gaps = []member.Gap{gap(t, member.LostContact, "2001-01-01", "2000-12-31")}
		}, "", []error{member.ErrOrder}, []string{"gaps[0]"}},
		{"gap before admission", "rules/badge.md R4.4", func(t testing.TB, m *member.Member) {
			m.Gaps = []member.Gap{gap(t, member.LostContact, "1990-01-01", "1991-01-01")}
		}, "", []error{member.ErrOutsideMembership}, []string{"gaps[0]"}},
		{"dismissal while probationary", "Điều lệ Đảng 2011 Điều 35", func(t testing.TB, m *member.Member) {
			m.Discipline = []member.Discipline{{Form: member.Dismissal, Date: day(t, "1995-10-01")}}
		}, "", []error{member.ErrDisciplineForm}, []string{"discipline[0]"}},
		{"expulsion while probationary", "Điều lệ Đảng 2011 Điều 35", func(t testing.TB, m *member.Member) {
			m.Discipline = []member.Discipline{{Form: member.Expulsion, Date: day(t, "1995-10-01")}}
		}, "", []error{member.ErrDisciplineForm}, []string{"discipline[0]"}},
		{"a warning while probationary is allowed", "Điều lệ Đảng 2011 Điều 35", func(t testing.TB, m *member.Member) {
			m.Discipline = []member.Discipline{{Form: member.Warning, Date: day(t, "1995-10-01")}}
		}, "", nil, nil},
		{"expulsion of an official member is allowed", "Điều lệ Đảng 2011 Điều 35", func(t testing.TB, m *member.Member) {
			m.Discipline = []member.Discipline{{Form: member.Expulsion, Date: day(t, "2010-10-01")}}
		}, "", nil, nil},
		{"T6: readmission after abandoning activities is barred", "rules/badge.md R4.5, T6", func(t testing.TB, m *member.Member) {
			m.Gaps = []member.Gap{{Kind: member.StruckOff, Cause: member.CauseAbandoned, From: day(t, "2000-06-01"), To: day(t, "2005-05-31")}}
		}, "", []error{member.ErrReadmission}, []string{"gaps[0]"}},
		{"readmission allowed once only", "QĐ 24-QĐ/TW điểm 3.5", func(t testing.TB, m *member.Member) {
			m.Gaps = []member.Gap{
				{Kind: member.StruckOff, Cause: member.CauseFamilyHardship, From: day(t, "2000-06-01"), To: day(t, "2003-06-30")},
				{Kind: member.Expelled, From: day(t, "2010-06-01"), To: day(t, "2014-06-30")},
			}
		}, "", []error{member.ErrReadmission}, []string{"gaps[1]"}},
		{"badge that is not a milestone, and a duplicate", "QĐ 29-QĐ/TW điểm 27.3a", func(_ testing.TB, m *member.Member) { m.Badges = []int{30, 35, 30} }, "",
			[]error{member.ErrBadge, member.ErrBadge}, []string{"badges[1]", "badges[2]"}},
		{"dates after the as-of date", "SPEC member validation", func(t testing.TB, m *member.Member) { m.Died = day(t, "2027-01-01") }, "2026-11-29",
			[]error{member.ErrFuture}, []string{"died"}},
		{"invalid gap kind and discipline form", "", func(t testing.TB, m *member.Member) {
			m.Gaps = []member.Gap{{Kind: 99, From: day(t, "2000-01-01")}}
			m.Discipline = []member.Discipline{{Form: 0, Date: day(t, "2000-01-01")}}
		}, "", []error{member.ErrInvalidValue, member.ErrInvalidValue}, []string{"gaps[0]", "discipline[0]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := good(t)
			tc.edit(t, &m)
			var asOf chibo.Date
			if tc.asOf != "" {
				asOf = day(t, tc.asOf)
			}
			err := m.Validate(asOf)
			if tc.errs == nil {
				assert.NoError(t, err, tc.rule)
				return
			}
			require.Error(t, err, tc.rule)
			var fields []string
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var fe *member.FieldError
				require.True(t, errors.As(e, &fe), "every error is a *FieldError: %v", e)
				assert.Equal(t, m.ID, fe.ID)
				fields = append(fields, fe.Field)
			}
			assert.Equal(t, tc.fields, fields, tc.rule)
			for _, want := range tc.errs {
				assert.ErrorIs(t, err, want, tc.rule)
			}
		})
	}
}

func TestFieldErrorMessage(t *testing.T) {
	m := member.Member{ID: "m17", Name: "X", DecisionDate: day(t, "2002-05-01"), OfficialDate: day(t, "2001-01-01")}
	err := m.Validate(chibo.Date{})
	require.Error(t, err)
	assert.Equal(t, `member "m17": official_date=2001-01-01: dates out of order: official date not after the admission decision_date 2002-05-01`, err.Error())
}

func TestValidateDoesNotAllocateForAConsistentRecord(t *testing.T) {
	m := member.Member{ID: "m1", Name: "A", DecisionDate: day(t, "1995-03-15"), OfficialDate: day(t, "1996-04-01"),
		Gaps:       []member.Gap{gap(t, member.LostContact, "2000-01-01", "2001-12-31")},
		Discipline: []member.Discipline{{Form: member.Warning, Date: day(t, "2010-01-01")}}, Badges: []int{30}}
	allocs := testing.AllocsPerRun(100, func() { _ = m.Validate(day(t, "2026-11-29")) })
	assert.Zero(t, allocs)
}

func TestRegression_FieldErrorWithoutSentinel(t *testing.T) {
	// FieldError.Error panicked on a nil Err.
	assert.NotPanics(t, func() { _ = (&member.FieldError{ID: "a", Field: "x"}).Error() })
}

func TestRegression_OutOfRangeEnumsAreRejected(t *testing.T) {
	// Gender 9 and exit cause 42 passed Validate and marshalled to text that could not be read back.
	m := member.Member{ID: "a", Name: "A", DecisionDate: day(t, "1990-01-01"), OfficialDate: day(t, "1991-01-01"), Gender: 9,
		Gaps: []member.Gap{{Kind: member.StruckOff, Cause: 42, From: day(t, "2000-01-01")}}}
	err := m.Validate(chibo.Date{})
	assert.ErrorIs(t, err, member.ErrInvalidValue)
	_, err = member.Gender(9).MarshalText()
	assert.Error(t, err)
	_, err = member.ExitCause(42).MarshalText()
	assert.Error(t, err)
	var g member.Gender
	require.NoError(t, g.UnmarshalText([]byte("Nam")))
	assert.Equal(t, member.Male, g, "gender is read in any case")
}
