package branch

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// docExample is the example of File's documentation, verbatim.
const docExample = `{
  "organisation": {
    "id": "cb-navai", "name": "Chi bộ thôn Nà Vài", "kind": "cell",
    "parent": "db-thobinh", "secretary": "m1", "deputies": ["m2"],
    "last_congress": "2025-06-20",
    "members": [
      {"id": "m1", "name": "Hoàng Văn Páo", "decision_date": "1985-09-02", "official_date": "1986-09-02"},
      {"id": "m2", "name": "Nông Thị Mai", "decision_date": "02/09/1990", "official_date": "02/09/1991"},
      {"id": "m3", "name": "Ma Văn Dũng", "decision_date": "2001-05-19", "official_date": "2002-05-19", "exempt": true}
    ]
  },
  "meetings": [
    {"id": "2025-01-cu", "org": "cb-navai", "kind": "cell-committee", "date": "2025-01-03",
     "start": "19:30", "end": "20:15", "summoned": ["m1", "m2"], "present": ["m1", "m2"]},
    {"id": "2025-01", "org": "cb-navai", "kind": "regular", "date": "05/01/2025",
     "start": "19:30", "end": "21:15", "summoned": ["m1", "m2", "m3"],
     "present": ["m1", "m2"], "exempt": ["m3"], "agenda": ["Nghị quyết tháng 1"],
     "minutes_complete": true, "results_percent": 90}
  ],
  "from": "2025-01-01",
  "to": "2025-12-31"
}`

// cellFile is a sound file with one record a line, so that the cases can
// name lines: 2 the organisation, 3 and 4 the members m1 and m2, 7 the
// meeting r1, 9 the period.
const cellFile = `{
"organisation": {"id": "c1", "name": "Chi bộ", "kind": "cell", "members": [
{"id": "m1", "name": "A", "decision_date": "2000-09-02", "official_date": "2001-09-02"},
{"id": "m2", "name": "B", "decision_date": "2000-09-02", "official_date": "2001-09-02"}
]},
"meetings": [
{"id": "r1", "org": "c1", "kind": "regular", "date": "2025-01-05", "start": "19:00", "end": "20:30", "summoned": ["m1", "m2"], "present": ["m1", "m2"]}
],
"from": "2025-01-01", "to": "2025-12-31"
}`

// committeeFile is a sound committee review: 2 the committee, 3 and 4 its
// members a1 and b1, 7 and 8 the cells ca (a1) and cb (b1), 11 the
// committee meeting du-01, 12 and 13 the cell meetings ca-01 and cb-01,
// 15 the period.
const committeeFile = `{
"organisation": {"id": "db", "name": "Đảng bộ xã", "kind": "grass-roots-committee", "members": [
{"id": "a1", "name": "A1", "decision_date": "2000-09-02", "official_date": "2001-09-02"},
{"id": "b1", "name": "B1", "decision_date": "2000-09-02", "official_date": "2001-09-02"}
]},
"cells": [
{"id": "ca", "name": "Chi bộ A", "kind": "cell", "parent": "db", "members": [{"id": "a1", "name": "A1", "decision_date": "2000-09-02", "official_date": "2001-09-02"}]},
{"id": "cb", "name": "Chi bộ B", "kind": "cell", "parent": "db", "members": [{"id": "b1", "name": "B1", "decision_date": "2000-09-02", "official_date": "2001-09-02"}]}
],
"meetings": [
{"id": "du-01", "org": "db", "kind": "committee", "date": "2025-01-10", "start": "08:00", "end": "10:00", "summoned": ["a1", "b1"], "present": ["a1", "b1"]},
{"id": "ca-01", "org": "ca", "kind": "regular", "date": "2025-01-05", "start": "19:00", "end": "20:30", "summoned": ["a1"], "present": ["a1"]},
{"id": "cb-01", "org": "cb", "kind": "regular", "date": "2025-01-06", "start": "19:00", "end": "20:30", "summoned": ["b1"], "present": ["b1"]}
],
"from": "2025-01-01", "to": "2025-03-31"
}`

// edit returns s with old replaced by new once; old must occur in s.
func edit(t *testing.T, s, old, new string) string {
	t.Helper()
	require.Equal(t, 1, strings.Count(s, old), "the edit %q must match once", old)
	return strings.Replace(s, old, new, 1)
}

// fileProblem is a *FileError in short: where, which record, the value,
// and the first sentinel it matches.
type fileProblem struct {
	Path, Record, Value string
	Line                int
	Is                  string
}

var fileSentinels = []struct {
	name string
	err  error
}{
	{"ErrSyntax", ErrSyntax}, {"ErrUnknownField", ErrUnknownField}, {"ErrBadValue", ErrBadValue},
	{"ErrMissingValue", ErrMissingValue}, {"ErrDuplicateID", ErrDuplicateID}, {"ErrUnknownOrg", ErrUnknownOrg},
	{"ErrAttendance", ErrAttendance}, {"ErrNotMember", ErrNotMember}, {"ErrMeetingOrder", ErrMeetingOrder},
	{"ErrMeetingMissing", ErrMeetingMissing}, {"ErrMeetingValue", ErrMeetingValue},
	{"member.ErrMissing", member.ErrMissing}, {"member.ErrOrder", member.ErrOrder}, {"member.ErrFuture", member.ErrFuture},
	{"member.ErrDuplicateID", member.ErrDuplicateID}, {"member.ErrInvalidValue", member.ErrInvalidValue},
}

