// Package meetingcases holds the shortcuts the verification cases of
// packages branch and evaluation share for writing organisations and
// meetings briefly: "official_count" adds official members m1…mN to an
// organisation, "summoned_count" summons m1…mN to a meeting (and, when
// "present" is not given, counts present everyone not listed absent or
// exempt). It is test support, not API.
package meetingcases

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/internal/casefile"
	"github.com/chibo-go/chibo/member"
)

// The admission and recognition dates of the members official_count makes.
var (
	GenDecision = chibo.DateOf(2000, 1, 3)
	GenOfficial = chibo.DateOf(2001, 1, 3)
)

// Org is an organisation as a case writes it: the JSON of
// branch.Organisation plus the shortcut "official_count".
type Org struct {
	branch.Organisation
	OfficialCount int `json:"official_count"`
}

// Meeting is a meeting as a case writes it: the JSON of branch.Meeting plus
// the shortcut "summoned_count". As in branch.ReadFile, an absent
// "results_percent" is -1 (not assessed).
type Meeting struct {
	branch.Meeting
	SummonedCount int `json:"summoned_count"`
}

// UnmarshalJSON decodes the meeting with results_percent -1 unless given.
func (m *Meeting) UnmarshalJSON(b []byte) error {
	type plain Meeting
	p := plain{}
	p.ResultsPercent = -1
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return err
	}
	*m = Meeting(p)
	return nil
}

// BuildOrg turns a case's organisation into a branch.Organisation, adding
// the official_count members before those listed; path names the key in
// errors.
func BuildOrg(o Org, path string) (*branch.Organisation, error) {
	if o.OfficialCount < 0 {
		return nil, fmt.Errorf("key %q: want 0 or more, got %d", path+".official_count", o.OfficialCount)
	}
	org := o.Organisation
	var ms []member.Member
	for i := 1; i <= o.OfficialCount; i++ {
		ms = append(ms, member.Member{ID: fmt.Sprintf("m%d", i), Name: fmt.Sprintf("Member %d", i),
			DecisionDate: GenDecision, OfficialDate: GenOfficial})
	}
	seen := map[string]bool{}
	for _, m := range ms {
		seen[m.ID] = true
	}
	for i, m := range org.Members {
		if seen[m.ID] {
			return nil, fmt.Errorf("key \"%s.members[%d].id\": member %q is listed twice (official_count already makes m1…m%d)", path, i, m.ID, o.OfficialCount)
		}
		seen[m.ID] = true
	}
	org.Members = append(ms, org.Members...)
	return &org, nil
}

// BuildMeeting turns a case's meeting into a branch.Meeting: with
// "summoned_count" N, summoned are m1…mN and, when "present" is not given
// (hasPresent false), present are those of them not listed absent or
// exempt.
func BuildMeeting(m Meeting, path string, hasPresent bool) (branch.Meeting, error) {
	out := m.Meeting
	switch {
	case m.SummonedCount < 0:
		return out, fmt.Errorf("key %q: want 0 or more, got %d", path+".summoned_count", m.SummonedCount)
	case m.SummonedCount > 0 && len(m.Summoned) > 0:
		return out, fmt.Errorf("key %q: give either \"summoned\" or \"summoned_count\", not both", path+".summoned_count")
	case m.SummonedCount == 0:
		return out, nil
	}
	out.Summoned = nil
	for i := 1; i <= m.SummonedCount; i++ {
		out.Summoned = append(out.Summoned, fmt.Sprintf("m%d", i))
	}
	if !hasPresent {
		out.Present = []string{}
		for _, id := range out.Summoned {
			if !slices.Contains(m.AbsentExcused, id) && !slices.Contains(m.AbsentUnexcused, id) && !slices.Contains(m.Exempt, id) {
				out.Present = append(out.Present, id)
			}
		}
	}
	return out, nil
}

// HasPresent reports whether a raw meeting object gives "present".
func HasPresent(raw json.RawMessage) bool {
	fields, _, err := casefile.Object(raw)
	if err != nil {
		return false
	}
	for _, f := range fields {
		if f.Key == "present" {
			return true
		}
	}
	return false
}
