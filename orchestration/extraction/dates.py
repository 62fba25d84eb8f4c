"""Dates of events in an article, and the year they fall in.

News reports name the day of an event without its year ("Ngày 25-8", "sáng 22/4", "hôm qua"), so a
day only becomes a date against an anchor: the publication date, else the capture date (the article
was published on or before it). Many archived articles carry neither; then the year is inferred
from what the text itself pins down: explicit years, terms of office ("nhiệm kỳ 2020-2025"), Party
congress and National Assembly ordinals, and who held the office named (``offices.TERMS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from orchestration.extraction.model import Document
from orchestration.extraction.names import CAPITALS
from orchestration.extraction.offices import HOLDERS, TERMS

#: Day or part of day that may introduce a day/month: "Ngày 7/7", "sáng 22/4", "Chiều nay 15-5",
#: "Hôm nay (7-2)" (the day in brackets after a relative word).
_DAY_WORD = r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Hh]ôm)(?:\s+(?:nay|qua|mai))?"
_SEP = r"\s*[/.\-–]\s*"
#: A day kept every year is no day of an event: "Ngày 2-2 hằng năm là ngày Đất ngập nước thế giới".
_YEARLY = r"(?!\s+(?:hằng|hàng) năm)"
#: "ngày 14 -15/5", "ngày 15 - 18/4/2017", "từ ngày 7 tới 8/2": a range keeps its first day.
_RANGE = r"(?:(?P<first>\d{1,2})\s*(?:-|–|và|,|tới|đến)\s*(?:ngày\s+)?)?"
_DAY_MONTH = re.compile(
    rf"(?<!\w){_DAY_WORD}\s+\(?{_RANGE}(?P<day>\d{{1,2}}){_SEP}(?P<month>\d{{1,2}})(?!\d|[.,]\d)"
    rf"(?:{_SEP}(?P<year>(?:19|20)\d\d)(?!\d))?{_YEARLY}"
)
#: A range needs no introducing word: "trong thời gian 3 ngày (từ 29 - 31/5)".
_FROM_RANGE = re.compile(
    rf"(?<!\w)[Tt]ừ\s+(?P<first>\d{{1,2}})\s*[-–]\s*(?P<day>\d{{1,2}}){_SEP}(?P<month>\d{{1,2}})(?!\d|[.,]\d)"
    rf"(?:{_SEP}(?P<year>(?:19|20)\d\d)(?!\d))?"
)
#: A full date needs no introducing word: "25/8/2023", "18-2-1966".
_FULL_DATE = re.compile(
    r"(?<![\w/.\-])(?P<day>\d{1,2})([/.\-])(?P<month>\d{1,2})\2(?P<year>(?:18|19|20)\d\d)(?!\d)"
)
#: "ngày 6 tháng 2 năm 2017", "ngày 6 tháng 2".
_WORDED_DATE = re.compile(
    rf"(?<!\w){_DAY_WORD}\s+(?P<day>\d{{1,2}})\s+tháng\s+(?P<month>\d{{1,2}})(?:\s*(?:năm|,)\s*(?P<year>(?:19|20)\d\d))?"
    rf"{_YEARLY}"
)
_RELATIVE = re.compile(
    r"(?<!\w)(?:(?P<back1>hôm qua|tối qua|đêm qua|chiều qua|sáng qua|trưa qua)"
    r"|(?P<back2>hôm kia)"
    r"|(?P<today>hôm nay|sáng nay|chiều nay|trưa nay|tối nay|đêm nay))(?!\w)",
    re.IGNORECASE,
)
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
_WEEKDAY = re.compile(
    r"(?<!\w)(?:(?:sáng|chiều|tối|trưa|ngày|hôm)\s+)?(?:thứ\s+(?P<wd>[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)"
    r"|(?P<sun>[Cc]hủ nhật))(?!\w)(?!\s*(?:tuần|\d))"
)


#: Two full dates of different years joined by a dash: an anniversary or a past period
#: ("(27/7/1947 - 27/7/2017)", "19/5/1890 – 19/5/2017"), never the day of an event reported.
_SPAN = re.compile(r"\s*[-–]\s*$")
#: The second end of a range whose ends name their months: "28.6 - 1.7", "30/11 đến 2/12/2017".
_MONTH_RANGE_END = re.compile(r"\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?!\d)")
#: A day/month read after the anchor is put in the year before only when that lands this close
#: to it (a December day read in January); a day weeks ahead is an announcement, not a report.
_ROLL_BACK = timedelta(days=183)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A day named in the text: either day/month (year maybe missing) or an offset from the anchor."""

    start: int
    end: int
    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    days_back: int | None = None  # relative: 0 today, 1 yesterday
    weekday: int | None = None  # relative: Monday 0 .. Sunday 6
    in_span: bool = False  # one end of an anniversary or a period ("1947 - 2017")
    is_range: bool = False  # the first day of a stated range: "ngày 3 - 8/7"


