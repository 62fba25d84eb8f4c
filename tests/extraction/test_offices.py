"""The roster of national offices, read for a leader named bare and for a minister's ministry."""

from __future__ import annotations

import pytest

from orchestration.extraction.offices import minister_title, office_held


@pytest.mark.parametrize(
    ("name", "year", "office"),
    [
        ("Nguyễn Phú Trọng", 2015, "Tổng Bí thư"),
        ("Nguyễn Xuân Phúc", 2018, "Thủ tướng"),
        ("Nguyễn Thị Kim Ngân", 2019, "Chủ tịch Quốc hội"),
        # a leader named bare holds the office of that year, a ministry included
        ("Trần Đại Quang", 2017, "Chủ tịch nước"),
        ("Trần Đại Quang", 2013, "Bộ trưởng Bộ Công an"),
        # a term's first and last years are shared with the office before or after
        ("Nguyễn Xuân Phúc", 2016, None),
        ("Nguyễn Thiện Nhân", 2017, None),
        ("Lê Văn Ba", 2019, None),
    ],
)
def test_office_held(name: str, year: int, office: str | None) -> None:
    assert office_held(name, year) == office


@pytest.mark.parametrize(
    ("name", "year", "title"),
    [
        ("Nguyễn Thị Kim Tiến", 2017, "Bộ trưởng Bộ Y tế"),
        # a minister's first and last years are his
        ("Trần Hồng Hà", 2016, "Bộ trưởng Bộ Tài nguyên và Môi trường"),
        ("Trần Hồng Hà", 2022, "Bộ trưởng Bộ Tài nguyên và Môi trường"),
        ("Trần Hồng Hà", 2023, None),
        # heads of the Party, State and Government are no ministers
        ("Nguyễn Phú Trọng", 2015, None),
        ("Nguyễn Thị Kim Tiến", None, None),
    ],
)
def test_minister_title(name: str, year: int | None, title: str | None) -> None:
    assert minister_title(name, year) == title
