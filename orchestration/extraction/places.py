"""Find the places an article names and resolve each to one gazetteer unit.

One case-sensitive Aho-Corasick pass finds every unit-type word followed by a capital or a number
("tỉnh L", "xã C", "phường 1") and every name worth reading bare (provinces, districts, countries,
regions). Case settles what it can ("hòa bình" is peace, "Hòa Bình" a province) before any Python
runs; the word before settles the rest ("Trương Hòa Bình" is a person, "sang Nga" a country).

Resolution is done per article, because a commune name alone is rarely unique: a type word fixes
the level ("xã Chi Lăng" vs "huyện Chi Lăng"), a following parent narrows the candidates ("xã Chi
Lăng, huyện Chi Lăng"), and the provinces the article names pick among the rest. A bare district
name is kept only when the article's provinces make it unique; a bare commune name never is.
Villages ("thôn", "bản", "ấp" ...) are not in the gazetteer: they inherit the province of the
nearest resolved unit.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise

import ahocorasick

from orchestration.extraction.cleaning import LOWER, UPPER
from orchestration.extraction.gazetteer import (
    COMMUNE,
    COUNTRY,
    DISTRICT,
    LEGACY,
    PROVINCE,
    REFORM,
    REGION,
    Unit,
    fold,
    gazetteer,
    lookup,
)
from orchestration.extraction.model import Document, Mention, Place
from orchestration.extraction.names import SURNAMES


def _words(text: str) -> frozenset[str]:
    """A word list written as words, one string."""
    return frozenset(text.split())


VILLAGE = "village"
_CITY = "city"  # "thành phố X": the centrally-run city X, else the provincial city X (district level)
_STOP = "stop"  # names that contain a place name but are not places
_CAPITAL = "capital"  # "thủ đô X": Hà Nội, or a foreign capital standing for its country

# type word -> (level, unit type in the gazetteer)
_TYPE_WORDS: dict[str, tuple[str, str | None]] = {
    "tỉnh": (PROVINCE, None),
    "tỉnh ủy": (PROVINCE, None),
    "thủ đô": (_CAPITAL, None),
    "thành phố": (_CITY, "Thành phố"),
    "tp": (_CITY, "Thành phố"),
    "thành ủy": (_CITY, "Thành phố"),
    "huyện": (DISTRICT, "Huyện"),
    "huyện đảo": (DISTRICT, "Huyện"),
    "huyện ủy": (DISTRICT, "Huyện"),
    "quận": (DISTRICT, "Quận"),
    "quận ủy": (DISTRICT, "Quận"),
    "thị xã": (DISTRICT, "Thị xã"),
    "thị ủy": (DISTRICT, "Thị xã"),
    "xã": (COMMUNE, "Xã"),
    "phường": (COMMUNE, "Phường"),
    "thị trấn": (COMMUNE, "Thị trấn"),
    "đặc khu": (COMMUNE, "Đặc khu"),
    **dict.fromkeys(
        ("thôn", "bản", "ấp", "xóm", "khóm", "buôn", "làng", "sóc", "tổ dân phố", "khu phố"), (VILLAGE, None)
    ),
}
# A village word right after these is part of another word: "nông thôn", "văn bản", "hàng xóm".
_NOT_VILLAGE_AFTER = _words(
    """nông văn cơ căn xuất biên kịch phiên nguyên bản dự hàng láng già đình trưởng nhật"""
)
_STOP_NAMES = ("Thái Bình Dương", "Ấn Độ Dương", "Hồ Chí Minh", "Chí Minh")
# Seats of central bodies that news names instead of the city: a reception "tại trụ sở Chính
# phủ" happens in Hà Nội. Resolved to the province.
_LANDMARKS = {
    "trụ sở Chính phủ": "Hà Nội",
    "Phủ Chủ tịch": "Hà Nội",
    "Nhà Quốc hội": "Hà Nội",
    "Hội trường Diên Hồng": "Hà Nội",
    "Trụ sở Trung ương Đảng": "Hà Nội",
    "Lăng Chủ tịch Hồ Chí Minh": "Hà Nội",
    "Khu di tích Chủ tịch Hồ Chí Minh": "Hà Nội",
    "Trung tâm Hội nghị Quốc gia": "Hà Nội",
    "Dinh Độc Lập": "Hồ Chí Minh",
    "Dinh Thống Nhất": "Hồ Chí Minh",
}
# Districts well known enough to be read bare anywhere (each unique in the country).
_FAMOUS_DISTRICTS = frozenset(
    fold(name)
    for name in (
        "Nha Trang", "Đà Lạt", "Vũng Tàu", "Hạ Long", "Phú Quốc", "Côn Đảo", "Sa Pa", "Buôn Ma Thuột",
        "Pleiku", "Quy Nhơn", "Móng Cái", "Điện Biên Phủ", "Mộc Châu", "Hội An", "Cam Ranh", "Phan Thiết",
        "Rạch Giá", "Mỹ Tho", "Thủ Đức", "Lý Sơn", "Bạch Long Vĩ", "Cồn Cỏ", "Cô Tô", "Vân Đồn",
    )
)  # fmt: skip
# Short country names that are also given names or words: read only in a clear context.
_LANGUAGE_AFTER = frozenset(("văn", "ngữ"))  # "Anh văn", "Pháp ngữ": the language
_SHORT_COUNTRIES = frozenset(("anh", "nga", "đức", "mỹ", "pháp", "ý", "úc", "bỉ", "áo", "séc", "lào"))
# Middle and given names that, right before a place name, make it the end of a person's name.
_GIVEN = _words(
    """Văn Thị Đức Minh Quốc Hữu Công Xuân Thanh Hồng Ngọc Kim Thu Hoài Bá Đình Trọng Tiến Mạnh Quang
    Huy Tuấn Anh Hải Thế Khắc Duy Trung Việt Phú Chí Gia Như Bảo Thành Tấn Sỹ Sĩ Hòa Vĩnh Tường Kế
    Long Ngọc Đăng Phước Phúc Hùng Dũng Hiếu Thiện Kiều Diệu Mỹ Lệ Tố Thúy Bích Cẩm Khánh Hoa Lan
    Nam"""
)
_PRONOUNS = _words("""ông bà anh chị em cô chú bác cháu cụ chí thầy cậu bé cha mẹ vợ chồng tiếng""")

_LETTERS = LOWER + UPPER
_TOKEN = rf"(?:[{UPPER}][{_LETTERS}'’]*|\d+)"
_NAME_RUN = re.compile(rf"[ .]*({_TOKEN}(?:(?: +| *[-–] *){_TOKEN}){{0,5}})")
_NAME_TOKEN = re.compile(_TOKEN)
_WORD_AFTER = re.compile(rf"[ ]+([{_LETTERS}]+)")
_PARENT_GAP = re.compile(r"\s*(?:,|-|–|\(|thuộc|của)?\s*$")
_ABROAD_GAP = re.compile(r"\s*[,(]\s*")
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s+và\s+|\s*;\s*)")
_SENTENCE_END = frozenset('.!?:\n"“”')
_LEADS = (" ", "(", "“", '"', "-", "–", "/", "\n", "‘", "'")
_GAP_WINDOW = 4  # how far back past punctuation and spaces to look for the word before a name
_WORD_WINDOW = 12
_BARE_LEVELS = (PROVINCE, COUNTRY, REGION, DISTRICT)  # a name that is both is read as the first
_REFORM_FROM = date(2025, 7, 1)
# "bản", "làng" also count or name things; one capitalised syllable then a lower-case one is a
# capitalised common noun ("bản Hiến pháp"), not a village.
_CLASSIFIERS = frozenset(("bản", "làng"))
_LOWER_NEXT = re.compile(rf" [{LOWER}]")
_VILLAGE_TOKENS = 3  # "thôn Quán Thanh": village names are one to three syllables
_VILLAGE_REACH = 40  # characters between a village and the commune that locates it


@dataclass(frozen=True, slots=True)
class _Pattern:
    """What a spelling in the automaton stands for, worked out once when the automaton is built."""

    spelling: str
    type_word: str | None  # "xã", "thành phố" ... (lower case), if the spelling is a type word
    type_length: int  # how much of the spelling is the type word ("xã C" -> 2)
    level: str | None  # province | country | region | district, for a name read bare
    candidates: tuple[Unit, ...]
    short_country: bool  # "Anh", "Nga", "Đức" ...: also names and words


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    level: str
    candidates: tuple[Unit, ...] = ()
    bare: bool = False
    type_word: str | None = None
    name: str = ""
    unit: Unit | None = None


def _spellings(surface: str, sentence_case: bool = False) -> set[str]:
    """How the text may write a name: as listed, capitalised, all capitals; with " - ", "-" or "–".
    ``sentence_case`` adds the name with only its first letter capital, a slip common with
    countries ("Nhật bản", "Hàn quốc") and harmless there; "Hòa bình" opening a sentence is peace.

    Matching is case-sensitive on purpose: a place name is written with capitals, so "hòa bình"
    (peace) and the pronoun "anh" never even reach the Python loop.
    """
    spellings = set()
    casings = {surface, surface[:1].upper() + surface[1:], surface.title(), surface.upper()}
    if sentence_case:
        casings.add(surface[:1].upper() + surface[1:].lower())
    for cased in casings:
        parts = re.split(r"\s*[-–]\s*", cased)
        spellings.update(
            {sep.join(parts) for sep in (" - ", "-", " – ", "–", " ")} if len(parts) > 1 else {cased}
        )
    return spellings


def _pattern(spelling: str, kinds: set[str]) -> _Pattern:
    level = None if _STOP in kinds else next((lv for lv in _BARE_LEVELS if lv in kinds), None)
    landmark = next((_LANDMARKS[k] for k in kinds if k in _LANDMARKS), None)
    return _Pattern(
        spelling=spelling,
        type_word=None,
        type_length=0,
        level=PROVINCE if landmark else level,
        candidates=lookup(PROVINCE, landmark) if landmark else lookup(level, spelling) if level else (),
        short_country=level == COUNTRY and spelling.lower() in _SHORT_COUNTRIES,
    )


@cache
def _automaton() -> ahocorasick.Automaton:
    """Type words and bare-readable names, each behind every character that can open a word."""
    kinds: dict[str, set[str]] = {}

    def add(surface: str, kind: str) -> None:
        for spelling in _spellings(surface, sentence_case=kind == COUNTRY):
            kinds.setdefault(spelling, set()).add(kind)

    for (level, key), surface in gazetteer().spellings.items():
        if level in (PROVINCE, COUNTRY, REGION) or (level == DISTRICT and " " in key):
            add(surface, level)
    for name in _STOP_NAMES:
        add(name, _STOP)
    for name in _LANDMARKS:
        add(name, name)
    automaton = ahocorasick.Automaton()
    for spelling, spelling_kinds in kinds.items():
        pattern = _pattern(spelling, spelling_kinds)
        for lead in _LEADS:
            automaton.add_word(lead + spelling, pattern)
    # A type word only counts before a capital or a number ("xã Chi Lăng", "phường 1"), so that is
    # put in the pattern: the many "xã hội", "cấp tỉnh", "nông thôn" never leave the automaton.
    for word in _TYPE_WORDS:
        for cased in {word, word.capitalize(), word.title(), word.upper()}:
            for sep in (" ", ".", ". ") if word == "tp" else (" ",):
                for initial in UPPER + "0123456789":
                    spelling = cased + sep + initial
                    pattern = _Pattern(spelling, word, len(cased), None, (), False)
                    for lead in _LEADS:
                        automaton.add_word(lead + spelling, pattern)
    automaton.make_automaton()
    return automaton


def _word_before(text: str, start: int) -> tuple[str, str]:
    """The word right before ``start`` and what separates it from the match ("" at text start)."""
    j = start
    while j > 0 and start - j < _GAP_WINDOW and not text[j - 1].isalnum():
        j -= 1
    k = j
    while k > 0 and j - k < _WORD_WINDOW and text[k - 1].isalnum():
        k -= 1
    return text[k:j], text[j:start]


def _part_of_person(text: str, start: int) -> bool:
    """ "Trương Hòa Bình", "Nguyễn Thái Bình", "bà Hà Giang": the place name ends a person's name."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    word = text[text.rfind(" ", max(0, start - _WORD_WINDOW), start - 1) + 1 : start - 1].lstrip(
        "(“\"'‘-–/\n"
    )
    return word in SURNAMES or word in _GIVEN or word.lower() in _PRONOUNS


