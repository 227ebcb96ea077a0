package evaluation_test

// The rule verification cases stored as data (testdata/*.json, one file per
// rule family: the 2018 criteria, the 2025 points, the Bình Thuận sheet,
// the reviews; the annual ranking of members under each regime, of
// organisations, the quota, the consequences) and the test that runs them.
// testdata/README.md describes the format for reviewers who do not program;
// this file is its reference. The design follows award/cases_test.go and
// branch/cases_test.go: strict keys at every level, messages that name the
// file, the case and the key, and cases marked "known_issue" skipped with
// the difference shown. The strict decoding, the file envelope and the
// running of the cases as subtests are those of internal/casefile; the
// checks of what the types cannot say (names, ids, rules, periods) are this
// runner's own.
//
// Every identifier here starts with "vc" (verification case) so that it
// cannot collide with the helpers of the package's other test files.

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/internal/casefile"
	"github.com/chibo-go/chibo/internal/meetingcases"
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

	Scheme       string      `json:"scheme"`
	Meeting      vcMeeting   `json:"meeting"`
	Organisation vcOrg       `json:"organisation"`
	Earlier      []vcMeeting `json:"earlier"`
	Rules        vcRules     `json:"rules"`
	Meetings     []vcMeeting `json:"meetings"`
	From         chibo.Date  `json:"from"`
	To           chibo.Date  `json:"to"`
	Committee    vcOrg       `json:"committee"`
	Cells        []vcOrg     `json:"cells"`

	// The annual ranking (ops rank-member, rank-org, max-outstanding,
	// quota, consecutive).
	Regime        string                   `json:"regime"`
	RegimeChanges evaluation.RankingRegime `json:"regime_changes"` // checked for its keys; applied from the raw JSON over the regime
	MemberYear    evaluation.MemberYear    `json:"member_year"`
	OrgYear       evaluation.OrgYear       `json:"org_year"`
	Total         int                      `json:"total"`
	Num           int                      `json:"num"`
	Den           int                      `json:"den"`
	Rounding      evaluation.Rounding      `json:"rounding"`
	Rankings      []vcQuotaItem            `json:"rankings"`
	Organisations bool                     `json:"organisations"`
	Prev          []vcYearRank             `json:"prev"`
	Cur           []vcYearRank             `json:"cur"`

	Expect vcExpect `json:"expect"`

	scheme    *evaluation.Scheme
	org       *branch.Organisation
	committee *branch.Organisation
	cells     []*branch.Organisation
	meeting   branch.Meeting
	earlier   []branch.Meeting
	meetings  []branch.Meeting
	regime    *evaluation.RankingRegime
	quota     evaluation.QuotaRule
}

// vcQuotaItem is one ranking of a quota case: the level proposed before
// the quota, and what the quota orders by.
type vcQuotaItem struct {
	ID       string          `json:"id"`
	Group    string          `json:"group"`
	Score    float64         `json:"score"`
	Priority int             `json:"priority"`
	Proposed evaluation.Rank `json:"proposed"`
}

// vcYearRank is one ranking of a consecutive case: who, which year, which
// level; committee for a leadership collective (organisations only).
type vcYearRank struct {
	ID        string          `json:"id"`
	Name      string          `json:"name"`
	Year      int             `json:"year"`
	Rank      evaluation.Rank `json:"rank"`
	Committee bool            `json:"committee"`
}

// vcFlag is an expected consequence flag.
type vcFlag struct {
	ID       string `json:"id"`
	Years    []int  `json:"years"`
	Rule     string `json:"rule"`
	Advisory bool   `json:"advisory"`
}

// vcAttention is an expected organisation needing attention.
type vcAttention struct {
	Org   string   `json:"org"`
	Rules []string `json:"rules"`
}

// vcExpect holds every check a case may make; only the keys present in the
// file are compared.
type vcExpect struct {
	Scheme         string         `json:"scheme"`
	Level          string         `json:"level"`
	Score          int            `json:"score"`
	Max            int            `json:"max"`
	Failed         []string       `json:"failed"`
	Points         map[string]int `json:"points"`
	Levels         map[string]int `json:"levels"`
	Gaps           []string       `json:"gaps"`
	AbsentTooOften []string       `json:"absent_too_often"`
	Skipped        []string       `json:"skipped"`
	Rejected       int            `json:"rejected"`
	Held           []int          `json:"held"`
	Attention      []vcAttention  `json:"attention"`

	// The annual ranking.
	Rank        evaluation.Rank            `json:"rank"`
	NotRanked   bool                       `json:"not_ranked"`
	Regime      string                     `json:"regime"`
	Rules       []string                   `json:"rules"`
	RulesAbsent []string                   `json:"rules_absent"`
	Final       map[string]evaluation.Rank `json:"final"`
	Demoted     []string                   `json:"demoted"`
	Order       map[string][]string        `json:"order"`
	GroupMax    map[string]int             `json:"group_max"`
	RuleError   bool                       `json:"rule_error"`
	Flagged     []string                   `json:"flagged"`
	Flags       []vcFlag                   `json:"flags"`
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
	"assess": {required: []string{"meeting"}, optional: []string{"scheme", "organisation", "earlier", "rules"},
		expect: []string{"scheme", "level", "score", "max", "failed", "points"}},
	"review": {required: []string{"organisation", "meetings", "from", "to"}, optional: []string{"scheme", "rules"},
		expect: []string{"levels", "gaps", "absent_too_often", "skipped", "rejected", "held"}},
	"review-committee": {required: []string{"committee", "cells", "meetings", "from", "to"}, optional: []string{"scheme", "rules"},
		expect: []string{"attention", "rejected"}},
	"rank-member": {required: []string{"member_year"}, optional: []string{"regime", "regime_changes"},
		expect: []string{"rank", "not_ranked", "regime", "rules", "rules_absent"}},
	"rank-org": {required: []string{"org_year"}, optional: []string{"regime", "regime_changes"},
		expect: []string{"rank", "not_ranked", "regime", "rules", "rules_absent"}},
	"max-outstanding": {required: []string{"total", "num", "den"}, optional: []string{"rounding"},
		expect: []string{"max"}},
	"quota": {required: []string{"rankings"}, optional: []string{"num", "den", "rounding", "organisations"},
		expect: []string{"final", "demoted", "order", "group_max", "rule_error"}},
	"consecutive": {required: []string{"prev", "cur"}, optional: []string{"organisations"},
		expect: []string{"flagged", "flags"}},
}

// vcRankRules are the rule identifiers a ranking case may name in
// expect.rules and expect.rules_absent.
var vcRankRules = []string{
	evaluation.RuleRankRegime, evaluation.RuleRankInput, evaluation.RuleRankNotMember, evaluation.RuleRankExempt,
	evaluation.RuleRankSuspended, evaluation.RuleRankNewMember, evaluation.RuleRankScore, evaluation.RuleRankGrades,
	evaluation.RuleRankTasks, evaluation.RuleRankConditions, evaluation.RuleRankBand, evaluation.RuleRankPoorGrade,
	evaluation.RuleRankDiscipline, evaluation.RuleRankDegraded, evaluation.RuleRankTargets, evaluation.RuleRankUnits,
	evaluation.RuleRankConfidence, evaluation.RuleRankState, evaluation.RuleRankSickLeave, evaluation.RuleRankMaternity,
	evaluation.RuleRankLevel, evaluation.RuleQuota,
}

