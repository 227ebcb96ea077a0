package chibo

import (
	"math"
	"strconv"
)

// LunarDate is a date in the Vietnamese lunar calendar (âm lịch), the
// lunisolar calendar that fixes Tết Nguyên đán (the lunar new year) and
// Giỗ Tổ Hùng Vương (the Hùng Kings' commemoration, 10/3 âm lịch).
//
// The calendar is computed astronomically for Vietnam's time zone, UTC+7,
// by Hồ Ngọc Đức's published algorithm ("Âm lịch Việt Nam", 2004): a month
// starts on the local day of a new moon, month 11 is the month that
// contains the winter solstice, and in a year with 13 months the first
// month after month 11 that contains no major solar term (trung khí) is
// the leap month (tháng nhuận), which repeats the number of the month
// before it. Because the calendar is computed for UTC+7 rather than China's
// UTC+8, Vietnam's lunar calendar sometimes differs from the Chinese one:
// Tết 1985 fell on 21/01/1985 in Vietnam and on 20/02/1985 in China, and
// Tết 2007 on 17/02/2007 in Vietnam and 18/02/2007 in China.
//
// The zero LunarDate names no day. Two LunarDates are equal with == when
// they name the same day.
type LunarDate struct {
	// Year is the lunar year, named by the Gregorian year in which it
	// begins (in which its Tết falls). Months 11 and 12 of a lunar year
	// may fall in January and February of the next Gregorian year.
	Year int `json:"year"`
	// Month is the lunar month, 1 (tháng Giêng) to 12 (tháng Chạp).
	Month int `json:"month"`
	// Day is the day of the lunar month, 1 to 29 or 30.
	Day int `json:"day"`
	// Leap is true in a leap month (tháng nhuận), the month that repeats
	// Month; it follows the regular month of that number.
	Leap bool `json:"leap,omitempty"`
}

// The supported range of the lunar conversion, in Gregorian years. The
// astronomical approximations of Hồ Ngọc Đức's algorithm (Meeus' truncated
// series, with a simple ΔT polynomial) are published as accurate to the
// day in this range; outside it ToLunar, FromLunar and LunarNewYear report
// false rather than guess.
const (
	// LunarMinYear is the first Gregorian year ToLunar converts.
	LunarMinYear = 1800
	// LunarMaxYear is the last Gregorian year ToLunar converts.
	LunarMaxYear = 2199
)

const (
	// vnTimeZone is Vietnam's offset from UTC in hours (UTC+7), the time
	// zone the calendar's new moons and solar terms are reckoned in.
	vnTimeZone = 7.0
	// synodicMonth is the mean length of a lunation in days.
	synodicMonth = 29.530588853
	// newMoon1900 is the Julian date of the new moon of 1 January 1900
	// (13:52 UT), the epoch k = 0 of the new-moon series.
	newMoon1900 = 2415021.076998695
	// jdnOffset converts Date.n (days since 0000-12-31, proleptic
	// Gregorian) to the Julian day number: 0001-01-01 is JDN 1721426.
	jdnOffset = 1721425
)

// jdnOf returns the Julian day number of d (d must not be zero).
func jdnOf(d Date) int { return int(d.n) + jdnOffset }

// dateOfJDN returns the Date with Julian day number j, or the zero Date
// outside the range of Date.
func dateOfJDN(j int) Date {
	n := j - jdnOffset
	if n < 1 || n > maxN {
		return Date{}
	}
	return Date{n: int32(n)}
}

// lunarDateRange reports whether d lies in the supported Gregorian years.
func lunarDateRange(d Date) bool {
	if d.IsZero() {
		return false
	}
	y := d.Year()
	return y >= LunarMinYear && y <= LunarMaxYear
}

