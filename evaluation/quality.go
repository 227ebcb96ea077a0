package evaluation

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
)

// Level is the quality level of one cell meeting (xếp loại chất lượng sinh
// hoạt chi bộ). The 100-point schemes rate a meeting Good, Fair, Average or
// Poor; the 2018 criteria framework says whether it met every criterion
// (Met) or not (NotMet). LevelNone is the zero value: the meeting was not
// rated.
type Level uint8

const (
	// LevelNone: not rated — not a cell meeting, or a scheme that cannot
	// rate it.
	LevelNone Level = iota
	// Good is Tốt: 90 points or more (and, in Bình Thuận, full marks on four
	// key criteria).
	Good
	// Fair is Khá: 70 to under 90 points.
	Fair
	// Average is Trung bình: 50 to under 70 points.
	Average
	// Poor is Kém: under 50 points.
	Poor
	// Met is đạt: every criterion of the HD 12-HD/BTCTW (2018) framework met.
	Met
	// NotMet is chưa đạt: some criterion of the 2018 framework not met.
	NotMet
)

var (
	levelNames = [...]string{"none", "tot", "kha", "trung-binh", "kem", "dat", "chua-dat"}
	levelVI    = [...]string{"Không xếp loại", "Tốt", "Khá", "Trung bình", "Kém", "Đạt", "Chưa đạt"}
	levelEN    = [...]string{"not rated", "good", "fair", "average", "poor", "met", "not met"}
)

// String returns the level's stable name: "none", "tot", "kha",
// "trung-binh", "kem", "dat" or "chua-dat".
func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// VI returns the Vietnamese name: "Tốt", "Khá", "Trung bình", "Kém", "Đạt",
// "Chưa đạt" ("Không xếp loại" for LevelNone).
func (l Level) VI() string {
	if int(l) < len(levelVI) {
		return levelVI[l]
	}
	return l.String()
}

// EN returns the English name: "good", "fair", "average", "poor", "met",
// "not met" ("not rated" for LevelNone).
func (l Level) EN() string {
	if int(l) < len(levelEN) {
		return levelEN[l]
	}
	return l.String()
}