def _valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def find_dates(text: str) -> list[DateMention]:
    """Every day expression in ``text``, in order; spans never overlap (the fullest form wins)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(mention: DateMention) -> None:
        if any(mention.start < end and start < mention.end for start, end in taken):
            return
        taken.append((mention.start, mention.end))
        found.append(mention)

    for pattern in (_WORDED_DATE, _DAY_MONTH, _FROM_RANGE, _FULL_DATE):
        for m in pattern.finditer(text):
            first = m.groupdict().get("first")
            day, month = int(first or m.group("day")), int(m.group("month"))
            if not _valid(day, month):
                continue
            year = int(m.group("year")) if m.group("year") else None
            add(DateMention(m.start(), m.end(), m.group(0), day, month, year, is_range=first is not None))
    for m in _RELATIVE.finditer(text):
        back = 1 if m.group("back1") else 2 if m.group("back2") else 0
        add(DateMention(m.start(), m.end(), m.group(0), days_back=back))
    for m in _WEEKDAY.finditer(text):
        weekday = 6 if m.group("sun") else _WEEKDAYS[m.group("wd").lower()]
        add(DateMention(m.start(), m.end(), m.group(0), weekday=weekday))
    found.sort(key=lambda mention: mention.start)
    return _mark_spans(text, _mark_month_ranges(text, found))


def _mark_month_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """Flag the first day of a range over a month's end, "từ ngày 28.6 - 1.7", "từ 30/11 đến 2/12": the
    trip began then, whatever day the report was filed."""
    firsts = {
        m.start
        for m in found
        if m.day is not None and m.year is None and not m.is_range and _MONTH_RANGE_END.match(text, m.end)
    }
    return [replace(m, is_range=True) if m.start in firsts else m for m in found] if firsts else found


def _mark_spans(text: str, found: list[DateMention]) -> list[DateMention]:
    """Flag both ends of "d/m/y1 - d/m/y2" with y1 != y2: the dates of a span, not of an event."""
    ends: set[int] = set()
    for first, second in pairwise(found):
        if (
            first.year is not None
            and second.year is not None
            and first.year != second.year
            and _SPAN.match(text[first.end : second.start])
        ):
            ends.update((first.start, second.start))
    if not ends:
        return found
    return [replace(m, in_span=True) if m.start in ends else m for m in found]


# --- the anchor and the year ------------------------------------------------------------------

#: National leaders and the years they held the office (inclusive), so that "Tổng Bí thư Nguyễn Phú
#: Trọng" bounds the year of an undated article. Offices are named as ``people.py`` canonicalises them.
#: National Party congresses (Đại hội Đảng toàn quốc) by ordinal; the term ("khóa") runs five years.
_CONGRESS_YEARS = {"IX": 2001, "X": 2006, "XI": 2011, "XII": 2016, "XIII": 2021, "XIV": 2026}
#: National Assembly terms ("Quốc hội khóa XIV" = 2016-2021).
_ASSEMBLY_YEARS = {
    "IX": 1992,
    "X": 1997,
    "XI": 2002,
    "XII": 2007,
    "XIII": 2011,
    "XIV": 2016,
    "XV": 2021,
    "XVI": 2026,
}

_ROMAN = r"(XVI|XV|XIV|XIII|XII|XI|X|IX)"
_ASSEMBLY = re.compile(rf"Quốc hội\s*(?:\(\s*)?[Kk]h(?:óa|oá|oa)\s+{_ROMAN}(?![\w])")
_CONGRESS = re.compile(
    rf"(?:Đại hội(?:\s+(?:đại biểu toàn quốc|Đảng toàn quốc|toàn quốc))?(?:\s+lần thứ)?\s+{_ROMAN}"
    rf"(?!\w)(?!\s+(?:Đảng bộ|của Đảng bộ))"
    rf"|(?:Trung ương|Bộ Chính trị|Ban Bí thư|Đảng)\s*(?:\d+\s*)?(?:\(\s*)?"
    rf"[Kk]h(?:óa|oá|oa)\s+{_ROMAN}(?![\w]))"
)
#: Wording that the (next) congress is still ahead: the text is from the congress season before it.
_PREPARING = re.compile(
    r"(?:chuẩn bị|tiến tới|hướng tới|chào mừng)\s+(?:và tiến hành\s+)?Đại hội|Đại hội[^.;]{0,60}?sắp tới",
    re.IGNORECASE,
)
#: A congress named just before a term: "Đại hội đại biểu Đảng bộ tỉnh X lần VIII (nhiệm kỳ 2005-2010)".
#: Not the congress's resolution being carried out: "thực hiện Nghị quyết Đại hội ..., nhiệm kỳ 2020-2025".
_CONGRESS_BEFORE = re.compile(r"(?<!quyết )(?<!NQ )Đại hội[^.;:]*$", re.IGNORECASE)
_CONGRESS_REACH = 120
_TERM = re.compile(r"nhiệm kỳ\s+(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)")
#: A year that states a completed period: "năm 2022", "6 tháng đầu năm 2023", "tháng 5/2017".
_YEAR = re.compile(
    # the lookahead, which every match passes, lets the scan skip most positions of a text at once
    r"(?=[đtvgpkcNn12])"
    r"(?P<lead>(?:đến|tới|vào|trước|giai đoạn|phấn đấu|tầm nhìn|kế hoạch)\s+(?:cuối\s+)?năm\s+|"
    r"từ nay\s+(?:đến|tới)\s+(?:cuối\s+)?(?:năm\s+)?|"
    r"tháng\s+\d{1,2}\s*/\s*|(?:đầu|cuối|giữa)\s+năm\s+|[Nn]ăm\s+|(?<![\d/.\-]))"
    r"(?P<year>(?:19|20)\d\d)(?![\d])(?P<range>\s*[-–]\s*(?:19|20)\d\d)?"
)
#: The open end of a bound by a stated year, and the end given to the terms of sitting leaders.
_OPEN_END = 9999
_SITTING = 2030
#: What makes the year after it a birth year: "Dương Văn Piềng (SN 1992)", "sinh năm 1980".
_BIRTH_BEFORE = re.compile(r"(?<!\w)(?:sn|sinh|sinh năm)\s*$", re.IGNORECASE)
#: A person's name and an opening bracket: "nạn nhân Phạm Văn Khương (1991)" gives his birth year.
_NAME_BRACKET = re.compile(rf"(?:[{CAPITALS}][^\W\d_]*\s+){{1,3}}[{CAPITALS}][^\W\d_]*\s*\($")


def born_in(text: str, start: int, end: int) -> bool:
    """Whether the year at ``start:end`` of ``text`` is someone's birth year: "sinh năm 1991", "SN 1985",
    or bracketed alone after a name ("Phạm Văn Khương (1991)"). Such a year dates neither the article
    nor a figure."""
    if _BIRTH_BEFORE.search(text, max(0, start - 9), start):
        return True
    return text.startswith(")", end) and _NAME_BRACKET.search(text, max(0, start - 60), start) is not None


_FUTURE_LEAD = ("đến", "tới", "vào", "trước", "giai đoạn", "phấn đấu", "tầm nhìn", "kế hoạch", "từ nay")
#: Words before a day that is ahead: a deadline ("trước ngày 15/7/2017"); "tính đến ngày 31/7/2016" is past.
_DUE_DAY_BEFORE = re.compile(
    r"(?:(?<!tính\s)(?:đến|tới)|trước|hạn|chậm nhất)\s+(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE
)
#: A year told of as ahead: "Năm 2005: Sẽ cho vay 1.000 tỷ đồng", "năm 2018 dự kiến ...".
_FUTURE_AFTER = re.compile(r"\s*[:,]?\s*(?:sẽ|dự kiến)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _leader_names() -> re.Pattern[str]:
    names = sorted(HOLDERS, key=len, reverse=True)
    # the lookahead on the names' first letters spares the alternation at most positions: 3x faster
    initials = "".join(sorted({re.escape(name[0]) for name in names}))
    return re.compile(rf"(?=[{initials}])(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def _leader_bounds(text: str) -> list[tuple[int, int]]:
    """Terms of the leaders named with their office ("Tổng Bí thư Nguyễn Phú Trọng")."""
    bounds: list[tuple[int, int]] = []
    for m in _leader_names().finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].rstrip(" ,")
        before = before.removesuffix(" Chính phủ").lower()  # "Tổng bí thư" as often as "Tổng Bí thư"
        bounds.extend(
            (term.first, term.last)
            for term in TERMS
            if term.name == m.group(0) and before.endswith(term.office.lower())
        )
    return bounds


def _terms(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Terms of office the text names: those a congress opens, and the others.

    "Đại hội Đảng bộ tỉnh X (nhiệm kỳ 2005-2010)": the congress sits in the term's first year or at the
    end of the year before ("nhiệm kỳ 2006-2010" for a congress of December 2005); any other term
    bounds the event to its own years.
    """
    opened, others = [], []
    for m in _TERM.finditer(text):
        first, last = int(m.group("a")), int(m.group("b"))
        if last - first not in (4, 5):
            continue
        if _CONGRESS_BEFORE.search(text, max(0, m.start() - _CONGRESS_REACH), m.start()):
            opened.append((first - 1, first))
        else:
            others.append((first, last))
    return opened, others