// newMoon returns the Julian date (UT, fractional) of the k-th new moon
// after the one of 1 January 1900, by Meeus' approximation as used in
// Hồ Ngọc Đức's algorithm (Astronomical Algorithms, 1st ed., ch. 47).
func newMoon(k int) float64 {
	const dr = math.Pi / 180
	kf := float64(k)
	t := kf / 1236.85 // Julian centuries from 1900-01-01 12:00
	t2 := t * t
	t3 := t2 * t
	jd1 := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd1 += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)
	m := 359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3    // sun's mean anomaly
	mpr := 306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3 // moon's mean anomaly
	f := 21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3    // moon's argument of latitude
	c1 := (0.1734-0.000393*t)*math.Sin(m*dr) + 0.0021*math.Sin(2*dr*m)
	c1 = c1 - 0.4068*math.Sin(mpr*dr) + 0.0161*math.Sin(dr*2*mpr)
	c1 = c1 - 0.0004*math.Sin(dr*3*mpr)
	c1 = c1 + 0.0104*math.Sin(dr*2*f) - 0.0051*math.Sin(dr*(m+mpr))
	c1 = c1 - 0.0074*math.Sin(dr*(m-mpr)) + 0.0004*math.Sin(dr*(2*f+m))
	c1 = c1 - 0.0004*math.Sin(dr*(2*f-m)) - 0.0006*math.Sin(dr*(2*f+mpr))
	c1 = c1 + 0.0010*math.Sin(dr*(2*f-mpr)) + 0.0005*math.Sin(dr*(2*mpr+m))
	var deltaT float64 // ΔT = TT − UT, in days
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd1 + c1 - deltaT
}

// newMoonDay returns the Julian day number of the local (UTC+7) day on
// which the k-th new moon falls.
func newMoonDay(k int) int {
	return int(math.Floor(newMoon(k) + 0.5 + vnTimeZone/24))
}

// sunLongitude returns the sun's apparent longitude in radians, in
// [0, 2π), at the Julian date jd (Meeus ch. 25, low accuracy).
func sunLongitude(jd float64) float64 {
	const dr = math.Pi / 180
	t := (jd - 2451545.0) / 36525 // Julian centuries from J2000.0
	t2 := t * t
	m := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2 // mean anomaly
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2                  // mean longitude
	dl := (1.914600-0.004817*t-0.000014*t2)*math.Sin(dr*m) +
		(0.019993-0.000101*t)*math.Sin(dr*2*m) + 0.000290*math.Sin(dr*3*m)
	l := (l0 + dl) * dr
	return l - 2*math.Pi*math.Floor(l/(2*math.Pi))
}

// sunSector returns which 30° sector (0–11) of the ecliptic the sun is in
// at the local (UTC+7) midnight that starts the day with Julian day number
// day. Sector 9 starts at the winter solstice (270°).
func sunSector(day int) int {
	return int(math.Floor(sunLongitude(float64(day)-0.5-vnTimeZone/24) / math.Pi * 6))
}

// lunarMonth11 returns the Julian day number of the first day of the lunar
// month 11 (the month of the winter solstice) that begins in Gregorian year
// yy, or in late November or December of it.
func lunarMonth11(yy int) int {
	off := float64(jdnOf(DateOf(yy, 12, 31)) - 2415021)
	k := int(math.Floor(off / synodicMonth))
	nm := newMoonDay(k)
	if sunSector(nm) >= 9 { // the sun is already past 270°: month 11 started a month earlier
		nm = newMoonDay(k - 1)
	}
	return nm
}