// fileProblems summarises the problems ReadFile returned, checking that
// each is a *FileError matching ErrFile.
func fileProblems(t *testing.T, errs []error) []fileProblem {
	t.Helper()
	var out []fileProblem
	for _, err := range errs {
		var fe *FileError
		require.True(t, errors.As(err, &fe), "%v is not a *FileError", err)
		assert.ErrorIs(t, err, ErrFile)
		p := fileProblem{Path: fe.Path, Record: fe.Record, Value: fe.Value, Line: fe.Line}
		var me *MeetingError
		var mf *member.FieldError
		switch {
		case errors.As(err, &me):
			p.Value = me.Value
		case errors.As(err, &mf):
			p.Value = mf.Value
		}
		for _, s := range fileSentinels {
			if errors.Is(err, s.err) {
				p.Is = s.name
				break
			}
		}
		assert.NotEmpty(t, err.Error())
		out = append(out, p)
	}
	return out
}

func TestReadFileSound(t *testing.T) {
	t.Run("the documentation's example", func(t *testing.T) {
		f, errs := ReadFile(strings.NewReader(docExample))
		require.Nil(t, errs)
		want := &File{
			Organisation: Organisation{ID: "cb-navai", Name: "Chi bộ thôn Nà Vài", Kind: Cell, Parent: "db-thobinh",
				Secretary: "m1", Deputies: []string{"m2"}, LastCongress: day("2025-06-20"),
				Members: []member.Member{
					{ID: "m1", Name: "Hoàng Văn Páo", DecisionDate: day("1985-09-02"), OfficialDate: day("1986-09-02")},
					{ID: "m2", Name: "Nông Thị Mai", DecisionDate: day("1990-09-02"), OfficialDate: day("1991-09-02")},
					{ID: "m3", Name: "Ma Văn Dũng", DecisionDate: day("2001-05-19"), OfficialDate: day("2002-05-19"), Exempt: true},
				}},
			Meetings: []Meeting{
				{ID: "2025-01-cu", Org: "cb-navai", Kind: CellCommittee, Date: day("2025-01-03"), Start: clock("19:30"), End: clock("20:15"),
					Summoned: []string{"m1", "m2"}, Present: []string{"m1", "m2"}, ResultsPercent: -1},
				{ID: "2025-01", Org: "cb-navai", Kind: Regular, Date: day("2025-01-05"), Start: clock("19:30"), End: clock("21:15"),
					Summoned: []string{"m1", "m2", "m3"}, Present: []string{"m1", "m2"}, Exempt: []string{"m3"},
					Agenda: []string{"Nghị quyết tháng 1"}, MinutesComplete: true, ResultsPercent: 90},
			},
			From: day("2025-01-01"), To: day("2025-12-31"),
		}
		if diff := cmp.Diff(want, f); diff != "" {
			t.Errorf("ReadFile (-want +got):\n%s", diff)
		}
	})
	t.Run("a cell file", func(t *testing.T) {
		f, errs := ReadFile(strings.NewReader(cellFile))
		require.Nil(t, errs)
		require.Len(t, f.Meetings, 1)
		assert.Equal(t, -1, f.Meetings[0].ResultsPercent, "absent results_percent: not assessed")
	})
	t.Run("a committee file whose cells' members are listed in the committee too", func(t *testing.T) {
		f, errs := ReadFile(strings.NewReader(committeeFile))
		require.Nil(t, errs)
		require.Len(t, f.Cells, 2)
		assert.Equal(t, "db", f.Cells[1].Parent)
		assert.Len(t, f.Organisation.Members, 2)
		assert.Len(t, f.Meetings, 3)
	})
	t.Run("a byte order mark is skipped", func(t *testing.T) {
		_, errs := ReadFile(strings.NewReader("\uFEFF" + cellFile))
		assert.Nil(t, errs)
	})
	t.Run("null is the same as absent", func(t *testing.T) {
		in := edit(t, cellFile, `"kind": "cell",`, `"kind": "cell", "parent": null, "founded": null, "deputies": null,`)
		in = edit(t, in, `"present": ["m1", "m2"]`, `"present": ["m1", "m2"], "agenda": null, "results_percent": null, "scores": null`)
		f, errs := ReadFile(strings.NewReader(in))
		require.Nil(t, errs)
		assert.Equal(t, "", f.Organisation.Parent)
		assert.Nil(t, f.Organisation.Deputies)
		assert.Equal(t, -1, f.Meetings[0].ResultsPercent)
	})
	t.Run("empty lists and objects are the same as absent", func(t *testing.T) {
		in := edit(t, cellFile, `"kind": "cell",`, `"kind": "cell", "deputies": [], "committee": [],`)
		in = edit(t, in, `"present": ["m1", "m2"]`, `"present": ["m1", "m2"], "agenda": [], "scores": {}`)
		f, errs := ReadFile(strings.NewReader(in))
		require.Nil(t, errs)
		assert.Nil(t, f.Organisation.Deputies)
		assert.Nil(t, f.Organisation.Committee)
		assert.Nil(t, f.Meetings[0].Agenda)
		assert.Nil(t, f.Meetings[0].Scores)
	})
	t.Run("a period of one day", func(t *testing.T) {
		in := edit(t, cellFile, `"from": "2025-01-01", "to": "2025-12-31"`, `"from": "2025-01-05", "to": "05/01/2025"`)
		f, errs := ReadFile(strings.NewReader(in))
		require.Nil(t, errs)
		assert.Equal(t, f.From, f.To)
	})
	t.Run("no meetings", func(t *testing.T) {
		f, errs := ReadFile(strings.NewReader(`{"organisation": {"id": "c1", "kind": "cell"}, "from": "2025-01-01", "to": "2025-03-31"}`))
		require.Nil(t, errs)
		assert.Nil(t, f.Meetings)
	})
}

