package member

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chibo-go/chibo"
)

// rosterDateCmp compares chibo.Date values, whose field is unexported.
var rosterDateCmp = cmp.Comparer(func(a, b chibo.Date) bool { return a == b })

func rosterDay(s string) chibo.Date {
	v, err := chibo.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// rosterFieldErrors returns the *FieldError values joined in err, in order.
func rosterFieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if fe, ok := e.(*FieldError); ok {
			out = append(out, fe)
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
		}
	}
	walk(err)
	return out
}

// recordMembers returns the members of records, failing the test on any error.
func recordMembers(t *testing.T, recs []Record) []Member {
	t.Helper()
	out := make([]Member, len(recs))
	for i, r := range recs {
		require.NoError(t, r.Err, "record on line %d", r.Line)
		out[i] = r.Member
	}
	return out
}

const fullRoster = "id,name,born,decision_date,card_date,ceremony_date,official_date,died,gaps,discipline,seriously_ill,badges,branch,exempt,gender\n" +
	"m1,Hoàng Văn Páo,1950-03-12,1992-09-02,,1992-09-20,1993-09-20,,,,false,30,Nà Vài,false,nam\n" +
	"m2,Triệu Thị Mai,05/06/1948,02/09/1982,01/10/1982,15/09/1982,15/09/1983,,lost-contact:2001-01-01..2001-06-30;transfer:10/03/2005..10/05/2005,canh-cao@2010-05-04,true,30;40,Bản Phú,true,nữ\n" +
	"m3,Nông Văn Dũng,3/7/1935,,1/5/1960,,1/5/1961,2/9/2021,expelled/abandoned:1970-01-01..1975-12-31,khien-trach@1965-01-01;khai-tru@1969-12-20,no,\"30; 40;50\",Trạm y tế,,male\n"

