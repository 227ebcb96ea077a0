package member

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chibo-go/chibo"
)

// Header errors of the roster CSV, to test with errors.Is. ReadCSV wraps
// them with the name of the column and the line of the header.
var (
	// ErrUnknownColumn: the header names a column the roster format does
	// not define (nothing is silently ignored). ReadJSON also uses it for an
	// unknown field of a JSON object.
	ErrUnknownColumn = errors.New("unknown column")
	// ErrMissingColumn: a required column is absent: id, name, or both
	// decision_date and card_date.
	ErrMissingColumn = errors.New("missing column")
	// ErrDuplicateColumn: the header names the same column twice (names are
	// compared without case and surrounding spaces).
	ErrDuplicateColumn = errors.New("duplicate column")
)

// Record is one decoded row of a roster (danh sách đảng viên): its line
// number in the input, the member decoded as far as possible, and the
// problems found.
//
// In a CSV roster Line is the 1-based physical line on which the row starts
// (the header is normally line 1). In a JSON array it is the 1-based index
// of the element; in JSON lines, the 1-based line number.
type Record struct {
	// Line locates the row in the input.
	Line int
	// Member holds every value that could be decoded; a bad value is left
	// at its zero value.
	Member Member
	// Err is nil when the row was decoded completely. Otherwise it is an
	// errors.Join of one *FieldError per bad value (ID set to the row's id,
	// Field to the CSV column or JSON field, Value to the text as read,
	// wrapping ErrInvalidValue, ErrMissing or ErrUnknownColumn), preceded,
	// when the row is malformed as a whole, by the decoder's error: a
	// *csv.ParseError (wrong number of fields, bad quoting; it names the
	// line) or the JSON error.
	Err error
}

// LineError is an error located on a line (dòng) of a roster, such as
// "line 7: member "m17": official_date=31/02/2001: invalid value: no such day".
// ReadCSV and ReadJSON return header and syntax errors as a *LineError, and
// callers can wrap a Record's Err in one to report it: Unwrap gives the
// inner error, so errors.Is and errors.As see through it.
type LineError struct {
	// Line is the 1-based line (for a JSON array, the element) concerned.
	Line int
	// Err is the error found there.
	Err error
}

