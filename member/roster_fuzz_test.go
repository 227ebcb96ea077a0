package member

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// csvRowCount counts the rows after the header the way encoding/csv splits
// them, with no check of the number of fields; -1 if there is no header.
func csvRowCount(data []byte) int {
	data = bytes.TrimPrefix(data, []byte(bom))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	n := -1
	for {
		_, err := cr.Read()
		if err == io.EOF {
			return n
		}
		var pe *csv.ParseError
		if err != nil && !errors.As(err, &pe) {
			return n
		}
		if n == -1 && err != nil {
			return -1 // the header itself is malformed
		}
		n++
	}
}

// FuzzReadCSV checks that ReadCSV never panics, accounts for every row of
// the input, and that the rows it decodes without error survive WriteCSV
// and ReadCSV unchanged.
func FuzzReadCSV(f *testing.F) {
	for _, seed := range []string{
		fullRoster,
		"id,name,decision_date\nm1,A,1990-01-01\n",
		"\uFEFFID , Name,CARD_DATE\r\nm1,\"A, \"\"B\"\"\nC\",02/09/1982\r\n",
		"id,name,decision_date,gaps\nm1,A,1990-01-01,expelled/abandoned:2010-01-01..;2000-01-01..2000-12-31\n",
		"id,name,decision_date,discipline,badges\nm1,A,1990-01-01,canh-cao@2000-01-01;khai-tru@,30;x\n",
		"id,name,born,decision_date\nm1,A,31/02/1950,1990-13-01\nm2,B\n,,,\n",
		"id,name,decision_date\nm1,A \"B\",1990-01-01\nm2,\"unterminated,1990-01-01\n",
		"id,name,decision_date,nickname\n",
		"name,name\n",
		"",
		"id,name,decision_date,seriously_ill,exempt,gender,branch\nm1,A,1990-01-01,có,KHÔNG,nữ,Nà Vài\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := ReadCSV(bytes.NewReader(data))
		if err != nil {
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("error without a line from a bytes.Reader: %v", err)
			}
			if len(recs) != 0 {
				t.Fatalf("header error %v with %d records", err, len(recs))
			}
			return
		}
		// Every row appears as exactly one record.
		if want := csvRowCount(data); len(recs) != want {
			t.Fatalf("%d records, encoding/csv sees %d rows", len(recs), want)
		}
		if !bytes.ContainsAny(data, "\"\r") {
			lines := 0
			for _, l := range strings.Split(strings.TrimPrefix(string(data), bom), "\n") {
				if l != "" {
					lines++
				}
			}
			if len(recs) != lines-1 {
				t.Fatalf("%d records for %d non-empty lines after the header", len(recs), lines-1)
			}
		}
		good := []Member{}
		prev := 0
		for _, r := range recs {
			if r.Line <= prev {
				t.Fatalf("record line %d after line %d", r.Line, prev)
			}
			prev = r.Line
			if r.Err != nil {
				continue
			}
			if r.Member.ID == "" || r.Member.Name == "" {
				t.Fatalf("line %d: no error but empty id or name: %+v", r.Line, r.Member)
			}
			good = append(good, r.Member)
		}
		// Rows decoded without error round-trip.
		var b bytes.Buffer
		if err := WriteCSV(&b, good); err != nil {
			t.Fatalf("WriteCSV of decoded members: %v", err)
		}
		again, err := ReadCSV(&b)
		if err != nil {
			t.Fatalf("ReadCSV of WriteCSV output: %v\n%s", err, b.String())
		}
		got := make([]Member, len(again))
		for i, r := range again {
			if r.Err != nil {
				t.Fatalf("line %d of WriteCSV output: %v\n%s", r.Line, r.Err, b.String())
			}
			got[i] = r.Member
		}
		if diff := cmp.Diff(good, got, rosterDateCmp); diff != "" {
			t.Fatalf("round trip (-decoded +re-read):\n%s", diff)
		}
	})
}

// FuzzReadJSON checks that ReadJSON never panics and that the members it
// decodes without error survive WriteJSON and ReadJSON unchanged.
func FuzzReadJSON(f *testing.F) {
	for _, seed := range []string{
		`[{"id":"m1","name":"A","decision_date":"1990-01-01"}]`,
		"{\"id\":\"m1\",\"name\":\"A\",\"gaps\":[{\"kind\":\"expelled\",\"from\":\"2000-01-01\",\"cause\":\"abandoned\"}]}\n\n{\"id\":\"m2\"}\n",
		`{"id":"m1","name":"A","nickname":"x"}`,
		`[{"id":"m1"}, {"id":}]`,
		"\uFEFF{\"id\":\"m1\",\"name\":\"A\",\"born\":\"31/02/1950\"}",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, _ := ReadJSON(bytes.NewReader(data))
		var good []Member
		for _, r := range recs {
			if r.Err == nil {
				good = append(good, r.Member)
			}
		}
		var b bytes.Buffer
		if err := WriteJSON(&b, good); err != nil {
			return // a value without a JSON form, such as a gap without a kind
		}
		again, err := ReadJSON(&b)
		if err != nil {
			t.Fatalf("ReadJSON of WriteJSON output: %v", err)
		}
		got := make([]Member, len(again))
		for i, r := range again {
			if r.Err != nil {
				t.Fatalf("line %d of WriteJSON output: %v", r.Line, r.Err)
			}
			got[i] = r.Member
		}
		if diff := cmp.Diff(good, got, rosterDateCmp, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-decoded +re-read):\n%s", diff)
		}
	})
}
