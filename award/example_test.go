package award_test

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

// A member admitted on 10/06/1982 reaches 40 years of party age on
// 10/06/2022; the first round on or after it is 2 September 2022.
func ExampleDecide() {
	m := member.Member{
		ID: "btp-017", Name: "Ma Thị Quản", Branch: "Chi bộ thôn Bản Phú",
		DecisionDate: chibo.DateOf(1982, time.June, 10),
		OfficialDate: chibo.DateOf(1983, time.June, 10),
		Badges:       []int{30},
	}
	d := award.Decide(&m, chibo.DateOf(2022, time.September, 2))
	fmt.Println(d.Regime, d.Status, d.Milestone, d.Kind, d.Due)
	for _, r := range d.Reasons {
		fmt.Println(r.Rule, "—", r.EN)
	}
	// Output:
	// 2021 eligible 40 regular 2022-06-10
	// award.regime — Decided under the 2021 rules (24-QĐ/TW), in force from 30/07/2021, applied on the round date 02/09/2022.
	// award.partyage — Party age on the round date (02/09/2022): 40 years 2 months 23 days, counted from the admission decision of 10/06/1982.
	// award.milestone.due — Reached 40 years of party age on 10/06/2022; the 40-year badge has not been received.
	// award.round — The round of 02/09/2022 is the first on or after the milestone date 10/06/2022.
}

// A seriously ill member may be awarded early: 12 months before the
// 50-year milestone under the 2021 rules (rules/badge.md T9).
func ExampleRegime_Decide_earlyIllness() {
	m := member.Member{
		ID: "t9", Name: "Nguyễn Văn Bình",
		DecisionDate: chibo.DateOf(1976, time.August, 10),
		OfficialDate: chibo.DateOf(1977, time.August, 10),
		Badges:       []int{30, 40, 45},
		SeriouslyIll: true,
	}
	for _, round := range []chibo.Date{chibo.DateOf(2025, time.May, 19), chibo.DateOf(2025, time.September, 2)} {
		d := award.Regime2021.Decide(&m, round)
		fmt.Printf("%s: %s %d %s (window opens %s)\n", round.VN(), d.Status, d.Milestone, d.Kind, d.WindowOpens.VN())
	}
	// Output:
	// 19/05/2025: not-due 50 early-illness (window opens 10/08/2025)
	// 02/09/2025: eligible 50 early-illness (window opens 10/08/2025)
}

// A local reading is a copy of a regime with a field changed.
func ExampleRegime_localReading() {
	m := member.Member{
		ID: "t15", Name: "Lý Văn Hùng",
		DecisionDate: chibo.DateOf(1986, time.April, 1),
		OfficialDate: chibo.DateOf(1987, time.April, 1),
		Badges:       []int{30},
		Discipline:   []member.Discipline{{Form: member.Warning, Date: chibo.DateOf(2026, time.March, 1)}},
	}
	round := chibo.DateOf(2026, time.September, 2)
	for _, r := range []award.Regime{award.Regime2026, award.Regime2021Handbook} {
		d := r.Decide(&m, round)
		fmt.Println(r.Name, d.Status, d.DeferredUntil, d.Round)
	}
	// Output:
	// 2026 deferred 2026-12-01 2027-02-03
	// 2021-handbook eligible  2026-09-02
}

func ExampleCheck() {
	m := member.Member{ID: "a", Name: "A", DecisionDate: chibo.DateOf(1995, time.March, 15), OfficialDate: chibo.DateOf(1996, time.March, 15)}
	o := award.Check(&m, chibo.DateOf(2025, time.February, 3))
	fmt.Println(o.Status, o.Milestone, o.Due, o.Round)
	// Output: not-due 30 2025-03-15 2025-05-19
}

