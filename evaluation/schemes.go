package evaluation

import (
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
)

// Parameters of the package's schemes, each with its source.
const (
	// attendance2018 is HD 12-HD/BTCTW (2018), tiêu chí 1: "trên 85%".
	attendance2018 = 85
	// attendance2025 is "từ 90%" as the HD 42 criteria are itemised by a
	// third-party app (rules/branch.md B8; secondary).
	attendance2025 = 90
	// maxConsecutiveExcused is HD 12-HD/BTCTW (2018), tiêu chí 1: nobody
	// absent with a reason "quá 03 lần liên tiếp trong năm".
	maxConsecutiveExcused = 3
	// postDaysAhead is HD 42-HD/BTCTW (2025): documents on the members'
	// handbook app at least 1 day before the meeting.
	postDaysAhead = 1
	// postDaysAfter is the An Phú sheet (criterion 8): finished documents
	// posted within 2 days after the meeting.
	postDaysAfter = 2

	// Points of the An Phú sheet, criterion 1, for a meeting shorter than
	// required: short by at most 15 minutes, by 15–30 minutes, at least half
	// the time, under half (rules/second-pass.md 1.5).
	durationShort15Points = 4
	durationShort30Points = 3
	durationHalfPoints    = 2
	durationUnderPoints   = 1

	// Split of criterion 3.2 (5 points) between the cell-committee meeting
	// (or the secretary's notice) and posting the documents a day ahead:
	// the library's reading, after the An Phú sheet's criterion 3, which
	// gives 2 + 1 points to the committee meeting and the notice and 2 to
	// posting.
	committeePoints = 3
	postingPoints   = 2
)

// resultsBands is the An Phú sheet, criterion 7: points for the share of
// the previous resolution's targets achieved (rules/second-pass.md 1.5).
var resultsBands = [...]struct{ min, points int }{{90, 30}, {80, 27}, {70, 24}, {60, 20}, {50, 15}, {0, 10}}

var bands100 = []Band{{Min: 90, Level: Good}, {Min: 70, Level: Fair}, {Min: 50, Level: Average}, {Min: 0, Level: Poor}}

