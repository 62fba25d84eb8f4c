"""Every quantity stated in a sentence, read into canonical units (GUIDE.md, indicators section).

The finder is deliberately generous with counted things: any digit amount followed by a lower-case
noun phrase is a count, because the classifier downstream decides which counts are indicators and
needs ``unit_text`` to do so. It is strict about what is never a quantity: dates, times, years, ages,
document and congress numbers, house numbers, weekdays and ordinals of events, which the annotators
never keep and which would otherwise dominate the output of political news.

One Aho-Corasick pass finds where amounts may start; everything else is a few ``match`` calls anchored
there and a look at the few words before, so the cost stays linear in the text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import NamedTuple

import ahocorasick

from orchestration.extraction.model import Figure, Sentence
from orchestration.extraction.numbers import DIGIT_WORDS, SCALE_WORDS, parse_digits, parse_number

_DIGITS = r"\d+(?:[.,]\d+)*"
# "tỷ lệ" (rate), "triệu tập" (convene) and friends are words, not scales.
_SCALE = (
    r"(?:nghìn|ngàn|vạn|trăm|chục|triệu(?!\s+(?:tập|chứng|phú))|t[ỷỉ](?!\s+(?:lệ|trọng|giá|phú|số)))"
    r"(?![\w])"
)
_NUMBER_WORDS = "|".join(
    sorted({*DIGIT_WORDS, *SCALE_WORDS, "mười", "mươi", "trăm", "chục", "linh", "lẻ", "rưỡi"}, key=len)[::-1]
)
_WORD_START = r"(?:một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười|hàng|nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm)"
# "9 nghìn 500" is 9.500: hundreds after a thousand close the amount.
_DIGIT_AMOUNT = (
    rf"{_DIGITS}(?:\s*{_SCALE}(?:\s+rưỡi)?|\s+{_DIGITS}\s*{_SCALE})*"
    rf"(?:(?:(?<=nghìn)|(?<=ngàn))\s+\d{{3}}(?![\d.,]?\d)(?!\s*{_SCALE}))?"
)
_DIGIT_AMOUNT_RE = re.compile(_DIGIT_AMOUNT)
#: The scale words that may close an amount with no unit or noun: "còn nợ 192 triệu".
_BARE_SCALES = frozenset({"triệu", "nghìn", "ngàn"})
_WORD_AMOUNT_RE = re.compile(
    rf"{_WORD_START}(?:\s+(?:{_NUMBER_WORDS}))*(?![\w])(?:\s+{_DIGITS}\s*{_SCALE})*", re.IGNORECASE
)
# One automaton pass finds every candidate: a digit after a space, bracket or quote (a digit glued
# to a letter, a dash or a slash is a code, a date part or a decimal), a number word followed by a
# space, and the rank and "gấp" phrases. Python's regex engine is slower here: it would try an
# alternation at every character of the corpus.
_DIGIT, _WORD, _TOP, _TWOFOLD = range(4)


def _words(text: str) -> frozenset[str]:
    """A word list written as one string, as the lists below are easier to read that way."""
    return frozenset(text.split())


def _build_automaton() -> ahocorasick.Automaton:
    """Keys map to (kind, length of the part where the amount starts, counted back from the key's end).

    "một" and the bare scale words are frequent and almost never quantities on their own, so they are
    keys only in the combinations that are: "một triệu", "gần triệu" (the amount starts at "triệu").
    """
    automaton = ahocorasick.Automaton()
    keys = [(opening + digit, _DIGIT, 1) for opening in " \t\n\xa0([\"“'‘«~≈/" for digit in "0123456789"]
    for word in _words("hai ba bốn năm sáu bảy bẩy tám chín mười hàng"):
        keys.append((word + " ", _WORD, len(word) + 1))
    keys.append(("thứ tư ", _WORD, 3))  # "tư" is four only as an ordinal or a number's last digit
    for scale in _words("trăm nghìn ngàn vạn triệu tỷ tỉ"):
        keys.append((f"một {scale} ", _WORD, len(scale) + 5))
        keys += [
            (f"{qualifier} {scale} ", _WORD, len(scale) + 1) for qualifier in ("gần", "hơn", "khoảng", "cả")
        ]
    for phrase in ("đứng đầu", "xếp đầu", "dẫn đầu", "đứng thứ nhất", "xếp thứ nhất"):
        keys.append((phrase, _TOP, len(phrase)))
    for phrase in ("gấp đôi", "gấp rưỡi"):
        keys.append((phrase, _TWOFOLD, len(phrase)))
    for key, kind, length in keys:
        automaton.add_word(key, (kind, length))
        if kind != _DIGIT:
            automaton.add_word(key[0].upper() + key[1:], (kind, length))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _build_automaton()
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_NON_SPACE_RE = re.compile(r"\S+")
_GOES_TO_RE = re.compile(r"\s*(?:lên|xuống)\s*(?:còn\s*|mức\s*)?(?=\d)")
_RANGE_RE = re.compile(rf"(?:\s*%)?\s*(?P<sep>[-–—~]|đến|tới)\s*(?P<amount>{_DIGIT_AMOUNT})")
_SCALED_RE = re.compile(rf"\s*{_SCALE}", re.IGNORECASE)
_FRACTION_RE = re.compile(r"/(\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\d/.,-]*\d)(?![\w/])")
#: The total after a measure done: "nhựa hóa 6/6km", "bê tông hóa 16,6/21,9km".
_OF_TOTAL_RE = re.compile(r"/\s*\d[\d.,]*(?=\s*[^\W\d_])")
_LEADING_DIGITS_RE = re.compile(_DIGITS)


class _Unit(NamedTuple):
    unit: str  # canonical unit, or a kind: drop | times | score
    factor: float


# Order matters inside the alternation: longer spellings first ("km2" before "km", "m2" before "m").
_UNIT_TABLE: list[tuple[str, _Unit]] = [
    # per mille, written "%o" where the font lacks "‰": a salinity reading ("độ mặn 21,5%o"), no share
    (r"%o(?![\w])|‰", _Unit("drop", 1)),
    (r"điểm\s+phần\s+trăm|%|phần\s+trăm", _Unit("percent", 1)),
    (
        r"(?:đồng(?!\s+(?:chí|bào|thời|bằng|hồ|nghiệp|đội|ý|tình|loạt|minh|hương|khởi|lòng|thuận|bộ|chủ|"
        r"tác|hành|cảm|nhất|đều|xu|ruộng|cỏ|dao|tâm|phục|hạng|cấp|sự|ca|môn|niên|dạng)(?![\w]))"
        r"|VNĐ|VND|vnđ|đ)(?![\w])",
        _Unit("VND", 1),
    ),
    (
        r"(?:USD|usd|US\$|(?:đô\s*la|đô-la)(?:\s+Mỹ)?|Mỹ\s+kim)(?![\w])|\$|đô(?![\w-])(?!\s+(?:thị|đốc))",
        _Unit("USD", 1),
    ),
    # "km 2", "m 3": exponents that lost their superscript in the source
    (
        r"(?:km2|km²|km\s2(?!\d|[.,]\d)|ki-?lô-?mét\s+vuông|kilômét\s+vuông|cây\s+số\s+vuông)(?![\w])",
        _Unit("ha", 100),
    ),
    (r"(?:km|ki-?lô-?mét|kilômét|kilomet|cây\s+số)(?![\w²])", _Unit("km", 1)),
    # "m2sàn": the crawl glued the unit to the next word; no word starts "m2"
    (r"(?:m2(?!\d)|m²|(?:m\s2(?!\d|[.,]\d)|mét\s+vuông|met\s+vuông)(?![\w]))", _Unit("m2", 1)),
    (r"m\s3(?!\w|[.,]\d)", _Unit("other", 1)),
    (r"(?:mét|m)(?![\w²³])", _Unit("km", 0.001)),
    (r"cm(?![\w²³])", _Unit("km", 0.00001)),
    (r"mm(?![\w²³])", _Unit("km", 0.000001)),
    (r"(?:ha|hécta|héc-ta|hecta|héc\s+ta|hec-ta)(?![\w])", _Unit("ha", 1)),
    (r"tấn(?![\w])(?!\s+công)", _Unit("tonne", 1)),
    (r"tạ(?![\w])", _Unit("tonne", 0.1)),
    (r"(?:kg|ki-?lô-?gam|kilôgam|ký)(?![\w])(?!\s+(?:kết|tên|hợp))", _Unit("tonne", 0.001)),
    (r"(?:gam|gram)(?![\w])", _Unit("tonne", 0.000001)),
    (r"GW(?![\w])", _Unit("MW", 1000)),
    (r"MW(?![\w])", _Unit("MW", 1)),
    (r"kW(?![\w])", _Unit("MW", 0.001)),
    (
        # lower-case "yên" only: "10 Yên Thái", "4 Yên Hòa" are addresses; "mẫu" is an area only before
        # the land it measures ("2 mẫu ruộng"): "3 mẫu dương tính", "1.345 mẫu thịt" count samples
        r"(?:kWh|MWh|GWh|lít|m3|m³|khối|sào|mẫu(?=\s+(?:ruộng|đất|vườn|rừng|lúa|ta)(?![\w]))|EUR|euro|Euro"
        r"|yên\s+Nhật|Yên\s+Nhật|yên|yen|JPY|won|baht|NDT|nhân\s+dân\s+tệ|bảng\s+Anh)(?![\w])",
        _Unit("other", 1),
    ),
    (r"(?:bậc|hạng)(?![\w])(?!\s+mục)", _Unit("rank", 1)),
    (r"lần(?![\w])(?!\s+thứ)", _Unit("times", 1)),
    (
        r"điểm(?=\s*(?:[,.;:)]|$|(?:và|trong|so|trên|tăng|giảm|xếp|đứng|năm|cao|thấp|cho\s+thấy)(?![\w])))",
        _Unit("score", 1),
    ),
    (
        r"(?:giờ|[hg](?=\d|[^\w]|$)|phút|giây|ngày|đêm|tuần|tháng|năm|quý|quí|tuổi|thập\s+kỷ|thập\s+niên|thế\s+kỷ"
        r"|buổi|tiếng\s+đồng\s+hồ|độ|°C|oC)(?![\w])",
        _Unit("drop", 1),
    ),
]
#: "điểm" naming a kind of site ("điểm úng ngập", "điểm đen", "điểm bỏ phiếu"), or a sentence telling of
#: landslides, floods or jams ("26 điểm, đường giao thông liên xã bị sạt lở"): there a bare "N điểm"
#: counts sites, not marks.
_SITES_RE = re.compile(
    r"(?<!\w)(?:điểm\s+(?:úng|ngập|ùn tắc|ách tắc|kẹt xe|UTGT|đen|nóng|giao cắt|bỏ phiếu|phát sóng|sạt lở|"
    r"cháy|bán|giao dịch|du lịch|trường|cầu|tập kết|trông giữ|chốt|dân cư|cách ly)"
    r"|sạt lở|sạt trượt|sụt lún|úng ngập|ngập úng|ùn tắc|ách tắc)(?!\w)",
    re.IGNORECASE,
)
_UNIT_RE = re.compile(
    r"\s*(?:" + "|".join(f"(?P<u{i}>{pattern})" for i, (pattern, _) in enumerate(_UNIT_TABLE)) + ")"
)
_UNIT_BY_GROUP: dict[str | None, _Unit] = {f"u{i}": unit for i, (_, unit) in enumerate(_UNIT_TABLE)}
MONEY = frozenset({"VND", "USD"})
_MEASURES = frozenset({"percent", *MONEY, "km", "ha", "m2", "tonne", "MW", "other"})
#: The one a rate is per, written out: "1,3 con/1 phụ nữ", "60 triệu đồng/1 ha" are "/phụ nữ", "/ha".
_ONE = r"(?:1|một)\s+"
# "36,5 triệu đồng/năm" stays money (a year's income or output); "60 tạ/ha", "150 triệu đồng/ha/năm",
# "9 nghìn tấn/ngày" and "5 triệu đồng/tháng" are rates (unit other): over the annotated sets, 22 of 23
# amounts per day, week or month are "other" in the gold.
_RATE_RE = re.compile(
    rf"(?:\s*/\s*(?:{_ONE})?(?:lao\s+động|đầu\s+người|thị\s+trấn|thị\s+xã|thành\s+phố|[^\W\d_]+(?:\s?[23²³](?!\d))?))+"
)
#: The areas and heads a rate may be per, whether after a slash or spelled out.
_AREA_OR_HEAD = r"ha|hécta|người|hộ|khẩu|lao\s+động"
#: What is measured may stand between a unit and the slash of its rate per area or head: "1,9 tấn cơm
#: dừa/ha" is tonnes per hectare.
_MEASURED_THEN_RATE = re.compile(rf"(?:\s+[^\W\d_]+){{1,2}}(?=\s*/\s*(?:1\s+)?(?:{_AREA_OR_HEAD})(?!\w))")
#: An average per one of something, "bình quân 1 phụ nữ sinh 6 con", "trung bình mỗi xe buýt có 12
#: khách": the "1" is what the count is per, and the count after it (the clause's first) an average. Per
#: a span of time the gold keeps the count ("bình quân mỗi năm có trên 63.000 DN").
_PER_ONE = (
    r"(?:bình quân|trung bình) (?P<one>1|một|mỗi) (?!(?:năm|tháng|ngày|tuần|quý|giờ|kỳ|đợt)(?!\w))[^\W\d_]+"
)
_PER_ONE_RE = re.compile(_PER_ONE, re.IGNORECASE)
_AVERAGE_PER_ONE_RE = re.compile(_PER_ONE + r"[^.;:!?\d]{0,60}$", re.IGNORECASE)
_AVERAGE_REACH = 90
_ONE_BEFORE = re.compile(rf"^{_ONE}")
_KEEP_UNIT_DENOMINATORS = frozenset({"năm", "người", "đầu người", "hộ", "khẩu", "lao động"})
#: ... but a weight or an area per person is a rate: "206 kg lúa mỗi người".
_PER_HEAD_DENOMINATORS = frozenset({"người", "đầu người", "hộ", "khẩu", "lao động"})
#: A rate per area or per head spelled out, after at most one word of what is measured: "6 tấn trên
#: một ha", "20 kg trên mỗi người dân". Spelled out per day, month or year, the gold keeps the unit
#: ("5.500 tấn mỗi ngày", "15 triệu đồng mỗi tháng").
_SPELLED_RATE_RE = re.compile(
    r"(?:\s+[^\W\d_]+)?\s+(?:(?:trên|cho)\s+(?:một|mỗi|1)|mỗi|một)"
    rf"\s+(?P<per>{_AREA_OR_HEAD}|km|kilomet|kilômét)(?!\w)"
)
#: A count per unit is a rate ("13,47 tiêu chí/xã", "7.222 người/km2") but a count a year is a count
#: in the gold, averaged or not ("25 triệu lượt khách/năm", "167,8 vụ/năm", "hơn 5.000 người mắc/năm"),
#: and two kinds of place are alternatives ("146 xã/phường/thị trấn", "20 tỉnh/thành phố").
_PLACE_KINDS = _words("tỉnh thành quận huyện xã phường thôn xóm bản ấp") | {"thành phố", "thị xã", "thị trấn"}

_QUALIFIERS: dict[str, str] = {
    "hơn": "more_than",
    "trên": "more_than",
    "vượt": "more_than",
    "vượt quá": "more_than",
    "tối thiểu": "more_than",
    "ít nhất": "more_than",
    "dưới": "less_than",
    "chưa đến": "less_than",
    "chưa tới": "less_than",
    "chưa đầy": "less_than",
    "không quá": "less_than",
    "không tới": "less_than",
    "không đến": "less_than",
    "không vượt quá": "less_than",
    "tối đa": "less_than",
    "khoảng": "approx",
    "gần": "approx",
    "xấp xỉ": "approx",
    "ước": "approx",
    "ước tính": "approx",
    "ước đạt": "approx",
    "ước khoảng": "approx",
    "trên dưới": "approx",
    "chừng": "approx",
    "khoảng chừng": "approx",
    "cỡ": "approx",
}
# "cao hơn 1,5% so với" compares; it does not qualify the figure.
_COMPARATIVES = _words(
    "cao thấp nhiều ít lớn nhỏ nhanh chậm tốt kém mạnh yếu rộng hẹp dài ngắn sớm muộn lâu nặng nhẹ đông "
    "giàu nghèo hẳn"
)
#: The part before its whole: "6 trong số 12 tàu cá", "4.527 trên tổng số 4.723 thủ tục".
_AMONG_RE = re.compile(
    r"\s+(?:trong (?:tổng )?số|trên tổng số)\s+(?P<total>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,])"
)
#: The whole of a bare part where ``_AMONG_RE`` does not reach, with no "số" or a qualified whole:
#: "1.790 trong 2.110 hộ", "gần 40.000 trong hơn 65.000 căn". The part alone is read; the whole is read on
#: its own, where ``_AMONG_RE``'s part runs over its whole to the noun.
_PART_OF_RE = re.compile(
    r"\s+trong\s+(?:tổng\s+)?(?:số\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?(?P<whole>\d{1,3}(?:\.\d{3})*)\s+"
)
# Words a day written "30.6" follows; a thousands dot has three digits after it, so this is no number.
_DATE_LEADS = _words("đến tới từ trước sau hết vào")
_DOT_DATE_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])")
# A word right before the number that makes it a date, a time or a serial number: never a quantity.
_HARD_BLOCK = _words(
    "ngày hôm sáng trưa chiều tối đêm khuya rạng dịp tháng năm quý quí tuần lúc giờ h phút điều khoản chương "
    "mục khóa khoá lần kỳ phiên đợt binh độ lô tầng ngõ ngách hẻm kiệt km quận phường lớp khối hiệu mã "
    "covid số"
)
#: What gets a mark, before "điểm": "đạt điểm 10", "bị điểm 0"; "thí điểm 5 nhà" and "dứt điểm 68 trường
#: hợp" are counts.
_GRADED = _words("đạt bị được có")
#: A measure named by a word that otherwise makes a label ("số 5", "độ 3"): "mật độ 252 người/km2".
_MEASURE_NAMED_RE = re.compile(r"(?<![\w])mật độ $", re.IGNORECASE)
# Two or three words right before the number that make it a name ("Nghị quyết 18", "Trung ương 4", "Ban
# Chỉ đạo 389"): kept only when a measurement unit follows ("vượt kế hoạch 5%").
_SOFT_BLOCK_PHRASES = frozenset(
    {
        "nghị quyết",
        "nghị định",
        "quyết định",
        "quy định",
        "chỉ thị",
        "thông tư",
        "công văn",
        "kết luận",
        "thông báo",
        "kế hoạch",
        "đề án",
        "tờ trình",
        "báo cáo",
        "hướng dẫn",
        "văn bản",
        "pháp lệnh",
        "công điện",
        "chương trình",
        "đại hội",
        "trung ương",
        "hội nghị",
        "nhiệm kỳ",
        "quốc lộ",
        "tỉnh lộ",
        "cao tốc",
        "tổ dân",
        "khu phố",
        "cấp độ",
        "mẫu số",
        "tổng đài",
        "điện thoại",
        "đường dây",
        "bệnh viện",
        "quân khu",
        "sư đoàn",
        "trung đoàn",
        "lữ đoàn",
        "ban chỉ đạo",  # "Ban Chỉ đạo 389 tỉnh", named for its decision
    }
)
_SOFT_BLOCK = _words(
    "luật hạng cấp loại đoạn tuyến tổ khu thôn xóm ấp khóm bản đường phòng nhà tàu vùng chuyến đồn"
)
_SOFT_VERBS = frozenset({"luật", "cấp", "loại"})  # also "kỷ luật", "khẩn cấp", "cấp phép", "loại bỏ"
_RANK_VERBS = frozenset({"xếp", "đứng", "trí", "lên", "xuống", "hạng", "top"})
#: What puts a place at a "hạng" of a ranking ("xếp hạng 15", "từ hạng sáu ... tụt xuống hạng 18"), not a
#: class ("khách sạn hạng 5 sao", "vé hạng 2", "giấy phép lái xe hạng B2").
_TO_A_PLACE = frozenset({"xếp", "đứng", "lên", "xuống", "tụt", "từ", "là", "ở", "giữ"})
#: Places moved, not a place held: "thăng hạng 9 bậc", "tụt hạng 5 bậc".
_PLACES_MOVED_RE = re.compile(r"\s*(?:bậc|vị trí|hạng)(?!\w)")
# "trung tâm công nghiệp lớn thứ hai của Nga", "tỉnh đông dân thứ ba": a place ranked by a size word
RANK_ADJECTIVES = frozenset({"lớn", "dân", "cao", "dài", "rộng", "giàu", "nhiều"})
# What puts a place at a position of a ranking: "ở vị trí 11", "lên vị trí 5".
_POSITION_VERBS = _RANK_VERBS | {"ở"}
_NOT_RANK_ORDINALS = _words("lần họp khóa khoá đợt phiên kỳ nghị hội")
_RANK_AFTER_RE = re.compile(
    r"\s*(?:/\d|(?:toàn\s+quốc|cả\s+nước|trong\s+cả\s+nước|trên\s+cả\s+nước|"
    r"(?:(?:ở|trên|trong|tại|của)\s+)?(?:khu\s+vực|thế\s+giới|châu\s+Á|Đông\s+Nam\s+Á|ASEAN)|về)(?![\w]))"
)
#: A bare "tỷ" paired with an amount in dollars shares its currency: "nhập khẩu 19 tỷ và xuất siêu 32 tỷ USD".
_DOLLARS_AHEAD_RE = re.compile(
    r"(?=[^.;:()\d]{0,40}?(?:\s+và\s+|,\s*)[^.;:()\d]{0,30}?\d[\d.,]*\s*(?:tỷ|tỉ)\s*(?:USD|đô la)(?!\w))"
)
#: The field a rank is out of: "thứ 20 trong 116 quốc gia", "thứ 40 trong số 63 tỉnh", "thứ 23 trên tổng
#: số 119 quốc gia", "thứ 3 so với 14 tỉnh".
_RANK_AMONG_RE = re.compile(
    r"\s+(?:trong|trên|so\s+với)\s+(?:tổng\s+)?(?:số\s+)?(\d{1,3})(?![\d.,/])(?!\s+(?:ngày|tuần|tháng|quý|năm|giờ|phút|lần|kỳ|đợt|trận)(?!\w))"
)
_TOP_RANK_RE = re.compile(
    r"(?<!người )(?<![\w])(?:(?:đứng|xếp)\s+(?:thứ\s+nhất|đầu)|dẫn\s+đầu)(?=\s+(?:cả\s+nước|toàn\s+quốc|"
    r"khu\s+vực|thế\s+giới|vùng|về|trong\s+cả\s+nước|trên\s+cả\s+nước|bảng\s+xếp\s+hạng)(?![\w]))",
    re.IGNORECASE,
)
#: A person's injury, as a share of the body or of health, right before the percent.
_INJURY_RE = re.compile(
    r"(?<!\w)(?:thương\s+tích|thương\s+tật|tổn\s+hại\s+(?:về\s+)?sức\s+kh(?:ỏe|oẻ)|bỏng)(?!\w)"
    r"(?:(?!tăng|giảm)[^\d.,;:()]){0,25}$",
    re.IGNORECASE,
)
#: A ranking's move, after what names it: "tăng 9 bậc (từ vị trí 91 lên 82)", "tăng hạng từ 91 lên 82/190
#: quốc gia", "vượt hạng nhanh nhất từ vị thứ 52 trong năm 2005 lên 41"; bare, both numbers are positions.
_RANK_CHANGE_RE = re.compile(
    r"(?<!\w)(?:xếp\s+hạng|thứ\s+hạng|(?:tăng|vượt|rớt|tụt|giảm)\s+hạng|\d+\s+bậc)(?!\w)[^.;:]{0,80}?"
    r"(?<!\w)từ\s+(?:vị\s+trí\s+|vị\s+thứ\s+|hạng\s+|thứ\s+)?(?P<old>\d{1,3})(?!\d|[.,]\d|[%/])"
    r"(?:\s+(?:trong\s+)?năm\s+(?:\d{4}|nay|ngoái|trước))?"
    r"\s+(?:tụt\s+)?(?:lên|xuống)\s+(?:vị\s+trí\s+|vị\s+thứ\s+|hạng\s+|thứ\s+)?(?P<new>\d{1,3})(?!\d|[.,]\d|%)"
    r"(?:/(?P<of>\d{1,3})(?!\d)|\s+trên\s+(?P<among>\d{1,3})(?!\d))?",
    re.IGNORECASE,
)
_TOP_GROUP_RE = re.compile(r"dẫn\s+đầu|đứng\s+đầu|hàng\s+đầu|tốt\s+nhất|cao\s+nhất", re.IGNORECASE)
_RANKED_UNITS = ("địa phương", "tỉnh", "thành phố", "quốc gia", "nước")
_TWOFOLD_RE = re.compile(r"(?<![\w])gấp\s+(đôi|rưỡi)(?![\w])", re.IGNORECASE)
# Words that end a counted noun phrase: verbs, prepositions, conjunctions, determiners.
_STOP_WORDS = _words(
    "và với của cho tại trong từ đến tới được đã đang sẽ là có không chưa bị đạt tăng giảm chiếm bằng so khi "
    "nên vì do theo về này đó kia nào gồm bao như ở vào ra lên xuống cũng đều còn nữa mỗi hiện trên dưới thì "
    "mà để nhưng hoặc hay nhằm qua sau trước đây ấy đi lại rồi vẫn luôn rất thêm nhiều ít cần phải gần hơn "
    "khoảng tổng trị nay vừa thuộc cùng làm tạo xây đóng gây chịu đưa trở dẫn đứng xếp cả tất"
)
_OPENING_MARKS = "([{“‘\"'«"
_NOT_COUNTED = _words(
    "giờ phút giây ngày đêm tuần tháng năm quý quí tuổi thập thế buổi tiếng lúc thứ lần số độ kỳ khóa khoá "
    "đợt phiên âm sáng trưa chiều tối h g x lý"
)
#: Nouns that open with a word of time or order: "3.500 sáng kiến" is no hour of the morning.
_COUNTED_COMPOUNDS = frozenset({"sáng kiến", "sáng chế"})
#: Abbreviated counted nouns with the words they stand for, which the classifier reads them as: "20 DN",
#: "6/137 DNNN", "9 HTX".
SPELT_OUT = {
    "DN": "doanh nghiệp",
    "DNNN": "doanh nghiệp nhà nước",
    "HTX": "hợp tác xã",
    "KCN": "khu công nghiệp",
    "CCN": "cụm công nghiệp",
    "TS": "thí sinh",
}
_ABBREVIATIONS = frozenset(SPELT_OUT) | frozenset(
    {"KKT", "DNNVV", "ĐBQH", "ĐH", "CĐ", "THPT", "THCS", "HS", "SV", "GV"}
    | {"CNVCLĐ", "CNLĐ", "CNVC", "CBCNV", "CBCCVC", "FTA", "LĐ", "NLĐ", "Cty", "CTy", "BV", "CLB"}
)
# Nouns a spelled-out number may count: "hai đơn vị", "ba vụ việc"; anything else ("hai nước",
# "ba mẹ", "năm nay", "một số") is not a quantity.
_WORD_COUNT_HEADS = _words(
    "người hộ xã phường huyện quận tỉnh vụ căn ngôi trường khu cụm làng thôn ấp lượt chiếc con cây "
    "tuyến cầu ca khách nhà tàu xe điểm phòng ban sở trạm chợ mỏ lô mũi ngành đoàn đơn"
)
_WORD_COUNT_PHRASES = (
    "công ty",
    "công trình",
    "công nhân",
    "công chức",
    "doanh nghiệp",
    "dự án",
    "cửa khẩu",
    "bệnh viện",
    "bệnh nhân",
    "bị can",
    "bị cáo",
    "cơ sở",
    "cơ quan",
    "hợp tác xã",
    "sản phẩm",
    "cán bộ",
    "đảng viên",
    "tổ chức",
    "chi bộ",
    "học sinh",
    "sinh viên",
    "nạn nhân",
    "gia đình",
    "lao động",
    "du khách",
    "thị xã",
    "thị trấn",
    "thành phố",
    "thành viên",
    "đối tượng",
    "chiến sĩ",
    "liệt sĩ",
    "trường hợp",
    "nhà máy",
    "gói thầu",
    "tiểu vùng",
    "giấy phép",
    "giấy chứng nhận",
    "nút giao",
)
# "năm" is a year far more often than five: it counts only where a year cannot stand.
_NOT_BEFORE_FIVE = _words(
    "trong cả mỗi hằng hàng của cuối đầu giữa những các nhiều vài qua sang vào đến tới từ này một hai ba là "
    "sau trước tài học nhiệm"
)
_FOLLOWER_RE = re.compile(r"\s*([^\W\d_]+)")
# Words that may follow a spelled-out number: counted nouns and units.
_WORD_FOLLOWERS = frozenset(
    {
        *_WORD_COUNT_HEADS,
        *(phrase.split()[0] for phrase in _WORD_COUNT_PHRASES),
        *_words("tấn tạ ha hécta héc hecta km ki cây mét m phần"),
    }
)
# Words before a number whose meaning depends on the words before them ("trong số", "xếp hạng").
_CONTEXT_FIRST = frozenset({"số", "thứ", "top", "hạng", "xếp", "đứng", "trí"})
# A bare "tỷ" before a noun is money ("17 tỷ bật khóc") unless it counts people ("7 tỷ người").
_BILLIONS_OF = frozenset({"người", "lượt", "dân"})
_BARE_END_RE = re.compile(r"\s*(?:[,.;)]|với|và|trong đó)")
_TIMES_CONTEXT_RE = re.compile(r"(?:gấp|tăng|giảm|hơn)\s*$")
# Words before an amount after which the clause context must be read: ends of qualifiers, names and
# document types, and the words that turn a count into a rank or a ratio.
_NEEDS_CONTEXT = frozenset(
    {
        *(phrase.split()[-1] for phrase in _QUALIFIERS),
        *_SOFT_BLOCK,
        *(phrase.split()[-1] for phrase in _SOFT_BLOCK_PHRASES),
        *_CONTEXT_FIRST,
        "gấp",
        "trong",
        "chiếm",
    }
)
_MAX_NOUN_WORDS = 6  # "đơn vị hành chính cấp xã"; longer runs are clauses, not noun phrases
# The verbs before a fraction that make it a share, besides "chiếm" and "bằng".
_MEETS = frozenset({"đáp ứng", "ứng được"})
# A whole after a simple fraction makes it a share too: "1/3 dân số toàn tỉnh", "2/3 diện tích"; a counted
# noun keeps it a count ("4/5 huyện").
_OF_WHOLE_RE = re.compile(
    r"\s+(?:tổng\s+)?(?:dân số|diện tích|sản lượng|khối lượng|giá trị|kim ngạch|lượng|quỹ đất|số)(?!\w)"
)
#: Words after which a bare amount is a total: "lên 40", "đạt 0,704", "là 3.057", "chỉ gần 2.500", "được 300".
_BARE_OK = frozenset({"lên", "đạt", "là", "còn", "chỉ", "được"})
# The words before a day of the month: "ngày 1/5", "sáng 1/2", "từ 23/7 đến 1/8"; or another day:
# "30/4 và 1/5".
_DAY_BEFORE = frozenset(
    {"ngày", "sáng", "trưa", "chiều", "tối", "đêm", "hôm", "mùng", "mồng", "từ", "đến", "tới"}
)
_DAY_AND = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*(?:và|,|-|–)\s*$")
_WORD_RUN_RE = re.compile(r"[ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,7})")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
#: A law cited with its year ("vi phạm Luật Ngân sách năm 2002", "Luật Đầu tư năm 2014"): the year names
#: the law and dates nothing cited beside it; "kỷ luật", "pháp luật" and "luật sư" name no law.
LAW_BEFORE = re.compile(
    r"(?<!\w)(?<!kỷ )(?<!pháp )(?:bộ )?luật(?! sư)(?: (?!năm )[^\W\d]+){1,6} năm $", re.IGNORECASE
)
LAW_REACH = 60
_YEAR_LEAD_RE = re.compile(
    r"(?:(?P<lead>năm|trong|đến|tới|vào|cuối|đầu|hết|sau|trước|từ(?:\s+(?:cuối|đầu|giữa))?|giai\s+đoạn|"
    r"nhiệm\s+kỳ|thời\s+kỳ)"
    r"(?:\s+năm)?\s+|(?P<slash>(?:qu[ýí]\s+[IVX\d]+|đợt\s+[IVX\d]+|tháng\s+\d{1,2})\s*[/.-]\s*))$",
    re.IGNORECASE,
)
# The other end of a span: "2011-2015", "2011 đến năm 2015", "từ 2007 đến nay".
_YEAR_TAIL_RE = re.compile(
    r"\s*(?:(?P<until>(?:đến|tới)\s+nay)|(?:[-–—]|đến|tới)\s*(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?!\d))",
    re.IGNORECASE,
)
# The next year of a list: "năm 2015, 2016", "năm 2015 và năm 2016", "năm 2015, 2016, 2017".
_NEXT_YEAR_RE = re.compile(r"\s*(?:,|và)\s*(?:năm\s+)?((?:19|20)\d\d)(?![\d/.])", re.IGNORECASE)
#: A lunar year's name, a heavenly stem and an earthly branch ("Đinh Dậu"), each in the order of the
#: sixty-year cycle, which began with Giáp Tý in 1984; "mẹo" is the South's "mão".
LUNAR_STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
LUNAR_BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
LUNAR_CYCLE_START = 1984
LUNAR_YEAR = rf"(?P<stem>{'|'.join(LUNAR_STEMS)})\s+(?P<branch>{'|'.join(LUNAR_BRANCHES)}|mẹo)(?!\w)"
#: What ends right before a comparison's base: "so với cùng kỳ năm", "(100,1% cùng kỳ 2015)", "thấp hơn so
#: với các năm 2015, 2016" (both years), "so với kế hoạch dự trữ hàng hóa Tết năm" (whatever the base is
#: of); the base's year is not the period of the figures around it. A year after a comma that follows the
#: base's is a new period: "So với 1986, đến hết năm 2004, ...".
COMPARISON_BEFORE = re.compile(
    r"(?:(?<!\w)so\s+với|(?<!\w)so|(?<!\w)cùng\s+k[ỳì]|(?<!\w)(?:cao|thấp)\s+hơn)"
    r"(?:\s+(?:tháng\s+\d{1,2}|(?:\d{1,2}|sáu|chín)\s+tháng|qu[ýí]\s+[ivx\d]+|(?:19|20)\d\d\s*(?:,|và)"
    r"|(?<!,\s)[^\W\d_]+))*\s*$",
    re.IGNORECASE,
)
COMPARISON_REACH = 48  # "so với cùng kỳ tết nguyên đán bính thân năm "

#: A year that measures a share: "xử lý 2.128 vụ, bằng 48% số vụ cả năm 2016" compares with 2016; the
#: figures stay the period's of the sentence ("3 tháng đầu năm 2017").
SHARE_OF_BEFORE = re.compile(r"bằng\s+\d[\d.,]*\s*%[^,;()]{0,25}$", re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(
    r",(?!\d)|[;:(]|\s(?:và|còn|nhưng|trong\s+khi|sau\s+khi|trước\s+khi)\s"  # a comma, but not "0,25"
)
#: Two figures joined by "và" before one period share it: "tăng 3,9%/năm về chiều dài và 0,25%/năm về
#: diện tích trong giai đoạn 2010 – 2015"; not "tăng 20% và vượt 28% so với quy hoạch đến năm 2020".
_PAIRED_BEFORE_PERIOD_RE = re.compile(
    r"(?:[^,;:(.]|[,.]\d)*?\svà\s(?P<second>(?:(?:khoảng|gần|hơn|trên|dưới)\s)?\d(?:[^,;:(.]|[,.]\d)*)"
)
#: The year of where a change started belongs to that start: "giảm từ 28,1% năm 2011 xuống còn 3,54%".
_CHANGE_TO_RE = re.compile(r"\s*(?:xuống|lên)(?:\s+(?:còn|mức|đến|tới))?\s*$")
#: A bare year labelling the figure after it: "năm 2002 - âm 23%, và 2009 - âm 8%".
_YEAR_LABEL_RE = re.compile(r"\s*[-–:]\s*(?:[^\W\d_]+\s+){0,2}\d")


class _Read(NamedTuple):
    start: int
    end: int
    value: float
    unit: str
    unit_text: str | None
    rank_total: int | None = None
    qualifier: str | None = None
    is_range: bool = False


class _Context(NamedTuple):
    """The words right before an amount, lower-cased; empty when punctuation intervenes."""

    words: list[str]  # up to four words, nearest last
    starts: list[int]  # their offsets
    titled: bool  # the nearest word is capitalised mid-sentence (a name: "Quận 1", "Sư đoàn 312")


_NO_CONTEXT = _Context([], [], False)


def find_figures(sentence: Sentence) -> list[Figure]:
    """All quantities in ``sentence``, offsets absolute in the cleaned document text."""
    text = sentence.text
    reads: list[_Read] = []
    last_end = 0
    for start, kind in _candidates(text):
        if start < last_end:
            continue
        if kind == _DIGIT:
            amount = _DIGIT_AMOUNT_RE.match(text, start)
            read = _read_amount(text, amount) if amount is not None else None
            if read is not None and text[start - 1] == "/" and not _second_of_pair(text, reads, read):
                continue  # "20.000 đồng/1 kg", "8 bác sĩ/10 ngàn dân": a rate's denominator
        elif kind == _WORD:
            if text[text.find(" ", start) + 1 : text.find(" ", start) + 2].isdigit():
                continue  # "năm 2017": the digits are read on their own
            word_match = _WORD_AMOUNT_RE.match(text, start)
            read = None if word_match is None else _read_words(text, start, word_match.group())
        elif kind == _TOP:
            # "5 địa phương dẫn đầu" ranks the five, not a first place.
            top = _TOP_RANK_RE.match(text, start)
            after_count = bool(reads) and reads[-1].end >= start - 1
            read = _Read(start, top.end(), 1.0, "rank", None) if top is not None and not after_count else None
        else:
            twofold = _TWOFOLD_RE.match(text, start)
            read = None
            if twofold is not None:
                value = 2.0 if twofold.group(1).lower() == "đôi" else 1.5
                read = _Read(start, twofold.end(), value, "other", "lần")
        if read is not None:
            reads.append(_money_of_before(reads, read))
            last_end = read.end
    reads = _rank_changes(text, reads)
    if not reads:
        return []
    periods = _periods(text)
    figures = []
    for read in reads:
        start_year, end_year = _nearest_period(text, periods, read.start, read.end)
        figures.append(
            Figure(
                text=text[read.start : read.end],
                start=sentence.start + read.start,
                end=sentence.start + read.end,
                sentence_index=sentence.index,
                value=read.value,
                unit=read.unit,
                unit_text=read.unit_text.strip(_QUOTE_MARKS) if read.unit_text is not None else None,
                rank_total=read.rank_total,
                qualifier=read.qualifier,
                is_range=read.is_range,
                period_start_year=start_year,
                period_end_year=end_year,
            )
        )
    return figures


def _second_of_pair(text: str, reads: list[_Read], read: _Read) -> bool:
    """Whether an amount after a slash is a second amount, not a rate's base: a count after another
    ("khởi tố 9 vụ/17 bị can"), or a measure after one of its own unit, a part and its whole ("đã chi trả
    923,835 tỷ đồng/1.010 tỷ đồng", "nhập kho 64.000 tấn/80.000 tấn")."""
    if read.unit == "count":
        return (
            not _round(read.value)
            and _PAIRED_COUNT_RE.search(text, max(0, read.start - 40), read.start) is not None
        )
    return bool(reads) and reads[-1].unit == read.unit and text[reads[-1].end : read.start].strip() == "/"


def _money_of_before(reads: list[_Read], read: _Read) -> _Read:
    """A bare amount in millions or thousands right after an amount of money is money of the same kind:
    "đóng 60 triệu đồng, trong đó 30 triệu là ...", "nợ 370 triệu đồng, đã trả một phần và còn nợ 192
    triệu"; after a count it stays a count ("43-45 triệu khách/năm hoặc tối đa là 50 triệu")."""
    if read.unit == "count" and read.unit_text in _BARE_SCALES and reads and reads[-1].unit in MONEY:
        return read._replace(unit=reads[-1].unit)
    return read


def _rank_changes(text: str, reads: list[_Read]) -> list[_Read]:
    """The two positions of a ranking's move, read as ranks whatever was read there before: bare, "91"
    after "từ" is no count, and "82/190 quốc gia" is no count of countries."""
    lowered = text.lower()
    if "lên" not in lowered and "xuống" not in lowered:  # the pattern alone cost 2% of extraction
        return reads
    ranks: list[_Read] = []
    for change in _RANK_CHANGE_RE.finditer(text):
        total = change.group("of") or change.group("among")
        ranks.append(_Read(change.start("old"), change.end("old"), float(change.group("old")), "rank", None))
        end = change.end("of") if change.group("of") else change.end("new")
        new = float(change.group("new"))
        ranks.append(_Read(change.start("new"), end, new, "rank", None, int(total) if total else None))
    if not ranks:
        return reads
    spans = [(rank.start, rank.end) for rank in ranks]
    kept = [read for read in reads if not any(read.start < end and start < read.end for start, end in spans)]
    return sorted(kept + ranks, key=lambda read: read.start)


#: A second count after a slash, as in "khởi tố 9 vụ/17 bị can": a count (not one: "1 giảng viên/40 sinh
#: viên" is a ratio) and its noun before it; any other slash is a fraction, a date or a rate: "15/63",
#: "7/2017", "đồng/1 kg".
_PAIRED_COUNT_RE = re.compile(r"(?<![\d/.,])(?!1\s)\d[\d.]*\s+[^\W\d_]+(?:\s[^\W\d_]+)?/$")


def _round(value: float) -> bool:
    """1, 10, 100, 1.000 ...: what a rate is counted per."""
    return value >= 1 and math.log10(value).is_integer()


def _candidates(text: str) -> Iterator[tuple[int, int]]:
    """Where amounts may start, in text order, with their kind (digit, number word, rank phrase, "gấp")."""
    if text[:1].isdigit():
        yield 0, _DIGIT
    for end_index, (kind, length) in _AUTOMATON.iter(text):
        start = end_index - length + 1
        if kind == _DIGIT:
            if text[end_index - 1] != "/" or text[end_index - 2 : end_index - 1].isalpha():
                yield end_index, kind  # after a slash, only where a unit or a noun ends before it
        elif start == 0 or not text[start - 1].isalpha():
            yield start, kind


#: Serial numbers named as such, and the list that goes on after them: "với số hiệu lần lượt là 6006,
#: 6007 và 6008", "số hiệu CSB 2001, 2002", "xe mang biển kiểm soát 29A": names of ships, planes, cars.
_SERIALS_BEFORE = re.compile(
    r"(?<!\w)(?:[Ss]ố hiệu|[Bb]iển số|[Bb]iển kiểm soát|[Mm]ã hiệu)(?:\s+lần\s+l\w+[ct])?(?:\s+là)?\s*"
    r"(?:[A-Z]*\s*[\d.]+\s*(?:,|và)\s*)*[A-Z]*\s*$"
)
_SERIALS_REACH = 80


def _read_amount(text: str, match: re.Match[str]) -> _Read | None:
    """Turn one digit amount into a quantity, or None when it is a date, a name or an ordinal.

    The cheap tests (the word before, the character after, the unit) run before the clause
    context is read, because most rejected amounts are dates and durations.
    """
    start, end = match.span()
    amount = match.group()
    if amount[0] == "0" and len(amount) > 1 and amount[1].isdigit() and not _padded_count(text, amount, end):
        return None  # phone numbers and zero-padded codes
    window = text[max(0, start - _SERIALS_REACH) : start]
    if ("hiệu" in window or "biển" in window) and _SERIALS_BEFORE.search(window):
        return None
    prev1 = _previous_word(text, start)
    if (
        prev1 in _HARD_BLOCK
        and prev1 != "số"
        and not (prev1 == "mục" and _previous_word(text, start - len(prev1) - 1) == "danh")
        and _scale_start(text, start, end) == end
        and _MEASURE_NAMED_RE.search(text, max(0, start - 8), start) is None
    ):
        return None  # a serial or a date; but no serial runs to millions: "khóa 21,4 triệu sim"
    if prev1 == "điểm" and _previous_word(text, start - len(prev1) - 1) in _GRADED:
        return None  # a mark, not a count: "hơn 100 bài đạt điểm 10 tuyệt đối"
    if (
        prev1 in _DATE_LEADS
        and _DOT_DATE_RE.fullmatch(amount)
        and _UNIT_RE.match(text, end) is None
        and _RANGE_RE.match(text, end) is None
    ):
        return None  # "chậm nhất đến 30.6 tình hình ...": a day and month, with no unit nor range after
    value = parse_digits(amount) if amount.isdigit() else parse_number(amount)
    if value is None:
        return None
    if amount == "1" and prev1 in ("quân", "bình"):
        lead = _PER_ONE_RE.search(text, max(0, start - 12), end + 30)
        if lead is not None and lead.start("one") == start:
            return None  # "bình quân 1 phụ nữ": what the average is per
    following = text[end : end + 2]
    if (following[:1] in ("-", "–") and following[1:].isalpha()) or (
        following[:1] == ":" and following[1:].isdigit()
    ):
        return None  # "18-NQ/TW", "10:30"
    if prev1 in _CONTEXT_FIRST or following[:1] == "/":
        context = _context(text, start)
        prev2 = context.words[-2] if len(context.words) > 1 else ""
        if prev1 == "số" and prev2 not in ("trong", "tổng", "dân", "con"):
            # "số 5" is a label; "trong số 40", "tổng số 491", "dân số 3.150", "con số 2,1 tỷ" are amounts
            return None
        if prev1 in ("thứ", "top") or (
            prev1 == "hạng" and prev2 in _TO_A_PLACE and not _PLACES_MOVED_RE.match(text, end)
        ):
            return _read_rank(text, start, end, value, context)
        if prev1 == "trí" and prev2 == "vị" and context.words[-3:-2] and context.words[-3] in _POSITION_VERBS:
            return _read_rank(text, start, end, value, context)  # "còn Ấn Độ ở vị trí 11"
        if following[:1] == "/":
            if prev1 in ("xếp", "đứng", "trí", "tốp"):  # "tốp 20/63": "top" as Vietnamese spells it
                return _read_rank(text, start, end, value, context)
            if _is_soft_blocked(context):
                return None
            done = _done_of_total(text, start, end, value, prev1, context)
            return done if done is not None else _read_fraction(text, start, end, value, context)
    is_range = False
    range_match = _RANGE_RE.match(text, end)
    if range_match is not None and (
        range_match.group("sep") not in ("đến", "tới") or prev1 == "từ" or _bounds(value, range_match)
    ):
        upper = parse_number(range_match.group("amount"))
        if upper is None or upper <= value:
            if range_match.group("sep") not in ("đến", "tới"):
                return None  # "25-8" is a date
        elif _is_year(value) and _is_year(upper):
            return None  # "2016-2020" is a period
        else:
            upper_digits = _LEADING_DIGITS_RE.match(range_match.group("amount"))
            if _LEADING_DIGITS_RE.fullmatch(amount) and upper_digits is not None:
                leading = parse_digits(upper_digits.group())
                if leading:
                    value = _clean(value * upper / leading)  # "8-10 tỉ USD": the scale is written once
            is_range = True
            end = range_match.end()
            if text[end : end + 1] == "/":
                return None  # "14-15/5"
    number_end = end
    unit_match = _UNIT_RE.match(text, end)
    unit = _UNIT_BY_GROUP[unit_match.lastgroup] if unit_match is not None else None
    if unit is not None and unit.unit == "drop":
        return None  # durations, ages, times, temperatures
    if unit is None and text[end : end + 1].isalpha() and not text[end + 1 : end + 2].isalpha():
        return None  # one letter glued to the number, no unit's, makes a code: "các huyện 30a", "đường 3b"
    # Most amounts follow an ordinary word: read the clause only when that word may matter.
    capitalised = bool(prev1) and text[start - len(prev1) - 1].isupper()  # "Quận 1", or a sentence start
    context = _context(text, start) if prev1 in _NEEDS_CONTEXT or capitalised else _NO_CONTEXT
    qualifier, text_start = _qualifier(context, start)
    if prev1 == "gấp":
        text_start = context.starts[-1]
    if unit is not None and unit_match is not None:
        return _read_measure(
            text, match.start(), number_end, unit_match, unit, value, prev1, text_start, qualifier, is_range
        )
    among = _AMONG_RE.match(text, end)
    if among is not None and not is_range and int(among.group("total").replace(".", "")) >= value:
        counted = _noun_phrase(text, among.end())
        if counted is not None:  # "6 trong số 12 tàu cá": six ships, the twelve only their whole
            unit_text = text[among.end() : counted[0]].strip()
            return _Read(text_start, counted[0], value, "count", unit_text, None, qualifier)
    noun = _noun_phrase(text, end)
    counts_things = noun is not None and _is_counted_thing(noun[1], text[end : noun[0]].strip())
    if _is_soft_blocked(context, counts_things):
        return None
    if prev1 == "gấp":
        return _Read(text_start, end, value, "other", None, None, qualifier, is_range)
    scale_text = text[_scale_start(text, match.start(), number_end) : number_end].strip()
    billions = scale_text.lower().endswith(("tỷ", "tỉ"))  # a bare "tỷ" is money in the news
    if noun is not None and not (billions and noun[1] not in _BILLIONS_OF):
        noun_end, _ = noun
        if _is_year(value) and amount.isdigit() and qualifier is None:
            return None  # "Tết 2017 người dân ...", but "hơn 2000 đại biểu" is a count
        unit_name = "rank" if _is_top_group(text, end, noun_end, context) else "count"
        rate = _RATE_RE.match(text, noun_end)
        per = _denominators(rate)[0] if rate is not None else None
        if rate is not None and unit_name == "count":
            if not (per == "năm" or (per in _PLACE_KINDS and noun[1] in _PLACE_KINDS)):
                unit_name = "other"
            noun_end = rate.end()
        if unit_name == "count" and (
            (not value.is_integer() and per != "năm") or (rate is None and _averaged(text, start))
        ):
            unit_name = "other"  # a part of a thing is an average: "bình quân 1 xã có 13,3 trạm"
        return _Read(
            text_start, noun_end, value, unit_name, text[end:noun_end].strip(), None, qualifier, is_range
        )
    if scale_text:
        return _Read(
            text_start,
            number_end,
            value,
            ("USD" if _DOLLARS_AHEAD_RE.match(text, number_end) else "VND") if billions else "count",
            scale_text,
            None,
            qualifier,
            is_range,
        )
    if prev1 == "từ" and not is_range:
        changed = _changed_from(text, end, value)
        if changed is not None:
            return changed._replace(start=text_start, qualifier=qualifier)
    part = _PART_OF_RE.match(text, end) if value >= 2 and value.is_integer() else None
    if part is not None and (noun := _noun_phrase(text, part.end())) is not None:
        whole = parse_number(part.group("whole"))
        if whole is not None and value < whole:
            # "di dời được gần 40.000 trong hơn 65.000 căn": the part counts the whole's things, as "15/19
            # tiêu chí" does; the whole is read on its own
            return _Read(text_start, end, value, "count", text[part.end() : noun[0]].strip(), None, qualifier)
    before = prev1 if text_start == start else _previous_word(text, text_start)  # "là hơn 40.000."
    if before in _BARE_OK and not _is_year(value) and not is_range and _BARE_END_RE.match(text, end):
        # a bare fraction is an index's value, no count: "chỉ số phát triển con người đạt 0,704"
        unit_name = "count" if value.is_integer() else "other"
        return _Read(text_start, end, value, unit_name, None, None, qualifier)
    return None


def _changed_from(text: str, end: int, value: float) -> _Read | None:
    """The amount a change starts from, which takes its unit from the amount it goes to: "giảm từ 401
    xuống còn 208 đơn vị" is 401 units, "từ 7 lên 10 vạn tấn" 70.000 tonnes; None when that one is no
    quantity, or a bare number that says nothing of its unit ("từ 60 lên 62, nữ giới": ages)."""
    to = _GOES_TO_RE.match(text, end)
    later_amount = _DIGIT_AMOUNT_RE.match(text, to.end()) if to is not None else None
    if later_amount is None:
        return None
    later = _read_amount(text, later_amount)
    written = parse_number(_LEADING_DIGITS_RE.match(later_amount.group()).group()) if later else None
    if later is None or not written or later.unit_text is None or later.unit == "rank" or later.is_range:
        return None
    return _Read(0, end, _clean(value * later.value / written), later.unit, later.unit_text)


def _read_measure(
    text: str,
    start: int,
    number_end: int,
    unit_match: re.Match[str],
    unit: _Unit,
    value: float,
    prev1: str,
    text_start: int,
    qualifier: str | None,
    is_range: bool,
) -> _Read | None:
    """An amount followed by a unit: convert it, or keep it as written when it is a rate per unit."""
    end = unit_match.end()
    unit_text = text[_scale_start(text, start, number_end) : end].strip()
    if unit.unit == "times":
        if prev1 != "gấp" and _TIMES_CONTEXT_RE.search(text, max(0, start - 12), start) is None:
            return None  # "3 lần" alone is how often something happened
        return _Read(text_start, end, value, "other", "lần", None, qualifier, is_range)
    if unit.unit == "score" and _SITES_RE.search(text):
        # "giảm được 20 điểm UTGT nhưng phát sinh trở lại 17 điểm": the sites named beside it, counted
        return _Read(text_start, end, value, "count", unit_text, None, qualifier, is_range)
    if unit.unit in ("score", "rank"):
        return _Read(
            text_start,
            end,
            value,
            "other" if unit.unit == "score" else "rank",
            unit_text,
            None,
            qualifier,
            is_range,
        )
    canonical, factor = unit.unit, unit.factor
    if canonical == "VND" and unit_text.lower() == "đồng" and value < 1000:
        return None  # "5 đồng" is a coin, not a figure
    if canonical == "percent" and _INJURY_RE.search(text, max(0, start - 40), start) is not None:
        return None  # "thương tích 15%", "bỏng nặng trên 20% cơ thể": a person's injury, assessed
    rate = _RATE_RE.match(text, end)
    if rate is None and (measured := _MEASURED_THEN_RATE.match(text, end)) is not None:
        rate = _RATE_RE.match(text, measured.end())
    denominators = _denominators(rate) if rate is not None else []
    if "tổng" in denominators:
        rate = None  # "trên 12 vạn tấn/tổng sản lượng", "5,8%/tổng dư nợ": a part over its whole, no rate
    if rate is not None:
        kept = all(_keeps_unit(denominator, canonical) for denominator in denominators)
        if kept or canonical != "percent":  # a percent over anything else is still a share, not a rate
            end = rate.end()
            unit_text = text[_scale_start(text, start, number_end) : end].strip()
        if not kept and canonical != "percent":
            canonical, factor = "other", 1.0
    elif (
        canonical != "percent"
        and (spelled := _SPELLED_RATE_RE.match(text, end)) is not None
        and not _keeps_unit(" ".join(spelled.group("per").split()), canonical)
    ):
        end = spelled.end()
        unit_text = text[_scale_start(text, start, number_end) : end].strip()
        canonical, factor = "other", 1.0
    if prev1 == "gấp":
        canonical, factor = "other", 1.0
    return _Read(text_start, end, _clean(value * factor), canonical, unit_text, None, qualifier, is_range)


def _averaged(text: str, start: int) -> bool:
    """Whether an average per one of something opens the clause before ``start`` (``_AVERAGE_PER_ONE_RE``)."""
    window = max(0, start - _AVERAGE_REACH)
    return "ình" in text[window:start] and _AVERAGE_PER_ONE_RE.search(text, window, start) is not None


def _denominators(rate: re.Match[str]) -> list[str]:
    """What a rate is per, lower-cased, in order: "/ha/năm" gives ["ha", "năm"]."""
    return [
        _ONE_BEFORE.sub("", " ".join(part.lower().split()))
        for part in rate.group().split("/")
        if part.strip()
    ]


def _keeps_unit(denominator: str, canonical: str) -> bool:
    """Whether an amount per ``denominator`` keeps its unit: money or output a year, money a head."""
    return denominator in _KEEP_UNIT_DENOMINATORS and (
        canonical in ("VND", "USD") or denominator not in _PER_HEAD_DENOMINATORS
    )


def _is_soft_blocked(context: _Context, counts_things: bool = False) -> bool:
    """A number right after a name or a document type: "Quận 1", "Nghị quyết 18", "Trung ương 4".

    A count of things (``counts_things``) right after a place's name or a verb that also names ranks and
    laws is a count: "tại Việt Nam 835 dự án", "khẩn cấp 136 căn nhà", "kỷ luật 87 tổ chức đảng"; after
    an address word ("Khu 5 thị trấn X") or a document's name it is not.
    """
    words = context.words
    if not words:
        return False
    if " ".join(words[-2:]) in _SOFT_BLOCK_PHRASES or " ".join(words[-3:]) in _SOFT_BLOCK_PHRASES:
        return True
    if counts_things and (words[-1] in _SOFT_VERBS or (context.titled and words[-1] not in _SOFT_BLOCK)):
        return False
    return context.titled or words[-1] in _SOFT_BLOCK


def _read_words(text: str, start: int, amount: str) -> _Read | None:
    """A spelled-out amount counts only before a unit or a known counted noun ("hai đơn vị")."""
    words = amount.split()
    lowered = [word.lower() for word in words]
    has_scale = any(word in SCALE_WORDS for word in lowered)
    prev1 = _previous_word(text, start)
    ranked = prev1 == "thứ" or (
        prev1 == "hạng"
        and _previous_word(text, start - len(prev1) - 1) in _TO_A_PLACE
        and not _PLACES_MOVED_RE.match(text, start + len(amount))
    )
    if not has_scale and not ranked:
        follower = _FOLLOWER_RE.match(text, start + len(amount))
        if follower is None or follower.group(1).lower() not in _WORD_FOLLOWERS:
            return None
    if prev1 == "thứ" and lowered[0] == "tư":
        return _read_rank(text, start, start + 2, 4.0, _context(text, start))
    while words:
        value = parse_number(" ".join(words))
        if value is not None:
            break
        words.pop()
    else:
        return None
    end = start + [token.end() for token in _NON_SPACE_RE.finditer(amount)][len(words) - 1]
    lowered = lowered[: len(words)]
    first = lowered[0]
    has_scale = any(word in SCALE_WORDS for word in lowered)
    if ranked:
        return _read_rank(text, start, end, value, _context(text, start))
    follower = _FOLLOWER_RE.match(text, end)
    if not has_scale and (follower is None or follower.group(1).lower() not in _WORD_FOLLOWERS):
        return None
    if first == "một" and not has_scale:
        return None  # "một người dân" is an article, not a count
    if (first in SCALE_WORDS or first in ("trăm", "chục")) and prev1 not in _QUALIFIERS:
        return None
    if first == "năm" and prev1 in _NOT_BEFORE_FIVE:
        return None
    if first == "hàng" and (
        len(lowered) < 2 or (lowered[1] not in SCALE_WORDS and lowered[1] not in ("trăm", "chục"))
    ):
        return None  # "mặt hàng", "hàng hóa"
    qualifier, text_start = _qualifier(_context(text, start), start)
    if first == "hàng" and qualifier is None:
        qualifier = "more_than"
    unit_match = _UNIT_RE.match(text, end)
    if unit_match is not None:
        unit = _UNIT_BY_GROUP[unit_match.lastgroup]
        if unit.unit in _MEASURES and (has_scale or unit.unit not in ("VND", "USD", "other")):
            unit_text = text[_scale_start(text, start, end) : unit_match.end()].strip()
            return _Read(
                text_start,
                unit_match.end(),
                _clean(value * unit.factor),
                unit.unit,
                unit_text,
                None,
                qualifier,
            )
        return None
    noun = _noun_phrase(text, end)
    if noun is None:
        return None
    noun_end, head = noun
    phrase = text[end:noun_end].strip()
    if not _is_counted_thing(head, phrase):
        return None
    return _Read(text_start, noun_end, value, "count", phrase, None, qualifier)


def _bounds(value: float, range_match: re.Match[str]) -> bool:
    """ "7 đến 8 căn nhà", "khoảng 2 tới 3 tỷ đồng": without "từ", "đến" makes a range when the bound is
    a little more than the value; "giảm 5% đến 2020" runs to a year, "đạt 3 đến nay" to no number."""
    leading = _LEADING_DIGITS_RE.match(range_match.group("amount"))  # "30 đến 35 tỷ": the scale once
    upper = parse_number(leading.group()) if leading is not None else None
    return upper is not None and not _is_year(upper) and value < upper <= 10 * value


def _padded_count(text: str, amount: str, end: int) -> bool:
    """A count written with a leading zero, as official reports write small ones: "03 ổ dịch", "02 đối
    tượng". Only two digits and a counted noun: phone numbers run longer, and "05 của UBND" names no thing."""
    return len(amount) == 2 and text[end : end + 1] == " " and _noun_phrase(text, end + 1) is not None


def _previous_word(text: str, start: int) -> str:
    """The lower-cased word right before ``start`` separated by one space, or "": the cheap first test."""
    if start < 2 or text[start - 1] != " ":
        return ""
    space = text.rfind(" ", max(0, start - 24), start - 1)
    word = text[space + 1 : start - 1].lstrip(_OPENING_MARKS)  # "(từ 1 triệu đến 2 triệu đồng)"
    return word.lower() if word.isalpha() else ""


def _is_counted_thing(head: str, phrase: str) -> bool:
    """Whether a noun phrase names things a count can be about, not a verb or an abstraction."""
    return head in _WORD_COUNT_HEADS or phrase.lower().startswith(_WORD_COUNT_PHRASES)


def _is_top_group(text: str, start: int, noun_end: int, context: _Context) -> bool:
    """ "(một) trong (số) 5 địa phương dẫn đầu / tốt nhất": a place among the top five, a rank."""
    words = context.words
    among = words[-1:] == ["trong"] or words[-2:] == ["trong", "số"]
    if not among or not text[start:noun_end].strip().lower().startswith(_RANKED_UNITS):
        return False
    return _TOP_GROUP_RE.search(text, noun_end, noun_end + 60) is not None


def _read_rank(text: str, start: int, end: int, value: float, context: _Context) -> _Read | None:
    """ "xếp thứ 15/63", "đứng thứ 6 toàn quốc", "top 10": a rank; "lần thứ 2", "thứ 2" (Monday): none."""
    prev1 = context.words[-1]
    prev2 = context.words[-2] if len(context.words) > 1 else ""
    among = _RANK_AMONG_RE.match(text, end) if prev1 == "thứ" else None
    if among is not None and int(among.group(1)) < value:
        among = None
    if (
        prev1 == "thứ"
        and prev2 not in _RANK_VERBS
        and prev2 not in RANK_ADJECTIVES
        and (prev2 in _NOT_RANK_ORDINALS or (among is None and _RANK_AFTER_RE.match(text, end) is None))
    ):
        return None
    total = None
    fraction = _FRACTION_RE.match(text, end)
    if fraction is not None:
        total = int(fraction.group(1))
        if total < value:
            return None
        text_start, end = start, fraction.end()
    else:
        text_start = context.starts[-1] if prev1 in ("thứ", "top", "hạng") else start
        if among is not None:
            total, end = int(among.group(1)), among.end()
    noun = _noun_phrase(text, end)
    unit_text = text[end : noun[0]].strip() if noun is not None else None
    return _Read(text_start, end, value, "rank", unit_text, total)


def _done_of_total(
    text: str, start: int, end: int, value: float, prev1: str, context: _Context
) -> _Read | None:
    """The part of a length, area or sum done, out of the total written after the slash: "nhựa hóa
    6/6km", "cứng hóa 16,6/21,9km", "giải ngân 2.477/10.825 tỷ đồng" (the scale of the total is the
    part's too); a price per unit ("56 triệu/1kg") has its scale before the slash."""
    of_total = _OF_TOTAL_RE.match(text, end)
    if of_total is None or _scale_start(text, start, end) < end:
        return None
    total = parse_number(of_total.group()[1:].strip())
    scale = _SCALED_RE.match(text, of_total.end())
    total_end = of_total.end() if scale is None else scale.end()
    unit_match = _UNIT_RE.match(text, total_end)
    if total is None or total < value or unit_match is None:
        return None
    unit = _UNIT_BY_GROUP[unit_match.lastgroup]
    factor = 1.0 if scale is None else SCALE_WORDS.get(scale.group().strip().lower())
    if factor is None or unit.unit not in (_MEASURES - {"other"} if scale is None else MONEY):
        return None
    qualifier, text_start = _qualifier(context, start)
    return _read_measure(
        text, start, total_end, unit_match, unit, value * factor, prev1, text_start, qualifier, False
    )


def _read_fraction(text: str, start: int, end: int, value: float, context: _Context) -> _Read | None:
    """ "15/19 tiêu chí" is a count of 15; "22/4" is a date; "chiếm 1/10", "chỉ bằng 1/5", "đáp ứng
    được 1/4 nhu cầu" and "1/4 du khách" are shares in percent."""
    fraction = _FRACTION_RE.match(text, end)
    if fraction is None or not value.is_integer():
        return None
    # a total written with thousands dots ("14/1.555 nhà") is no year: "12/2016" is
    dotted = "." in fraction.group(1)
    total = int(fraction.group(1).replace(".", ""))
    end = fraction.end()
    qualifier, text_start = _qualifier(context, start)
    words = _context(text, text_start).words
    before_qualifier = words[:-1] if words[-1:] in (["tới"], ["đến"]) else words  # "chiếm tới 3/4"
    if 0 < value < total and (
        before_qualifier[-1:] in (["chiếm"], ["bằng"])
        or " ".join(before_qualifier[-2:]) in _MEETS
        or (total <= 10 and _OF_WHOLE_RE.match(text, end) is not None)
        or (value == 1 and total <= 10 and _one_part_of(text, words, text_start, end))
    ):
        # exact, not rounded for display: "2/3" is 66.666...%, which a 66.67 would not equal
        return _Read(text_start, end, _clean(100 * value / total), "percent", None, None, qualifier)
    if value > total or (total >= 1900 and not dotted) or (value == 1 and total >= 100):
        return None  # a date, a document number or a map's scale: "25/8", "12/2016", "834/2007", "1/500"
    if _SCALED_RE.match(text, end) is not None:
        return None  # a part of an amount: "6000/31.328 tỷ đồng" counts no "tỷ"
    noun = _noun_phrase(text, end)
    if noun is not None:
        return _Read(text_start, noun[0], value, "count", text[end : noun[0]].strip(), None, qualifier)
    if total <= 12 or not context.words or context.words[-1] not in _BARE_OK:
        return None  # a date ("22/4"), a scale ("tỷ lệ 1/500"), a schedule ("trực 24/24")
    return _Read(text_start, end, value, "count", None, None, qualifier)


def _one_part_of(text: str, words: list[str], start: int, end: int) -> bool:
    """ "1/4 du khách", "1/3 hộ dân": one part of a few of a whole is a share (one of four things is
    never counted so), unless the slash writes a day ("ngày 1/5", "30/4 và 1/5 sắp tới"). ``words``:
    those before ``start``."""
    return (
        not (words and words[-1] in _DAY_BEFORE)
        and _DAY_AND.search(text, max(0, start - 12), start) is None
        and _noun_phrase(text, end) is not None
    )


# Facilities and treaties that news capitalises as if each were a name: "319 Trạm Y tế phường, xã", "45 Bệnh
# viện", "12 Hiệp định thương mại tự do"; people and bodies capitalised out of respect: "2.838 Mẹ Việt Nam
# anh hùng", "19.200 Công đoàn cơ sở", "450.000 Việt kiều"; heads and deputies, capitalised as their office:
# "có 8 Phó Giám đốc", "giảm được 26/182 Trưởng phòng và 116/517 Phó phòng".
_FACILITY_RE = re.compile(
    r"(?:trạm y tế|bệnh viện|phòng khám|trung tâm y tế|hợp tác xã|viện bảo tàng|bảo tàng|thư viện|nhà hát"
    r"|trường đại học|khu công nghiệp|khu kinh tế|hiệp định|(?:bà )?mẹ việt nam anh hùng|anh hùng|việt kiều"
    r"|công đoàn|phó (?:giám đốc|chủ tịch|trưởng ban|chánh văn phòng|tổng cục trưởng|cục trưởng|trưởng phòng"
    r"|phòng)|trưởng phòng|trưởng ban)(?!\w)",
    re.IGNORECASE,
)


# A counted noun news puts in quotes, as a coinage or a title: 40 "điểm đen", 57 “sinh viên 3 tốt”. The
# figure's text runs to the closing quote; its unit text leaves the quotes out.
_QUOTE_MARKS = "\"“”'‘’«»"
_QUOTED_NOUN_RE = re.compile(
    rf"[ \t]?([{_QUOTE_MARKS}])(?=[^\W\d_])[^{_QUOTE_MARKS}\n]{{1,40}}[{_QUOTE_MARKS}]"
)


def _noun_phrase(text: str, position: int) -> tuple[int, str] | None:
    """End and head word of the counted noun phrase starting at ``position``, bounded and lower-case.

    The phrase stops at punctuation, a digit, a proper name or a stop word (verb, preposition), and
    may run over one comma when what follows is a short noun list closed by a stop word or
    punctuation ("113 bị can, bị cáo về", "54 phòng, ban cấp tỉnh và"), never into the next figure.
    A phrase in quotes is read inside them and runs to the closing quote.
    """
    quoted = _QUOTED_NOUN_RE.match(text, position)
    if quoted is not None:
        inside = _noun_phrase(text, quoted.start(1) + 1)
        return (quoted.end(), inside[1]) if inside is not None else None
    run = _WORD_RUN_RE.match(text, position)
    if run is None:
        return None
    words = run.group(1).split()
    head = words[0]
    lowered = head.lower()
    facility = _FACILITY_RE.match(text, run.start(1)) if not head.islower() else None
    if facility is not None:
        rest = _WORD_RUN_RE.match(text, facility.end())
        more = rest.group(1).split() if rest is not None and rest.start(1) == facility.end() + 1 else []
        taken, _ = _take_noun_words(more, 0, _MAX_NOUN_WORDS - len(facility.group().split()))
        return (_end_of_words(text, facility.end(), more[:taken]) if taken else facility.end()), lowered
    if head not in _ABBREVIATIONS and (
        not head.islower()
        or (lowered in _NOT_COUNTED and " ".join(words[:2]).lower() not in _COUNTED_COMPOUNDS)
        or (lowered in _STOP_WORDS and not _in_compound(words, 0))
    ):
        return None
    taken, _ = _take_noun_words(words, 1, _MAX_NOUN_WORDS)
    end = _end_of_words(text, run.start(1), words[:taken])
    if taken == len(words) and taken < _MAX_NOUN_WORDS and text[run.end() : run.end() + 1] == ",":
        more = _WORD_RUN_RE.match(text, run.end() + 1)
        if more is not None:
            extra = more.group(1).split()
            extra_taken, extra_stopped = _take_noun_words(extra, 0, 3)
            after = text[more.end() : more.end() + 2].lstrip(" \t")[:1]
            closed = extra_stopped or (extra_taken == len(extra) and not after.isdigit() and after != "")
            if extra_taken > 0 and closed and extra[0].lower() not in DIGIT_WORDS:
                end = _end_of_words(text, more.start(1), extra[:extra_taken])
    return end, lowered


def _take_noun_words(words: list[str], first: int, limit: int) -> tuple[int, bool]:
    """How many of ``words`` (from ``first``) belong to the noun phrase, and whether a stop word ended it."""
    index = first
    while index < len(words) and index < limit:
        word = words[index]
        if word.lower() in _STOP_WORDS and not _in_compound(words, index):
            return index, True
        if not (word.islower() or word in _ABBREVIATIONS or (word.isupper() and len(word) <= 5)):
            return index, False
        index += 1
    stopped = index < len(words) and words[index].lower() in _STOP_WORDS
    return index, stopped


def _in_compound(words: list[str], index: int) -> bool:
    """A stop word inside a noun: "bị" starts "bị can", "bị cáo", "(người) bị thương" and ends "(trang)
    thiết bị" (elsewhere it is the passive), and "do" ends "(hiệp định thương mại) tự do" (elsewhere it
    is "because")."""
    word = words[index].lower()
    if word == "bị":
        return (index + 1 < len(words) and words[index + 1] in ("can", "cáo", "thương")) or (
            index > 0 and words[index - 1].lower() == "thiết"
        )
    return word == "do" and index > 0 and words[index - 1].lower() == "tự"


def _end_of_words(text: str, position: int, words: list[str]) -> int:
    """Offset just past ``words`` as they occur from ``position`` (spacing may vary)."""
    for word in words:
        position = text.index(word, position) + len(word)
    return position


def _context(text: str, start: int) -> _Context:
    """The words right before ``start`` on the same clause, nearest last.

    Reads a short window split on spaces, so the cost does not grow with the sentence; a token
    carrying punctuation ("tỉnh,", "(GRDP)") ends the clause, and an opening bracket or quote starts it.
    """
    window_start = max(0, start - 48)
    parts = text[window_start:start].split(" ")
    words: list[str] = []
    starts: list[int] = []
    if parts[-1]:
        return _NO_CONTEXT  # glued to "(" or a quote
    position = start - 1
    index = len(parts) - 2
    while index >= 0 and len(words) < 4:
        part = parts[index]
        opened = part.lstrip(_OPENING_MARKS)  # "(từ 1 triệu": the bracket opens the clause
        if not part:
            position -= 1
        elif not opened.isalpha() or (index == 0 and window_start > 0):
            break
        else:
            position -= len(opened)
            words.append(opened)
            starts.append(position)
            position -= 1
            if opened != part:
                break
        index -= 1
    if not words:
        return _NO_CONTEXT
    nearest = words[0]
    if len(words) > 1:
        sentence_initial = False
    else:
        before = text[max(0, starts[0] - 3) : starts[0]].rstrip()
        sentence_initial = not before or before[-1] in '.:!?"“(–-•…'
    titled = nearest[0].isupper() and not sentence_initial
    words.reverse()
    starts.reverse()
    return _Context([word.lower() for word in words], starts, titled)


def _qualifier(context: _Context, start: int) -> tuple[str | None, int]:
    """The qualifier nearest the number ("khoảng hơn" is more_than) and where the span starts."""
    words = context.words
    qualifier = None
    text_start = start
    index = len(words)
    while index > 0:
        for size in (3, 2, 1):
            if index - size < 0:
                continue
            phrase = " ".join(words[index - size : index])
            if phrase in _QUALIFIERS:
                if phrase == "hơn" and index >= 2 and words[index - 2] in _COMPARATIVES:
                    return qualifier, text_start
                qualifier = qualifier or _QUALIFIERS[phrase]
                index -= size
                text_start = context.starts[index]
                break
        else:
            break
    return qualifier, text_start


def _scale_start(text: str, start: int, end: int) -> int:
    """Offset of the first scale word in an amount ("49,26 triệu" -> "triệu"), or ``end``."""
    for found in _LETTERS_RE.finditer(text, start, end):
        if found.group().lower() in SCALE_WORDS or found.group().lower() in ("trăm", "chục"):
            return found.start()
    return end


#: Where a span of dates opens, before its closing date or month: "từ 1/7/2014 đến [hết] ...", "từ tháng
#: 4/2015 tới ...".
_SINCE_DATE_RE = re.compile(
    r"(?<!\w)từ\s+(?:ngày\s+)?(?:\d{1,2}\s*[/.]\s*\d{1,2}|tháng\s+\d{1,2})\s*[/.]\s*(?P<year>(?:19|20)\d\d)"
    r"\s*(?:(?:đến|tới)\s+)?(?:hết\s+)?$",
    re.IGNORECASE,
)
#: What makes a full date the day a tally is taken: "tính đến 31/12/2016", "tại thời điểm 31/12/2015",
#: "đến thời điểm tổng hợp (ngày 31/12/2016)".
_AS_OF_DATE_RE = re.compile(
    r"(?<!\w)(?P<lead>đến|tới|hết|thời điểm(?: (?:tổng hợp|báo cáo|thống kê))?)\s*\(?\s*(?:ngày\s+)?"
    r"\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]$",
    re.IGNORECASE,
)
_AS_OF_REACH = 40


def _periods(text: str) -> list[tuple[int, int, int, int | None, bool]]:
    """Years and spans stated in the sentence: (start, end, first year, last year, is a comparison).

    Driven by the four-digit years themselves, so a sentence without one costs a single scan.
    """
    periods: list[tuple[int, int, int, int | None, bool]] = []
    consumed = 0
    for year_match in _YEAR_RE.finditer(text):
        start, end = year_match.span()
        if start < consumed or (start and text[start - 1].isdigit()) or text[end : end + 1].isdigit():
            continue
        if LAW_BEFORE.search(text, max(0, start - LAW_REACH), start):
            continue
        lead = _YEAR_LEAD_RE.search(text, max(0, start - 16), start)
        first = int(year_match.group())
        last: int | None = first
        span_start = lead.start() if lead is not None else start
        if start and text[start - 1] in "/." and (lead is None or lead.group("slash") is None):
            lead = _AS_OF_DATE_RE.search(text, max(0, start - _AS_OF_REACH), start)
            if lead is None:
                continue  # the year of a date: "7/7/2017"; but "tính đến 31/12/2016" dates a tally
            span_start = lead.start()
        if lead is not None and (lead.group("lead") or "").lower() in ("đến", "tới", "hết", ""):
            # "từ 1/7/2014 đến 30/11/2016", "từ 1.6.2016 đến hết tháng 5.2017"
            since = _SINCE_DATE_RE.search(text, max(0, span_start - 32), span_start)
            if since is not None and int(since.group("year")) <= first:
                first, span_start = int(since.group("year")), since.start()
        tail = _YEAR_TAIL_RE.match(text, end)
        if tail is not None and tail.group("until"):
            if lead is None or not (lead.group("lead") or "").lower().startswith("từ"):
                # "từ 2007 đến nay", "từ cuối năm 2015 đến nay"; a bare "2015 đến nay" is no span
                continue
            last, end = None, tail.end()
        elif tail is not None and first < int(tail.group("year")) <= first + 30:
            last, end = int(tail.group("year")), tail.end()
        elif (listed := _years_in_a_row(text, first, end)) is not None:
            last, end = listed
        elif (
            lead is None
            and COMPARISON_BEFORE.search(text, max(0, start - COMPARISON_REACH), start) is None
            and _YEAR_LABEL_RE.match(text, end) is None
        ):
            continue  # a bare year is too often a name or a date part; "cùng kỳ 2016" is a base
        consumed = end
        comparison = (
            COMPARISON_BEFORE.search(text, max(0, span_start - COMPARISON_REACH), span_start) is not None
            or SHARE_OF_BEFORE.search(text, max(0, span_start - 40), span_start) is not None
        )
        periods.append((span_start, end, first, last, comparison))
    return periods


def _years_in_a_row(text: str, first: int, end: int) -> tuple[int, int] | None:
    """The last year and end of a list of years in a row after ``first`` ("năm 2015, 2016, 2017": all of
    them); None when no year follows or the list skips one ("các năm 2014, 2015, 2019": each alone)."""
    last, position = first, end
    while (more := _NEXT_YEAR_RE.match(text, position)) is not None:
        if int(more.group(1)) != last + 1:
            return None
        last, position = last + 1, more.end()
    return (last, position) if last > first else None


def _nearest_period(
    text: str, periods: list[tuple[int, int, int, int | None, bool]], start: int, end: int
) -> tuple[int | None, int | None]:
    """The period closest to the figure, preferring its own clause.

    A comparison base ("so với năm 2015") counts only right before the figure ("cùng kỳ năm 2016
    (6,5%)"); a period after the figure but past a clause break belongs to what follows ("1 triệu du
    khách và đến 2020 ...", "1.291.342 tỷ đồng, bao gồm cả số thu chuyển nguồn từ năm 2014"), not to
    the figure, which then takes its period from the sentences before.
    """
    best = None
    best_distance = None
    for p_start, p_end, first, last, comparison in periods:
        aside = brackets_around(text, p_start, p_end)
        if aside is not None and not aside[0] < start < aside[1]:
            continue  # "(năm 2015 giá tôm giảm 15-20%), xuất khẩu năm qua đạt ...": the aside's own year
        if p_start >= end:
            distance = p_start - end
            if _CLAUSE_BREAK_RE.search(text, end, p_start):
                paired = _PAIRED_BEFORE_PERIOD_RE.fullmatch(text, end, p_start)
                if paired is None or _CLAUSE_BREAK_RE.search(text, paired.start("second"), p_start):
                    continue
        else:
            distance = start - p_end
            if _CHANGE_TO_RE.match(text, p_end, start):
                continue
        if comparison and (not 0 <= start - p_end <= 3 or "," in text[p_end:start]):
            continue  # "giảm 40% so với năm 2016, ước đạt 100 nghìn tấn": the comma closes the base
        if best_distance is None or distance < best_distance:
            best, best_distance = (first, last), distance
    return best if best is not None else (None, None)


def counted_noun(text: str, position: int) -> str | None:
    """The counted noun phrase that starts at ``position``, as written, or None: "huyện có dịch" after
    "tổng số" in "nâng tổng số huyện có dịch lên 328"."""
    phrase = _noun_phrase(text, position)
    return text[position : phrase[0]].strip() if phrase is not None else None


def brackets_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bracketed aside holding ``text[start:end]``, as (opening, closing) offsets, if any."""
    opening = text.rfind("(", 0, start)
    if opening < 0 or text.find(")", opening, start) >= 0:
        return None
    closing = text.find(")", end)
    return (opening, closing) if closing >= 0 else None


def _is_year(value: float) -> bool:
    return value.is_integer() and 1900 <= value <= 2100


def _clean(value: float) -> float:
    """Undo float noise from scaling ("49,26" x 1e6) so values compare exactly."""
    rounded = round(value)
    if abs(value - rounded) <= 1e-9 * max(1.0, abs(value)):
        return float(rounded)
    return round(value, 9)
