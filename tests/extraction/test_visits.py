"""Visits from short articles written for the tests, with the real places and people finders."""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.cleaning import clean_text
from orchestration.extraction.model import Article, Document, Visit
from orchestration.extraction.people import find_people
from orchestration.extraction.places import find_places
from orchestration.extraction.sentences import split_sentences
from orchestration.extraction.visits import find_visits


def _visits(
    text: str, published: date | None = date(2019, 6, 30), retrieved: date | None = None
) -> list[Visit]:
    clean = clean_text(text)
    doc = Document(
        Article("t", text, published_at=published, retrieved_at=retrieved), clean, split_sentences(clean)
    )
    mentions = sorted([*find_places(doc), *find_people(doc)], key=lambda m: m.start)
    return find_visits(doc, mentions)


def _summary(text: str, **kwargs) -> list[tuple[str, str | None, str | None, date | None]]:
    return [
        (v.visitor_name, v.visitor_title, v.province_name or v.country, v.visit_date)
        for v in _visits(text, **kwargs)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 12/6, Tổng Bí thư Lê Minh Hùng đã thăm và làm việc tại tỉnh Lạng Sơn.",
            ("Lê Minh Hùng", "Tổng Bí thư", "Lạng Sơn", date(2019, 6, 12)),
        ),
        (
            "Chiều 20/5, Thủ tướng Phạm Văn Hải kiểm tra tiến độ cao tốc tại tỉnh Nghệ An.",
            ("Phạm Văn Hải", "Thủ tướng", "Nghệ An", date(2019, 5, 20)),
        ),
        (
            "Sáng 3.4, Phó Thủ tướng Hoàng Văn Bảy làm việc với lãnh đạo tỉnh Bắc Ninh.",
            ("Hoàng Văn Bảy", "Phó Thủ tướng", "Bắc Ninh", date(2019, 4, 3)),
        ),
        (
            "Trong 2 ngày 14-15/6, Chủ tịch nước Trần Quang Vinh thăm tỉnh Hòa Bình.",
            ("Trần Quang Vinh", "Chủ tịch nước", "Hòa Bình", date(2019, 6, 14)),
        ),
        (
            "Ngày 7-2, Bộ trưởng Bộ Y tế Lê Văn An có buổi làm việc với UBND TP Cần Thơ.",
            ("Lê Văn An", "Bộ trưởng Bộ Y tế", "Cần Thơ", date(2019, 2, 7)),
        ),
        (
            "Ngày 1/6, Chủ tịch Quốc hội Nguyễn Thị Thu Hà tặng quà gia đình chính sách tỉnh Bến Tre.",
            ("Nguyễn Thị Thu Hà", "Chủ tịch Quốc hội", "Bến Tre", date(2019, 6, 1)),
        ),
        (
            "Tối 18/5, Thủ tướng Phạm Văn Hải chủ trì hội nghị xúc tiến đầu tư tại TP Sầm Sơn (Thanh Hóa).",
            ("Phạm Văn Hải", "Thủ tướng", "Thanh Hóa", date(2019, 5, 18)),
        ),
        (
            "Ngày 29/6, Chủ tịch nước Trần Quang Vinh thăm chính thức Lào.",
            ("Trần Quang Vinh", "Chủ tịch nước", "Lào", date(2019, 6, 29)),
        ),
        (
            "Ngày 9/6, đoàn công tác của Bộ Chính trị do Ủy viên Bộ "
            "Chính trị Nguyễn Văn Nhân làm Trưởng đoàn "
            "đã làm việc tại Cà Mau.",
            ("Nguyễn Văn Nhân", "Ủy viên Bộ Chính trị", "Cà Mau", date(2019, 6, 9)),
        ),
        (
            "Sáng 28/4, Phó Thủ tướng thường trực Trương Văn Bình kiểm "
            "tra công tác phòng dịch trên địa bàn TPHCM.",
            ("Trương Văn Bình", "Phó Thủ tướng thường trực", "Hồ Chí Minh", date(2019, 4, 28)),
        ),
        (
            "Sáng 23/5, tại trụ sở Chính phủ, Thủ tướng Phạm Văn Hải tiếp Tổng thống Pháp Jean Dupont.",
            ("Jean Dupont", "Tổng thống Pháp", "Hà Nội", date(2019, 5, 23)),
        ),
        (
            "Hôm qua, Chủ tịch nước Trần Quang Vinh về thăm tỉnh Quảng Trị.",
            ("Trần Quang Vinh", "Chủ tịch nước", "Quảng Trị", date(2019, 6, 29)),
        ),
    ],
)
def test_one_visit(text: str, expected: tuple) -> None:
    assert _summary(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # planned, background, instructions, local officials, receptions at home, court and weather news
        "Dự kiến ngày 20/7, Thủ tướng Phạm Văn Hải sẽ thăm tỉnh Lạng Sơn.",
        "Năm ngoái, Tổng Bí thư Lê Minh Hùng đã về thăm tỉnh Hà Giang.",
        "Thủ tướng Phạm Văn Hải yêu cầu Chủ tịch UBND tỉnh Lâm Đồng chỉ đạo kiểm tra tình trạng cò đất.",
        "Ngày 5/6, Chủ tịch UBND tỉnh Lạng Sơn Hồ Văn Bắc kiểm tra công trình tại huyện Chi Lăng.",
        "Chiều 14/5, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Đỗ Văn Tỵ "
        "gặp mặt Hội Cựu chiến binh tỉnh Thái Bình.",
        "Bộ trưởng Bộ Công Thương Đinh Văn Tâm cho biết, chuyến thăm của "
        "lãnh đạo cấp cao tới Trung Quốc đạt kết quả.",
        "Ngày 3/5, TAND tỉnh Hà Tĩnh xét xử bị cáo Nguyễn Văn A về tội trộm cắp tài sản.",
        "Ngày 26/12, nhiệt độ tại Hà Nội giảm mạnh, trời rét đậm.",
        "Cùng đi với Tổng Bí thư có Bộ trưởng Bộ Y tế Lê Văn An.",
        "Ngày 12/6, ông Lê Văn Ba đến thăm tỉnh Lạng Sơn.",
        # a Politburo member who runs the city, at home
        "Ngày 8/2, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM Đinh Văn Thắng kiểm tra công trình ở TP.HCM.",
        # a Central Committee member who is a provincial secretary
        "Ngày 5/6, bà Võ Thị Xuân, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy An Giang thăm huyện Chợ Mới.",
        # the official as an owner or a partner, not as the one travelling
        "Ông Robert Smith cảm ơn những đóng góp của Thủ tướng Phạm Văn Hải cho chuyến thăm Hoa Kỳ.",
        "Chủ tịch Hạ viện John Brown hội đàm với Chủ tịch Quốc hội Nguyễn Thị Thu Hà, hội kiến Thủ tướng.",
        # a former office holder
        "Ngày 3/5, cựu Chủ tịch nước Trần Văn Sang dự lễ tại TP.HCM.",
        # a trip verb inside an organisation's name
        "Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Văn Vượng chủ trì cuộc họp tại Hà Nội.",
        # a guest received abroad is not a visit to Hà Nội
        "Theo giờ Hà Nội, tối 29/6, Chủ tịch nước Trần Quang Vinh hội kiến Thủ tướng Nga Dmitry Ivanov.",
    ],
)
def test_no_visit(text: str) -> None:
    assert _visits(text) == []


