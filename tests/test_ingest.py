"""Reading the articles folder: every input becomes exactly one record or one rejection.

All inputs are written here, in tmp_path; the texts are short sentences made up for the tests.
"""

from __future__ import annotations

import codecs
import json
import os
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from orchestration import ingest
from orchestration.ingest import Rejection, SourceRecord, fingerprint_folder, scan_folder

BODY = (
    "Sáng 12/3, Chủ tịch UBND tỉnh Hòa Bình đã đến thăm và làm việc với huyện Mai Châu về tình hình "
    "phát triển du lịch cộng đồng. Theo báo cáo, năm qua huyện đón hơn 450.000 lượt khách, tổng thu "
    "ước đạt 380 tỷ đồng, tăng 12% so với cùng kỳ."
)


def article_text(number: int = 0) -> str:
    """A distinct, article-length text per number."""
    return f"Đoàn công tác số {number} làm việc tại tỉnh Sơn La\n\n{BODY} Đây là bản tin số {number}."


def write_jsonl(path: Path, *records: object) -> Path:
    lines = [
        record if isinstance(record, str) else json.dumps(record, ensure_ascii=False) for record in records
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def scan(folder: Path) -> list[SourceRecord | Rejection]:
    return list(scan_folder(folder))


def only(folder: Path) -> SourceRecord | Rejection:
    items = scan(folder)
    assert len(items) == 1, items
    return items[0]


def rejection(folder: Path) -> Rejection:
    item = only(folder)
    assert isinstance(item, Rejection), item
    return item


def record(folder: Path) -> SourceRecord:
    item = only(folder)
    assert isinstance(item, SourceRecord), item
    return item


def reasons(items: list[SourceRecord | Rejection]) -> list[str]:
    return ["ok" if isinstance(item, SourceRecord) else item.reason for item in items]


def to_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed base letters, tone marks as combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(part for part in parts if part not in tones))
        out.append(base + "".join(part for part in parts if part in tones))
    return "".join(out).encode("cp1258")


# --- happy paths -------------------------------------------------------------------------------


def test_txt_article_id_is_the_stem(tmp_path: Path) -> None:
    (tmp_path / "bai-viet-01.txt").write_text(article_text(1), encoding="utf-8")
    item = record(tmp_path)
    assert item.article.article_id == "bai-viet-01"
    assert item.article.text == article_text(1)
    assert item.article.title is None
    assert item.source_file == "bai-viet-01.txt"
    assert item.line_number is None
    assert item.encoding == "utf-8"
    assert item.file_size == len(article_text(1).encode())
    assert item.warnings == ()


def test_txt_surrounding_whitespace_and_crlf_are_normalised(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(("\r\n  " + article_text(1).replace("\n", "\r\n") + "\r\n\r\n").encode())
    assert record(tmp_path).article.text == article_text(1)


def test_txt_name_of_only_spaces_gives_no_id(tmp_path: Path) -> None:
    (tmp_path / "   .txt").write_text(article_text(1), encoding="utf-8")
    assert rejection(tmp_path).reason == "missing_id"


def test_txt_suffix_is_case_insensitive(tmp_path: Path) -> None:
    (tmp_path / "BAI.TXT").write_text(article_text(1), encoding="utf-8")
    assert record(tmp_path).article.article_id == "BAI"


def test_txt_with_dots_in_the_name_keeps_them_in_the_id(tmp_path: Path) -> None:
    (tmp_path / "2024.03.12-tin.txt").write_text(article_text(1), encoding="utf-8")
    assert record(tmp_path).article.article_id == "2024.03.12-tin"


def test_jsonl_with_every_field(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "a.jsonl",
        {
            "id": "baomoi-1",
            "text": article_text(1),
            "title": "Đoàn công tác làm việc tại Sơn La",
            "url": "https://example.vn/tin/1.html",
            "source": "example.vn",
            "published_at": "2024-03-12",
            "retrieved_at": "2024-03-13",
            "defect": "ignored extra key",
        },
    )
    item = record(tmp_path)
    assert item.article.article_id == "baomoi-1"
    assert item.article.title == "Đoàn công tác làm việc tại Sơn La"
    assert item.article.url == "https://example.vn/tin/1.html"
    assert item.article.source == "example.vn"
    assert item.article.published_at == date(2024, 3, 12)
    assert item.article.retrieved_at == date(2024, 3, 13)
    assert (item.source_file, item.line_number) == ("a.jsonl", 1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-12", date(2024, 3, 12)),
        ("2024-03-12T08:30:00", date(2024, 3, 12)),
        ("2024-03-12 08:30", date(2024, 3, 12)),
        ("2024-03-12T23:30:00+07:00", date(2024, 3, 12)),  # the local day, not the UTC one
        ("2024-03-12T01:15:00-05:00", date(2024, 3, 12)),
        ("2024-03-12T08:30:00Z", date(2024, 3, 12)),
        ("2024-03-12T08:30:00.123456+07:00", date(2024, 3, 12)),
        ("  2024-03-12  ", date(2024, 3, 12)),
        (None, None),
    ],
)
def test_published_at_parsing(tmp_path: Path, value: str | None, expected: date | None) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": article_text(1), "published_at": value})
    item = record(tmp_path)
    assert item.article.published_at == expected
    assert item.warnings == ()


