package chibo

import "fmt"

// Confidence says how firmly a rule is established by the sources the
// library could read. The rules digests tag every rule; Confidence carries
// that tag into the code so that a caller can see which decisions rest on
// an unverified reading.
type Confidence uint8

const (
	// Unverified: the rule's text was not seen, or the sources conflict; the
	// library applies a documented default that a caller may replace.
	Unverified Confidence = iota
	// Inferred: no source states the rule; it is derived from the ones that do.
	Inferred
	// Secondary: a secondary source (a legal Q&A site, a news report, a local
	// document) paraphrases the rule.
	Secondary
	// Verified: a source quotes the document's own wording for the clause.
	Verified
)

var confidenceNames = [...]string{"unverified", "inferred", "secondary", "verified"}

// String returns "verified", "secondary", "inferred" or "unverified".
func (c Confidence) String() string {
	if int(c) < len(confidenceNames) {
		return confidenceNames[c]
	}
	return fmt.Sprintf("Confidence(%d)", uint8(c))
}

// MarshalText implements encoding.TextMarshaler. A value other than the
// four defined is an error, so that what is written can be read back.
func (c Confidence) MarshalText() ([]byte, error) {
	if int(c) >= len(confidenceNames) {
		return nil, fmt.Errorf("chibo: invalid confidence %d", uint8(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Confidence) UnmarshalText(b []byte) error {
	for i, n := range confidenceNames {
		if string(b) == n {
			*c = Confidence(i)
			return nil
		}
	}
	return fmt.Errorf("chibo: unknown confidence %q", b)
}

// Source is the legal basis of a rule: the document, who issued it and
// when, the section the rule comes from, a public address where a copy or a
// quotation was found, and how firmly the library's reading is established.
type Source struct {
	// Document is the document's number and type, as the Party writes it:
	// "24-QĐ/TW", "01-HD/TW", "Nghị định 73/2024/NĐ-CP".
	Document string `json:"document"`
	// Issuer is the body that issued it: "Ban Chấp hành Trung ương",
	// "Ban Bí thư", "Ban Tổ chức Trung ương", "Chính phủ".
	Issuer string `json:"issuer,omitempty"`
	// Date is the date the document was issued.
	Date Date `json:"date,omitzero"`
	// Section is the clause the rule comes from: "điểm 4.5.1", "mục 18.1".
	Section string `json:"section,omitempty"`
	// URL is where the wording (or a quotation of it) was read.
	URL string `json:"url,omitempty"`
	// Confidence says how firmly the rule is established.
	Confidence Confidence `json:"confidence"`
}

// String returns a short citation: "24-QĐ/TW (30/07/2021), điểm 4.5.1 [verified]".
func (s Source) String() string {
	out := s.Document
	if out == "" {
		out = "(no document)"
	}
	if !s.Date.IsZero() {
		out += " (" + s.Date.VN() + ")"
	}
	if s.Section != "" {
		out += ", " + s.Section
	}
	return out + " [" + s.Confidence.String() + "]"
}

// Reason explains one step of a decision: the rule that applied, its legal
// basis, and what it found, in Vietnamese and in English, with the concrete
// values used.
type Reason struct {
	// Rule is a stable identifier of the rule, such as
	// "award.early.illness". Identifiers never change meaning; software may
	// match on them.
	Rule string `json:"rule"`
	// Source is the rule's legal basis.
	Source Source `json:"source"`
	// VI is the explanation in Vietnamese.
	VI string `json:"vi"`
	// EN is the explanation in English.
	EN string `json:"en"`
}

// String returns "rule: English text [document]".
func (r Reason) String() string {
	return r.Rule + ": " + r.EN + " [" + r.Source.Document + "]"
}
