package evaluation

import (
	"time"

	"github.com/chibo-go/chibo"
)

// The documents the meeting-quality rules rest on (rules/branch.md §0, §3;
// rules/second-pass.md gap 1). URLs are the pages where the wording, or a
// quotation of it, was read; code-index files are named by their id, as the
// research notes cite them.
var (
	// Hướng dẫn 12-HD/BTCTW of 06/07/2018 on meeting quality. Not to be
	// confused with 12-HD/BTCTW of 18/01/2022 on membership procedure.
	srcHD12 = chibo.Source{
		Document: "12-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2018, time.July, 6), Section: "tiêu chí khung đánh giá chất lượng sinh hoạt chi bộ",
		URL:        "http://llct.tnut.edu.vn/tin-tuc/2018-07-31/tieu-chi-danh-gia-chat-luong-sinh-hoat-chi-bo-dang-dt310.html",
		Confidence: chibo.Verified,
	}
	srcHD42 = chibo.Source{
		Document: "42-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2025, time.October, 28), Section: "mục 5, khung tiêu chí 100 điểm, as itemised by the third-party app \"Đánh giá Chất lượng Sinh hoạt\" (rules/branch.md B8; code index file id 52956926177); the HD 42 text itself was not read",
		Confidence: chibo.Secondary,
	}
	srcHD42Duration = chibo.Source{
		Document: "42-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2025, time.October, 28), Section: "thời lượng: ít nhất 90 phút; 120 phút khi sinh hoạt chuyên đề cùng sinh hoạt thường kỳ",
		URL:        "https://luatvietnam.vn/tin-van-ban-moi/thoi-luong-sinh-hoat-chi-bo-toi-thieu-90-phut-186-105065-article.html",
		Confidence: chibo.Verified,
	}
	srcHD42Preparation = chibo.Source{
		Document: "42-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2025, time.October, 28), Section: "chuẩn bị: chi uỷ họp trước; tài liệu đăng trên Sổ tay đảng viên điện tử ít nhất 01 ngày trước (3 + 2 points: the library's reading after the An Phú sheet, criterion 3)",
		URL:        "https://luatvietnam.vn/tin-van-ban-moi/thoi-luong-sinh-hoat-chi-bo-toi-thieu-90-phut-186-105065-article.html",
		Confidence: chibo.Secondary,
	}
	// The An Phú ward sheet applying HD 42 (Kế hoạch 08-KH/ĐU of
	// 19/09/2025; code index file id 52805854783): a local document.
	srcAnPhuDuration = chibo.Source{
		Document: "08-KH/ĐU (phường An Phú)", Issuer: "Đảng uỷ phường An Phú",
		Date: chibo.DateOf(2025, time.September, 19), Section: "phiếu đánh giá, tiêu chí 1: thiếu ≤ 15 phút 4 điểm, 15–30 phút 3, khoảng 1/2 thời lượng 2, dưới 1/2 1 (rules/second-pass.md 1.5); a local sheet, with HD 42 for the 90/120 minutes",
		Confidence: chibo.Secondary,
	}
	srcAnPhuResults = chibo.Source{
		Document: "08-KH/ĐU (phường An Phú)", Issuer: "Đảng uỷ phường An Phú",
		Date: chibo.DateOf(2025, time.September, 19), Section: "phiếu đánh giá, tiêu chí 7: ≥ 90% chỉ tiêu 30 điểm, ≥ 80% 27, ≥ 70% 24, ≥ 60% 20, ≥ 50% 15, < 50% 10 (rules/second-pass.md 1.5); a local sheet",
		Confidence: chibo.Secondary,
	}
	srcLevels2025 = chibo.Source{
		Document: "42-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2025, time.October, 28), Section: "xếp loại Tốt ≥ 90, Khá ≥ 70, Trung bình ≥ 50, Kém < 50, as used by three local and third-party sheets (rules/second-pass.md 1.4); whether HD 42 itself fixes these cut-offs was not read",
		Confidence: chibo.Secondary,
	}
	srcBinhThuan = chibo.Source{
		Document: "Sổ tay điện tử: Đánh giá, xếp loại chất lượng sinh hoạt chi bộ", Issuer: "Đảng uỷ Khối (Bình Thuận)",
		Section:    "Tốt: ≥ 90 điểm và đạt điểm tối đa về tỷ lệ dự họp, thời lượng, đảng viên tham gia thảo luận, ghi biên bản; Khá: 70 – < 90 hoặc ≥ 90 mà không đủ điều kiện Tốt; Trung bình: 50 – < 70; Kém: < 50 (rules/branch.md B9). For this province only; its criteria weights were not retrieved, so the library scores with the HD 42 criteria of Scheme2025",
		URL:        "https://stdt.danguykhoibinhthuan.vn/sotay/to-chuc/sinh-hoat-chi-bo/danh-gia-chat-luong-sinh-hoat",
		Confidence: chibo.Verified,
	}
	// Removal (xoá tên) for skipping party activities 3 months in a year
	// without a valid reason: Quy định 29-QĐ/TW điểm 8.1, Quy định 24-QĐ/TW
	// điểm 8. Whether the 3 months are cumulative and within a calendar year
	// is not stated: the library's reading, hence Inferred.
	srcRemoval = chibo.Source{
		Document: "24-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 8 (as 29-QĐ/TW điểm 8.1): bỏ sinh hoạt đảng 3 tháng trong năm không có lý do chính đáng; \"cumulative within the calendar year\" is the library's reading (rules/branch.md M9)",
		URL:        "https://nptlawyer.com/phan-biet-hinh-thuc-xoa-ten-khoi-danh-sach-dang-vien-va-khai-tu-dang.html",
		Confidence: chibo.Inferred,
	}
)

// sec returns src with its Section replaced.
func sec(src chibo.Source, section string) chibo.Source {
	src.Section = section
	return src
}

// inferred returns src with its Section replaced and its Confidence set to
// Inferred: the rule is in the document, the way the library measures it is
// not.
func inferred(src chibo.Source, section string) chibo.Source {
	src.Section = section
	src.Confidence = chibo.Inferred
	return src
}
