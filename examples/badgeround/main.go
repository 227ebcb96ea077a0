package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

// Exit codes of run.
const (
	exitOK      = 0 // every row valid
	exitInvalid = 1 // an invalid row, a bad header or a read failure
	exitUsage   = 2 // a usage error
)

// statusInvalid is the status printed for a row that could not be decided.
const statusInvalid = "invalid"

// main runs the command with the process's arguments and streams.
func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// regimes maps the names accepted by -regime to the library's regimes.
var regimes = map[string]award.Regime{
	"2011":          award.Regime2011,
	"2016":          award.Regime2016,
	"2021":          award.Regime2021,
	"2021-handbook": award.Regime2021Handbook,
	"2025":          award.Regime2025,
	"2026":          award.Regime2026,
}

// regimeNames returns the names accepted by -regime, sorted.
func regimeNames() string {
	names := make([]string, 0, len(regimes))
	for n := range regimes {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// options are the parsed command line.
type options struct {
	round  chibo.Date
	format string
	regime *award.Regime // nil: the regime in force on the round date
	file   string        // "" or "-": standard input
}

// usageError is a command-line error: run prints it with the usage and
// exits with code 2.
type usageError struct{ msg string }

// Error returns the message.
func (e *usageError) Error() string { return e.msg }

// parseArgs parses the command line. Flags and the file argument may be
// interleaved; "--" ends the flags.
func parseArgs(args []string, stderr io.Writer) (options, error) {
	var opts options
	fs := flag.NewFlagSet("badgeround", flag.ContinueOnError)
	fs.SetOutput(stderr)
	roundText := fs.String("round", "", "round date, YYYY-MM-DD or DD/MM/YYYY (required)")
	format := fs.String("format", "table", "output format: table, json or csv")
	regimeName := fs.String("regime", "", "pin a regime ("+regimeNames()+"); default: the regime in force on the round date")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: badgeround -round DATE [-format table|json|csv] [-regime NAME] [FILE|-]")
		fs.PrintDefaults()
	}

	var files []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return opts, err
		}
		left := fs.Args()
		if consumed := len(rest) - len(left); consumed > 0 && rest[consumed-1] == "--" {
			files = append(files, left...)
			break
		}
		if len(left) == 0 {
			break
		}
		files = append(files, left[0])
		rest = left[1:]
	}

	if *roundText == "" {
		return opts, &usageError{"-round is required"}
	}
	d, err := chibo.ParseDate(*roundText)
	if err != nil {
		return opts, &usageError{fmt.Sprintf("-round: %v", err)}
	}
	opts.round = d
	switch *format {
	case "table", "json", "csv":
		opts.format = *format
	default:
		return opts, &usageError{fmt.Sprintf("-format %q: want table, json or csv", *format)}
	}
	if *regimeName != "" {
		r, ok := regimes[*regimeName]
		if !ok {
			return opts, &usageError{fmt.Sprintf("-regime %q: want one of %s", *regimeName, regimeNames())}
		}
		opts.regime = &r
	}
	if len(files) > 1 {
		return opts, &usageError{fmt.Sprintf("at most one roster file, got %d: %s", len(files), strings.Join(files, " "))}
	}
	if len(files) == 1 {
		opts.file = files[0]
	}
	return opts, nil
}

// row is the result for one roster row: a decision, or the error that kept
// the row from being decided.
type row struct {
	line     int
	id       string
	name     string
	branch   string
	decision *award.Decision // nil for an invalid row
	gift     *award.Gift     // the gift of an eligible award
	err      error           // the error of an invalid row, wrapped with its line
}

// status returns the row's status as printed.
func (r *row) status() string {
	if r.decision == nil || r.decision.Status == award.Invalid {
		return statusInvalid
	}
	return r.decision.Status.String()
}

// errText returns the error of an invalid row on one line, or "".
func (r *row) errText() string {
	switch {
	case r.err != nil:
		return oneLine(r.err.Error())
	case r.decision != nil && r.decision.Status == award.Invalid && len(r.decision.Reasons) > 0:
		return oneLine(fmt.Sprintf("line %d: %s", r.line, r.decision.Reasons[len(r.decision.Reasons)-1].EN))
	}
	return ""
}

