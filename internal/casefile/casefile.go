// Package casefile reads the rule verification case files of chibo's test
// runners (award, member, branch, evaluation and the calendar's) and runs
// them as subtests. It holds what the runners share; what a case means,
// which ops there are and how each is run stay in each runner.
//
// # The envelope
//
// A case file is one JSON object with exactly two keys:
//
//	{"family": "early", "cases": [ {…}, {…} ]}
//
// "family" is the rule family the file verifies, a text that is not empty;
// "cases" is a list of at least one case. Each case is an object with
//
//   - "name": required, a text unique within the file; it names the case's
//     subtest ("/" becomes "-", see [Case.TestName]);
//   - "op": required, the operation the case runs, one of the runner's ops;
//   - "source": required, where the rule comes from;
//   - "note" and "known_issue": optional texts; a case with "known_issue" is
//     skipped with the difference shown, and flagged when it passes;
//   - "expect": required, an object with at least one of the checks the op
//     offers; only the keys written are compared;
//   - the inputs of the op: the keys it needs ([Op.Required]) and may take
//     ([Op.Optional]), and no other.
//
// # Strictness
//
// A case file is read more strictly than encoding/json reads it, so that a
// slip in a file written by hand is an error and not a case that passes
// without checking anything:
//
//   - keys are spelt exactly, at every level (encoding/json matches them
//     regardless of case);
//   - an unknown key is an error that suggests the closest known key (at
//     most two edits away) or lists the known keys;
//   - a key that appears twice in one object is an error;
//   - null is an error anywhere: a key with no value is left out;
//   - every value has the type the runner's Go type gives it: text in
//     quotes, a whole number, true or false, a list, an object; a type that
//     reads itself from text (encoding.TextUnmarshaler, as dates do) is
//     read, and its error reported;
//   - "name", "source", "note" and "known_issue" are not empty, and no two
//     cases of a file share a name.
//
// Every message names the file and, for a problem inside a case, the case
// by its position and name and the path of the key that is wrong
// ("member.gaps[0].kind"); invalid JSON is reported with its line and
// column. A problem with the file as a whole stops the file; a problem with
// one case marks that case only ([Case.Err]), so that the others still run.
//
// # Using the package
//
// A runner's case type is a struct that embeds [Case], has a field tagged
// `json:"expect"` and one field per input key; [Parse] reads a file into
// such cases with the runner's ops, and [Runner] runs every file of a
// directory as subtests. The helpers below them ([Object], [CheckValue],
// [UnknownKey] and the others) are there for a runner's own checks.
package casefile

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// ---------------------------------------------------------------------
// Strict decoding

// Field is one key of a JSON object with its value as written.
type Field struct {
	Key string
	Raw json.RawMessage
}

// Object reads the JSON object raw, keeping its keys in the order written,
// and returns the first key that appears twice, if any. A value that is not
// an object is an error ("want an object in { }, got …").
func Object(raw []byte) (fields []Field, dup string, err error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, "", err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, "", fmt.Errorf("want an object in { }, got %s", Short(raw))
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, "", err
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, "", err
		}
		if seen[key] && dup == "" {
			dup = key
		}
		seen[key] = true
		fields = append(fields, Field{key, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, "", err
	}
	return fields, dup, nil
}

// JSONFields maps the JSON names of the struct type t's fields to their
// types. Only exported fields with a json tag count; a tag named "-" hides
// its field. The fields of an embedded struct without a json tag count as
// t's own, as encoding/json reads them, unless t has a field of that name.
func JSONFields(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		if f.Anonymous && !hasTag && f.Type.Kind() == reflect.Struct {
			for k, v := range JSONFields(f.Type) {
				if _, ok := m[k]; !ok {
					m[k] = v
				}
			}
			continue
		}
		if !hasTag || !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	return m
}

