package member

import (
	"fmt"
	"strings"

	"github.com/chibo-go/chibo"
)

// GapKind classifies a period of a member's history.
type GapKind uint8

const (
	// Expelled is time under expulsion (khai trừ). Not counted in party age.
	Expelled GapKind = iota + 1
	// StruckOff is time after removal from the rolls (xoá tên). Not counted.
	StruckOff
	// LostContact is time out of contact with the party organisation (mất
	// liên lạc). Not counted.
	LostContact
	// Transfer is time interrupted while transferring party membership
	// (gián đoạn do chuyển sinh hoạt đảng). Not counted.
	Transfer
	// Restored is a removal or expulsion later found wrong and annulled by
	// the competent body: the member's party age is continuous and the
	// period counts (HD 01-HD/TW 2021, mục 5.3).
	Restored
)

var gapKindNames = [...]string{"", "expelled", "struck-off", "lost-contact", "transfer", "restored"}

// String returns the kind's name as used in the roster CSV.
func (k GapKind) String() string {
	if int(k) < len(gapKindNames) && k != 0 {
		return gapKindNames[k]
	}
	return fmt.Sprintf("GapKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k GapKind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(gapKindNames) {
		return nil, fmt.Errorf("member: invalid gap kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *GapKind) UnmarshalText(b []byte) error {
	v, err := ParseGapKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// ParseGapKind parses a kind name: expelled, struck-off, lost-contact,
// transfer or restored.
func ParseGapKind(s string) (GapKind, error) {
	for i, n := range gapKindNames {
		if i > 0 && strings.EqualFold(s, n) {
			return GapKind(i), nil
		}
	}
	return 0, fmt.Errorf("member: unknown gap kind %q (want expelled, struck-off, lost-contact, transfer or restored)", s)
}

// Counted reports whether time in a gap of this kind counts in party age.
// Only annulled removals (Restored) count (Quy định 24-QĐ/TW, điểm 4.5).
func (k GapKind) Counted() bool { return k == Restored }

// EndsMembership reports whether the kind takes the member out of the Party:
// expulsion and removal from the rolls. Ending such a gap is a readmission
// (kết nạp lại).
func (k GapKind) EndsMembership() bool { return k == Expelled || k == StruckOff }

// ExitCause records why a member left the Party, where it matters for
// readmission (Quy định 24-QĐ/TW, điểm 3.5).
type ExitCause uint8

const (
	// CauseUnspecified: no cause recorded.
	CauseUnspecified ExitCause = iota
	// CauseAbandoned: the member abandoned party activities (tự bỏ sinh hoạt
	// đảng). Readmission is barred.
	CauseAbandoned
	// CauseResigned: the member resigned at their own request (xin ra khỏi
	// Đảng). Readmission is barred unless for family hardship.
	CauseResigned
	// CauseFamilyHardship: resigned because of special family hardship.
	// Readmission is allowed.
	CauseFamilyHardship
	// CauseDisunity: the member caused serious internal disunity. Barred.
	CauseDisunity
	// CauseCorruption: the member was convicted of corruption. Barred.
	CauseCorruption
	// CauseSeriousCrime: convicted of a serious crime or worse. Barred.
	CauseSeriousCrime
)

var causeNames = [...]string{"", "abandoned", "resigned", "family-hardship", "disunity", "corruption", "serious-crime"}

// String returns the cause's name as used in the roster CSV.
func (c ExitCause) String() string {
	if int(c) < len(causeNames) {
		return causeNames[c]
	}
	return fmt.Sprintf("ExitCause(%d)", uint8(c))
}

// MarshalText implements encoding.TextMarshaler. A value other than the
// defined causes is an error.
func (c ExitCause) MarshalText() ([]byte, error) {
	if int(c) >= len(causeNames) {
		return nil, fmt.Errorf("member: invalid exit cause %d", uint8(c))
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *ExitCause) UnmarshalText(b []byte) error {
	v, err := ParseExitCause(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// ParseExitCause parses a cause name; "" is CauseUnspecified.
func ParseExitCause(s string) (ExitCause, error) {
	for i, n := range causeNames {
		if strings.EqualFold(s, n) {
			return ExitCause(i), nil
		}
	}
	return 0, fmt.Errorf("member: unknown exit cause %q", s)
}

// BarsReadmission reports whether leaving for this cause bars readmission
// (Quy định 24-QĐ/TW, điểm 3.5; repeated in Quy định 294-QĐ/TW).
func (c ExitCause) BarsReadmission() bool {
	switch c {
	case CauseAbandoned, CauseResigned, CauseDisunity, CauseCorruption, CauseSeriousCrime:
		return true
	}
	return false
}

// Gap is a period of a member's history, both ends inclusive. A zero To
// means the period has not ended.
type Gap struct {
	Kind GapKind    `json:"kind"`        // what the period was
	From chibo.Date `json:"from"`        // first day
	To   chibo.Date `json:"to,omitzero"` // last day; zero while the period goes on
	// Cause is why the member left, for Expelled and StruckOff gaps.
	Cause ExitCause `json:"cause,omitzero"`
}

// Open reports whether the gap has no end date.
func (g Gap) Open() bool { return g.To.IsZero() }

// Contains reports whether d falls inside the gap.
func (g Gap) Contains(d chibo.Date) bool {
	return !d.Before(g.From) && (g.To.IsZero() || !d.After(g.To))
}

// String returns the gap in roster form, "struck-off:2000-06-01..2005-05-31".
func (g Gap) String() string {
	k := g.Kind.String()
	if g.Cause != CauseUnspecified {
		k += "/" + g.Cause.String()
	}
	return k + ":" + g.From.String() + ".." + g.To.String()
}

// Form is a form of party discipline (hình thức kỷ luật), in increasing
// severity (Điều lệ Đảng 2011, Điều 35).
type Form uint8

const (
	// Reprimand is khiển trách.
	Reprimand Form = iota + 1
	// Warning is cảnh cáo.
	Warning
	// Dismissal is cách chức (removal from a party post).
	Dismissal
	// Expulsion is khai trừ.
	Expulsion
)

var formNames = [...]string{"", "khien-trach", "canh-cao", "cach-chuc", "khai-tru"}
var formVI = [...]string{"", "khiển trách", "cảnh cáo", "cách chức", "khai trừ"}
var formEN = [...]string{"", "reprimand", "warning", "dismissal", "expulsion"}

// String returns the form's roster name: khien-trach, canh-cao, cach-chuc
// or khai-tru.
func (f Form) String() string {
	if f != 0 && int(f) < len(formNames) {
		return formNames[f]
	}
	return fmt.Sprintf("Form(%d)", uint8(f))
}

// VI returns the Vietnamese name of the form ("cảnh cáo").
func (f Form) VI() string {
	if f != 0 && int(f) < len(formVI) {
		return formVI[f]
	}
	return f.String()
}

// EN returns the English name of the form ("warning").
func (f Form) EN() string {
	if f != 0 && int(f) < len(formEN) {
		return formEN[f]
	}
	return f.String()
}

// MarshalText implements encoding.TextMarshaler.
func (f Form) MarshalText() ([]byte, error) {
	if f == 0 || int(f) >= len(formNames) {
		return nil, fmt.Errorf("member: invalid discipline form %d", uint8(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Form) UnmarshalText(b []byte) error {
	v, err := ParseForm(string(b))
	if err == nil {
		*f = v
	}
	return err
}

// ParseForm parses a roster form name (khien-trach, canh-cao, cach-chuc,
// khai-tru) or its Vietnamese or English name.
func ParseForm(s string) (Form, error) {
	for i := 1; i < len(formNames); i++ {
		if strings.EqualFold(s, formNames[i]) || strings.EqualFold(s, formVI[i]) || strings.EqualFold(s, formEN[i]) {
			return Form(i), nil
		}
	}
	return 0, fmt.Errorf("member: unknown discipline form %q (want khien-trach, canh-cao, cach-chuc or khai-tru)", s)
}

// AllowedForProbationary reports whether the form may be imposed on a
// probationary member: only reprimand and warning (Điều lệ Đảng 2011,
// Điều 35 khoản 2).
func (f Form) AllowedForProbationary() bool { return f == Reprimand || f == Warning }

// Discipline is a party disciplinary decision.
type Discipline struct {
	Form Form       `json:"form"` // the form of discipline
	Date chibo.Date `json:"date"` // date of the decision
}

// String returns the discipline in roster form, "canh-cao@2026-03-01".
func (d Discipline) String() string { return d.Form.String() + "@" + d.Date.String() }

// TemporaryTransfer is a temporary transfer of party activity to another
// organisation (sinh hoạt đảng tạm thời), both ends inclusive.
type TemporaryTransfer struct {
	From   chibo.Date `json:"from"`             // first day
	To     chibo.Date `json:"to,omitzero"`      // last day; zero while it goes on
	Branch string     `json:"branch,omitempty"` // the organisation where the member is active
}