// kind returns the kind of award, or "" when the status or milestone gives
// none (ineligible, invalid, no milestone).
func (r *row) kind() string {
	d := r.decision
	if d == nil || d.Milestone == 0 || d.Status == award.Ineligible || d.Status == award.Invalid {
		return ""
	}
	return d.Kind.String()
}

// oneLine joins the lines of a multi-line error (errors.Join) with "; ".
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "; ") }

// decide validates and decides every record. It reports whether all rows
// were valid.
//
// A row whose id was already used by an earlier row is invalid too: the
// roster CSV requires unique ids, and neither member.ReadCSV nor
// Member.Validate (which sees one record) checks it.
func decide(records []member.Record, round chibo.Date, regime award.Regime) ([]row, bool) {
	rows := make([]row, 0, len(records))
	allValid := true
	firstLine := make(map[string]int, len(records))
	for i := range records {
		rec := &records[i]
		m := &rec.Member
		r := row{line: rec.Line, id: m.ID, name: m.Name, branch: m.Branch}
		err := rec.Err
		if err == nil {
			err = m.Validate(chibo.Date{})
		}
		if m.ID != "" {
			if first, dup := firstLine[m.ID]; dup {
				err = errors.Join(err, &member.FieldError{ID: m.ID, Field: "id", Value: m.ID,
					Err: member.ErrInvalidValue, Detail: fmt.Sprintf("duplicate id, already used on line %d", first)})
			} else {
				firstLine[m.ID] = rec.Line
			}
		}
		if err != nil {
			r.err = &member.LineError{Line: rec.Line, Err: err}
			allValid = false
			rows = append(rows, r)
			continue
		}
		d := regime.Decide(m, round)
		r.decision = &d
		if d.Status == award.Invalid {
			allValid = false
		}
		if d.Status == award.Eligible {
			g := award.GiftFor(d.Milestone, round)
			r.gift = &g
		}
		rows = append(rows, r)
	}
	return rows, allValid
}

// run is the command: it parses args, reads the roster from the file named
// there or from stdin, writes the results to stdout and problems to stderr,
// and returns the exit code (0, 1 or 2; see the package documentation).
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(stderr, "badgeround:", ue.msg)
			fmt.Fprintln(stderr, "usage: badgeround -round DATE [-format table|json|csv] [-regime NAME] [FILE|-]")
		}
		// Errors of the flag package were printed with the usage by it.
		return exitUsage
	}

	in := stdin
	if opts.file != "" && opts.file != "-" {
		f, err := os.Open(opts.file)
		if err != nil {
			fmt.Fprintln(stderr, "badgeround:", err)
			return exitUsage
		}
		defer f.Close()
		in = f
	}

	regime := award.RegimeOn(opts.round)
	if opts.regime != nil {
		regime = *opts.regime
	}

	code := exitOK
	records, err := member.ReadCSV(in)
	if err != nil {
		var le *member.LineError
		if errors.As(err, &le) {
			// A header or syntax problem: nothing can be decided.
			fmt.Fprintln(stderr, "badgeround: roster:", oneLine(err.Error()))
			return exitInvalid
		}
		// A read failure: decide what was read, then fail.
		fmt.Fprintln(stderr, "badgeround:", err)
		code = exitInvalid
	}

	rows, allValid := decide(records, opts.round, regime)
	if !allValid {
		code = exitInvalid
	}
	var werr error
	switch opts.format {
	case "json":
		werr = writeJSON(stdout, rows, opts.round, regime.Name)
	case "csv":
		werr = writeCSV(stdout, rows, opts.round, regime.Name)
	default:
		werr = writeTable(stdout, rows, opts.round, regime)
	}
	if werr != nil {
		fmt.Fprintln(stderr, "badgeround: writing:", werr)
		return exitInvalid
	}
	return code
}

