"""Day expressions, the article anchor and year inference (sentences written for the tests)."""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.dates import (
    article_reference,
    find_dates,
    infer_year,
    is_ahead,
    latest_year,
    related_links,
    resolve,
)
from orchestration.extraction.model import Article, Document


def _doc(text: str, published: date | None = None, retrieved: date | None = None) -> Document:
    article = Article(article_id="t", text=text, published_at=published, retrieved_at=retrieved)
    return Document(article=article, text=text, sentences=())


@pytest.mark.parametrize(
    ("text", "day", "month", "year"),
    [
        ("Ngày 12-9, Thủ tướng thăm tỉnh.", 12, 9, None),
        ("Ngày 3/11, đoàn công tác làm việc.", 3, 11, None),
        ("ngày 8.3 vừa qua", 8, 3, None),
        ("Sáng 21/4, Bộ trưởng kiểm tra.", 21, 4, None),
        ("chiều 30/6 tại Hà Nội", 30, 6, None),
        ("Chiều 17.5, đoàn đến.", 17, 5, None),
        ("Tối 2-1 đoàn rời đi", 2, 1, None),
        ("Trong 2 ngày 10-11/3, Tổng Bí thư thăm tỉnh.", 10, 3, None),
        ("Trong hai ngày 27 - 28/8 đoàn làm việc", 27, 8, None),
        ("ngày 4 - 6/10/2019 diễn ra hội nghị", 4, 10, 2019),
        ("Ngày 9 / 12, đoàn đến", 9, 12, None),
        ("vào ngày 14/2/2020, đoàn về", 14, 2, 2020),
        ("Văn bản ký 19/8/2021 đã nêu", 19, 8, 2021),
        ("ngày 6 tháng 2 năm 2018", 6, 2, 2018),
        ("Chiều nay 16-5, Ủy ban họp", 16, 5, None),
        ("Sáng ngày 2/9 đoàn tới", 2, 9, None),
        ("Ngày 15 – 5, đoàn công tác đến", 15, 5, None),
    ],
)
def test_day_month(text: str, day: int, month: int, year: int | None) -> None:
    first = find_dates(text)[0]
    assert (first.day, first.month, first.year) == (day, month, year)


@pytest.mark.parametrize(
    "text",
    [
        "xếp thứ 15/63 tỉnh, thành",
        "tăng 6,5% so với cùng kỳ",
        "thương binh 1/4",
        "quyết định số 68 của Bộ Chính trị",
        "Ngày 45/13 không tồn tại",
        "đạt 1.000 tỷ đồng",
        "tăng từ 15/63 lên 10/63",  # ranks, not a range of days
        # a day kept every year dates no event
        "Ngày 2-2 hằng năm là ngày Đất ngập nước thế giới",
        "ngày 27 tháng 7 hàng năm",
    ],
)
def test_not_a_date(text: str) -> None:
    assert [m for m in find_dates(text) if m.day is not None] == []


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("hôm qua, Thủ tướng thăm", 1),
        ("Hôm nay, đoàn đến", 0),
        ("sáng nay tại tỉnh", 0),
        ("tối qua đoàn về", 1),
        ("Chiều nay, Bộ trưởng làm việc", 0),
        ("hôm kia ông đến", 2),
    ],
)
def test_relative_days(text: str, back: int) -> None:
    assert find_dates(text)[0].days_back == back


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Sáng thứ Hai, đoàn đến", 0),
        ("chiều thứ Năm tại tỉnh", 3),
        ("ngày Chủ nhật, ông thăm", 6),
        ("thứ Bảy vừa qua", 5),
    ],
)
def test_weekdays(text: str, weekday: int) -> None:
    assert find_dates(text)[0].weekday == weekday


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Ngày 12-9", date(2019, 9, 20), date(2019, 9, 12)),
        ("Ngày 12-9", date(2019, 9, 12), date(2019, 9, 12)),
        ("Ngày 28/12", date(2020, 1, 3), date(2019, 12, 28)),
        ("Ngày 7.2", date(2018, 5, 10), date(2018, 2, 7)),
        ("Ngày 4/6/2016", date(2018, 5, 10), date(2016, 6, 4)),
        ("hôm qua", date(2019, 3, 1), date(2019, 2, 28)),
        ("sáng nay", date(2019, 3, 1), date(2019, 3, 1)),
        ("thứ Hai", date(2024, 5, 9), date(2024, 5, 6)),
        ("Chủ nhật", date(2024, 5, 12), date(2024, 5, 12)),
    ],
)
def test_resolve_against_anchor(text: str, anchor: date, expected: date) -> None:
    assert resolve(find_dates(text)[0], anchor, "published") == (expected, "day")


