package chibo_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
)

func ExampleParseDate() {
	// ISO 8601 and the Vietnamese day/month/year form name the same day.
	iso, err := chibo.ParseDate("2021-07-30")
	fmt.Println(iso, err)
	vn, err := chibo.ParseDate("30/07/2021")
	fmt.Println(vn.VN(), vn == iso, err)

	// Day and month may have one digit in the Vietnamese form.
	d, _ := chibo.ParseDate("2/9/1945")
	fmt.Println(d, d.Weekday())

	// A well-formed text that names no day is a range error.
	_, err = chibo.ParseDate("31/02/2024")
	fmt.Println(err)
	fmt.Println(errors.Is(err, chibo.ErrDateRange))

	var de *chibo.DateError
	_, err = chibo.ParseDate("2024-1-01")
	if errors.As(err, &de) {
		fmt.Printf("%q: %v\n", de.Text, de.Err)
	}
	// Output:
	// 2021-07-30 <nil>
	// 30/07/2021 true <nil>
	// 1945-09-02 Sunday
	// chibo: date out of range: "31/02/2024" (want YYYY-MM-DD or DD/MM/YYYY)
	// true
	// "2024-1-01": chibo: invalid date syntax
}

func ExampleDate_AddYears() {
	// Year arithmetic clamps to the end of the month: a member admitted on
	// 29/02/1996 reaches 30 years of party age on 28/02/2026, not 01/03/2026.
	decision := chibo.DateOf(1996, time.February, 29)
	fmt.Println(decision.AddYears(30).VN())
	fmt.Println(decision.AddYears(28).VN())

	// Months clamp the same way.
	fmt.Println(chibo.DateOf(2024, time.January, 31).AddMonths(1).VN())
	// Output:
	// 28/02/2026
	// 29/02/2024
	// 29/02/2024
}

func ExampleBetween() {
	// Party age on the 19/05/2025 round for an admission decision of
	// 15/03/1995.
	decision := chibo.DateOf(1995, time.March, 15)
	round := chibo.DateOf(2025, time.May, 19)
	age := chibo.Between(decision, round)
	fmt.Println(age.VN())
	fmt.Println(age.EN())
	fmt.Println(age.Years >= 30, age.TotalMonths())
	// Output:
	// 30 năm 2 tháng 4 ngày
	// 30 years 2 months 4 days
	// true 362
}

func ExampleSource_String() {
	qd24 := chibo.Source{
		Document:   "24-QĐ/TW",
		Issuer:     "Ban Chấp hành Trung ương",
		Date:       chibo.DateOf(2021, time.July, 30),
		Section:    "điểm 4.5.1",
		Confidence: chibo.Verified,
	}
	fmt.Println(qd24)

	qd208 := chibo.Source{
		Document:   "208-QĐ/TW",
		Issuer:     "Ban Chấp hành Trung ương",
		Date:       chibo.DateOf(2026, time.July, 26),
		Confidence: chibo.Unverified,
	}
	fmt.Println(qd208)
	// Output:
	// 24-QĐ/TW (30/07/2021), điểm 4.5.1 [verified]
	// 208-QĐ/TW (26/07/2026) [unverified]
}

func ExampleReason() {
	// badge.md T9: a seriously ill member whose 50-year milestone falls on
	// 10/08/2026 is considered in the 02/09/2025 round.
	decision := chibo.DateOf(1976, time.August, 10)
	round := chibo.DateOf(2025, time.September, 2)
	milestone := decision.AddYears(50)
	age := chibo.Between(decision, round)
	early := chibo.Between(round, milestone)

	r := chibo.Reason{
		Rule: "award.early.illness",
		Source: chibo.Source{
			Document:   "01-HD/TW",
			Issuer:     "Ban Bí thư",
			Date:       chibo.DateOf(2021, time.September, 28),
			Section:    "mục 18.1",
			Confidence: chibo.Verified,
		},
		VI: fmt.Sprintf("tuổi đảng %s vào ngày %s; còn %s đến mốc 50 năm (%s); bệnh nặng được xét tặng sớm tối đa 12 tháng",
			age.VN(), round.VN(), early.VN(), milestone.VN()),
		EN: fmt.Sprintf("party age %s on %s; %s before the 50-year milestone (%s); a seriously ill member may be awarded up to 12 months early",
			age.EN(), round.VN(), early.EN(), milestone.VN()),
	}
	fmt.Println(r)
	fmt.Println(r.VI)
	fmt.Println(r.Source)
	// Output:
	// award.early.illness: party age 49 years 0 months 23 days on 02/09/2025; 0 years 11 months 8 days before the 50-year milestone (10/08/2026); a seriously ill member may be awarded up to 12 months early [01-HD/TW]
	// tuổi đảng 49 năm 0 tháng 23 ngày vào ngày 02/09/2025; còn 0 năm 11 tháng 8 ngày đến mốc 50 năm (10/08/2026); bệnh nặng được xét tặng sớm tối đa 12 tháng
	// 01-HD/TW (28/09/2021), mục 18.1 [verified]
}

func ExampleFullYears() {
	fmt.Println(chibo.FullYears(chibo.DateOf(1996, time.February, 29), chibo.DateOf(2026, time.February, 28)))
	fmt.Println(chibo.DaysIn(2024, time.February))
	// Output:
	// 30
	// 29
}