// MarshalText implements encoding.TextMarshaler with the String name. A
// value other than the seven defined is an error.
func (l Level) MarshalText() ([]byte, error) {
	if int(l) >= len(levelNames) {
		return nil, fmt.Errorf("evaluation: invalid level %d", uint8(l))
	}
	return []byte(levelNames[l]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the String
// names.
func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if string(b) == n {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("evaluation: unknown level %q (want none, tot, kha, trung-binh, kem, dat or chua-dat)", b)
}

// Rule identifiers. A criterion's reason has the rule
// "evaluation.meeting.<criterion ID>" (Criterion.Rule).
const (
	// RuleMeeting is the prefix of the criteria's rules.
	RuleMeeting = "evaluation.meeting."
	// RuleKind explains why a meeting is not rated (not a cell meeting, no
	// meeting, a scheme without criteria).
	RuleKind = "evaluation.meeting.kind"
	// RuleLevel explains the level from the score, the bands and the top
	// rule, or from the criteria met.
	RuleLevel = "evaluation.meeting.level"
)

// MaxCriteria is the most criteria a scheme may have (Outcome.Short is a
// 64-bit set).
const MaxCriteria = 64

// Context is what an assessment needs besides the meeting record itself.
// Every field may be zero; a nil *Context is the zero Context.
type Context struct {
	// Org is the organisation that met. It gives members' names to the
	// reasons, and its officers decide whether a cell-committee meeting is
	// waived (Rules.NoCellCommitteeMeeting). May be nil.
	Org *branch.Organisation
	// Earlier are the organisation's other meetings, in any order; the
	// meeting being assessed may be among them (it is recognised by its
	// ID, date and start). They give the cell-committee meeting held before
	// this one in the same month, and the members' earlier excused absences
	// in the same calendar year. Meetings of other organisations are
	// ignored.
	Earlier []branch.Meeting
	// Rules are the organisation's schedule rules; NoCellCommitteeMeeting
	// waives the cell-committee meeting of a cell whose only officer is the
	// secretary (no cell committee, no deputy), as branch.Compliance does.
	Rules branch.ScheduleRules
}

var noContext Context

// Mark is what a criterion's ScoreFunc returns: the points (scored
// schemes), whether the criterion is met (pass/fail schemes), and the
// explanation in Vietnamese and English with the values used.
type Mark struct {
	// Points are the points given; clamped to 0…Criterion.Max by the
	// scheme, ignored in a pass/fail scheme.
	Points int
	// Met says whether a pass/fail criterion is met; a scored scheme
	// decides it from the points.
	Met bool
	// VI and EN explain the mark, with the values used; empty when
	// Input.Explain is false.
	VI, EN string
	// Source, when its Document is not empty, replaces the criterion's
	// Source in the reason: for a criterion whose parts rest on different
	// documents (the HD 42 duration and a local banding of shortfalls).
	Source chibo.Source
}

// Input is what a criterion's ScoreFunc sees. Scheme.Check and
// Scheme.Assess never pass nil pointers.
type Input struct {
	Scheme    *Scheme         // the scheme being applied (its parameters)
	Criterion *Criterion      // the criterion being scored (its Max)
	Meeting   *branch.Meeting // the meeting
	Context   *Context        // the organisation and its other meetings
	// Explain asks for the texts; when false only Points and Met are
	// needed, and Scheme.Check uses this for bulk work.
	Explain bool

	// text is the buffer Scheme.Assess writes an assessment's texts into.
	text *text
}

// ScoreFunc scores one criterion for one meeting.
type ScoreFunc func(in Input) Mark

// Criterion is one criterion of a scheme (tiêu chí).
type Criterion struct {
	// ID identifies the criterion within its scheme ("1", "3.2",
	// "attendance"); Meeting.Scores is keyed by it.
	ID string
	// Rule is the rule identifier of its reasons; "" means
	// "evaluation.meeting." + ID.
	Rule string
	// VI and EN name the criterion.
	VI, EN string
	// Max is the most points it gives; 0 for a pass/fail criterion.
	Max int
	// Source is its legal basis.
	Source chibo.Source
	// Score scores it. In a scored scheme the points are clamped to 0…Max
	// and the criterion is met when they reach Max; in a pass/fail scheme
	// Mark.Met decides and the points are ignored.
	Score ScoreFunc
}

func (c *Criterion) rule() string {
	if c.Rule != "" {
		return c.Rule
	}
	return RuleMeeting + c.ID
}

// Band is one level of a scored scheme: meetings scoring at least Min
// points get Level.
type Band struct {
	Min   int   // the lowest score of the band
	Level Level // Good, Fair, Average or Poor
}

// Threshold is a minimum share of counted members present (summoned less
// exempt), in whole percent, with its legal basis. It is compared in
// integers: present×100 > counted×Percent when Strict ("trên 85%"),
// present×100 ≥ counted×Percent otherwise ("từ 90% trở lên").
type Threshold struct {
	Percent int          // the share, in whole percent
	Strict  bool         // true: more than Percent; false: at least Percent
	Source  chibo.Source // its legal basis
}

// Reached reports whether present of counted members reach the threshold;
// never when nobody is counted.
func (t Threshold) Reached(present, counted int) bool {
	if counted <= 0 {
		return false
	}
	if t.Strict {
		return present*100 > counted*t.Percent
	}
	return present*100 >= counted*t.Percent
}

// Scheme is a meeting-quality scheme: the criteria a cell meeting is judged
// by, and how the results make a level. It is a plain value. The package's
// schemes are exported (Scheme2018, Scheme2025, SchemeBinhThuan) so they
// can be read, printed and pinned; a province supplies its own by copying
// one, giving the copy its own slices (Clone), and changing criteria, bands
// or parameters:
//
//	s := evaluation.Scheme2025.Clone()
//	s.Name = "my-province"
//	s.Bands = []evaluation.Band{{Min: 85, Level: evaluation.Good}, {Min: 65, Level: evaluation.Fair}, {Min: 50, Level: evaluation.Average}, {Min: 0, Level: evaluation.Poor}}
//	s.MinAttendance.Percent = 80
//	if err := s.Validate(); err != nil { … }
//	a := s.Assess(&m, &ctx)
//
// A scheme scores when Max > 0: each criterion gives 0…Criterion.Max
// points, the points add up to the score, and the first band (highest
// first) whose Min the score reaches gives the level — except that the top
// band also needs full marks on every criterion in TopRequiresFull, and a
// meeting that reaches it without them gets the next band's level. A
// scheme with Max 0 is pass/fail: Met when every criterion is met, NotMet
// otherwise.
//
// The parameters (MinAttendance, MinMinutes, …) are read by the package's
// criteria when they score, so changing one on a copy changes how the
// copy's criteria judge.
type Scheme struct {
	// Name identifies the scheme: "2018", "2025", "binh-thuan".
	Name string
	// From is the first day the scheme is in force (zero for a local
	// scheme with no date).
	From chibo.Date
	// Source is the document the scheme rests on.
	Source chibo.Source
	// Max is the total of the criteria's points; 0 when the scheme does not
	// score (pass/fail).
	Max int
	// Criteria are the criteria, in the order of the scheme's sheet.
	Criteria []Criterion
	// Bands are the levels of a scored scheme, highest Min first; the last
	// should have Min 0 so that every score has a level.
	Bands []Band
	// BandsSource is the legal basis of the levels.
	BandsSource chibo.Source
	// TopRequiresFull are the IDs of criteria that must have full marks for
	// the top band (Bình Thuận).
	TopRequiresFull []string

	// MinAttendance is the attendance the attendance criterion asks for.
	MinAttendance Threshold
	// MinMinutes is the shortest regular or thematic meeting.
	MinMinutes int
	// MinCombinedMinutes is the shortest regular meeting held together with
	// a thematic one.
	MinCombinedMinutes int
	// MaxConsecutiveExcused is how many consecutive excused absences in a
	// calendar year a member may have; one more fails the meeting (2018)
	// and is reported by the review.
	MaxConsecutiveExcused int
	// PostDaysAhead is how many days before the meeting its documents must
	// be posted on the members' handbook app.
	PostDaysAhead int
	// PostDaysAfter is how many days after the meeting the finished
	// documents may be posted and still count at the close.
	PostDaysAfter int
}

// Clone returns a copy of s with its own Criteria, Bands and
// TopRequiresFull slices, so that changing an element of the copy leaves s
// alone.
func (s Scheme) Clone() Scheme {
	s.Criteria = append([]Criterion(nil), s.Criteria...)
	s.Bands = append([]Band(nil), s.Bands...)
	s.TopRequiresFull = append([]string(nil), s.TopRequiresFull...)
	return s
}

// Scored reports whether the scheme gives points (Max > 0) rather than
// pass/fail.
func (s *Scheme) Scored() bool { return s.Max > 0 }

// ErrScheme is wrapped by every error Scheme.Validate returns.
var ErrScheme = errors.New("evaluation: invalid scheme")

// Validate checks that the scheme can rate meetings consistently and
// returns every problem, joined, each wrapping ErrScheme: a name; 1 to
// MaxCriteria criteria with distinct non-empty IDs and a ScoreFunc; for a
// scored scheme, criteria of positive Max adding up to Max, bands with
// decreasing Min ending at 0 or below, with levels Good…Poor, and
// TopRequiresFull naming criteria of the scheme; for a pass/fail scheme,
// pass/fail criteria and no bands.
func (s *Scheme) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w %q: %s", ErrScheme, s.Name, fmt.Sprintf(format, args...)))
	}
	if s.Name == "" {
		bad("no name")
	}
	switch n := len(s.Criteria); {
	case n == 0:
		bad("no criteria")
	case n > MaxCriteria:
		bad("%d criteria, at most %d", n, MaxCriteria)
	}
	if s.Max < 0 {
		bad("negative Max %d", s.Max)
	}
	sum := 0
	for i := range s.Criteria {
		c := &s.Criteria[i]
		if c.ID == "" {
			bad("criterion %d has no ID", i+1)
		}
		for j := range i {
			if s.Criteria[j].ID == c.ID && c.ID != "" {
				bad("criterion ID %q used twice", c.ID)
			}
		}
		if c.Score == nil {
			bad("criterion %q has no ScoreFunc", c.ID)
		}
		switch {
		case s.Max > 0 && c.Max <= 0:
			bad("criterion %q of a scored scheme has Max %d", c.ID, c.Max)
		case s.Max == 0 && c.Max != 0:
			bad("criterion %q of a pass/fail scheme has Max %d", c.ID, c.Max)
		}
		sum += c.Max
	}
	if s.Max > 0 {
		if sum != s.Max {
			bad("criteria add up to %d, Max is %d", sum, s.Max)
		}
		if len(s.Bands) == 0 {
			bad("a scored scheme needs bands")
		}
		for i, b := range s.Bands {
			if b.Level < Good || b.Level > Poor {
				bad("band %d has level %s", i+1, b.Level)
			}
			if i > 0 && b.Min >= s.Bands[i-1].Min {
				bad("band %d (min %d) is not below band %d (min %d)", i+1, b.Min, i, s.Bands[i-1].Min)
			}
		}
		if n := len(s.Bands); n > 0 && s.Bands[n-1].Min > 0 {
			bad("the last band starts at %d: scores below it have no level", s.Bands[n-1].Min)
		}
		for _, id := range s.TopRequiresFull {
			if s.index(id) < 0 {
				bad("TopRequiresFull names %q, not a criterion of the scheme", id)
			}
		}
	} else if len(s.Bands) > 0 || len(s.TopRequiresFull) > 0 {
		bad("a pass/fail scheme has no bands")
	}
	return errors.Join(errs...)
}

