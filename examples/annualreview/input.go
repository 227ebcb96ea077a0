package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
	"github.com/chibo-go/chibo/member"
)

// File is the review file: a committee's year. The package documentation
// describes every key.
type File struct {
	// Committee is the đảng bộ cơ sở (or chi bộ cơ sở) reviewed; its own
	// "members" are the members registered directly with it (a chi bộ cơ
	// sở has no cells).
	Committee branch.Organisation `json:"committee"`
	// Cells are the cells under it, with their members.
	Cells []branch.Organisation `json:"cells"`
	// Year is the evaluation year; ReviewDate the review meetings' day
	// (zero: 31 December of Year).
	Year       int        `json:"year"`
	ReviewDate chibo.Date `json:"review_date"`
	// Members are the members' year inputs by member id: the fields of
	// evaluation.MemberYear except "member" and "year".
	Members map[string]evaluation.MemberYear `json:"members"`
	// Organisations are the organisations' year inputs by organisation id
	// (the committee and its cells): the fields of evaluation.OrgYear
	// except "org", "year" and "committee". Leadership are those of their
	// leadership collectives (cấp uỷ, chi uỷ), by the organisation's id.
	Organisations map[string]evaluation.OrgYear `json:"organisations"`
	Leadership    map[string]evaluation.OrgYear `json:"leadership"`
	// Previous are the rankings of the year before, for the consequences.
	Previous *Previous `json:"previous"`
}

// Previous are the final rankings of the previous year, by id.
type Previous struct {
	// Year is the previous year; zero means Year − 1.
	Year          int                        `json:"year"`
	Members       map[string]evaluation.Rank `json:"members"`
	Organisations map[string]evaluation.Rank `json:"organisations"`
	Leadership    map[string]evaluation.Rank `json:"leadership"`
}

// Problem is one problem of the review file: where it is (line, column and
// JSON path), the record it belongs to, the value and what is wrong.
type Problem struct {
	Line, Column int    // 1-based place of the value in the input; 0 when it has none
	Path         string // JSON path of the value: "members.U05.score", "cells[1].members[2].official_date"
	Record       string // `member "U05"`, `member year "U05"`, `organisation year "cb-a"`, …; "" for the file's own keys
	Value        string // the value, as written or as decoded
	Detail       string // what is wrong
}

// String returns the problem on one line: "line 40, column 22:
// members.U05.score: member year "U05": value 101: the score must be
// between 0 and 100".
func (p *Problem) String() string {
	var b strings.Builder
	if p.Line > 0 {
		fmt.Fprintf(&b, "line %d, column %d: ", p.Line, p.Column)
	}
	if p.Path != "" {
		b.WriteString(p.Path + ": ")
	}
	if p.Record != "" {
		b.WriteString(p.Record + ": ")
	}
	if p.Value != "" {
		b.WriteString("value " + p.Value + ": ")
	}
	b.WriteString(p.Detail)
	return b.String()
}

// forbidden are keys of the library's types that the review file gives
// elsewhere: a member's record comes from the cells, the year from the
// file, the organisation from the committee and cells.
var forbidden = map[reflect.Type]map[string]string{
	reflect.TypeFor[evaluation.MemberYear](): {
		"member": "the member's record comes from the roster of its cell",
		"year":   "the evaluation year is the file's \"year\" (or -year)",
	},
	reflect.TypeFor[evaluation.OrgYear](): {
		"org":       "the organisation comes from \"committee\" and \"cells\"",
		"year":      "the evaluation year is the file's \"year\" (or -year)",
		"committee": "leadership collectives are given under \"leadership\"",
	},
}

// decoder decodes the review file value by value, so that it can name the
// path of every problem and go on past it.
type decoder struct {
	data  []byte
	base  int            // length of a byte order mark skipped
	at    map[string]int // offset of each value decoded, by path
	probs []*Problem
	lines []int // offsets of the starts of lines
}

// errSyntax marks a file that is not one JSON object: nothing is reviewed.
var errSyntax = errors.New("malformed JSON")