// Error returns "line N: " followed by the inner error. When the inner
// error joins several (errors.Join), each is on its own line of text with
// the prefix.
func (e *LineError) Error() string {
	prefix := "line " + strconv.Itoa(e.Line)
	if e.Err == nil {
		return prefix
	}
	prefix += ": "
	if j, ok := e.Err.(interface{ Unwrap() []error }); ok {
		var b strings.Builder
		for _, err := range j.Unwrap() {
			if err == nil {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(prefix)
			b.WriteString(err.Error())
		}
		if b.Len() > 0 {
			return b.String()
		}
	}
	return prefix + e.Err.Error()
}

// Unwrap returns the inner error.
func (e *LineError) Unwrap() error { return e.Err }

// column identifies a roster CSV column. The order of the constants up to
// colExempt is the canonical column order of the roster (SPEC, "Roster
// CSV"); colGender is an addition for Member.Gender.
type column uint8

const (
	colID column = iota
	colName
	colBorn
	colDecisionDate
	colCardDate
	colCeremonyDate
	colOfficialDate
	colDied
	colGaps
	colDiscipline
	colSeriouslyIll
	colBadges
	colBranch
	colExempt
	colGender
	numColumns
)

var columnNames = [numColumns]string{
	"id", "name", "born", "decision_date", "card_date", "ceremony_date",
	"official_date", "died", "gaps", "discipline", "seriously_ill", "badges",
	"branch", "exempt", "gender",
}

// knownColumns is the list of column names for error messages.
var knownColumns = strings.Join(columnNames[:], ", ")

func (c column) String() string { return columnNames[c] }

func lookupColumn(name string) (column, bool) {
	for i, n := range columnNames {
		if n == name {
			return column(i), true
		}
	}
	return 0, false
}

const bom = "\uFEFF"

// skipBOM discards a leading UTF-8 byte order mark.
func skipBOM(br *bufio.Reader) error {
	b, err := br.Peek(len(bom))
	if err == nil && string(b) == bom {
		_, err = br.Discard(len(bom))
		return err
	}
	if err == io.EOF || err == bufio.ErrBufferFull {
		return nil
	}
	return err
}

// ReadCSV reads a roster in the roster CSV format of the project
// specification and returns one Record per data row, in input order. Nothing is dropped: a
// row with problems is still returned, with its problems in Record.Err.
//
// The input is UTF-8 (a leading byte order mark is skipped), comma
// separated, with a header row. Column names are compared without case and
// surrounding spaces and may come in any order. The columns are id and name
// (required), born, decision_date and card_date (at least one of the two
// columns must be present), ceremony_date, official_date, died, gaps,
// discipline, seriously_ill, badges, branch, exempt, and gender (male,
// female, nam or nữ; an addition to the specification for Member.Gender). Every row
// must have as many fields as the header.
//
// Every cell is trimmed of surrounding spaces. Dates are YYYY-MM-DD or
// DD/MM/YYYY (chibo.ParseDate); an empty cell is the zero Date.
// seriously_ill and exempt are true or false (also 1/0, yes/no, có/không,
// without case); empty is false. badges is a ;-separated list of integers
// ("30;40"); their values are not checked here. discipline is a
// ;-separated list of form@decision-date ("canh-cao@2020-03-01"), forms as
// ParseForm reads them. gaps is a ;-separated list of periods
// [kind[/cause]:]FROM..TO, both ends inclusive, with TO empty for a period
// that has not ended ("expelled/abandoned:2010-01-01.."); kinds as
// ParseGapKind reads them, causes as ParseExitCause. A period without a
// kind is recorded as lost-contact: the four uncounted kinds are subtracted
// from party age alike (only expelled and struck-off also take the member
// out of the Party). Empty list items are skipped.
//
// Each bad cell gives a *FieldError naming the row's id, the column and
// the cell's text, wrapping ErrInvalidValue, or ErrMissing for an empty id
// or name; a row collects all of them. A row with the wrong number of
// fields or broken quoting also carries the *csv.ParseError, and the cells
// it has are still decoded.
//
// ReadCSV does not call Member.Validate: the consistency of a record
// depends on the date it is used on, which the caller supplies.
//
// The error is non-nil only for a header problem or a failure to read r.
// A header problem is a *LineError: an unknown, duplicate or missing column,
// named in the message and wrapping ErrUnknownColumn, ErrDuplicateColumn or
// ErrMissingColumn (every problem of the header is reported at once), an
// empty input (ErrMissingColumn), or broken quoting in the header (the
// *csv.ParseError). After a read failure the records decoded so far are
// returned too.
func ReadCSV(r io.Reader) ([]Record, error) {
	br := bufio.NewReader(r)
	if err := skipBOM(br); err != nil {
		return nil, fmt.Errorf("member: reading roster: %w", err)
	}
	cr := csv.NewReader(br)
	cr.ReuseRecord = true
	cr.FieldsPerRecord = 0 // set by the header

	header, err := cr.Read()
	if err == io.EOF {
		return nil, &LineError{Line: 1, Err: fmt.Errorf("%w: the roster is empty; want a header row with at least id, name and decision_date or card_date", ErrMissingColumn)}
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, &LineError{Line: pe.StartLine, Err: fmt.Errorf("header: %w", err)}
		}
		return nil, fmt.Errorf("member: reading roster: %w", err)
	}
	headerLine, _ := cr.FieldPos(0)
	cols, err := parseHeader(header)
	if err != nil {
		return nil, &LineError{Line: headerLine, Err: err}
	}

	d := rowDecoder{cols: cols, idIdx: -1}
	for i, c := range cols {
		if c == colID {
			d.idIdx = i
		}
	}
	var records []Record
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return records, nil
		}
		var rowErr error
		line := 0
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return records, fmt.Errorf("member: reading roster: %w", err)
			}
			rowErr, line = pe, pe.StartLine
		} else {
			line, _ = cr.FieldPos(0)
		}
		rec := Record{Line: line}
		rec.Err = d.decode(&rec.Member, row, rowErr)
		records = append(records, rec)
	}
}

