package member

import (
	"fmt"
	"strings"

	"github.com/chibo-go/chibo"
)

// Gender is a member's gender as recorded in the party file.
type Gender uint8

const (
	// GenderUnknown means no gender was recorded.
	GenderUnknown Gender = iota
	// Male (nam).
	Male
	// Female (nữ).
	Female
)

var genderNames = [...]string{"", "male", "female"}

// String returns "male", "female" or "" when unknown.
func (g Gender) String() string {
	if int(g) < len(genderNames) {
		return genderNames[g]
	}
	return fmt.Sprintf("Gender(%d)", uint8(g))
}

// MarshalText implements encoding.TextMarshaler. A value other than the
// three defined is an error.
func (g Gender) MarshalText() ([]byte, error) {
	if int(g) >= len(genderNames) {
		return nil, fmt.Errorf("member: invalid gender %d", uint8(g))
	}
	return []byte(g.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts, in any
// case, "male", "female", "nam", "nữ", "m", "f" and "".
func (g *Gender) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "":
		*g = GenderUnknown
	case "male", "nam", "m":
		*g = Male
	case "female", "nữ", "nu", "f":
		*g = Female
	default:
		return fmt.Errorf("member: unknown gender %q", b)
	}
	return nil
}

// Member is one party member's record: identity, the dates of admission,
// and the history that decides party age, awards and eligibility.
//
// All dates are civil dates; a zero date means "not recorded". A Member is
// plain data: the functions of this package and of package award read it
// and never change it.
type Member struct {
	// ID identifies the member uniquely in a roster (số thẻ đảng viên or a
	// local key).
	ID string `json:"id"`
	// Name is the full name (họ và tên).
	Name string `json:"name"`
	// Born is the date of birth (ngày sinh).
	Born chibo.Date `json:"born,omitzero"`
	// Gender is the recorded gender (giới tính).
	Gender Gender `json:"gender,omitzero"`

	// DecisionDate is the date the competent committee issued the admission
	// decision (ngày quyết định kết nạp). Party age counts from it.
	DecisionDate chibo.Date `json:"decision_date,omitzero"`
	// CardDate is the admission date printed on the party card (ngày vào
	// Đảng ghi trên thẻ đảng viên): the fallback start of party age when the
	// decision was not kept.
	CardDate chibo.Date `json:"card_date,omitzero"`
	// CeremonyDate is the date of the admission ceremony (lễ kết nạp), from
	// which the 12 months of probation run.
	CeremonyDate chibo.Date `json:"ceremony_date,omitzero"`
	// OfficialDate is the date the member was recognised as official
	// (ngày công nhận đảng viên chính thức); zero while the member is still
	// probationary (đảng viên dự bị). For a readmitted member it is the
	// recognition after the readmission.
	OfficialDate chibo.Date `json:"official_date,omitzero"`
	// Died is the date of death; zero for a living member.
	Died chibo.Date `json:"died,omitzero"`

	// Gaps are the periods of the member's history: the periods not counted
	// in party age (expulsion, removal from the rolls, lost contact,
	// interrupted transfer) and removals later annulled. A gap whose kind
	// ends membership (expelled, struck off) and which has an end date is a
	// readmission; without an end date the member is still outside the Party.
	Gaps []Gap `json:"gaps,omitempty"`
	// Discipline lists the party disciplinary decisions (kỷ luật đảng).
	Discipline []Discipline `json:"discipline,omitempty"`
	// Transfers lists temporary transfers of activity (sinh hoạt đảng tạm
	// thời) to another party organisation.
	Transfers []TemporaryTransfer `json:"transfers,omitempty"`
	// Badges lists the milestones, in years of party age, of the badges
	// already received (Huy hiệu Đảng đã được tặng), for example 30 and 40.
	Badges []int `json:"badges,omitempty"`
	// Exempt reports that the member is exempt from party work and activities
	// (miễn công tác và sinh hoạt đảng). Exemption counts in party age.
	Exempt bool `json:"exempt,omitempty"`
	// SeriouslyIll reports that a serious illness (bệnh nặng) has been
	// confirmed for an early badge award.
	SeriouslyIll bool `json:"seriously_ill,omitempty"`
	// Branch identifies the party cell (chi bộ) where the member is registered.
	Branch string `json:"branch,omitempty"`
}

// Start returns the date party age counts from: the admission decision
// date, or the party-card date when no decision date is recorded
// (HD 01-HD/TW 2021, mục 5.3). It is the zero Date when neither is recorded.
func (m *Member) Start() chibo.Date {
	if !m.DecisionDate.IsZero() {
		return m.DecisionDate
	}
	return m.CardDate
}

// HasBadge reports whether the member has received the badge for the
// milestone of the given years.
func (m *Member) HasBadge(years int) bool {
	for _, b := range m.Badges {
		if b == years {
			return true
		}
	}
	return false
}

// HighestBadge returns the highest milestone received, or 0.
func (m *Member) HighestBadge() int {
	h := 0
	for _, b := range m.Badges {
		h = max(h, b)
	}
	return h
}
