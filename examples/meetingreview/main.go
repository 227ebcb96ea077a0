package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
)

// Exit codes of run.
const (
	exitOK      = 0 // the file was sound and reviewed
	exitInvalid = 1 // invalid records (the rest reviewed), malformed JSON or a read failure
	exitUsage   = 2 // a usage error
)

// usageLine is the synopsis printed with every usage error.
const usageLine = "usage: meetingreview [-format table|json] [-scheme 2018|2025|binh-thuan] [FILE|-]"

// byDate is the name printed for the default: each meeting rated by the
// scheme in force on its date (evaluation.SchemeOn).
const byDate = "by-date"

// main runs the command with the process's arguments and streams.
func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// schemes maps the names accepted by -scheme to the library's schemes.
var schemes = map[string]*evaluation.Scheme{
	"2018":       &evaluation.Scheme2018,
	"2025":       &evaluation.Scheme2025,
	"binh-thuan": &evaluation.SchemeBinhThuan,
}

// options are the parsed command line.
type options struct {
	format string
	scheme *evaluation.Scheme // nil: the scheme in force on each meeting's date
	file   string             // "" or "-": standard input
}

// schemeName returns the name of the scheme chosen, or byDate.
func (o *options) schemeName() string {
	if o.scheme == nil {
		return byDate
	}
	return o.scheme.Name
}

// usageError is a command-line error: run prints it with the usage line
// and exits with code 2.
type usageError struct{ msg string }

// Error returns the message.
func (e *usageError) Error() string { return e.msg }

// parseArgs parses the command line. Flags and the file argument may be
// interleaved; "--" ends the flags.
func parseArgs(args []string, stderr io.Writer) (options, error) {
	var opts options
	fs := flag.NewFlagSet("meetingreview", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "table", "output format: table (for people) or json (one JSON document)")
	scheme := fs.String("scheme", "", "rate every meeting by one scheme: 2018, 2025 or binh-thuan; default: the scheme in force on each meeting's date")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), usageLine)
		fmt.Fprintln(fs.Output(), "Reads a meeting file (go doc github.com/chibo-go/chibo/branch File) from FILE or standard input and prints the review.")
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

	switch *format {
	case "table", "json":
		opts.format = *format
	default:
		return opts, &usageError{fmt.Sprintf("-format %q: want table or json", *format)}
	}
	if *scheme != "" {
		s, ok := schemes[*scheme]
		if !ok {
			return opts, &usageError{fmt.Sprintf("-scheme %q: want 2018, 2025 or binh-thuan", *scheme)}
		}
		opts.scheme = s
	}
	if len(files) > 1 {
		return opts, &usageError{fmt.Sprintf("at most one meeting file, got %d: %s", len(files), strings.Join(files, " "))}
	}
	if len(files) == 1 {
		opts.file = files[0]
	}
	return opts, nil
}

// isTerminal reports whether r is a terminal, where nobody is piping a
// file in: a character device other than the null device.
func isTerminal(r io.Reader) bool {
	st, ok := r.(interface{ Stat() (fs.FileInfo, error) })
	if !ok {
		return false
	}
	fi, err := st.Stat()
	if err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}

// run is the command: it parses args, reads the meeting file named there
// or standard input, writes the review to stdout and the problems to
// stderr, and returns the exit code (0, 1 or 2; see the package
// documentation).
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		var ue *usageError
		if errors.As(err, &ue) {
			fmt.Fprintln(stderr, "meetingreview:", ue.msg)
			fmt.Fprintln(stderr, usageLine)
		}
		// Errors of the flag package were printed with the usage by it.
		return exitUsage
	}

	in := stdin
	switch {
	case opts.file == "" && isTerminal(stdin):
		fmt.Fprintln(stderr, "meetingreview: no meeting file given and standard input is a terminal")
		fmt.Fprintln(stderr, usageLine)
		fmt.Fprintln(stderr, "example: go run ./examples/meetingreview examples/meetingreview/testdata/cell.json")
		return exitUsage
	case opts.file != "" && opts.file != "-":
		f, err := os.Open(opts.file)
		if err != nil {
			fmt.Fprintln(stderr, "meetingreview:", err)
			return exitUsage
		}
		defer f.Close()
		in = f
	}

	file, problems := branch.ReadFile(in)
	for _, p := range problems {
		fmt.Fprintln(stderr, "meetingreview: invalid record:", oneLine(p.Error()))
	}
	if file == nil {
		// Not a JSON object, or unreadable: nothing to review.
		return exitInvalid
	}
	rep := review(file, problems, opts.scheme)
	for _, e := range rep.reviewRejected {
		fmt.Fprintln(stderr, "meetingreview: rejected by the review:", e)
	}

	var werr error
	switch opts.format {
	case "json":
		werr = writeJSON(stdout, &rep, opts.schemeName())
	default:
		werr = writeTable(stdout, &rep, opts.scheme)
	}
	if werr != nil {
		fmt.Fprintln(stderr, "meetingreview: writing:", werr)
		return exitInvalid
	}
	if len(rep.rejected) > 0 {
		return exitInvalid
	}
	return exitOK
}

