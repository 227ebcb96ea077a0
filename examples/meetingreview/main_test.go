package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
)

const (
	cellFile      = "testdata/cell.json"
	committeeFile = "testdata/committee.json"
	invalidFile   = "testdata/invalid.json"
)

// runCmd runs the command with args and stdin and returns the exit code and
// both outputs.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	return runWith(t, strings.NewReader(stdin), args...)
}

func runWith(t *testing.T, stdin interface{ Read([]byte) (int, error) }, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(b)
}

// terminal is a standard input that says it is a terminal.
type terminal struct{ strings.Reader }

func (terminal) Stat() (fs.FileInfo, error) { return ttyInfo{}, nil }

type ttyInfo struct{}

func (ttyInfo) Name() string       { return "tty" }
func (ttyInfo) Size() int64        { return 0 }
func (ttyInfo) Mode() fs.FileMode  { return fs.ModeDevice | fs.ModeCharDevice | 0o620 }
func (ttyInfo) ModTime() time.Time { return time.Time{} }
func (ttyInfo) IsDir() bool        { return false }
func (ttyInfo) Sys() any           { return nil }

func TestExitCodes(t *testing.T) {
	cell := readFile(t, cellFile)
	tests := []struct {
		name    string
		stdin   string
		args    []string
		want    int
		wantErr string // a fragment of stderr
	}{
		{name: "cell, table", args: []string{cellFile}, want: 0},
		{name: "cell, json", args: []string{"-format", "json", cellFile}, want: 0},
		{name: "committee, table", args: []string{committeeFile}, want: 0},
		{name: "committee, json", args: []string{"-format", "json", committeeFile}, want: 0},
		{name: "stdin without a file", stdin: cell, want: 0},
		{name: "stdin as -", stdin: cell, args: []string{"-"}, want: 0},
		{name: "flags after the file", args: []string{cellFile, "-format", "json"}, want: 0},
		{name: "file after --", args: []string{"-format", "table", "--", cellFile}, want: 0},
		{name: "pinned scheme 2025", args: []string{"-scheme", "2025", cellFile}, want: 0},
		{name: "pinned scheme binh-thuan", args: []string{"-scheme", "binh-thuan", "-format", "json", committeeFile}, want: 0},
		{name: "help", args: []string{"-h"}, want: 0, wantErr: "usage: meetingreview"},

		{name: "invalid records", args: []string{invalidFile}, want: 1, wantErr: "meetings[3].end"},
		{name: "invalid records, json", args: []string{"-format", "json", invalidFile}, want: 1, wantErr: "meetings[9].org=cb-khac"},
		{name: "not JSON", stdin: "roster.csv", want: 1, wantErr: "malformed JSON"},
		{name: "empty input", stdin: "", want: 1, wantErr: "malformed JSON"},
		{name: "a JSON list", stdin: "[1]", want: 1, wantErr: "one JSON object"},
		{name: "no period", stdin: `{"organisation": {"id": "x", "kind": "cell"}}`, want: 1, wantErr: `"from" and "to"`},

		{name: "unknown flag", args: []string{"-verbose", cellFile}, want: 2, wantErr: "-verbose"},
		{name: "unknown -format", args: []string{"-format", "csv", cellFile}, want: 2, wantErr: "-format"},
		{name: "unknown -scheme", args: []string{"-scheme", "2012", cellFile}, want: 2, wantErr: "-scheme"},
		{name: "two files", args: []string{cellFile, committeeFile}, want: 2, wantErr: "at most one"},
		{name: "file missing", args: []string{"testdata/no-such-file.json"}, want: 2, wantErr: "no-such-file"},
		{name: "flag without value", args: []string{"-format"}, want: 2, wantErr: "format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.want, code, "stderr: %s", stderr)
			if tt.wantErr != "" {
				assert.Contains(t, stderr, tt.wantErr)
			}
			if tt.want == 0 && tt.wantErr == "" {
				assert.Empty(t, stderr)
			}
			if tt.want == 2 {
				assert.Empty(t, out, "a usage error prints nothing on stdout")
			}
		})
	}
}

