"""Documents: Party and legal documents cited by number, congress or name."""

from __future__ import annotations

import pytest

from orchestration.extraction.documents import find_documents
from orchestration.extraction.model import Article, Document, Sentence


def _found(text: str) -> list[tuple[str, str]]:
    doc = Document(Article("t", text), text, (Sentence(0, 0, len(text), text),))
    return [(m.text, m.key) for m in find_documents(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thực hiện Nghị quyết 18-NQ/TW của Trung ương.", [("Nghị quyết 18-NQ/TW", "nghị quyết 18-nq/tw")]),
        ("Theo Nghị quyết số 18-NQ/TW ngày 25/10/2017.", [("Nghị quyết số 18-NQ/TW", "nghị quyết 18-nq/tw")]),
        (
            "Quán triệt Nghị quyết Đại hội XIII của Đảng.",
            [("Nghị quyết Đại hội XIII", "nghị quyết đại hội xiii")],
        ),
        (
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đi vào cuộc sống.",
            [("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII", "nghị quyết đại hội xiii")],
        ),
        (
            "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII đề ra mục tiêu.",
            [("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII", "nghị quyết đại hội đảng bộ tỉnh xvii")],
        ),
        (
            "Tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII.",
            [("Nghị quyết Trung ương 4 khóa XII", "nghị quyết trung ương 4 khóa xii")],
        ),
        ("Thực hiện Chỉ thị 03 của Bộ Chính trị.", [("Chỉ thị 03", "chỉ thị 03")]),
        ("Căn cứ Quyết định số 123/QĐ-TTg.", [("Quyết định số 123/QĐ-TTg", "quyết định 123/qđ-ttg")]),
        ("Theo Nghị định 15/2020/NĐ-CP.", [("Nghị định 15/2020/NĐ-CP", "nghị định 15/2020/nđ-cp")]),
        ("Thực hiện Kết luận số 21-KL/TW.", [("Kết luận số 21-KL/TW", "kết luận 21-kl/tw")]),
        (
            "Căn cứ quyết định số 45/QĐ-UBND của tỉnh.",
            [("quyết định số 45/QĐ-UBND", "quyết định 45/qđ-ubnd")],
        ),
        ("Văn bản (số 05-CT/TW) đã nêu rõ.", [("05-CT/TW", "chỉ thị 05-ct/tw")]),
        ("Thông tư 01/2021/TT-BTC có hiệu lực.", [("Thông tư 01/2021/TT-BTC", "thông tư 01/2021/tt-btc")]),
        ("Sửa đổi Luật Đất đai năm 2013 được thông qua.", [("Luật Đất đai", "luật đất đai")]),
        ("Vi phạm Bộ luật Hình sự.", [("Bộ luật Hình sự", "bộ luật hình sự")]),
        (
            "Luật Phòng, chống tham nhũng có hiệu lực.",
            [("Luật Phòng, chống tham nhũng", "luật phòng, chống tham nhũng")],
        ),
        ("Bảo vệ Hiến pháp năm 2013.", [("Hiến pháp năm 2013", "hiến pháp 2013")]),
    ],
)
def test_documents(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch 5 năm 2021-2025 được thông qua.",
        "Ông ra quyết định nghỉ hưu.",
        "Chỉ thị của Thủ tướng rất rõ ràng.",
        "Ngày 25/10/2017 đoàn đến thăm.",
        "Hội nghị bàn về luật chơi mới.",
    ],
)
def test_not_documents(text: str) -> None:
    assert _found(text) == []


def test_two_spellings_share_a_key() -> None:
    keys = {key for _, key in _found("Nghị quyết số 18-NQ/TW và nghị quyết 18-NQ/TW là một.")}
    assert keys == {"nghị quyết 18-nq/tw"}
