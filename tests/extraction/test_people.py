"""People, their titles and coreference (sentences written for the tests)."""

from __future__ import annotations

import pytest

from orchestration.extraction.cleaning import clean_text
from orchestration.extraction.model import Article, Document
from orchestration.extraction.people import canonical_name, find_people, person_level, title_info
from orchestration.extraction.sentences import split_sentences


def _people(text: str) -> list[tuple[str, str, str | None]]:
    clean = clean_text(text)
    doc = Document(Article("t", text), clean, split_sentences(clean))
    return [(m.text, m.key, m.title) for m in find_people(doc)]


def _first(text: str) -> tuple[str, str | None]:
    _, key, title = _people(text)[0]
    return key, title


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        ("Tổng Bí thư Lê Minh Hùng thăm tỉnh.", "Lê Minh Hùng", "Tổng Bí thư"),
        ("Thủ tướng Chính phủ Phạm Văn Hải dự lễ.", "Phạm Văn Hải", "Thủ tướng"),
        ("Chủ tịch nước Trần Quang Vinh tiếp xúc cử tri.", "Trần Quang Vinh", "Chủ tịch nước"),
        ("Phó Thủ tướng Chính phủ Hoàng Văn Bảy làm việc.", "Hoàng Văn Bảy", "Phó Thủ tướng"),
        ("Phó Thủ tướng thường trực Đỗ Hòa An kiểm tra.", "Đỗ Hòa An", "Phó Thủ tướng Thường trực Chính phủ"),
        ("Chủ tịch Quốc hội Nguyễn Thị Thu Hà phát biểu.", "Nguyễn Thị Thu Hà", "Chủ tịch Quốc hội"),
        ("Chủ tịch QH Nguyễn Thị Thu Hà phát biểu.", "Nguyễn Thị Thu Hà", "Chủ tịch Quốc hội"),
        ("Bộ trưởng Bộ Công Thương Đinh Văn Tâm cho biết.", "Đinh Văn Tâm", "Bộ trưởng Bộ Công Thương"),
        ("Bộ trưởng Bộ GD-ĐT Vũ Văn Lâm nói.", "Vũ Văn Lâm", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
        (
            "Thứ trưởng Bộ Thông tin và Truyền thông Lê Văn Hùng cho biết.",
            "Lê Văn Hùng",
            "Thứ trưởng Bộ Thông tin và Truyền thông",
        ),
        (
            "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Ngô Văn Thiện dự lễ.",
            "Ngô Văn Thiện",
            "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
        ),
        (
            "Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Văn Dũng thăm hỏi.",
            "Đào Văn Dũng",
            "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
        ),
        (
            "Giám đốc Sở Thông tin và Truyền thông tỉnh Nam Định Lê Văn Hà cho biết.",
            "Lê Văn Hà",
            "Giám đốc Sở Thông tin và Truyền thông tỉnh Nam Định",
        ),
        (
            "Bộ trưởng Bộ NN-PTNT Lê Văn Cường nói.",
            "Lê Văn Cường",
            "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
        ),
        (
            "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Văn Cường nói.",
            "Lê Văn Cường",
            "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
        ),
        (
            "Thứ trưởng Bộ Giao thông vận tải Ngô Văn Đông nói.",
            "Ngô Văn Đông",
            "Thứ trưởng Bộ Giao thông vận tải",
        ),
        (
            "Trưởng ban Tuyên giáo Trung ương Mai Văn Thành nói.",
            "Mai Văn Thành",
            "Trưởng ban Tuyên giáo Trung ương",
        ),
        (
            "Trưởng Ban Tổ chức Trung ương Phan Văn Chính nói.",
            "Phan Văn Chính",
            "Trưởng ban Tổ chức Trung ương",
        ),
        # the standing deputy is his own office, not a plain deputy's
        (
            "Phó Trưởng Ban thường trực Ban Tuyên giáo Trung ương Lê Văn Hòa nói.",
            "Lê Văn Hòa",
            "Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương",
        ),
        (
            "Phó Trưởng ban Dân vận Trung ương Đỗ Văn Hải nói.",
            "Đỗ Văn Hải",
            "Phó Trưởng ban Dân vận Trung ương",
        ),
        (
            "Chủ nhiệm Ủy ban Kiểm tra Trung ương Trần Văn Vượng nói.",
            "Trần Văn Vượng",
            "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
        ),
        (
            "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Nhân dự.",
            "Đỗ Văn Nhân",
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        # "T.Ư" for "Trung ương", "VN" for "Việt Nam", and the body's short name in brackets before the name
        (
            "Chủ tịch Ủy ban T.Ư Mặt trận Tổ quốc Việt Nam (UB T.Ư MTTQ VN) Đỗ Văn Nhân dự.",
            "Đỗ Văn Nhân",
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        # ... or inside the title, which goes on after it to the name
        (
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc (UBTW MTTQ) Việt Nam Đỗ Văn Nhân dự lễ trồng cây.",
            "Đỗ Văn Nhân",
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        (
            "Phó Chủ tịch Ủy ban nhân dân (UBND) tỉnh Lạng Sơn Hồ Văn Thiệu thăm xã.",
            "Hồ Văn Thiệu",
            "Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        ),
        (
            "Chủ tịch Ủy ban T.Ư MTTQVN Đỗ Văn Nhân phát biểu.",
            "Đỗ Văn Nhân",
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        (
            "Bộ trưởng Bộ Tài nguyên và Môi trường (TN&MT) Trần Văn Hà cho biết.",
            "Trần Văn Hà",
            "Bộ trưởng Bộ Tài nguyên và Môi trường",
        ),
        (
            "Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn Quỳnh báo cáo.",
            "Nguyễn Văn Quỳnh",
            "Chủ tịch UBND tỉnh Bắc Ninh",
        ),
        ("Bí thư Tỉnh ủy Hà Giang Triệu Văn Vinh báo cáo.", "Triệu Văn Vinh", "Bí thư Tỉnh ủy Hà Giang"),
        ("Bí thư Thành ủy Hà Nội Đinh Văn Dũng đón đoàn.", "Đinh Văn Dũng", "Bí thư Thành ủy Hà Nội"),
        ("Giám đốc Sở Y tế Lê Văn Bình cho biết.", "Lê Văn Bình", "Giám đốc Sở Y tế"),
        ("Tổng thống Hoa Kỳ Donald Trump phát biểu.", "Donald Trump", "Tổng thống Hoa Kỳ"),
        ("Thủ tướng Nhật Bản Shinzo Abe phát biểu.", "Shinzo Abe", "Thủ tướng Nhật Bản"),
        ("Chủ tịch Trung Quốc Tập Cận Bình phát biểu.", "Tập Cận Bình", "Chủ tịch Trung Quốc"),
        (
            "Phó Thủ tướng thường trực Trương Văn Bình kiểm tra tại Hòa Bình.",
            "Trương Văn Bình",
            "Phó Thủ tướng Thường trực Chính phủ",
        ),
        # a deputy's office in lower case after "Phó" is the same office
        (
            "Phó trưởng ban Thường trực Ban Tổ chức Trung ương Lê Văn Hòa trao quyết định.",
            "Lê Văn Hòa",
            "Phó Trưởng ban Thường trực Ban Tổ chức Trung ương",
        ),
        (
            "Phó trưởng Ban Dân vận Trung ương Đỗ Văn Hải nói.",
            "Đỗ Văn Hải",
            "Phó Trưởng ban Dân vận Trung ương",
        ),
        (
            "Phó chủ nhiệm Ủy ban Kinh tế của Quốc hội Trần Văn Khánh nói.",
            "Trần Văn Khánh",
            "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội",
        ),
        (
            "Phó viện trưởng VKSND tối cao Lê Văn Hữu nói.",
            "Lê Văn Hữu",
            "Phó Viện trưởng Viện Kiểm sát nhân dân tối cao",
        ),
    ],
)
def test_title_then_name(text: str, key: str, title: str) -> None:
    assert _first(text) == (key, title)


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        # a chain: the highest office names the person, memberships only when there is no office
        (
            "Ông Ngô Văn Thiện, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch, cho biết.",
            "Ngô Văn Thiện",
            "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch",
        ),
        (
            "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo Trung ương Võ Văn Tư dự.",
            "Võ Văn Tư",
            "Trưởng ban Tuyên giáo Trung ương",
        ),
        (
            (
                "Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Trưởng ban "
                "Chỉ đạo Tây Nam bộ Vương Văn Huy chủ trì."
            ),
            "Vương Văn Huy",
            "Phó Thủ tướng",
        ),
        (
            "Đoàn do Ủy viên Bộ Chính trị Nguyễn Văn Nhân làm Trưởng đoàn.",
            "Nguyễn Văn Nhân",
            "Ủy viên Bộ Chính trị",
        ),
        ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Đỗ Văn Chí cùng đi.", "Đỗ Văn Chí", "Chủ nhiệm Ủy ban Dân tộc"),
        # titles in apposition after an honorific
        (
            "Ông Vương Văn Huy, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ dẫn đầu đoàn.",
            "Vương Văn Huy",
            "Phó Thủ tướng",
        ),
        (
            "đồng chí Phạm Văn Chính - Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương về dự lễ.",
            "Phạm Văn Chính",
            "Trưởng ban Tổ chức Trung ương",
        ),
        (
            (
                "Đồng chí Nguyễn Văn Nhân , Ủy viên Bộ Chính trị, Bí thư "
                "Thành ủy TP Hồ Chí Minh làm Trưởng đoàn."
            ),
            "Nguyễn Văn Nhân",
            "Ủy viên Bộ Chính trị",
        ),
        (
            "Ông Võ Văn Thống, Chủ tịch UBND TP Cần Thơ, kiến nghị.",
            "Võ Văn Thống",
            "Chủ tịch UBND TP Cần Thơ",
        ),
        # "Ban Chấp hành" spelled out: the chain goes on past its lower-case "hành"
        (
            "Ông Lê Văn Hòa - Ủy viên Ban Chấp hành Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tổ chức "
            "Trung ương đã trao quyết định.",
            "Lê Văn Hòa",
            "Phó Trưởng ban Thường trực Ban Tổ chức Trung ương",
        ),
        (
            "Bà Nguyễn Thị Nghĩa - Phó Bí thư Thường trực Thành ủy báo cáo.",
            "Nguyễn Thị Nghĩa",
            "Phó Bí thư Thường trực Thành ủy",
        ),
        # a foreign guest introduced by the title of his organisation and its acronym
        (
            "Thủ tướng tiếp Tổng Giám đốc Quỹ Phát triển Quốc tế (gọi tắt là OFID), ông Omar Al-Said.",
            "Omar Al-Said",
            "Tổng Giám đốc OFID",
        ),
        ("Ông Lê Văn Ba không giữ chức vụ nào.", "Lê Văn Ba", None),
    ],
)
def test_chains_and_apposition(text: str, key: str, title: str | None) -> None:
    people = [(k, t) for _, k, t in _people(text)]
    assert (key, title) in people


def test_later_mentions_resolve_to_the_full_name() -> None:
    text = (
        "Sáng 3/4, Tổng Bí thư Lê Minh Hùng thăm tỉnh Nam Định. Tổng Bí thư nhấn mạnh vai trò của tỉnh. "
        "Ông Hùng cũng thăm một hợp tác xã. Lê Minh Hùng chụp ảnh với bà con."
    )
    keys = {(text_, key) for text_, key, _ in _people(text)}
    assert ("Tổng Bí thư", "Lê Minh Hùng") in keys
    assert ("Hùng", "Lê Minh Hùng") in keys
    assert sum(1 for _, key in keys if key == "Lê Minh Hùng") >= 3


def test_title_alone_picks_the_latest_holder() -> None:
    text = (
        "Bộ trưởng Bộ Y tế Lê Văn An và Bộ trưởng Bộ Tài chính Hồ Văn "
        "Bắc dự họp. Bộ trưởng Bộ Tài chính cho biết."
    )
    alone = [key for text_, key, _ in _people(text) if text_ == "Bộ trưởng"]
    assert alone == ["Hồ Văn Bắc"]


def test_given_name_after_title() -> None:
    people = _people("Thủ tướng Phạm Văn Hải dự lễ. Thủ tướng Hải nói tỉnh cần cố gắng.")
    assert ("Hải", "Phạm Văn Hải", "Thủ tướng") in people


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn công tác làm việc tại Thành phố Hồ Chí Minh.",
        "Bà con nông dân phấn khởi.",
        "Bà Rịa - Vũng Tàu tăng trưởng khá.",
        "Ông bà ta có câu.",
        "Thủ tướng yêu cầu các bộ khẩn trương.",
        "Bí thư Hà Nội viết chữ.",
        "Bộ trưởng cho biết như vậy.",
    ],
)
def test_no_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Trương Hoà Bình", "Trương Hòa Bình"),
        ("Nguyễn Thuỷ", "Nguyễn Thủy"),
        ("Lê Quý Đôn", "Lê Quý Đôn"),
        ("Hoàng Trung Hải", "Hoàng Trung Hải"),
        ("Phạm  Minh   Chính", "Phạm Minh Chính"),
        ("Đoàn Khoẻ", "Đoàn Khỏe"),
    ],
)
def test_canonical_name(name: str, key: str) -> None:
    assert canonical_name(name) == key


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Tổng Bí thư", "national"),
        ("Chủ tịch nước", "national"),
        ("Thủ tướng Chính phủ", "national"),
        ("Phó Chủ tịch Quốc hội", "national"),
        ("Bộ trưởng Bộ Y tế", "national"),
        ("Thứ trưởng Bộ Công an", "national"),
        ("Ủy viên Bộ Chính trị", "national"),
        # a National Assembly committee named, its title cut at a dash
        ("Chủ nhiệm Ủy ban Văn hóa", "national"),
        ("Phó Chủ nhiệm Ủy ban Kinh tế", "national"),
        ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "other"),
        ("Chủ tịch UBND tỉnh Lạng Sơn", "local"),
        ("Bí thư Tỉnh ủy Cà Mau", "local"),
        ("Phó Chủ tịch HĐND tỉnh", "local"),
        ("Giám đốc Sở Tài chính", "local"),
        ("Phó bí thư Tỉnh ủy Cà Mau", "local"),
        ("Phó giám đốc Sở Tài chính", "local"),
        # a deputy of the supreme procuracy, no longer read as its head
        ("Phó Viện trưởng Viện KSND tối cao", "national"),
        ("Tổng thống Pháp", "foreign"),
        ("Thủ tướng Lào", "foreign"),
        ("Giám đốc công ty", "other"),
    ],
)
def test_title_level(title: str, level: str) -> None:
    assert title_info(title).level == level


