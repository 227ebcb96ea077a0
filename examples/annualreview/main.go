package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// Exit codes of run.
const (
	exitOK      = 0 // the file was sound and ranked
	exitInvalid = 1 // invalid records (the rest ranked), malformed JSON, no year, or a read failure
	exitUsage   = 2 // a usage error
)

// usageLine is the synopsis printed with every usage error.
const usageLine = "usage: annualreview [-format table|json] [-year N] [FILE|-]"

// main runs the command with the process's arguments and streams.
func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the parsed command line.
type options struct {
	format string
	year   int    // 0: the file's
	file   string // "" or "-": standard input
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
	fs := flag.NewFlagSet("annualreview", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "table", "output format: table (for people) or json (one JSON document)")
	year := fs.String("year", "", "the evaluation year, replacing the file's \"year\"; it selects the ranking rules (2018, 2023 or 2025)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), usageLine)
		fmt.Fprintln(fs.Output(), "Reads a committee's year (go doc github.com/chibo-go/chibo/examples/annualreview) from FILE or standard input")
		fmt.Fprintln(fs.Output(), "and prints the rankings of members and organisations, the quota per group and the consequences.")
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
	if *year != "" {
		y, err := strconv.Atoi(*year)
		if err != nil || y < 1 || y > 9998 {
			return opts, &usageError{fmt.Sprintf("-year %q: want a year, 1 to 9998", *year)}
		}
		opts.year = y
	}
	if len(files) > 1 {
		return opts, &usageError{fmt.Sprintf("at most one review file, got %d: %s", len(files), strings.Join(files, " "))}
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

// run is the command: it parses args, reads the review file named there
// or standard input, writes the report to stdout and the problems to
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
			fmt.Fprintln(stderr, "annualreview:", ue.msg)
			fmt.Fprintln(stderr, usageLine)
		}
		// Errors of the flag package were printed with the usage by it.
		return exitUsage
	}

	in := stdin
	switch {
	case opts.file == "" && isTerminal(stdin):
		fmt.Fprintln(stderr, "annualreview: no review file given and standard input is a terminal")
		fmt.Fprintln(stderr, usageLine)
		fmt.Fprintln(stderr, "example: go run ./examples/annualreview examples/annualreview/testdata/committee2025.json")
		return exitUsage
	case opts.file != "" && opts.file != "-":
		f, err := os.Open(opts.file)
		if err != nil {
			fmt.Fprintln(stderr, "annualreview:", err)
			return exitUsage
		}
		defer f.Close()
		in = f
	}

	data, err := io.ReadAll(in)
	if err != nil {
		fmt.Fprintln(stderr, "annualreview: reading:", err)
		return exitInvalid
	}
	file, dec, err := decodeFile(data)
	if err != nil {
		fmt.Fprintln(stderr, "annualreview:", err)
		return exitInvalid
	}
	chk := check(file, dec, opts.year)
	if chk.year == 0 {
		for _, p := range chk.probs {
			fmt.Fprintln(stderr, "annualreview: invalid record:", p)
		}
		return exitInvalid
	}
	rep := rank(chk, dec)
	for _, p := range rep.problems {
		fmt.Fprintln(stderr, "annualreview: invalid record:", p)
	}

	var werr error
	switch opts.format {
	case "json":
		werr = writeJSON(stdout, rep)
	default:
		werr = writeTable(stdout, rep)
	}
	if werr != nil {
		fmt.Fprintln(stderr, "annualreview: writing:", werr)
		return exitInvalid
	}
	if len(rep.problems) > 0 {
		return exitInvalid
	}
	return exitOK
}