func TestTerminal(t *testing.T) {
	// No file and a terminal on stdin: usage, not a wait for input.
	code, out, stderr := runWith(t, &terminal{}, "-format", "json")
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "usage: meetingreview")
	assert.Contains(t, stderr, "terminal")

	// A file named: the terminal is not read.
	code, _, stderr = runWith(t, &terminal{}, cellFile)
	assert.Equal(t, 0, code, stderr)

	assert.False(t, isTerminal(strings.NewReader("")))
	null, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer null.Close()
	assert.False(t, isTerminal(null), "input redirected from the null device is not a terminal")
}

// doc is the JSON document, with the review left raw.
type doc struct {
	Organisation struct {
		ID   string `json:"id"`
		Name string `json:"name"`
		Kind string `json:"kind"`
	} `json:"organisation"`
	From     chibo.Date      `json:"from"`
	To       chibo.Date      `json:"to"`
	Scheme   string          `json:"scheme"`
	Review   json.RawMessage `json:"review"`
	Rejected []string        `json:"rejected"`
}

func runJSON(t *testing.T, wantCode int, args ...string) (doc, string) {
	t.Helper()
	code, out, stderr := runCmd(t, "", append([]string{"-format", "json"}, args...)...)
	require.Equal(t, wantCode, code, stderr)
	var d doc
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&d), out)
	assert.False(t, dec.More(), "one JSON document")
	require.NotNil(t, d.Rejected, `"rejected" is a list, never null`)
	return d, stderr
}

func cellReview(t *testing.T, d doc) evaluation.Review {
	t.Helper()
	var r evaluation.Review
	require.NoError(t, json.Unmarshal(d.Review, &r))
	return r
}

func day(y, m, d int) chibo.Date { return chibo.DateOf(y, time.Month(m), d) }

// month is the expected row of one month.
type month struct {
	held, other       int
	levels            map[evaluation.Level]int
	present, counted  int
	attendancePermill int
}

func levels(m map[evaluation.Level]int) evaluation.LevelCounts {
	var c evaluation.LevelCounts
	for l, n := range m {
		c[l] = n
	}
	return c
}

var (
	met    = evaluation.Met
	notMet = evaluation.NotMet
)

