package branch

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// File is what examples/meetingreview reads: the organisation reviewed, its
// cells when it is a committee, the members, the meetings and the period.
// ReadFile decodes and checks it; Compliance and Organisation.Check then
// work on its values.
//
// # Format
//
// A file is one JSON object in UTF-8 (a leading byte order mark is
// skipped). Keys are case-sensitive and written exactly as below; a key not
// listed here is an error at every level, as is a key given twice in one
// object. A key whose value is null is the same as an absent key, and an
// empty list the same as an absent list; null inside a list is an error.
// Dates are strings in the form "2025-01-31" or "31/01/2025" (chibo.Date);
// times of day are strings "HH:MM", 00:00 to 23:59; numbers are integers.
//
// The file's own keys:
//
//	organisation  object, required: the organisation reviewed (below)
//	cells         list of organisations: for the review of a đảng bộ cơ sở
//	              (grass-roots-committee) or đảng bộ bộ phận (sub-committee),
//	              the cells under it; each has "parent" equal to the
//	              organisation's "id" and kind "cell" or "sub-committee"
//	meetings      list of meetings (below): those of the organisation and
//	              of its cells, each naming its organisation in "org"
//	from, to      dates, required: the period reviewed, both inclusive,
//	              from ≤ to; members are validated as of "to"
//
// An organisation (Organisation):
//
//	id                  string, required, unique among the organisation and its cells
//	name                string: "Chi bộ thôn Nà Vài"
//	kind                required: "cell" (chi bộ trực thuộc), "grass-roots-cell"
//	                    (chi bộ cơ sở), "grass-roots-committee" (đảng bộ cơ sở)
//	                    or "sub-committee" (đảng bộ bộ phận)
//	parent              string: id of the directly superior organisation
//	founded             date of the founding decision
//	members             list of members (below); for a committee, every member
//	                    of the đảng bộ, those of its cells included (a member
//	                    listed both here and in a cell must be recorded the
//	                    same in both places)
//	secretary           string: member id of the secretary (bí thư)
//	deputies            list of member ids: deputy secretaries (phó bí thư)
//	committee           list of member ids: the elected committee (chi uỷ, đảng uỷ)
//	standing            list of member ids: the standing committee (ban thường vụ)
//	last_congress       date of the last congress (đại hội)
//	approved            true when the superior committee approved a form
//	                    departing from the 30-member rule
//	has_sub_committees  true when a đảng bộ cơ sở has đảng bộ bộ phận
//	once_per_term       true for a cell in the 2025 pilot of one congress in 5 years
//
// A member is written as package member writes it (the json tags of
// member.Member, as member.WriteJSON does):
//
//	id, name                          strings, required; id unique in its organisation
//	born                              date of birth
//	gender                            "male", "female", "nam" or "nữ"
//	decision_date, card_date          dates: the admission decision and the date on the
//	                                  party card; one of them is required
//	ceremony_date, official_date      dates: admission ceremony, recognition as official
//	                                  (absent while the member is probationary)
//	died                              date of death
//	gaps                              list of {"kind", "from", "to", "cause"}: kind
//	                                  "expelled", "struck-off", "lost-contact", "transfer"
//	                                  or "restored"; "to" absent while the period goes on;
//	                                  "cause", for expelled and struck-off: "abandoned",
//	                                  "resigned", "family-hardship", "disunity",
//	                                  "corruption" or "serious-crime"
//	discipline                        list of {"form", "date"}: form "khien-trach",
//	                                  "canh-cao", "cach-chuc" or "khai-tru"
//	transfers                         list of {"from", "to", "branch"}: temporary transfers
//	badges                            list of integers: badge milestones received (30, 40, …)
//	exempt, seriously_ill             true or false
//	branch                            string: the member's cell
//
// A meeting (Meeting):
//
//	id                  string, required, unique in the file
//	org                 string, required: id of the organisation or of one of the cells
//	kind                required: "regular", "thematic", "combined",
//	                    "cell-committee", "committee" or "plenary"
//	date                date, required
//	start, end          times, required; end after start
//	summoned            list of member ids summoned
//	present             list of member ids present
//	absent_excused      list of member ids absent with a reason
//	absent_unexcused    list of member ids absent without a reason
//	exempt              list of member ids summoned but not counted (exempt, on special duty)
//	agenda              list of strings: the items discussed
//	all_steps, prepared_by_leader, draft_resolution, minutes_complete,
//	superior_present, criticism, principles
//	                    true or false (see Meeting)
//	documents_posted    date the documents were posted on the handbook app
//	speakers            integer: members who spoke
//	results_percent     integer 0–100: share of the previous resolution carried
//	                    out; -1, or absent, when not assessed
//	scores              object of integers keyed by criterion id
//
// Every person listed in a meeting must be a member of the organisation it
// names, and when "summoned" is given, every summoned member must be listed
// once in present, absent_excused, absent_unexcused or exempt, and nobody
// else (Meeting.Validate).
//
// # Example
//
//	{
//	  "organisation": {
//	    "id": "cb-navai", "name": "Chi bộ thôn Nà Vài", "kind": "cell",
//	    "parent": "db-thobinh", "secretary": "m1", "deputies": ["m2"],
//	    "last_congress": "2025-06-20",
//	    "members": [
//	      {"id": "m1", "name": "Hoàng Văn Páo", "decision_date": "1985-09-02", "official_date": "1986-09-02"},
//	      {"id": "m2", "name": "Nông Thị Mai", "decision_date": "02/09/1990", "official_date": "02/09/1991"},
//	      {"id": "m3", "name": "Ma Văn Dũng", "decision_date": "2001-05-19", "official_date": "2002-05-19", "exempt": true}
//	    ]
//	  },
//	  "meetings": [
//	    {"id": "2025-01-cu", "org": "cb-navai", "kind": "cell-committee", "date": "2025-01-03",
//	     "start": "19:30", "end": "20:15", "summoned": ["m1", "m2"], "present": ["m1", "m2"]},
//	    {"id": "2025-01", "org": "cb-navai", "kind": "regular", "date": "05/01/2025",
//	     "start": "19:30", "end": "21:15", "summoned": ["m1", "m2", "m3"],
//	     "present": ["m1", "m2"], "exempt": ["m3"], "agenda": ["Nghị quyết tháng 1"],
//	     "minutes_complete": true, "results_percent": 90}
//	  ],
//	  "from": "2025-01-01",
//	  "to": "2025-12-31"
//	}
//
// json.Marshal writes a File in this format.
type File struct {
	// Organisation is the organisation reviewed, with its members.
	Organisation Organisation `json:"organisation"`
	// Cells are the cells under it, for a committee review.
	Cells []Organisation `json:"cells,omitempty"`
	// Meetings are the meeting records of the organisation and its cells.
	Meetings []Meeting `json:"meetings"`
	// From is the first day of the period reviewed.
	From chibo.Date `json:"from"`
	// To is the last day of the period reviewed.
	To chibo.Date `json:"to"`
}