@pytest.mark.parametrize(
    "value", ["hôm qua", "12/03/2024", "2024-13-01", "2024-02-30T10:00:00", 20240312, True, []]
)
def test_bad_date_is_dropped_with_a_warning_and_the_article_kept(tmp_path: Path, value: object) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": article_text(1), "retrieved_at": value})
    item = record(tmp_path)
    assert item.article.retrieved_at is None
    assert len(item.warnings) == 1
    assert item.warnings[0].startswith("retrieved_at dropped")


@pytest.mark.parametrize("field", ["title", "url", "source"])
@pytest.mark.parametrize(
    ("value", "found"),
    [
        (5, "an integer"),
        (1.5, "a number"),
        (True, "a boolean"),
        (["a"], "an array"),
        ({"vi": "tiêu đề"}, "an object"),
    ],
)
def test_non_string_optional_field_is_dropped_with_a_warning(
    tmp_path: Path, field: str, value: object, found: str
) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": article_text(1), field: value})
    item = record(tmp_path)
    assert getattr(item.article, field) is None
    assert item.warnings == (f"{field} dropped: expected a string, got {found}",)


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty_optional_field_becomes_none_silently(tmp_path: Path, value: str | None) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": article_text(1), "title": value})
    item = record(tmp_path)
    assert item.article.title is None
    assert item.warnings == ()


def test_integer_id_is_accepted_as_its_decimal_string(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": 22230398, "text": article_text(1)})
    assert record(tmp_path).article.article_id == "22230398"


def test_id_is_stripped(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "  vntc-1 ", "text": article_text(1)})
    assert record(tmp_path).article.article_id == "vntc-1"


def test_txt_and_jsonl_in_one_folder_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_text(article_text(3), encoding="utf-8")
    write_jsonl(
        tmp_path / "b.jsonl", {"id": "b1", "text": article_text(1)}, {"id": "b2", "text": article_text(2)}
    )
    (tmp_path / "a.txt").write_text(article_text(0), encoding="utf-8")
    items = scan(tmp_path)
    assert [item.article.article_id for item in items if isinstance(item, SourceRecord)] == [
        "a",
        "b1",
        "b2",
        "c",
    ]
    assert [item.line_number for item in items] == [None, 1, 2, None]


def test_blank_lines_in_jsonl_are_skipped_but_line_numbers_stay_physical(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        "\n"
        + json.dumps({"id": "a", "text": article_text(1)})
        + "\n   \n\n"
        + json.dumps({"id": "b", "text": article_text(2)})
    )
    items = scan(tmp_path)
    assert [(item.article.article_id, item.line_number) for item in items] == [("a", 2), ("b", 5)]


def test_jsonl_crlf_line_endings(tmp_path: Path) -> None:
    lines = [json.dumps({"id": str(n), "text": article_text(n)}) for n in range(3)]
    (tmp_path / "a.jsonl").write_bytes("\r\n".join(lines).encode())
    assert reasons(scan(tmp_path)) == ["ok"] * 3


def test_subfolders_are_recursed_in_path_order(tmp_path: Path) -> None:
    (tmp_path / "2024" / "03").mkdir(parents=True)
    (tmp_path / "2024" / "03" / "tin-a.txt").write_text(article_text(1), encoding="utf-8")
    (tmp_path / "2024" / "b.txt").write_text(article_text(2), encoding="utf-8")
    (tmp_path / "z.txt").write_text(article_text(3), encoding="utf-8")
    items = scan(tmp_path)
    assert [item.source_file for item in items] == ["2024/03/tin-a.txt", "2024/b.txt", "z.txt"]
    assert items[0].article.article_id == "tin-a"