// leapMonthOffset returns, for a 13-month lunar year whose month 11 begins
// on day a11, the offset (1–12) from that month 11 of the leap month: the
// first month whose start and the next month's start have the sun in the
// same sector, so that it contains no major solar term.
func leapMonthOffset(a11 int) int {
	k := int(math.Floor((float64(a11)-newMoon1900)/synodicMonth + 0.5))
	i := 1 // the month after month 11
	arc := sunSector(newMoonDay(k + i))
	for {
		last := arc
		i++
		arc = sunSector(newMoonDay(k + i))
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}

// lunarPeriod describes the months from one month 11 (a11) to the next
// (b11): 12 or 13 lunar months.
type lunarPeriod struct {
	a11, b11 int // Julian day numbers of the starts of the two months 11
	k        int // new-moon index of a11
	leapOff  int // offset of the leap month from a11, 0 when none
}

// periodFrom returns the period that starts with the month 11 of
// Gregorian year yy.
func periodFrom(yy int) lunarPeriod {
	p := lunarPeriod{a11: lunarMonth11(yy), b11: lunarMonth11(yy + 1)}
	p.k = int(math.Floor((float64(p.a11)-newMoon1900)/synodicMonth + 0.5))
	if p.b11-p.a11 > 365 {
		p.leapOff = leapMonthOffset(p.a11)
	}
	return p
}

// leapMonth returns the number of the period's leap month, 0 when none.
func (p lunarPeriod) leapMonth() int {
	if p.leapOff == 0 {
		return 0
	}
	m := p.leapOff - 2 // the month before the leap one, counted from 11
	if m <= 0 {
		m += 12
	}
	return m
}

// monthStart returns the Julian day numbers of the first day of lunar month
// (month, leap) in the period and of the month after it, or ok false when
// the period has no such month.
func (p lunarPeriod) monthStart(month int, leap bool) (start, next int, ok bool) {
	off := month - 11
	if off < 0 {
		off += 12
	}
	if p.leapOff != 0 {
		if leap && month != p.leapMonth() {
			return 0, 0, false
		}
		if leap || off >= p.leapOff {
			off++
		}
	} else if leap {
		return 0, 0, false
	}
	return newMoonDay(p.k + off), newMoonDay(p.k + off + 1), true
}

// ToLunar returns the Vietnamese lunar date of d. It reports false for the
// zero Date and for dates outside the Gregorian years LunarMinYear to
// LunarMaxYear (1800–2199).
//
//	ToLunar(DateOf(2026, time.April, 26)) // 10/3/2026 (Giỗ Tổ Hùng Vương)
func ToLunar(d Date) (LunarDate, bool) {
	if !lunarDateRange(d) {
		return LunarDate{}, false
	}
	yy := d.Year()
	day := jdnOf(d)
	k := int(math.Floor((float64(day) - newMoon1900) / synodicMonth))
	start := newMoonDay(k + 1)
	for start > day {
		// The published algorithm steps back once, to new moon k. When the
		// true new moon k falls after d (as around 07/05/2054) it then
		// reported day 0; step back until the month has begun.
		start = newMoonDay(k)
		k--
	}
	var p lunarPeriod
	var year int
	a11 := lunarMonth11(yy)
	if a11 >= start { // d is before this year's month 11
		year = yy
		p.a11, p.b11 = lunarMonth11(yy-1), a11
	} else {
		year = yy + 1
		p.a11, p.b11 = a11, lunarMonth11(yy+1)
	}
	diff := (start - p.a11) / 29 // whole months since month 11
	month := diff + 11
	leap := false
	if p.b11-p.a11 > 365 {
		if off := leapMonthOffset(p.a11); diff >= off {
			month = diff + 10
			leap = diff == off
		}
	}
	if month > 12 {
		month -= 12
	}
	if month >= 11 && diff < 4 { // months 11 and 12 belong to the year before
		year--
	}
	return LunarDate{Year: year, Month: month, Day: day - start + 1, Leap: leap}, true
}

// FromLunar returns the Gregorian date of the lunar date l. It reports
// false when l names no day: a month outside 1–12, a day outside 1–30, day
// 30 of a 29-day month (tháng thiếu), a Leap flag on a month that is not
// that year's leap month, or a date outside the supported Gregorian years
// 1800–2199.
func FromLunar(l LunarDate) (Date, bool) {
	if l.Month < 1 || l.Month > 12 || l.Day < 1 || l.Day > 30 ||
		l.Year < LunarMinYear-1 || l.Year > LunarMaxYear {
		return Date{}, false
	}
	// Months 1–10 lie in the period from the month 11 of the year before;
	// months 11 and 12 in the period from the year's own month 11.
	from := l.Year - 1
	if l.Month >= 11 {
		from = l.Year
	}
	start, next, ok := periodFrom(from).monthStart(l.Month, l.Leap)
	if !ok || l.Day > next-start {
		return Date{}, false
	}
	d := dateOfJDN(start + l.Day - 1)
	if !lunarDateRange(d) {
		return Date{}, false
	}
	return d, true
}

// LunarNewYear returns mùng 1 Tết, the first day of the lunar year that
// begins in the Gregorian year (Tết Nguyên đán), in Vietnam's calendar. It
// reports false outside 1800–2199.
func LunarNewYear(year int) (Date, bool) {
	return FromLunar(LunarDate{Year: year, Month: 1, Day: 1})
}

// IsZero reports whether l is the zero LunarDate.
func (l LunarDate) IsZero() bool { return l == LunarDate{} }

// String returns the lunar date as day/month/year, "10/3/2026", with
// " (nhuận)" after a leap month: "1/4/2020 (nhuận)". The zero LunarDate
// returns "".
func (l LunarDate) String() string {
	if l.IsZero() {
		return ""
	}
	b := make([]byte, 0, 20)
	b = strconv.AppendInt(b, int64(l.Day), 10)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(l.Month), 10)
	b = append(b, '/')
	b = strconv.AppendInt(b, int64(l.Year), 10)
	if l.Leap {
		b = append(b, " (nhuận)"...)
	}
	return string(b)
}
