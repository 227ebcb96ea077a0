package branch_test

// The rule verification cases stored as data (testdata/*.json, one file per
// rule family: structure, votes, schedule) and the test that runs them.
// testdata/README.md describes the format for reviewers who do not program;
// this file is its reference. The design follows award/cases_test.go: strict
// keys at every level, messages that name the file, the case and the key,
// and cases marked "known_issue" skipped with the difference shown. The
// strict decoding, the file envelope and the running of the cases as
// subtests are those of internal/casefile.
//
// Every identifier here starts with "vc" (verification case) so that it
// cannot collide with the helpers of the package's other test files.

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/internal/casefile"
	"github.com/chibo-go/chibo/internal/meetingcases"
	"github.com/chibo-go/chibo/member"
)

// vcOrg and vcMeeting are the shortcut forms of internal/meetingcases.
type (
	vcOrg     = meetingcases.Org
	vcMeeting = meetingcases.Meeting
)

// vcRules are the schedule rules (branch.ScheduleRules has no JSON names).
type vcRules struct {
	CommitteeEveryMonths   int  `json:"committee_every_months"`
	NoCellCommitteeMeeting bool `json:"no_cell_committee_meeting"`
}

func (r vcRules) schedule() branch.ScheduleRules {
	return branch.ScheduleRules{CommitteeEveryMonths: r.CommitteeEveryMonths, NoCellCommitteeMeeting: r.NoCellCommitteeMeeting}
}

// vcCase is one verification case. Which keys are present is recorded in
// Keys and ExpectKeys: only the keys present are inputs or checks.
type vcCase struct {
	casefile.Case

	// structure
	Official         int         `json:"official"`
	Members          int         `json:"members"`
	CommitteeMembers int         `json:"committee_members"`
	Kind             branch.Kind `json:"kind"`
	LastCongress     chibo.Date  `json:"last_congress"`
	OncePerTerm      bool        `json:"once_per_term"`
	Organisation     vcOrg       `json:"organisation"`
	On               chibo.Date  `json:"on"`
	// votes
	Counts        branch.BaseCounts `json:"counts"`
	Yes           int               `json:"yes"`
	Base          int               `json:"base"`
	Present       int               `json:"present"`
	Summoned      int               `json:"summoned"`
	Num           int               `json:"num"`
	Den           int               `json:"den"`
	Ballots       []branch.Ballot   `json:"ballots"`
	ProbationEnds chibo.Date        `json:"probation_ends"`
	Voted         chibo.Date        `json:"voted"`
	Member        member.Member     `json:"member"`
	// schedule and meetings
	Meetings []vcMeeting `json:"meetings"`
	Meeting  vcMeeting   `json:"meeting"`
	From     chibo.Date  `json:"from"`
	To       chibo.Date  `json:"to"`
	Rules    vcRules     `json:"rules"`

	Expect vcExpect `json:"expect"`

	org      *branch.Organisation
	meetings []branch.Meeting
	meeting  branch.Meeting
}

// vcFinding is an expected schedule finding.
type vcFinding struct {
	Month   chibo.Date `json:"month"`
	Rule    string     `json:"rule"`
	Meeting string     `json:"meeting"`
}

