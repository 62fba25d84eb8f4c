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


def _who_where_when(text: str) -> list[tuple[str, str | None, date | None]]:
    return [(v.visitor_name, v.province_name or v.country, v.visit_date) for v in _visits(text)]


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
            ("Trương Văn Bình", "Phó Thủ tướng Thường trực Chính phủ", "Hồ Chí Minh", date(2019, 4, 28)),
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
        "Thủ tướng Lào Sonexay Vong dẫn đầu đoàn đại biểu tới Việt Nam dự kỳ họp vào ngày 8/2 tới.",
        # trips in the plural sum up a year's exchanges
        "Đặc biệt là các chuyến thăm chính thức nước ngoài đầu tiên của Tổng Bí thư Đảng Nhân dân cách mạng "
        "Lào Bounnhang Vong tới Việt Nam và Tổng Bí thư Đảng Cộng sản Lê Minh Hùng tới Lào; các chuyến thăm "
        "của các đồng chí Bộ Chính trị hai bên đã góp phần đưa quan hệ lên tầm cao mới.",
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


def test_a_range_closed_by_toi_is_no_day_still_ahead() -> None:
    assert _summary("Từ ngày 5/6 tới ngày 8/6, Thủ tướng Phạm Văn Hải thăm tỉnh Lạng Sơn.") == [
        ("Phạm Văn Hải", "Thủ tướng", "Lạng Sơn", date(2019, 6, 5))
    ]


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


def test_the_day_of_a_ceremony_comes_from_the_opening_after_a_sapo() -> None:
    text = (
        "Lễ kỷ niệm 50 năm thành lập tỉnh. Sinh thời, Bác Hồ dành cho tỉnh Hà Tĩnh tình cảm đặc biệt. "
        "Người luôn theo dõi từng bước đi của nhân dân. Sáng 11/6, tại tỉnh Hà Tĩnh diễn ra lễ kỷ niệm "
        "50 năm thành lập tỉnh. Các đại biểu ôn lại truyền thống. Nhiều hoạt động văn hóa diễn ra. "
        "Các đơn vị trình diễn nghệ thuật. Phát biểu tại buổi lễ, Phó Thủ tướng Trần Văn Lâm chúc mừng "
        "những thành quả của tỉnh."
    )
    assert [(v.province_name, v.visit_date) for v in _visits(text)] == [("Hà Tĩnh", date(2019, 6, 11))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 10/6 tại Hà Giang, Bộ Nông nghiệp phối hợp với UBND tỉnh Hà Giang tổ chức Hội nghị sơ kết "
            "Luật Hợp tác xã. Phát biểu khai mạc tại Hội nghị, Thứ trưởng Bộ Nông nghiệp và Phát triển Nông "
            "thôn Trần Văn Nam nhấn mạnh: các tỉnh cần đổi mới hợp tác xã.",
            [("Trần Văn Nam", "Hà Giang", date(2019, 6, 10))],
        ),
        (
            "Ngày 26/3, UBND tỉnh Đắk Lắk tổ chức Hội thảo chuyển đổi số. Nhiều chuyên gia tham dự. "
            "Tỉnh đặt mục tiêu cao. Các sở báo cáo tiến độ. Doanh nghiệp nêu kiến nghị. Phát biểu tại Hội "
            "thảo, Thứ trưởng Bộ Thông tin và Truyền thông Lê Văn Dũng cho biết, chuyển đổi số là làm việc "
            "mới mà trước đây chưa thể làm được.",
            [("Lê Văn Dũng", "Đắk Lắk", date(2019, 3, 26))],
        ),
        # opening it, with no "tại": the venue comes from the sentence that tells of the workshop
        (
            "Bộ Quốc phòng phối hợp với Tỉnh ủy Bình Phước tổ chức hội thảo khoa học về chiến dịch Đồng "
            "Xoài vào ngày 14/5 tại tỉnh Bình Phước. Tham dự có Thượng tướng Lê Văn Hùng - Thứ trưởng Bộ "
            "Quốc phòng. Thượng tướng Lê Văn Hùng - Thứ trưởng Bộ Quốc phòng phát biểu khai mạc hội thảo.",
            [("Lê Văn Hùng", "Bình Phước", date(2019, 5, 14))],
        ),
        # the province's own body holds the event with a ministry; a caption glued to the next sentence
        (
            "Ngày 8/6, UBND tỉnh Bình Định phối hợp cùng Bộ Nông nghiệp và Phát triển nông thôn tổ chức hội "
            "nghị về đóng mới tàu cá. Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Trần Văn Nam phát "
            "biểu tại hội nghị Theo Sở Nông nghiệp, nhiều tàu cá đã hư hỏng.",
            [("Trần Văn Nam", "Bình Định", date(2019, 6, 8))],
        ),
        # a festival, a fair or an exhibition is an event as a conference is
        (
            "Tối 9/6, Phó Thủ tướng Vũ Đức Đam phát biểu khai mạc Festival Di sản Quảng Nam lần thứ VI.",
            [("Vũ Đức Đam", "Quảng Nam", date(2019, 6, 9))],
        ),
        (
            "Sáng 12/3, Bộ trưởng Bộ Công Thương Trần Tuấn Anh phát biểu tại Hội chợ thương mại tỉnh Cà Mau.",
            [("Trần Tuấn Anh", "Cà Mau", date(2019, 3, 12))],
        ),
    ],
)
def test_a_deputy_minister_speaking_at_a_provincial_event_visits_it(text: str, expected: list) -> None:
    assert [(v.visitor_name, v.province_name, v.visit_date) for v in _visits(text)] == expected


def test_a_leader_honoured_on_his_anniversary_is_no_visitor() -> None:
    text = (
        "Nhân kỷ niệm 105 năm ngày sinh Tổng Bí thư Trần Văn Cừ (9/7/1912-9/7/2017), chiều 7/7, Đoàn đại "
        "biểu tỉnh Bắc Ninh đã đến dâng hương tại Khu lưu niệm ở xã Phù Khê, tỉnh Bắc Ninh."
    )
    assert _visits(text) == []


def test_a_visit_announced_inside_a_communique_is_still_a_plan() -> None:
    text = (
        "Ngày 1/7, Ủy ban Đối ngoại ra thông cáo cho biết: nhận lời mời của Quốc hội Việt Nam, Chủ tịch "
        "Quốc hội Lào Pany Vông sẽ thăm chính thức Việt Nam và thăm tỉnh Sơn La."
    )
    assert _visits(text) == []


def test_an_undated_trip_takes_the_days_given_for_it_later() -> None:
    text = (
        "Thủ tướng Phạm Văn Hải đang có chuyến thăm chính thức Nhật Bản. Báo chí nước sở tại đánh giá cao "
        "quan hệ hai nước. Hai bên có nhiều lợi ích chung. Thương mại song phương tăng nhanh. "
        "Các chuyên gia kỳ vọng nhiều kết quả. Chuyến thăm kéo dài hai ngày (30/5-31/5) diễn ra vào "
        "thời điểm quan trọng."
    )
    assert [(v.country, v.visit_date) for v in _visits(text)] == [("Nhật Bản", date(2019, 5, 30))]