def _short_country_ok(text: str, start: int, end: int) -> bool:
    """ "sang Nga", "Tổng thống Pháp", "Việt Nam - Lào": yes; "anh Đức", "Anh cho biết", "Đức Chung": no."""
    word, gap = _word_before(text, start)
    if not word or any(ch in _SENTENCE_END for ch in gap):
        return False
    if gap == " " and ((word[:1].isupper() and not word.isupper()) or word in _PRONOUNS):
        return False
    after = _WORD_AFTER.match(text, end)
    return not (after and (after.group(1)[:1].isupper() or after.group(1) in _LANGUAGE_AFTER))


def _bare_hit(text: str, start: int, end: int, pattern: _Pattern) -> _Hit | None:
    if pattern.level is None:
        return None
    if pattern.short_country and not _short_country_ok(text, start, end):
        return None
    if _part_of_person(text, start):
        return None
    return _Hit(start, end, pattern.level, pattern.candidates, bare=True, name=pattern.spelling)


def _candidates(level: str, unit_type: str | None, key: str) -> tuple[Unit, ...]:
    """Units a typed name can be: the stated type first, then the level (types changed over time).

    A capital, a city or a province that is no Vietnamese unit may be a foreign one standing for its
    country: "thủ đô Tokyo", "thành phố New York", "tỉnh Phúc Kiến".
    """
    by_key = gazetteer().by_key
    abroad = by_key.get((COUNTRY, key), ()) if level in (_CAPITAL, _CITY, PROVINCE) else ()
    if level == _CAPITAL:
        return by_key.get((PROVINCE, key), ()) or abroad
    if level == _CITY:
        cities = [u for u in by_key.get((PROVINCE, key), ()) if u.unit_type == "Thành phố"]
        if cities and cities[0].system == LEGACY:
            return tuple(cities)
        towns = by_key.get((DISTRICT, key), ())
        return (
            tuple(u for u in towns if u.unit_type == "Thành phố")
            or towns
            or by_key.get((PROVINCE, key), ())
            or abroad
        )
    found = by_key.get((level, key), ()) or abroad
    return tuple(u for u in found if u.unit_type == unit_type) or found


