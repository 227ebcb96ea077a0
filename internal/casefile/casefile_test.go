package casefile

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// day is a text type: "YYYY-MM-DD", checked for its length only.
type day string

func (d *day) UnmarshalText(b []byte) error {
	if len(b) != len("2026-01-02") {
		return errors.New("want YYYY-MM-DD")
	}
	*d = day(b)
	return nil
}

type inner struct {
	Kind  string `json:"kind"`
	Count int    `json:"count"`
	When  day    `json:"when"`
}

type base struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type withEmbedded struct {
	base
	Name  string `json:"name"` // hides base's
	Extra int    `json:"extra"`
}

type tagged struct {
	Plain    string `json:"plain"`
	Opt      int    `json:"opt,omitempty"`
	GoName   bool   `json:",omitempty"`
	Hidden   string `json:"-"`
	Untagged string
	Tagged   base `json:"tagged"` // tagged: not flattened
}

func TestObject(t *testing.T) {
	tests := []struct {
		name, raw string
		keys      []string
		dup       string
		err       string
	}{
		{"keys in order", `{"b": 1, "a": [1, {"x": 2}], "c": {}}`, []string{"b", "a", "c"}, "", ""},
		{"empty", ` {} `, nil, "", ""},
		{"first duplicate", `{"a": 1, "b": 2, "b": 3, "a": 4}`, []string{"a", "b", "b", "a"}, "b", ""},
		{"list", `["a"]`, nil, "", "want an object in { }, got [\"a\"]"},
		{"text", `"abc"`, nil, "", `want an object in { }, got "abc"`},
		{"truncated", `{"a": 1`, nil, "", "EOF"},
		{"bad value", `{"a": }`, nil, "", "invalid character"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fields, dup, err := Object([]byte(tt.raw))
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			var keys []string
			for _, f := range fields {
				keys = append(keys, f.Key)
			}
			assert.Equal(t, tt.keys, keys)
			assert.Equal(t, tt.dup, dup)
		})
	}
	fields, _, err := Object([]byte(`{"a": [1, 2], "b": "x"}`))
	require.NoError(t, err)
	assert.JSONEq(t, `[1, 2]`, string(fields[0].Raw))
	assert.JSONEq(t, `"x"`, string(fields[1].Raw))
}

func TestJSONFields(t *testing.T) {
	tests := []struct {
		name string
		t    reflect.Type
		want map[string]reflect.Type
	}{
		{"tags", reflect.TypeFor[tagged](), map[string]reflect.Type{
			"plain": reflect.TypeFor[string](), "opt": reflect.TypeFor[int](), "GoName": reflect.TypeFor[bool](),
			"tagged": reflect.TypeFor[base](),
		}},
		{"embedded", reflect.TypeFor[withEmbedded](), map[string]reflect.Type{
			"id": reflect.TypeFor[string](), "name": reflect.TypeFor[string](), "extra": reflect.TypeFor[int](),
		}},
		{"Case", reflect.TypeFor[shared](), map[string]reflect.Type{
			"name": reflect.TypeFor[string](), "op": reflect.TypeFor[string](), "source": reflect.TypeFor[string](),
			"note": reflect.TypeFor[string](), "known_issue": reflect.TypeFor[string](),
			"count": reflect.TypeFor[int](), "on": reflect.TypeFor[day](), "tags": reflect.TypeFor[[]string](),
			"opts": reflect.TypeFor[*inner](), "scores": reflect.TypeFor[map[string]int](),
			"expect": reflect.TypeFor[sharedExpect](),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, JSONFields(tt.t))
		})
	}
}

func TestFieldByJSON(t *testing.T) {
	v := withEmbedded{base: base{ID: "i", Name: "hidden"}, Name: "outer", Extra: 3}
	rv := reflect.ValueOf(v)
	tests := []struct {
		key  string
		want any
	}{
		{"name", "outer"},
		{"id", "i"},
		{"extra", 3},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			assert.Equal(t, tt.want, FieldByJSON(rv, tt.key).Interface())
		})
	}
	assert.PanicsWithValue(t, "no field nope in casefile.withEmbedded", func() { FieldByJSON(rv, "nope") })
}

