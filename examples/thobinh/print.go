package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/chibo-go/chibo"
)

// dots formats an amount of đồng with dot thousands separators, as
// Vietnamese documents write it: 2.235.000.
func dots(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// vn returns a date as dd/mm/yyyy, or "–" for the zero Date.
func vn(d chibo.Date) string {
	if d.IsZero() {
		return "–"
	}
	return d.VN()
}

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

// heading prints a numbered heading in Vietnamese and English.
func heading(w io.Writer, n int, vi, en string) {
	title := fmt.Sprintf("%d. %s — %s", n, vi, en)
	fmt.Fprintf(w, "\n%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
}

// printReport writes the report to w, in Vietnamese with English alongside.
func printReport(w io.Writer, r Report) error {
	ew := &errWriter{w: w}
	w = ew

	fmt.Fprintln(w, "ĐẢNG BỘ XÃ THỔ BÌNH — PARTY COMMITTEE OF THỔ BÌNH COMMUNE")
	fmt.Fprintf(w, "Xét tặng Huy hiệu Đảng đợt %s — Party membership badge round of %s\n", r.Round.VN(), r.Round.VN())
	fmt.Fprintln(w)
	fmt.Fprintln(w, "(!) DỮ LIỆU MINH HOẠ, không phải hồ sơ đảng viên thật: họ tên, ngày tháng và quá trình đều là giả định.")
	fmt.Fprintln(w, "    ILLUSTRATIVE DATA, not real records: the names, dates and histories are invented to show how chibo decides.")
	fmt.Fprintln(w, "    Biên bản sinh hoạt, hồ sơ xin vào Đảng, sổ đảng phí cũng là minh hoạ — so are the meeting records, applications and dues book.")
	fmt.Fprintln(w, "    Số liệu kiểm điểm cuối năm (mục 9) cũng là minh hoạ — so are the year-end review's inputs (section 9).")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Nội dung — contents: 1–4 Huy hiệu Đảng (badges); 5 diễn đàn chất lượng sinh hoạt (meeting-quality forum);")
	fmt.Fprintln(w, "6 kết nạp (admission); 7 đảng viên dự bị (probation); 8 sàng lọc đảng viên (screening);")
	fmt.Fprintln(w, "9 kiểm điểm, xếp loại cuối năm 2024 và 2025 (year-end review under the 2023 and the 2025 rules).")

	printCells(w, r)
	printRound(w, r)
	printMembers(w, r)
	printSchedule(w, r)
	printForum(w, &r.Forum)
	printLifecycle(w, &r.Lifecycle, r.Forum.Commune.Committee.Members)
	printAnnual(w, &r.Annual)
	return ew.err
}