def test_a_trip_told_out_of_order_is_dated_by_its_first_day() -> None:
    text = (
        "Sáng 7/6, tại Phủ Chủ tịch, Chủ tịch nước Lê Văn Minh đã chủ trì lễ đón Tổng thống Cộng hòa Séc "
        "Karel Novak. Trước đó, chiều 6/6 tại Hà Nội, trong khuôn khổ chuyến thăm chính thức Việt Nam, "
        "Tổng thống Cộng hòa Séc Karel Novak đã dự Diễn đàn Doanh nghiệp Việt Nam - Séc."
    )
    assert [(v.visitor_name, v.province_name, v.visit_date) for v in _visits(text)] == [
        ("Karel Novak", "Hà Nội", date(2019, 6, 6))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a guest's welcome is told on its day; the range stated for his visit to Việt Nam starts it
        (
            "Tổng thống Cộng hòa Séc Karel Novak sang thăm cấp Nhà nước tới Việt Nam từ ngày 10 - 12/6/2019. "
            "Sáng 11/6, tại Phủ Chủ tịch, Chủ tịch nước Lê Văn Minh đã chủ trì lễ đón Tổng thống "
            "Karel Novak.",
            [("Karel Novak", "Hà Nội", date(2019, 6, 10))],
        ),
        (
            "Đoàn đại biểu Thượng viện Haiti do Chủ tịch Thượng viện Jean Pierre dẫn đầu thăm chính thức "
            "Việt Nam từ ngày 17/6 đến ngày 22/6/2019. Chiều 19/6, Chủ tịch Quốc hội Trần Thị Lan đón "
            "Chủ tịch Thượng viện Jean Pierre tại Nhà Quốc hội ở Hà Nội.",
            [("Jean Pierre", "Hà Nội", date(2019, 6, 17))],
        ),
        # a trip abroad reported on the day of the flight home; its days are given without "ngày"
        (
            "Sáng 2/6, Thủ tướng Phạm Văn Hải đã về đến sân bay Nội Bài, kết thúc chuyến thăm chính thức "
            "Hoa Kỳ. Trong thời gian 3 ngày (từ 29 - 31/5) tại Hoa Kỳ, Thủ tướng Phạm Văn Hải đã có "
            "45 hoạt động.",
            [("Phạm Văn Hải", "Hoa Kỳ", date(2019, 5, 29))],
        ),
        # each leg of a tour keeps its own range: the tour's first day starts only the first leg
        (
            "Sáng 12/6, Thủ tướng Phạm Văn Hải đã về đến Hà Nội, kết thúc chuyến thăm chính thức Cộng hòa "
            "Liên bang Đức; dự Hội nghị G20 và thăm chính thức Vương quốc Hà Lan từ ngày 5-11/6. Chiều 9/6, "
            "tại Amsterdam, Hà Lan, Thủ tướng Phạm Văn Hải đã hội đàm với Thủ tướng Mark Rutte. Chuyến thăm "
            "Hà Lan của Thủ tướng Phạm Văn Hải diễn ra từ ngày 8-11/6.",
            [("Phạm Văn Hải", "Đức", date(2019, 6, 5)), ("Phạm Văn Hải", "Hà Lan", date(2019, 6, 8))],
        ),
        # a range stated for someone else's trip dates nothing of this one
        (
            "Dự kiến từ ngày 8 - 13/6, Hội Hữu nghị Việt Nam - Ấn Độ sẽ đón đoàn bạn tại Hà Nội. "
            "Sáng 11/6, tại Phủ Chủ tịch, Chủ tịch nước Lê Văn Minh đã chủ trì lễ đón Tổng thống "
            "Cộng hòa Séc Karel Novak.",
            [("Karel Novak", "Hà Nội", date(2019, 6, 11))],
        ),
    ],
)
def test_a_visit_is_dated_by_the_first_day_of_the_range_stated_for_it(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report datelined in local time comes from abroad: the foreign country named is the destination
        (
            "Sáng 12-6, giờ địa phương, Thủ tướng Phạm Văn Hải đã tới thăm Viện Nông nghiệp "
            "lớn nhất Đan Mạch.",
            [("Phạm Văn Hải", "Đan Mạch", date(2019, 6, 12))],
        ),
        # the country of a city reached: "tại thành phố X của Y", "tại X, Y"
        (
            "Tối 7/6, bên lề Hội nghị thượng đỉnh tại thành phố Osaka của Nhật Bản, Thủ tướng Phạm Văn Hải "
            "đã có cuộc gặp với Tổng thống Pháp Jean Dupont.",
            [("Phạm Văn Hải", "Nhật Bản", date(2019, 6, 7))],
        ),
        (
            "Tối 11/5, Phó Chủ tịch nước Đặng Thị Hoa dẫn đầu đoàn Việt Nam dự lễ khai mạc Hội nghị "
            "Phụ nữ toàn cầu, tại Tokyo của Nhật Bản.",
            [("Đặng Thị Hoa", "Nhật Bản", date(2019, 5, 11))],
        ),
        # a working session named before its subject and his title
        (
            "Ông Lê Văn Ba cho biết như trên tại buổi làm việc của Thủ tướng Phạm Văn Hải với lãnh đạo "
            "TP Cần Thơ ngày 20-6.",
            [("Phạm Văn Hải", "Cần Thơ", date(2019, 6, 20))],
        ),
        (
            "Tại cuộc làm việc của Thủ tướng Chính phủ Phạm Văn Hải với lãnh đạo TP.HCM sáng 23/6, "
            "Thượng tướng Lê Văn Ba cho biết như trên.",
            [("Phạm Văn Hải", "Hồ Chí Minh", date(2019, 6, 23))],
        ),
        # Cambodia's honorific stands between the title and the name
        (
            "Sáng 21/6, Thủ tướng Campuchia Samdech Sok Vanna đã thăm huyện Lộc Ninh, tỉnh Bình Phước.",
            [("Sok Vanna", "Bình Phước", date(2019, 6, 21))],
        ),
        # a foreign guest's tour of a province: "40 năm trước đây" dates history, it is no background
        (
            "Sáng 21/6, Thủ tướng Campuchia Sok Vanna đã thăm lại huyện Lộc Ninh, tỉnh Bình "
            "Phước, nơi 40 năm "
            "trước đây ông bắt đầu con đường cách mạng.",
            [("Sok Vanna", "Bình Phước", date(2019, 6, 21))],
        ),
        # an office's name between the leader and the verb ("Ban Chỉ đạo") directs nothing
        (
            "Chiều 17/6 tại tỉnh Hà Nam, Phó Thủ tướng Lê Văn Ba, Trưởng Ban Chỉ đạo sơ kết Luật Hợp tác xã, "
            "chủ trì buổi sơ kết của 16 tỉnh. Tham dự còn có Bộ trưởng Bộ Tài chính Trần Văn Bình.",
            [("Lê Văn Ba", "Hà Nam", date(2019, 6, 17))],
        ),
        # ... while the verb "chỉ đạo" still makes the trip someone else's
        (
            "Ngày 17/6, Phó Thủ tướng Lê Văn Ba chỉ đạo Bộ Y tế kiểm tra tỉnh Hà Nam.",
            [],
        ),
        # a list of provinces right after the trip verb: one visit per province
        (
            "Ngày 12/6, Chủ tịch Quốc hội Cuba Pedro Gomez đã thăm và làm việc tại TP Cần Thơ, tỉnh Bến Tre.",
            [("Pedro Gomez", "Cần Thơ", date(2019, 6, 12)), ("Pedro Gomez", "Bến Tre", date(2019, 6, 12))],
        ),
        # a ";" clause that goes on listing trip verbs keeps the destination
        (
            "Ngày 5/6, Chủ tịch Quốc hội Lào Bounmy Sy đã thăm Học viện Chính trị; thăm và làm việc tại "
            "tỉnh Sơn La.",
            [("Bounmy Sy", "Sơn La", date(2019, 6, 5))],
        ),
        # a signing "dưới sự chứng kiến của" the traveller of a trip abroad with no "của" in its frame
        (
            "Việc ký kết diễn ra trong khuôn khổ chuyến thăm chính thức tới Nhật Bản, chiều 11/6 dưới sự "
            "chứng kiến của Thủ tướng Phạm Văn Hải và Thủ tướng Nhật Bản Shinzo Abe.",
            [("Phạm Văn Hải", "Nhật Bản", date(2019, 6, 11))],
        ),
        # a minister showing a foreign delegation round his own city is its host, not a visitor
        (
            "Ngày 3/6, Bộ trưởng Bộ Công an Trần Văn Bình và Đoàn đại biểu Bộ Nội vụ Slovakia đã tới "
            "thăm Khu công nghiệp An ninh (huyện Hoài Đức, Hà Nội).",
            [],
        ),
        # a city's own Party Secretary is at home there, though a later mention drops his local title
        (
            "Ngày 10/6, đồng chí Lê Văn Ba, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Cần Thơ có buổi làm "
            "việc với Thành đoàn. Chiều cùng ngày, đồng chí Lê Văn Ba làm việc với Liên đoàn Lao động "
            "TP Cần Thơ.",
            [],
        ),
        # the title after a leader that runs into the next name is that next person's
        (
            "Ngày 10/6, Chủ tịch nước Trần Văn Bình, Bí thư Thành ủy Hà Nội Lê Văn Ba và các đại biểu đã "
            "dâng hương tại khu di tích ở huyện Thường Tín, Hà Nội.",
            [("Trần Văn Bình", "Hà Nội", date(2019, 6, 10))],
        ),
        # what a leader asked for at a ceremony puts him at it
        (
            "Đây là yêu cầu của Phó Thủ tướng Trần Văn Bình tại lễ khánh thành nhà máy xi măng tại xã "
            "Thanh Nghị, huyện Thanh Liêm, tỉnh Hà Nam ngày 2/6.",
            [("Trần Văn Bình", "Hà Nam", date(2019, 6, 2))],
        ),
        (
            "Đây là yêu cầu của Phó Thủ tướng Trần Văn Bình trong buổi làm việc tại tỉnh Hà Nam ngày 2/6.",
            [("Trần Văn Bình", "Hà Nam", date(2019, 6, 2))],
        ),
        # handing over a decision in a province is a visit; to a body in the capital it is work at home
        (
            "Ngày 10/6, tại TP Cần Thơ, bà Trần Thị Mai, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, đã trao "
            "quyết định của Bộ Chính trị phân công ông Lê Văn Ba giữ chức Bí thư Thành ủy.",
            [("Trần Thị Mai", "Cần Thơ", date(2019, 6, 10))],
        ),
        (
            "Ngày 10/6, tại Hà Nội, Phó Thủ tướng Trần Văn Bình trao Cờ thi đua của Chính phủ cho Cục "
            "Quản lý thị trường.",
            [],
        ),
        # a general department's deputy head, "Tổng Cục trưởng" written with a capital C
        (
            "Chiều 11/6, đoàn công tác của Tổng cục Du lịch do ông Lê Văn Ba, Phó Tổng Cục trưởng Tổng cục "
            "Du lịch, làm trưởng đoàn đã có buổi làm việc với Hiệp hội Du lịch TP Đà Nẵng.",
            [("Lê Văn Ba", "Đà Nẵng", date(2019, 6, 11))],
        ),
        # giving the order to start the works is attending their ceremony
        (
            "Sáng 5/6 tại khu vực Suối Vàng thuộc huyện Lạc Dương, Lâm Đồng, Phó Thủ tướng Lê Văn Ba đã phát "
            "lệnh khởi công công trình đường Trường Sơn Đông.",
            [("Lê Văn Ba", "Lâm Đồng", date(2019, 6, 5))],
        ),
        (
            "Sáng 5/6, Thủ tướng Trần Văn Hải bấm nút khởi công dự án đường bộ ven biển ở Hải Phòng.",
            [("Trần Văn Hải", "Hải Phòng", date(2019, 6, 5))],
        ),
    ],
)
def test_new_visit_rules(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


def test_guest_and_host_each_travel() -> None:
    text = (
        "Chiều 21/6, tại tỉnh Bình Dương, Thủ tướng Phạm Văn Hải đã chủ trì đón Thủ "
        "tướng Campuchia Sok Vanna "
        "sang thăm Việt Nam. "
        "Trước đó, sáng cùng ngày, Thủ tướng Sok Vanna đã thăm huyện Lộc Ninh, tỉnh Bình Phước."
    )
    assert sorted((v.visitor_name, v.province_name) for v in _visits(text)) == [
        ("Phạm Văn Hải", "Bình Dương"),
        ("Sok Vanna", "Bình Dương"),
        ("Sok Vanna", "Bình Phước"),
    ]


def test_both_chairs_of_a_joint_programme_travel() -> None:
    text = (
        "Ngày 4/7, tại tỉnh Sơn La, Chủ tịch Quốc hội Nguyễn Thị Thu Hà và Chủ tịch Quốc hội Lào Bounmy Sy "
        "đã dự lễ khánh thành khu di tích."
    )
    assert sorted(v.visitor_name for v in _visits(text)) == ["Bounmy Sy", "Nguyễn Thị Thu Hà"]


@pytest.mark.parametrize(
    "text",
    [
        # the leader called on is not the one travelling
        "Ngày 5/7, Chủ tịch Quốc hội Lào Bounmy Sy đã đến chào xã giao Tổng Bí thư Lê Minh Hùng; "
        "tham dự lễ trao huân chương tại tỉnh Sơn La.",
        # a career: years of work somewhere, and an office held in another clause
        "Trước đó, ông Lê Văn Ba, Ủy viên Trung ương Đảng, có 20 năm công tác tại Tổng công ty Sông Đà; "
        "3 năm làm Phó Bí thư Tỉnh ủy Thừa Thiên Huế.",
        # a headline quoted from a newspaper, and a visit still ahead
        "Với tiêu đề “Tổng thống Jan Novak muốn gặp Chủ tịch nước tại Hà Nội”, tờ báo "
        "nêu ý nghĩa chuyến thăm.",
        "Trước thềm chuyến thăm của Tổng thống Jan Novak, Thủ tướng Phạm Văn Hải làm việc tại TP Đà Nẵng.",
        # the one invited or welcomed is not travelling yet
        "Thủ tướng Phạm Văn Hải đã mời Tổng thống Indonesia Joko Santoso tham dự Hội nghị APEC tại Đà Nẵng.",
        # meeting or touring at home is no trip
        "Ngày 6/6, Thủ tướng Phạm Văn Hải gặp gỡ cử tri tỉnh Thái Bình.",
        # a trip verb inside a quoted title
        "Ngày 8/6, Trưởng ban Tuyên giáo Trung ương Võ Văn An trao giải cho tác phẩm “Lặng thầm làm việc "
        "nghĩa ở Bến Tre”.",
        # a hometown in brackets after a name
        "Ngày 8/6, Bộ trưởng Bộ Y tế Lê Văn An chúc mừng tác giả Mai Thắng (tỉnh Bà Rịa - Vũng Tàu).",
        # an ambassador lives in Hà Nội
        "Ngày 13/6, Đại sứ Italy tại Việt Nam Maria Rossi dự lễ khai mạc tuần phim tại Hà Nội.",
        # an expression of satisfaction is no trip, whatever verb follows
        "Thủ tướng Phạm Văn Hải bày tỏ hài lòng khi người lao động đang sinh sống và làm "
        "việc tại tỉnh Bình Dương.",
    ],
)
def test_new_no_visit_rules(text: str) -> None:
    assert _visits(text) == []


def test_trips_to_a_country_and_guests_from_it_do_not_mix() -> None:
    text = (
        "Chiều 21/6, Thủ tướng Campuchia Sok Vanna thăm và làm việc tại tỉnh Bình Dương. "
        "Sáng 21/6, Thủ tướng Campuchia Sok Vanna đã thăm tỉnh Bình Phước. "
        "Thủ tướng Phạm Văn Hải dự gặp mặt cựu chiến binh tại Campuchia."
    )
    assert {v.country for v in _visits(text)} == {"Việt Nam"}


@pytest.mark.parametrize(
    ("text", "retrieved", "expected"),
    [
        # an anniversary's span is not the visit's day: the lead's day is
        (
            "Sáng 18/5, tại TP Cần Thơ tổ chức lễ kỷ niệm. Nhân dịp kỷ niệm Ngày sinh "
            "(19/5/1890 - 19/5/2019), "
            "Chủ tịch nước Trần Quang Vinh tới dự và trao phần thưởng tại TP Cần Thơ.",
            date(2019, 5, 18),
            (date(2019, 5, 18), "day"),
        ),
        # a day after the reference is no visit day: it comes from elsewhere, or is unknown
        (
            "Ngày 20/5, Phó Chủ tịch nước Đặng Thị Hoa thăm tỉnh Quảng Trị.",
            date(2019, 5, 18),
            (None, "unknown"),
        ),
        (
            "Sáng nay, Phó Chủ tịch nước Đặng Thị Hoa dự lễ tại TP Đà Nẵng, Luật có hiệu lực "
            "từ ngày 1/6/2019.",
            date(2019, 5, 27),
            (date(2019, 5, 27), "day"),
        ),
        # the first day of a stated range is the visit's first day
        (
            "Chiều 8/7, Chủ tịch Quốc hội Lào Bounmy Sy kết thúc chuyến thăm tỉnh Sơn La từ "
            "ngày 3 - 8/7/2019.",
            date(2019, 7, 8),
            (date(2019, 7, 3), "day"),
        ),
    ],
)
def test_visit_dates_never_after_the_reference(text: str, retrieved: date, expected: tuple) -> None:
    visit = _visits(text, published=None, retrieved=retrieved)[0]
    assert (visit.visit_date, visit.date_precision) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket after a site's name is where the site is, not a person's constituency
        (
            "Ngày 5/2, Chủ tịch nước Lê Văn Thịnh dâng hương tại đền Hạ (TP.Nam Định).",
            [("Lê Văn Thịnh", "Chủ tịch nước", "Nam Định", date(2019, 2, 5))],
        ),
        (
            "Ngày 9/3, Thứ trưởng Bộ Y tế Mai Văn Cường kiểm tra chùa Tây Sơn (Hà Nam).",
            [("Mai Văn Cường", "Thứ trưởng Bộ Y tế", "Hà Nam", date(2019, 3, 9))],
        ),
        # a foreign guest at a named Vietnamese place is visiting, whatever he does there
        (
            "Sáng 8/2, tại Hà Nội, Thủ tướng Phan Văn Tâm và Thủ tướng Lào Khamla Phomvihane đã đồng chủ trì "
            "kỳ họp Ủy ban liên Chính phủ.",
            [("Khamla Phomvihane", "Thủ tướng Lào", "Hà Nội", date(2019, 2, 8))],
        ),
        (
            "Chiều 6/6, tại tỉnh Sơn La, Chủ tịch Quốc hội Lào Bounmy Vongsa tham dự hội thảo về giám sát.",
            [("Bounmy Vongsa", "Chủ tịch Quốc hội Lào", "Sơn La", date(2019, 6, 6))],
        ),
    ],
)
def test_sites_and_guests(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the one given a task is not yet travelling
        "Ngày 7/2, Bộ trưởng Lê Văn Hòa giao Thứ trưởng Bộ Giao thông vận tải Phan Văn Đức chuẩn bị "
        "buổi làm việc với TP Cần Thơ.",
        "Ngày 7/2, Thủ tướng yêu cầu Bộ trưởng Bộ Y tế Lê Văn An kiểm tra các bệnh viện tại tỉnh Hòa Bình.",
        # a company's chairman with no country in his title has no guest's verbs
        "Ngày 3/5, ông Phí Thanh Sơn, Chủ tịch HĐQT Vinatex, dự án tại tỉnh Thái Bình chậm tiến độ.",
        # a future sentence lends no destination to the caption after it
        "Chuyến thăm của Thủ tướng Phan Văn Hải tới Nhật Bản sẽ mở ra bước tiến mới. "
        "Thủ tướng Phan Văn Hải thăm và làm việc với Trường Đại học Việt Đức.",
        # a country lent by a sentence about others' trips is not the official's destination
        "Ngày 24/4, ASEAN nhất trí cử đại diện tới Myanmar tìm hiểu tình hình. "
        "Thủ tướng Phan Văn Hải tham dự hội nghị lần này.",
        # someone's home is no destination: a city's own Party Secretary thanks its police
        "Chiều 2/6, ông Lê Văn Ba, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM đến Công an TP.HCM thăm, "
        "động viên lực lượng triệt phá đường dây do Trần Văn Hiếu (37 tuổi, quê Hà Nội) cầm đầu.",
    ],
)
def test_no_visit_from_tasks_or_lent_places(text: str) -> None:
    assert _summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the province named only inside the office met
            "Sáng 4/6, Trưởng Ban Tổ chức Trung ương Lê Văn Hải làm việc với Ban Thường vụ Thành ủy TP.HCM.",
            [("Lê Văn Hải", "Hồ Chí Minh")],
        ),
        (
            "Chiều 9/6, Thường trực Ban Bí thư Trần Văn Thanh làm việc với Thành ủy Thành phố Hồ Chí Minh.",
            [("Trần Văn Thanh", "Hồ Chí Minh")],
        ),
        (  # a guest received by a city's official is in that city
            "Ngày 22/6, bà Võ Thị Hạnh, Phó Bí thư Thành ủy TP.HCM tiếp ông Rahim Uddin, Chủ tịch Đảng "
            "Cộng sản Bangladesh đang thăm và làm việc tại Việt Nam.",
            [("Rahim Uddin", "Hồ Chí Minh")],
        ),
        (  # a local official's province in his title is his home when another place is named
            "Ngày 2/6, Bộ trưởng Bộ Y tế Lê Văn An cùng Phó Chủ tịch UBND tỉnh Đắk Lắk Võ Văn Cảnh thăm bệnh "
            "nhân tại Bệnh viện Chợ Rẫy, TP.HCM.",
            [("Lê Văn An", "Hồ Chí Minh")],
        ),
        (  # ... and where the visitor is when he goes along and no other place is named
            "Chiều 12/6, Bộ trưởng Bộ Y tế Lê Văn An cùng Phó Chủ tịch UBND TP.HCM Nguyễn Thị Thu đã đến "
            "thăm các đội tìm kiếm.",
            [("Lê Văn An", "Hồ Chí Minh")],
        ),
        (  # the official met: his province is the destination
            "Ngày 8/6, Phó Thủ tướng Hoàng Văn Bảy làm việc với Bí thư Tỉnh ủy Quảng Ninh Nguyễn Văn Đức.",
            [("Hoàng Văn Bảy", "Quảng Ninh")],
        ),
        (  # a forum abroad
            "Chiều 10/7, trong khuôn khổ chuyến công tác tại Hà Lan, Thủ tướng Phạm Văn Hải đã dự Diễn đàn "
            "Doanh nghiệp Việt Nam - Hà Lan.",
            [("Phạm Văn Hải", "Hà Lan")],
        ),
        (
            "Chiều 12/5, Thủ tướng Phạm Văn Hải đã về đến Hà Nội, kết thúc chuyến tham dự Diễn đàn Kinh tế "
            "thế giới về ASEAN tại Campuchia.",
            [("Phạm Văn Hải", "Campuchia")],
        ),
        (  # the place left is no destination; a city's country in brackets is
            "Ngày 5/9, Đoàn đại biểu Quốc hội do Chủ tịch Quốc hội Nguyễn Văn Tâm dẫn đầu đã rời Hà Nội đi "
            "dự hội nghị của IPU tại trụ sở Liên Hợp Quốc ở New York (Hoa Kỳ).",
            [("Nguyễn Văn Tâm", "Hoa Kỳ")],
        ),
        (  # the comma after "do ... dẫn đầu" closes the delegation, not the trip
            "Ngày 5/9, Đoàn đại biểu Quốc hội do Chủ tịch Quốc hội Nguyễn Văn Tâm dẫn đầu, đã rời Hà Nội "
            "đi dự hội nghị của IPU ở New York (Hoa Kỳ).",
            [("Nguyễn Văn Tâm", "Hoa Kỳ")],
        ),
        (  # talks in a foreign capital: the national leader is abroad, the host is at home
            "Sáng 27/6, tại Cung Độc lập ở thủ đô Minsk, Chủ tịch nước Lê Văn Minh và Tổng thống Belarus "
            "Ivan Petrov đã tiến hành hội đàm.",
            [("Lê Văn Minh", "Belarus")],
        ),
        (  # the "của" of his own title does not make him an owner
            "Sáng 5/3, Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Văn Thanh thăm và làm việc tại tỉnh "
            "Lạng Sơn.",
            [("Vũ Văn Thanh", "Lạng Sơn")],
        ),
    ],
)
def test_destinations_in_offices_titles_and_abroad(text: str, expected: list) -> None:
    assert [(v.visitor_name, v.province_name or v.country) for v in _visits(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a local leader at home, his office's province in his title
        "Ngày 7/2, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM Đinh Văn Thắng làm việc với Quận ủy Quận 9.",
        "Ngày 10/5, tân Bí thư TP.HCM Nguyễn Văn Nhân thăm Bến Nhà Rồng, TP.HCM.",
        # a list of guests at an event: the local guest's province is his home
        "Chiều 3/6, Bộ trưởng Bộ Công an Lê Văn Lâm; ông Nguyễn Văn Hà - Phó Chủ tịch UBND tỉnh Đắk Lắk; "
        "Thứ trưởng Bộ Văn hóa Trần Văn Ái đã đến dự và chủ trì cuộc họp báo.",
    ],
)
def test_local_titles_are_no_destinations(text: str) -> None:
    assert _visits(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chủ tịch Quốc hội Lào Pany Somvang thăm chính thức Việt Nam từ ngày 10/6. Trong chuyến thăm, bà "
            "đã đến thăm tỉnh Nghệ An và thành phố Đà Nẵng.",
            [("Pany Somvang", "Nghệ An"), ("Pany Somvang", "Đà Nẵng")],
        ),
        (
            "Ngày 12/6, Tổng thống Ấn Độ Ram Kovind thăm tỉnh Quảng Nam. Sáng 13/6, ông và Phu nhân đã tới "
            "thăm thành phố Cần Thơ.",
            [("Ram Kovind", "Quảng Nam"), ("Ram Kovind", "Cần Thơ")],
        ),
        (
            "Ngày 12/6, Tổng thống Ấn Độ Ram Kovind thăm tỉnh Quảng Nam. Sáng 13/6, Đoàn tiếp tục thăm và "
            "làm việc tại TP.HCM.",
            [("Ram Kovind", "Quảng Nam"), ("Ram Kovind", "Hồ Chí Minh")],
        ),
    ],
)
def test_a_tour_told_with_pronouns(text: str, expected: list) -> None:
    assert [(v.visitor_name, v.province_name) for v in _visits(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # after a guest and his host, "ông" could be either
        "Ngày 12/6, tại tỉnh Quảng Nam, Thủ tướng Phạm Văn Hải đón Thủ tướng Lào Sonexay Siphan. Sáng 13/6, "
        "ông đã tới thăm thành phố Cần Thơ.",
        # a pronoun lends the visitor, never the destination
        "Ngày 12/6, Tổng thống Ấn Độ Ram Kovind thăm tỉnh Quảng Nam. Sáng 13/6, ông đã tới thăm "
        "một ngôi chùa.",
    ],
)
def test_pronoun_legs_need_one_visitor_and_a_place(text: str) -> None:
    assert {v.province_name for v in _visits(text)} <= {"Quảng Nam"}