def test_rank_orders_offices() -> None:
    assert title_info("Tổng Bí thư").rank < title_info("Thủ tướng").rank < title_info("Phó Thủ tướng").rank
    assert title_info("Bộ trưởng Bộ Y tế").rank < title_info("Thứ trưởng Bộ Y tế").rank


@pytest.mark.parametrize(
    ("name", "titles", "level"),
    [
        ("Nguyễn Văn Nhân", ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy TP Hồ Chí Minh"], "national"),
        ("Lê Văn Nam", ["Trưởng ban Pháp"], "other"),  # a cut-off "Pháp chế", not France
        ("Omar Al-Said", ["Tổng Giám đốc OFID"], "foreign"),
        ("Lê Văn Ba", [], "other"),
        ("Hồ Văn Bắc", ["Chủ tịch UBND tỉnh"], "local"),
    ],
)
def test_person_level(name: str, titles: list[str], level: str) -> None:
    assert person_level(name, titles) == level


@pytest.mark.parametrize(
    ("title", "canonical", "level"),
    [
        # the own country said next to a foreign guest's title changes nothing
        ("Chủ tịch Quốc hội Việt Nam", "Chủ tịch Quốc hội", "national"),
        ("Chủ tịch nước CHXHCN Việt Nam", "Chủ tịch nước", "national"),
        ("Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Thủ tướng", "national"),
        ("Thống đốc Ngân hàng Nhà nước Việt Nam", "Thống đốc Ngân hàng Nhà nước Việt Nam", "national"),
        # names that hold "Việt Nam" keep it
        (
            "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
            "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "national",
        ),
        ("Đại sứ Italy tại Việt Nam", "Đại sứ Italy tại Việt Nam", "foreign"),
        ("Chủ tịch Quốc hội Lào", "Chủ tịch Quốc hội Lào", "foreign"),
    ],
)
def test_own_country_in_title(title: str, canonical: str, level: str) -> None:
    info = title_info(title)
    assert (info.canonical, info.level) == (canonical, level)


def test_company_abbreviation_is_no_name() -> None:
    keys = {key for _, key, _ in _people("Ông Lê Văn Ba, Giám đốc Cty TNHH Hải Long, cho biết như vậy.")}
    assert keys == {"Lê Văn Ba"}


def test_brand_before_a_vietnamese_name() -> None:
    assert [key for _, key, _ in _people("Giám đốc Startour Trương Quốc Hùng cho biết như vậy.")] == [
        "Trương Quốc Hùng"
    ]


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        ("Tổng thống Ram Kovind phát biểu.", "Ram Kovind", "Tổng thống"),
        ("Thủ tướng Lee Hsien Loong phát biểu.", "Lee Hsien Loong", "Thủ tướng"),
        ("Tổng thống Ấn Độ Ram Kovind phát biểu.", "Ram Kovind", "Tổng thống Ấn Độ"),
        ("Thủ tướng Nhật Bản Ken Sato phát biểu.", "Ken Sato", "Thủ tướng Nhật Bản"),
    ],
)
def test_foreign_name_opening_like_a_vietnamese_syllable(text: str, key: str, title: str) -> None:
    assert _first(text) == (key, title)


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        (
            "Bà Lê Thị Hoa tiếp ông Rahim Uddin, Chủ tịch Đảng Cộng sản Bangladesh.",
            "Rahim Uddin",
            "Chủ tịch Đảng Cộng sản Bangladesh",
        ),
        (
            "Ông Nguyễn Văn Bảy tiếp ông Peter Smith, Tổng Bí thư Đảng Cộng sản Australia.",
            "Peter Smith",
            "Tổng Bí thư Đảng Cộng sản Australia",
        ),
    ],
)
def test_communist_party_titles_are_whole(text: str, key: str, title: str) -> None:
    assert (key, title) in [(k, t) for _, k, t in _people(text)]