func (s *Scheme) index(id string) int {
	for i := range s.Criteria {
		if s.Criteria[i].ID == id {
			return i
		}
	}
	return -1
}

// Outcome is the result of Scheme.Check: the level and score without
// reasons.
type Outcome struct {
	// Level is the level; LevelNone when the meeting was not rated.
	Level Level `json:"level"`
	// Score and Max are the points and the scheme's maximum (0 and 0 for a
	// pass/fail scheme).
	Score int `json:"score"`
	Max   int `json:"max"`
	// Short has bit i set when the scheme's criterion i fell short (less
	// than full marks, or not met).
	Short uint64 `json:"short"`
	// Demoted records that the score reached the top band but a criterion
	// of TopRequiresFull fell short.
	Demoted bool `json:"demoted,omitempty"`
}

// CriterionResult is one criterion's result.
type CriterionResult struct {
	ID     string       `json:"id"`
	Points int          `json:"points"` // points given (0 for pass/fail)
	Max    int          `json:"max"`    // most points possible (0 for pass/fail)
	Met    bool         `json:"met"`    // full marks, or the pass/fail criterion met
	Reason chibo.Reason `json:"reason"` // why, with the values used
}

// Assessment is the rating of one meeting, with its reasons.
type Assessment struct {
	// Meeting, Date and Kind identify the meeting.
	Meeting string             `json:"meeting"`
	Date    chibo.Date         `json:"date"`
	Kind    branch.MeetingKind `json:"kind,omitzero"`
	// Scheme is the name of the scheme used.
	Scheme string `json:"scheme"`
	// Level is the level; LevelNone when not rated.
	Level Level `json:"level"`
	// Score and Max are the points and the scheme's maximum (0 and 0 for a
	// pass/fail scheme).
	Score int `json:"score"`
	Max   int `json:"max"`
	// Criteria are the results, in the scheme's order.
	Criteria []CriterionResult `json:"criteria,omitempty"`
	// Failed are the IDs of the criteria that fell short.
	Failed []string `json:"failed,omitempty"`
	// Reasons explain the level: the reason of each criterion that fell
	// short, in the scheme's order, then the level's own reason (rule
	// RuleLevel, always last); or the single reason a meeting was not rated
	// (RuleKind).
	Reasons []chibo.Reason `json:"reasons"`
}

