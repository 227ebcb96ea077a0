package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/evaluation"
)

const (
	file2025    = "testdata/committee2025.json"
	file2024    = "testdata/committee2024.json"
	invalidFile = "testdata/invalid.json"
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
	sample := readFile(t, file2025)
	tests := []struct {
		name    string
		stdin   string
		args    []string
		want    int
		wantErr string // a fragment of stderr
	}{
		{name: "2025, table", args: []string{file2025}, want: 0},
		{name: "2025, json", args: []string{"-format", "json", file2025}, want: 0},
		{name: "2024, table", args: []string{file2024}, want: 0},
		{name: "2024, json, year given", args: []string{"-year", "2024", "-format", "json", file2024}, want: 0},
		{name: "stdin without a file", stdin: sample, want: 0},
		{name: "stdin as -", stdin: sample, args: []string{"-"}, want: 0},
		{name: "flags after the file", args: []string{file2025, "-format", "json"}, want: 0},
		{name: "file after --", args: []string{"-format", "table", "--", file2025}, want: 0},
		{name: "help", args: []string{"-h"}, want: 0, wantErr: "usage: annualreview"},

		{name: "invalid records", args: []string{invalidFile}, want: 1, wantErr: "members.A2.score"},
		{name: "invalid records, json", args: []string{"-format", "json", invalidFile}, want: 1, wantErr: `members.B2.tasks_ontime: member year "B2"`},
		{name: "not JSON", stdin: "id,name\n", want: 1, wantErr: "malformed JSON"},
		{name: "empty input", stdin: "", want: 1, wantErr: "malformed JSON"},
		{name: "a JSON list", stdin: "[1]", want: 1, wantErr: "one JSON object"},
		{name: "no year", stdin: `{"committee": {"id": "x", "kind": "grass-roots-committee"}}`, want: 1, wantErr: "year: the evaluation year is required"},
		{name: "2025 scores read as 2024", args: []string{"-year", "2024", file2025}, want: 1, wantErr: "ranks by grades"},

		{name: "unknown flag", args: []string{"-verbose", file2025}, want: 2, wantErr: "-verbose"},
		{name: "unknown -format", args: []string{"-format", "csv", file2025}, want: 2, wantErr: "-format"},
		{name: "-year not a number", args: []string{"-year", "năm", file2025}, want: 2, wantErr: "-year"},
		{name: "-year 0", args: []string{"-year", "0", file2025}, want: 2, wantErr: "-year"},
		{name: "two files", args: []string{file2025, file2024}, want: 2, wantErr: "at most one"},
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
	assert.Contains(t, stderr, "usage: annualreview")
	assert.Contains(t, stderr, "terminal")
}

// doc is the JSON output as a test reads it.
type doc struct {
	Year          int                        `json:"year"`
	Regime        string                     `json:"regime"`
	Members       []evaluation.MemberRanking `json:"members"`
	Organisations []evaluation.OrgRanking    `json:"organisations"`
	NoInputs      []string                   `json:"organisations_without_inputs"`
	Quota         struct {
		Members       []evaluation.GroupQuota `json:"members"`
		Organisations []evaluation.GroupQuota `json:"organisations"`
	} `json:"quota"`
	Flags    []evaluation.Flag `json:"flags"`
	Rejected []string          `json:"rejected"`
}

func runJSON(t *testing.T, wantCode int, args ...string) doc {
	t.Helper()
	code, out, stderr := runCmd(t, "", append([]string{"-format", "json"}, args...)...)
	require.Equal(t, wantCode, code, "stderr: %s", stderr)
	var d doc
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	return d
}

func ranks(rs []evaluation.MemberRanking) (final, proposed map[string]string) {
	final, proposed = map[string]string{}, map[string]string{}
	for _, r := range rs {
		final[r.ID], proposed[r.ID] = r.Rank.String(), r.Proposed.String()
	}
	return final, proposed
}

func orgRanks(rs []evaluation.OrgRanking) map[string]string {
	out := map[string]string{}
	for _, r := range rs {
		id := r.ID
		if r.Committee {
			id += " (leadership)"
		}
		out[id] = r.Rank.String()
	}
	return out
}

func reasonRules(rs []chibo.Reason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Rule)
	}
	return out
}