@pytest.mark.parametrize(
    ("name", "titles", "level"),
    [
        # Sino-Vietnamese names of Chinese and Lao officials: the country in the title decides
        ("Trương Hữu Hiệp", ["Phó Chủ tịch Quân ủy Trung ương Trung Quốc"], "foreign"),
        ("Vương Văn Đào", ["Bộ trưởng Thương mại Trung Quốc"], "foreign"),
        ("Lý Minh Khải", ["Bộ trưởng Ngoại giao Hàn Quốc"], "foreign"),
        # a host's title that ran on to the guest's name does not make him Vietnamese
        (
            "Trương Hữu Hiệp",
            ["Bộ trưởng Bộ Quốc phòng", "Phó Chủ tịch Quân ủy Trung ương Trung Quốc"],
            "foreign",
        ),
        # a Vietnamese official posted abroad or chairing a friendship body stays Vietnamese
        ("Lê Văn Nam", ["Đại sứ Việt Nam tại Trung Quốc"], "other"),
        ("Lê Văn Nam", ["Chủ tịch Hội hữu nghị Việt Nam - Lào"], "other"),
        ("Lê Văn Nam", ["Trưởng ban Đức"], "other"),
    ],
)
def test_foreign_offices_of_sino_vietnamese_names(name: str, titles: list[str], level: str) -> None:
    assert person_level(name, titles) == level


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        ("Bộ trưởng Thương mại Mỹ John Miller phát biểu.", "John Miller", "Bộ trưởng Bộ Thương mại Mỹ"),
        ("Phát biểu tại đại hội, Tổng bí thư Lê Minh Hùng nói.", "Lê Minh Hùng", "Tổng Bí thư"),
    ],
)
def test_lowercase_words_of_titles(text: str, key: str, title: str) -> None:
    assert [(found_key, found_title) for _, found_key, found_title in _people(text)] == [(key, title)]


