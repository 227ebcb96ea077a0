// Package branch models party organisations — cells (chi bộ) and
// grass-roots committees (đảng bộ cơ sở) — with the rules on their
// structure, their votes and their meetings.
//
// # Structure
//
// A party organisation needs at least 3 official members (Điều lệ Đảng
// 2011, Điều 21 khoản 2); probationary members do not count (CanForm). A
// cell with fewer than 9 official members elects a secretary (bí thư) and
// at most one deputy; from 9 it elects a cell committee (chi uỷ) of at most
// 7 and from it the secretary and one deputy (Điều 24 khoản 4; Quy định
// 29-QĐ/TW, điểm 24; LeadershipFor). A grass-roots organisation of fewer
// than 30 members is a chi bộ cơ sở, from 30 a đảng bộ cơ sở; the other way
// round, or a đảng bộ cơ sở with sub-committees, needs the superior
// committee's approval (Điều 21 khoản 3; GrassRootsFor). A grass-roots
// committee of 9 or more elects a standing committee (Điều 22 khoản 5;
// NeedsStanding). A cell under a committee holds its congress twice in 5
// years, movable 6 months with consent (Điều 24 khoản 3); a cell in the
// 2025 pilot of Quy định 294-QĐ/TW and a grass-roots organisation, every 5
// years (NextCongress). Organisation.Check reports every rule an
// organisation breaks on a date.
//
// # Votes
//
// The vote base of a conference of all members is the official members
// summoned less those on temporary transfer, exempt and absent, suspended
// or prosecuted, and absent throughout with an approved reason (Quy định
// 24-QĐ/TW, điểm 9.3.2; VoteBase). A resolution needs more than half of
// the base — not of those present (Majority). Admission and recognition
// need two thirds, computed in integers (TwoThirds); three votes on a
// recognition that settle nothing send it to the superior committee
// (Recognition). The quorum usually quoted, two thirds of those summoned,
// is in no primary text read: Quorate takes it as a parameter and marks its
// source Unverified.
//
// # Meetings
//
// A Meeting records one meeting: kind, date and times, who was summoned,
// present, absent with or without reason, or exempt, and the facts the
// quality schemes ask about. Compliance checks an organisation's meetings
// over a period: a regular cell meeting every month (Điều 24 khoản 2), the
// cell committee meeting before it, a thematic meeting every quarter, at
// least 90 minutes (120 when combined with a thematic meeting, from
// Hướng dẫn 42-HD/BTCTW of 28/10/2025), the committee's own meetings at the
// frequency of its working regulations (monthly by default) and two
// plenaries a year for a đảng bộ cơ sở (Quy định 24-QĐ/TW, điểm 20). The
// quality of each meeting is assessed by package evaluation.
package branch
