"""Find the central and local bodies an article names ("Bộ Công Thương", "UBND tỉnh Lạng Sơn").

Central bodies are a closed list (ministries and ministerial-level agencies, the Party's central
boards, the National Assembly and its committees, the Front and the mass organisations), so they
come from a curated lexicon with the abbreviations the press uses. Local bodies are open-ended
("Tỉnh ủy Lạng Sơn", "Sở Y tế tỉnh Cà Mau"): a head word, an optional level word and a place
name that the gazetteer knows.

The key is the body's full name in lower case with abbreviations written out, so that "UBND
tỉnh Lạng Sơn" and "Ủy ban nhân dân tỉnh Lạng Sơn" are one organisation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from orchestration.extraction.cleaning import LOWER, UPPER
from orchestration.extraction.gazetteer import COMMUNE, DISTRICT, PROVINCE, fold, gazetteer
from orchestration.extraction.model import Document, Mention

# Ministries and departments (a provincial "Sở" carries the same names).
_SECTORS = (
    "Công an",
    "Quốc phòng",
    "Ngoại giao",
    "Nội vụ",
    "Tư pháp",
    "Kế hoạch và Đầu tư",
    "Tài chính",
    "Công Thương",
    "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường",
    "Giao thông vận tải",
    "Xây dựng",
    "Tài nguyên và Môi trường",
    "Thông tin và Truyền thông",
    "Lao động - Thương binh và Xã hội",
    "Văn hóa, Thể thao và Du lịch",
    "Khoa học và Công nghệ",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Dân tộc và Tôn giáo",
    "Ngoại vụ",
)
_SECTOR_ABBREVIATIONS = {
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KHĐT": "Kế hoạch và Đầu tư",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "GTVT": "Giao thông vận tải",
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "KH&CN": "Khoa học và Công nghệ",
    "KHCN": "Khoa học và Công nghệ",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
}
# Central bodies: full name -> other names the press uses.
_CENTRAL: dict[str, tuple[str, ...]] = {
    "Bộ Chính trị": (),
    "Ban Bí thư": (),
    "Ban Chấp hành Trung ương Đảng": ("Ban Chấp hành Trung ương", "BCH Trung ương", "BCH TƯ", "BCHTW"),
    "Ủy ban Kiểm tra Trung ương": ("UBKT Trung ương", "UBKTTW", "UBKT TƯ"),
    "Ban Tổ chức Trung ương": ("Ban Tổ chức TƯ", "Ban Tổ chức TW"),
    "Ban Tuyên giáo Trung ương": ("Ban Tuyên giáo TƯ", "Ban Tuyên giáo TW"),
    "Ban Tuyên giáo và Dân vận Trung ương": (),
    "Ban Dân vận Trung ương": ("Ban Dân vận TƯ", "Ban Dân vận TW"),
    "Ban Kinh tế Trung ương": ("Ban Kinh tế TƯ", "Ban Kinh tế TW"),
    "Ban Nội chính Trung ương": ("Ban Nội chính TƯ", "Ban Nội chính TW"),
    "Ban Đối ngoại Trung ương": ("Ban Đối ngoại TƯ", "Ban Đối ngoại TW"),
    "Ban Chính sách, chiến lược Trung ương": (),
    "Văn phòng Trung ương Đảng": ("Văn phòng TƯ Đảng", "Văn phòng TW Đảng"),
    "Hội đồng Lý luận Trung ương": (),
    "Quân ủy Trung ương": ("Quân ủy TƯ", "Quân ủy TW"),
    "Đảng ủy Công an Trung ương": (),
    "Đảng ủy Khối các cơ quan Trung ương": (),
    "Đảng ủy Khối Doanh nghiệp Trung ương": (),
    "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": (
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực",
    ),
    "Đảng Cộng sản Việt Nam": (),
    "Quốc hội": (),
    "Ủy ban Thường vụ Quốc hội": ("UBTVQH", "Ủy ban TVQH"),
    "Văn phòng Quốc hội": (),
    "Hội đồng Dân tộc": (),
    "Ủy ban Kinh tế của Quốc hội": (),
    "Ủy ban Tài chính - Ngân sách": (),
    "Ủy ban Pháp luật": (),
    "Ủy ban Tư pháp": (),
    "Ủy ban Đối ngoại": (),
    "Ủy ban Quốc phòng và An ninh": (),
    "Ủy ban Văn hóa, Giáo dục": (),
    "Ủy ban Xã hội": (),
    "Ủy ban Khoa học, Công nghệ và Môi trường": (),
    "Chính phủ": (),
    "Văn phòng Chính phủ": (),
    "Văn phòng Chủ tịch nước": (),
    "Thanh tra Chính phủ": (),
    "Ủy ban Dân tộc": (),
    "Ngân hàng Nhà nước Việt Nam": ("Ngân hàng Nhà nước", "NHNN"),
    "Kiểm toán Nhà nước": (),
    "Tòa án nhân dân tối cao": ("TAND tối cao", "TANDTC"),
    "Viện Kiểm sát nhân dân tối cao": ("VKSND tối cao", "VKSNDTC"),
    "Hội đồng bầu cử quốc gia": (),
    "Mặt trận Tổ quốc Việt Nam": ("MTTQ Việt Nam",),
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": (
        "UBTƯ MTTQ Việt Nam",
        "UBTW MTTQ Việt Nam",
        "Ủy ban Trung ương MTTQ Việt Nam",
    ),
    "Tổng Liên đoàn Lao động Việt Nam": (),
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh": (
        "Trung ương Đoàn TNCS Hồ Chí Minh",
        "Trung ương Đoàn",
    ),
    "Hội Liên hiệp Phụ nữ Việt Nam": (),
    "Hội Nông dân Việt Nam": (),
    "Hội Cựu chiến binh Việt Nam": (),
    "Quân đội nhân dân Việt Nam": (),
    "Bộ Tổng Tham mưu": (),
    "Tổng cục Chính trị": (),
    "Bộ đội Biên phòng": (),
    "Cảnh sát biển Việt Nam": (),
    **{f"Bộ {sector}": () for sector in _SECTORS if sector != "Ngoại vụ"},
    **{f"Bộ {sector}": () for sector in ("Nông nghiệp và PTNT", "LĐ-TB và XH")},
}
# Local bodies: head as written -> head in the key; a level word and a place may follow.
_LOCAL_HEADS = {
    "UBND": "ủy ban nhân dân",
    "Ủy ban nhân dân": "ủy ban nhân dân",
    "HĐND": "hội đồng nhân dân",
    "Hội đồng nhân dân": "hội đồng nhân dân",
    "Tỉnh ủy": "tỉnh ủy",
    "Thành ủy": "thành ủy",
    "Huyện ủy": "huyện ủy",
    "Quận ủy": "quận ủy",
    "Thị ủy": "thị ủy",
    "Đảng ủy": "đảng ủy",
    "Ban Thường vụ Tỉnh ủy": "ban thường vụ tỉnh ủy",
    "Ban Thường vụ Thành ủy": "ban thường vụ thành ủy",
    "Ban Thường vụ Huyện ủy": "ban thường vụ huyện ủy",
    "Ban Chấp hành Đảng bộ": "ban chấp hành đảng bộ",
    "Đảng bộ": "đảng bộ",
    "Ủy ban MTTQ Việt Nam": "ủy ban mặt trận tổ quốc việt nam",
    "Ủy ban MTTQ": "ủy ban mặt trận tổ quốc",
    "Ủy ban Mặt trận Tổ quốc Việt Nam": "ủy ban mặt trận tổ quốc việt nam",
    "Ủy ban Mặt trận Tổ quốc": "ủy ban mặt trận tổ quốc",
    "Công an": "công an",
    "Bộ Chỉ huy Quân sự": "bộ chỉ huy quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng": "bộ chỉ huy bộ đội biên phòng",
    "Đoàn ĐBQH": "đoàn đại biểu quốc hội",
    "Đoàn đại biểu Quốc hội": "đoàn đại biểu quốc hội",
    "Ban Quản lý Khu kinh tế": "ban quản lý khu kinh tế",
    **{
        f"Sở {sector}": f"sở {sector.lower()}"
        for sector in _SECTORS
        if sector not in ("Quốc phòng", "Công an")
    },
    **{f"Sở {short}": f"sở {full.lower()}" for short, full in _SECTOR_ABBREVIATIONS.items()},
}
# Level words between a local head and its place, and how the key writes them.
_LEVELS = {
    "tỉnh": "tỉnh",
    "thành phố": "thành phố",
    "tp": "thành phố",
    "tp.": "thành phố",
    "huyện": "huyện",
    "quận": "quận",
    "thị xã": "thị xã",
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
}
_LETTERS = LOWER + UPPER
_LEVEL_AFTER = re.compile(
    rf" (tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)(?![{_LETTERS}])", re.IGNORECASE
)
_PLACE_RUN = re.compile(rf"\.? ?((?:[{UPPER}][{_LETTERS}]*(?: |-| - )?){{1,5}})")
_NEEDS_PLACE = frozenset(("công an", "đảng bộ", "đảng ủy"))
_PLACE_LEVELS = (PROVINCE, DISTRICT, COMMUNE)


@dataclass(frozen=True, slots=True)
class _Entry:
    spelling: str  # exactly as the text must write it
    key: str  # the organisation's key, or the head's key for a local body
    local: bool  # a local head: a level word and a place may follow


def _spellings(name: str) -> set[str]:
    """ "Bộ Lao động - Thương binh và Xã hội" may also be written with "-" or "–" between parts."""
    return {name, name.replace(" - ", "-"), name.replace(" - ", " – ")}


def _short_ministry(name: str) -> str | None:
    """ "Bộ Kế hoạch và Đầu tư" -> "Bộ KH&ĐT": the abbreviation the press uses for a ministry."""
    sector = name.removeprefix("Bộ ")
    return next((f"Bộ {short}" for short, full in _SECTOR_ABBREVIATIONS.items() if full == sector), None)


@cache
def _lexicon() -> tuple[dict[str, tuple[_Entry, ...]], re.Pattern[str]]:
    """Entries by first word (longest spelling first), and a regex of the first words.

    The regex is a plain alternation of capitalised words, which Python's engine scans quickly;
    the entry is then confirmed with ``str.startswith``, never by re-tokenising the text.
    """
    entries: list[_Entry] = []
    for name, aliases in _CENTRAL.items():
        key = name.lower()
        short = _short_ministry(name)
        for spelling in (name, *aliases, *([short] if short else [])):
            entries += [_Entry(variant, key, False) for variant in _spellings(spelling)]
    for head, key in _LOCAL_HEADS.items():
        entries += [_Entry(variant, key, True) for variant in _spellings(head)]
    by_first: dict[str, list[_Entry]] = {}
    for entry in entries:
        by_first.setdefault(entry.spelling.split()[0], []).append(entry)
    firsts = sorted(by_first, key=len, reverse=True)
    heads = re.compile("|".join(map(re.escape, firsts)))
    return {w: tuple(sorted(es, key=lambda e: -len(e.spelling))) for w, es in by_first.items()}, heads


def _local_place(text: str, end: int) -> tuple[int, str] | None:
    """ " tỉnh Lạng Sơn", " Lạng Sơn": where the place after a local head ends, and its key part."""
    level = _LEVEL_AFTER.match(text, end)
    cursor = level.end() if level else end
    run = _PLACE_RUN.match(text, cursor)
    level_key = _LEVELS[level.group(1).lower()] if level else None
    if run:
        words = list(re.finditer(rf"[{_LETTERS}]+", run.group(1)))
        for n in range(len(words), 0, -1):
            name = run.group(1)[: words[n - 1].end()]
            units = next((u for lv in _PLACE_LEVELS if (u := gazetteer().by_key.get((lv, fold(name))))), None)
            if units:
                return run.start(1) + len(name), " ".join(filter(None, (level_key, fold(units[0].name))))
    if level:
        return level.end(), level_key or ""
    return None


def find_organisations(doc: Document) -> list[Mention]:
    """Every named body, in text order (kind "organisation", key = full name in lower case)."""
    text = doc.text
    by_first, heads = _lexicon()
    starts = [s.start for s in doc.sentences]
    mentions: list[Mention] = []
    consumed = 0
    for head in heads.finditer(text):
        start = head.start()
        if start < consumed or (start and text[start - 1].isalpha()):
            continue
        for entry in by_first[head.group()]:
            end = start + len(entry.spelling)
            if not text.startswith(entry.spelling, start) or (end < len(text) and text[end].isalnum()):
                continue
            key = entry.key
            if entry.local:
                place = _local_place(text, end)
                if place is None and key in _NEEDS_PLACE:
                    break  # a bare "Công an", "Đảng bộ" is not one body
                if place:
                    end, place_key = place
                    key = f"{key} {place_key}".strip()
            sentence = max(bisect_right(starts, start) - 1, 0)
            mentions.append(Mention("organisation", text[start:end], key, start, end, sentence))
            consumed = end
            break
    return mentions
