"""Cleaning of crawled article bodies: characters, spelling, page furniture, glued text."""

from __future__ import annotations

import pytest

from orchestration.extraction.cleaning import clean_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hội chợ &amp; triển lãm", "Hội chợ & triển lãm"),
        ("nồng độ (&gt;2) vượt ngưỡng", "nồng độ (>2) vượt ngưỡng"),
        ("&quot;chiêm ngưỡng&quot; cảnh đẹp", '"chiêm ngưỡng" cảnh đẹp'),
        ("Ảnh chụp&nbsp;hôm qua", "Ảnh chụp hôm qua"),
        ("&#272;à Nẵng đón khách", "Đà Nẵng đón khách"),
        ("Bản tin &amp;amp; thời sự", "Bản tin & thời sự"),
        ("Đoạn <b>in đậm</b> và <a href='x'>liên kết</a>", "Đoạn in đậm và liên kết"),
        ("Dòng một<br/>Dòng hai", "Dòng một\n\nDòng hai"),
        ("Mẫu tin: <số tiền> đồng", "Mẫu tin: <số tiền> đồng"),
        ("Hai\u00a0từ\u200b ghép\tnhau", "Hai từ ghép nhau"),
        ("Quá   nhiều    khoảng trắng", "Quá nhiều khoảng trắng"),
        ("Thu\u0309y sa\u0309n", "Thủy sản"),
        ("Đoạn một.\r\nĐoạn hai.", "Đoạn một.\n\nĐoạn hai."),
        ("Đoạn một.\n\n\n\nĐoạn hai.", "Đoạn một.\n\nĐoạn hai."),
    ],
)
def test_characters(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà bình", "hòa bình"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("tỉnh Hoà Bình", "tỉnh Hòa Bình"),
        ("thuỷ lợi", "thủy lợi"),
        ("uỷ ban", "ủy ban"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("hoạ sĩ", "họa sĩ"),
        ("thoả thuận", "thỏa thuận"),
        ("tuỳ theo", "tùy theo"),
        ("huỷ bỏ", "hủy bỏ"),
        ("luỹ kế", "lũy kế"),
        ("nguỵ biện", "ngụy biện"),
        ("Thuý Hằng", "Thúy Hằng"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("xoá đói", "xóa đói"),
    ],
)
def test_tone_marks_move_to_the_first_vowel(old: str, new: str) -> None:
    assert clean_text(old) == new


@pytest.mark.parametrize(
    "word",
    [
        "quý",
        "quả",
        "quốc",
        "quỳ",
        "quạ",
        "giá",
        "gìn",
        "hoàng",
        "huỳnh",
        "toán",
        "ngoài",
        "khuyến",
        "hoặc",
        "Hòa",
        "thủy",
        "của",
    ],
)
def test_tone_marks_left_alone(word: str) -> None:
    assert clean_text(word) == word


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Bí thư tỉnh thăm nhà máy mới. Ảnh: Lê Văn Bình Sáng 5/3, đoàn làm việc tại xã.",
            "Bí thư tỉnh thăm nhà máy mới.\n\nSáng 5/3, đoàn làm việc tại xã.",
        ),
        (
            "Quang cảnh hội nghị. Ảnh: TTXVN Thủ tướng nhấn mạnh yêu cầu.",
            "Quang cảnh hội nghị.\n\nThủ tướng nhấn mạnh yêu cầu.",
        ),
        (
            "Lãnh đạo tỉnh phát biểu. Ảnh: Hải Yến/TTXVN Theo báo cáo, tỉnh tăng trưởng.",
            "Lãnh đạo tỉnh phát biểu.\n\nTheo báo cáo, tỉnh tăng trưởng.",
        ),
        (
            "Hiện trường vụ cháy. Ảnh: Trần MinhKhoảng 9h, lửa bùng lên.",
            "Hiện trường vụ cháy.\n\nKhoảng 9h, lửa bùng lên.",
        ),
        (
            "Bộ trưởng làm việc với huyện (Ảnh: Công an huyện Mỹ Lộc).",
            "Bộ trưởng làm việc với huyện.",
        ),
        ("Xe bị hư hỏng nặng (ảnh: Thu Hà). Tài xế bị thương.", "Xe bị hư hỏng nặng. Tài xế bị thương."),
        (
            "Nhiều hộ dân bị ngập. Ảnh: H.T. Chính quyền đã sơ tán.",
            "Nhiều hộ dân bị ngập.\n\nChính quyền đã sơ tán.",
        ),
        ("Cảnh đẹp vùng cao - Ảnh: Quốc Bảo", "Cảnh đẹp vùng cao"),
        ("Ảnh minh họa", ""),
        (
            "Cán bộ thuế làm việc. Ảnh minh hoạ.\n\nNgành thuế tăng thu.",
            "Cán bộ thuế làm việc.\n\nNgành thuế tăng thu.",
        ),
        ("Ảnh: chinhphu.vn Sau cuộc họp, hai bên ký kết.", "Sau cuộc họp, hai bên ký kết."),
        (
            "Đoàn thăm đền thờ. Ảnh: Minh Tâm. Đây là lần đầu đoàn đến.",
            "Đoàn thăm đền thờ.\n\nĐây là lần đầu đoàn đến.",
        ),
        ("Khu vực bị sạt lở.-Ảnh: Q.Long Người dân đã di dời.", "Khu vực bị sạt lở.\n\nNgười dân đã di dời."),
        # an outlet credited in small letters
        (
            "Đường bị ngập. Ảnh: báo Lào Cai Theo báo cáo, mưa kéo dài.",
            "Đường bị ngập.\n\nTheo báo cáo, mưa kéo dài.",
        ),
    ],
)
def test_photo_credits_are_removed(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_caption_sentence_with_a_date_is_kept() -> None:
    raw = (
        "Lãnh đạo nói rõ. Ảnh: Phó Thủ tướng Lê Văn An làm việc với tỉnh sáng 12/4. "
        "Ảnh: VGP Tiếp đó, đoàn đi."
    )
    assert clean_text(raw) == (
        "Lãnh đạo nói rõ.\n\nPhó Thủ tướng Lê Văn An làm việc với tỉnh sáng 12/4.\n\nTiếp đó, đoàn đi."
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("(NLĐ)- Sáng 3-2, thành phố tổ chức lễ.", "Sáng 3-2, thành phố tổ chức lễ."),
        ("(Dân trí) - Chiều qua, tỉnh họp báo.", "Chiều qua, tỉnh họp báo."),
        ("TPO - Ngày 9/9, đoàn công tác đến tỉnh.", "Ngày 9/9, đoàn công tác đến tỉnh."),
        ("HÀ NỘI - Bộ Y tế cho biết số ca giảm.", "Bộ Y tế cho biết số ca giảm."),
        ("(Baonghean.vn) - Sáng nay, tỉnh họp.", "Sáng nay, tỉnh họp."),
        (
            "Thành phố trao học bổng (NLĐ)- “Các em là tương lai” - ông nói.",
            "Thành phố trao học bổng\n\n“Các em là tương lai” - ông nói.",
        ),
        ("UBND - HĐND tỉnh họp phiên bất thường.", "UBND - HĐND tỉnh họp phiên bất thường."),
    ],
)
def test_bylines_and_datelines(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tỉnh đạt nhiều kết quả.\n\nMinh Châu", "Tỉnh đạt nhiều kết quả."),
        ("Tỉnh đạt nhiều kết quả.\n\nTheo VOV", "Tỉnh đạt nhiều kết quả."),
        ("Tỉnh đạt nhiều kết quả.\n\nBaotintuc.vn", "Tỉnh đạt nhiều kết quả."),
        ("Tỉnh đạt nhiều kết quả.\n\nTin: Hoàng Sơn", "Tỉnh đạt nhiều kết quả."),
        ("Tỉnh đạt nhiều kết quả.\n\nLan Anh (tổng hợp)", "Tỉnh đạt nhiều kết quả."),
        ("Tỉnh đạt nhiều kết quả.\n\nThu Hà\n\nTTXVN", "Tỉnh đạt nhiều kết quả."),
        (
            "Năm nay tỉnh phấn đấu thu ngân sách vượt dự toán được giao. Văn Khánh (TTXVN)",
            "Năm nay tỉnh phấn đấu thu ngân sách vượt dự toán được giao.",
        ),
        (
            "Năm nay tỉnh phấn đấu thu ngân sách vượt dự toán được giao. Hữu Phước",
            "Năm nay tỉnh phấn đấu thu ngân sách vượt dự toán được giao.",
        ),
        (
            "Tỉnh đạt nhiều kết quả.\n\nVụ việc đang được điều tra.",
            "Tỉnh đạt nhiều kết quả.\n\nVụ việc đang được điều tra.",
        ),
        ("Tỉnh đạt nhiều kết quả.\n\n>> Tin liên quan khác", "Tỉnh đạt nhiều kết quả."),
        # a site's footer closes the page: the related headlines before it go with it
        (
            "Không có tai nạn xảy ra. Phó Chủ tịch Quốc hội Trần Văn A thăm tỉnh Ninh Bình Bản tin số 6 "
            "Tổng Biên tập: Nguyễn Văn B Giấy phép số 12/GP-BTTTT",
            "Không có tai nạn xảy ra.",
        ),
        (
            "Phó Tổng biên tập: Lê Văn C cho biết báo đã có 20 năm tuổi.",
            "Phó Tổng biên tập: Lê Văn C cho biết báo đã có 20 năm tuổi.",
        ),
        # a digest's "read on" link ends one story: the next starts a paragraph of its own
        (
            "Năm 2016 quận có 149 vụ án.  (Xem tiếp)   Tai nạn tăng cao Trong 7 ngày Tết có 9 vụ.",
            "Năm 2016 quận có 149 vụ án.\n\nTai nạn tăng cao\n\nTrong 7 ngày Tết có 9 vụ.",
        ),
    ],
)
def test_signatures_and_links(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tỉnh đạt nhiều kết quả.\n\nXEM CLIP: Mưa lớn ở Lào Cai", "Tỉnh đạt nhiều kết quả."),
        ("Xem video: Lũ quét. Đường sạt lở\n\nTỉnh họp.", "Tỉnh họp."),
        # a label glued to a paragraph of the article: the label goes with the title after it
        (
            "XEM CLIP: Mưa ở Lào Cai Theo báo cáo, 3 người chết. Thiệt hại 9 tỷ đồng. Tỉnh đã sơ tán dân.",
            "Theo báo cáo, 3 người chết. Thiệt hại 9 tỷ đồng. Tỉnh đã sơ tán dân.",
        ),
        (
            "» Tin cũ Sáng nay, tỉnh họp. Tỉnh duyệt 5 dự án. Dân đồng tình.",
            "Sáng nay, tỉnh họp. Tỉnh duyệt 5 dự án. Dân đồng tình.",
        ),
        (
            "XEM CLIP: lũ, sạt lở. Trong đêm, 3 người chết. Thiệt hại 9 tỷ đồng. Tỉnh đã sơ tán dân.",
            "lũ, sạt lở. Trong đêm, 3 người chết. Thiệt hại 9 tỷ đồng. Tỉnh đã sơ tán dân.",
        ),
    ],
)
def test_link_and_clip_labels(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_repeated_paragraph_keeps_the_first() -> None:
    raw = "Tỉnh họp bàn kế hoạch\n\nLời dẫn.\n\nTỉnh họp bàn kế hoạch\n\nNội dung."
    assert clean_text(raw) == "Tỉnh họp bàn kế hoạch\n\nLời dẫn.\n\nNội dung."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ba người tử vong.Đại tá Lê An cho biết.", "ba người tử vong. Đại tá Lê An cho biết."),
        ("không ai bị thương!Sau đó, xe được kéo đi.", "không ai bị thương! Sau đó, xe được kéo đi."),
        ("tới quốc lộ 1A.Cao tốc dài 90 km.", "tới quốc lộ 1A. Cao tốc dài 90 km."),
        ("Lãnh đạo TP.HCM dự lễ.", "Lãnh đạo TP.HCM dự lễ."),
        ("Trường ở Tp.Cần Thơ mở cửa.", "Trường ở Tp.Cần Thơ mở cửa."),
        ("ThS.Nguyễn Văn Tâm phát biểu.", "ThS.Nguyễn Văn Tâm phát biểu."),
        ("Tăng trưởng đạt 6.95 điểm.", "Tăng trưởng đạt 6.95 điểm."),
        ("Theo baomoi.com, số vốn là 1.234,5 tỷ.", "Theo baomoi.com, số vốn là 1.234,5 tỷ."),
        ("Ngày 7.2 đoàn đến.", "Ngày 7.2 đoàn đến."),
        ("mới đây,ngày 20/4, có hai ca.", "mới đây, ngày 20/4, có hai ca."),
        ("đến Bệnh viện Từ Dũ(TPHCM)để khám.", "đến Bệnh viện Từ Dũ (TPHCM) để khám."),
        # a list's next item after a semicolon, but no number's inner marks
        ("có 1.168 dòng họ;674 cộng đồng", "có 1.168 dòng họ; 674 cộng đồng"),
        ("tỷ số 5;6 lúc 10:30, giá 1,5 triệu", "tỷ số 5;6 lúc 10:30, giá 1,5 triệu"),
        ("tỷ lệ 1,5% và 10:30 sáng", "tỷ lệ 1,5% và 10:30 sáng"),
        ("Trước đó , trong buổi sáng", "Trước đó, trong buổi sáng"),
        ("Quảng NamTài xế khai nhận.", "Quảng Nam\n\nTài xế khai nhận."),
        ("Hãng VinFast và VnExpress", "Hãng VinFast và VnExpress"),
        # a number glued to the words around it
        (
            "vốn đạt hơn 5.800tỷđồng, thu nhập đạt63,2 triệuđồng/người",
            "vốn đạt hơn 5.800 tỷ đồng, thu nhập đạt 63,2 triệu đồng/người",
        ),
        ("có 5tỉnh và xã Khe Ngàn", "có 5tỉnh và xã Khe Ngàn"),
    ],
)
def test_glued_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Đứng thứ 3 về chỉ số cải cách Theo báo cáo, tỉnh tăng 5 bậc.",
            "Đứng thứ 3 về chỉ số cải cách\n\nTheo báo cáo, tỉnh tăng 5 bậc.",
        ),
        (
            "Đoàn đã về tới nơi. Nhiều dự án lớn Trong năm 2023, tỉnh thu hút vốn.",
            "Đoàn đã về tới nơi. Nhiều dự án lớn\n\nTrong năm 2023, tỉnh thu hút vốn.",
        ),
        (
            "Chặng đường mới  Sáng 4/5, hội nghị khai mạc.",
            "Chặng đường mới\n\nSáng 4/5, hội nghị khai mạc.",
        ),
        # a heading may hold a decimal comma; openers of reported speech and of looking back
        (
            "Tỉnh đạt kết quả tốt. Giữ mục tiêu tăng trưởng 6,7%  Nhìn về mục tiêu năm 2024, ông A nói.",
            "Tỉnh đạt kết quả tốt. Giữ mục tiêu tăng trưởng 6,7%\n\nNhìn về mục tiêu năm 2024, ông A nói.",
        ),
        (
            "Thu nhập tăng lên Chia sẻ tại hội thảo, ông B cho biết.",
            "Thu nhập tăng lên\n\nChia sẻ tại hội thảo, ông B cho biết.",
        ),
        (
            "Giá trị trung bình các địa phương là 74,64% Theo kết quả đánh giá, chỉ số đạt 74,64%.",
            "Giá trị trung bình các địa phương là 74,64%\n\nTheo kết quả đánh giá, chỉ số đạt 74,64%.",
        ),
        (
            "Đẩy mạnh trấn áp tội phạm Thời gian qua, tình hình ổn định.",
            "Đẩy mạnh trấn áp tội phạm\n\nThời gian qua, tình hình ổn định.",
        ),
        (
            "Cử tri gặp Tổng Bí thư Trần Văn An tại nhà văn hóa.",
            "Cử tri gặp Tổng Bí thư Trần Văn An tại nhà văn hóa.",
        ),
        ("đoàn thăm tỉnh Lạng Sơn và huyện Chi Lăng.", "đoàn thăm tỉnh Lạng Sơn và huyện Chi Lăng."),
        (
            "Trong năm, tỉnh đạt kết quả tốt, nhiều mặt tiến bộ Theo đó, thu ngân sách tăng.",
            "Trong năm, tỉnh đạt kết quả tốt, nhiều mặt tiến bộ Theo đó, thu ngân sách tăng.",
        ),
        (
            "Sau đó, tỉnh đạt nhiều kết quả tốt Chia sẻ với báo chí, ông C nói.",
            "Sau đó, tỉnh đạt nhiều kết quả tốt Chia sẻ với báo chí, ông C nói.",
        ),
        ("kỷ niệm Ngày Quốc tế Phụ nữ", "kỷ niệm Ngày Quốc tế Phụ nữ"),
    ],
)
def test_subheadings(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "(NLĐ)- Sáng 3-2, tỉnh Khánh Hoà họp.Ảnh: Lê An Theo đó, đoàn đi.\n\nMinh Châu",
        "Đứng thứ 3 về chỉ số  Theo báo cáo, tỉnh tăng. Ảnh: TTXVNKhoảng 9h, lửa bùng lên.",
        "&amp;amp;lt;b&amp;amp;gt; Bản tin",
        "Phần một. Phần hai.\n\nPhần một. Phần hai.\n\nHà Linh\n\nTheo VOV",
    ],
)
def test_idempotent(raw: str) -> None:
    once = clean_text(raw)
    assert clean_text(once) == once


def test_empty_input() -> None:
    assert clean_text("") == ""
    assert clean_text(" \n \n") == ""
