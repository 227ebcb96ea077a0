// Command annualreview ranks a party committee's year (kiểm điểm, đánh giá,
// xếp loại chất lượng hằng năm): every member of its cells, the cells and
// the committee itself, then the quota on the top level per group of
// comparable positions, and the consequences of two years running at the
// lowest level.
//
// Usage:
//
//	annualreview [-format table|json] [-year N] [FILE|-]
//
// The review file is read from FILE, or from standard input when FILE is
// absent or "-". When no FILE is given and standard input is a terminal,
// the command prints its usage and exits with code 2 instead of waiting
// for input. Flags and the file may come in any order; "--" ends the flags.
//
// Flags:
//
//	-format NAME   table (default, for people) or json (one JSON document)
//	-year N        the evaluation year, replacing the file's "year"
//
// The evaluation year chooses the rules (evaluation.RankingForYear): from
// 2025 the 2025 rules (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW: a
// 100-point score in bands 90/70/50 plus each level's conditions), for 2023
// and 2024 the 2023 rules (Quy định 124-QĐ/TW: criterion grades), before
// that the 2018 rules (Quy định 132-QĐ/TW with Hướng dẫn 16 and 21).
//
// # Input
//
// A review file is one JSON object in UTF-8 (a leading byte order mark is
// skipped). Keys are case-sensitive and written exactly as below; a key
// not listed here is an error at every level, as is a key given twice. A
// key whose value is null is the same as an absent key. Dates are strings
// "2025-12-18" or "18/12/2025"; numbers are numbers, never strings.
//
// The file's own keys:
//
//	committee      object, required: the đảng bộ cơ sở (kind
//	               "grass-roots-committee"), chi bộ cơ sở ("grass-roots-cell")
//	               or đảng bộ bộ phận ("sub-committee") reviewed, written as an
//	               organisation of package branch (go doc
//	               github.com/chibo-go/chibo/branch File): "id" (required),
//	               "name", "kind", "parent", "founded", "secretary",
//	               "deputies", "committee", "standing", "last_congress",
//	               "approved", "has_sub_committees", "once_per_term", and
//	               "members" — the members registered with it directly (a
//	               chi bộ cơ sở has no cells)
//	cells          list of organisations: the cells under the committee,
//	               kind "cell" (or "sub-committee"), "parent" absent or the
//	               committee's id, each with its "members"
//	year           integer, required unless -year is given: the evaluation year
//	review_date    date of the review meetings (in the year or the next);
//	               absent: 31 December of the year. The members' records are
//	               checked as of it; who is a member and who was admitted
//	               6 months before is judged on it.
//	members        object: each member's year, keyed by member id (below)
//	organisations  object: the committee's and each cell's year, keyed by
//	               organisation id (below)
//	leadership     object: the year of a leadership collective (đảng uỷ,
//	               chi uỷ), keyed by its organisation's id, the same keys
//	previous       object: the final rankings of the year before (below)
//
// A member (in "members" of the committee or a cell) is written as package
// member writes it: "id" and "name" (required, the id unique in the whole
// file), "born", "gender", "decision_date" (the 6-month rule counts from
// it) or "card_date", "ceremony_date", "official_date", "died", "gaps"
// (list of {"kind", "from", "to", "cause"}), "discipline" (list of
// {"form": "khien-trach" | "canh-cao" | "cach-chuc" | "khai-tru", "date"}:
// a discipline decided in the evaluation year counts), "transfers",
// "badges", "exempt" (true: exempt from work and activities, not ranked),
// "seriously_ill", "branch". Each record must be consistent as of the
// review (member.Member.Validate).
//
// A member's year, in "members" under the member's id, has the keys of
// evaluation.MemberYear (go doc github.com/chibo-go/chibo/evaluation
// MemberYear) but "member" and "year", which come from the cells and the
// file:
//
//	group, priority      the group of comparable positions the quota counts the
//	                     member in (absent: the committee's id, as the 2018 rules
//	                     count per grass-roots organisation), and the committee's
//	                     order among equal scores (lower first)
//	score                the 100-point score (2025 rules; the quota orders by it
//	                     under every regime)
//	criteria, tasks      the grades of the general criteria (a list) and of the
//	                     task results (2018 and 2023 rules): "xuat-sac", "tot",
//	                     "trung-binh", "kem"
//	tasks_assigned, tasks_on_time, tasks_late, tasks_exceeded
//	                     the year's tasks: assigned, completed on time, completed
//	                     late, beyond requirement (among those completed)
//	leader               true for a leadership or management post, with
//	                     units_tasks_percent, units_late_percent,
//	                     units_exceeded_percent (the units led),
//	                     units_not_completed_percent (units under the member
//	                     ranked KHTNV), basic_targets_failed, and
//	                     low_confidence_percent (a vote of confidence in the
//	                     year; absent when none was held)
//	suspended, self_remedied, counted_before, degraded, maternity
//	                     true or false (see MemberYear)
//	sick_leave_days      sick leave in the year, in days
//	state_rank           the rating as a state employee: "htxs", "htt", "htnv",
//	                     "khtnv" (the 2018 rules couple it)
//	review_date          this member's review, when not the file's
//
// Every member on the roster needs a year, except those who are not ranked
// whatever the inputs — exempt, admitted less than 6 months before the
// review, dead or outside the Party on the review date: for them the entry
// may be left out (the library decides, and the output says why).
//
// An organisation's year, in "organisations" or "leadership" under the
// organisation's id, has the keys of evaluation.OrgYear but "org", "year"
// and "committee": "group" and "priority" (the cells' quota; absent: the
// committee's id), "score", "criteria", "tasks",
// "tasks_on_time_percent", "tasks_late_percent",
// "tasks_exceeded_percent" (whole percent), "targets", "targets_met",
// "main_targets_failed", "subordinates", "subordinates_disciplined",
// "subordinates_not_completed", "subordinate_violation",
// "leadership_disciplined", "leadership_worst_form" (the most severe form
// given to a member of the leadership collective in the year),
// "collective_disciplined", "self_remedied", "counted_before",
// "disunity", "degraded", "members_ranked", "members_not_completed",
// "founded", "review_date". An organisation without a year is not ranked.
//
// The previous year's rankings:
//
//	year           the year before the evaluation year (absent: that year)
//	members        object: member id → "htxs", "htt", "htnv", "khtnv" or "not-ranked"
//	organisations  object: organisation id → rank
//	leadership     object: organisation id → the rank of its leadership collective
//
// A small example:
//
//	{
//	  "committee": {"id": "db-x", "name": "Đảng bộ xã X", "kind": "grass-roots-committee"},
//	  "cells": [
//	    {"id": "cb-a", "name": "Chi bộ thôn A", "kind": "cell", "parent": "db-x",
//	     "members": [
//	       {"id": "a1", "name": "Nông Văn An", "decision_date": "2010-05-01", "official_date": "2011-05-01"},
//	       {"id": "a2", "name": "Ma Thị Bình", "decision_date": "1962-03-02", "official_date": "1963-03-02", "exempt": true}
//	     ]}
//	  ],
//	  "year": 2025,
//	  "review_date": "2025-12-18",
//	  "members": {
//	    "a1": {"group": "dang-vien", "score": 92, "tasks_assigned": 10, "tasks_on_time": 10, "tasks_exceeded": 4}
//	  },
//	  "organisations": {
//	    "cb-a": {"score": 88, "tasks_on_time_percent": 100, "tasks_exceeded_percent": 20}
//	  },
//	  "previous": {"year": 2024, "members": {"a1": "htt"}}
//	}
//
// The samples in testdata: committee2025.json (Đảng bộ xã Phúc Lâm, three
// cells and 28 members under the 2025 rules: a group whose HTXS proposals
// exceed the quota, a member disciplined in the year, a leader with 56%
// low-confidence votes, a new member and an exempt member not ranked, a
// member and a cell at KHTNV two years running), committee2024.json (the
// same people in 2024 under the 2023 rules, by grades; its results are the
// "previous" of the 2025 file) and invalid.json (bad records mixed with
// good ones). The names and figures are illustrative, not real records.
//
// # What is done
//
// Each member's year is ranked by the regime of the year
// (evaluation.RankingRegime.RankMember); the quota is applied to all the
// members, group by group (evaluation.ApplyQuota: in each group T = HTXS
// proposals + HTT rankings, at most the largest x with x ≤ 1/5 × (T − x)
// keep HTXS, in the order score, priority, id). The committee and the
// cells with a year are ranked (RankOrganisation), and the quota applied to
// the cells (ApplyOrgQuota); the committee itself, and the leadership
// collectives, are counted by the superior level among their peers, so no
// quota is applied to them here. With "previous", the members and
// organisations ranked KHTNV in both years are flagged
// (evaluation.Consecutive: the Hướng dẫn 02-HD/BTCTW list, never an
// automatic removal; evaluation.ConsecutiveOrgs: consolidation, advisory,
// as no document was found for it).
//
// Every problem is printed to standard error, one a line, with its place
// in the input, the JSON path (which names the field), the record and the
// value:
//
//	annualreview: invalid record: line 31, column 21: members.A2.score: member year "A2": value 120: the score must be between 0 and 100
//
// A record with a problem is left out — a member whose record or year is
// invalid is not ranked, an organisation whose year is invalid neither —
// and the rest is ranked and printed; problems of the committee's or a
// cell's own keys are reported and the organisation kept.
//
// # Output
//
// table prints, in Vietnamese with English alongside: the committee, the
// year, the rules and the quota rule; (1) each cell's members with their
// group, score or grades (task results, then the general criteria in
// brackets: XS, T, TB, K), the level proposed and the final level after
// the quota, and under each member the reasons that decided it, each with
// its rule id, in Vietnamese then English; (2) the quota of every group:
// T, the maximum, the proposals, how many kept HTXS, and the audit order —
// who keeps HTXS and who is moved down to HTT — with the rule's reason;
// (3) the organisations' and leadership collectives' rankings with their
// reasons, and the cells' quota; (4) the consequences: each flag with its
// rule, its reason in both languages and its source, organisations' flags
// marked advisory.
//
// json prints one JSON document:
//
//	committee      {"id", "name", "kind"}
//	year, review_date, regime
//	basis, guidance                the regime's documents (chibo.Source)
//	members        evaluation.MemberRanking for every member ranked or not
//	               ranked (id, name, branch, group, year, regime, rank,
//	               proposed, score, priority, demoted, reasons), file order
//	organisations  evaluation.OrgRanking: the committee, the cells, then the
//	               leadership collectives ("committee": true)
//	organisations_without_inputs   ids of organisations given no year
//	quota          {"members": [GroupQuota], "organisations": [GroupQuota]}:
//	               group, total, max, proposed, kept, order, demoted, reason;
//	               groups in which nobody is counted are left out
//	previous_year  the year of "previous", when given
//	flags          evaluation.Flag: id, name, organisation, committee, years,
//	               rule, advisory, reason
//	rejected       every problem, as the lines printed on standard error
//
// # Exit codes
//
//	0  the file was sound and ranked (also for -h, which prints the usage)
//	1  the file has invalid records (printed to standard error; the rest is
//	   ranked and printed), or the input is not one JSON object, has no
//	   year, or cannot be read (nothing is ranked)
//	2  usage error: an unknown flag, -format or -year, more than one file,
//	   a file that cannot be opened, or no file with a terminal on standard
//	   input
//
// Examples:
//
//	go run ./examples/annualreview examples/annualreview/testdata/committee2025.json
//	go run ./examples/annualreview -format json < examples/annualreview/testdata/committee2024.json
//	go run ./examples/annualreview examples/annualreview/testdata/invalid.json
package main