func memberReasons(d doc, id string) []string {
	for _, m := range d.Members {
		if m.ID == id {
			return reasonRules(m.Reasons)
		}
	}
	return nil
}

// groupSummary is a group's quota as the tests state it.
type groupSummary struct {
	Total, Max, Proposed, Kept int
	Order, Demoted             []string
}

func groups(gs []evaluation.GroupQuota) map[string]groupSummary {
	out := map[string]groupSummary{}
	for _, g := range gs {
		out[g.Group] = groupSummary{g.Total, g.Max, g.Proposed, g.Kept, g.Order, nonNil(g.Demoted)}
	}
	return out
}

// TestSample2025 checks the 2025 sample against the outcome worked out by
// hand from the 2025 rules (rules/evaluation.md §2–4): bands 90/70/50 and
// each level's conditions, then the quota x ≤ 1/5 × (T − x) per group.
func TestSample2025(t *testing.T) {
	d := runJSON(t, 0, file2025)
	assert.Equal(t, 2025, d.Year)
	assert.Equal(t, "2025", d.Regime)
	assert.Empty(t, d.Rejected)
	final, proposed := ranks(d.Members)

	// Proposals before the quota.
	assert.Equal(t, map[string]string{
		// U01: 88, all on time, units 100% — HTT by band and conditions, but
		// 56% low-confidence votes > 50%: KHTNV. U02: 94, 5/12 = 41.7% ≥ 30%
		// beyond, units 35% ≥ 30%: HTXS. U03, T01: HTT bands, all on time.
		"U01": "khtnv", "U02": "htxs", "U03": "htt", "T01": "htt",
		// U04 93 (4/10), U05 92 (3/10 = 30%), U06 91 (5/10), T02 95 (6/12),
		// T03 93 (4/10): HTXS. T07 91 with 2/10 = 20% < 30%: HTT (band HTXS,
		// conditions HTT). U09: reprimand of 15/04/2025: KHTNV. T08
		// maternity, 83: HTT.
		"U04": "htxs", "U05": "htxs", "U06": "htxs", "U07": "htt", "U08": "htt", "U09": "khtnv",
		"T02": "htxs", "T03": "htxs", "T04": "htt", "T05": "htt", "T06": "htt", "T07": "htt", "T08": "htt",
		// T09 admitted 20/08/2025 (< 6 months), D09 exempt: not ranked.
		"T09": "not-ranked", "D09": "not-ranked",
		// D02 91, 2/6 = 33.3%: HTXS. D05 45 < 50: KHTNV. D06 62, 1 of 5 late
		// (20% ≤ 20%): HTNV. D10 admitted 01/09/2024: ranked, 72: HTT.
		"D01": "htt", "D02": "htxs", "D03": "htt", "D04": "htt", "D05": "khtnv", "D06": "htnv",
		"D07": "htt", "D08": "htt", "D10": "htt",
	}, proposed)

	// The quota: lanh-dao T = 1 + 2 = 3 → 0 (1 ≤ 2/5 fails): U02 moved
	// down. cbccvc T = 5 + 7 = 12 → 2: T02 (95), then T03 and U04 at 93 —
	// T03 has priority 1, U04 priority 2 — so T03 keeps, U04, U05, U06 move
	// down. dang-vien T = 1 + 6 = 7 → 1: D02 keeps.
	wantFinal := map[string]string{}
	for id, r := range proposed {
		wantFinal[id] = r
	}
	for _, id := range []string{"U02", "U04", "U05", "U06"} {
		wantFinal[id] = "htt"
	}
	assert.Equal(t, wantFinal, final)
	assert.Equal(t, map[string]groupSummary{
		"lanh-dao":  {Total: 3, Max: 0, Proposed: 1, Kept: 0, Order: []string{"U02"}, Demoted: []string{"U02"}},
		"cbccvc":    {Total: 12, Max: 2, Proposed: 5, Kept: 2, Order: []string{"T02", "T03", "U04", "U05", "U06"}, Demoted: []string{"U04", "U05", "U06"}},
		"dang-vien": {Total: 7, Max: 1, Proposed: 1, Kept: 1, Order: []string{"D02"}, Demoted: []string{}},
	}, groups(d.Quota.Members))

	// The reasons that decide.
	assert.Contains(t, memberReasons(d, "U01"), evaluation.RuleRankConfidence)
	assert.Contains(t, memberReasons(d, "U09"), evaluation.RuleRankDiscipline)
	assert.Contains(t, memberReasons(d, "T07"), evaluation.RuleRankBand)
	assert.Contains(t, memberReasons(d, "T09"), evaluation.RuleRankNewMember)
	assert.Contains(t, memberReasons(d, "D09"), evaluation.RuleRankExempt)
	assert.Contains(t, memberReasons(d, "D05"), evaluation.RuleRankScore)
	assert.Contains(t, memberReasons(d, "U04"), evaluation.RuleQuota)

	// Organisations: the committee 87, all on time: HTT. cb-uyban 92 but a
	// chi uỷ member reprimanded: HTT. cb-truong 94, 40% beyond: HTXS, then
	// the cells' quota T = 1 + 1 = 2 → 0: HTT. cb-dongtam 66 with 30% late
	// (> 20%): KHTNV. The đảng uỷ as a collective: 88, HTT.
	assert.Equal(t, map[string]string{
		"db-phuclam": "htt", "cb-uyban": "htt", "cb-truong": "htt", "cb-dongtam": "khtnv", "db-phuclam (leadership)": "htt",
	}, orgRanks(d.Organisations))
	assert.Equal(t, map[string]groupSummary{
		"chi-bo": {Total: 2, Max: 0, Proposed: 1, Kept: 0, Order: []string{"cb-truong"}, Demoted: []string{"cb-truong"}},
	}, groups(d.Quota.Organisations))
	assert.Empty(t, d.NoInputs)

	// Consequences: D05 KHTNV in 2024 and 2025; cb-dongtam too (advisory).
	require.Len(t, d.Flags, 2)
	assert.Equal(t, "D05", d.Flags[0].ID)
	assert.Equal(t, evaluation.RuleTwoYears, d.Flags[0].Rule)
	assert.Equal(t, [2]int{2024, 2025}, d.Flags[0].Years)
	assert.False(t, d.Flags[0].Advisory)
	assert.Equal(t, "cb-dongtam", d.Flags[1].ID)
	assert.Equal(t, evaluation.RuleConsolidation, d.Flags[1].Rule)
	assert.True(t, d.Flags[1].Advisory)
}