def test_title_alone_before_another_title_is_no_repeat() -> None:
    text = "Tổng Bí thư Lê Minh Hùng tiếp khách. Ông cảm ơn Tổng Bí thư, Chủ tịch TQ Vương Lâm đã nhận lời."
    assert [found_key for _, found_key, _ in _people(text)].count("Lê Minh Hùng") == 1


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        # a country closing the chain makes the Party office before it foreign too
        ("Tổng Bí thư, Chủ tịch Trung Quốc Lý Minh Cường phát biểu.", "Lý Minh Cường", "Chủ tịch Trung Quốc"),
        ("Tổng bí thư - Chủ tịch Trung Quốc Lý Minh Cường đón đoàn.", "Lý Minh Cường", "Chủ tịch Trung Quốc"),
        # short forms of a foreign office are written out
        (
            "Thượng tướng Phạm Trường Minh - Phó Chủ tịch Quân ủy TƯ TQ đến Hà Nội.",
            "Phạm Trường Minh",
            "Phó Chủ tịch Quân ủy Trung ương Trung Quốc",
        ),
        (
            "Bộ trưởng Bộ Cựu chiến binh Mỹ Robert Wilson phát biểu.",
            "Robert Wilson",
            "Bộ trưởng Bộ Cựu chiến binh Mỹ",
        ),
        ("Tổng thống Tanzania John Mwamba thăm Hà Nội.", "John Mwamba", "Tổng thống Tanzania"),
    ],
)
def test_foreign_chains_and_countries(text: str, key: str, title: str) -> None:
    assert _first(text) == (key, title)


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        ("Thủ tướng Campuchia Samdech Hun Sen thăm Bình Phước.", "Hun Sen", "Thủ tướng Campuchia"),
        (
            "Thủ tướng Hoàng Gia Campuchia Samdech Techo Hun Sen phát biểu.",
            "Hun Sen",
            "Thủ tướng Campuchia",
        ),
        ("Thủ tướng Malaysia Datuk Najib Razak phát biểu.", "Najib Razak", "Thủ tướng Malaysia"),
    ],
)
def test_foreign_honorifics_are_neither_title_nor_name(text: str, key: str, title: str) -> None:
    """Cambodia's "Samdech (Techo)" and Malaysia's "Datuk" stand between a leader's title and name."""
    assert _first(text) == (key, title)


