package member_test

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// A violation serious enough for a reprimand, committed on 01/01/2020, is
// time-barred five years later (T22); a new violation on 01/03/2023
// restarts the period (T23); a violation serious enough for expulsion is
// never barred (T24).
func ExampleLimitation() {
	v := member.Violation{Date: chibo.DateOf(2020, time.January, 1), Level: member.Reprimand}
	discovered := chibo.DateOf(2025, time.June, 1)

	r := member.Limitation(v, nil, discovered)
	fmt.Println("T22:", r.Barred, r.Expires.VN())

	again := []member.Violation{{Date: chibo.DateOf(2023, time.March, 1), Level: member.Reprimand}}
	r = member.Limitation(v, again, discovered)
	fmt.Println("T23:", r.Barred, r.Expires.VN())
	fmt.Println(r.Reason.EN)

	old := member.Violation{Date: chibo.DateOf(2005, time.June, 1), Level: member.Expulsion}
	r = member.Limitation(old, nil, discovered)
	fmt.Println("T24:", r.Barred, r.Unlimited)
	// Output:
	// T22: true 01/01/2025
	// T23: false 01/03/2028
	// The violation of 01/01/2020, serious enough for a reprimand: limitation 5 years (60 months); a new violation on 01/03/2023 within the period restarts it from 01/03/2023; barred from 01/03/2028. On 01/06/2025 the violation is within the limitation period: it may be disciplined.
	// T24: false true
}

// A warning announced on 10/01/2026 blocks appointment, transfer, rank and
// awards until its effect ends on 10/01/2027 (T25).
func ExampleMember_Blocks() {
	m := member.Member{ID: "t25", Name: "Lò Văn Tâm",
		DecisionDate: chibo.DateOf(2000, time.May, 19), OfficialDate: chibo.DateOf(2001, time.May, 19),
		Discipline: []member.Discipline{{Form: member.Warning, Date: chibo.DateOf(2026, time.January, 10)}},
	}
	for _, on := range []chibo.Date{chibo.DateOf(2026, time.June, 1), chibo.DateOf(2027, time.January, 10)} {
		blocks, reasons := m.Blocks(on)
		fmt.Println(on.VN(), blocks)
		fmt.Println(" ", reasons[0].EN)
	}
	// Output:
	// 01/06/2026 [appointment transfer rank-promotion award]
	//   The warning (cảnh cáo) of 10/01/2026 is in effect on 01/06/2026; it ends automatically on 10/01/2027 if there is no complaint and no new violation (the record holds none).
	// 10/01/2027 []
	//   No discipline is in effect on 10/01/2027: nothing is blocked.
}

// A discipline ends by itself 12 months after it was announced, or after the
// decision on a complaint; an expulsion never does.
func ExampleEffectEnds() {
	warning := member.Discipline{Form: member.Warning, Date: chibo.DateOf(2026, time.January, 10)}
	end, ok := member.EffectEnds(warning, chibo.Date{}, false)
	fmt.Println(end.VN(), ok)
	end, ok = member.EffectEnds(warning, chibo.DateOf(2026, time.April, 2), false)
	fmt.Println(end.VN(), ok)
	_, ok = member.EffectEnds(warning, chibo.Date{}, true)
	fmt.Println("re-offended:", ok)
	_, ok = member.EffectEnds(member.Discipline{Form: member.Expulsion, Date: warning.Date}, chibo.Date{}, false)
	fmt.Println("expulsion:", ok)
	// Output:
	// 10/01/2027 true
	// 02/04/2027 true
	// re-offended: false
	// expulsion: false
}

// A probationary member can only be reprimanded or warned (T26).
func ExampleCheckForm() {
	fmt.Println(member.FormsFor(false, true))
	ok, why := member.CheckForm(member.Dismissal, false, true)
	fmt.Println(ok, why.VI)
	ok, _ = member.CheckForm(member.Dismissal, true, true)
	fmt.Println(ok)
	// Output:
	// [khien-trach canh-cao]
	// false Đảng viên dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo; không áp dụng cách chức.
	// true
}