// decodeFile decodes data strictly. It returns the file (nil when data is
// not one JSON object) and the decoder, which holds every problem of
// decoding (probs) and the place of every value.
func decodeFile(data []byte) (*File, *decoder, error) {
	d := &decoder{at: map[string]int{}}
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		d.base = 3
		data = data[3:]
	}
	d.data = data
	if !utf8.Valid(data) {
		return nil, nil, fmt.Errorf("%w: the input is not valid UTF-8", errSyntax)
	}
	var raw json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := d.place(int(se.Offset) - 1)
			return nil, nil, fmt.Errorf("%w: line %d, column %d: %v", errSyntax, line, col, err)
		}
		return nil, nil, fmt.Errorf("%w: %v", errSyntax, err)
	}
	raw = bytes.TrimSpace(raw)
	if raw[0] != '{' {
		return nil, nil, fmt.Errorf("%w: a review file is one JSON object, {…}", errSyntax)
	}
	f := new(File)
	start := bytes.Index(data, raw)
	d.value(raw, start, reflect.ValueOf(f).Elem(), "")
	return f, d, nil
}

// place returns the 1-based line and column (in characters) of byte off.
func (d *decoder) place(off int) (line, col int) {
	off = min(max(off, 0), len(d.data))
	if d.lines == nil {
		d.lines = append(d.lines, 0)
		for i, c := range d.data {
			if c == '\n' {
				d.lines = append(d.lines, i+1)
			}
		}
	}
	line = sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off })
	return line, utf8.RuneCount(d.data[d.lines[line-1]:off]) + 1
}

// problem records a problem at path.
func (d *decoder) problem(path, value, detail string) *Problem {
	p := d.newProblem(path, value, detail)
	d.probs = append(d.probs, p)
	return p
}

// newProblem returns a problem at path, placed at the closest enclosing
// value found in the input, without recording it.
func (d *decoder) newProblem(path, value, detail string) *Problem {
	p := &Problem{Path: path, Value: value, Detail: detail}
	for q := path; ; q = parentPath(q) {
		if off, ok := d.at[q]; ok {
			p.Line, p.Column = d.place(off)
			break
		}
		if q == "" {
			break
		}
	}
	return p
}

// sortProblems orders problems by their place in the input; problems
// without a place come last, in the order found.
func sortProblems(ps []*Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if (a.Line == 0) != (b.Line == 0) {
			return b.Line == 0
		}
		return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
	})
}

// parentPath drops the last step of a path: "a.b[2]" → "a.b" → "a" → "".
func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}

// keyPath joins a key to a path; keys that are not plain words are quoted.
func keyPath(path, key string) string {
	plain := key != ""
	for _, r := range key {
		if !(r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			plain = false
			break
		}
	}
	k := key
	if !plain {
		k = "[" + strconv.Quote(key) + "]"
		return path + k
	}
	if path == "" {
		return k
	}
	return path + "." + k
}

func indexPath(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	dateType        = reflect.TypeFor[chibo.Date]()
)

// value decodes raw, a JSON value at offset off of d.data, into v.
func (d *decoder) value(raw []byte, off int, v reflect.Value, path string) {
	if string(raw) == "null" {
		return // the same as absent
	}
	d.at[path] = off
	pt := reflect.PointerTo(v.Type())
	if pt.Implements(jsonUnmarshaler) || pt.Implements(textUnmarshaler) {
		d.leaf(raw, v, path)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(raw, off, v.Elem(), path)
	case reflect.Struct:
		d.object(raw, off, v, path)
	case reflect.Map:
		d.mapping(raw, off, v, path)
	case reflect.Slice:
		d.list(raw, off, v, path)
	default:
		d.leaf(raw, v, path)
	}
}

// leaf decodes a value with the standard decoder.
func (d *decoder) leaf(raw []byte, v reflect.Value, path string) {
	err := json.Unmarshal(raw, v.Addr().Interface())
	if err == nil {
		return
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		d.problem(path, shorten(raw), "JSON "+te.Value+" where "+want(v.Type())+" is expected")
		return
	}
	d.problem(path, shorten(raw), strings.TrimPrefix(err.Error(), "json: "))
}

// want describes the JSON a Go type is written as.
func want(t reflect.Type) string {
	if t == dateType {
		return "a date, \"YYYY-MM-DD\" or \"DD/MM/YYYY\","
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice:
		return "a list, […],"
	case reflect.Struct, reflect.Map:
		return "an object, {…},"
	}
	return t.String()
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

// elements calls f for each element of the JSON array, or each member of
// the JSON object, raw, with its key ("" in an array) and offset.
func (d *decoder) elements(raw []byte, off int, f func(key string, val []byte, valOff int)) {
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
		start := int(dec.InputOffset())
		for start < len(raw) && strings.IndexByte(" \t\r\n:,", raw[start]) >= 0 {
			start++
		}
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return
		}
		f(key, val, off+start)
	}
}

// jsonFields maps the JSON keys of a struct type to field indexes.
func jsonFields(t reflect.Type) (map[string]int, []string) {
	m := map[string]int{}
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = i
		keys = append(keys, name)
	}
	return m, keys
}