def test_file_name_with_spaces_and_vietnamese_letters_gives_an_nfc_id(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Bí thư thăm Đồng Tháp.txt")
    (tmp_path / name).write_text(article_text(1), encoding="utf-8")
    item = record(tmp_path)
    assert item.article.article_id == unicodedata.normalize("NFC", "Bí thư thăm Đồng Tháp")
    assert unicodedata.is_normalized("NFC", item.article.article_id)


def test_decomposed_text_is_nfc_normalised(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": unicodedata.normalize("NFD", article_text(1))})
    assert record(tmp_path).article.text == article_text(1)


def test_content_hash_follows_the_content_not_the_id(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": article_text(1), "title": "Một"})
    write_jsonl(tmp_path / "b.jsonl", {"id": "x", "text": article_text(1), "title": "Một"})
    first, second = scan(tmp_path)
    assert first.content_hash == second.content_hash
    assert len(first.content_hash) == 64
    write_jsonl(tmp_path / "b.jsonl", {"id": "x", "text": article_text(1), "title": "Hai"})
    assert scan(tmp_path)[1].content_hash != first.content_hash


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        scan(tmp_path / "nope")


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + article_text(1).encode("utf-8"), "utf-8-sig"),
        (article_text(1).encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_LE + article_text(1).encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + article_text(1).encode("utf-16-be"), "utf-16"),
        (article_text(1).encode("utf-32"), "utf-32"),
        (to_cp1258(article_text(1)), "cp1258"),
    ],
)
def test_txt_decodes_unambiguous_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    item = record(tmp_path)
    assert item.article.text == article_text(1)
    assert item.encoding == encoding


def test_cp1258_uses_combining_tone_marks_and_is_composed_to_nfc(tmp_path: Path) -> None:
    data = to_cp1258(article_text(1))
    assert "\u0301" in data.decode("cp1258")  # the codec alone leaves a combining acute
    (tmp_path / "a.txt").write_bytes(data)
    assert unicodedata.is_normalized("NFC", record(tmp_path).article.text)


@pytest.mark.parametrize(
    "data",
    [
        # Western text in a single-byte code page: decodes as cp1258, but is not Vietnamese.
        ("Le conseil municipal a approuvé le budget " * 10).encode("cp1252"),
        # Valid UTF-8 start, then a truncated multi-byte sequence and bytes no code page maps.
        article_text(1).encode() + b"\xe1\xba",
        b"\x81\x8d\x8f\x90\x9d" * 40,
    ],
)
def test_txt_not_decodable_unambiguously_is_undecodable(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    item = rejection(tmp_path)
    assert item.reason == "undecodable"
    assert item.article_id == "a"
    assert item.raw_excerpt


def test_utf16_without_bom_is_undecodable_not_guessed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(article_text(1).encode("utf-16-le"))
    item = rejection(tmp_path)
    assert item.reason == "undecodable"
    assert "byte-order mark" in item.detail


def test_bom_followed_by_invalid_utf8_is_undecodable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF8 + b"Ch\xff t\xe1ch " * 30)
    assert rejection(tmp_path).reason == "undecodable"