// Assess rates meeting m by the scheme in force on its date (SchemeOn).
func Assess(m *branch.Meeting, ctx *Context) Assessment {
	var d chibo.Date
	if m != nil {
		d = m.Date
	}
	return schemeOn(d).Assess(m, ctx)
}

// Check rates m by the scheme in force on its date without reasons.
func Check(m *branch.Meeting, ctx *Context) Outcome {
	var d chibo.Date
	if m != nil {
		d = m.Date
	}
	return schemeOn(d).Check(m, ctx)
}

// rateable reports whether s can rate m.
func (s *Scheme) rateable(m *branch.Meeting) bool {
	return m != nil && m.Kind.IsCellMeeting() && len(s.Criteria) > 0 && len(s.Criteria) <= MaxCriteria
}

// notRated returns why m cannot be rated by s, or "" when it can.
func (s *Scheme) notRated(m *branch.Meeting) (vi, en string) {
	switch {
	case m == nil:
		return "Không có biên bản cuộc họp.", "No meeting record."
	case !m.Kind.IsCellMeeting():
		return fmt.Sprintf("Cuộc họp %q (%s) không phải buổi sinh hoạt chi bộ (thường kỳ, chuyên đề hoặc kết hợp): không xếp loại chất lượng sinh hoạt chi bộ.", m.ID, m.Kind.VI()),
			fmt.Sprintf("Meeting %q is a %s meeting, not a cell meeting (regular, thematic or combined): it is not rated for meeting quality.", m.ID, m.Kind)
	case len(s.Criteria) == 0:
		return fmt.Sprintf("Bộ tiêu chí %q không có tiêu chí nào.", s.Name), fmt.Sprintf("Scheme %q has no criteria.", s.Name)
	case len(s.Criteria) > MaxCriteria:
		return fmt.Sprintf("Bộ tiêu chí %q có %d tiêu chí, tối đa %d.", s.Name, len(s.Criteria), MaxCriteria),
			fmt.Sprintf("Scheme %q has %d criteria, at most %d.", s.Name, len(s.Criteria), MaxCriteria)
	}
	return "", ""
}

// Check rates m without reasons. It is the bulk path: it does not allocate
// (the package's criteria do not), and gives the same Level, Score and Max
// as Assess.
func (s *Scheme) Check(m *branch.Meeting, ctx *Context) Outcome {
	if s == nil {
		return Outcome{}
	}
	if !s.rateable(m) {
		return Outcome{}
	}
	if ctx == nil {
		ctx = &noContext
	}
	return s.run(m, ctx, nil, nil)
}