func TestCheckValue(t *testing.T) {
	type number struct {
		U uint8   `json:"u"`
		F float64 `json:"f"`
	}
	tests := []struct {
		name string
		raw  string
		t    reflect.Type
		path string
		err  string // "" for none
	}{
		{"struct", `{"kind": "k", "count": 2, "when": "2026-01-02"}`, reflect.TypeFor[inner](), "x", ""},
		{"null", ` null `, reflect.TypeFor[inner](), "x", `key "x": null is not allowed; leave the key out instead`},
		{"null inside", `{"kind": null}`, reflect.TypeFor[inner](), "x", `key "x.kind": null is not allowed; leave the key out instead`},
		{"not an object", `[1]`, reflect.TypeFor[inner](), "x", `key "x": want an object in { }, got [1]`},
		{"duplicate", `{"kind": "a", "kind": "b"}`, reflect.TypeFor[inner](), "x", `key "x.kind" appears twice`},
		{"misspelt", `{"knd": "a"}`, reflect.TypeFor[inner](), "x", `unknown key "x.knd" (did you mean "kind"?)`},
		{"other case", `{"Kind": "a"}`, reflect.TypeFor[inner](), "x", `unknown key "x.Kind" (did you mean "kind"?)`},
		{"unknown", `{"zzzzzz": 1}`, reflect.TypeFor[inner](), "x", `unknown key "x.zzzzzz" (known keys: count, kind, when)`},
		{"top level path", `{"zzzzzz": 1}`, reflect.TypeFor[inner](), "", `unknown key "zzzzzz" (known keys: count, kind, when)`},
		{"text type", `{"when": "2026"}`, reflect.TypeFor[inner](), "x", `key "x.when": want YYYY-MM-DD`},
		{"text type not text", `{"when": 2026}`, reflect.TypeFor[inner](), "x", `key "x.when": want text in quotes, got 2026`},
		{"int as text", `{"count": "2"}`, reflect.TypeFor[inner](), "x", `key "x.count": want a whole number, got "2"`},
		{"int fraction", `{"count": 2.5}`, reflect.TypeFor[inner](), "x", `key "x.count": want a whole number, got 2.5`},
		{"string as number", `{"kind": 1}`, reflect.TypeFor[inner](), "x", `key "x.kind": want text in quotes, got 1`},
		{"bool", `"yes"`, reflect.TypeFor[bool](), "b", `key "b": want true or false, got "yes"`},
		{"uint", `{"u": -1}`, reflect.TypeFor[number](), "n", `key "n.u": want a whole number, got -1`},
		{"other kind", `{"f": "1"}`, reflect.TypeFor[number](), "n", `key "n.f": want float64, got "1"`},
		{"list", `[{"kind": "a"}, {"kind": "b", "cuont": 1}]`, reflect.TypeFor[[]inner](), "l", `unknown key "l[1].cuont" (did you mean "count"?)`},
		{"not a list", `{"kind": "a"}`, reflect.TypeFor[[]inner](), "l", `key "l": want a list in [ ], got {"kind": "a"}`},
		{"list of null", `[null]`, reflect.TypeFor[[]int](), "l", `key "l[0]": null is not allowed`},
		{"map", `{"a": 1, "b": 2}`, reflect.TypeFor[map[string]int](), "m", ""},
		{"map value", `{"a": 1, "b": "2"}`, reflect.TypeFor[map[string]int](), "m", `key "m.b": want a whole number, got "2"`},
		{"map duplicate", `{"a": 1, "a": 2}`, reflect.TypeFor[map[string]int](), "m", `key "m.a" appears twice`},
		{"map not an object", `[1]`, reflect.TypeFor[map[string]int](), "m", `key "m": want an object in { }, got [1]`},
		{"pointer", `{"kind": "a"}`, reflect.TypeFor[*inner](), "p", ""},
		{"pointer checked", `{"Kind": "a"}`, reflect.TypeFor[*inner](), "p", `unknown key "p.Kind" (did you mean "kind"?)`},
		{"embedded", `{"id": "i", "name": "n", "extra": 1}`, reflect.TypeFor[withEmbedded](), "e", ""},
		{"long value cut", `{"kind": ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]}`, reflect.TypeFor[inner](), "x",
			`key "x.kind": want text in quotes, got ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckValue(json.RawMessage(tt.raw), tt.t, tt.path)
			if tt.err == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

func TestUnknownKey(t *testing.T) {
	tests := []struct {
		name, path, key string
		known           []string
		want            string
	}{
		{"one edit", "expect.stats", "stats", []string{"status", "kind"}, `unknown key "expect.stats" (did you mean "status"?)`},
		{"two edits", "tpy", "tpy", []string{"type"}, `unknown key "tpy" (did you mean "type"?)`},
		{"three edits", "abc", "abc", []string{"xyz", "def"}, `unknown key "abc" (known keys: def, xyz)`},
		{"closest", "rond", "rond", []string{"rules", "round", "ronde"}, `unknown key "rond" (did you mean "round"?)`},
		{"tie: first given", "dat", "dat", []string{"late", "due"}, `unknown key "dat" (did you mean "late"?)`},
		{"tie: first given, other order", "dat", "dat", []string{"due", "late"}, `unknown key "dat" (did you mean "due"?)`},
		{"none known", "a", "a", nil, `unknown key "a" (known keys: )`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			known := append([]string(nil), tt.known...)
			assert.EqualError(t, UnknownKey(tt.path, tt.key, known), tt.want)
			assert.Equal(t, tt.known, known, "known modified")
		})
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"", "abc", 3},
		{"status", "status", 0},
		{"stauts", "status", 2},
		{"expcet", "expect", 2},
		{"kitten", "sitting", 3},
		{"late", "due", 3},
	}
	for _, tt := range tests {
		t.Run(tt.a+"-"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, distance(tt.a, tt.b))
			assert.Equal(t, tt.want, distance(tt.b, tt.a))
		})
	}
}

func TestShort(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"  [1, 2]\n", "[1, 2]"},
		{strings.Repeat("a", 40), strings.Repeat("a", 40)},
		{strings.Repeat("a", 41), strings.Repeat("a", 40) + "…"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Short([]byte(tt.raw)))
	}
}

func TestSortedKeys(t *testing.T) {
	assert.Equal(t, []string{"a", "b", "c"}, SortedKeys(map[string]int{"c": 1, "a": 2, "b": 3}))
	assert.Empty(t, SortedKeys(map[string]bool{}))
}

func TestLineCol(t *testing.T) {
	data := []byte("ab\ncd\n\nef")
	tests := []struct {
		off       int64
		line, col int
	}{
		{0, 1, 1}, {1, 1, 1}, {2, 1, 2}, {3, 1, 3}, {4, 2, 1}, {5, 2, 2}, {7, 3, 1}, {8, 4, 1}, {100, 4, 3},
	}
	for _, tt := range tests {
		line, col := lineCol(data, tt.off)
		assert.Equal(t, []int{tt.line, tt.col}, []int{line, col}, "offset %d", tt.off)
	}
}

func TestCase(t *testing.T) {
	tests := []struct {
		c            Case
		errorf, test string
	}{
		{Case{File: "testdata/f.json", Index: 3, Name: "T10 a/b"}, `testdata/f.json: case 3 "T10 a/b": key "x" is wrong`, "T10 a-b"},
		{Case{File: "testdata/f.json", Index: 2}, `testdata/f.json: case 2 (no name): key "x" is wrong`, "case 2"},
	}
	for _, tt := range tests {
		assert.EqualError(t, tt.c.Errorf("key %q is %s", "x", "wrong"), tt.errorf)
		assert.Equal(t, tt.test, tt.c.TestName())
		assert.Same(t, &tt.c, tt.c.Header())
	}
}

// ---------------------------------------------------------------------
// Parse, with both kinds of runner: one expect type for every op, listing
// the keys each op offers (award, branch, evaluation), and one expect type
// per op (member, calendar).

type sharedExpect struct {
	Status string `json:"status"`
	Count  int    `json:"count"`
	Dates  []day  `json:"dates"`
	Late   bool   `json:"late"`
	Due    day    `json:"due"`
}

type shared struct {
	Case
	Count  int            `json:"count"`
	On     day            `json:"on"`
	Tags   []string       `json:"tags"`
	Opts   *inner         `json:"opts"`
	Scores map[string]int `json:"scores"`
	Expect sharedExpect   `json:"expect"`

	checked bool
}

// check is the runner's own check: a negative count is an error.
func (c *shared) check() error {
	c.checked = true
	if c.Keys["count"] && c.Count < 0 {
		return c.Errorf("key %q: want 0 or more, got %d", "count", c.Count)
	}
	return nil
}

var sharedOps = map[string]Op{
	"count": {Required: []string{"count"}, Optional: []string{"tags"}, Expect: []string{"status", "count"}},
	"dated": {Required: []string{"on"}, Optional: []string{"opts", "scores"}, Expect: []string{"dates"}},
	// "dat" is two edits from both "late" and "due".
	"deadline": {Required: []string{"on"}, Expect: []string{"late", "due"}},
}

func parseShared(data string, opts ...Option) ([]*shared, error) {
	return Parse("testdata/bad.json", []byte(data), sharedOps, (*shared).check, opts...)
}

type (
	perOp struct {
		Case
		N      int             `json:"n"`
		Expect json.RawMessage `json:"expect"`
	}
	sumExpect struct {
		Total int  `json:"total"`
		Even  bool `json:"even"`
	}
	negExpect struct {
		Negative bool `json:"negative"`
	}
	// runnerOp is an op type that carries more than Op.
	runnerOp struct {
		Op
		run func(n int) any
	}
)

var perOpOps = map[string]runnerOp{
	"sum": {Op: Op{Required: []string{"n"}, ExpectType: reflect.TypeFor[sumExpect]()}, run: func(n int) any { return n }},
	"neg": {Op: Op{Required: []string{"n"}, ExpectType: reflect.TypeFor[negExpect]()}, run: func(n int) any { return n < 0 }},
}

func parsePerOp(data string) ([]*perOp, error) {
	return Parse[perOp]("testdata/bad.json", []byte(data), perOpOps, nil)
}

func wrap(cases ...string) string {
	return `{"family": "test", "cases": [` + strings.Join(cases, ",\n") + `]}`
}

func TestParseFileErrors(t *testing.T) {
	good := `{"name": "a", "op": "count", "source": "s", "count": 1, "expect": {"count": 1}}`
	tests := []struct {
		name, data, want string
	}{
		{"syntax", "{\"family\": \"f\",\n \"cases\": [\n  {\"name\": \"a\",}\n]}",
			`testdata/bad.json: line 3, column 16: invalid JSON: invalid character '}' looking for beginning of object key string`},
		{"empty", ``, `testdata/bad.json: line 1, column 1: invalid JSON: unexpected end of JSON input`},
		{"not an object", `[]`, `testdata/bad.json: want an object in { }, got []`},
		{"duplicate", `{"family": "f", "family": "g", "cases": [` + good + `]}`, `testdata/bad.json: key "family" appears twice`},
		{"misspelt", `{"family": "f", "cases": [` + good + `], "famly": "g"}`, `testdata/bad.json: unknown key "famly" (did you mean "family"?)`},
		{"unknown", `{"family": "f", "cases": [` + good + `], "zzzzzz": 1}`, `testdata/bad.json: unknown key "zzzzzz" (known keys: cases, family)`},
		{"other case", `{"Family": "f", "cases": [` + good + `]}`, `testdata/bad.json: unknown key "Family" (did you mean "family"?)`},
		{"no family", `{"cases": [` + good + `]}`, `testdata/bad.json: missing key "family"`},
		{"no cases", `{"family": "f"}`, `testdata/bad.json: missing key "cases"`},
		{"family not text", `{"family": 1, "cases": [` + good + `]}`,
			`testdata/bad.json: key "family" must be text and "cases" a list: json: cannot unmarshal number into Go struct field vcFile.family of type string`},
		{"empty family", `{"family": " ", "cases": [` + good + `]}`, `testdata/bad.json: key "family" is empty`},
		{"empty cases", `{"family": "f", "cases": []}`, `testdata/bad.json: key "cases" is empty: a file needs at least one case`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, err := parseShared(tt.data)
			assert.EqualError(t, err, tt.want)
			assert.Nil(t, cases)
		})
	}
}

func TestParseCaseErrors(t *testing.T) {
	count := func(name, extra string) string {
		return `{"name": "` + name + `", "op": "count", "source": "s", "count": 1` + extra + `}`
	}
	good := count("good", `, "expect": {"count": 1}`)
	tests := []struct {
		name, data, want string
		opts             []Option
	}{
		{"not an object", wrap(good, `["a"]`), `testdata/bad.json: case 2 (no name): want an object in { }, got ["a"]`, nil},
		{"duplicate key", wrap(count("a", `, "count": 2, "expect": {"count": 1}`)), `testdata/bad.json: case 1 "a": key "count" appears twice`, nil},
		{"misspelt key", wrap(count("a", `, "expcet": {"count": 1}`)), `testdata/bad.json: case 1 "a": unknown key "expcet" (did you mean "expect"?)`, nil},
		{"unknown key", wrap(count("a", `, "zzzzzzz": 1, "expect": {"count": 1}`)),
			`testdata/bad.json: case 1 "a": unknown key "zzzzzzz" (known keys: count, expect, known_issue, name, note, on, op, opts, scores, source, tags)`, nil},
		{"missing name", wrap(`{"op": "count", "source": "s", "count": 1, "expect": {"count": 1}}`), `testdata/bad.json: case 1 (no name): missing key "name"`, nil},
		{"missing source", wrap(good, count("b", `, "expect": {"count": 1}`)+`,{"name": "c", "op": "count", "count": 1, "expect": {"count": 1}}`),
			`testdata/bad.json: case 3 "c": missing key "source"`, nil},
		{"missing expect", wrap(count("a", ``)), `testdata/bad.json: case 1 "a": missing key "expect"`, nil},
		{"op not text", wrap(`{"name": "a", "op": 1, "source": "s", "expect": {}}`), `testdata/bad.json: case 1 "a": key "op": want text in quotes, got 1`, nil},
		{"unknown op", wrap(`{"name": "a", "op": "cuont", "source": "s", "expect": {}}`), `testdata/bad.json: case 1 "a": key "op": unknown op "cuont" (want one of: count, dated, deadline)`, nil},
		{"key of another op", wrap(count("a", `, "on": "2026-01-02", "expect": {"count": 1}`)),
			`testdata/bad.json: case 1 "a": key "on" is not used by op "count" (it takes: count, tags)`, nil},
		{"missing input", wrap(`{"name": "a", "op": "dated", "source": "s", "expect": {"dates": []}}`),
			`testdata/bad.json: case 1 "a": missing key "on" (op "dated" needs it)`, nil},
		{"expect not an object", wrap(count("a", `, "expect": [1]`)), `testdata/bad.json: case 1 "a": key "expect": want an object in { }, got [1]`, nil},
		{"expect duplicate", wrap(count("a", `, "expect": {"count": 1, "count": 2}`)), `testdata/bad.json: case 1 "a": key "expect.count" appears twice`, nil},
		{"expect empty", wrap(count("a", `, "expect": {}`)),
			`testdata/bad.json: case 1 "a": key "expect" is empty: it must check something (op "count" offers: status, count)`, nil},
		{"expect key of another op", wrap(count("a", `, "expect": {"dates": []}`)),
			`testdata/bad.json: case 1 "a": key "expect.dates" is not used by op "count" (it checks: status, count)`, nil},
		{"expect misspelt", wrap(count("a", `, "expect": {"stat": "x"}`)),
			`testdata/bad.json: case 1 "a": unknown key "expect.stat" (did you mean "status"?)`, nil},
		{"expect unknown", wrap(count("a", `, "expect": {"zzzzzzz": 1}`)),
			`testdata/bad.json: case 1 "a": unknown key "expect.zzzzzzz" (known keys: count, status)`, nil},
		// A misspelt key equally close to two keys: the alphabetically first
		// is suggested, or with SuggestInOpOrder the first the op lists.
		{"expect tie", wrap(`{"name": "a", "op": "deadline", "source": "s", "on": "2026-01-02", "expect": {"dat": "2026-01-02"}}`),
			`testdata/bad.json: case 1 "a": unknown key "expect.dat" (did you mean "due"?)`, nil},
		{"expect tie in op order", wrap(`{"name": "a", "op": "deadline", "source": "s", "on": "2026-01-02", "expect": {"dat": "2026-01-02"}}`),
			`testdata/bad.json: case 1 "a": unknown key "expect.dat" (did you mean "late"?)`, []Option{SuggestInOpOrder}},
		{"null", wrap(count("a", `, "tags": null, "expect": {"count": 1}`)), `testdata/bad.json: case 1 "a": key "tags": null is not allowed; leave the key out instead`, nil},
		{"wrong type", wrap(`{"name": "a", "op": "count", "source": "s", "count": "1", "expect": {"count": 1}}`),
			`testdata/bad.json: case 1 "a": key "count": want a whole number, got "1"`, nil},
		{"nested", wrap(`{"name": "a", "op": "dated", "source": "s", "on": "2026-01-02", "opts": {"kind": "k", "wen": "2026-01-02"}, "expect": {"dates": []}}`),
			`testdata/bad.json: case 1 "a": unknown key "opts.wen" (did you mean "when"?)`, nil},
		{"text type", wrap(`{"name": "a", "op": "dated", "source": "s", "on": "2026", "expect": {"dates": []}}`),
			`testdata/bad.json: case 1 "a": key "on": want YYYY-MM-DD`, nil},
		{"expect value", wrap(`{"name": "a", "op": "dated", "source": "s", "on": "2026-01-02", "expect": {"dates": ["2026-01-02", "x"]}}`),
			`testdata/bad.json: case 1 "a": key "expect.dates[1]": want YYYY-MM-DD`, nil},
		{"name not text", wrap(`{"name": 1, "op": "count", "source": "s", "count": 1, "expect": {"count": 1}}`),
			`testdata/bad.json: case 1 (no name): key "name": want text in quotes, got 1`, nil},
		{"empty name", wrap(count(" ", `, "expect": {"count": 1}`)), `testdata/bad.json: case 1 " ": key "name" is empty`, nil},
		{"empty source", wrap(`{"name": "a", "op": "count", "source": "", "count": 1, "expect": {"count": 1}}`), `testdata/bad.json: case 1 "a": key "source" is empty`, nil},
		{"empty note", wrap(count("a", `, "note": "", "expect": {"count": 1}`)), `testdata/bad.json: case 1 "a": key "note" is empty`, nil},
		{"empty known issue", wrap(count("a", `, "known_issue": "\t", "expect": {"count": 1}`)), `testdata/bad.json: case 1 "a": key "known_issue" is empty`, nil},
		{"runner's check", wrap(`{"name": "a", "op": "count", "source": "s", "count": -1, "expect": {"count": 1}}`),
			`testdata/bad.json: case 1 "a": key "count": want 0 or more, got -1`, nil},
		{"duplicate name", wrap(good, count("b", `, "expect": {"count": 1}`), good),
			`testdata/bad.json: case 3 "good": name "good" is already used by case 1; every case needs its own name`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, err := parseShared(tt.data, tt.opts...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, lastLine(Messages(cases, err)))
			assert.Len(t, strings.Split(Messages(cases, nil), "\n"), 1, "one malformed case")
		})
	}
}

// lastLine is the last line of s.
func lastLine(s string) string {
	return s[strings.LastIndex(s, "\n")+1:]
}

func TestParseGood(t *testing.T) {
	data := `{"family": "f", "cases": [
	  {"name": "a/b", "op": "count", "source": "s", "note": "n", "count": 2, "tags": ["x", "y"],
	   "expect": {"count": 2, "status": "ok"}},
	  {"name": "b", "op": "count", "source": "s", "count": 1, "expcet": {"count": 1}},
	  {"name": "c", "op": "dated", "source": "s", "known_issue": "k", "on": "2026-01-02",
	   "opts": {"kind": "k", "count": 3, "when": "2026-02-03"}, "scores": {"4.2": 20},
	   "expect": {"dates": ["2026-01-02"]}},
	  {"name": "a/b", "op": "count", "source": "s", "count": 1, "expect": {"count": 1}}
	]}`
	cases, err := Parse("testdata/good.json", []byte(data), sharedOps, (*shared).check)
	require.NoError(t, err)
	require.Len(t, cases, 4)

	a := cases[0]
	require.NoError(t, a.Err)
	assert.Equal(t, "testdata/good.json", a.File)
	assert.Equal(t, 1, a.Index)
	assert.Equal(t, "a-b", a.TestName())
	assert.Equal(t, Case{Name: "a/b", Op: "count", Source: "s", Note: "n"}, Case{Name: a.Name, Op: a.Op, Source: a.Source, Note: a.Note, KnownIssue: a.KnownIssue})
	assert.Equal(t, map[string]bool{"name": true, "op": true, "source": true, "note": true, "count": true, "tags": true, "expect": true}, a.Keys)
	assert.Equal(t, []string{"count", "status"}, a.ExpectKeys)
	assert.Equal(t, 2, a.Count)
	assert.Equal(t, []string{"x", "y"}, a.Tags)
	assert.Equal(t, sharedExpect{Status: "ok", Count: 2}, a.Expect)
	assert.True(t, a.Has("status"))
	assert.False(t, a.Has("dates"))
	assert.Equal(t, "ok", a.Want("status"))
	assert.Equal(t, 2, a.Want("count"))
	assert.JSONEq(t, `{"name": "a/b", "op": "count", "source": "s", "note": "n", "count": 2, "tags": ["x", "y"], "expect": {"count": 2, "status": "ok"}}`, string(a.Raw))
	assert.True(t, a.checked)

	b := cases[1]
	assert.EqualError(t, b.Err, `testdata/good.json: case 2 "b": unknown key "expcet" (did you mean "expect"?)`)
	assert.False(t, b.checked, "the runner's check runs on well-formed cases only")

	c := cases[2]
	require.NoError(t, c.Err)
	assert.Equal(t, "k", c.KnownIssue)
	assert.Equal(t, day("2026-01-02"), c.On)
	assert.Equal(t, &inner{Kind: "k", Count: 3, When: "2026-02-03"}, c.Opts)
	assert.Equal(t, map[string]int{"4.2": 20}, c.Scores)
	assert.Equal(t, []day{"2026-01-02"}, c.Want("dates"))

	assert.EqualError(t, cases[3].Err, `testdata/good.json: case 4 "a/b": name "a/b" is already used by case 1; every case needs its own name`)
	assert.Equal(t, cases[1].Err.Error()+"\n"+cases[3].Err.Error(), Messages(cases, nil))
	assert.Equal(t, "file\n"+cases[1].Err.Error()+"\n"+cases[3].Err.Error(), Messages(cases, errors.New("file")))
}

func TestParsePerOpExpect(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"expect of another op", wrap(`{"name": "a", "op": "sum", "source": "s", "n": 1, "expect": {"negative": true}}`),
			`testdata/bad.json: case 1 "a": key "expect.negative" is not used by op "sum" (it checks: even, total)`},
		{"expect empty", wrap(`{"name": "a", "op": "sum", "source": "s", "n": 1, "expect": {}}`),
			`testdata/bad.json: case 1 "a": key "expect" is empty: it must check something (op "sum" offers: even, total)`},
		{"expect misspelt", wrap(`{"name": "a", "op": "sum", "source": "s", "n": 1, "expect": {"totl": 1}}`),
			`testdata/bad.json: case 1 "a": unknown key "expect.totl" (did you mean "total"?)`},
		{"expect unknown", wrap(`{"name": "a", "op": "neg", "source": "s", "n": 1, "expect": {"zzzzzzz": 1}}`),
			`testdata/bad.json: case 1 "a": unknown key "expect.zzzzzzz" (known keys: negative)`},
		{"expect value of the op's type", wrap(`{"name": "a", "op": "sum", "source": "s", "n": 1, "expect": {"even": 1}}`),
			`testdata/bad.json: case 1 "a": key "expect.even": want true or false, got 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Messages(parsePerOp(tt.data)))
		})
	}
	cases, err := parsePerOp(wrap(
		`{"name": "a", "op": "sum", "source": "s", "n": 4, "expect": {"even": true, "total": 4}}`,
		`{"name": "b", "op": "neg", "source": "s", "n": -1, "expect": {"negative": true}}`))
	require.NoError(t, err)
	require.NoError(t, cases[0].Err)
	require.NoError(t, cases[1].Err)
	assert.Equal(t, 4, cases[0].N)
	assert.JSONEq(t, `{"even": true, "total": 4}`, string(cases[0].Expect))
	assert.Equal(t, []string{"even", "total"}, cases[0].ExpectKeys)
	assert.Equal(t, true, cases[0].Want("even"))
	assert.Equal(t, 4, cases[0].Want("total"))
	assert.Equal(t, true, cases[1].Want("negative"))
	assert.Equal(t, true, perOpOps[cases[1].Op].run(cases[1].N))
	assert.Panics(t, func() { cases[1].Want("total") }, "a key of another op's expect")
}