def _typed_hits(text: str, start: int, end: int, type_word: str) -> list[_Hit]:
    """The unit(s) named after a type word, "các xã A, B và C" included."""
    level, unit_type = _TYPE_WORDS[type_word]
    hits: list[_Hit] = []
    cursor, span_start = end, start
    while run := _NAME_RUN.match(text, cursor):
        tokens = list(_NAME_TOKEN.finditer(text, run.start(1), run.end(1)))
        if level == VILLAGE:
            if type_word in _CLASSIFIERS and len(tokens) == 1 and _LOWER_NEXT.match(text, tokens[0].end()):
                break  # "bản Tuyên ngôn", "bản Hiến pháp": a copy of a document, not a village
            name = text[tokens[0].start() : tokens[min(len(tokens), _VILLAGE_TOKENS) - 1].end()]
            hits.append(
                _Hit(span_start, tokens[0].start() + len(name), VILLAGE, type_word=type_word, name=name)
            )
            break
        hit = None
        for n in range(len(tokens), 0, -1):
            name = text[tokens[0].start() : tokens[n - 1].end()]
            key = fold(name)
            if hits and (PROVINCE, key) in gazetteer().by_key:
                break  # "xã A, Lạng Sơn": the list has ended, the province follows
            found = _candidates(level, unit_type, key)
            if found:
                hit = _Hit(
                    span_start, tokens[n - 1].end(), found[0].level, found, type_word=type_word, name=name
                )
                break
        if hit is None:
            break
        hits.append(hit)
        gap = _LIST_GAP.match(text, hit.end)
        if not gap:
            break
        cursor = span_start = gap.end()
    return hits