var vcOrgRules = []string{
	evaluation.RuleOrgRegime, evaluation.RuleOrgInput, evaluation.RuleOrgNew, evaluation.RuleOrgScore,
	evaluation.RuleOrgGrades, evaluation.RuleOrgTasks, evaluation.RuleOrgConditions, evaluation.RuleOrgBand,
	evaluation.RuleOrgPoorGrade, evaluation.RuleOrgDiscipline, evaluation.RuleOrgSubordinates, evaluation.RuleOrgLeadership,
	evaluation.RuleOrgCommittee, evaluation.RuleOrgTargets, evaluation.RuleOrgDisunity, evaluation.RuleOrgHD27,
	evaluation.RuleOrgMeetings, evaluation.RuleOrgMeetingCap, evaluation.RuleOrgLevel, evaluation.RuleQuota,
}

// vcFlagRules are the rules of the consequence flags.
var vcFlagRules = []string{evaluation.RuleTwoYears, evaluation.RuleConsolidation}

func vcRegimeByName(name string) (*evaluation.RankingRegime, bool) {
	for _, r := range evaluation.RankingRegimes() {
		if r.Name == name {
			return &r, true
		}
	}
	return nil, false
}

func vcRegimeNames() []string {
	var out []string
	for _, r := range evaluation.RankingRegimes() {
		out = append(out, r.Name)
	}
	return out
}

// vcGapRules are the rule identifiers of branch.Compliance, which a review
// reports as gaps.
var vcGapRules = []string{
	branch.RuleMonthly, branch.RuleCommitteeFirst, branch.RuleQuarterly, branch.RulePlenary,
	branch.RuleCommittee, branch.RuleDuration,
}

// vcAttendance names the reason of ReviewCommittee that rests on the
// period's attendance, which has no rule identifier of its own.
const vcAttendance = "attendance"

// vcAttentionRules are what an attention reason is named by: the rule of
// the finding it rests on.
var vcAttentionRules = []string{
	branch.RuleMonthly, branch.RuleCommittee, branch.RulePlenary,
	evaluation.RuleLevel, evaluation.RuleSkipped, vcAttendance,
}

var vcLevelNames = []string{"none", "tot", "kha", "trung-binh", "kem", "dat", "chua-dat"}

func vcSchemeByName(name string) (*evaluation.Scheme, bool) {
	for _, s := range evaluation.Schemes() {
		if s.Name == name {
			return &s, true
		}
	}
	return nil, false
}

func vcSchemeNames() []string {
	var out []string
	for _, s := range evaluation.Schemes() {
		out = append(out, s.Name)
	}
	return out
}

func vcCriterionIDs(s *evaluation.Scheme) []string {
	var out []string
	for _, c := range s.Criteria {
		out = append(out, c.ID)
	}
	return out
}

// vcParseFile parses a case file: see casefile.Parse. file is the name used
// in messages ("testdata/review.json"). A score (a float) written wrongly
// is reported as "want a number" (casefile.FloatsAsNumbers), as this runner
// always did.
func vcParseFile(file string, data []byte) ([]*vcCase, error) {
	return casefile.Parse(file, data, vcOps, (*vcCase).checkValues, casefile.FloatsAsNumbers)
}

// checkValues checks what the types cannot (casefile.Parse has checked that
// the texts are not empty) and builds the organisations and meetings.
func (c *vcCase) checkValues() error {
	for _, k := range []struct {
		key string
		d   chibo.Date
	}{{"from", c.From}, {"to", c.To}} {
		if c.Keys[k.key] && k.d.IsZero() {
			return c.Errorf("key %q: a date is required (YYYY-MM-DD or DD/MM/YYYY)", k.key)
		}
	}
	if c.Keys["from"] && c.Keys["to"] && c.To.Before(c.From) {
		return c.Errorf("key %q: %s is before \"from\" %s", "to", c.To, c.From)
	}
	if c.Keys["scheme"] {
		s, ok := vcSchemeByName(c.Scheme)
		if !ok {
			return c.Errorf("key %q: unknown scheme %q (want one of: %s)", "scheme", c.Scheme, strings.Join(vcSchemeNames(), ", "))
		}
		c.scheme = s
	}
	if c.Keys["organisation"] {
		org, err := meetingcases.BuildOrg(c.Organisation, "organisation")
		if err != nil {
			return c.Errorf("%v", err)
		}
		c.org = org
	}
	if c.Keys["committee"] {
		org, err := meetingcases.BuildOrg(c.Committee, "committee")
		if err != nil {
			return c.Errorf("%v", err)
		}
		c.committee = org
	}
	for i, o := range c.Cells {
		org, err := meetingcases.BuildOrg(o, fmt.Sprintf("cells[%d]", i))
		if err != nil {
			return c.Errorf("%v", err)
		}
		c.cells = append(c.cells, org)
	}
	// The meetings, with their shortcuts; whether "present" is given is
	// looked up in the raw case.
	var raw struct {
		Meeting  json.RawMessage   `json:"meeting"`
		Earlier  []json.RawMessage `json:"earlier"`
		Meetings []json.RawMessage `json:"meetings"`
	}
	_ = json.Unmarshal(c.Raw, &raw) // checked already
	if c.Keys["meeting"] {
		bm, err := meetingcases.BuildMeeting(c.Meeting, "meeting", meetingcases.HasPresent(raw.Meeting))
		if err != nil {
			return c.Errorf("%v", err)
		}
		if bm.Date.IsZero() {
			return c.Errorf("key %q: a date is required", "meeting.date")
		}
		c.meeting = bm
	}
	for _, l := range []struct {
		key  string
		ms   []vcMeeting
		raws []json.RawMessage
		out  *[]branch.Meeting
	}{{"earlier", c.Earlier, raw.Earlier, &c.earlier}, {"meetings", c.Meetings, raw.Meetings, &c.meetings}} {
		for i, m := range l.ms {
			bm, err := meetingcases.BuildMeeting(m, fmt.Sprintf("%s[%d]", l.key, i), i < len(l.raws) && meetingcases.HasPresent(l.raws[i]))
			if err != nil {
				return c.Errorf("%v", err)
			}
			*l.out = append(*l.out, bm)
		}
	}
	e := &c.Expect
	if c.Has("scheme") {
		if _, ok := vcSchemeByName(e.Scheme); !ok {
			return c.Errorf("key %q: unknown scheme %q (want one of: %s)", "expect.scheme", e.Scheme, strings.Join(vcSchemeNames(), ", "))
		}
	}
	if c.Has("level") && !slices.Contains(vcLevelNames, e.Level) {
		return c.Errorf("key %q: unknown level %q (want one of: %s)", "expect.level", e.Level, strings.Join(vcLevelNames, ", "))
	}
	if c.Has("failed") || c.Has("points") {
		s := c.scheme
		if s == nil {
			on := evaluation.SchemeOn(c.meeting.Date)
			s = &on
		}
		ids := vcCriterionIDs(s)
		for i, id := range e.Failed {
			if !slices.Contains(ids, id) {
				return c.Errorf("key \"expect.failed[%d]\": %q is not a criterion of scheme %q (its criteria: %s)", i, id, s.Name, strings.Join(ids, ", "))
			}
		}
		for _, id := range slices.Sorted(mapKeys(e.Points)) {
			if !slices.Contains(ids, id) {
				return c.Errorf("key \"expect.points.%s\": %q is not a criterion of scheme %q (its criteria: %s)", id, id, s.Name, strings.Join(ids, ", "))
			}
		}
	}
	for _, l := range slices.Sorted(mapKeys(e.Levels)) {
		if !slices.Contains(vcLevelNames, l) {
			return c.Errorf("key \"expect.levels.%s\": unknown level %q (want one of: %s)", l, l, strings.Join(vcLevelNames, ", "))
		}
		if e.Levels[l] <= 0 {
			return c.Errorf("key \"expect.levels.%s\": write only the levels that occur, with a count of 1 or more", l)
		}
	}
	for i, id := range e.Gaps {
		if !slices.Contains(vcGapRules, id) {
			return c.Errorf("key \"expect.gaps[%d]\": unknown rule id %q (known: %s)", i, id, strings.Join(vcGapRules, ", "))
		}
	}
	for i, a := range e.Attention {
		if a.Org == "" {
			return c.Errorf("key \"expect.attention[%d].org\": the organisation's id is required", i)
		}
		if len(a.Rules) == 0 {
			return c.Errorf("key \"expect.attention[%d].rules\": list why the organisation needs attention", i)
		}
		for j, r := range a.Rules {
			if !slices.Contains(vcAttentionRules, r) {
				return c.Errorf("key \"expect.attention[%d].rules[%d]\": unknown reason %q (known: %s)", i, j, r, strings.Join(vcAttentionRules, ", "))
			}
		}
	}
	if c.Has("held") && c.Keys["from"] && c.Keys["to"] {
		n := (c.To.Year()-c.From.Year())*12 + int(c.To.Month()-c.From.Month()) + 1
		if len(e.Held) != n {
			return c.Errorf("key %q: want one count per month of the period, %d, got %d", "expect.held", n, len(e.Held))
		}
	}
	if c.Has("rejected") && e.Rejected < 0 {
		return c.Errorf("key %q: want 0 or more, got %d", "expect.rejected", e.Rejected)
	}
	return c.checkRanking()
}

