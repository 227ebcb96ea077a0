package branch

import (
	"fmt"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Kind is the kind of a party organisation.
type Kind uint8

const (
	// Cell is a party cell under a grass-roots committee or a sub-committee
	// (chi bộ trực thuộc đảng uỷ cơ sở, chi bộ trực thuộc đảng uỷ bộ phận).
	Cell Kind = iota + 1
	// GrassRootsCell is a grass-roots organisation with fewer than 30
	// members, organised as one cell (chi bộ cơ sở).
	GrassRootsCell
	// GrassRootsCommittee is a grass-roots organisation of 30 members or more
	// with cells under it, led by a grass-roots committee (đảng bộ cơ sở,
	// đảng uỷ cơ sở).
	GrassRootsCommittee
	// SubCommittee is an intermediate organisation inside a grass-roots
	// committee (đảng bộ bộ phận).
	SubCommittee
)

var kindNames = [...]string{"", "cell", "grass-roots-cell", "grass-roots-committee", "sub-committee"}
var kindVI = [...]string{"", "chi bộ trực thuộc", "chi bộ cơ sở", "đảng bộ cơ sở", "đảng bộ bộ phận"}

// String returns "cell", "grass-roots-cell", "grass-roots-committee" or
// "sub-committee".
func (k Kind) String() string {
	if k != 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// VI returns the Vietnamese name ("chi bộ trực thuộc").
func (k Kind) VI() string {
	if k != 0 && int(k) < len(kindVI) {
		return kindVI[k]
	}
	return k.String()
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("branch: invalid organisation kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i := 1; i < len(kindNames); i++ {
		if string(b) == kindNames[i] {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("branch: unknown organisation kind %q (want cell, grass-roots-cell, grass-roots-committee or sub-committee)", b)
}

// IsCell reports whether the organisation meets as one cell (chi bộ): a
// cell under a committee or a grass-roots cell.
func (k Kind) IsCell() bool { return k == Cell || k == GrassRootsCell }

// Organisation is a party organisation: a cell or a committee, with its
// members and its leadership.
type Organisation struct {
	ID   string `json:"id"`   // identifies the organisation
	Name string `json:"name"` // its name, "Chi bộ thôn Nà Vài"
	Kind Kind   `json:"kind"` // cell, grass-roots cell, grass-roots committee or sub-committee
	// Parent is the ID of the directly superior organisation ("" when it is
	// outside the data).
	Parent  string     `json:"parent,omitempty"`
	Founded chibo.Date `json:"founded,omitzero"` // date of the founding decision
	// Members are the members registered in the organisation (for a
	// committee, those of all its cells).
	Members []member.Member `json:"members,omitempty"`
	// Secretary is the member ID of the secretary (bí thư).
	Secretary string `json:"secretary,omitempty"`
	// Deputies are the member IDs of the deputy secretaries (phó bí thư).
	Deputies []string `json:"deputies,omitempty"`
	// Committee are the member IDs of the elected committee: the cell
	// committee (chi uỷ) of a cell, the grass-roots committee (đảng uỷ) of a
	// đảng bộ cơ sở.
	Committee []string `json:"committee,omitempty"`
	// Standing are the member IDs of the standing committee (ban thường vụ).
	Standing []string `json:"standing,omitempty"`
	// LastCongress is the date of the last congress (đại hội).
	LastCongress chibo.Date `json:"last_congress,omitzero"`
	// Approved records that the directly superior committee approved a
	// form departing from the 30-member rule (Điều lệ Đảng 2011, Điều 21
	// khoản 3).
	Approved bool `json:"approved,omitempty"`
	// HasSubCommittees records that a đảng bộ cơ sở has đảng bộ bộ phận, which
	// also needs that approval.
	HasSubCommittees bool `json:"has_sub_committees,omitempty"`
	// OncePerTerm puts a cell in the pilot of Quy định 294-QĐ/TW (2025):
	// one congress every 5 years instead of two.
	OncePerTerm bool `json:"once_per_term,omitempty"`
}

// Counts are the members of an organisation on a date, by status.
type Counts struct {
	Official     int `json:"official"`     // đảng viên chính thức (exempt included)
	Probationary int `json:"probationary"` // đảng viên dự bị
	Exempt       int `json:"exempt"`       // official members exempt from activities
	Deceased     int `json:"deceased"`     // died on or before the date
	Outside      int `json:"outside"`      // expelled or struck off
}

// Total returns the living members inside the Party: official and
// probationary.
func (c Counts) Total() int { return c.Official + c.Probationary }

// CountOn counts the organisation's members on d. A member admitted after
// d is not counted.
func (o *Organisation) CountOn(d chibo.Date) Counts {
	var c Counts
	for i := range o.Members {
		m := &o.Members[i]
		start := m.Start()
		switch {
		case start.IsZero() || start.After(d):
		case !m.Died.IsZero() && !m.Died.After(d):
			c.Deceased++
		case m.OutsideOn(d):
			c.Outside++
		case m.OfficialOn(d):
			c.Official++
			if m.Exempt {
				c.Exempt++
			}
		default:
			c.Probationary++
		}
	}
	return c
}

// Member returns the member with the given ID, or nil.
func (o *Organisation) Member(id string) *member.Member {
	for i := range o.Members {
		if o.Members[i].ID == id {
			return &o.Members[i]
		}
	}
	return nil
}

// SingleOfficer reports whether the organisation's only officer is the
// secretary: no deputy and no committee. Such a cell has no committee
// meeting to hold before its own (ScheduleRules.NoCellCommitteeMeeting).
func (o *Organisation) SingleOfficer() bool { return len(o.Committee) == 0 && len(o.Deputies) == 0 }
