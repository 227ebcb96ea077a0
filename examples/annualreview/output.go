package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/branch"
	"github.com/chibo-go/chibo/evaluation"
)

// errWriter remembers the first write error so that printing code can stay
// linear.
type errWriter struct {
	w   io.Writer
	err error
}

// Write writes p unless an earlier write failed.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

// table returns an aligned-column writer over w.
func table(w io.Writer) *tabwriter.Writer { return tabwriter.NewWriter(w, 0, 0, 2, ' ', 0) }

// heading prints a numbered heading in Vietnamese and English, underlined.
func heading(w io.Writer, n int, vi, en string) {
	title := fmt.Sprintf("%d. %s — %s", n, vi, en)
	fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
}

// subheading prints a heading of a part of a section.
func subheading(w io.Writer, vi, en string) {
	title := vi + " — " + en
	fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("-", len([]rune(title))))
}

// orDash returns s, or "–" when it is empty.
func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// gradeAbbr abbreviates a grade: XS, T, TB, K.
func gradeAbbr(g evaluation.Grade) string {
	switch g {
	case evaluation.GradeExcellent:
		return "XS"
	case evaluation.GradeGood:
		return "T"
	case evaluation.GradeAverage:
		return "TB"
	case evaluation.GradePoor:
		return "K"
	}
	return "–"
}

// inputText is a member's score (scored regime) or grades, "XS (T T XS T)":
// the task results, then the general criteria.
func inputText(scored bool, score float64, tasks evaluation.Grade, criteria []evaluation.Grade) string {
	if scored {
		return strings.Replace(strconv.FormatFloat(score, 'f', -1, 64), ".", ",", 1)
	}
	if tasks == evaluation.GradeNone {
		return "–"
	}
	parts := make([]string, len(criteria))
	for i, g := range criteria {
		parts[i] = gradeAbbr(g)
	}
	return gradeAbbr(tasks) + " (" + strings.Join(parts, " ") + ")"
}

// shown reports whether a reason is printed under a ranking: all but the
// regime (printed once, at the top) and the task counts — and, for a
// leader, the first units reason, which restates the units' results; the
// library always gives that one first, the rules that decide come after
// it.
func shown(rule string) bool {
	switch rule {
	case evaluation.RuleRankRegime, evaluation.RuleRankTasks, evaluation.RuleOrgRegime, evaluation.RuleOrgTasks:
		return false
	}
	return true
}

// printReasons prints reasons, each as its rule, the Vietnamese and the
// English text.
func printReasons(w io.Writer, indent string, rs []chibo.Reason, leader bool) {
	skipUnits := leader
	for _, r := range rs {
		if !shown(r.Rule) {
			continue
		}
		if skipUnits && r.Rule == evaluation.RuleRankUnits {
			skipUnits = false
			continue
		}
		fmt.Fprintf(w, "%s[%s] %s\n", indent, r.Rule, r.VI)
		fmt.Fprintf(w, "%s%s %s\n", indent, strings.Repeat(" ", len(r.Rule)+2), r.EN)
	}
}

// rankText is the abbreviation, "HTXS", or "không xếp loại — not ranked".
func rankText(k evaluation.Rank) string {
	if k == evaluation.NotRanked {
		return "không xếp loại — not ranked"
	}
	return k.Abbr()
}