// TestSample2024 checks the same people in 2024 under the 2023 rules, by
// grades (rules/evaluation.md 2.16–2.18).
func TestSample2024(t *testing.T) {
	d := runJSON(t, 0, file2024)
	assert.Equal(t, "2023", d.Regime)
	final, proposed := ranks(d.Members)
	assert.Equal(t, map[string]string{
		// HTXS: criteria Tốt or higher, task results Xuất sắc, all on time and
		// ≥ 50% beyond: U02 (6/12), U04 (5/10), T02 (7/12), D08 (3/6). U05 has
		// 4/10 = 40%: HTT. Task results Trung bình: HTNV (U08, T07, D04). D05
		// has a criterion Kém: KHTNV.
		"U01": "htt", "U02": "htxs", "U03": "htt", "T01": "htt",
		"U04": "htxs", "U05": "htt", "U06": "htt", "U07": "htt", "U08": "htnv", "U09": "htt",
		"T02": "htxs", "T03": "htt", "T04": "htt", "T05": "htt", "T06": "htt", "T07": "htnv", "T08": "htt",
		"D01": "htt", "D02": "htt", "D03": "htt", "D04": "htnv", "D05": "khtnv", "D06": "htt", "D07": "htt", "D08": "htxs",
		// D09 exempt; D10 admitted 01/09/2024, under 6 months on 18/12/2024.
		"D09": "not-ranked", "D10": "not-ranked",
	}, proposed)
	// lanh-dao T = 1 + 3 = 4 → 0: U02 down. cbccvc T = 2 + 9 = 11 → 1: no
	// scores in a graded year, so the priority decides: T02 (1) before U04
	// (2). dang-vien T = 1 + 5 = 6 → 1: D08 keeps.
	assert.Equal(t, map[string]groupSummary{
		"lanh-dao":  {Total: 4, Max: 0, Proposed: 1, Kept: 0, Order: []string{"U02"}, Demoted: []string{"U02"}},
		"cbccvc":    {Total: 11, Max: 1, Proposed: 2, Kept: 1, Order: []string{"T02", "U04"}, Demoted: []string{"U04"}},
		"dang-vien": {Total: 6, Max: 1, Proposed: 1, Kept: 1, Order: []string{"D08"}, Demoted: []string{}},
	}, groups(d.Quota.Members))
	assert.Equal(t, "htt", final["U02"])
	assert.Equal(t, "htt", final["U04"])
	assert.Equal(t, "htxs", final["T02"])
	assert.Contains(t, memberReasons(d, "D05"), evaluation.RuleRankPoorGrade)
	assert.Contains(t, memberReasons(d, "D10"), evaluation.RuleRankNewMember)

	// cb-uyban HTXS grades, cells' quota T = 2 → 0: HTT. cb-dongtam 3 of 8
	// targets and a main target missed: KHTNV.
	assert.Equal(t, map[string]string{
		"db-phuclam": "htt", "cb-uyban": "htt", "cb-truong": "htt", "cb-dongtam": "khtnv", "db-phuclam (leadership)": "htt",
	}, orgRanks(d.Organisations))
	// 2023 rankings were HTNV at worst: nobody two years at KHTNV.
	assert.Empty(t, d.Flags)
}