// Scheme2018 is the criteria framework of Hướng dẫn 12-HD/BTCTW
// (06/07/2018), "tiêu chí khung đánh giá chất lượng sinh hoạt chi bộ"
// (rules/branch.md B7). It does not score: a meeting is Met (đạt) when it
// meets all thirteen criteria and NotMet otherwise.
//
//	attendance           more than 85% of counted members present (summoned less exempt)
//	unexcused            nobody absent without a reason
//	consecutive-absence  nobody absent with a reason more than 3 consecutive times in the calendar year
//	preparation          the secretary or deputy prepared the content directly
//	cell-committee       the cell committee (secretary and deputy) met before it, in the same month
//	draft-resolution     a draft resolution was prepared
//	steps                on time, in order, all the content
//	criticism            members praised, reminded or criticised where due
//	speakers             many members speak
//	duration             at least 90 minutes
//	minutes              the minutes book fully recorded
//	principles           democratic centralism, self-criticism and criticism
//	results              the previous resolution carried out with good results
//
// The criteria are Verified, except two that need the cell's judgement:
// "many members speak" has no number in the text — the cell's judgement in
// Meeting.Scores["speakers"] (1 met, 0 not) decides, and without it the
// library takes at least one speaker (Inferred); "good results" has no
// number either — Meeting.Scores["results"] (1 met, 0 not) decides, and
// without it the criterion is not met.
//
// The framework applies to meetings before 28/10/2025 (SchemeOn), and to
// earlier dates too: the library models no scheme before it (Hướng dẫn
// 09-HD/BTCTW of 2012, which it replaced, was not read).
var Scheme2018 = Scheme{
	Name:                  "2018",
	From:                  chibo.DateOf(2018, time.July, 6),
	Source:                srcHD12,
	MinAttendance:         Threshold{Percent: attendance2018, Strict: true, Source: sec(srcHD12, "tiêu chí 1: số đảng viên dự sinh hoạt trên 85%")},
	MinMinutes:            branch.MinMinutes,
	MinCombinedMinutes:    branch.MinMinutes,
	MaxConsecutiveExcused: maxConsecutiveExcused,
	Criteria: []Criterion{
		{ID: "attendance", Rule: RuleMeeting + "attendance", VI: "Tỷ lệ đảng viên dự sinh hoạt trên 85%", EN: "More than 85% of members attend",
			Source: sec(srcHD12, "tiêu chí 1: số đảng viên dự sinh hoạt trên 85% (trừ đảng viên được miễn)"), Score: checked(attendance2018Score)},
		{ID: "unexcused", Rule: RuleMeeting + "unexcused", VI: "Không có đảng viên vắng mặt không lý do", EN: "Nobody absent without a reason",
			Source: sec(srcHD12, "tiêu chí 1: không có đảng viên vắng mặt không có lý do"), Score: checked(unexcusedScore)},
		{ID: "consecutive-absence", Rule: RuleMeeting + "consecutive-absence", VI: "Không có đảng viên vắng mặt có lý do quá 3 lần liên tiếp trong năm", EN: "Nobody absent with a reason more than 3 consecutive times in the year",
			Source: sec(srcHD12, "tiêu chí 1: không có đảng viên vắng mặt có lý do quá 03 lần liên tiếp trong năm"), Score: checked(consecutiveScore)},
		{ID: "preparation", Rule: RuleMeeting + "preparation", VI: "Bí thư hoặc phó bí thư trực tiếp chuẩn bị nội dung", EN: "The secretary or deputy prepared the content",
			Source: sec(srcHD12, "tiêu chí 2: bí thư (phó bí thư) trực tiếp chuẩn bị nội dung; nội dung đúng, đủ theo hướng dẫn"),
			Score: checked(flag(func(m *branch.Meeting) bool { return m.PreparedByLeader },
				"Bí thư (phó bí thư) trực tiếp chuẩn bị nội dung", "The secretary (or deputy) prepared the content directly",
				"Biên bản không ghi bí thư (phó bí thư) trực tiếp chuẩn bị nội dung", "The record does not show the secretary (or deputy) preparing the content"))},
		{ID: "cell-committee", Rule: RuleMeeting + "cell-committee", VI: "Chi uỷ họp trước buổi sinh hoạt", EN: "The cell committee met before the meeting",
			Source: sec(srcHD12, "tiêu chí 2: chi uỷ (bí thư, phó bí thư nơi không có chi uỷ) họp trước"), Score: checked(cellCommitteeScore)},
		{ID: "draft-resolution", Rule: RuleMeeting + "draft-resolution", VI: "Có dự thảo nghị quyết", EN: "A draft resolution was prepared",
			Source: sec(srcHD12, "tiêu chí 2: có dự thảo nghị quyết"),
			Score: checked(flag(func(m *branch.Meeting) bool { return m.DraftResolution },
				"Có dự thảo nghị quyết (kết luận)", "A draft resolution (conclusion) was prepared",
				"Không có dự thảo nghị quyết (kết luận)", "No draft resolution (conclusion) was prepared"))},
		{ID: "steps", Rule: RuleMeeting + "steps", VI: "Đúng giờ, đúng trình tự, đủ nội dung", EN: "On time, in order, all the content",
			Source: sec(srcHD12, "tiêu chí 3: tiến hành đúng thời gian, đúng trình tự, đủ nội dung"),
			Score: checked(flag(func(m *branch.Meeting) bool { return m.AllSteps },
				"Tiến hành đúng giờ, đúng trình tự, đủ nội dung", "Held on time, in order, with all the content",
				"Biên bản không ghi đủ các bước, đúng trình tự", "The record does not show every step done in order"))},
		{ID: "criticism", Rule: RuleMeeting + "criticism", VI: "Biểu dương, nhắc nhở, phê bình đảng viên", EN: "Members praised, reminded or criticised",
			Source: sec(srcHD12, "tiêu chí 3: biểu dương, nhắc nhở, phê bình đảng viên"),
			Score: checked(flag(func(m *branch.Meeting) bool { return m.Criticism },
				"Có biểu dương, nhắc nhở, phê bình đảng viên", "Members were praised, reminded or criticised where due",
				"Không có biểu dương, nhắc nhở, phê bình đảng viên", "No member was praised, reminded or criticised"))},
		{ID: "speakers", Rule: RuleMeeting + "speakers", VI: "Nhiều đảng viên phát biểu", EN: "Many members speak",
			Source: inferred(srcHD12, "tiêu chí 3: có nhiều đảng viên tham gia phát biểu; \"nhiều\" is not quantified: the cell's judgement (Scores[\"speakers\"]), else at least one speaker (the library's reading)"),
			Score:  checked(speakers2018Score)},
		{ID: "duration", Rule: RuleMeeting + "duration", VI: "Thời lượng ít nhất 90 phút", EN: "At least 90 minutes",
			Source: sec(srcHD12, "tiêu chí 3: thời gian sinh hoạt ít nhất 90 phút"), Score: checked(duration2018Score)},
		{ID: "minutes", Rule: RuleMeeting + "minutes", VI: "Sổ biên bản ghi đầy đủ", EN: "The minutes book fully recorded",
			Source: sec(srcHD12, "tiêu chí 3: sổ biên bản ghi chép đầy đủ"),
			Score: checked(flag(func(m *branch.Meeting) bool { return m.MinutesComplete },
				"Sổ biên bản ghi chép đầy đủ", "The minutes book is fully recorded",
				"Sổ biên bản ghi chép chưa đầy đủ", "The minutes book is not fully recorded"))},
		{ID: "principles", Rule: RuleMeeting + "principles", VI: "Thực hiện nguyên tắc tổ chức, sinh hoạt đảng", EN: "Party principles kept",
			Source: sec(srcHD12, "tiêu chí 4: thực hiện đúng nguyên tắc tập trung dân chủ, tự phê bình và phê bình"),
			Score: checked(flag(func(m *branch.Meeting) bool { return m.Principles },
				"Thực hiện đúng nguyên tắc tập trung dân chủ, tự phê bình và phê bình", "Democratic centralism, self-criticism and criticism were kept",
				"Biên bản không ghi việc thực hiện đúng nguyên tắc tổ chức, sinh hoạt đảng", "The record does not show the party's principles kept"))},
		{ID: "results", Rule: RuleMeeting + "results", VI: "Kết quả thực hiện nghị quyết kỳ trước tốt", EN: "Good results on the previous resolution",
			Source: sec(srcHD12, "tiêu chí 5: kết luận, nghị quyết kỳ trước được thực hiện có kết quả tốt; no number: the cell's judgement (Scores[\"results\"])"),
			Score:  checked(results2018Score)},
	},
}

