"""Sentence splitting of cleaned text, with exact offsets."""

from __future__ import annotations

import pytest

from orchestration.extraction.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn đến tỉnh. Sau đó đoàn họp.", ["Đoàn đến tỉnh.", "Sau đó đoàn họp."]),
        ("Vì sao vậy? Chưa ai biết!", ["Vì sao vậy?", "Chưa ai biết!"]),
        ("Tỉnh có nhiều dự án… Năm nay tăng.", ["Tỉnh có nhiều dự án…", "Năm nay tăng."]),
        ("Còn nhiều việc... Tiếp theo là gì?", ["Còn nhiều việc...", "Tiếp theo là gì?"]),
        ("Thu ngân sách tăng. 15 dự án đã xong.", ["Thu ngân sách tăng.", "15 dự án đã xong."]),
        ('Ông nói vậy. "Chúng tôi sẽ làm."', ["Ông nói vậy.", '"Chúng tôi sẽ làm."']),
        ("Ông nói vậy. “Chúng tôi sẽ làm.”", ["Ông nói vậy.", "“Chúng tôi sẽ làm.”"]),
        ("Tiêu đề không có dấu chấm\n\nĐoạn đầu tiên.", ["Tiêu đề không có dấu chấm", "Đoạn đầu tiên."]),
        ("Dòng một\nDòng hai", ["Dòng một", "Dòng hai"]),
        ("chưa xong. nhưng vẫn làm.", ["chưa xong. nhưng vẫn làm."]),
        ("Đạt 6.95 điểm. Xếp thứ 3.", ["Đạt 6.95 điểm.", "Xếp thứ 3."]),
        ("Kết thúc năm 2023. Năm 2024 bắt đầu.", ["Kết thúc năm 2023.", "Năm 2024 bắt đầu."]),
        (
            "Tăng trưởng trong quý I. Quý II dự kiến cao hơn.",
            ["Tăng trưởng trong quý I.", "Quý II dự kiến cao hơn."],
        ),
        ("“Làm ngay!”, ông nói. Mọi người đồng ý.", ["“Làm ngay!”, ông nói.", "Mọi người đồng ý."]),
        ("Ông hỏi: “Tại sao?” Không ai trả lời.", ["Ông hỏi: “Tại sao?”", "Không ai trả lời."]),
        ("Kết luận (đã thông qua). Tiếp tục họp.", ["Kết luận (đã thông qua).", "Tiếp tục họp."]),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lãnh đạo TP. HCM dự lễ.",
        "Đoàn làm việc tại Tp. Cần Thơ.",
        "Ông là ThS. Nguyễn Văn Minh.",
        "Ý kiến của TS. Lê Hoa rất rõ.",
        "Bài giảng của PGS. Trần Nam hay.",
        "Bài giảng của GS. Trần Nam hay.",
        "Chuyên gia PGS.TS. Lê Văn Bình phát biểu.",
        "Ý kiến của Th.S. Nguyễn Hà được ghi nhận.",
        "Ông A. Smith đến thăm.",
        "Nạn nhân là Phan Văn Q. (9 tuổi).",
        "Trụ sở ở Q. 1 rất đông.",
        "Nhà ở P. Bến Nghé bị ngập.",
        "Giá tăng 1.234 đồng.",
        "Họ mua gạo, muối, v.v. Sau đó về nhà.",
        "Ông N.V.A. Trần về quê.",
        "Ông nói: “Phải làm ngay. Không chần chừ.” rồi rời đi.",
        'Khẩu hiệu "Dân biết. Dân làm." được treo.',
        "Ngày 7.2 đoàn đến.",
        "Đội trưởng H.T. Long có mặt.",
    ],
)
def test_no_split(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. Nội dung thứ nhất.", ["1. Nội dung thứ nhất."]),
        ("II. Nhiệm vụ trọng tâm.", ["II. Nhiệm vụ trọng tâm."]),
        ("Điều chỉnh xong. 2. Phần tiếp theo.", ["Điều chỉnh xong.", "2. Phần tiếp theo."]),
    ],
)
def test_list_markers(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "  Câu có khoảng trắng đầu.   Câu hai.  \n\n  Đoạn hai.  ",
        "Tiêu đề\n\nĐoạn một. Đoạn một tiếp.\n\n“Trích dẫn dài.” Ông nói.",
        "Một.\nHai!\nBa?",
    ],
)
def test_offsets_are_exact(text: str) -> None:
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.text
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)


def test_long_quotation_is_split() -> None:
    quote = "“" + " ".join(f"Câu thứ {n} nói về kế hoạch của tỉnh trong năm tới." for n in range(1, 6)) + "”"
    assert len(split_sentences(quote)) == 5


def test_empty_text() -> None:
    assert split_sentences("") == ()
    assert split_sentences("\n\n  \n") == ()