def test_guest_received_by_a_city_official_named_in_full() -> None:
    text = (
        "Chiều 22/6, bà Võ Thị Hạnh, Phó Bí thư Thành ủy Thành phố Hồ Chí Minh đã tiếp ông Rahim Uddin, "
        "Chủ tịch Đảng Cộng sản Bangladesh đang thăm Việt Nam."
    )
    assert [(v.visitor_name, v.province_name) for v in _visits(text)] == [("Rahim Uddin", "Hồ Chí Minh")]


def test_delegation_head_after_an_invitation() -> None:
    text = (
        "Nhận lời mời của Liên minh Nghị viện Thế giới (IPU), ngày 5/9, Đoàn đại biểu Quốc hội do Chủ tịch "
        "Quốc hội Nguyễn Văn Tâm dẫn đầu đã rời Hà Nội đi dự hội nghị tại trụ sở Liên Hợp Quốc ở New York "
        "(Hoa Kỳ)."
    )
    assert [(v.visitor_name, v.country) for v in _visits(text)] == [("Nguyễn Văn Tâm", "Hoa Kỳ")]


@pytest.mark.parametrize("name", ["Mỹ", "Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ"])
def test_a_country_has_one_name_and_code_whatever_the_article_calls_it(name: str) -> None:
    text = f"Ngày 29/5, Thủ tướng Nguyễn Văn Tâm thăm chính thức {name}."
    assert [(v.country, v.country_code) for v in _visits(text)] == [("Hoa Kỳ", "US")]


def test_a_domestic_visit_has_viet_nams_code() -> None:
    text = "Ngày 7/7, Thủ tướng Nguyễn Văn Tâm thăm và làm việc tại tỉnh Lạng Sơn."
    assert [(v.country, v.country_code) for v in _visits(text)] == [("Việt Nam", "VN")]


_CMC_CHINA = "Phó Chủ tịch Quân ủy Trung ương Trung Quốc"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a central host receiving a foreign guest, no city named: the guest is in Hà Nội
        (
            "Sáng 12/6, Thủ tướng Phạm Văn Hải đón Thủ tướng Lào Somsak Phommachanh.",
            [("Somsak Phommachanh", "Thủ tướng Lào", "Hà Nội", date(2019, 6, 12))],
        ),
        (
            "Chiều 12/6, Bộ trưởng Quốc phòng Lê Văn Tâm đã đón Phó Chủ tịch Quân ủy Trung ương Trung Quốc "
            "Trương Hữu Hiệp sang thăm chính thức Việt Nam.",
            [("Trương Hữu Hiệp", _CMC_CHINA, "Hà Nội", date(2019, 6, 12))],
        ),
        (
            "Ngày 12/6, tại Trụ sở Chính phủ, Thủ tướng Phạm Văn Hải tiếp Bộ trưởng Thương mại Trung Quốc "
            "Vương Văn Đào.",
            [("Vương Văn Đào", "Bộ trưởng Bộ Thương mại Trung Quốc", "Hà Nội", date(2019, 6, 12))],
        ),
        (
            "Sáng 12/6, Chủ tịch nước Trần Quang Vinh chủ trì lễ đón chính thức Tổng thống Chile Ana Rojas "
            "thăm cấp Nhà nước tới Việt Nam.",
            [("Ana Rojas", "Tổng thống Chile", "Hà Nội", date(2019, 6, 12))],
        ),
        (
            "Ngày 12/6, Chủ tịch Quốc hội Nguyễn Thị Thu Hà hội đàm với Chủ tịch Quốc hội Lào "
            "Khamla Sengdao.",
            [("Khamla Sengdao", "Chủ tịch Quốc hội Lào", "Hà Nội", date(2019, 6, 12))],
        ),
        # a rank is no office: the guest is reported under his country's office
        (
            "Chiều 12/6, Đại tướng Lê Văn Tâm chủ trì lễ đón Thượng tướng Trương Hữu Hiệp, "
            "Phó Chủ tịch Quân ủy "
            "Trung ương Trung Quốc, sang thăm Việt Nam.",
            [("Trương Hữu Hiệp", _CMC_CHINA, "Hà Nội", date(2019, 6, 12))],
        ),
        # a foreign minister working in the city of the report's dateline
        (
            "TP.HCM - Sáng 12/6, Bộ trưởng Thương mại Mỹ John Miller đã làm việc với lãnh đạo thành phố.",
            [("John Miller", "Bộ trưởng Bộ Thương mại Mỹ", "Hồ Chí Minh", date(2019, 6, 12))],
        ),
        # a national leader at a provincial congress, his office missing at the mention (leader terms)
        (
            "Sáng 12/6, ông Nguyễn Phú Trọng dự Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ XI.",
            [("Nguyễn Phú Trọng", "Tổng Bí thư", "Vĩnh Long", date(2019, 6, 12))],
        ),
        (
            "Sáng 12/6, Đại hội đại biểu Đảng bộ tỉnh Bình Dương lần thứ XI khai mạc. Phát biểu tại Đại hội, "
            "Thủ tướng Phạm Văn Hải nói tỉnh cần phát triển công nghiệp.",
            [("Phạm Văn Hải", "Thủ tướng", "Bình Dương", date(2019, 6, 12))],
        ),
        # ... with whom he spoke for, a list of bodies, between the event and him
        (
            "Sáng 12/6 tại Vĩnh Phúc, Hội Nông dân tổ chức Lễ phát động Tết trồng cây. Phát biểu tại buổi "
            "lễ, thay mặt lãnh đạo Đảng, Nhà nước, ông Phạm Văn Hải, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội "
            "khẳng định ý nghĩa của phong trào.",
            [("Phạm Văn Hải", "Chủ tịch Quốc hội", "Vĩnh Phúc", date(2019, 6, 12))],
        ),
        # a range told with "tới" dates the visit by its first day
        (
            "Kỳ họp diễn ra từ ngày 7 tới 8/2 tại Hà Nội. Thủ tướng Phạm Văn Hải đón Thủ tướng Lào Somsak "
            "Phommachanh.",
            [("Somsak Phommachanh", "Thủ tướng Lào", "Hà Nội", date(2019, 2, 7))],
        ),
    ],
)
def test_guests_received_and_leaders_at_congresses(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a report from abroad: the reception is in the host's country
        "Sáng 12/6 (giờ địa phương), Thủ tướng Phạm Văn Hải hội đàm với Thủ tướng Lào Somsak Phommachanh.",
        # on the sidelines of a summit, or over the phone
        "Bên lề hội nghị, Thủ tướng Phạm Văn Hải hội kiến Thủ tướng Nhật Bản Kenji Sato.",
        "Ngày 12/6, Thủ tướng Phạm Văn Hải điện đàm với Thủ tướng Nhật Bản Kenji Sato.",
        # a visit that is background, possible or still ahead
        "Trong chuyến thăm Việt Nam vào tháng 3, Phó Thủ tướng Nga Ivan Petrov đã hội đàm với Phó Thủ tướng "
        "Hoàng Văn Bảy.",
        "Tổng thống Mỹ John Miller có thể thăm chính thức Việt Nam vào tháng 11.",
        # a foreign host receiving a third country's guest
        "Ngày 12/6, Tổng thống Nga Ivan Petrov tiếp Thủ tướng Nhật Bản Kenji Sato.",
        # "tiếp tục" is no reception
        "Thủ tướng Phạm Văn Hải tiếp tục chỉ đạo, Thủ tướng Lào Somsak Phommachanh phát biểu.",
        # a greeting sent is no trip
        "HÀ NỘI - Thủ tướng Lào Somsak Phommachanh chuyển lời thăm hỏi tới Thủ tướng Phạm Văn Hải.",
        # a Vietnamese-sounding name with a word that is also a country: no guest
        "Ngày 12/6, Bộ trưởng Phạm Văn Hải tiếp ông Lê Văn Nam, Trưởng ban Pháp chế.",
    ],
)
def test_no_guest_presumed_in_the_capital(text: str) -> None:
    assert _summary(text) == []