// Scheme2025 is the 100-point framework of Hướng dẫn 42-HD/BTCTW
// (28/10/2025), implementing Chỉ thị 50-CT/TW (23/07/2025), as itemised by
// a third-party app that follows its §5 (rules/branch.md B8): the HD 42
// text itself was not read, so the scheme's Source is Secondary. Ten
// criteria, 100 points:
//
//	1    5   schedule and duration: ≥ 90 minutes, ≥ 120 for a combined meeting
//	         (HD 42, verified); shorter: 4 points if short by ≤ 15 minutes, 3 by
//	         ≤ 30, 2 for at least half the time, 1 under half (An Phú ward sheet,
//	         local); 0 when the times are not recorded
//	2    5   attendance ≥ 90% of counted members and nobody absent without a reason; else 0
//	3.1  5   content prepared by the secretary or deputy, with a draft resolution; else 0
//	3.2  5   the cell committee met before it in the month, or it is waived (3), and the
//	         documents were posted ≥ 1 day before (2); or the cell's own score
//	         Scores["3.2"] (which covers the secretary's notice, not in the record)
//	4.1  5   every procedural step done
//	4.2  25  full content, praise and criticism, many opinions: the cell's score Scores["4.2"]
//	4.3  10  the secretary chairs flexibly and effectively: the cell's score Scores["4.3"]
//	5    5   democratic centralism, self-criticism and criticism kept
//	6    30  results of the previous resolution, by ResultsPercent: ≥ 90% 30, ≥ 80% 27,
//	         ≥ 70% 24, ≥ 60% 20, ≥ 50% 15, under 50% 10 (An Phú sheet); not assessed 0
//	7    5   close: minutes complete and the documents posted, at the latest 2 days after
//	         the meeting (An Phú sheet); else 0
//
// The cell's scores for 3.2, 4.2 and 4.3 are clamped to the criterion's
// maximum; a criterion the cell did not score gets 0, and its reason says
// so. Levels: Tốt ≥ 90, Khá ≥ 70, Trung bình ≥ 50, Kém < 50 (three local and
// third-party sheets agree, rules/second-pass.md 1.4; whether HD 42 fixes
// them was not read, so BandsSource is Secondary).
var Scheme2025 = Scheme{
	Name:                  "2025",
	From:                  chibo.DateOf(2025, time.October, 28),
	Source:                srcHD42,
	Max:                   100,
	Bands:                 bands100,
	BandsSource:           srcLevels2025,
	MinAttendance:         Threshold{Percent: attendance2025, Strict: false, Source: sec(srcHD42, "tiêu chí 2: tỷ lệ đảng viên dự sinh hoạt từ 90% và không có đảng viên vắng mặt không lý do (5 điểm)")},
	MinMinutes:            branch.MinMinutes,
	MinCombinedMinutes:    branch.MinCombinedMinutes,
	MaxConsecutiveExcused: maxConsecutiveExcused,
	PostDaysAhead:         postDaysAhead,
	PostDaysAfter:         postDaysAfter,
	Criteria: []Criterion{
		{ID: "1", Rule: RuleMeeting + "1", VI: "Chấp hành thời gian, thời lượng sinh hoạt", EN: "Keeps the schedule and duration", Max: 5,
			Source: srcHD42Duration, Score: checked(duration2025Score)},
		{ID: "2", Rule: RuleMeeting + "2", VI: "Tỷ lệ đảng viên dự sinh hoạt (từ 90% và không vắng mặt không lý do)", EN: "Attendance (at least 90%, nobody absent without a reason)", Max: 5,
			Source: sec(srcHD42, "tiêu chí 2: tỷ lệ đảng viên dự sinh hoạt từ 90% và không có đảng viên vắng mặt không lý do (5 điểm), as itemised by a third-party app (rules/branch.md B8)"),
			Score:  checked(attendance2025Score)},
		{ID: "3.1", Rule: RuleMeeting + "3.1", VI: "Chuẩn bị đúng, đủ nội dung, có trọng tâm", EN: "Content prepared correctly and completely, with focus", Max: 5,
			Source: sec(srcHD42, "tiêu chí 3.1: chuẩn bị đúng, đủ nội dung, có trọng tâm (5 điểm): the secretary's preparation and a draft resolution, as the record shows them"),
			Score:  checked(preparation2025Score)},
		{ID: "3.2", Rule: RuleMeeting + "3.2", VI: "Họp chi uỷ hoặc bí thư thông báo trước; đăng tải tài liệu", EN: "Cell-committee meeting or the secretary's notice; documents posted", Max: 5,
			Source: srcHD42Preparation, Score: checked(committee2025Score)},
		{ID: "4.1", Rule: RuleMeeting + "4.1", VI: "Thực hiện đầy đủ các bước quy trình", EN: "Every procedural step done", Max: 5,
			Source: sec(srcHD42, "tiêu chí 4.1: thực hiện đầy đủ các bước quy trình (5 điểm)"),
			Score: checked(flag(func(m *branch.Meeting) bool { return m.AllSteps },
				"Thực hiện đầy đủ các bước quy trình sinh hoạt", "Every procedural step was done",
				"Biên bản không ghi đủ các bước quy trình sinh hoạt", "The record does not show every procedural step done"))},
		{ID: "4.2", Rule: RuleMeeting + "4.2", VI: "Thực hiện đầy đủ nội dung, có biểu dương, phê bình, nhiều ý kiến", EN: "Full content, praise and criticism, many opinions", Max: 25,
			Source: sec(srcHD42, "tiêu chí 4.2: thực hiện đầy đủ nội dung, có biểu dương/phê bình, nhiều ý kiến (25 điểm): a judgement, the cell's score (Scores[\"4.2\"])"),
			Score:  checked(content2025Score)},
		{ID: "4.3", Rule: RuleMeeting + "4.3", VI: "Công tác điều hành của bí thư linh hoạt, hiệu quả", EN: "The secretary chairs flexibly and effectively", Max: 10,
			Source: sec(srcHD42, "tiêu chí 4.3: công tác điều hành của bí thư linh hoạt, hiệu quả (10 điểm): a judgement, the cell's score (Scores[\"4.3\"])"),
			Score:  checked(judged("điều hành của bí thư", "the secretary's chairing"))},
		{ID: "5", Rule: RuleMeeting + "5", VI: "Thực hiện nguyên tắc tập trung dân chủ, tự phê bình và phê bình", EN: "Democratic centralism, self-criticism and criticism", Max: 5,
			Source: sec(srcHD42, "tiêu chí 5: thực hiện nguyên tắc tập trung dân chủ, tự phê bình và phê bình (5 điểm)"),
			Score: checked(flag(func(m *branch.Meeting) bool { return m.Principles },
				"Thực hiện đúng nguyên tắc tập trung dân chủ, tự phê bình và phê bình", "Democratic centralism, self-criticism and criticism were kept",
				"Biên bản không ghi việc thực hiện đúng nguyên tắc tổ chức, sinh hoạt đảng", "The record does not show the party's principles kept"))},
		{ID: "6", Rule: RuleMeeting + "6", VI: "Kết quả lãnh đạo thực hiện kết luận, nghị quyết của chi bộ", EN: "Results of the previous conclusion or resolution", Max: 30,
			Source: srcAnPhuResults, Score: checked(results2025Score)},
		{ID: "7", Rule: RuleMeeting + "7", VI: "Kết thúc: thông qua biên bản, đăng tải tài liệu", EN: "Close: minutes approved, documents posted", Max: 5,
			Source: sec(srcHD42, "tiêu chí 7: kết thúc — chủ trì kết luận, thông qua biên bản, đăng tải tài liệu (5 điểm); posted at the latest 2 days after, as the An Phú sheet (criterion 8) reads it"),
			Score:  checked(close2025Score)},
	},
}