// Problems of a meeting file, to test with errors.Is. Every problem
// ReadFile reports is a *FileError, which matches ErrFile and wraps one of
// the others (or a record's validation error).
var (
	// ErrFile is matched by every *FileError.
	ErrFile = errors.New("invalid meeting file")
	// ErrSyntax: the input is not one JSON object in UTF-8. ReadFile then
	// returns no File.
	ErrSyntax = errors.New("malformed JSON")
	// ErrUnknownField: a key the format does not define.
	ErrUnknownField = errors.New("unknown field")
	// ErrBadValue: a value of the wrong JSON type or that does not parse (a
	// date, a time, a kind), a key given twice, or a value the file's rules
	// forbid (a period ending before it starts, a cell under another parent).
	ErrBadValue = errors.New("invalid value")
	// ErrMissingValue: a required value is absent.
	ErrMissingValue = errors.New("required value is missing")
	// ErrDuplicateID: an organisation or a meeting id used twice. (A member
	// id used twice is a *member.FieldError wrapping member.ErrDuplicateID.)
	ErrDuplicateID = errors.New("duplicate id")
	// ErrUnknownOrg: a meeting names an organisation that is neither the
	// file's organisation nor one of its cells.
	ErrUnknownOrg = errors.New("unknown organisation")
)

