"""Places: type words, bare names, person names, peace, villages, countries and regions."""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.model import Article, Document, Mention, Sentence
from orchestration.extraction.places import find_places


def _doc(text: str, published: date | None = None) -> Document:
    sentence = Sentence(0, 0, len(text), text)
    return Document(Article("t", text, published_at=published), text, (sentence,))


def _places(text: str) -> list[Mention]:
    return find_places(_doc(text))


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in _places(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn công tác làm việc tại tỉnh Lạng Sơn.", [("tỉnh Lạng Sơn", "legacy:province:20")]),
        ("Lạng Sơn có điều kiện phát triển kinh tế cửa khẩu.", [("Lạng Sơn", "legacy:province:20")]),
        ("Thủ tướng thăm và làm việc tại Cà Mau.", [("Cà Mau", "legacy:province:96")]),
        ("Bộ trưởng đã đến Hải Phòng hôm qua.", [("Hải Phòng", "legacy:province:31")]),
        (
            "Tuyến cao tốc Hà Nội – Lạng Sơn thông xe.",
            [("Hà Nội", "legacy:province:01"), ("Lạng Sơn", "legacy:province:20")],
        ),
        ("Đoàn đến TP.HCM chiều nay.", [("TP.HCM", "legacy:province:79")]),
        ("Hội nghị tổ chức ở TP Hồ Chí Minh.", [("TP Hồ Chí Minh", "legacy:province:79")]),
        ("Khách sạn tại Thành phố Hồ Chí Minh.", [("Thành phố Hồ Chí Minh", "legacy:province:79")]),
        ("Đoàn về Sài Gòn dự lễ.", [("Sài Gòn", "legacy:province:79")]),
        ("Lãnh đạo tỉnh Thừa Thiên Huế tiếp đoàn.", [("tỉnh Thừa Thiên Huế", "legacy:province:46")]),
        ("Ông đến Huế sáng nay.", [("Huế", "legacy:province:46")]),
        ("UBND Tỉnh Bà Rịa - Vũng Tàu họp.", [("Tỉnh Bà Rịa - Vũng Tàu", "legacy:province:77")]),
        ("THỦ TƯỚNG THĂM LẠNG SƠN", [("LẠNG SƠN", "legacy:province:20")]),
        ("Tỉnh ủy Quảng Ninh họp phiên thường kỳ.", [("Tỉnh ủy Quảng Ninh", "legacy:province:22")]),
        ("Báo Quảng Ninh đưa tin.", [("Quảng Ninh", "legacy:province:22")]),
        ("Đài PT-TH Lạng Sơn phát sóng trực tiếp.", [("Lạng Sơn", "legacy:province:20")]),
    ],
)
def test_provinces(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Xây dựng môi trường hòa bình, ổn định để phát triển.",
        "Phó Thủ tướng Trương Hòa Bình phát biểu.",
        "Chánh án Nguyễn Hòa Bình dự họp.",
        "Ông Nguyễn Thái Bình được bổ nhiệm.",
        "Bà Hà Giang là giáo viên.",
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn.",
        "Tàu đi qua Thái Bình Dương.",
        "Anh cho biết sẽ về sớm.",
        "Theo anh Đức, công việc đã xong.",
        "Ông Nguyễn Đức Chung trả lời phỏng vấn.",
        "Em học tiếng Anh và tiếng Nga.",
        "Sinh viên khoa Anh văn thi tốt.",
        "Ý kiến của cử tri được tiếp thu.",
        "Xây dựng nông thôn mới, ban hành văn bản Hướng dẫn.",
        "Bác đọc bản Tuyên ngôn độc lập.",
    ],
)
def test_not_places(text: str) -> None:
    assert _found(text) == []


def test_province_after_person_is_still_found() -> None:
    found = _found("Phó Thủ tướng Trương Hòa Bình làm việc tại Hòa Bình.")
    assert found == [("Hòa Bình", "legacy:province:17")]


def test_type_word_decides_the_level() -> None:
    found = _found("Đoàn thăm xã Chi Lăng, huyện Chi Lăng, tỉnh Lạng Sơn.")
    assert found == [
        ("xã Chi Lăng", "legacy:commune:06523"),
        ("huyện Chi Lăng", "legacy:district:187"),
        ("tỉnh Lạng Sơn", "legacy:province:20"),
    ]


def test_article_province_picks_among_namesakes() -> None:
    mentions = _places("Lạng Sơn đẩy mạnh du lịch. Tại xã Tân Lập, người dân trồng na.")
    commune = [m for m in mentions if m.place and m.place.level == "commune"]
    assert [m.place.province_name for m in commune if m.place] == ["Lạng Sơn"]