// SchemeBinhThuan is the 100-point scheme of the e-handbook of the Đảng
// uỷ Khối of Bình Thuận province (rules/branch.md B9; an HD 12-era
// provincial rule, Verified for that province only). Its own criteria and
// weights were not retrieved: the scheme reuses the criteria of Scheme2025
// as its point basis, and says so in its Source. What is its own is the
// level rule: Tốt needs 90 points and full marks on attendance (2),
// duration (1), members' participation in discussion (4.2) and
// minutes-keeping (7); 90 or more without them is Khá (TopRequiresFull);
// Khá from 70, Trung bình from 50, Kém under 50. The handbook is undated,
// so From is zero and SchemeOn never returns it: pin it.
var SchemeBinhThuan = func() Scheme {
	s := Scheme2025.Clone()
	s.Name = "binh-thuan"
	s.From = chibo.Date{}
	s.Source = srcBinhThuan
	s.BandsSource = srcBinhThuan
	s.TopRequiresFull = []string{"2", "1", "4.2", "7"}
	return s
}()

// Schemes returns the package's schemes: Scheme2018, Scheme2025 and
// SchemeBinhThuan.
func Schemes() []Scheme { return []Scheme{Scheme2018, Scheme2025, SchemeBinhThuan} }

// SchemeOn returns the scheme in force on d: Scheme2025 from 28/10/2025
// (the date of Hướng dẫn 42-HD/BTCTW), Scheme2018 before it — including
// dates before 06/07/2018, for which the library models no earlier scheme,
// and the zero Date. The result shares its slices with the package's
// value: Clone it before changing an element.
func SchemeOn(d chibo.Date) Scheme { return *schemeOn(d) }

func schemeOn(d chibo.Date) *Scheme {
	if !d.Before(Scheme2025.From) {
		return &Scheme2025
	}
	return &Scheme2018
}

// ---- criteria ----