def test_jsonl_with_utf8_bom(tmp_path: Path) -> None:
    line = json.dumps({"id": "x", "text": article_text(1)}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_bytes(codecs.BOM_UTF8 + line.encode() + b"\n")
    item = record(tmp_path)
    assert (item.article.article_id, item.encoding) == ("x", "utf-8-sig")


def test_jsonl_in_utf16_with_bom(tmp_path: Path) -> None:
    lines = [json.dumps({"id": str(n), "text": article_text(n)}, ensure_ascii=False) for n in range(3)]
    (tmp_path / "a.jsonl").write_bytes("\n".join(lines).encode("utf-16"))
    items = scan(tmp_path)
    assert [(item.article.article_id, item.encoding, item.line_number) for item in items] == [
        ("0", "utf-16", 1),
        ("1", "utf-16", 2),
        ("2", "utf-16", 3),
    ]


def test_jsonl_line_in_cp1258_is_decoded(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": article_text(1)}, ensure_ascii=False).encode()
    legacy = to_cp1258(json.dumps({"id": "b", "text": article_text(2)}, ensure_ascii=False))
    (tmp_path / "a.jsonl").write_bytes(good + b"\n" + legacy + b"\n")
    first, second = scan(tmp_path)
    assert (first.encoding, second.encoding) == ("utf-8", "cp1258")
    assert second.article.text == article_text(2)


def test_jsonl_line_with_invalid_utf8_is_one_rejection(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": article_text(1)}).encode()
    bad = b'{"id": "b", "text": "caf\xe9 ' + b"\x81" * 20 + b'"}'
    (tmp_path / "a.jsonl").write_bytes(bad + b"\n" + good + b"\n")
    first, second = scan(tmp_path)
    assert (first.reason, first.line_number, first.article_id) == ("undecodable", 1, "b")
    assert first.detail.startswith("line 1: ")
    assert isinstance(second, SourceRecord)


# --- empty, blank, binary ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    item = rejection(tmp_path)
    assert item.reason == "empty_file"
    assert item.line_number is None


@pytest.mark.parametrize("content", [" ", "\n\n\n", " \t \r\n \u00a0 \u3000 ", "\ufeff  \n"])
def test_whitespace_only_txt(tmp_path: Path, content: str) -> None:
    (tmp_path / "a.txt").write_text(content, encoding="utf-8")
    assert rejection(tmp_path).reason == "whitespace_only"


def test_whitespace_only_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("\n  \n\t\n")
    assert rejection(tmp_path).reason == "whitespace_only"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x06\x00word/document.xml",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        bytes(range(256)) * 4,
        b"Tin t\xe1\xbb\xa9c\x00\x00\x00\x01\x02\x03 " * 20,
        b"\x01\x02\x03\x04\x05\x06 abc " * 30,
    ],
)
def test_binary_txt(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    item = rejection(tmp_path)
    assert item.reason == "binary_file"
    assert "\0" not in item.raw_excerpt


def test_binary_jsonl_is_one_rejection_not_one_per_line(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)) * 200)
    item = rejection(tmp_path)
    assert (item.reason, item.line_number) == ("binary_file", None)


# --- html --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        f"<!DOCTYPE html>\n<html><head><title>Tin</title></head><body><p>{BODY}</p></body></html>",
        f"<html lang='vi'>\n<body>\n{BODY}\n</body>\n</html>",
        f"<BODY>{BODY}</BODY>",
        "\n".join(f'<div class="item"><a href="/tin/{n}">{BODY[:60]}</a></div>' for n in range(6)),
        "".join(f"<p>{BODY}</p><br/>" for _ in range(5)),
    ],
)
def test_html_page_saved_as_txt_is_quarantined(tmp_path: Path, content: str) -> None:
    (tmp_path / "trang.txt").write_text(content, encoding="utf-8")
    item = rejection(tmp_path)
    assert item.reason == "html_page"
    assert item.article_id == "trang"
    assert item.content_hash


