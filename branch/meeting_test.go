package branch

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// clock parses a time of day written in a test.
func clock(s string) Clock {
	c, err := ParseClock(s)
	if err != nil {
		panic(err)
	}
	return c
}

// meetingProblem is a *MeetingError without its wording.
type meetingProblem struct {
	ID, Field, Value string
	Err              error
}

// meetingProblems returns the *MeetingError values joined in err, in order.
func meetingProblems(t *testing.T, err error) []meetingProblem {
	t.Helper()
	var out []meetingProblem
	for _, e := range unjoin(err) {
		var me *MeetingError
		require.True(t, errors.As(e, &me), "%v is not a *MeetingError", e)
		assert.NotEmpty(t, me.Detail)
		out = append(out, meetingProblem{me.ID, me.Field, me.Value, me.Err})
	}
	return out
}

func TestMeetingKindText(t *testing.T) {
	tests := []struct {
		kind MeetingKind
		name string
		vi   string
		cell bool
	}{
		{Regular, "regular", "sinh hoạt thường kỳ", true},
		{Thematic, "thematic", "sinh hoạt chuyên đề", true},
		{Combined, "combined", "sinh hoạt thường kỳ kết hợp chuyên đề", true},
		{CellCommittee, "cell-committee", "họp chi uỷ", false},
		{Committee, "committee", "họp đảng uỷ", false},
		{Plenary, "plenary", "hội nghị đảng bộ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.name, tt.kind.String())
			assert.Equal(t, tt.vi, tt.kind.VI())
			assert.Equal(t, tt.cell, tt.kind.IsCellMeeting())
			b, err := tt.kind.MarshalText()
			require.NoError(t, err)
			var back MeetingKind
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tt.kind, back)
		})
	}
	t.Run("invalid kinds", func(t *testing.T) {
		for _, k := range []MeetingKind{0, 7, 200} {
			assert.Equal(t, fmt.Sprintf("MeetingKind(%d)", k), k.String())
			assert.Equal(t, k.String(), k.VI())
			assert.False(t, k.IsCellMeeting())
			_, err := k.MarshalText()
			assert.Error(t, err)
		}
		var k MeetingKind
		assert.Error(t, k.UnmarshalText([]byte("Regular")))
		assert.Error(t, k.UnmarshalText(nil))
	})
}

func TestParseClock(t *testing.T) {
	tests := []struct {
		in      string
		want    Clock
		wantErr bool
	}{
		{"19:30", 19*60 + 30, false},
		{"00:00", 0, false},
		{"23:59", 23*60 + 59, false},
		{"07:05", 7*60 + 5, false},
		{"24:00", 0, true},
		{"19:60", 0, true},
		{"9:30", 0, true},
		{"09:3", 0, true},
		{"0930", 0, true},
		{"09.30", 0, true},
		{" 9:30", 0, true},
		{"+9:30", 0, true},
		{"", 0, true},
		{"19:30:00", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseClock(tt.in)
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.in, got.String())
			b, err := got.MarshalText()
			require.NoError(t, err)
			var back Clock
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, got, back)
		})
	}
	t.Run("a failed UnmarshalText leaves the value", func(t *testing.T) {
		c := clock("08:00")
		assert.Error(t, c.UnmarshalText([]byte("8h")))
		assert.Equal(t, clock("08:00"), c)
	})
}

// TestRegression_ParseClockSign: ParseClock read the two fields with
// strconv.Atoi, which accepts a sign, so "-0:00" and "00:-0" parsed as
// 00:00. Only two digits are accepted now.
func TestRegression_ParseClockSign(t *testing.T) {
	for _, s := range []string{"-0:00", "00:-0", "-1:00", "+0:00", "00:+5"} {
		_, err := ParseClock(s)
		assert.Error(t, err, s)
	}
}

