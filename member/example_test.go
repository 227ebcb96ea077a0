package member_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Party age counts from the admission decision, less the periods not
// counted (rules/badge.md T4).
func ExampleMember_PartyAge() {
	m := member.Member{
		ID: "t4", Name: "Hoàng Văn Thắng",
		DecisionDate: chibo.DateOf(1995, time.March, 15),
		OfficialDate: chibo.DateOf(1996, time.March, 15),
		Gaps: []member.Gap{{Kind: member.LostContact,
			From: chibo.DateOf(2000, time.January, 1), To: chibo.DateOf(2001, time.December, 31)}},
	}
	age, _ := m.PartyAge(chibo.DateOf(2026, time.November, 29))
	fmt.Println(age.VN())
	fmt.Println(age.EN())
	fmt.Println("30 years on", m.ReachesOn(30).VN())
	// Output:
	// 29 năm 8 tháng 13 ngày
	// 29 years 8 months 13 days
	// 30 years on 16/03/2027
}

func ExampleMember_ReachesOn() {
	m := member.Member{DecisionDate: chibo.DateOf(1996, time.February, 29)}
	fmt.Println(m.ReachesOn(30))
	// Output: 2026-02-28
}

func ExampleMember_Validate() {
	m := member.Member{ID: "m17", Name: "Lý Thị Mai",
		Born:         chibo.DateOf(2003, time.January, 1),
		DecisionDate: chibo.DateOf(2002, time.May, 1),
		Discipline:   []member.Discipline{{Form: member.Dismissal, Date: chibo.DateOf(2002, time.June, 1)}},
	}
	err := m.Validate(chibo.Date{})
	fmt.Println(errors.Is(err, member.ErrOrder), errors.Is(err, member.ErrDisciplineForm))
	var fe *member.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field, fe.Value)
	}
	// Output:
	// true true
	// born 2003-01-01
}