// everyKeyFile uses every key of the format.
const everyKeyFile = `{
"organisation": {"id": "db", "name": "Đảng bộ xã Thổ Bình", "kind": "grass-roots-committee", "parent": "tinh-uy",
 "founded": "1960-03-01", "secretary": "a1", "deputies": ["a2"], "committee": ["a1", "a2"], "standing": ["a1"],
 "last_congress": "2025-08-15", "approved": true, "has_sub_committees": true, "once_per_term": false,
 "members": [
  {"id": "a1", "name": "Hoàng Văn Páo", "born": "1950-03-12", "gender": "nam", "decision_date": "1972-09-02",
   "card_date": "1972-10-01", "ceremony_date": "1972-09-20", "official_date": "1973-09-20", "died": "2025-02-01",
   "gaps": [{"kind": "struck-off", "from": "1980-01-01", "to": "1984-12-31", "cause": "family-hardship"}],
   "discipline": [{"form": "canh-cao", "date": "1990-05-04"}],
   "transfers": [{"from": "2000-01-01", "to": "2000-06-30", "branch": "Chi bộ Bản Phú"}],
   "badges": [30, 40], "exempt": true, "seriously_ill": true, "branch": "Chi bộ Nà Vài"},
  {"id": "a2", "name": "Triệu Thị Mai", "gender": "female", "card_date": "01/10/1982", "official_date": "01/10/1983"}
 ]},
"cells": [{"id": "na-vai", "name": "Chi bộ Nà Vài", "kind": "sub-committee", "parent": "db"}],
"meetings": [
 {"id": "du-01", "org": "db", "kind": "committee", "date": "2025-01-10", "start": "08:00", "end": "10:30",
  "summoned": ["a1", "a2"], "present": ["a2"], "absent_excused": ["a1"], "absent_unexcused": [], "exempt": [],
  "agenda": ["Kiểm điểm", "Kế hoạch"], "all_steps": true, "prepared_by_leader": true, "draft_resolution": true,
  "minutes_complete": true, "superior_present": true, "documents_posted": "2025-01-08", "speakers": 2,
  "criticism": true, "principles": true, "results_percent": 0, "scores": {"4.2": 20, "6": 25}}
],
"from": "2025-01-01", "to": "2025-12-31"
}`

// TestReadFileEveryKey decodes a file using every key of the format, and
// checks that json.Marshal writes it back in the same format.
func TestReadFileEveryKey(t *testing.T) {
	in := everyKeyFile
	want := &File{
		Organisation: Organisation{ID: "db", Name: "Đảng bộ xã Thổ Bình", Kind: GrassRootsCommittee, Parent: "tinh-uy",
			Founded: day("1960-03-01"), Secretary: "a1", Deputies: []string{"a2"}, Committee: []string{"a1", "a2"}, Standing: []string{"a1"},
			LastCongress: day("2025-08-15"), Approved: true, HasSubCommittees: true,
			Members: []member.Member{
				{ID: "a1", Name: "Hoàng Văn Páo", Born: day("1950-03-12"), Gender: member.Male, DecisionDate: day("1972-09-02"),
					CardDate: day("1972-10-01"), CeremonyDate: day("1972-09-20"), OfficialDate: day("1973-09-20"), Died: day("2025-02-01"),
					Gaps:       []member.Gap{{Kind: member.StruckOff, From: day("1980-01-01"), To: day("1984-12-31"), Cause: member.CauseFamilyHardship}},
					Discipline: []member.Discipline{{Form: member.Warning, Date: day("1990-05-04")}},
					Transfers:  []member.TemporaryTransfer{{From: day("2000-01-01"), To: day("2000-06-30"), Branch: "Chi bộ Bản Phú"}},
					Badges:     []int{30, 40}, Exempt: true, SeriouslyIll: true, Branch: "Chi bộ Nà Vài"},
				{ID: "a2", Name: "Triệu Thị Mai", Gender: member.Female, CardDate: day("1982-10-01"), OfficialDate: day("1983-10-01")},
			}},
		Cells: []Organisation{{ID: "na-vai", Name: "Chi bộ Nà Vài", Kind: SubCommittee, Parent: "db"}},
		Meetings: []Meeting{{ID: "du-01", Org: "db", Kind: Committee, Date: day("2025-01-10"), Start: clock("08:00"), End: clock("10:30"),
			Summoned: []string{"a1", "a2"}, Present: []string{"a2"}, AbsentExcused: []string{"a1"},
			Agenda: []string{"Kiểm điểm", "Kế hoạch"}, AllSteps: true, PreparedByLeader: true, DraftResolution: true,
			MinutesComplete: true, SuperiorPresent: true, DocumentsPosted: day("2025-01-08"), Speakers: 2,
			Criticism: true, Principles: true, ResultsPercent: 0, Scores: map[string]int{"4.2": 20, "6": 25}}},
		From: day("2025-01-01"), To: day("2025-12-31"),
	}
	f, errs := ReadFile(strings.NewReader(in))
	require.Nil(t, errs)
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("ReadFile (-want +got):\n%s", diff)
	}
	t.Run("B3 B7.2 the record keeps the preparation facts: documents posted ahead, content prepared by the leader, a draft resolution", func(t *testing.T) {
		m := f.Meetings[0]
		assert.True(t, m.DocumentsPosted.Before(m.Date))
		assert.True(t, m.PreparedByLeader)
		assert.True(t, m.DraftResolution)
	})

	b, err := json.Marshal(f)
	require.NoError(t, err)
	back, errs := ReadFile(strings.NewReader(string(b)))
	require.Nil(t, errs, "json.Marshal writes the format: %s", b)
	if diff := cmp.Diff(f, back); diff != "" {
		t.Errorf("ReadFile(json.Marshal(f)) (-want +got):\n%s", diff)
	}
}