def _village_word_ok(text: str, start: int) -> bool:
    """ "thôn Quán Thanh", "Thôn 3 có" yes; "nông thôn Mới", "văn bản", "Nhật Bản" no."""
    word, gap = _word_before(text, start)
    if not word or any(ch in _SENTENCE_END for ch in gap):
        return True
    return text[start].islower() and not (gap == " " and word.lower() in _NOT_VILLAGE_AFTER)


def _raw_hits(text: str) -> list[_Hit]:
    """Every typed or bare-readable name, left to right, not yet resolved."""
    hits: list[_Hit] = []
    consumed = 0
    size = len(text)
    # The lead space lets a name open the text; ``last`` (the match's last index in the padded
    # text) is therefore the match's end in ``text``.
    for end, pattern in _automaton().iter_long(" " + text):
        start = end - len(pattern.spelling)
        if start < consumed:
            continue
        if pattern.type_word:
            typed = _typed_hits(text, start, start + pattern.type_length, pattern.type_word)
            if typed and (typed[0].level != VILLAGE or _village_word_ok(text, start)):
                hits.extend(typed)
                consumed = typed[-1].end
            continue
        if end < size and (text[end].isalnum() or text[end] in "'’"):
            continue
        hit = _bare_hit(text, start, end, pattern)
        if hit:
            hits.append(hit)
            consumed = end
    return hits