def test_resolve_with_inferred_year_keeps_that_year() -> None:
    assert resolve(find_dates("Ngày 3/11")[0], date(2015, 12, 31), "year_inferred") == (
        date(2015, 11, 3),
        "year_inferred",
    )


def test_resolve_without_anchor() -> None:
    assert resolve(find_dates("Ngày 3/11")[0], None, "unknown") == (None, "unknown")
    assert resolve(find_dates("hôm qua")[0], date(2015, 12, 31), "year_inferred") == (None, "unknown")


def test_reference_prefers_publication() -> None:
    assert article_reference(_doc("x", date(2020, 1, 2), date(2021, 1, 1))) == (date(2020, 1, 2), "published")
    assert article_reference(_doc("x", None, date(2021, 1, 1))) == (date(2021, 1, 1), "retrieved")
    assert article_reference(_doc("Ông A nói.")) == (None, "unknown")


def test_an_undated_report_that_names_today_is_anchored_on_it() -> None:
    links = "\n\nBão vào bờ (23/11/2004)\n\nBão mạnh lên (24/11/2004)"
    assert article_reference(_doc("Sáng nay (25/11), tỉnh sơ tán dân." + links)) == (
        date(2004, 11, 25),
        "stated",
    )
    assert article_reference(_doc("Sáng nay, tỉnh sơ tán dân." + links)) == (
        date(2004, 12, 31),
        "year_inferred",
    )
    # a day the inferred year does not have is no anchor
    assert article_reference(_doc("Hôm nay (30/2), tỉnh họp." + links)) == (
        date(2004, 12, 31),
        "year_inferred",
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # term, national congress resolution and last year's figures: the year after the figures
        (
            "Tổng Bí thư Nguyễn Phú Trọng làm việc với tỉnh về Nghị quyết Đại hội XIII, nhiệm kỳ 2020-2025. "
            "Năm 2021, tăng trưởng đạt 6%.",
            2022,
        ),
        # preparing the coming congress during the XI term: the congress eve
        (
            "Tổng Bí thư Nguyễn Phú Trọng thăm tỉnh, kiểm tra việc chuẩn bị Đại hội Đảng các cấp; "
            "tỉnh đã làm tốt Nghị quyết Trung ương 4 (Khóa XI).",
            2015,
        ),
        ("Thủ tướng Nguyễn Xuân Phúc thăm tỉnh. Năm 2017, thu ngân sách tăng.", 2018),
        ("Chủ tịch nước Trần Đại Quang dự lễ.", 2018),
        ("Chủ tịch nước Võ Văn Thưởng dự lễ khai bút.", 2024),
        # offices alone: the latest year all of them share; a sitting leader's term has no end yet
        ("Tổng Bí thư Nông Đức Mạnh tiếp Thủ tướng Phan Văn Khải.", 2006),
        ("Chủ tịch nước Trần Đức Lương thăm Hải Dương.", 2006),
        ("Chủ tịch Quốc hội Nguyễn Văn An và Tổng Bí thư Lê Khả Phiêu dự lễ.", 2001),
        ("Thủ tướng Phạm Minh Chính chủ trì hội nghị.", 2021),
        # a stated year still makes the earliest year win
        ("Tổng Bí thư Nông Đức Mạnh nêu kết quả năm 2003.", 2004),
        (
            (
                "Kỳ họp thứ ba, Quốc hội khóa XIV. Thủ tướng Nguyễn Xuân "
                "Phúc phát biểu. Năm 2016 tăng trưởng 6%."
            ),
            2017,
        ),
        ("Phó Thủ tướng Trịnh Đình Dũng kiểm tra, nhiệm kỳ 2016-2021.", 2016),
        ("Ông A nói chuyện về mùa màng.", None),
        ("Năm 1966, ông đào hầm.", None),
        # a closing list of dated related articles gives the year, whatever the leaders named
        (
            "Chủ tịch nước Trần Đức Lương thăm Hải Dương.\n\nGia cầm vào Hà Nội (06/02/2004)\n\n"
            "Tiêm vacxin cho gia cầm (05/02/2004)",
            2004,
        ),
        # one date at a line's end is no such list
        ("Ông A nói chuyện về mùa màng (06/02/2004)", None),
    ],
)
def test_infer_year(text: str, year: int | None) -> None:
    assert infer_year(text) == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a congress opening a term sits in its first year ...
        ("Đại hội Đảng bộ tỉnh Gia Lai lần thứ XVI, nhiệm kỳ 2020-2025 khai mạc.", 2020),
        # ... or at the end of the year before, when the rest of the text says so
        (
            "Thủ tướng Phan Văn Khải dự Đại hội Đảng bộ tỉnh Long An, nhiệm kỳ 2006-2010. "
            "Đại hội Đảng bộ tỉnh Tiền Giang (nhiệm kỳ 2005-2010) cũng khai mạc.",
            2005,
        ),
        # carrying out a congress's resolution is no congress
        ("Tỉnh thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020-2025. Năm 2022 tăng 8%.", 2023),
        # offices written in lower case bound the year too
        ("Tổng bí thư Nông Đức Mạnh tiếp Thủ tướng Phan Văn Khải.", 2006),
    ],
)
def test_congress_terms_and_lowercase_offices(text: str, year: int) -> None:
    assert infer_year(text) == year