// isoOrNil returns the date as YYYY-MM-DD, or nil for the zero Date.
func isoOrNil(d chibo.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

// jsonSource is the part of a chibo.Source a JSON line carries.
type jsonSource struct {
	Document   string `json:"document"`
	Section    string `json:"section"`
	Confidence string `json:"confidence"`
}

// jsonReason is one reason of a JSON line.
type jsonReason struct {
	Rule   string     `json:"rule"`
	Source jsonSource `json:"source"`
	VI     string     `json:"vi"`
	EN     string     `json:"en"`
}

// jsonGift is the gift of an eligible award.
type jsonGift struct {
	Known  bool  `json:"known"`
	Amount int64 `json:"amount"`
}

// jsonRow is one JSON line; the field order is the key order documented in
// the package comment.
type jsonRow struct {
	Line          int          `json:"line"`
	ID            string       `json:"id"`
	Name          string       `json:"name"`
	Branch        string       `json:"branch"`
	Status        string       `json:"status"`
	Milestone     int          `json:"milestone"`
	Kind          *string      `json:"kind"`
	Due           *string      `json:"due"`
	Round         *string      `json:"round"`
	Considered    string       `json:"considered"`
	Regime        string       `json:"regime"`
	DeferredUntil *string      `json:"deferred_until"`
	WindowOpens   *string      `json:"window_opens"`
	PartyAge      *string      `json:"party_age"`
	Missed        []int        `json:"missed"`
	Return        []int        `json:"return"`
	Gift          *jsonGift    `json:"gift"`
	Reasons       []jsonReason `json:"reasons"`
	Error         *string      `json:"error"`
}

// toJSON converts a row to its JSON line.
func toJSON(r *row, round chibo.Date, regime string) jsonRow {
	j := jsonRow{
		Line: r.line, ID: r.id, Name: r.name, Branch: r.branch,
		Status: r.status(), Considered: round.String(), Regime: regime,
		Missed: []int{}, Return: []int{}, Reasons: []jsonReason{},
	}
	if e := r.errText(); e != "" {
		j.Error = &e
	}
	if k := r.kind(); k != "" {
		j.Kind = &k
	}
	d := r.decision
	if d == nil {
		return j
	}
	j.Milestone = d.Milestone
	j.Due = isoOrNil(d.Due)
	j.Round = isoOrNil(d.Round)
	j.DeferredUntil = isoOrNil(d.DeferredUntil)
	j.WindowOpens = isoOrNil(d.WindowOpens)
	if d.HasPartyAge {
		s := d.PartyAge.String()
		j.PartyAge = &s
	}
	j.Missed = append(j.Missed, d.Missed.List()...)
	j.Return = append(j.Return, d.Return...)
	if r.gift != nil {
		j.Gift = &jsonGift{Known: r.gift.Known, Amount: r.gift.Amount}
	}
	for _, rs := range d.Reasons {
		j.Reasons = append(j.Reasons, jsonReason{
			Rule: rs.Rule,
			Source: jsonSource{
				Document:   rs.Source.Document,
				Section:    rs.Source.Section,
				Confidence: rs.Source.Confidence.String(),
			},
			VI: rs.VI, EN: rs.EN,
		})
	}
	return j
}

// writeJSON writes one JSON object per row and line.
func writeJSON(w io.Writer, rows []row, round chibo.Date, regime string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range rows {
		if err := enc.Encode(toJSON(&rows[i], round, regime)); err != nil {
			return err
		}
	}
	return nil
}

// csvHeader is the header of the csv format.
var csvHeader = []string{
	"line", "id", "name", "branch", "status", "milestone", "kind", "due", "round",
	"considered", "regime", "deferred_until", "window_opens", "party_age",
	"missed", "return", "gift_known", "gift_amount", "reasons", "error",
}

// joinInts joins integers with ";".
func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ";")
}

