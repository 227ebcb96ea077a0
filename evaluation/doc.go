// Package evaluation rates the quality of party-cell meetings (chất lượng
// sinh hoạt chi bộ) and reviews an organisation's meetings over a period.
// The annual evaluation and ranking of members and organisations (kiểm
// điểm, đánh giá, xếp loại chất lượng) will come to this package later.
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
package evaluation
