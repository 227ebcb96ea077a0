package main

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
)

// report is what the command prints: the rankings after the quota, the
// quota per group, the flags and every problem.
type report struct {
	src       *File
	committee *branch.Organisation
	year      int
	review    chibo.Date
	regime    evaluation.RankingRegime
	// orgs are the committee and its cells; members maps an
	// organisation's id to the indexes in members of those registered
	// there, in file order.
	orgs     []*branch.Organisation
	byOrg    map[string][]int
	members  []evaluation.MemberRanking // after the quota, in file order
	quota    []evaluation.GroupQuota    // the members' quota, group by group
	ranked   []evaluation.OrgRanking    // the committee, the cells, then the leadership collectives, after the cells' quota
	orgQuota []evaluation.GroupQuota    // the cells' quota
	// noInputs are the organisations given no year inputs (not ranked).
	noInputs []*branch.Organisation
	// prevYear is the year of the previous rankings; havePrev whether any
	// were given (and usable).
	prevYear int
	havePrev bool
	flags    []evaluation.Flag
	problems []*Problem
}

// rank ranks the checked file: members, their quota group by group, the
// organisations and leadership collectives, the cells' quota, and the
// consequences of the previous year's rankings. The problems found on the
// way (inputs the regime rejects, members without inputs) are added to
// the checker's.
func rank(in *input, d *decoder) *report {
	f := in.file
	r := &report{src: f, committee: &f.Committee, year: in.year, review: in.review, regime: in.regime, orgs: in.orgs,
		byOrg: map[string][]int{}, prevYear: in.prevYear}
	probs := in.probs
	add := func(at, path, record, value, detail string) {
		p := d.newProblem(at, value, detail)
		p.Path, p.Record = path, record
		probs = append(probs, p)
	}
	reg := &r.regime
	defaultGroup := f.Committee.ID

	// Members.
	for _, e := range in.roster {
		id := e.m.ID
		if in.badYear[id] {
			continue
		}
		y, given := f.Members[id]
		if !given {
			// Only a member who is not ranked whatever the inputs (exempt,
			// admitted less than 6 months before, dead or outside the
			// Party) may go without: the library decides, on placeholder
			// inputs that a not-ranked result never shows.
			try := evaluation.MemberYear{Member: e.m, Year: in.year, ReviewDate: in.review}
			if !reg.Scored {
				try.Tasks = evaluation.GradeAverage
			}
			res := reg.RankMember(&try)
			if res.Rank == evaluation.NotRanked {
				res.Score = 0
				r.add(res, e.org.ID)
				continue
			}
			add(e.path+".id", keyPath("members", id), recordName("member year", id), "",
				"missing: the member is ranked this year (not exempt, admitted 6 months or more before the review), so the year's inputs are required")
			continue
		}
		y.Member, y.Year = e.m, in.year
		if y.ReviewDate.IsZero() {
			y.ReviewDate = in.review
		}
		if y.Group == "" {
			y.Group = defaultGroup
		}
		if err := reg.ValidateMember(&y); err != nil {
			for _, e := range unjoin(err) {
				var ie *evaluation.InputError
				field, value, detail := "", "", e.Error()
				if errors.As(e, &ie) {
					field, value, detail = ie.Field, ie.Value, ie.Detail
				}
				p := keyPath(keyPath("members", id), field)
				add(p, p, recordName("member year", id), value, detail)
			}
			continue
		}
		r.add(reg.RankMember(&y), e.org.ID)
	}
	q := evaluation.ApplyQuota(r.members, reg.Quota)
	r.members, r.quota = q.Rankings, q.Groups

	// Organisations: the committee, then the cells, then the leadership
	// collectives.
	var cells []evaluation.OrgRanking
	rankOrg := func(o *branch.Organisation, m map[string]evaluation.OrgYear, bad map[string]bool, key string, committee bool) (evaluation.OrgRanking, bool) {
		y, given := m[o.ID]
		if !given || bad[o.ID] {
			return evaluation.OrgRanking{}, false
		}
		y.Org, y.Year, y.Committee = o, in.year, committee
		if y.ReviewDate.IsZero() {
			y.ReviewDate = in.review
		}
		if y.Group == "" && o != &f.Committee && !committee {
			y.Group = defaultGroup
		}
		if err := reg.ValidateOrganisation(&y); err != nil {
			for _, e := range unjoin(err) {
				var ie *evaluation.InputError
				field, value, detail := "", "", e.Error()
				if errors.As(e, &ie) {
					field, value, detail = ie.Field, ie.Value, ie.Detail
				}
				p := keyPath(keyPath(key, o.ID), field)
				kind := "organisation year"
				if committee {
					kind = "leadership year"
				}
				add(p, p, recordName(kind, o.ID), value, detail)
			}
			return evaluation.OrgRanking{}, false
		}
		return reg.RankOrganisation(&y), true
	}
	var committeeRank []evaluation.OrgRanking
	for i, o := range in.orgs {
		res, ok := rankOrg(o, f.Organisations, in.badOrg, "organisations", false)
		switch {
		case !ok:
			if _, given := f.Organisations[o.ID]; !given {
				r.noInputs = append(r.noInputs, o)
			}
		case i == 0:
			committeeRank = append(committeeRank, res)
		default:
			cells = append(cells, res)
		}
	}
	oq := evaluation.ApplyOrgQuota(cells, reg.Org.Quota)
	r.ranked = append(committeeRank, oq.Rankings...)
	r.orgQuota = oq.Groups
	for _, o := range in.orgs {
		if res, ok := rankOrg(o, f.Leadership, in.badLead, "leadership", true); ok {
			r.ranked = append(r.ranked, res)
		}
	}

	// Consequences.
	if pv := f.Previous; pv != nil && (pv.Year == 0 || pv.Year == in.year-1) {
		r.havePrev = true
		var pm []evaluation.MemberRanking
		for _, id := range sortedKeys(pv.Members) {
			pm = append(pm, evaluation.MemberRanking{ID: id, Year: in.prevYear, Rank: pv.Members[id]})
		}
		var po []evaluation.OrgRanking
		for _, l := range []struct {
			m         map[string]evaluation.Rank
			committee bool
		}{{pv.Organisations, false}, {pv.Leadership, true}} {
			for _, id := range sortedKeys(l.m) {
				po = append(po, evaluation.OrgRanking{ID: id, Year: in.prevYear, Rank: l.m[id], Committee: l.committee})
			}
		}
		r.flags = append(evaluation.Consecutive(pm, r.members), evaluation.ConsecutiveOrgs(po, r.ranked)...)
	}
	sortProblems(probs)
	r.problems = probs
	return r
}

// file returns the review file.
func (r *report) file() *File { return r.src }

// add records a member's ranking under its organisation.
func (r *report) add(res evaluation.MemberRanking, org string) {
	r.byOrg[org] = append(r.byOrg[org], len(r.members))
	r.members = append(r.members, res)
}

// count returns the number of rankings at each level (index Rank).
func count(rs []evaluation.MemberRanking, idx []int) [5]int {
	var c [5]int
	for _, i := range idx {
		if k := rs[i].Rank; int(k) < len(c) {
			c[k]++
		}
	}
	return c
}

// countText is "HTXS 1, HTT 5, HTNV 1, KHTNV 1, không xếp loại — not ranked 2".
func countText(c [5]int) string {
	s := ""
	for _, k := range []evaluation.Rank{evaluation.Outstanding, evaluation.CompletedWell, evaluation.Completed, evaluation.NotCompleted} {
		s += fmt.Sprintf("%s %d, ", k.Abbr(), c[k])
	}
	return s + "không xếp loại — not ranked " + strconv.Itoa(c[evaluation.NotRanked])
}