def test_html_page_inside_jsonl_is_quarantined(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": f"<html><body>{BODY}</body></html>"})
    assert rejection(tmp_path).reason == "html_page"


@pytest.mark.parametrize(
    "remnant",
    [
        "Công ty A &amp; B ký kết hợp đồng.",
        "Tỷ lệ hộ nghèo &gt; 5% ở hai xã.",
        "Cú pháp nhắn tin: UH <số tiền> gửi 1405.",
        "Giá trị a <b và b > c.",
        "Xem thêm <a href='/tin/2'>tại đây</a>.",
    ],
)
def test_article_with_a_few_html_remnants_is_kept(tmp_path: Path, remnant: str) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": article_text(1) + " " + remnant})
    assert isinstance(only(tmp_path), SourceRecord)


# --- size --------------------------------------------------------------------------------------


def test_txt_over_the_cap_is_too_large_and_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "lon.txt"
    with path.open("wb") as stream:
        stream.write(article_text(1).encode())
        stream.truncate(ingest.MAX_ARTICLE_BYTES + 1)
    item = rejection(tmp_path)
    assert item.reason == "too_large"
    assert item.article_id == "lon"
    assert item.content_hash is None
    assert item.raw_excerpt.startswith("Đoàn công tác")
    assert len(item.raw_excerpt) <= ingest.EXCERPT_CHARS


def test_txt_at_the_cap_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = article_text(1).encode()
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", len(data))
    (tmp_path / "a.txt").write_bytes(data)
    assert isinstance(only(tmp_path), SourceRecord)


def test_jsonl_huge_line_is_too_large_and_the_rest_of_the_file_goes_on(tmp_path: Path) -> None:
    huge = json.dumps({"id": "to", "text": "x " * (ingest.MAX_ARTICLE_BYTES // 2 + 10)})
    write_jsonl(
        tmp_path / "a.jsonl", {"id": "a", "text": article_text(1)}, huge, {"id": "b", "text": article_text(2)}
    )
    items = scan(tmp_path)
    assert reasons(items) == ["ok", "too_large", "ok"]
    assert items[1].line_number == 2
    assert items[1].article_id == "to"
    assert len(items[1].raw_excerpt) <= ingest.EXCERPT_CHARS
    assert items[2].line_number == 3


@pytest.mark.parametrize("extra", [-1, 0, 1, 2])
def test_jsonl_line_cap_boundary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: int) -> None:
    line = json.dumps({"id": "a", "text": article_text(1)}).encode()
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", len(line) - extra)
    (tmp_path / "a.jsonl").write_bytes(
        line + b"\n" + json.dumps({"id": "b", "text": article_text(2)}).encode()
    )
    items = scan(tmp_path)
    assert items[0].line_number == 1
    assert reasons(items)[0] == ("too_large" if extra > 0 else "ok")
    assert [item.line_number for item in items] == [1, 2]


def test_large_jsonl_is_streamed(tmp_path: Path) -> None:
    """Many lines: each is read on its own; the scan keeps going to the last line."""
    path = tmp_path / "lon.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        for number in range(3000):
            stream.write(
                json.dumps({"id": f"n{number}", "text": article_text(number)}, ensure_ascii=False) + "\n"
            )
    counts = Counter(type(item).__name__ for item in scan_folder(tmp_path))
    assert counts == {"SourceRecord": 3000}


# --- broken JSON lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "x", "text": "thiếu ngoặc"', "invalid_json"),
        ('{"id": "x" "text": "thiếu dấu phẩy"}', "invalid_json"),
        ("{'id': 'x', 'text': 'nháy đơn'}", "invalid_json"),
        ('{"id": "x", "text": "xuống\tdòng"}', "invalid_json"),
        ("không phải JSON", "invalid_json"),
        ('{"id": "x", "text": "a"} rác', "invalid_json"),
        ("[" * 100_000, "invalid_json"),
        ('["x", "một bài"]', "not_an_object"),
        ('"chỉ một chuỗi"', "not_an_object"),
        ("42", "not_an_object"),
        ("null", "not_an_object"),
    ],
)
def test_broken_jsonl_line_is_one_rejection_and_the_file_goes_on(
    tmp_path: Path, line: str, reason: str
) -> None:
    write_jsonl(
        tmp_path / "a.jsonl", {"id": "a", "text": article_text(1)}, line, {"id": "b", "text": article_text(2)}
    )
    items = scan(tmp_path)
    assert reasons(items) == ["ok", reason, "ok"]
    assert items[1].line_number == 2
    assert items[1].detail.startswith("line 2: ")
    assert items[1].raw_excerpt == line[: ingest.EXCERPT_CHARS]
    assert items[1].content_hash


def test_json_error_detail_names_the_problem_and_column(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", '{"id": "vntc-7" "text": "Sáng nay"}')
    item = rejection(tmp_path)
    assert item.detail == "line 1: JSON error: Expecting ',' delimiter at col 17"
    assert item.article_id == "vntc-7"  # found in the raw line, to help find the article


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"text": article_text(1)}, "missing_id"),
        ({"id": None, "text": article_text(1)}, "missing_id"),
        ({"id": "", "text": article_text(1)}, "missing_id"),
        ({"id": "   ", "text": article_text(1)}, "missing_id"),
        ({"id": 1.5, "text": article_text(1)}, "bad_field_type"),
        ({"id": True, "text": article_text(1)}, "bad_field_type"),
        ({"id": ["x"], "text": article_text(1)}, "bad_field_type"),
        ({"id": {"x": 1}, "text": article_text(1)}, "bad_field_type"),
        ({"id": "x"}, "missing_text"),
        ({"id": "x", "text": None}, "missing_text"),
        ({"id": "x", "text": ""}, "missing_text"),
        ({"id": "x", "text": " \n\t "}, "missing_text"),
        ({"id": "x", "text": 12345}, "bad_field_type"),
        ({"id": "x", "text": ["đoạn 1", "đoạn 2"]}, "bad_field_type"),
        ({"id": "x", "text": {"body": article_text(1)}}, "bad_field_type"),
        ({"id": "x", "text": True}, "bad_field_type"),
    ],
)
def test_missing_or_mistyped_required_field(tmp_path: Path, fields: dict[str, object], reason: str) -> None:
    write_jsonl(tmp_path / "a.jsonl", fields)
    item = rejection(tmp_path)
    assert item.reason == reason
    assert item.line_number == 1
    assert item.detail.startswith("line 1: ")