@pytest.mark.parametrize(
    ("title", "canonical"),
    [
        ("Phó Chủ tịch Quân ủy TƯ TQ", "Phó Chủ tịch Quân ủy Trung ương Trung Quốc"),
        ("Phó Chủ tịch Quân ủy trung ương TQ", "Phó Chủ tịch Quân ủy Trung ương Trung Quốc"),
        ("Chủ tịch Quốc hội Cuba", "Chủ tịch Quốc hội Cuba"),
        ("Chủ tịch QH Campuchia", "Chủ tịch Quốc hội Campuchia"),
    ],
)
def test_foreign_titles_written_out(title: str, canonical: str) -> None:
    info = title_info(title)
    assert (info.canonical, info.level) == (canonical, "foreign")


@pytest.mark.parametrize(
    ("title", "canonical"),
    [
        # the state's form between the office and the country is dropped
        ("Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào", "Thủ tướng Lào"),
        ("Thủ tướng Chính phủ Hoàng gia Campuchia", "Thủ tướng Campuchia"),
        ("Chủ tịch Quốc hội nước CHDCND Lào", "Chủ tịch Quốc hội Lào"),
        ("Chủ tịch Quốc hội Cộng hòa Cuba", "Chủ tịch Quốc hội Cuba"),
        ("Thượng nghị sĩ Hợp chủng quốc Hoa Kỳ", "Thượng nghị sĩ Hoa Kỳ"),
        ("Bộ trưởng Ngoại giao Cộng hòa Liên bang Đức", "Bộ trưởng Bộ Ngoại giao Đức"),
        # ... but not a country's own name, an office's own "nước", a party's name, or what follows
        ("Tổng thống Cộng hòa Séc", "Tổng thống Cộng hòa Séc"),
        ("Chủ tịch nước CHDCND Lào", "Chủ tịch nước Lào"),
        ("Chủ tịch Đảng Nhân dân Campuchia", "Chủ tịch Đảng Nhân dân Campuchia"),
        ("Đại sứ Phần Lan tại Việt Nam", "Đại sứ Phần Lan tại Việt Nam"),
        # a minister's ministry is a "Bộ" as at home; a misspelt country is spelt right
        ("Bộ trưởng Quốc phòng Trung Quốc", "Bộ trưởng Bộ Quốc phòng Trung Quốc"),
        ("Thứ trưởng Ngoại giao Nhật Bản", "Thứ trưởng Bộ Ngoại giao Nhật Bản"),
        ("Tổng thống Tazania", "Tổng thống Tanzania"),
    ],
)
def test_foreign_offices_in_their_shortest_full_form(title: str, canonical: str) -> None:
    info = title_info(title)
    assert (info.canonical, info.level) == (canonical, "foreign")