// FileError is one problem of a meeting file: where it is (the JSON path,
// the line and column), which record it concerns, the value, and what is
// wrong. errors.Is(err, ErrFile) holds for every FileError; Unwrap gives
// Err, so errors.Is and errors.As also reach the sentinel, the decoder's
// error, or the record's *MeetingError or *member.FieldError.
type FileError struct {
	// Path names the value as a JSON path: "meetings[2].present",
	// "cells[0].members[1].official_date", "to"; "" for the file as a whole.
	Path string
	// Record is the record concerned: `meeting "2025-01"`, `member "m3"`,
	// `organisation "cb-navai"`; "" for the file's own keys.
	Record string
	// Value is the offending value as written in the file (shortened when
	// long), or as decoded for a problem found after decoding.
	Value string
	// Line and Column (1-based; the column counts characters) locate the
	// value, or the syntax error, in the input; 0 when it has no place
	// there (a required key that is absent).
	Line, Column int
	// Offset is the byte offset of that place in the input, from 0.
	Offset int64
	// Err is what is wrong: it wraps ErrSyntax, ErrUnknownField,
	// ErrBadValue, ErrMissingValue, ErrDuplicateID or ErrUnknownOrg (with
	// the decoder's error where there is one: a *json.SyntaxError, a
	// *chibo.DateError, …), or it is the record's own validation error, a
	// *MeetingError or a *member.FieldError, kept as Validate returned it.
	Err error
	// Detail says what is wrong in words.
	Detail string
}

// Error implements error: "line 12, column 7: meeting "2025-03":
// meetings[2].date="31/02/2025": invalid value: …", or for a record's
// validation error "line 9, column 5: meetings[1].present: meeting
// "2025-02": present=m9: inconsistent attendance: not among those
// summoned".
func (e *FileError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d, column %d", e.Line, e.Column)
		if errors.Is(e.Err, ErrSyntax) {
			fmt.Fprintf(&b, " (byte %d)", e.Offset)
		}
		b.WriteString(": ")
	}
	var me *MeetingError
	var fe *member.FieldError
	if errors.As(e.Err, &me) || errors.As(e.Err, &fe) {
		if e.Path != "" {
			b.WriteString(e.Path + ": ")
		}
		b.WriteString(e.Err.Error())
		return b.String()
	}
	if e.Record != "" {
		b.WriteString(e.Record + ": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		if e.Value != "" {
			b.WriteString("=" + e.Value)
		}
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString(ErrFile.Error())
	}
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	return b.String()
}

// Unwrap returns Err.
func (e *FileError) Unwrap() error { return e.Err }

// Is reports whether target is ErrFile.
func (e *FileError) Is(target error) bool { return target == ErrFile }

// ReadFile decodes a File strictly, then validates it.
//
// Decoding rejects unknown keys at every level, keys given twice, and
// values of the wrong type or that do not parse, each named by its JSON
// path; it goes on past them, leaving a bad value at its zero value, so
// that every problem is reported at once. A meeting without
// "results_percent" gets -1 (not assessed).
//
// Validation then checks: the period present and From ≤ To; the
// organisation's and the cells' ids present and unique and their kinds
// given (cells only under a grass-roots committee or a sub-committee, of
// kind cell or sub-committee, with Parent equal to the organisation's id);
// member ids unique in each organisation and a member not in two cells (a
// member of a cell may be listed in the committee too, recorded the same);
// every member valid (member.Member.Validate as of To); every meeting valid
// (Meeting.Validate against the organisation its Org names, the file's
// organisation or one of the cells; an Org that names neither is an
// error); meeting ids unique. A record (meeting, member, organisation) with
// a decoding problem is not validated further, so that one mistake does not
// echo as several.
//
// ReadFile returns the File, holding everything that decoded — nothing is
// dropped: a record with problems is still there — and the problems, each
// a *FileError naming the JSON path, the line and column, the record (its
// id) and the value: decoding problems first, in input order, then
// validation problems, in the order above. The list is nil when the file
// is sound.
//
// When the input is not one JSON object in UTF-8 (a syntax error, invalid
// UTF-8, another JSON value at the top), ReadFile returns a nil File and
// one *FileError wrapping ErrSyntax (and, for a syntax error, the
// *json.SyntaxError) with its byte offset, line and column. When r cannot
// be read, it returns a nil File and the read error.
func ReadFile(r io.Reader) (*File, []error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, []error{fmt.Errorf("branch: reading meeting file: %w", err)}
	}
	d := &fileDecoder{at: map[string]int{}, failed: map[string]bool{}, dirty: map[string]bool{}}
	if bytes.HasPrefix(data, []byte(utf8BOM)) {
		d.base = len(utf8BOM)
		data = data[len(utf8BOM):]
	}
	d.data = data
	if fe := d.syntax(); fe != nil {
		return nil, []error{fe}
	}
	f := new(File)
	start := skipSpace(data, 0)
	end := len(bytes.TrimRight(data, " \t\r\n"))
	d.value(data[start:end], start, reflect.ValueOf(f).Elem(), "")
	for i := range f.Meetings {
		if _, ok := d.at[indexPath("meetings", i)+".results_percent"]; !ok {
			f.Meetings[i].ResultsPercent = -1
		}
	}
	d.check(f)
	if len(d.errs) == 0 {
		return f, nil
	}
	return f, d.errs
}