// measured is a case type with floats at every level: an input, inside a
// record, in a list and in expect.
type measured struct {
	Case
	Score  float64 `json:"score"`
	Record *struct {
		Weight float32 `json:"weight"`
	} `json:"record"`
	Marks  []float64 `json:"marks"`
	Expect struct {
		Mean float64 `json:"mean"`
	} `json:"expect"`
}

func TestParseFloatsAsNumbers(t *testing.T) {
	ops := map[string]Op{"mean": {Optional: []string{"score", "record", "marks"}}}
	mean := func(extra string) string {
		return wrap(`{"name": "a", "op": "mean", "source": "s"` + extra + `}`)
	}
	tests := []struct {
		name, data, plain, numbers string
	}{
		{"input", mean(`, "score": "92", "expect": {"mean": 1}`),
			`testdata/bad.json: case 1 "a": key "score": want float64, got "92"`,
			`testdata/bad.json: case 1 "a": key "score": want a number, got "92"`},
		{"in a record", mean(`, "record": {"weight": true}, "expect": {"mean": 1}`),
			`testdata/bad.json: case 1 "a": key "record.weight": want float32, got true`,
			`testdata/bad.json: case 1 "a": key "record.weight": want a number, got true`},
		{"in a list", mean(`, "marks": [1.5, "2"], "expect": {"mean": 1}`),
			`testdata/bad.json: case 1 "a": key "marks[1]": want float64, got "2"`,
			`testdata/bad.json: case 1 "a": key "marks[1]": want a number, got "2"`},
		{"in expect", mean(`, "expect": {"mean": [1]}`),
			`testdata/bad.json: case 1 "a": key "expect.mean": want float64, got [1]`,
			`testdata/bad.json: case 1 "a": key "expect.mean": want a number, got [1]`},
		// Only floats: the other kinds keep their words.
		{"whole number", wrap(`{"name": 1, "op": "mean", "source": "s", "expect": {"mean": 1}}`),
			`testdata/bad.json: case 1 (no name): key "name": want text in quotes, got 1`,
			`testdata/bad.json: case 1 (no name): key "name": want text in quotes, got 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, err := Parse("testdata/bad.json", []byte(tt.data), ops, (func(*measured) error)(nil))
			assert.Equal(t, tt.plain, Messages(cases, err))
			cases, err = Parse("testdata/bad.json", []byte(tt.data), ops, (func(*measured) error)(nil), FloatsAsNumbers)
			assert.Equal(t, tt.numbers, Messages(cases, err))
		})
	}
	// CheckValue itself is not changed by the option.
	assert.EqualError(t, CheckValue(json.RawMessage(`"1"`), reflect.TypeFor[float64](), "f"), `key "f": want float64, got "1"`)
	cases, err := Parse("testdata/good.json", []byte(mean(`, "score": 92.5, "record": {"weight": 1}, "marks": [1, 2.5], "expect": {"mean": 1.75}`)),
		ops, (func(*measured) error)(nil), FloatsAsNumbers, SuggestInOpOrder)
	require.NoError(t, err)
	require.NoError(t, cases[0].Err)
	assert.Equal(t, 92.5, cases[0].Score)
	assert.Equal(t, []float64{1, 2.5}, cases[0].Marks)
	assert.Equal(t, 1.75, cases[0].Want("mean"))
}

func TestParseRunnerMistakes(t *testing.T) {
	data := wrap(`{"name": "a", "op": "x", "source": "s", "expect": {"status": "ok"}}`)
	assert.PanicsWithValue(t, `casefile: op "x" offers expect key "statuss", which casefile.sharedExpect lacks`, func() {
		_, _ = Parse("f", []byte(data), map[string]Op{"x": {Expect: []string{"statuss"}}}, (*shared).check)
	})
	assert.PanicsWithValue(t, `casefile: op "x" takes key "tag", which casefile.shared lacks`, func() {
		_, _ = Parse("f", []byte(data), map[string]Op{"x": {Optional: []string{"tag"}}}, (*shared).check)
	})
	type noExpect struct{ Case }
	assert.PanicsWithValue(t, "casefile: casefile.noExpect has no field tagged `json:\"expect\"`", func() {
		_, _ = Parse("f", []byte(data), map[string]Op{"x": {}}, (func(*noExpect) error)(nil))
	})
}

// ---------------------------------------------------------------------
// Runner

// The Runner tests write case files in a temporary directory. The cases
// that fail, and the run without files, run in a child process (the test
// binary itself, with casefileChild set), whose output is checked.

const casefileChild = "CASEFILE_TEST_CHILD"

func writeFiles(t *testing.T, dir string, files map[string]string) {
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644))
	}
}

