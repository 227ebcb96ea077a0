// Command badgeround decides one Party membership badge round (đợt xét tặng
// Huy hiệu Đảng) for every member of a roster CSV and prints one result per
// row, in input order.
//
// Usage:
//
//	badgeround -round DATE [-format table|json|csv] [-regime NAME] [FILE|-]
//
// The roster is read from FILE, or from standard input when FILE is absent
// or "-". It is the roster CSV of the chibo SPEC ("Roster CSV"), read with
// member.ReadCSV: UTF-8, a header row, columns in any order (id, name, born,
// decision_date, card_date, ceremony_date, official_date, died, gaps,
// discipline, seriously_ill, badges, branch, exempt, gender), dates as
// YYYY-MM-DD or DD/MM/YYYY. Flags and the file may come in any order.
//
// Flags:
//
//	-round DATE    the round date, YYYY-MM-DD or DD/MM/YYYY (required);
//	               usually 3/2, 19/5, 2/9 or 7/11
//	-format NAME   table (default, for people), json or csv
//	-regime NAME   pin a regime: 2011, 2016, 2021, 2021-handbook, 2025 or
//	               2026; by default the regime in force on the round date
//	               (award.RegimeOn)
//
// Every row that decodes is validated with Member.Validate without an as-of
// date (the roster may be newer than the round) and decided with
// Regime.Decide for the round. A row that fails to decode or to validate is
// printed with status "invalid" and its error, which names the line, the
// member and the field ("line 4: member \"x\": official_date=…"); it is
// never dropped, and the other rows are still decided. A row that repeats
// the id of an earlier row is invalid as well (ids are unique in a roster).
//
// # Formats
//
// table prints aligned columns: line, id, name, branch, status, milestone,
// kind, due date, round, deferred until, and the main reason (the last
// reason of the decision, or the error of an invalid row) in English and in
// Vietnamese; then a summary with the count per status and the gift (tiền
// thưởng, award.GiftFor on the round date) of each eligible award, or
// "unknown" for a milestone with no known gift multiple. Dates are
// dd/mm/yyyy.
//
// json prints one JSON object per line, with these keys in this order:
//
//	line            the 1-based line of the row in the CSV
//	id, name, branch
//	status          "eligible", "deferred", "not-due", "ineligible" or "invalid"
//	milestone       the milestone awarded, deferred or next due; 0 when none
//	kind            "regular", "early-illness", "posthumous" or
//	                "early-posthumous"; null when status is ineligible or
//	                invalid or milestone is 0
//	due             the date party age reaches milestone, or null
//	round           the round of the award (award.Outcome.Round), or null
//	considered      the -round date
//	regime          the name of the regime applied
//	deferred_until  the end of a discipline deferral, or null
//	window_opens    the opening of an early-award window, or null
//	party_age       the party age on the round date (or at death) as
//	                "29y 11m 5d", or null when the member has none
//	missed          lower milestones reached but never received (a list)
//	return          badges an expelled or struck-off member must return (a list)
//	gift            {"known": bool, "amount": VND} for an eligible award, else null
//	reasons         the reasons of the decision, each {"rule", "source":
//	                {"document", "section", "confidence"}, "vi", "en"}
//	error           the error of an invalid row, or null
//
// Dates in JSON and CSV are YYYY-MM-DD. An error made of several problems
// is written on one line, the problems separated by "; ".
//
// csv prints a header and one row per member with the scalar fields of the
// JSON object (gift as gift_known and gift_amount, the lists joined with
// ";", and reasons as their rule ids joined with ";").
//
// # Exit codes
//
//	0  every row was valid and decided (also for -h, which prints the usage)
//	1  some row was invalid (it is still printed), the CSV header is wrong
//	   (the error goes to standard error and nothing is decided), or the
//	   input could not be read to the end
//	2  usage error: an unknown flag, -round missing or unparsable, an
//	   unknown -format or -regime, more than one file argument, or a file
//	   that cannot be opened
//
// Example:
//
//	go run ./examples/badgeround -round 2022-09-02 examples/badgeround/testdata/roster.csv
//	go run ./examples/badgeround -round 02/09/2022 -format json < roster.csv
package main