def test_a_guest_presumed_in_the_capital_gives_way_to_a_named_province() -> None:
    text = (
        "Chiều 12/6, tại tỉnh Bình Dương, Thủ tướng Phạm Văn Hải đón Thủ tướng Campuchia Sok Chenda. "
        "Thủ tướng Phạm Văn Hải đón Thủ tướng Chính phủ Hoàng gia Campuchia Samdech Sok Chenda."
    )
    assert [(v.visitor_name, v.province_name) for v in _visits(text) if v.visitor_name != "Phạm Văn Hải"] == [
        ("Sok Chenda", "Bình Dương")
    ]


def test_a_provincial_host_receives_a_guest_at_home() -> None:
    text = "Bí thư Thành ủy TP.HCM Lê Văn Tâm tiếp ông Juan Perez, Chủ tịch Quốc hội Cuba đang thăm Việt Nam."
    assert all(v.province_name != "Hà Nội" for v in _visits(text))


def test_a_speaker_takes_the_place_of_the_congress_not_of_any_sentence() -> None:
    text = (
        "Ngày 12/6, Đại hội Hội Nhà văn khóa X đã diễn ra tại Hà Nội. Hội có chi hội ở tỉnh Phú Thọ. "
        "Phát biểu tại đại hội, Bộ trưởng Bộ Y tế Lê Văn An đánh giá cao hoạt động của Hội."
    )
    assert _summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country before the verb describes the guest's delegation, it is no third country
        (
            "Đoàn đại biểu Hạ viện Mỹ do Chủ tịch Hạ viện John Miller dẫn đầu đã thăm chính thức Việt Nam "
            "từ ngày 12 - 15/6.",
            [("John Miller", "Chủ tịch Hạ viện Mỹ", "Hà Nội", date(2019, 6, 12))],
        ),
        # a guest's office that is an envoy's: the report is not filed from abroad
        (
            "Ngày 12/6, Chủ tịch nước Trần Quang Vinh tiếp Hoàng hậu Hà Lan Anna Berg, Đặc phái viên của "
            "Tổng Thư ký Liên hợp quốc, đang thăm Việt Nam.",
            [("Anna Berg", "Hoàng hậu Hà Lan", "Hà Nội", date(2019, 6, 12))],
        ),
        (
            "Sáng 12/6, Thủ tướng Phạm Văn Hải tiếp Đại diện Thương mại Hoa Kỳ John Miller.",
            [("John Miller", "Đại diện Thương mại Hoa Kỳ", "Hà Nội", date(2019, 6, 12))],
        ),
    ],
)
def test_guests_and_their_offices(text: str, expected: list) -> None:
    assert _summary(text) == expected


def test_a_guest_visiting_a_third_country_is_not_in_viet_nam() -> None:
    assert _summary("HÀ NỘI - Ngày 12/6, Tổng thống Nga Ivan Petrov đã thăm Trung Quốc.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 14/6, Chủ tịch Quốc hội Lào Sone Vilay đã thăm Học viện Ngoại giao; thăm và làm việc"
            " tại Thành phố Hồ Chí Minh, tỉnh Cần Thơ, tỉnh Lào Cai.",
            ["Hồ Chí Minh", "Cần Thơ", "Lào Cai"],
        ),
        (
            "Ngày 14/6, Bộ trưởng Lê Văn Tâm đã thăm Bảo tàng Hải quân; làm việc tại tỉnh Nghệ An và"
            " tỉnh Hà Tĩnh.",
            ["Nghệ An", "Hà Tĩnh"],
        ),
    ],
)
def test_list_opened_by_a_later_trip_verb(text: str, expected: list[str]) -> None:
    assert sorted(v.province_name for v in _visits(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ trưởng Bộ Xây dựng Phạm Văn Hải đã nhấn mạnh như trên trong buổi làm việc với TP.HCM"
            " ngày 10/6.",
            ("Phạm Văn Hải", "Hồ Chí Minh", date(2019, 6, 10)),
        ),
        (
            "Phó Thủ tướng Đỗ Minh Khoa cho biết tại buổi làm việc với tỉnh Quảng Ninh ngày 8/6.",
            ("Đỗ Minh Khoa", "Quảng Ninh", date(2019, 6, 8)),
        ),
    ],
)
def test_speaking_during_a_working_session_means_attending(text: str, expected: tuple) -> None:
    assert [(v.visitor_name, v.province_name, v.visit_date) for v in _visits(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 9/6, Bộ trưởng Bộ GTVT Lý Minh Trí kiểm tra thực địa tuyến cao tốc Trung Lương - Mỹ Thuận"
        " - Cần Thơ.",
        "Ngày 9/6, Bộ trưởng Hà Văn Cường khảo sát dự án đường sắt Lào Cai - Hải Phòng.",
    ],
)
def test_places_naming_a_route_are_no_destination(text: str) -> None:
    assert _visits(text) == []


def test_a_working_session_with_the_prime_minister_is_his_visit() -> None:
    text = (
        "Thượng tướng Vũ Văn Lâm – Thứ trưởng Bộ Công an phát biểu trong buổi làm việc tại tỉnh Bình Định"
        " sáng ngày 12/6. Buổi làm việc này có Thủ tướng Chính phủ Trần Quốc Bảo cùng lãnh đạo các bộ"
        " ngành và UBND tỉnh Bình Định."
    )
    assert [(v.visitor_name, v.province_name) for v in _visits(text)] == [("Trần Quốc Bảo", "Bình Định")]


# --- trips told as a noun phrase, guest lists, plans and lent places --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong khuôn khổ chuyến thăm Hàn Quốc của Thủ tướng Lê Văn Toàn, ngày 6/6 tại thủ đô Seoul, "
            "hai tập đoàn đã ký thỏa thuận hợp tác.",
            [("Lê Văn Toàn", "Thủ tướng", "Hàn Quốc", date(2019, 6, 6))],
        ),
        (
            "Trong khuôn khổ chuyến thăm chính thức của Chủ tịch nước Đỗ Minh Tâm tới Hoa Kỳ, ngày 10/6, "
            "các doanh nghiệp hai nước đã ký kết nhiều hợp đồng.",
            [("Đỗ Minh Tâm", "Chủ tịch nước", "Hoa Kỳ", date(2019, 6, 10))],
        ),
        (
            "Nhân dịp chuyến thăm chính thức Liên bang Nga của Tổng Bí thư Hồ Văn Lực, hai nước "
            "đã ra Tuyên bố chung ngày 2/6.",
            [("Hồ Văn Lực", "Tổng Bí thư", "Nga", date(2019, 6, 2))],
        ),
        (
            "Trong khuôn khổ chuyến thăm chính thức Nhật Bản, chiều 8/6, Phó Chủ tịch nước Vũ Thị Lan "
            "đã gặp gỡ cộng đồng người Việt.",
            [("Vũ Thị Lan", "Phó Chủ tịch nước", "Nhật Bản", date(2019, 6, 8))],
        ),
        (
            "Tiếp tục các hoạt động trong khuôn khổ chuyến thăm, làm việc tại Australia, sáng 4/6, "
            "Chủ tịch Quốc hội Lê Thị Mai đã dự diễn đàn doanh nghiệp.",
            [("Lê Thị Mai", "Chủ tịch Quốc hội", "Australia", date(2019, 6, 4))],
        ),
        (
            "Nhân chuyến công tác tại tỉnh Sóc Trăng, ngày 9/6, Phó Thủ tướng Đinh Văn Quý đã thăm "
            "gia đình chính sách.",
            [("Đinh Văn Quý", "Phó Thủ tướng", "Sóc Trăng", date(2019, 6, 9))],
        ),
        (
            "Hôm qua 14/6, trong buổi tiếp lãnh đạo TP.HCM nhân chuyến thăm Việt Nam, Bộ trưởng Bộ "
            "Cựu chiến binh Mỹ Robert Wilson đã cảm ơn sự hợp tác của Việt Nam.",
            [("Robert Wilson", "Bộ trưởng Bộ Cựu chiến binh Mỹ", "Hồ Chí Minh", date(2019, 6, 14))],
        ),
    ],
)
def test_trips_framed_as_a_noun_phrase(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sau chuyến thăm Nhật Bản của Thủ tướng Lê Văn Toàn, nhiều dự án đã được triển khai.",
        "Tuyên bố chung được ký nhân chuyến thăm lịch sử tới Mỹ của Tổng Bí thư Hồ Văn Lực tháng 7-2015.",
        "Trong chuyến thăm Lào năm 2016 của Chủ tịch nước Đỗ Minh Tâm, hai bên đã ký hiệp định.",
        "Trong khuôn khổ chuyến thăm Ấn Độ sắp tới của Thủ tướng Lê Văn Toàn, hai bên sẽ ký hiệp định.",
        "Dự kiến, trong khuôn khổ chuyến thăm, Thủ tướng Lê Văn Toàn sẽ hội đàm với Tổng thống Pháp.",
        "Chủ tịch nước cho biết, trong chuyến thăm cấp Nhà nước tới Trung Quốc vừa qua, hai bên đã "
        "đạt nhiều nhận thức chung.",
    ],
)
def test_framing_trips_of_the_past_or_future_are_background(text: str) -> None:
    assert _visits(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline in the present tense, and the trip announced for days after the report (30/6)
        (
            "Thủ tướng Lê Văn Toàn thăm CHLB Đức. Thủ tướng Lê Văn Toàn sẽ thăm Cộng hòa Liên bang Đức "
            "từ ngày 5-8/7/2019.",
            [],
        ),
        (
            "Chủ tịch Quốc hội Cuba Pedro Gomez dẫn đầu đoàn sẽ thăm chính thức Việt Nam từ ngày 11-18/7. "
            "Chuyến thăm chính thức Việt Nam của đoàn do ông Pedro Gomez dẫn đầu thể hiện sự coi trọng "
            "quan hệ hai nước.",
            [],
        ),
        # a trip under way when announced days ahead for its next leg stays a visit
        (
            "Ngày 28/6, Thủ tướng Lê Văn Toàn đã thăm chính thức Cộng hòa Liên bang Đức. Thủ tướng Lê Văn "
            "Toàn sẽ tiếp tục thăm Đức đến ngày 2/7.",
            [("Lê Văn Toàn", "Thủ tướng", "Đức", date(2019, 6, 28))],
        ),
    ],
)
def test_a_trip_announced_for_days_ahead_is_no_visit_yet(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tối 19/5, tỉnh Hà Giang khai mạc Năm Du lịch. Đến dự chương trình có Ủy viên Bộ Chính trị, "
            "Chủ nhiệm Ủy ban Kiểm tra Trung ương Hà Văn Sơn; Phó Chủ tịch Quốc hội Lê Bá Trung cùng lãnh "
            "đạo nhiều bộ, ngành.",
            [("Hà Văn Sơn", "Chủ nhiệm Ủy ban Kiểm tra Trung ương", "Hà Giang", date(2019, 5, 19))],
        ),
        (
            "Sáng 3/6, lễ khởi công cầu Rạch Miễu 2 được tổ chức tại tỉnh Bến Tre. Tới dự lễ có Thủ tướng "
            "Ngô Văn Lộc và đại diện các bộ, ngành.",
            [("Ngô Văn Lộc", "Thủ tướng", "Bến Tre", date(2019, 6, 3))],
        ),
        (
            "Tối 13/5, lễ hội Hoa Sen khai mạc tại Quảng trường thành phố Cảng Hải Phòng. Thủ tướng Chính "
            "phủ Trần Đức Khải; Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Lâm Văn Đạt; Phó Chủ tịch "
            "Quốc hội Mai Văn Tường đã tới dự và chúc mừng nhân dân thành phố Hoa phượng đỏ.",
            [("Trần Đức Khải", "Thủ tướng", "Hải Phòng", date(2019, 5, 13))],
        ),
        # the list opens a sentence run into a photo caption
        (
            "Sáng 14/6, tại Hà Tĩnh, Bộ Y tế tổ chức hội nghị tổng kết. Đồng chí Lê Văn Tư, Phó Chủ tịch "
            "UBND tỉnh Hà Tĩnh phát biểu khai mạc Hội nghị Tham dự Hội nghị có Thứ trưởng Bộ Y tế Trần Văn "
            "Nam; đại diện các sở, ngành.",
            [("Trần Văn Nam", "Thứ trưởng Bộ Y tế", "Hà Tĩnh", date(2019, 6, 14))],
        ),
        # the list set off by a colon
        (
            "Chiều 5/6, tại tỉnh Sơn La diễn ra Lễ trao Huân chương tặng lãnh đạo 15 tỉnh của nước bạn. "
            "Tham dự Lễ trao tặng có: Chủ tịch Quốc hội Lê Thị Thu; Đại sứ Trần Văn Bình.",
            [("Lê Thị Thu", "Chủ tịch Quốc hội", "Sơn La", date(2019, 6, 5))],
        ),
    ],
)
def test_guest_lists_name_the_principal(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the highest-ranked foreign guest at an event set at home before the list; the leader based in
        # Hà Nội who attends there is not travelling
        (
            "Sáng 24/6 tại Hà Nội, thành phố tổ chức lễ kỷ niệm 50 năm quan hệ ngoại giao hai nước. Tới dự "
            "lễ kỷ niệm có Chủ tịch Quốc hội Campuchia Sok Chenda, Phó Thủ tướng Campuchia Men Sam An, Chủ "
            "tịch Quốc hội Lê Thị Thu.",
            [("Sok Chenda", "Chủ tịch Quốc hội Campuchia", "Hà Nội", date(2019, 6, 24))],
        ),
        (
            "Chiều 5/6, tại tỉnh Sơn La diễn ra Lễ trao Huân chương tặng lãnh đạo 15 tỉnh của nước bạn. "
            "Tham dự Lễ trao tặng có: Chủ tịch Quốc hội Lê Thị Thu; Chủ tịch Quốc hội Lào Xay Somphone.",
            [
                ("Lê Thị Thu", "Chủ tịch Quốc hội", "Sơn La", date(2019, 6, 5)),
                ("Xay Somphone", "Chủ tịch Quốc hội Lào", "Sơn La", date(2019, 6, 5)),
            ],
        ),
        # at home himself, or at an event nothing places
        (
            "Sáng 5/6, tại thủ đô Viêng Chăn (Lào), Đại sứ quán tổ chức lễ kỷ niệm. Tham dự buổi lễ có Chủ "
            "tịch Quốc hội Lào Xay Somphone.",
            [],
        ),
        (
            "Sáng 24/6, thành phố tổ chức lễ kỷ niệm 50 năm quan hệ ngoại giao hai nước. Tới dự lễ kỷ niệm "
            "có Chủ tịch Quốc hội Campuchia Sok Chenda.",
            [],
        ),
    ],
)
def test_guest_lists_name_a_foreign_guest_where_the_event_was_set(text: str, expected: list) -> None:
    assert _summary(text) == expected