def test_members_are_not_visits() -> None:
    text = (
        "Ngày 14/5, Tổng Bí thư Lê Minh Hùng đã đến thăm, làm việc tại tỉnh Hòa Bình. "
        "Cùng đi với Tổng Bí thư có Bộ trưởng Bộ Y tế Lê Văn An. "
        "Tại buổi làm việc với tỉnh Hòa Bình, Bộ trưởng Bộ Y tế Lê Văn An làm việc với ngành y tế."
    )
    assert [(v.visitor_name, v.province_name) for v in _visits(text)] == [("Lê Minh Hùng", "Hòa Bình")]


def test_one_visit_per_person_and_province() -> None:
    text = (
        "Ngày 22/4, Tổng Bí thư Lê Minh Hùng thăm và làm việc tại tỉnh Lạng Sơn. "
        "Tổng Bí thư thăm xã Chi Lăng, huyện Chi Lăng. Tổng Bí thư "
        "làm việc với Ban Thường vụ Tỉnh ủy Lạng Sơn."
    )
    visits = _visits(text)
    assert len(visits) == 1
    assert visits[0].sentence_index == 0


def test_two_provinces_two_visits() -> None:
    text = (
        "Ngày 2/3, Thủ tướng Phạm Văn Hải thăm tỉnh Sóc Trăng. "
        "Ngày 3/3, Thủ tướng Phạm Văn Hải thăm tỉnh Bạc Liêu."
    )
    assert [(v.province_name, v.visit_date) for v in _visits(text)] == [
        ("Sóc Trăng", date(2019, 3, 2)),
        ("Bạc Liêu", date(2019, 3, 3)),
    ]