def test_chain_with_a_foreign_party_seat_keeps_the_office() -> None:
    text = "Ủy viên Bộ Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội Esteban Ruiz thăm Hà Nội."
    assert _first(text) == ("Esteban Ruiz", "Chủ tịch Quốc hội")


def test_a_headline_run_into_a_name_is_trimmed() -> None:
    text = (
        "Thủ tướng tiếp Thượng tướng Phạm Trường Minh Cảnh giác trước âm mưu chia rẽ. "
        "Chiều 18/6, Thủ tướng đã tiếp Thượng tướng Phạm Trường Minh."
    )
    assert {key for key, _, _ in _people(text)} == {"Phạm Trường Minh"}


@pytest.mark.parametrize(
    ("name", "titles", "level"),
    [
        ("Phạm Trường Minh", ["Thượng tướng", "Phó Chủ tịch Quân ủy TƯ TQ"], "foreign"),
        ("Lý Minh Cường", ["Tổng Bí thư", "Chủ tịch Trung Quốc"], "foreign"),
    ],
)
def test_short_country_names_make_a_guest(name: str, titles: list[str], level: str) -> None:
    assert person_level(name, titles) == level


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        ("Tổng thống Burkina Faso Blaise Kando hội đàm.", "Blaise Kando", "Tổng thống Burkina Faso"),
        ("Thủ tướng New Zealand Jacinda Moore thăm Hà Nội.", "Jacinda Moore", "Thủ tướng New Zealand"),
        ("Thủ tướng Sri Lanka Ranil Perera dự lễ.", "Ranil Perera", "Thủ tướng Sri Lanka"),
        ("Tổng thống Bờ Biển Ngà Alassane Koné đến Hà Nội.", "Alassane Koné", "Tổng thống Bờ Biển Ngà"),
    ],
)
def test_two_word_countries_before_a_name_stay_in_the_title(text: str, key: str, title: str) -> None:
    assert _first(text) == (key, title)


@pytest.mark.parametrize(
    ("title", "canonical"),
    [
        ("Phó Thủ tướng Thường trực Chính phủ", "Phó Thủ tướng Thường trực Chính phủ"),
        ("Phó Thủ tướng thường trực", "Phó Thủ tướng Thường trực Chính phủ"),
        ("Phó Chủ tịch thường trực Quốc hội", "Phó Chủ tịch Thường trực Quốc hội"),
    ],
)
def test_standing_deputies_are_named_in_full(title: str, canonical: str) -> None:
    assert (title_info(title).canonical, title_info(title).level) == (canonical, "national")


