package branch

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/chibo-go/chibo"
)

// MeetingKind is the kind of a meeting.
type MeetingKind uint8

const (
	// Regular is the monthly cell meeting (sinh hoạt chi bộ thường kỳ).
	Regular MeetingKind = iota + 1
	// Thematic is a thematic cell meeting (sinh hoạt chuyên đề), at least
	// once a quarter, which does not replace the regular meeting.
	Thematic
	// Combined is a regular and a thematic meeting held in one session.
	Combined
	// CellCommittee is the meeting of the cell committee (chi uỷ), or of the
	// secretary and deputy where there is none, before the cell meeting.
	CellCommittee
	// Committee is a meeting of a grass-roots committee (đảng uỷ) or its
	// standing committee.
	Committee
	// Plenary is a conference of all members of a đảng bộ cơ sở (hội nghị
	// đảng bộ), twice a year.
	Plenary
)

var meetingKindNames = [...]string{"", "regular", "thematic", "combined", "cell-committee", "committee", "plenary"}
var meetingKindVI = [...]string{"", "sinh hoạt thường kỳ", "sinh hoạt chuyên đề", "sinh hoạt thường kỳ kết hợp chuyên đề", "họp chi uỷ", "họp đảng uỷ", "hội nghị đảng bộ"}

// String returns the kind's name: regular, thematic, combined,
// cell-committee, committee or plenary.
func (k MeetingKind) String() string {
	if k != 0 && int(k) < len(meetingKindNames) {
		return meetingKindNames[k]
	}
	return fmt.Sprintf("MeetingKind(%d)", uint8(k))
}

// VI returns the Vietnamese name.
func (k MeetingKind) VI() string {
	if k != 0 && int(k) < len(meetingKindVI) {
		return meetingKindVI[k]
	}
	return k.String()
}