// The village cell of testdata/cell.json, 2024, rated by the 2018 criteria
// (HD 12-HD/BTCTW: every criterion met, attendance above 85%, at least 90
// minutes). 12 members, one exempt: 11 counted at every meeting.
func TestCellSample(t *testing.T) {
	d, _ := runJSON(t, 0, cellFile)
	assert.Equal(t, "cb-khuoi-tra", d.Organisation.ID)
	assert.Equal(t, "cell", d.Organisation.Kind)
	assert.Equal(t, "by-date", d.Scheme)
	assert.Equal(t, day(2024, 1, 1), d.From)
	assert.Equal(t, day(2024, 12, 31), d.To)
	assert.Empty(t, d.Rejected)
	r := cellReview(t, d)

	// Month by month. Every month has a cell-committee meeting (other)
	// before the regular one, except August, when the cell did not meet.
	want := []month{
		{1, 1, map[evaluation.Level]int{met: 1}, 11, 11, 1000},
		{1, 1, map[evaluation.Level]int{met: 1}, 10, 11, 909},    // one absent with a reason
		{2, 1, map[evaluation.Level]int{met: 2}, 21, 22, 954},    // regular and thematic
		{1, 1, map[evaluation.Level]int{met: 1}, 10, 11, 909},    // k07 away, 1st time
		{1, 1, map[evaluation.Level]int{met: 1}, 10, 11, 909},    // 2nd
		{1, 1, map[evaluation.Level]int{met: 1}, 10, 11, 909},    // 3rd: still at most 3 in a row
		{1, 1, map[evaluation.Level]int{notMet: 1}, 10, 11, 909}, // 4th in a row: consecutive-absence fails
		{0, 0, nil, 0, 0, 0}, // no meeting
		{1, 1, map[evaluation.Level]int{notMet: 1}, 10, 11, 909}, // combined; k09 absent without a reason
		{1, 1, map[evaluation.Level]int{notMet: 1}, 10, 11, 909}, // k09 again
		{1, 1, map[evaluation.Level]int{notMet: 1}, 10, 11, 909}, // k09 again, and only 75 minutes
		{2, 1, map[evaluation.Level]int{met: 2}, 22, 22, 1000},   // regular and thematic
	}
	require.Len(t, r.Months, 12)
	for i, w := range want {
		m := r.Months[i]
		assert.Equal(t, day(2024, i+1, 1), m.Month)
		assert.Equal(t, w.held, m.Held, "month %d held", i+1)
		assert.Equal(t, w.other, m.Other, "month %d other", i+1)
		assert.Equal(t, levels(w.levels), m.Levels, "month %d levels", i+1)
		assert.Equal(t, w.present, m.Present, "month %d present", i+1)
		assert.Equal(t, w.counted, m.Counted, "month %d counted", i+1)
		assert.Equal(t, w.attendancePermill, m.AttendancePermille, "month %d attendance", i+1)
		assert.Equal(t, w.counted > 0, m.HasAttendance, "month %d", i+1)
	}
	assert.Equal(t, levels(map[evaluation.Level]int{met: 9, notMet: 4}), r.Levels)
	assert.Equal(t, 134, r.Present)
	assert.Equal(t, 143, r.Counted)

	failed := map[string][]string{}
	for _, a := range r.Assessments {
		assert.Equal(t, "2018", a.Scheme, "before 28/10/2025 the 2018 criteria apply")
		if len(a.Failed) > 0 {
			failed[a.Meeting] = a.Failed
		}
	}
	assert.Len(t, r.Assessments, 13)
	assert.Equal(t, map[string][]string{
		"kt-2024-07": {"consecutive-absence"},
		"kt-2024-09": {"unexcused"},
		"kt-2024-10": {"unexcused"},
		"kt-2024-11": {"unexcused", "duration"},
	}, failed)

	// Gaps: no thematic meeting in the second quarter (dated to its first
	// month), no meeting in August, a 75-minute meeting in November.
	type gap struct {
		month   chibo.Date
		rule    string
		meeting string
	}
	var gaps []gap
	for _, g := range r.Gaps {
		gaps = append(gaps, gap{g.Month, g.Rule, g.Meeting})
	}
	assert.Equal(t, []gap{
		{day(2024, 4, 1), branch.RuleQuarterly, ""},
		{day(2024, 8, 1), branch.RuleMonthly, ""},
		{day(2024, 11, 1), branch.RuleDuration, "kt-2024-11"},
	}, gaps)

	require.Len(t, r.AbsentTooOften, 1)
	a := r.AbsentTooOften[0]
	assert.Equal(t, "k07", a.MemberID)
	assert.Equal(t, "Nông Văn Khiêm", a.Name)
	assert.Equal(t, 4, a.Count)
	assert.Equal(t, []chibo.Date{day(2024, 4, 1), day(2024, 5, 1), day(2024, 6, 1), day(2024, 7, 1)}, a.Months)

	require.Len(t, r.Skipped, 1)
	s := r.Skipped[0]
	assert.Equal(t, "k09", s.MemberID)
	assert.Equal(t, 2024, s.Year)
	assert.Equal(t, 3, s.Count)
	assert.Equal(t, []chibo.Date{day(2024, 9, 1), day(2024, 10, 1), day(2024, 11, 1)}, s.Months)
	assert.Equal(t, evaluation.RuleSkipped, s.Reason.Rule)
}