@pytest.mark.parametrize(
    ("name", "titles", "level"),
    [
        ("Vinacomin", ["Chủ tịch HĐQT"], "other"),
        ("Petrolimex", ["Tổng Giám đốc"], "other"),
        ("Trump", ["Tổng thống"], "foreign"),
        ("Suleiman Jasir", ["Tổng Giám đốc OFID"], "foreign"),
    ],
)
def test_one_latin_word_after_a_board_is_a_company(name: str, titles: list[str], level: str) -> None:
    assert person_level(name, titles) == level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second word of a highland district is no foreign name
        (
            "Ông Lê Ngọc Quý, Phó chủ tịch UBND huyện Ia Grai cho biết, huyện đã hỗ trợ các gia đình.",
            [("Lê Ngọc Quý", "Lê Ngọc Quý", "Phó Chủ tịch UBND huyện Ia Grai")],
        ),
        # "ngài" introduces a foreign dignitary as "ông" does a Vietnamese
        (
            "Đoàn do ngài Peter Novak, Phó Thủ tướng Slovakia làm Trưởng đoàn.",
            [("Peter Novak", "Peter Novak", "Phó Thủ tướng Slovakia")],
        ),
        # a foreign name whose first word could be Vietnamese ("Heng") is whole by its second ("Samrin")
        (
            "Lễ kỷ niệm có sự tham dự của Ngài Heng Samrin - Chủ tịch Quốc hội Vương quốc Campuchia.",
            [("Heng Samrin", "Heng Samrin", "Chủ tịch Quốc hội Campuchia")],
        ),
        # a body's short name, bracketed elsewhere, is not the start of its head's name
        (
            "Tổ chức Cảnh sát Hình sự Quốc tế (Interpol) cử đoàn do Tổng Thư ký Interpol Jurgen Stock "
            "dẫn đầu.",
            [("Jurgen Stock", "Jurgen Stock", "Tổng Thư ký Interpol")],
        ),
        # an office word closes a name before a comma
        (
            "Đoàn do đồng chí Trần Văn Huyện, Tổng cục trưởng Tổng cục Thủy lợi làm trưởng đoàn.",
            [("Trần Văn Huyện", "Trần Văn Huyện", "Tổng cục trưởng Tổng cục Thủy lợi")],
        ),
    ],
)
def test_names_against_places_honorifics_and_office_words(text: str, expected: list) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("title", "level", "canonical"),
    [
        ("Phó chủ tịch nước", "national", "Phó Chủ tịch nước"),
        (
            "Tổng cục trưởng Tổng cục Đường bộ Việt Nam",
            "national",
            "Tổng cục trưởng Tổng cục Đường bộ Việt Nam",
        ),
        ("Phó Tổng cục trưởng Tổng cục Hải quan", "national", "Phó Tổng cục trưởng Tổng cục Hải quan"),
        ("Chủ tịch Quốc hội Việt Nam", "national", "Chủ tịch Quốc hội"),
        # a Party board and "Trung Ương" as some outlets write them
        ("Phó Trưởng Ban dân vận Trung Ương Đảng", "national", "Phó Trưởng ban Dân vận Trung ương"),
    ],
)
def test_directorates_and_small_letter_deputies(title: str, level: str, canonical: str) -> None:
    info = title_info(title)
    assert (info.level, info.canonical) == (level, canonical)


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        # "Cộng hòa" is part of the country the office belongs to, not the end of the title; the
        # title keeps the country's short name, which for Czechia holds "Cộng hòa"
        (
            "Chủ tịch Thượng viện Cộng hòa Haiti Pierre Dumas rời Hà Nội.",
            "Pierre Dumas",
            "Chủ tịch Thượng viện Haiti",
        ),
        ("Tổng thống Cộng hòa Czech Karel Novak thăm Hà Nội.", "Karel Novak", "Tổng thống Cộng hòa Czech"),
        # ministries written in small letters by the crawl
        ("Bà Lê Thị Hạnh, Thứ trưởng Bộ xây dựng làm trưởng đoàn.", "Lê Thị Hạnh", "Thứ trưởng Bộ Xây dựng"),
    ],
)
def test_foreign_republics_and_small_letter_ministries(text: str, key: str, title: str) -> None:
    assert _first(text) == (key, title)


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        (
            "Đoàn công tác của Bộ Y tế do Thứ trưởng Lê Văn Tâm dẫn đầu làm việc tại tỉnh Nghệ An.",
            "Lê Văn Tâm",
            "Thứ trưởng Bộ Y tế",
        ),
        # "Bộ Văn hóa" is the ministry of culture, sports and tourism, not its pre-2007 predecessor
        (
            "Đoàn công tác của Bộ Văn hóa do Thứ trưởng Trần Thị Hoa làm Trưởng đoàn.",
            "Trần Thị Hoa",
            "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch",
        ),
        (
            "Đoàn kiểm tra của Bộ Công thương do Thứ trưởng Đỗ Văn Hải dẫn đầu.",
            "Đỗ Văn Hải",
            "Thứ trưởng Bộ Công Thương",
        ),
        # the delegation's body is the guest's, with its country
        (
            "Đoàn đại biểu Hạ viện Mỹ do Chủ tịch Hạ viện Dennis Walker dẫn đầu đã thăm Việt Nam.",
            "Dennis Walker",
            "Chủ tịch Hạ viện Mỹ",
        ),
        (
            "Phó Thủ tướng tiếp Đoàn cán bộ cao cấp của Bộ Bưu chính và Viễn thông Lào do Bộ trưởng "
            "Somchai Vongsa dẫn đầu.",
            "Somchai Vongsa",
            "Bộ trưởng Bộ Bưu chính và Viễn thông Lào",
        ),
        # a head whose office names its own body keeps it
        (
            "Đoàn đại biểu cấp cao Việt Nam do Chủ tịch nước Lê Văn Minh dẫn đầu thăm Lào.",
            "Lê Văn Minh",
            "Chủ tịch nước",
        ),
        # a title already naming more than the delegation does is left alone
        (
            "Đoàn công tác của Bộ Nông nghiệp do Tổng cục trưởng Tổng cục Thủy lợi Vũ Văn Hà dẫn đầu.",
            "Vũ Văn Hà",
            "Tổng cục trưởng Tổng cục Thủy lợi",
        ),
    ],
)
def test_a_bare_title_takes_the_body_of_the_delegation_it_leads(text: str, key: str, title: str) -> None:
    people = {found_key: found_title for _, found_key, found_title in _people(text)}
    assert people[key] == title


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        ("Tổng thống Nga V.Petrov tiếp đoàn.", "V.Petrov", "Tổng thống Nga"),
        ("Tổng thống Belarus A. Kovalenko thăm Việt Nam.", "A. Kovalenko", "Tổng thống Belarus"),
        ("Tổng thống Séc M.Dê-ven thăm Việt Nam.", "M.Dê-ven", "Tổng thống Séc"),
        ("Ông George W. Mitchell phát biểu.", "George W. Mitchell", None),
        # the initial of a Vietnamese district ("Q." for quận) makes no name
        ("Chủ tịch UBND Q.Bình Thạnh Nguyễn Văn An kiểm tra.", "Nguyễn Văn An", "Chủ tịch UBND Q.Bình Thạnh"),
    ],
)
def test_initials_of_foreign_names(text: str, key: str, title: str | None) -> None:
    """The press writes a foreign leader's given name as an initial ("V.Putin", "A. Lukashenko"), spaced or
    not, and transliterates the surname syllable by syllable ("M.Dê-man")."""
    assert _first(text) == (key, title)