func TestMeetingMinutesAndAttendance(t *testing.T) {
	t.Run("B4 minutes from start to end", func(t *testing.T) {
		m := Meeting{Start: clock("19:30"), End: clock("21:00")}
		assert.Equal(t, 90, m.Minutes())
		m.End = clock("19:30")
		assert.Equal(t, 0, m.Minutes(), "no time")
		m.End = clock("19:00")
		assert.Equal(t, 0, m.Minutes(), "end before start")
	})
	tests := []struct {
		name     string
		m        Meeting
		counted  int
		permille int
		ok       bool
	}{
		{"exempt members are not counted: 7 present of 10 summoned less 2 exempt",
			Meeting{Summoned: ids("m", 10), Present: ids("m", 7), Exempt: []string{"m9", "m10"}}, 8, 875, true},
		{"everyone present", Meeting{Summoned: ids("m", 4), Present: ids("m", 4)}, 4, 1000, true},
		{"nobody counted", Meeting{Present: ids("m", 3)}, 0, 0, false},
		{"more present than counted is capped at 1000",
			Meeting{Summoned: ids("m", 3), Present: ids("m", 3), Exempt: []string{"m3"}}, 2, 1000, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.counted, tt.m.Counted())
			p, ok := tt.m.AttendancePermille()
			assert.Equal(t, tt.permille, p)
			assert.Equal(t, tt.ok, ok)
		})
	}
}

// TestMeetingValidate checks the consistency of a meeting record.
func TestMeetingValidate(t *testing.T) {
	org := &Organisation{ID: "c1", Kind: Cell, Members: officials("m", 4)}
	valid := func() Meeting {
		return Meeting{ID: "r1", Org: "c1", Kind: Regular, Date: day("2025-03-05"),
			Start: clock("19:30"), End: clock("21:00"), ResultsPercent: -1,
			Summoned: ids("m", 4), Present: []string{"m1", "m2"}, AbsentExcused: []string{"m3"}, AbsentUnexcused: []string{"m4"}}
	}
	tests := []struct {
		name   string
		change func(m *Meeting)
		org    *Organisation
		want   []meetingProblem
	}{
		{"a consistent record", func(*Meeting) {}, org, nil},
		{"a consistent record without an organisation", func(*Meeting) {}, nil, nil},
		{"B7.1 an exempt member is accounted for", func(m *Meeting) { m.AbsentUnexcused, m.Exempt = nil, []string{"m4"} }, org, nil},
		{"present and absent overlap",
			func(m *Meeting) { m.AbsentExcused = []string{"m3", "m1"} }, org,
			[]meetingProblem{{"r1", "absent_excused", "m1", ErrAttendance}}},
		{"present and exempt overlap",
			func(m *Meeting) { m.Exempt = []string{"m2"} }, org,
			[]meetingProblem{{"r1", "exempt", "m2", ErrAttendance}}},
		{"absent but not summoned",
			func(m *Meeting) { m.Summoned = ids("m", 3); m.AbsentUnexcused = []string{"m4"} }, org,
			[]meetingProblem{{"r1", "absent_unexcused", "m4", ErrAttendance}}},
		{"summoned but listed nowhere",
			func(m *Meeting) { m.AbsentUnexcused = nil }, org,
			[]meetingProblem{{"r1", "summoned", "m4", ErrAttendance}}},
		{"summoned twice",
			func(m *Meeting) { m.Summoned = append(m.Summoned, "m2") }, org,
			[]meetingProblem{{"r1", "summoned", "m2", ErrAttendance}}},
		{"present twice",
			func(m *Meeting) { m.Present = append(m.Present, "m1") }, org,
			[]meetingProblem{{"r1", "present", "m1", ErrAttendance}}},
		{"no summoned list: nobody is checked against it",
			func(m *Meeting) { m.Summoned = nil }, org, nil},
		{"B4 end before start",
			func(m *Meeting) { m.End = clock("19:00") }, org,
			[]meetingProblem{{"r1", "end", "19:00", ErrMeetingOrder}}},
		{"B4 end at start",
			func(m *Meeting) { m.End = m.Start }, org,
			[]meetingProblem{{"r1", "end", "19:30", ErrMeetingOrder}}},
		{"unknown member with an organisation",
			func(m *Meeting) { m.Summoned = append(m.Summoned, "x9"); m.Present = append(m.Present, "x9") }, org,
			[]meetingProblem{{"r1", "summoned", "x9", ErrNotMember}, {"r1", "present", "x9", ErrNotMember}}},
		{"unknown member without an organisation is not checked",
			func(m *Meeting) { m.Summoned = append(m.Summoned, "x9"); m.Present = append(m.Present, "x9") }, nil, nil},
		{"bad kind: zero",
			func(m *Meeting) { m.Kind = 0 }, org,
			[]meetingProblem{{"r1", "kind", "0", ErrMeetingValue}}},
		{"bad kind: out of range",
			func(m *Meeting) { m.Kind = 9 }, org,
			[]meetingProblem{{"r1", "kind", "9", ErrMeetingValue}}},
		{"the record of another organisation",
			func(m *Meeting) { m.Org = "c2" }, org,
			[]meetingProblem{{"r1", "org", "c2", ErrMeetingValue}}},
		{"id, organisation and date missing",
			func(m *Meeting) { m.ID, m.Org, m.Date = "", "", chibo.Date{} }, nil,
			[]meetingProblem{{"", "id", "", ErrMeetingMissing}, {"", "org", "", ErrMeetingMissing}, {"", "date", "", ErrMeetingMissing}}},
		{"results percent above 100",
			func(m *Meeting) { m.ResultsPercent = 101 }, org,
			[]meetingProblem{{"r1", "results_percent", "101", ErrMeetingValue}}},
		{"results percent below -1",
			func(m *Meeting) { m.ResultsPercent = -2 }, org,
			[]meetingProblem{{"r1", "results_percent", "-2", ErrMeetingValue}}},
		{"results percent 100 is valid",
			func(m *Meeting) { m.ResultsPercent = 100 }, org, nil},
		{"results percent 0 is valid",
			func(m *Meeting) { m.ResultsPercent = 0 }, org, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := valid()
			tt.change(&m)
			err := m.Validate(tt.org)
			if diff := cmp.Diff(tt.want, meetingProblems(t, err), cmpopts.EquateErrors()); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
			for _, w := range tt.want {
				assert.ErrorIs(t, err, w.Err)
			}
		})
	}
	t.Run("the message names the meeting, field and value", func(t *testing.T) {
		m := valid()
		m.AbsentExcused = []string{"m3", "m1"}
		assert.EqualError(t, m.Validate(org), `meeting "r1": absent_excused=m1: inconsistent attendance: also listed in present`)
	})
	t.Run("the zero meeting", func(t *testing.T) {
		var m Meeting
		err := m.Validate(nil)
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrMeetingMissing)
		assert.ErrorIs(t, err, ErrMeetingValue)
		assert.ErrorIs(t, err, ErrMeetingOrder)
		assert.NotErrorIs(t, err, member.ErrMissing)
	})
}