// TestPreviousIs2024 checks that the "previous" of the 2025 sample is the
// final outcome of the 2024 sample.
func TestPreviousIs2024(t *testing.T) {
	d := runJSON(t, 0, file2024)
	var f struct {
		Previous Previous `json:"previous"`
	}
	require.NoError(t, json.Unmarshal([]byte(readFile(t, file2025)), &f))
	assert.Equal(t, 2024, f.Previous.Year)
	final, _ := ranks(d.Members)
	prev := map[string]string{}
	for id, r := range f.Previous.Members {
		prev[id] = r.String()
	}
	assert.Equal(t, final, prev)
	orgs := map[string]string{}
	for id, r := range f.Previous.Organisations {
		orgs[id] = r.String()
	}
	for id, r := range f.Previous.Leadership {
		orgs[id+" (leadership)"] = r.String()
	}
	assert.Equal(t, orgRanks(d.Organisations), orgs)
}

// TestInvalid checks that every invalid record is reported with its place,
// path, record and value, and that the valid remainder is ranked.
func TestInvalid(t *testing.T) {
	code, out, stderr := runCmd(t, "", invalidFile)
	assert.Equal(t, 1, code)
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	want := []string{
		`cells[0].members[2].official_date: member "A3": value 2011-05-01: dates out of order`,
		`cells[0].members[3].phone: member "A4": unknown key "phone"`,
		`members.A5: member year "A5": missing`,
		`cells[1].members[4].id: member "A1": value A1: the member is already listed at cells[0].members[0]`,
		`members.A2.score: member year "A2": value 120: the score must be between 0 and 100`,
		`members.B1.score: member year "B1": value "85": JSON string where a number is expected`,
		`members.B2.tasks_ontime: member year "B2": unknown key "tasks_ontime" (did you mean "tasks_on_time"?)`,
		`members.B3.year: member year "B3": value 2024: the key "year" is not written here`,
		`members.B4.tasks_assigned: member year "B4": value 5/4/2/0: task counts`,
		`members.X9: member year "X9": no member with this id`,
		`organisations.cb-na.tasks_on_time_percent: organisation year "cb-na": value 90/20/0`,
		`organisations.cb-zzz: organisation year "cb-zzz": no organisation with this id`,
		`previous.year: previous rankings: value 2023: the previous rankings must be of 2024`,
	}
	require.Len(t, lines, len(want), stderr)
	place := regexp.MustCompile(`^annualreview: invalid record: line \d+, column \d+: `)
	for i, w := range want {
		assert.Regexp(t, place, lines[i])
		assert.Contains(t, lines[i], w)
	}
	assert.Contains(t, out, "13 problems in the file")

	d := runJSON(t, 1, invalidFile)
	final, _ := ranks(d.Members)
	// A1 (92, 4/10): HTXS proposed, alone with A6 and A7 at HTT: T = 3 → 0.
	assert.Equal(t, map[string]string{"A1": "htt", "A6": "htt", "A7": "htt"}, final)
	assert.Equal(t, map[string]string{"cb-pac": "htt"}, orgRanks(d.Organisations))
	assert.Equal(t, []string{"db-tanhop"}, d.NoInputs)
	assert.Len(t, d.Rejected, 13)
	assert.Empty(t, d.Flags, "the previous rankings of the wrong year are not used")
}