// compare "runs" a count case: the library's count is the number of tags.
func compare(c *shared) (diff, explain string) {
	got := len(c.Tags)
	if c.Has("count") && c.Expect.Count != got {
		return "count: want " + jsonText(c.Expect.Count) + ", got " + jsonText(got), "  counted the tags"
	}
	return "", "  counted the tags"
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestRunnerRun(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.json": wrap(
			`{"name": "two/tags", "op": "count", "source": "s", "count": 0, "tags": ["x", "y"], "expect": {"count": 2}}`,
			`{"name": "known", "op": "count", "source": "s", "count": 0, "known_issue": "k", "expect": {"count": 5}}`),
		"b.json":     wrap(`{"name": "none", "op": "count", "source": "s", "count": 0, "expect": {"count": 0}}`),
		"other.txt":  "not a case file",
		"c.json.bak": "{",
	})
	var checked []string
	r := Runner[*shared]{
		Parse: func(file string, data []byte) ([]*shared, error) {
			return Parse(file, data, sharedOps, (*shared).check)
		},
		Compare: compare,
		CheckFile: func(t *testing.T, file string, cases []*shared) {
			checked = append(checked, filepath.Base(file)+":"+jsonText(len(cases)))
		},
	}
	cases, files := r.Run(t, filepath.Join(dir, "*.json"))
	assert.Equal(t, 3, cases)
	assert.Equal(t, 2, files)
	assert.Equal(t, []string{"a.json:2", "b.json:1"}, checked)
}

