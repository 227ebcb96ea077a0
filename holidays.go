package chibo

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// HolidayRule is one public holiday (ngày nghỉ lễ, tết) as a statute sets
// it, written as data: an anchor date in the solar (dương lịch) or lunar
// (âm lịch) calendar, the run of days off around it, and the dates
// between which the rule is in force. The rules in force change by year;
// StatutoryRules lists them, each with its legal basis.
//
// A rule gives, for each year, one run of consecutive days off: Days days
// starting Offset days from the anchor, plus, when Adjacent is set, one
// day next to the run (the day before when the anchor falls on one of the
// AdjacentBefore weekdays, the day after otherwise). Tết from 2013 is the
// lunar anchor 1/1 with Offset −1 and Days 5: the last day of the old year
// and the first four of the new.
//
// Callers who need another holiday (say the national day of a foreign
// employee's country) write their own HolidayRule and put it in
// Calendar.Rules.
type HolidayRule struct {
	// ID names the holiday: "new-year", "tet", "hung-kings", "victory",
	// "labour", "national-day", "culture". Rules that succeed each other
	// for the same holiday share the ID.
	ID string `json:"id"`
	// VI and EN are the holiday's name in Vietnamese and English.
	VI string `json:"vi"`
	EN string `json:"en"`
	// Lunar says Month and Day are a lunar date (of a regular, non-leap
	// month); otherwise they are a Gregorian date. A lunar day 30 in a
	// 29-day month is taken as the month's last day.
	Lunar bool `json:"lunar,omitempty"`
	// Month and Day are the anchor date within the year.
	Month int `json:"month"`
	Day   int `json:"day"`
	// Offset is the first day off relative to the anchor, in days (−1: the
	// day before the anchor).
	Offset int `json:"offset,omitempty"`
	// Days is the number of consecutive days off; 0 is taken as 1. A rule
	// with Offset or Days beyond ±60 days is ignored.
	Days int `json:"days"`
	// Adjacent adds one day next to the run of days: the day before when
	// the anchor falls on one of AdjacentBefore, the day after otherwise.
	Adjacent       bool           `json:"adjacent,omitempty"`
	AdjacentBefore []time.Weekday `json:"adjacent_before,omitempty"`
	// From and Until bound the anchor dates to which the rule applies; a
	// zero From is open towards the past and a zero Until towards the
	// future.
	From  Date `json:"from,omitzero"`
	Until Date `json:"until,omitzero"`
	// Source is the rule's legal basis.
	Source Source `json:"source"`
}

// InForce reports whether the rule applies to a holiday anchored on d.
func (r HolidayRule) InForce(d Date) bool {
	return !d.IsZero() && !d.Before(r.From) && (r.Until.IsZero() || !d.After(r.Until))
}

// Dates returns the rule's days off in a Gregorian year, in order, without
// compensatory days. It returns nil when the rule does not apply that year,
// and leaves out a lunar rule outside the years 1800–2199.
func (r HolidayRule) Dates(year int) []Date {
	lo, hi := DateOf(year, time.January, 1), DateOf(year, time.December, 31)
	if lo.IsZero() || hi.IsZero() {
		return nil
	}
	var lc lunarCache
	var out []Date
	for _, s := range r.appendSpans(nil, 0, lo, hi, &lc) {
		for d := s.start; !d.IsZero() && !d.After(s.end); d = d.AddDays(1) {
			if !d.Before(lo) && !d.After(hi) {
				out = append(out, d)
			}
		}
	}
	slices.SortFunc(out, Date.Compare)
	return out
}

// String describes the rule, with its source: "tet (Tết Âm lịch): lunar
// 1/1 -1 day, 5 days, from 01/01/2021 [Bộ luật Lao động 45/2019/QH14
// (20/11/2019), Điều 112 … [inferred]]".
func (r HolidayRule) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): ", r.ID, r.VI)
	if r.Lunar {
		b.WriteString("lunar ")
	}
	fmt.Fprintf(&b, "%d/%d", r.Day, r.Month)
	if r.Offset != 0 {
		fmt.Fprintf(&b, " %+d day", r.Offset)
	}
	fmt.Fprintf(&b, ", %d day", r.days())
	if r.days() != 1 {
		b.WriteString("s")
	}
	if r.Adjacent {
		b.WriteString(" + 1 adjacent day (before on")
		for i, w := range r.AdjacentBefore {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(" " + w.String()[:3])
		}
		b.WriteString(", else after)")
	}
	if !r.From.IsZero() {
		b.WriteString(", from " + r.From.VN())
	}
	if !r.Until.IsZero() {
		b.WriteString(", until " + r.Until.VN())
	}
	b.WriteString(" [" + r.Source.String() + "]")
	return b.String()
}

func (r *HolidayRule) days() int {
	if r.Days < 1 {
		return 1
	}
	return r.Days
}

func (r *HolidayRule) adjacentBefore(w time.Weekday) bool {
	return slices.Contains(r.AdjacentBefore, w)
}

// holidaySpan is one year's run of days off of one rule.
type holidaySpan struct {
	rule       int  // index of the rule in the calendar's rule list
	start, end Date // first and last day off, inclusive
	placed     bool // the run meets a Government break, which places its days off
}

// maxRuleReach bounds, in days, how far a rule's run may lie from its
// anchor; rules reaching further are ignored.
const maxRuleReach = 60

