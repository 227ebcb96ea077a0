package award

import (
	"fmt"

	"github.com/chibo-go/chibo"
	"github.com/chibo-go/chibo/member"
)

// RuleReissue is the rule identifier of re-issue decisions.
const RuleReissue = "award.reissue"

// srcReissue is the rule on lost badges (HD 01-HD/TW 2021, mục 18, "trao
// tặng, sử dụng, quản lý"; list form 4A-HHĐ of HD 38-HD/BTCTW 2025).
var srcReissue = chibo.Source{
	Document: "01-HD/TW", Issuer: "Ban Bí thư",
	Date: chibo.DateOf(2021, 9, 28), Section: "mục 18 (trao tặng, sử dụng, quản lý Huy hiệu Đảng); list 4A-HHĐ",
	URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/55C5A-hd-vec-trao-tang-su-dung-quan-ly-huy-hieu-dang-duoc-quy-dinh-ra-sao.html",
	Confidence: chibo.Verified,
}

// Reissue decides a request on date on to re-issue the lost badge of a
// milestone (cấp lại Huy hiệu Đảng bị mất): allowed when the member holds
// that badge, is inside the Party, and the loss has a legitimate reason
// explained in writing to the cell (bản tường trình). No source says that
// gift money accompanies a re-issue, and the reasons say so.
func Reissue(m *member.Member, milestone int, legitimate bool, on chibo.Date) (bool, []chibo.Reason) {
	switch {
	case m == nil:
		return false, []chibo.Reason{reasonNoRecord()}
	case !m.HasBadge(milestone):
		return false, []chibo.Reason{reason(RuleReissue, srcReissue,
			fmt.Sprintf("Đảng viên chưa được tặng Huy hiệu %d năm: không có huy hiệu để cấp lại.", milestone),
			fmt.Sprintf("The member never received the %d-year badge: there is nothing to re-issue.", milestone))}
	case m.OutsideOn(on):
		return false, []chibo.Reason{reason(RuleReissue, srcReissue,
			"Đảng viên đang ở ngoài Đảng và phải nộp lại huy hiệu: không cấp lại.",
			"The member is outside the Party and must return the badges: no re-issue.")}
	case !legitimate:
		return false, []chibo.Reason{reason(RuleReissue, srcReissue,
			"Lý do mất huy hiệu không chính đáng: không cấp lại.",
			"The badge was not lost for a legitimate reason: no re-issue.")}
	}
	return true, []chibo.Reason{reason(RuleReissue, srcReissue,
		fmt.Sprintf("Mất Huy hiệu %d năm có lý do chính đáng, có bản tường trình: được cấp lại (danh sách mẫu 4A-HHĐ); không có quy định về tiền thưởng khi cấp lại.", milestone),
		fmt.Sprintf("The %d-year badge was lost for a legitimate reason, explained in writing: it may be re-issued (list form 4A-HHĐ); no rule grants gift money for a re-issue.", milestone))}
}