def test_mistyped_text_detail_says_what_was_found(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": ["đoạn 1"]})
    assert rejection(tmp_path).detail == "line 1: text must be a string, got an array"


# --- short texts and listing pages -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tin ngắn.",
        "Đại hội Đảng bộ huyện Mường Lát nhiệm kỳ 2025-2030",
        "Chủ tịch tỉnh Hà Giang kiểm tra công trình đường cao tốc qua địa bàn huyện Bắc Quang",
        " ".join(["một"] * (ingest.MIN_WORDS - 2) + ["x" * 80]),  # long, but 19 words
    ],
)
def test_too_short(tmp_path: Path, text: str) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": text})
    item = rejection(tmp_path)
    assert item.reason == "too_short"
    assert item.article_id == "x"


def test_short_brief_of_two_sentences_is_kept(tmp_path: Path) -> None:
    text = (
        "Bí thư Tỉnh ủy gặp mặt cán bộ hưu trí\n\nChiều 4/6, Bí thư Tỉnh ủy Kon Tum đã gặp mặt các đồng chí "
        "nguyên lãnh đạo tỉnh qua các thời kỳ. Cùng dự có Chủ tịch UBND tỉnh."
    )
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": text})
    assert isinstance(only(tmp_path), SourceRecord)


def test_too_short_txt(tmp_path: Path) -> None:
    (tmp_path / "tieu-de.txt").write_text("Thủ tướng thăm tỉnh Cà Mau\n", encoding="utf-8")
    item = rejection(tmp_path)
    assert (item.reason, item.article_id) == ("too_short", "tieu-de")


@pytest.mark.parametrize(
    "url",
    [
        "https://vnexpress.net/tag/bien-dong-12345",
        "https://vnexpress.net/chu-de/thu-tuong-1614",
        "https://example.vn/tim-kiem?q=ha+noi",
        "https://example.vn/search/?q=ha+noi",
        "https://example.vn/topic/kinh-te",
    ],
)
def test_listing_page_by_url(tmp_path: Path, url: str) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": article_text(1), "url": url})
    item = rejection(tmp_path)
    assert item.reason == "listing_page"
    assert url in item.detail


@pytest.mark.parametrize(
    "url",
    [
        "https://example.vn/thoi-su/tag-nhanh-cho-cong-trinh-123.html",
        "https://example.vn/tagged/1.html",
        None,
    ],
)
def test_article_url_is_not_a_listing(tmp_path: Path, url: str | None) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": article_text(1), "url": url})
    assert isinstance(only(tmp_path), SourceRecord)


def test_listing_page_of_teasers_joined_by_bullets(tmp_path: Path) -> None:
    teasers = " · ".join(
        ["Cháy chợ ở Nam Định", "Lũ quét tại Lào Cai", "Tai nạn trên cao tốc", "Bão số 3 đổ bộ"]
    )
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": f"Tin mới\n\n{teasers}\n\n{BODY}"})
    assert rejection(tmp_path).reason == "listing_page"


def test_listing_page_of_headline_lines(tmp_path: Path) -> None:
    headlines = [f"Tỉnh số {n} khởi công dự án giao thông trọng điểm" for n in range(12)]
    (tmp_path / "muc-luc.txt").write_text("\n".join(headlines), encoding="utf-8")
    assert rejection(tmp_path).reason == "listing_page"


def test_article_with_a_list_of_names_is_kept(tmp_path: Path) -> None:
    members = [f"- Ông Nguyễn Văn {name}, Phó Chủ tịch UBND tỉnh" for name in "ABCDEFG"]
    text = (
        "Danh sách Ban Thường vụ Tỉnh ủy khóa mới\n\n"
        + BODY
        + "\n\nBan Thường vụ gồm các đồng chí:\n\n"
        + "\n\n".join(members)
        + "\n\n"
        + BODY
    )
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": text})
    assert isinstance(only(tmp_path), SourceRecord)


def test_one_or_two_bullets_in_an_article_are_kept(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "a.jsonl",
        {"id": "x", "text": article_text(1) + "\n\nẢnh: Minh Anh · Video: Thu Hà · 3 phút"},
    )
    assert isinstance(only(tmp_path), SourceRecord)


# --- duplicates --------------------------------------------------------------------------------


