package award

import (
	"strconv"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// text is the buffer the texts of one decision's reasons are written to,
// Vietnamese and English, one after the other: no fmt, no interface boxing,
// no allocation per text. Its methods append to the buffer and return it,
// so that a text reads as a chain:
//
//	t = t.s("Đủ ").int(o.Milestone).s(" năm tuổi đảng từ ngày ").date(o.Due)
//
// text is passed by value, not through a pointer, so that the buffer can
// stay on the stack until the texts are converted to one string (see
// reasonList.finish).
type text []byte

func (t text) s(v string) text        { return append(t, v...) }
func (t text) int(n int) text         { return strconv.AppendInt(t, int64(n), 10) }
func (t text) date(d chibo.Date) text { return d.AppendVN(t) }

// spanVN and spanEN write a span as Span.VN and Span.EN do.
func (t text) spanVN(s chibo.Span) text { return s.AppendVN(t) }
func (t text) spanEN(s chibo.Span) text { return s.AppendEN(t) }

// ints writes a list of years as "30, 40".
func (t text) ints(v []int) text {
	sep := ""
	for _, n := range v {
		t = t.s(sep).int(n)
		sep = ", "
	}
	return t
}

// milestones writes a set of milestones as "30, 40", in increasing order.
func (t text) milestones(s Milestones) text {
	sep := ""
	for y := s.Next(0); y != 0; y = s.Next(y) {
		t = t.s(sep).int(y)
		sep = ", "
	}
	return t
}

// gaps writes the gaps of a member not counted in party age on ref, as
// "lost-contact 01/02/2003–04/05/2006; …".
func (t text) gaps(gaps []member.Gap, ref chibo.Date) text {
	sep := ""
	for _, g := range gaps {
		if end, ok := notCounted(g, ref); ok {
			t = t.s(sep).s(g.Kind.String()).s(" ").date(g.From).s("–").date(end)
			sep = "; "
		}
	}
	return t
}