def test_destination_from_the_preceding_sentence() -> None:
    text = (
        "Ngày 6/2, tại thành phố Vĩnh Yên, tỉnh Vĩnh Phúc tổ chức lễ phát động Tết trồng cây. "
        "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Nhân dự lễ."
    )
    visits = _visits(text)
    assert [(v.visitor_title, v.province_name, v.visit_date) for v in visits] == [
        ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Vĩnh Phúc", date(2019, 2, 6))
    ]


def test_title_completed_from_the_article() -> None:
    text = (
        "Ngày 7-2, đoàn công tác do Bộ trưởng Vũ Văn Lâm dẫn đầu có buổi làm việc với lãnh đạo TP Cần Thơ. "
        "Bộ trưởng Bộ GD-ĐT Vũ Văn Lâm đề nghị thành phố chú trọng nhân lực."
    )
    assert _summary(text)[0][1] == "Bộ trưởng Bộ Giáo dục và Đào tạo"


def test_person_named_like_a_province_is_no_destination() -> None:
    text = "Sáng 28/4, Phó Thủ tướng Trương Hòa Bình kiểm tra công tác phòng dịch tại tỉnh An Giang."
    assert [v.province_name for v in _visits(text)] == ["An Giang"]


def test_capture_date_anchor_rolls_back_a_year() -> None:
    text = "Ngày 28/12, Thủ tướng Phạm Văn Hải thăm tỉnh Điện Biên."
    assert _summary(text, published=None, retrieved=date(2020, 1, 5))[0][3] == date(2019, 12, 28)


def test_year_inferred_without_anchor() -> None:
    text = (
        "Ngày 25-8, Tổng Bí thư Nguyễn Phú Trọng thăm và làm việc tại "
        "tỉnh Lạng Sơn về Nghị quyết Đại hội XIII, "
        "nhiệm kỳ 2020-2025. Năm 2022, tăng trưởng kinh tế của tỉnh đạt 6%."
    )
    visit = _visits(text, published=None)[0]
    assert (visit.visit_date, visit.date_precision) == (date(2023, 8, 25), "year_inferred")


def test_evidence_offsets_cut_the_sentence() -> None:
    text = "Bài viết về tỉnh. Ngày 12/6, Tổng Bí thư Lê Minh Hùng đã thăm tỉnh Lạng Sơn."
    clean = clean_text(text)
    visit = _visits(text)[0]
    assert clean[visit.start : visit.end].startswith("Ngày 12/6, Tổng Bí thư")
    assert 0 < visit.confidence <= 1


def test_host_country_leader_is_not_the_visitor() -> None:
    text = (
        "Nhận lời mời của Thủ tướng Nhật Bản Kenji Sato, Thủ tướng Phạm Văn Hải đã thăm chính thức Nhật Bản "
        "từ ngày 4/6 đến 8/6."
    )
    assert [(v.visitor_name, v.country) for v in _visits(text)] == [("Phạm Văn Hải", "Nhật Bản")]


def test_spoke_at_the_event_means_attended_it() -> None:
    text = "Thủ tướng Phạm Văn Hải khẳng định như trên tại cuộc tiếp xúc cử tri tại TP Hải Phòng sáng 26-6."
    assert [(v.province_name, v.visit_date) for v in _visits(text)] == [("Hải Phòng", date(2019, 6, 26))]