func TestReadCSV(t *testing.T) {
	m1 := Member{ID: "m1", Name: "Hoàng Văn Páo", Born: rosterDay("1950-03-12"), Gender: Male,
		DecisionDate: rosterDay("1992-09-02"), CeremonyDate: rosterDay("1992-09-20"), OfficialDate: rosterDay("1993-09-20"),
		Badges: []int{30}, Branch: "Nà Vài"}
	m2 := Member{ID: "m2", Name: "Triệu Thị Mai", Born: rosterDay("1948-06-05"), Gender: Female,
		DecisionDate: rosterDay("1982-09-02"), CardDate: rosterDay("1982-10-01"), CeremonyDate: rosterDay("1982-09-15"), OfficialDate: rosterDay("1983-09-15"),
		Gaps: []Gap{
			{Kind: LostContact, From: rosterDay("2001-01-01"), To: rosterDay("2001-06-30")},
			{Kind: Transfer, From: rosterDay("2005-03-10"), To: rosterDay("2005-05-10")},
		},
		Discipline:   []Discipline{{Form: Warning, Date: rosterDay("2010-05-04")}},
		SeriouslyIll: true, Badges: []int{30, 40}, Branch: "Bản Phú", Exempt: true}
	m3 := Member{ID: "m3", Name: "Nông Văn Dũng", Born: rosterDay("1935-07-03"), Gender: Male,
		CardDate: rosterDay("1960-05-01"), OfficialDate: rosterDay("1961-05-01"), Died: rosterDay("2021-09-02"),
		Gaps:       []Gap{{Kind: Expelled, Cause: CauseAbandoned, From: rosterDay("1970-01-01"), To: rosterDay("1975-12-31")}},
		Discipline: []Discipline{{Form: Reprimand, Date: rosterDay("1965-01-01")}, {Form: Expulsion, Date: rosterDay("1969-12-20")}},
		Badges:     []int{30, 40, 50}, Branch: "Trạm y tế"}

	tests := []struct {
		name      string
		in        string
		want      []Member
		wantLines []int
	}{
		{
			name:      "every column, ISO and DD/MM/YYYY dates, lists and booleans",
			in:        fullRoster,
			want:      []Member{m1, m2, m3},
			wantLines: []int{2, 3, 4},
		},
		{
			name: "header names are case-insensitive, trimmed and in any order",
			in: " Name ,DECISION_DATE,Official_Date, ID \n" +
				"Hoàng Văn Páo,1992-09-02,1993-09-20,m1\n",
			want:      []Member{{ID: "m1", Name: "Hoàng Văn Páo", DecisionDate: rosterDay("1992-09-02"), OfficialDate: rosterDay("1993-09-20")}},
			wantLines: []int{2},
		},
		{
			name:      "card_date alone is enough",
			in:        "id,name,card_date\nm1,A,02/09/1982\n",
			want:      []Member{{ID: "m1", Name: "A", CardDate: rosterDay("1982-09-02")}},
			wantLines: []int{2},
		},
		{
			name:      "a leading byte order mark is skipped",
			in:        "\uFEFFid,name,decision_date\nm1,A,1990-01-01\n",
			want:      []Member{{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01")}},
			wantLines: []int{2},
		},
		{
			name:      "cells are trimmed of spaces",
			in:        "id,name,decision_date,badges\n  m1 ,  A B  , 1990-01-01 ,\" 30 ; 40 \"\n",
			want:      []Member{{ID: "m1", Name: "A B", DecisionDate: rosterDay("1990-01-01"), Badges: []int{30, 40}}},
			wantLines: []int{2},
		},
		{
			name:      "empty cells are zero values",
			in:        "id,name,born,decision_date,gaps,discipline,seriously_ill,badges,exempt,gender\nm1,A,,1990-01-01,,,,,,\n",
			want:      []Member{{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01")}},
			wantLines: []int{2},
		},
		{
			name: "open gap without an end date",
			in:   "id,name,decision_date,gaps\nm1,A,1990-01-01,expelled:2010-01-01..\n",
			want: []Member{{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01"),
				Gaps: []Gap{{Kind: Expelled, From: rosterDay("2010-01-01")}}}},
			wantLines: []int{2},
		},
		{
			name: "gap with a cause after the kind",
			in:   "id,name,decision_date,gaps\nm1,A,1990-01-01,struck-off/family-hardship:01/02/2000..31/01/2003\n",
			want: []Member{{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01"),
				Gaps: []Gap{{Kind: StruckOff, Cause: CauseFamilyHardship, From: rosterDay("2000-02-01"), To: rosterDay("2003-01-31")}}}},
			wantLines: []int{2},
		},
		{
			name: "gap without a kind is lost-contact",
			in:   "id,name,decision_date,gaps\nm1,A,1990-01-01,2000-01-01..2000-12-31\n",
			want: []Member{{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01"),
				Gaps: []Gap{{Kind: LostContact, From: rosterDay("2000-01-01"), To: rosterDay("2000-12-31")}}}},
			wantLines: []int{2},
		},
		{
			name: "list kinds and forms are case-insensitive and empty items skipped",
			in:   "id,name,decision_date,gaps,discipline\nm1,A,1990-01-01,Restored:2000-01-01..2000-12-31;,;Cảnh cáo@2005-01-01;;\n",
			want: []Member{{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01"),
				Gaps:       []Gap{{Kind: Restored, From: rosterDay("2000-01-01"), To: rosterDay("2000-12-31")}},
				Discipline: []Discipline{{Form: Warning, Date: rosterDay("2005-01-01")}}}},
			wantLines: []int{2},
		},
		{
			name: "boolean spellings 1/0, yes/no, có/không in any case",
			in:   "id,name,decision_date,seriously_ill,exempt\na,A,1990-01-01,1,0\nb,B,1990-01-01,YES,no\nc,C,1990-01-01,Có,KHÔNG\nd,D,1990-01-01,TRUE,False\n",
			want: []Member{
				{ID: "a", Name: "A", DecisionDate: rosterDay("1990-01-01"), SeriouslyIll: true},
				{ID: "b", Name: "B", DecisionDate: rosterDay("1990-01-01"), SeriouslyIll: true},
				{ID: "c", Name: "C", DecisionDate: rosterDay("1990-01-01"), SeriouslyIll: true},
				{ID: "d", Name: "D", DecisionDate: rosterDay("1990-01-01"), SeriouslyIll: true},
			},
			wantLines: []int{2, 3, 4, 5},
		},
		{
			name:      "blank lines are skipped and lines numbered as in the file",
			in:        "\nid,name,decision_date\n\nm1,A,1990-01-01\n\n\nm2,B,1991-01-01\n",
			want:      []Member{{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01")}, {ID: "m2", Name: "B", DecisionDate: rosterDay("1991-01-01")}},
			wantLines: []int{4, 7},
		},
		{
			name:      "a quoted cell spanning lines keeps the row's first line",
			in:        "id,name,decision_date\r\nm1,\"A, \"\"the elder\"\"\r\nof Nà Vài\",1990-01-01\r\nm2,B,1991-01-01\r\n",
			want:      []Member{{ID: "m1", Name: "A, \"the elder\"\nof Nà Vài", DecisionDate: rosterDay("1990-01-01")}, {ID: "m2", Name: "B", DecisionDate: rosterDay("1991-01-01")}},
			wantLines: []int{2, 4},
		},
		{
			name:      "a header alone is an empty roster",
			in:        "id,name,decision_date\n",
			want:      []Member{},
			wantLines: []int{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ReadCSV(strings.NewReader(tt.in))
			require.NoError(t, err)
			got := recordMembers(t, recs)
			if diff := cmp.Diff(tt.want, got, rosterDateCmp); diff != "" {
				t.Errorf("members (-want +got):\n%s", diff)
			}
			lines := make([]int, len(recs))
			for i, r := range recs {
				lines[i] = r.Line
			}
			assert.Equal(t, tt.wantLines, lines, "record lines")
		})
	}
}

func TestReadCSVHeaderErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantIs   []error
		wantLine int
		wantText []string // substrings of the error message
	}{
		{
			name:     "unknown column is an error naming it",
			in:       "id,name,decision_date,nickname\nm1,A,1990-01-01,x\n",
			wantIs:   []error{ErrUnknownColumn},
			wantLine: 1,
			wantText: []string{`"nickname"`, "column 4"},
		},
		{
			name:     "duplicate column differing in case is an error naming it",
			in:       "id,name,decision_date,ID\nm1,A,1990-01-01,m1\n",
			wantIs:   []error{ErrDuplicateColumn},
			wantLine: 1,
			wantText: []string{`"id"`, "columns 1 and 4"},
		},
		{
			name:     "missing id column",
			in:       "name,decision_date\nA,1990-01-01\n",
			wantIs:   []error{ErrMissingColumn},
			wantLine: 1,
			wantText: []string{`missing column "id"`},
		},
		{
			name:     "missing name column",
			in:       "id,card_date\nm1,1990-01-01\n",
			wantIs:   []error{ErrMissingColumn},
			wantLine: 1,
			wantText: []string{`missing column "name"`},
		},
		{
			name:     "neither decision_date nor card_date column",
			in:       "id,name,born\nm1,A,1950-01-01\n",
			wantIs:   []error{ErrMissingColumn},
			wantLine: 1,
			wantText: []string{`"decision_date" or "card_date"`},
		},
		{
			name:     "every header problem is reported at once",
			in:       "name,name,foo\n",
			wantIs:   []error{ErrUnknownColumn, ErrDuplicateColumn, ErrMissingColumn},
			wantLine: 1,
			wantText: []string{`"foo"`, `duplicate column "name"`, `missing column "id"`, `"decision_date" or "card_date"`},
		},
		{
			name:     "empty header cell is an unknown column",
			in:       "id,name,decision_date,\nm1,A,1990-01-01,\n",
			wantIs:   []error{ErrUnknownColumn},
			wantLine: 1,
			wantText: []string{`unknown column ""`},
		},
		{
			name:     "header after blank lines is located on its own line",
			in:       "\n\nid,name,decision_date,x\n",
			wantIs:   []error{ErrUnknownColumn},
			wantLine: 3,
			wantText: []string{`"x"`},
		},
		{
			name:     "empty input has no header",
			in:       "",
			wantIs:   []error{ErrMissingColumn},
			wantLine: 1,
			wantText: []string{"empty"},
		},
		{
			name:     "header with broken quoting",
			in:       "id,\"name,decision_date\n",
			wantIs:   []error{csv.ErrQuote},
			wantLine: 1,
			wantText: []string{"header"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ReadCSV(strings.NewReader(tt.in))
			require.Error(t, err)
			assert.Empty(t, recs)
			for _, target := range tt.wantIs {
				assert.ErrorIs(t, err, target)
			}
			var le *LineError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, tt.wantLine, le.Line)
			for _, s := range tt.wantText {
				assert.Contains(t, err.Error(), s)
			}
		})
	}
}

// rosterErrReader fails after its data.
type rosterErrReader struct {
	data string
	err  error
}

func (r *rosterErrReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReadCSVReadFailureReturnsRecordsSoFar(t *testing.T) {
	boom := errors.New("disk on fire")
	recs, err := ReadCSV(&rosterErrReader{data: "id,name,decision_date\nm1,A,1990-01-01\n", err: boom})
	require.ErrorIs(t, err, boom)
	require.Len(t, recs, 1)
	assert.Equal(t, "m1", recs[0].Member.ID)

	_, err = ReadCSV(&rosterErrReader{err: boom})
	require.ErrorIs(t, err, boom)
}

func TestReadCSVRowErrors(t *testing.T) {
	type wantField struct {
		field, value string
		is           error
		detail       string // substring of Detail
	}
	tests := []struct {
		name       string
		in         string
		badLine    int         // the record with the error
		wantFields []wantField // its field errors, in order
		wantIs     error       // another error Err must wrap, if any
		wantMember Member      // what was decoded of the bad row
		wantGood   []string    // ids of the rows decoded without error
	}{
		{
			name:       "unparsable born date is a field error; the other rows are still decoded",
			in:         "id,name,born,decision_date\nm1,A,1950-01-01,1990-01-01\nm2,B,12.3.1950,1990-01-01\nm3,C,,1990-01-01\n",
			badLine:    3,
			wantFields: []wantField{{"born", "12.3.1950", ErrInvalidValue, "YYYY-MM-DD or DD/MM/YYYY"}},
			wantMember: Member{ID: "m2", Name: "B", DecisionDate: rosterDay("1990-01-01")},
			wantGood:   []string{"m1", "m3"},
		},
		{
			name:       "official_date naming no day is a field error",
			in:         "id,name,decision_date,official_date\nm1,A,1990-01-01,31/02/1991\nm2,B,1990-01-01,\n",
			badLine:    2,
			wantFields: []wantField{{"official_date", "31/02/1991", ErrInvalidValue, "no such day"}},
			wantMember: Member{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01")},
			wantGood:   []string{"m2"},
		},
		{
			name: "every bad cell of a row is reported, in column order",
			in: "id,name,born,decision_date,gaps,discipline,seriously_ill,badges,exempt,gender\n" +
				"m1,,1950-13-01,2/9/1990,sacked:2000-01-01..,canh-cao,maybe,30;x,?,other\n",
			badLine: 2,
			wantFields: []wantField{
				{"name", "", ErrMissing, "needs a name"},
				{"born", "1950-13-01", ErrInvalidValue, "no such day"},
				{"gaps", "sacked:2000-01-01..", ErrInvalidValue, `item 1: unknown gap kind "sacked"`},
				{"discipline", "canh-cao", ErrInvalidValue, "form@decision-date"},
				{"seriously_ill", "maybe", ErrInvalidValue, "true or false"},
				{"badges", "x", ErrInvalidValue, "item 2"},
				{"exempt", "?", ErrInvalidValue, "true or false"},
				{"gender", "other", ErrInvalidValue, "male, female"},
			},
			wantMember: Member{ID: "m1", DecisionDate: rosterDay("1990-09-02"), Gaps: []Gap{{From: rosterDay("2000-01-01")}},
				Discipline: []Discipline{{}}, Badges: []int{30}},
		},
		{
			name:       "empty id is missing",
			in:         "id,name,decision_date\n ,A,1990-01-01\n",
			badLine:    2,
			wantFields: []wantField{{"id", "", ErrMissing, "needs an id"}},
			wantMember: Member{Name: "A", DecisionDate: rosterDay("1990-01-01")},
		},
		{
			name:    "every bad item of a list cell is reported",
			in:      "id,name,decision_date,gaps\nm1,A,1990-01-01,expelled/bored:2000-01-01..2001-01-01;transfer:2002-01-01;lost-contact:..2004-01-01;transfer:2005-01-01..2005-02-30;struck-off/:2006-01-01..\n",
			badLine: 2,
			wantFields: []wantField{
				{"gaps", "expelled/bored:2000-01-01..2001-01-01", ErrInvalidValue, `item 1: unknown exit cause "bored"`},
				{"gaps", "transfer:2002-01-01", ErrInvalidValue, "item 2: want [kind[/cause]:]FROM..TO"},
				{"gaps", "lost-contact:..2004-01-01", ErrMissing, "item 3: a period needs its start date"},
				{"gaps", "transfer:2005-01-01..2005-02-30", ErrInvalidValue, `item 4: end "2005-02-30": no such day`},
				{"gaps", "struck-off/:2006-01-01..", ErrInvalidValue, "item 5: empty cause"},
			},
			wantMember: Member{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01"), Gaps: []Gap{
				{Kind: Expelled, From: rosterDay("2000-01-01"), To: rosterDay("2001-01-01")},
				{Kind: Transfer},
				{Kind: LostContact, To: rosterDay("2004-01-01")},
				{Kind: Transfer, From: rosterDay("2005-01-01")},
				{Kind: StruckOff, From: rosterDay("2006-01-01")},
			}},
		},
		{
			name:    "discipline with an unknown form, no date or a bad date",
			in:      "id,name,decision_date,discipline\nm1,A,1990-01-01,phe-binh@2000-01-01;canh-cao@;khien-trach@2000-02-30\n",
			badLine: 2,
			wantFields: []wantField{
				{"discipline", "phe-binh@2000-01-01", ErrInvalidValue, `item 1: unknown discipline form "phe-binh"`},
				{"discipline", "canh-cao@", ErrMissing, "item 2: a discipline needs its decision date"},
				{"discipline", "khien-trach@2000-02-30", ErrInvalidValue, `item 3: date "2000-02-30": no such day`},
			},
			wantMember: Member{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01"), Discipline: []Discipline{
				{Date: rosterDay("2000-01-01")}, {Form: Warning}, {Form: Reprimand},
			}},
		},
		{
			name:       "text that is not UTF-8 is rejected",
			in:         "id,name,decision_date\nm1,Ho\xe0ng,1990-01-01\n",
			badLine:    2,
			wantFields: []wantField{{"name", "Ho\xe0ng", ErrInvalidValue, "UTF-8"}},
			wantMember: Member{ID: "m1", Name: "Ho\xe0ng", DecisionDate: rosterDay("1990-01-01")},
		},
		{
			name:       "row with too few fields names the line and keeps the cells it has",
			in:         "id,name,decision_date,branch\nm1,A,1990-01-01,X\nm2,B,1991-01-01\nm3,C,1992-01-01,Y\n",
			badLine:    3,
			wantIs:     csv.ErrFieldCount,
			wantMember: Member{ID: "m2", Name: "B", DecisionDate: rosterDay("1991-01-01")},
			wantGood:   []string{"m1", "m3"},
		},
		{
			name:       "row with too many fields names the line and reports its bad cells too",
			in:         "id,name,decision_date\nm1,Hoàng, Văn A,1990-01-01\nm2,B,1991-01-01\n",
			badLine:    2,
			wantIs:     csv.ErrFieldCount,
			wantFields: []wantField{{"decision_date", "Văn A", ErrInvalidValue, "not a date"}},
			wantMember: Member{ID: "m1", Name: "Hoàng"},
			wantGood:   []string{"m2"},
		},
		{
			name:       "row with a bare quote is reported and reading goes on",
			in:         "id,name,decision_date\nm1,A \"B\",1990-01-01\nm2,B,1991-01-01\n",
			badLine:    2,
			wantIs:     csv.ErrBareQuote,
			wantMember: Member{ID: "m1"},
			wantGood:   []string{"m2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ReadCSV(strings.NewReader(tt.in))
			require.NoError(t, err)
			var bad *Record
			var good []string
			for i := range recs {
				if recs[i].Line == tt.badLine {
					bad = &recs[i]
				} else {
					assert.NoError(t, recs[i].Err, "line %d", recs[i].Line)
					good = append(good, recs[i].Member.ID)
				}
			}
			require.NotNil(t, bad, "no record on line %d", tt.badLine)
			require.Error(t, bad.Err)
			assert.Equal(t, tt.wantGood, good, "rows decoded without error")
			if diff := cmp.Diff(tt.wantMember, bad.Member, rosterDateCmp); diff != "" {
				t.Errorf("decoded member (-want +got):\n%s", diff)
			}
			if tt.wantIs != nil {
				assert.ErrorIs(t, bad.Err, tt.wantIs)
				var pe *csv.ParseError
				require.ErrorAs(t, bad.Err, &pe)
				assert.Equal(t, tt.badLine, pe.StartLine)
				assert.Contains(t, bad.Err.Error(), "line "+strconv.Itoa(tt.badLine))
			}
			fes := rosterFieldErrors(bad.Err)
			require.Len(t, fes, len(tt.wantFields), "field errors: %v", bad.Err)
			for i, w := range tt.wantFields {
				fe := fes[i]
				assert.Equal(t, bad.Member.ID, fe.ID, "error %d: ID", i)
				assert.Equal(t, w.field, fe.Field, "error %d: Field", i)
				assert.Equal(t, w.value, fe.Value, "error %d: Value", i)
				assert.ErrorIs(t, fe, w.is, "error %d", i)
				assert.Contains(t, fe.Detail, w.detail, "error %d: Detail", i)
			}
			if len(tt.wantFields) > 0 {
				var fe *FieldError
				require.ErrorAs(t, bad.Err, &fe)
				assert.ErrorIs(t, bad.Err, tt.wantFields[0].is)
			}
		})
	}
}

func TestLineError(t *testing.T) {
	inner := errors.Join(&FieldError{ID: "m17", Field: "official_date", Value: "31/02/2001", Err: ErrInvalidValue, Detail: "no such day"})
	err := error(&LineError{Line: 7, Err: inner})
	assert.Equal(t, `line 7: member "m17": official_date=31/02/2001: invalid value: no such day`, err.Error())
	assert.ErrorIs(t, err, ErrInvalidValue)
	var fe *FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "official_date", fe.Field)
	assert.Equal(t, "line 3", (&LineError{Line: 3}).Error())

	two := &LineError{Line: 4, Err: errors.Join(
		&FieldError{ID: "m4", Field: "born", Value: "x", Err: ErrInvalidValue},
		&FieldError{ID: "m4", Field: "name", Err: ErrMissing},
	)}
	assert.Equal(t, "line 4: member \"m4\": born=x: invalid value\nline 4: member \"m4\": name: required field is missing", two.Error(),
		"each joined error on its own line with the prefix")
}

func TestLineErrorWrapsRecordErrors(t *testing.T) {
	recs, err := ReadCSV(strings.NewReader("id,name,decision_date,official_date\nm17,A,1990-01-01,31/02/2001\n"))
	require.NoError(t, err)
	require.Len(t, recs, 1)
	le := &LineError{Line: recs[0].Line, Err: recs[0].Err}
	assert.Equal(t, `line 2: member "m17": official_date=31/02/2001: invalid value: no such day`, le.Error())
	assert.ErrorIs(t, le, ErrInvalidValue)
}

func TestWriteCSV(t *testing.T) {
	tests := []struct {
		name    string
		members []Member
		want    string
	}{
		{
			name:    "no members writes the canonical header",
			members: nil,
			want:    "id,name,born,decision_date,card_date,ceremony_date,official_date,died,gaps,discipline,seriously_ill,badges,branch,exempt\n",
		},
		{
			name: "every column in canonical order, ISO dates, open gap as kind:FROM..",
			members: []Member{{
				ID: "m1", Name: "Nông Văn Dũng, Sr.", Born: rosterDay("3/7/1935"), CardDate: rosterDay("1/5/1960"), OfficialDate: rosterDay("1/5/1961"),
				Died: rosterDay("2/9/2021"),
				Gaps: []Gap{
					{Kind: Expelled, Cause: CauseFamilyHardship, From: rosterDay("1970-01-01"), To: rosterDay("1975-12-31")},
					{Kind: LostContact, From: rosterDay("2000-01-01")},
				},
				Discipline:   []Discipline{{Form: Warning, Date: rosterDay("1965-01-01")}},
				SeriouslyIll: true, Badges: []int{30, 40}, Branch: "Trạm y tế",
			}, {ID: "m2", Name: "B", DecisionDate: rosterDay("1990-01-01"), Exempt: true}},
			want: "id,name,born,decision_date,card_date,ceremony_date,official_date,died,gaps,discipline,seriously_ill,badges,branch,exempt\n" +
				"m1,\"Nông Văn Dũng, Sr.\",1935-07-03,,1960-05-01,,1961-05-01,2021-09-02,expelled/family-hardship:1970-01-01..1975-12-31;lost-contact:2000-01-01..,canh-cao@1965-01-01,true,30;40,Trạm y tế,\n" +
				"m2,B,,1990-01-01,,,,,,,,,,true\n",
		},
		{
			name:    "gender column appended when a member has a gender",
			members: []Member{{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01"), Gender: Female}, {ID: "m2", Name: "B", DecisionDate: rosterDay("1990-01-01")}},
			want: "id,name,born,decision_date,card_date,ceremony_date,official_date,died,gaps,discipline,seriously_ill,badges,branch,exempt,gender\n" +
				"m1,A,,1990-01-01,,,,,,,,,,,female\n" +
				"m2,B,,1990-01-01,,,,,,,,,,,\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, WriteCSV(&b, tt.members))
			assert.Equal(t, tt.want, b.String())
		})
	}
}

func TestWriteCSVRefusesValuesWithoutCSVForm(t *testing.T) {
	tests := []struct {
		name   string
		m      Member
		field  string
		wantIs error
	}{
		{"temporary transfers have no column", Member{ID: "m1", Transfers: []TemporaryTransfer{{From: rosterDay("2000-01-01")}}}, "transfers", ErrInvalidValue},
		{"gap without a kind", Member{ID: "m1", Gaps: []Gap{{From: rosterDay("2000-01-01")}}}, "gaps[0]", ErrInvalidValue},
		{"gap with an unknown cause", Member{ID: "m1", Gaps: []Gap{{Kind: Expelled, Cause: 99, From: rosterDay("2000-01-01")}}}, "gaps[0]", ErrInvalidValue},
		{"gap without a start date", Member{ID: "m1", Gaps: []Gap{{Kind: Transfer, From: rosterDay("2000-01-01")}, {Kind: Transfer}}}, "gaps[1]", ErrMissing},
		{"discipline without a form", Member{ID: "m1", Discipline: []Discipline{{Date: rosterDay("2000-01-01")}}}, "discipline[0]", ErrInvalidValue},
		{"discipline without a date", Member{ID: "m1", Discipline: []Discipline{{Form: Warning}}}, "discipline[0]", ErrMissing},
		{"gender out of range", Member{ID: "m1", Gender: 9}, "gender", ErrInvalidValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := WriteCSV(&b, []Member{{ID: "ok", Name: "OK"}, tt.m})
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.wantIs)
			fes := rosterFieldErrors(err)
			require.Len(t, fes, 1)
			assert.Equal(t, "m1", fes[0].ID)
			assert.Equal(t, tt.field, fes[0].Field)
			assert.Zero(t, b.Len(), "nothing is written")
		})
	}
}

// roundTripMembers covers every column of the roster CSV.
func roundTripMembers() []Member {
	return []Member{
		{ID: "m1", Name: "Hoàng Văn Páo", Born: rosterDay("1950-03-12"), Gender: Male,
			DecisionDate: rosterDay("1992-09-02"), CeremonyDate: rosterDay("1992-09-20"), OfficialDate: rosterDay("1993-09-20"),
			Badges: []int{30}, Branch: "Nà Vài"},
		{ID: "m2", Name: `Triệu Thị "Mai", bí thư`, Born: rosterDay("1948-06-05"), Gender: Female,
			DecisionDate: rosterDay("1982-09-02"), CardDate: rosterDay("1982-10-01"), OfficialDate: rosterDay("1983-09-15"),
			Gaps: []Gap{
				{Kind: LostContact, From: rosterDay("2001-01-01"), To: rosterDay("2001-06-30")},
				{Kind: Restored, From: rosterDay("2003-01-01"), To: rosterDay("2003-02-01")},
				{Kind: StruckOff, Cause: CauseAbandoned, From: rosterDay("2010-01-01")},
			},
			Discipline:   []Discipline{{Form: Reprimand, Date: rosterDay("2005-01-01")}, {Form: Dismissal, Date: rosterDay("2008-01-01")}},
			SeriouslyIll: true, Badges: []int{30, 40}, Branch: "Bản Phú\nthôn 2", Exempt: true},
		{ID: "m3", Name: "Nông Văn Dũng", CardDate: rosterDay("1960-05-01"), Died: rosterDay("2021-09-02")},
		{ID: "m4", Name: "Lý Thị Hoa"},
	}
}

func TestCSVRoundTrip(t *testing.T) {
	all := roundTripMembers()
	tests := []struct {
		name    string
		members []Member
	}{
		{"every column", all},
		{"without genders (no gender column)", []Member{all[2], all[3]}},
		{"one member with lists", all[1:2]},
		{"no members", []Member{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, WriteCSV(&b, tt.members))
			recs, err := ReadCSV(&b)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.members, recordMembers(t, recs), rosterDateCmp); diff != "" {
				t.Errorf("round trip (-wrote +read):\n%s", diff)
			}
		})
	}
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		want      []Member
		wantLines []int
		wantErrs  map[int]error // line -> error the record must wrap
		wantField map[int]string
		wantFatal error // error ReadJSON itself must return
	}{
		{
			name:      "JSON array of member objects",
			in:        `[{"id":"m1","name":"A","decision_date":"1990-01-01"}, {"id":"m2","name":"B","card_date":"02/09/1982","gaps":[{"kind":"expelled","from":"2000-01-01"}]}]`,
			want:      []Member{{ID: "m1", Name: "A", DecisionDate: rosterDay("1990-01-01")}, {ID: "m2", Name: "B", CardDate: rosterDay("1982-09-02"), Gaps: []Gap{{Kind: Expelled, From: rosterDay("2000-01-01")}}}},
			wantLines: []int{1, 2},
		},
		{
			name:      "JSON lines with blank lines numbered as in the file",
			in:        "\n{\"id\":\"m1\",\"name\":\"A\"}\n\n  \r\n{\"id\":\"m2\",\"name\":\"B\",\"badges\":[30]}\n",
			want:      []Member{{ID: "m1", Name: "A"}, {ID: "m2", Name: "B", Badges: []int{30}}},
			wantLines: []int{2, 5},
		},
		{
			name:      "byte order mark and an empty array",
			in:        "\uFEFF [ ]",
			want:      []Member{},
			wantLines: []int{},
		},
		{
			name:      "empty input is an empty roster",
			in:        " \n",
			want:      []Member{},
			wantLines: []int{},
		},
		{
			name:      "unknown field is an error for that record only",
			in:        `{"id":"m1","name":"A","nickname":"x"}` + "\n" + `{"id":"m2","name":"B"}`,
			want:      []Member{{ID: "m1", Name: "A"}, {ID: "m2", Name: "B"}},
			wantLines: []int{1, 2},
			wantErrs:  map[int]error{1: ErrUnknownColumn},
			wantField: map[int]string{1: "nickname"},
		},
		{
			name:      "value of the wrong type names the field",
			in:        `[{"id":"m1","name":"A","badges":"30"},{"id":"m2","name":"B"}]`,
			want:      []Member{{ID: "m1", Name: "A"}, {ID: "m2", Name: "B"}},
			wantLines: []int{1, 2},
			wantErrs:  map[int]error{1: ErrInvalidValue},
			wantField: map[int]string{1: "badges"},
		},
		{
			name:      "bad date wraps the date error",
			in:        `{"id":"m1","name":"A","born":"31/02/1950"}`,
			want:      []Member{{ID: "m1", Name: "A"}},
			wantLines: []int{1},
			wantErrs:  map[int]error{1: chibo.ErrDateRange},
		},
		{
			name:      "missing id and name",
			in:        `{"born":"1950-01-01"}` + "\nnull\n",
			want:      []Member{{Born: rosterDay("1950-01-01")}, {}},
			wantLines: []int{1, 2},
			wantErrs:  map[int]error{1: ErrMissing, 2: ErrMissing},
			wantField: map[int]string{1: "id"},
		},
		{
			name:      "malformed JSON line is a record and reading goes on",
			in:        "{\"id\":\"m1\",\"name\":\"A\"}\n{\"id\":\"m2\",\n{\"id\":\"m3\",\"name\":\"C\"} {}\n{\"id\":\"m4\",\"name\":\"D\"}\n",
			want:      []Member{{ID: "m1", Name: "A"}, {}, {ID: "m3", Name: "C"}, {ID: "m4", Name: "D"}},
			wantLines: []int{1, 2, 3, 4},
			wantErrs:  map[int]error{2: errRosterAny, 3: errRosterAny},
		},
		{
			name:      "broken array returns what was decoded and an error",
			in:        `[{"id":"m1","name":"A"}, {"id":"m2", }]`,
			want:      []Member{{ID: "m1", Name: "A"}},
			wantLines: []int{1},
			wantFatal: errRosterAny,
		},
		{
			name:      "unterminated array",
			in:        `[{"id":"m1","name":"A"}`,
			want:      []Member{{ID: "m1", Name: "A"}},
			wantLines: []int{1},
			wantFatal: errRosterAny,
		},
		{
			name:      "data after the array",
			in:        `[{"id":"m1","name":"A"}] {}`,
			want:      []Member{{ID: "m1", Name: "A"}},
			wantLines: []int{1},
			wantFatal: errRosterAny,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ReadJSON(strings.NewReader(tt.in))
			if tt.wantFatal != nil {
				require.Error(t, err)
				var le *LineError
				assert.ErrorAs(t, err, &le)
			} else {
				require.NoError(t, err)
			}
			got := make([]Member, len(recs))
			lines := make([]int, len(recs))
			for i, r := range recs {
				got[i], lines[i] = r.Member, r.Line
				want := tt.wantErrs[r.Line]
				switch {
				case want == nil:
					assert.NoError(t, r.Err, "line %d", r.Line)
				case want == errRosterAny:
					assert.Error(t, r.Err, "line %d", r.Line)
				default:
					assert.ErrorIs(t, r.Err, want, "line %d", r.Line)
				}
				if f, ok := tt.wantField[r.Line]; ok {
					var fe *FieldError
					require.ErrorAs(t, r.Err, &fe)
					assert.Equal(t, f, fe.Field)
					assert.Equal(t, r.Member.ID, fe.ID)
				}
			}
			if diff := cmp.Diff(tt.want, got, rosterDateCmp); diff != "" {
				t.Errorf("members (-want +got):\n%s", diff)
			}
			assert.Equal(t, tt.wantLines, lines)
		})
	}
}