// checkRanking checks the keys of the annual ranking's ops and builds the
// regime (by name or by year, with its changes) and the quota rule.
func (c *vcCase) checkRanking() error {
	e := &c.Expect
	if c.Keys["member_year"] || c.Keys["org_year"] {
		year := c.MemberYear.Year
		if c.Keys["org_year"] {
			year = c.OrgYear.Year
		}
		if c.Keys["regime"] {
			r, ok := vcRegimeByName(c.Regime)
			if !ok {
				return c.Errorf("key %q: unknown regime %q (want one of: %s)", "regime", c.Regime, strings.Join(vcRegimeNames(), ", "))
			}
			c.regime = r
		} else {
			r := evaluation.RankingForYear(year)
			c.regime = &r
		}
		if c.Keys["regime_changes"] {
			var raw struct {
				Changes json.RawMessage `json:"regime_changes"`
			}
			_ = json.Unmarshal(c.Raw, &raw) // checked already
			if err := json.Unmarshal(raw.Changes, c.regime); err != nil {
				return c.Errorf("key %q: %v", "regime_changes", err)
			}
			if err := c.regime.Validate(); err != nil {
				return c.Errorf("key %q: the changed regime is invalid: %v", "regime_changes", err)
			}
		}
	}
	known := vcRankRules
	if c.Op == "rank-org" {
		known = vcOrgRules
	}
	for _, l := range []struct {
		key   string
		rules []string
	}{{"rules", e.Rules}, {"rules_absent", e.RulesAbsent}} {
		if c.Has(l.key) && len(l.rules) == 0 {
			return c.Errorf("key %q: name at least one rule", "expect."+l.key)
		}
		for i, r := range l.rules {
			if !slices.Contains(known, r) {
				return c.Errorf("key \"expect.%s[%d]\": unknown rule %q for op %q (known: %s)", l.key, i, r, c.Op, strings.Join(known, ", "))
			}
		}
	}
	if c.Has("regime") && strings.TrimSpace(e.Regime) == "" {
		return c.Errorf("key %q is empty", "expect.regime")
	}
	if c.Has("not_ranked") && c.Has("rank") && e.NotRanked != (e.Rank == evaluation.NotRanked) {
		return c.Errorf("key %q: %t contradicts \"expect.rank\" %q", "expect.not_ranked", e.NotRanked, e.Rank)
	}

	// The quota rule: num/den default to 1/5 for the quota op.
	c.quota = evaluation.QuotaRule{Num: 1, Den: 5, Rounding: c.Rounding}
	if c.Keys["num"] {
		c.quota.Num = c.Num
	}
	if c.Keys["den"] {
		c.quota.Den = c.Den
	}
	ids := map[string]int{}
	for i, it := range c.Rankings {
		if strings.TrimSpace(it.ID) == "" {
			return c.Errorf("key \"rankings[%d].id\": an id is required", i)
		}
		if j, ok := ids[it.ID]; ok {
			return c.Errorf("key \"rankings[%d].id\": %q is already the id of rankings[%d]", i, it.ID, j)
		}
		ids[it.ID] = i
	}
	if c.Keys["rankings"] && len(c.Rankings) == 0 {
		return c.Errorf("key %q is empty", "rankings")
	}
	for id := range e.Final {
		if _, ok := ids[id]; !ok {
			return c.Errorf("key \"expect.final.%s\": no ranking has the id %q", id, id)
		}
	}
	if c.Has("final") && len(e.Final) != len(c.Rankings) {
		return c.Errorf("key %q: give the final level of every ranking, %d, got %d", "expect.final", len(c.Rankings), len(e.Final))
	}
	for i, id := range e.Demoted {
		if _, ok := ids[id]; !ok {
			return c.Errorf("key \"expect.demoted[%d]\": no ranking has the id %q", i, id)
		}
	}
	for _, g := range slices.Sorted(mapKeys(e.Order)) {
		for i, id := range e.Order[g] {
			if _, ok := ids[id]; !ok {
				return c.Errorf("key \"expect.order.%s[%d]\": no ranking has the id %q", g, i, id)
			}
		}
	}
	for _, l := range []struct {
		key string
		rs  []vcYearRank
	}{{"prev", c.Prev}, {"cur", c.Cur}} {
		for i, r := range l.rs {
			if strings.TrimSpace(r.ID) == "" {
				return c.Errorf("key \"%s[%d].id\": an id is required", l.key, i)
			}
			if r.Year == 0 {
				return c.Errorf("key \"%s[%d].year\": the year is required", l.key, i)
			}
			if r.Committee && !c.Organisations {
				return c.Errorf("key \"%s[%d].committee\": only for organisations (\"organisations\": true)", l.key, i)
			}
		}
	}
	for i, f := range e.Flags {
		if len(f.Years) != 2 {
			return c.Errorf("key \"expect.flags[%d].years\": want the two years, earlier first, got %d", i, len(f.Years))
		}
		if !slices.Contains(vcFlagRules, f.Rule) {
			return c.Errorf("key \"expect.flags[%d].rule\": unknown rule %q (known: %s)", i, f.Rule, strings.Join(vcFlagRules, ", "))
		}
	}
	return nil
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
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
	put := func(k string, w, g any) {
		if c.Has(k) {
			want[k], got[k] = w, g
		}
	}
	switch c.Op {
	case "assess":
		ctx := &evaluation.Context{Org: c.org, Earlier: c.earlier, Rules: c.Rules.schedule()}
		m := c.meeting
		var a evaluation.Assessment
		if c.scheme != nil {
			a = c.scheme.Assess(&m, ctx)
		} else {
			a = evaluation.Assess(&m, ctx)
		}
		lines = append(lines, vcAssessment(a))
		for _, cr := range a.Criteria {
			lines = append(lines, fmt.Sprintf("criterion %s: %d/%d, met %t: %s", cr.ID, cr.Points, cr.Max, cr.Met, cr.Reason.EN))
		}
		for _, r := range a.Reasons {
			if r.Rule == evaluation.RuleLevel || r.Rule == evaluation.RuleKind {
				lines = append(lines, fmt.Sprintf("reason %s: %s", r.Rule, r.EN))
			}
		}
		put("scheme", e.Scheme, a.Scheme)
		put("level", e.Level, a.Level.String())
		put("score", e.Score, a.Score)
		put("max", e.Max, a.Max)
		put("failed", vcNonNil(e.Failed), vcNonNil(a.Failed))
		if c.Has("points") {
			gp := map[string]int{}
			for id := range e.Points {
				gp[id] = -1 // no such criterion in the assessment (not rated)
				for _, cr := range a.Criteria {
					if cr.ID == id {
						gp[id] = cr.Points
					}
				}
			}
			want["points"], got["points"] = e.Points, gp
		}
	case "review":
		r := evaluation.ReviewOrganisation(c.org, c.meetings, c.From, c.To, c.scheme, c.Rules.schedule())
		lines = append(lines, vcReview(r)...)
		put("levels", vcNonNilMap(e.Levels), vcLevels(r.Levels))
		gaps := []string{}
		for _, g := range r.Gaps {
			gaps = append(gaps, g.Rule)
		}
		put("gaps", vcNonNil(e.Gaps), gaps)
		put("absent_too_often", vcNonNil(e.AbsentTooOften), vcMemberIDs(r.AbsentTooOften))
		put("skipped", vcNonNil(e.Skipped), vcMemberIDs(r.Skipped))
		put("rejected", e.Rejected, len(r.Rejected))
		held := []int{}
		for _, row := range r.Months {
			held = append(held, row.Held)
		}
		put("held", vcNonNilInts(e.Held), held)
	case "review-committee":
		cr := evaluation.ReviewCommittee(c.committee, c.cells, c.meetings, c.From, c.To, c.scheme, c.Rules.schedule())
		reviews := append([]evaluation.Review{cr.Committee}, cr.Cells...)
		for _, r := range reviews {
			lines = append(lines, "review of "+r.Org+":")
			lines = append(lines, vcReview(r)...)
		}
		gotA := []string{}
		for _, a := range cr.Attention {
			var r *evaluation.Review
			for i := range reviews {
				if reviews[i].Org == a.Org {
					r = &reviews[i]
					break
				}
			}
			var rules []string
			for _, reason := range a.Reasons {
				rules = append(rules, vcAttentionRule(r, reason))
				lines = append(lines, fmt.Sprintf("attention %s: %s", a.Org, reason.EN))
			}
			gotA = append(gotA, a.Org+": "+strings.Join(rules, ", "))
		}
		wantA := []string{}
		for _, a := range e.Attention {
			wantA = append(wantA, a.Org+": "+strings.Join(a.Rules, ", "))
		}
		put("attention", wantA, gotA)
		put("rejected", e.Rejected, len(cr.Committee.Rejected))
	case "rank-member", "rank-org":
		var rank, quick evaluation.Rank
		var name string
		var reasons []chibo.Reason
		if c.Op == "rank-member" {
			in := c.MemberYear
			res := c.regime.RankMember(&in)
			rank, quick, name, reasons = res.Rank, c.regime.RankQuick(&in), res.Regime, res.Reasons
		} else {
			in := c.OrgYear
			res := c.regime.RankOrganisation(&in)
			rank, quick, name, reasons = res.Rank, c.regime.RankOrgQuick(&in), res.Regime, res.Reasons
		}
		lines = append(lines, fmt.Sprintf("regime %s: %s", name, rank.Abbr()))
		present := map[string]bool{}
		for _, r := range reasons {
			present[r.Rule] = true
			lines = append(lines, fmt.Sprintf("%s [%s]: %s", r.Rule, r.Source.Confidence, r.EN))
		}
		put("rank", e.Rank.String(), rank.String())
		put("not_ranked", e.NotRanked, rank == evaluation.NotRanked)
		put("regime", e.Regime, name)
		if c.Has("rules") {
			found := []string{}
			for _, r := range e.Rules {
				if present[r] {
					found = append(found, r)
				}
			}
			want["rules"], got["rules"] = e.Rules, found
		}
		if c.Has("rules_absent") {
			found := []string{}
			for _, r := range e.RulesAbsent {
				if present[r] {
					found = append(found, r)
				}
			}
			want["rules_absent"], got["rules_absent"] = []string{}, found // want: none of them appears
		}
		if quick != rank {
			// The bulk path must agree with the explained one.
			want["rank (RankQuick)"], got["rank (RankQuick)"] = rank.String(), quick.String()
		}
	case "max-outstanding":
		m := evaluation.MaxOutstanding(c.Total, c.quota)
		lines = append(lines, fmt.Sprintf("MaxOutstanding(%d, %s) = %d", c.Total, c.quota, m))
		put("max", e.Max, m)
	case "quota":
		var final map[string]string
		var groups []evaluation.GroupQuota
		var errQ error
		if c.Organisations {
			rs := make([]evaluation.OrgRanking, len(c.Rankings))
			for i, it := range c.Rankings {
				rs[i] = evaluation.OrgRanking{ID: it.ID, Group: it.Group, Score: it.Score, Priority: it.Priority, Rank: it.Proposed}
			}
			res := evaluation.ApplyOrgQuota(rs, c.quota)
			final, groups, errQ = map[string]string{}, res.Groups, res.Err
			for _, r := range res.Rankings {
				final[r.ID] = r.Rank.String()
			}
		} else {
			rs := make([]evaluation.MemberRanking, len(c.Rankings))
			for i, it := range c.Rankings {
				rs[i] = evaluation.MemberRanking{ID: it.ID, Group: it.Group, Score: it.Score, Priority: it.Priority, Rank: it.Proposed}
			}
			res := evaluation.ApplyQuota(rs, c.quota)
			final, groups, errQ = map[string]string{}, res.Groups, res.Err
			for _, r := range res.Rankings {
				final[r.ID] = r.Rank.String()
			}
		}
		if errQ != nil {
			lines = append(lines, "error: "+errQ.Error())
		}
		demoted, order, gmax := []string{}, map[string][]string{}, map[string]int{}
		for _, g := range groups {
			lines = append(lines, g.Reason.EN, fmt.Sprintf("order of group %q: %v", g.Group, g.Order))
			demoted = append(demoted, g.Demoted...)
			order[g.Group] = vcNonNil(g.Order)
			gmax[g.Group] = g.Max
		}
		wantFinal := map[string]string{}
		for id, r := range e.Final {
			wantFinal[id] = r.String()
		}
		put("final", wantFinal, final)
		put("demoted", vcNonNil(e.Demoted), demoted)
		if c.Has("order") {
			wo := map[string][]string{}
			for g, ids := range e.Order {
				wo[g] = vcNonNil(ids)
			}
			want["order"], got["order"] = wo, order
		}
		if c.Has("group_max") {
			want["group_max"], got["group_max"] = vcNonNilMap(e.GroupMax), gmax
		}
		put("rule_error", e.RuleError, errQ != nil)
	case "consecutive":
		var flags []evaluation.Flag
		if c.Organisations {
			prev, cur := vcOrgRankings(c.Prev), vcOrgRankings(c.Cur)
			flags = evaluation.ConsecutiveOrgs(prev, cur)
		} else {
			prev, cur := vcMemberRankings(c.Prev), vcMemberRankings(c.Cur)
			flags = evaluation.Consecutive(prev, cur)
		}
		flagged, gotFlags := []string{}, []vcFlag{}
		for _, f := range flags {
			lines = append(lines, fmt.Sprintf("%s %s %v: %s", f.Rule, f.ID, f.Years, f.Reason.EN))
			flagged = append(flagged, f.ID)
			gotFlags = append(gotFlags, vcFlag{ID: f.ID, Years: []int{f.Years[0], f.Years[1]}, Rule: f.Rule, Advisory: f.Advisory})
		}
		put("flagged", vcNonNil(e.Flagged), flagged)
		wantFlags := e.Flags
		if wantFlags == nil {
			wantFlags = []vcFlag{}
		}
		put("flags", wantFlags, gotFlags)
	}
	return want, got, "  " + strings.Join(lines, "\n  ")
}