def test_those_who_also_attended_are_no_principals_party() -> None:
    # the principal was told before ("dự và chỉ đạo" with no province); "còn có" lists those beside him
    text = (
        "Tối 16/5, tại tỉnh Nghệ An, Bộ Quốc phòng tổ chức chương trình giao lưu. Tham dự giao lưu còn có "
        "đồng chí Mai Văn Nam, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương."
    )
    assert _summary(text) == []
    assert _summary(text.replace(" còn có", " có")) == [
        ("Mai Văn Nam", "Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương", "Nghệ An", date(2019, 5, 16))
    ]


def test_a_guest_after_a_comma_of_the_list_is_no_more_acting_than_the_others() -> None:
    # "Tới dự lễ ..., X" makes X the one attending; in "Tới dự lễ có A, B" the comma only lists guests,
    # whose principal is the highest in rank
    text = (
        "Sáng 24/6 tại tỉnh Sơn La, tỉnh tổ chức lễ kỷ niệm. Tới dự lễ kỷ niệm có Phó Thủ tướng Trần Văn "
        "Bình, Bộ trưởng Bộ Y tế Lê Văn An."
    )
    assert _who_where_when(text) == [("Trần Văn Bình", "Sơn La", date(2019, 6, 24))]
    assert _who_where_when(text.replace(" có Phó Thủ tướng Trần Văn Bình,", ",")) == [
        ("Lê Văn An", "Sơn La", date(2019, 6, 24))
    ]


def test_guest_list_gives_way_to_the_visit_told() -> None:
    text = (
        "Sáng 5/6, Thủ tướng Ngô Văn Lộc đã thăm và làm việc tại tỉnh Cà Mau. "
        "Tham dự buổi làm việc có Bộ trưởng Bộ Y tế Lê Văn An."
    )
    assert _summary(text) == [("Ngô Văn Lộc", "Thủ tướng", "Cà Mau", date(2019, 6, 5))]


@pytest.mark.parametrize(
    "text",
    [
        # a foreign leader hoped for, or who accepted to come, at an event still ahead
        "Sáng 20/5, Chủ tịch nước Đỗ Minh Tâm nhắc lại mong muốn đón tiếp Chủ tịch Trung Quốc Lý Cường "
        "tham dự Hội nghị APEC tại Đà Nẵng.",
        "Chủ tịch nước đánh giá cao việc Tổng thống Hàn Quốc Park Min-jun đã nhận lời thăm cấp Nhà nước "
        "và dự hội nghị tại TP Đà Nẵng.",
        # the press conference was in Hà Nội; the province in the organiser's name is no venue
        "Sáng 6/2, tại Hà Nội, họp báo về Lễ hội Cà phê được tổ chức. Chương trình do Ban chỉ đạo Tây "
        "Nguyên, UBND tỉnh Đắk Lắk phối hợp thực hiện. Bộ trưởng Bộ Công an Trần Văn Tâm đã đến dự và "
        "chủ trì cuộc họp báo.",
        # a province in a quote is one the speaker talks of, not where the meeting is
        "Bộ trưởng Lê Văn An nói: “Có doanh nghiệp ở Đồng Nai phản ánh một tháng bị thanh tra ba lần”. "
        "Sáng 17/5, Thủ tướng Ngô Văn Lộc chào đón các doanh nghiệp tham dự buổi đối thoại.",
    ],
)
def test_plans_and_organisers_give_no_visit(text: str) -> None:
    assert _visits(text) == []


def test_trip_abroad_under_a_headline_of_plans_is_no_visit() -> None:
    text = (
        "Tổng thống Mỹ sẽ tiếp Thủ tướng Ngô Văn Lộc vào ngày 31/5\n\n"
        "Bộ Ngoại giao cho biết Thủ tướng Ngô Văn Lộc sẽ thăm Mỹ từ ngày 29 đến 31/5. "
        "Đây là chuyến thăm Mỹ chính thức đầu tiên của ông. "
        "Thủ tướng Ngô Văn Lộc cũng là lãnh đạo đầu tiên trong khu vực tới thăm Tổng thống ở Nhà Trắng."
    )
    assert _visits(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chiều nay 18/6, Tổng Bí thư Lê Minh Hùng đã tiếp Thượng tướng Phạm Trường Minh - Phó Chủ tịch "
            "Quân ủy trung ương TQ đang thăm hữu nghị chính thức VN.",
            [("Phạm Trường Minh", "Phó Chủ tịch Quân ủy Trung ương Trung Quốc", "Hà Nội", date(2019, 6, 18))],
        ),
        (
            "Tổng Bí thư, Chủ tịch Trung Quốc Lý Minh Cường chủ trì lễ đón chính thức Chủ tịch nước Đỗ Minh "
            "Tâm. Chiều 11/6, Chủ tịch nước Đỗ Minh Tâm cùng đoàn đại biểu cấp cao đến thủ đô Bắc Kinh, "
            "bắt đầu chuyến thăm cấp Nhà nước nước CHND Trung Hoa.",
            [("Đỗ Minh Tâm", "Chủ tịch nước", "Trung Quốc", date(2019, 6, 11))],
        ),
    ],
)
def test_foreign_offices_told_in_short_or_in_chains(text: str, expected: list) -> None:
    assert _summary(text) == expected


def test_a_listed_guests_home_province_is_no_destination() -> None:
    text = (
        "Tối 2/6, Phó Thủ tướng Lý Văn Nam; Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Lâm Văn Đạt đã "
        "tới dự lễ kỷ niệm ở thành phố Hoa phượng đỏ."
    )
    assert _visits(text) == []


def test_undated_congress_round_up_gets_the_year_of_its_congresses() -> None:
    text = (
        "Ngày 21-12, Đại hội đại biểu Đảng bộ tỉnh Trà Vinh lần VIII (nhiệm kỳ 2005-2010) đã khai mạc. "
        "Phát biểu tại đại hội, đồng chí Nguyễn Tấn Dũng đã chỉ đạo tỉnh phát triển nhanh. "
        "Trong nhiệm kỳ 2001-2005, tỉnh tăng trưởng khá."
    )
    assert _summary(text, published=None) == [
        ("Nguyễn Tấn Dũng", "Phó Thủ tướng", "Trà Vinh", date(2005, 12, 21))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 3/6, tại Hà Nội, Chủ tịch nước Lê Văn Thành chủ trì lễ tiễn. Phát biểu tại lễ tiễn chính "
            "thức Tổng thống Joseph Mbeki và đoàn đại biểu cấp cao Tanzania, Chủ tịch nước Lê Văn Thành "
            "khẳng định hai Đảng sẽ tăng cường hợp tác.",
            [("Joseph Mbeki", "Tổng thống", "Hà Nội", date(2019, 6, 3))],
        ),
        (
            "Sáng 12/6, lễ đón chính thức Tổng thống Ghana John Kufuor diễn ra trọng thể, do Chủ tịch nước "
            "Lê Văn Thành chủ trì.",
            [("John Kufuor", "Tổng thống Ghana", "Hà Nội", date(2019, 6, 12))],
        ),
    ],
)
def test_a_guest_welcomed_or_seen_off_at_a_ceremony(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đúng 12 giờ (giờ địa phương) ngày 13-5, Chủ tịch nước Lê Văn Thành đã tới sân bay quốc tế "
            "Phúc Châu, bắt đầu chuyến thăm tỉnh Phúc Kiến.",
            [("Lê Văn Thành", "Chủ tịch nước", "Trung Quốc", date(2019, 5, 13))],
        ),
        (
            "Chiều 30/5, Thủ tướng Phạm Văn Hải dự tọa đàm với doanh nghiệp tại thủ đô Washington.",
            [("Phạm Văn Hải", "Thủ tướng", "Hoa Kỳ", date(2019, 5, 30))],
        ),
        (
            "Chiều 6/6 (giờ địa phương), Thủ tướng Phạm Văn Hải dự diễn đàn doanh nghiệp tại Berlin.",
            [("Phạm Văn Hải", "Thủ tướng", "Đức", date(2019, 6, 6))],
        ),
        (
            "Tối 1.7, Chủ tịch nước Lê Văn Thành rời Saint Petersburg, kết thúc chuyến thăm chính thức "
            "Liên bang Nga từ ngày 28.6 - 1.7.",
            [("Lê Văn Thành", "Chủ tịch nước", "Nga", date(2019, 6, 28))],
        ),
    ],
)
def test_trips_to_foreign_cities_and_provinces(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a welcome of a coming trip, however long the guest's title chain
        "Chủ tịch nước Lê Văn Thành hoan nghênh Tổng Bí thư, Chủ tịch Trung Quốc Lý Minh Hoa sang thăm "
        "Việt Nam và tham dự Hội nghị APEC tại Đà Nẵng.",
        "Tổng thống Mỹ Donald Parker xác nhận ý định đến Việt Nam dự Hội nghị APEC tại Đà Nẵng.",
        # an office, a post held, a rule book, a programme, a decision signed
        "Trước đó, ông Lê Văn Thành là trưởng đoàn Đại biểu Quốc hội tỉnh Nghệ An.",
        "Ông Lê Văn Thành từng đảm nhiệm nhiều vị trí công tác tại tỉnh Long An.",
        "Bộ trưởng Lê Văn Thành nêu Quy chế làm việc của Ủy ban về tỉnh Cà Mau.",
        "Thứ trưởng Lê Văn Thành ký quyết định thành lập đoàn kiểm tra tại tỉnh Thanh Hóa.",
        # the trip reported at home afterwards
        "Tại buổi tiếp, Chủ tịch nước Lê Văn Thành thông báo kết quả chuyến thăm cấp Nhà nước tới Lào.",
        # history
        "Tháng 11/2007, trong chuyến thăm Nhật Bản, Chủ tịch nước Lê Văn Thành đã ký Tuyên bố chung.",
        "Bộ trưởng Giáo dục Lê Văn Thành thăm Đại học Sư phạm tỉnh Nghệ An năm 1960.",
    ],
)
def test_welcomes_offices_reports_and_history_are_no_visits(text: str) -> None:
    assert _summary(text) == []


