// Package award decides the Party membership badge (Huy hiệu Đảng): which
// milestone of party age a member has reached, whether the badge is
// awarded in a round, early or posthumously, or deferred, and why.
//
// # The rules
//
// A member receives a badge at each milestone of party age (mốc tuổi
// đảng). Since Quy định 29-QĐ/TW (25/07/2016) the milestones are 30, 40,
// 45, 50, 55, 60, 65, 70, 75, 80, 85 and 90 years; before it there was no
// 45-year badge. Party age is computed by package member (Member.PartyAge,
// Member.ReachesOn).
//
// Badges are awarded in rounds (đợt) on 3/2, 19/5, 2/9 and 7/11 each year,
// and on other occasions a committee adds (Rounds.Extra). A member goes to
// the first round on or after the milestone date, inclusive (the
// library's reading of "kịp thời", Hướng dẫn 01-HD/TW 2021, mục 18). The
// round date is the consideration date: the regime in force on it applies,
// and windows and deferrals are measured to it.
//
// The decision for a member and a round (Regime.Decide) is one of:
//
//   - eligible, regular: the highest milestone reached and above every
//     badge held; lower milestones reached but never received are reported
//     in Missed and not awarded;
//   - eligible, early for serious illness (xét tặng sớm): up to 12 months
//     before the milestone (2011, 2016; 2021 for 30–65 years) or 24 months
//     (2021 for 70–90 years);
//   - eligible, posthumous (truy tặng): party age at death reached the
//     milestone; early posthumous (2021 on): it fell short by at most 12
//     months;
//   - deferred: party discipline delays a due badge (2016: 6 months after a
//     warning, 12 after a dismissal; 2021: 6 after a reprimand, 9 after a
//     warning, 12 after a dismissal — a reading the sources dispute, see
//     Regime2021Handbook);
//   - not due: the next milestone, its date and its round;
//   - ineligible: expelled or struck off (and the badges to return), died
//     while probationary, or died short of the next milestone beyond the
//     posthumous window.
//
// Every Decision carries the Reasons that produced it, each with a stable
// rule identifier (RuleMilestone, RuleEarlyIllness, …), its Source and a
// Vietnamese and an English text with the dates and spans used. Regime.Check
// returns the same Outcome without reasons and without allocating, for bulk
// work; Regime.Nominate decides a whole roster and reports every record it
// could not decide.
//
// The gift (tiền thưởng) is a multiple of the base salary in force on the
// award date (Hướng dẫn 56-HD/VPTW, mục IV.2); the 45, 85 and 90-year
// badges have no multiple in any source, and GiftFor reports them unknown.
//
// # Regimes
//
//	Name           In force from  Basis                              Confidence of the badge text
//	2011           01/11/2011     QĐ 45-QĐ/TW; HD 06-HD/TU Nghệ An    secondary (local application)
//	2016           25/07/2016     QĐ 29-QĐ/TW; HD 01-HD/TW 2016       verified
//	2021           30/07/2021     QĐ 24-QĐ/TW; HD 01-HD/TW 2021       verified (deferral: unverified)
//	2021-handbook  (variant)      as 2021, deferral 6/12 months       unverified
//	2025           01/07/2025     QĐ 294-QĐ/TW; HD 38-HD/BTCTW        unverified: values of 2021
//	2026           26/07/2026     QĐ 208-QĐ/TW                        unverified: values of 2025
//
// RegimeOn picks the regime in force on a date. Each regime is a plain
// value: copy one, change a field, and pass the copy to decide by a local
// reading.
//
// # Performance
//
// Check, the bulk path, decides a member in about 85–105 ns on a 2-core
// machine without allocating; Decide, with its reasons, in about 1.3 µs
// with 2 allocations. One round for 5.6 million members takes about 0.4 s
// on one core (benchmarks/ in the repository compares the same rule written
// in CEL and in Rego, and times the national round). NominateParallel
// spreads a roster over goroutines; Compile turns a roster into 20-byte
// Compact records once, and DecideAll then decides a round for all of
// them with exactly Check's outcomes in about 23 ns per member (0.13 s for
// 5.6 million members).
//
// # Readings the library had to choose
//
// Where the documents are silent the library decides by a documented
// default, marks the Source's Confidence, and leaves the point to the
// caller: the round policy (first round on or after, inclusive); the
// consideration date (the round date); skipped milestones (only the
// highest is awarded); the 2021 deferral table (two readings); the 2025
// and 2026 values (copied from 2021); deferral applies to living members
// only and assumes the fault was corrected.
package award