func ExampleNominate() {
	roster := []member.Member{
		{ID: "1", Name: "Ma Đức Thuỵ", Branch: "Nà Vài", DecisionDate: chibo.DateOf(1982, time.July, 1), OfficialDate: chibo.DateOf(1983, time.July, 1), Badges: []int{30}},
		{ID: "2", Name: "Ma Công Lệnh", Branch: "Trạm Y tế", DecisionDate: chibo.DateOf(1992, time.August, 20), OfficialDate: chibo.DateOf(1993, time.August, 20)},
		{ID: "3", Name: "Hoàng Thị Hoa", Branch: "Nà Vài", DecisionDate: chibo.DateOf(2015, time.May, 4), OfficialDate: chibo.DateOf(2016, time.May, 4)},
		{ID: "4", Name: "Broken record", DecisionDate: chibo.DateOf(2000, time.January, 1), OfficialDate: chibo.DateOf(1999, time.January, 1)},
	}
	n := award.Nominate(roster, chibo.DateOf(2022, time.September, 2))
	for _, a := range n.Awards {
		fmt.Println(a.Member.Branch, a.Member.Name, a.Milestone)
	}
	for _, r := range n.Rejected {
		fmt.Println("rejected:", r.Err)
	}
	// Output:
	// Nà Vài Ma Đức Thuỵ 40
	// Trạm Y tế Ma Công Lệnh 30
	// rejected: member "4": official_date=1999-01-01: dates out of order: official date not after the admission decision_date 2000-01-01
}

func ExampleSchedule() {
	roster := []member.Member{
		{ID: "1", Name: "Ma Văn Sinh", DecisionDate: chibo.DateOf(1993, time.March, 1), OfficialDate: chibo.DateOf(1994, time.March, 1)},
		{ID: "2", Name: "Hà Thị Lan", DecisionDate: chibo.DateOf(1982, time.October, 1), OfficialDate: chibo.DateOf(1983, time.October, 1), Badges: []int{30}},
	}
	up, _ := award.Schedule(roster, chibo.DateOf(2022, time.September, 3), chibo.DateOf(2023, time.September, 2))
	for _, u := range up {
		fmt.Println(u.Member.Name, u.Milestone, u.Due.VN(), "→", u.Round.VN())
	}
	// Output:
	// Hà Thị Lan 40 01/10/2022 → 07/11/2022
	// Ma Văn Sinh 30 01/03/2023 → 19/05/2023
}

func ExampleGiftFor() {
	for _, years := range []int{30, 80, 45} {
		g := award.GiftFor(years, chibo.DateOf(2026, time.February, 3))
		if !g.Known {
			fmt.Println(years, "unknown:", g.Reasons[0].EN)
			continue
		}
		fmt.Println(years, g.Amount, "VND")
	}
	// Output:
	// 30 3510000 VND
	// 80 35100000 VND
	// 45 unknown: No known gift multiple for the 45-year badge (Hướng dẫn 56-HD/VPTW sets 30–80 years, not 45); a local amount is needed.
}

func ExampleReissue() {
	m := member.Member{ID: "1", Name: "A", DecisionDate: chibo.DateOf(1980, time.January, 1), OfficialDate: chibo.DateOf(1981, time.January, 1), Badges: []int{30, 40}}
	ok, reasons := award.Reissue(&m, 40, true, chibo.DateOf(2026, time.September, 2))
	fmt.Println(ok, reasons[0].Rule)
	// Output: true award.reissue
}

func ExampleRounds_OnOrAfter() {
	var rounds award.Rounds
	fmt.Println(rounds.OnOrAfter(chibo.DateOf(2026, time.February, 4)))
	local := award.Rounds{Extra: []chibo.Date{chibo.DateOf(2026, time.March, 26)}}
	fmt.Println(local.OnOrAfter(chibo.DateOf(2026, time.February, 4)))
	// Output:
	// 2026-05-19
	// 2026-03-26
}

// A roster compiled once decides every round it is asked, with exactly
// Check's outcomes.
func ExampleRegime_DecideAll() {
	roster := []member.Member{
		{ID: "1", Name: "Ma Công Lệnh", DecisionDate: chibo.DateOf(1992, time.June, 18), OfficialDate: chibo.DateOf(1993, time.June, 18)},
		{ID: "2", Name: "Hà Văn Tú", DecisionDate: chibo.DateOf(2001, time.March, 3), OfficialDate: chibo.DateOf(2002, time.March, 3)},
	}
	compact, rejected := award.Compile(roster)
	fmt.Println(len(compact), "compiled,", len(rejected), "rejected")
	r := award.RegimeOn(chibo.DateOf(2022, time.September, 2))
	r.DecideAll(compact, roster, chibo.DateOf(2022, time.September, 2), func(i int, o award.Outcome) {
		fmt.Println(roster[i].Name, o.Status, o.Milestone, o.Round)
	})
	// Output:
	// 2 compiled, 0 rejected
	// Ma Công Lệnh eligible 30 2022-09-02
	// Hà Văn Tú not-due 30 2031-05-19
}
