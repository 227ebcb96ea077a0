package branch

import (
	"time"

	"github.com/chibo-go/chibo"
)

// The documents the organisation and meeting rules rest on (rules/branch.md §0).
var (
	srcCharter21 = chibo.Source{
		Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI",
		Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 21 khoản 2, 3",
		URL:        "https://luatvietnam.vn/can-bo-cong-chuc/thanh-lap-chi-bo-dang-566-25916-article.html",
		Confidence: chibo.Verified,
	}
	srcCharter24 = chibo.Source{
		Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI",
		Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 24",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/38C68-hd-chi-bo-truc-thuoc-dang-bo.html",
		Confidence: chibo.Verified,
	}
	srcCharter24Term = chibo.Source{
		Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI",
		Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 24 khoản 3",
		URL:        "http://dangcongsan.vn/tien-toi-dai-hoi-dang-bo-cac-cap-va-dai-hoi-xiii-cua-dang/chuyen-muc-hoi-dap/nhiem-ky-dai-hoi-cua-chi-bo-truc-thuoc-dang-uy-bo-phan-dang-uy-co-so-555577.html",
		Confidence: chibo.Verified,
	}
	srcCharter22 = chibo.Source{
		Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI",
		Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 22 khoản 5",
		URL:        "http://camau.dcs.vn/chi-tiet-hoi-dap-27",
		Confidence: chibo.Verified,
	}
	srcCharterTerm22 = chibo.Source{
		Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI",
		Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 22 khoản 1 (text not seen; 5-year term from practice, CT 35-CT/TW)",
		URL:        "http://tvs.vuc.vn/data/sachdientu/chuanbithattotdaihoi_9786045755679/files/basic-html/page109.html",
		Confidence: chibo.Unverified,
	}
	srcCharter9 = chibo.Source{
		Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI",
		Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 9 khoản 5; Quy định 24-QĐ/TW điểm 9.3",
		URL:        "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/bo-may-hanh-chinh/resolution-of-the-leadership-agencies-of-the-communist-party-shall-be-enforced-only-when-more-than-h-1008265",
		Confidence: chibo.Verified,
	}
	srcQD24Base = chibo.Source{
		Document: "24-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 9.3.2",
		URL:        "https://lawnet.vn/ngan-hang-phap-luat/en/tu-van-phap-luat/bo-may-hanh-chinh/resolution-of-the-leadership-agencies-of-the-communist-party-shall-be-enforced-only-when-more-than-h-1008265",
		Confidence: chibo.Verified,
	}
	srcCharter4 = chibo.Source{
		Document: "Điều lệ Đảng 2011", Issuer: "Đại hội đại biểu toàn quốc lần thứ XI",
		Date: chibo.DateOf(2011, time.January, 19), Section: "Điều 4 khoản 3",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/83A324C-hd-mau-bien-ban-hop-chi-bo-de-nghi-ket-nap-dang-vien-cap-nhat-nam-2024.html",
		Confidence: chibo.Verified,
	}
	srcQD29Recognition = chibo.Source{
		Document: "29-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2016, time.July, 25), Section: "điểm 5.2",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/4CFA4-hd-dang-vien-du-bi-co-duoc-cong-nhan-chinh-thuc-khi-chi-co-mot-phan-ba-cap-uy-vien-dong-y-khong.html",
		Confidence: chibo.Verified,
	}
	srcQD29Leader = chibo.Source{
		Document: "29-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2016, time.July, 25), Section: "điểm 24",
		URL:        "https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/54AB4-hd-chi-bo-dang-co-bat-buoc-phai-co-chi-uy.html",
		Confidence: chibo.Verified,
	}
	srcHD01Standing = chibo.Source{
		Document: "01-HD/TW", Issuer: "Ban Bí thư",
		Date: chibo.DateOf(2016, time.September, 20), Section: "điểm 15.1",
		URL:        "http://camau.dcs.vn/chi-tiet-hoi-dap-27",
		Confidence: chibo.Verified,
	}
	srcQuorum = chibo.Source{
		Document: "(no primary text found)", Section: "quorum of two thirds of those summoned, as usually quoted; rules/branch.md M6",
		URL:        "https://baotayninh.vn/all/xay_dung_dang",
		Confidence: chibo.Unverified,
	}
	srcQD294Pilot = chibo.Source{
		Document: "294-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2025, time.May, 26), Section: "pilot of one chi bộ congress every 5 years (summary seen)",
		URL:        "https://thads.moj.gov.vn/noidung/tintuc/Lists/CongTacDang/View_Detail.aspx?ItemID=288",
		Confidence: chibo.Secondary,
	}
	srcQD24Plenary = chibo.Source{
		Document: "24-QĐ/TW", Issuer: "Ban Chấp hành Trung ương",
		Date: chibo.DateOf(2021, time.July, 30), Section: "điểm 20",
		URL:        "https://dangcongsan.org.vn/Pages/chi-tiet-cau-hoi.aspx?IDCauHoi=990",
		Confidence: chibo.Verified,
	}
	srcHD12of2018 = chibo.Source{
		Document: "12-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2018, time.July, 6), Section: "tiêu chí khung đánh giá chất lượng sinh hoạt chi bộ",
		URL:        "http://llct.tnut.edu.vn/tin-tuc/2018-07-31/tieu-chi-danh-gia-chat-luong-sinh-hoat-chi-bo-dang-dt310.html",
		Confidence: chibo.Verified,
	}
	srcThematic = chibo.Source{
		Document: "12-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2018, time.July, 6), Section: "sinh hoạt chuyên đề at least once a quarter (practice, also cited under HD 42-HD/BTCTW 2025)",
		URL:        "https://mnhoabinhvb.haiphong.edu.vn/hoat-dong-chuyen-mon/sinh-hoat-chi-bo-chuyen-de-quy-i-nam-2024-xay-dung-moi-truong-giao-duc-theo-huo/ct/10254/182330",
		Confidence: chibo.Secondary,
	}
	srcHD42 = chibo.Source{
		Document: "42-HD/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2025, time.October, 28), Section: "duration ≥ 90 minutes, ≥ 120 when combined with a thematic meeting; chi uỷ meets first; documents posted ≥ 1 day ahead",
		URL:        "https://luatvietnam.vn/tin-van-ban-moi/thoi-luong-sinh-hoat-chi-bo-toi-thieu-90-phut-186-105065-article.html",
		Confidence: chibo.Verified,
	}
	srcCommitteeFrequency = chibo.Source{
		Document: "7619-CV/BTCTW", Issuer: "Ban Tổ chức Trung ương",
		Date: chibo.DateOf(2024, time.December, 30), Section: "model working regulations of grass-roots committees (frequencies not seen; monthly by default)",
		URL:        "https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-7619-CV-BTCTW-2024-huong-dan-khung-Quy-che-lam-viec-mau-cua-cap-uy-co-so-640199.aspx",
		Confidence: chibo.Unverified,
	}
)