// TestReadFileProblems checks what ReadFile reports, where and about which
// record.
func TestReadFileProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []fileProblem
	}{
		// Unknown keys, at every level.
		{"an unknown key at the top", edit(t, cellFile, `"from": "2025-01-01",`, `"period": 2025, "from": "2025-01-01",`),
			[]fileProblem{{"period", "", "", 9, "ErrUnknownField"}}},
		{"an unknown key in the organisation", edit(t, cellFile, `"kind": "cell",`, `"kind": "cell", "nmae": "x",`),
			[]fileProblem{{"organisation.nmae", `organisation "c1"`, "", 2, "ErrUnknownField"}}},
		{"an unknown key in a member", edit(t, cellFile, `"name": "A",`, `"name": "A", "birth": "1950-01-01",`),
			[]fileProblem{{"organisation.members[0].birth", `member "m1"`, "", 3, "ErrUnknownField"}}},
		{"an unknown key in a member's gap",
			edit(t, cellFile, `"name": "A",`, `"name": "A", "gaps": [{"kind": "lost-contact", "from": "2010-01-01", "until": "2010-06-30"}],`),
			[]fileProblem{{"organisation.members[0].gaps[0].until", `member "m1"`, "", 3, "ErrUnknownField"}}},
		{"an unknown key in a meeting, which is not validated further",
			edit(t, cellFile, `"present": ["m1", "m2"]`, `"presnt": ["m1", "m2"]`),
			[]fileProblem{{"meetings[0].presnt", `meeting "r1"`, "", 7, "ErrUnknownField"}}},
		{"keys are case-sensitive", edit(t, cellFile, `{"id": "r1"`, `{"ID": "r1"`),
			[]fileProblem{{"meetings[0].ID", "meeting (no id)", "", 7, "ErrUnknownField"}}},
		{"a key given twice", edit(t, cellFile, `"org": "c1",`, `"org": "c1", "org": "c1",`),
			[]fileProblem{{"meetings[0].org", `meeting "r1"`, `"c1"`, 7, "ErrBadValue"}}},
		{"a score given twice", edit(t, cellFile, `"present": ["m1", "m2"]`, `"present": ["m1", "m2"], "scores": {"1": 5, "1": 4}`),
			[]fileProblem{{`meetings[0].scores["1"]`, `meeting "r1"`, "4", 7, "ErrBadValue"}}},

		// Values of the wrong type or that do not parse.
		{"a string where an integer is expected", edit(t, cellFile, `"present": ["m1", "m2"]`, `"present": ["m1", "m2"], "speakers": "3"`),
			[]fileProblem{{"meetings[0].speakers", `meeting "r1"`, `"3"`, 7, "ErrBadValue"}}},
		{"a string where a list is expected", edit(t, cellFile, `"summoned": ["m1", "m2"]`, `"summoned": "m1"`),
			[]fileProblem{{"meetings[0].summoned", `meeting "r1"`, `"m1"`, 7, "ErrBadValue"}}},
		{"a list where the organisation is expected", `{"organisation": [], "from": "2025-01-01", "to": "2025-01-31"}`,
			[]fileProblem{{"organisation", "", "[]", 1, "ErrBadValue"}}},
		{"a date that does not exist", edit(t, cellFile, `"date": "2025-01-05"`, `"date": "31/02/2025"`),
			[]fileProblem{{"meetings[0].date", `meeting "r1"`, `"31/02/2025"`, 7, "ErrBadValue"}}},
		{"a time without its leading zero", edit(t, cellFile, `"start": "19:00"`, `"start": "7:00"`),
			[]fileProblem{{"meetings[0].start", `meeting "r1"`, `"7:00"`, 7, "ErrBadValue"}}},
		{"a time as a number", edit(t, cellFile, `"start": "19:00"`, `"start": 1900`),
			[]fileProblem{{"meetings[0].start", `meeting "r1"`, "1900", 7, "ErrBadValue"}}},
		{"an unknown organisation kind, not also reported missing", edit(t, cellFile, `"kind": "cell"`, `"kind": "chi-bo"`),
			[]fileProblem{{"organisation.kind", `organisation "c1"`, `"chi-bo"`, 2, "ErrBadValue"}}},
		{"an unknown meeting kind", edit(t, cellFile, `"kind": "regular"`, `"kind": "monthly"`),
			[]fileProblem{{"meetings[0].kind", `meeting "r1"`, `"monthly"`, 7, "ErrBadValue"}}},
		{"an unknown gap kind",
			edit(t, cellFile, `"name": "A",`, `"name": "A", "gaps": [{"kind": "illness", "from": "2010-01-01"}],`),
			[]fileProblem{{"organisation.members[0].gaps[0].kind", `member "m1"`, `"illness"`, 3, "ErrBadValue"}}},
		{"null in a list", edit(t, cellFile, `"present": ["m1", "m2"]`, `"present": ["m1", null]`),
			[]fileProblem{{"meetings[0].present[1]", `meeting "r1"`, "null", 7, "ErrBadValue"}}},
		{"a null cell", edit(t, committeeFile, "\"cells\": [\n", "\"cells\": [null,\n"),
			[]fileProblem{{"cells[0]", "", "null", 6, "ErrBadValue"}}},
		{"a list where the scores are expected", edit(t, cellFile, `"present": ["m1", "m2"]`, `"present": ["m1", "m2"], "scores": [1]`),
			[]fileProblem{{"meetings[0].scores", `meeting "r1"`, "[1]", 7, "ErrBadValue"}}},
		{"true where a list is expected", edit(t, cellFile, `"present": ["m1", "m2"]`, `"present": ["m1", "m2"], "agenda": true`),
			[]fileProblem{{"meetings[0].agenda", `meeting "r1"`, "true", 7, "ErrBadValue"}}},
		{"an object where a string is expected", edit(t, cellFile, `"name": "A",`, `"name": {},`),
			[]fileProblem{{"organisation.members[0].name", `member "m1"`, "{}", 3, "ErrBadValue"}}},
		{"an unknown key in a discipline",
			edit(t, cellFile, `"name": "A",`, `"name": "A", "discipline": [{"form": "canh-cao", "date": "2010-01-01", "reason": "x"}],`),
			[]fileProblem{{"organisation.members[0].discipline[0].reason", `member "m1"`, "", 3, "ErrUnknownField"}}},
		{"a member with a bad value is not validated further",
			edit(t, cellFile, `"official_date": "2001-09-02"}
]`, `"official_date": "1999-01-01", "born": "1850-13-01"}
]`),
			[]fileProblem{{"organisation.members[1].born", `member "m2"`, `"1850-13-01"`, 4, "ErrBadValue"}}},

		// The period.
		{"no first day", edit(t, cellFile, `"from": "2025-01-01", `, ``),
			[]fileProblem{{"from", "", "", 0, "ErrMissingValue"}}},
		{"an empty first day", edit(t, cellFile, `"from": "2025-01-01"`, `"from": ""`),
			[]fileProblem{{"from", "", "", 9, "ErrMissingValue"}}},
		{"a period ending before it starts", edit(t, cellFile, `"from": "2025-01-01", "to": "2025-12-31"`, `"from": "2025-12-31", "to": "2025-01-01"`),
			[]fileProblem{{"to", "", "2025-01-01", 9, "ErrBadValue"}}},

		// Organisations.
		{"no organisation", `{"from": "2025-01-01", "to": "2025-01-31"}`,
			[]fileProblem{{"organisation", "", "", 0, "ErrMissingValue"}}},
		{"an organisation without id or kind", `{"organisation": {"name": "X"}, "from": "2025-01-01", "to": "2025-01-31"}`,
			[]fileProblem{{"organisation.id", "organisation (no id)", "", 1, "ErrMissingValue"}, {"organisation.kind", "organisation (no id)", "", 1, "ErrMissingValue"}}},
		{"cells under a cell", edit(t, cellFile, `"from": "2025-01-01",`, `"cells": [{"id": "c2", "kind": "cell", "parent": "c1"}], "from": "2025-01-01",`),
			[]fileProblem{{"cells", `organisation "c1"`, "", 9, "ErrBadValue"}}},
		{"a cell under another parent", edit(t, committeeFile, `"kind": "cell", "parent": "db", "members": [{"id": "b1"`, `"kind": "cell", "parent": "xa", "members": [{"id": "b1"`),
			[]fileProblem{{"cells[1].parent", `organisation "cb"`, "xa", 8, "ErrBadValue"}}},
		{"a cell without a parent", edit(t, committeeFile, `"kind": "cell", "parent": "db", "members": [{"id": "b1"`, `"kind": "cell", "members": [{"id": "b1"`),
			[]fileProblem{{"cells[1].parent", `organisation "cb"`, "", 8, "ErrBadValue"}}},
		{"a grass-roots cell as a cell", edit(t, committeeFile, `"name": "Chi bộ B", "kind": "cell"`, `"name": "Chi bộ B", "kind": "grass-roots-cell"`),
			[]fileProblem{{"cells[1].kind", `organisation "cb"`, "grass-roots-cell", 8, "ErrBadValue"}}},
		{"a cell with the organisation's id", edit(t, committeeFile, `{"id": "cb",`, `{"id": "db",`),
			[]fileProblem{
				{"cells[1].id", `organisation "db"`, "db", 8, "ErrDuplicateID"},
				{"meetings[2].org", `meeting "cb-01"`, "cb", 13, "ErrUnknownOrg"},
			}},
		{"two cells with one id", edit(t, committeeFile, `{"id": "cb",`, `{"id": "ca",`),
			[]fileProblem{
				{"cells[1].id", `organisation "ca"`, "ca", 8, "ErrDuplicateID"},
				{"meetings[2].org", `meeting "cb-01"`, "cb", 13, "ErrUnknownOrg"},
			}},

		// Members.
		{"an invalid member: official before the admission decision", edit(t, cellFile, `"name": "B", "decision_date": "2000-09-02", "official_date": "2001-09-02"`, `"name": "B", "decision_date": "2000-09-02", "official_date": "1999-01-01"`),
			[]fileProblem{{"organisation.members[1].official_date", `member "m2"`, "1999-01-01", 4, "member.ErrOrder"}}},
		{"a member's date after the period: validated as of To", edit(t, cellFile, `"name": "B",`, `"name": "B", "died": "2026-02-01",`),
			[]fileProblem{{"organisation.members[1].died", `member "m2"`, "2026-02-01", 4, "member.ErrFuture"}}},
		{"a member without a name", edit(t, cellFile, `"name": "B", `, ``),
			[]fileProblem{{"organisation.members[1].name", `member "m2"`, "", 4, "member.ErrMissing"}}},
		{"two members with one id", edit(t, cellFile, `{"id": "m2"`, `{"id": "m1"`),
			[]fileProblem{
				{"organisation.members[1].id", `member "m1"`, "m1", 4, "member.ErrDuplicateID"},
				{"meetings[0].summoned", `meeting "r1"`, "m2", 7, "ErrNotMember"},
				{"meetings[0].present", `meeting "r1"`, "m2", 7, "ErrNotMember"},
			}},
		{"a member of two cells", edit(t, committeeFile, `"parent": "db", "members": [{"id": "b1", "name": "B1"`, `"parent": "db", "members": [{"id": "a1", "name": "A1"`),
			[]fileProblem{
				{"cells[1].members[0].id", `member "a1"`, "a1", 8, "member.ErrDuplicateID"},
				{"meetings[2].summoned", `meeting "cb-01"`, "b1", 13, "ErrNotMember"},
				{"meetings[2].present", `meeting "cb-01"`, "b1", 13, "ErrNotMember"},
			}},
		{"a member recorded differently in the committee and a cell", edit(t, committeeFile, `[{"id": "b1", "name": "B1"`, `[{"id": "b1", "name": "B 1"`),
			[]fileProblem{{"cells[1].members[0]", `member "b1"`, "b1", 8, "member.ErrDuplicateID"}}},

		// Meetings.
		{"a meeting naming a non-member", edit(t, cellFile, `"summoned": ["m1", "m2"], "present": ["m1", "m2"]`, `"summoned": ["m1", "m2", "m3"], "present": ["m1", "m2", "m3"]`),
			[]fileProblem{
				{"meetings[0].summoned", `meeting "r1"`, "m3", 7, "ErrNotMember"},
				{"meetings[0].present", `meeting "r1"`, "m3", 7, "ErrNotMember"},
			}},
		{"a summoned member listed nowhere", edit(t, cellFile, `"present": ["m1", "m2"]`, `"present": ["m1"]`),
			[]fileProblem{{"meetings[0].summoned", `meeting "r1"`, "m2", 7, "ErrAttendance"}}},
		{"a meeting that ends before it starts", edit(t, cellFile, `"end": "20:30"`, `"end": "18:00"`),
			[]fileProblem{{"meetings[0].end", `meeting "r1"`, "18:00", 7, "ErrMeetingOrder"}}},
		{"a meeting without start and end", edit(t, cellFile, `"start": "19:00", "end": "20:30", `, ``),
			[]fileProblem{{"meetings[0].end", `meeting "r1"`, "00:00", 7, "ErrMeetingOrder"}}},
		{"a meeting without id", edit(t, cellFile, `{"id": "r1", `, `{`),
			[]fileProblem{{"meetings[0].id", "meeting (no id)", "", 7, "ErrMeetingMissing"}}},
		{"a meeting with a bad value is not validated further", edit(t, cellFile, `"date": "2025-01-05", "start": "19:00", "end": "20:30"`, `"date": "2025-02-30", "start": "19:00", "end": "18:30"`),
			[]fileProblem{{"meetings[0].date", `meeting "r1"`, `"2025-02-30"`, 7, "ErrBadValue"}}},
		{"a cell's meeting is checked against the cell's members", edit(t, committeeFile, `"summoned": ["a1"], "present": ["a1"]`, `"summoned": ["a1", "b1"], "present": ["a1", "b1"]`),
			[]fileProblem{
				{"meetings[1].summoned", `meeting "ca-01"`, "b1", 12, "ErrNotMember"},
				{"meetings[1].present", `meeting "ca-01"`, "b1", 12, "ErrNotMember"},
			}},
		{"a meeting of an unknown organisation", edit(t, committeeFile, `"org": "ca"`, `"org": "cc"`),
			[]fileProblem{{"meetings[1].org", `meeting "ca-01"`, "cc", 12, "ErrUnknownOrg"}}},
		{"a meeting without organisation", edit(t, committeeFile, `"org": "ca", `, ``),
			[]fileProblem{{"meetings[1].org", `meeting "ca-01"`, "", 12, "ErrMeetingMissing"}}},
		{"two meetings with one id", edit(t, committeeFile, `{"id": "cb-01"`, `{"id": "ca-01"`),
			[]fileProblem{{"meetings[2].id", `meeting "ca-01"`, "ca-01", 13, "ErrDuplicateID"}}},

		// Several problems at once: decoding first, in input order, then
		// validation.
		{"every problem is reported",
			edit(t, edit(t, cellFile, `"name": "A",`, `"name": "A", "nick": "a",`), `"from": "2025-01-01", "to": "2025-12-31"`, `"to": "2025-12-31"`),
			[]fileProblem{
				{"organisation.members[0].nick", `member "m1"`, "", 3, "ErrUnknownField"},
				{"from", "", "", 0, "ErrMissingValue"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, errs := ReadFile(strings.NewReader(tt.in))
			require.NotNil(t, f, "only a syntax error gives no File")
			if diff := cmp.Diff(tt.want, fileProblems(t, errs)); diff != "" {
				t.Errorf("ReadFile problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadFileErrorDetails checks the wrapped errors, positions and
// messages.
func TestReadFileErrorDetails(t *testing.T) {
	t.Run("a date error wraps chibo's", func(t *testing.T) {
		_, errs := ReadFile(strings.NewReader(edit(t, cellFile, `"date": "2025-01-05"`, `"date": "31/02/2025"`)))
		require.Len(t, errs, 1)
		err := errs[0]
		assert.ErrorIs(t, err, chibo.ErrDateRange)
		var de *chibo.DateError
		require.ErrorAs(t, err, &de)
		assert.Equal(t, "31/02/2025", de.Text)
		var fe *FileError
		require.ErrorAs(t, err, &fe)
		// Line 7: {"id": "r1", "org": "c1", "kind": "regular", "date": "31/02/2025"
		// the value starts at character 54.
		assert.Equal(t, 7, fe.Line)
		assert.Equal(t, 54, fe.Column)
		assert.EqualError(t, err, `line 7, column 54: meeting "r1": meetings[0].date="31/02/2025": invalid value: chibo: date out of range: "31/02/2025" (want YYYY-MM-DD or DD/MM/YYYY)`)
		_, errs = ReadFile(strings.NewReader(edit(t, cellFile, `"date": "2025-01-05"`, `"date": "2025/01/05"`)))
		require.Len(t, errs, 1)
		assert.ErrorIs(t, errs[0], chibo.ErrDateSyntax)
	})
	t.Run("a wrong type names what is expected", func(t *testing.T) {
		_, errs := ReadFile(strings.NewReader(edit(t, cellFile, `"start": "19:00"`, `"start": 1900`)))
		require.Len(t, errs, 1)
		var fe *FileError
		require.ErrorAs(t, errs[0], &fe)
		assert.Equal(t, "JSON number where a time string, HH:MM, is expected", fe.Detail)
		_, errs = ReadFile(strings.NewReader(edit(t, cellFile, `"present": ["m1", "m2"]`, `"present": ["m1", "m2"], "speakers": "3"`)))
		require.Len(t, errs, 1)
		require.ErrorAs(t, errs[0], &fe)
		assert.Equal(t, "JSON string where an integer is expected", fe.Detail)
	})
	t.Run("an unknown key lists the keys", func(t *testing.T) {
		_, errs := ReadFile(strings.NewReader(edit(t, cellFile, `"from": "2025-01-01",`, `"period": 2025, "from": "2025-01-01",`)))
		require.Len(t, errs, 1)
		assert.EqualError(t, errs[0], `line 9, column 11: period: unknown field: not a key of the file; the keys are organisation, cells, meetings, from, to`)
	})
	t.Run("a member's validation error is kept as Validate returned it", func(t *testing.T) {
		_, errs := ReadFile(strings.NewReader(edit(t, cellFile, `"name": "B", "decision_date": "2000-09-02", "official_date": "2001-09-02"`, `"name": "B", "decision_date": "2000-09-02", "official_date": "1999-01-01"`)))
		require.Len(t, errs, 1)
		var mf *member.FieldError
		require.ErrorAs(t, errs[0], &mf)
		assert.Equal(t, &member.FieldError{ID: "m2", Field: "official_date", Value: "1999-01-01", Err: member.ErrOrder,
			Detail: "official date not after the admission decision_date 2000-09-02"}, mf)
		// Line 4: {"id": "m2", "name": "B", "decision_date": "2000-09-02", "official_date": "1999-01-01"}
		// the value starts at character 75.
		assert.EqualError(t, errs[0], `line 4, column 75: organisation.members[1].official_date: member "m2": official_date=1999-01-01: dates out of order: official date not after the admission decision_date 2000-09-02`)
	})
	t.Run("a meeting's validation error is kept as Validate returned it", func(t *testing.T) {
		_, errs := ReadFile(strings.NewReader(edit(t, cellFile, `"end": "20:30"`, `"end": "18:00"`)))
		require.Len(t, errs, 1)
		var me *MeetingError
		require.ErrorAs(t, errs[0], &me)
		assert.Equal(t, "r1", me.ID)
		assert.Equal(t, "end", me.Field)
		assert.ErrorIs(t, errs[0], ErrMeetingOrder)
		assert.NotErrorIs(t, errs[0], ErrBadValue)
	})
	t.Run("a missing key has no line", func(t *testing.T) {
		_, errs := ReadFile(strings.NewReader(`{"organisation": {"id": "c1", "kind": "cell"}, "to": "2025-01-31"}`))
		require.Len(t, errs, 1)
		assert.EqualError(t, errs[0], `from: required value is missing: the period reviewed needs its first and last days, "from" and "to"`)
	})
	t.Run("a long value is shortened", func(t *testing.T) {
		long := strings.Repeat("x", 100)
		_, errs := ReadFile(strings.NewReader(edit(t, cellFile, `"date": "2025-01-05"`, `"date": "`+long+`"`)))
		require.Len(t, errs, 1)
		var fe *FileError
		require.ErrorAs(t, errs[0], &fe)
		assert.Equal(t, `"`+strings.Repeat("x", 58)+"…", fe.Value)
	})
}

// TestReadFileSyntax checks input that is not one JSON object in UTF-8.
func TestReadFileSyntax(t *testing.T) {
	tests := []struct {
		name                 string
		in                   string
		line, column, offset int
		message              string
	}{
		{"a missing colon on line 3", "{\n  \"from\": \"2025-01-01\",\n  \"to\" \"2025-12-31\"\n}", 3, 8, 33,
			`line 3, column 8 (byte 33): malformed JSON: invalid character '"' after object key`},
		{"an empty input", "", 1, 1, 0, "line 1, column 1 (byte 0): malformed JSON: unexpected end of JSON input"},
		{"an input that ends too soon: the place is the end", `{"organisation": {`, 1, 19, 18,
			"line 1, column 19 (byte 18): malformed JSON: unexpected end of JSON input"},
		{"data after the object", `{} x`, 1, 4, 3, "line 1, column 4 (byte 3): malformed JSON: invalid character 'x' after top-level value"},
		{"the column counts characters, the offset bytes", `{"organisation": {"name": "Nà Vài",}}`, 1, 36, 37,
			"line 1, column 36 (byte 37): malformed JSON: invalid character '}' looking for beginning of object key string"},
		{"the offset counts a byte order mark", "\uFEFF{x", 1, 2, 4,
			"line 1, column 2 (byte 4): malformed JSON: invalid character 'x' looking for beginning of object key string"},
		{"invalid UTF-8", "{\"organisation\": {\"name\": \"\xff\"}}", 1, 28, 27,
			"line 1, column 28 (byte 27): malformed JSON: the file is not valid UTF-8"},
		{"a list, not an object", "[]", 1, 1, 0, "line 1, column 1 (byte 0): malformed JSON: a meeting file is one JSON object, {…}"},
		{"a string, not an object, after blank lines", "\n\n  \"x\"", 3, 3, 4, `line 3, column 3 (byte 4): malformed JSON: a meeting file is one JSON object, {…}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, errs := ReadFile(strings.NewReader(tt.in))
			assert.Nil(t, f)
			require.Len(t, errs, 1)
			err := errs[0]
			assert.ErrorIs(t, err, ErrSyntax)
			assert.ErrorIs(t, err, ErrFile)
			var fe *FileError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.line, fe.Line, "line")
			assert.Equal(t, tt.column, fe.Column, "column")
			assert.Equal(t, int64(tt.offset), fe.Offset, "offset")
			assert.EqualError(t, err, tt.message)
		})
	}
	t.Run("the JSON syntax error is wrapped", func(t *testing.T) {
		_, errs := ReadFile(strings.NewReader(`{"a":}`))
		require.Len(t, errs, 1)
		var se *json.SyntaxError
		require.ErrorAs(t, errs[0], &se)
		assert.Equal(t, int64(6), se.Offset)
	})
}

func TestReadFileReadError(t *testing.T) {
	disk := errors.New("disk failure")
	f, errs := ReadFile(iotest.ErrReader(disk))
	assert.Nil(t, f)
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], disk)
	assert.NotErrorIs(t, errs[0], ErrFile, "a read failure is not a problem of the file")
}

func TestFileErrorText(t *testing.T) {
	tests := []struct {
		name string
		err  *FileError
		want string
	}{
		{"everything", &FileError{Path: "meetings[0].kind", Record: `meeting "r1"`, Value: `"x"`, Line: 7, Column: 30, Err: ErrBadValue, Detail: "why"},
			`line 7, column 30: meeting "r1": meetings[0].kind="x": invalid value: why`},
		{"no place, no record, no value", &FileError{Path: "to", Err: ErrMissingValue}, "to: required value is missing"},
		{"nothing at all", &FileError{}, "invalid meeting file"},
		{"a record error", &FileError{Path: "meetings[0]", Record: `meeting "r1"`, Line: 2, Column: 1,
			Err: &MeetingError{ID: "r1", Field: "id", Value: "r1", Err: ErrMeetingMissing}},
			`line 2, column 1: meetings[0]: meeting "r1": id=r1: required field is missing`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.err.Error())
			assert.ErrorIs(t, tt.err, ErrFile)
		})
	}
}

func TestFileOrg(t *testing.T) {
	f := &File{Organisation: Organisation{ID: "du"}, Cells: []Organisation{{ID: "c1"}, {ID: "c2"}}}
	assert.Equal(t, "c2", f.Org("c2").ID)
	assert.Equal(t, "du", f.Org("du").ID)
	assert.Nil(t, f.Org("x"))
	var nilFile *File
	assert.Nil(t, nilFile.Org("du"))
}