// parseHeader maps each header field to its column and reports every
// problem of the header, joined.
func parseHeader(header []string) ([]column, error) {
	cols := make([]column, len(header))
	var seen [numColumns]int // 1-based position of each column, 0 if absent
	var errs []error
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		c, ok := lookupColumn(name)
		if !ok {
			errs = append(errs, fmt.Errorf("%w %q (column %d); want %s", ErrUnknownColumn, strings.TrimSpace(h), i+1, knownColumns))
			continue
		}
		if seen[c] != 0 {
			errs = append(errs, fmt.Errorf("%w %q (columns %d and %d)", ErrDuplicateColumn, name, seen[c], i+1))
			continue
		}
		seen[c] = i + 1
		cols[i] = c
	}
	for _, c := range [...]column{colID, colName} {
		if seen[c] == 0 {
			errs = append(errs, fmt.Errorf("%w %q", ErrMissingColumn, c))
		}
	}
	if seen[colDecisionDate] == 0 && seen[colCardDate] == 0 {
		errs = append(errs, fmt.Errorf("%w %q or %q (one of them is required)", ErrMissingColumn, colDecisionDate, colCardDate))
	}
	return cols, errors.Join(errs...)
}

// rowDecoder decodes CSV rows; it keeps a scratch error slice between rows.
type rowDecoder struct {
	cols  []column
	idIdx int
	errs  []error
}

// decode fills m from the row's cells and returns the row's problems:
// rowErr (a *csv.ParseError, or nil) followed by one *FieldError per bad
// cell.
func (d *rowDecoder) decode(m *Member, row []string, rowErr error) error {
	errs := d.errs[:0]
	if rowErr != nil {
		errs = append(errs, rowErr)
	}
	if d.idIdx >= 0 && d.idIdx < len(row) {
		m.ID = strings.TrimSpace(row[d.idIdx])
	}
	bad := func(c column, value string, err error, detail string) {
		errs = append(errs, &FieldError{ID: m.ID, Field: c.String(), Value: value, Err: err, Detail: detail})
	}
	date := func(c column, cell string) chibo.Date {
		if cell == "" {
			return chibo.Date{}
		}
		v, err := chibo.ParseDate(cell)
		if err != nil {
			bad(c, cell, ErrInvalidValue, dateDetail(err))
		}
		return v
	}
	text := func(c column, cell string) string {
		if !utf8.ValidString(cell) {
			bad(c, cell, ErrInvalidValue, "not valid UTF-8 (the roster must be UTF-8 encoded)")
		}
		return cell
	}
	boolean := func(c column, cell string) bool {
		v, ok := parseBool(cell)
		if !ok {
			bad(c, cell, ErrInvalidValue, "want true or false (1/0, yes/no, có/không)")
		}
		return v
	}
	n := min(len(row), len(d.cols))
	for i := 0; i < n; i++ {
		c := d.cols[i]
		cell := strings.TrimSpace(row[i])
		switch c {
		case colID:
			text(c, cell)
			if cell == "" {
				bad(c, "", ErrMissing, "every member needs an id")
			}
		case colName:
			m.Name = text(c, cell)
			if cell == "" {
				bad(c, "", ErrMissing, "every member needs a name")
			}
		case colBorn:
			m.Born = date(c, cell)
		case colDecisionDate:
			m.DecisionDate = date(c, cell)
		case colCardDate:
			m.CardDate = date(c, cell)
		case colCeremonyDate:
			m.CeremonyDate = date(c, cell)
		case colOfficialDate:
			m.OfficialDate = date(c, cell)
		case colDied:
			m.Died = date(c, cell)
		case colGaps:
			m.Gaps, errs = parseGaps(cell, m.ID, errs)
		case colDiscipline:
			m.Discipline, errs = parseDisciplines(cell, m.ID, errs)
		case colSeriouslyIll:
			m.SeriouslyIll = boolean(c, cell)
		case colBadges:
			m.Badges, errs = parseBadges(cell, m.ID, errs)
		case colBranch:
			m.Branch = text(c, cell)
		case colExempt:
			m.Exempt = boolean(c, cell)
		case colGender:
			if err := m.Gender.UnmarshalText([]byte(strings.ToLower(cell))); err != nil {
				bad(c, cell, ErrInvalidValue, "want male, female, nam or nữ")
			}
		}
	}
	d.errs = errs
	if len(errs) == 0 {
		return nil
	}
	err := errors.Join(errs...) // copies errs
	clear(errs)                 // drop references held by the scratch slice
	return err
}