@pytest.mark.parametrize(
    "text",
    [
        "Người dân xã Tân Lập trồng na.",  # in many provinces, none named by the article
        "Lạng Sơn có xã Chi Lăng trồng na.",  # two communes of that name in Lạng Sơn alone
    ],
)
def test_ambiguous_commune_is_skipped(text: str) -> None:
    assert [key for _, key in _found(text) if "commune" in key] == []


def test_list_of_communes_shares_the_type_word() -> None:
    found = _found("Các xã Vân An, Vân Thủy và Chi Lăng thuộc huyện Chi Lăng.")
    assert [text for text, _ in found] == ["xã Vân An", "Vân Thủy", "Chi Lăng", "huyện Chi Lăng"]
    assert all(key.startswith("legacy:") for _, key in found)


def test_list_stops_at_a_province() -> None:
    found = _found("Tại xã Vân An, Lạng Sơn, bà con thu hoạch.")
    assert found[-1] == ("Lạng Sơn", "legacy:province:20")


@pytest.mark.parametrize(
    ("text", "level", "province"),
    [
        ("Thủ tướng thăm thành phố Cà Mau.", "district", "Cà Mau"),
        ("Lãnh đạo thành phố Hà Nội tiếp đoàn.", "province", "Hà Nội"),
        ("Họp tại phường 1, thành phố Cà Mau.", "commune", "Cà Mau"),
        ("Dự án ở Quận 1, TP.HCM được khởi công.", "district", "Hồ Chí Minh"),
        ("Khu di tích ở huyện Vĩnh Linh, tỉnh Quảng Trị.", "district", "Quảng Trị"),
        ("Cán bộ thị xã Quế Võ, Bắc Ninh tham dự.", "district", "Bắc Ninh"),
        ("Bộ đội ở huyện đảo Trường Sa, Khánh Hòa.", "district", "Khánh Hòa"),
        ("Ông về thị trấn Cao Phong, huyện Cao Phong.", "commune", "Hòa Bình"),
        ("Đoàn đến xã Khánh Tiến, huyện U Minh.", "commune", "Cà Mau"),
    ],
)
def test_lower_units(text: str, level: str, province: str) -> None:
    first = _places(text)[0]
    assert first.place is not None
    assert (first.place.level, first.place.province_name) == (level, province)


def test_bare_district_needs_the_province() -> None:
    assert _found("Nông dân Chi Lăng trồng na.") == []
    found = _found("Lạng Sơn có nhiều đặc sản. Na Chi Lăng nổi tiếng.")
    assert found[-1] == ("Chi Lăng", "legacy:district:187")


def test_famous_city_is_read_bare() -> None:
    mention = _places("Đoàn khách đến Phú Quốc nghỉ dưỡng.")[0]
    assert mention.place is not None
    assert mention.place.province_name == "Kiên Giang"


@pytest.mark.parametrize(
    ("text", "village", "province"),
    [
        ("Tổng Bí thư thăm thôn Quán Thanh, xã Chi Lăng, huyện Chi Lăng.", "Quán Thanh", "Lạng Sơn"),
        ("Lạng Sơn có nhiều bản đẹp. Du khách đến bản Nà Sài.", "Nà Sài", "Lạng Sơn"),
        ("Đoàn về ấp Mỹ Phú, xã Khánh Tiến, huyện U Minh.", "Mỹ Phú", "Cà Mau"),
        ("Tại xóm Ải, huyện Tân Lạc, tỉnh Hòa Bình.", "Ải", "Hòa Bình"),
        ("Thôn 3 có 20 hộ nghèo ở tỉnh Yên Bái.", "3", "Yên Bái"),
    ],
)
def test_villages(text: str, village: str, province: str) -> None:
    mention = next(m for m in _places(text) if m.place and m.place.level == "village")
    assert mention.place is not None
    assert (mention.place.name, mention.place.code, mention.place.province_name) == (village, None, province)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Quan hệ hữu nghị giữa Việt Nam và Lào.", "country:LA"),
        ("Tổng thống Pháp thăm Hà Nội.", "country:FR"),
        ("Thủ tướng lên đường sang Nga.", "country:RU"),
        ("Quan hệ Việt Nam - Trung Quốc phát triển tốt.", "country:CN"),
        ("Hàng hóa xuất sang Trung Hoa.", "country:CN"),
        ("Chủ tịch nước thăm cấp nhà nước Nhật Bản.", "country:JP"),
        ("Xuất khẩu sang Hoa Kỳ tăng.", "country:US"),
        ("Nông sản xuất sang Mỹ tăng mạnh.", "country:US"),
        ("Đoàn đại biểu Campuchia thăm Tây Ninh.", "country:KH"),
        ("Kinh tế nước ta tăng trưởng khá.", "country:VN"),
        ("Cả nước có 63 tỉnh, thành phố.", "country:VN"),
        ("Hội nghị tổ chức tại Bắc Kinh.", "country:CN"),
        ("Đoàn đến thủ đô Bắc Kinh chiều 11/5.", "country:CN"),
        ("Thủ tướng tới thủ đô Viêng Chăn, bắt đầu chuyến thăm.", "country:LA"),
        ("Lễ đón diễn ra tại thủ đô Hà Nội.", "legacy:province:01"),
    ],
)
def test_countries(text: str, key: str) -> None:
    assert key in [m.key for m in _places(text)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Phát triển bền vững vùng Tây Nguyên.", "region:tay-nguyen"),
        ("Đồng bằng sông Cửu Long chịu hạn mặn.", "region:dbscl"),
        ("Mưa lớn ở miền Bắc.", "region:mien-bac"),
        ("Bảo vệ chủ quyền quần đảo Trường Sa.", "region:truong-sa"),
    ],
)
def test_regions(text: str, key: str) -> None:
    mention = next(m for m in _places(text) if m.key == key)
    assert mention.place is not None
    assert (mention.place.level, mention.place.code) == ("region", None)