// writeCSV writes a header and one row per roster row with the scalar
// fields of the JSON line.
func writeCSV(w io.Writer, rows []row, round chibo.Date, regime string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	for i := range rows {
		j := toJSON(&rows[i], round, regime)
		rules := make([]string, len(j.Reasons))
		for k, rs := range j.Reasons {
			rules[k] = rs.Rule
		}
		giftKnown, giftAmount := "", ""
		if j.Gift != nil {
			giftKnown = strconv.FormatBool(j.Gift.Known)
			if j.Gift.Known {
				giftAmount = strconv.FormatInt(j.Gift.Amount, 10)
			}
		}
		rec := []string{
			strconv.Itoa(j.Line), j.ID, j.Name, j.Branch, j.Status, strconv.Itoa(j.Milestone),
			str(j.Kind), str(j.Due), str(j.Round), j.Considered, j.Regime,
			str(j.DeferredUntil), str(j.WindowOpens), str(j.PartyAge),
			joinInts(j.Missed), joinInts(j.Return), giftKnown, giftAmount,
			strings.Join(rules, ";"), str(j.Error),
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// vnDate returns the date as dd/mm/yyyy, or "-" for the zero Date.
func vnDate(d chibo.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.VN()
}

// dash returns s, or "-" when s is empty.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// money formats an amount of đồng with comma thousands separators:
// 2,235,000.
func money(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// statusOrder is the order of the statuses in the summary.
var statusOrder = []string{"eligible", "deferred", "not-due", "ineligible", statusInvalid}

// writeTable writes the rows as aligned columns for people, then the
// summary and the gifts.
func writeTable(w io.Writer, rows []row, round chibo.Date, regime award.Regime) error {
	fmt.Fprintf(w, "Badge round %s (đợt xét tặng Huy hiệu Đảng), regime %s (%s)\n\n", round.VN(), regime.Name, regime.Basis.Document)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LINE\tID\tNAME\tBRANCH\tSTATUS\tMILESTONE\tKIND\tDUE\tROUND\tDEFERRED UNTIL\tREASON (EN)\tLÝ DO (VI)")
	counts := map[string]int{}
	for i := range rows {
		r := &rows[i]
		st := r.status()
		counts[st]++
		milestone, due, rnd, until := "-", "-", "-", "-"
		reasonEN, reasonVI := "", ""
		if d := r.decision; d != nil {
			if d.Milestone != 0 {
				milestone = strconv.Itoa(d.Milestone)
			}
			due, rnd, until = vnDate(d.Due), vnDate(d.Round), vnDate(d.DeferredUntil)
			if n := len(d.Reasons); n > 0 {
				reasonEN, reasonVI = d.Reasons[n-1].EN, d.Reasons[n-1].VI
			}
		}
		if e := r.errText(); e != "" {
			reasonEN = e
			reasonVI = fmt.Sprintf("Dòng %d: hồ sơ không hợp lệ, không xét.", r.line)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
			r.line, dash(r.id), dash(r.name), dash(r.branch), st, milestone, dash(r.kind()),
			due, rnd, until, reasonEN, reasonVI)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	parts := make([]string, 0, len(statusOrder))
	for _, st := range statusOrder {
		parts = append(parts, fmt.Sprintf("%s %d", st, counts[st]))
	}
	fmt.Fprintf(w, "\nSummary (tổng hợp): %d rows: %s\n", len(rows), strings.Join(parts, ", "))

	fmt.Fprintf(w, "\nGifts (tiền thưởng) on %s:\n", round.VN())
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	n := 0
	var total int64
	for i := range rows {
		r := &rows[i]
		if r.gift == nil {
			continue
		}
		n++
		amount := "unknown (không rõ mức)"
		if r.gift.Known {
			amount = fmt.Sprintf("%s VND (%d.%d × base salary %s)", money(r.gift.Amount),
				r.gift.Tenths/10, r.gift.Tenths%10, money(r.gift.BaseSalary.Amount))
			total += r.gift.Amount
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%d years\t%s\t%s\n", r.line, r.id, r.name, r.decision.Milestone, r.kind(), amount)
	}
	if n == 0 {
		fmt.Fprintln(tw, "  none (không có)")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if n > 0 {
		fmt.Fprintf(w, "  total of the known amounts (tổng số tiền đã biết): %s VND\n", money(total))
	}
	return nil
}