func dateDetail(err error) string {
	if errors.Is(err, chibo.ErrDateRange) {
		return "no such day"
	}
	return "not a date; want YYYY-MM-DD or DD/MM/YYYY"
}

// parseBool reads the booleans of the roster; "" is false.
func parseBool(s string) (v, ok bool) {
	switch strings.ToLower(s) {
	case "", "false", "0", "no", "không", "khong":
		return false, true
	case "true", "1", "yes", "có", "co":
		return true, true
	}
	return false, false
}

// listItems calls f for each non-empty, trimmed item of a ;-separated list,
// with the item's 1-based position among the non-empty items.
func listItems(s string, f func(n int, item string)) {
	n := 0
	for s != "" {
		var item string
		item, s, _ = strings.Cut(s, ";")
		if item = strings.TrimSpace(item); item != "" {
			n++
			f(n, item)
		}
	}
}

func itemError(id string, c column, item string, n int, err error, detail string) *FieldError {
	return &FieldError{ID: id, Field: c.String(), Value: item, Err: err, Detail: "item " + strconv.Itoa(n) + ": " + detail}
}

// parseGaps reads the gaps cell: [kind[/cause]:]FROM..TO items.
func parseGaps(cell, id string, errs []error) ([]Gap, []error) {
	if cell == "" {
		return nil, errs
	}
	var gaps []Gap
	listItems(cell, func(n int, item string) {
		if gaps == nil {
			gaps = make([]Gap, 0, strings.Count(cell, ";")+1)
		}
		bad := func(err error, detail string) {
			errs = append(errs, itemError(id, colGaps, item, n, err, detail))
		}
		g := Gap{Kind: LostContact}
		rangeText := item
		if kindText, rest, ok := strings.Cut(item, ":"); ok {
			rangeText = rest
			kindText, causeText, hasCause := strings.Cut(kindText, "/")
			k, err := ParseGapKind(strings.TrimSpace(kindText))
			if err != nil {
				bad(ErrInvalidValue, trimPrefix(err))
			}
			g.Kind = k
			if hasCause {
				causeText = strings.TrimSpace(causeText)
				c, err := ParseExitCause(causeText)
				switch {
				case causeText == "":
					bad(ErrInvalidValue, "empty cause after \"/\"")
				case err != nil:
					bad(ErrInvalidValue, trimPrefix(err)+" (want "+strings.Join(causeNames[1:], ", ")+")")
				}
				g.Cause = c
			}
		}
		fromText, toText, ok := strings.Cut(rangeText, "..")
		if !ok {
			bad(ErrInvalidValue, "want [kind[/cause]:]FROM..TO")
			gaps = append(gaps, g)
			return
		}
		fromText, toText = strings.TrimSpace(fromText), strings.TrimSpace(toText)
		if fromText == "" {
			bad(ErrMissing, "a period needs its start date, FROM..TO")
		} else if d, err := chibo.ParseDate(fromText); err != nil {
			bad(ErrInvalidValue, "start "+strconv.Quote(fromText)+": "+dateDetail(err))
		} else {
			g.From = d
		}
		if toText != "" {
			if d, err := chibo.ParseDate(toText); err != nil {
				bad(ErrInvalidValue, "end "+strconv.Quote(toText)+": "+dateDetail(err))
			} else {
				g.To = d
			}
		}
		gaps = append(gaps, g)
	})
	return gaps, errs
}

