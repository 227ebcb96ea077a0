package award_test

// The rule verification cases stored as data (testdata/*.json, one file per
// rule family) and the test that runs them. testdata/README.md describes the
// format for reviewers who do not program; this file is its reference.
//
// Every identifier here starts with "vc" (verification case) so that it
// cannot collide with the helpers of the package's other test files.

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

// vcFile is a case file: the rule family it verifies and its cases.
type vcFile struct {
	Family string            `json:"family"`
	Cases  []json.RawMessage `json:"cases"`
}

// vcCase is one verification case. Which keys are present is recorded in
// keys and expectKeys: only the keys present are inputs or checks.
type vcCase struct {
	Name        string        `json:"name"`
	Op          string        `json:"op"`
	Source      string        `json:"source"`
	Note        string        `json:"note"`
	KnownIssue  string        `json:"known_issue"`
	Regime      string        `json:"regime"`
	ExtraRounds []chibo.Date  `json:"extra_rounds"`
	Member      member.Member `json:"member"`
	Round       chibo.Date    `json:"round"`
	On          chibo.Date    `json:"on"`
	AsOf        chibo.Date    `json:"as_of"`
	Years       int           `json:"years"`
	Milestone   int           `json:"milestone"`
	Legitimate  bool          `json:"legitimate"`
	Expect      vcExpect      `json:"expect"`

	file       string
	index      int // 1-based position in the file
	keys       map[string]bool
	expectKeys []string // in file order
	regime     award.Regime
	err        error // the case is malformed
}

// vcExpect holds every check a case may make; only the keys present in the
// file are compared.
type vcExpect struct {
	Status        string     `json:"status"`
	Kind          string     `json:"kind"`
	Milestone     int        `json:"milestone"`
	Due           chibo.Date `json:"due"`
	Round         chibo.Date `json:"round"`
	DeferredUntil chibo.Date `json:"deferred_until"`
	WindowOpens   chibo.Date `json:"window_opens"`
	Missed        []int      `json:"missed"`
	Return        []int      `json:"return"`
	PartyAge      string     `json:"party_age"`
	HasPartyAge   bool       `json:"has_party_age"`
	Regime        string     `json:"regime"`
	Rules         []string   `json:"rules"`
	AbsentRules   []string   `json:"absent_rules"`
	Date          chibo.Date `json:"date"`
	Known         bool       `json:"known"`
	Amount        int64      `json:"amount"`
	BaseSalary    int64      `json:"base_salary"`
	Valid         bool       `json:"valid"`
	Errors        []string   `json:"errors"`
	Fields        []string   `json:"fields"`
	Allowed       bool       `json:"allowed"`
}

// vcOp describes an operation: the case keys it needs, the ones it may
// take, and the checks it offers.
type vcOp struct {
	required, optional, expect []string
}

var vcOps = map[string]vcOp{
	"decide": {
		required: []string{"member", "round"},
		optional: []string{"regime", "extra_rounds"},
		expect: []string{"status", "kind", "milestone", "due", "round", "deferred_until", "window_opens",
			"missed", "return", "party_age", "has_party_age", "regime", "rules", "absent_rules"},
	},
	"party-age": {required: []string{"member", "on"}, expect: []string{"party_age", "has_party_age"}},
	"reaches":   {required: []string{"member", "years"}, expect: []string{"date"}},
	"gift":      {required: []string{"milestone", "on"}, expect: []string{"known", "amount", "base_salary", "rules"}},
	"validate":  {required: []string{"member"}, optional: []string{"as_of"}, expect: []string{"valid", "errors", "fields"}},
	"reissue":   {required: []string{"member", "milestone", "legitimate", "on"}, expect: []string{"allowed", "rules"}},
}

// vcCommon are the keys every case may have; name, op, source and expect
// are required.
var vcCommon = []string{"name", "op", "source", "note", "known_issue", "expect"}