// checked guards a criterion against the zero Input, so that calling a
// package criterion's ScoreFunc directly never panics.
func checked(f ScoreFunc) ScoreFunc {
	return func(in Input) Mark {
		if in.Meeting == nil {
			return Mark{VI: "Không có biên bản cuộc họp.", EN: "No meeting record."}
		}
		if in.Scheme == nil {
			in.Scheme = &Scheme{}
		}
		if in.Criterion == nil {
			in.Criterion = &Criterion{}
		}
		if in.Context == nil {
			in.Context = &noContext
		}
		return f(in)
	}
}

// mark returns the Mark of a criterion met (full marks) or not (0), with
// its texts when asked.
func mark(in Input, ok bool, vi, en string, args ...arg) Mark {
	mk := Mark{Met: ok}
	if ok {
		mk.Points = in.Criterion.Max
	}
	if in.Explain {
		mk.VI, mk.EN = say(in, mk.Points, ok, vi, en, args...)
	}
	return mk
}

// flag is a criterion met when get is true: full marks or nothing.
func flag(get func(*branch.Meeting) bool, yesVI, yesEN, noVI, noEN string) ScoreFunc {
	return func(in Input) Mark {
		if get(in.Meeting) {
			return mark(in, true, yesVI, yesEN)
		}
		return mark(in, false, noVI, noEN)
	}
}

// attendance writes the attendance of m against th (without a verdict)
// and reports whether it reaches it.
func attendance(in Input, th *Threshold) (vi, en string, args []arg, ok bool) {
	m := in.Meeting
	p, n := present(m)
	ok = th.Reached(p, n)
	if !in.Explain {
		return "", "", nil, ok
	}
	switch e := len(m.Exempt); {
	case n == 0:
		return "Không có đảng viên nào được tính tỷ lệ dự họp (số triệu tập trừ số được miễn là 0)",
			"No member is counted for attendance (summoned less exempt is 0)", nil, ok
	case e > 0:
		return "%d/%d đảng viên có mặt (%s%%; không tính %d đảng viên được miễn), yêu cầu %s",
			"%d of %d members present (%s%%; %d exempt not counted), %s required",
			[]arg{num(p), num(n), percent(p, n), num(e), threshold(th)}, ok
	}
	return "%d/%d đảng viên có mặt (%s%%), yêu cầu %s", "%d of %d members present (%s%%), %s required",
		[]arg{num(p), num(n), percent(p, n), threshold(th)}, ok
}

func attendance2018Score(in Input) Mark {
	vi, en, args, ok := attendance(in, &in.Scheme.MinAttendance)
	return mark(in, ok, vi, en, args...)
}

func unexcusedScore(in Input) Mark {
	m := in.Meeting
	if len(m.AbsentUnexcused) == 0 {
		return mark(in, true, "Không có đảng viên vắng mặt không lý do", "Nobody was absent without a reason")
	}
	return mark(in, false, "%d đảng viên vắng mặt không lý do: %s", "%d absent without a reason: %s",
		num(len(m.AbsentUnexcused)), people(in.Context, m.AbsentUnexcused))
}

func consecutiveScore(in Input) Mark {
	m, limit := in.Meeting, in.Scheme.MaxConsecutiveExcused
	var offenders int
	for _, id := range m.AbsentExcused {
		if n, _ := excusedRun(id, m, in.Context); n > limit {
			offenders++
			if !in.Explain {
				break
			}
		}
	}
	if offenders == 0 {
		return mark(in, true, "Không có đảng viên vắng mặt có lý do quá %d lần liên tiếp trong năm", "Nobody absent with a reason more than %d consecutive times in the year", num(limit))
	}
	mk := Mark{}
	if !in.Explain {
		return mk
	}
	// One clause per member, in the order of AbsentExcused.
	var buf [8]part
	parts := buf[:0]
	for i, id := range m.AbsentExcused {
		n, from := excusedRun(id, m, in.Context)
		if n <= limit {
			continue
		}
		if len(parts) > 0 {
			parts = append(parts, part{"; ", "; ", nil})
		}
		parts = append(parts, part{"%s vắng mặt có lý do %d lần liên tiếp trong năm %d (từ %s đến %s)", "%s absent with a reason %d consecutive times in %d (from %s to %s)",
			[]arg{people(in.Context, m.AbsentExcused[i:i+1]), num(n), num(m.Date.Year()), date(from), date(m.Date)}})
	}
	parts = append(parts, part{"; quá %d lần liên tiếp", "; more than %d consecutive times", []arg{num(limit)}})
	mk.VI, mk.EN = sayParts(in, 0, false, parts...)
	return mk
}

// committee returns the texts (without a verdict) on the cell-committee
// meeting before m, and whether it was held or waived.
func committee(in Input) (vi, en string, args []arg, ok bool) {
	m := in.Meeting
	found, waived := cellCommitteeBefore(m, in.Context)
	ok = found != nil || waived
	if !in.Explain {
		return "", "", nil, ok
	}
	switch {
	case found != nil:
		return "Chi uỷ (bí thư, phó bí thư) họp ngày %s, trước buổi sinh hoạt ngày %s",
			"The cell committee (secretary and deputy) met on %s, before the meeting of %s",
			[]arg{date(found.Date), date(m.Date)}, ok
	case waived:
		return "Chi bộ chỉ có bí thư, không phải họp chi uỷ trước (ScheduleRules.NoCellCommitteeMeeting)",
			"The cell's only officer is the secretary: no cell-committee meeting is needed (ScheduleRules.NoCellCommitteeMeeting)", nil, ok
	}
	return "Không thấy cuộc họp chi uỷ (bí thư, phó bí thư) nào trong %s trước buổi sinh hoạt ngày %s",
		"No cell-committee (secretary and deputy) meeting found in %s before the meeting of %s",
		[]arg{month(m.Date), date(m.Date)}, ok
}