const utf8BOM = "\uFEFF"

// fileDecoder decodes a meeting file value by value, so that it can name
// the path of every problem and go on past it.
type fileDecoder struct {
	data   []byte          // the input, after a byte order mark
	base   int             // the length of the byte order mark skipped
	at     map[string]int  // offset in data of each non-null value decoded, by path
	failed map[string]bool // paths of the values that failed to decode (see fail)
	dirty  map[string]bool // paths of the values that failed and of the values around them
	errs   []error
	fields map[reflect.Type]map[string]int // JSON key → field index, per struct type

	lines                   []int // offsets of the starts of lines, computed on first use
	lastOff, lastLine, last int   // the last place computed: offset, line, column
}

// syntax checks that the input is UTF-8 and one JSON object.
func (d *fileDecoder) syntax() *FileError {
	if !utf8.Valid(d.data) {
		off := 0
		for off < len(d.data) {
			r, n := utf8.DecodeRune(d.data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		fe := &FileError{Err: ErrSyntax, Detail: "the file is not valid UTF-8"}
		d.place(fe, off)
		return fe
	}
	var raw json.RawMessage
	if err := json.Unmarshal(d.data, &raw); err != nil {
		var se *json.SyntaxError
		off := len(d.data) // the end of the input, when it ends too soon
		if errors.As(err, &se) && se.Error() != "unexpected end of JSON input" {
			off = int(se.Offset) - 1 // the byte that is wrong
		}
		fe := &FileError{Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
		d.place(fe, min(max(off, 0), len(d.data)))
		return fe
	}
	if start := skipSpace(d.data, 0); d.data[start] != '{' {
		fe := &FileError{Err: ErrSyntax, Value: shorten(raw), Detail: "a meeting file is one JSON object, {…}"}
		d.place(fe, start)
		return fe
	}
	return nil
}

// place sets the offset, line and column of fe to the byte off of d.data.
// Problems come mostly in input order, so the column is counted on from
// the last place when it is on the same line: long one-line files with
// many problems stay linear.
func (d *fileDecoder) place(fe *FileError, off int) {
	off = min(max(off, 0), len(d.data))
	if d.lines == nil {
		d.lines = append(d.lines, 0)
		for i, c := range d.data {
			if c == '\n' {
				d.lines = append(d.lines, i+1)
			}
		}
	}
	line := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off }) // 1-based
	from, col := d.lines[line-1], 1
	if d.lastLine == line && d.lastOff <= off {
		from, col = d.lastOff, d.last
	}
	col += utf8.RuneCount(d.data[from:off])
	d.lastOff, d.lastLine, d.last = off, line, col
	fe.Offset = int64(d.base + off)
	fe.Line, fe.Column = line, col
}

// fail records that the value at path failed to decode, and marks the
// values around it as not clean.
func (d *fileDecoder) fail(path string) {
	d.failed[path] = true
	for p := path; p != "" && !d.dirty[p]; p = parentPath(p) {
		d.dirty[p] = true
	}
}

// problem records a problem at path, placed at the closest enclosing value
// found in the input.
func (d *fileDecoder) problem(path, record, value string, err error, detail string) *FileError {
	fe := &FileError{Path: path, Record: record, Value: value, Err: err, Detail: detail}
	for p := path; p != ""; p = parentPath(p) {
		if off, ok := d.at[p]; ok {
			d.place(fe, off)
			break
		}
	}
	d.errs = append(d.errs, fe)
	return fe
}

// parentPath drops the last step of a path: "a.b[2]" → "a.b" → "a" → "".
func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func indexPath(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// clean reports whether no value at or under path failed to decode.
func (d *fileDecoder) clean(path string) bool { return !d.dirty[path] }

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') {
		i++
	}
	return i
}

