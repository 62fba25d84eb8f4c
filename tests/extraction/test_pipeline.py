"""The whole extraction on small articles of our own: what the steps decide together."""

from __future__ import annotations

from datetime import date

from orchestration.extraction.model import Article
from orchestration.extraction.pipeline import extract


def test_headlines_of_related_articles_give_no_figures() -> None:
    text = (
        "Năm 2004, tỉnh Nghệ An có 32.000 thí sinh dự thi tốt nghiệp.\n\n"
        "Gần 500.000 thí sinh hoàn thành môn thi đầu tiên (09/07/2004)\n\n"
        "Hơn 1.000 thí sinh bị kỷ luật trong ngày thi đầu tiên (09/07/2004)"
    )
    figures = extract(Article(article_id="t", text=text, published_at=date(2004, 7, 10))).figures
    assert [figure.value for figure in figures] == [32000]


def test_one_dated_line_is_the_articles_own() -> None:
    text = "Tỉnh Nghệ An có 32.000 thí sinh dự thi tốt nghiệp (09/07/2004)"
    figures = extract(Article(article_id="t", text=text, published_at=date(2004, 7, 10))).figures
    assert [figure.value for figure in figures] == [32000]


def _indicators(text: str) -> list[str]:
    figures = extract(Article(article_id="t", text=text, published_at=date(2017, 6, 1))).figures
    return [figure.text for figure in figures if figure.is_indicator]


def test_incidents_and_rooms_are_no_departments_of_the_body_that_reports_them() -> None:
    """A count of "phòng" or "vụ" after a body's name may be its departments ("Bộ có 8 vụ"), but "vụ
    việc", "vụ cháy" are incidents and "phòng học" rooms."""
    text = (
        "Từ đầu năm 2017 đến nay, Phòng Cảnh sát PCCC Công an tỉnh Quảng Nam đã dập tắt 15 vụ cháy xảy ra"
        " trên địa bàn tỉnh Quảng Nam; tham gia cứu nạn, cứu hộ đối với 28 vụ việc."
    )
    assert _indicators(text) == ["15 vụ cháy xảy", "28 vụ việc"]


def test_marks_and_papers_in_an_exam_story_are_no_counts_but_exam_sites_are() -> None:
    text = (
        "Năm 2017, tỉnh Nam Định có 26 điểm thi và 20.000 thí sinh dự thi.\n\n"
        "Tại Đại học Xây dựng, ngành có điểm thấp nhất 15 điểm; môn Toán có 58 bài đạt điểm 10."
    )
    figures = extract(Article(article_id="t", text=text, published_at=date(2017, 7, 10))).figures
    excluded = {f.text: "verdict=excluded" in f.features.own for f in figures if f.features is not None}
    assert excluded["15 điểm"] and excluded["58 bài"]
    assert [f.text for f in figures if f.is_indicator] == ["26 điểm thi", "20.000 thí sinh dự thi"]
