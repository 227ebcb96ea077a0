package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

const (
	rosterFile  = "testdata/roster.csv"
	invalidFile = "testdata/invalid.csv"
)

// runCmd runs the command with args and stdin and returns the exit code and
// both outputs.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(b)
}

func TestExitCodes(t *testing.T) {
	roster := readFile(t, rosterFile)
	tests := []struct {
		name    string
		stdin   string
		args    []string
		want    int
		wantErr string // a fragment of stderr
	}{
		{name: "sample roster, table", args: []string{"-round", "2022-09-02", rosterFile}, want: 0},
		{name: "sample roster, json", args: []string{"-round", "2022-09-02", "-format", "json", rosterFile}, want: 0},
		{name: "sample roster, csv", args: []string{"-round", "2022-09-02", "-format", "csv", rosterFile}, want: 0},
		{name: "round as dd/mm/yyyy", args: []string{"-round", "02/09/2022", rosterFile}, want: 0},
		{name: "stdin without a file", stdin: roster, args: []string{"-round", "2022-09-02"}, want: 0},
		{name: "stdin as -", stdin: roster, args: []string{"-round", "2022-09-02", "-"}, want: 0},
		{name: "flags after the file", args: []string{rosterFile, "-round", "2022-09-02", "-format", "json"}, want: 0},
		{name: "file after --", args: []string{"-round", "2022-09-02", "--", rosterFile}, want: 0},
		{name: "pinned regime", args: []string{"-round", "2022-09-02", "-regime", "2021-handbook", rosterFile}, want: 0},
		{name: "empty roster body", stdin: "id,name,decision_date\n", args: []string{"-round", "2022-09-02"}, want: 0},

		{name: "invalid rows", args: []string{"-round", "2022-09-02", invalidFile}, want: 1},
		{name: "invalid rows, json", args: []string{"-round", "2022-09-02", "-format", "json", invalidFile}, want: 1},
		{name: "unknown column", stdin: "id,name,decision_date,foo\nx,X,2000-01-01,1\n", args: []string{"-round", "2022-09-02"}, want: 1, wantErr: "unknown column \"foo\""},
		{name: "missing column", stdin: "id,name\nx,X\n", args: []string{"-round", "2022-09-02"}, want: 1, wantErr: "missing column"},
		{name: "empty input", stdin: "", args: []string{"-round", "2022-09-02"}, want: 1, wantErr: "line 1"},

		{name: "missing -round", args: []string{rosterFile}, want: 2, wantErr: "-round is required"},
		{name: "unparsable -round", args: []string{"-round", "2022-13-01", rosterFile}, want: 2, wantErr: "-round"},
		{name: "-round not a date", args: []string{"-round", "tomorrow", rosterFile}, want: 2, wantErr: "-round"},
		{name: "unknown -format", args: []string{"-round", "2022-09-02", "-format", "xml", rosterFile}, want: 2, wantErr: "-format"},
		{name: "unknown -regime", args: []string{"-round", "2022-09-02", "-regime", "1999", rosterFile}, want: 2, wantErr: "-regime"},
		{name: "two files", args: []string{"-round", "2022-09-02", rosterFile, invalidFile}, want: 2, wantErr: "at most one"},
		{name: "file missing", args: []string{"-round", "2022-09-02", "testdata/no-such-file.csv"}, want: 2, wantErr: "no-such-file"},
		{name: "unknown flag", args: []string{"-round", "2022-09-02", "-verbose", rosterFile}, want: 2, wantErr: "-verbose"},
		{name: "flag without value", args: []string{"-round"}, want: 2, wantErr: "round"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.want, code, "stderr: %s", stderr)
			if tt.wantErr != "" {
				assert.Contains(t, stderr, tt.wantErr)
			}
			if tt.want == 0 {
				assert.Empty(t, stderr)
			}
		})
	}
}

// line is a JSON line read back.
type line struct {
	Line          int     `json:"line"`
	ID            string  `json:"id"`
	Name          string  `json:"name"`
	Branch        string  `json:"branch"`
	Status        string  `json:"status"`
	Milestone     int     `json:"milestone"`
	Kind          *string `json:"kind"`
	Due           *string `json:"due"`
	Round         *string `json:"round"`
	Considered    string  `json:"considered"`
	Regime        string  `json:"regime"`
	DeferredUntil *string `json:"deferred_until"`
	WindowOpens   *string `json:"window_opens"`
	PartyAge      *string `json:"party_age"`
	Missed        []int   `json:"missed"`
	Return        []int   `json:"return"`
	Gift          *struct {
		Known  bool  `json:"known"`
		Amount int64 `json:"amount"`
	} `json:"gift"`
	Reasons []struct {
		Rule   string `json:"rule"`
		Source struct {
			Document   string `json:"document"`
			Section    string `json:"section"`
			Confidence string `json:"confidence"`
		} `json:"source"`
		VI string `json:"vi"`
		EN string `json:"en"`
	} `json:"reasons"`
	Error *string `json:"error"`
}