// object decodes a JSON object into the struct v, key by key.
func (d *decoder) object(raw []byte, off int, v reflect.Value, path string) {
	t := v.Type()
	if raw[0] != '{' {
		d.problem(path, shorten(raw), "JSON "+jsonKind(raw)+" where "+want(t)+" is expected")
		return
	}
	fields, keys := jsonFields(t)
	forbid := forbidden[t]
	seen := map[string]bool{}
	d.elements(raw, off, func(key string, val []byte, valOff int) {
		p := keyPath(path, key)
		d.at[p] = valOff
		if seen[key] {
			d.problem(p, shorten(val), "the key "+strconv.Quote(key)+" is given twice")
			return
		}
		seen[key] = true
		if why, ok := forbid[key]; ok {
			d.problem(p, shorten(val), "the key "+strconv.Quote(key)+" is not written here: "+why)
			return
		}
		i, ok := fields[key]
		if !ok {
			var allowed []string
			for _, k := range keys {
				if _, no := forbid[k]; !no {
					allowed = append(allowed, k)
				}
			}
			d.problem(p, "", "unknown key "+strconv.Quote(key)+suggest(key, allowed)+"; the keys are "+strings.Join(allowed, ", "))
			return
		}
		d.value(val, valOff, v.Field(i), p)
	})
}

// mapping decodes a JSON object into a map with string keys.
func (d *decoder) mapping(raw []byte, off int, v reflect.Value, path string) {
	t := v.Type()
	if raw[0] != '{' {
		d.problem(path, shorten(raw), "JSON "+jsonKind(raw)+" where "+want(t)+" is expected")
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(t))
	}
	seen := map[string]bool{}
	d.elements(raw, off, func(key string, val []byte, valOff int) {
		p := keyPath(path, key)
		d.at[p] = valOff
		if seen[key] {
			d.problem(p, shorten(val), "the key "+strconv.Quote(key)+" is given twice")
			return
		}
		seen[key] = true
		if key == "" {
			d.problem(p, "", "an empty id")
			return
		}
		e := reflect.New(t.Elem()).Elem()
		d.value(val, valOff, e, p)
		v.SetMapIndex(reflect.ValueOf(key), e)
	})
}

// list decodes a JSON array into a slice.
func (d *decoder) list(raw []byte, off int, v reflect.Value, path string) {
	t := v.Type()
	if raw[0] != '[' {
		d.problem(path, shorten(raw), "JSON "+jsonKind(raw)+" where "+want(t)+" is expected")
		return
	}
	i := 0
	d.elements(raw, off, func(_ string, val []byte, valOff int) {
		p := indexPath(path, i)
		i++
		e := reflect.New(t.Elem()).Elem()
		if string(val) == "null" {
			d.at[p] = valOff
			d.problem(p, "null", "null is not allowed in a list")
		} else {
			d.value(val, valOff, e, p)
		}
		v.Set(reflect.Append(v, e))
	})
}

// suggest returns ` (did you mean "x"?)` for a known key close to key.
func suggest(key string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if dd := distance(key, k); dd < bestD {
			best, bestD = k, dd
		}
	}
	if best == "" {
		return ""
	}
	return " (did you mean " + strconv.Quote(best) + "?)"
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
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

// shorten returns JSON text for a message, cut after 60 characters.
func shorten(raw []byte) string {
	s := string(bytes.TrimSpace(raw))
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	return string([]rune(s)[:59]) + "…"
}

// ---- the records and their checks ----

// rosterEntry is a member of the roster: the record, the organisation it is
// registered in, and its path in the file.
type rosterEntry struct {
	m    *member.Member
	org  *branch.Organisation
	path string
}

// input is a decoded and checked file, ready to rank: the valid records,
// and every problem.
type input struct {
	file   *File
	year   int
	review chibo.Date // the file's review date, or 31 December of year
	regime evaluation.RankingRegime
	// roster are the members with a valid record, in file order (the
	// committee's own members, then each cell's).
	roster []rosterEntry
	// orgs are the committee, then its cells.
	orgs []*branch.Organisation
	// bad are the records left out for their problems: member years by
	// member id ("members"), organisation and leadership years by
	// organisation id.
	badYear, badOrg, badLead map[string]bool
	prevYear                 int
	probs                    []*Problem
}