def _prefer_reform(doc: Document) -> bool:
    day = doc.article.published_at or doc.article.retrieved_at
    return bool(day and day >= _REFORM_FROM)


def _by_system(units: tuple[Unit, ...], reform: bool) -> tuple[Unit, ...]:
    """Keep one system: the legacy one for articles before the 2025 reform, if it has the name."""
    for system in (REFORM, LEGACY) if reform else (LEGACY, REFORM):
        kept = tuple(u for u in units if u.system == system)
        if kept:
            return kept
    return units[:1]


def _narrow(hit: _Hit, parent: Unit | None, context: Counter[str | None]) -> Unit | None:
    """One candidate of a typed name: inside the parent that follows it, else in the article's province."""
    candidates = hit.candidates
    if parent and parent.level in (PROVINCE, DISTRICT) and parent.level != hit.level:
        if parent.level == DISTRICT:
            inside = tuple(u for u in candidates if u.parent_code == parent.code)
        else:
            inside = tuple(u for u in candidates if u.province_code == parent.province_code)
        candidates = inside or candidates
    if len(candidates) > 1:
        best = max(context[u.province_code] for u in candidates)
        if best:
            candidates = tuple(u for u in candidates if context[u.province_code] == best)
    return candidates[0] if len(candidates) == 1 else None


def _context(hits: list[_Hit]) -> Counter[str | None]:
    """How often the article names each province, directly or through one of its units."""
    return Counter(h.unit.province_code for h in hits if h.unit and h.unit.province_code)