// parseDisciplines reads the discipline cell: form@date items.
func parseDisciplines(cell, id string, errs []error) ([]Discipline, []error) {
	if cell == "" {
		return nil, errs
	}
	var ds []Discipline
	listItems(cell, func(n int, item string) {
		if ds == nil {
			ds = make([]Discipline, 0, strings.Count(cell, ";")+1)
		}
		bad := func(err error, detail string) {
			errs = append(errs, itemError(id, colDiscipline, item, n, err, detail))
		}
		var dc Discipline
		formText, dateText, ok := strings.Cut(item, "@")
		if !ok {
			bad(ErrInvalidValue, "want form@decision-date, such as canh-cao@2020-03-01")
			ds = append(ds, dc)
			return
		}
		f, err := ParseForm(strings.TrimSpace(formText))
		if err != nil {
			bad(ErrInvalidValue, trimPrefix(err))
		}
		dc.Form = f
		if dateText = strings.TrimSpace(dateText); dateText == "" {
			bad(ErrMissing, "a discipline needs its decision date, form@date")
		} else if d, err := chibo.ParseDate(dateText); err != nil {
			bad(ErrInvalidValue, "date "+strconv.Quote(dateText)+": "+dateDetail(err))
		} else {
			dc.Date = d
		}
		ds = append(ds, dc)
	})
	return ds, errs
}

// parseBadges reads the badges cell: integers separated by ;.
func parseBadges(cell, id string, errs []error) ([]int, []error) {
	if cell == "" {
		return nil, errs
	}
	var bs []int
	listItems(cell, func(n int, item string) {
		v, err := strconv.Atoi(item)
		if err != nil {
			errs = append(errs, itemError(id, colBadges, item, n, ErrInvalidValue, "want a number of years, such as 30"))
			return
		}
		if bs == nil {
			bs = make([]int, 0, strings.Count(cell, ";")+1)
		}
		bs = append(bs, v)
	})
	return bs, errs
}

// trimPrefix drops the "member: " prefix of this package's parse errors,
// which FieldError already says.
func trimPrefix(err error) string {
	return strings.TrimPrefix(err.Error(), "member: ")
}

