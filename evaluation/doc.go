// Package evaluation rates the quality of party-cell meetings (chất lượng
// sinh hoạt chi bộ), reviews an organisation's meetings over a period, and
// ranks members and organisations in the annual evaluation (kiểm điểm,
// đánh giá, xếp loại chất lượng), with the quota on the top level and the
// consequences of repeated low rankings.
//
// # Meeting quality
//
// A cell meeting — regular (thường kỳ), thematic (chuyên đề) or the two
// combined — is rated after it ends, from its record (branch.Meeting) and
// its context (Context: the organisation, its other meetings). Meetings of
// other kinds (cell committee, committee, plenary) are not rated: their
// Level is LevelNone and the reason says why. A scheme (Scheme) is the set
// of criteria a meeting is judged by; each criterion returns its points, or
// met or not, and a reason in Vietnamese and English with the values it
// used (17 of 20 present, 85.0%; 100 minutes, 20 short of 120; …), citing
// its source with a confidence. The package has three schemes, all plain
// values that can be printed, pinned and copied:
//
//	Scheme           From        Rates                         Source and confidence
//	Scheme2018       06/07/2018  đạt / chưa đạt                HD 12-HD/BTCTW: verified (two criteria need the cell's judgement)
//	Scheme2025       28/10/2025  100 points, 4 levels          HD 42-HD/BTCTW as itemised by a third-party app: secondary
//	                                                           (durations verified; two bandings from a ward sheet, local)
//	SchemeBinhThuan  (undated)   100 points, 4 levels + rule   Bình Thuận handbook: verified there; criteria of Scheme2025
//
// SchemeOn picks the scheme in force on a date (Scheme2025 from
// 28/10/2025, Scheme2018 before, and for dates before 2018 too, as the
// library models nothing earlier); Assess uses it. A province supplies its
// own scheme by cloning one and changing criteria, bands or parameters
// (Scheme.Clone, Scheme.Validate); nothing global is patched.
//
// The 2018 framework (Hướng dẫn 12-HD/BTCTW, 06/07/2018) is pass/fail: a
// meeting is đạt (Met) when all thirteen criteria hold — more than 85% of
// the counted members present (summoned less exempt; compared in integers,
// so 17 of 20 = 85.0% fails), nobody absent without a reason, nobody absent
// with a reason more than 3 consecutive times in the calendar year,
// preparation by the secretary, a cell-committee meeting first, a draft
// resolution, every step in order, praise and criticism, many speakers, at
// least 90 minutes, complete minutes, the party's principles, and good
// results on the previous resolution.
//
// The 2025 framework (Hướng dẫn 42-HD/BTCTW, 28/10/2025, implementing Chỉ
// thị 50-CT/TW) scores ten criteria to 100 points. Only news summaries of
// HD 42 were read: its 90 and 120 minutes are verified, the itemisation
// into ten criteria comes from a third-party app, and the bandings of a
// short meeting and of the previous resolution's results come from the An
// Phú ward sheet (Kế hoạch 08-KH/ĐU, 19/09/2025), a local document. The
// levels — Tốt (Good) from 90, Khá (Fair) from 70, Trung bình (Average)
// from 50, Kém (Poor) below — are those of three local and third-party
// sheets; whether HD 42 itself fixes them was not read. Bình Thuận's
// handbook adds a rule to the same bands: Tốt also needs full marks on
// attendance, duration, members' participation in discussion and the
// minutes, and 90 points without them is Khá (Scheme.TopRequiresFull).
// Its own criteria weights were not retrieved, so SchemeBinhThuan scores
// with the 2025 criteria and says so in its Source.
//
// # What needs the cell's judgement
//
// Some criteria are judgements that no record can settle: "many members
// speak" and "good results" (2018), full content with praise, criticism and
// many opinions (4.2, 25 points) and the secretary's chairing (4.3, 10
// points) in 2025. The rules give no number for them, and the library does
// not invent one: the cell's own score, recorded in Meeting.Scores under
// the criterion's ID, decides, clamped to the criterion's maximum. Without
// it a 2025 judgement criterion gets 0 points and a 2018 one is not met,
// and the reason says the cell did not score it — except "many members
// speak", where the library falls back to at least one speaker and marks
// that reading Inferred. Criterion 3.2 (cell-committee meeting or the
// secretary's notice, documents posted a day ahead) is computed from the
// record — 3 points for the committee meeting, 2 for posting, the
// library's reading after the An Phú sheet — unless the cell scored it
// (the notice is not in the record). In every case the directly superior
// committee decides the official level; the library computes the
// self-assessment.
//
// Scheme.Check gives the level and the score without reasons and without
// allocating, for bulk work; Scheme.Assess gives the reasons too.
//
// # Review
//
// ReviewOrganisation reviews a cell (or a committee) over a period: every
// cell meeting rated, the count at each level, the meetings held and the
// attendance month by month (the trend), the schedule gaps of
// branch.Compliance (missed months, no thematic meeting in a quarter, no
// cell-committee meeting first, short meetings, missed committee meetings
// and plenaries), the members absent with a reason more than 3 times in a
// row in a calendar year (HD 12-HD/BTCTW), and the members absent without a
// reason from meetings in 3 or more months of a calendar year — the ground
// on which the cell considers proposing removal from the rolls (xoá tên,
// Quy định 29-QĐ/TW điểm 8.1, 24-QĐ/TW điểm 8; counting months
// cumulatively within the calendar year is the library's reading of a rule
// that does not say). Records that fail validation are listed in Rejected,
// never dropped silently. ReviewCommittee reviews a đảng bộ cơ sở and its
// cells at once and lists those that need attention, and why — the report
// a forum on raising the quality of cell meetings needs.
//
// # Annual ranking
//
// Every year each party member and each party organisation is reviewed
// (kiểm điểm) and ranked (đánh giá, xếp loại chất lượng) at one of four
// levels (Rank): Hoàn thành xuất sắc nhiệm vụ (HTXS, Outstanding), Hoàn
// thành tốt nhiệm vụ (HTT, CompletedWell), Hoàn thành nhiệm vụ (HTNV,
// Completed) and Không hoàn thành nhiệm vụ (KHTNV, NotCompleted). Some are
// not ranked at all (NotRanked). The evaluation year selects the rules
// (RankingForYear); each set is a plain value (RankingRegime) that a caller
// may copy and change:
//
//	Regime       Years        Documents                                         How a level is reached
//	Ranking2018  2018–2022    Quy định 132-QĐ/TW (08/03/2018), Hướng dẫn        grades of the criteria (Xuất sắc, Tốt,
//	                          16-HD/BTCTW (2018) and 21-HD/BTCTW (18/10/2019)    Trung bình, Kém) and the hard rules
//	Ranking2023  2023–2024    Quy định 124-QĐ/TW (04/10/2023), Hướng dẫn        grades and the hard rules
//	                          25-HD/BTCTW (10/11/2023)
//	Ranking2025  2025 on      Quy định 366-QĐ/TW (30/08/2025), Hướng dẫn        a 100-point score in bands 90/70/50
//	                          43-HD/BTCTW (31/10/2025)                          plus each level's conditions
//
// A member (MemberYear, RankingRegime.RankMember) is not ranked when exempt
// from party work and activities, suspended from party activities, admitted
// less than 6 months before the review (counted from the admission
// decision, calendar months clamped to the end of the month), or not a
// member on the review date; the result is NotRanked with the reason, never
// a level, and such members are outside the quota's base. Otherwise a level
// is the highest whose conditions hold — a level's conditions include those
// of the levels below it — unless a hard rule makes the member KHTNV: a
// criterion graded Kém, a discipline decided in the year (except, where the
// regime says so, for a violation the member detected and remedied, or one
// already counted in an earlier year), concluded degradation, and for
// leaders the results of the units they lead and, in 2025, more than half
// "low confidence" votes. The 2018 rules also cap a member with 3 months or
// more of sick leave at HTNV, and couple the party level to a state
// employee's rating (HTXS needs the state HTXS; a state KHTNV is a party
// KHTNV).
//
// Under the 2025 rules the score gives a band and each level has conditions
// (tasks on time, a share exceeded); the texts found do not say what
// happens when they disagree. The library takes the highest level whose
// conditions hold, using the score band as an upper bound (rules digest
// 2.15): 92 points with only 20% of tasks exceeded is HTT. This is an
// interpretation, and every such ranking says so in its reasons.
//
// Organisations (OrgYear, RankingRegime.RankOrganisation) — a chi bộ, a
// đảng bộ cơ sở, or its leadership collective (the committee) — are ranked
// the same way with their own rules: subordinate organisations disciplined
// (more than 20% is KHTNV under the 2023 rules), the leadership collective
// or its members disciplined (no HTXS in 2025; a member given a warning or
// more makes a 2018 leadership collective KHTNV), targets met, disunity. An
// organisation founded less than 6 months before the review is not ranked.
// The meeting-quality review of the year (Review) is reported in the
// reasons as information: the rules found do not tie the ranking to it, so
// a cap is offered only as an opt-in parameter (OrgRules.MeetingCap).
//
// The number ranked HTXS may not exceed 20% of those ranked HTT within each
// group of comparable positions (QuotaRule, ApplyQuota): demoting a
// candidate raises the HTT count, so the cap is computed on the final
// counts — the largest x with x ≤ 1/5 × (T − x), T the HTXS proposals plus
// the HTT rankings of the group, rounded down (17 gives 2; 6 gives 1). Who
// keeps the level is decided by score, then by a priority the committee
// gives, then by ID, and every member moved down gets the reason.
//
// Two years running at KHTNV put a member on the list the cell considers
// for education and help and then possibly removal (Hướng dẫn 02-HD/BTCTW,
// 2021): only if two thirds of the official members vote so; never
// automatically (Consecutive). An organisation at KHTNV two years running is
// flagged for consolidation as advisory information only: no document was
// found for it (ConsequenceRules).
//
// RankQuick and the quota's QuotaQuick are the bulk paths: no reasons, no
// allocation; RankMember and ApplyQuota give the same levels with their
// reasons. Every threshold is a field of the regime with its Source, whose
// Confidence says how firmly it is established; the points the research
// could not verify (the 2025 exclusions and individual KHTNV list, the
// 2025 ratio and its rounding) are marked Inferred or Unverified.
package evaluation
