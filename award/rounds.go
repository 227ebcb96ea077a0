package award

import (
	"slices"
	"time"

	"github.com/chibo-go/chibo"
)

// Occasion is a yearly anniversary on which badges are awarded.
type Occasion struct {
	Month time.Month // month of the anniversary
	Day   int        // day of the month
	VI    string     // the anniversary in Vietnamese
	EN    string     // the anniversary in English
}

// StandardOccasions returns the four yearly award occasions of Hướng dẫn
// 01-HD/TW 2016 and 2021 (mục 18): 3/2, 19/5, 2/9 and 7/11.
func StandardOccasions() [4]Occasion {
	return [4]Occasion{
		{time.February, 3, "Ngày thành lập Đảng Cộng sản Việt Nam", "founding of the Communist Party of Vietnam"},
		{time.May, 19, "Ngày sinh Chủ tịch Hồ Chí Minh", "birthday of President Hồ Chí Minh"},
		{time.September, 2, "Ngày Quốc khánh", "National Day"},
		{time.November, 7, "Ngày Cách mạng Tháng Mười Nga", "anniversary of the October Revolution"},
	}
}

// Rounds is the calendar of award rounds (đợt xét tặng): the four standard
// occasions each year plus the other occasions a caller adds ("các dịp kỷ
// niệm quan trọng khác", HD 01-HD/TW 2021, mục 18). The zero value holds
// the standard occasions only.
type Rounds struct {
	// Extra are further round dates, in any order.
	Extra []chibo.Date
}

// OnOrAfter returns the first round on or after d (inclusive): the round a
// member whose milestone falls on d goes to ("kịp thời"). It returns the
// zero Date for a zero d.
func (r Rounds) OnOrAfter(d chibo.Date) chibo.Date {
	if d.IsZero() {
		return d
	}
	y, mo, day := d.Date()
	best := firstStandardRound(y, mo, day)
	for _, e := range r.Extra {
		if !e.Before(d) && (best.IsZero() || e.Before(best)) {
			best = e
		}
	}
	return best
}

var standard = StandardOccasions()

// Between returns every round from from to to, both inclusive, in order.
func (r Rounds) Between(from, to chibo.Date) []chibo.Date {
	var out []chibo.Date
	for d := r.OnOrAfter(from); !d.IsZero() && !d.After(to); d = r.OnOrAfter(d.AddDays(1)) {
		out = append(out, d)
	}
	return out
}

// IsRound reports whether d is a round date.
func (r Rounds) IsRound(d chibo.Date) bool {
	return !d.IsZero() && (r.OnOrAfter(d) == d || slices.Contains(r.Extra, d))
}

// firstStandardRound returns the first of the four standard occasions on or
// after the given day.
func firstStandardRound(y int, mo time.Month, day int) chibo.Date {
	for _, o := range standard {
		if o.Month > mo || (o.Month == mo && o.Day >= day) {
			return chibo.DateOf(y, o.Month, o.Day)
		}
	}
	return chibo.DateOf(y+1, standard[0].Month, standard[0].Day)
}