def test_seat_of_government_is_in_hanoi() -> None:
    mention = _places("Sáng 23/5, tại trụ sở Chính phủ, Thủ tướng tiếp Đại sứ.")[0]
    assert mention.place is not None
    assert mention.place.province_name == "Hà Nội"


def test_offsets_and_sentences() -> None:
    text = "Mở đầu. Đoàn đến tỉnh Lạng Sơn."
    sentences = (Sentence(0, 0, 7, "Mở đầu."), Sentence(1, 8, len(text), text[8:]))
    doc = Document(Article("t", text), text, sentences)
    (mention,) = find_places(doc)
    assert text[mention.start : mention.end] == mention.text == "tỉnh Lạng Sơn"
    assert (mention.kind, mention.sentence_index) == ("place", 1)


def test_reform_system_after_july_2025() -> None:
    (mention,) = find_places(_doc("Lãnh đạo tỉnh Lạng Sơn làm việc.", published=date(2025, 9, 1)))
    assert mention.key == "2025:province:20"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Chủ tịch nước đến thăm tỉnh Phúc Kiến.", "country:CN"),
        ("Đoàn tới sân bay quốc tế Phúc Châu lúc 12 giờ.", "country:CN"),
        ("Chiều cùng ngày, tại TP Phúc Châu, đoàn dự tọa đàm.", "country:CN"),
        ("Thủ tướng dự hội nghị tại Quảng Tây.", "country:CN"),
        ("Đoàn đến thành phố New York chiều 29/5.", "country:US"),
        ("Thủ tướng dự tọa đàm tại thủ đô Washington.", "country:US"),
        ("Phó Chủ tịch nước làm việc tại tỉnh Fukuoka.", "country:JP"),
        ("Chủ tịch nước gặp Thống đốc Saint Petersburg.", "country:RU"),
        ("Thủ tướng dự diễn đàn doanh nghiệp tại Berlin.", "country:DE"),
        ("Bộ trưởng thăm tỉnh Luang Prabang.", "country:LA"),
        ("Sáng 27/6, tại Cung Độc lập ở thủ đô Minsk, hai Chủ tịch hội đàm.", "country:BY"),
        ("Thủ tướng hội đàm với Thủ tướng nước chủ nhà tại La Hay.", "country:NL"),
    ],
)
def test_foreign_cities_and_provinces_stand_for_their_country(text: str, key: str) -> None:
    assert key in [m.key for m in _places(text)]


def test_a_vietnamese_name_placed_abroad_stands_for_that_country_all_article_long() -> None:
    text = (
        "Sáng 25/5, tại TP Trịnh Châu (tỉnh Hà Nam, Trung Quốc), hội thảo khai mạc. "
        "Tối cùng ngày, đoàn hội kiến Bí thư Tỉnh ủy tỉnh Hà Nam."
    )
    assert [(m.text, m.key) for m in _places(text)] == [
        ("tỉnh Hà Nam", "country:CN"),
        ("Trung Quốc", "country:CN"),
        ("tỉnh Hà Nam", "country:CN"),
    ]
    # a list of places is no placing: Hà Nội stays in Việt Nam
    listed = "Các thành phố như TP.HCM, Hà Nội, Bangkok (Thái Lan) đông dân."
    assert ("Hà Nội", "legacy:province:01") in _found(listed)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Hải Nam phát biểu.",
        "Xã Sơn Đông có 5 thôn.",
        "Anh Trần Vân Nam cho biết.",
        "Em là học sinh Trường THPT Hà Nội - Amsterdam.",
    ],
)
def test_foreign_namesakes_are_left_alone(text: str) -> None:
    assert not any(m.key.startswith("country:") for m in _places(text))