// skipSeparators skips white space and the ':' or ',' before a value.
func skipSeparators(data []byte, i int) int {
	for i < len(data) && strings.IndexByte(" \t\r\n:,", data[i]) >= 0 {
		i++
	}
	return i
}

// shorten returns JSON text for an error message, cut after 60 characters.
func shorten(raw []byte) string {
	const most = 60
	if utf8.RuneCount(raw) <= most {
		return string(raw)
	}
	n, cut := 0, 0
	for cut < len(raw) && n < most-1 {
		_, size := utf8.DecodeRune(raw[cut:])
		cut += size
		n++
	}
	return string(raw[:cut]) + "…"
}

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	dateType            = reflect.TypeFor[chibo.Date]()
	clockType           = reflect.TypeFor[Clock]()
	meetingType         = reflect.TypeFor[Meeting]()
	organisationType    = reflect.TypeFor[Organisation]()
	memberType          = reflect.TypeFor[member.Member]()
)

// value decodes raw — a valid JSON value without surrounding space, at
// offset off of d.data — into v, reporting problems under path.
func (d *fileDecoder) value(raw []byte, off int, v reflect.Value, path string) {
	if string(raw) == "null" {
		return // the same as absent
	}
	d.at[path] = off
	pt := reflect.PointerTo(v.Type())
	if pt.Implements(jsonUnmarshalerType) || pt.Implements(textUnmarshalerType) {
		d.leaf(raw, v, path)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.object(raw, off, v, path)
	case reflect.Slice:
		d.list(raw, off, v, path)
	case reflect.Map:
		if v.Type().Key().Kind() == reflect.String {
			d.mapping(raw, off, v, path)
			return
		}
		d.leaf(raw, v, path)
	default:
		d.leaf(raw, v, path)
	}
}

// leaf decodes a value with the standard decoder.
func (d *fileDecoder) leaf(raw []byte, v reflect.Value, path string) {
	err := json.Unmarshal(raw, v.Addr().Interface())
	if err == nil {
		return
	}
	d.fail(path)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		d.problem(path, "", shorten(raw), ErrBadValue, "JSON "+te.Value+" where "+want(v.Type())+" is expected")
		return
	}
	d.problem(path, "", shorten(raw), fmt.Errorf("%w: %w", ErrBadValue, err), "")
}

// want describes the JSON a Go type is written as.
func want(t reflect.Type) string {
	switch t {
	case dateType:
		return "a date string, YYYY-MM-DD or DD/MM/YYYY,"
	case clockType:
		return "a time string, HH:MM,"
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list, […],"
	case reflect.Struct, reflect.Map:
		return "an object, {…},"
	}
	return "another type"
}

// typeMismatch reports raw where a list or an object is expected.
func (d *fileDecoder) typeMismatch(raw []byte, t reflect.Type, path string) {
	d.fail(path)
	d.problem(path, "", shorten(raw), ErrBadValue, "JSON "+jsonKind(raw)+" where "+want(t)+" is expected")
}

func jsonKind(raw []byte) string {
	switch raw[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	}
	return "number"
}