// MarshalText implements encoding.TextMarshaler.
func (k MeetingKind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(meetingKindNames) {
		return nil, fmt.Errorf("branch: invalid meeting kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *MeetingKind) UnmarshalText(b []byte) error {
	for i := 1; i < len(meetingKindNames); i++ {
		if string(b) == meetingKindNames[i] {
			*k = MeetingKind(i)
			return nil
		}
	}
	return fmt.Errorf("branch: unknown meeting kind %q (want regular, thematic, combined, cell-committee, committee or plenary)", b)
}

// IsCellMeeting reports whether the kind is a meeting of the whole cell
// (regular, thematic or combined).
func (k MeetingKind) IsCellMeeting() bool { return k == Regular || k == Thematic || k == Combined }

// Clock is a time of day in minutes after midnight, written "HH:MM".
type Clock uint16

// ParseClock parses "HH:MM" (00:00 to 23:59), two digits each.
func ParseClock(s string) (Clock, error) {
	if len(s) != 5 || s[2] != ':' || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[3]) || !isDigit(s[4]) {
		return 0, fmt.Errorf("branch: invalid time %q (want HH:MM)", s)
	}
	h := int(s[0]-'0')*10 + int(s[1]-'0')
	m := int(s[3]-'0')*10 + int(s[4]-'0')
	if h > 23 || m > 59 {
		return 0, fmt.Errorf("branch: invalid time %q (want HH:MM)", s)
	}
	return Clock(h*60 + m), nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// String returns "HH:MM".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", int(c)/60, int(c)%60) }

// MarshalText implements encoding.TextMarshaler.
// A value past 23:59 is an error.
func (c Clock) MarshalText() ([]byte, error) {
	if c >= 24*60 {
		return nil, fmt.Errorf("branch: invalid time of day %d minutes", uint16(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Clock) UnmarshalText(b []byte) error {
	v, err := ParseClock(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// Meeting is the record of one meeting (biên bản, sổ ghi chép sinh hoạt):
// when it was held, who was summoned and who came, and what the cell did.
// The booleans record the facts the quality schemes ask about; Scores holds
// the points the cell gave for criteria that need judgement.
type Meeting struct {
	ID   string      `json:"id"`   // identifies the record
	Org  string      `json:"org"`  // the organisation's ID
	Kind MeetingKind `json:"kind"` // regular, thematic, combined, cell-committee, committee, plenary
	Date chibo.Date  `json:"date"` // the day it was held
	// Start and End are the times it began and ended.
	Start Clock `json:"start"`
	End   Clock `json:"end"`
	// Summoned are the member IDs summoned (triệu tập).
	Summoned []string `json:"summoned,omitempty"`
	// Present are those who attended (có mặt).
	Present []string `json:"present,omitempty"`
	// AbsentExcused are those absent with a reason (vắng có lý do).
	AbsentExcused []string `json:"absent_excused,omitempty"`
	// AbsentUnexcused are those absent without a reason (vắng không lý do).
	AbsentUnexcused []string `json:"absent_unexcused,omitempty"`
	// Exempt are summoned members not counted in attendance: exempt from
	// activities, or armed-forces members on special duty, who did not come.
	Exempt []string `json:"exempt,omitempty"`
	// Agenda are the items discussed.
	Agenda []string `json:"agenda,omitempty"`
	// AllSteps records that every procedural step was done in order.
	AllSteps bool `json:"all_steps,omitempty"`
	// PreparedByLeader records that the secretary or deputy prepared the
	// content directly, correct and complete per superior guidance.
	PreparedByLeader bool `json:"prepared_by_leader,omitempty"`
	// DraftResolution records that a draft resolution or conclusion was
	// prepared.
	DraftResolution bool `json:"draft_resolution,omitempty"`
	// MinutesComplete records that the minutes book was fully written.
	MinutesComplete bool `json:"minutes_complete,omitempty"`
	// SuperiorPresent records that a cadre of the superior committee
	// attended.
	SuperiorPresent bool `json:"superior_present,omitempty"`
	// DocumentsPosted is the day the documents were posted on the members'
	// handbook app (Sổ tay đảng viên điện tử); zero when not posted.
	DocumentsPosted chibo.Date `json:"documents_posted,omitzero"`
	// Speakers is the number of members who spoke.
	Speakers int `json:"speakers,omitempty"`
	// Criticism records that members were praised, reminded or criticised
	// where due.
	Criticism bool `json:"criticism,omitempty"`
	// Principles records that the meeting kept the party's principles
	// (tập trung dân chủ, tự phê bình và phê bình).
	Principles bool `json:"principles,omitempty"`
	// ResultsPercent is the share of the previous resolution's targets
	// achieved, 0–100; -1 when not assessed.
	ResultsPercent int `json:"results_percent"`
	// Scores are points the cell gave for criteria that need judgement,
	// keyed by the criterion ID of the scheme used.
	Scores map[string]int `json:"scores,omitempty"`
}

// Minutes returns how long the meeting lasted, in minutes; 0 when End is
// not after Start.
func (m *Meeting) Minutes() int {
	if m.End <= m.Start {
		return 0
	}
	return int(m.End - m.Start)
}

// Counted returns the members counted for attendance: summoned less exempt.
func (m *Meeting) Counted() int { return max(0, len(m.Summoned)-len(m.Exempt)) }

// AttendancePermille returns attendance as present per thousand counted
// members (present exempt members are not in the count), and false when
// nobody is counted.
func (m *Meeting) AttendancePermille() (int, bool) {
	n := m.Counted()
	if n == 0 {
		return 0, false
	}
	return min(1000, len(m.Present)*1000/n), true
}

// Sentinel errors of meeting validation, wrapped in *MeetingError.
var (
	ErrMeetingMissing = errors.New("required field is missing")
	ErrMeetingOrder   = errors.New("end not after start")
	ErrAttendance     = errors.New("inconsistent attendance")
	ErrNotMember      = errors.New("not a member of the organisation")
	ErrMeetingValue   = errors.New("invalid value")
)

// MeetingError reports one problem with one field of one meeting record.
type MeetingError struct {
	ID     string // the meeting's ID
	Field  string // the field: "present", "end", …
	Value  string // the offending value
	Err    error  // the sentinel
	Detail string // what is wrong, in words
}

// Error implements error.
func (e *MeetingError) Error() string {
	s := "meeting " + strconv.Quote(e.ID) + ": " + e.Field
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

// Unwrap returns the sentinel.
func (e *MeetingError) Unwrap() error { return e.Err }

// Validate checks the record and returns every problem found, joined, each
// a *MeetingError; nil when it is consistent. When org is not nil, every
// person listed must be one of its members. Checked: ID, organisation,
// kind and date present; end after start; a person listed twice or in two
// of present, absent-with-reason, absent-without-reason and exempt;
// present and absent members among those summoned, and every summoned
// member accounted for; the results percentage
// within -1…100.
func (m *Meeting) Validate(org *Organisation) error {
	var errs []error
	add := func(field, value string, err error, detail string) {
		errs = append(errs, &MeetingError{ID: m.ID, Field: field, Value: value, Err: err, Detail: detail})
	}
	if m.ID == "" {
		add("id", "", ErrMeetingMissing, "every meeting needs an id")
	}
	if m.Org == "" {
		add("org", "", ErrMeetingMissing, "the organisation is required")
	}
	if org != nil && m.Org != "" && m.Org != org.ID {
		add("org", m.Org, ErrMeetingValue, "the record belongs to another organisation than "+org.ID)
	}
	if m.Kind == 0 || int(m.Kind) >= len(meetingKindNames) {
		add("kind", strconv.Itoa(int(m.Kind)), ErrMeetingValue, "unknown meeting kind")
	}
	if m.Date.IsZero() {
		add("date", "", ErrMeetingMissing, "the date is required")
	}
	if m.End <= m.Start {
		add("end", m.End.String(), ErrMeetingOrder, "the meeting must end after it starts at "+m.Start.String())
	}
	if m.Start >= 24*60 {
		add("start", m.Start.String(), ErrMeetingValue, "a time of day runs from 00:00 to 23:59")
	}
	if m.End >= 24*60 {
		add("end", m.End.String(), ErrMeetingValue, "a time of day runs from 00:00 to 23:59")
	}
	if m.Speakers < 0 {
		add("speakers", strconv.Itoa(m.Speakers), ErrMeetingValue, "a count of speakers cannot be negative")
	}
	if m.ResultsPercent < -1 || m.ResultsPercent > 100 {
		add("results_percent", strconv.Itoa(m.ResultsPercent), ErrMeetingValue, "want 0–100, or -1 when not assessed")
	}
	summoned := make(map[string]bool, len(m.Summoned))
	for _, id := range m.Summoned {
		if summoned[id] {
			add("summoned", id, ErrAttendance, "listed twice")
		}
		summoned[id] = true
		if org != nil && org.Member(id) == nil {
			add("summoned", id, ErrNotMember, "not a member of "+org.ID)
		}
	}
	where := make(map[string]string, len(m.Summoned))
	for _, l := range []struct {
		field string
		ids   []string
	}{{"present", m.Present}, {"absent_excused", m.AbsentExcused}, {"absent_unexcused", m.AbsentUnexcused}, {"exempt", m.Exempt}} {
		for _, id := range l.ids {
			if prev, ok := where[id]; ok {
				add(l.field, id, ErrAttendance, "also listed in "+prev)
				continue
			}
			where[id] = l.field
			if len(m.Summoned) > 0 && !summoned[id] {
				add(l.field, id, ErrAttendance, "not among those summoned")
			}
			if org != nil && org.Member(id) == nil {
				add(l.field, id, ErrNotMember, "not a member of "+org.ID)
			}
		}
	}
	for _, id := range m.Summoned {
		if _, ok := where[id]; !ok {
			add("summoned", id, ErrAttendance, "summoned but listed neither present, absent nor exempt")
		}
	}
	return errors.Join(errs...)
}