// writeTable writes the report for people, in Vietnamese with English.
func writeTable(out io.Writer, r *report) error {
	ew := &errWriter{w: out}
	w := io.Writer(ew)
	c := r.committee
	reg := &r.regime
	fmt.Fprintf(w, "%s (%s) — %s\n", orDash(c.Name), orDash(c.ID), kindText(c.Kind))
	fmt.Fprintf(w, "Năm đánh giá — evaluation year: %d; kiểm điểm ngày — review on %s\n", r.year, r.review.VN())
	fmt.Fprintf(w, "Quy định xếp loại — ranking rules: %s (%s, %s)\n", reg.Name, reg.Basis.Document, reg.Guidance.Document)
	if reg.Scored {
		fmt.Fprintln(w, "  thang 100 điểm: HTXS từ 90, HTT từ 70, HTNV từ 50, KHTNV dưới 50, cùng các điều kiện của từng mức — 100-point score: bands 90/70/50 and each level's conditions;")
		fmt.Fprintln(w, "  điểm và điều kiện không khớp: mức cao nhất đủ điều kiện, không vượt khung điểm (cách hiểu của thư viện) — when they disagree, the highest level whose conditions hold, never above the band (the library's reading)")
	} else {
		fmt.Fprintln(w, "  theo mức đánh giá tiêu chí: Xuất sắc (XS), Tốt (T), Trung bình (TB), Kém (K); cột \"điểm/tiêu chí\" ghi kết quả thực hiện nhiệm vụ rồi các tiêu chí chung trong ngoặc")
		fmt.Fprintln(w, "  — by criterion grades; the column shows the task-result grade, then the general criteria in brackets")
	}
	fmt.Fprintf(w, "Tỷ lệ HTXS — quota: %s (số HTXS không quá %d/%d số HTT trong nhóm, tính trên kết quả cuối — HTXS at most %d/%d of HTT per group, on the final counts)\n",
		reg.Quota, reg.Quota.Num, reg.Quota.Den, reg.Quota.Num, reg.Quota.Den)
	all := make([]int, len(r.members))
	for i := range all {
		all[i] = i
	}
	fmt.Fprintf(w, "Đảng viên được xét — members reviewed: %d: %s\n", len(r.members), countText(count(r.members, all)))
	if len(r.problems) > 0 {
		fmt.Fprintf(w, "(!) %d lỗi trong tệp, các hồ sơ lỗi không được xếp loại (xem stderr) — %d problems in the file; the records concerned are left out (see stderr)\n",
			len(r.problems), len(r.problems))
	}

	heading(w, 1, "Xếp loại đảng viên", "members' rankings")
	for _, o := range r.orgs {
		idx := r.byOrg[o.ID]
		if len(idx) == 0 {
			continue
		}
		subheading(w, fmt.Sprintf("%s (%s)", orDash(o.Name), orDash(o.ID)), countText(count(r.members, idx)))
		tw := table(w)
		fmt.Fprintln(tw, "Mã — ID\tHọ và tên — name\tNhóm — group\tĐiểm/tiêu chí — score/grades\tĐề nghị — proposed\tKết quả — final\t")
		for _, i := range idx {
			m := &r.members[i]
			y := r.input(m.ID)
			fin := rankText(m.Rank)
			if m.Demoted {
				fin += " (tỷ lệ — quota)"
			}
			in := "–"
			if m.Rank != evaluation.NotRanked || m.Proposed != evaluation.NotRanked {
				in = inputText(reg.Scored, y.Score, y.Tasks, y.Criteria)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", m.ID, m.Name, orDash(m.Group), in, rankText(m.Proposed), fin)
		}
		tw.Flush()
		for _, i := range idx {
			m := &r.members[i]
			fmt.Fprintf(w, "  %s %s: %s\n", m.ID, m.Name, rankText(m.Rank))
			printReasons(w, "    ", m.Reasons, r.input(m.ID).Leader)
		}
	}

	heading(w, 2, "Tỷ lệ HTXS theo nhóm chức danh tương đồng", "the quota per group of comparable positions")
	printQuota(w, r.quota, func(id string) (string, float64, int) {
		for i := range r.members {
			if m := &r.members[i]; m.ID == id {
				return m.Name, m.Score, m.Priority
			}
		}
		return "", 0, 0
	})

	heading(w, 3, "Xếp loại tổ chức đảng", "organisations' rankings")
	if len(r.ranked) == 0 {
		fmt.Fprintln(w, "Không có số liệu của tổ chức nào — no organisation's inputs were given.")
	} else {
		tw := table(w)
		fmt.Fprintln(tw, "Mã — ID\tTên — name\tNhóm — group\tĐiểm/tiêu chí — score/grades\tĐề nghị — proposed\tKết quả — final\t")
		for i := range r.ranked {
			o := &r.ranked[i]
			y := r.orgInput(o.ID, o.Committee)
			name := o.Name
			if o.Committee {
				name = "Tập thể lãnh đạo — leadership collective: " + name
			}
			fin := rankText(o.Rank)
			if o.Demoted {
				fin += " (tỷ lệ — quota)"
			}
			in := "–"
			if o.Rank != evaluation.NotRanked {
				in = inputText(reg.Scored, y.Score, y.Tasks, y.Criteria)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", o.ID, name, orDash(o.Group), in, rankText(o.Proposed), fin)
		}
		tw.Flush()
		for i := range r.ranked {
			o := &r.ranked[i]
			who := o.Name
			if o.Committee {
				who = "tập thể lãnh đạo — leadership collective, " + who
			}
			fmt.Fprintf(w, "  %s %s: %s\n", o.ID, who, rankText(o.Rank))
			printReasons(w, "    ", o.Reasons, false)
		}
	}
	for _, o := range r.noInputs {
		fmt.Fprintf(w, "  %s %s: không có số liệu, không xếp loại — no inputs given, not ranked\n", orDash(o.ID), o.Name)
	}
	fmt.Fprintln(w, "\nTỷ lệ HTXS của các chi bộ — the cells' quota (đảng bộ được xếp loại cùng các đơn vị tương đồng ở cấp trên, không tính ở đây")
	fmt.Fprintln(w, "— the committee itself is counted at the superior level among its peers, not here; leadership collectives likewise):")
	printQuota(w, r.orgQuota, func(id string) (string, float64, int) {
		for i := range r.ranked {
			if o := &r.ranked[i]; o.ID == id && !o.Committee {
				return o.Name, o.Score, o.Priority
			}
		}
		return "", 0, 0
	})

	heading(w, 4, "Hệ quả xếp loại", "consequences")
	switch {
	case !r.havePrev:
		fmt.Fprintln(w, "Không có kết quả năm trước (\"previous\"): không xét hai năm liền KHTNV — no previous rankings given: two years at KHTNV not checked.")
	case len(r.flags) == 0:
		fmt.Fprintf(w, "Không có đảng viên, tổ chức nào KHTNV hai năm liền (%d và %d) — nobody ranked KHTNV in both %d and %d.\n", r.prevYear, r.year, r.prevYear, r.year)
	}
	for _, fl := range r.flags {
		kind := "đảng viên — member"
		if fl.Organisation {
			kind = "tổ chức — organisation"
			if fl.Committee {
				kind = "tập thể lãnh đạo — leadership collective"
			}
		}
		adv := ""
		if fl.Advisory {
			adv = " — CHỈ ĐỂ THAM KHẢO, ADVISORY ONLY"
		}
		fmt.Fprintf(w, "\n%s %s (%s), KHTNV %d và — and %d%s\n", fl.ID, fl.Name, kind, fl.Years[0], fl.Years[1], adv)
		fmt.Fprintf(w, "  [%s] %s\n", fl.Rule, fl.Reason.VI)
		fmt.Fprintf(w, "  %s %s\n", strings.Repeat(" ", len(fl.Rule)+2), fl.Reason.EN)
		fmt.Fprintf(w, "  Căn cứ — source: %s\n", fl.Reason.Source)
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "Mức — levels: HTXS = hoàn thành xuất sắc nhiệm vụ (outstanding), HTT = hoàn thành tốt (well), HTNV = hoàn thành (completed),")
	fmt.Fprintln(w, "KHTNV = không hoàn thành nhiệm vụ (did not complete). Cấp uỷ cấp trên quyết định kết quả chính thức — the superior committee decides.")
	return ew.err
}

// printQuota prints the quota of each group: the counts, the audit order
// with who keeps HTXS and who is moved down, and the rule's reason.
func printQuota(w io.Writer, gs []evaluation.GroupQuota, who func(id string) (name string, score float64, priority int)) {
	if len(counted(gs)) == 0 {
		fmt.Fprintln(w, "Không có nhóm nào có đề nghị HTXS hoặc HTT — no group with HTXS proposals or HTT.")
		return
	}
	for _, g := range gs {
		if g.Total == 0 {
			continue // nobody counted: only members or cells not ranked
		}
		fmt.Fprintf(w, "\nNhóm — group %q: T = %d (%d đề nghị HTXS + %d HTT — HTXS proposals + HTT); tối đa — max %d; giữ — kept %d; chuyển xuống HTT — moved down %d\n",
			g.Group, g.Total, g.Proposed, g.Total-g.Proposed, g.Max, g.Kept, len(g.Demoted))
		if len(g.Order) > 0 {
			fmt.Fprintln(w, "  Thứ tự xét (điểm cao trước, rồi thứ tự ưu tiên, rồi mã) — audit order (score, highest first; then priority; then ID):")
			tw := table(w)
			for pos, id := range g.Order {
				name, score, prio := who(id)
				verdict := "giữ HTXS — keeps HTXS"
				if pos >= g.Kept {
					verdict = "chuyển xuống HTT — moved down to HTT"
				}
				fmt.Fprintf(tw, "    %d.\t%s\t%s\tđiểm — score %s\tưu tiên — priority %d\t%s\t\n", pos+1, id, name,
					strings.Replace(strconv.FormatFloat(score, 'f', -1, 64), ".", ",", 1), prio, verdict)
			}
			tw.Flush()
		}
		fmt.Fprintf(w, "  [%s] %s\n", g.Reason.Rule, g.Reason.VI)
		fmt.Fprintf(w, "  %s %s\n", strings.Repeat(" ", len(g.Reason.Rule)+2), g.Reason.EN)
	}
}

// kindText names an organisation's kind in both languages.
func kindText(k branch.Kind) string {
	if k == 0 {
		return "loại không rõ — kind unknown"
	}
	return fmt.Sprintf("%s (%s)", k.VI(), k)
}

// input returns a member's year inputs as given (zero when none).
func (r *report) input(id string) evaluation.MemberYear { return r.file().Members[id] }

// orgInput returns an organisation's year inputs as given.
func (r *report) orgInput(id string, committee bool) evaluation.OrgYear {
	if committee {
		return r.file().Leadership[id]
	}
	return r.file().Organisations[id]
}

// jsonOrg identifies the committee.
type jsonOrg struct {
	ID   string      `json:"id"`
	Name string      `json:"name"`
	Kind branch.Kind `json:"kind,omitzero"`
}

// jsonQuota is the quota of members and of cells, group by group.
type jsonQuota struct {
	Members       []evaluation.GroupQuota `json:"members"`
	Organisations []evaluation.GroupQuota `json:"organisations"`
}

// jsonDoc is the document -format json prints; the package documentation
// describes it.
type jsonDoc struct {
	Committee     jsonOrg                    `json:"committee"`
	Year          int                        `json:"year"`
	ReviewDate    chibo.Date                 `json:"review_date"`
	Regime        string                     `json:"regime"`
	Basis         chibo.Source               `json:"basis"`
	Guidance      chibo.Source               `json:"guidance"`
	Members       []evaluation.MemberRanking `json:"members"`
	Organisations []evaluation.OrgRanking    `json:"organisations"`
	NoInputs      []string                   `json:"organisations_without_inputs"`
	Quota         jsonQuota                  `json:"quota"`
	PreviousYear  int                        `json:"previous_year,omitempty"`
	Flags         []evaluation.Flag          `json:"flags"`
	Rejected      []string                   `json:"rejected"`
}

// writeJSON writes the report as one indented JSON document.
func writeJSON(w io.Writer, r *report) error {
	doc := jsonDoc{
		Committee: jsonOrg{ID: r.committee.ID, Name: r.committee.Name, Kind: r.committee.Kind},
		Year:      r.year, ReviewDate: r.review, Regime: r.regime.Name, Basis: r.regime.Basis, Guidance: r.regime.Guidance,
		Members: nonNil(r.members), Organisations: nonNil(r.ranked), NoInputs: []string{},
		Quota: jsonQuota{Members: counted(r.quota), Organisations: counted(r.orgQuota)},
		Flags: nonNil(r.flags), Rejected: []string{},
	}
	if r.havePrev {
		doc.PreviousYear = r.prevYear
	}
	for _, o := range r.noInputs {
		doc.NoInputs = append(doc.NoInputs, o.ID)
	}
	for _, p := range r.problems {
		doc.Rejected = append(doc.Rejected, p.String())
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// counted returns the groups in which somebody is counted (T > 0): a group
// of members or cells who are all not ranked, or ranked HTNV or KHTNV, is
// left out.
func counted(gs []evaluation.GroupQuota) []evaluation.GroupQuota {
	out := []evaluation.GroupQuota{}
	for _, g := range gs {
		if g.Total > 0 {
			out = append(out, g)
		}
	}
	return out
}