// check checks the decoded file's records against each other and against
// the regime of the year. year, when not 0, replaces the file's. It
// returns nil when no year can be found: nothing can be ranked.
func check(f *File, d *decoder, year int) *input {
	in := &input{file: f, badYear: map[string]bool{}, badOrg: map[string]bool{}, badLead: map[string]bool{}}
	add := func(path, record, value, detail string) {
		p := d.newProblem(path, value, detail)
		p.Record = record
		in.probs = append(in.probs, p)
	}
	defer func() { sortProblems(in.probs) }()

	// The records named by the paths of the decoding problems.
	badRoster := map[string]bool{} // roster paths, "cells[1].members[2]"
	for _, p := range d.probs {
		p.Record, _ = recordOf(f, p.Path)
		in.probs = append(in.probs, p)
		switch kind, key := recordKey(p.Path); kind {
		case "roster":
			badRoster[key] = true
		case "members":
			in.badYear[key] = true
		case "organisations":
			in.badOrg[key] = true
		case "leadership":
			in.badLead[key] = true
		}
	}

	in.year = f.Year
	if year != 0 {
		in.year = year
	}
	if in.year < 1 || in.year > 9998 {
		v := ""
		if in.year != 0 {
			v = strconv.Itoa(in.year)
		}
		add("year", "", v, "the evaluation year is required, 1 to 9998 (or give -year)")
		in.year = 0
		return in
	}
	in.regime = evaluation.RankingForYear(in.year)
	in.review = f.ReviewDate
	if in.review.IsZero() {
		in.review = chibo.DateOf(in.year, 12, 31)
	} else if y := in.review.Year(); y != in.year && y != in.year+1 {
		add("review_date", "", f.ReviewDate.String(), fmt.Sprintf("the review of %d must fall in %d or %d", in.year, in.year, in.year+1))
		in.review = chibo.DateOf(in.year, 12, 31)
	}

	// The organisations.
	c := &f.Committee
	if c.ID == "" {
		add("committee.id", "committee", "", "the committee needs an id")
	}
	switch c.Kind {
	case branch.GrassRootsCommittee, branch.GrassRootsCell, branch.SubCommittee:
	case 0:
		add("committee.kind", recordName("committee", c.ID), "", "the kind is required: grass-roots-committee, grass-roots-cell or sub-committee")
	default:
		add("committee.kind", recordName("committee", c.ID), c.Kind.String(), "want grass-roots-committee, grass-roots-cell or sub-committee")
	}
	in.orgs = append(in.orgs, c)
	ids := map[string]string{c.ID: "committee"}
	for i := range f.Cells {
		o := &f.Cells[i]
		p := indexPath("cells", i)
		rec := recordName("cell", o.ID)
		switch {
		case o.ID == "":
			add(p+".id", rec, "", "every cell needs an id")
		case ids[o.ID] != "":
			add(p+".id", rec, o.ID, "the id is already used by the "+ids[o.ID])
		default:
			ids[o.ID] = "cell at " + p
		}
		if o.Kind != branch.Cell && o.Kind != branch.SubCommittee {
			v := o.Kind.String()
			if o.Kind == 0 {
				v = ""
			}
			add(p+".kind", rec, v, "a cell under the committee is a cell (chi bộ trực thuộc) or a sub-committee: kind \"cell\" or \"sub-committee\"")
		}
		if o.Parent != "" && o.Parent != c.ID {
			add(p+".parent", rec, o.Parent, "the cell's parent must be the committee "+strconv.Quote(c.ID))
		}
		in.orgs = append(in.orgs, o)
	}

	// The roster: every member once, each record consistent as of the
	// review. A member whose record has a problem is left out, and so is
	// its year.
	seen := map[string]string{}
	addRoster := func(o *branch.Organisation, base string) {
		for j := range o.Members {
			m := &o.Members[j]
			p := indexPath(base+".members", j)
			ok := !badRoster[p]
			if m.ID != "" && seen[m.ID] != "" {
				add(p+".id", recordName("member", m.ID), m.ID, "the member is already listed at "+seen[m.ID])
				continue
			}
			if ok {
				for _, e := range unjoin(m.Validate(in.review)) {
					field, value, detail := "", "", e.Error()
					var fe *member.FieldError
					if errors.As(e, &fe) {
						field, value, detail = fe.Field, fe.Value, fe.Err.Error()
						if fe.Detail != "" {
							detail += ": " + fe.Detail
						}
					}
					add(fieldPath(p, field), recordName("member", m.ID), value, detail+fmt.Sprintf(" (checked as of the review, %s)", in.review.VN()))
					ok = false
				}
			}
			if m.ID != "" {
				seen[m.ID] = p
			}
			if ok {
				in.roster = append(in.roster, rosterEntry{m: m, org: o, path: p})
			} else if m.ID != "" {
				in.badYear[m.ID] = true // its year is not ranked either
			}
		}
	}
	addRoster(c, "committee")
	for i := range f.Cells {
		addRoster(&f.Cells[i], indexPath("cells", i))
	}

	// Year inputs of ids that are not on the roster.
	for _, id := range sortedKeys(f.Members) {
		if seen[id] == "" {
			add(keyPath("members", id), recordName("member year", id), "", "no member with this id in the committee or its cells")
			in.badYear[id] = true
		}
	}
	for _, l := range []struct {
		key, kind string
		m         map[string]evaluation.OrgYear
		bad       map[string]bool
	}{{"organisations", "organisation year", f.Organisations, in.badOrg}, {"leadership", "leadership year", f.Leadership, in.badLead}} {
		for _, id := range sortedKeys(l.m) {
			if ids[id] == "" {
				add(keyPath(l.key, id), recordName(l.kind, id), "", "no organisation with this id: want the committee's or a cell's")
				l.bad[id] = true
			}
		}
	}

	// The previous year.
	in.prevYear = in.year - 1
	if pv := f.Previous; pv != nil && pv.Year != 0 && pv.Year != in.year-1 {
		add("previous.year", "previous rankings", strconv.Itoa(pv.Year), fmt.Sprintf("the previous rankings must be of %d, the year before %d", in.year-1, in.year))
	}
	return in
}