// WriteCSV writes members as a roster CSV that ReadCSV reads back to the
// same members: a header with the columns in the canonical order of the
// project specification (id, name, born, decision_date, card_date, ceremony_date,
// official_date, died, gaps, discipline, seriously_ill, badges, branch,
// exempt), followed by gender when some member has one recorded. Dates are
// written as YYYY-MM-DD, gaps as Gap.String does (an open gap as
// "kind:FROM.."), discipline as Discipline.String does, seriously_ill and
// exempt as "true" or empty.
//
// WriteCSV writes nothing and returns the problems, each a *FieldError,
// when a member holds a value the roster CSV cannot hold: temporary
// transfers (use WriteJSON), a gender, gap kind, exit cause or discipline
// form out of range, a gap without a start date or a discipline without a
// decision date. It does not otherwise validate the members (an empty id
// is written, and ReadCSV reports it). Text is written as is: ReadCSV
// trims surrounding spaces and rejects text that is not UTF-8, and reads an
// empty list back as nil, so only such values do not round-trip.
func WriteCSV(w io.Writer, members []Member) error {
	var errs []error
	withGender := false
	for i := range members {
		m := &members[i]
		errs = csvWritable(m, errs)
		withGender = withGender || m.Gender != GenderUnknown
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	ncols := int(colExempt) + 1
	if withGender {
		ncols++
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(columnNames[:ncols]); err != nil {
		return err
	}
	row := make([]string, ncols)
	var buf []byte
	for i := range members {
		m := &members[i]
		row[colID] = m.ID
		row[colName] = m.Name
		row[colBorn] = m.Born.String()
		row[colDecisionDate] = m.DecisionDate.String()
		row[colCardDate] = m.CardDate.String()
		row[colCeremonyDate] = m.CeremonyDate.String()
		row[colOfficialDate] = m.OfficialDate.String()
		row[colDied] = m.Died.String()
		row[colGaps] = joinStrings(m.Gaps, Gap.String)
		row[colDiscipline] = joinStrings(m.Discipline, Discipline.String)
		row[colSeriouslyIll] = boolCell(m.SeriouslyIll)
		buf = buf[:0]
		for j, b := range m.Badges {
			if j > 0 {
				buf = append(buf, ';')
			}
			buf = strconv.AppendInt(buf, int64(b), 10)
		}
		row[colBadges] = string(buf)
		row[colBranch] = m.Branch
		row[colExempt] = boolCell(m.Exempt)
		if withGender {
			row[colGender] = m.Gender.String()
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func boolCell(b bool) string {
	if b {
		return "true"
	}
	return ""
}

func joinStrings[T any](items []T, str func(T) string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return str(items[0])
	}
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(str(it))
	}
	return b.String()
}

// csvWritable appends to errs a *FieldError for each value of m that has no
// form in the roster CSV.
func csvWritable(m *Member, errs []error) []error {
	bad := func(field, value string, err error, detail string) {
		errs = append(errs, &FieldError{ID: m.ID, Field: field, Value: value, Err: err, Detail: detail})
	}
	if len(m.Transfers) > 0 {
		bad("transfers", "", ErrInvalidValue, "the roster CSV has no column for temporary transfers; use WriteJSON")
	}
	if int(m.Gender) >= len(genderNames) {
		bad("gender", m.Gender.String(), ErrInvalidValue, "unknown gender")
	}
	for i, g := range m.Gaps {
		field := "gaps[" + strconv.Itoa(i) + "]"
		if g.Kind == 0 || int(g.Kind) >= len(gapKindNames) {
			bad(field, g.Kind.String(), ErrInvalidValue, "unknown gap kind")
		}
		if int(g.Cause) >= len(causeNames) {
			bad(field, g.Cause.String(), ErrInvalidValue, "unknown exit cause")
		}
		if g.From.IsZero() {
			bad(field, "", ErrMissing, "a period needs its start date to be written")
		}
	}
	for i, dc := range m.Discipline {
		field := "discipline[" + strconv.Itoa(i) + "]"
		if dc.Form == 0 || int(dc.Form) >= len(formNames) {
			bad(field, dc.Form.String(), ErrInvalidValue, "unknown discipline form")
		}
		if dc.Date.IsZero() {
			bad(field, "", ErrMissing, "a discipline needs its decision date to be written")
		}
	}
	return errs
}

// ReadJSON reads a roster in JSON: either one JSON array of member objects
// or JSON lines (one object per line; blank lines are skipped), the
// objects as WriteJSON writes them (the json tags of Member). It returns
// one Record per element or non-blank line; Record.Line is the element's
// 1-based index in an array, or the line number in JSON lines. A leading
// byte order mark is skipped.
//
// An object with a field Member does not have, a value of the wrong type,
// a bad date or name, or an empty id or name is returned with the problem
// in Record.Err (a *FieldError wrapping ErrUnknownColumn, ErrInvalidValue
// or ErrMissing where the field is known; otherwise the decoder's error
// wrapped with ErrInvalidValue). The standard decoder reports only the
// first bad value of an object. ReadJSON does not call Member.Validate.
//
// A line of JSON lines that is not valid JSON is a Record with the syntax
// error, and reading goes on with the next line. Broken syntax inside an
// array stops the decoding: ReadJSON returns the records decoded so far and
// a *LineError naming the element. The error is also non-nil when r
// cannot be read.
func ReadJSON(r io.Reader) ([]Record, error) {
	br := bufio.NewReader(r)
	if err := skipBOM(br); err != nil {
		return nil, fmt.Errorf("member: reading roster: %w", err)
	}
	newlines := 0 // blank lines before the first value
	for {
		b, err := br.ReadByte()
		if err == io.EOF {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("member: reading roster: %w", err)
		}
		switch b {
		case '\n':
			newlines++
			continue
		case ' ', '\t', '\r':
			continue
		}
		if err := br.UnreadByte(); err != nil {
			return nil, err
		}
		if b == '[' {
			return readJSONArray(br)
		}
		return readJSONLines(br, newlines)
	}
}

func readJSONArray(r io.Reader) ([]Record, error) {
	dec := json.NewDecoder(r)
	if _, err := dec.Token(); err != nil { // '['
		return nil, &LineError{Line: 1, Err: fmt.Errorf("malformed JSON: %w", err)}
	}
	var records []Record
	var raw json.RawMessage
	for dec.More() {
		n := len(records) + 1
		raw = raw[:0]
		if err := dec.Decode(&raw); err != nil {
			return records, &LineError{Line: n, Err: fmt.Errorf("malformed JSON: %w", err)}
		}
		rec := Record{Line: n}
		rec.Err = decodeJSONMember(&rec.Member, raw)
		records = append(records, rec)
	}
	n := len(records) + 1
	if _, err := dec.Token(); err != nil { // ']'
		return records, &LineError{Line: n, Err: fmt.Errorf("malformed JSON: %w", err)}
	}
	if tok, err := dec.Token(); err != io.EOF {
		if err == nil {
			err = fmt.Errorf("unexpected %v after the array", tok)
		}
		return records, &LineError{Line: n, Err: fmt.Errorf("malformed JSON: %w", err)}
	}
	return records, nil
}

// readJSONLines reads JSON lines from br, after the given number of blank
// lines already consumed.
func readJSONLines(br *bufio.Reader, line int) ([]Record, error) {
	var records []Record
	for {
		text, err := br.ReadBytes('\n')
		if len(text) > 0 {
			line++
			if t := bytes.TrimSpace(text); len(t) > 0 {
				rec := Record{Line: line}
				rec.Err = decodeJSONMember(&rec.Member, t)
				records = append(records, rec)
			}
		}
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return records, fmt.Errorf("member: reading roster: %w", err)
		}
	}
}

// decodeJSONMember decodes one JSON object into m and returns its problems.
func decodeJSONMember(m *Member, data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(m)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			return fmt.Errorf("malformed JSON: unexpected data after the object")
		}
	}
	var errs []error
	complete := true // the decoder went through the whole object
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case err == nil:
	case errors.As(err, &se), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("malformed JSON: %w", err)
	case errors.As(err, &te):
		field := te.Field
		if field == "" {
			return fmt.Errorf("%w: %w", ErrInvalidValue, err)
		}
		errs = append(errs, &FieldError{ID: m.ID, Field: field, Value: "", Err: ErrInvalidValue, Detail: "JSON " + te.Value + " where " + jsonTypeName(te) + " was expected"})
	case strings.HasPrefix(err.Error(), `json: unknown field "`):
		name, uerr := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		if uerr != nil {
			name = strings.TrimPrefix(err.Error(), "json: unknown field ")
		}
		errs = append(errs, &FieldError{ID: m.ID, Field: name, Err: ErrUnknownColumn, Detail: "not a field of a member"})
	default:
		// An UnmarshalText error (a bad date, gender, kind or form) stops
		// the standard decoder without naming the field.
		complete = false
		errs = append(errs, fmt.Errorf("member %q: %w: %w", m.ID, ErrInvalidValue, err))
	}
	if complete {
		if m.ID == "" {
			errs = append(errs, &FieldError{ID: m.ID, Field: "id", Err: ErrMissing, Detail: "every member needs an id"})
		}
		if m.Name == "" {
			errs = append(errs, &FieldError{ID: m.ID, Field: "name", Err: ErrMissing, Detail: "every member needs a name"})
		}
	}
	return errors.Join(errs...)
}

func jsonTypeName(te *json.UnmarshalTypeError) string {
	if te.Type == nil {
		return "another type"
	}
	return te.Type.String()
}

// WriteJSON writes members as JSON lines: one object per member, with the
// json tags of Member, followed by a newline. ReadJSON reads it back. HTML
// characters are not escaped, so names stay readable. An error stops the
// writing; the members before the failing one may have been written.
func WriteJSON(w io.Writer, members []Member) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range members {
		if err := enc.Encode(&members[i]); err != nil {
			return fmt.Errorf("member %q: %w", members[i].ID, err)
		}
	}
	return bw.Flush()
}
