// Command meetingreview reviews how a party organisation met over a
// period (đánh giá chất lượng sinh hoạt chi bộ, sinh hoạt cấp uỷ): a cell
// (chi bộ) on its own, or a grass-roots committee (đảng bộ cơ sở) with its
// cells — the report a forum on raising the quality of meetings needs.
//
// Usage:
//
//	meetingreview [-format table|json] [-scheme 2018|2025|binh-thuan] [FILE|-]
//
// The meeting file is read from FILE, or from standard input when FILE is
// absent or "-". When no FILE is given and standard input is a terminal,
// the command prints its usage and exits with code 2 instead of waiting
// for input. Flags and the file may come in any order; "--" ends the flags.
//
// Flags:
//
//	-format NAME   table (default, for people) or json (one JSON document)
//	-scheme NAME   rate every meeting by one scheme: 2018 (Hướng dẫn
//	               12-HD/BTCTW, đạt / chưa đạt), 2025 (Hướng dẫn
//	               42-HD/BTCTW, 100 points) or binh-thuan (the Bình Thuận
//	               sheet); by default each meeting is rated by the scheme in
//	               force on its date: 2018 before 28/10/2025, 2025 from it
//	               (evaluation.SchemeOn)
//
// # Input
//
// The input is a meeting file (branch.File), read with branch.ReadFile: one
// JSON object with the organisation reviewed and its members, for a
// committee its cells, the meeting records of all of them, and the period
// ("from", "to"). The format — every key, the dates (2024-01-31 or
// 31/01/2024), the times ("19:30"), the meeting kinds and the attendance
// lists — is documented on the type:
//
//	go doc github.com/chibo-go/chibo/branch File
//
// The samples in testdata are examples of it: cell.json (one village cell,
// 2024), committee.json (a đảng bộ cơ sở with three cells, 2025, the last
// two months under the 2025 scheme) and invalid.json (bad records mixed
// with good ones).
//
// # What is reviewed
//
// An organisation of kind "grass-roots-committee" or "sub-committee" is
// reviewed with its cells by evaluation.ReviewCommittee; any other ("cell",
// "grass-roots-cell") alone by evaluation.ReviewOrganisation. Both use the
// default schedule rules (branch.ScheduleRules: the committee meets
// monthly, every cell holds a cell-committee meeting before its own).
//
// Every problem branch.ReadFile finds is printed to standard error, one a
// line, with its place in the input, the record (its id), the field (as a
// JSON path) and the value:
//
//	meetingreview: invalid record: line 22, column 114: meetings[3].end: meeting "pn-2024-02": end=19:00: end not after start: …
//
// A meeting record with a problem is left out of the review, which goes on
// with the rest (a month whose only meeting was left out shows as missed);
// members and organisations with a problem are reported and kept, so that
// the meetings they attended are still reviewed. A record the review itself
// rejects (evaluation.Review.Rejected) is printed the same way, prefixed
// "rejected by the review".
//
// # Output
//
// table prints, in Vietnamese with English alongside, for a cell: the
// meetings held and their levels month by month with the attendance and its
// trend; the schedule gaps (a month without a regular meeting, a quarter
// without a thematic meeting, no cell-committee meeting first, a meeting
// shorter than 90 minutes, or 120 for a combined one from 28/10/2025); every
// meeting rated, with the reasons of those below the top level; the members
// absent with a reason more than 3 times in a row in a year; and the
// members absent without a reason in 3 months of a year, the ground on
// which the cell considers proposing removal (xoá tên). For a committee:
// its own committee meetings and plenaries month by month and their gaps,
// the cells at a glance, the attendance of each cell month by month, the
// organisations that need attention and why, then each cell as above.
// Dates are dd/mm/yyyy, percentages rounded down to one decimal.
//
// json prints one JSON document:
//
//	organisation   {"id", "name", "kind"} of the organisation reviewed
//	from, to       the period, YYYY-MM-DD
//	scheme         "2018", "2025", "binh-thuan", or "by-date" (the default)
//	review         for a cell, an evaluation.Review as the library marshals it:
//	               org, name, from, to, assessments (each meeting rated: level
//	               "dat", "chua-dat", "tot", "kha", "trung-binh" or "kem",
//	               score, max, criteria, failed, reasons), levels ({"dat": 9,
//	               "chua-dat": 4}), months (held, other, levels, present,
//	               counted, attendance_permille per month), gaps (month, rule
//	               "branch.schedule.monthly", "….thematic-quarterly",
//	               "….cell-committee-first", "….duration", "….committee",
//	               "….plenary-twice-yearly", meeting, source, vi, en),
//	               absent_too_often and skipped (member_id, name, year,
//	               count, meetings, months, reason); a list the library
//	               leaves empty is written null.
//	               For a committee, an evaluation.CommitteeReview:
//	               {"committee": Review, "cells": [Review, …], "attention":
//	               [{"org", "name", "reasons"}, …]}.
//	rejected       every problem as a string: those of the file, then those
//	               of the review; [] when there are none
//
// # Exit codes
//
//	0  the file was sound and reviewed (also for -h, which prints the usage)
//	1  the file has invalid records (they are printed to standard error and
//	   the rest is reviewed and printed), or the input is not one JSON object
//	   or cannot be read (nothing is reviewed)
//	2  usage error: an unknown flag, -format or -scheme, more than one file,
//	   a file that cannot be opened, or no file with a terminal on standard
//	   input
//
// Examples:
//
//	go run ./examples/meetingreview examples/meetingreview/testdata/committee.json
//	go run ./examples/meetingreview -format json < examples/meetingreview/testdata/cell.json
//	go run ./examples/meetingreview -scheme 2025 examples/meetingreview/testdata/cell.json
package main
