package member_test

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

func ExampleAdmissionRules_CheckAdmission() {
	a := member.Applicant{
		Name: "Lò Văn Páo", Born: chibo.DateOf(2008, time.May, 20), Education: member.LowerSecondary,
		Introducers: []member.Introducer{{ID: "tb-012", Official: true, KnownSince: chibo.DateOf(2024, time.January, 1)}},
	}
	c := member.AdmissionRulesOn(chibo.DateOf(2026, time.March, 10)).CheckAdmission(&a, chibo.DateOf(2026, time.March, 10))
	fmt.Println("eligible:", c.Eligible)
	for _, r := range c.Unmet {
		fmt.Println(r.Rule, "—", r.EN)
	}
	// Output:
	// eligible: false
	// member.admission.age — On 10/03/2026 the applicant is 17 years 9 months old, under 18 counted by month.
	// member.admission.introducers — Two introducers who are official members and have known the applicant for at least 12 months in the same unit are needed (or the Youth Union or Trade Union committee and one such member); there are 1.
}

func ExampleScreen() {
	m := member.Member{ID: "nv-07", Name: "Ma Văn Hoan", DecisionDate: chibo.DateOf(2005, time.March, 1), OfficialDate: chibo.DateOf(2006, time.March, 1)}
	ev := member.Evidence{Skipped: []chibo.Date{
		chibo.DateOf(2026, time.February, 12), chibo.DateOf(2026, time.June, 10), chibo.DateOf(2026, time.October, 9),
	}}
	for _, g := range member.Screen(&m, 2026, ev) {
		fmt.Println(g.Rule)
		fmt.Println(g.VI)
	}
	// Output:
	// member.removal.skipped-activities
	// Bỏ sinh hoạt đảng không có lý do chính đáng 3 tháng trong năm 2026 (tháng 2, 6, 10): chi bộ xem xét, đề nghị xoá tên.
}

func ExampleExemptionRules_CheckExemption() {
	m := member.Member{ID: "1", Name: "Nông Thị Pình", Gender: member.Female, Born: chibo.DateOf(1950, time.April, 2),
		DecisionDate: chibo.DateOf(1965, time.September, 2), OfficialDate: chibo.DateOf(1966, time.September, 2)}
	ok, _ := member.DefaultExemptionRules().CheckExemption(&m, member.ExemptionRequest{On: chibo.DateOf(2026, time.May, 4), Voluntary: true, MedicalRecord: true})
	fmt.Println(ok)
	// Output: true
}

func ExampleCheckTemporaryTransfer() {
	ok, r := member.CheckTemporaryTransfer(chibo.DateOf(2026, time.January, 5), chibo.DateOf(2026, time.October, 4), true)
	fmt.Println(ok, r.EN)
	// Output: true A stay of 0 years 9 months 0 days: a temporary transfer; the member is not counted in the host organisation's membership.
}

// The recognition timeline of a probationary member, in working days of
// the civil-service calendar.
func ExampleProbationOf() {
	m := member.Member{ID: "tb-041", Name: "Lý Văn Tâm",
		DecisionDate: chibo.DateOf(2025, time.May, 20), CeremonyDate: chibo.DateOf(2025, time.June, 10)}
	p := member.ProbationOf(&m, chibo.DateOf(2026, time.August, 5), chibo.VietnamCivilService())
	fmt.Println("ceremony due:", p.CeremonyDue.VN())
	fmt.Println("official from:", p.Ends.VN())
	fmt.Println("recognition due:", p.RecognitionDue.VN())
	fmt.Println(p.Reasons[len(p.Reasons)-1].EN)
	// Output:
	// ceremony due: 01/07/2025
	// official from: 10/06/2026
	// recognition due: 22/07/2026
	// By 05/08/2026 the member has not been recognised: the cell is late; if recognised, the member is still official from 10/06/2026.
}

func ExampleOfficialTransfer() {
	t := member.OfficialTransfer(chibo.DateOf(2026, time.March, 2), chibo.Date{}, chibo.Date{}, chibo.Date{}, chibo.VietnamCivilService())
	fmt.Println(t.StartBy.VN())
	// Output: 28/05/2026
}

// The cell voted on 25/07/2026 on a probation that ended on 10/06/2026
// (rules/evaluation.md T17): late, and the member is official from
// 10/06/2026 all the same.
func ExampleRecognitionLate() {
	late, due := member.RecognitionLate(chibo.DateOf(2026, time.June, 10), chibo.DateOf(2026, time.July, 25), chibo.VietnamCivilService())
	fmt.Println(late, due.VN())
	// Output: true 22/07/2026
}

func ExampleDuplicateIDs() {
	roster := []member.Member{{ID: "a"}, {ID: "b"}, {ID: "a"}}
	for i, err := range member.DuplicateIDs(roster) {
		fmt.Println(i, err)
	}
	// Output: 2 member "a": id=a: duplicate id: already used by record 1 of the roster
}