// Assess rates meeting m by the scheme. Only cell meetings (regular,
// thematic, combined) are rated; for any other kind, a nil meeting or a
// scheme without criteria the Level is LevelNone with a reason. ctx may be
// nil. Assess does not validate m (see branch.Meeting.Validate); it never
// panics, whatever the record holds.
func (s *Scheme) Assess(m *branch.Meeting, ctx *Context) Assessment {
	if s == nil {
		s = &Scheme{}
	}
	a := Assessment{Scheme: s.Name, Max: s.Max}
	if m != nil {
		a.Meeting, a.Date, a.Kind = m.ID, m.Date, m.Kind
	}
	if vi, en := s.notRated(m); vi != "" {
		a.Max = 0
		a.Reasons = []chibo.Reason{{Rule: RuleKind, Source: s.Source, VI: vi, EN: en}}
		return a
	}
	if ctx == nil {
		ctx = &noContext
	}
	a.Criteria = make([]CriterionResult, len(s.Criteria))
	t := newText()
	o := s.run(m, ctx, a.Criteria, t)
	a.Level, a.Score, a.Max = o.Level, o.Score, o.Max
	n := 0
	for i := range a.Criteria {
		if !a.Criteria[i].Met {
			n++
		}
	}
	if n > 0 {
		a.Failed = make([]string, 0, n)
	}
	a.Reasons = make([]chibo.Reason, 0, n+1)
	for i := range a.Criteria {
		if !a.Criteria[i].Met {
			a.Failed = append(a.Failed, a.Criteria[i].ID)
			a.Reasons = append(a.Reasons, a.Criteria[i].Reason)
		}
	}
	a.Reasons = append(a.Reasons, s.levelReason(t, o, a.Failed, len(a.Criteria)))
	return a
}

// run scores every criterion; out, when not nil, receives the results with
// their reasons, written into t.
func (s *Scheme) run(m *branch.Meeting, ctx *Context, out []CriterionResult, t *text) Outcome {
	o := Outcome{Max: s.Max}
	failed := 0
	for i := range s.Criteria {
		c := &s.Criteria[i]
		var mk Mark
		if c.Score != nil {
			mk = c.Score(Input{Scheme: s, Criterion: c, Meeting: m, Context: ctx, Explain: out != nil, text: t})
		} else if out != nil {
			mk.VI, mk.EN = "Tiêu chí không có cách chấm (ScoreFunc).", "The criterion has no ScoreFunc."
		}
		pts, met := 0, mk.Met
		if s.Max > 0 {
			pts = min(max(mk.Points, 0), max(c.Max, 0))
			met = pts == c.Max
			o.Score += pts
		}
		if !met {
			o.Short |= 1 << uint(i)
			failed++
		}
		if out != nil {
			src := c.Source
			if mk.Source.Document != "" {
				src = mk.Source
			}
			out[i] = CriterionResult{ID: c.ID, Points: pts, Max: max(c.Max, 0), Met: met,
				Reason: chibo.Reason{Rule: c.rule(), Source: src, VI: mk.VI, EN: mk.EN}}
		}
	}
	if s.Max == 0 {
		o.Level = Met
		if failed > 0 {
			o.Level = NotMet
		}
		return o
	}
	o.Score = min(o.Score, s.Max)
	for i, b := range s.Bands {
		if o.Score < b.Min {
			continue
		}
		o.Level = b.Level
		if i == 0 && s.topShort(o.Short) {
			o.Demoted = true
			o.Level = LevelNone
			if len(s.Bands) > 1 {
				o.Level = s.Bands[1].Level
			}
		}
		break
	}
	return o
}

// topShort reports whether a criterion of TopRequiresFull fell short (an ID
// that names no criterion counts as short).
func (s *Scheme) topShort(short uint64) bool {
	for _, id := range s.TopRequiresFull {
		i := s.index(id)
		if i < 0 || short&(1<<uint(i)) != 0 {
			return true
		}
	}
	return false
}