// The same cell rated by the 2025 scheme (HD 42, 100 points): the records
// of 2024 carry neither the cell's scores for 4.2 and 4.3 nor a posting
// date, so a sound meeting gets 5 (90+ minutes) + 5 (attendance ≥ 90%, no
// unexcused absence) + 5 (preparation) + 3 (cell committee met, documents
// not posted) + 5 (steps) + 0 + 0 + 5 (principles) + 30 (results ≥ 90%)
// + 0 (documents not posted) = 58 points: Trung bình (50–69).
func TestCellSampleScheme2025(t *testing.T) {
	d, _ := runJSON(t, 0, "-scheme", "2025", cellFile)
	assert.Equal(t, "2025", d.Scheme)
	r := cellReview(t, d)
	require.NotEmpty(t, r.Assessments)
	for _, a := range r.Assessments {
		assert.Equal(t, "2025", a.Scheme)
		assert.Equal(t, 100, a.Max)
	}
	jan := r.Assessments[0]
	assert.Equal(t, "kt-2024-01", jan.Meeting)
	assert.Equal(t, 58, jan.Score)
	assert.Equal(t, evaluation.Average, jan.Level)
}

// The đảng bộ cơ sở of testdata/committee.json, 2025: meetings before
// 28/10/2025 rated by the 2018 criteria, from it by the 2025 scheme.
func TestCommitteeSample(t *testing.T) {
	d, _ := runJSON(t, 0, committeeFile)
	assert.Equal(t, "db-tan-an", d.Organisation.ID)
	assert.Equal(t, "grass-roots-committee", d.Organisation.Kind)
	assert.Empty(t, d.Rejected)
	var cr evaluation.CommitteeReview
	require.NoError(t, json.Unmarshal(d.Review, &cr))

	// The committee met every month and held its two plenaries (July,
	// December): no gap, nothing rated (its meetings are not cell
	// meetings), 12 + 2 other meetings.
	assert.Empty(t, cr.Committee.Gaps)
	assert.Empty(t, cr.Committee.Assessments)
	other := 0
	for _, m := range cr.Committee.Months {
		other += m.Other
	}
	assert.Equal(t, 14, other)

	type cellWant struct {
		org    string
		levels map[evaluation.Level]int
		scores map[string]int // 2025-scheme meetings: id → points
		gaps   []string       // "YYYY-MM rule"
		skip   []string
	}
	want := []cellWant{{
		// Regular meetings and a thematic one every quarter, the fourth
		// combined with the December meeting (125 minutes, 120 needed).
		// 2025: 5+5+5+5+5 + 23 + 9 + 5 + 30 (92%) + 5 = 97: Tốt.
		org:    "cb-ban-chang",
		levels: map[evaluation.Level]int{met: 13, evaluation.Good: 2},
		scores: map[string]int{"bc-2025-11": 97, "bc-2025-12": 97},
	}, {
		// December: the cell scored 4.2 at 16 and 4.3 at 7, 88% of the
		// targets (27 points): 5·5 + 16 + 7 + 5 + 27 + 5 = 85: Khá.
		org:    "cb-na-lau",
		levels: map[evaluation.Level]int{met: 13, evaluation.Good: 2, evaluation.Fair: 1},
		scores: map[string]int{"nl-2025-11": 97, "nl-2025-12": 85, "nl-2025-12-cd": 97},
	}, {
		// km09 absent without a reason in April, May and June (not met,
		// and the removal ground); no meeting at all in July, so no
		// thematic meeting in the third quarter; November: 80 minutes (4),
		// 8 of 10 present with one unexcused (0), no draft resolution (0),
		// cell committee met but nothing posted (3), steps (5), 4.2 = 15,
		// 4.3 = 6, principles (5), 65% of targets (20), not posted (0):
		// 58, Trung bình. December: 5·5 + 20 + 8 + 5 + 24 (75%) + 5 = 87, Khá.
		org:    "cb-khuoi-ma",
		levels: map[evaluation.Level]int{met: 8, notMet: 3, evaluation.Good: 1, evaluation.Fair: 1, evaluation.Average: 1},
		scores: map[string]int{"km-2025-11": 58, "km-2025-12": 87, "km-2025-12-cd": 97},
		gaps:   []string{"2025-07 " + branch.RuleMonthly, "2025-07 " + branch.RuleQuarterly, "2025-11 " + branch.RuleDuration},
		skip:   []string{"km09"},
	}}
	require.Len(t, cr.Cells, len(want))
	for i, w := range want {
		c := cr.Cells[i]
		assert.Equal(t, w.org, c.Org)
		assert.Equal(t, levels(w.levels), c.Levels, c.Org)
		scores := map[string]int{}
		for _, a := range c.Assessments {
			if a.Scheme == "2025" {
				scores[a.Meeting] = a.Score
				assert.False(t, a.Date.Before(day(2025, 10, 28)), a.Meeting)
			} else {
				assert.Equal(t, "2018", a.Scheme)
				assert.True(t, a.Date.Before(day(2025, 10, 28)), a.Meeting)
			}
		}
		assert.Equal(t, w.scores, scores, c.Org)
		var gaps []string
		for _, g := range c.Gaps {
			gaps = append(gaps, g.Month.String()[:7]+" "+g.Rule)
		}
		assert.Equal(t, w.gaps, gaps, c.Org)
		var skip []string
		for _, s := range c.Skipped {
			skip = append(skip, s.MemberID)
		}
		assert.Equal(t, w.skip, skip, c.Org)
		assert.Empty(t, c.AbsentTooOften, c.Org)
	}

	// Only Khuổi Mạ needs attention: the missed month, the meetings rated
	// low under each scheme, the member who skipped. Its attendance,
	// 135 of 140 (96.4%), reaches the 90% of the scheme in force on 31/12.
	require.Len(t, cr.Attention, 1)
	at := cr.Attention[0]
	assert.Equal(t, "cb-khuoi-ma", at.Org)
	var en []string
	for _, r := range at.Reasons {
		assert.Equal(t, evaluation.RuleAttention, r.Rule)
		en = append(en, r.EN)
	}
	require.Len(t, en, 4, strings.Join(en, "\n"))
	assert.Contains(t, en[0], "July 2025")
	assert.Contains(t, en[1], "3 meeting(s) rated low (scheme 2018)")
	assert.Contains(t, en[2], "1 meeting(s) rated low (scheme 2025): 07/11/2025 average (58 of 100 points)")
	assert.Contains(t, en[3], "Ma Văn Kim (km09)")
}