func TestRunnerFailures(t *testing.T) {
	if dir := os.Getenv(casefileChild); dir != "" {
		r := Runner[*shared]{
			Parse: func(file string, data []byte) ([]*shared, error) {
				return Parse(file, data, sharedOps, (*shared).check)
			},
			Compare: compare,
		}
		r.Run(t, filepath.Join(dir, "*.json"))
		return
	}
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"no files", nil, []string{"no case files in DIR/*.json"}},
		{"bad file", map[string]string{"bad.json": `{"family": "f"}`}, []string{
			"--- FAIL: TestRunnerFailures/bad.json",
			`DIR/bad.json: missing key "cases"`,
		}},
		{"cases", map[string]string{"cases.json": wrap(
			`{"name": "mismatch", "op": "count", "source": "rules.md §1", "count": 0, "tags": ["x"], "expect": {"count": 2}}`,
			`{"name": "malformed", "op": "count", "source": "s", "count": 0, "expect": {"cuont": 2}}`,
			`{"name": "known/issue", "op": "count", "source": "s", "count": 0, "known_issue": "not yet", "expect": {"count": 2}}`,
			`{"name": "fixed", "op": "count", "source": "s", "count": 0, "known_issue": "not yet", "expect": {"count": 0}}`,
			`{"name": "good", "op": "count", "source": "s", "count": 0, "expect": {"count": 0}}`)}, []string{
			"--- FAIL: TestRunnerFailures/cases.json/mismatch",
			`DIR/cases.json: case 1 "mismatch": mismatch (-want +got):` + "\n        count: want 2, got 1\n        source: rules.md §1\n        library said:\n          counted the tags",
			"--- FAIL: TestRunnerFailures/cases.json/malformed",
			`DIR/cases.json: case 2 "malformed": unknown key "expect.cuont" (did you mean "count"?)`,
			"--- SKIP: TestRunnerFailures/cases.json/known-issue",
			`DIR/cases.json: case 3 "known/issue": skipped: known issue: not yet` + "\n        still differs (-want +got):\n        count: want 2, got 0",
			"--- SKIP: TestRunnerFailures/cases.json/fixed",
			`DIR/cases.json: case 4 "fixed": skipped: known issue: not yet` + "\n        NOTE: the case now passes; delete its \"known_issue\" key.",
			"--- PASS: TestRunnerFailures/cases.json/good",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			cmd := exec.Command(os.Args[0], "-test.run=^TestRunnerFailures$", "-test.v")
			cmd.Env = append(os.Environ(), casefileChild+"="+dir)
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			require.ErrorAs(t, err, &ee, "the child test fails:\n%s", out)
			text := strings.ReplaceAll(string(out), filepath.ToSlash(dir), "DIR")
			for _, w := range tt.want {
				assert.Contains(t, text, w)
			}
			assert.Contains(t, text, "casefile_test.go:", "messages are reported at the runner's call of Run")
			assert.NotContains(t, text, "casefile.go:")
		})
	}
}

func TestSortedUniqueAndFlatten(t *testing.T) {
	assert.Equal(t, []string{"a", "b"}, SortedUnique([]string{"b", "a", "b"}))
	assert.Equal(t, []string{}, SortedUnique(nil))
	e1, e2, e3 := errors.New("1"), errors.New("2"), errors.New("3")
	assert.Equal(t, []error{e1, e2, e3}, Flatten(errors.Join(e1, errors.Join(e2, e3))))
	assert.Nil(t, Flatten(nil))
}