def test_same_id_with_different_text_first_one_wins(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "x", "text": article_text(1)})
    write_jsonl(tmp_path / "b.jsonl", {"id": "x", "text": article_text(2)})
    kept, dropped = scan(tmp_path)
    assert kept.article.text == article_text(1)
    assert (dropped.reason, dropped.article_id, dropped.source_file) == (
        "duplicate_id_conflict",
        "x",
        "b.jsonl",
    )
    assert "a.jsonl line 1" in dropped.detail


def test_same_id_and_same_text_is_a_visible_harmless_duplicate(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "a.jsonl",
        {"id": "x", "text": article_text(1)},
        {"id": "x", "text": article_text(1), "title": "T"},
    )
    kept, dropped = scan(tmp_path)
    assert isinstance(kept, SourceRecord)
    assert (dropped.reason, dropped.line_number) == ("duplicate_id_same_text", 2)


def test_same_text_under_another_id_names_the_kept_id(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "a.jsonl",
        {"id": "cluster_021-4", "text": article_text(1)},
        {"id": "cluster_031-4", "text": article_text(1)},
    )
    kept, dropped = scan(tmp_path)
    assert kept.article.article_id == "cluster_021-4"
    assert dropped.reason == "duplicate_text"
    assert "'cluster_021-4'" in dropped.detail
    assert dropped.content_hash == kept.content_hash


@pytest.mark.parametrize(
    "variant",
    [
        article_text(1).replace("\n\n", " "),
        article_text(1).replace(". ", " . "),
        article_text(1).replace(" ", "\u00a0"),
        "  " + article_text(1).replace("\n\n", "\n\n\n") + "\n",
    ],
)
def test_same_text_up_to_whitespace_is_a_duplicate(tmp_path: Path, variant: str) -> None:
    write_jsonl(tmp_path / "a.jsonl", {"id": "a", "text": article_text(1)}, {"id": "b", "text": variant})
    assert reasons(scan(tmp_path)) == ["ok", "duplicate_text"]


def test_different_texts_are_not_duplicates(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", *({"id": str(n), "text": article_text(n)} for n in range(20)))
    assert reasons(scan(tmp_path)) == ["ok"] * 20


def test_txt_stems_colliding_across_subfolders_follow_the_id_rules(tmp_path: Path) -> None:
    for folder, number in (("a", 1), ("b", 2), ("c", 1)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "tin.txt").write_text(article_text(number), encoding="utf-8")
    assert reasons(scan(tmp_path)) == ["ok", "duplicate_id_conflict", "duplicate_id_same_text"]


def test_txt_and_jsonl_share_one_id_space(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_text(1), encoding="utf-8")
    write_jsonl(tmp_path / "b.jsonl", {"id": "a", "text": article_text(2)})
    assert reasons(scan(tmp_path)) == ["ok", "duplicate_id_conflict"]


def test_a_rejected_first_copy_does_not_block_a_good_later_one(tmp_path: Path) -> None:
    write_jsonl(
        tmp_path / "a.jsonl",
        {"id": "x", "text": "Quá ngắn."},
        {"id": "x", "text": article_text(1), "url": "https://example.vn/tag/x"},
        {"id": "x", "text": article_text(1)},
    )
    assert reasons(scan(tmp_path)) == ["too_short", "listing_page", "ok"]


# --- file types and unreadable files -----------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["README.md", "bai.csv", "bai.docx", "bai.json", "bai", "bai.txt.bak", "bai.html"]
)
def test_unsupported_file_type(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(article_text(1), encoding="utf-8")
    item = rejection(tmp_path)
    assert item.reason == "unsupported_file_type"
    assert item.source_file == name
    assert item.raw_excerpt.startswith("Đoàn")
    assert item.content_hash is None


@pytest.mark.parametrize("name", [".DS_Store", ".~lock.bai.txt#", ".bai.txt.swp", ".hidden.txt"])
def test_hidden_files_are_not_inputs(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"\x00\x01 whatever")
    (tmp_path / "a.txt").write_text(article_text(1), encoding="utf-8")
    assert [item.source_file for item in scan(tmp_path)] == ["a.txt"]


def test_hidden_folders_are_not_walked(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(article_text(1), encoding="utf-8")
    assert scan(tmp_path) == []


def test_broken_symlink_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "mat.txt").symlink_to(tmp_path / "khong-co.txt")
    item = rejection(tmp_path)
    assert (item.reason, item.source_file) == ("unreadable", "mat.txt")


def test_symlinked_file_is_read(tmp_path: Path) -> None:
    target = tmp_path.parent / f"{tmp_path.name}-target.txt"
    target.write_text(article_text(1), encoding="utf-8")
    (tmp_path / "lien-ket.txt").symlink_to(target)
    assert record(tmp_path).article.article_id == "lien-ket"


def test_fifo_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "ong.txt")
    assert rejection(tmp_path).reason == "unsupported_file_type"