def test_coming_home_is_no_visit_to_the_capital() -> None:
    text = (
        "Sáng 27/5, Chủ tịch nước Lê Văn Thành đã về đến sân bay quốc tế Nội Bài, Hà Nội, kết thúc tốt "
        "đẹp chuyến thăm chính thức Liên bang Nga."
    )
    assert [v.province_name or v.country for v in _visits(text)] == ["Nga"]


def test_a_meeting_place_is_not_lent_by_the_topic_of_earlier_sentences() -> None:
    text = (
        "Chiều 28/5, Phó Thủ tướng Hoàng Văn Bảy chủ trì cuộc họp nghe báo cáo về Quy hoạch tổng thể "
        "phát triển khu du lịch quốc gia Sơn Trà. Phó Thủ tướng Hoàng Văn Bảy kết luận tại buổi làm việc."
    )
    assert _summary(text) == []


def test_a_company_named_after_a_board_is_no_guest() -> None:
    assert _summary("Ngày 5/6, tại Hà Nội, Chủ tịch HĐQT Vinacomin làm việc với đối tác.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the places listed after a verb of going, before the trip verb
        (
            "Ngày 23/3, ông Phạm Minh Đức, Bộ trưởng Bộ Giao thông vận tải, đã đến tỉnh Quảng Trị và TP Đà "
            "Nẵng, thăm hỏi các nạn nhân.",
            ["Quảng Trị", "Đà Nẵng"],
        ),
        # a ministry of transport before the name is no possessive ("giao" = assign)
        ("Ngày 23/3, Bộ trưởng Bộ Giao thông vận tải Phạm Minh Đức thăm tỉnh Quảng Trị.", ["Quảng Trị"]),
        # a tour of several countries told in one noun phrase
        (
            "Sáng qua, Chủ tịch nước Lê Văn Thành đã về đến sân bay Nội Bài, kết thúc chuyến thăm các nước "
            "Liên bang Nga, Cộng hòa Hungary và Vương quốc Anh từ ngày 17 đến 27/5.",
            ["Nga", "Hungary", "Anh"],
        ),
        # a country written with a small second syllable
        ("Chiều 4/6, Thủ tướng Lê Văn Thành lên đường thăm chính thức Nhật bản.", ["Nhật Bản"]),
        # two countries after "chính thức", each with its abbreviated form of state
        (
            "Sáng 2-7, Chủ tịch nước Lê Văn Thành đã về tới Hà Nội, kết thúc chuyến thăm chính thức tới CH "
            "Belarus và LB Nga từ ngày 26-6 đến ngày 1-7.",
            ["Belarus", "Nga"],
        ),
        ("Chiều 4/6, Thủ tướng Lê Văn Thành thăm chính thức Lào và Campuchia.", ["Lào", "Campuchia"]),
        # a site followed by its province in brackets; "đến giám sát" is a trip verb
        (
            "Ngày 12/5, ông Lê Văn Thành, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã đến giám "
            "sát công tác môi trường tại Trung tâm điện lực Duyên Hải (Trà Vinh).",
            ["Trà Vinh"],
        ),
        # "tiếp tục" carries the trip on: it is not "tiếp", receiving someone
        (
            "Ngày 12/6, trong khi Thủ tướng Lê Văn Thành tiếp tục chuyến thăm làm việc tại thủ đô Ottawa, "
            "Canada, báo chí nước này đăng nhiều bài viết.",
            ["Canada"],
        ),
        # a trip framed by "nhân" in mid-clause, and by "Trong" opening a paragraph run into a heading
        (
            "Tạp chí Asia Review đăng bài phân tích nhân chuyến thăm Canada của Thủ tướng Lê Văn Thành.",
            ["Canada"],
        ),
        (
            "Hợp đồng tỷ đô Trong chuyến thăm chính thức Canada của Thủ tướng Lê Văn Thành, hai bên trao "
            "đổi 12 văn kiện hợp tác.",
            ["Canada"],
        ),
    ],
)
def test_destinations_listed_or_bracketed(text: str, expected: list[str]) -> None:
    assert sorted(v.province_name or v.country for v in _visits(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the conference's venue is told sentences before the leader attends it
        (
            "Ngày 17/6, tại thành phố Phủ Lý, tỉnh Hà Nam, Bộ Nông nghiệp tổ chức hội nghị sơ kết Luật Hợp "
            "tác xã. Hội nghị có đại diện 20 tỉnh tham dự. Nhiều ý kiến nêu khó khăn về vốn. Các hợp tác xã "
            "kiến nghị gỡ vướng về đất đai. Phó Thủ tướng Hoàng Văn Bảy dự và chỉ đạo tại hội nghị.",
            [("Hoàng Văn Bảy", "Phó Thủ tướng", "Hà Nam", date(2019, 6, 17))],
        ),
        (
            "Ngày 6/2, tại Cà Mau, Bộ Nông nghiệp tổ chức Hội nghị phát triển ngành tôm. Phát biểu chỉ đạo "
            "tại hội nghị, Thủ tướng Lê Văn Thành yêu cầu tăng xuất khẩu.",
            [("Lê Văn Thành", "Thủ tướng", "Cà Mau", date(2019, 2, 6))],
        ),
        # a sentence set at the event, the leader its subject
        (
            "Lễ phát động Tháng hành động vì an toàn thực phẩm đã khai mạc sáng 12-4, tại TP Vinh, tỉnh "
            "Nghệ An. Hơn 2.000 người đã dự lễ phát động.\n\nTại buổi lễ, Phó Thủ tướng Hoàng Văn Bảy "
            "đánh giá cao kết quả của tỉnh.",
            [("Hoàng Văn Bảy", "Phó Thủ tướng", "Nghệ An", date(2019, 4, 12))],
        ),
        # a grand ceremony attended
        (
            "Tối 20/6, tại Nghĩa trang liệt sỹ Trường Sơn, tỉnh Quảng Trị, lễ tưởng niệm các anh hùng liệt "
            "sỹ được tổ chức. Phó Thủ tướng Hoàng Văn Bảy đã tham dự đại lễ cầu siêu.",
            [("Hoàng Văn Bảy", "Phó Thủ tướng", "Quảng Trị", date(2019, 6, 20))],
        ),
        # the top leader among an event's guests heads it, though another guest is told acting
        (
            "Sáng 10/5, Thành ủy Cần Thơ tổ chức Hội nghị công bố quyết định về công tác cán bộ tại TP Cần "
            "Thơ. Đến dự có Chủ tịch Quốc hội Trần Thị Lan; ông Lê Văn Đức, Trưởng Ban Tổ chức Trung ương. "
            "Tại Hội nghị, ông Lê Văn Đức đã đọc quyết định của Bộ Chính trị.",
            [("Trần Thị Lan", "Chủ tịch Quốc hội", "Cần Thơ", date(2019, 5, 10))],
        ),
    ],
)
def test_a_leader_at_an_event_goes_to_its_venue(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what he said about another place, after the event phrase
        "Phát biểu tại Diễn đàn, Thủ tướng Lê Văn Thành cho biết các đội tàu buôn từng cập cảng tại Hội An, "
        "tỉnh Quảng Nam.",
        # an event followed online has no venue
        "Sáng 6/2, Bộ Nông nghiệp tổ chức hội nghị trực tuyến với điểm cầu tỉnh Cà Mau. Hội nghị kéo dài "
        "một ngày. Các tỉnh báo cáo tình hình. Nhiều doanh nghiệp dự. Phát biểu tại hội nghị, Thủ tướng Lê "
        "Văn Thành yêu cầu tăng xuất khẩu.",
        # a city's own leader at a conference at home
        "Sáng 12/6, tại TP.HCM, Thành ủy tổ chức hội nghị tổng kết. Bí thư thành ủy TPHCM - Lê Văn Thành, Ủy "
        "viên Bộ Chính trị, phát biểu tại hội nghị.",
        # a ministerial meeting is no minister
        "Ngày 22/5, tại Hà Nội, Bộ trưởng Bộ Công Thương Lê Văn Thành khai mạc hội nghị. Ông cho biết Hội "
        "nghị Bộ trưởng RCEP tiếp nối chỉ đạo tại Hội nghị cấp cao ASEAN tại Thủ đô Viêng Chăn, Lào.",
    ],
)
def test_events_that_send_no_one_anywhere(text: str) -> None:
    assert _summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ngài" names a foreign guest, whose long title says no country
        (
            "Ngày 3/6, tại Hà Nội, Bộ trưởng Bộ Công an Lê Văn Thành tiếp và hội đàm với Đoàn đại biểu "
            "cấp cao Bộ Nội vụ Slovakia do ngài Peter Novak, Phó Thủ tướng kiêm Bộ trưởng làm Trưởng đoàn "
            "sang thăm, làm việc tại Việt Nam.",
            [("Peter Novak", "Phó Thủ tướng", "Hà Nội", date(2019, 6, 3))],
        ),
        # received at a seat in Hà Nội while touring a province
        (
            "Ngày 8/6, tại Trụ sở Trung ương Đảng, Tổng Bí thư Lê Minh Hùng đã tiếp Chủ tịch Quốc hội Lào "
            "Pany Yathotou, đang có chuyến thăm và dự lễ kỷ niệm tại tỉnh Sơn La.",
            [("Pany Yathotou", "Chủ tịch Quốc hội Lào", "Hà Nội", date(2019, 6, 8))],
        ),
        # a ministry's seat is in Hà Nội; "Phó chủ tịch" is written with a small c
        (
            "Chiều 18/6, tại trụ sở Bộ Quốc phòng, Bộ trưởng Lê Văn Thành chủ trì lễ đón đoàn đại biểu "
            "quân sự cấp cao Trung Quốc do Thượng tướng, Phó chủ tịch Quân ủy TƯ Trung Quốc Vương Kiến Dân "
            "dẫn đầu.",
            [("Vương Kiến Dân", "Phó Chủ tịch Quân ủy Trung ương Trung Quốc", "Hà Nội", date(2019, 6, 18))],
        ),
        # a relation between two countries is no third country the guest went to
        (
            "Ngày 27/6, ông Eric Johnson, Ngoại trưởng, đến thăm VN lần này để thảo luận về Hiệp định Thương "
            "mại Việt-Mỹ.",
            [("Eric Johnson", "Ngoại trưởng", "Hà Nội", date(2019, 6, 27))],
        ),
    ],
)
def test_foreign_guests_received_in_the_capital(text: str, expected: list) -> None:
    assert _summary(text) == expected


