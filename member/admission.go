package member

import (
	"fmt"
	"time"

	"github.com/chibo-go/chibo"
)

// Education is the highest general education an applicant has completed.
type Education uint8

const (
	// EducationUnknown: not recorded.
	EducationUnknown Education = iota
	// Primary is primary school (tiểu học).
	Primary
	// LowerSecondary is lower-secondary school (trung học cơ sở, THCS).
	LowerSecondary
	// UpperSecondary is upper-secondary school (trung học phổ thông) or
	// higher.
	UpperSecondary
)

var educationNames = [...]string{"", "primary", "lower-secondary", "upper-secondary"}

// String returns the level's name.
func (e Education) String() string {
	if int(e) < len(educationNames) {
		return educationNames[e]
	}
	return fmt.Sprintf("Education(%d)", uint8(e))
}

// MarshalText implements encoding.TextMarshaler.
func (e Education) MarshalText() ([]byte, error) {
	if int(e) >= len(educationNames) {
		return nil, fmt.Errorf("member: invalid education %d", uint8(e))
	}
	return []byte(e.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (e *Education) UnmarshalText(b []byte) error {
	for i, n := range educationNames {
		if string(b) == n {
			*e = Education(i)
			return nil
		}
	}
	return fmt.Errorf("member: unknown education %q (want primary, lower-secondary or upper-secondary)", b)
}

// Introducer is a person who introduces an applicant (người giới thiệu).
type Introducer struct {
	ID string `json:"id"` // the introducer's member ID
	// Official reports that the introducer is an official member on the
	// day the cell considers the application.
	Official bool `json:"official"`
	// KnownSince is the day from which the introducer has worked, studied
	// or (since Quy định 24-QĐ/TW) lived with the applicant in the same
	// unit.
	KnownSince chibo.Date `json:"known_since"`
	// Residence reports that the acquaintance is by living in the same
	// residence rather than by working or studying together.
	Residence bool `json:"residence,omitempty"`
}

// Applicant is a person applying for admission (người xin vào Đảng), or for
// readmission when Previous is set.
type Applicant struct {
	Name string     `json:"name"`
	Born chibo.Date `json:"born"`
	// Education is the highest completed level.
	Education Education `json:"education"`
	// EducationException records that the applicant lives or works where
	// the Secretariat's exception applies (mountains, borders, islands,
	// ethnic-minority or especially disadvantaged areas, fishermen at sea).
	EducationException bool `json:"education_exception,omitempty"`
	// Introducers are the members introducing the applicant.
	Introducers []Introducer `json:"introducers,omitempty"`
	// UnionIntroduction records an introduction by the grass-roots Youth
	// Union (Đoàn) or Trade Union (Công đoàn) committee, which stands for one
	// of the two introducing members.
	UnionIntroduction bool `json:"union_introduction,omitempty"`
	// CentralConsent records the written consent of the standing committee
	// of a committee directly under the Central Committee, needed above 60.
	CentralConsent bool `json:"central_consent,omitempty"`
	// Previous is the applicant's earlier membership, for a readmission.
	Previous *Previous `json:"previous,omitempty"`
}

// Previous describes an earlier membership, for readmission (kết nạp lại).
type Previous struct {
	// Left is the day the applicant left the Party.
	Left chibo.Date `json:"left"`
	// Cause is why.
	Cause ExitCause `json:"cause,omitzero"`
	// Readmitted records a readmission already made once.
	Readmitted bool `json:"readmitted,omitempty"`
	// Expunged is the day a conviction for a less serious crime was
	// expunged (xoá án tích); zero when there was none.
	Expunged chibo.Date `json:"expunged,omitzero"`
	// ProvincialConsent records the written consent of the provincial (or
	// equivalent) standing committee.
	ProvincialConsent bool `json:"provincial_consent,omitempty"`
}

// AdmissionRules are the admission conditions of one implementing
// regulation.
type AdmissionRules struct {
	Name string
	From chibo.Date
	// MinAgeMonths and MaxAgeMonths bound the applicant's age on the day the
	// cell considers the application, counted by month ("từ đủ 18 tuổi đến
	// đủ 60 tuổi, tính theo tháng").
	MinAgeMonths, MaxAgeMonths int
	// EquivalentEducation accepts an education equivalent to lower
	// secondary (Quy định 29-QĐ/TW allowed it; Quy định 24-QĐ/TW dropped it).
	EquivalentEducation bool
	// ResidenceCounts accepts introducers who lived with the applicant
	// (added by Quy định 24-QĐ/TW).
	ResidenceCounts bool
	// IntroducerMonths is how long each introducer must have known the
	// applicant.
	IntroducerMonths int
	// ReadmissionMonths is the least time out of the Party before
	// readmission; ExpungedMonths the least time after an expunged minor
	// conviction.
	ReadmissionMonths, ExpungedMonths int
	Source                            chibo.Source
}

// The admission rules by regulation.
var (
	// Admission2016 are the rules of Quy định 29-QĐ/TW (25/07/2016).
	Admission2016 = AdmissionRules{Name: "2016", From: chibo.DateOf(2016, time.July, 25),
		MinAgeMonths: 18 * 12, MaxAgeMonths: 60 * 12, EquivalentEducation: true, IntroducerMonths: 12,
		ReadmissionMonths: 36, ExpungedMonths: 60,
		Source: chibo.Source{Document: "29-QĐ/TW", Issuer: "Ban Chấp hành Trung ương", Date: chibo.DateOf(2016, time.July, 25), Section: "điểm 1, 3.5",
			URL: "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quy-dinh-29-QD-TW-thi-hanh-Dieu-le-Dang-2016-319797.aspx", Confidence: chibo.Secondary}}
	// Admission2021 are the rules of Quy định 24-QĐ/TW (30/07/2021).
	Admission2021 = AdmissionRules{Name: "2021", From: chibo.DateOf(2021, time.July, 30),
		MinAgeMonths: 18 * 12, MaxAgeMonths: 60 * 12, ResidenceCounts: true, IntroducerMonths: 12,
		ReadmissionMonths: 36, ExpungedMonths: 60,
		Source: chibo.Source{Document: "24-QĐ/TW", Issuer: "Ban Chấp hành Trung ương", Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 1.1, 1.2, 2, 3.5",
			URL: "http://danvan.vn/Home/Van-ban/Dang-Nha-nuoc/14431/Quy-dinh-so-24-QDTW-ngay-3072021-cua-Ban-Chap-hanh-Trung-uong-ve-thi-hanh-Dieu-le-Dang", Confidence: chibo.Verified}}
	// Admission2025 are the rules of Quy định 294-QĐ/TW (in force
	// 01/07/2025), reported unchanged from Quy định 24-QĐ/TW.
	Admission2025 = AdmissionRules{Name: "2025", From: chibo.DateOf(2025, time.July, 1),
		MinAgeMonths: 18 * 12, MaxAgeMonths: 60 * 12, ResidenceCounts: true, IntroducerMonths: 12,
		ReadmissionMonths: 36, ExpungedMonths: 60,
		Source: chibo.Source{Document: "294-QĐ/TW", Issuer: "Ban Chấp hành Trung ương", Date: chibo.DateOf(2025, time.May, 26), Section: "điểm 1, 3.5 (reported unchanged)",
			URL: "https://thads.moj.gov.vn/noidung/tintuc/Lists/CongTacDang/View_Detail.aspx?ItemID=288", Confidence: chibo.Secondary}}
)

// AdmissionRulesOn returns the admission rules in force on d (the 2016
// rules for earlier dates, the earliest modelled).
func AdmissionRulesOn(d chibo.Date) AdmissionRules {
	switch {
	case !d.Before(Admission2025.From):
		return Admission2025
	case !d.Before(Admission2021.From):
		return Admission2021
	}
	return Admission2016
}

// requiredIntroducers is the number of introducing members (Điều lệ Đảng
// 2011, Điều 4 khoản 1); an introduction by the Youth Union or Trade Union
// committee stands for one.
const requiredIntroducers = 2

// Rule identifiers of admission checks.
const (
	RuleAdmissionAge         = "member.admission.age"
	RuleAdmissionEducation   = "member.admission.education"
	RuleAdmissionIntroducers = "member.admission.introducers"
	RuleReadmission          = "member.readmission"
)

// AdmissionCheck is the result of checking an application.
type AdmissionCheck struct {
	// Eligible is true when every condition the library can check holds.
	Eligible bool
	// Unmet are the conditions that do not hold, each with its rule.
	Unmet []chibo.Reason
	// Met are the conditions that hold.
	Met []chibo.Reason
}

// CheckAdmission checks an application on the day the cell considers it
// (on): age by month (18 to 60, above 60 only with a central-level
// committee's consent), education (lower secondary, with the equivalent
// allowed by the 2016 rules and the exception for difficult areas), two
// introducers who are official members and have known the applicant for 12
// months in the same unit (or the union's introduction and one member), and
// for a readmission the conditions of Quy định 24-QĐ/TW điểm 3.5. Every
// unmet condition is reported. The political standard, the applicant's
// conduct and the cell's vote are for the cell and are not checked.
func (r AdmissionRules) CheckAdmission(a *Applicant, on chibo.Date) AdmissionCheck {
	var c AdmissionCheck
	if a == nil || on.IsZero() {
		c.Unmet = append(c.Unmet, reasonf(RuleAdmissionAge, r.Source, "Không có hồ sơ hoặc ngày xét.", "No application or no date of consideration."))
		return c
	}
	c.add(r.checkAge(a, on))
	c.add(r.checkEducation(a))
	c.add(r.checkIntroducers(a, on))
	if a.Previous != nil {
		c.add(r.checkReadmission(a.Previous, on))
	}
	c.Eligible = len(c.Unmet) == 0
	return c
}

func (c *AdmissionCheck) add(ok bool, why chibo.Reason) {
	if ok {
		c.Met = append(c.Met, why)
	} else {
		c.Unmet = append(c.Unmet, why)
	}
}

func reasonf(rule string, src chibo.Source, vi, en string) chibo.Reason {
	return chibo.Reason{Rule: rule, Source: src, VI: vi, EN: en}
}

func (r AdmissionRules) checkAge(a *Applicant, on chibo.Date) (bool, chibo.Reason) {
	if a.Born.IsZero() || a.Born.After(on) {
		return false, reasonf(RuleAdmissionAge, r.Source, "Không có ngày sinh hợp lệ.", "No valid date of birth.")
	}
	age := chibo.Between(a.Born, on)
	months := age.TotalMonths()
	switch {
	case months < r.MinAgeMonths:
		return false, reasonf(RuleAdmissionAge, r.Source,
			fmt.Sprintf("Ngày %s người xin vào Đảng mới %d tuổi %d tháng, chưa đủ %d tuổi (tính theo tháng).", on.VN(), age.Years, age.Months, r.MinAgeMonths/12),
			fmt.Sprintf("On %s the applicant is %d years %d months old, under %d counted by month.", on.VN(), age.Years, age.Months, r.MinAgeMonths/12))
	case months > r.MaxAgeMonths && !a.CentralConsent:
		return false, reasonf(RuleAdmissionAge, r.Source,
			fmt.Sprintf("Ngày %s người xin vào Đảng %d tuổi %d tháng, trên %d tuổi: chỉ được kết nạp khi cấp uỷ trực thuộc Trung ương đồng ý bằng văn bản.", on.VN(), age.Years, age.Months, r.MaxAgeMonths/12),
			fmt.Sprintf("On %s the applicant is %d years %d months old, over %d: admission needs the written consent of a committee directly under the Central Committee.", on.VN(), age.Years, age.Months, r.MaxAgeMonths/12))
	case months > r.MaxAgeMonths:
		return true, reasonf(RuleAdmissionAge, r.Source,
			fmt.Sprintf("Trên %d tuổi (%d tuổi %d tháng), có văn bản đồng ý của cấp uỷ trực thuộc Trung ương.", r.MaxAgeMonths/12, age.Years, age.Months),
			fmt.Sprintf("Over %d (%d years %d months), with the written consent of a committee directly under the Central Committee.", r.MaxAgeMonths/12, age.Years, age.Months))
	}
	return true, reasonf(RuleAdmissionAge, r.Source,
		fmt.Sprintf("Tuổi %d năm %d tháng, trong khoảng %d–%d tuổi.", age.Years, age.Months, r.MinAgeMonths/12, r.MaxAgeMonths/12),
		fmt.Sprintf("Aged %d years %d months, within %d–%d.", age.Years, age.Months, r.MinAgeMonths/12, r.MaxAgeMonths/12))
}

func (r AdmissionRules) checkEducation(a *Applicant) (bool, chibo.Reason) {
	switch {
	case a.Education >= LowerSecondary:
		return true, reasonf(RuleAdmissionEducation, r.Source, "Tốt nghiệp trung học cơ sở trở lên.", "Completed lower-secondary school or higher.")
	case a.EducationException:
		return true, reasonf(RuleAdmissionEducation, r.Source,
			"Chưa tốt nghiệp trung học cơ sở nhưng thuộc trường hợp ngoại lệ (miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn, ngư dân trên biển) theo hướng dẫn của Ban Bí thư.",
			"Below lower secondary, but within the Secretariat's exception for mountain, border, island, ethnic-minority and especially disadvantaged areas and fishermen at sea.")
	}
	vi, en := "Chưa tốt nghiệp trung học cơ sở.", "Has not completed lower-secondary school."
	if r.EquivalentEducation {
		vi, en = "Chưa có trình độ trung học cơ sở hoặc tương đương.", "Has neither lower-secondary school nor an equivalent."
	}
	return false, reasonf(RuleAdmissionEducation, r.Source, vi, en)
}

func (r AdmissionRules) checkIntroducers(a *Applicant, on chibo.Date) (bool, chibo.Reason) {
	good := 0
	var problems, problemsVI string
	seen := make(map[string]bool, len(a.Introducers))
	for _, in := range a.Introducers {
		if seen[in.ID] {
			problems += fmt.Sprintf(" %s is listed twice and counts once;", in.ID)
			problemsVI += fmt.Sprintf(" %s được kê hai lần, chỉ tính một;", in.ID)
			continue
		}
		seen[in.ID] = true
		known := 0
		if !in.KnownSince.IsZero() && !in.KnownSince.After(on) {
			known = chibo.Between(in.KnownSince, on).TotalMonths()
		}
		switch {
		case !in.Official:
			problems += fmt.Sprintf(" %s is not an official member;", in.ID)
			problemsVI += fmt.Sprintf(" %s không phải đảng viên chính thức;", in.ID)
		case in.Residence && !r.ResidenceCounts:
			problems += fmt.Sprintf(" %s knows the applicant only as a neighbour, which the %s rules do not accept;", in.ID, r.Name)
			problemsVI += fmt.Sprintf(" %s chỉ cùng cư trú, quy định %s không chấp nhận;", in.ID, r.Name)
		case known < r.IntroducerMonths:
			problems += fmt.Sprintf(" %s has known the applicant %d months, fewer than %d;", in.ID, known, r.IntroducerMonths)
			problemsVI += fmt.Sprintf(" %s mới cùng công tác %d tháng, chưa đủ %d tháng;", in.ID, known, r.IntroducerMonths)
		default:
			good++
		}
	}
	have := good
	if a.UnionIntroduction {
		have++
	}
	if have >= requiredIntroducers && good >= 1 {
		return true, reasonf(RuleAdmissionIntroducers, r.Source,
			fmt.Sprintf("Có %d người giới thiệu đủ điều kiện (đảng viên chính thức, cùng công tác, học tập hoặc cư trú với người xin vào Đảng ít nhất %d tháng).", have, r.IntroducerMonths),
			fmt.Sprintf("%d valid introductions (official members who have worked, studied or lived with the applicant for at least %d months).", have, r.IntroducerMonths))
	}
	return false, reasonf(RuleAdmissionIntroducers, r.Source,
		fmt.Sprintf("Cần hai người giới thiệu là đảng viên chính thức, cùng công tác hoặc cư trú với người xin vào Đảng ít nhất %d tháng (hoặc tổ chức Đoàn, Công đoàn cơ sở và một đảng viên chính thức); chỉ có %d.%s", r.IntroducerMonths, have, problemsVI),
		fmt.Sprintf("Two introducers who are official members and have known the applicant for at least %d months in the same unit are needed (or the Youth Union or Trade Union committee and one such member); there are %d.%s", r.IntroducerMonths, have, problems))
}

func (r AdmissionRules) checkReadmission(p *Previous, on chibo.Date) (bool, chibo.Reason) {
	var vi, en string
	switch {
	case p.Readmitted:
		vi, en = "Đã được kết nạp lại một lần: chỉ được kết nạp lại một lần.", "Already readmitted once: readmission is allowed once only."
	case p.Cause.BarsReadmission():
		vi = fmt.Sprintf("Ra khỏi Đảng vì lý do không được kết nạp lại (%s).", p.Cause)
		en = fmt.Sprintf("Left the Party for a cause that bars readmission (%s).", p.Cause)
	case p.Left.IsZero() || on.Before(p.Left.AddMonths(r.ReadmissionMonths)):
		vi = fmt.Sprintf("Ra khỏi Đảng ngày %s: phải đủ %d tháng, tức từ ngày %s.", p.Left.VN(), r.ReadmissionMonths, p.Left.AddMonths(r.ReadmissionMonths).VN())
		en = fmt.Sprintf("Left the Party on %s: %d months must pass, until %s.", p.Left.VN(), r.ReadmissionMonths, p.Left.AddMonths(r.ReadmissionMonths).VN())
	case !p.Expunged.IsZero() && on.Before(p.Expunged.AddMonths(r.ExpungedMonths)):
		vi = fmt.Sprintf("Án tích được xoá ngày %s: phải đủ %d tháng, tức từ ngày %s.", p.Expunged.VN(), r.ExpungedMonths, p.Expunged.AddMonths(r.ExpungedMonths).VN())
		en = fmt.Sprintf("The conviction was expunged on %s: %d months must pass, until %s.", p.Expunged.VN(), r.ExpungedMonths, p.Expunged.AddMonths(r.ExpungedMonths).VN())
	case !p.ProvincialConsent:
		vi, en = "Cần văn bản đồng ý của ban thường vụ tỉnh uỷ (hoặc tương đương).", "The written consent of the provincial (or equivalent) standing committee is needed."
	default:
		return true, reasonf(RuleReadmission, r.Source,
			fmt.Sprintf("Đủ điều kiện kết nạp lại: ra khỏi Đảng ngày %s, đủ %d tháng, có văn bản đồng ý của ban thường vụ tỉnh uỷ; phải qua thời kỳ dự bị mới.", p.Left.VN(), r.ReadmissionMonths),
			fmt.Sprintf("Readmission conditions hold: left on %s, %d months have passed, the provincial standing committee consents; a new probation follows.", p.Left.VN(), r.ReadmissionMonths))
	}
	return false, reasonf(RuleReadmission, r.Source, vi, en)
}