func cellCommitteeScore(in Input) Mark {
	vi, en, args, ok := committee(in)
	return mark(in, ok, vi, en, args...)
}

func speakers2018Score(in Input) Mark {
	m, id := in.Meeting, in.Criterion.ID
	if v, ok := score(m, id); ok {
		mk := mark(in, v >= 1,
			"Chi bộ đánh giá việc nhiều đảng viên phát biểu (Scores[\"%s\"] = %d; 1 là đạt); biên bản ghi %d đảng viên phát biểu",
			"The cell judged whether many members spoke (Scores[\"%s\"] = %d; 1 means met); the record shows %d speakers",
			str(id), num(v), num(m.Speakers))
		mk.Source = srcHD12Speakers
		return mk
	}
	return mark(in, m.Speakers > 0,
		"Biên bản ghi %d đảng viên phát biểu; hướng dẫn không định lượng \"nhiều\" và chi bộ không chấm (Scores[\"%s\"]), nên lấy mức ít nhất 1 người",
		"The record shows %d speakers; the guidance does not quantify \"many\" and the cell gave no judgement (Scores[\"%s\"]), so at least one speaker is taken",
		num(m.Speakers), str(id))
}

var srcHD12Speakers = sec(srcHD12, "tiêu chí 3: có nhiều đảng viên tham gia phát biểu (the cell's judgement)")

func results2018Score(in Input) Mark {
	m, id := in.Meeting, in.Criterion.ID
	v, judged := score(m, id)
	switch {
	case judged && m.ResultsPercent >= 0:
		return mark(in, v >= 1,
			"Chi bộ đánh giá kết quả thực hiện nghị quyết kỳ trước (Scores[\"%s\"] = %d; 1 là tốt); biên bản ghi đạt %d%% chỉ tiêu",
			"The cell judged the results on the previous resolution (Scores[\"%s\"] = %d; 1 means good); the record shows %d%% of targets achieved",
			str(id), num(v), num(m.ResultsPercent))
	case judged:
		return mark(in, v >= 1,
			"Chi bộ đánh giá kết quả thực hiện nghị quyết kỳ trước (Scores[\"%s\"] = %d; 1 là tốt)",
			"The cell judged the results on the previous resolution (Scores[\"%s\"] = %d; 1 means good)",
			str(id), num(v))
	case m.ResultsPercent >= 0:
		return mark(in, false,
			"Hướng dẫn không định lượng \"kết quả tốt\"; chi bộ chưa ghi đánh giá (Scores[\"%s\"]); biên bản ghi đạt %d%% chỉ tiêu",
			"The guidance does not quantify \"good results\"; the cell recorded no judgement (Scores[\"%s\"]); the record shows %d%% of targets achieved",
			str(id), num(m.ResultsPercent))
	}
	return mark(in, false,
		"Hướng dẫn không định lượng \"kết quả tốt\"; chi bộ chưa ghi đánh giá (Scores[\"%s\"])",
		"The guidance does not quantify \"good results\"; the cell recorded no judgement (Scores[\"%s\"])",
		str(id))
}

// need returns the minutes the meeting must last under the scheme.
func need(s *Scheme, m *branch.Meeting) int {
	if m.Kind == branch.Combined {
		return s.MinCombinedMinutes
	}
	return s.MinMinutes
}

func duration2018Score(in Input) Mark {
	m := in.Meeting
	got, n := m.Minutes(), need(in.Scheme, m)
	return mark(in, got >= n && got > 0,
		"Buổi %s ngày %s kéo dài %d phút (%s–%s), yêu cầu ít nhất %d phút",
		"The %s meeting of %s lasted %d minutes (%s–%s), at least %d required",
		kind(m.Kind), date(m.Date), num(got), clock(m.Start), clock(m.End), num(n))
}