// TestRegression_ValidateEndOutOfRange: a time of day past 23:59 in End
// was reported on the field "start", with the start time as the value.
// Each field is now reported for itself.
func TestRegression_ValidateEndOutOfRange(t *testing.T) {
	m := Meeting{ID: "r1", Org: "c1", Kind: Regular, Date: day("2025-03-05"), Start: clock("19:30"), End: Clock(25 * 60), ResultsPercent: -1}
	want := []meetingProblem{{"r1", "end", "25:00", ErrMeetingValue}}
	if diff := cmp.Diff(want, meetingProblems(t, m.Validate(nil)), cmpopts.EquateErrors()); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	m.Start, m.End = Clock(24*60), Clock(24*60+30)
	want = []meetingProblem{{"r1", "start", "24:00", ErrMeetingValue}, {"r1", "end", "24:30", ErrMeetingValue}}
	if diff := cmp.Diff(want, meetingProblems(t, m.Validate(nil)), cmpopts.EquateErrors()); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

func TestRegression_ClockPastMidnightIsNotMarshalled(t *testing.T) {
	// Clock(1500) was written as "25:00", which ParseClock rejects.
	_, err := Clock(25 * 60).MarshalText()
	assert.Error(t, err)
}

func TestRegression_NegativeSpeakers(t *testing.T) {
	m := Meeting{ID: "m", Org: "c", Kind: Regular, Date: chibo.DateOf(2024, 3, 20), Start: 60, End: 200, Speakers: -1}
	assert.ErrorIs(t, m.Validate(nil), ErrMeetingValue)
}