// parseLines parses JSON lines strictly (no unknown keys).
func parseLines(t *testing.T, out string) []line {
	t.Helper()
	var lines []line
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		var l line
		require.NoError(t, dec.Decode(&l), sc.Text())
		lines = append(lines, l)
	}
	require.NoError(t, sc.Err())
	return lines
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// want is the expected decision for one member of the sample roster,
// derived by hand from the rules: the milestone date is the start (decision
// date, or card date) plus N years, plus the days not counted; the round is
// the first of 3/2, 19/5, 2/9, 7/11 on or after it. Empty strings stand for
// null.
type want struct {
	line      int
	status    string
	milestone int
	kind      string
	due       string
	round     string
	until     string
	window    string
	missed    []int
	ret       []int
	gift      int64 // -1: no gift; 0 with an eligible status: unknown
}

// sampleWant is the expected result of every member of testdata/roster.csv
// in the round of 02/09/2022 under the 2021 regime (Quy định 24-QĐ/TW).
var sampleWant = map[string]want{
	// Decision 15/07/1992 + 30 years = 15/07/2022; first round 02/09/2022.
	// Gift 1.5 × 1,490,000.
	"r01": {line: 2, status: "eligible", milestone: 30, kind: "regular", due: "2022-07-15", round: "2022-09-02", gift: 2235000},
	// Seriously ill, dates as dd/mm/yyyy: 10/03/1993 + 30 = 10/03/2023; the
	// 12-month window opens 10/03/2022, before the round: early award now.
	"r02": {line: 3, status: "eligible", milestone: 30, kind: "early-illness", due: "2023-03-10", round: "2022-09-02", window: "2022-03-10", gift: 2235000},
	// Seriously ill, 30 held: 20/01/1984 + 40 = 20/01/2024; the window
	// opens 20/01/2023 (after the round), first round 03/02/2023.
	"r03": {line: 4, status: "not-due", milestone: 40, kind: "early-illness", due: "2024-01-20", round: "2023-02-03", window: "2023-01-20", gift: -1},
	// 10/06/1972 + 50 = 10/06/2022, reached before death on 20/07/2022:
	// posthumous 50-year badge (30, 40, 45 held). Gift 3 × 1,490,000.
	"r04": {line: 5, status: "eligible", milestone: 50, kind: "posthumous", due: "2022-06-10", round: "2022-09-02", gift: 4470000},
	// 20/11/1982 + 40 = 20/11/2022; died 10/05/2022, 6 months 10 days
	// short, within the 12-month posthumous window opening 20/11/2021.
	"r05": {line: 6, status: "eligible", milestone: 40, kind: "early-posthumous", due: "2022-11-20", round: "2022-09-02", window: "2021-11-20", gift: 2980000},
	// 01/06/1992 + 30 = 01/06/2022; warning on 15/03/2022 defers 9 months
	// to 15/12/2022; next round 03/02/2023.
	"r06": {line: 7, status: "deferred", milestone: 30, kind: "regular", due: "2022-06-01", round: "2023-02-03", until: "2022-12-15", gift: -1},
	// 01/08/1992 + 30 = 01/08/2022; reprimand on 10/05/2022 defers 6 months
	// to 10/11/2022; next round 03/02/2023.
	"r07": {line: 8, status: "deferred", milestone: 30, kind: "regular", due: "2022-08-01", round: "2023-02-03", until: "2022-11-10", gift: -1},
	// Probationary: no party age, nothing due.
	"r08": {line: 9, status: "not-due", gift: -1},
	// Expelled on 01/05/2020: ineligible, returns the 30-year badge.
	"r09": {line: 10, status: "ineligible", ret: []int{30}, gift: -1},
	// 10/06/1990 + 30 = 10/06/2020, + 731 days lost contact
	// (01/01/2000–31/12/2001, 2000 a leap year) = 11/06/2022.
	"r10": {line: 11, status: "eligible", milestone: 30, kind: "regular", due: "2022-06-11", round: "2022-09-02", gift: 2235000},
	// Readmitted: 01/12/1988 + 30 = 01/12/2018, + 1461 days struck off
	// (01/03/1995–28/02/1999) = 01/12/2022; round 03/02/2023.
	"r11": {line: 12, status: "not-due", milestone: 30, kind: "regular", due: "2022-12-01", round: "2023-02-03", gift: -1},
	// 30 held: next 40 on 15/01/2032, round 03/02/2032.
	"r12": {line: 13, status: "not-due", milestone: 40, kind: "regular", due: "2032-01-15", round: "2032-02-03", gift: -1},
	// No decision date: card date 19/08/1982 + 40 = 19/08/2022.
	"r13": {line: 14, status: "eligible", milestone: 40, kind: "regular", due: "2022-08-19", round: "2022-09-02", gift: 2980000},
	// No badge recorded: 30, 40, 45 missed, 50 reached on 01/05/2020.
	"r14": {line: 15, status: "eligible", milestone: 50, kind: "regular", due: "2020-05-01", round: "2022-09-02", missed: []int{30, 40, 45}, gift: 4470000},
	// Exempt (counts): 05/10/1982 + 40 = 05/10/2022, round 07/11/2022.
	"r15": {line: 16, status: "not-due", milestone: 40, kind: "regular", due: "2022-10-05", round: "2022-11-07", gift: -1},
	// Expulsion annulled (restored, counted): 10/08/1977 + 45 =
	// 10/08/2022; the 45-year gift has no known multiple.
	"r16": {line: 17, status: "eligible", milestone: 45, kind: "regular", due: "2022-08-10", round: "2022-09-02", gift: 0},
	// Died 15/06/2021; 30 years on 01/03/2024; the 12-month posthumous
	// window opened only on 01/03/2023: ineligible.
	"r17": {line: 18, status: "ineligible", milestone: 30, due: "2024-03-01", window: "2023-03-01", gift: -1},
}