def test_the_results_of_talks_reported_to_a_leader_are_no_trip_of_his() -> None:
    text = (
        "Phát biểu tại hội đàm, Bộ trưởng Lê Văn Thành nêu rõ, sau chuyến thăm tại Slovakia, Đoàn đã báo cáo "
        "với Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam Nguyễn Văn An kết quả hội đàm giữa "
        "hai Bên. Thủ tướng Nguyễn Văn An đánh giá cao kết quả đó."
    )
    assert [name for name, *_ in _summary(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of a central directorate, whose given name is an office word
        (
            "Ngày 5/6, UBND tỉnh Quảng Bình đã có buổi làm việc với Đoàn công tác của Tổng cục Đường bộ Việt "
            "Nam do đồng chí Trần Văn Huyện, Tổng cục trưởng Tổng cục Đường bộ Việt Nam làm trưởng đoàn.",
            [
                (
                    "Trần Văn Huyện",
                    "Tổng cục trưởng Tổng cục Đường bộ Việt Nam",
                    "Quảng Bình",
                    date(2019, 6, 5),
                )
            ],
        ),
        # the speaker at a ceremony is its principal guest, after a clause of what he recalled
        (
            "Tối 19/5, tại tỉnh Thái Nguyên, diễn ra lễ kỷ niệm 70 năm ngày Bác Hồ về ATK Định Hóa. "
            "Tới dự buổi lễ có Phó Thủ tướng Lê Văn Thành; Phó Chủ tịch Quốc hội Hoàng Thị Mai. Phát biểu "
            "tại buổi lễ, nhắc lại lời căn dặn của Bác khi Người về thăm Thái Nguyên, Phó Chủ tịch Quốc hội "
            "Hoàng Thị Mai đề nghị tỉnh đẩy mạnh cải cách hành chính.",
            [("Hoàng Thị Mai", "Phó Chủ tịch Quốc hội", "Thái Nguyên", date(2019, 5, 19))],
        ),
        # his directive, given at the working session, puts him there
        (
            "“Đẩy mạnh quản lý báo chí” là chỉ đạo của Bộ trưởng Bộ TT&TT Lê Văn Thành "
            "trong buổi làm việc tại tỉnh Cà Mau ngày 20/5.",
            [("Lê Văn Thành", "Bộ trưởng Bộ Thông tin và Truyền thông", "Cà Mau", date(2019, 5, 20))],
        ),
        # an opening session of a dialogue held in a province
        (
            "Đối thoại chính sách cao cấp về du lịch bền vững diễn ra tại thành phố Hạ Long (Quảng Ninh) "
            "ngày 19/6. Phát biểu tại phiên khai mạc, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Văn Thành "
            "cho biết du lịch tăng trưởng nhanh.",
            [("Lê Văn Thành", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Quảng Ninh", date(2019, 6, 19))],
        ),
    ],
)
def test_officials_placed_by_their_part_in_an_event(text: str, expected: list) -> None:
    assert _summary(text) == expected


def test_a_speech_opened_by_another_speaker_is_not_the_leaders() -> None:
    text = (
        "Sáng 12/6, tại tỉnh Nghệ An, tỉnh tổ chức hội nghị xúc tiến đầu tư. Phát biểu tại hội nghị, Bí thư "
        "Tỉnh ủy Lê Văn Bình cho biết, Thủ tướng Nguyễn Văn An đã nhiều lần chỉ đạo tỉnh."
    )
    assert [name for name, *_ in _summary(text)] == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the ministry never named: who led which ministry that year
        (
            "Chiều 21/6, tại TP.HCM, Bộ trưởng Phùng Xuân Nhạ đã đi kiểm tra công tác thi tại Trường THPT "
            "Nguyễn Hữu Huân.",
            "Bộ trưởng Bộ Giáo dục và Đào tạo",
        ),
        # his office, not his Politburo seat, written in small letters
        (
            "Sáng 12/5, ông Lê Văn Thành, Ủy viên Bộ Chính trị, Chủ tịch ủy ban trung ương MTTQ Việt Nam đã "
            "kiểm tra công tác bảo vệ môi trường tại tỉnh Trà Vinh.",
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        # his post on the general staff, not his military rank, and the army keeps its country
        (
            "Sáng 29/4, Thượng tướng Lê Văn Hải - Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam đến "
            "làm việc tại tỉnh Kiên Giang.",
            "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam",
        ),
        (
            "Sáng 29/4, Đại tướng Lê Văn Hải, Tổng Tham mưu trưởng, Thứ trưởng Bộ Quốc phòng đến thăm tỉnh "
            "Kiên Giang.",
            "Tổng Tham mưu trưởng",
        ),
    ],
)
def test_the_visitors_title_is_his_office(text: str, title: str) -> None:
    assert [t for _, t, _, _ in _summary(text)] == [title]


def test_a_bare_minister_stays_bare_outside_the_rosters_years() -> None:
    text = "Chiều 21/6, tại TP.HCM, Bộ trưởng Phùng Xuân Nhạ đã đi kiểm tra công tác thi."
    assert [t for _, t, _, _ in _summary(text, published=date(2023, 6, 30))] == ["Bộ trưởng"]


def test_an_apposition_naming_the_trips_head_makes_the_owner_its_subject() -> None:
    text = (
        "Đây là khẳng định của Thứ trưởng Lê Văn Thọ, trưởng đoàn công tác của Bộ Giao thông Vận tải đi khảo "
        "sát thực địa và làm việc với tỉnh Đồng Nai ngày 24/6."
    )
    assert [(v.visitor_name, v.province_name) for v in _visits(text)] == [("Lê Văn Thọ", "Đồng Nai")]
    # what is his without an apposition stays no trip
    assert (
        _visits("Dự án nhận được sự quan tâm của Thứ trưởng Lê Văn Thọ, nhưng tỉnh Đồng Nai chưa làm.") == []
    )


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("Pedro Henandez", "Pedro Hernandez"),  # a letter dropped
        ("Pedro Hernadnez", "Pedro Hernandez"),  # two letters swapped in transliteration
    ],
)
def test_a_foreign_name_misspelt_once_is_the_same_person(wrong: str, right: str) -> None:
    text = (
        f"Ngày 11/6, Chủ tịch Quốc hội Cuba {wrong} dự lễ khánh thành trường mẫu giáo tại huyện Giồng "
        f"Trôm, tỉnh Bến Tre. Chủ tịch Quốc hội Cuba {right} đã thăm và làm việc tại tỉnh Bến Tre. "
        f"Ông {right} cảm ơn tỉnh."
    )
    assert [(v.visitor_name, v.province_name) for v in _visits(text)] == [(right, "Bến Tre")]


def test_a_guest_named_by_his_initial_visits() -> None:
    assert _who_where_when(
        "Nhận lời mời của Chủ tịch nước Trần Văn Minh, Tổng thống Cộng hòa Séc M.Dê-ven và Phu nhân đã đến"
        " Thủ đô Hà Nội, bắt đầu chuyến thăm cấp nhà nước tới Việt Nam từ ngày 10/4."
    ) == [("M.Dê-ven", "Hà Nội", date(2019, 4, 10))]


def test_a_guest_titled_after_his_name_leads_his_delegation() -> None:
    assert _who_where_when(
        "Đoàn đại biểu Đảng Nhân dân Campuchia do ông Sok Vanna, Phó Tổng Thư ký Đảng Nhân dân Campuchia"
        " dẫn đầu, sang thăm và làm việc tại Việt Nam từ ngày 28-31/5."
    ) == [("Sok Vanna", "Hà Nội", date(2019, 5, 28))]


@pytest.mark.parametrize("subject", ["dự án", "dự thảo", "dự luật"])
def test_about_a_project_or_a_bill_is_no_trip(subject: str) -> None:
    """ "về dự án" is "about the project": not "về dự" (came to attend)."""
    text = (
        "Trao đổi với báo Pháp Luật TP.HCM, Tổng Thư ký Quốc hội Nguyễn Văn An cho hay: trong phiên thảo luận"
        f" tại hội trường ngày 24-5 về {subject} sửa đổi Bộ luật Hình sự, còn 24 ý kiến chưa phát biểu."
    )
    assert _visits(text) == []


def test_a_deputy_head_of_a_central_board_in_lower_case_hands_over_a_decision() -> None:
    """ "Phó trưởng ban" written in lower case is the office of "Phó Trưởng ban": a central official, whose
    handing over a decision at a province's conference is a visit to it."""
    text = (
        "Sáng 8/2, Tỉnh ủy Yên Bái tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh. Phó trưởng ban Thường trực "
        "Ban Tổ chức Trung ương Lê Văn Hòa trao quyết định cho ông Trần Minh Đức tại hội nghị."
    )
    assert _summary(text) == [
        ("Lê Văn Hòa", "Phó Trưởng ban Thường trực Ban Tổ chức Trung ương", "Yên Bái", date(2019, 2, 8))
    ]


def test_an_office_left_is_no_destination() -> None:
    """The province of the office an appointee leaves is not where the decision was announced."""
    text = (
        "Ngày 11/5, Ban Kinh tế Trung ương tổ chức hội nghị triển khai quyết định về công tác cán bộ. "
        "Tại hội nghị, ông Lê Văn Hòa - Phó trưởng ban Tổ chức Trung ương đã công bố quyết định điều "
        "chuyển ông Trần Văn Nam thôi giữ chức Bí thư Thành ủy TP HCM để nhận nhiệm vụ mới."
    )
    assert _visits(text) == []