def _resolve(hits: list[_Hit], text: str, reform: bool) -> None:
    """Fix a unit on every hit that can be resolved; leave ``unit`` None on the rest."""
    for hit in hits:
        if hit.level in (PROVINCE, COUNTRY, REGION) and hit.candidates:
            hit.unit = (
                hit.candidates[0] if len(hit.candidates) == 1 else _by_system(hit.candidates, reform)[0]
            )
        elif hit.candidates and not hit.bare:
            hit.candidates = _by_system(hit.candidates, reform)
            if len(hit.candidates) == 1:
                hit.unit = hit.candidates[0]
    abroad = {hit.unit: after.unit for hit, after in pairwise(hits) if _abroad(hit, after, text)}
    for hit in hits:
        if hit.unit in abroad:
            hit.unit = abroad[hit.unit]
    context = _context(hits)
    parent: _Hit | None = None  # the nearest non-village hit to the right
    for hit in reversed(hits):
        if hit.level == VILLAGE:
            continue
        if hit.unit is None and hit.bare:
            legacy = tuple(u for u in hit.candidates if u.system == LEGACY)
            known = tuple(u for u in legacy if context[u.province_code])
            if len(known) == 1:
                hit.unit = known[0]
            elif len(legacy) == 1 and fold(hit.name) in _FAMOUS_DISTRICTS:
                hit.unit = legacy[0]
        elif hit.unit is None:
            adjacent = parent and _PARENT_GAP.match(text, hit.end, parent.start)
            hit.unit = _narrow(hit, parent.unit if parent and adjacent else None, context)
        parent = hit


def _abroad(hit: _Hit, after: _Hit, text: str) -> bool:
    """A Vietnamese name that a foreign country places in brackets: "TP Trịnh Châu (tỉnh Hà Nam, Trung
    Quốc)" is China's Henan, not Việt Nam's Hà Nam, and so is the article's later "Bí thư Tỉnh ủy tỉnh Hà
    Nam": each stands for that country."""
    if hit.unit is None or after.unit is None or hit.unit.country != "Việt Nam" or hit.level == COUNTRY:
        return False
    return (
        after.unit.level == COUNTRY
        and after.unit.country != "Việt Nam"
        and _ABROAD_GAP.fullmatch(text, hit.end, after.start) is not None
        and text[after.end : after.end + 1] == ")"
    )


def _village_place(hits: list[_Hit], index: int, context: Counter[str | None]) -> Place:
    """A village takes the province of the unit right after it ("thôn A, xã B"), else the one before."""
    hit = hits[index]
    near = next((h for h in hits[index + 1 :] if h.unit), None)
    if not near or near.start - hit.end > _VILLAGE_REACH:
        near = next((h for h in reversed(hits[:index]) if h.unit and h.unit.province_code), None)
    province_name = province_code = None
    if near and near.unit and near.unit.province_code:
        province_name, province_code = near.unit.province_name, near.unit.province_code
    elif context:
        province_code = context.most_common(1)[0][0]
        province_name = next(
            h.unit.province_name for h in hits if h.unit and h.unit.province_code == province_code
        )
    return Place(
        name=hit.name,
        full_name=f"{(hit.type_word or '').capitalize()} {hit.name}",
        level=VILLAGE,
        code=None,
        province_name=province_name,
        province_code=province_code,
    )


def find_places(doc: Document) -> list[Mention]:
    """Every resolvable place in the article, in text order (kind "place", key = location id)."""
    text = doc.text
    hits = _raw_hits(text)
    _resolve(hits, text, _prefer_reform(doc))
    context = _context(hits)
    starts = [s.start for s in doc.sentences]
    mentions = []
    for i, hit in enumerate(hits):
        if hit.level == VILLAGE:
            place = _village_place(hits, i, context)
            key = f"village:{place.province_code or '-'}:{fold(place.full_name)}"
        elif hit.unit:
            place, key = hit.unit.place, hit.unit.location_id
        else:
            continue
        sentence = max(bisect_right(starts, hit.start) - 1, 0)
        mentions.append(
            Mention("place", text[hit.start : hit.end], key, hit.start, hit.end, sentence, place=place)
        )
    return mentions
