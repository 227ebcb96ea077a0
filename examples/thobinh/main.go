// Command thobinh tells the Thổ Bình story of the chibo SPEC with
// illustrative data (dữ liệu minh hoạ): the party committee of Thổ Bình
// commune (Đảng bộ xã Thổ Bình) and its cells, the Party membership badge
// round of 2 September 2022 — a 30-year badge to a member of the commune
// health-station cell and 40-year badges to members of the Nà Vài and Bản
// Phú village cells — and the coming year's schedule of badges; the forum on
// raising the quality of committee and branch meetings, 2022–2025, with the
// review of how every cell and the commune committee met; and the member
// lifecycle the commune resolved on: admitting new members and screening
// out those who no longer qualify; and the year-end review of its members
// in 2024 and 2025, under the rules of each year.
//
// Usage:
//
//	go run ./examples/thobinh
//
// The roster is the file roster.csv next to this program, embedded in the
// binary and read with member.ReadCSV: it is also an example of the roster
// CSV format (SPEC, "Roster CSV"). The names, dates and histories are
// invented; they are not real party records. The meeting records are
// generated from the roster by a fixed rule with planted situations
// (meetings.go), and the applications, dues book and returned card are
// written in lifecycle.go: all illustrative, and the same at every run.
//
// The program prints, in Vietnamese with English alongside:
//
//  1. the cells and their member counts on the round date;
//  2. the nominations of the round of 02/09/2022 (award.Nominate, regime in
//     force: 2021), with the gift of each badge (award.GiftFor);
//  3. every member's decision with its main reason, grouped by cell;
//  4. the milestones reached from 03/09/2022 to 02/09/2023 and their rounds
//     (award.Schedule);
//  5. the forum: the situations planted in the records, then the review of
//     2024 under the 2018 criteria and of November–December 2025 under the
//     2025 100-point scheme (evaluation.ReviewCommittee): meetings and levels
//     per cell, attendance month by month, schedule gaps, the meetings that
//     fell short and why, the organisations that need attention and why, the
//     members absent with a reason too often and those who skipped meetings
//     in 3 months of the year;
//  6. two applications for admission checked on 14/06/2024
//     (member.CheckAdmission): one qualifies, one is under 18 counted by
//     month with a single introducer;
//  7. the probationary members' ceremony and recognition deadlines in
//     working days (member.ProbationOf with chibo.VietnamCivilService);
//  8. the screening of 2024 (member.ScreenRoster): the months skipped from
//     the meeting review, unpaid dues and a returned card, each member with
//     the ground;
//  9. the year-end review of the same people for 2024 under the 2023 rules
//     (Quy định 124-QĐ/TW, criterion grades) and for 2025 under the 2025
//     rules (Quy định 366-QĐ/TW, a 100-point score with each level's
//     conditions), side by side with why each outcome changed
//     (evaluation.RankingRegime.RankMember), the quota per group of
//     comparable positions in each year (evaluation.ApplyQuota) and the
//     members ranked KHTNV two years running (evaluation.Consecutive). The
//     yearly inputs are illustrative, built by a fixed rule from the roster
//     with the story's situations (ranking.go).
//
// Source files: roster.go (the roster and the cells), badges.go (sections
// 1–4), meetings.go (the meeting generator and the planted situations),
// forum.go (section 5), lifecycle.go (sections 6–8), ranking.go (section
// 9), print.go (the report's frame and helpers).
//
// It exits with status 1 if the embedded roster cannot be read.
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

// Dates of the story.
var (
	// roundDate is the round of the story: National Day, 02/09/2022.
	roundDate = chibo.DateOf(2022, time.September, 2)
	// scheduleFrom and scheduleTo bound the coming year's schedule.
	scheduleFrom = chibo.DateOf(2022, time.September, 3)
	scheduleTo   = chibo.DateOf(2023, time.September, 2)
)

// main builds the report from the embedded roster and prints it.
func main() {
	roster, err := loadRoster(rosterCSV)
	if err != nil {
		fmt.Fprintln(os.Stderr, "thobinh:", err)
		os.Exit(1)
	}
	r := buildReport(roster, roundDate, scheduleFrom, scheduleTo)
	if err := printReport(os.Stdout, r); err != nil {
		fmt.Fprintln(os.Stderr, "thobinh:", err)
		os.Exit(1)
	}
}

// Report is everything the program prints: the data, computed once, so
// that tests can check it.
type Report struct {
	Round       chibo.Date
	Regime      award.Regime // the regime in force on Round
	Cells       []CellSummary
	Total       CellSummary // the sum over the cells
	Nominations award.Nominations
	Awards      []Award // Nominations.Awards with their cells and gifts
	ByCell      []CellDecisions
	From, To    chibo.Date
	Schedule    []award.Upcoming
	Rejected    []award.Rejection // records Schedule could not use
	// Forum is the meeting-quality forum: the illustrative meeting records
	// of 2024 and November–December 2025 and their reviews.
	Forum Forum
	// Lifecycle is the admission checks, the probation timelines (as of
	// Round) and the screening of 2024.
	Lifecycle Lifecycle
	// Annual is the year-end review of 2024 (2023 rules) and 2025 (2025
	// rules) for the same people, with illustrative inputs.
	Annual Annual
}

// buildReport decides the round for every member of the roster, computes
// the schedule from from to to, holds the meeting forum and checks the
// member lifecycle (admission, probation as of round, screening).
func buildReport(roster []member.Member, round, from, to chibo.Date) Report {
	regime := award.RegimeOn(round)
	r := Report{Round: round, Regime: regime, From: from, To: to}
	r.Nominations = award.Nominate(roster, round)
	for _, n := range r.Nominations.Awards {
		r.Awards = append(r.Awards, Award{Nominee: n, Cell: cellOf(n.Member.Branch), Gift: award.GiftFor(n.Milestone, round)})
	}

	index := map[string]int{}
	for _, c := range cells {
		index[c.ID] = len(r.Cells)
		r.Cells = append(r.Cells, CellSummary{Cell: c})
		r.ByCell = append(r.ByCell, CellDecisions{Cell: c})
	}
	r.Total.Cell = Cell{ID: "", VI: "Toàn Đảng bộ", EN: "whole committee"}
	for i := range roster {
		m := &roster[i]
		k, ok := index[m.Branch]
		if !ok {
			k = len(r.Cells)
			index[m.Branch] = k
			c := cellOf(m.Branch)
			r.Cells = append(r.Cells, CellSummary{Cell: c})
			r.ByCell = append(r.ByCell, CellDecisions{Cell: c})
		}
		for _, s := range []*CellSummary{&r.Cells[k], &r.Total} {
			countMember(s, m, round)
		}
		r.ByCell[k].Decisions = append(r.ByCell[k].Decisions, regime.Decide(m, round))
	}
	r.Schedule, r.Rejected = award.Schedule(roster, from, to)

	cal := chibo.VietnamCivilService()
	r.Forum = buildForum(roster, cal)
	r.Lifecycle = buildLifecycle(roster, r.Forum.Commune.Committee.Members, round, cal, r.Forum.Skipped())
	r.Annual = buildAnnual(r.Forum.Commune.Committee.Members)
	return r
}
