package member_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// Read a roster of three members and print each one's party age (tuổi
// đảng) on the day of the 2 September 2022 badge round. The third row has a
// date that names no day: it is still returned, with the problem located
// by line, column and value.
func ExampleReadCSV() {
	const roster = `id,name,decision_date,official_date,gaps
m1,Hoàng Văn Páo,02/09/1992,02/09/1993,
m2,Triệu Thị Mai,1982-09-02,1983-09-02,lost-contact:2001-01-01..2001-06-30
m3,Nông Văn Dũng,1990-01-01,31/02/1991,
`
	records, err := member.ReadCSV(strings.NewReader(roster))
	if err != nil {
		fmt.Println(err) // a header problem, or a read failure
		return
	}
	round := chibo.DateOf(2022, time.September, 2)
	for _, r := range records {
		if r.Err != nil {
			fmt.Println(&member.LineError{Line: r.Line, Err: r.Err})
			continue
		}
		age, ok := r.Member.PartyAge(round)
		fmt.Printf("%s %s: %s (%v)\n", r.Member.ID, r.Member.Name, age.VN(), ok)
	}
	// Output:
	// m1 Hoàng Văn Páo: 30 năm 0 tháng 0 ngày (true)
	// m2 Triệu Thị Mai: 39 năm 6 tháng 3 ngày (true)
	// line 4: member "m3": official_date=31/02/1991: invalid value: no such day
}

// Write two members as a roster CSV: the columns in canonical order, dates
// as YYYY-MM-DD, an open gap as kind:FROM.., true flags as "true".
func ExampleWriteCSV() {
	members := []member.Member{
		{
			ID: "m1", Name: "Hoàng Văn Páo",
			DecisionDate: chibo.DateOf(1992, time.September, 2),
			OfficialDate: chibo.DateOf(1993, time.September, 2),
			Badges:       []int{30},
			Branch:       "Nà Vài",
		},
		{
			ID: "m2", Name: "Lò Văn Sơn",
			CardDate: chibo.DateOf(1975, time.May, 19),
			Gaps: []member.Gap{
				{Kind: member.StruckOff, Cause: member.CauseAbandoned, From: chibo.DateOf(2010, time.March, 1)},
			},
			Discipline:   []member.Discipline{{Form: member.Warning, Date: chibo.DateOf(2009, time.June, 15)}},
			SeriouslyIll: true,
		},
	}
	if err := member.WriteCSV(os.Stdout, members); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,name,born,decision_date,card_date,ceremony_date,official_date,died,gaps,discipline,seriously_ill,badges,branch,exempt
	// m1,Hoàng Văn Páo,,1992-09-02,,,1993-09-02,,,,,30,Nà Vài,
	// m2,Lò Văn Sơn,,,1975-05-19,,,,struck-off/abandoned:2010-03-01..,canh-cao@2009-06-15,true,,,
}

// Read JSON lines, one member object per line. A field that Member does not
// have is an error for that record only.
func ExampleReadJSON() {
	const lines = `{"id":"m1","name":"Hoàng Văn Páo","decision_date":"1992-09-02","badges":[30]}
{"id":"m2","name":"Lò Văn Sơn","card_date":"19/05/1975","nickname":"Sơn"}
`
	records, err := member.ReadJSON(strings.NewReader(lines))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range records {
		if r.Err != nil {
			fmt.Println(&member.LineError{Line: r.Line, Err: r.Err})
			continue
		}
		fmt.Println(r.Line, r.Member.ID, r.Member.Start(), r.Member.Badges)
	}
	// Output:
	// 1 m1 1992-09-02 [30]
	// line 2: member "m2": nickname: unknown column: not a field of a member
}

// Write members as JSON lines, the format of ReadJSON.
func ExampleWriteJSON() {
	members := []member.Member{{
		ID: "m1", Name: "Hoàng Văn Páo",
		DecisionDate: chibo.DateOf(1992, time.September, 2),
		Gaps: []member.Gap{{Kind: member.Transfer,
			From: chibo.DateOf(2001, time.January, 1), To: chibo.DateOf(2001, time.March, 31)}},
	}}
	if err := member.WriteJSON(os.Stdout, members); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"m1","name":"Hoàng Văn Páo","decision_date":"1992-09-02","gaps":[{"kind":"transfer","from":"2001-01-01","to":"2001-03-31"}]}
}