def test_future_years_do_not_count() -> None:
    text = (
        "Tổng Bí thư Nguyễn Phú Trọng đến tỉnh; phấn đấu đến năm 2030 trở thành tỉnh khá, nhiệm kỳ 2020-2025."
    )
    assert infer_year(text) == 2020


def test_reference_infers_year_without_dates() -> None:
    doc = _doc("Thủ tướng Nguyễn Xuân Phúc thăm tỉnh. Năm 2017, thu ngân sách tăng.")
    assert article_reference(doc) == (date(2018, 12, 31), "year_inferred")


@pytest.mark.parametrize(
    ("text", "anchor", "how", "expected"),
    [
        # never after the reference: a day weeks ahead is an announcement, not rolled into last year
        ("Ngày 19/5", date(2019, 5, 18), "retrieved", (None, "unknown")),
        ("Ngày 5/6", date(2019, 6, 4), "published", (None, "unknown")),
        ("Ngày 1/6/2019", date(2019, 5, 27), "retrieved", (None, "unknown")),
        # a December day read in early January is last year's
        ("Ngày 30/12", date(2020, 1, 2), "published", (date(2019, 12, 30), "day")),
        # the reference day itself is fine
        ("Ngày 18/5", date(2019, 5, 18), "retrieved", (date(2019, 5, 18), "day")),
        # an inferred year has no day to compare with
        ("Ngày 1/6/2019", date(2019, 12, 31), "year_inferred", (date(2019, 6, 1), "day")),
    ],
)
def test_resolve_never_after_reference(text: str, anchor: date, how: str, expected: tuple) -> None:
    assert resolve(find_dates(text)[0], anchor, how) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("kỷ niệm 127 năm Ngày sinh (19/5/1890 - 19/5/2017), sáng 18/5", [True, True, False]),
        ("kỷ niệm 70 năm (27/7/1947 – 27/7/2017)", [True, True]),
        ("từ 5/6/2017 - 8/6/2017", [False, False]),
        ("ngày 4/6/2016 và ngày 5/6/2017", [False, False]),
    ],
)
def test_anniversary_spans_are_marked(text: str, spans: list[bool]) -> None:
    assert [m.in_span for m in find_dates(text)] == spans


@pytest.mark.parametrize(
    ("text", "day", "is_range"),
    [("từ ngày 3 - 8/7/2017", 3, True), ("Ngày 14-15/6", 14, True), ("Chiều 8/7", 8, False)],
)
def test_ranges_keep_their_first_day(text: str, day: int, is_range: bool) -> None:
    mention = find_dates(text)[0]
    assert (mention.day, mention.is_range) == (day, is_range)


@pytest.mark.parametrize(
    ("text", "year_range"),
    [
        ("Đại biểu Quốc hội khóa X phát biểu tại kỳ họp.", (1997, 2002)),
        ("Đại biểu Quốc hội khóa IX đã chất vấn Bộ trưởng.", (1992, 1997)),
    ],
)
def test_older_national_assemblies_bound_the_year(text, year_range):
    """Every roman-numbered National Assembly term is known; none crashes year inference."""
    year = infer_year(text)
    assert year is not None and year_range[0] <= year <= year_range[1]


@pytest.mark.parametrize(
    ("text", "day", "month"),
    [
        ("Kỳ họp diễn ra từ ngày 7 tới 8/2 tại Hà Nội.", 7, 2),
        ("Hội nghị kéo dài từ ngày 7 đến ngày 9/3.", 7, 3),
        ("Chuyến thăm từ ngày 20 đến 23/11/2017.", 20, 11),
        # "từ" alone opens a range: "trong thời gian 3 ngày (từ 29 - 31/5)"
        ("Trong thời gian 3 ngày (từ 29 - 31/5) tại Hoa Kỳ, đoàn có 45 hoạt động.", 29, 5),
        ("Đoàn làm việc tại tỉnh từ 14-15/6/2019.", 14, 6),
    ],
)
def test_ranges_told_with_words(text: str, day: int, month: int) -> None:
    (found,) = find_dates(text)
    assert (found.day, found.month, found.is_range) == (day, month, True)