// TestDecodeProblems checks single problems of small files.
func TestDecodeProblems(t *testing.T) {
	const cell = `{"id": "c", "name": "C", "kind": "cell", "members": [{"id": "m", "name": "M", "decision_date": "2010-01-01"}]}`
	file := func(extra string) string {
		return `{"committee": {"id": "x", "kind": "grass-roots-committee"}, "cells": [` + cell + `], "year": 2025` + extra + `}`
	}
	tests := []struct {
		name, in, want string
		code           int
	}{
		{"sound", file(`, "members": {"m": {"score": 80, "tasks_assigned": 1, "tasks_on_time": 1}}`), "", 0},
		{"member without inputs", file(``), `members.m: member year "m": missing`, 1},
		{"key twice", file(`, "members": {"m": {"score": 80, "score": 81}}`), `members.m.score: member year "m": value 81: the key "score" is given twice`, 1},
		{"member record in the year", file(`, "members": {"m": {"member": {"id": "m"}, "score": 80}}`), `members.m.member: member year "m"`, 1},
		{"committee in an organisation year", file(`, "members": {"m": {"score": 80}}, "organisations": {"c": {"committee": true, "score": 80}}`), `the key "committee" is not written here: leadership collectives are given under "leadership"`, 1},
		{"bad date", file(`, "review_date": "31/02/2025", "members": {"m": {"score": 80}}`), `review_date: value "31/02/2025"`, 1},
		{"review in another year", file(`, "review_date": "2024-12-20", "members": {"m": {"score": 80}}`), `review_date: value 2024-12-20: the review of 2025 must fall in 2025 or 2026`, 1},
		{"unknown top-level key", file(`, "members": {"m": {"score": 80}}, "previus": {}`), `previus: unknown key "previus" (did you mean "previous"?)`, 1},
		{"cell under another parent", strings.Replace(file(`, "members": {"m": {"score": 80}}`), `"kind": "cell"`, `"kind": "cell", "parent": "y"`, 1), `cells[0].parent: cell "c": value y`, 1},
		{"unknown rank", file(`, "members": {"m": {"score": 80}}, "previous": {"members": {"m": "excellent"}}`), `previous.members.m: previous rankings: value "excellent"`, 1},
		{"null in a list", file(`, "members": {"m": {"score": 80, "criteria": [null]}}`), `members.m.criteria[0]: member year "m": value null`, 1},
		{"cell kind", strings.Replace(file(`, "members": {"m": {"score": 80}}`), `"kind": "cell"`, `"kind": "grass-roots-committee"`, 1), `cells[0].kind: cell "c"`, 1},
		{"quoted key path", file(`, "members": {"m": {"score": 80}, "a.b": {"score": 70}}`), `members["a.b"]: member year "a.b": no member with this id`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, tt.in)
			assert.Equal(t, tt.code, code, stderr)
			if tt.want == "" {
				assert.Empty(t, stderr)
			} else {
				assert.Contains(t, stderr, tt.want)
			}
		})
	}
}