// appendSpans appends to dst the runs of r, as rule number idx, whose days
// meet [lo, hi] (a window of at most about 13 months).
func (r *HolidayRule) appendSpans(dst []holidaySpan, idx int, lo, hi Date, lc *lunarCache) []holidaySpan {
	days := r.days()
	if r.Offset < -maxRuleReach || r.Offset > maxRuleReach || days > maxRuleReach {
		return dst
	}
	for y := lo.Year() - 1; y <= hi.Year()+1; y++ {
		var anchor Date
		if r.Lunar {
			if y < LunarMinYear || y > LunarMaxYear || r.Month < 1 || r.Month > 12 || r.Day < 1 || r.Day > 30 {
				continue
			}
			// The lunar date (y, Month, Day) lies between 19 January plus
			// 29 days a month and 1 March plus 30 days a month (a leap
			// month may come before it).
			early := DateOf(y, time.January, 19).AddDays((r.Month-1)*29 + r.Day - 1 + r.Offset - 1)
			late := DateOf(y, time.March, 1).AddDays(r.Month*30 + r.Day + r.Offset + days + 1)
			if early.After(hi) || late.Before(lo) {
				continue
			}
			anchor = lc.date(y, r.Month, r.Day)
		} else {
			anchor = DateOf(y, time.Month(r.Month), r.Day)
		}
		if anchor.IsZero() || !r.InForce(anchor) {
			continue
		}
		start := anchor.AddDays(r.Offset)
		end := start.AddDays(days - 1)
		if r.Adjacent {
			if r.adjacentBefore(anchor.Weekday()) {
				start = start.AddDays(-1)
			} else {
				end = end.AddDays(1)
			}
		}
		if start.IsZero() || end.IsZero() || end.Before(lo) || start.After(hi) {
			continue
		}
		dst = append(dst, holidaySpan{rule: idx, start: start, end: end})
	}
	return dst
}

// lunarCache keeps the lunar periods computed while one year of a calendar
// is worked out, so that Tết and Giỗ Tổ share them. It lives on the stack
// of one call; nothing is cached between calls.
type lunarCache struct {
	from [4]int
	p    [4]lunarPeriod
	n    int
}

func (c *lunarCache) period(from int) lunarPeriod {
	for i := 0; i < c.n; i++ {
		if c.from[i] == from {
			return c.p[i]
		}
	}
	i := c.n % len(c.from)
	if c.n < len(c.from) {
		c.n++
	}
	c.from[i], c.p[i] = from, periodFrom(from)
	return c.p[i]
}

// date returns the Gregorian date of the lunar date (year, month, day) of a
// regular month, taking day 30 of a 29-day month as day 29.
func (c *lunarCache) date(year, month, day int) Date {
	from := year - 1
	if month >= 11 {
		from = year
	}
	start, next, ok := c.period(from).monthStart(month, false)
	if !ok {
		return Date{}
	}
	if day > next-start {
		day = next - start
	}
	return dateOfJDN(start + day - 1)
}

// HolidayKind says why a day is in a calendar's list of holidays.
type HolidayKind uint8

const (
	// HolidayStatutory is a public holiday itself (ngày nghỉ lễ, tết).
	HolidayStatutory HolidayKind = iota
	// HolidayCompensatory is a day off in lieu (ngày nghỉ bù) of a holiday
	// that fell on a weekly day off: it moves to the next working day
	// (Bộ luật Lao động 2019, Điều 111 khoản 3).
	HolidayCompensatory
	// HolidayScheduled is a working day given off by a Government break
	// (Break) that is not itself a holiday: a compensatory day the
	// Government placed, or a day swapped (hoán đổi) for a make-up day.
	HolidayScheduled
	// HolidayExtra is a day off the caller added (Calendar.Extra).
	HolidayExtra
)

var holidayKindNames = [...]string{"statutory", "compensatory", "scheduled", "extra"}