func TestInvalidRecords(t *testing.T) {
	d, stderr := runJSON(t, 1, invalidFile)

	// Every problem is on stderr, with its record, field and value.
	for _, want := range []string{
		`meeting "pn-2024-03-cd": meetings[6].date="20/13/2024": invalid value`,
		`meetings[3].end: meeting "pn-2024-02": end=19:00: end not after start`,
		`meeting "pn-2024-01": meetings[7].id=pn-2024-01: duplicate id`,
		`meetings[8].present: meeting "pn-2024-03-cd2": present=p9: not a member of the organisation`,
		`meeting "pn-2024-03-x": meetings[9].org=cb-khac: unknown organisation`,
		`meeting "pn-2024-03-x": meetings[9].kind="monthly"`,
		`meetings[9].location: unknown field`,
	} {
		assert.Contains(t, stderr, want)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	assert.Len(t, lines, 8)
	assert.Len(t, d.Rejected, 8, "the same problems in the JSON document")
	for _, l := range lines {
		assert.True(t, strings.HasPrefix(l, "meetingreview: invalid record: line "), l)
	}

	// The sound records are reviewed: January and March met; February's
	// only regular meeting was invalid, so the month shows as missed; the
	// quarter's thematic meetings were both invalid.
	r := cellReview(t, d)
	var ids []string
	for _, a := range r.Assessments {
		ids = append(ids, a.Meeting)
		assert.Equal(t, evaluation.Met, a.Level, a.Meeting)
	}
	assert.Equal(t, []string{"pn-2024-01", "pn-2024-03"}, ids)
	var gaps []string
	for _, g := range r.Gaps {
		gaps = append(gaps, g.Month.String()+" "+g.Rule)
	}
	assert.Equal(t, []string{"2024-01-01 " + branch.RuleQuarterly, "2024-02-01 " + branch.RuleMonthly}, gaps)
	require.Len(t, r.Months, 3)
	assert.Equal(t, 0, r.Months[1].Held)
	assert.Equal(t, 1, r.Months[1].Other, "February's cell-committee meeting was sound")

	// The table says so too.
	code, out, _ := runCmd(t, "", invalidFile)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "8 problems in the file, 5 meeting records left out")
}