func duration2025Score(in Input) Mark {
	m := in.Meeting
	got, n := m.Minutes(), need(in.Scheme, m)
	short := n - got
	var pts int
	switch {
	case got == 0:
		pts = 0
	case short <= 0:
		pts = in.Criterion.Max
	case short <= 15:
		pts = durationShort15Points
	case short <= 30:
		pts = durationShort30Points
	case got*2 >= n:
		pts = durationHalfPoints
	default:
		pts = durationUnderPoints
	}
	mk := Mark{Points: pts, Met: got > 0 && short <= 0}
	if got > 0 && short > 0 {
		mk.Source = srcAnPhuDuration
	}
	if !in.Explain {
		return mk
	}
	pts = min(pts, in.Criterion.Max)
	switch {
	case got == 0:
		mk.VI, mk.EN = say(in, pts, false,
			"Biên bản không ghi thời lượng (bắt đầu %s, kết thúc %s)", "The record gives no duration (start %s, end %s)",
			clock(m.Start), clock(m.End))
	case short <= 0:
		mk.VI, mk.EN = say(in, pts, true,
			"Buổi %s ngày %s kéo dài %d phút, yêu cầu ít nhất %d phút", "The %s meeting of %s lasted %d minutes, at least %d required",
			kind(m.Kind), date(m.Date), num(got), num(n))
	default:
		mk.VI, mk.EN = say(in, pts, false,
			"Buổi %s ngày %s kéo dài %d phút, thiếu %d phút so với %d phút (thiếu ≤ 15 phút: 4 điểm; 15–30 phút: 3; từ 1/2 thời lượng: 2; dưới 1/2: 1)",
			"The %s meeting of %s lasted %d minutes, %d short of %d (short by ≤ 15 minutes: 4 points; 15–30: 3; at least half: 2; under half: 1)",
			kind(m.Kind), date(m.Date), num(got), num(short), num(n))
	}
	return mk
}

func attendance2025Score(in Input) Mark {
	m := in.Meeting
	vi, en, args, ok := attendance(in, &in.Scheme.MinAttendance)
	unexcused := len(m.AbsentUnexcused)
	all := ok && unexcused == 0
	mk := mark(in, all, "", "")
	if !in.Explain {
		return mk
	}
	// The attendance clause, whether it reached the threshold, then the
	// unexcused absences.
	rest := part{"; không có đảng viên vắng mặt không lý do", "; nobody absent without a reason", nil}
	if unexcused > 0 {
		rest = part{"; %d đảng viên vắng mặt không lý do (%s)", "; %d absent without a reason (%s)", []arg{num(unexcused), people(in.Context, m.AbsentUnexcused)}}
	}
	mk.VI, mk.EN = sayParts(in, mk.Points, all, part{vi, en, args}, part{" (%s)", " (%s)", []arg{reached(ok)}}, rest)
	return mk
}

func preparation2025Score(in Input) Mark {
	m := in.Meeting
	switch {
	case m.PreparedByLeader && m.DraftResolution:
		return mark(in, true, "Bí thư (phó bí thư) chuẩn bị nội dung và có dự thảo nghị quyết (kết luận)", "The secretary (or deputy) prepared the content and a draft resolution (conclusion)")
	case !m.PreparedByLeader && !m.DraftResolution:
		return mark(in, false, "Biên bản không ghi việc bí thư (phó bí thư) chuẩn bị nội dung, và không có dự thảo nghị quyết", "The record shows neither the secretary's (or deputy's) preparation of the content nor a draft resolution")
	case !m.DraftResolution:
		return mark(in, false, "Bí thư (phó bí thư) chuẩn bị nội dung nhưng không có dự thảo nghị quyết (kết luận)", "The secretary (or deputy) prepared the content but there was no draft resolution (conclusion)")
	}
	return mark(in, false, "Có dự thảo nghị quyết nhưng biên bản không ghi việc bí thư (phó bí thư) chuẩn bị nội dung", "There was a draft resolution but the record does not show the secretary (or deputy) preparing the content")
}