def test_a_central_official_announcing_a_decision_at_a_provinces_conference_visits_it() -> None:
    """The province that holds the conference is where "Tại hội nghị" puts him; the local title closing
    the sentence before is the appointee's, not his, whatever the paragraph break after it."""
    text = (
        "Ông Lê Văn Hòa tặng hoa cho ông Trần Minh Đức, tân Phó Bí thư Tỉnh ủy Yên Bái.\n\n"
        "Ông Lê Văn Hòa và bà Mai Thị Lan chúc mừng. Sáng 8/2, Tỉnh ủy Yên Bái tổ chức Hội nghị Ban Chấp "
        "hành Đảng bộ tỉnh triển khai quyết định của Ban Bí thư về công tác cán bộ. Tại hội nghị, ông Lê Văn "
        "Hòa - Ủy viên Ban Chấp hành Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương đã "
        "công bố quyết định của Ban Bí thư về công tác cán bộ tỉnh Yên Bái."
    )
    assert _summary(text) == [
        ("Lê Văn Hòa", "Phó Trưởng ban Thường trực Ban Tổ chức Trung ương", "Yên Bái", date(2019, 2, 8))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reception held, told as a noun: the guest is there, whoever the sentence makes its subject
        (
            "Trong buổi tiếp Chủ tịch Quốc hội Myanmar Uyn Khai Than ngày 10/5, ông Lê Văn Tâm cho biết rất"
            " vui khi được đón tiếp ông Uyn Khai Than tại TP.HCM.",
            [("Uyn Khai Than", "Hồ Chí Minh", date(2019, 5, 10))],
        ),
        # a consul general lives in the country: received with no city named, he is not presumed in Hà Nội
        ("Cũng tại buổi tiếp ngày 10/5, tân Tổng Lãnh sự Ấn Độ Lah Thla Muana bày tỏ vui mừng.", []),
    ],
)
def test_a_reception_held(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event chaired in a province, the venue named before the chair
        (
            "Trong hai ngày 11 và 12/6, tại Đà Nẵng, dưới sự chủ trì của Thứ trưởng, Tổng Giám đốc Lê Thị"
            " Mai, Bảo hiểm xã hội Việt Nam đã tổ chức Hội nghị triển khai nhiệm vụ 6 tháng cuối năm.",
            [("Lê Thị Mai", "Đà Nẵng", date(2019, 6, 11))],
        ),
        # the places after the chair are the meeting's matters
        (
            "Ngày 25/5, tại Hà Nội, dưới sự chủ trì của Tổng Bí thư Lê Minh Hùng, Ban Bí thư đã họp để xem"
            " xét kỷ luật đồng chí Trần Văn Nam, nguyên Bí thư Tỉnh ủy Bình Định.",
            [],
        ),
        (
            "Ngày 3/6, dưới sự chủ trì của Thủ tướng Phạm Văn Hải, Chính phủ họp trực tuyến với lãnh đạo tỉnh"
            " Hưng Yên và các tỉnh, thành phố.",
            [],
        ),
    ],
)
def test_an_event_under_an_officials_chair(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event was set in Hà Nội a sentence before; the province in the chair's sentence is its topic
        (
            "Sáng 30/5, tại trụ sở Bộ Văn hóa, Thể thao và Du lịch, diễn ra buổi tọa đàm về du lịch bền vững."
            " Quy hoạch du lịch Sơn Trà, Đà Nẵng được làm đúng quy trình Ông Trần Văn Hòa, Thứ trưởng Bộ Văn"
            " hóa, Thể thao và Du lịch chủ trì buổi tọa đàm.",
            [],
        ),
        (
            "Hôm nay (30/5) tại Hà Nội, Bộ Tài nguyên và Môi trường tổ chức tọa đàm về sạt lở bờ biển. Tới dự"
            " có ông Lê Minh Quân, Thứ trưởng Bộ Tài nguyên và Môi trường, ông Phạm Văn Tâm, Phó Chủ tịch"
            " UBND tỉnh Cà Mau.",
            [],
        ),
        # a venue named in his own sentence outranks the one told before
        (
            "Sáng 30/5, tại Hà Nội, Bộ Công Thương tổ chức hội nghị về xuất khẩu. Chiều cùng ngày, Bộ trưởng"
            " Bộ Công Thương Trần Tuấn Anh dự hội nghị tại tỉnh Bắc Ninh.",
            [("Trần Tuấn Anh", "Bắc Ninh", date(2019, 5, 30))],
        ),
        # leaving Hà Nội for a forum is no forum held in Hà Nội
        (
            "Sáng 11/5, Thủ tướng Nguyễn Xuân Phúc rời Hà Nội, lên đường sang Phnom Penh tham dự Diễn đàn"
            " Kinh tế thế giới về ASEAN. Tháp tùng Thủ tướng Nguyễn Xuân Phúc đi dự Diễn đàn có Đại sứ Việt"
            " Nam tại Campuchia.",
            [("Nguyễn Xuân Phúc", "Campuchia", date(2019, 5, 11))],
        ),
    ],
)
def test_an_event_set_in_the_capital_lends_no_topic_as_venue(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place an event is about is no venue
        (
            "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Trần Văn Hòa phát biểu tại tọa đàm về phát triển du"
            " lịch tỉnh Quảng Nam.",
            [],
        ),
        (
            "Chiều 6/6, Bộ trưởng Bộ Y tế Nguyễn Văn Tiến dự hội nghị về y tế cơ sở tại tỉnh Hà Giang.",
            [("Nguyễn Văn Tiến", "Hà Giang", date(2019, 6, 6))],
        ),
        # a day kept every year is not the day of the event told before it
        (
            "Ngày 5-2, tại tỉnh Thái Bình, Bộ Tài nguyên và Môi trường tổ chức lễ mít tinh. Ngày 2-2 hằng năm"
            " là ngày Đất ngập nước thế giới. Phát biểu tại lễ mít tinh, Bộ trưởng Bộ Tài nguyên và Môi"
            " trường Trần Hồng Hà nhấn mạnh vai trò của đất ngập nước.",
            [("Trần Hồng Hà", "Thái Bình", date(2019, 2, 5))],
        ),
    ],
)
def test_an_events_topic_and_a_yearly_day(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening that places the event puts the official there, though no verb of his says so
        (
            "Tại hội nghị tổ chức ngày 12/5 ở thành phố Cần Thơ, ông Trần Văn Hà, Bộ trưởng Bộ Tài nguyên và"
            " Môi trường: Việt Nam quan ngại về các dự án thủy điện.",
            [("Trần Văn Hà", "Cần Thơ", date(2019, 5, 12))],
        ),
        # one that does not place it lends no topic named later as its venue
        (
            "Tại phiên họp Chính phủ với lãnh đạo 63 tỉnh, thành ngày 3/7, Thủ tướng Phạm Văn Hải đề nghị"
            " xử lý nghiêm sai phạm, nhấn mạnh vụ việc ở Yên Bái.",
            [],
        ),
        # words owned at an event the sentence places, his further offices between
        (
            "Đó là yêu cầu của Phó Thủ tướng Lê Văn Huy - Ủy viên Bộ Chính trị, Trưởng Ban Chỉ đạo Tây Nam bộ"
            " tại hội nghị tổng kết đề án tín dụng chính sách diễn ra ngày 28/6 tại Cần Thơ.",
            [("Lê Văn Huy", "Cần Thơ", date(2019, 6, 28))],
        ),
        (
            "“Sâm là quốc bảo” - đó là khẳng định của Thủ tướng Phạm Văn Hải tại Hội nghị toàn quốc về phát"
            " triển dược liệu tổ chức tại thành phố Lào Cai.",
            [("Phạm Văn Hải", "Lào Cai", None)],
        ),
        # an event the sentence does not place takes no place from the sentence before
        (
            "Sáng 7/2, Thứ trưởng Bộ Công an Trần Văn Sơn làm việc với Công an tỉnh Sóc Trăng. Đặc biệt là"
            " chỉ đạo của Tổng Bí thư Nguyễn Văn Tâm, tại Hội nghị Công an toàn quốc lần thứ 72 là phải xây"
            " dựng lực lượng trong sạch.",
            [("Trần Văn Sơn", "Sóc Trăng", date(2019, 2, 7))],
        ),
    ],
)
def test_an_official_at_an_event_the_sentence_places(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office written with a lower-case "thủ tướng" is the same office
        (
            "Trưa 27/5, Phó thủ tướng Vũ Đức Đam thị sát núi Sơn Trà (Đà Nẵng).",
            [("Vũ Đức Đam", "Phó Thủ tướng", "Đà Nẵng", date(2019, 5, 27))],
        ),
        (
            "Sáng 5/6, Phó chủ tịch nước Đặng Thị Ngọc Thịnh thăm tỉnh Quảng Nam.",
            [("Đặng Thị Ngọc Thịnh", "Phó Chủ tịch nước", "Quảng Nam", date(2019, 6, 5))],
        ),
        # a foreign office named with its state's full form in lower case ("dân chủ nhân dân")
        (
            "Sáng 5-6, Chủ tịch Quốc hội nước Cộng hòa dân chủ nhân dân Lào Pany Yathotu đã gặp mặt các lưu"
            " học sinh Lào tại Sơn La.",
            [
                (
                    "Pany Yathotu",
                    "Chủ tịch Quốc hội Lào",
                    "Sơn La",
                    date(2019, 6, 5),
                )
            ],
        ),
        # the day between the verb and the event
        (
            "Thủ tướng Phan Văn Khải đã phát biểu hôm qua tại Hội nghị quốc tế Tương lai châu Á tại Tokyo"
            " (Nhật Bản).",
            [("Phan Văn Khải", "Thủ tướng", "Nhật Bản", date(2019, 6, 29))],
        ),
    ],
)
def test_titles_in_lower_case_and_a_day_before_the_event(text: str, expected: list) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # directing a conference told of before is attending it, where it was held
        (
            "Ngày 19/5 tại TP HCM, Ban Tuyên giáo Trung ương tổ chức hội nghị về công tác xuất bản. Ông Phạm"
            " Văn Linh, Phó Trưởng ban Tuyên giáo Trung ương phát biểu chỉ đạo hội nghị.",
            [("Phạm Văn Linh", "Hồ Chí Minh", date(2019, 5, 19))],
        ),
        # directing work from Hà Nội is no trip
        (
            "Ngày 19/5, Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến chỉ đạo các tỉnh phòng chống dịch.",
            [],
        ),
    ],
)
def test_directing_a_conference_is_attending_it(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the guest listed first outranks the one told speaking: guests are listed in order of precedence
        (
            "Ngày 11/6, tại Trường ĐH Hàng Hải (Hải Phòng), Bộ GD&ĐT tổ chức Lễ ra quân Tiếp sức mùa thi."
            " Tham dự có Phó Trưởng Ban Dân vận Trung ương Nguyễn Văn Hùng; Thứ trưởng Bộ GD&ĐT Nguyễn Thị"
            " Nghĩa. Phát biểu tại buổi Lễ, Thứ trưởng Bộ GD&ĐT Nguyễn Thị Nghĩa khẳng định chương trình có ý"
            " nghĩa.",
            [("Nguyễn Văn Hùng", "Hải Phòng", date(2019, 6, 11))],
        ),
        # the official who acts is listed first: a minister named after him is of his party
        (
            "Sáng 8/2, Ban Chấp hành Đảng bộ tỉnh Yên Bái tổ chức Hội nghị về công tác cán bộ. Dự Hội nghị có"
            " Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương Nguyễn Thanh Bình, Bộ trưởng Bộ Xây dựng Phạm"
            " Hồng Hà. Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương Nguyễn Thanh Bình trao quyết định.",
            [("Nguyễn Thanh Bình", "Yên Bái", date(2019, 2, 8))],
        ),
    ],
)
def test_the_first_listed_guest_heads_the_event(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence opens on his coming to the event the article is about
        (
            "Tối 14/6, tại TP Hội An (Quảng Nam) đã bế mạc Lễ hội Văn hóa biển. Đến dự và phát biểu, Phó"
            " Chủ tịch nước Trần Thị Hoa cảm ơn các nghệ nhân.",
            [("Trần Thị Hoa", "Quảng Nam", date(2019, 6, 14))],
        ),
        # the head of the national steering committee for floods and storms is a national official
        (
            "Chiều 12/6, ông Lê Văn Sơn, Trưởng ban phòng chống lụt bão trung ương đã làm việc với UBND tỉnh"
            " Cà Mau.",
            [("Lê Văn Sơn", "Cà Mau", date(2019, 6, 12))],
        ),
        # a local officer coming to an event does not travel
        ("Ngày 3/6, tỉnh Quảng Nam khai mạc hội chợ. Đến dự, ông Lê Văn Tám cắt băng khai mạc.", []),
    ],
)
def test_coming_to_the_event_and_the_flood_committee(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


def test_a_report_that_names_today_dates_yesterday() -> None:
    text = (
        "Bão đổ bộ vào Cà Mau. Gió mạnh. Mưa to. Dân đã sơ tán. Tàu thuyền đã vào bờ. Tối qua, Phó Thủ tướng"
        " Lê Văn Sơn làm việc với UBND tỉnh Cà Mau. Sáng nay (25/11), gió đã giảm."
        "\n\nBão vào bờ (23/11/2004)\n\nBão mạnh lên (24/11/2004)"
    )
    assert [(v.visitor_name, v.visit_date) for v in _visits(text, published=None)] == [
        ("Lê Văn Sơn", date(2004, 11, 24))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign guest speaking at a ceremony set at home a few sentences before is at it
        (
            "Tối 11/5, tại Hội trường Thống Nhất (TP Hồ Chí Minh), Lễ chuyển giao Chủ tịch Diễn đàn đã diễn"
            " ra. Dự lễ có Chủ tịch Quốc hội Trần Thị Lan. Phát biểu tại buổi lễ, ông Peni Vakaloa, Phó Chủ"
            " tịch Quốc hội Cộng hòa Fiji bày tỏ vinh dự chuyển giao chức Chủ tịch Diễn đàn.",
            [
                ("Trần Thị Lan", "Hồ Chí Minh", date(2019, 5, 11)),
                ("Peni Vakaloa", "Hồ Chí Minh", date(2019, 5, 11)),
            ],
        ),
        # ... but not at a ceremony the article never places
        (
            "Tối 11/5, Lễ chuyển giao Chủ tịch Diễn đàn đã diễn ra. Phát biểu tại buổi lễ, ông Peni Vakaloa,"
            " Phó Chủ tịch Quốc hội Cộng hòa Fiji bày tỏ vinh dự chuyển giao chức Chủ tịch Diễn đàn.",
            [],
        ),
        # going "trực tiếp" to see the victims receives no one: the deputy minister went
        (
            "Ngày 13/3, Thứ trưởng Bộ GTVT Lê Văn Nam đã có mặt tại Thừa Thiên - Huế trực tiếp đến thăm hỏi"
            " các nạn nhân.",
            [("Lê Văn Nam", "Thừa Thiên Huế", date(2019, 3, 13))],
        ),
        # on the day the Prime Minister is in Germany, his host's talk of Hà Nội sends no one there
        (
            "Chiều 5/6 theo giờ địa phương, Thủ tướng Nguyễn Văn Minh đã tới thăm, làm việc tại bang Hessen,"
            " Cộng hòa Liên bang Đức. Tại cuộc gặp với Chủ tịch Quốc hội bang Hessen - ông Klaus Weber, Thủ"
            " tướng đề nghị tăng cường hợp tác với các thành phố lớn của Việt Nam như Hà Nội.",
            [("Nguyễn Văn Minh", "Đức", date(2019, 6, 5))],
        ),
    ],
)
def test_guests_at_a_placed_ceremony_and_hosts_abroad(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a date days away lends the visit's day its year
        ("Tàu gặp nạn ngày 12/3/2004.", date(2004, 3, 13)),
        # a date months away is another matter: when the train entered service
        ("Tàu được đưa vào hoạt động từ ngày 31/5/2002.", None),
    ],
)
def test_an_undated_visit_borrows_only_a_near_year(lead: str, expected: date | None) -> None:
    text = (
        f"{lead} Tốc độ tối đa cho phép là 90 km/giờ.\n\nHôm qua 13/3, Thứ trưởng Bộ GTVT Lê Văn Nam đã đến"
        " thăm hỏi các nạn nhân tại tỉnh Thừa Thiên Huế."
    )
    assert [(v.visitor_name, v.visit_date) for v in _visits(text, published=None)] == [
        ("Lê Văn Nam", expected)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opening the conference placed the sentence before is attending it
        (
            "Hội nghị về biến đổi khí hậu khai mạc sáng 11/5 tại TP.HCM. Phát biểu khai mạc hội nghị, Chủ"
            " tịch Quốc hội Trần Thị Lan khẳng định các quốc gia ven biển bị ảnh hưởng nặng nề.",
            [("Trần Thị Lan", "Hồ Chí Minh", date(2019, 5, 11))],
        ),
        # ... and the places in what he says there are not where he went
        (
            "Sáng 28/4, tại tỉnh Đồng Nai, Bộ Quốc phòng tổ chức hội thảo khoa học. Phát biểu khai mạc hội"
            " thảo, Thứ trưởng Bộ Quốc phòng Lê Văn Hòa ôn lại chiến dịch giải phóng TP Hồ Chí Minh.",
            [("Lê Văn Hòa", "Đồng Nai", date(2019, 4, 28))],
        ),
    ],
)
def test_opening_an_event_placed_before_is_attending_it(text: str, expected: list) -> None:
    assert _who_where_when(text) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a later title alone names the ministry of the one deputy minister the article has
        (
            "Thứ trưởng Lê Thị Hoa đã dẫn đầu đoàn công tác kiểm tra tình hình tại Hải Phòng ngày 12/6. "
            "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch khẳng định lễ hội phải được tổ chức an toàn.",
            "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch",
        ),
        # with two of them it could be either's
        (
            "Thứ trưởng Trần Văn Nam cho biết bộ đã gửi công văn hỏa tốc. "
            "Thứ trưởng Lê Thị Hoa đã dẫn đầu đoàn công tác kiểm tra tình hình tại Hải Phòng ngày 12/6. "
            "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch khẳng định lễ hội phải được tổ chức an toàn.",
            "Thứ trưởng",
        ),
        # a headline's title alone names a foreign guest's country
        (
            "Tổng thống Tanzania kết thúc chuyến thăm Việt Nam\n"
            "Ngày 12/6, tại Hà Nội, Chủ tịch nước Lê Văn Minh tiễn Tổng thống John Mwamba.",
            "Tổng thống Tanzania",
        ),
    ],
)
def test_a_title_alone_completes_the_one_bare_title_it_extends(text: str, title: str) -> None:
    assert [v.visitor_title for v in _visits(text) if v.visitor_name != "Trần Văn Nam"] == [title]