func (s *Scheme) levelReason(t *text, o Outcome, failed []string, total int) chibo.Reason {
	r := chibo.Reason{Rule: RuleLevel, Source: s.BandsSource}
	if s.Max == 0 {
		r.Source = s.Source
		if len(failed) == 0 {
			args := []arg{num(total), num(total), level(o.Level)}
			r.VI = t.vi("Đạt cả %d/%d tiêu chí: buổi sinh hoạt %s.", args...)
			r.EN = t.en("All %d of %d criteria met: the meeting is rated %s.", args...)
			return r
		}
		args := []arg{num(len(failed)), num(total), list(failed), level(o.Level)}
		r.VI = t.vi("Chưa đạt %d/%d tiêu chí (%s): buổi sinh hoạt %s (phải đạt tất cả các tiêu chí).", args...)
		r.EN = t.en("%d of %d criteria not met (%s): the meeting is rated %s (every criterion must be met).", args...)
		return r
	}
	switch {
	case o.Level == LevelNone:
		r.VI = t.vi("Tổng %d/%d điểm: không thuộc mức xếp loại nào của bộ tiêu chí.", num(o.Score), num(o.Max))
		r.EN = t.en("Total %d of %d points: no band of the scheme covers it.", num(o.Score), num(o.Max))
	case o.Demoted:
		top := s.Bands[0]
		var short []string
		for _, id := range s.TopRequiresFull {
			if i := s.index(id); i < 0 || o.Short&(1<<uint(i)) != 0 {
				short = append(short, id)
			}
		}
		args := []arg{num(o.Score), num(o.Max), level(top.Level), num(top.Min), list(short), level(top.Level), list(s.TopRequiresFull), level(o.Level)}
		r.VI = t.vi("Tổng %d/%d điểm, đạt mức điểm %s (từ %d điểm) nhưng chưa đạt điểm tối đa ở tiêu chí %s (mức %s cần điểm tối đa ở các tiêu chí %s): xếp loại %s.", args...)
		r.EN = t.en("Total %d of %d points reach the %s band (%d or more) but criterion %s is short of full marks (%s needs full marks on %s): rated %s.", args...)
	default:
		var b Band
		for _, x := range s.Bands {
			if x.Level == o.Level {
				b = x
				break
			}
		}
		args := []arg{num(o.Score), num(o.Max), level(b.Level), num(b.Min), level(o.Level)}
		r.VI = t.vi("Tổng %d/%d điểm (mức %s từ %d điểm): xếp loại %s.", args...)
		r.EN = t.en("Total %d of %d points (%s from %d points): rated %s.", args...)
	}
	return r
}

// ---- helpers the criteria share ----

