package branch

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// FuzzReadFile checks that ReadFile never panics, that it returns a File
// unless the input is not one JSON object (and then one syntax error), that
// every problem is a *FileError placed inside the input, and that every
// meeting it decodes that passes Validate survives json.Marshal and a
// second decoding — by encoding/json and by ReadFile — unchanged. A sound
// file survives json.Marshal and ReadFile whole.
func FuzzReadFile(f *testing.F) {
	for _, seed := range []string{
		docExample, cellFile, committeeFile, everyKeyFile,
		"", "{}", "[1]", "\uFEFF{}", "null", `{"organisation": []}`,
		`{"organisation": {"id": "c", "kind": "cell"}, "meetings": [null, {"id": "m", "org": "c", "kind": "thematic", "date": "01/02/2025", "start": "00:00", "end": "23:59", "scores": {"a": 1, "a": 2}}], "from": "2025-01-01", "to": "2025-01-01"}`,
		`{"organisation": {"id": "c", "kind": "cell"}, "meetings": [{"id": "\u00e9\ud800", "org": "x", "kind": "plenary", "date": "2025-01-01", "start": "10:00", "end": "11:00", "present": [""], "results_percent": -1}], "from": "2025-01-01", "to": "2025-01-01"}`,
		"{\"organisation\": {\"name\": \"\xff\"}}",
		`{"from": "2025-01-01", "from": "2025-01-02", "to": 5, "organisation": {"id": "c", "kind": "cell", "members": [{"id": "m"}, {"id": "m"}]}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, errs := ReadFile(bytes.NewReader(data))
		if file == nil {
			require.Len(t, errs, 1)
			require.ErrorIs(t, errs[0], ErrSyntax)
			var fe *FileError
			require.ErrorAs(t, errs[0], &fe)
			require.GreaterOrEqual(t, fe.Line, 1)
			require.GreaterOrEqual(t, fe.Column, 1)
			require.True(t, fe.Offset >= 0 && fe.Offset <= int64(len(data)), "offset %d of %d bytes", fe.Offset, len(data))
			return
		}
		for _, err := range errs {
			var fe *FileError
			require.ErrorAs(t, err, &fe)
			require.ErrorIs(t, err, ErrFile)
			require.NotErrorIs(t, err, ErrSyntax)
			require.True(t, fe.Offset >= 0 && fe.Offset <= int64(len(data)), "offset %d of %d bytes", fe.Offset, len(data))
			_ = err.Error()
		}

		orgs := map[string]*Organisation{}
		for _, o := range append([]*Organisation{&file.Organisation}, ptrs(file.Cells)...) {
			if _, ok := orgs[o.ID]; !ok {
				orgs[o.ID] = o
			}
		}
		for _, m := range file.Meetings {
			if m.Validate(orgs[m.Org]) != nil {
				continue
			}
			b, err := json.Marshal(m)
			require.NoError(t, err)
			var back Meeting
			require.NoError(t, json.Unmarshal(b, &back))
			if diff := cmp.Diff(m, back); diff != "" {
				t.Fatalf("json.Unmarshal(json.Marshal(meeting)) (-want +got):\n%s\n%s", diff, b)
			}
			wrapped := `{"organisation": {"id": "o", "kind": "cell"}, "meetings": [` + string(b) + `], "from": "2000-01-01", "to": "2000-01-01"}`
			f2, errs2 := ReadFile(strings.NewReader(wrapped))
			require.NotNil(t, f2)
			for _, err := range errs2 {
				if errors.Is(err, ErrUnknownField) || errors.Is(err, ErrBadValue) {
					t.Fatalf("ReadFile cannot read back %s: %v", b, err)
				}
			}
			require.Len(t, f2.Meetings, 1)
			if diff := cmp.Diff(m, f2.Meetings[0]); diff != "" {
				t.Fatalf("ReadFile(json.Marshal(meeting)) (-want +got):\n%s\n%s", diff, b)
			}
		}

		if len(errs) == 0 {
			b, err := json.Marshal(file)
			require.NoError(t, err)
			back, errs := ReadFile(bytes.NewReader(b))
			require.Empty(t, errs, "%s", b)
			if diff := cmp.Diff(file, back); diff != "" {
				t.Fatalf("ReadFile(json.Marshal(file)) (-want +got):\n%s", diff)
			}
		}
	})
}

func ptrs[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

// FuzzVotes checks Majority, TwoThirds and Quorate against exact rational
// arithmetic (math/big) on any integers: a zero or negative base never
// passes, and the reasons say what the decision says.
func FuzzVotes(f *testing.F) {
	for _, s := range [][4]int64{
		{10, 18, 2, 3}, {9, 18, 2, 3}, {13, 20, 2, 3}, {14, 20, 1, 2}, {12, 18, 2, 3},
		{0, 0, 0, 0}, {1, -1, 2, 3}, {-5, 7, -1, 3}, {5, 7, 2, -3},
		{math.MaxInt64, math.MaxInt64, math.MaxInt64, math.MaxInt64},
		{math.MinInt64, 3, math.MinInt64, 1}, {math.MaxInt64/2 + 1, 5, 2, 3}, {math.MaxInt64/3 + 1, 5, 2, 3},
	} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, yes64, base64, num64, den64 int64) {
		yes, base, num, den := int(yes64), int(base64), int(num64), int(den64)
		y, b := big.NewInt(int64(yes)), big.NewInt(int64(base))
		mul := func(k int64, x *big.Int) *big.Int { return new(big.Int).Mul(big.NewInt(k), x) }

		wantMajority := base > 0 && mul(2, y).Cmp(b) > 0
		wantTwoThirds := base > 0 && mul(3, y).Cmp(mul(2, b)) >= 0
		if got := Majority(yes, base); got != wantMajority {
			t.Fatalf("Majority(%d, %d) = %v, want %v", yes, base, got, wantMajority)
		}
		if got := TwoThirds(yes, base); got != wantTwoThirds {
			t.Fatalf("TwoThirds(%d, %d) = %v, want %v", yes, base, got, wantTwoThirds)
		}
		if base <= 0 && (Majority(yes, base) || TwoThirds(yes, base)) {
			t.Fatalf("a base of %d passed", base)
		}
		if wantTwoThirds && !wantMajority && base > 0 {
			t.Fatalf("two thirds of %d without a majority: %d", base, yes)
		}

		wantQuorate := base > 0 && den > 0 &&
			new(big.Int).Mul(y, big.NewInt(int64(den))).Cmp(new(big.Int).Mul(b, big.NewInt(int64(num)))) >= 0
		got, r := Quorate(yes, base, Fraction{Num: num, Den: den})
		if got != wantQuorate {
			t.Fatalf("Quorate(%d, %d, %d/%d) = %v, want %v", yes, base, num, den, got, wantQuorate)
		}
		require.Equal(t, RuleQuorum, r.Rule)

		if mr := MajorityReason(yes, base); strings.HasSuffix(mr.EN, ": passes.") != wantMajority {
			t.Fatalf("MajorityReason(%d, %d) = %q", yes, base, mr.EN)
		}
		if tr := TwoThirdsReason(yes, base); strings.HasSuffix(tr.EN, ": passes.") != wantTwoThirds {
			t.Fatalf("TwoThirdsReason(%d, %d) = %q", yes, base, tr.EN)
		}
		outcome, _ := Recognition([]Ballot{{For: yes, Against: num, Base: base}})
		if (outcome == Recognised) != wantTwoThirds {
			t.Fatalf("Recognition of %d for of %d = %v, two thirds %v", yes, base, outcome, wantTwoThirds)
		}
	})
}
