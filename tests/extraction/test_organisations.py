"""Organisations: central bodies from the lexicon, local bodies with their place."""

from __future__ import annotations

import pytest

from orchestration.extraction.model import Article, Document, Sentence
from orchestration.extraction.organisations import find_organisations


def _found(text: str) -> list[tuple[str, str]]:
    doc = Document(Article("t", text), text, (Sentence(0, 0, len(text), text),))
    return [(m.text, m.key) for m in find_organisations(doc)]


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Đại diện Bộ Công Thương phát biểu.", "Bộ Công Thương", "bộ công thương"),
        ("Bộ Chính trị ban hành kết luận.", "Bộ Chính trị", "bộ chính trị"),
        ("Thay mặt Ban Bí thư, đồng chí phát biểu.", "Ban Bí thư", "ban bí thư"),
        (
            "Văn phòng Trung ương Đảng tổ chức hội nghị.",
            "Văn phòng Trung ương Đảng",
            "văn phòng trung ương đảng",
        ),
        ("Ủy ban Kiểm tra Trung ương kết luận.", "Ủy ban Kiểm tra Trung ương", "ủy ban kiểm tra trung ương"),
        ("Quốc hội thông qua luật.", "Quốc hội", "quốc hội"),
        ("Chính phủ chỉ đạo quyết liệt.", "Chính phủ", "chính phủ"),
        ("Mặt trận Tổ quốc Việt Nam vận động.", "Mặt trận Tổ quốc Việt Nam", "mặt trận tổ quốc việt nam"),
        ("Lãnh đạo Bộ KH&ĐT dự họp.", "Bộ KH&ĐT", "bộ kế hoạch và đầu tư"),
        ("Bộ Kế hoạch và Đầu tư báo cáo.", "Bộ Kế hoạch và Đầu tư", "bộ kế hoạch và đầu tư"),
        (
            "Bộ Lao động - Thương binh và Xã hội chủ trì.",
            "Bộ Lao động - Thương binh và Xã hội",
            "bộ lao động - thương binh và xã hội",
        ),
        (
            "Bộ Văn hóa, Thể thao và Du lịch phối hợp.",
            "Bộ Văn hóa, Thể thao và Du lịch",
            "bộ văn hóa, thể thao và du lịch",
        ),
        ("Theo Bộ trưởng Bộ Công an, tình hình ổn định.", "Bộ Công an", "bộ công an"),
        ("Ngân hàng Nhà nước điều hành lãi suất.", "Ngân hàng Nhà nước", "ngân hàng nhà nước việt nam"),
        ("Ủy ban Thường vụ Quốc hội cho ý kiến.", "Ủy ban Thường vụ Quốc hội", "ủy ban thường vụ quốc hội"),
        ("UBND tỉnh Lạng Sơn báo cáo.", "UBND tỉnh Lạng Sơn", "ủy ban nhân dân tỉnh lạng sơn"),
        (
            "Ủy ban nhân dân tỉnh Lạng Sơn báo cáo.",
            "Ủy ban nhân dân tỉnh Lạng Sơn",
            "ủy ban nhân dân tỉnh lạng sơn",
        ),
        ("Tỉnh ủy Lạng Sơn họp.", "Tỉnh ủy Lạng Sơn", "tỉnh ủy lạng sơn"),
        ("Ban Thường vụ Tỉnh ủy họp phiên thường kỳ.", "Ban Thường vụ Tỉnh ủy", "ban thường vụ tỉnh ủy"),
        ("Chủ tịch UBND TP.HCM phát biểu.", "UBND TP.HCM", "ủy ban nhân dân thành phố hồ chí minh"),
        ("HĐND huyện Chi Lăng họp kỳ cuối năm.", "HĐND huyện Chi Lăng", "hội đồng nhân dân huyện chi lăng"),
        ("Sở Y tế tỉnh Cà Mau khuyến cáo.", "Sở Y tế tỉnh Cà Mau", "sở y tế tỉnh cà mau"),
        ("Công an tỉnh điều tra vụ án.", "Công an tỉnh", "công an tỉnh"),
        (
            "Đoàn ĐBQH tỉnh Bắc Ninh tiếp xúc cử tri.",
            "Đoàn ĐBQH tỉnh Bắc Ninh",
            "đoàn đại biểu quốc hội tỉnh bắc ninh",
        ),
        ("Thành ủy Hà Nội chỉ đạo.", "Thành ủy Hà Nội", "thành ủy hà nội"),
    ],
)
def test_organisations(text: str, name: str, key: str) -> None:
    assert (name, key) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Văn Bộ trả lời.",
        "Bộ trưởng đến thăm.",
        "Công an viên trực ban.",
        "Ban nhạc biểu diễn tối qua.",
    ],
)
def test_not_organisations(text: str) -> None:
    assert _found(text) == []


def test_the_longest_name_wins() -> None:
    assert _found("Ủy ban Thường vụ Quốc hội họp.") == [
        ("Ủy ban Thường vụ Quốc hội", "ủy ban thường vụ quốc hội")
    ]
