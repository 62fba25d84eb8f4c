"""Official visits: who went where, and when, as the article reports it.

A visit is stated in one sentence that joins a national official (or a foreign guest), a trip
verb (thăm, làm việc tại/với, kiểm tra, dự ... tại, chúc Tết ...) and a destination. The
principal is the delegation's head, so per destination only the highest-ranked official with
such a sentence is kept: ministers and deputy ministers travelling with the General Secretary
are members, not visits. Planned trips and background ("năm ngoái", "sẽ thăm") are not visits,
and neither is a local official at home (only national and foreign people qualify).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from orchestration.extraction.dates import DateMention, article_reference, find_dates, resolve
from orchestration.extraction.gazetteer import province_by_name
from orchestration.extraction.model import Document, Mention, Place, Sentence, Visit
from orchestration.extraction.people import person_level, title_info

_TRIGGER = re.compile(
    r"(?<!\w)(?:thăm|làm việc|buổi làm việc|(?<!công tác )kiểm tra|khảo sát|thị sát|chúc [Tt]ết|"
    r"tặng quà|trao quà|"
    r"dâng hương|(?:về|đến|tới) dự|dự (?:lễ|hội nghị|buổi|đại hội|chương trình|khai mạc|lễ hội|ngày hội|"
    r"khánh thành|khởi công)|chủ trì (?:hội nghị|buổi)|tiếp xúc cử tri|công tác tại|dẫn đầu|trưởng đoàn|"
    r"hội đàm|hội kiến)(?!\w)",
    re.IGNORECASE,
)
#: The receiving verbs: the guest (a foreign dignitary) is the visitor, the host is not.
_RECEPTION = re.compile(r"(?<!\w)(?:tiếp|đón|hội kiến|hội đàm|gặp)(?!\w)")
#: Planned trips and background: not annotated.
_NOT_HAPPENED = re.compile(
    r"(?<!\w)(?:sẽ (?:đến|thăm|làm việc|dự|về|có chuyến)|dự kiến|theo kế hoạch|chuẩn bị (?:đến|thăm)|"
    r"năm ngoái|năm trước|trước đây|lần trước|từng (?:đến|về|thăm)|nhớ lại|khi còn là|cố Bộ trưởng|"
    r"cố Tổng|cố Thủ tướng|cố Chủ tịch|sinh thời|mong muốn .{0,20}thăm|mời .{0,40}thăm)(?!\w)",
    re.IGNORECASE,
)
#: Sentences that list a delegation's members or an event's guests, not its head.
_MEMBERS = re.compile(
    r"^\W*(?:Cùng đi|Đi cùng|Tham gia đoàn|Cùng tham dự|Tham dự|Cùng dự|Dự (?:buổi|hội nghị|lễ)|Có mặt)",
    re.IGNORECASE,
)
#: Words between an official and a trip verb that make the verb someone else's act or a topic:
#: "Thủ tướng yêu cầu tỉnh ... kiểm tra", "Bộ trưởng cho biết, chuyến thăm ...".
_NOT_SUBJECT = re.compile(
    r"(?<!\w)(?:yêu cầu|đề nghị|chỉ đạo|giao|đề xuất|kiến nghị|cho biết|cho rằng|nói|nêu rõ|nhấn mạnh|"
    r"khẳng định|lưu ý|chia sẻ|thông tin|gặp mặt|tiếp|trả lời|phát biểu|biểu dương|hoan nghênh|chào mừng|"
    r"cảm ơn|đánh giá|mời|nếu|thì|sẽ|sắp)(?!\w)",
    re.IGNORECASE,
)
#: "Tại buổi làm việc của Thủ tướng X với ...": the verb comes before its subject.
_VERB_BEFORE = re.compile(
    r"(?:buổi làm việc|chuyến (?:thăm|công tác)|đoàn công tác)(?: \S+){0,3} (?:của|do|giữa)\s*$",
    re.IGNORECASE,
)
#: The official as an owner or a partner, title included: "đóng góp của Thủ tướng X",
#: "hội đàm với Chủ tịch X".
_POSSESSIVE = re.compile(
    r"(?<!\w)(?:của|theo|với)\s+(?:(?!do\s|và\s|cùng\s)[^\s,;.:]+\s+){0,8}$", re.IGNORECASE
)
#: "phát biểu của Thủ tướng X khi ông chủ trì ...": the pronoun makes him the subject again.
_PRONOUN = re.compile(r"(?<!\w)(?:ông|bà)(?!\w)")
#: "X khẳng định tại cuộc tiếp xúc cử tri": he spoke at the event, so he attended it.
_AT_EVENT = re.compile(r"tại (?:cuộc|buổi|hội nghị|lễ)\s*$")
#: A foreign country is a destination only right after a travel verb: "thăm chính thức Lào".
_ABROAD = re.compile(
    r"(?:thăm|sang|tới|đến|tại|công du|thăm chính thức|thăm cấp Nhà nước|thăm làm việc)"
    r"(?:\s+(?:chính thức|cấp Nhà nước|làm việc|và làm việc tại|nước|Vương quốc|Cộng hòa|Liên bang))*\s*$",
    re.IGNORECASE,
)
#: Trip verbs too weak to lend a destination from the surrounding sentences.
_WEAK = ("kiểm tra", "dẫn đầu", "trưởng đoàn", "hội đàm", "hội kiến")
#: The seats of the central bodies in Hà Nội: meeting there is work at home, not a trip.
_HEADQUARTERS = re.compile(
    r"trụ sở Chính phủ|Phủ Chủ tịch|Nhà Quốc hội|Trụ sở Trung ương Đảng|Văn phòng Trung ương"
)
#: Where Hà Nội receives its guests when no place is named.
_CAPITAL_VENUE = re.compile(
    r"trụ sở Chính phủ|Phủ Chủ tịch|Nhà Quốc hội|Trụ sở Trung ương Đảng|(?<!giờ )Hà Nội"
)
_CONTEXT_BACK = 3
_CAPITAL = "01"
#: A provincial office and its province, next to a name: "Bí thư Thành ủy TP.HCM", "Chủ tịch UBND tỉnh X".
_LOCAL = (
    r"(?:Bí thư|Chủ tịch) (?:Tỉnh ủy|Thành ủy|UBND|HĐND)(?: tỉnh| thành phố)? ?(?P<home>[^,;()–-]{2,25}?)"
)
_LOCAL_BEFORE = re.compile(_LOCAL + r"\s*$")
_LOCAL_AFTER = re.compile(r"\s*[,–-]\s*(?:[^,;.()]+,\s*){0,2}" + _LOCAL + r"(?=\s*(?:[,;()–-]|\.\s|$))")
#: Trip verbs that make an event in Hà Nội a visit even for a leader based there.
_STRONG = re.compile(r"thăm|làm việc|kiểm tra|khảo sát|thị sát|chúc|tặng|trao|dâng hương", re.IGNORECASE)
#: Places that are not where the official is: "giờ Hà Nội", a deputy's constituency "(TP.HCM)".
_NOT_THERE = re.compile(r"(?:giờ|[A-ZĐ]\w* \()\s*$")


@dataclass(slots=True)
class _Candidate:
    key: str
    surface: str
    title: str | None
    rank: int
    place: Place
    sentence: Sentence
    sites: list[str]
    confidence: float
    explicit: bool  # destination named as a province or country in the sentence itself


@dataclass(frozen=True, slots=True)
class _Person:
    level: str
    rank: int
    titles: tuple[str, ...]


def _profiles(people: list[Mention]) -> dict[str, _Person]:
    titles: dict[str, list[str]] = {}
    for m in people:
        titles.setdefault(m.key, [])
        if m.title and m.title not in titles[m.key]:
            titles[m.key].append(m.title)
    return {
        key: _Person(
            person_level(key, found), min((title_info(t).rank for t in found), default=99), tuple(found)
        )
        for key, found in titles.items()
    }


def _visit_title(mention: Mention, person: _Person) -> str | None:
    """The title at the visit, completed from the article ("Bộ trưởng" -> "Bộ trưởng Bộ Y tế")."""
    national = [t for t in person.titles if title_info(t).level in ("national", "foreign")] or list(
        person.titles
    )
    given = mention.title if mention.title in national else None
    if given is None:
        given = min(national, key=lambda t: title_info(t).rank, default=None)
    if given is None:
        return None
    fuller = [t for t in person.titles if t.startswith(given + " ") and title_info(t).level != "other"]
    return max(fuller, key=len) if fuller else given


def _destinations(sentence: Sentence, places: list[Mention], after: int) -> list[Mention]:
    """Places of a sentence, those after the trip verb first (where one goes), then those before."""
    inside = [p for p in places if sentence.start <= p.start < sentence.end]
    ordered = [p for p in inside if p.start >= after] + [p for p in reversed(inside) if p.start < after]
    return sorted(ordered, key=lambda p: p.place.level not in ("province", "country"))


def _domestic(place: Place) -> bool:
    return place.level != "country" and place.province_code is not None


def find_visits(doc: Document, mentions: list[Mention]) -> list[Visit]:
    """The visits the article reports: one per (principal visitor, province or country)."""
    people = [m for m in mentions if m.kind == "person"]
    spans = [(m.start, m.end) for m in people]
    places = [
        m
        for m in mentions
        if m.kind == "place"
        and m.place is not None
        and not any(s <= m.start < e for s, e in spans)  # "Trương Hòa Bình" is no visit to Hòa Bình
        and not _NOT_THERE.search(doc.text, max(0, m.start - 12), m.start)
    ]
    profiles = _profiles(people)
    candidates: list[_Candidate] = []
    with_visitors = {m.sentence_index for m in people if profiles[m.key].level in ("national", "foreign")}
    for sentence in doc.sentences:
        if sentence.index not in with_visitors:
            continue
        if _NOT_HAPPENED.search(sentence.text) or _MEMBERS.search(sentence.text):
            continue
        candidate = _sentence_candidate(doc, sentence, people, places, profiles)
        if candidate is not None:
            candidates.append(candidate)
    return _principal_visits(doc, candidates)


def _acting_trigger(sentence: Sentence, mention: Mention) -> re.Match[str] | None:
    """The trip verb whose subject is ``mention``: after it with no reporting or directive verb between,
    or just before it in "buổi làm việc của X", "đoàn công tác do X"."""
    offset = mention.end - sentence.start
    # "tinh thần của Thủ tướng, nếu ...": an owner, not the one acting (unless "buổi làm việc của")
    start = mention.start - sentence.start
    possessive = _POSSESSIVE.search(sentence.text, max(0, start - 80), start) is not None
    for trigger in _TRIGGER.finditer(sentence.text):
        if trigger.group(0)[0].isupper() and trigger.start() > 0:
            continue  # inside a name: "Ủy ban Kiểm tra Trung ương"
        if trigger.start() >= offset:
            if possessive and not _PRONOUN.search(sentence.text, offset, trigger.start()):
                return None
            gap = sentence.text[offset : trigger.start()]
            if not _NOT_SUBJECT.search(gap) or _AT_EVENT.search(gap):
                return trigger
            return None
        if _VERB_BEFORE.search(sentence.text[trigger.start() : mention.start - sentence.start]):
            return trigger
    return None


def _sentence_candidate(
    doc: Document,
    sentence: Sentence,
    people: list[Mention],
    places: list[Mention],
    profiles: dict[str, _Person],
) -> _Candidate | None:
    inside = [m for m in people if sentence.start <= m.start < sentence.end]
    visitors = [m for m in inside if profiles[m.key].level in ("national", "foreign")]
    if not visitors:
        return None
    reception = _RECEPTION.search(sentence.text)
    guests = [m for m in visitors if profiles[m.key].level == "foreign"]
    acting: list[tuple[Mention, re.Match[str]]] = []
    if (reception and guests and _TRIGGER.search(sentence.text)) or (
        reception and guests and _CAPITAL_VENUE.search(sentence.text)
    ):
        acting = [(m, reception) for m in guests if m.start >= sentence.start + reception.start()]
    if not acting:
        acting = [(m, t) for m in visitors if (t := _acting_trigger(sentence, m)) is not None]
    if not acting:
        return None
    best, trigger = min(acting, key=lambda pair: (profiles[pair[0].key].rank, pair[0].start))
    person = profiles[best.key]
    trigger_at = sentence.start + trigger.start()
    destinations = _destinations(sentence, places, trigger_at)
    confidence, explicit = 0.8, True
    if person.level == "foreign":
        domestic = [p for p in destinations if _domestic(p.place)]
        target = domestic[0].place if domestic else None
        if target is None and _CAPITAL_VENUE.search(sentence.text):
            target, confidence = province_by_name("Hà Nội"), 0.6
    else:
        if _HEADQUARTERS.search(sentence.text):
            return None
        target = _national_target(doc, destinations)
        explicit = any(p.place.level in ("province", "country") for p in destinations)
        if target is None and person.rank < 10 and trigger.group(0).lower() not in _WEAK:
            target, confidence, explicit = _context_target(doc, sentence, places), 0.55, False
    if target is None or (
        target.code == _CAPITAL and person.level == "national" and not _STRONG.search(trigger.group(0))
    ):
        return None  # leaders based in Hà Nội attending events there are not travelling
    if _at_home(doc.text, best, target):
        return None
    sites = [p.text for p in destinations if p.place.level in ("district", "commune")]
    title = _visit_title(best, person)
    return _Candidate(best.key, best.text, title, person.rank, target, sentence, sites, confidence, explicit)


def _at_home(text: str, mention: Mention, target: Place) -> bool:
    """ "Bí thư Thành ủy TP.HCM Đinh X ... tại TP.HCM": a local leader at home, whatever else he is."""
    before = _LOCAL_BEFORE.search(text, max(0, mention.start - 90), mention.start)
    after = _LOCAL_AFTER.match(text, mention.end, mention.end + 120)
    for found in (before, after):
        if found is not None:
            home = province_by_name(found.group("home").strip())
            if home is not None and home.code == target.province_code:
                return True
    return False


def _national_target(doc: Document, destinations: list[Mention]) -> Place | None:
    """A Vietnamese official goes to the first place after the verb: a province, or a foreign country."""
    for mention in destinations:
        place = mention.place
        if place.level == "country":
            if place.country != "Việt Nam" and _ABROAD.search(
                doc.text[max(0, mention.start - 40) : mention.start]
            ):
                return place
            continue
        if place.province_code is not None:
            return province_by_name(place.province_name) or place
    return None


def _context_target(doc: Document, sentence: Sentence, places: list[Mention]) -> Place | None:
    """The province of the nearest preceding sentences, else of the headline, when the sentence names none."""
    for back in range(1, _CONTEXT_BACK + 1):
        index = sentence.index - back
        if index < 0:
            break
        earlier = doc.sentences[index]
        target = _national_target(doc, _destinations(earlier, places, earlier.end))
        if target is not None:
            return target
    if sentence.index > 0 and doc.sentences:
        return _national_target(doc, _destinations(doc.sentences[0], places, doc.sentences[0].start))
    return None


def _principal_visits(doc: Document, candidates: list[_Candidate]) -> list[Visit]:
    """One visit per destination, by its highest-ranked visitor, dated from its evidence.

    A destination only inferred (from a site or the surrounding sentences) gives way when the same
    person has a destination named outright: "Câu lạc bộ Bạch Đằng" is a site of the Hải Phòng trip.
    """
    if not candidates:
        return []
    reference, how = article_reference(doc)
    named = {c.key for c in candidates if c.explicit}
    candidates = [c for c in candidates if c.explicit or c.key not in named]
    best: dict[str, _Candidate] = {}
    for candidate in candidates:
        where = candidate.place.province_code or candidate.place.name
        current = best.get(where)
        if current is None or (candidate.rank, -candidate.confidence) < (current.rank, -current.confidence):
            best[where] = candidate
    visits: list[Visit] = []
    for chosen in sorted(best.values(), key=lambda c: c.sentence.start):
        same = [c for c in candidates if c.key == chosen.key and c.place == chosen.place]
        evidence = next((c for c in same if _stated_day(c.sentence, reference)), chosen)
        visit_date, precision = _visit_date(doc, evidence.sentence, reference, how)
        place = chosen.place
        domestic = place.level != "country"
        visits.append(
            Visit(
                visitor_name=chosen.key,
                visitor_title=chosen.title,
                person_key=chosen.key,
                province_name=place.province_name if domestic else None,
                province_code=place.province_code if domestic else None,
                country=place.country,
                visit_date=visit_date,
                date_precision=precision,
                sentence_index=evidence.sentence.index,
                start=evidence.sentence.start,
                end=evidence.sentence.end,
                sites=sorted({site for c in same for site in c.sites}),
                confidence=round(chosen.confidence if visit_date else chosen.confidence - 0.1, 2),
            )
        )
    return visits


def _day_mentions(sentence: Sentence, reference: date | None) -> list[DateMention]:
    """Days stated in a sentence, less historical ones ("14/6/1957" in an anniversary's name)."""
    return [
        m
        for m in find_dates(sentence.text)
        if m.day is not None and (m.year is None or reference is None or m.year >= reference.year - 1)
    ]


def _stated_day(sentence: Sentence, reference: date | None) -> bool:
    return bool(_day_mentions(sentence, reference))


def _visit_date(
    doc: Document, sentence: Sentence, reference: date | None, how: str
) -> tuple[date | None, str]:
    """The day stated in the evidence sentence, else in the sentences before it, else in the lead.

    A stated day/month beats a relative word ("hôm nay"), which depends on an anchor that may be
    the capture date rather than the publication date.
    """
    order = [sentence.index, *range(sentence.index - 1, max(-1, sentence.index - 1 - _CONTEXT_BACK), -1)]
    order += [i for i in range(min(3, len(doc.sentences))) if i not in order]
    for index in order:
        days = _day_mentions(doc.sentences[index], reference)
        if days:
            return resolve(days[0], reference, how)
    for index in order:
        relative = [m for m in find_dates(doc.sentences[index].text) if m.day is None]
        if relative:
            return resolve(relative[0], reference, how)
    return None, "unknown"
