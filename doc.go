// Package chibo holds the rules of the grass-roots organisation of the
// Communist Party of Vietnam (Đảng Cộng sản Việt Nam) as pure Go functions,
// each citing the document it comes from. It covers party cells (chi bộ) and
// grass-roots party committees (đảng uỷ cơ sở), their members, the quality
// of cell meetings, the annual quality ranking of members and organisations,
// and the Party membership badge (Huy hiệu Đảng).
//
// This root package holds the vocabulary the other packages share: the civil
// date [Date], the calendar length [Span] with [Between], the legal citation
// [Source] with its [Confidence], and [Reason], one step of the explanation
// of a decision.
//
// # Principles
//
//   - Pure functions. No function reads the clock, the environment, files or
//     mutable globals. The date a decision is made for (the as-of date, the
//     round date) is always an argument. The same input gives the same
//     output, and every function is safe for concurrent use.
//   - Decisions are explained. Every decision returns, next to its outcome,
//     the list of [Reason] values that produced it. Each Reason names its
//     rule with a stable identifier, cites its [Source] and states, in
//     Vietnamese and in English, the concrete values it used.
//   - Regimes are values. The rules changed over time (2011, 2016, 2021,
//     2025, 2026). Each set of rules is an exported Go value with its
//     effective date and its sources, and is chosen by date: the regime in
//     force on the decision date applies. A caller who follows a local
//     reading copies a regime, changes a field and passes the copy in;
//     nothing global is patched.
//   - Uncertainty is visible. The library could not read every document in
//     full. A rule that rests on a paraphrase, an inference or a conflicting
//     reading still has a default, but its Source carries a lower
//     [Confidence] and the value is a field of the regime that a caller can
//     replace.
//   - Nothing panics. Bad input returns an error that names the value at
//     fault; the zero value of every type is usable.
//
// # Packages
//
//   - chibo (this package): [Date], [Span], [Source], [Confidence], [Reason],
//     the lunar calendar, the public holidays and working days ([Calendar]).
//   - member: a member's record and history, validation against an as-of
//     date, party age (tuổi đảng) and the dates milestones are reached;
//     admission, probation, transfers, exemption, removal screening,
//     discipline and dues; the roster in CSV and JSON.
//   - branch: party organisations, their structure rules, votes, meeting
//     records and schedule compliance.
//   - evaluation: meeting-quality schemes and assessment, period reviews of
//     cells and committees, and the annual ranking of members and
//     organisations.
//   - award: the badge regimes and the choice of regime by date, award
//     rounds, the decision for a member and a round (regular, early,
//     posthumous, deferred), nominations for a round over a roster, and the
//     gift amounts.
//
// # Dates
//
// A [Date] is a civil date: a year, a month and a day, with no time of day
// and no time zone, from 0001-01-01 to 9999-12-31. Party documents date
// everything to the day. The zero Date means "no date recorded".
//
// [ParseDate] reads both forms in use: ISO 8601 "2021-07-30" and the
// Vietnamese day/month/year "30/07/2021" (also "2/9/1945"). [Date.String]
// and [Date.MarshalText] write ISO, [Date.VN] writes the Vietnamese form.
//
// Month and year arithmetic clamps to the end of the month: when the day
// does not exist in the target month, the result is that month's last day.
// Party age and age at admission use this convention, so a member admitted
// on 29/02/1996 reaches 30 years of party age on 28/02/2026:
//
//	chibo.DateOf(1996, time.February, 29).AddYears(30) // 2026-02-28
//	chibo.DateOf(2024, time.January, 31).AddMonths(1)  // 2024-02-29
//
// [Between] measures a length in years, months and days, as the documents
// state it ("29 năm 11 tháng 5 ngày"), with the same convention, so a span
// of N years is reached exactly on AddYears(N).
//
// # Calendar
//
// Deadlines such as "within 30 working days of the decision" count working
// days (ngày làm việc): Monday to Friday less the public holidays. The
// holidays follow the Labour Code in force (Bộ luật Lao động 2019, Điều
// 112: eleven days, and from 01/07/2026 Ngày Văn hóa Việt Nam on 24/11),
// including the lunar ones — Tết Nguyên đán and Giỗ Tổ Hùng Vương on 10/3 —
// computed by a Vietnamese lunar calendar (âm lịch) at UTC+7 ([ToLunar],
// [FromLunar], [LunarNewYear]). A holiday on a weekly day off moves to the
// next working day (Điều 111 khoản 3, nghỉ bù). The zero [Calendar] applies
// the statute; [VietnamCivilService] adds the Government's civil-service
// breaks and swapped Saturdays (làm bù) of 2020–2026 as data with their
// sources, and a caller can add others. [Calendar.AddWorkingDays] gives a
// deadline: "within N working days of d" means on or before
// AddWorkingDays(d, N).
//
// # Badge regimes
//
// The Party membership badge rules in force on a round date (package award):
//
//	regime  in force    documents
//	2011    01/11/2011  Quy định 45-QĐ/TW (01/11/2011)
//	2016    25/07/2016  Quy định 29-QĐ/TW (25/07/2016);
//	                    Hướng dẫn 01-HD/TW (20/09/2016)
//	2021    30/07/2021  Quy định 24-QĐ/TW (30/07/2021);
//	                    Hướng dẫn 01-HD/TW (28/09/2021)
//	2025    01/07/2025  Quy định 294-QĐ/TW (26/05/2025, in force 01/07/2025);
//	                    Hướng dẫn 06-HD/TW (09/06/2025);
//	                    Hướng dẫn 38-HD/BTCTW (29/09/2025);
//	                    badge text not seen: values of 2021, unverified
//	2026    26/07/2026  Quy định 208-QĐ/TW (26/07/2026), seen only in
//	                    secondary sources: values of 2025, unverified
//
// Rounds before 01/11/2011 are decided by the 2011 regime, the earliest
// modelled. Quy định 232-QĐ/TW (20/01/2025, replaced on 01/07/2025) falls
// within the 2021 regime; its badge text was not seen either.
//
// # Glossary
//
// The Vietnamese terms used in the documentation, with the English this
// library uses for them:
//
//   - Đảng Cộng sản Việt Nam: the Communist Party of Vietnam.
//   - Điều lệ Đảng: the Party Charter (Statute).
//   - chi bộ: party cell (branch), the basic unit where members meet.
//   - chi bộ cơ sở: a grass-roots cell, one that is itself the grass-roots
//     organisation.
//   - chi bộ trực thuộc: a cell under a grass-roots committee.
//   - đảng bộ cơ sở: a grass-roots party organisation with several cells.
//   - đảng uỷ cơ sở: the grass-roots party committee that leads it.
//   - cấp uỷ: party committee (at any level).
//   - bí thư, phó bí thư: secretary, deputy secretary.
//   - chi uỷ: cell committee.
//   - đảng viên: party member.
//   - đảng viên dự bị: probationary member.
//   - đảng viên chính thức: official (full) member.
//   - quyết định kết nạp: admission decision; party age counts from its date.
//   - lễ kết nạp: admission ceremony; probation counts from it.
//   - thẻ đảng viên: party card.
//   - tuổi đảng: party age.
//   - Huy hiệu Đảng: Party membership badge, awarded at 30, 40, 45, … years
//     of party age.
//   - truy tặng: posthumous award.
//   - xét tặng sớm: early award.
//   - kỷ luật: party discipline; its forms are khiển trách (reprimand),
//     cảnh cáo (warning), cách chức (dismissal) and khai trừ (expulsion).
//   - xoá tên: removal from the rolls.
//   - mất liên lạc: lost contact with the party organisation.
//   - kết nạp lại: readmission.
//   - miễn công tác và sinh hoạt đảng: exemption from party work and
//     activities.
//   - sinh hoạt đảng tạm thời: temporary party activity in another cell.
//   - sinh hoạt chi bộ: cell (branch) meeting.
//   - xếp loại chất lượng: quality ranking.
//   - Quy định (QĐ): regulation.
//   - Hướng dẫn (HD): guidance.
//   - Ban Bí thư: the Secretariat.
//   - Ban Tổ chức Trung ương: the Central Organisation Commission.
//   - lương cơ sở: base salary, the unit of the badge gift amounts.
//   - đảng phí: party dues.
//   - âm lịch: the lunar calendar; Tết Nguyên đán, the lunar new year.
//   - ngày làm việc: working day; nghỉ bù: a compensatory day off; làm bù:
//     a swapped working day.
package chibo