@pytest.mark.parametrize("name", ["khoa.txt", "khoa.jsonl"])
def test_permission_denied_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    (tmp_path / name).write_text(article_text(1), encoding="utf-8")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    (tmp_path / "mo.txt").write_text(article_text(2), encoding="utf-8")
    items = scan(tmp_path)
    blocked = next(item for item in items if item.source_file == name)
    assert blocked.reason == "unreadable"
    assert "Permission denied" in blocked.detail
    assert reasons(items).count("ok") == 1


def test_unlistable_subfolder_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "khoa").mkdir()
    (tmp_path / "khoa" / "a.txt").write_text(article_text(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article_text(2), encoding="utf-8")
    real_scandir = os.scandir

    def deny(path: object):
        if Path(path).name == "khoa":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    items = scan(tmp_path)
    assert [(item.source_file, reasons([item])[0]) for item in items] == [
        ("b.txt", "ok"),
        ("khoa", "unreadable"),
    ]


# --- the invariant: one input, one output ------------------------------------------------------


def test_every_input_ends_up_as_exactly_one_record_or_rejection(tmp_path: Path) -> None:
    lines = [
        {"id": "ok-1", "text": article_text(1)},
        '{"id": "hong", "text": ',
        {"id": "ok-1", "text": article_text(1)},
        {"id": "ok-1", "text": article_text(2)},
        {"id": "ban-sao", "text": article_text(1)},
        {"text": article_text(3)},
        {"id": "x"},
        {"id": "ngan", "text": "Ngắn."},
        {"id": 7, "text": article_text(4), "title": 9},
        [1, 2],
    ]
    write_jsonl(tmp_path / "a.jsonl", *lines)
    files = {
        "b.txt": article_text(5).encode(),
        "c.txt": b"",
        "d.txt": b"   \n",
        "e.txt": b"\x00\x01\x02",
        "f.txt": b"<html><body>x</body></html>",
        "g.md": b"# readme",
        "sub/h.txt": article_text(6).encode("utf-16"),
        "sub/b.txt": article_text(7).encode(),
        "i.jsonl": b"",
    }
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(data)
    items = scan(tmp_path)
    keys = [(item.source_file, item.line_number) for item in items]
    assert len(keys) == len(set(keys)) == len(lines) + len(files)
    assert all(isinstance(item, SourceRecord | Rejection) for item in items)
    kept_ids = [item.article.article_id for item in items if isinstance(item, SourceRecord)]
    assert len(kept_ids) == len(set(kept_ids))
    assert sorted(kept_ids) == ["7", "b", "h", "ok-1"]
    assert reasons(items).count("duplicate_id_conflict") == 2  # a.jsonl line 4 and sub/b.txt


def test_scan_is_deterministic(tmp_path: Path) -> None:
    for number in range(5):
        (tmp_path / f"{number}.txt").write_text(article_text(number % 3), encoding="utf-8")
    write_jsonl(tmp_path / "x.jsonl", *({"id": str(n), "text": article_text(n)} for n in range(5)))
    assert scan(tmp_path) == scan(tmp_path)


# --- fingerprint -------------------------------------------------------------------------------


def test_fingerprint_changes_when_the_folder_changes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_text(1), encoding="utf-8")
    first = fingerprint_folder(tmp_path)
    assert fingerprint_folder(tmp_path) == first
    (tmp_path / ".DS_Store").write_bytes(b"x")
    assert fingerprint_folder(tmp_path) == first
    (tmp_path / "b.jsonl").write_text("{}\n")
    second = fingerprint_folder(tmp_path)
    assert second != first
    (tmp_path / "b.jsonl").write_text("{}\n{}\n")
    assert fingerprint_folder(tmp_path) != second
    third = fingerprint_folder(tmp_path)
    os.utime(tmp_path / "a.txt", ns=(1_000_000_000, 1_000_000_000))
    assert fingerprint_folder(tmp_path) != third


def test_fingerprint_of_an_empty_folder(tmp_path: Path) -> None:
    assert len(fingerprint_folder(tmp_path)) == 64