// TestOddInputs feeds files of the wrong shapes: every one is reported,
// with exit code 1, and nothing panics.
func TestOddInputs(t *testing.T) {
	for _, in := range []string{
		`{"cells": 5, "year": 2025}`,
		`{"members": [], "year": 2025}`,
		`{"committee": [], "year": 2025}`,
		`{"year": "x"}`,
		`{"year": 1e3}`,
		`{"year": 2025, "previous": {"members": {"a": 5}}}`,
		`{"year": 2025, "cells": [null]}`,
		`{"year": 2025, "cells": [{"members": [{}]}]}`,
		`{"year": 2025, "members": {"": {}}}`,
		`{"year": 2025, "committee": {"id": "x", "kind": "grass-roots-committee"}, "organisations": {"x": {"score": 200}}}`,
		`{"year": 2025, "committee": {"id": "x", "kind": "grass-roots-committee"}, "leadership": {"x": {"tasks_on_time_percent": -1}}}`,
		"\xff",
	} {
		code, _, stderr := runCmd(t, in, "-format", "json")
		assert.Equal(t, 1, code, "%s: %s", in, stderr)
		assert.NotEmpty(t, stderr, in)
	}
}

// TestYearFlag checks that -year replaces the file's year and picks the
// rules.
func TestYearFlag(t *testing.T) {
	in := `{"committee": {"id": "x", "kind": "grass-roots-committee"},
	  "cells": [{"id": "c", "kind": "cell", "members": [{"id": "m", "name": "M", "decision_date": "2010-01-01"}]}],
	  "members": {"m": {"criteria": ["tot"], "tasks": "tot"}}}`
	code, out, stderr := runCmd(t, in, "-year", "2021", "-format", "json")
	require.Equal(t, 0, code, stderr)
	var d doc
	require.NoError(t, json.Unmarshal([]byte(out), &d))
	assert.Equal(t, 2021, d.Year)
	assert.Equal(t, "2018", d.Regime)
	require.Len(t, d.Members, 1)
	assert.Equal(t, evaluation.CompletedWell, d.Members[0].Rank)
}

// TestTable checks the parts of the table a reader looks for.
func TestTable(t *testing.T) {
	code, out, stderr := runCmd(t, "", file2025)
	require.Equal(t, 0, code, stderr)
	for _, s := range []string{
		"Đảng bộ xã Phúc Lâm (db-phuclam)",
		"ranking rules: 2025 (366-QĐ/TW, 43-HD/BTCTW)",
		"1. Xếp loại đảng viên — members' rankings",
		"2. Tỷ lệ HTXS theo nhóm chức danh tương đồng — the quota per group of comparable positions",
		"3. Xếp loại tổ chức đảng — organisations' rankings",
		"4. Hệ quả xếp loại — consequences",
		`Nhóm — group "cbccvc": T = 12 (5 đề nghị HTXS + 7 HTT — HTXS proposals + HTT); tối đa — max 2; giữ — kept 2; chuyển xuống HTT — moved down 3`,
		"[evaluation.rank.leader.confidence]",
		"[evaluation.rank.band-conditions]",
		"[evaluation.consequence.two-years]",
		"CHỈ ĐỂ THAM KHẢO, ADVISORY ONLY",
		"HTT (tỷ lệ — quota)",
	} {
		assert.Contains(t, out, s)
	}
	// The audit order puts T03 (93, priority 1) before U04 (93, priority 2).
	assert.Less(t, strings.Index(out, "2.  T03"), strings.Index(out, "3.  U04"))
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	var errOut bytes.Buffer
	assert.Equal(t, 1, run([]string{file2025}, strings.NewReader(""), failWriter{}, &errOut))
	assert.Contains(t, errOut.String(), "disk full")
	errOut.Reset()
	assert.Equal(t, 1, run([]string{"-format", "json", file2025}, strings.NewReader(""), failWriter{}, &errOut))
}