// elements calls f for each element of the JSON array or each member of
// the JSON object raw, with its key ("" in an array) and its offset in
// d.data.
func (d *fileDecoder) elements(raw []byte, off int, f func(key string, val []byte, valOff int)) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	object := raw[0] == '{'
	if _, err := dec.Token(); err != nil {
		return
	}
	for dec.More() {
		key := ""
		if object {
			tok, err := dec.Token()
			if err != nil {
				return
			}
			key, _ = tok.(string)
		}
		start := skipSeparators(raw, int(dec.InputOffset()))
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return
		}
		f(key, val, off+start)
	}
}

// object decodes a JSON object into the struct v, field by field.
func (d *fileDecoder) object(raw []byte, off int, v reflect.Value, path string) {
	t := v.Type()
	if raw[0] != '{' {
		d.typeMismatch(raw, t, path)
		return
	}
	fields := d.fieldsOf(t)
	first := len(d.errs)
	seen := map[string]bool{}
	d.elements(raw, off, func(key string, val []byte, valOff int) {
		p := joinPath(path, key)
		if seen[key] {
			d.at[p] = valOff
			d.fail(p)
			d.problem(p, "", shorten(val), ErrBadValue, "the key "+strconv.Quote(key)+" is given twice")
			return
		}
		seen[key] = true
		i, ok := fields[key]
		if !ok {
			d.at[p] = valOff
			d.fail(p)
			d.problem(p, "", "", ErrUnknownField, "not a key of "+describe(t)+"; the keys are "+keyList(t))
			return
		}
		d.value(val, valOff, v.Field(i), p)
	})
	var kind string
	switch t {
	case meetingType:
		kind = "meeting"
	case organisationType:
		kind = "organisation"
	case memberType:
		kind = "member"
	default:
		return
	}
	name := recordName(kind, v.FieldByName("ID").String())
	for _, err := range d.errs[first:] {
		if fe := err.(*FileError); fe.Record == "" {
			fe.Record = name
		}
	}
}

func recordName(kind, id string) string {
	if id == "" {
		return kind + " (no id)"
	}
	return kind + " " + strconv.Quote(id)
}

// describe names what a struct type is in the file.
func describe(t reflect.Type) string {
	switch t {
	case meetingType:
		return "a meeting"
	case organisationType:
		return "an organisation"
	case memberType:
		return "a member"
	case reflect.TypeFor[File]():
		return "the file"
	case reflect.TypeFor[member.Gap]():
		return "a gap"
	case reflect.TypeFor[member.Discipline]():
		return "a discipline"
	case reflect.TypeFor[member.TemporaryTransfer]():
		return "a transfer"
	}
	return "a " + t.Name()
}

// keyList lists the JSON keys of a struct type.
func keyList(t reflect.Type) string {
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		if k, ok := jsonKey(t.Field(i)); ok {
			keys = append(keys, k)
		}
	}
	return strings.Join(keys, ", ")
}

// jsonKey returns the JSON key of a struct field, as encoding/json names it.
func jsonKey(f reflect.StructField) (string, bool) {
	if !f.IsExported() {
		return "", false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false
	}
	if name, _, _ := strings.Cut(tag, ","); name != "" {
		return name, true
	}
	return f.Name, true
}

func (d *fileDecoder) fieldsOf(t reflect.Type) map[string]int {
	if fs, ok := d.fields[t]; ok {
		return fs
	}
	fs := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		if k, ok := jsonKey(t.Field(i)); ok {
			fs[k] = i
		}
	}
	if d.fields == nil {
		d.fields = map[reflect.Type]map[string]int{}
	}
	d.fields[t] = fs
	return fs
}

// list decodes a JSON array into the slice v. An empty array leaves v nil.
func (d *fileDecoder) list(raw []byte, off int, v reflect.Value, path string) {
	if raw[0] != '[' {
		d.typeMismatch(raw, v.Type(), path)
		return
	}
	i := 0
	d.elements(raw, off, func(_ string, val []byte, valOff int) {
		p := indexPath(path, i)
		i++
		v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
		if string(val) == "null" {
			d.at[p] = valOff
			d.fail(p)
			d.problem(p, "", "null", ErrBadValue, "null in a list; want "+want(v.Type().Elem()))
			return
		}
		d.value(val, valOff, v.Index(v.Len()-1), p)
	})
}

