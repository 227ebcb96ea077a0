package award_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/award"
	"github.com/chibo-go/chibo/member"
)

// TestReasonTexts decides a few thousand synthetic members, and variants of
// them that reach the remaining rules, in rounds under every regime, and
// checks the text of every reason: never empty, never a formatting mistake
// ("%!"), a sentence in valid UTF-8 ending in a full stop, and different in
// Vietnamese and in English. The texts of a decision are slices of one
// buffer; a wrong offset would show here.
func TestReasonTexts(t *testing.T) {
	ms := syntheticRoster(3000, 4)
	for i := range ms {
		m := &ms[i]
		switch i % 10 {
		case 1: // every badge received
			m.Badges = []int{30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90}
		case 2: // out of contact since ten years after admission
			m.Gaps = []member.Gap{{Kind: member.LostContact, From: m.Start().AddYears(10)}}
		case 3: // expelled twenty years after admission, with a badge
			m.Gaps = []member.Gap{{Kind: member.Expelled, From: m.Start().AddYears(20)}}
			m.Badges = []int{30}
		case 4: // no admission date
			m.DecisionDate = chibo.Date{}
		}
	}
	rounds := []chibo.Date{
		chibo.DateOf(2012, time.May, 19), chibo.DateOf(2016, time.September, 2), chibo.DateOf(2021, time.February, 3),
		chibo.DateOf(2022, time.September, 2), chibo.DateOf(2025, time.September, 2), chibo.DateOf(2026, time.September, 2),
		chibo.DateOf(2030, time.May, 19),
	}
	regimes := append(award.Regimes(), award.Regime2021Handbook)
	rules := map[string]int{}
	check := func(r award.Regime, i int, round chibo.Date) {
		t.Helper()
		d := r.Decide(&ms[i], round)
		if i%100 == 0 {
			d = r.Decide(nil, round)
		}
		if len(d.Reasons) == 0 {
			t.Fatalf("member %s, round %s, regime %s: no reasons", ms[i].ID, round, r.Name)
		}
		for _, x := range d.Reasons {
			rules[x.Rule]++
			for _, text := range []string{x.VI, x.EN} {
				if text == "" || strings.Contains(text, "%!") || !utf8.ValidString(text) || !strings.HasSuffix(text, ".") {
					t.Fatalf("member %s, round %s, regime %s, rule %s: bad text %q", ms[i].ID, round, r.Name, x.Rule, text)
				}
			}
			if x.Rule == "" || x.VI == x.EN || x.Source.Document == "" {
				t.Fatalf("member %s, round %s, regime %s: bad reason %+v", ms[i].ID, round, r.Name, x)
			}
		}
	}
	for i := range ms {
		for _, round := range rounds {
			check(award.RegimeOn(round), i, round)
		}
		check(regimes[i%len(regimes)], i, rounds[i%len(rounds)])
		if i%100 == 1 {
			check(award.Regime2026, i, chibo.Date{})
		}
	}
	for _, rule := range []string{
		award.RuleRegime, award.RuleNoRecord, award.RuleNoRound, award.RuleProbationary, award.RulePartyAge, award.RuleNotCounted,
		award.RuleMilestone, award.RuleMissed, award.RuleTransition45, award.RuleRound, award.RulePosthumous,
		award.RuleEarlyPosthumous, award.RuleEarlyIllness, award.RuleDeferred, award.RuleNotDue, award.RuleAllReceived,
		award.RuleOutside, award.RuleReturn, award.RuleFrozen,
	} {
		if rules[rule] == 0 {
			t.Errorf("no decision gave a %s reason", rule)
		}
	}
	t.Logf("%d reasons by rule: %v", len(rules), rules)
}

// TestDecideAllocs: Decide allocates once for the reasons and once for all
// their texts (and once more for the badges to return of a member outside
// the Party).
func TestDecideAllocs(t *testing.T) {
	ms := syntheticRoster(1024, 5)
	round := chibo.DateOf(2026, time.September, 2)
	r := award.RegimeOn(round)
	i := 0
	allocs := testing.AllocsPerRun(len(ms), func() {
		_ = r.Decide(&ms[i%len(ms)], round)
		i++
	})
	if allocs > 2.5 {
		t.Errorf("Decide allocates %.2f times a member, want at most 2.5", allocs)
	}
}

// TestManyReasons: a member with a dozen spent deferrals has more reasons,
// and longer texts, than the room Decide sets aside for them.
func TestManyReasons(t *testing.T) {
	m := member.Member{ID: "m", Name: "Nhiều kỷ luật", DecisionDate: chibo.DateOf(1986, time.June, 1),
		OfficialDate: chibo.DateOf(1987, time.June, 1), Badges: []int{30}}
	for k := range 12 {
		m.Discipline = append(m.Discipline, member.Discipline{Form: member.Reprimand, Date: chibo.DateOf(2026, time.January, 1+k)})
	}
	round := chibo.DateOf(2026, time.September, 2)
	d := award.Regime2021.Decide(&m, round)
	if d.Status != award.Eligible || d.Milestone != 40 {
		t.Fatalf("got %v for %d, want eligible for 40", d.Status, d.Milestone)
	}
	var deferrals []chibo.Reason
	for _, x := range d.Reasons {
		if x.Rule == award.RuleDeferred {
			deferrals = append(deferrals, x)
		}
	}
	if len(deferrals) != 12 {
		t.Fatalf("got %d deferral reasons, want 12: %v", len(deferrals), d.Reasons)
	}
	for k, x := range deferrals {
		day := chibo.DateOf(2026, time.January, 1+k)
		until := day.AddMonths(6)
		wantVI := "Kỷ luật khiển trách ngày " + day.VN() + " đã hết thời hạn hoãn 6 tháng vào ngày " + until.VN() + ": không còn hoãn xét tặng."
		wantEN := "The reprimand of " + day.VN() + " deferred the award 6 months, until " + until.VN() + ": the deferral is over."
		if x.VI != wantVI || x.EN != wantEN {
			t.Errorf("deferral %d:\n got %q\n     %q\nwant %q\n     %q", k, x.VI, x.EN, wantVI, wantEN)
		}
	}
	first := d.Reasons[0]
	if want := "Xét theo quy định 2021 (24-QĐ/TW), có hiệu lực từ 30/07/2021, áp dụng tại ngày xét 02/09/2026."; first.VI != want {
		t.Errorf("regime reason: got %q, want %q", first.VI, want)
	}
}