// errRosterAny marks an expected error of any kind.
var errRosterAny = errors.New("any error")

func TestJSONRoundTrip(t *testing.T) {
	all := roundTripMembers()
	all[3].Transfers = []TemporaryTransfer{{From: rosterDay("2015-01-01"), To: rosterDay("2016-01-01"), Branch: "Chi bộ <Bản Phú> & co"}}
	var b bytes.Buffer
	require.NoError(t, WriteJSON(&b, all))
	assert.Equal(t, len(all), strings.Count(b.String(), "\n"), "one line per member")
	assert.Contains(t, b.String(), "<Bản Phú> & co", "HTML characters are not escaped")
	recs, err := ReadJSON(&b)
	require.NoError(t, err)
	if diff := cmp.Diff(all, recordMembers(t, recs), rosterDateCmp); diff != "" {
		t.Errorf("round trip (-wrote +read):\n%s", diff)
	}
}

func TestWriteJSONInvalidGapKind(t *testing.T) {
	var b bytes.Buffer
	err := WriteJSON(&b, []Member{{ID: "m9", Gaps: []Gap{{From: rosterDay("2000-01-01")}}}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `member "m9"`)
}

func TestReadJSONArrayOfWriteJSONObjects(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteJSON(&b, roundTripMembers()))
	arr := "[" + strings.Join(strings.Split(strings.TrimSpace(b.String()), "\n"), ",\n") + "]"
	recs, err := ReadJSON(strings.NewReader(arr))
	require.NoError(t, err)
	if diff := cmp.Diff(roundTripMembers(), recordMembers(t, recs), rosterDateCmp); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// benchRoster returns a roster CSV of n members with every column.
func benchRoster(n int) []byte {
	ms := make([]Member, n)
	all := roundTripMembers()
	for i := range ms {
		ms[i] = all[i%len(all)]
		ms[i].ID = "m" + strconv.Itoa(i)
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, ms); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func BenchmarkReadCSV(b *testing.B) {
	data := benchRoster(10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		recs, err := ReadCSV(bytes.NewReader(data))
		if err != nil || len(recs) != 10000 {
			b.Fatal(err, len(recs))
		}
	}
}

func BenchmarkWriteCSV(b *testing.B) {
	recs, err := ReadCSV(bytes.NewReader(benchRoster(10000)))
	if err != nil {
		b.Fatal(err)
	}
	ms := make([]Member, len(recs))
	for i, r := range recs {
		ms[i] = r.Member
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteCSV(io.Discard, ms); err != nil {
			b.Fatal(err)
		}
	}
}
