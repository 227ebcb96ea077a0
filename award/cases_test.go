package award_test

// The rule verification cases stored as data (testdata/*.json, one file per
// rule family) and the test that runs them. testdata/README.md describes the
// format for reviewers who do not program; this file is its reference.
//
// The strict decoding, the file envelope and the running of the cases as
// subtests are those of internal/casefile; what is here is what the award
// cases mean.
//
// Every identifier here starts with "vc" (verification case) so that it
// cannot collide with the helpers of the package's other test files.

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/internal/casefile"
	"github.com/chibo-go/chibo/member"
)

// vcCase is one verification case. Which keys are present is recorded in
// Keys and ExpectKeys: only the keys present are inputs or checks.
type vcCase struct {
	casefile.Case

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

	regime award.Regime
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

// Spec gives casefile.Parse the keys of the op.
func (o vcOp) Spec() casefile.Op {
	return casefile.Op{Required: o.required, Optional: o.optional, Expect: o.expect}
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

// vcParseFile parses a case file: see casefile.Parse. file is the name used
// in messages ("testdata/early.json").
func vcParseFile(file string, data []byte) ([]*vcCase, error) {
	return casefile.Parse(file, data, vcOps, (*vcCase).checkValues, casefile.SuggestInOpOrder)
}

// checkValues checks what the types cannot (casefile.Parse has checked
// that the texts are not empty): empty dates, known regime, status, kind,
// rule and error names.
func (c *vcCase) checkValues() error {
	for _, k := range []struct {
		key string
		d   chibo.Date
	}{{"round", c.Round}, {"on", c.On}, {"as_of", c.AsOf}} {
		if c.Keys[k.key] && k.d.IsZero() {
			return c.Errorf("key %q: a date is required (YYYY-MM-DD or DD/MM/YYYY)", k.key)
		}
	}
	for i, d := range c.ExtraRounds {
		if d.IsZero() {
			return c.Errorf("key \"extra_rounds[%d]\": a date is required", i)
		}
	}
	if c.Keys["years"] && c.Years <= 0 {
		return c.Errorf("key %q: want a positive number of years, got %d", "years", c.Years)
	}
	if c.Keys["regime"] {
		r, ok := vcRegimeByName(c.Regime)
		if !ok {
			return c.Errorf("key %q: unknown regime %q (want one of: %s)", "regime", c.Regime, strings.Join(vcRegimeNames(), ", "))
		}
		c.regime = r
	}
	e := &c.Expect
	has := func(k string) bool { return slices.Contains(c.ExpectKeys, k) }
	if has("status") && !slices.Contains(vcStatuses(), e.Status) {
		return c.Errorf("key %q: unknown status %q (want one of: %s)", "expect.status", e.Status, strings.Join(vcStatuses(), ", "))
	}
	if has("kind") && !slices.Contains(vcKinds(), e.Kind) {
		return c.Errorf("key %q: unknown kind %q (want one of: %s)", "expect.kind", e.Kind, strings.Join(vcKinds(), ", "))
	}
	if has("regime") {
		if _, ok := vcRegimeByName(e.Regime); !ok {
			return c.Errorf("key %q: unknown regime %q (want one of: %s)", "expect.regime", e.Regime, strings.Join(vcRegimeNames(), ", "))
		}
	}
	for _, k := range []struct {
		key string
		ys  []int
	}{{"missed", e.Missed}, {"return", e.Return}} {
		for i, y := range k.ys {
			if !member.IsMilestone(y) {
				return c.Errorf("key \"expect.%s[%d]\": %d is not a milestone (30, 40, 45, 50, …, 90)", k.key, i, y)
			}
		}
	}
	if has("party_age") {
		if !vcPartyAgeRE.MatchString(e.PartyAge) {
			return c.Errorf("key %q: want years, months and days as \"54y 6m 0d\", got %q", "expect.party_age", e.PartyAge)
		}
		if has("has_party_age") && !e.HasPartyAge {
			return c.Errorf("key %q contradicts \"expect.has_party_age\": false; leave one out", "expect.party_age")
		}
	}
	for _, k := range []struct {
		key string
		ids []string
	}{{"rules", e.Rules}, {"absent_rules", e.AbsentRules}} {
		for i, id := range k.ids {
			if !slices.Contains(vcRuleIDs, id) {
				return c.Errorf("key \"expect.%s[%d]\": unknown rule id %q (known: %s)", k.key, i, id, strings.Join(vcRuleIDs, ", "))
			}
			if k.key == "absent_rules" && slices.Contains(e.Rules, id) {
				return c.Errorf("key \"expect.absent_rules[%d]\": rule %q is also in \"expect.rules\"", i, id)
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
			return c.Errorf("key \"expect.errors[%d]\": unknown error %q (want one of: %s)", i, n, strings.Join(names, ", "))
		}
	}
	if has("valid") && e.Valid && (has("errors") || has("fields")) {
		return c.Errorf("key %q is true but \"expect.errors\" or \"expect.fields\" lists problems; leave one out", "expect.valid")
	}
	if has("errors") && len(e.Errors) == 0 {
		return c.Errorf("key %q is empty: write \"valid\": true for a record with no error", "expect.errors")
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
		if c.Keys["regime"] {
			r = c.regime
		}
		if c.Keys["extra_rounds"] {
			r.Rounds.Extra = slices.Clone(c.ExtraRounds)
		}
		d := r.Decide(&m, c.Round)
		reasons = d.Reasons
		lines = append(lines, fmt.Sprintf("regime %s; status %s, kind %s, milestone %d, due %s, round %s, deferred until %s, window opens %s, missed %v, return %v, party age %s",
			d.Regime, d.Status, d.Kind, d.Milestone, vcShow(d.Due), vcShow(d.Round), vcShow(d.DeferredUntil), vcShow(d.WindowOpens),
			d.Missed.List(), d.Return, vcSpan(d.PartyAge, d.HasPartyAge)))
		for _, k := range c.ExpectKeys {
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
		for _, k := range c.ExpectKeys {
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
		for _, k := range c.ExpectKeys {
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
		for _, fe := range casefile.Flatten(err) {
			lines = append(lines, "error: "+fe.Error())
		}
		for _, k := range c.ExpectKeys {
			switch k {
			case "valid":
				want[k], got[k] = e.Valid, err == nil
			case "errors":
				want[k], got[k] = casefile.SortedUnique(e.Errors), names
			case "fields":
				want[k], got[k] = casefile.SortedUnique(e.Fields), fields
			}
		}
	case "reissue":
		ok, rs := award.Reissue(&m, c.Milestone, c.Legitimate, c.On)
		reasons = rs
		lines = append(lines, fmt.Sprintf("reissue allowed: %t", ok))
		if slices.Contains(c.ExpectKeys, "allowed") {
			want["allowed"], got["allowed"] = e.Allowed, ok
		}
	}
	// rules and absent_rules: one map, rule id → present.
	if slices.Contains(c.ExpectKeys, "rules") || slices.Contains(c.ExpectKeys, "absent_rules") {
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

// vcValidation returns the sentinel names and the fields of the errors
// Validate returned, each sorted and without repeats.
func vcValidation(err error) (names, fields []string) {
	names, fields = []string{}, []string{}
	for _, e := range casefile.Flatten(err) {
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
	return casefile.SortedUnique(names), casefile.SortedUnique(fields)
}

// ---------------------------------------------------------------------
// Tests

// TestCases runs every case of testdata/*.json (not subdirectories).
func TestCases(t *testing.T) {
	r := casefile.Runner[*vcCase]{Parse: vcParseFile, Compare: func(c *vcCase) (diff, explain string) {
		want, got, explain := vcRun(c)
		return cmp.Diff(want, got), explain
	}}
	total, files := r.Run(t, filepath.Join("testdata", "*.json"))
	t.Logf("%d verification cases in %d files", total, files)
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
			all := casefile.Messages(vcParseFile("testdata/bad.json", []byte(tt.data)))
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
	if cases[0].Err != nil || cases[2].Err != nil {
		t.Fatalf("good cases rejected: %v; %v", cases[0].Err, cases[2].Err)
	}
	if cases[1].Err == nil {
		t.Fatal("case 2 with a misspelt key was accepted")
	}
	c := cases[0]
	if c.regime.Name != "2021-handbook" || c.Round != chibo.DateOf(2026, 5, 19) || len(c.Member.Gaps) != 1 ||
		c.Member.Discipline[0].Form != member.Reprimand || c.ExtraRounds[0] != chibo.DateOf(2026, 3, 26) {
		t.Errorf("case decoded wrongly: %+v", c)
	}
	if want := []string{"status", "rules", "absent_rules"}; !slices.Equal(c.ExpectKeys, want) {
		t.Errorf("expect keys %v, want %v", c.ExpectKeys, want)
	}
}