// oneLine joins the lines of a multi-line error (errors.Join) with "; ".
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "; ") }

// report is what the command prints: the file and its review.
type report struct {
	file *branch.File
	// committee is true for a grass-roots committee or a sub-committee:
	// cr holds the review; otherwise cell does.
	committee bool
	cell      evaluation.Review
	cr        evaluation.CommitteeReview
	// meetings are the meeting records reviewed: those of the file without
	// a problem.
	meetings []branch.Meeting
	// dropped is the number of meeting records left out for their problems.
	dropped int
	// rejected are every problem, as text: the file's (ReadFile) then those
	// of the review (reviewRejected).
	rejected       []string
	reviewRejected []string
}

// review reviews the file's sound meeting records: a committee with its
// cells (evaluation.ReviewCommittee), any other organisation alone
// (evaluation.ReviewOrganisation), by scheme (nil: by date) and the default
// schedule rules.
//
// A meeting record with a problem in problems is left out, so that it is
// reported once, by ReadFile, and not again by the review; the problems of
// members and organisations are reported and the records kept, so that the
// meetings they attended are still reviewed.
func review(f *branch.File, problems []error, scheme *evaluation.Scheme) report {
	rep := report{file: f}
	bad := map[int]bool{}
	for _, p := range problems {
		rep.rejected = append(rep.rejected, oneLine(p.Error()))
		var fe *branch.FileError
		if errors.As(p, &fe) {
			if i, ok := meetingIndex(fe.Path); ok {
				bad[i] = true
			}
		}
	}
	for i := range f.Meetings {
		if bad[i] {
			rep.dropped++
			continue
		}
		rep.meetings = append(rep.meetings, f.Meetings[i])
	}

	var rules branch.ScheduleRules
	switch f.Organisation.Kind {
	case branch.GrassRootsCommittee, branch.SubCommittee:
		rep.committee = true
		cells := make([]*branch.Organisation, len(f.Cells))
		for i := range f.Cells {
			cells[i] = &f.Cells[i]
		}
		rep.cr = evaluation.ReviewCommittee(&f.Organisation, cells, rep.meetings, f.From, f.To, scheme, rules)
		rep.addRejected(rep.cr.Committee.Rejected)
		for i := range rep.cr.Cells {
			rep.addRejected(rep.cr.Cells[i].Rejected)
		}
	default:
		rep.cell = evaluation.ReviewOrganisation(&f.Organisation, rep.meetings, f.From, f.To, scheme, rules)
		rep.addRejected(rep.cell.Rejected)
	}
	return rep
}

// addRejected records the review's rejections.
func (r *report) addRejected(errs []error) {
	for _, e := range errs {
		s := oneLine(e.Error())
		r.reviewRejected = append(r.reviewRejected, s)
		r.rejected = append(r.rejected, s)
	}
}

// meetingIndex returns i when path names meetings[i] or a value inside it.
func meetingIndex(path string) (int, bool) {
	rest, ok := strings.CutPrefix(path, "meetings[")
	if !ok {
		return 0, false
	}
	n, _, ok := strings.Cut(rest, "]")
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(n)
	return i, err == nil
}

// jsonOrg identifies the organisation reviewed.
type jsonOrg struct {
	ID   string      `json:"id"`
	Name string      `json:"name"`
	Kind branch.Kind `json:"kind,omitzero"`
}

// jsonDoc is the document -format json prints; the package documentation
// describes it.
type jsonDoc struct {
	Organisation jsonOrg    `json:"organisation"`
	From         chibo.Date `json:"from"`
	To           chibo.Date `json:"to"`
	Scheme       string     `json:"scheme"`
	// Review is an evaluation.Review for a cell, an
	// evaluation.CommitteeReview for a committee.
	Review   any      `json:"review"`
	Rejected []string `json:"rejected"`
}

// writeJSON writes the review as one indented JSON document.
func writeJSON(w io.Writer, r *report, scheme string) error {
	doc := jsonDoc{
		Organisation: jsonOrg{ID: r.file.Organisation.ID, Name: r.file.Organisation.Name, Kind: r.file.Organisation.Kind},
		From:         r.file.From, To: r.file.To, Scheme: scheme,
		Review: &r.cell, Rejected: append([]string{}, r.rejected...),
	}
	if r.committee {
		doc.Review = &r.cr
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