func vcMemberRankings(rs []vcYearRank) []evaluation.MemberRanking {
	out := make([]evaluation.MemberRanking, len(rs))
	for i, r := range rs {
		out[i] = evaluation.MemberRanking{ID: r.ID, Name: r.Name, Year: r.Year, Rank: r.Rank, Proposed: r.Rank}
	}
	return out
}

func vcOrgRankings(rs []vcYearRank) []evaluation.OrgRanking {
	out := make([]evaluation.OrgRanking, len(rs))
	for i, r := range rs {
		out[i] = evaluation.OrgRanking{ID: r.ID, Name: r.Name, Year: r.Year, Rank: r.Rank, Proposed: r.Rank, Committee: r.Committee}
	}
	return out
}

// vcAttentionRule names an attention reason by the rule of the finding it
// rests on: a gap's rule, the level rule for meetings rated low, the
// skipped rule, or "attendance". ReviewCommittee gives every reason the
// rule evaluation.RuleAttention and says in its text what it rests on.
func vcAttentionRule(r *evaluation.Review, reason chibo.Reason) string {
	en := reason.EN
	if r != nil {
		if rest, ok := strings.CutPrefix(en, "Missed meeting: "); ok {
			for _, g := range r.Gaps {
				if g.EN == rest {
					return g.Rule
				}
			}
		}
		if rest, ok := strings.CutPrefix(en, "Member skipping meetings: "); ok {
			for _, s := range r.Skipped {
				if s.Reason.EN == rest {
					return evaluation.RuleSkipped
				}
			}
		}
	}
	switch {
	case strings.Contains(en, "rated low (scheme "):
		return evaluation.RuleLevel
	case strings.HasPrefix(en, "Attendance from "):
		return vcAttendance
	}
	return "unrecognised reason: " + en
}