// fieldPath joins a member.FieldError field ("official_date", "gaps[1]")
// to the member's path.
func fieldPath(p, field string) string {
	if field == "" {
		return p
	}
	return p + "." + field
}

// recordKey classifies a path: the roster member, member year,
// organisation year or leadership year it belongs to.
func recordKey(path string) (kind, key string) {
	for _, k := range []string{"members", "organisations", "leadership"} {
		if rest, ok := strings.CutPrefix(path, k); ok && (strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "[")) {
			return k, firstKey(rest)
		}
	}
	// committee.members[j]… or cells[i].members[j]…
	if i := strings.Index(path, ".members["); i >= 0 {
		if j := strings.Index(path[i:], "]"); j >= 0 {
			return "roster", path[:i+j+1]
		}
	}
	return "", ""
}

// firstKey returns the map key at the start of rest: ".U05.score" → "U05",
// `["a.b"].score` → "a.b".
func firstKey(rest string) string {
	if strings.HasPrefix(rest, "[") {
		if s, err := strconv.QuotedPrefix(rest[1:]); err == nil {
			k, _ := strconv.Unquote(s)
			return k
		}
		return ""
	}
	rest = strings.TrimPrefix(rest, ".")
	if i := strings.IndexAny(rest, ".["); i >= 0 {
		return rest[:i]
	}
	return rest
}

// recordOf names the record a path belongs to.
func recordOf(f *File, path string) (string, bool) {
	kind, key := recordKey(path)
	switch kind {
	case "members":
		return recordName("member year", key), true
	case "organisations":
		return recordName("organisation year", key), true
	case "leadership":
		return recordName("leadership year", key), true
	case "roster":
		if m := rosterAt(f, key); m != nil {
			return recordName("member", m.ID), true
		}
		return "member", true
	}
	switch {
	case strings.HasPrefix(path, "committee"):
		return recordName("committee", f.Committee.ID), true
	case strings.HasPrefix(path, "cells["):
		var i int
		if _, err := fmt.Sscanf(path, "cells[%d]", &i); err == nil && i < len(f.Cells) {
			return recordName("cell", f.Cells[i].ID), true
		}
		return "cell", true
	case strings.HasPrefix(path, "previous"):
		return "previous rankings", true
	}
	return "", false
}

// rosterAt returns the member at a roster path "cells[1].members[2]".
func rosterAt(f *File, path string) *member.Member {
	var i, j int
	if _, err := fmt.Sscanf(path, "committee.members[%d]", &j); err == nil {
		if j < len(f.Committee.Members) {
			return &f.Committee.Members[j]
		}
		return nil
	}
	if _, err := fmt.Sscanf(path, "cells[%d].members[%d]", &i, &j); err == nil && i < len(f.Cells) && j < len(f.Cells[i].Members) {
		return &f.Cells[i].Members[j]
	}
	return nil
}

func recordName(kind, id string) string {
	if id == "" {
		return kind + " (no id)"
	}
	return kind + " " + strconv.Quote(id)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// unjoin returns the errors joined in err (or err itself).
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