@pytest.mark.parametrize(
    ("text", "day", "month"),
    [
        ("Hôm nay (7-2), đoàn tới thăm tỉnh.", 7, 2),
        ("Sáng qua (6/2), Bộ trưởng dự lễ.", 6, 2),
    ],
)
def test_day_in_brackets_after_a_relative_word(text: str, day: int, month: int) -> None:
    (found,) = find_dates(text)
    assert (found.day, found.month, found.days_back) == (day, month, None)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("kết thúc chuyến thăm Liên bang Nga từ ngày 28.6 - 1.7.", (28, 6)),
        ("thăm chính thức Lào từ ngày 30/11 đến 2/12/2018", (30, 11)),
        ("Tối qua 1.7, đoàn rời thủ đô, kết thúc chuyến thăm từ ngày 27.6 - 1.7", (27, 6)),
        ("chuyến công tác từ ngày 31-5 tới ngày 3-6", (31, 5)),
    ],
)
def test_ranges_over_a_months_end_keep_their_first_day(text: str, first: tuple[int, int]) -> None:
    ranges = [(m.day, m.month) for m in find_dates(text) if m.is_range]
    assert ranges == [first]


def test_two_separate_days_are_no_range() -> None:
    assert not any(m.is_range for m in find_dates("Ngày 5/6, đoàn đến; ngày 8/6, đoàn về."))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Khách sạn phục vụ Festival Huế 2004, sau khi nâng cấp năm 2003.", 2004),
        ("Năm 2016, tỉnh tăng trưởng 7%.", 2017),  # a year's results are reported in the next
        ("Anh Nguyễn Văn A (SN 1992) và vợ (sinh năm 1995) mất nhà trong lũ.", None),
        # a year alone in brackets after a name is a birth year too; after other words it is a date
        ("Bà con làm ma cho nạn nhân Lò Văn Tâm (1991) bị lũ cuốn.", None),
        ("Lễ kỷ niệm ngày ký Hiệp định Paris (1973) diễn ra trọng thể.", 1973),
        ("Tỉnh phấn đấu đến năm 2030 trở thành tỉnh khá.", None),
        # a plan's year, with "năm" or without
        ("Theo báo cáo, đầu năm 2006 có 7.598 hộ phải di dời từ nay đến 2010.", 2006),
        ("Năm 2005: Sẽ cho vay 1.000 tỷ đồng. Năm 2004 cả nước tạo việc làm cho 1,5 triệu người.", 2005),
        ("Ông A nói chuyện về mùa màng.", None),
        # a day written in full dates what happened on it; a deadline's day is ahead
        ("Trong hai ngày 1 và 2-3-2005, cả nước chỉ còn hai ổ dịch.", 2005),
        ("Công trình khởi công từ ngày 16/10/2001.", 2001),
        ("Tỉnh phải nộp báo cáo trước ngày 15/7/2017.", None),
        ("Tính đến ngày 31/7/2016, các ngân hàng đã ký 651 hợp đồng.", 2016),
    ],
)
def test_latest_year_reported_as_past(text: str, year: int | None) -> None:
    assert latest_year(text) == year


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("sẽ thăm chính thức Việt Nam từ ngày 11-18/6", True),
        ("từ ngày 5 -8/7/2019", True),
        ("Sáng 9/6, đoàn đến", False),
        ("ngày 11/6/2018", False),
        ("hôm qua", False),
    ],
)
def test_days_after_the_reference_are_ahead(text: str, ahead: bool) -> None:
    assert is_ahead(find_dates(text)[0], date(2019, 6, 10)) is ahead


def test_related_links_span_their_whole_lines() -> None:
    text = "Tỉnh có 5 xã.\n\nGia cầm vào Hà Nội. Ai lo? (06/02/2004)\n\nTiêm vacxin (05/02/2003)"
    links = related_links(text)
    assert [(text[link.start : link.end], link.year) for link in links] == [
        ("Gia cầm vào Hà Nội. Ai lo? (06/02/2004)", 2004),
        ("Tiêm vacxin (05/02/2003)", 2003),
    ]
    assert related_links("Tỉnh có 5 xã (06/02/2004)") == ()