func vcAssessment(a evaluation.Assessment) string {
	return fmt.Sprintf("%s %s (%s): scheme %s, level %s, score %d/%d, failed %v", a.Date, a.Meeting, a.Kind, a.Scheme, a.Level, a.Score, a.Max, a.Failed)
}

func vcReview(r evaluation.Review) []string {
	var lines []string
	for _, a := range r.Assessments {
		lines = append(lines, "assessed "+vcAssessment(a))
	}
	for _, g := range r.Gaps {
		lines = append(lines, fmt.Sprintf("gap %s %s: %s", g.Month, g.Rule, g.EN))
	}
	for _, a := range r.AbsentTooOften {
		lines = append(lines, fmt.Sprintf("absent too often %s: %s", a.MemberID, a.Reason.EN))
	}
	for _, a := range r.Skipped {
		lines = append(lines, fmt.Sprintf("skipped %s: %s", a.MemberID, a.Reason.EN))
	}
	for _, err := range r.Rejected {
		lines = append(lines, "rejected: "+err.Error())
	}
	return lines
}

func vcLevels(c evaluation.LevelCounts) map[string]int {
	out := map[string]int{}
	for l, n := range c {
		if n > 0 {
			out[evaluation.Level(l).String()] = n
		}
	}
	return out
}

func vcMemberIDs(as []evaluation.Absence) []string {
	out := []string{}
	for _, a := range as {
		out = append(out, a.MemberID)
	}
	return out
}

func vcNonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func vcNonNilInts(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

func vcNonNilMap(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
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
	const meeting = `{"id": "r", "org": "c1", "kind": "regular", "date": "2025-11-12", "start": "08:00", "end": "09:30", "summoned_count": 5}`
	assess := func(name, extra string) string {
		return `{"name": "` + name + `", "op": "assess", "source": "s", "meeting": ` + meeting + extra + `}`
	}
	const org = `{"id": "c1", "name": "C", "kind": "cell", "official_count": 5, "secretary": "m1"}`
	review := func(name, extra string) string {
		return `{"name": "` + name + `", "op": "review", "source": "s", "organisation": ` + org +
			`, "meetings": [` + meeting + `], "from": "2025-11-01", "to": "2025-11-30"` + extra + `}`
	}
	committee := func(name, extra string) string {
		return `{"name": "` + name + `", "op": "review-committee", "source": "s", "committee": {"id": "tb", "kind": "grass-roots-committee"}, "cells": [` + org +
			`], "meetings": [], "from": "2025-11-01", "to": "2025-11-30"` + extra + `}`
	}
	good := assess("good", `, "expect": {"level": "kha"}`)
	const member = `{"id": "m", "name": "M", "decision_date": "2010-01-01"}`
	rank := func(name, extra string) string {
		return `{"name": "` + name + `", "op": "rank-member", "source": "s", "member_year": {"member": ` + member + `, "year": 2025, "score": 80}` + extra + `}`
	}
	rankWith := func(name, fields, extra string) string {
		return `{"name": "` + name + `", "op": "rank-member", "source": "s", "member_year": {"member": ` + member + `, "year": 2025, ` + fields + `}` + extra + `}`
	}
	quota := func(name, rankings, expect string) string {
		return `{"name": "` + name + `", "op": "quota", "source": "s", "rankings": [` + rankings + `], "expect": {` + expect + `}}`
	}
	tests := []struct {
		name, data, want string
	}{
		{"misspelt expect", wrap(good, assess("T17 x", `, "expcet": {"level": "tot"}`)),
			`testdata/bad.json: case 2 "T17 x": unknown key "expcet" (did you mean "expect"?)`},
		{"unknown expect key", wrap(assess("a", `, "expect": {"levle": "tot"}`)),
			`testdata/bad.json: case 1 "a": unknown key "expect.levle" (did you mean "level"?)`},
		{"expect key of another op", wrap(assess("a", `, "expect": {"gaps": []}`)),
			`testdata/bad.json: case 1 "a": key "expect.gaps" is not used by op "assess"`},
		{"case key of another op", wrap(assess("a", `, "from": "2025-11-01", "expect": {"level": "tot"}`)),
			`testdata/bad.json: case 1 "a": key "from" is not used by op "assess"`},
		{"unknown scheme", wrap(assess("a", `, "scheme": "2024", "expect": {"level": "tot"}`)),
			`testdata/bad.json: case 1 "a": key "scheme": unknown scheme "2024" (want one of: 2018, 2025, binh-thuan)`},
		{"unknown expected scheme", wrap(assess("a", `, "expect": {"scheme": "binhthuan"}`)),
			`testdata/bad.json: case 1 "a": key "expect.scheme": unknown scheme "binhthuan"`},
		{"unknown level", wrap(assess("a", `, "expect": {"level": "good"}`)),
			`testdata/bad.json: case 1 "a": key "expect.level": unknown level "good"`},
		{"criterion of another scheme", wrap(assess("a", `, "expect": {"failed": ["attendance"]}`)),
			`testdata/bad.json: case 1 "a": key "expect.failed[0]": "attendance" is not a criterion of scheme "2025"`},
		{"points of an unknown criterion", wrap(assess("a", `, "scheme": "2018", "expect": {"points": {"4.2": 25}}`)),
			`testdata/bad.json: case 1 "a": key "expect.points.4.2": "4.2" is not a criterion of scheme "2018"`},
		{"points as text", wrap(assess("a", `, "expect": {"points": {"1": "5"}}`)),
			`testdata/bad.json: case 1 "a": key "expect.points.1": want a whole number, got "5"`},
		{"misspelt meeting key", wrap(`{"name": "a", "op": "assess", "source": "s", "meeting": {"id": "r", "org": "c1", "kind": "regular", "date": "2025-11-12", "minutes_completed": true}, "expect": {"level": "tot"}}`),
			`testdata/bad.json: case 1 "a": unknown key "meeting.minutes_completed" (did you mean "minutes_complete"?)`},
		{"meeting without a date", wrap(`{"name": "a", "op": "assess", "source": "s", "meeting": {"id": "r", "org": "c1", "kind": "regular"}, "expect": {"level": "tot"}}`),
			`testdata/bad.json: case 1 "a": key "meeting.date": a date is required`},
		{"misspelt earlier meeting key", wrap(assess("a", `, "earlier": [{"id": "cc", "org": "c1", "kind": "cell-committee", "dat": "2025-11-05"}], "expect": {"level": "tot"}`)),
			`testdata/bad.json: case 1 "a": unknown key "earlier[0].dat" (did you mean "date"?)`},
		{"summoned twice", wrap(`{"name": "a", "op": "assess", "source": "s", "meeting": {"id": "r", "org": "c1", "kind": "regular", "date": "2025-11-12", "summoned": ["m1"], "summoned_count": 2}, "expect": {"level": "tot"}}`),
			`testdata/bad.json: case 1 "a": key "meeting.summoned_count": give either "summoned" or "summoned_count", not both`},
		{"duplicate score", wrap(`{"name": "a", "op": "assess", "source": "s", "meeting": {"id": "r", "org": "c1", "kind": "regular", "date": "2025-11-12", "scores": {"4.2": 20, "4.2": 25}}, "expect": {"level": "tot"}}`),
			`testdata/bad.json: case 1 "a": key "meeting.scores.4.2" appears twice`},
		{"misspelt rules key", wrap(assess("a", `, "rules": {"no_cell_committee": true}, "expect": {"level": "tot"}`)),
			`testdata/bad.json: case 1 "a": unknown key "rules.no_cell_committee"`},
		{"zero level count", wrap(review("a", `, "expect": {"levels": {"tot": 0}}`)),
			`testdata/bad.json: case 1 "a": key "expect.levels.tot": write only the levels that occur`},
		{"unknown level count", wrap(review("a", `, "expect": {"levels": {"good": 1}}`)),
			`testdata/bad.json: case 1 "a": key "expect.levels.good": unknown level "good"`},
		{"unknown gap rule", wrap(review("a", `, "expect": {"gaps": ["branch.schedule.month"]}`)),
			`testdata/bad.json: case 1 "a": key "expect.gaps[0]": unknown rule id "branch.schedule.month"`},
		{"held of the wrong length", wrap(review("a", `, "expect": {"held": [1, 0]}`)),
			`testdata/bad.json: case 1 "a": key "expect.held": want one count per month of the period, 1, got 2`},
		{"period backwards", wrap(`{"name": "a", "op": "review", "source": "s", "organisation": ` + org + `, "meetings": [], "from": "2025-12-01", "to": "2025-11-30", "expect": {"rejected": 0}}`),
			`testdata/bad.json: case 1 "a": key "to": 2025-11-30 is before "from" 2025-12-01`},
		{"misspelt cell key", wrap(`{"name": "a", "op": "review-committee", "source": "s", "committee": {"id": "tb", "kind": "grass-roots-committee"}, "cells": [{"id": "c1", "kind": "cell", "parnet": "tb"}], "meetings": [], "from": "2025-11-01", "to": "2025-11-30", "expect": {"rejected": 0}}`),
			`testdata/bad.json: case 1 "a": unknown key "cells[0].parnet" (did you mean "parent"?)`},
		{"unknown attention reason", wrap(committee("a", `, "expect": {"attention": [{"org": "c1", "rules": ["branch.schedule.duration"]}]}`)),
			`testdata/bad.json: case 1 "a": key "expect.attention[0].rules[0]": unknown reason "branch.schedule.duration"`},
		{"attention without reasons", wrap(committee("a", `, "expect": {"attention": [{"org": "c1"}]}`)),
			`testdata/bad.json: case 1 "a": key "expect.attention[0].rules": list why the organisation needs attention`},
		{"misspelt attention key", wrap(committee("a", `, "expect": {"attention": [{"organisation": "c1", "rules": ["attendance"]}]}`)),
			`testdata/bad.json: case 1 "a": unknown key "expect.attention[0].organisation" (known keys: org, rules)`},
		{"missing op input", wrap(`{"name": "a", "op": "review", "source": "s", "organisation": ` + org + `, "meetings": [], "from": "2025-11-01", "expect": {"rejected": 0}}`),
			`testdata/bad.json: case 1 "a": missing key "to" (op "review" needs it)`},
		{"unknown op", wrap(`{"name": "a", "op": "asess", "source": "s", "expect": {"level": "tot"}}`),
			`testdata/bad.json: case 1 "a": key "op": unknown op "asess"`},
		{"missing source", wrap(good, `{"name": "b", "op": "assess", "meeting": `+meeting+`, "expect": {"level": "tot"}}`),
			`testdata/bad.json: case 2 "b": missing key "source"`},
		{"missing name", wrap(`{"op": "assess", "source": "s", "meeting": ` + meeting + `, "expect": {"level": "tot"}}`),
			`testdata/bad.json: case 1 (no name): missing key "name"`},
		{"bad date", wrap(`{"name": "a", "op": "assess", "source": "s", "meeting": {"id": "r", "org": "c1", "kind": "regular", "date": "2025-11-31"}, "expect": {"level": "tot"}}`),
			`testdata/bad.json: case 1 "a": key "meeting.date": chibo: date out of range: "2025-11-31"`},
		{"wrong type", wrap(assess("a", `, "expect": {"score": "90"}`)),
			`testdata/bad.json: case 1 "a": key "expect.score": want a whole number, got "90"`},
		{"duplicate key", wrap(assess("a", `, "scheme": "2025", "scheme": "2018", "expect": {"level": "tot"}`)),
			`testdata/bad.json: case 1 "a": key "scheme" appears twice`},
		{"null", wrap(assess("a", `, "scheme": null, "expect": {"level": "tot"}`)),
			`testdata/bad.json: case 1 "a": key "scheme": null is not allowed`},
		{"empty expect", wrap(assess("a", `, "expect": {}`)),
			`testdata/bad.json: case 1 "a": key "expect" is empty`},
		{"empty known issue", wrap(assess("a", `, "known_issue": "", "expect": {"level": "tot"}`)),
			`testdata/bad.json: case 1 "a": key "known_issue" is empty`},
		{"duplicate name", wrap(good, good),
			`testdata/bad.json: case 2 "good": name "good" is already used by case 1`},
		{"case not an object", wrap(good, `"a"`),
			`testdata/bad.json: case 2 (no name): want an object in { }`},
		{"unknown file key", `{"family": "f", "case": [` + good + `]}`,
			`testdata/bad.json: unknown key "case" (did you mean "cases"?)`},
		{"missing family", `{"cases": [` + good + `]}`,
			`testdata/bad.json: missing key "family"`},
		{"no cases", `{"family": "f", "cases": []}`,
			`testdata/bad.json: key "cases" is empty`},
		{"syntax error", "{\"family\": \"f\",\n \"cases\": [\n  {\"name\": \"a\",}\n]}",
			`testdata/bad.json: line 3, column 16: invalid JSON`},

		// The annual ranking's ops.
		{"unknown regime", wrap(rank("a", `, "regime": "2024", "expect": {"rank": "htt"}`)),
			`testdata/bad.json: case 1 "a": key "regime": unknown regime "2024" (want one of: 2018, 2023, 2025)`},
		{"misspelt member key", wrap(`{"name": "a", "op": "rank-member", "source": "s", "member_year": {"member": {"id": "m", "decison_date": "2010-01-01"}, "year": 2025, "score": 80}, "expect": {"rank": "htt"}}`),
			`testdata/bad.json: case 1 "a": unknown key "member_year.member.decison_date" (did you mean "decision_date"?)`},
		{"misspelt member-year key", wrap(`{"name": "a", "op": "rank-member", "source": "s", "member_year": {"member": ` + member + `, "year": 2025, "tasks_ontime": 3}, "expect": {"rank": "htt"}}`),
			`testdata/bad.json: case 1 "a": unknown key "member_year.tasks_ontime" (did you mean "tasks_on_time"?)`},
		{"discipline form unknown", wrap(`{"name": "a", "op": "rank-member", "source": "s", "member_year": {"member": {"id": "m", "decision_date": "2010-01-01", "discipline": [{"form": "mild", "date": "2025-03-01"}]}, "year": 2025}, "expect": {"rank": "htt"}}`),
			`testdata/bad.json: case 1 "a": key "member_year.member.discipline[0].form": member: unknown discipline form "mild"`},
		{"score as text", wrap(rankWith("a", `"score": "92"`, `, "expect": {"rank": "htxs"}`)),
			`testdata/bad.json: case 1 "a": key "member_year.score": want a number, got "92"`},
		{"unknown grade", wrap(rankWith("a", `"criteria": ["great"], "tasks": "tot"`, `, "regime": "2023", "expect": {"rank": "htt"}`)),
			`testdata/bad.json: case 1 "a": key "member_year.criteria[0]": evaluation: unknown grade "great"`},
		{"unknown expected rank", wrap(rank("a", `, "expect": {"rank": "excellent"}`)),
			`testdata/bad.json: case 1 "a": key "expect.rank": evaluation: unknown rank "excellent"`},
		{"unknown rule", wrap(rank("a", `, "expect": {"rules": ["evaluation.rank.disciplined"]}`)),
			`testdata/bad.json: case 1 "a": key "expect.rules[0]": unknown rule "evaluation.rank.disciplined" for op "rank-member"`},
		{"member rule in an organisation case", wrap(`{"name": "a", "op": "rank-org", "source": "s", "org_year": {"org": {"id": "o", "kind": "cell"}, "year": 2025, "score": 80}, "expect": {"rules_absent": ["evaluation.rank.score"]}}`),
			`testdata/bad.json: case 1 "a": key "expect.rules_absent[0]": unknown rule "evaluation.rank.score" for op "rank-org"`},
		{"empty rule list", wrap(rank("a", `, "expect": {"rules": []}`)),
			`testdata/bad.json: case 1 "a": key "expect.rules": name at least one rule`},
		{"not_ranked contradicts rank", wrap(rank("a", `, "expect": {"rank": "htt", "not_ranked": true}`)),
			`testdata/bad.json: case 1 "a": key "expect.not_ranked": true contradicts "expect.rank" "htt"`},
		{"misspelt regime change", wrap(rank("a", `, "regime_changes": {"sick_cap": 90}, "expect": {"rank": "htt"}`)),
			`testdata/bad.json: case 1 "a": unknown key "regime_changes.sick_cap"`},
		{"invalid regime change", wrap(rank("a", `, "regime_changes": {"quota": {"den": 0}}, "expect": {"rank": "htt"}`)),
			`testdata/bad.json: case 1 "a": key "regime_changes": the changed regime is invalid`},
		{"misspelt organisation key", wrap(`{"name": "a", "op": "rank-org", "source": "s", "org_year": {"org": {"id": "o", "kind": "cell"}, "year": 2025, "subordinate_disciplined": 1}, "expect": {"rank": "htt"}}`),
			`testdata/bad.json: case 1 "a": unknown key "org_year.subordinate_disciplined" (did you mean "subordinates_disciplined"?)`},
		{"unknown organisation kind", wrap(`{"name": "a", "op": "rank-org", "source": "s", "org_year": {"org": {"id": "o", "kind": "chi-bo"}, "year": 2025}, "expect": {"rank": "htt"}}`),
			`testdata/bad.json: case 1 "a": key "org_year.org.kind"`},
		{"member year in an organisation case", wrap(`{"name": "a", "op": "rank-org", "source": "s", "member_year": {"year": 2025}, "org_year": {"org": {"id": "o", "kind": "cell"}, "year": 2025}, "expect": {"rank": "htt"}}`),
			`testdata/bad.json: case 1 "a": key "member_year" is not used by op "rank-org"`},
		{"missing member year", wrap(`{"name": "a", "op": "rank-member", "source": "s", "regime": "2025", "expect": {"rank": "htt"}}`),
			`testdata/bad.json: case 1 "a": missing key "member_year" (op "rank-member" needs it)`},
		{"quota check on a ranking", wrap(rank("a", `, "expect": {"demoted": []}`)),
			`testdata/bad.json: case 1 "a": key "expect.demoted" is not used by op "rank-member"`},
		{"missing den", wrap(`{"name": "a", "op": "max-outstanding", "source": "s", "total": 17, "num": 1, "expect": {"max": 2}}`),
			`testdata/bad.json: case 1 "a": missing key "den" (op "max-outstanding" needs it)`},
		{"unknown rounding", wrap(`{"name": "a", "op": "max-outstanding", "source": "s", "total": 17, "num": 1, "den": 5, "rounding": "up", "expect": {"max": 2}}`),
			`testdata/bad.json: case 1 "a": key "rounding": evaluation: unknown rounding "up"`},
		{"total as a fraction", wrap(`{"name": "a", "op": "max-outstanding", "source": "s", "total": 17.5, "num": 1, "den": 5, "expect": {"max": 2}}`),
			`testdata/bad.json: case 1 "a": key "total": want a whole number, got 17.5`},
		{"quota ranking without id", wrap(quota("a", `{"group": "g", "score": 90, "proposed": "htxs"}`, `"demoted": []`)),
			`testdata/bad.json: case 1 "a": key "rankings[0].id": an id is required`},
		{"quota id twice", wrap(quota("a", `{"id": "x", "proposed": "htxs"}, {"id": "x", "proposed": "htt"}`, `"demoted": []`)),
			`testdata/bad.json: case 1 "a": key "rankings[1].id": "x" is already the id of rankings[0]`},
		{"misspelt quota ranking key", wrap(quota("a", `{"id": "x", "propsed": "htxs"}`, `"demoted": []`)),
			`testdata/bad.json: case 1 "a": unknown key "rankings[0].propsed" (did you mean "proposed"?)`},
		{"final of an unknown id", wrap(quota("a", `{"id": "x", "proposed": "htxs"}`, `"final": {"y": "htt"}`)),
			`testdata/bad.json: case 1 "a": key "expect.final.y": no ranking has the id "y"`},
		{"final incomplete", wrap(quota("a", `{"id": "x", "proposed": "htxs"}, {"id": "y", "proposed": "htt"}`, `"final": {"x": "htt"}`)),
			`testdata/bad.json: case 1 "a": key "expect.final": give the final level of every ranking, 2, got 1`},
		{"demoted unknown id", wrap(quota("a", `{"id": "x", "proposed": "htxs"}`, `"demoted": ["z"]`)),
			`testdata/bad.json: case 1 "a": key "expect.demoted[0]": no ranking has the id "z"`},
		{"consecutive without year", wrap(`{"name": "a", "op": "consecutive", "source": "s", "prev": [{"id": "a", "rank": "khtnv"}], "cur": [], "expect": {"flagged": []}}`),
			`testdata/bad.json: case 1 "a": key "prev[0].year": the year is required`},
		{"committee of a member", wrap(`{"name": "a", "op": "consecutive", "source": "s", "prev": [], "cur": [{"id": "a", "year": 2025, "rank": "khtnv", "committee": true}], "expect": {"flagged": []}}`),
			`testdata/bad.json: case 1 "a": key "cur[0].committee": only for organisations`},
		{"flag with one year", wrap(`{"name": "a", "op": "consecutive", "source": "s", "prev": [], "cur": [], "expect": {"flags": [{"id": "a", "years": [2025], "rule": "evaluation.consequence.two-years"}]}}`),
			`testdata/bad.json: case 1 "a": key "expect.flags[0].years": want the two years, earlier first, got 1`},
		{"flag with an unknown rule", wrap(`{"name": "a", "op": "consecutive", "source": "s", "prev": [], "cur": [], "expect": {"flags": [{"id": "a", "years": [2024, 2025], "rule": "two-years"}]}}`),
			`testdata/bad.json: case 1 "a": key "expect.flags[0].rule": unknown rule "two-years"`},
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
	  {"name": "a", "op": "assess", "source": "s", "note": "n", "scheme": "binh-thuan",
	   "organisation": {"id": "c1", "name": "C", "kind": "cell", "official_count": 4, "secretary": "m1",
	     "members": [{"id": "p1", "name": "P", "decision_date": "2025-03-02"}]},
	   "meeting": {"id": "r", "org": "c1", "kind": "regular", "date": "12/11/2025", "start": "08:00", "end": "09:30",
	     "summoned_count": 4, "absent_unexcused": ["m4"], "scores": {"4.2": 20}},
	   "earlier": [{"id": "cc", "org": "c1", "kind": "cell-committee", "date": "2025-11-05", "start": "14:00", "end": "15:00", "results_percent": 0}],
	   "rules": {"no_cell_committee_meeting": true},
	   "expect": {"scheme": "binh-thuan", "points": {"2": 0, "4.2": 20}}},
	  {"name": "b", "op": "assess", "source": "s", "meeting": {"id": "r", "org": "c1", "kind": "regular", "date": "2025-11-12"}, "expcet": {"level": "tot"}},
	  {"name": "c", "op": "assess", "source": "s", "meeting": {"id": "r", "org": "c1", "kind": "cell-committee", "date": "2025-11-12"}, "expect": {"level": "tot"}}
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
	a := cases[0]
	if a.scheme == nil || a.scheme.Name != "binh-thuan" || len(a.org.Members) != 5 || a.org.Members[4].ID != "p1" || !a.Rules.NoCellCommitteeMeeting {
		t.Errorf("case decoded wrongly: %+v", a)
	}
	m := a.meeting
	if !slices.Equal(m.Summoned, []string{"m1", "m2", "m3", "m4"}) || !slices.Equal(m.Present, []string{"m1", "m2", "m3"}) ||
		m.ResultsPercent != -1 || a.earlier[0].ResultsPercent != 0 || m.Date != chibo.DateOf(2025, 11, 12) {
		t.Errorf("meetings built wrongly: %+v; %+v", m, a.earlier)
	}
	if want, got, _ := vcRun(a); cmp.Diff(want, got) != "" {
		t.Errorf("case a: %s", cmp.Diff(want, got))
	}
	// The runner compares: a cell-committee meeting is not rated, so "tot" must differ.
	if want, got, _ := vcRun(cases[2]); cmp.Diff(want, got) == "" {
		t.Error("a cell-committee meeting expected Tốt, and the runner saw no difference")
	}
}

// TestRankingCaseFileGood checks the annual ranking's ops: a well-formed
// file parses, the regime is taken by name or by year and changed on a
// copy, and a wrong expectation is caught by each op.
func TestRankingCaseFileGood(t *testing.T) {
	data := `{"family": "f", "cases": [
	  {"name": "by name with changes", "op": "rank-member", "source": "s", "regime": "2025", "regime_changes": {"name": "v", "sick_cap_days": 90},
	   "member_year": {"member": {"id": "m", "name": "M", "decision_date": "2010-01-01"}, "year": 2025, "score": 95, "sick_leave_days": 100,
	                   "tasks_assigned": 10, "tasks_on_time": 10, "tasks_exceeded": 4},
	   "expect": {"rank": "htxs"}},
	  {"name": "by year", "op": "rank-org", "source": "s",
	   "org_year": {"org": {"id": "o", "kind": "cell"}, "year": 2024, "criteria": ["tot"], "tasks": "tot"},
	   "expect": {"regime": "2023", "rank": "htnv", "rules": ["evaluation.org.grades"]}},
	  {"name": "max", "op": "max-outstanding", "source": "s", "total": 17, "num": 1, "den": 5, "expect": {"max": 3}},
	  {"name": "quota", "op": "quota", "source": "s", "rankings": [{"id": "a", "score": 91, "proposed": "htxs"}, {"id": "b", "proposed": "htt"}],
	   "expect": {"demoted": [], "final": {"a": "htxs", "b": "htt"}}},
	  {"name": "flags", "op": "consecutive", "source": "s", "prev": [{"id": "a", "year": 2024, "rank": "khtnv"}], "cur": [{"id": "a", "year": 2025, "rank": "khtnv"}],
	   "expect": {"flagged": []}}
	]}`
	cases, err := vcParseFile("testdata/good.json", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.Err != nil {
			t.Fatalf("case %q rejected: %v", c.Name, c.Err)
		}
	}
	a := cases[0]
	if a.regime == nil || a.regime.Name != "v" || a.regime.SickCapDays != 90 || !a.regime.Scored {
		t.Errorf("regime changes not applied over 2025: %+v", a.regime)
	}
	if evaluation.Ranking2025.SickCapDays != 0 || evaluation.Ranking2025.Name != "2025" {
		t.Error("regime_changes modified the package's Ranking2025")
	}
	if b := cases[1]; b.regime == nil || b.regime.Name != "2023" || b.OrgYear.Org == nil || b.OrgYear.Org.Kind != branch.Cell {
		t.Errorf("by-year regime or organisation decoded wrongly: %+v", b)
	}
	// Every case above expects something the library does not give: the
	// runner must see each difference (100 days ≥ 90 caps case 1 at HTNV;
	// the 2023 organisation with Tốt task results is HTT; 17 gives 2; a is
	// alone in its group with one HTT, T = 2, so it is moved down; a is
	// flagged).
	for _, c := range cases {
		if want, got, _ := vcRun(c); cmp.Diff(want, got) == "" {
			t.Errorf("case %q: the runner saw no difference", c.Name)
		}
	}
}