func committee2025Score(in Input) Mark {
	m, c := in.Meeting, in.Criterion
	if v, ok := score(m, c.ID); ok {
		pts := min(max(v, 0), c.Max)
		mk := Mark{Points: pts, Met: pts >= c.Max && c.Max > 0}
		if in.Explain {
			mk.VI, mk.EN = say(in, pts, mk.Met,
				"Chi bộ tự chấm tiêu chí %s (Scores[\"%s\"] = %d, trong khoảng 0–%d)", "Scored by the cell for criterion %s (Scores[\"%s\"] = %d, within 0–%d)",
				str(c.ID), str(c.ID), num(v), num(c.Max))
		}
		return mk
	}
	cvi, cen, cargs, met := committee(in)
	ahead := in.Scheme.PostDaysAhead
	posted := !m.DocumentsPosted.IsZero() && m.DocumentsPosted.DaysUntil(m.Date) >= ahead
	pts := b2i(met)*committeePoints + b2i(posted)*postingPoints
	mk := Mark{Points: pts, Met: met && posted}
	if !in.Explain {
		return mk
	}
	// "<committee clause> (3 points); <posting clause> (2 points)".
	post := part{"; tài liệu đăng ngày %s, trước buổi sinh hoạt ít nhất %s (%d điểm)", "; the documents were posted on %s, at least %s before the meeting (%d points)",
		[]arg{date(m.DocumentsPosted), days(ahead), num(b2i(posted) * postingPoints)}}
	switch {
	case m.DocumentsPosted.IsZero():
		post = part{"; tài liệu không được đăng trên Sổ tay đảng viên điện tử (%d điểm)", "; the documents were not posted on the members' handbook app (%d points)", []arg{num(0)}}
	case !posted:
		post.vi = "; tài liệu đăng ngày %s, không trước buổi sinh hoạt ít nhất %s (%d điểm)"
		post.en = "; the documents were posted on %s, not at least %s before the meeting (%d points)"
	}
	mk.VI, mk.EN = sayParts(in, pts, mk.Met, part{cvi, cen, cargs},
		part{" (%d điểm)", " (%d points)", []arg{num(b2i(met) * committeePoints)}}, post)
	return mk
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func content2025Score(in Input) Mark {
	m := in.Meeting
	p, _ := present(m)
	crit := both("không ghi biểu dương, phê bình", "no praise or criticism recorded")
	if m.Criticism {
		crit = both("có biểu dương, phê bình", "praise or criticism recorded")
	}
	return judgedScore(in, both("nội dung, biểu dương, phê bình, ý kiến", "content, praise and criticism, opinions"),
		part{" (biên bản ghi %d/%d đảng viên có mặt phát biểu, %s)", " (the record shows %d of %d present speaking, %s)", []arg{num(m.Speakers), num(p), crit}})
}

// judged is a criterion that needs the cell's judgement: its points are the
// cell's own score in Scores[ID], clamped to the criterion's maximum; none
// recorded gives 0.
func judged(whatVI, whatEN string) ScoreFunc {
	return func(in Input) Mark { return judgedScore(in, both(whatVI, whatEN), part{}) }
}

// judgedScore scores a judgement criterion; noteVI and noteEN, with extra
// (the VI argument then the EN one for the last pair), add what the record
// shows.
func judgedScore(in Input, what arg, note part) Mark {
	c := in.Criterion
	v, ok := score(in.Meeting, c.ID)
	pts := 0
	if ok {
		pts = min(max(v, 0), c.Max)
	}
	mk := Mark{Points: pts, Met: ok && pts >= c.Max && c.Max > 0}
	if !in.Explain {
		return mk
	}
	head := part{"Chi bộ chấm tiêu chí %s (%s): Scores[\"%s\"] = %d, trong khoảng 0–%d", "Scored by the cell for criterion %s (%s): Scores[\"%s\"] = %d, within 0–%d",
		[]arg{str(c.ID), what, str(c.ID), num(v), num(c.Max)}}
	if !ok {
		head = part{"Tiêu chí %s (%s) cần đánh giá của chi bộ nhưng chi bộ chưa chấm (Scores[\"%s\"])", "Criterion %s (%s) needs the cell's judgement and was not scored by the cell (Scores[\"%s\"])",
			[]arg{str(c.ID), what, str(c.ID)}}
	}
	mk.VI, mk.EN = sayParts(in, pts, mk.Met, head, note)
	return mk
}

func results2025Score(in Input) Mark {
	m := in.Meeting
	p := m.ResultsPercent
	if p < 0 {
		mk := Mark{}
		if in.Explain {
			mk.VI, mk.EN = say(in, 0, false,
				"Kết quả thực hiện nghị quyết kỳ trước chưa được đánh giá (ResultsPercent = %d)",
				"The results of the previous resolution were not assessed (ResultsPercent = %d)", num(p))
		}
		return mk
	}
	p = min(p, 100)
	pts, bandMin := resultsBands[len(resultsBands)-1].points, 0
	for _, b := range resultsBands {
		if p >= b.min {
			pts, bandMin = b.points, b.min
			break
		}
	}
	mk := Mark{Points: pts, Met: bandMin == resultsBands[0].min}
	if !in.Explain {
		return mk
	}
	if bandMin > 0 {
		mk.VI, mk.EN = say(in, pts, mk.Met,
			"Đạt %d%% chỉ tiêu nghị quyết kỳ trước (mức từ %d%%: %d điểm)",
			"%d%% of the previous resolution's targets achieved (from %d%%: %d points)", num(p), num(bandMin), num(pts))
	} else {
		mk.VI, mk.EN = say(in, pts, mk.Met,
			"Đạt %d%% chỉ tiêu nghị quyết kỳ trước (dưới %d%%: %d điểm)",
			"%d%% of the previous resolution's targets achieved (under %d%%: %d points)", num(p), num(resultsBands[len(resultsBands)-2].min), num(pts))
	}
	return mk
}

func close2025Score(in Input) Mark {
	m := in.Meeting
	after := in.Scheme.PostDaysAfter
	posted := !m.DocumentsPosted.IsZero() && m.DocumentsPosted.DaysUntil(m.Date) >= -after
	ok := m.MinutesComplete && posted
	if !in.Explain {
		return mark(in, ok, "", "")
	}
	minutes := both("Biên bản ghi đầy đủ", "The minutes are complete")
	if !m.MinutesComplete {
		minutes = both("Biên bản chưa ghi đầy đủ", "The minutes are not complete")
	}
	switch {
	case m.DocumentsPosted.IsZero():
		return mark(in, ok, "%s; tài liệu không được đăng trên Sổ tay đảng viên điện tử", "%s; the documents were not posted on the members' handbook app", minutes)
	case posted:
		return mark(in, ok, "%s; tài liệu đăng ngày %s (không muộn hơn %s sau buổi sinh hoạt)", "%s; the documents were posted on %s (no later than %s after the meeting)",
			minutes, date(m.DocumentsPosted), days(after))
	}
	return mark(in, ok, "%s; tài liệu đăng ngày %s, quá %s sau buổi sinh hoạt", "%s; the documents were posted on %s, more than %s after the meeting",
		minutes, date(m.DocumentsPosted), days(after))
}