// mapping decodes a JSON object into the map v. An empty object leaves v
// nil.
func (d *fileDecoder) mapping(raw []byte, off int, v reflect.Value, path string) {
	t := v.Type()
	if raw[0] != '{' {
		d.typeMismatch(raw, t, path)
		return
	}
	seen := map[string]bool{}
	d.elements(raw, off, func(key string, val []byte, valOff int) {
		p := path + "[" + strconv.Quote(key) + "]"
		if seen[key] {
			d.at[p] = valOff
			d.fail(p)
			d.problem(p, "", shorten(val), ErrBadValue, "the key "+strconv.Quote(key)+" is given twice")
			return
		}
		seen[key] = true
		elem := reflect.New(t.Elem()).Elem()
		d.value(val, valOff, elem, p)
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
		v.SetMapIndex(reflect.ValueOf(key).Convert(t.Key()), elem)
	})
}

// check validates the decoded file.
func (d *fileDecoder) check(f *File) {
	d.checkPeriod(f)
	orgs := d.checkOrganisations(f)
	d.checkMembers(f)
	d.checkMeetings(f, orgs)
}

func (d *fileDecoder) checkPeriod(f *File) {
	for _, p := range []struct {
		key  string
		date chibo.Date
	}{{"from", f.From}, {"to", f.To}} {
		if p.date.IsZero() && !d.failed[p.key] {
			d.problem(p.key, "", "", ErrMissingValue, "the period reviewed needs its first and last days, \"from\" and \"to\"")
		}
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		d.problem("to", "", f.To.String(), ErrBadValue, "the period ends before it starts on "+f.From.String())
	}
}

// orgRef is an organisation of the file and its path.
type orgRef struct {
	org  *Organisation
	path string
}

// checkOrganisations checks the organisations and returns them by id.
func (d *fileDecoder) checkOrganisations(f *File) map[string]orgRef {
	byID := map[string]orgRef{}
	main := &f.Organisation
	if _, ok := d.at["organisation"]; !ok {
		if !d.failed["organisation"] {
			d.problem("organisation", "", "", ErrMissingValue, "the file needs the organisation reviewed")
		}
	} else {
		d.checkOrganisation(main, "organisation", byID)
	}
	if len(f.Cells) > 0 && main.Kind != 0 && main.Kind != GrassRootsCommittee && main.Kind != SubCommittee {
		d.problem("cells", recordName("organisation", main.ID), "", ErrBadValue,
			"only a grass-roots-committee (đảng bộ cơ sở) or a sub-committee (đảng bộ bộ phận) has cells under it; the organisation is a "+main.Kind.String())
	}
	for i := range f.Cells {
		c := &f.Cells[i]
		path := indexPath("cells", i)
		if d.failed[path] {
			continue // null, or not an object
		}
		d.checkOrganisation(c, path, byID)
		rec := recordName("organisation", c.ID)
		if c.Kind != 0 && c.Kind != Cell && c.Kind != SubCommittee {
			d.problem(path+".kind", rec, c.Kind.String(), ErrBadValue, "a cell under the organisation is a cell (chi bộ trực thuộc) or a sub-committee (đảng bộ bộ phận)")
		}
		if main.ID != "" && c.Parent != main.ID && !d.failed[path+".parent"] {
			d.problem(path+".parent", rec, c.Parent, ErrBadValue, "a cell's parent must be the organisation reviewed, "+strconv.Quote(main.ID))
		}
	}
	return byID
}

func (d *fileDecoder) checkOrganisation(o *Organisation, path string, byID map[string]orgRef) {
	if d.failed[path] {
		return
	}
	rec := recordName("organisation", o.ID)
	switch {
	case o.ID == "" && !d.failed[path+".id"]:
		d.problem(path+".id", rec, "", ErrMissingValue, "every organisation needs an id")
	case o.ID != "":
		if prev, ok := byID[o.ID]; ok {
			d.problem(path+".id", rec, o.ID, ErrDuplicateID, "already the id of "+prev.path)
		} else {
			byID[o.ID] = orgRef{o, path}
		}
	}
	if o.Kind == 0 && !d.failed[path+".kind"] {
		d.problem(path+".kind", rec, "", ErrMissingValue, "want cell, grass-roots-cell, grass-roots-committee or sub-committee")
	}
}

