// Package member holds a party member's record (hồ sơ đảng viên) and the
// rules that read it: validation, party age (tuổi đảng), and the roster
// format that carries records between programs.
//
// # The record
//
// A Member keeps the dates the rules need: the admission decision
// (quyết định kết nạp), the party-card date used when the decision was not
// kept, the admission ceremony (lễ kết nạp), recognition as official
// (công nhận đảng viên chính thức), death; and the history: periods not
// counted in party age (Gap: expelled, struck off, lost contact,
// interrupted transfer, or a removal later annulled), disciplinary
// decisions (Discipline: khiển trách, cảnh cáo, cách chức, khai trừ),
// temporary transfers, the badges received, exemption from activities and
// a confirmed serious illness.
//
// Validate reports every inconsistency in a record, each as a *FieldError
// naming the member, the field and the value, wrapping a sentinel error
// (ErrOrder, ErrOverlap, ErrDisciplineForm, …) for errors.Is.
//
// # Party age
//
// Party age counts from the admission decision, exists only once the
// member is official (the probation then counts), and leaves out the
// periods of expulsion, removal from the rolls, lost contact and
// interrupted transfer; a readmitted member counts from the first decision
// less the time outside; exemption and annulled removals count; it stops
// at death (Điều lệ Đảng 2011, Điều 5 khoản 4; Quy định 24-QĐ/TW, điểm
// 4.5; Hướng dẫn 01-HD/TW 2021, mục 5.3).
//
// The documents say only that it is counted in months. The library's
// convention, chosen in the project specification: the milestone of N
// years falls on the start date plus N calendar years, clamped to the end
// of the month (29/02/1996 + 30 years = 28/02/2026), plus the number of
// days not counted before it. Party age on a date is the calendar span from
// the start to that date less the days not counted; it reaches N years on
// the milestone date and never decreases.
//
// # Lifecycle
//
// AdmissionRules.CheckAdmission checks an application on the day the cell
// considers it: age 18 to 60 counted by month (above 60 only with a
// central-level committee's consent), lower-secondary education with its
// exceptions, two introducers who are official members and have known the
// applicant for 12 months, and the readmission conditions (once, 36 months
// out, 60 months after an expunged minor conviction, the barred causes).
// Screen lists the grounds for removal from the rolls (xoá tên) in a year;
// ExemptionRules.CheckExemption and CheckTemporaryTransfer decide exemption
// from activities and temporary transfers.
//
// # Discipline
//
// FormsFor and CheckForm give the forms of discipline by status (a
// probationary member may only be reprimanded or warned); Limitation
// applies the statute of limitations (5 years for a reprimand-level
// violation, 10 for warning or dismissal level, none for expulsion level,
// restarted by a new violation); EffectEnds, InEffect and Blocks say when a
// discipline stops having effect (12 months, expulsion never) and what it
// blocks meanwhile: appointment, transfer, rank promotion and awards.
//
// # Dues
//
// DuesFor computes the monthly party dues (đảng phí) under Quyết định
// 342-QĐ/TW (2011) and Quy định 01-QĐ/TW (2026): by income category, the
// 50-years-of-party-age exemption and the other exemptions and reductions
// of 2026. No rounding rule was found: amounts are floored to the đồng.
//
// # Roster
//
// ReadCSV and WriteCSV read and write the roster CSV of the project
// specification (one member a row, a header, free column order, unknown
// columns rejected); ReadJSON and WriteJSON do the same in JSON. Decoding
// keeps every row: a row that cannot be decoded is returned with its line
// number and every bad cell, never dropped.
package member
