package chibo

import "strconv"

// AppendVN appends the date in the Vietnamese form "02/01/2006" to b and
// returns the extended buffer; it is VN without the allocation, for code
// that builds many texts in one buffer. The zero Date appends nothing, as VN
// returns "".
func (d Date) AppendVN(b []byte) []byte {
	if d.n == 0 {
		return b
	}
	y, m, dd := civilFromDays(int(d.n) - epochShift)
	// The two digits of the day, of the month, and of each half of the
	// year are read from pairs at these offsets: one append, one capacity
	// check, no division by ten.
	dp, mp := 2*uint(dd), 2*uint(m)
	hp, lp := 2*(uint(y)/100), 2*(uint(y)%100)
	return append(b, pairs[dp], pairs[dp+1], '/', pairs[mp], pairs[mp+1], '/',
		pairs[hp], pairs[hp+1], pairs[lp], pairs[lp+1])
}

// pairs holds the two-digit numbers 00 to 99, one after the other.
const pairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// AppendVN appends the span in Vietnamese, as "29 năm 11 tháng 5 ngày", to
// b and returns the extended buffer; it is VN without the allocation.
func (s Span) AppendVN(b []byte) []byte {
	b = strconv.AppendInt(b, int64(s.Years), 10)
	b = append(b, " năm "...)
	b = strconv.AppendInt(b, int64(s.Months), 10)
	b = append(b, " tháng "...)
	b = strconv.AppendInt(b, int64(s.Days), 10)
	return append(b, " ngày"...)
}

// AppendEN appends the span in English, as "29 years 11 months 5 days"
// (with "1 year", "1 month", "1 day" in the singular), to b and returns the
// extended buffer; it is EN without the allocations.
func (s Span) AppendEN(b []byte) []byte {
	b = appendPlural(b, s.Years, "year")
	b = append(b, ' ')
	b = appendPlural(b, s.Months, "month")
	b = append(b, ' ')
	return appendPlural(b, s.Days, "day")
}

// appendPlural appends what plural returns.
func appendPlural(b []byte, n int, unit string) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, ' ')
	b = append(b, unit...)
	if n != 1 {
		b = append(b, 's')
	}
	return b
}