// String returns "statutory", "compensatory", "scheduled" or "extra".
func (k HolidayKind) String() string {
	if int(k) < len(holidayKindNames) {
		return holidayKindNames[k]
	}
	return fmt.Sprintf("HolidayKind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k HolidayKind) MarshalText() ([]byte, error) {
	if int(k) >= len(holidayKindNames) {
		return nil, fmt.Errorf("chibo: invalid holiday kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *HolidayKind) UnmarshalText(b []byte) error {
	for i, n := range holidayKindNames {
		if string(b) == n {
			*k = HolidayKind(i)
			return nil
		}
	}
	return fmt.Errorf("chibo: unknown holiday kind %q", b)
}

// Holiday is one day off in a calendar's list: a public holiday, a day off
// in lieu of one, a day of a Government break, or a day the caller added.
type Holiday struct {
	// Rule is the ID of the HolidayRule (or of the Break) the day comes
	// from; "" for a day the caller added.
	Rule string `json:"rule,omitempty"`
	// Date is the day.
	Date Date `json:"date"`
	// Kind says why the day is off.
	Kind HolidayKind `json:"kind"`
	// VI and EN name the day in Vietnamese and English.
	VI string `json:"vi"`
	EN string `json:"en"`
	// Source is the legal basis for the day off.
	Source Source `json:"source"`
}

// String returns "2026-02-17 tet (statutory): Tết Âm lịch".
func (h Holiday) String() string {
	return h.Date.String() + " " + h.Rule + " (" + h.Kind.String() + "): " + h.VI
}

// Break is a Government decision placing the days off of a holiday in one
// year (lịch nghỉ lễ, tết): every day from From to Until is off, and the
// holidays whose days meet the break get no days off outside it and no
// compensatory days of their own, since the Government has placed them.
// MakeUp lists weekly days off worked in exchange (ngày làm bù). The
// civil-service breaks of 2020–2026 are in CivilServiceBreaks; a private
// employer, who chooses its own days within the statute, writes its own.
type Break struct {
	// Rule is the ID of the holiday the break is for ("tet",
	// "national-day"…); it names the break's extra days in Holidays.
	Rule string `json:"rule"`
	// From and Until are the first and last day off, inclusive.
	From  Date `json:"from"`
	Until Date `json:"until"`
	// MakeUp lists the weekly days off worked in exchange.
	MakeUp []Date `json:"make_up,omitempty"`
	// Source is the decision that set the break.
	Source Source `json:"source"`
}

// String returns "tet 14/02/2026–22/02/2026 [source]", with the make-up days.
func (b Break) String() string {
	s := b.Rule + " " + b.From.VN() + "–" + b.Until.VN()
	if len(b.MakeUp) > 0 {
		s += ", làm bù"
		for _, d := range b.MakeUp {
			s += " " + d.VN()
		}
	}
	return s + " [" + b.Source.String() + "]"
}

// contains reports whether d is within the break.
func (b *Break) contains(d Date) bool { return !d.Before(b.From) && !d.After(b.Until) }

// overlaps reports whether the break meets [start, end].
func (b *Break) overlaps(start, end Date) bool {
	return !b.From.IsZero() && !b.Until.IsZero() && !start.After(b.Until) && !end.Before(b.From)
}

// The laws the statutory holiday rules rest on.
var (
	srcLabour1994 = Source{
		Document: "Luật 84/2007/QH11 sửa đổi, bổ sung Điều 73 của Bộ luật Lao động 1994", Issuer: "Quốc hội",
		Date: DateOf(2007, time.April, 2), Section: "Điều 1 (Điều 73 Bộ luật Lao động): Tết âm lịch bốn ngày, một ngày cuối năm và ba ngày đầu năm; Giỗ Tổ added; nghỉ bù vào ngày tiếp theo",
		URL:        "http://www.antlawyers.vn/library/luat-sua-doi-bo-sung-dieu-73-cua-bo-luat-lao-dong-so-842007qh11-cua-quoc-hoi.html",
		Confidence: Verified,
	}
	srcLabour2012 = Source{
		Document: "Bộ luật Lao động 10/2012/QH13", Issuer: "Quốc hội",
		Date: DateOf(2012, time.June, 18), Section: "Điều 115 (in force 01/05/2013): Tết Âm lịch 05 ngày, Quốc khánh 01 ngày (one day also in Điều 73 of the 1994 code)",
		URL:        "https://tuoitrexahoi.vn/nghi-le-quoc-khanh-mung-2-9-2020-vao-thu-may-171450.html",
		Confidence: Secondary,
	}
	// srcLabour2019 is cited by the days that never changed (1/1, 30/4,
	// 1/5, and Giỗ Tổ since 2007): the current text, which repeats the
	// earlier codes.
	srcLabour2019 = Source{
		Document: "Bộ luật Lao động 45/2019/QH14", Issuer: "Quốc hội",
		Date: DateOf(2019, time.November, 20), Section: "Điều 112 khoản 1 (in force 01/01/2021; the same day in Điều 115 of the 2012 code and Điều 73 of the 1994 code)",
		URL:        "https://theotoi.net/p/02-09-duoc-nghi-may-ngay.html",
		Confidence: Verified,
	}
	// srcTetReading is the reading of the five Tết days: the statute
	// gives the number and lets the Prime Minister fix the days (Điều 112
	// khoản 3); the default follows the 1994 wording (the last day of the
	// old year first) and the civil-service schedules of 2020–2026.
	srcTetReading = Source{
		Document: "Bộ luật Lao động 45/2019/QH14", Issuer: "Quốc hội",
		Date: DateOf(2019, time.November, 20), Section: "Điều 112 khoản 1 điểm b, khoản 3: 05 ngày, days fixed yearly by the Prime Minister; default reading: the last day of the old year and the first four of the new",
		URL:        "https://theotoi.net/p/02-09-duoc-nghi-may-ngay.html",
		Confidence: Inferred,
	}
	srcTetReading2012 = Source{
		Document: "Bộ luật Lao động 10/2012/QH13", Issuer: "Quốc hội",
		Date: DateOf(2012, time.June, 18), Section: "Điều 115 (in force 01/05/2013): Tết Âm lịch 05 ngày; default reading: the last day of the old year and the first four of the new",
		URL:        "https://khoeplus24h.vn/thoi-su/",
		Confidence: Inferred,
	}
	// srcNationalDayReading is the reading of the day next to 2/9: the
	// statute says "01 ngày liền kề trước hoặc sau" and the Prime Minister
	// picks it. The default joins it to the weekend as the Government did
	// in 2021 (Thu → Fri 3/9), 2022 (Fri → Thu 1/9), 2023 (Sat → Fri 1/9),
	// 2024 (Mon → Tue 3/9) and 2025 (Tue → Mon 1/9); for Wednesday it
	// takes the day before, as the 2026 proposals did.
	srcNationalDayReading = Source{
		Document: "Bộ luật Lao động 45/2019/QH14", Issuer: "Quốc hội",
		Date: DateOf(2019, time.November, 20), Section: "Điều 112 khoản 1 điểm đ, khoản 3: 02 ngày, 2/9 and one adjacent day fixed yearly by the Prime Minister; default reading: the day before on Tue, Wed, Fri, Sat, the day after otherwise",
		URL:        "https://baodanang.vn/chi-tiet-lich-nghi-le-quoc-khanh-2-9-nam-nay-cho-cong-chuc-vien-chuc-va-nguoi-lao-dong-3299118.html",
		Confidence: Inferred,
	}
	srcCultureDay = Source{
		Document: "Nghị quyết 28/2026/QH16", Issuer: "Quốc hội",
		Date: DateOf(2026, time.July, 1), Section: "Ngày Văn hóa Việt Nam 24/11, a paid day off from 01/07/2026 (date is the date in force; text not read)",
		URL:        "https://baochinhphu.vn/ngay-van-hoa-viet-nam-24-11-nguoi-lao-dong-duoc-nghi-lam-huong-nguyen-luong-102260424093821937.htm",
		Confidence: Secondary,
	}
	srcCompensation2019 = Source{
		Document: "Bộ luật Lao động 45/2019/QH14", Issuer: "Quốc hội",
		Date: DateOf(2019, time.November, 20), Section: "Điều 111 khoản 3: nghỉ bù vào ngày làm việc kế tiếp",
		URL:        "https://sucsongtre.vn/doi-song/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-tet-nguyen-dan-giap-thin-7-ngay.html",
		Confidence: Secondary,
	}
	srcCompensation2012 = Source{
		Document: "Bộ luật Lao động 10/2012/QH13", Issuer: "Quốc hội",
		Date: DateOf(2012, time.June, 18), Section: "Điều 115 khoản 3: nghỉ bù vào ngày kế tiếp (not read)",
		Confidence: Unverified,
	}
)

var (
	labour2012From = DateOf(2013, time.May, 1)     // Bộ luật Lao động 2012 in force
	labour2019From = DateOf(2021, time.January, 1) // Bộ luật Lao động 2019 in force
	hungKingsFrom  = DateOf(2007, time.April, 2)   // Luật 84/2007/QH11, in force on promulgation
	cultureDayFrom = DateOf(2026, time.July, 1)    // Nghị quyết 28/2026/QH16
)

// statutoryRules is the package's list; StatutoryRules hands out copies and
// nothing modifies it.
var statutoryRules = [...]HolidayRule{
	{
		ID: "new-year", VI: "Tết Dương lịch", EN: "New Year's Day",
		Month: 1, Day: 1, Days: 1,
		Source: srcLabour2019,
	},
	{
		ID: "tet", VI: "Tết Âm lịch", EN: "Lunar New Year (Tết)",
		Lunar: true, Month: 1, Day: 1, Offset: -1, Days: 4,
		Until:  labour2012From.AddDays(-1),
		Source: srcLabour1994,
	},
	{
		ID: "tet", VI: "Tết Âm lịch", EN: "Lunar New Year (Tết)",
		Lunar: true, Month: 1, Day: 1, Offset: -1, Days: 5,
		From: labour2012From, Until: labour2019From.AddDays(-1),
		Source: srcTetReading2012,
	},
	{
		ID: "tet", VI: "Tết Âm lịch", EN: "Lunar New Year (Tết)",
		Lunar: true, Month: 1, Day: 1, Offset: -1, Days: 5,
		From:   labour2019From,
		Source: srcTetReading,
	},
	{
		ID: "hung-kings", VI: "Giỗ Tổ Hùng Vương", EN: "Hùng Kings' Commemoration",
		Lunar: true, Month: 3, Day: 10, Days: 1,
		From:   hungKingsFrom,
		Source: srcLabour2019,
	},
	{
		ID: "victory", VI: "Ngày Chiến thắng", EN: "Reunification Day",
		Month: 4, Day: 30, Days: 1,
		Source: srcLabour2019,
	},
	{
		ID: "labour", VI: "Ngày Quốc tế lao động", EN: "International Labour Day",
		Month: 5, Day: 1, Days: 1,
		Source: srcLabour2019,
	},
	{
		ID: "national-day", VI: "Quốc khánh", EN: "National Day",
		Month: 9, Day: 2, Days: 1,
		Until:  labour2019From.AddDays(-1),
		Source: srcLabour2012,
	},
	{
		ID: "national-day", VI: "Quốc khánh", EN: "National Day",
		Month: 9, Day: 2, Days: 1,
		Adjacent: true, AdjacentBefore: []time.Weekday{time.Tuesday, time.Wednesday, time.Friday, time.Saturday},
		From:   labour2019From,
		Source: srcNationalDayReading,
	},
	{
		ID: "culture", VI: "Ngày Văn hóa Việt Nam", EN: "Vietnamese Culture Day",
		Month: 11, Day: 24, Days: 1,
		From:   cultureDayFrom,
		Source: srcCultureDay,
	},
}

// StatutoryRules returns the public holidays of the Labour Code (Bộ luật
// Lao động), as rules with the dates between which each applies. The list
// is a fresh copy on every call; change it freely.
//
//	holiday           days  in force
//	new-year  1/1       1   always
//	tet       1/1 âm    4   until 30/04/2013 (Bộ luật Lao động 1994, Điều 73:
//	                        the last day of the old year and the first three)
//	tet       1/1 âm    5   from 01/05/2013 (Bộ luật Lao động 2012, Điều 115;
//	                        2019, Điều 112): read as the last day of the old
//	                        year and the first four of the new
//	hung-kings 10/3 âm  1   from 02/04/2007 (Luật 84/2007/QH11)
//	victory   30/4      1   always
//	labour    1/5       1   always
//	national-day 2/9    1   until 31/12/2020
//	national-day 2/9    2   from 01/01/2021 (Bộ luật Lao động 2019): 2/9 and
//	                        the day before on Tue, Wed, Fri, Sat, else after
//	culture   24/11     1   from 01/07/2026 (Nghị quyết 28/2026/QH16)
//
// So a year has 10 statutory days off in 2013–2020, 11 in 2021–2025 and
// 12 from 2026. The statute lets the Prime Minister fix the Tết days and
// the day next to 2/9 each year; the readings above are defaults, marked
// Inferred in their Source, and a Government Break overrides them. Years
// before 1995 are given the 1994 rules, since earlier law is not modelled.
//
// Foreign employees also get one day of their traditional new year and
// their national day (Điều 112 khoản 2); add them with Calendar.Rules.
func StatutoryRules() []HolidayRule {
	out := statutoryRules[:]
	out = slices.Clone(out)
	for i := range out {
		out[i].AdjacentBefore = slices.Clone(out[i].AdjacentBefore)
	}
	return out
}

// StatutoryHolidays returns the statutory days off of a Gregorian year
// under the rules in force, in date order, without compensatory days and
// without any Government schedule: 1/1, five Tết days, Giỗ Tổ Hùng Vương,
// 30/4, 1/5, 2/9 and its adjacent day, and from 2026 Ngày Văn hóa Việt Nam
// (24/11). Lunar holidays are left out outside 1800–2199.
func StatutoryHolidays(year int) []Holiday {
	lo, hi := DateOf(year, time.January, 1), DateOf(year, time.December, 31)
	if lo.IsZero() || hi.IsZero() {
		return nil
	}
	var lc lunarCache
	var spans []holidaySpan
	for i := range statutoryRules {
		spans = statutoryRules[i].appendSpans(spans, i, lo, hi, &lc)
	}
	var out []Holiday
	for _, s := range spans {
		r := &statutoryRules[s.rule]
		for d := s.start; !d.IsZero() && !d.After(s.end); d = d.AddDays(1) {
			if !d.Before(lo) && !d.After(hi) {
				out = append(out, Holiday{Rule: r.ID, Date: d, Kind: HolidayStatutory, VI: r.VI, EN: r.EN, Source: r.Source})
			}
		}
	}
	sortHolidays(out)
	return out
}

func sortHolidays(h []Holiday) {
	slices.SortStableFunc(h, func(a, b Holiday) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return int(a.Kind) - int(b.Kind)
	})
}

// compensationSource returns the legal basis of a compensatory day for a
// holiday on d.
func compensationSource(d Date) Source {
	switch {
	case !d.Before(labour2019From):
		return srcCompensation2019
	case !d.Before(labour2012From):
		return srcCompensation2012
	}
	return srcLabour1994
}

// Calendar is a working-day calendar (lịch làm việc): the weekly days off,
// the public holidays with their compensatory days, the Government's
// breaks, and days a caller adds or takes away. It is a plain value: read
// it, print it, copy it and change the copy.
//
// The zero Calendar is ready to use: Saturday and Sunday off, the
// statutory holidays of StatutoryRules in force each year, and a holiday
// falling on a weekly day off moved to the next working day (Bộ luật Lao
// động 2019, Điều 111 khoản 3). VietnamCivilService adds the Government's
// civil-service breaks of 2020–2026.
//
// A day is off when it is a weekly day off, a holiday, a compensatory day,
// a day of a Break, or in Extra — unless it is a make-up day (in MakeUp or
// a Break's MakeUp), which is always a working day.
//
// The slices are shared when a Calendar is copied. To extend a copy
// without touching the original, give it new slices:
//
//	c := chibo.VietnamCivilService()
//	c.Extra = append(slices.Clip(c.Extra), chibo.DateOf(2026, time.May, 19))
type Calendar struct {
	// WeeklyOff marks the weekly days off (ngày nghỉ hằng tuần), indexed
	// by time.Weekday. All false (the zero value) means Saturday and
	// Sunday; the Labour Code requires at least one weekly day off
	// (Điều 111 khoản 1), so a week without one cannot be expressed.
	WeeklyOff [7]bool `json:"weekly_off"`
	// NoStatutory leaves out the statutory holidays of StatutoryRules.
	NoStatutory bool `json:"no_statutory,omitempty"`
	// Rules are holiday rules applied besides the statutory ones (or
	// instead of them, with NoStatutory).
	Rules []HolidayRule `json:"rules,omitempty"`
	// Breaks are Government (or employer) placements of holidays.
	Breaks []Break `json:"breaks,omitempty"`
	// Extra lists further days off the caller adds.
	Extra []Date `json:"extra,omitempty"`
	// MakeUp lists days that are working days whatever else applies:
	// weekly days off worked in exchange for a day off (làm bù).
	MakeUp []Date `json:"make_up,omitempty"`
}

// VietnamCivilService returns the calendar of the state civil service
// (cán bộ, công chức, viên chức) and of the party, state and mass
// organisations that follow it: Saturday and Sunday off (the 40-hour week
// of Quyết định 188/1999/QĐ-TTg), the statutory holidays, and the
// Government's breaks of CivilServiceBreaks. Each call returns new slices.
//
// Private employers choose their own Tết days within the statute and may
// have other weekly days off; build their Calendar from the zero value.
func VietnamCivilService() Calendar {
	return Calendar{Breaks: CivilServiceBreaks()}
}

// weekly returns the effective weekly days off.
func (c *Calendar) weekly() [7]bool {
	w := c.WeeklyOff
	if w == [7]bool{} {
		w[time.Saturday], w[time.Sunday] = true, true
	}
	return w
}

// ruleCount returns the number of rules the calendar applies.
func (c *Calendar) ruleCount() int {
	n := len(c.Rules)
	if !c.NoStatutory {
		n += len(statutoryRules)
	}
	return n
}

// rule returns rule number i of the calendar: the statutory rules first,
// then Rules.
func (c *Calendar) rule(i int) *HolidayRule {
	if !c.NoStatutory {
		if i < len(statutoryRules) {
			return &statutoryRules[i]
		}
		i -= len(statutoryRules)
	}
	return &c.Rules[i]
}

// ruleByID returns the first rule of the calendar with the ID, or nil.
func (c *Calendar) ruleByID(id string) *HolidayRule {
	for i := 0; i < c.ruleCount(); i++ {
		if r := c.rule(i); r.ID == id {
			return r
		}
	}
	return nil
}

// Holidays returns the calendar's days off in a Gregorian year other than
// the plain weekly days off, in date order: the statutory holidays
// (including those falling on a weekly day off), their compensatory days,
// the working days a Break gives off, and the Extra days. Make-up days are
// never listed.
func (c Calendar) Holidays(year int) []Holiday {
	var out []Holiday
	c.plan(year, &out)
	sortHolidays(out)
	return out
}

// IsDayOff reports whether d is a day off in the calendar: a weekly day
// off, a holiday, a compensatory day, a day of a Break or an Extra day,
// and not a make-up day. The zero Date is not a day off (nor a working
// day).
func (c Calendar) IsDayOff(d Date) bool {
	if d.IsZero() {
		return false
	}
	ys := c.plan(d.Year(), nil)
	return ys.off(d)
}

// Window of the per-year computation: the year and the 31 days before it,
// so that a compensatory day from late December reaches January.
const (
	planLead  = 31
	planWords = (planLead + 366 + 63) / 64
)

type dayBits [planWords]uint64

func (b *dayBits) set(i int)      { b[i>>6] |= 1 << (uint(i) & 63) }
func (b *dayBits) has(i int) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }

// setRange marks the days of [start, end] that fall in the window from lo
// of n days.
func (b *dayBits) setRange(lo Date, n int, start, end Date) {
	i, j := lo.DaysUntil(start), lo.DaysUntil(end)
	if start.IsZero() || end.IsZero() {
		return
	}
	i = max(i, 0)
	j = min(j, n-1)
	for ; i <= j; i++ {
		b.set(i)
	}
}

// yearSet is one Gregorian year's days off, as a bitset from 1 January.
type yearSet struct {
	first Date // 1 January
	n     int  // days in the year
	bits  [(366 + 63) / 64]uint64
}

func (s *yearSet) offAt(i int) bool { return s.bits[i>>6]&(1<<(uint(i)&63)) != 0 }

// off reports whether d, which must be in the year, is a day off.
func (s *yearSet) off(d Date) bool { return s.offAt(s.first.DaysUntil(d)) }

// plan works out the days off of year y. When list is not nil it also
// appends the holidays of the year to *list, unsorted. It keeps no state
// between calls.
func (c *Calendar) plan(y int, list *[]Holiday) yearSet {
	var ys yearSet
	first, last := DateOf(y, time.January, 1), DateOf(y, time.December, 31)
	if first.IsZero() || last.IsZero() {
		return ys
	}
	ys.first = first
	ys.n = first.DaysUntil(last) + 1
	lo := first.AddDays(-planLead)
	lead := planLead
	if lo.IsZero() { // year 1: no window before it
		lo, lead = first, 0
	}
	n := lead + ys.n
	weekly := c.weekly()
	w0 := int(lo.Weekday())
	isWeekly := func(i int) bool { return weekly[(w0+i)%7] }

	var hol, brk, extra, comp, mk dayBits
	for _, d := range c.MakeUp {
		if i := lo.DaysUntil(d); !d.IsZero() && i >= 0 && i < n {
			mk.set(i)
		}
	}
	for bi := range c.Breaks {
		b := &c.Breaks[bi]
		if b.From.IsZero() || b.Until.IsZero() || b.Until.Before(lo) || b.From.After(last) {
			continue
		}
		brk.setRange(lo, n, b.From, b.Until)
		for _, d := range b.MakeUp {
			if i := lo.DaysUntil(d); !d.IsZero() && i >= 0 && i < n {
				mk.set(i)
			}
		}
	}
	for _, d := range c.Extra {
		if i := lo.DaysUntil(d); !d.IsZero() && i >= 0 && i < n {
			extra.set(i)
		}
	}

	// The runs of the holiday rules that meet the window.
	var lc lunarCache
	var buf [16]holidaySpan
	spans := buf[:0]
	for ri := 0; ri < c.ruleCount(); ri++ {
		spans = c.rule(ri).appendSpans(spans, ri, lo, last, &lc)
	}
	slices.SortFunc(spans, func(a, b holidaySpan) int { return a.start.Compare(b.start) })
	for si := range spans {
		s := &spans[si]
		for bi := range c.Breaks {
			if c.Breaks[bi].overlaps(s.start, s.end) {
				s.placed = true
				break
			}
		}
		if !s.placed {
			hol.setRange(lo, n, s.start, s.end)
		}
	}

	// Compensatory days: each holiday on a weekly day off moves to the
	// next working day, in date order (Điều 111 khoản 3).
	type compDay struct{ i, rule int }
	var compBuf [8]compDay
	comps := compBuf[:0]
	for si := range spans {
		s := &spans[si]
		if s.placed {
			continue
		}
		for d := s.start; !d.IsZero() && !d.After(s.end); d = d.AddDays(1) {
			i := lo.DaysUntil(d)
			if i < 0 {
				continue
			}
			if i >= n {
				break
			}
			if !isWeekly(i) || mk.has(i) {
				continue
			}
			for j := i + 1; j < n; j++ {
				if !isWeekly(j) && !mk.has(j) && !hol.has(j) && !brk.has(j) && !extra.has(j) && !comp.has(j) {
					comp.set(j)
					comps = append(comps, compDay{j, s.rule})
					break
				}
			}
		}
	}

	for i := 0; i < ys.n; i++ {
		k := lead + i
		if !mk.has(k) && (isWeekly(k) || hol.has(k) || brk.has(k) || extra.has(k) || comp.has(k)) {
			ys.bits[i>>6] |= 1 << (uint(i) & 63)
		}
	}
	if list == nil {
		return ys
	}

	// The list of holidays of the year.
	var listed dayBits
	for _, s := range spans {
		r := c.rule(s.rule)
		for d := s.start; !d.IsZero() && !d.After(s.end); d = d.AddDays(1) {
			k := lo.DaysUntil(d)
			if k < lead || k >= n || mk.has(k) || (s.placed && !brk.has(k)) {
				continue
			}
			listed.set(k)
			*list = append(*list, Holiday{Rule: r.ID, Date: d, Kind: HolidayStatutory, VI: r.VI, EN: r.EN, Source: r.Source})
		}
	}
	for _, cd := range comps {
		if cd.i < lead {
			continue
		}
		r := c.rule(cd.rule)
		d := lo.AddDays(cd.i)
		listed.set(cd.i)
		*list = append(*list, Holiday{
			Rule: r.ID, Date: d, Kind: HolidayCompensatory,
			VI: "Nghỉ bù " + r.VI, EN: r.EN + " (day off in lieu)",
			Source: compensationSource(d),
		})
	}
	for k := lead; k < n; k++ {
		if !brk.has(k) || mk.has(k) || isWeekly(k) || listed.has(k) {
			continue
		}
		d := lo.AddDays(k)
		for bi := range c.Breaks {
			b := &c.Breaks[bi]
			if !b.contains(d) {
				continue
			}
			h := Holiday{Rule: b.Rule, Date: d, Kind: HolidayScheduled, VI: "Ngày nghỉ theo lịch nghỉ " + b.Rule, EN: "Scheduled day off (" + b.Rule + ")", Source: b.Source}
			if r := c.ruleByID(b.Rule); r != nil {
				h.VI, h.EN = r.VI+" (ngày nghỉ theo lịch nghỉ)", r.EN+" (scheduled day off)"
			}
			listed.set(k)
			*list = append(*list, h)
			break
		}
	}
	for k := lead; k < n; k++ {
		if extra.has(k) && !mk.has(k) && !listed.has(k) {
			listed.set(k)
			*list = append(*list, Holiday{Date: lo.AddDays(k), Kind: HolidayExtra, VI: "Ngày nghỉ thêm", EN: "Extra day off"})
		}
	}
	return ys
}

// civilServiceBreak builds a Break of the shipped schedules.
func civilServiceBreak(rule string, from, until Date, src Source, makeUp ...Date) Break {
	return Break{Rule: rule, From: from, Until: until, MakeUp: makeUp, Source: src}
}

func vnDate(y int, m time.Month, d int) Date { return DateOf(y, m, d) }

// CivilServiceBreaks returns the Government's holiday breaks for the civil
// service found for 2020–2026 (rules/second-pass.md gap 7.4–7.5, with
// corrections noted below), in date order, as fresh values on every call:
//
//	year  holiday       days off                 basis
//	2020  tet           23/01–29/01              Prime Minister, Tết Canh Tý
//	2021  tet           10/02–16/02
//	2021  national-day  02/09–05/09
//	2022  tet           29/01–06/02              VPCP 245 (11/01/2022); dates derived
//	2023  new-year      01/01–02/01
//	2023  tet           20/01–26/01              VPCP 8056/VPCP-KGVX (01/12/2022)
//	2023  national-day  01/09–04/09
//	2024  tet           08/02–14/02              VPCP 8662/VPCP-KGVX
//	2024  victory       27/04–01/05, làm bù 04/05 VPCP 2450/VPCP-KGVX (12/04/2024)
//	2024  national-day  31/08–03/09
//	2025  tet           25/01–02/02              VPCP 8726/VPCP-KGVX (26/11/2024)
//	2025  victory       30/04–04/05, làm bù 26/04
//	2025  national-day  30/08–02/09              Thông báo 6150/TB-BLĐTBXH
//	2026  new-year      01/01–04/01, làm bù 10/01 VPCP 12729/VPCP-KGVX (25/12/2025)
//	2026  tet           14/02–22/02
//	2026  hung-kings    26/04–27/04
//
// Several only restate what the statute gives (the 2021 and 2024 Quốc
// khánh, the 2026 Giỗ Tổ); they are kept as checks. The 2025 Quốc khánh
// break is 30/08–02/09, not the 31/08–03/09 of the digest, which was a
// ministry's proposal. Not found: the 2026 Quốc khánh break (the statutory
// default, 1/9 and 2/9, applies) and breaks before 2020. Each Break's
// Source carries its confidence: 2022 Tết is Inferred (the count is
// sourced, the dates derived), the rest Secondary.
func CivilServiceBreaks() []Break {
	const pm = "Thủ tướng Chính phủ"
	src := func(doc string, issued Date, section, url string, c Confidence) Source {
		return Source{Document: doc, Issuer: pm, Date: issued, Section: section, URL: url, Confidence: c}
	}
	return []Break{
		civilServiceBreak("tet", vnDate(2020, 1, 23), vnDate(2020, 1, 29),
			src("Lịch nghỉ Tết Âm lịch Canh Tý 2020", Date{}, "7 days, 29 Chạp to mùng 5",
				"https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2", Secondary)),
		civilServiceBreak("tet", vnDate(2021, 2, 10), vnDate(2021, 2, 16),
			src("Lịch nghỉ Tết Âm lịch Tân Sửu 2021", Date{}, "7 days; 15–16/2 in lieu of mùng 2–3 on Sat–Sun",
				"https://thegioimoitruong.vn/tet-nguyen-dan-tan-suu-nam-2021-duoc-7-ngay-nghi.html", Secondary)),
		civilServiceBreak("national-day", vnDate(2021, 9, 2), vnDate(2021, 9, 5),
			src("Lịch nghỉ Quốc khánh 2021", Date{}, "2/9 and 3/9 with the weekend",
				"https://thegioimoitruong.vn/tet-nguyen-dan-tan-suu-nam-2021-duoc-7-ngay-nghi.html", Secondary)),
		civilServiceBreak("tet", vnDate(2022, 1, 29), vnDate(2022, 2, 6),
			src("Công văn 245/VPCP-KGVX", vnDate(2022, 1, 11), "5 Tết days with the weekends before and after; dates derived (weekdays 31/1–4/2)",
				"https://kinhtemoitruong.vn./nghi-82743.tag", Inferred)),
		civilServiceBreak("new-year", vnDate(2023, 1, 1), vnDate(2023, 1, 2),
			src("Lịch nghỉ Tết Dương lịch 2023", Date{}, "Sun 1/1 and Mon 2/1 in lieu",
				"http://118.69.84.237:801/phap-luat/tim-tu-van?page=2344&q=Gi%E1%BA%A3i+th%E1%BB%83+ph%C3%A1p+nh%C3%A2n", Secondary)),
		civilServiceBreak("tet", vnDate(2023, 1, 20), vnDate(2023, 1, 26),
			src("Công văn 8056/VPCP-KGVX", vnDate(2022, 12, 1), "7 days",
				"https://pld.net.vn/tag/nghi-tet-nguyen-dan.html", Secondary)),
		civilServiceBreak("national-day", vnDate(2023, 9, 1), vnDate(2023, 9, 4),
			src("Lịch nghỉ Quốc khánh 2023", Date{}, "Fri 1/9, Sat 2/9, Mon 4/9 in lieu",
				"https://theotoi.net/p/02-09-duoc-nghi-may-ngay.html", Secondary)),
		civilServiceBreak("tet", vnDate(2024, 2, 8), vnDate(2024, 2, 14),
			src("Công văn 8662/VPCP-KGVX", Date{}, "7 days, 29 Chạp to mùng 5",
				"https://th389.vn/thu-tuong-chinh-phu-pham-minh-chinh-dong-y-nghi-tet-nguyen-dan-2024-trong-7-ngay-a172920.html", Secondary)),
		civilServiceBreak("victory", vnDate(2024, 4, 27), vnDate(2024, 5, 1),
			src("Công văn 2450/VPCP-KGVX", vnDate(2024, 4, 12), "Mon 29/4 swapped for Sat 4/5",
				"https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html", Secondary),
			vnDate(2024, 5, 4)),
		civilServiceBreak("national-day", vnDate(2024, 8, 31), vnDate(2024, 9, 3),
			src("Lịch nghỉ Quốc khánh 2024", Date{}, "2/9 and 3/9 with the weekend",
				"http://m.btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html", Secondary)),
		civilServiceBreak("tet", vnDate(2025, 1, 25), vnDate(2025, 2, 2),
			src("Công văn 8726/VPCP-KGVX", vnDate(2024, 11, 26), "Tết days Mon 27/1 – Fri 31/1 (28 Chạp to mùng 3) with the weekends",
				"https://vtv9.vtv.vn/index.php/thu-tuong-dong-y-nghi-9-ngay-lien-tuc-dip-tet-nguyen-dan-at-ty-2025", Secondary)),
		civilServiceBreak("victory", vnDate(2025, 4, 30), vnDate(2025, 5, 4),
			src("Lịch nghỉ 30/4 và 1/5 năm 2025", Date{}, "Fri 2/5 swapped for Sat 26/4",
				"https://aeonmall-tanphuceladon-en.com/tin-tuc/nghi-le-30-04-01-05-lien-tiep-trong-5-ngay", Secondary),
			vnDate(2025, 4, 26)),
		civilServiceBreak("national-day", vnDate(2025, 8, 30), vnDate(2025, 9, 2),
			src("Thông báo 6150/TB-BLĐTBXH (Công văn 8726/VPCP-KGVX)", vnDate(2024, 11, 26), "Sat 30/8 – Tue 2/9: 1/9 and 2/9 with the weekend",
				"https://baodanang.vn/chi-tiet-lich-nghi-le-quoc-khanh-2-9-nam-nay-cho-cong-chuc-vien-chuc-va-nguoi-lao-dong-3299118.html", Secondary)),
		civilServiceBreak("new-year", vnDate(2026, 1, 1), vnDate(2026, 1, 4),
			src("Công văn 12729/VPCP-KGVX", vnDate(2025, 12, 25), "Fri 2/1 swapped for Sat 10/1",
				"https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289", Secondary),
			vnDate(2026, 1, 10)),
		civilServiceBreak("tet", vnDate(2026, 2, 14), vnDate(2026, 2, 22),
			src("Lịch nghỉ Tết Âm lịch Bính Ngọ 2026", Date{}, "Tết days Mon 16/2 – Fri 20/2 (29 Chạp to mùng 4) with the weekends",
				"https://vietnammedia.vnanet.vn/video/lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-165342.htm", Secondary)),
		civilServiceBreak("hung-kings", vnDate(2026, 4, 26), vnDate(2026, 4, 27),
			src("Lịch nghỉ Giỗ Tổ Hùng Vương 2026", Date{}, "Sun 26/4 and Mon 27/4 in lieu (code-index sources only)",
				"", Secondary)),
	}
}