var vcOpNames = func() []string {
	var s []string
	for k := range vcOps {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}()

// vcRuleIDs are the rule identifiers a case may name in rules and
// absent_rules; a misspelt one is a malformed case, not a silent pass.
var vcRuleIDs = []string{
	award.RuleRegime, award.RuleNoRecord, award.RuleOutside, award.RuleReturn,
	award.RuleProbationary, award.RulePartyAge, award.RuleNotCounted, award.RuleMilestone,
	award.RuleMissed, award.RuleTransition45, award.RuleRound, award.RulePosthumous,
	award.RuleEarlyPosthumous, award.RuleEarlyIllness, award.RuleDeferred, award.RuleNotDue,
	award.RuleAllReceived, award.RuleFrozen, award.RuleGift, award.RuleGift + ".base-salary",
	award.RuleReissue,
}

// vcSentinels are the errors of member.Validate, by the name a case uses.
var vcSentinels = []struct {
	name string
	err  error
}{
	{"ErrMissing", member.ErrMissing},
	{"ErrOrder", member.ErrOrder},
	{"ErrOverlap", member.ErrOverlap},
	{"ErrOutsideMembership", member.ErrOutsideMembership},
	{"ErrFuture", member.ErrFuture},
	{"ErrDisciplineForm", member.ErrDisciplineForm},
	{"ErrBadge", member.ErrBadge},
	{"ErrReadmission", member.ErrReadmission},
	{"ErrInvalidValue", member.ErrInvalidValue},
}

var vcPartyAgeRE = regexp.MustCompile(`^[0-9]+y [0-9]+m [0-9]+d$`)

func vcRegimeByName(name string) (award.Regime, bool) {
	for _, r := range append(award.Regimes(), award.Regime2021Handbook) {
		if r.Name == name {
			return r, true
		}
	}
	return award.Regime{}, false
}

func vcRegimeNames() []string {
	var s []string
	for _, r := range append(award.Regimes(), award.Regime2021Handbook) {
		s = append(s, r.Name)
	}
	return s
}

func vcStatuses() []string {
	var s []string
	for st := award.NotDue; st <= award.Invalid; st++ {
		s = append(s, st.String())
	}
	return s
}

func vcKinds() []string {
	var s []string
	for k := award.Regular; k <= award.EarlyPosthumous; k++ {
		s = append(s, k.String())
	}
	return s
}

// ---------------------------------------------------------------------
// Strict decoding

// vcField is one key of a JSON object with its raw value.
type vcField struct {
	key string
	raw json.RawMessage
}

// vcObject reads a JSON object keeping its keys in order. It returns the
// first key that appears twice, if any.
func vcObject(raw []byte) (fields []vcField, dup string, err error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, "", err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, "", fmt.Errorf("want an object in { }, got %s", vcShort(raw))
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, "", err
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, "", err
		}
		if seen[key] && dup == "" {
			dup = key
		}
		seen[key] = true
		fields = append(fields, vcField{key, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, "", err
	}
	return fields, dup, nil
}

// vcJSONFields maps the JSON names of t's tagged fields to their types.
func vcJSONFields(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("json")
		if !ok || !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	return m
}

var vcTextUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// vcCheckValue checks raw against type t, key by key and with exact
// spelling (encoding/json alone matches keys case-insensitively), and
// returns an error naming the path of the first key that is wrong.
func vcCheckValue(raw json.RawMessage, t reflect.Type, path string) error {
	raw = bytes.TrimSpace(raw)
	if string(raw) == "null" {
		return fmt.Errorf("key %q: null is not allowed; leave the key out instead", path)
	}
	if reflect.PointerTo(t).Implements(vcTextUnmarshaler) {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return fmt.Errorf("key %q: want text in quotes, got %s", path, vcShort(raw))
		}
		v := reflect.New(t)
		if err := v.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			return fmt.Errorf("key %q: %v", path, err)
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Struct:
		fields, dup, err := vcObject(raw)
		if err != nil {
			return fmt.Errorf("key %q: %v", path, err)
		}
		if dup != "" {
			return fmt.Errorf("key %q appears twice", vcJoin(path, dup))
		}
		byName := vcJSONFields(t)
		for _, f := range fields {
			ft, ok := byName[f.key]
			if !ok {
				return vcUnknownKey(vcJoin(path, f.key), f.key, slices.Collect(vcKeys(byName)))
			}
			if err := vcCheckValue(f.raw, ft, vcJoin(path, f.key)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		var elems []json.RawMessage
		if err := json.Unmarshal(raw, &elems); err != nil {
			return fmt.Errorf("key %q: want a list in [ ], got %s", path, vcShort(raw))
		}
		for i, e := range elems {
			if err := vcCheckValue(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	default:
		if err := json.Unmarshal(raw, reflect.New(t).Interface()); err != nil {
			return fmt.Errorf("key %q: want %s, got %s", path, vcWant(t), vcShort(raw))
		}
	}
	return nil
}

func vcKeys(m map[string]reflect.Type) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func vcJoin(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func vcWant(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.String:
		return "text in quotes"
	case reflect.Slice:
		return "a list in [ ]"
	case reflect.Struct:
		return "an object in { }"
	}
	return t.String()
}

func vcShort(raw []byte) string {
	s := string(bytes.TrimSpace(raw))
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return s
}

// vcUnknownKey reports an unknown key, suggesting the closest known one.
func vcUnknownKey(path, key string, known []string) error {
	best, bestD := "", 3
	for _, k := range known {
		if d := vcDistance(key, k); d < bestD {
			best, bestD = k, d
		}
	}
	if best != "" {
		return fmt.Errorf("unknown key %q (did you mean %q?)", path, best)
	}
	sort.Strings(known)
	return fmt.Errorf("unknown key %q (known keys: %s)", path, strings.Join(known, ", "))
}

// vcDistance is the Levenshtein distance between a and b.
func vcDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// vcLineCol converts a byte offset to a line and column, both from 1.
func vcLineCol(data []byte, off int64) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(data) && int64(i) < off-1; i++ {
		if data[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// vcParseFile parses a case file. A file-level problem is returned as the
// error; a problem with one case is stored in that case's err, so that the
// other cases still run. file is the name used in messages
// ("testdata/early.json").
func vcParseFile(file string, data []byte) ([]*vcCase, error) {
	var anyv any
	if err := json.Unmarshal(data, &anyv); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := vcLineCol(data, se.Offset)
			return nil, fmt.Errorf("%s: line %d, column %d: invalid JSON: %v", file, line, col, se)
		}
		return nil, fmt.Errorf("%s: invalid JSON: %v", file, err)
	}
	fields, dup, err := vcObject(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	if dup != "" {
		return nil, fmt.Errorf("%s: key %q appears twice", file, dup)
	}
	present := map[string]bool{}
	for _, f := range fields {
		if f.key != "family" && f.key != "cases" {
			return nil, fmt.Errorf("%s: %v", file, vcUnknownKey(f.key, f.key, []string{"family", "cases"}))
		}
		present[f.key] = true
	}
	for _, k := range []string{"family", "cases"} {
		if !present[k] {
			return nil, fmt.Errorf("%s: missing key %q", file, k)
		}
	}
	var cf vcFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cf); err != nil {
		return nil, fmt.Errorf("%s: key \"family\" must be text and \"cases\" a list: %v", file, err)
	}
	if strings.TrimSpace(cf.Family) == "" {
		return nil, fmt.Errorf("%s: key %q is empty", file, "family")
	}
	if len(cf.Cases) == 0 {
		return nil, fmt.Errorf("%s: key %q is empty: a file needs at least one case", file, "cases")
	}
	cases := make([]*vcCase, len(cf.Cases))
	names := map[string]int{}
	for i, raw := range cf.Cases {
		c := vcParseCase(file, i+1, raw)
		if c.err == nil && c.Name != "" {
			if j, ok := names[c.Name]; ok {
				c.err = c.errorf("name %q is already used by case %d; every case needs its own name", c.Name, j)
			} else {
				names[c.Name] = i + 1
			}
		}
		cases[i] = c
	}
	return cases, nil
}

func (c *vcCase) errorf(format string, args ...any) error {
	who := fmt.Sprintf("case %d", c.index)
	if c.Name != "" {
		who += fmt.Sprintf(" %q", c.Name)
	} else {
		who += " (no name)"
	}
	return fmt.Errorf("%s: %s: %s", c.file, who, fmt.Sprintf(format, args...))
}

func vcParseCase(file string, index int, raw json.RawMessage) *vcCase {
	c := &vcCase{file: file, index: index, keys: map[string]bool{}}
	fields, dup, err := vcObject(raw)
	if err != nil {
		c.err = c.errorf("%v", err)
		return c
	}
	// The name first, so that every later message can quote it.
	for _, f := range fields {
		if f.key == "name" {
			_ = json.Unmarshal(f.raw, &c.Name)
		}
	}
	if dup != "" {
		c.err = c.errorf("key %q appears twice", dup)
		return c
	}
	caseTypes := vcJSONFields(reflect.TypeFor[vcCase]())
	known := slices.Collect(vcKeys(caseTypes))
	for _, f := range fields {
		if _, ok := caseTypes[f.key]; !ok {
			c.err = c.errorf("%v", vcUnknownKey(f.key, f.key, known))
			return c
		}
		c.keys[f.key] = true
	}
	for _, k := range []string{"name", "op", "source", "expect"} {
		if !c.keys[k] {
			c.err = c.errorf("missing key %q", k)
			return c
		}
	}
	var opName string
	for _, f := range fields {
		if f.key == "op" {
			if err := json.Unmarshal(f.raw, &opName); err != nil {
				c.err = c.errorf("key %q: want text in quotes, got %s", "op", vcShort(f.raw))
				return c
			}
		}
	}
	op, ok := vcOps[opName]
	if !ok {
		c.err = c.errorf("key %q: unknown op %q (want one of: %s)", "op", opName, strings.Join(vcOpNames, ", "))
		return c
	}
	for _, f := range fields {
		if !slices.Contains(vcCommon, f.key) && !slices.Contains(op.required, f.key) && !slices.Contains(op.optional, f.key) {
			c.err = c.errorf("key %q is not used by op %q (it takes: %s)", f.key, opName,
				strings.Join(append(append([]string(nil), op.required...), op.optional...), ", "))
			return c
		}
	}
	for _, k := range op.required {
		if !c.keys[k] {
			c.err = c.errorf("missing key %q (op %q needs it)", k, opName)
			return c
		}
	}
	// The keys of expect: known, and offered by the op.
	expectTypes := vcJSONFields(reflect.TypeFor[vcExpect]())
	for _, f := range fields {
		if f.key != "expect" {
			continue
		}
		ef, edup, err := vcObject(f.raw)
		if err != nil {
			c.err = c.errorf("key %q: %v", "expect", err)
			return c
		}
		if edup != "" {
			c.err = c.errorf("key %q appears twice", "expect."+edup)
			return c
		}
		if len(ef) == 0 {
			c.err = c.errorf("key %q is empty: it must check something (op %q offers: %s)", "expect", opName, strings.Join(op.expect, ", "))
			return c
		}
		for _, e := range ef {
			if _, ok := expectTypes[e.key]; !ok {
				c.err = c.errorf("%v", vcUnknownKey("expect."+e.key, e.key, op.expect))
				return c
			}
			if !slices.Contains(op.expect, e.key) {
				c.err = c.errorf("key %q is not used by op %q (it checks: %s)", "expect."+e.key, opName, strings.Join(op.expect, ", "))
				return c
			}
			c.expectKeys = append(c.expectKeys, e.key)
		}
	}
	// Every value, down to the member's gaps, with exact key spelling.
	for _, f := range fields {
		if err := vcCheckValue(f.raw, caseTypes[f.key], f.key); err != nil {
			c.err = c.errorf("%v", err)
			return c
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(c); err != nil {
		c.err = c.errorf("%v", err)
		return c
	}
	c.err = c.checkValues()
	return c
}

// checkValues checks what the types cannot: empty texts and dates, known
// regime, status, kind, rule and error names.
func (c *vcCase) checkValues() error {
	for _, k := range []struct {
		key string
		s   string
	}{{"name", c.Name}, {"source", c.Source}, {"known_issue", c.KnownIssue}, {"note", c.Note}} {
		if c.keys[k.key] && strings.TrimSpace(k.s) == "" {
			return c.errorf("key %q is empty", k.key)
		}
	}
	for _, k := range []struct {
		key string
		d   chibo.Date
	}{{"round", c.Round}, {"on", c.On}, {"as_of", c.AsOf}} {
		if c.keys[k.key] && k.d.IsZero() {
			return c.errorf("key %q: a date is required (YYYY-MM-DD or DD/MM/YYYY)", k.key)
		}
	}
	for i, d := range c.ExtraRounds {
		if d.IsZero() {
			return c.errorf("key \"extra_rounds[%d]\": a date is required", i)
		}
	}
	if c.keys["years"] && c.Years <= 0 {
		return c.errorf("key %q: want a positive number of years, got %d", "years", c.Years)
	}
	if c.keys["regime"] {
		r, ok := vcRegimeByName(c.Regime)
		if !ok {
			return c.errorf("key %q: unknown regime %q (want one of: %s)", "regime", c.Regime, strings.Join(vcRegimeNames(), ", "))
		}
		c.regime = r
	}
	e := &c.Expect
	has := func(k string) bool { return slices.Contains(c.expectKeys, k) }
	if has("status") && !slices.Contains(vcStatuses(), e.Status) {
		return c.errorf("key %q: unknown status %q (want one of: %s)", "expect.status", e.Status, strings.Join(vcStatuses(), ", "))
	}
	if has("kind") && !slices.Contains(vcKinds(), e.Kind) {
		return c.errorf("key %q: unknown kind %q (want one of: %s)", "expect.kind", e.Kind, strings.Join(vcKinds(), ", "))
	}
	if has("regime") {
		if _, ok := vcRegimeByName(e.Regime); !ok {
			return c.errorf("key %q: unknown regime %q (want one of: %s)", "expect.regime", e.Regime, strings.Join(vcRegimeNames(), ", "))
		}
	}
	for _, k := range []struct {
		key string
		ys  []int
	}{{"missed", e.Missed}, {"return", e.Return}} {
		for i, y := range k.ys {
			if !member.IsMilestone(y) {
				return c.errorf("key \"expect.%s[%d]\": %d is not a milestone (30, 40, 45, 50, …, 90)", k.key, i, y)
			}
		}
	}
	if has("party_age") {
		if !vcPartyAgeRE.MatchString(e.PartyAge) {
			return c.errorf("key %q: want years, months and days as \"54y 6m 0d\", got %q", "expect.party_age", e.PartyAge)
		}
		if has("has_party_age") && !e.HasPartyAge {
			return c.errorf("key %q contradicts \"expect.has_party_age\": false; leave one out", "expect.party_age")
		}
	}
	for _, k := range []struct {
		key string
		ids []string
	}{{"rules", e.Rules}, {"absent_rules", e.AbsentRules}} {
		for i, id := range k.ids {
			if !slices.Contains(vcRuleIDs, id) {
				return c.errorf("key \"expect.%s[%d]\": unknown rule id %q (known: %s)", k.key, i, id, strings.Join(vcRuleIDs, ", "))
			}
			if k.key == "absent_rules" && slices.Contains(e.Rules, id) {
				return c.errorf("key \"expect.absent_rules[%d]\": rule %q is also in \"expect.rules\"", i, id)
			}
		}
	}
	for i, n := range e.Errors {
		if !slices.ContainsFunc(vcSentinels, func(s struct {
			name string
			err  error
		}) bool {
			return s.name == n
		}) {
			var names []string
			for _, s := range vcSentinels {
				names = append(names, s.name)
			}
			return c.errorf("key \"expect.errors[%d]\": unknown error %q (want one of: %s)", i, n, strings.Join(names, ", "))
		}
	}
	if has("valid") && e.Valid && (has("errors") || has("fields")) {
		return c.errorf("key %q is true but \"expect.errors\" or \"expect.fields\" lists problems; leave one out", "expect.valid")
	}
	if has("errors") && len(e.Errors) == 0 {
		return c.errorf("key %q is empty: write \"valid\": true for a record with no error", "expect.errors")
	}
	return nil
}

// ---------------------------------------------------------------------
// Running a case

// vcRun runs a case and returns what it expects and what the library gives,
// for the keys of expect only, and the library's explanation for a failure
// message.
func vcRun(c *vcCase) (want, got map[string]any, explain string) {
	want, got = map[string]any{}, map[string]any{}
	e := &c.Expect
	m := c.Member
	var reasons []chibo.Reason
	var lines []string
	switch c.Op {
	case "decide":
		r := award.RegimeOn(c.Round)
		if c.keys["regime"] {
			r = c.regime
		}
		if c.keys["extra_rounds"] {
			r.Rounds.Extra = slices.Clone(c.ExtraRounds)
		}
		d := r.Decide(&m, c.Round)
		reasons = d.Reasons
		lines = append(lines, fmt.Sprintf("regime %s; status %s, kind %s, milestone %d, due %s, round %s, deferred until %s, window opens %s, missed %v, return %v, party age %s",
			d.Regime, d.Status, d.Kind, d.Milestone, vcShow(d.Due), vcShow(d.Round), vcShow(d.DeferredUntil), vcShow(d.WindowOpens),
			d.Missed.List(), d.Return, vcSpan(d.PartyAge, d.HasPartyAge)))
		for _, k := range c.expectKeys {
			switch k {
			case "status":
				want[k], got[k] = e.Status, d.Status.String()
			case "kind":
				want[k], got[k] = e.Kind, d.Kind.String()
			case "milestone":
				want[k], got[k] = e.Milestone, d.Milestone
			case "due":
				want[k], got[k] = vcDate(e.Due), vcDate(d.Due)
			case "round":
				want[k], got[k] = vcDate(e.Round), vcDate(d.Round)
			case "deferred_until":
				want[k], got[k] = vcDate(e.DeferredUntil), vcDate(d.DeferredUntil)
			case "window_opens":
				want[k], got[k] = vcDate(e.WindowOpens), vcDate(d.WindowOpens)
			case "missed":
				want[k], got[k] = vcSorted(e.Missed), vcSorted(d.Missed.List())
			case "return":
				want[k], got[k] = vcSorted(e.Return), vcSorted(d.Return)
			case "party_age":
				want[k], got[k] = e.PartyAge, vcSpan(d.PartyAge, d.HasPartyAge)
			case "has_party_age":
				want[k], got[k] = e.HasPartyAge, d.HasPartyAge
			case "regime":
				want[k], got[k] = e.Regime, d.Regime
			}
		}
	case "party-age":
		s, ok := m.PartyAge(c.On)
		lines = append(lines, fmt.Sprintf("party age on %s: %s", c.On, vcSpan(s, ok)))
		for _, k := range c.expectKeys {
			switch k {
			case "party_age":
				want[k], got[k] = e.PartyAge, vcSpan(s, ok)
			case "has_party_age":
				want[k], got[k] = e.HasPartyAge, ok
			}
		}
	case "reaches":
		d := m.ReachesOn(c.Years)
		lines = append(lines, fmt.Sprintf("reaches %d years on %s", c.Years, vcShow(d)))
		want["date"], got["date"] = vcDate(e.Date), vcDate(d)
	case "gift":
		g := award.GiftFor(c.Milestone, c.On)
		reasons = g.Reasons
		lines = append(lines, fmt.Sprintf("gift: known %t, amount %d, base salary %d", g.Known, g.Amount, g.BaseSalary.Amount))
		for _, k := range c.expectKeys {
			switch k {
			case "known":
				want[k], got[k] = e.Known, g.Known
			case "amount":
				want[k], got[k] = e.Amount, g.Amount
			case "base_salary":
				want[k], got[k] = e.BaseSalary, g.BaseSalary.Amount
			}
		}
	case "validate":
		err := m.Validate(c.AsOf)
		names, fields := vcValidation(err)
		for _, fe := range vcFlatten(err) {
			lines = append(lines, "error: "+fe.Error())
		}
		for _, k := range c.expectKeys {
			switch k {
			case "valid":
				want[k], got[k] = e.Valid, err == nil
			case "errors":
				want[k], got[k] = vcSortedStrings(e.Errors), names
			case "fields":
				want[k], got[k] = vcSortedStrings(e.Fields), fields
			}
		}
	case "reissue":
		ok, rs := award.Reissue(&m, c.Milestone, c.Legitimate, c.On)
		reasons = rs
		lines = append(lines, fmt.Sprintf("reissue allowed: %t", ok))
		if slices.Contains(c.expectKeys, "allowed") {
			want["allowed"], got["allowed"] = e.Allowed, ok
		}
	}
	// rules and absent_rules: one map, rule id → present.
	if slices.Contains(c.expectKeys, "rules") || slices.Contains(c.expectKeys, "absent_rules") {
		wr, gr := map[string]bool{}, map[string]bool{}
		for _, id := range e.Rules {
			wr[id] = true
		}
		for _, id := range e.AbsentRules {
			wr[id] = false
		}
		for id := range wr {
			gr[id] = slices.ContainsFunc(reasons, func(r chibo.Reason) bool { return r.Rule == id })
		}
		want["rules"], got["rules"] = wr, gr
	}
	for _, r := range reasons {
		lines = append(lines, fmt.Sprintf("reason %s: %s", r.Rule, r.EN))
	}
	return want, got, "  " + strings.Join(lines, "\n  ")
}

func vcDate(d chibo.Date) string { return d.String() }

// vcShow prints a date for people: "none" for no date.
func vcShow(d chibo.Date) string {
	if d.IsZero() {
		return "none"
	}
	return d.String()
}

func vcSpan(s chibo.Span, ok bool) string {
	if !ok {
		return "none (no party age)"
	}
	return s.String()
}

func vcSorted(v []int) []int {
	out := append([]int{}, v...)
	sort.Ints(out)
	return out
}

func vcSortedStrings(v []string) []string {
	out := []string{}
	for _, s := range v {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// vcFlatten returns the errors joined in err.
func vcFlatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, vcFlatten(e)...)
		}
		return out
	}
	return []error{err}
}

// vcValidation returns the sentinel names and the fields of the errors
// Validate returned, each sorted and without repeats.
func vcValidation(err error) (names, fields []string) {
	names, fields = []string{}, []string{}
	for _, e := range vcFlatten(err) {
		name := "not a sentinel: " + e.Error()
		for _, s := range vcSentinels {
			if errors.Is(e, s.err) {
				name = s.name
				break
			}
		}
		names = append(names, name)
		var fe *member.FieldError
		if errors.As(e, &fe) {
			fields = append(fields, fe.Field)
		} else {
			fields = append(fields, "not a *member.FieldError: "+e.Error())
		}
	}
	return vcSortedStrings(names), vcSortedStrings(fields)
}

// vcTestName is the subtest name of a case; "/" would split it into
// levels of -run, so it becomes "-".
func vcTestName(c *vcCase) string {
	if c.Name == "" {
		return fmt.Sprintf("case %d", c.index)
	}
	return strings.ReplaceAll(c.Name, "/", "-")
}

// ---------------------------------------------------------------------
// Tests

// TestCases runs every case of testdata/*.json (not subdirectories).
func TestCases(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no case files in testdata/*.json")
	}
	total := 0
	for _, path := range paths {
		file := "testdata/" + filepath.Base(path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			cases, err := vcParseFile(file, data)
			if err != nil {
				t.Fatal(err)
			}
			total += len(cases)
			for _, c := range cases {
				t.Run(vcTestName(c), func(t *testing.T) {
					if c.err != nil {
						t.Fatal(c.err)
					}
					want, got, explain := vcRun(c)
					diff := cmp.Diff(want, got)
					if c.KnownIssue != "" {
						if diff == "" {
							t.Skipf("%s: known issue: %s\nNOTE: the case now passes; delete its \"known_issue\" key.", c.errorf("skipped"), c.KnownIssue)
						}
						t.Skipf("%s: known issue: %s\nstill differs (-want +got):\n%s", c.errorf("skipped"), c.KnownIssue, diff)
					}
					if diff != "" {
						t.Errorf("%s\nsource: %s\nlibrary said:\n%s", c.errorf("mismatch (-want +got):\n%s", diff), c.Source, explain)
					}
				})
			}
		})
	}
	t.Logf("%d verification cases in %d files", total, len(paths))
}

// TestCaseFileErrors feeds malformed case files to the parser and checks
// that each message names the file, the case and the key that is wrong.
func TestCaseFileErrors(t *testing.T) {
	const member1 = `{"id": "x", "name": "X", "decision_date": "1996-04-01", "official_date": "1997-04-01"}`
	wrap := func(cases ...string) string {
		return `{"family": "test", "cases": [` + strings.Join(cases, ",\n") + `]}`
	}
	decide := func(name, extra string) string {
		return `{"name": "` + name + `", "op": "decide", "source": "s", "member": ` + member1 +
			`, "round": "2026-05-19"` + extra + `}`
	}
	good := decide("good", `, "expect": {"status": "eligible"}`)
	tests := []struct {
		name, data, want string
	}{
		{"misspelt expect", wrap(good, decide("b", `, "expect": {"status": "eligible"}`), decide("T10 x", `, "expcet": {"status": "eligible"}`)),
			`testdata/bad.json: case 3 "T10 x": unknown key "expcet" (did you mean "expect"?)`},
		{"unknown expect key", wrap(decide("a", `, "expect": {"statuss": "eligible"}`)),
			`testdata/bad.json: case 1 "a": unknown key "expect.statuss" (did you mean "status"?)`},
		{"expect key of another op", wrap(decide("a", `, "expect": {"amount": 5}`)),
			`testdata/bad.json: case 1 "a": key "expect.amount" is not used by op "decide"`},
		{"case key of another op", wrap(decide("a", `, "years": 30, "expect": {"status": "eligible"}`)),
			`testdata/bad.json: case 1 "a": key "years" is not used by op "decide"`},
		{"misspelt member key", wrap(`{"name": "a", "op": "decide", "source": "s", "round": "2026-05-19", "member": {"id": "x", "name": "X", "decison_date": "1996-04-01"}, "expect": {"status": "eligible"}}`),
			`testdata/bad.json: case 1 "a": unknown key "member.decison_date" (did you mean "decision_date"?)`},
		{"member key in other case", wrap(`{"name": "a", "op": "decide", "source": "s", "round": "2026-05-19", "member": {"id": "x", "Name": "X", "decision_date": "1996-04-01"}, "expect": {"status": "eligible"}}`),
			`testdata/bad.json: case 1 "a": unknown key "member.Name" (did you mean "name"?)`},
		{"nested gap key", wrap(`{"name": "a", "op": "reaches", "source": "s", "years": 30, "member": {"id": "x", "name": "X", "decision_date": "1996-04-01", "gaps": [{"kind": "lost-contact", "from": "2000-01-01", "until": "2000-02-01"}]}, "expect": {"date": "2026-04-01"}}`),
			`testdata/bad.json: case 1 "a": unknown key "member.gaps[0].until" (known keys: cause, from, kind, to)`},
		{"bad gap kind", wrap(`{"name": "a", "op": "reaches", "source": "s", "years": 30, "member": {"id": "x", "name": "X", "decision_date": "1996-04-01", "gaps": [{"kind": "lost", "from": "2000-01-01"}]}, "expect": {"date": "2026-04-01"}}`),
			`testdata/bad.json: case 1 "a": key "member.gaps[0].kind": member: unknown gap kind "lost"`},
		{"missing source", wrap(good, `{"name": "b", "op": "gift", "milestone": 30, "on": "2026-02-03", "expect": {"known": true}}`),
			`testdata/bad.json: case 2 "b": missing key "source"`},
		{"missing name", wrap(`{"op": "gift", "source": "s", "milestone": 30, "on": "2026-02-03", "expect": {"known": true}}`),
			`testdata/bad.json: case 1 (no name): missing key "name"`},
		{"missing op input", wrap(`{"name": "a", "op": "decide", "source": "s", "member": ` + member1 + `, "expect": {"status": "eligible"}}`),
			`testdata/bad.json: case 1 "a": missing key "round" (op "decide" needs it)`},
		{"unknown op", wrap(`{"name": "a", "op": "decied", "source": "s", "expect": {"status": "eligible"}}`),
			`testdata/bad.json: case 1 "a": key "op": unknown op "decied"`},
		{"unknown regime", wrap(decide("a", `, "regime": "2020", "expect": {"status": "eligible"}`)),
			`testdata/bad.json: case 1 "a": key "regime": unknown regime "2020" (want one of: 2011, 2016, 2021, 2025, 2026, 2021-handbook)`},
		{"bad round date", wrap(`{"name": "a", "op": "decide", "source": "s", "member": ` + member1 + `, "round": "2026-02-30", "expect": {"status": "eligible"}}`),
			`testdata/bad.json: case 1 "a": key "round": chibo: date out of range: "2026-02-30"`},
		{"empty round date", wrap(`{"name": "a", "op": "decide", "source": "s", "member": ` + member1 + `, "round": "", "expect": {"status": "eligible"}}`),
			`testdata/bad.json: case 1 "a": key "round": a date is required`},
		{"bad member date", wrap(`{"name": "a", "op": "decide", "source": "s", "round": "2026-05-19", "member": {"id": "x", "name": "X", "decision_date": "1996-04-01", "official_date": "1997/04/01"}, "expect": {"status": "eligible"}}`),
			`testdata/bad.json: case 1 "a": key "member.official_date": chibo: invalid date syntax`},
		{"bad expect date", wrap(decide("a", `, "expect": {"due": "1 April 2026"}`)),
			`testdata/bad.json: case 1 "a": key "expect.due": chibo: invalid date syntax`},
		{"wrong type", wrap(`{"name": "a", "op": "reaches", "source": "s", "years": "30", "member": ` + member1 + `, "expect": {"date": "2026-04-01"}}`),
			`testdata/bad.json: case 1 "a": key "years": want a whole number, got "30"`},
		{"wrong type in member", wrap(`{"name": "a", "op": "reaches", "source": "s", "years": 30, "member": {"id": "x", "name": "X", "decision_date": "1996-04-01", "badges": ["30"]}, "expect": {"date": "2026-04-01"}}`),
			`testdata/bad.json: case 1 "a": key "member.badges[0]": want a whole number, got "30"`},
		{"duplicate key", wrap(decide("a", `, "round": "2026-09-02", "expect": {"status": "eligible"}`)),
			`testdata/bad.json: case 1 "a": key "round" appears twice`},
		{"null", wrap(decide("a", `, "regime": null, "expect": {"status": "eligible"}`)),
			`testdata/bad.json: case 1 "a": key "regime": null is not allowed`},
		{"unknown status", wrap(decide("a", `, "expect": {"status": "eligable"}`)),
			`testdata/bad.json: case 1 "a": key "expect.status": unknown status "eligable"`},
		{"unknown kind", wrap(decide("a", `, "expect": {"kind": "early"}`)),
			`testdata/bad.json: case 1 "a": key "expect.kind": unknown kind "early"`},
		{"unknown rule", wrap(decide("a", `, "expect": {"rules": ["award.early.ilness"]}`)),
			`testdata/bad.json: case 1 "a": key "expect.rules[0]": unknown rule id "award.early.ilness"`},
		{"unknown error name", wrap(`{"name": "a", "op": "validate", "source": "s", "member": ` + member1 + `, "expect": {"errors": ["ErrOrdre"]}}`),
			`testdata/bad.json: case 1 "a": key "expect.errors[0]": unknown error "ErrOrdre"`},
		{"valid and errors", wrap(`{"name": "a", "op": "validate", "source": "s", "member": ` + member1 + `, "expect": {"valid": true, "errors": ["ErrOrder"]}}`),
			`testdata/bad.json: case 1 "a": key "expect.valid" is true but`},
		{"empty expect", wrap(decide("a", `, "expect": {}`)),
			`testdata/bad.json: case 1 "a": key "expect" is empty`},
		{"bad party age", wrap(decide("a", `, "expect": {"party_age": "30 years"}`)),
			`testdata/bad.json: case 1 "a": key "expect.party_age": want years, months and days`},
		{"missed not a milestone", wrap(decide("a", `, "expect": {"missed": [35]}`)),
			`testdata/bad.json: case 1 "a": key "expect.missed[0]": 35 is not a milestone`},
		{"empty known issue", wrap(decide("a", `, "known_issue": " ", "expect": {"status": "eligible"}`)),
			`testdata/bad.json: case 1 "a": key "known_issue" is empty`},
		{"duplicate name", wrap(good, good),
			`testdata/bad.json: case 2 "good": name "good" is already used by case 1`},
		{"case not an object", wrap(good, `["a"]`),
			`testdata/bad.json: case 2 (no name): want an object in { }`},
		{"unknown file key", `{"family": "f", "famly": "g", "cases": [` + good + `]}`,
			`testdata/bad.json: unknown key "famly" (did you mean "family"?)`},
		{"missing family", `{"cases": [` + good + `]}`,
			`testdata/bad.json: missing key "family"`},
		{"no cases", `{"family": "f", "cases": []}`,
			`testdata/bad.json: key "cases" is empty`},
		{"syntax error", "{\"family\": \"f\",\n \"cases\": [\n  {\"name\": \"a\",}\n]}",
			`testdata/bad.json: line 3, column 16: invalid JSON`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, err := vcParseFile("testdata/bad.json", []byte(tt.data))
			var msgs []string
			if err != nil {
				msgs = append(msgs, err.Error())
			}
			for _, c := range cases {
				if c.err != nil {
					msgs = append(msgs, c.err.Error())
				}
			}
			all := strings.Join(msgs, "\n")
			if !strings.Contains(all, tt.want) {
				t.Errorf("want a message containing\n\t%s\ngot\n\t%s", tt.want, strings.ReplaceAll(all, "\n", "\n\t"))
			}
		})
	}
}

// TestCaseFileGood checks that a well-formed file parses with every key and
// that a malformed case does not stop the others.
func TestCaseFileGood(t *testing.T) {
	data := `{"family": "f", "cases": [
	  {"name": "a", "op": "decide", "source": "s", "note": "n", "regime": "2021-handbook",
	   "extra_rounds": ["2026-03-26"], "round": "19/05/2026",
	   "member": {"id": "x", "name": "X", "born": "1970-01-01", "gender": "female", "decision_date": "1996-04-01",
	     "card_date": "1996-04-02", "ceremony_date": "1996-04-15", "official_date": "1997-04-15",
	     "gaps": [{"kind": "lost-contact", "from": "2000-01-01", "to": "2000-01-31"}],
	     "discipline": [{"form": "khien-trach", "date": "2026-03-01"}],
	     "transfers": [{"from": "2010-01-01", "to": "2010-06-30", "branch": "b"}],
	     "badges": [], "exempt": true, "seriously_ill": false, "branch": "b"},
	   "expect": {"status": "eligible", "rules": ["award.milestone.due"], "absent_rules": ["award.discipline.deferral"]}},
	  {"name": "b", "op": "gift", "source": "s", "milestone": 30, "on": "2026-02-03", "expcet": {}},
	  {"name": "c", "op": "gift", "source": "s", "milestone": 30, "on": "2026-02-03", "known_issue": "k", "expect": {"known": true}}
	]}`
	cases, err := vcParseFile("testdata/good.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 3 {
		t.Fatalf("got %d cases, want 3", len(cases))
	}
	if cases[0].err != nil || cases[2].err != nil {
		t.Fatalf("good cases rejected: %v; %v", cases[0].err, cases[2].err)
	}
	if cases[1].err == nil {
		t.Fatal("case 2 with a misspelt key was accepted")
	}
	c := cases[0]
	if c.regime.Name != "2021-handbook" || c.Round != chibo.DateOf(2026, 5, 19) || len(c.Member.Gaps) != 1 ||
		c.Member.Discipline[0].Form != member.Reprimand || c.ExtraRounds[0] != chibo.DateOf(2026, 3, 26) {
		t.Errorf("case decoded wrongly: %+v", c)
	}
	if want := []string{"status", "rules", "absent_rules"}; !slices.Equal(c.expectKeys, want) {
		t.Errorf("expect keys %v, want %v", c.expectKeys, want)
	}
}
