"""Find the legal and Party documents an article cites ("Nghị quyết 18-NQ/TW", "Luật Đất đai").

Document numbers look like figures ("Chỉ thị 03", "Nghị quyết 18") and congress ordinals like
quantities ("Đại hội XIII"); the figures step uses these mentions to leave them out. The key is
the document type and number in lower case ("nghị quyết 18-nq/tw"), so that two spellings of
one citation ("Nghị quyết số 18-NQ/TW", "nghị quyết 18-NQ/TW") are one document.

Both scans start on rare characters (a capital, a digit) so that Python's regex engine can skip
most of the text: capitalised types by a literal alternation, lower-case ones ("quyết định số
123/QĐ-TTg") through the number with its issuer code.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from orchestration.extraction.cleaning import LOWER, UPPER
from orchestration.extraction.model import Document, Mention


def _words(text: str) -> frozenset[str]:
    """A word list written as words, one string."""
    return frozenset(text.split())


_TYPES = (
    "Thông báo kết luận", "Thông tư liên tịch", "Nghị quyết", "Chỉ thị", "Quyết định", "Nghị định",
    "Thông tư", "Kết luận", "Quy định", "Công văn", "Thông báo", "Kế hoạch", "Công điện", "Đề án",
    "Hướng dẫn", "Bộ luật", "Luật", "Hiến pháp", "Pháp lệnh",
)  # fmt: skip
_NAMED = ("Bộ luật", "Luật", "Pháp lệnh")  # cited by name: "Luật Đất đai", "Bộ luật Hình sự"
_LETTERS = LOWER + UPPER
_CODE = rf"[0-9{_LETTERS}]+"
# "18-NQ/TW", "123/QĐ-TTg", "15/2020/NĐ-CP", "03": digits, then "/"- or "-"-joined parts.
_NUMBER = rf"\d+(?:[/-]{_CODE})*"
_HEAD = re.compile("(?:" + "|".join(_TYPES) + ")(?= )")
_NUMBERED = re.compile(rf" (?:số )?({_NUMBER})")
# A plain number followed by these counts something: "Kế hoạch 5 năm", "Kết luận 3 nội dung".
_COUNTED = re.compile(r" (?:năm|tháng|ngày|giờ|lần|điểm|nội dung|nhóm|giải pháp|nhiệm vụ|chương|điều|%)")
_CONGRESS = re.compile(
    rf" (?:của )?((?:Hội nghị )?Trung ương|Đại hội)((?: [{_LETTERS}]+){{0,8}}?)"
    rf"(?: \(?(?:lần thứ|khóa) | )([IVXL]+|\d+)\b(?:,? \(?khóa ([IVXL]+)\)?)?"
)
_CONGRESS_FILLER = re.compile(r"\b(?:đại biểu toàn quốc|toàn quốc|lần thứ|của đảng|đảng(?! bộ))\b ?")
_LAW_WORD = rf"[{_LETTERS}]+"
_LAW_NAME = re.compile(rf" ([{UPPER}]{_LAW_WORD}(?:(?:,? | - ){_LAW_WORD}){{0,7}})")
_LAW_STOP = _words(
    """được đã và của có là năm này mới quy thì cho với về trong tại để theo khi do nhằm đang sẽ cũng
    không các những đến vào như sửa bổ hiện ban hành thông qua trình số"""
)
_SLASH_CODE = re.compile(rf"/[{UPPER}]")  # every issuer code has one: "-NQ/TW", "/QĐ-TTg", "/NĐ-CP"
_CODED_NUMBER = re.compile(rf"{_NUMBER}[/-][{UPPER}]{{1,6}}\d*(?:[/-]{_CODE})*")
_TOKEN_REACH = 20
_TYPE_BEFORE = re.compile(
    r"(nghị quyết|chỉ thị|quyết định|nghị định|thông tư|kết luận|quy định|công văn|thông báo|kế hoạch"
    r"|công điện|hướng dẫn|đề án|luật|pháp lệnh)(?: số)? $",
    re.IGNORECASE,
)
# Issuer codes of a number cited without its type ("số 18-NQ/TW").
_CODE_TYPES = {
    "NQ": "nghị quyết", "CT": "chỉ thị", "QĐ": "quyết định", "NĐ": "nghị định", "TT": "thông tư",
    "KL": "kết luận", "QĐi": "quy định", "TB": "thông báo", "KH": "kế hoạch", "CĐ": "công điện",
    "HD": "hướng dẫn", "QH": "luật", "CV": "công văn",
}  # fmt: skip
_CODE_PART = re.compile(rf"[{UPPER}][{_LETTERS}]*")


def _law_name(text: str, end: int) -> int | None:
    """End of the name of a law cited after ``end``: capitalised first word, up to a stop word."""
    found = _LAW_NAME.match(text, end)
    if not found:
        return None
    stop = found.end(1)
    for word in re.finditer(_LAW_WORD, text[found.start(1) : found.end(1)]):
        if word.start() and word.group() in _LAW_STOP:
            stop = found.start(1) + word.start()
            break
    return len(text[:stop].rstrip(" ,-"))


def _congress_key(found: re.Match[str]) -> str:
    body, scope, number, term = found.groups()
    words = _CONGRESS_FILLER.sub("", scope.lower()).split()
    parts = ["trung ương" if "Trung ương" in body else "đại hội", *words, number.lower()]
    if term:
        parts += ["khóa", term.lower()]
    return " ".join(parts)


def _headed(text: str) -> list[tuple[int, int, str]]:
    """Citations that start with a capitalised type word."""
    found = []
    for head in _HEAD.finditer(text):
        kind = head.group().lower()
        start, end = head.span()
        number = _NUMBERED.match(text, end)
        if number and (
            "/" in number.group(1) or "-" in number.group(1) or not _COUNTED.match(text, number.end())
        ):
            found.append((start, number.end(), f"{kind} {number.group(1).lower()}"))
            continue
        if kind == "nghị quyết" and (congress := _CONGRESS.match(text, end)):
            found.append((start, congress.end(), f"{kind} {_congress_key(congress)}"))
        elif head.group() in _NAMED and (name_end := _law_name(text, end)):
            name = " ".join(text[end:name_end].lower().split())
            found.append((start, name_end, f"{kind} {name}"))
        elif kind == "hiến pháp":
            year = re.match(r" (?:năm )?(\d{4})\b", text[end : end + 12])
            found.append(
                (start, end + (year.end() if year else 0), f"hiến pháp{' ' + year.group(1) if year else ''}")
            )
    return found


def _headless(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Numbers with an issuer code that no capitalised type introduced: "quyết định số 1/QĐ-TTg".

    Found from their "/" + capital, which is rare in running text, then read from the token start.
    """
    found: list[tuple[int, int, str]] = []
    for slash in _SLASH_CODE.finditer(text):
        start = slash.start()
        while start > 0 and slash.start() - start < _TOKEN_REACH and not text[start - 1].isspace():
            start -= 1
        while text[start] in "([“\"'‘":
            start += 1
        number = _CODED_NUMBER.match(text, start)
        if not number or number.end() <= slash.start():
            continue
        end = number.end()
        if any(s <= start < e for s, e, _ in taken) or (found and found[-1][1] > start):
            continue
        if before := _TYPE_BEFORE.search(text, max(0, start - _TOKEN_REACH), start):
            found.append((before.start(), end, f"{before.group(1).lower()} {number.group().lower()}"))
        elif kind := next(
            (_CODE_TYPES[c] for c in _CODE_PART.findall(number.group()) if c in _CODE_TYPES), None
        ):
            found.append((start, end, f"{kind} {number.group().lower()}"))
    return found


def find_documents(doc: Document) -> list[Mention]:
    """Every cited document, in text order (kind "document", key "nghị quyết 18-nq/tw")."""
    text = doc.text
    spans = _headed(text)
    spans += _headless(text, spans)
    starts = [s.start for s in doc.sentences]
    return [
        Mention("document", text[start:end], key, start, end, max(bisect_right(starts, start) - 1, 0))
        for start, end, key in sorted(spans)
    ]