func TestSampleJSON(t *testing.T) {
	code, out, stderr := runCmd(t, "", "-round", "2022-09-02", "-format", "json", rosterFile)
	require.Equal(t, 0, code, stderr)
	lines := parseLines(t, out)
	require.Len(t, lines, len(sampleWant))

	prev := 0
	for _, l := range lines {
		w, ok := sampleWant[l.ID]
		require.True(t, ok, "unexpected id %q", l.ID)
		t.Run(l.ID, func(t *testing.T) {
			assert.Greater(t, l.Line, prev, "input order")
			assert.Equal(t, w.line, l.Line)
			assert.Equal(t, w.status, l.Status)
			assert.Equal(t, w.milestone, l.Milestone)
			assert.Equal(t, w.kind, str(l.Kind))
			assert.Equal(t, w.due, str(l.Due))
			assert.Equal(t, w.round, str(l.Round))
			assert.Equal(t, w.until, str(l.DeferredUntil))
			assert.Equal(t, w.window, str(l.WindowOpens))
			assert.Equal(t, "2022-09-02", l.Considered)
			assert.Equal(t, "2021", l.Regime)
			assert.Equal(t, append([]int{}, w.missed...), l.Missed)
			assert.Equal(t, append([]int{}, w.ret...), l.Return)
			assert.Nil(t, l.Error)
			assert.NotEmpty(t, l.Name)
			assert.NotEmpty(t, l.Branch)
			switch {
			case w.gift < 0:
				assert.Nil(t, l.Gift)
			case w.gift == 0:
				require.NotNil(t, l.Gift)
				assert.False(t, l.Gift.Known)
			default:
				require.NotNil(t, l.Gift)
				assert.True(t, l.Gift.Known)
				assert.Equal(t, w.gift, l.Gift.Amount)
			}
			require.NotEmpty(t, l.Reasons)
			assert.Equal(t, award.RuleRegime, l.Reasons[0].Rule)
			for _, r := range l.Reasons {
				assert.NotEmpty(t, r.Rule)
				assert.NotEmpty(t, r.Source.Document)
				assert.NotEmpty(t, r.Source.Confidence)
				assert.NotEmpty(t, r.VI)
				assert.NotEmpty(t, r.EN)
			}
			if l.Status == "not-due" && l.Milestone == 0 {
				assert.Nil(t, l.PartyAge, "a probationary member has no party age")
			} else {
				assert.NotNil(t, l.PartyAge)
			}
		})
		prev = l.Line
	}
}