func TestTableCell(t *testing.T) {
	code, out, stderr := runCmd(t, "", cellFile)
	require.Equal(t, 0, code, stderr)
	for _, want := range []string{
		"Chi bộ thôn Khuổi Trà (cb-khuoi-tra) — chi bộ trực thuộc (cell)",
		"01/01/2024 – 31/12/2024",
		"08/2024         0 (!)",
		"Đạt 9, Chưa đạt 4",
		"134/143 (93,7%)",
		"Quarter 2 of 2024",
		"August 2024: Chi bộ thôn Khuổi Trà held no regular meeting",
		"lasted 75 minutes",
		"Nông Văn Khiêm (k07), 2024: 4 lần liên tiếp",
		"Ma Văn Lường (k09), 2024: 3 tháng",
		"unexcused, duration",
	} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "2024-01-05", "dates are dd/mm/yyyy")
}

func TestTableCommittee(t *testing.T) {
	code, out, stderr := runCmd(t, "", committeeFile)
	require.Equal(t, 0, code, stderr)
	for _, want := range []string{
		"Đảng bộ xã Tân An (db-tan-an) — đảng bộ cơ sở (grass-roots-committee)",
		"Chi bộ trực thuộc — cells: 3",
		"Cần quan tâm (1) — need attention, and why",
		"Chi bộ thôn Khuổi Mạ (cb-khuoi-ma):",
		"CHI BỘ — CELL: Chi bộ thôn Bản Chang (cb-ban-chang)",
		"CHI BỘ — CELL: Chi bộ thôn Nà Lầu (cb-na-lau)",
		"CHI BỘ — CELL: Chi bộ thôn Khuổi Mạ (cb-khuoi-ma)",
		"58/100",
		"Trung bình / average",
	} {
		assert.Contains(t, out, want)
	}
	// The committee's own meetings: a plenary in July and in December.
	assert.Regexp(t, `07/2025\s+1\s+1\n`, out)
	assert.Regexp(t, `12/2025\s+1\s+1\n`, out)
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	for _, format := range []string{"table", "json"} {
		var errOut bytes.Buffer
		code := run([]string{"-format", format, cellFile}, strings.NewReader(""), failWriter{}, &errOut)
		assert.Equal(t, 1, code, format)
		assert.Contains(t, errOut.String(), "disk full", format)
	}
}

func TestMeetingIndex(t *testing.T) {
	for _, tt := range []struct {
		path string
		want int
		ok   bool
	}{
		{"meetings[3]", 3, true},
		{"meetings[12].present", 12, true},
		{"meetings", 0, false},
		{"cells[0].members[1].id", 0, false},
		{"meetings[x].id", 0, false},
		{"meetings[4", 0, false},
	} {
		i, ok := meetingIndex(tt.path)
		assert.Equal(t, tt.ok, ok, tt.path)
		assert.Equal(t, tt.want, i, tt.path)
	}
}