def test_an_initial_resolves_to_the_full_name_given_earlier() -> None:
    people = _people("Chủ tịch Hạ viện Mỹ Dennis Harlow thăm Việt Nam. Chủ tịch D.Harlow hội đàm với đoàn.")
    assert [(surface, key) for surface, key, _ in people] == [
        ("Dennis Harlow", "Dennis Harlow"),
        ("D.Harlow", "Dennis Harlow"),
    ]


@pytest.mark.parametrize(
    ("text", "key", "title"),
    [
        (
            "Chủ tịch Quốc hội tiếp ông Sok Vanna, Phó Tổng Thư ký Đảng Nhân dân Campuchia.",
            "Sok Vanna",
            "Phó Tổng Thư ký Đảng Nhân dân Campuchia",
        ),
        ("Hạ Nghị sỹ Mỹ John Brandt thăm Huế.", "John Brandt", "Hạ Nghị sỹ Mỹ"),
        ("Tổng thư ký Quốc hội Nguyễn Văn An cho biết.", "Nguyễn Văn An", "Tổng Thư ký Quốc hội"),
    ],
)
def test_secretaries_general_and_congressmen_in_every_spelling(text: str, key: str, title: str) -> None:
    people = _people(text)
    assert (people[-1][1], people[-1][2]) == (key, title)


def test_a_country_completes_no_office_that_is_not_foreign_by_itself() -> None:
    # "Giám đốc Pháp chế" (legal affairs) after "Giám đốc Lê Văn Hùng" makes no French director of him
    text = "Giám đốc Lê Văn Hùng cho biết công ty đã nộp thuế. Giám đốc Pháp chế một ngân hàng kể lại."
    assert [title for _, key, title in _people(text) if key == "Lê Văn Hùng"] == ["Giám đốc"]