func TestJSONKeyOrder(t *testing.T) {
	_, out, _ := runCmd(t, "", "-round", "2022-09-02", "-format", "json", rosterFile)
	first, _, _ := strings.Cut(out, "\n")
	dec := json.NewDecoder(strings.NewReader(first))
	tok, err := dec.Token()
	require.NoError(t, err)
	require.Equal(t, json.Delim('{'), tok)
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		require.NoError(t, err)
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		require.NoError(t, dec.Decode(&skip))
	}
	assert.Equal(t, []string{"line", "id", "name", "branch", "status", "milestone", "kind", "due", "round",
		"considered", "regime", "deferred_until", "window_opens", "party_age", "missed", "return",
		"gift", "reasons", "error"}, keys)
}

func TestPinnedRegime(t *testing.T) {
	// The handbook reading of 2021: a reprimand does not defer, so r07 is
	// eligible; a warning defers 6 months, so r06 waits until 15/09/2022
	// and the round of 07/11/2022.
	code, out, stderr := runCmd(t, "", "-round", "2022-09-02", "-format", "json", "-regime", "2021-handbook", rosterFile)
	require.Equal(t, 0, code, stderr)
	byID := map[string]line{}
	for _, l := range parseLines(t, out) {
		byID[l.ID] = l
		assert.Equal(t, "2021-handbook", l.Regime)
	}
	assert.Equal(t, "eligible", byID["r07"].Status)
	assert.Equal(t, "deferred", byID["r06"].Status)
	assert.Equal(t, "2022-09-15", str(byID["r06"].DeferredUntil))
	assert.Equal(t, "2022-11-07", str(byID["r06"].Round))

	// The 2016 rules have no early posthumous award: r05 is refused.
	code, out, _ = runCmd(t, "", "-round", "2022-09-02", "-format", "json", "-regime", "2016", rosterFile)
	require.Equal(t, 0, code)
	for _, l := range parseLines(t, out) {
		if l.ID == "r05" {
			assert.Equal(t, "ineligible", l.Status)
			assert.Nil(t, l.Kind)
		}
	}
}

func TestInvalidRows(t *testing.T) {
	code, out, _ := runCmd(t, "", "-round", "2022-09-02", "-format", "json", invalidFile)
	require.Equal(t, 1, code)
	lines := parseLines(t, out)
	require.Len(t, lines, 8, "no row is dropped")

	invalid := map[string]struct {
		line  int
		field string
	}{
		"x01": {3, "decision_date=31/02/1990"}, // unparsable date (no such day)
		"x02": {4, "official_date"},            // official before the decision
		"x03": {6, "died"},                     // death before admission
		"x04": {7, "gaps[1]"},                  // overlapping gaps
		"x05": {8, "discipline[0]"},            // cách chức while probationary
	}
	valid := map[string]want{
		"v01": {line: 2, status: "eligible", milestone: 30, kind: "regular", due: "2022-07-15", round: "2022-09-02"},
		"v02": {line: 5, status: "not-due", milestone: 30, kind: "regular", due: "2040-03-03", round: "2040-05-19"},
		"v03": {line: 9, status: "eligible", milestone: 40, kind: "regular", due: "2022-07-15", round: "2022-09-02"},
	}
	for _, l := range lines {
		if inv, ok := invalid[l.ID]; ok {
			assert.Equal(t, "invalid", l.Status, l.ID)
			assert.Equal(t, inv.line, l.Line, l.ID)
			require.NotNil(t, l.Error, l.ID)
			assert.True(t, strings.HasPrefix(*l.Error, "line "+itoa(inv.line)+": "), "%s: %s", l.ID, *l.Error)
			assert.Contains(t, *l.Error, inv.field, l.ID)
			assert.Contains(t, *l.Error, `"`+l.ID+`"`, l.ID)
			assert.Zero(t, l.Milestone)
			assert.Nil(t, l.Kind)
			assert.Nil(t, l.Due)
			assert.Nil(t, l.Round)
			assert.Nil(t, l.Gift)
			assert.Empty(t, l.Reasons)
			continue
		}
		w, ok := valid[l.ID]
		require.True(t, ok, l.ID)
		assert.Nil(t, l.Error, l.ID)
		assert.Equal(t, w.line, l.Line, l.ID)
		assert.Equal(t, w.status, l.Status, l.ID)
		assert.Equal(t, w.milestone, l.Milestone, l.ID)
		assert.Equal(t, w.kind, str(l.Kind), l.ID)
		assert.Equal(t, w.due, str(l.Due), l.ID)
		assert.Equal(t, w.round, str(l.Round), l.ID)
	}

	// The table shows the invalid rows with their errors and still counts
	// the valid ones.
	code, table, _ := runCmd(t, "", "-round", "2022-09-02", invalidFile)
	assert.Equal(t, 1, code)
	assert.Contains(t, table, "line 7: member \"x04\": gaps[1]")
	assert.Contains(t, table, "eligible 2, deferred 0, not-due 1, ineligible 0, invalid 5")
}