// FieldByJSON returns the field of the struct value v whose JSON name is
// key, looking into embedded structs as [JSONFields] does. It panics when v
// has no such field: key names a field of a runner's own type.
func FieldByJSON(v reflect.Value, key string) reflect.Value {
	if f, ok := fieldByJSON(v, key); ok {
		return f
	}
	panic("no field " + key + " in " + v.Type().String())
}

func fieldByJSON(v reflect.Value, key string) (reflect.Value, bool) {
	t := v.Type()
	var embedded []int
	for i := range t.NumField() {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		if f.Anonymous && !hasTag && f.Type.Kind() == reflect.Struct {
			embedded = append(embedded, i)
			continue
		}
		if name, _, _ := strings.Cut(tag, ","); hasTag && name == key {
			return v.Field(i), true
		}
	}
	for _, i := range embedded {
		if f, ok := fieldByJSON(v.Field(i), key); ok {
			return f, true
		}
	}
	return reflect.Value{}, false
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// CheckValue checks the JSON value raw against the type t, key by key and
// with exact spelling (encoding/json alone matches keys regardless of case),
// and returns an error naming the path of the first key that is wrong. path
// is raw's own path: "member", "expect.due", "" for a whole case.
//
// null is an error; a type that implements encoding.TextUnmarshaler (by
// pointer) takes text in quotes and reports its own error; a struct takes
// an object of its [JSONFields], a map an object of its values, a slice a
// list of its elements, each checked in turn; a pointer is checked as what
// it points to; any other type takes what encoding/json reads into it.
func CheckValue(raw json.RawMessage, t reflect.Type, path string) error {
	return checker{}.value(raw, t, path)
}

// checker is CheckValue with the options of Parse that change it.
type checker struct {
	floatsAsNumbers bool // FloatsAsNumbers
}

// value is CheckValue.
func (ck checker) value(raw json.RawMessage, t reflect.Type, path string) error {
	raw = bytes.TrimSpace(raw)
	if string(raw) == "null" {
		return fmt.Errorf("key %q: null is not allowed; leave the key out instead", path)
	}
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return fmt.Errorf("key %q: want text in quotes, got %s", path, Short(raw))
		}
		v := reflect.New(t)
		if err := v.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			return fmt.Errorf("key %q: %v", path, err)
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Pointer:
		return ck.value(raw, t.Elem(), path)
	case reflect.Struct:
		fields, dup, err := Object(raw)
		if err != nil {
			return fmt.Errorf("key %q: %v", path, err)
		}
		if dup != "" {
			return fmt.Errorf("key %q appears twice", join(path, dup))
		}
		byName := JSONFields(t)
		for _, f := range fields {
			ft, ok := byName[f.Key]
			if !ok {
				return UnknownKey(join(path, f.Key), f.Key, SortedKeys(byName))
			}
			if err := ck.value(f.Raw, ft, join(path, f.Key)); err != nil {
				return err
			}
		}
	case reflect.Map:
		fields, dup, err := Object(raw)
		if err != nil {
			return fmt.Errorf("key %q: %v", path, err)
		}
		if dup != "" {
			return fmt.Errorf("key %q appears twice", join(path, dup))
		}
		for _, f := range fields {
			if err := ck.value(f.Raw, t.Elem(), join(path, f.Key)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		var elems []json.RawMessage
		if err := json.Unmarshal(raw, &elems); err != nil {
			return fmt.Errorf("key %q: want a list in [ ], got %s", path, Short(raw))
		}
		for i, e := range elems {
			if err := ck.value(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	default:
		if err := json.Unmarshal(raw, reflect.New(t).Interface()); err != nil {
			return fmt.Errorf("key %q: want %s, got %s", path, ck.want(t), Short(raw))
		}
	}
	return nil
}

// join is the path of key inside the value at path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// want says what a value of type t is written as, for people.
func (ck checker) want(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		if ck.floatsAsNumbers {
			return "a number"
		}
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.String:
		return "text in quotes"
	case reflect.Slice:
		return "a list in [ ]"
	case reflect.Struct, reflect.Map:
		return "an object in { }"
	}
	return t.String()
}

// Short returns raw for a message: without the space around it, and cut
// to 40 bytes and "…" when longer.
func Short(raw []byte) string {
	s := string(bytes.TrimSpace(raw))
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return s
}

// UnknownKey reports the unknown key at path, suggesting the known key
// closest to it when one is at most two edits away (the first of the
// closest, in the order of known), and listing the known keys, sorted,
// otherwise. key is the last part of path. known is not modified.
func UnknownKey(path, key string, known []string) error {
	best, bestD := "", 3
	for _, k := range known {
		if d := distance(key, k); d < bestD {
			best, bestD = k, d
		}
	}
	if best != "" {
		return fmt.Errorf("unknown key %q (did you mean %q?)", path, best)
	}
	return fmt.Errorf("unknown key %q (known keys: %s)", path, strings.Join(slices.Sorted(slices.Values(known)), ", "))
}

// distance is the Levenshtein distance between a and b, in bytes.
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

// SortedKeys returns the keys of m, sorted.
func SortedKeys[V any](m map[string]V) []string {
	s := make([]string, 0, len(m))
	for k := range m {
		s = append(s, k)
	}
	slices.Sort(s)
	return s
}

// lineCol converts a byte offset, as json.SyntaxError gives it, to a line
// and column, both from 1.
func lineCol(data []byte, off int64) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(data) && int64(i) < off-1; i++ {
		if data[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// ---------------------------------------------------------------------
// Cases

// Case is the part of a verification case that every runner shares: the
// keys every case may have, and what Parse records about the case. A
// runner's case type embeds it, without a json tag, so that its keys are
// the case's own:
//
//	type vcCase struct {
//		casefile.Case
//		Member member.Member `json:"member"`
//		Expect vcExpect      `json:"expect"`
//	}
type Case struct {
	// The keys every case may have: see the package documentation.
	Name       string `json:"name"`
	Op         string `json:"op"`
	Source     string `json:"source"`
	Note       string `json:"note"`
	KnownIssue string `json:"known_issue"`

	// File is the file's name in messages ("testdata/early.json").
	File string `json:"-"`
	// Index is the case's position in the file, from 1.
	Index int `json:"-"`
	// Keys are the keys the case writes: only those are inputs.
	Keys map[string]bool `json:"-"`
	// ExpectKeys are the keys of the case's expect, in the order written:
	// only those are checks.
	ExpectKeys []string `json:"-"`
	// Raw is the case as written.
	Raw json.RawMessage `json:"-"`
	// Err is the first problem found with the case, which is then not run;
	// nil for a well-formed case. Its message names the file and the case.
	Err error `json:"-"`

	expect reflect.Value // the decoded expect, of the op's expect type
}

// Header returns c. Through it Parse and Runner reach the Case embedded in
// a runner's case type.
func (c *Case) Header() *Case { return c }

// Errorf returns an error about the case: the message is prefixed with the
// file and the case's position and name, as in
// `testdata/early.json: case 3 "T10": key "round": …`.
func (c *Case) Errorf(format string, args ...any) error {
	who := fmt.Sprintf("case %d", c.Index)
	if c.Name != "" {
		who += fmt.Sprintf(" %q", c.Name)
	} else {
		who += " (no name)"
	}
	return fmt.Errorf("%s: %s: %s", c.File, who, fmt.Sprintf(format, args...))
}

// TestName is the name of the case's subtest: its name, with "/" (which
// would split it into levels of -run) replaced by "-", or "case N" for a
// case without a name.
func (c *Case) TestName() string {
	if c.Name == "" {
		return fmt.Sprintf("case %d", c.Index)
	}
	return strings.ReplaceAll(c.Name, "/", "-")
}

// Has reports whether the case's expect writes key.
func (c *Case) Has(key string) bool { return slices.Contains(c.ExpectKeys, key) }

// Want returns the expected value of the expect key key, as decoded into
// the op's expect type ([Op.ExpectType]). It panics when that type has no
// such key, and for a case that Parse did not decode.
func (c *Case) Want(key string) any { return FieldByJSON(c.expect, key).Interface() }

// Holder is a runner's case type, by pointer: a struct that embeds Case
// gets its Header method.
type Holder interface {
	Header() *Case
}

// CasePtr is *C where C embeds Case: the type of the cases Parse returns.
type CasePtr[C any] interface {
	*C
	Holder
}

// Op describes one operation of a runner: the input keys a case of the op
// needs and may take, and what its expect may check.
type Op struct {
	// Required are the input keys a case of the op must write.
	Required []string
	// Optional are the input keys it may write besides.
	Optional []string
	// Expect are the keys the op's expect may write, in the order messages
	// list them; nil for all the keys of ExpectType, sorted. Each must be a
	// key of ExpectType.
	Expect []string
	// ExpectType is the type expect is checked against and decoded into
	// (see [Case.Want]); nil for the type of the case type's own "expect"
	// field, which is then the same for every op.
	ExpectType reflect.Type
}

// Spec returns o. It makes Op, and a runner's op type that embeds it, an
// OpSpec.
func (o Op) Spec() Op { return o }

// OpSpec is a runner's op type: it gives the Op that Parse checks a case
// against. A runner whose ops carry more (how to run them, say) gives its
// op type a Spec method, or embeds Op.
type OpSpec interface {
	Spec() Op
}

// Option changes a detail of Parse.
type Option int

const (
	// SuggestInOpOrder makes Parse suggest, for a misspelt expect key that
	// is equally close to two keys the op offers, the one listed first in
	// Op.Expect rather than the alphabetically first. award's runner has
	// always done so.
	SuggestInOpOrder Option = iota + 1
	// FloatsAsNumbers makes Parse describe a value of a float type that is
	// written wrongly ("score": "92") as "a number" rather than by its Go
	// type ("want float64"). evaluation's runner has always done so.
	FloatsAsNumbers
)

// commonKeys are the keys every case may have, and requiredKeys those it
// must have.
var (
	commonKeys   = []string{"name", "op", "source", "note", "known_issue", "expect"}
	requiredKeys = []string{"name", "op", "source", "expect"}
)

// vcFile is a case file. Its name, and the names of its fields, appear in
// encoding/json's messages, which Parse quotes: the runners' own copies
// were named so.
type vcFile struct {
	Family string            `json:"family"`
	Cases  []json.RawMessage `json:"cases"`
}

// Parse parses the case file data into cases of the runner's type C, with
// the runner's ops; file is the file's name in messages
// ("testdata/early.json"). A problem with the file as a whole is returned
// as the error; a problem with one case is stored in that case's Err, so
// that the other cases still run.
//
// A case is checked against the envelope (see the package documentation)
// and its op, its values are checked with [CheckValue] (whose messages
// [FloatsAsNumbers] words differently) and decoded into C (strictly) and
// into its op's expect type, its texts are checked not to be empty, and
// then check, if not nil, checks what the types cannot (that a date is not
// zero, that a name is known); it returns nil or an error made with
// [Case.Errorf]. C must embed Case, have a field tagged `json:"expect"`
// and have a field for every input key of every op, and each op's Expect
// keys must be keys of its expect type. Parse panics when they are not: that
// is a mistake of the runner, not of the file.
func Parse[C any, P CasePtr[C], O OpSpec](file string, data []byte, ops map[string]O, check func(P) error, opts ...Option) ([]P, error) {
	p := newParser[C, P](ops, check, opts)
	var anyv any
	if err := json.Unmarshal(data, &anyv); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := lineCol(data, se.Offset)
			return nil, fmt.Errorf("%s: line %d, column %d: invalid JSON: %v", file, line, col, se)
		}
		return nil, fmt.Errorf("%s: invalid JSON: %v", file, err)
	}
	fields, dup, err := Object(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	if dup != "" {
		return nil, fmt.Errorf("%s: key %q appears twice", file, dup)
	}
	present := map[string]bool{}
	for _, f := range fields {
		if f.Key != "family" && f.Key != "cases" {
			return nil, fmt.Errorf("%s: %v", file, UnknownKey(f.Key, f.Key, []string{"family", "cases"}))
		}
		present[f.Key] = true
	}
	for _, k := range []string{"family", "cases"} {
		if !present[k] {
			return nil, fmt.Errorf("%s: missing key %q", file, k)
		}
	}
	var cf vcFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cf); err != nil {
		return nil, fmt.Errorf("%s: key \"family\" must be text and \"cases\" a list: %v", file, err)
	}
	if strings.TrimSpace(cf.Family) == "" {
		return nil, fmt.Errorf("%s: key %q is empty", file, "family")
	}
	if len(cf.Cases) == 0 {
		return nil, fmt.Errorf("%s: key %q is empty: a file needs at least one case", file, "cases")
	}
	cases := make([]P, len(cf.Cases))
	names := map[string]int{}
	for i, raw := range cf.Cases {
		cp := P(new(C))
		c := cp.Header()
		c.File, c.Index, c.Keys, c.Raw = file, i+1, map[string]bool{}, raw
		c.Err = p.parse(cp, raw)
		if c.Err == nil && c.Name != "" {
			if j, ok := names[c.Name]; ok {
				c.Err = c.Errorf("name %q is already used by case %d; every case needs its own name", c.Name, j)
			} else {
				names[c.Name] = i + 1
			}
		}
		cases[i] = cp
	}
	return cases, nil
}

// parser parses the cases of one file.
type parser[C any, P CasePtr[C], O OpSpec] struct {
	ops       map[string]O
	check     func(P) error
	caseTypes map[string]reflect.Type // the keys a case may have
	inOpOrder bool                    // SuggestInOpOrder
	values    checker                 // checks the values, with FloatsAsNumbers
}

// newParser returns a parser, checking the runner's types and ops.
func newParser[C any, P CasePtr[C], O OpSpec](ops map[string]O, check func(P) error, opts []Option) *parser[C, P, O] {
	p := &parser[C, P, O]{ops: ops, check: check, caseTypes: JSONFields(reflect.TypeFor[C]())}
	p.inOpOrder = slices.Contains(opts, SuggestInOpOrder)
	p.values.floatsAsNumbers = slices.Contains(opts, FloatsAsNumbers)
	if _, ok := p.caseTypes["expect"]; !ok {
		panic(fmt.Sprintf("casefile: %s has no field tagged `json:\"expect\"`", reflect.TypeFor[C]()))
	}
	for _, name := range SortedKeys(ops) {
		op := ops[name].Spec()
		for _, k := range append(slices.Clip(op.Required), op.Optional...) {
			if _, ok := p.caseTypes[k]; !ok {
				panic(fmt.Sprintf("casefile: op %q takes key %q, which %s lacks", name, k, reflect.TypeFor[C]()))
			}
		}
		t := p.expectType(op)
		for _, k := range op.Expect {
			if _, ok := JSONFields(t)[k]; !ok {
				panic(fmt.Sprintf("casefile: op %q offers expect key %q, which %s lacks", name, k, t))
			}
		}
	}
	return p
}

// expectType is the type op's expect is checked against.
func (p *parser[C, P, O]) expectType(op Op) reflect.Type {
	if op.ExpectType != nil {
		return op.ExpectType
	}
	return p.caseTypes["expect"]
}

// anyOpExpects reports whether the expect of some op may write key.
func (p *parser[C, P, O]) anyOpExpects(key string) bool {
	for _, o := range p.ops {
		if _, ok := JSONFields(p.expectType(o.Spec()))[key]; ok {
			return true
		}
	}
	return false
}

// parse parses one case into cp and returns its first problem.
func (p *parser[C, P, O]) parse(cp P, raw json.RawMessage) error {
	c := cp.Header()
	fields, dup, err := Object(raw)
	if err != nil {
		return c.Errorf("%v", err)
	}
	// The name first, so that every later message can quote it.
	for _, f := range fields {
		if f.Key == "name" {
			_ = json.Unmarshal(f.Raw, &c.Name)
		}
	}
	if dup != "" {
		return c.Errorf("key %q appears twice", dup)
	}
	known := SortedKeys(p.caseTypes)
	for _, f := range fields {
		if _, ok := p.caseTypes[f.Key]; !ok {
			return c.Errorf("%v", UnknownKey(f.Key, f.Key, known))
		}
		c.Keys[f.Key] = true
	}
	for _, k := range requiredKeys {
		if !c.Keys[k] {
			return c.Errorf("missing key %q", k)
		}
	}
	var opName string
	var expectRaw json.RawMessage
	for _, f := range fields {
		switch f.Key {
		case "op":
			if err := json.Unmarshal(f.Raw, &opName); err != nil {
				return c.Errorf("key %q: want text in quotes, got %s", "op", Short(f.Raw))
			}
		case "expect":
			expectRaw = f.Raw
		}
	}
	o, ok := p.ops[opName]
	if !ok {
		return c.Errorf("key %q: unknown op %q (want one of: %s)", "op", opName, strings.Join(SortedKeys(p.ops), ", "))
	}
	op := o.Spec()
	takes := append(slices.Clip(op.Required), op.Optional...)
	for _, f := range fields {
		if !slices.Contains(commonKeys, f.Key) && !slices.Contains(takes, f.Key) {
			return c.Errorf("key %q is not used by op %q (it takes: %s)", f.Key, opName, strings.Join(takes, ", "))
		}
	}
	for _, k := range op.Required {
		if !c.Keys[k] {
			return c.Errorf("missing key %q (op %q needs it)", k, opName)
		}
	}
	// The keys of expect: offered by the op; a key that another op offers
	// is named as such.
	expectType := p.expectType(op)
	expectTypes := JSONFields(expectType)
	offers := op.Expect
	if offers == nil {
		offers = SortedKeys(expectTypes)
	}
	suggest := offers
	if !p.inOpOrder {
		suggest = slices.Sorted(slices.Values(offers))
	}
	ef, edup, err := Object(expectRaw)
	if err != nil {
		return c.Errorf("key %q: %v", "expect", err)
	}
	if edup != "" {
		return c.Errorf("key %q appears twice", "expect."+edup)
	}
	if len(ef) == 0 {
		return c.Errorf("key %q is empty: it must check something (op %q offers: %s)", "expect", opName, strings.Join(offers, ", "))
	}
	for _, e := range ef {
		if !slices.Contains(offers, e.Key) {
			if p.anyOpExpects(e.Key) {
				return c.Errorf("key %q is not used by op %q (it checks: %s)", "expect."+e.Key, opName, strings.Join(offers, ", "))
			}
			return c.Errorf("%v", UnknownKey("expect."+e.Key, e.Key, suggest))
		}
		c.ExpectKeys = append(c.ExpectKeys, e.Key)
	}
	// Every value, down to the innermost list, with exact key spelling.
	for _, f := range fields {
		t := p.caseTypes[f.Key]
		if f.Key == "expect" {
			t = expectType
		}
		if err := p.values.value(f.Raw, t, f.Key); err != nil {
			return c.Errorf("%v", err)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(cp); err != nil {
		return c.Errorf("%v", err)
	}
	ev := reflect.New(expectType)
	dec = json.NewDecoder(bytes.NewReader(expectRaw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(ev.Interface()); err != nil {
		return c.Errorf("key %q: %v", "expect", err)
	}
	c.expect = ev.Elem()
	for _, k := range []struct {
		key string
		s   string
	}{{"name", c.Name}, {"source", c.Source}, {"known_issue", c.KnownIssue}, {"note", c.Note}} {
		if c.Keys[k.key] && strings.TrimSpace(k.s) == "" {
			return c.Errorf("key %q is empty", k.key)
		}
	}
	if p.check != nil {
		return p.check(cp)
	}
	return nil
}

// Messages returns the messages of a parse, one a line: err's, if any, then
// those of the malformed cases in order. A test of malformed files looks
// for the message it expects in them:
//
//	all := casefile.Messages(vcParseFile("testdata/bad.json", data))
func Messages[P Holder](cases []P, err error) string {
	var msgs []string
	if err != nil {
		msgs = append(msgs, err.Error())
	}
	for _, p := range cases {
		if c := p.Header(); c.Err != nil {
			msgs = append(msgs, c.Err.Error())
		}
	}
	return strings.Join(msgs, "\n")
}

// ---------------------------------------------------------------------
// Running

// Runner runs the cases of a runner's case files as subtests.
type Runner[P Holder] struct {
	// Parse parses a case file; file is its name in messages. It is
	// usually a call of [Parse].
	Parse func(file string, data []byte) ([]P, error)
	// Compare runs a well-formed case and returns the difference between
	// what it expects and what the library gives ("" when they agree) and
	// the library's explanation, for the message of a mismatch.
	Compare func(c P) (diff, explain string)
	// CheckFile, if not nil, is called in each file's subtest with the
	// file's cases, before they run.
	CheckFile func(t *testing.T, file string, cases []P)
}

// Run runs the cases of every file that matches pattern (as filepath.Glob
// reads it; "testdata/*.json" takes no subdirectory): one subtest per file,
// named by its base name, and in it one per case, named by
// [Case.TestName]. It returns the number of cases and of files.
//
// No file is a failure; so is a file that does not parse, which stops that
// file, and a malformed case, which stops that case. A case whose
// difference is not empty fails with the difference, its source and the
// library's explanation. A case with "known_issue" is skipped with its
// explanation and the difference, or, when there is none, with a note that
// the key should go.
func (r Runner[P]) Run(t *testing.T, pattern string) (cases, files int) {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatalf("no case files in %s", filepath.ToSlash(pattern))
	}
	for _, path := range paths {
		file := filepath.ToSlash(path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Helper()
			cs, err := r.Parse(file, data)
			if err != nil {
				t.Fatal(err)
			}
			cases += len(cs)
			if r.CheckFile != nil {
				r.CheckFile(t, file, cs)
			}
			for _, p := range cs {
				t.Run(p.Header().TestName(), func(t *testing.T) {
					t.Helper()
					r.runCase(t, p)
				})
			}
		})
	}
	return cases, len(paths)
}

// runCase runs one case in its subtest.
func (r Runner[P]) runCase(t *testing.T, p P) {
	t.Helper()
	c := p.Header()
	if c.Err != nil {
		t.Fatal(c.Err)
	}
	diff, explain := r.Compare(p)
	if c.KnownIssue != "" {
		if diff == "" {
			t.Skipf("%s: known issue: %s\nNOTE: the case now passes; delete its \"known_issue\" key.", c.Errorf("skipped"), c.KnownIssue)
		}
		t.Skipf("%s: known issue: %s\nstill differs (-want +got):\n%s", c.Errorf("skipped"), c.KnownIssue, diff)
	}
	if diff != "" {
		t.Errorf("%s\nsource: %s\nlibrary said:\n%s", c.Errorf("mismatch (-want +got):\n%s", diff), c.Source, explain)
	}
}

// SortedUnique returns the strings of v sorted, each once; an empty slice
// (not nil) when v is empty, so that it compares equal to a case's [].
func SortedUnique(v []string) []string {
	out := []string{}
	for _, s := range v {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// Flatten returns the errors joined in err (errors.Join, recursively), or
// nil for a nil err.
func Flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, Flatten(e)...)
		}
		return out
	}
	return []error{err}
}
