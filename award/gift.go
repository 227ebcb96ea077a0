package award

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
)

// BaseSalary is the base salary (mức lương cơ sở) from a date, set by a
// government decree.
type BaseSalary struct {
	From   chibo.Date   // first day in force
	Amount int64        // VND per month
	Source chibo.Source // the decree
}

var baseSalaries = [...]BaseSalary{
	{chibo.DateOf(2019, time.July, 1), 1_490_000, chibo.Source{Document: "Nghị định 38/2019/NĐ-CP", Issuer: "Chính phủ", Date: chibo.DateOf(2019, time.May, 9), Section: "Điều 3",
		URL: "https://thuvienphapluat.vn/tintuc/vn/thoi-su-phap-luat-binh-luan-gop-y/26878/12-loai-huy-hieu-dang-va-muc-tien-thuong-kem-theo-trong-nam-2020", Confidence: chibo.Secondary}},
	{chibo.DateOf(2023, time.July, 1), 1_800_000, chibo.Source{Document: "Nghị định 24/2023/NĐ-CP", Issuer: "Chính phủ", Date: chibo.DateOf(2023, time.May, 14), Section: "Điều 3",
		URL: "https://cunghoidap.com/huy-hieu-40-nam-tuoi-dang-duoc-bao-nhieu-tien", Confidence: chibo.Secondary}},
	{chibo.DateOf(2024, time.July, 1), 2_340_000, chibo.Source{Document: "Nghị định 73/2024/NĐ-CP", Issuer: "Chính phủ", Date: chibo.DateOf(2024, time.June, 30), Section: "khoản 2 Điều 3",
		URL: "https://thuvienphapluat.vn/hoi-dap-phap-luat/83A5E8A-hd-muc-tien-thuong-huy-hieu-65-nam-tuoi-dang-nam-2025-la-bao-nhieu.html", Confidence: chibo.Verified}},
	{chibo.DateOf(2026, time.July, 1), 2_530_000, chibo.Source{Document: "Nghị định 161/2026/NĐ-CP", Issuer: "Chính phủ", Date: chibo.DateOf(2026, time.May, 15), Section: "khoản 2 Điều 3 (seen only in secondary sources)",
		Confidence: chibo.Secondary}},
}

// BaseSalaries returns the dated table of base salaries the library knows,
// oldest first. Earlier values are not in the sources read and are not
// guessed.
func BaseSalaries() []BaseSalary { return append([]BaseSalary(nil), baseSalaries[:]...) }

// BaseSalaryOn returns the base salary in force on d, and false when d is
// before the first entry of the table.
func BaseSalaryOn(d chibo.Date) (BaseSalary, bool) {
	for i := len(baseSalaries) - 1; i >= 0; i-- {
		if !d.Before(baseSalaries[i].From) {
			return baseSalaries[i], true
		}
	}
	return BaseSalary{}, false
}

// giftTenths is the gift for each milestone as tenths of the base salary
// (Hướng dẫn 56-HD/VPTW, 27/10/2015, mục IV.2). The 45, 85 and 90-year
// badges have no multiple in any source read: they are absent, not zero.
var giftTenths = map[int]int64{30: 15, 40: 20, 50: 30, 55: 35, 60: 50, 65: 60, 70: 80, 75: 100, 80: 150}

// Gift is the money that accompanies a badge (tiền thưởng).
type Gift struct {
	Milestone int // the badge, in years of party age
	// Known is false when the amount cannot be computed: a milestone with
	// no known multiple (45, 85, 90) or a date before the base-salary table.
	Known bool
	// Tenths is the multiple of the base salary in tenths (15 = 1.5 times).
	Tenths     int64
	BaseSalary BaseSalary     // the base salary applied
	Amount     int64          // VND
	Reasons    []chibo.Reason // how the amount was found, or why it is unknown
}

// RuleGift is the rule identifier of the gift reasons.
const RuleGift = "award.gift"

// GiftFor returns the gift for the badge of a milestone awarded on date on:
// the multiple of Hướng dẫn 56-HD/VPTW times the base salary in force on
// that date (rules/badge.md R7.3). For 45, 85 and 90 years, whose multiple
// no source gives, Known is false and the reason says so: the library never
// invents one.
func GiftFor(milestone int, on chibo.Date) Gift {
	g := Gift{Milestone: milestone}
	t, ok := giftTenths[milestone]
	if !ok {
		g.Reasons = []chibo.Reason{reason(RuleGift, srcHD56,
			fmt.Sprintf("Không có mức tiền thưởng đã biết cho Huy hiệu %d năm tuổi đảng (Hướng dẫn 56-HD/VPTW chỉ quy định mốc 30–80, trừ 45); cần mức do địa phương quy định.", milestone),
			fmt.Sprintf("No known gift multiple for the %d-year badge (Hướng dẫn 56-HD/VPTW sets 30–80 years, not 45); a local amount is needed.", milestone))}
		return g
	}
	g.Tenths = t
	bs, ok := BaseSalaryOn(on)
	if !ok {
		g.Reasons = []chibo.Reason{reason(RuleGift, srcHD56,
			fmt.Sprintf("Hệ số %s lần lương cơ sở; không có mức lương cơ sở đã biết tại ngày %s.", tenths(t), on.VN()),
			fmt.Sprintf("Multiple %s times the base salary; no known base salary on %s.", tenths(t), on.VN()))}
		return g
	}
	g.Known, g.BaseSalary, g.Amount = true, bs, bs.Amount*t/10
	g.Reasons = []chibo.Reason{
		reason(RuleGift, srcHD56,
			fmt.Sprintf("Huy hiệu %d năm: %s lần mức lương cơ sở.", milestone, tenths(t)),
			fmt.Sprintf("The %d-year badge: %s times the base salary.", milestone, tenths(t))),
		reason(RuleGift+".base-salary", bs.Source,
			fmt.Sprintf("Mức lương cơ sở tại ngày %s: %s đồng; tiền thưởng %s đồng.", on.VN(), vnd(bs.Amount), vnd(g.Amount)),
			fmt.Sprintf("Base salary on %s: %s VND; gift %s VND.", on.VN(), vnd(bs.Amount), vnd(g.Amount))),
	}
	return g
}

func tenths(t int64) string {
	if t%10 == 0 {
		return fmt.Sprint(t / 10)
	}
	return fmt.Sprintf("%d.%d", t/10, t%10)
}

// vnd formats an amount with dot thousands separators, as Vietnamese
// documents write it: 3.510.000.
func vnd(n int64) string {
	s := fmt.Sprint(n)
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, '.')
		}
		out = append(out, s[i])
	}
	return string(out)
}