// vcExpect holds every check a case may make; only the keys present in the
// file are compared.
type vcExpect struct {
	OK             bool        `json:"ok"`
	CellCommittee  bool        `json:"cell_committee"`
	MaxCommittee   int         `json:"max_committee"`
	MaxDeputies    int         `json:"max_deputies"`
	Kind           branch.Kind `json:"kind"`
	Needed         bool        `json:"needed"`
	Known          bool        `json:"known"`
	Due            chibo.Date  `json:"due"`
	Earliest       chibo.Date  `json:"earliest"`
	Latest         chibo.Date  `json:"latest"`
	Form           string      `json:"form"`
	Rules          []string    `json:"rules"`
	Base           int         `json:"base"`
	Passes         bool        `json:"passes"`
	Outcome        string      `json:"outcome"`
	Late           bool        `json:"late"`
	Ends           chibo.Date  `json:"ends"`
	RecognitionDue chibo.Date  `json:"recognition_due"`
	Findings       []vcFinding `json:"findings"`
	Valid          bool        `json:"valid"`
	Errors         []string    `json:"errors"`
	Fields         []string    `json:"fields"`
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
	"can-form":    {required: []string{"official"}, expect: []string{"ok"}},
	"leadership":  {required: []string{"official"}, expect: []string{"cell_committee", "max_committee", "max_deputies"}},
	"grass-roots": {required: []string{"members"}, expect: []string{"kind"}},
	"standing":    {required: []string{"committee_members"}, expect: []string{"needed"}},
	"congress": {required: []string{"kind"}, optional: []string{"last_congress", "once_per_term"},
		expect: []string{"known", "due", "earliest", "latest"}},
	"congress-form":        {required: []string{"members"}, expect: []string{"form"}},
	"check":                {required: []string{"organisation", "on"}, expect: []string{"rules"}},
	"vote-base":            {required: []string{"counts"}, expect: []string{"base"}},
	"majority":             {required: []string{"yes", "base"}, expect: []string{"passes"}},
	"two-thirds":           {required: []string{"yes", "base"}, expect: []string{"passes"}},
	"quorum":               {required: []string{"present", "summoned"}, optional: []string{"num", "den"}, expect: []string{"ok"}},
	"recognition":          {required: []string{"ballots"}, expect: []string{"outcome"}},
	"recognition-deadline": {required: []string{"probation_ends", "voted"}, expect: []string{"late", "due"}},
	"probation":            {required: []string{"member"}, expect: []string{"ends", "recognition_due"}},
	"compliance": {required: []string{"organisation", "meetings", "from", "to"}, optional: []string{"rules"},
		expect: []string{"findings"}},
	"validate-meeting": {required: []string{"meeting"}, optional: []string{"organisation"}, expect: []string{"valid", "errors", "fields"}},
}

// vcStructureRules are the rule identifiers Organisation.Check reports.
var vcStructureRules = []string{
	branch.RuleForm, branch.RuleLeadership, branch.RuleCommitteeMax, branch.RuleDeputies,
	branch.RuleGrassRoots, branch.RuleStanding, branch.RuleCongress, branch.RuleLeaderRoles,
}

// vcScheduleRules are the rule identifiers Compliance reports.
var vcScheduleRules = []string{
	branch.RuleMonthly, branch.RuleCommitteeFirst, branch.RuleQuarterly, branch.RulePlenary,
	branch.RuleCommittee, branch.RuleDuration,
}

var vcOutcomes = []string{"pending", "recognised", "not-recognised", "referred"}

// vcForms are the congress forms of the op congress-form.
var vcForms = []string{"all-members", "delegates"}

// vcSentinels are the errors of Meeting.Validate, by the name a case uses.
var vcSentinels = []struct {
	name string
	err  error
}{
	{"ErrMeetingMissing", branch.ErrMeetingMissing},
	{"ErrMeetingOrder", branch.ErrMeetingOrder},
	{"ErrAttendance", branch.ErrAttendance},
	{"ErrNotMember", branch.ErrNotMember},
	{"ErrMeetingValue", branch.ErrMeetingValue},
}

// vcParseFile parses a case file: see casefile.Parse. file is the name used
// in messages ("testdata/votes.json").
func vcParseFile(file string, data []byte) ([]*vcCase, error) {
	return casefile.Parse(file, data, vcOps, (*vcCase).checkValues)
}

