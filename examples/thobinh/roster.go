package main

import (
	_ "embed"
	"errors"
	"strings"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// rosterCSV is the illustrative roster of the commune (roster.csv).
//
//go:embed roster.csv
var rosterCSV string

// Cell is a party cell (chi bộ) of the commune committee.
type Cell struct {
	ID string // the branch id used in the roster's branch column
	VI string // the cell's name in Vietnamese
	EN string // the cell's name in English
}

// cells are the cells of Đảng bộ xã Thổ Bình, in the order they are shown.
var cells = []Cell{
	{"tram-y-te", "Chi bộ Trạm Y tế xã", "commune health station cell"},
	{"na-vai", "Chi bộ thôn Nà Vài", "Nà Vài village cell"},
	{"ban-phu", "Chi bộ thôn Bản Phú", "Bản Phú village cell"},
	{"truong-th", "Chi bộ Trường Tiểu học Thổ Bình", "Thổ Bình primary school cell"},
	{"quan-su", "Chi bộ Quân sự xã", "commune military cell"},
}

// loadRoster reads a roster CSV and returns its members, in input order.
// Every row must decode: the errors of the rows that do not are returned,
// each with its line.
func loadRoster(text string) ([]member.Member, error) {
	records, err := member.ReadCSV(strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	roster := make([]member.Member, 0, len(records))
	var errs []error
	for _, rec := range records {
		if rec.Err != nil {
			errs = append(errs, &member.LineError{Line: rec.Line, Err: rec.Err})
			continue
		}
		roster = append(roster, rec.Member)
	}
	return roster, errors.Join(errs...)
}

// CellSummary counts a cell's members on the round date.
type CellSummary struct {
	Cell         Cell
	Members      int // on the roster
	Official     int // official, alive and inside the Party
	Probationary int // admitted, not yet recognised
	Exempt       int // exempt from activities (counted among the official)
	Deceased     int // died on or before the round date
	Outside      int // expelled or struck off
}

// cellOf returns the cell with the given branch id, or a cell named after
// the id when it is not one of the commune's.
func cellOf(id string) Cell {
	for _, c := range cells {
		if c.ID == id {
			return c
		}
	}
	return Cell{ID: id, VI: id, EN: id}
}

// countMember adds member m, as of date d, to the summary s.
func countMember(s *CellSummary, m *member.Member, d chibo.Date) {
	s.Members++
	switch {
	case !m.Died.IsZero() && !m.Died.After(d):
		s.Deceased++
	case m.OutsideOn(d):
		s.Outside++
	case m.OfficialOn(d):
		s.Official++
		if m.Exempt {
			s.Exempt++
		}
	default:
		s.Probationary++
	}
}