// before reports whether meeting a comes before b: by date, then start
// time, then ID. A record compared with itself is not before it.
func before(a, b *branch.Meeting) bool {
	if a.Date != b.Date {
		return a.Date.Before(b.Date)
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.ID < b.ID
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// excusedRun returns the length of member id's run of consecutive excused
// absences that ends with m (m included; 0 when id is not absent with a
// reason from m), and the date of the run's first meeting. The run goes
// back through the organisation's cell meetings of the same calendar year
// in ctx.Earlier: a meeting at which the member was absent with a reason
// extends it; one at which the member was present or absent without a
// reason ends it; one to which the member was not summoned, or was exempt,
// is skipped.
func excusedRun(id string, m *branch.Meeting, ctx *Context) (int, chibo.Date) {
	if !contains(m.AbsentExcused, id) {
		return 0, chibo.Date{}
	}
	run, first := 1, m.Date
	jan1 := chibo.DateOf(m.Date.Year(), time.January, 1)
	cur := m
	for {
		var prev *branch.Meeting
		for i := range ctx.Earlier {
			e := &ctx.Earlier[i]
			if e.Org != m.Org || !e.Kind.IsCellMeeting() || e.Date.Before(jan1) || !before(e, cur) {
				continue
			}
			if !contains(e.Present, id) && !contains(e.AbsentExcused, id) && !contains(e.AbsentUnexcused, id) {
				continue // not summoned, or exempt: neither extends nor ends the run
			}
			if prev == nil || before(prev, e) {
				prev = e
			}
		}
		if prev == nil || !contains(prev.AbsentExcused, id) {
			return run, first
		}
		run++
		first = prev.Date
		cur = prev
	}
}

// cellCommitteeBefore returns the cell-committee meeting held in m's month
// on or before m's day (the earliest such), or nil; and whether the
// meeting is waived for a cell whose only officer is the secretary.
func cellCommitteeBefore(m *branch.Meeting, ctx *Context) (found *branch.Meeting, waived bool) {
	if o := ctx.Org; o != nil && ctx.Rules.NoCellCommitteeMeeting && o.SingleOfficer() {
		waived = true
	}
	first := chibo.DateOf(m.Date.Year(), m.Date.Month(), 1)
	for i := range ctx.Earlier {
		e := &ctx.Earlier[i]
		if e.Org != m.Org || e.Kind != branch.CellCommittee || e.Date.IsZero() || e.Date.Before(first) || e.Date.After(m.Date) {
			continue
		}
		if found == nil || e.Date.Before(found.Date) {
			found = e
		}
	}
	return found, waived
}

// present returns the members present, capped at the members counted.
func present(m *branch.Meeting) (int, int) {
	n := m.Counted()
	return min(len(m.Present), n), n
}

// score returns the cell's own score for criterion id from m.Scores.
func score(m *branch.Meeting, id string) (int, bool) {
	v, ok := m.Scores[id]
	return v, ok
}

// ---- texts ----

// text accumulates the reason texts of one assessment in one buffer. Each
// text is a substring of the buffer's string, which a strings.Builder never
// changes once written, so an assessment's texts cost one allocation (a
// few when the buffer grows) instead of several per reason.
type text struct{ b strings.Builder }

// textSize is the buffer an assessment starts with: the texts of a
// 2025-scheme assessment take about 3 KB.
const textSize = 4096

func newText() *text {
	t := &text{}
	t.b.Grow(textSize)
	return t
}

// t returns the assessment's buffer, or a new one when the ScoreFunc is
// called outside Scheme.Assess.
func (in Input) t() *text {
	if in.text != nil {
		return in.text
	}
	return &text{}
}

type argKind uint8

const (
	argString    argKind = iota + 1
	argNumber            // n
	argDate              // d, dd/mm/yyyy
	argPercent           // n of m, one decimal, rounded down: 85,0 or 85.0
	argVerdict           // ": 3/5 điểm." or ": met."
	argNames             // ids, by name when the organisation knows them
	argList              // ids joined with ", "
	argMonth             // d: "tháng 3/2026" or "March 2026"
	argKind_             // kind: the meeting kind, VI or String
	argLevel             // level: VI or EN
	argReached           // ok: "đạt" / "reached"
	argThreshold         // threshold: "trên 85%" / "more than 85%"
	argDays              // n: "2 ngày" / "2 days"
	argBoth              // s in Vietnamese, s2 in English
	argClock             // n: HH:MM
)

// arg is a typed argument of text.vi and text.en: no boxing, no
// allocation. Its kind decides how it is written in each language.
type arg struct {
	kind  argKind
	ok    bool
	mk    branch.MeetingKind
	level Level
	n, m  int
	d     chibo.Date
	s, s2 string
	ids   []string
	ctx   *Context
	th    *Threshold
}

func str(s string) arg                      { return arg{kind: argString, s: s} }
func num(n int) arg                         { return arg{kind: argNumber, n: n} }
func date(d chibo.Date) arg                 { return arg{kind: argDate, d: d} }
func percent(n, of int) arg                 { return arg{kind: argPercent, n: n, m: of} }
func people(ctx *Context, ids []string) arg { return arg{kind: argNames, ids: ids, ctx: ctx} }
func list(ids []string) arg                 { return arg{kind: argList, ids: ids} }
func month(d chibo.Date) arg                { return arg{kind: argMonth, d: d} }
func kind(k branch.MeetingKind) arg         { return arg{kind: argKind_, mk: k} }
func level(l Level) arg                     { return arg{kind: argLevel, level: l} }
func reached(ok bool) arg                   { return arg{kind: argReached, ok: ok} }
func threshold(t *Threshold) arg            { return arg{kind: argThreshold, th: t} }
func days(n int) arg                        { return arg{kind: argDays, n: n} }
func both(vi, en string) arg                { return arg{kind: argBoth, s: vi, s2: en} }
func clock(c branch.Clock) arg              { return arg{kind: argClock, n: int(c)} }

// verdict ends a criterion's text: the points of a scored criterion, or
// whether a pass/fail criterion is met.
func verdict(in Input, pts int, ok bool) arg {
	a := arg{kind: argVerdict, n: pts, ok: ok}
	if in.Scheme.Max > 0 && in.Criterion.Max > 0 {
		a.m = in.Criterion.Max
	}
	return a
}

// vi and en write format with args in Vietnamese or English and return the
// text written. Every %-verb (%s, %d, …) takes the next argument, written
// as its kind says; %% is a percent sign.
func (t *text) vi(format string, args ...arg) string { return t.f(true, format, args) }
func (t *text) en(format string, args ...arg) string { return t.f(false, format, args) }

func (t *text) f(vi bool, format string, args []arg) string {
	start := t.b.Len()
	next := 0
	for len(format) > 0 {
		i := strings.IndexByte(format, '%')
		if i < 0 || i+1 == len(format) {
			t.b.WriteString(format)
			break
		}
		t.b.WriteString(format[:i])
		if format[i+1] == '%' {
			t.b.WriteByte('%')
		} else if next < len(args) {
			t.write(vi, &args[next])
			next++
		}
		format = format[i+2:]
	}
	return t.b.String()[start:]
}

func (t *text) num(n int) {
	var buf [20]byte
	t.b.Write(strconv.AppendInt(buf[:0], int64(n), 10))
}

func (t *text) two(n int) {
	t.b.WriteByte(byte('0' + n/10%10))
	t.b.WriteByte(byte('0' + n%10))
}

func (t *text) date(d chibo.Date) {
	y, m, dd := d.Date()
	t.two(dd)
	t.b.WriteByte('/')
	t.two(int(m))
	t.b.WriteByte('/')
	t.num(y)
}

func (t *text) write(vi bool, a *arg) {
	switch a.kind {
	case argString:
		t.b.WriteString(a.s)
	case argNumber:
		t.num(a.n)
	case argDate:
		if !a.d.IsZero() {
			t.date(a.d)
		}
	case argPercent:
		p := 0
		if a.m > 0 {
			p = a.n * 1000 / a.m
		}
		t.num(p / 10)
		if vi {
			t.b.WriteByte(',')
		} else {
			t.b.WriteByte('.')
		}
		t.num(p % 10)
	case argVerdict:
		switch {
		case a.m > 0 && vi:
			t.b.WriteString(": ")
			t.num(a.n)
			t.b.WriteByte('/')
			t.num(a.m)
			t.b.WriteString(" điểm.")
		case a.m > 0:
			t.b.WriteString(": ")
			t.num(a.n)
			t.b.WriteString(" of ")
			t.num(a.m)
			t.b.WriteString(" points.")
		case a.ok && vi:
			t.b.WriteString(": đạt.")
		case a.ok:
			t.b.WriteString(": met.")
		case vi:
			t.b.WriteString(": chưa đạt.")
		default:
			t.b.WriteString(": not met.")
		}
	case argNames:
		for i, id := range a.ids {
			if i > 0 {
				t.b.WriteString(", ")
			}
			if a.ctx != nil && a.ctx.Org != nil {
				if mm := a.ctx.Org.Member(id); mm != nil && mm.Name != "" {
					t.b.WriteString(mm.Name)
					t.b.WriteString(" (")
					t.b.WriteString(id)
					t.b.WriteByte(')')
					continue
				}
			}
			t.b.WriteString(id)
		}
	case argList:
		for i, id := range a.ids {
			if i > 0 {
				t.b.WriteString(", ")
			}
			t.b.WriteString(id)
		}
	case argMonth:
		if vi {
			t.b.WriteString("tháng ")
			t.num(int(a.d.Month()))
			t.b.WriteByte('/')
		} else {
			t.b.WriteString(a.d.Month().String())
			t.b.WriteByte(' ')
		}
		t.num(a.d.Year())
	case argKind_:
		if vi {
			t.b.WriteString(a.mk.VI())
		} else {
			t.b.WriteString(a.mk.String())
		}
	case argLevel:
		if vi {
			t.b.WriteString(a.level.VI())
		} else {
			t.b.WriteString(a.level.EN())
		}
	case argReached:
		switch {
		case vi && a.ok:
			t.b.WriteString("đạt")
		case vi:
			t.b.WriteString("chưa đạt")
		case a.ok:
			t.b.WriteString("reached")
		default:
			t.b.WriteString("not reached")
		}
	case argThreshold:
		th := a.th
		switch {
		case vi && th.Strict:
			t.b.WriteString("trên ")
			t.num(th.Percent)
			t.b.WriteByte('%')
		case vi:
			t.b.WriteString("từ ")
			t.num(th.Percent)
			t.b.WriteString("% trở lên")
		case th.Strict:
			t.b.WriteString("more than ")
			t.num(th.Percent)
			t.b.WriteByte('%')
		default:
			t.b.WriteString("at least ")
			t.num(th.Percent)
			t.b.WriteByte('%')
		}
	case argClock:
		t.two(a.n / 60 % 100)
		t.b.WriteByte(':')
		t.two(a.n % 60)
	case argBoth:
		if vi {
			t.b.WriteString(a.s)
		} else {
			t.b.WriteString(a.s2)
		}
	case argDays:
		t.num(a.n)
		switch {
		case vi:
			t.b.WriteString(" ngày")
		case a.n == 1:
			t.b.WriteString(" day")
		default:
			t.b.WriteString(" days")
		}
	}
}

// part is one piece of a criterion's text: its Vietnamese and English
// formats and their arguments.
type part struct {
	vi, en string
	args   []arg
}

// say writes a criterion's two texts — the same arguments in the same
// order — each ended by the verdict, and returns them.
func say(in Input, pts int, ok bool, vi, en string, args ...arg) (string, string) {
	return sayParts(in, pts, ok, part{vi, en, args})
}

// sayParts writes the parts in order, then the verdict, once in each
// language.
func sayParts(in Input, pts int, ok bool, parts ...part) (vi, en string) {
	t := in.t()
	v := verdict(in, pts, ok)
	start := t.b.Len()
	for i := range parts {
		t.f(true, parts[i].vi, parts[i].args)
	}
	t.write(true, &v)
	vi = t.b.String()[start:]
	start = t.b.Len()
	for i := range parts {
		t.f(false, parts[i].en, parts[i].args)
	}
	t.write(false, &v)
	return vi, t.b.String()[start:]
}