def _year_bounds(text: str, terms: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Year intervals the text's event must lie in, strongest evidence first: the ``terms`` (leaders'
    offices, terms congresses open, other terms named), then assemblies, congresses and the latest
    year stated."""
    bounds = list(terms)
    for m in _ASSEMBLY.finditer(text):
        year = _ASSEMBLY_YEARS.get(m.group(1))
        if year is not None:
            bounds.append((year, year + 5))
    for m in _CONGRESS.finditer(text):
        year = _CONGRESS_YEARS.get(next(g for g in m.groups() if g))
        if year is not None:
            bounds.append((year, year + 5))
    latest = latest_year(text)
    if latest is not None:
        bounds.append((latest, _OPEN_END))
    return bounds


@lru_cache(maxsize=16)
def latest_year(text: str) -> int | None:
    """The latest year the text reports as past, the earliest its writing can be: a year it states
    (not a plan's "đến năm 2020" or "năm 2005 sẽ ...", a range or a birth year), one more where it says
    "năm 2016", since a year's results are reported in the next, or the year of a day written in full
    ("Trong hai ngày 1 và 2-3-2005"), not a deadline's. None if it states no year.

    Cached: an undated article whose year cannot be inferred asks twice, once through ``infer_year``
    and once for its figures' default period."""
    past = [
        int(m.group("year")) + (1 if (m.group("lead") or "").strip().lower() == "năm" else 0)
        for m in _YEAR.finditer(text)
        if not m.group("range")
        and not (m.group("lead") or "").strip().startswith(_FUTURE_LEAD)
        and not _FUTURE_AFTER.match(text, m.end())
        and not born_in(text, m.start("year"), m.end("year"))
    ]
    past += [
        int(m.group("year"))
        for m in _FULL_DATE.finditer(text)
        if not _DUE_DAY_BEFORE.search(text, max(0, m.start() - 20), m.start())
    ]
    return max(past, default=None)


#: A list of related articles closing a crawl, each line ending in its date: "Gia cầm 'xé rào' vào Hà Nội
#: (06/02/2004)". They came out before the article or with it, so the latest one gives its year.
_LINKED_DATE = re.compile(r"\(\d{1,2}/\d{1,2}/(?P<year>(?:19|20)\d\d)\)[ \t]*$", re.MULTILINE)
_LINKS_AT_LEAST = 2


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """One line of a closing list of related articles: its span in the text and the year it ends in."""

    start: int
    end: int
    year: int

    def holds(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


@lru_cache(maxsize=16)
def related_links(text: str) -> tuple[RelatedLink, ...]:
    """The lines of a closing list of dated related articles, when the text has at least two.

    Each is another article's headline ("Gần 500.000 thí sinh hoàn thành môn thi đầu tiên
    (09/07/2004)"): its figures and people are that article's, not this one's. A single line ending in
    a date may be the article's own sentence, so one alone is no list."""
    found = [
        RelatedLink(text.rfind("\n", 0, m.start()) + 1, m.end(), int(m.group("year")))
        for m in _LINKED_DATE.finditer(text)
    ]
    return tuple(found) if len(found) >= _LINKS_AT_LEAST else ()


@lru_cache(maxsize=16)
def infer_year(text: str) -> int | None:
    """The most likely year of the event a dateless article reports, or None if nothing bounds it.

    Cached: the visit rules ask for an undated article's reference date for several sentences.

    A closing list of dated related articles settles it (``related_links``). Otherwise:

    Intervals are intersected in order of strength; one that would empty the intersection is
    dropped (an old year quoted in a speech must not erase a leader's term). When the text prepares
    a coming congress, the year is a congress eve: provincial congresses sit in the year before the
    national one (2010, 2015, 2020, 2025). With a year the text states, the earliest year left wins,
    as reports follow the facts they quote closely (figures for 2022 are quoted in 2023), unless a
    congress that opens a term is reported: then its term's first year, when still possible. Bounded by
    offices alone, the latest year of a closed interval wins: an archive of reports from a term's
    last years names leaders whose terms began long before ("Tổng Bí thư Nông Đức Mạnh" in 2005).
    """
    linked = related_links(text)
    if linked:
        return max(link.year for link in linked)
    low, high, informative, stated = 1945, 2100, False, False
    opened, others = _terms(text)
    offices = [*_leader_bounds(text), *opened]
    for at, (first, last) in enumerate(_year_bounds(text, [*offices, *others])):
        if max(low, first) <= min(high, last):
            low, high, informative = max(low, first), min(high, last), True
            stated = stated or at >= len(offices)
    if _PREPARING.search(text):
        eves = [year - 1 for year in _CONGRESS_YEARS.values() if low <= year - 1 <= high]
        if eves:
            return eves[0]
    if not informative or high - low >= 20:
        return None
    congresses = [first + 1 for first, _ in opened if low <= first + 1 <= high]
    if congresses:
        return min(congresses)  # a congress sits in its term's first year unless the text says before
    return high if not stated and high < _SITTING else low


#: An undated report that says which day today is: "Sáng nay (25/11), ...", "hôm nay (7-2)".
_TODAY = re.compile(
    r"(?<!\w)(?:[Hh]ôm|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm) nay"
    r"\s*\((?P<day>\d{1,2})\s*[/-]\s*(?P<month>\d{1,2})\)"
)
#: How an article reference is obtained when it is a real day, one relative days can be counted from.
ANCHORED = frozenset({"published", "retrieved", "stated"})


def article_reference(doc: Document) -> tuple[date | None, str]:
    """The date an article's day expressions are read against, and how it was obtained.

    Returns ``(published_at, "published")``, else ``(retrieved_at, "retrieved")`` (publication is
    on or before capture), else, when the year is inferred, ``(the day the text calls today,
    "stated")`` or ``(31 December of that year, "year_inferred")`` whose year only is meaningful,
    else ``(None, "unknown")``.
    """
    article = doc.article
    if article.published_at is not None:
        return article.published_at, "published"
    if article.retrieved_at is not None:
        return article.retrieved_at, "retrieved"
    year = infer_year(doc.text)
    if year is None:
        return None, "unknown"
    today = _TODAY.search(doc.text)
    stated = _safe_date(year, int(today["month"]), int(today["day"])) if today else None
    if stated is not None:
        return stated, "stated"
    return date(year, 12, 31), "year_inferred"


def resolve(mention: DateMention, reference: date | None, how: str) -> tuple[date | None, str]:
    """The calendar date of ``mention`` against the article reference, with its precision.

    A day/month without year takes the reference year, or the year before when that would put it
    after the reference and the year before is close to it (a December day read in January).
    A report cannot be dated after its own publication (or capture): a day that still falls after
    the reference is an announcement or a misreading, and gives ``(None, "unknown")``.
    Relative days need a real anchor.
    """
    if mention.day is not None and mention.month is not None:
        if mention.year is not None:
            stated = _safe_date(mention.year, mention.month, mention.day)
            if stated is not None and how in ANCHORED and reference is not None and stated > reference:
                return None, "unknown"
            return stated, "day"
        if reference is None:
            return None, "unknown"
        if how == "year_inferred":
            return _safe_date(reference.year, mention.month, mention.day), "year_inferred"
        candidate = _safe_date(reference.year, mention.month, mention.day)
        if candidate is not None and candidate > reference:
            candidate = _safe_date(reference.year - 1, mention.month, mention.day)
            if candidate is not None and reference - candidate > _ROLL_BACK:
                candidate = None
        return (candidate, "day") if candidate is not None else (None, "unknown")
    if reference is None or how == "year_inferred":
        return None, "unknown"
    if mention.days_back is not None:
        return reference - timedelta(days=mention.days_back), "day"
    if mention.weekday is not None:
        return reference - timedelta(days=(reference.weekday() - mention.weekday) % 7), "day"
    return None, "unknown"


def is_ahead(mention: DateMention, reference: date) -> bool:
    """Whether a stated day falls after the reference, read in its own year or the reference's: the
    day of an announcement ("sẽ thăm ... từ ngày 11-18/6" on 10/6), which ``resolve`` leaves undated."""
    if mention.day is None or mention.month is None:
        return False
    stated = _safe_date(mention.year or reference.year, mention.month, mention.day)
    return stated is not None and stated > reference


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