func TestDecideWrapsErrors(t *testing.T) {
	records, err := member.ReadCSV(strings.NewReader(readFile(t, invalidFile)))
	require.NoError(t, err)
	rows, ok := decide(records, chibo.DateOf(2022, 9, 2), award.Regime2021)
	assert.False(t, ok)
	require.Len(t, rows, len(records))
	byID := map[string]row{}
	for _, r := range rows {
		byID[r.id] = r
	}
	var le *member.LineError
	require.ErrorAs(t, byID["x02"].err, &le)
	assert.Equal(t, 4, le.Line)
	assert.ErrorIs(t, byID["x02"].err, member.ErrOrder)
	assert.ErrorIs(t, byID["x01"].err, member.ErrInvalidValue)
	assert.ErrorIs(t, byID["x04"].err, member.ErrOverlap)
	assert.ErrorIs(t, byID["x05"].err, member.ErrDisciplineForm)
	var fe *member.FieldError
	require.True(t, errors.As(byID["x03"].err, &fe))
	assert.Equal(t, "died", fe.Field)
	assert.Nil(t, byID["v01"].err)
	require.NotNil(t, byID["v01"].decision)
}

func TestDuplicateID(t *testing.T) {
	in := "id,name,decision_date,official_date\n" +
		"a1,Nguyễn Văn A,1992-07-15,1993-07-15\n" +
		"a2,Trần Văn B,1992-07-15,1993-07-15\n" +
		"a1,Lê Văn C,1982-07-15,1983-07-15\n"
	code, out, _ := runCmd(t, in, "-round", "2022-09-02", "-format", "json")
	assert.Equal(t, 1, code)
	lines := parseLines(t, out)
	require.Len(t, lines, 3)
	assert.Equal(t, "eligible", lines[0].Status, "the first use of an id is decided")
	assert.Equal(t, "eligible", lines[1].Status)
	assert.Equal(t, "invalid", lines[2].Status)
	require.NotNil(t, lines[2].Error)
	assert.Contains(t, *lines[2].Error, "line 4: member \"a1\": id=a1")
	assert.Contains(t, *lines[2].Error, "already used on line 2")
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestTableHasEveryRow(t *testing.T) {
	code, out, _ := runCmd(t, "", "-round", "2022-09-02", rosterFile)
	require.Equal(t, 0, code)
	for id := range sampleWant {
		assert.Contains(t, out, id, "row %s", id)
	}
	for _, name := range []string{"Nguyễn Văn An", "Hà Văn Oanh", "Chu Văn Tài"} {
		assert.Contains(t, out, name)
	}
	assert.Contains(t, out, "02/09/2022")
	assert.Contains(t, out, "eligible 8, deferred 2, not-due 5, ineligible 2, invalid 0")
	assert.Contains(t, out, "2,235,000 VND")
	assert.Contains(t, out, "unknown", "the 45-year gift of r16")
	assert.Contains(t, out, "15/12/2022", "the deferral of r06 in dd/mm/yyyy")
}

func TestCSVHasEveryRow(t *testing.T) {
	code, out, _ := runCmd(t, "", "-round", "2022-09-02", "-format", "csv", rosterFile)
	require.Equal(t, 0, code)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, len(sampleWant)+1)
	assert.Equal(t, csvHeader, recs[0])
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, rec := range recs[1:] {
		w, ok := sampleWant[rec[col["id"]]]
		require.True(t, ok, rec[col["id"]])
		assert.Equal(t, itoa(w.line), rec[col["line"]])
		assert.Equal(t, w.status, rec[col["status"]])
		assert.Equal(t, itoa(w.milestone), rec[col["milestone"]])
		assert.Equal(t, w.kind, rec[col["kind"]])
		assert.Equal(t, w.due, rec[col["due"]])
		assert.Equal(t, w.round, rec[col["round"]])
		assert.True(t, strings.HasPrefix(rec[col["reasons"]], award.RuleRegime+";"), rec[col["reasons"]])
	}
}
