package chibo_test

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
)

func ExampleLunarNewYear() {
	for _, year := range []int{1985, 2007, 2026, 2030} {
		tet, _ := chibo.LunarNewYear(year)
		fmt.Println(year, tet.VN(), tet.Weekday())
	}
	// Output:
	// 1985 21/01/1985 Monday
	// 2007 17/02/2007 Saturday
	// 2026 17/02/2026 Tuesday
	// 2030 02/02/2030 Saturday
}

func ExampleToLunar() {
	// Giỗ Tổ Hùng Vương is 10/3 âm lịch.
	l, _ := chibo.ToLunar(chibo.DateOf(2026, time.April, 26))
	fmt.Println(l)

	// 2025 had a leap sixth month (tháng 6 nhuận).
	l, _ = chibo.ToLunar(chibo.DateOf(2025, time.July, 25))
	fmt.Println(l, l.Leap)

	// And back.
	d, ok := chibo.FromLunar(chibo.LunarDate{Year: 2025, Month: 6, Day: 1, Leap: true})
	fmt.Println(d, ok)

	// Chạp Ất Tỵ (lunar 12/2025) had 29 days.
	_, ok = chibo.FromLunar(chibo.LunarDate{Year: 2025, Month: 12, Day: 30})
	fmt.Println(ok)
	// Output:
	// 10/3/2026
	// 1/6/2025 (nhuận) true
	// 2025-07-25 true
	// false
}

func ExampleCalendar_AddWorkingDays() {
	// The admission ceremony must be held within 30 working days of the
	// admission decision: on or before the 30th working day after it. The
	// Tết 2026 break (14–22/02) does not count.
	c := chibo.VietnamCivilService()
	decision := chibo.DateOf(2026, time.January, 15)
	deadline := c.AddWorkingDays(decision, 30)
	fmt.Println("deadline:", deadline.VN(), deadline.Weekday())

	ceremony := chibo.DateOf(2026, time.March, 2)
	fmt.Println("ceremony in time:", !ceremony.After(deadline))
	fmt.Println("working days used:", c.WorkingDaysBetween(decision, ceremony))
	// Output:
	// deadline: 05/03/2026 Thursday
	// ceremony in time: true
	// working days used: 27
}

func ExampleVietnamCivilService() {
	c := chibo.VietnamCivilService()
	for _, h := range c.Holidays(2026)[:3] {
		fmt.Println(h.Date.VN(), h.Kind, h.VI)
	}
	// Saturday 10/01/2026 was worked in exchange for Friday 02/01.
	fmt.Println(c.IsWorkingDay(chibo.DateOf(2026, time.January, 10)))

	// A local day off is added to a copy.
	local := chibo.VietnamCivilService()
	local.Extra = append(local.Extra, chibo.DateOf(2026, time.May, 19))
	fmt.Println(local.IsDayOff(chibo.DateOf(2026, time.May, 19)), c.IsDayOff(chibo.DateOf(2026, time.May, 19)))
	// Output:
	// 01/01/2026 statutory Tết Dương lịch
	// 02/01/2026 scheduled Tết Dương lịch (ngày nghỉ theo lịch nghỉ)
	// 16/02/2026 statutory Tết Âm lịch
	// true
	// true false
}

func ExampleStatutoryHolidays() {
	for _, year := range []int{2019, 2025, 2026} {
		fmt.Println(year, len(chibo.StatutoryHolidays(year)))
	}
	h := chibo.StatutoryHolidays(2026)
	last := h[len(h)-1]
	fmt.Println(last.Date.VN(), last.Date.Weekday(), last.VI)
	// Output:
	// 2019 10
	// 2025 11
	// 2026 12
	// 24/11/2026 Tuesday Ngày Văn hóa Việt Nam
}
