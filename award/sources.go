package award

import (
	"time"

	"github.com/chibo-go/chibo"
)

// The documents the badge rules rest on. URLs are the pages where the
// wording (or a quotation of it) was read; see rules/badge.md §0.
var (
	srcCharter = chibo.Source{
		Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI",
		Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 5 khoản 4",
		URL:        "https://hoatieu.vn/phap-luat/cach-tinh-tuoi-dang-cua-dang-vien-220615",
		Confidence: chibo.Verified,
	}
	srcQD45 = chibo.Source{
		Document: "45-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2011, time.November, 1), Section: "điểm 11.2a",
		URL:        "http://www.lamdong.gov.vn/vi-VN/a/baoloc/thanh-uy/hoi-dap/Pages/Cach-tinh-tuoi-dang.aspx",
		Confidence: chibo.Secondary,
	}
	srcHD06Nghean = chibo.Source{
		Document: "06-HD/TU (Nghệ An)", Issuer: "Ban Thường vụ Tỉnh uỷ Nghệ An",
		Date: chibo.DateOf(2012, time.July, 24), Section: "milestones and deferral as applied under QĐ 45",
		URL:        "http://dukccq.nghean.gov.vn/cong-tac-to-chuc-xay-dung-dang/huong-dan-tang-va-truy-tang-huy-hieu-dang-421613",
		Confidence: chibo.Secondary,
	}
	srcQD29 = chibo.Source{
		Document: "29-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2016, time.July, 25), Section: "điểm 27.3a",
		URL:        "https://danluatold.thuvienphapluat.vn/khi-nao-dang-vien-duoc-tang-huy-hieu-dang-187240.aspx",
		Confidence: chibo.Verified,
	}
	srcHD01of2016 = chibo.Source{
		Document: "01-HD/TW", Issuer: "Ban Bí thư",
		Date: chibo.DateOf(2016, time.September, 20), Section: "mục 5.3; ceremonies on 3/2, 19/5, 2/9, 7/11",
		URL:        "https://thuvienphapluat.vn/tintuc/vn/thoi-su-phap-luat-binh-luan-gop-y/30973/tuoi-dang-vien-duoc-tinh-nhu-the-nao",
		Confidence: chibo.Verified,
	}
	srcTransition45 = chibo.Source{
		Document: "Ban Tổ chức Trung ương guidance on the 45-year badge", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2016, time.September, 20), Section: "transitional rules",
		URL:        "https://xaydungdang.org.vn/dang-vien/ve-viec-xet-tang-huy-hieu-45-nam-tuoi-dang-10049",
		Confidence: chibo.Verified,
	}
	srcQD24 = chibo.Source{
		Document: "24-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 4.5 and 27.3",
		URL:        "https://danluat.thuvienphapluat.vn/cach-tinh-tuoi-dang-doi-voi-dang-vien-da-ra-khoi-dang-va-duoc-ket-nap-lai-199669.aspx",
		Confidence: chibo.Verified,
	}
	srcHD01of2021 = chibo.Source{
		Document: "01-HD/TW", Issuer: "Ban Bí thư",
		Date: chibo.DateOf(2021, time.September, 28), Section: "mục 18.1, 18.2",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/55C58-hd-se-duoc-xet-tang-huy-hieu-dang-vao-nhung-nam-nao.html",
		Confidence: chibo.Verified,
	}
	srcQD24Deferral = chibo.Source{
		Document: "24-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 27.3 (deferral, as paraphrased; sources conflict)",
		URL:        "https://luatminhkhue.vn/mau-to-khai-de-nghi-tang-huy-hieu-dang.aspx",
		Confidence: chibo.Unverified,
	}
	srcBinhThuanHandbook = chibo.Source{
		Document: "24-QĐ/TW (Bình Thuận handbook reading)", Issuer: "Đảng uỷ Khối Bình Thuận",
		Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 27.3 (deferral, as the handbook gives it)",
		URL:        "https://stdt.danguykhoibinhthuan.vn/sotay/to-chuc/tang-huy-hieu-dang",
		Confidence: chibo.Unverified,
	}
	srcQD294 = chibo.Source{
		Document: "294-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2025, time.May, 26), Section: "badge text not seen; HD 01-HD/TW 2021 values assumed",
		URL:        "https://thads.moj.gov.vn/noidung/tintuc/Lists/CongTacDang/View_Detail.aspx?ItemID=288",
		Confidence: chibo.Unverified,
	}
	srcHD38 = chibo.Source{
		Document: "38-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2025, time.September, 29), Section: "mục 1.5 phần III",
		URL:        "https://luatvietnam.vn/bieu-mau/mau-danh-sach-dang-vien-de-nghi-cap-lai-huy-hieu-dang-571-105603-article.html",
		Confidence: chibo.Secondary,
	}
	srcQD208 = chibo.Source{
		Document: "208-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2026, time.July, 26), Section: "text not seen; named only in secondary sources (rules/second-pass.md gap 4)",
		Confidence: chibo.Unverified,
	}
	srcHD56 = chibo.Source{
		Document: "56-HD/VPTW", Issuer: "Văn phòng Trung ương Đảng",
		Date: chibo.DateOf(2015, time.October, 27), Section: "mục IV.2",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/83A5E8A-hd-muc-tien-thuong-huy-hieu-65-nam-tuoi-dang-nam-2025-la-bao-nhieu.html",
		Confidence: chibo.Verified,
	}
	srcRoundPolicy = chibo.Source{
		Document: "01-HD/TW", Issuer: "Ban Bí thư",
		Date: chibo.DateOf(2021, time.September, 28), Section: "mục 18 (\"kịp thời\"); first round on or after the milestone is the library's default",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/55C5A-hd-vec-trao-tang-su-dung-quan-ly-huy-hieu-dang-duoc-quy-dinh-ra-sao.html",
		Confidence: chibo.Inferred,
	}
)
