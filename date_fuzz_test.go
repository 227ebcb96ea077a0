package chibo

import (
	"errors"
	"testing"
)

// FuzzParseDate checks that ParseDate never panics and that every date it
// accepts is valid and survives both text forms and the TextMarshaler round
// trip unchanged. A rejection must be a *DateError that wraps exactly one of
// the two sentinels and records the input.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		// accepted
		"2021-07-30", "30/07/2021", "2/9/1945", "02/01/2006", "29/02/1996",
		"2000-02-29", "0001-01-01", "9999-12-31", "1/1/0001", "31/12/9999",
		// rejected
		"", " ", "abc", "2024-1-01", "32/01/2024", "31/02/2024", "29/02/1900",
		"2024-13-01", "0000-01-01", "01/01/0000", "12/1946", "2024-01-01T00:00:00Z",
		" 2024-01-01", "01/01/2024 ", "001/01/2024", "01/01/20240", "1//2024",
		"٠١/٠١/٢٠٢٤", "\x00\xff/\x80/2024",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) = %v with error %v, want the zero Date", s, d, err)
			}
			var de *DateError
			if !errors.As(err, &de) {
				t.Fatalf("ParseDate(%q) error %T is not a *DateError", s, err)
			}
			if de.Text != s {
				t.Fatalf("ParseDate(%q) DateError.Text = %q", s, de.Text)
			}
			if errors.Is(err, ErrDateSyntax) == errors.Is(err, ErrDateRange) {
				t.Fatalf("ParseDate(%q) error %v must wrap exactly one of ErrDateSyntax, ErrDateRange", s, err)
			}
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = %#v, not valid", s, d)
		}
		for _, form := range []string{d.String(), d.VN()} {
			back, err := ParseDate(form)
			if err != nil {
				t.Fatalf("ParseDate(%q) = %v, but ParseDate(%q) fails: %v", s, d, form, err)
			}
			if back != d {
				t.Fatalf("ParseDate(%q) = %v, but ParseDate(%q) = %v", s, d, form, back)
			}
		}
		text, err := d.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", d, err)
		}
		var back Date
		if err := back.UnmarshalText(text); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", text, err)
		}
		if back != d {
			t.Fatalf("text round trip of %v gave %v", d, back)
		}
		if y, m, dd := d.Date(); DateOf(y, m, dd) != d {
			t.Fatalf("DateOf(%v.Date()) = %v", d, DateOf(y, m, dd))
		}
	})
}