// checkValues checks what the types cannot (casefile.Parse has checked that
// the texts are not empty) and builds the organisation and meetings.
func (c *vcCase) checkValues() error {
	for _, k := range []struct {
		key string
		d   chibo.Date
	}{{"on", c.On}, {"from", c.From}, {"to", c.To}, {"last_congress", c.LastCongress}, {"probation_ends", c.ProbationEnds}, {"voted", c.Voted}} {
		if c.Keys[k.key] && k.d.IsZero() {
			return c.Errorf("key %q: a date is required (YYYY-MM-DD or DD/MM/YYYY)", k.key)
		}
	}
	if c.Keys["from"] && c.Keys["to"] && c.To.Before(c.From) {
		return c.Errorf("key %q: %s is before \"from\" %s", "to", c.To, c.From)
	}
	if c.Keys["num"] != c.Keys["den"] {
		return c.Errorf("key %q: give both \"num\" and \"den\", or neither (the default quorum is 2/3)", map[bool]string{true: "den", false: "num"}[c.Keys["num"]])
	}
	for _, k := range []struct {
		key string
		n   int
	}{{"official", c.Official}, {"members", c.Members}, {"committee_members", c.CommitteeMembers}, {"yes", c.Yes},
		{"present", c.Present}, {"summoned", c.Summoned}} {
		if c.Keys[k.key] && k.n < 0 {
			return c.Errorf("key %q: want 0 or more, got %d", k.key, k.n)
		}
	}
	if c.Keys["organisation"] {
		org, err := meetingcases.BuildOrg(c.Organisation, "organisation")
		if err != nil {
			return c.Errorf("%v", err)
		}
		c.org = org
	}
	// The meetings, with their shortcuts; "present" is looked up in the raw
	// case, so the raw meetings are read again here.
	if c.Keys["meetings"] || c.Keys["meeting"] {
		var raw struct {
			Meetings []json.RawMessage `json:"meetings"`
			Meeting  json.RawMessage   `json:"meeting"`
		}
		_ = json.Unmarshal(c.Raw, &raw) // checked already
		for i, m := range c.Meetings {
			path := fmt.Sprintf("meetings[%d]", i)
			bm, err := meetingcases.BuildMeeting(m, path, i < len(raw.Meetings) && meetingcases.HasPresent(raw.Meetings[i]))
			if err != nil {
				return c.Errorf("%v", err)
			}
			c.meetings = append(c.meetings, bm)
		}
		if c.Keys["meeting"] {
			bm, err := meetingcases.BuildMeeting(c.Meeting, "meeting", meetingcases.HasPresent(raw.Meeting))
			if err != nil {
				return c.Errorf("%v", err)
			}
			c.meeting = bm
		}
	}
	e := &c.Expect
	has := func(k string) bool { return slices.Contains(c.ExpectKeys, k) }
	if has("kind") && e.Kind != branch.GrassRootsCell && e.Kind != branch.GrassRootsCommittee {
		return c.Errorf("key %q: want grass-roots-cell or grass-roots-committee, got %q", "expect.kind", e.Kind)
	}
	if has("outcome") && !slices.Contains(vcOutcomes, e.Outcome) {
		return c.Errorf("key %q: unknown outcome %q (want one of: %s)", "expect.outcome", e.Outcome, strings.Join(vcOutcomes, ", "))
	}
	if has("form") && !slices.Contains(vcForms, e.Form) {
		return c.Errorf("key %q: unknown congress form %q (want one of: %s)", "expect.form", e.Form, strings.Join(vcForms, ", "))
	}
	for i, id := range e.Rules {
		if !slices.Contains(vcStructureRules, id) {
			return c.Errorf("key \"expect.rules[%d]\": unknown rule id %q (known: %s)", i, id, strings.Join(vcStructureRules, ", "))
		}
	}
	for i, f := range e.Findings {
		if f.Month.IsZero() {
			return c.Errorf("key \"expect.findings[%d].month\": a date is required", i)
		}
		if !slices.Contains(vcScheduleRules, f.Rule) {
			return c.Errorf("key \"expect.findings[%d].rule\": unknown rule id %q (known: %s)", i, f.Rule, strings.Join(vcScheduleRules, ", "))
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
	var lines []string
	var reasons []chibo.Reason
	put := func(k string, w, g any) {
		if slices.Contains(c.ExpectKeys, k) {
			want[k], got[k] = w, g
		}
	}
	switch c.Op {
	case "can-form":
		ok, r := branch.CanForm(c.Official)
		reasons = append(reasons, r)
		put("ok", e.OK, ok)
	case "leadership":
		l := branch.LeadershipFor(c.Official)
		reasons = append(reasons, l.Reason)
		put("cell_committee", e.CellCommittee, l.CellCommittee)
		put("max_committee", e.MaxCommittee, l.MaxCommittee)
		put("max_deputies", e.MaxDeputies, l.MaxDeputies)
	case "grass-roots":
		k, r := branch.GrassRootsFor(c.Members)
		reasons = append(reasons, r)
		put("kind", e.Kind.String(), k.String())
	case "standing":
		n, r := branch.NeedsStanding(c.CommitteeMembers)
		reasons = append(reasons, r)
		put("needed", e.Needed, n)
	case "congress":
		o := branch.Organisation{ID: "x", Kind: c.Kind, LastCongress: c.LastCongress, OncePerTerm: c.OncePerTerm}
		cg, ok := o.NextCongress()
		reasons = append(reasons, cg.Reason)
		lines = append(lines, fmt.Sprintf("known %t, due %s, earliest %s, latest %s", ok, vcShow(cg.Due), vcShow(cg.Earliest), vcShow(cg.Latest)))
		put("known", e.Known, ok)
		put("due", e.Due.String(), cg.Due.String())
		put("earliest", e.Earliest.String(), cg.Earliest.String())
		put("latest", e.Latest.String(), cg.Latest.String())
	case "congress-form":
		f, r := branch.CongressFormFor(c.Members)
		reasons = append(reasons, r)
		put("form", e.Form, f.String())
	case "check":
		rs := c.org.Check(c.On)
		reasons = rs
		cnt := c.org.CountOn(c.On)
		lines = append(lines, fmt.Sprintf("on %s: %d official, %d probationary", c.On, cnt.Official, cnt.Probationary))
		ids := []string{}
		for _, r := range rs {
			ids = append(ids, r.Rule)
		}
		put("rules", vcNonNil(e.Rules), ids)
	case "vote-base":
		b, r := branch.VoteBase(c.Counts)
		reasons = append(reasons, r)
		put("base", e.Base, b)
	case "majority":
		reasons = append(reasons, branch.MajorityReason(c.Yes, c.Base))
		put("passes", e.Passes, branch.Majority(c.Yes, c.Base))
	case "two-thirds":
		reasons = append(reasons, branch.TwoThirdsReason(c.Yes, c.Base))
		put("passes", e.Passes, branch.TwoThirds(c.Yes, c.Base))
	case "quorum":
		q := branch.DefaultQuorum()
		if c.Keys["num"] {
			q = branch.Fraction{Num: c.Num, Den: c.Den}
		}
		ok, r := branch.Quorate(c.Present, c.Summoned, q)
		reasons = append(reasons, r)
		put("ok", e.OK, ok)
	case "recognition":
		out, r := branch.Recognition(c.Ballots)
		reasons = append(reasons, r)
		put("outcome", e.Outcome, out.String())
	case "recognition-deadline":
		late, due := member.RecognitionLate(c.ProbationEnds, c.Voted, chibo.VietnamCivilService())
		lines = append(lines, fmt.Sprintf("late %t, due %s", late, vcShow(due)))
		put("late", e.Late, late)
		put("due", e.Due.String(), due.String())
	case "probation":
		p := member.ProbationOf(&c.Member, chibo.Date{}, chibo.VietnamCivilService())
		reasons = p.Reasons
		lines = append(lines, fmt.Sprintf("ends %s, recognition due %s", vcShow(p.Ends), vcShow(p.RecognitionDue)))
		put("ends", e.Ends.String(), p.Ends.String())
		put("recognition_due", e.RecognitionDue.String(), p.RecognitionDue.String())
	case "compliance":
		fs := branch.Compliance(c.org, c.meetings, c.From, c.To, c.Rules.schedule())
		gotF := []string{}
		for _, f := range fs {
			gotF = append(gotF, vcFindingString(f.Month, f.Rule, f.Meeting))
			reasons = append(reasons, f.Reason)
		}
		wantF := []string{}
		for _, f := range e.Findings {
			wantF = append(wantF, vcFindingString(f.Month, f.Rule, f.Meeting))
		}
		put("findings", wantF, gotF)
	case "validate-meeting":
		err := c.meeting.Validate(c.org)
		names, fields := vcValidation(err)
		for _, fe := range casefile.Flatten(err) {
			lines = append(lines, "error: "+fe.Error())
		}
		put("valid", e.Valid, err == nil)
		put("errors", casefile.SortedUnique(e.Errors), names)
		put("fields", casefile.SortedUnique(e.Fields), fields)
	}
	for _, r := range reasons {
		lines = append(lines, fmt.Sprintf("reason %s: %s", r.Rule, r.EN))
	}
	return want, got, "  " + strings.Join(lines, "\n  ")
}

// vcFindingString writes a finding as one comparable line.
func vcFindingString(month chibo.Date, rule, meeting string) string {
	s := month.String() + " " + rule
	if meeting != "" {
		s += " (meeting " + meeting + ")"
	}
	return s
}

func vcNonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// vcShow prints a date for people: "none" for no date.
func vcShow(d chibo.Date) string {
	if d.IsZero() {
		return "none"
	}
	return d.String()
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
		var me *branch.MeetingError
		if errors.As(e, &me) {
			fields = append(fields, me.Field)
		} else {
			fields = append(fields, "not a *branch.MeetingError: "+e.Error())
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
	wrap := func(cases ...string) string {
		return `{"family": "test", "cases": [` + strings.Join(cases, ",\n") + `]}`
	}
	const org = `{"id": "c1", "name": "C", "kind": "cell", "official_count": 3, "secretary": "m1"}`
	check := func(name, extra string) string {
		return `{"name": "` + name + `", "op": "check", "source": "s", "organisation": ` + org + `, "on": "2025-09-01"` + extra + `}`
	}
	compliance := func(name, meeting, extra string) string {
		return `{"name": "` + name + `", "op": "compliance", "source": "s", "organisation": ` + org +
			`, "meetings": [` + meeting + `], "from": "2025-01-01", "to": "2025-01-31"` + extra + `}`
	}
	const meeting = `{"id": "r", "org": "c1", "kind": "regular", "date": "2025-01-05", "start": "08:00", "end": "09:30"}`
	good := check("good", `, "expect": {"rules": []}`)
	tests := []struct {
		name, data, want string
	}{
		{"misspelt expect", wrap(good, check("T4 x", `, "expcet": {"rules": []}`)),
			`testdata/bad.json: case 2 "T4 x": unknown key "expcet" (did you mean "expect"?)`},
		{"unknown expect key", wrap(check("a", `, "expect": {"rulez": []}`)),
			`testdata/bad.json: case 1 "a": unknown key "expect.rulez" (did you mean "rules"?)`},
		{"expect key of another op", wrap(check("a", `, "expect": {"base": 5}`)),
			`testdata/bad.json: case 1 "a": key "expect.base" is not used by op "check"`},
		{"case key of another op", wrap(check("a", `, "yes": 3, "expect": {"rules": []}`)),
			`testdata/bad.json: case 1 "a": key "yes" is not used by op "check"`},
		{"misspelt organisation key", wrap(`{"name": "a", "op": "check", "source": "s", "on": "2025-09-01", "organisation": {"id": "c1", "kind": "cell", "secretery": "m1"}, "expect": {"rules": []}}`),
			`testdata/bad.json: case 1 "a": unknown key "organisation.secretery" (did you mean "secretary"?)`},
		{"capitalised member key", wrap(`{"name": "a", "op": "check", "source": "s", "on": "2025-09-01", "organisation": {"id": "c1", "kind": "cell", "members": [{"id": "x", "Name": "X"}]}, "expect": {"rules": []}}`),
			`testdata/bad.json: case 1 "a": unknown key "organisation.members[0].Name" (did you mean "name"?)`},
		{"bad organisation kind", wrap(`{"name": "a", "op": "check", "source": "s", "on": "2025-09-01", "organisation": {"id": "c1", "kind": "chi-bo"}, "expect": {"rules": []}}`),
			`testdata/bad.json: case 1 "a": key "organisation.kind": branch: unknown organisation kind "chi-bo"`},
		{"generated member listed again", wrap(`{"name": "a", "op": "check", "source": "s", "on": "2025-09-01", "organisation": {"id": "c1", "kind": "cell", "official_count": 2, "members": [{"id": "m2", "name": "X", "decision_date": "2000-01-01"}]}, "expect": {"rules": []}}`),
			`testdata/bad.json: case 1 "a": key "organisation.members[0].id": member "m2" is listed twice`},
		{"misspelt meeting key", wrap(compliance("a", `{"id": "r", "org": "c1", "kind": "regular", "date": "2025-01-05", "start": "08:00", "ends": "09:30"}`, `, "expect": {"findings": []}`)),
			`testdata/bad.json: case 1 "a": unknown key "meetings[0].ends" (did you mean "end"?)`},
		{"bad meeting kind", wrap(compliance("a", `{"id": "r", "org": "c1", "kind": "monthly", "date": "2025-01-05", "start": "08:00", "end": "09:30"}`, `, "expect": {"findings": []}`)),
			`testdata/bad.json: case 1 "a": key "meetings[0].kind": branch: unknown meeting kind "monthly"`},
		{"bad clock", wrap(compliance("a", `{"id": "r", "org": "c1", "kind": "regular", "date": "2025-01-05", "start": "8:00", "end": "09:30"}`, `, "expect": {"findings": []}`)),
			`testdata/bad.json: case 1 "a": key "meetings[0].start": branch: invalid time "8:00" (want HH:MM)`},
		{"summoned twice", wrap(compliance("a", `{"id": "r", "org": "c1", "kind": "regular", "date": "2025-01-05", "start": "08:00", "end": "09:30", "summoned": ["m1"], "summoned_count": 3}`, `, "expect": {"findings": []}`)),
			`testdata/bad.json: case 1 "a": key "meetings[0].summoned_count": give either "summoned" or "summoned_count", not both`},
		{"score as text", wrap(compliance("a", `{"id": "r", "org": "c1", "kind": "regular", "date": "2025-01-05", "start": "08:00", "end": "09:30", "scores": {"4.2": "25"}}`, `, "expect": {"findings": []}`)),
			`testdata/bad.json: case 1 "a": key "meetings[0].scores.4.2": want a whole number, got "25"`},
		{"misspelt rules key", wrap(compliance("a", meeting, `, "rules": {"committee_every_month": 3}, "expect": {"findings": []}`)),
			`testdata/bad.json: case 1 "a": unknown key "rules.committee_every_month" (did you mean "committee_every_months"?)`},
		{"misspelt finding key", wrap(compliance("a", meeting, `, "expect": {"findings": [{"month": "2025-01-01", "rul": "branch.schedule.monthly"}]}`)),
			`testdata/bad.json: case 1 "a": unknown key "expect.findings[0].rul" (did you mean "rule"?)`},
		{"unknown finding rule", wrap(compliance("a", meeting, `, "expect": {"findings": [{"month": "2025-01-01", "rule": "branch.schedule.montly"}]}`)),
			`testdata/bad.json: case 1 "a": key "expect.findings[0].rule": unknown rule id "branch.schedule.montly"`},
		{"finding without month", wrap(compliance("a", meeting, `, "expect": {"findings": [{"rule": "branch.schedule.monthly"}]}`)),
			`testdata/bad.json: case 1 "a": key "expect.findings[0].month": a date is required`},
		{"period backwards", wrap(`{"name": "a", "op": "compliance", "source": "s", "organisation": ` + org + `, "meetings": [], "from": "2025-02-01", "to": "2025-01-31", "expect": {"findings": []}}`),
			`testdata/bad.json: case 1 "a": key "to": 2025-01-31 is before "from" 2025-02-01`},
		{"unknown structure rule", wrap(check("a", `, "expect": {"rules": ["branch.form"]}`)),
			`testdata/bad.json: case 1 "a": key "expect.rules[0]": unknown rule id "branch.form"`},
		{"unknown outcome", wrap(`{"name": "a", "op": "recognition", "source": "s", "ballots": [{"for": 1, "against": 1, "base": 3}], "expect": {"outcome": "recognized"}}`),
			`testdata/bad.json: case 1 "a": key "expect.outcome": unknown outcome "recognized"`},
		{"misspelt ballot key", wrap(`{"name": "a", "op": "recognition", "source": "s", "ballots": [{"yes": 1, "against": 1, "base": 3}], "expect": {"outcome": "pending"}}`),
			`testdata/bad.json: case 1 "a": unknown key "ballots[0].yes" (known keys: against, base, for)`},
		{"misspelt count", wrap(`{"name": "a", "op": "vote-base", "source": "s", "counts": {"official": 3, "exempt_absnet": 1}, "expect": {"base": 2}}`),
			`testdata/bad.json: case 1 "a": unknown key "counts.exempt_absnet" (did you mean "exempt_absent"?)`},
		{"num without den", wrap(`{"name": "a", "op": "quorum", "source": "s", "present": 3, "summoned": 4, "num": 1, "expect": {"ok": true}}`),
			`testdata/bad.json: case 1 "a": key "den": give both "num" and "den", or neither`},
		{"negative count", wrap(`{"name": "a", "op": "can-form", "source": "s", "official": -1, "expect": {"ok": false}}`),
			`testdata/bad.json: case 1 "a": key "official": want 0 or more, got -1`},
		{"wrong grass-roots kind", wrap(`{"name": "a", "op": "grass-roots", "source": "s", "members": 3, "expect": {"kind": "cell"}}`),
			`testdata/bad.json: case 1 "a": key "expect.kind": want grass-roots-cell or grass-roots-committee, got "cell"`},
		{"unknown error name", wrap(`{"name": "a", "op": "validate-meeting", "source": "s", "meeting": ` + meeting + `, "expect": {"errors": ["ErrOrder"]}}`),
			`testdata/bad.json: case 1 "a": key "expect.errors[0]": unknown error "ErrOrder"`},
		{"valid and errors", wrap(`{"name": "a", "op": "validate-meeting", "source": "s", "meeting": ` + meeting + `, "expect": {"valid": true, "errors": ["ErrMeetingOrder"]}}`),
			`testdata/bad.json: case 1 "a": key "expect.valid" is true but`},
		{"missing source", wrap(good, `{"name": "b", "op": "can-form", "official": 3, "expect": {"ok": true}}`),
			`testdata/bad.json: case 2 "b": missing key "source"`},
		{"missing name", wrap(`{"op": "can-form", "source": "s", "official": 3, "expect": {"ok": true}}`),
			`testdata/bad.json: case 1 (no name): missing key "name"`},
		{"missing op input", wrap(`{"name": "a", "op": "check", "source": "s", "organisation": ` + org + `, "expect": {"rules": []}}`),
			`testdata/bad.json: case 1 "a": missing key "on" (op "check" needs it)`},
		{"unknown op", wrap(`{"name": "a", "op": "chek", "source": "s", "expect": {"rules": []}}`),
			`testdata/bad.json: case 1 "a": key "op": unknown op "chek"`},
		{"bad date", wrap(`{"name": "a", "op": "check", "source": "s", "organisation": ` + org + `, "on": "2025-02-30", "expect": {"rules": []}}`),
			`testdata/bad.json: case 1 "a": key "on": chibo: date out of range: "2025-02-30"`},
		{"empty date", wrap(`{"name": "a", "op": "check", "source": "s", "organisation": ` + org + `, "on": "", "expect": {"rules": []}}`),
			`testdata/bad.json: case 1 "a": key "on": a date is required`},
		{"wrong type", wrap(`{"name": "a", "op": "can-form", "source": "s", "official": "3", "expect": {"ok": true}}`),
			`testdata/bad.json: case 1 "a": key "official": want a whole number, got "3"`},
		{"duplicate key", wrap(check("a", `, "on": "2025-09-02", "expect": {"rules": []}`)),
			`testdata/bad.json: case 1 "a": key "on" appears twice`},
		{"duplicate key in a meeting", wrap(compliance("a", `{"id": "r", "org": "c1", "kind": "regular", "kind": "thematic", "date": "2025-01-05", "start": "08:00", "end": "09:30"}`, `, "expect": {"findings": []}`)),
			`testdata/bad.json: case 1 "a": key "meetings[0].kind" appears twice`},
		{"null", wrap(check("a", `, "note": null, "expect": {"rules": []}`)),
			`testdata/bad.json: case 1 "a": key "note": null is not allowed`},
		{"empty expect", wrap(check("a", `, "expect": {}`)),
			`testdata/bad.json: case 1 "a": key "expect" is empty`},
		{"empty known issue", wrap(check("a", `, "known_issue": " ", "expect": {"rules": []}`)),
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

// TestCaseFileGood checks that a well-formed file parses with its
// shortcuts, that a malformed case does not stop the others, and that a
// wrong expectation is caught.
func TestCaseFileGood(t *testing.T) {
	data := `{"family": "f", "cases": [
	  {"name": "a", "op": "validate-meeting", "source": "s", "note": "n",
	   "organisation": {"id": "c1", "name": "C", "kind": "cell", "official_count": 3, "secretary": "m1",
	     "members": [{"id": "p1", "name": "P", "decision_date": "2025-03-02"}]},
	   "meeting": {"id": "r", "org": "c1", "kind": "regular", "date": "10/03/2025", "start": "08:00", "end": "09:30",
	     "summoned_count": 3, "absent_excused": ["m3"], "scores": {"4.2": 20}},
	   "expect": {"valid": true}},
	  {"name": "b", "op": "can-form", "source": "s", "official": 3, "expcet": {"ok": true}},
	  {"name": "c", "op": "majority", "source": "s", "yes": 10, "base": 18, "expect": {"passes": false}},
	  {"name": "d", "op": "compliance", "source": "s", "organisation": {"id": "c1", "kind": "cell"},
	   "meetings": [{"id": "t", "org": "c1", "kind": "thematic", "date": "2025-01-05", "start": "08:00", "end": "09:30", "results_percent": 80}],
	   "from": "2025-01-01", "to": "2025-01-31", "rules": {"no_cell_committee_meeting": true},
	   "expect": {"findings": [{"month": "2025-01-01", "rule": "branch.schedule.monthly"}]}}
	]}`
	cases, err := vcParseFile("testdata/good.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 4 {
		t.Fatalf("got %d cases, want 4", len(cases))
	}
	for _, i := range []int{0, 2, 3} {
		if cases[i].Err != nil {
			t.Fatalf("good case %d rejected: %v", i+1, cases[i].Err)
		}
	}
	if cases[1].Err == nil {
		t.Fatal("case 2 with a misspelt key was accepted")
	}
	a := cases[0]
	if len(a.org.Members) != 4 || a.org.Members[0].ID != "m1" || a.org.Members[3].ID != "p1" || !a.org.Members[2].OfficialOn(a.meeting.Date) {
		t.Errorf("organisation built wrongly: %+v", a.org.Members)
	}
	m := a.meeting
	if !slices.Equal(m.Summoned, []string{"m1", "m2", "m3"}) || !slices.Equal(m.Present, []string{"m1", "m2"}) ||
		m.ResultsPercent != -1 || m.Scores["4.2"] != 20 || m.Date != chibo.DateOf(2025, 3, 10) {
		t.Errorf("meeting built wrongly: %+v", m)
	}
	d := cases[3]
	if d.meetings[0].ResultsPercent != 80 || !d.Rules.NoCellCommitteeMeeting || len(d.Expect.Findings) != 1 {
		t.Errorf("case d decoded wrongly: %+v", d)
	}
	// The runner compares: a wrong expectation gives a difference, a right one none.
	if want, got, _ := vcRun(cases[2]); cmp.Diff(want, got) == "" {
		t.Error("majority 10 of 18 expected to fail, and the runner saw no difference")
	}
	if want, got, _ := vcRun(cases[0]); cmp.Diff(want, got) != "" {
		t.Errorf("valid meeting: %s", cmp.Diff(want, got))
	}
	if want, got, _ := vcRun(cases[3]); cmp.Diff(want, got) != "" {
		t.Errorf("compliance: %s", cmp.Diff(want, got))
	}
}