// checkMembers checks member ids and validates each member once.
func (d *fileDecoder) checkMembers(f *File) {
	type seenMember struct {
		m       *member.Member
		path    string
		orgPath string
	}
	inMain := map[string]seenMember{}  // members of the organisation reviewed
	inCells := map[string]seenMember{} // members of its cells
	check := func(o *Organisation, orgPath string) {
		dup := member.DuplicateIDs(o.Members)
		for i := range o.Members {
			m := &o.Members[i]
			path := indexPath(orgPath+".members", i)
			rec := recordName("member", m.ID)
			if err, ok := dup[i]; ok {
				d.wrap(path+".id", rec, err)
				continue
			}
			if m.ID != "" && orgPath == "organisation" {
				inMain[m.ID] = seenMember{m, path, orgPath}
			} else if m.ID != "" {
				if prev, ok := inCells[m.ID]; ok {
					d.wrap(path+".id", rec, &member.FieldError{ID: m.ID, Field: "id", Value: m.ID, Err: member.ErrDuplicateID,
						Detail: "also a member of " + prev.orgPath + " (" + prev.path + "); a member belongs to one cell"})
					continue
				}
				inCells[m.ID] = seenMember{m, path, orgPath}
				if prev, ok := inMain[m.ID]; ok {
					if !reflect.DeepEqual(*prev.m, *m) {
						d.wrap(path, rec, &member.FieldError{ID: m.ID, Field: "id", Value: m.ID, Err: member.ErrDuplicateID,
							Detail: "recorded differently in " + prev.path})
					}
					continue // validated there
				}
			}
			if !d.clean(path) {
				continue
			}
			for _, err := range unjoin(m.Validate(f.To)) {
				p := path
				var fe *member.FieldError
				if errors.As(err, &fe) && fe.Field != "" {
					p = path + "." + fe.Field
				}
				d.wrap(p, rec, err)
			}
		}
	}
	check(&f.Organisation, "organisation")
	for i := range f.Cells {
		check(&f.Cells[i], indexPath("cells", i))
	}
}

// checkMeetings checks meeting ids and organisations and validates each
// meeting.
func (d *fileDecoder) checkMeetings(f *File, orgs map[string]orgRef) {
	ids := map[string]string{}
	for i := range f.Meetings {
		m := &f.Meetings[i]
		path := indexPath("meetings", i)
		rec := recordName("meeting", m.ID)
		if m.ID != "" {
			if prev, ok := ids[m.ID]; ok {
				d.problem(path+".id", rec, m.ID, ErrDuplicateID, "already the id of "+prev)
			} else {
				ids[m.ID] = path
			}
		}
		var org *Organisation
		if m.Org != "" {
			if ref, ok := orgs[m.Org]; ok {
				org = ref.org
			} else if !d.failed[path+".org"] {
				d.problem(path+".org", rec, m.Org, ErrUnknownOrg, "neither the organisation reviewed nor one of its cells")
			}
		}
		if !d.clean(path) {
			continue
		}
		for _, err := range unjoin(m.Validate(org)) {
			p := path
			var me *MeetingError
			if errors.As(err, &me) && me.Field != "" {
				p = path + "." + me.Field
			}
			d.wrap(p, rec, err)
		}
	}
}

// wrap records a record's validation error at path.
func (d *fileDecoder) wrap(path, record string, err error) {
	d.problem(path, record, "", err, "")
}

// unjoin returns the errors joined in err (errors.Join), or err alone.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// Org returns the organisation of the file with the given ID — the main
// organisation or one of its cells — or nil.
func (f *File) Org(id string) *Organisation {
	if f == nil {
		return nil
	}
	if f.Organisation.ID == id {
		return &f.Organisation
	}
	for i := range f.Cells {
		if f.Cells[i].ID == id {
			return &f.Cells[i]
		}
	}
	return nil
}
