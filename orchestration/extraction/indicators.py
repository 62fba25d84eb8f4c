"""Decide which extracted figures are indicators of a place, and describe them.

A figure is an indicator when the article states it about the state or performance of an
administrative unit or a sector of it (GUIDE.md). The decision is read from the words around the
figure, never from the number alone: the counted noun ("39 xã", "2 cửa khẩu"), the measure named
in the same clause ("thu ngân sách đạt ...", "xếp thứ ... về chuyển đổi số"), and cue phrases that
rule a figure out (ages, durations, gifts and attendance of the visit, weather readings, legal
caps, document numbers, ranges: no single value) or make it optional (targets, one project or
incident, restated figures). Every word list is a `_Lexicon`: all of them share one Aho-Corasick
automaton, walked once per sentence, so a figure's window checks only scan that sentence's few hits;
the remaining regexes read short windows next to the figure.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import count, islice

import ahocorasick

from orchestration.extraction.dates import ANCHORED, article_reference, born_in, latest_year
from orchestration.extraction.figures import (
    COMPARISON_BEFORE,
    COMPARISON_REACH,
    LAW_BEFORE,
    LAW_REACH,
    LUNAR_BRANCHES,
    LUNAR_CYCLE_START,
    LUNAR_STEMS,
    LUNAR_YEAR,
    MONEY,
    RANK_ADJECTIVES,
    SHARE_OF_BEFORE,
    SPELT_OUT,
    brackets_around,
    counted_noun,
)
from orchestration.extraction.indicator_model import THRESHOLD, Model, features, kept_by_rules, probability
from orchestration.extraction.model import Document, Figure, Mention
from orchestration.extraction.numbers import SCALE_WORDS

_SIZES = frozenset({"km", "ha", "m2", "tonne", "MW", "other"})  # what a thing measures, not what it costs


_PHRASES: dict[str, set[int]] = {}  # lower-cased phrase -> ids of the lexicons holding it
Hit = tuple[int, int, frozenset[int]]  # start, end (in the lower-cased sentence), lexicon ids
_IDENTS = count(1)


class _Lexicon:
    """Whole-word phrases, read as a regex on short strings or through the shared sentence automaton."""

    __slots__ = ("ident", "pattern", "phrases")

    def __init__(self, *phrases: str) -> None:
        self.ident = next(_IDENTS)
        self.phrases = phrases
        for phrase in phrases:
            _PHRASES.setdefault(phrase.lower(), set()).add(self.ident)
        alternation = "|".join(sorted(phrases, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)

    def within(self, hits: tuple[Hit, ...], low: int, high: int) -> list[tuple[int, int]]:
        """This lexicon's phrases lying wholly in ``[low, high)`` of the sentence.

        The lexicon test comes first: it rules out most hits (300,000 calls over the corpus).
        """
        ident = self.ident
        return [(s, e) for s, e, ids in hits if ident in ids and low <= s and e <= high]


_rx = _Lexicon


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase, ids in _PHRASES.items():
        automaton.add_word(phrase, (len(phrase), frozenset(ids)))
    automaton.make_automaton()
    return automaton


def _hits(low: str) -> tuple[Hit, ...]:
    """Every lexicon phrase in the sentence that stands as whole words."""
    found = []
    size = len(low)
    for last, (length, ids) in _automaton().iter(low):
        start, end = last - length + 1, last + 1
        if (start and low[start - 1].isalnum()) or (end < size and low[end].isalnum()):
            continue
        found.append((start, end, ids))
    found.sort(key=lambda hit: hit[0])
    return tuple(found)


# --- catalogue: (code, units it can carry, measure words) -------------------------------------------
# Checked in order within a window; specific measures come before generic ones.
_CODES: tuple[tuple[str, frozenset[str], _Lexicon], ...] = tuple(
    (code, frozenset(units.split()), _rx(*words))
    for code, units, words in (
        ("PCI_RANK", "rank", ("năng lực cạnh tranh", "PCI")),
        ("PAPI_RANK", "rank", ("PAPI", "hiệu quả quản trị và hành chính công")),
        ("PAR_INDEX_RANK", "rank", ("cải cách hành chính", "PAR INDEX", "PAR-INDEX")),
        ("PGI_RANK", "rank", ("chỉ số xanh", "PGI")),
        ("DTI_RANK", "rank", ("chuyển đổi số", "DTI")),
        ("PCI_SCORE", "count other", ("năng lực cạnh tranh", "PCI")),
        ("PAPI_SCORE", "count other", ("PAPI",)),
        ("PGI_SCORE", "count other", ("chỉ số xanh", "PGI")),
        ("DTI_SCORE", "count other", ("chuyển đổi số", "DTI")),
        ("SIPAS", "percent count other", ("SIPAS", "mức độ hài lòng", "chỉ số hài lòng")),
        (
            "INDUSTRIAL_PRODUCTION_GROWTH",
            "percent",
            ("sản xuất công nghiệp", "chỉ số công nghiệp", "IIP", "giá trị sản xuất công nghiệp"),
        ),
        (
            "GRDP_GROWTH",
            "percent",
            (
                "tăng trưởng kinh tế",
                "tốc độ tăng trưởng",
                "tăng trưởng GRDP",
                "tăng trưởng GDP",
                "GRDP tăng",
                "GDP tăng",
                "tăng trưởng",
                "kinh tế tăng",
            ),
        ),
        (
            "POVERTY_RATE",
            "percent",
            ("hộ nghèo", "tỷ lệ nghèo", "tỉ lệ nghèo", "tỷ lệ hộ nghèo", "tỉ lệ hộ nghèo"),
        ),
        (
            "GRDP_PER_CAPITA",
            "VND USD",
            (
                "GRDP bình quân đầu người",
                "GDP bình quân đầu người",
                "GRDP đầu người",
                "GDP đầu người",
                "GRDP/người",
                "GDP/người",
                "GRDP bình quân",
                "GDP bình quân",
            ),
        ),
        (
            "INCOME_PER_CAPITA",
            "VND USD",
            (
                "thu nhập bình quân",
                "thu nhập bình quân đầu người",
                "thu nhập của người dân",
                "thu nhập đầu người",
                "thu nhập",
            ),
        ),
        (
            "TOURISM_REVENUE",
            "VND USD",
            ("doanh thu du lịch", "thu từ du lịch", "doanh thu từ du lịch", "tổng thu du lịch", "du lịch"),
        ),
        (
            "BUDGET_EXPENDITURE",
            "VND USD",
            (
                "chi ngân sách",
                "tổng chi ngân sách",
                "chi cân đối ngân sách",
                "chi thường xuyên",
                "chi đầu tư phát triển",
                "chi NSNN",
                "chi cân đối NSNN",
            ),
        ),
        (
            "BUDGET_REVENUE",
            "VND USD",
            (
                "thu ngân sách",
                "tổng thu ngân sách",
                "thu cân đối ngân sách",
                "thu nội địa",
                "thu NSNN",
                "thu ngân sách nhà nước",
                "thu xuất nhập khẩu",
                "thu từ xuất nhập khẩu",
                "thu từ hoạt động xuất nhập khẩu",
                "ngân sách từ hoạt động xuất nhập khẩu",
            ),
        ),
        (
            "TRADE_VALUE",
            "VND USD",
            (
                "xuất nhập khẩu",
                "xuất, nhập khẩu",
                "kim ngạch thương mại",
                "thương mại song phương",
                "thương mại hai chiều",
                "thương mại hai nước",
                "thương mại giữa hai nước",
                "trao đổi thương mại",
                "kim ngạch hai chiều",
            ),
        ),
        ("EXPORT_VALUE", "VND USD", ("xuất khẩu", "kim ngạch xuất khẩu")),
        ("IMPORT_VALUE", "VND USD", ("nhập khẩu", "kim ngạch nhập khẩu")),
        # turnover named bare (see ``_turnover_way``); after exports and imports, whose longer cues
        # end nearer an amount they name ("kim ngạch xuất khẩu đạt ..."), so they win there
        ("TRADE_VALUE", "VND USD", ("kim ngạch",)),
        (
            "FDI_CAPITAL",
            "VND USD",
            (
                "FDI",
                "ĐTNN",
                "đầu tư nước ngoài",
                "đầu tư trực tiếp nước ngoài",
                "dự án nước ngoài",
                "vốn ngoại",
                "nhà đầu tư nước ngoài",
            ),
        ),
        ("GRDP", "VND USD", ("GRDP", "GDP", "tổng sản phẩm", "quy mô kinh tế", "quy mô nền kinh tế")),
        ("AGRI_OUTPUT", "tonne VND USD", ("sản lượng", "giá trị sản xuất nông", "sản xuất nông nghiệp")),
        (
            "INVESTMENT_CAPITAL",
            "VND USD",
            (
                "vốn đầu tư",
                "tổng vốn",
                "vốn đăng ký",
                "tổng mức đầu tư",
                "đầu tư toàn xã hội",
                "tổng số vốn",
                "thu hút đầu tư",
                "vốn thực hiện",
                "vốn doanh nghiệp",
                "dự án",
            ),
        ),
        ("BORDER_LENGTH", "km", ("biên giới", "đường biên")),
        ("AREA", "ha m2", ("diện tích tự nhiên", "diện tích")),
    )
)
_BARE_TURNOVER = next(
    index for index, (_, _, lexicon) in enumerate(_CODES) if lexicon.phrases == ("kim ngạch",)
)
_ONE_WAY = re.compile(r"(?<!\w)(?:xuất,? nhập khẩu|(xuất khẩu)|(nhập khẩu))(?!\w)")
_PROJECTS = _rx("dự án")
# Count codes are read off the counted noun; the cue must sit in the noun or its clause. The first
# match decides, so a noun that only looks like a coded one comes first with no code.
_COUNT_CODES: tuple[tuple[str | None, _Lexicon, _Lexicon | None], ...] = (
    ("BORDER_GATES", _rx("cửa khẩu"), None),
    ("CORRUPTION_CASES", _rx("vụ án", "vụ án tham nhũng"), None),
    ("DEFENDANTS", _rx("bị can", "bị cáo"), None),
    ("POOR_HOUSEHOLDS", _rx("hộ nghèo"), None),
    ("POOR_HOUSEHOLDS", _rx("hộ"), _rx("hộ nghèo", "thoát nghèo")),
    (
        "TOURIST_ARRIVALS",
        _rx("lượt khách", "du khách", "khách du lịch", "khách quốc tế", "khách nội địa", "lượt du khách"),
        None,
    ),
    ("TOURIST_ARRIVALS", _rx("lượt", "khách"), _rx("du lịch", "du khách")),
    ("NEW_RURAL_COMMUNES", _rx("xã"), _rx("nông thôn mới", "NTM")),
    (
        "FDI_PROJECTS",
        _PROJECTS,
        _rx("FDI", "ĐTNN", "nước ngoài", "vốn ngoại", "tại Việt Nam", "vào Việt Nam"),
    ),
    (None, _rx("dân tộc"), None),  # "54 dân tộc": ethnic groups, not residents
    ("POPULATION", _rx("nhân khẩu", "dân"), None),
    # "xã X có 13,56 km² diện tích tự nhiên, 15.008 người": a unit's area, then its people
    ("POPULATION", _rx("người"), _rx("dân số", "diện tích tự nhiên")),
)
_ECONOMY = _rx("GDP", "GRDP")
_ORIGIN = _rx(
    "FDI",
    "ĐTNN",  # "đầu tư nước ngoài" in reports: "các dự án ĐTNN", "nhà ĐTNN"
    "ODA",
    "nước ngoài",
    "trực tiếp nước ngoài",
    "vốn ngoại",
    "trong nước",
    "nhà nước",
    "ngân sách",
    "tư nhân",
    "trong nước và nước ngoài",
    "trong và ngoài nước",
    "nước ngoài và trong nước",
)
_SECTORS = (
    "công nghiệp|nông nghiệp|dịch vụ|xuất khẩu|nhập khẩu|tiêu dùng|tín dụng|dư nợ|du lịch|thủy sản|thuỷ sản"
    "|điện|bán lẻ|vận tải"
)
_SECTOR_GROWTH = re.compile(
    rf"(?:ngành\s+|khu\s+vực\s+)?(?:{_SECTORS})(?:[\w\s,]{{0,25}}?)\s+tăng trưởng(?!\w)"
    rf"|tăng trưởng\s+(?:ngành\s+|khu\s+vực\s+)?(?:{_SECTORS})(?!\w)"
)
_ECONOMY_WORD = re.compile(r"(?<!\w)(?:kinh tế|gdp|grdp)(?!\w)")
_FOREIGN = frozenset({"fdi", "đtnn", "nước ngoài", "trực tiếp nước ngoài", "vốn ngoại"})
#: Investment that comes into the country: "doanh nghiệp Mỹ đầu tư tại Việt Nam 835 dự án", "dự án của
#: Đức tại Việt Nam còn hiệu lực" (on the lower-cased sentence).
_INTO_VIETNAM = re.compile(r"(?:đầu tư|dự án)(?: [^\s,.;]+){0,5} (?:tại|vào|ở) việt nam(?!\w)")
_CAPITAL = re.compile(r"(?<!\w)(?:vốn|đầu tư)(?!\w)")
#: an amount in đồng paired with the one before it: "26,7 tỷ USD và hơn 245.500 tỷ đồng"
_AND_DONG = re.compile(r"\s*và [^,;]{0,25}?(?:tỷ|tỉ|triệu) đồng(?!\w)")
#: foreign investment as a sentence's topic, carried to the sentences after it
_FOREIGN_TOPIC = re.compile(r"(?<!\w)(?:fdi|đtnn|(?:đầu tư|vốn)(?: trực tiếp)? nước ngoài|vốn ngoại)(?!\w)")
#: the words of investment registers, in which a sentence carries on another's topic of FDI
_REGISTERED = re.compile(
    r"(?<!\w)(?:vốn đăng ký|còn hiệu lực|cấp mới|cấp phép|giấy chứng nhận đăng ký|gcnđkđt|vốn thực hiện"
    r"|thu hút)(?!\w)"
)
#: how many sentences back an investment's origin is looked for (see ``_foreign_investment``)
_TOPIC_REACH = 2
#: words before a country that make it where investment goes, not where it comes from
_DESTINATION_END = re.compile(r"(?<!\w)(?:sang|tại|ở|vào|đến|tới)\s*$")
_REDUCE_VERB = _rx("cắt giảm", "giảm", "tinh giảm", "tinh gọn")
_UNIT_NOUN = _rx(
    "đơn vị",
    "phòng",
    "ban",
    "xã",
    "huyện",
    "đầu mối",
    "cơ quan",
    "tổ chức",
    "sở",
    "phòng, ban",
    "thôn",
    "tổ dân phố",
    "chi cục",
    "trung tâm",
)

# --- counted nouns ------------------------------------------------------------------------------------
# Things whose number describes a unit (its economy, institutions, people, damage).
# What one raid or one story also has a few of ("bắt 3 đối tượng", "2 tàu cá", "3 xe máy" hit in a crash):
# a province's tally ("xử lý 749 đối tượng", "bắt giữ 26 tàu thuyền", "116.859 xe tải") counts from ten up.
_INCIDENT_THINGS = _rx(
    "đối tượng",
    "tàu",
    "tàu thuyền",
    "tàu cá",
    "phương tiện",
    "xe",
    "ô tô",
    "xe máy",
    "trẻ",
    "bác sĩ",
    "y bác sĩ",
    "cảnh sát",
)
_INCIDENT_AT_LEAST = 10
# Delegates of a meeting are its audience; elected deputies are how a legislature is made up.
_ELECTED = _rx(
    *("nữ đại biểu", "đại biểu quốc hội", "đại biểu hđnd", "đại biểu hội đồng nhân dân"),
    *("người ứng cử", "ứng cử viên", "đơn vị bầu cử"),
)
_INDICATOR_NOUN = _rx(
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "quận",
    "tỉnh",
    "thành phố",
    "đơn vị",
    "địa phương",
    "phòng",
    "ban",
    "sở",
    "cửa khẩu",
    "vụ án",
    "vụ việc",
    "vụ",
    "bị can",
    "bị cáo",
    "dự án",
    "doanh nghiệp",
    "DN",
    "hợp tác xã",
    "HTX",
    "hộ",
    "hộ dân",
    "hộ gia đình",
    "gia đình",
    "người",
    "lượt",
    "lượt khách",
    "du khách",
    "khách",
    "trường",
    "học sinh",
    "sinh viên",
    "giáo viên",
    "khu công nghiệp",
    "KCN",
    "khu chế xuất",
    "cụm công nghiệp",
    "CCN",
    "khu kinh tế",
    "làng",
    "thôn",
    "bản",
    "ấp",
    "khu dân cư",
    "nhân khẩu",
    "dân",
    "lao động",
    "việc làm",
    "công nhân",
    "con",
    "ngôi nhà",
    "căn nhà",
    "nhà",
    "căn hộ",
    "điểm",
    "công trình",
    "cơ sở",
    "bệnh viện",
    "giường bệnh",
    "trạm",
    "trạm y tế",
    "sản phẩm",
    "tiêu chí",
    "mảnh ruộng",
    "cây",
    "ca mắc",
    "ca nhiễm",
    "ca bệnh",
    "trường hợp",
    "mẫu",  # samples tested: "3 mẫu dương tính", "11/1.345 mẫu thịt vượt ngưỡng"
    "đảng viên",
    "tổ chức cơ sở đảng",
    "chi bộ",
    "di tích",
    "chợ",
    "cảng",
    "phân hiệu",
    "học viện",
    "nhà máy",
    "tổ chức",
    "cơ quan",
    "hồ sơ",
    "thủ tục",
    "héc-ta",
    "trang trại",
    "giấy phép",
    "cán bộ",
    "công chức",
    "viên chức",
    "biên chế",
    "nạn nhân",
    "mô hình",
    "tuyến",
    "km",
    "chiến sĩ",
    "hộ nghèo",
    "thị trường",
    "quốc gia",
    "vùng lãnh thổ",
    "đối tác",
    "thỏa thuận",
    "thoả thuận",
    "hiệp định",
    "FTA",
    "trẻ em",
    "người dân",
    "thí sinh",
    "bài thi",
    "bệnh nhân",
    "kiều bào",
    "người Việt",
    "mỏ",
    "phụ nữ",
    "HS",
    "SV",
    "GV",
    "ĐBQH",
    "thiên tai",
    "ấn phẩm",
    "cơ quan báo",
    "cơ quan báo chí",
    "đại biểu",  # only elected ones get here (see ``_ELECTED``)
    # dwellings, the war dead and invalids, deaths, species, towns, accounts, members
    "căn",
    "chung cư",
    "liệt sĩ",
    "liệt sỹ",
    "thương binh",
    "thương bệnh binh",
    "bệnh binh",
    "mẹ việt nam anh hùng",
    "bà mẹ việt nam anh hùng",
    "ca tử vong",
    "ca dương tính",
    "nhân viên y tế",
    "loài",
    "đô thị",
    "tài khoản",
    "đề tài",
    "công đoàn cơ sở",
    "đoàn viên",
    "hội viên",
    "giám định viên",
    *_ELECTED.phrases,
    *_INCIDENT_THINGS.phrases,
)
# Quantities of the visit, the meeting, a document, a person or time itself.
_NON_INDICATOR_NOUN = _rx(
    "năm",
    "tháng",
    "ngày",
    "tuần",
    "giờ",
    "phút",
    "giây",
    "tuổi",
    "quý",
    "thế kỷ",
    "thập kỷ",
    "con giáp",  # "12 con giáp": the zodiac's animals
    "đời",
    "kỳ",
    "khóa",
    "khoá",
    "nhiệm kỳ",
    "lần",
    "đợt",
    "buổi",
    "cuộc",
    "phiên",
    "ý kiến",
    "kiến nghị",
    "đề xuất",
    "yêu cầu",
    "nhiệm vụ",
    "giải pháp",
    "nguyên nhân",
    "lý do",
    "nội dung",
    "vấn đề",
    "nhóm",
    "bài học",
    "suất quà",
    "phần quà",
    "suất",
    "phần",
    "quà",
    "món quà",
    "đại biểu",
    "khách mời",
    "thành viên",
    "đoàn",
    "tổ công tác",
    "tiền án",
    "tiền sự",
    "tầng",
    "làn",
    "độ",
    "câu hỏi",
    "lượt ý kiến",
    "chương trình",
    "tiết mục",
    "bằng khen",
    "giấy khen",
    "cúp",
    "huân chương",
    "kỷ niệm chương",
    "học bổng",
    "chiếc",
    "bức",
    "trang",
    "mục tiêu",
    "đột phá",
    "khâu",
    "bước",
    "bậc",
    "giai đoạn",
    "mặt",
    "điều",
    "khoản",
    "chỉ tiêu",
    "loại",
    "hạng mục",
    "trụ cột",
    "lĩnh vực",
    "ngành",
    "cấp",
    "hướng",
    "tiêu chuẩn",
    "cử tri",
)
# Heads of the people and things of a story, when there are only a few of them; "nhà" alone is the
# start of a title cut by a capital ("hai nhà Lãnh đạo"), "nhà máy" is not a person.
# What a few units spelled out in words ("hai xã", "ba vụ việc") can still tally.
_UNIT_TALLY = _rx(
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "quận",
    "tỉnh",
    "thành phố",
    "đơn vị",
    "phòng",
    "ban",
    "sở",
    "cửa khẩu",
    "vụ án",
    "vụ việc",
    "khu công nghiệp",
    "khu kinh tế",
    "người chết",
    "người tử vong",
)
_HOUSES = frozenset({"nhà", "căn nhà", "ngôi nhà"})  # a few houses are a story's; many, a place's toll
_INDIVIDUALS = frozenset({"người", "con", "em", "cháu", "ông", "bà", "anh", "chị", "chiếc", "cái"})
_PLACE_NOUNS = frozenset(
    {
        "tỉnh",
        "thành phố",
        "huyện",
        "quận",
        "xã",
        "phường",
        "nước",
        "quốc gia",
    }
)
# Parts of an organisation: counted after its name, they describe the body, not a place.
_SUB_UNIT = _rx("đơn vị", "vụ", "phòng", "ban", "cục", "bộ phận", "chi nhánh", "trung tâm", "viện")
# ... but "vụ việc", "vụ cháy" are incidents and "phòng học", "phòng ở" rooms, whoever reports them
_NOT_SUB_UNIT = _rx("vụ việc", "vụ cháy", "vụ tai nạn", "vụ vi phạm", "phòng học", "phòng ở", "phòng bệnh")
# Words that count single things of any kind ("hơn 2.500 chiếc tàu"): what they count follows them.
_RELATIVES = _rx("con, cháu", "con cháu", "người thân", "vợ con")
_CLASSIFIER = _rx("chiếc", "cái", "con", "ngôi", "căn")
_TIME_UNIT = _rx(
    "năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "tuổi", "quý", "thế kỷ", "đêm", "tiếng"
)

# --- cue phrases ----------------------------------------------------------------------------------------
_RANK_CUE = _rx(
    "xếp",
    "xếp thứ",
    "đứng",
    "đứng thứ",
    "hạng",
    "xếp hạng",
    "vị trí",
    "top",
    "tốp",
    "dẫn đầu",
    "bảng xếp hạng",
    "thứ hạng",
    "tăng",
    "giảm",
    "vươn lên",
    "tụt",
)
# Words right before a number that make it an ordinal, a name or a document number, not a quantity.
_ORDINAL_BEFORE = frozenset(
    [
        "lần",
        "kỳ họp",
        "khóa",
        "khoá",
        "đại hội",
        "hội nghị",
        "phiên",
        "kỳ",
        "số",
        "đợt",
        "giai đoạn",
        "khu",
        "tổ",
        "cụm",
        "tuyến",
        "mục",
        "điều",
        "chương",
        "quận",
        "phường",
        "tầng",
        "lô",
        "năm",
        "ngày",
        "tháng",
        "quý",
        "phần",
        "bước",
    ]
)
_GROUP_BEFORE = frozenset(
    [
        "nhóm",
        "trong nhóm",
        "một trong",
        "1 trong",
        "trong số",
        "top",
        "tốp",
        "trong top",
        "là một trong",
        "danh sách",
    ]
)
_DOCUMENT_BEFORE = frozenset(
    [
        "nghị quyết",
        "quyết định",
        "chỉ thị",
        "kết luận",
        "thông báo",
        "công văn",
        "điều",
        "khoản",
        "nghị định",
        "thông tư",
        "luật",
        "số",
        "quy định",
        "kế hoạch",
        "chương trình",
        "hướng dẫn",
        "tờ trình",
        "ban chỉ đạo",  # "Ban Chỉ đạo 389 quốc gia": a body named for the decision that set it up
        "quốc lộ",
        "ql",
        "tỉnh lộ",
        "đường",
        "tổ",
        "xóm",
        "khu phố",
        "tổ dân phố",
        "phường",
        "quận",
        "bão số",
        "cấp",
        "báo động",
        "phòng",
        "lô",
        "ô",
        "km",
        "mã",
        "ký hiệu",
        "hotline",
        "điện thoại",
        "đt",
        "tel",
        "sđt",
        "ngụ",
        "trú",
        "địa chỉ",
        "số nhà",
        "sinh năm",
        "sinh",
        "năm",
        "ngày",
        "tháng",
        "lúc",
        "thế kỷ",
        "khóa",
        "khoá",
        "đại hội",
        "lần thứ",
        "thứ",
    ]
)
_PERSON = _rx(
    "sinh năm",
    "tiền án",
    "tiền sự",
    "năm tù",
    "tháng tù",
    "án tù",
    "tù giam",
    "mất sức",
    "tỷ lệ thương tật",
    "thương tật",
    # a vote is a property of one election or one person, not of a place
    "số phiếu",
    "tỷ lệ phiếu",
    "tỉ lệ phiếu",
    "phiếu bầu",
    "biểu quyết",
    "tán thành",
    "tín nhiệm",
    "trúng cử",
)
# A war invalid's grade follows the word ("thương binh hạng 1/4"); further off, the word names a group
# ("715 thương bệnh binh và người hưởng chính sách như thương binh") or a ministry ("Bộ Lao động, Thương binh
# và Xã hội đứng cuối bảng với 71,91%").
_GRADE = _rx("thương binh")
_GRADE_REACH = 15
_BREAK = re.compile(r"[,;.:]")  # "1.443 thương binh; 344 bệnh binh": the next item, not a grade
# One person's age: "(45 tuổi)", "ở tuổi 70". An age band ("trẻ dưới 6 tuổi", "người trên 60 tuổi", "độ
# tuổi 15-60") and the ages of a rate ("đúng độ tuổi", "đến tuổi lao động") describe a group, not a person.
_AGE = re.compile(
    r"(?<!\w)(?:(?<!dưới )(?<!trên )(?<!từ )(?<!đến )(?<!tới )(?<!hết )\d+\s*tuổi|(?<!độ )tuổi\s+\d)(?!\w)"
)
#: A phone number is nobody's statistic, but a share of phone users is: "sử dụng điện thoại đạt 46%".
_PHONE = _rx("điện thoại", "hotline", "số máy")
_VISIT = _rx(
    "tặng",
    "trao tặng",
    "tặng quà",
    "trao quà",
    "suất quà",
    "phần quà",
    "quà tặng",
    "tham dự",
    "dự hội nghị",
    "đến dự",
    "về dự",
    "có mặt",
    "tham gia hội nghị",
    "tiếp đón",
    "chúc Tết",
    "thăm hỏi",
    "hội nghị có",
    "tham gia đoàn",
    "đoàn công tác",
    "kiểm tra mẫu",
    "được chọn",
    "tôn vinh",
    "vinh danh",
    "khen thưởng",
    "tuyên dương",
    "kiến nghị",
    "ý kiến",
    "đề xuất",
    "gặp mặt",
    "gặp gỡ",
    "đại diện",
    "làm việc với",
    "đoàn",
    "tổ xung kích",
    "tổ công tác",
    # the deals a visit signs: "chứng kiến Lễ trao đổi 9 thỏa thuận hợp tác ... tổng vốn 700 triệu USD"
    "lễ trao đổi",
    "lễ ký kết",
    "trao đổi văn kiện",
    "trao đổi các văn kiện",
)
_NOT_VISIT = _rx(
    "tập đoàn",
    "công đoàn",
    "liên đoàn",
    "đoàn viên",
    "đoàn thể",
    "đoàn kết",
    "đoàn thanh niên",
    "sư đoàn",
    # an honour the State confers, and what an inspection asks for: no visit's gifts or audience
    "phong tặng",
    "truy tặng",
    "kiến nghị thu hồi",
    "kiến nghị xử lý",
)
_WEATHER = _rx(
    "nhiệt độ",
    "mực nước",
    "lượng mưa",
    "mưa",
    "gió",
    "sức gió",
    "áp thấp",
    "áp thấp nhiệt đới",
    "sóng",
    "mức báo động",
    "báo động số",
    "báo động cấp",
    "độ C",
    "triều cường",
    "đỉnh lũ",
    "vận tốc",
    "tốc độ di chuyển",
    "kinh độ",
    "vĩ độ",
    "độ ẩm",
    "rét",
    "nắng nóng",
    "không khí lạnh",
    "biển động",
    "biên độ lũ",
    "lưu lượng",
    "độ cao",
)
_WEATHER_UNIT = re.compile(
    r"(?:°|º|o\s*C\b|độ\b|mm\b|cm\b|\bm\b|km/h|km/giờ|m/s|m3/s|m³/s|cấp\b)", re.IGNORECASE
)
# Prizes, prices and allowances: amounts paid for one thing, not a place's measure.
_PAYMENT = _rx(
    "giá",
    "có giá",
    "với giá",
    "giá bán",
    "giá mua",
    "giải thưởng",
    "giải nhất",
    "giải nhì",
    "giải ba",
    "giải khuyến khích",
    "học bổng",
    "tiền thưởng",
    "tiền mặt",
    "trợ cấp",
    "tiền công",
    "tiền lương",
    "mức lương",
    "lương",
)
_MONEY_RATE = re.compile(r"(?:đồng|đ|vnđ|vnd|usd)\s*/\s*([^\W\d_]+)", re.IGNORECASE)
_YIELD_DENOMINATORS = frozenset({"ha", "hécta", "héc", "người", "hộ", "khẩu", "lao", "năm", "tháng", "ngày"})
_PER_TIME = frozenset({"ngày", "tuần", "tháng", "quý"})
_PER_CAPITA_CODES = frozenset({"INCOME_PER_CAPITA", "GRDP_PER_CAPITA"})
#: A head's income or output a year stays well below these: the richest country's is about 140.000 USD
#: (3,5 tỷ đồng).
_PER_HEAD_CEILING = {"VND": 1e10, "USD": 1e6}
_PER_AREA = _rx("1 ha", "một ha", "mỗi ha", "1 hécta", "một hécta", "mỗi hécta")
_EACH = re.compile(r"(?<!\w)(?:mỗi|từng)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*(?:là|có|được|khoảng|từ)?\s*$")
_EACH_ITEM = re.compile(r"(?<!\w)cho\s+(?:mỗi|từng)\s+([^\W\d_]+)")
_LABOUR_FORCE = _rx("lực lượng lao động")
_FORCES = _rx("lực lượng", "quân số", "cán bộ, chiến sĩ", "cán bộ chiến sĩ", "cán bộ, đảng viên")
_MUST = re.compile(r"(?<!\w)phải(?!\w)")
_BOUNDS = ("tối thiểu", "ít nhất", "tối đa", "không quá")
_BOUNDS_THEN = tuple(f"{bound} là " for bound in _BOUNDS)  # "với tỉ lệ ít nhất là 1%"
_ASSIGNED = re.compile(r"(?<!\w)(?:giao|yêu cầu|chỉ đạo)(?: cho)? (?:các|những|mỗi|từng)(?!\w)")
_RULE = _rx("quy định", "luật", "theo luật", "nghị định", "điều lệ")
_CAP = _rx(
    "không vượt quá",
    "không quá",
    "tối đa",
    "mức trần",
    "giá trần",
    "không được vượt",
    "không được quá",
    "không thấp hơn",
    "tối thiểu là",
    "cho phép là",
    "chạm trần",
    "đụng trần",
    "vượt trần",
    "giới hạn trần",
    "trần cho phép",
    "ngưỡng cho phép",
)
#: What one payer is charged: a rate, not a count of the place's (cases fined: "xử phạt 553 vụ"), nor
#: its total ("số tiền phạt trên 8 tỷ đồng", "Thanh tra ... xử phạt gần 13 tỷ đồng"; "bị xử phạt" is one).
_CHARGE = _rx(
    "mức phạt",
    "phạt tiền",
    "phạt",
    "lệ phí",
    "mức thuế",
    "thuế suất",
    "ưu đãi thuế",
    "giảm thuế",
    "miễn thuế",
    "lãi suất",
)
_TOTAL_BEFORE = re.compile(r"(?<!\w)(?:số tiền|tổng(?: số)?(?: tiền)?|(?<!bị )xử)\s*$")
_RATE_TERMS = _rx(
    "thuế",
    "lãi suất",
    "lệ phí",
    "phí dịch vụ",
    "thuế suất",
    "chiết khấu",
    "hoa hồng",
    "áp dụng tỷ lệ",
    "áp dụng mức",
    "tỷ lệ cho vay lại",
)
_DISTANCE = _rx("cách", "cách xa", "bán kính", "tầm xa", "tầm bắn", "độ sâu", "độ cao")
# Below these sizes an area, a weight or a distance measures one plot, building, vehicle or trip: a
# province's land runs to thousands of hectares, its output to thousands of tonnes.
_ONE_THING_BELOW = {"m2": 10_000.0, "ha": 50.0, "tonne": 1_000.0, "km": 50.0}
#: Units of what a place is said to have ("xã có 5 thôn", "huyện có 40 km bờ biển"), see ``_held``.
_HOLDINGS = ("count", "km", "ha")
#: A bound that picks out a class ("từ 50 tuổi trở lên", "dự án trên 10 ha trở lên"), not a quantity.
_THRESHOLD = re.compile(r"\s*(?:trở (?:lên|xuống)|(?:thì )?(?:được )?áp dụng)(?!\w)")
#: A count of things just named: "4 đơn vị nêu trên", "cả 2 dự án trên đều ...", "3 doanh nghiệp này".
#: The measures a change spans: "giảm cả 3 tiêu chí (số vụ, số người chết và số người bị thương)".
_ALL_MEASURES = re.compile(r"(?:tiêu chí|mặt|chỉ tiêu|chỉ số)(?!\w)")
_FEW_MEASURES = 4
#: Words pointing back to what the article has already counted, for a figure of any unit: "Hai vụ án nêu
#: trên", "258 cây xanh nói trên" (the noun reader may have taken "nêu" into the figure).
_BACK_REFERENCE = re.compile(r"(?<!\w)(?:(?:nêu|nói|kể) trên|trên đây)(?!\w)")
#: ... and, right after a count, the looser ways of naming those just told of: "như đã nêu", "trên",
#: "này" or "đó" closing a clause, with or without the verb before them.
_NAMED_BEFORE = re.compile(
    r"\s*(?:như\s+(?:đã\s+)?(?:nêu|kể|nói)(?:\s+(?:ở\s+)?trên)?(?!\w)"  # "cho 14 DN như nêu trên xây dựng"
    r"|(?:(?:nêu|kể|nói) )?(?:trên|này|đó)(?=\s*(?:[,.;:)]|$|(?:đều|đã|là|và|không|được|cũng)(?!\w))))"
)
#: A sentence about units it does not name: "Nhiều bộ, ngành, địa phương", "Một số tỉnh".
_SOME_UNITS = re.compile(
    r"\W*(?:nhiều|một số|một vài|không ít)\s+(?:bộ|ngành|địa phương|tỉnh|thành phố|huyện|quận|xã|phường|"
    r"đơn vị|cơ quan|trường)(?!\w)"
)
#: "Có tỉnh toàn bộ lực lượng thú y chỉ 30 người", "Có nơi ngập sâu 2 m": some place left unnamed.
_SOME_PLACE = re.compile(
    r"\W*(?:(?:trong đó|thậm chí|cá biệt),?\s+)?có\s+"
    r"(?:tỉnh|nơi|địa phương|huyện|quận|xã|phường|trường|đơn vị)(?!\w)"
)
#: A stake in a company's capital.
_OWNERSHIP = re.compile(r"\s*(?:vốn điều lệ|vốn nhà nước|vốn nn|cổ phần|cổ phiếu)(?!\w)")
# "Nhà nước nắm giữ 100% vốn": who owns a company ("giải ngân 100% vốn" is a disbursement rate)
_OWNS = re.compile(r"(?<!\w)(?:nắm giữ|nắm|sở hữu|chi phối)\s*(?:trên|dưới|hơn|từ|tới)?\s*$")
_CAPITAL_AFTER = re.compile(r"\s*(?:vốn|tại)(?!\w)")  # "sở hữu 100% tại SIC": of a company
#: "với trên 91% đại biểu nhất trí": how a meeting voted.
_VOTED = re.compile(
    r"\s*(?:số\s+)?(?:đại biểu|thành viên|ý kiến)?\s*(?:có mặt\s+)?(?:cũng\s+)?(?:nhất trí|tán thành)"
)
#: "với 454 ĐB có mặt thông qua (tương đương 92,46%)", "là 49/49 phiếu, đạt tỷ lệ 100%": the share of
#: the vote, after it.
_VOTE_SHARE = re.compile(
    r"(?:(?<!\w)(?:đại biểu|đb)(?!\w)[^.;%]{0,30}(?:tán thành|nhất trí|thông qua)"
    r"|(?<!\w)(?<!cổ )(?<!trái )phiếu(?!\w)[^.;%]{0,40})"
    r"\s*[,(]?\s*(?:tương đương|chiếm|đạt)(?: tỷ lệ)?\s*$"
)
# "giảm 20% trên giá niêm yết", "tài trợ 75% học phí": a share of one price or fee, not a place's rate
_OF_A_PRICE = re.compile(
    r"\s*(?:trên\s+|của\s+|so\s+với\s+|tổng\s+)?(?:giá(?!\s+thành)|học\s+phí|chi\s+phí|kinh\s+phí|phí|tiền|lương|"
    r"dịch\s+vụ)(?!\w)",
    re.IGNORECASE,
)
# "giá đất tăng 20-40%", "giá tour sẽ tăng 10%": how one market's prices moved, not a place's measure.
# "giá trị", "trị giá", "đánh giá" and the consumer price index ("chỉ số giá") are not prices.
_PRICE_CHANGE = re.compile(
    r"(?<!\w)(?<!số )(?<!đánh )(?<!trị )giá(?!\s*(?:trị|thành)(?!\w))(?!\w)[^,;()]{0,40}?"
    r"(?<!\w)(?:tăng|giảm|nhích|vọt|lên|xuống)(?!\w)[^,;()]{0,20}$"
    r"|(?<!\w)(?:tăng|giảm)\s+giá(?!\s*trị)(?!\w)[^,;()]{0,20}$"
)
# "tập trung tại 40 điểm", "huy động 2.000 cán bộ", "lấy 10 mẫu": where or with what an operation
# was carried out, not what a place has; "đại biểu đến từ 60 quốc gia": where an event's guests came from;
# "quy tập được mộ 72 liệt sĩ", "hài cốt 12 liệt sỹ": the remains one burial brings home.
_OPERATION_BEFORE = re.compile(
    r"(?<!\w)(tại|ở|huy động|điều động|bố trí|kiểm tra|thanh tra|kiểm toán|giám sát|khảo sát|truy vết|lấy"
    r"|xét nghiệm"
    r"|đến từ|hài cốt|mộ|quy tập|an táng|truy điệu)"
    r"\s*"
    r"(?:khoảng|gần|hơn|trên|tới|cả)?\s*$",
    re.IGNORECASE,
)
# "có 221 viện bảo tàng, 2.000 thư viện, hơn 80 nhà hát": the count follows "có" or "gồm", maybe after
# earlier items of the same list.
_HELD = re.compile(
    r"(?<!\w)(?:hiện\s+|đã\s+|vẫn\s+|chỉ\s+)?(?:có|gồm|sở hữu)\s+(?:tới\s+|đến\s+|tổng\s+cộng\s+)?"
    r"(?:(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s+[^\d,;:()]{1,40}?(?:,(?:\s+với)?|\s+và)\s+)*$"
)
_LIST_GAP = re.compile(r"[^\d;:.!?()“”\"]{0,40}?(?:,|\s+và|\s+cùng)\s*")
_AT_PLACE = re.compile(r"(?<!\w)(?:tại|ở|trên|trong)\s+(?:[^\W\d]+\s+){0,2}$")
_HOLDER = re.compile(r"(?<!\w)(?:tại đây|nơi đây|ở đây)(?!\w)")
# Opinions and petitions gathered from a whole province run to hundreds; a few are one meeting's.
_VOICES = _rx("ý kiến", "kiến nghị", "ý kiến kiến nghị", "ý kiến, kiến nghị", "đơn thư", "phản ánh")
_VOICES_AT_LEAST = 100
#: What one km or m2 of a work costs: "suất đầu tư bình quân là 12 triệu USD" (a price, so before it).
_UNIT_COST = re.compile(r"(?<!\w)suất đầu tư(?!\w)[^,;:()\d]{0,40}$")
_PRICE = re.compile(
    r"(?:(?<!trị )(?<!\w)giá|giá bán|giá mua|mỗi|/)\s*(?:khoảng|từ|gần|hơn)?\s*$", re.IGNORECASE
)
_TARGET = _rx(
    "phấn đấu",
    "mục tiêu",
    "kế hoạch đề ra",
    "chỉ tiêu",
    "dự kiến",
    "dự báo",
    "định hướng",
    "sẽ",
    "tầm nhìn",
    "hướng tới",
    "đặt ra",
    "cần đạt",
    "phải đạt",
    "quy hoạch",
    "qui hoạch",
    "cam kết",
    "dự tính",
    "ước tính đến",
    "từ nay đến",
    "phải nằm",
    "cần nằm",
    "nằm trong nhóm",
    "thời gian tới",
)
# A request or a condition governs the amount it names, not the facts listed after it ("diện tích đề
# nghị chuyển đổi là 114.151 m2, tổng số tiền phải nộp hơn 2.187 tỷ đồng").
# "sẽ khiến ngân sách khó khăn bởi thu từ dầu thô chiếm 14%": the reason given is a present fact
_BECAUSE = re.compile(r"(?<!\w)(?:bởi|vì|bởi vì|bởi lẽ)(?!\w)")
_REQUEST = _rx("đề nghị", "đề xuất", "kiến nghị", "xin", "mong muốn", "mong được", "nếu")
# "đã cam kết", "đề nghị ... hiện còn 180 tỉ USD": a state already reached, whatever was planned
_PRESENT = re.compile(r"(?<!\w)(?:hiện nay|hiện còn|hiện có|hiện đang|hiện đạt|đến nay|đã đạt|đã có)(?!\w)")
_DEADLINE = re.compile(r"(đến|tới|vào|trước) năm (\d{4})")
# Words that make the next "kiến nghị", "đề xuất" a noun (the petitions), not a request.
_NOUN_BEFORE = re.compile(r"(?:ý kiến|các|những|số|\d)\s*,?\s*$")
# "144 dự án có mục tiêu kinh doanh sân golf": a project's purpose, not a target
_NOT_TARGET_BEFORE = re.compile(
    r"(?:vượt|đạt|so với|bằng|hoàn thành|theo)\s*(?:\S+\s*){0,2}$|dự án(?: đầu tư)? có\s*$", re.IGNORECASE
)
# "Chương trình mục tiêu quốc gia": a targeted programme's name, whose money is spent, not aimed at
_PROGRAMME_NAME = re.compile(r"(?<=chương trình )mục tiêu")
# One project, company, structure or case. Only a named or pointed-at one is single ("dự án Nhà máy
# X", "dự án này", "của dự án"); "đối với dự án đầu tư nước ngoài" is the generic class.
_ENTITY = _rx(
    "dự án",
    "nhà máy",
    "công ty",
    "cty",
    "tập đoàn",
    "tổng công ty",
    "gói thầu",
    "công trình",
    "khu lưu niệm",
    "bị cáo",
    "bị can",
    "đối tượng",
    "hợp đồng",
    "bản ghi nhớ",
    "hiệp định",
    "khoản vay",
    "cây cầu",
    "cầu",
    "tuyến đường",
    "đường vành đai",
    "cao tốc",
    "tuyến cao tốc",
    "tòa nhà",
    "toà nhà",
    "khách sạn",
    "sân golf",
    "mũi thi công",
    "điểm thi",
    "tổ hợp",
    "công suất",
    "khả năng dự trữ",
    "năng lực sản xuất",
)
_EXAMPLE = _rx("ví dụ", "thí dụ", "chẳng hạn", "điển hình như", "điển hình là")
_SCALE_WORD = re.compile(r"\d\s*(?:nghìn|ngàn|vạn|triệu)(?!\w)", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+(\S+)")
_POINTERS = frozenset({"này", "trên", "đó"})
_PERSONAL = _rx(
    "gia đình", "hộ ông", "hộ bà", "hộ anh", "hộ chị", "ông", "bà", "anh", "chị", "cháu", "em", "cụ", "tôi"
)
_REPORTING = _rx(
    "cho biết", "cho hay", "nói", "nêu rõ", "khẳng định", "nhấn mạnh", "thông tin", "phát biểu", "chia sẻ"
)
# Words that start with a form of address but name no person.
_NOT_PERSONAL = _rx(
    "cụ thể",
    "anh hùng",
    "anh dũng",
    "anh em",
    "chị em",
    "bà con",
    "ông bà",
    "ông cha",
    "trẻ em",
    "con em",
    "chúng tôi",
)
_CASE = _rx(
    "vụ cháy",
    "đám cháy",
    "vụ tai nạn",
    "tai nạn",
    "vụ nổ",
    "chiếm đoạt",
    "hối lộ",
    "nhận hối lộ",
    "ma túy",
    "thu giữ",
    "tang vật",
    "khai nhận",
    "lừa đảo",
    "bị hại",
    "vụ án",
    "vụ việc",
    "thiệt hại của vụ",
    "bị phạt",
    "xử phạt",
    "bắt giữ",
    "tịch thu",
    "phạt tiền",
    "trộm cắp",
)
_INCIDENT = _rx(
    "bị bắt",
    "bắt giữ",
    "bắt quả tang",
    "khởi tố",
    "bị hại",
    "nhập cảnh trái phép",
    "tử vong",
    "thiệt mạng",
    "người chết",
    "bị thương",
    "mất tích",
    "danh tính",
    "danh tánh",
    "cấp cứu",
    "xét xử",
    "truy tố",
    "vụ cháy",
    "đám cháy",
    "chữa cháy",
    "cứu hỏa",
    "cứu hoả",
    "PCCC",
    "tai nạn",
    "va chạm",
    "hung thủ",
    "nghi phạm",
    "tạm giữ",
    "tạm giam",
    "khai báo",
    "bệnh viện",
    "nạn nhân",
    "lừa đảo",
    "chiếm đoạt",
    "hối lộ",
    "nhận hối lộ",
    "ma túy",
    "thu giữ",
    "tang vật",
    "khai nhận",
)
#: A natural disaster: the dead and missing it leaves are a place's toll ("Mưa lũ làm 13 người chết, 1
#: người mất tích"), not one incident's, unless one event of it is told ("vụ lũ cuốn trôi ô tô").
_HAZARD = _rx(
    *("lũ", "mưa lũ", "lũ quét", "lũ lụt", "ngập lụt", "thiên tai", "sạt lở"),
    *("cơn bão", "bão số", "mưa bão", "bão lũ", "siêu bão", "cơn lốc", "lốc xoáy", "dông lốc", "giông lốc"),
)
_ONE_EVENT = re.compile(r"(?<!\w)vụ\s*$")
#: A story of a flood or a storm names it in its headline or lead and this often in all: its dead, missing
#: and injured are the disaster's toll in each place it names ("riêng xã Cát Thịnh đã có 24 người chết").
_DISASTER_AT_LEAST = 4
#: A whole place or sector: "cả nước", "toàn tỉnh".
_ACROSS_WORDS = (
    "cả nước",
    "toàn quốc",
    "toàn tỉnh",
    "cả tỉnh",
    "toàn thành phố",
    "toàn huyện",
    "toàn vùng",
    "toàn ngành",
)
_ACROSS = _rx(*_ACROSS_WORDS)
# A campaign, a period of enforcement or a whole place: its seizures, suspects and fines add up a
# place's record.
_CAMPAIGN = _rx(
    "đợt cao điểm",
    "cao điểm tấn công",
    "chiến dịch",
    "tổng kiểm tra",
    "đợt ra quân",
    "từ đầu năm",
    "năm qua",
    "trong năm",
    *_ACROSS_WORDS,
)
# The proceedings of one case, as its story names them; four mentions make the article that case's story.
_CASE_WORDS = re.compile(
    r"(?<!\w)(?:khởi tố|bắt tạm giam|tạm giam|truy tố|xét xử|bị cáo|bị can|lừa đảo|chiếm đoạt|thi hành án|"
    r"tuyên án|cáo trạng|hầu tòa|hầu toà|cơ quan điều tra|cơ quan csđt|bản án|án tù|phạt tù)(?!\w)"
)
_CASE_AT_LEAST = 4
# A company's accounts, as results round-ups and stock reports word them; "niêm yết" is left out, as it
# also posts prices ("niêm yết giá").
_COMPANY_WORDS = re.compile(
    r"(?<!\w)(?:lãi sau thuế|lợi nhuận sau thuế|lợi nhuận gộp|lãi ròng|lỗ ròng|báo lãi|báo lỗ"
    r"|doanh thu thuần|doanh thu tài chính|chi phí tài chính|chi phí bán hàng|chi phí quản lý|giá vốn"
    r"|tổng tài sản|nợ phải trả|phải thu|hàng tồn kho|vốn chủ sở hữu|cổ phiếu|cổ đông|vốn hóa|bctc"
    r"|báo cáo tài chính)(?!\w)"
)
_COMPANY_AT_LEAST = 4
_ABBREVIATED_PROJECT = re.compile(r"(?<!\w)[Dd]ự án \(DA\)")
_PROJECT_WORDS = re.compile(r"(?<!\w)(?:[Dd]ự án|DA)(?!\w)")
_PROJECT_AT_LEAST = 5
#: A figure denied, and those listed with it: "chỉ có 64,11 ha chứ không phải là 96 ha hay 106 ha".
_DENIED = re.compile(
    r"(?<!\w)không phải(?: là)?\s+(?:(?:khoảng|hơn|gần|trên|dưới)\s+)?"
    r"(?:\d[\d.,]*\s*(?:[^\s\d,]+\s*)?(?:,|hay|hoặc|và)\s*)*$"
)
_WORKS_DONE = re.compile(r"(?<!\w)(?:khối lượng|tiến độ)(?: thi công| công việc| xây lắp)?[^\d,;]{0,25}$")
#: A vehicle's or a ship's size is no tonnage moved: "1 ô tô 25 tấn bị rơi", "tàu trọng tải 53.000 tấn".
_VEHICLE_SIZE = re.compile(r"(?<!\w)(?:xe(?: tải| ben| khách)?|ô tô|tàu|sà lan|trọng tải|tải trọng)\s*$")
#: One machine's or one container's make, not a quantity anywhere: "lượng choán nước 3.250 tấn", "tầm hoạt
#: động đến 22.530 km", "20.000 đồng/thùng (loại 2.000 lít)".
_SPECIFICATION = re.compile(
    r"(?<!\w)(?:lượng (?:choán|giãn) nước|tầm (?:hoạt động|bay|bắn|xa)|loại)(?: tối đa)?"
    r"(?: đến| tới| lên tới)?\s*\(?\s*$"
)
#: What one facility or vessel can hold, not what a place has: "Sức chứa của tàu đạt gần 4.200 người",
#: "sân bay có công suất thiết kế 500.000 lượt khách mỗi năm".
_CAPACITY = re.compile(r"(?<!\w)(?:sức chứa|công suất thiết kế)(?!\w)[^;:()]{0,30}$")
# A sentence that breaks down the tally told just before it: "Trong đó, làm chết 39 người", "Gồm đất giao
# 77ha; đất thuê 800ha".
_CONTINUES = re.compile(r"\s*(?:trong đó|cụ thể|riêng|(?:bao )?gồm)(?!\w)")
_EXAM = _rx(
    "thí sinh", "điểm chuẩn", "điểm sàn", "điểm thi", "xét tuyển", "trúng tuyển", "môn thi", "bài thi"
)
_CASE_TALLY = re.compile(r"vụ(?!\w)")
_SOURCE_BEFORE = re.compile(r"(?<!\w)(?:theo|(?:thống kê|số liệu|báo cáo|công bố) của)\s*$")
#: A body's study, set off by a comma before what it found: "Theo điều tra của công ty tư vấn, TP HCM ..."
#: (after a bare "theo" the body is often the subject too: "Theo Tổng công ty X, ..., đơn vị này đã ...").
_STUDY_BY = re.compile(r"(?<!\w)(?:thống kê|số liệu|báo cáo|công bố|điều tra|khảo sát|nghiên cứu) của\s*$")
_PLURAL_BEFORE = re.compile(
    r"(?:các|những|nhiều|tổng số|số|mỗi|cho)\s*$|\d[\d.,]*\s*$|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s*$",
    re.IGNORECASE,
)
_CASES_FOUND = re.compile(
    r"(?<!\w)(?:phát hiện|điều tra|khởi tố|xử lý|bắt giữ|bắt|triệt phá|xảy ra|thụ lý|giải quyết|xét xử"
    r"|truy tố|phá)(?: được| thành công)?\s*$"
)
_CHANGE_BY = re.compile(r"(?<!\w)(?:tăng|giảm)(?: thêm)?\s*$")  # "tăng 6 người": a tally's change
_CHANGE_LEFT = re.compile(
    r"(?:tăng|giảm|cao hơn|thấp hơn|tăng thêm|giảm thêm|tăng lên|hơn|vượt|bằng|gấp)"
    r"\s*(?:khoảng|gần|hơn|trên)?\s*$",
    re.IGNORECASE,
)
_SHARE_LEFT = re.compile(
    r"(?:chiếm|tỷ trọng|tỉ trọng|đóng góp|bằng)\s*(?:khoảng|gần|hơn|trên|tới|đến)?\s*$", re.IGNORECASE
)
# "64,7% GDP", "65% GRDP": a share of the economy, whatever the words before it
_OF_ECONOMY = re.compile(r"\s*(?:gdp|grdp)(?!\w)")
# "1.291.342 tỷ đồng - Chi cân đối ngân sách: ...": a dash between spaces opens the next item of a list
_ADJACENT_END = re.compile(
    r",|\(|\s[-–]\s|(?<!\w)(?:và|với|so với|trong|cho|của|từ|lên|xuống)(?!\w)", re.IGNORECASE
)
_NATION = _rx("cả nước", "toàn quốc", "nước ta", "Việt Nam", "quốc gia")
# What follows a few things already named: "hai vụ việc trên", "2 thôn (Hoàng Xá và Nại Khê)", "3 nước:".
_POINTED = re.compile(
    r"\s*(?:\(\s*[A-ZĐÂĂÊÔƠƯ]|:|(?:này|nói trên|kể trên|ấy|đó)(?!\w)|trên(?=\s*[,.;:)]|\s*$))"
)
_EQUATES = re.compile(r"(?<!\w)(?:là|đều là|chính là)\s*$")
_LEADERS = _rx("nhà lãnh đạo", "lãnh đạo", "bên", "phía", "vị")
_PROVINCES = re.compile(r"(?:tỉnh|thành phố|tp)(?:\s*[-,]?\s*(?:thành|thành phố))?(?!\w)(?!\s+(?:trực|có))")
_PROVINCE_REFORM_YEAR = 2025  # the year 63 provinces became 34
# "nâng tổng số huyện có dịch lên 328": a bare total and the noun "số" names before it
_TOTAL_OF = re.compile(r"(?<!\w)số\s+(?:lượng\s+)?", re.IGNORECASE)
_BARE_TOTAL_END = re.compile(r"(?<!\w)(?:lên|là|đạt|còn)\s*$")
# "giảm 2 vụ so với cùng kỳ năm 2016": measured against the same time of that year
_SAME_TIME_BASE = re.compile(r"so với cùng k[ỳì](?: năm)? ((?:19|20)\d\d)(?!\d)")
# What may stand between a base's year and its own value: "cùng kỳ năm trước (5,48%)", "năm 2020 là 51.162"
_BASE_VALUE = re.compile(r"[\s(:]*(?:là|đạt|ở mức)?\s*")
# Spelled as literal branches, not a class, so that the engine can skip ahead to their characters.
_CLAUSE_END = re.compile(r";|:|!|\?|\n|\.\s")
# Function words trimmed off the ends of a subject phrase.
_LEAD_WORDS = frozenset(
    [
        "và",
        "với",
        "có",
        "là",
        "đạt",
        "được",
        "của",
        "trong",
        "đó",
        "gồm",
        "hiện",
        "nay",
        "đã",
        "các",
        "tổng",
        "cộng",
    ]
)
_TAIL_WORDS = frozenset(
    [
        "đạt",
        "là",
        "với",
        "có",
        "chiếm",
        "ở",
        "mức",
        "lên",
        "còn",
        "xuống",
        "tới",
        "đến",
        "khoảng",
        "gần",
        "hơn",
        "trên",
        "ước",
        "tăng",
        "giảm",
        "được",
        "của",
        "bằng",
        "vào",
        "thêm",
        "chỉ",
        "tổng",
        "cộng",
        "xếp",
        "đứng",
        "thứ",
        "trị",
        "giá",
        "nâng",
        "hiện",
        "nay",
        "đã",
    ]
)
_PUNCT = " ,;:()-–“”\"'"

# --- periods --------------------------------------------------------------------------------------------
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
#: A period stated in the sentence. A span "since" runs to the article's year: "từ năm 2010 đến nay", "từ khi
#: ... năm 1992", "kể từ Hội nghị ... tháng 4/2016 đến nay" (no number before the year: "từ 500 con năm
#: 1975 đến nay" is the value of 1975).
_PERIOD = re.compile(  # on lower-cased text; the lookahead (every branch's first word) skips most positions
    rf"(?=từ|[12]\d{{3}}|\d\d?\s*(?:năm|tháng)\s|\d\d?[/.-]|năm|ngày|sáu|quý|quí|đầu|cả|tháng|bây|hiện|tết|xuân)(?:(?P<dates>từ\s*(?:ngày\s*|tháng\s*)?(?:\d{{1,2}}[/.-]){{1,2}}(?P<e>{_YEAR})\s*(?:[-–]|đến|tới)"
    rf"\s*(?:hết\s*)?(?:ngày\s*|tháng\s*)?(?:\d{{1,2}}[/.-]){{1,2}}(?P<f>{_YEAR})(?!\d))"
    rf"|(?P<ago>(?<![\d.,])(?P<n>\d{{1,2}})\s*năm\s*(?:về\s*)?trước(?!\s*khi))"
    rf"|(?P<span>(?<![\d/.-])(?P<a>{_YEAR})\s*(?:[-–]|đến|tới)\s*(?:năm\s*)?(?P<b>{_YEAR})(?![\d/]))"
    rf"|(?P<since>từ\s*(?:(?:năm\s*)?(?P<c>{_YEAR})\s*(?:cho\s*)?(?:đến nay|tới nay|đến hiện nay|trở lại đây)"
    rf"|(?:sau\s*)?khi\s[^,;.]{{0,40}}?(?P<g>{_YEAR})(?![\d/])"
    rf"|\s[^,;.\d]{{0,60}}?(?:tháng\s*\d{{1,2}}\s*[/.-]\s*|năm\s*)(?P<j>{_YEAR})\s*"
    r"(?:đến nay|tới nay|đến hiện nay)))"
    rf"|(?P<asof>(?<=đến |tới |hết )(?:ngày\s*)?\d{{1,2}}[/.-]\d{{1,2}}[/.-](?P<h>{_YEAR})(?!\d))"
    rf"|(?P<month>(?<!từ )(?:tháng\s*\d{{1,2}}|qu[ýí]\s*(?:\d|[ivx]{{1,3}}))[/.-](?P<i>{_YEAR})(?![\d/]))"
    rf"|(?P<lunar>(?<!\w)(?:tết|xuân)\s+{LUNAR_YEAR})"
    rf"|(?P<one>(?<![\d/.-])(?P<d>{_YEAR})(?![\d/]))"
    r"|(?P<now>năm nay|6 tháng đầu năm|sáu tháng đầu năm|quý i|từ đầu năm|đầu năm|cả năm|năm hiện tại|"
    r"9 tháng đầu năm|tháng đầu năm|tháng đầu năm nay|bây giờ|hiện nay)"
    r"|(?P<last>năm ngoái|năm trước(?!\s*khi)|năm qua|năm vừa qua))"
)
#: The police and traffic-safety reporting year runs from 16 December: "từ ngày 16/12/2016 đến 15/6/2017".
_REPORTING_YEAR_START = re.compile(r"từ\s*(?:ngày\s*)?(?:1[5-9]|2\d|3[01])[/.-]12[/.-]")
#: A lead that reviews what was done: its span dates the results reported after it.
_REVIEW = re.compile(r"(?<!\w)(?:đánh giá|tổng kết|sơ kết|nhìn lại|kết quả)(?!\w)")
#: "16 năm qua", "những năm trước đây": a stretch of years up to now, not last year
_STRETCH_BEFORE = re.compile(r"(?:(?P<years>\d+)|(?<!\w)(?:những|nhiều|các|mấy|vài|hai|ba))\s*$")
#: The month a school year ("năm học 2016-2017") starts.
_SCHOOL_YEAR_STARTS = 9
#: A year pointed back to ("Cũng trong năm này, ...", "năm đó"): the one last stated, in an earlier
#: paragraph too.
_THAT_YEAR = re.compile(r"(?<!\w)năm (?:này|đó|ấy)(?!\w)")
_FROM_LEFT = re.compile(r"(?<!\w)từ\s*(?:mức\s*)?$")
_CHANGE_TO = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:lên|xuống)(?!\w)")


def _second_end(between: str) -> re.Pattern[str]:
    """Where the second end of a change starts, ``between`` its first number and "lên"/"xuống"."""
    return re.compile(rf"(?<!\w)từ\s*(?:mức\s*)?\d{between}(?:lên|xuống)\s*(?:còn\s*|mức\s*)?$")


_TO_LEFT = _second_end(r"[^;()]{0,25}")
#: A change's two ends each hold their own year, near the figure or not: "tăng từ 19,6% với 629 đô thị
#: (năm 2009) lên khoảng 36,6% với 802 đô thị (năm 2016)", "từ 500 tỷ đồng trong năm 2010 lên 1.200 tỷ
#: đồng, tức gấp đôi, trong năm 2016". The first end runs to "lên"/"xuống", the second to the clause's end.
_CHANGE_TURN = re.compile(r"[^;]{0,80}?(?<!\w)(?:lên|xuống)(?!\w)")
_CHANGE_SECOND = _second_end(r"[^;]{0,80}?(?<!\w)")
_SECOND_END_STOP = re.compile(r";|(?<!\w)từ(?!\w)")
_SECOND_END_REACH = 60
_COMPARED = re.compile(r"(?<!\w)(?:so|cùng k[ỳì]|hơn)(?!\w)")
_DEADLINE_BEFORE = re.compile(r"(?:đến|tới|trước|tầm nhìn)\s*(?:năm\s*)?$")
# "(cùng kỳ năm trước tăng 4,58%)", "thấp hơn cùng kỳ (5,48%)": last year's figure ("cùng kỳ năm trước
# (5,48%)" is dated so by the finder already); "so với cùng kỳ năm trước, tăng 5%" is this year's
_LAST_YEARS = re.compile(
    r"(?<!so với )(?<!so )(?<!bằng )cùng kỳ(?:(?: năm trước| năm ngoái)?\s*(?:là|tăng|giảm|đạt)?\s*|\s*\()$"
)
# "thấp hơn mức 5,5% của cùng kỳ năm ngoái": a level named as last year's after it
_LEVEL_BEFORE = re.compile(r"(?<!\w)mức\s*$")
_LAST_YEARS_AFTER = re.compile(r"\s*(?:của\s+)?cùng kỳ(?: năm trước| năm ngoái)?(?!\s*(?:năm\s*)?\d)")
#: "tăng 7% so với (năm) 2015", "bằng 52,8% so cùng kỳ năm 2016": a baseline
_BASELINE = re.compile(r"(?<!\w)so\s+(?:với|cùng\s+k[ỳì])[^,;]*$", re.IGNORECASE)
#: The year it changed from, right after the amount: "... so với (năm | thời điểm | cuối năm) 2010".
_BASELINE_YEAR = re.compile(
    r"[^,;.()]{0,40}?so với (?:thời điểm |cuối năm |đầu năm |năm )?(?P<year>(?:19|20)\d\d)(?!\d)"
)
_ADJACENT = re.compile(
    r"[\s(,]*(?:trong\s*|vào\s*|của\s*)?(?:năm\s*|giai đoạn\s*|nhiệm kỳ\s*)?", re.IGNORECASE
)


# --- evidence that an uncoded figure describes a place --------------------------------------------------
# A figure with no catalogue code is kept only when its clause says what it measures or whose it is:
# a statistic noun ("tổng số", "tỷ lệ", "kim ngạch"), a unit of administration or economy as the
# counted noun ("43 dự án", "14.000 doanh nghiệp"), or a scope ("toàn tỉnh", "cả nước", a named place).
# The people and things of a story ("11 con hổ", "986 cây xà cừ", "2 hộ gia đình trên") and a
# single incident's money carry none of these. Survey and vote shares ("90% người được hỏi đồng ý")
# are opinions, whatever place they are taken in.
_MEASURE = _rx(
    "tổng",
    "tổng số",
    "tổng thu",
    "tổng chi",
    "số lượng",
    "tỷ lệ",
    "tỉ lệ",
    "tỷ trọng",
    "tỉ trọng",
    "chiếm",
    "dân số",
    "kim ngạch",
    "doanh thu",
    "doanh số",
    "sản lượng",
    "năng suất",
    "giá trị",
    "vốn",
    "nguồn vốn",
    "ngân sách",
    "nộp ngân sách",
    "GDP",
    "GRDP",
    "tăng trưởng",
    "bình quân",
    "trung bình",
    "thống kê",
    "số liệu",
    "lao động",
    "việc làm",
    "diện tích",
    "quy mô",
    "đầu tư",
    "lợi nhuận",
    "xuất khẩu",
    "nhập khẩu",
    "thu nhập",
    "công nghiệp",
    "nông nghiệp",
    "lâm nghiệp",
    "thủy sản",
    "thuỷ sản",
    "dịch vụ",
    "du lịch",
    "nguồn thu",
    "nợ",
    "nợ xấu",
    "tín dụng",
    "dư nợ",
    "hộ nghèo",
    "thất nghiệp",
    "bao phủ",
    "phủ sóng",
    "đạt chuẩn",
    "dự toán",
    "kế hoạch năm",
    "cùng kỳ",
    "so với cùng kỳ",
    "so với năm",
)
_SCOPE = _rx(
    "toàn tỉnh",
    "toàn thành phố",
    "toàn huyện",
    "toàn quốc",
    "toàn ngành",
    "toàn vùng",
    "cả nước",
    "cả tỉnh",
    "nước ta",
    "trên địa bàn",
    "địa bàn",
    "địa phương",
    "tỉnh",
    "thành phố",
    "TP",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "vùng",
    "khu vực",
    "quốc gia",
    "Việt Nam",
    "VN",
)
_UNIT_COUNTED = _rx(
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "quận",
    "tỉnh",
    "thành phố",
    "tỉnh, thành",
    "tỉnh, thành phố",
    "địa phương",
    "đơn vị hành chính",
    "doanh nghiệp",
    "DN",
    "hợp tác xã",
    "HTX",
    "dự án",
    "cửa khẩu",
    "vụ án",
    "vụ việc",
    "vụ",
    "bị can",
    "bị cáo",
    "khu công nghiệp",
    "KCN",
    "khu chế xuất",
    "cụm công nghiệp",
    "CCN",
    "khu kinh tế",
    "hộ nghèo",
    "hộ cận nghèo",
    "lượt khách",
    "du khách",
    "khách du lịch",
    "lao động",
    "thị trường",
    "đảng viên",
    "tổ chức cơ sở đảng",
    "ca mắc",
    "ca nhiễm",
    "trường",
    "làng",
    "thôn",
    "bản",
    "ấp",
    "khu dân cư",
    "tổ chức",
    "kiều bào",
    "mỏ",
    "giấy phép",
    *_ELECTED.phrases,
)
# "68% doanh nghiệp", "78% người có trình độ đại học": a share of a population or of a sector's units.
_SHARE_OF = re.compile(
    r"\s*(?:người|dân|dân số|cư dân|doanh nghiệp|dn|hộ|hộ dân|hộ gia đình|lao động|lực lượng lao động"
    r"|học sinh|sinh viên|trẻ em|phụ nữ|cán bộ|công chức|viên chức|giáo viên|xã|phường|huyện|thôn|bản"
    r"|trường|cơ sở|diện tích|dự án|hợp tác xã|htx|nông dân|công nhân)(?!\w)"
)
_PART_OF_WHOLE = re.compile(r"\d[\d.,]*\s*/\s*\d")
_MILLIONS = re.compile(r"\d\s*triệu(?!\w)", re.IGNORECASE)
_SURVEY = _rx(
    "được hỏi",
    "khảo sát",
    "thăm dò",
    "đồng ý",
    "người ủng hộ",
    "tán thành",
    "bình chọn",
    "phản đối",
    "đồng thuận",
    "bỏ phiếu",
    "phiếu",
    "cử tri",
)
_DEAL = _rx("thỏa thuận", "thoả thuận", "ký kết", "bản ghi nhớ", "biên bản ghi nhớ", "văn kiện hợp tác")
# "295 đại biểu đại diện cho hơn 18.000 đảng viên": the body the delegates stand for, not an audience
_REPRESENTED = re.compile(r"(?<!\w)(?:đại diện|thay mặt) cho\s*$")
# "thịt lợn xuất khẩu được 3 nước": the markets a place sells to; "hoạt động ở 130 nước" is a body's reach
_MARKETS = re.compile(r"(?<!\w)(?:xuất khẩu|xuất|bán)\s*(?:sang|tới|đến|đi|được|ra)?\s*$")
_ATTENDING = re.compile(r"(?<!\w)(?:tham gia|tham dự|có mặt|đến dự|tháp tùng)(?!\w)")
_ATTENDED_BY = re.compile(r"(?<!\w)(?:tham gia|tham dự|góp mặt) của\s*(?:khoảng|gần|hơn|trên|tới)?\s*$")
#: A clause opened by who attended or went along: "Tham gia lớp tập huấn có 80 trẻ em ... và 10 doanh
#: nghiệp".
_ATTENDANCE_OPENS = re.compile(r"^\W*(?:tham gia|tham dự|tháp tùng)(?!\w)[^;:]*?(?<!\w)có(?!\w)")
#: The event a count attended, told at its clause's end: "... và hơn 3.000 công nhân của tỉnh đã dự lễ".
_ATTENDED_EVENT = re.compile(
    r"(?<!\w)dự (?:lễ|buổi|hội nghị|hội thảo|hội chợ|diễn đàn|chương trình|cuộc)(?!\w)"
)
# Words that hold a scope or measure word but are neither: "xã hội", "thu hút", "trung bình cộng".
_NOT_EVIDENCE = _rx("xã hội", "hợp tác xã", "vốn liếng", "vốn dĩ", "vốn là", "vùng vằng", "khu vực tư nhân")
# Money lost, taken, lent or won in one case: a place's amounts are not told with these verbs.
_LOSS = _rx(
    "thiệt hại",
    "gây thiệt hại",
    "gây thất thoát",
    "thất thoát",
    "chiếm đoạt",
    "chiếm dụng",
    "tham ô",
    "hối lộ",
    "nhận hối lộ",
    "đưa hối lộ",
    "cho vay",
    "vay",
    "trúng",
    "trúng giải",
    "trúng thưởng",
    "lừa đảo",
    "bồi thường",
    "khắc phục hậu quả",
    "nộp lại",
    "hoàn trả",
    "được lợi",
    "thu lợi",
    "trục lợi",
    "đã chi",
    "bỏ ra",
)


_CODE_WORDS = _rx(*(phrase for _, _, lexicon in _CODES for phrase in lexicon.phrases))
_CODES_BY_LEXICON = {lexicon.ident: index for index, (_, _, lexicon) in enumerate(_CODES)}
Periods = tuple[tuple[int, int, tuple[int, int]], ...]  # (start, end, years) in a sentence


@dataclass(frozen=True, slots=True)
class _Facts:
    """Per-sentence readings shared by all its figures, computed once."""

    low: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True, slots=True)
class _Context:
    """What the whole article tells about each figure: its year of publication, paragraphs, places."""

    doc: Document
    paragraph_of: tuple[int, ...]
    places_by_sentence: dict[int, list[Mention]]
    organisations_by_sentence: dict[int, list[Mention]]
    main_place: Mention | None
    year: int | None
    written_by: date | None  # the day the article was written by, when its date or text gives one
    title_sentences: frozenset[int]
    case_story: bool  # the article tells one criminal or court case (see ``_story_of``)
    project_story: bool  # the article tells of one project (see ``_project_story``)
    company_story: bool  # the article reports companies' accounts (see ``_story_of``)
    disaster_story: bool  # the article tells of a flood or a storm (see ``_story_of``)
    tallied: set[int] = field(default_factory=set)  # sentences holding an indicator, filled in order
    # a sentence's last indicator: where it ends in the sentence and the period the sentence gave it
    dated: dict[int, tuple[int, tuple[int | None, int | None]]] = field(default_factory=dict)
    lows_cache: dict[int, str] = field(default_factory=dict)
    facts_cache: dict[int, _Facts] = field(default_factory=dict)
    periods_cache: dict[int, Periods] = field(default_factory=dict)

    def low(self, index: int) -> str:
        """The lower-cased sentence; apart from ``facts`` because period look-ups in the sentences
        before a figure need only this, not the lexicon hits."""
        cached = self.lows_cache.get(index)
        if cached is None:
            cached = self.lows_cache[index] = _lower(self.doc.sentences[index].text)
        return cached

    def facts(self, index: int) -> _Facts:
        cached = self.facts_cache.get(index)
        if cached is None:
            low = self.low(index)
            cached = self.facts_cache[index] = _Facts(low, _hits(low))
        return cached

    def lead_period(self) -> tuple[int, int] | None:
        """The period an undated figure is of: the year the lead reports on ("Thanh tra huyện cho biết,
        năm qua đã ..." early in 2017 is 2016), else the article's year. A lead's older year is background
        ("Năm 1975, ..."), and a lead that names no year leaves the article's, as does one that names
        only years it compares with. An undated article's lead is read the same way: its year is inferred
        as the one after the latest it reports on ("năm 2005, ... đón hơn 75 triệu lượt khách" is read as
        written in 2006), and annotators date its figures by what it reports on, 2005. A span is the
        lead's only when it reviews one that is over ("Hội nghị đánh giá công tác ... giai đoạn
        2017-2020" in 2021): its results are of the whole span."""
        if self.year is None:
            return None
        body = [s.index for s in self.doc.sentences if s.index not in self.title_sentences]
        lead = [index for index in body if self.paragraph_of[index] == self.paragraph_of[body[0]]]
        for index in lead:
            for begin, _, span in self.periods(index):
                if span[0] != span[1] and span[1] < self.year and _REVIEW.search(self.low(index), 0, begin):
                    return span
                if (
                    _planned(self, index, begin, span)
                    or span[0] != span[1]
                    or _STRETCH_BEFORE.search(self.low(index), max(0, begin - 8), begin)
                    or COMPARISON_BEFORE.search(self.low(index), max(0, begin - COMPARISON_REACH), begin)
                ):
                    continue  # nor is a year it is compared with: "thấp hơn so với các năm 2015, 2016"
                year = span[0] if self.year - 1 <= span[0] <= self.year else self.year
                return year, year
        return self.year, self.year

    def periods(self, index: int) -> Periods:
        """The periods named in a sentence, baselines ("so với 2015", "bằng 48% cả năm 2016") and birth
        years left out."""
        cached = self.periods_cache.get(index)
        if cached is None:
            low = self.low(index)
            cached = self.periods_cache[index] = tuple(
                (m.start(), m.end(), self.begun(low, span))
                for m in _PERIOD.finditer(low)
                if (span := _period_of(m, self.year))
                and not _BASELINE.search(low, max(0, m.start() - 25), m.start())
                and not SHARE_OF_BEFORE.search(low, max(0, m.start() - 40), m.start())
                and not born_in(self.doc.sentences[index].text, m.start(), m.end())
                and not LAW_BEFORE.search(low, max(0, m.start() - LAW_REACH), m.start())
            )
        return cached

    def begun(self, low: str, span: tuple[int, int]) -> tuple[int, int]:
        """A school year not begun by the day the article was written ("Mùa tuyển sinh năm học mới
        2017-2018" in June 2017) is being prepared: its admissions are of the year they happen, its first.
        Any other period stands as written."""
        if (
            self.written_by is not None
            and span[1] == span[0] + 1
            and self.written_by < date(span[0], _SCHOOL_YEAR_STARTS, 1)
            and re.search(rf"(?<!\w)năm học (?:mới )?{span[0]}\s*[-–]\s*{span[1]}", low)
        ):
            return span[0], span[0]
        return span


def classify_figures(
    doc: Document, figures: list[Figure], mentions: list[Mention], model: Model | None = None
) -> list[Figure]:
    """Mark which figures are indicators and describe them; returns the same figures in order.

    ``model`` replaces the shipped weights: tests of what the rules make of an indicator (its period,
    its code, a restatement) pass one that follows the rules' verdict, so a refit cannot move them."""
    ctx = _context(doc, mentions)
    per_sentence = Counter(figure.sentence_index for figure in figures)
    for index, figure in enumerate(figures):
        previous = figures[index - 1] if index else None
        following = figures[index + 1] if index + 1 < len(figures) else None
        _classify(
            figure,
            ctx,
            previous if previous and previous.sentence_index == figure.sentence_index else None,
            following if following and following.sentence_index == figure.sentence_index else None,
            per_sentence[figure.sentence_index],
            len(figures),
            model,
        )
    _mark_restatements(figures, ctx)
    undated = ctx.lead_period() or (None, None)
    for figure in figures:
        _apply_sign(figure, doc.text)
        if figure.optional_reason == "restatement":
            figure.is_indicator = False
        elif figure.is_indicator and figure.period_start_year is None and figure.period_end_year is None:
            # an undated figure in a news report is the state when it was written; filled only after
            # the restatements are found, so a dated and an undated statement of one fact still meet
            figure.period_start_year, figure.period_end_year = undated
    return figures


#: "âm" before an amount of money or a percentage is its sign: a deficit, a loss, a fall.
_NEGATIVE = re.compile(r"(?<!\w)âm\s+$", re.IGNORECASE)
_SIGNED = MONEY | {"percent"}


def _apply_sign(figure: Figure, text: str) -> None:
    """Read "âm 7%" and "là âm 1.621,26 tỷ đồng" as negative values, once the rules have weighed their
    size: the rules compare magnitudes ("fewer than 10 houses", "above a billion đồng")."""
    if figure.unit not in _SIGNED:
        return
    sign = _NEGATIVE.search(text, max(0, figure.start - 6), figure.start)
    if sign is not None:
        figure.text = text[sign.start() : figure.end]
        figure.start = sign.start()
        figure.value = -figure.value


def _context(doc: Document, mentions: list[Mention]) -> _Context:
    paragraph_of, paragraph, previous = [], 0, 0
    for sentence in doc.sentences:
        paragraph += doc.text.count("\n", previous, sentence.start)
        previous = sentence.start
        paragraph_of.append(paragraph)
    places: dict[int, list[Mention]] = {}
    organisations: dict[int, list[Mention]] = {}
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for mention in mentions:
        if mention.kind == "organisation":
            organisations.setdefault(mention.sentence_index, []).append(mention)
        if mention.kind != "place" or mention.place is None:
            continue
        places.setdefault(mention.sentence_index, []).append(mention)
        key = mention.place.province_code or mention.key
        counts[key] += 1
        first.setdefault(key, mention)
    main = first[counts.most_common(1)[0][0]] if counts else None
    published, how = article_reference(doc)
    title = doc.article.title
    titles = frozenset(
        s.index for s in doc.sentences[:1] if title and (s.text.strip() in title or title in s.text)
    )
    # an undated crawl's figures are as of the year its text points to, else the latest it reports
    year = published.year if published else latest_year(doc.text)
    case, project = _story_of(doc, _CASE_WORDS, _CASE_AT_LEAST), _project_story(doc)
    company = _story_of(doc, _COMPANY_WORDS, _COMPANY_AT_LEAST)
    disaster = _story_of(doc, _HAZARD.pattern, _DISASTER_AT_LEAST)
    return _Context(
        doc,
        tuple(paragraph_of),
        places,
        organisations,
        main,
        year,
        published if how in ANCHORED else None,
        titles,
        case,
        project,
        company,
        disaster,
    )


def _story_of(doc: Document, words: re.Pattern[str], times: int) -> bool:
    """Whether the article is the story of one case or of companies' accounts: its headline or lead names
    the matter (``words``) and the body keeps returning to it, ``times`` mentions in all.

    A case story's amounts and counts are the case's (the sum taken, the firms used, the victims),
    however large; a place's record of cases is told with a period or a scope ("năm 2016, toàn tỉnh
    khởi tố 300 vụ"), which ``_CAMPAIGN`` keeps. A company story's revenue, profit, assets and debts
    are each firm's own ("doanh thu thuần gần 738 tỷ đồng", "hàng tồn kho giảm 22,6%"), never a place's.
    """
    title = doc.article.title or ""
    body = doc.sentences
    if body and body[0].text.strip() == title.strip():
        body = body[1:]  # the headline repeated atop the text is no lead
    lead = _lower(" ".join([title, *(s.text for s in body[:2])]))
    if words.search(lead) is None:
        return False
    return _at_least(words, _lower(doc.text), times)


def _project_story(doc: Document) -> bool:
    """Whether the article tells of one project: its headline opens with "Dự án" or its lead brings in
    the abbreviation "(DA)", and the body keeps naming it.

    Such an article's money, land and headcounts are the project's (its investment, the capital given
    to it, its site and intake), optional by the GUIDE; what a place has ("cả nước có 5.000 dự án")
    is still said with "có" after the place (``_held``).
    """
    title = _lower(doc.article.title or "")
    lead = " ".join(s.text for s in doc.sentences[:3])
    if not (title.startswith("dự án") or _ABBREVIATED_PROJECT.search(lead)):
        return False
    return _at_least(_PROJECT_WORDS, doc.text, _PROJECT_AT_LEAST)


def _at_least(pattern: re.Pattern[str], text: str, times: int) -> bool:
    """Whether ``pattern`` occurs ``times`` times in ``text``, stopping the scan as soon as it does."""
    return sum(1 for _ in islice(pattern.finditer(text), times)) == times


def _head(text: str, size: int) -> str:
    """The first ``size`` characters extended to a word end, so a window never cuts a word in two."""
    cut = text.find(" ", size)
    return text if cut < 0 else text[:cut]


def _tail(text: str, size: int) -> str:
    """The last ``size`` characters widened to a word start ("công" must not read as "ông")."""
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, len(text) - size)
    return text[cut + 1 :]


#: The finder's abbreviated nouns, lower-cased as nouns are here, with the words the lexicons know.
_ABBREVIATED_NOUNS = {short.lower(): full for short, full in SPELT_OUT.items()}


def _spelt_out(noun: str) -> str:
    first, _, rest = noun.partition(" ")
    full = _ABBREVIATED_NOUNS.get(first)
    return noun if full is None else f"{full} {rest}".rstrip()


def _lower(text: str) -> str:
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


@dataclass(frozen=True, slots=True)
class _Spot:
    """Where a figure sits in its sentence: its span and its clause, in the lower-cased sentence."""

    facts: _Facts
    start: int
    end: int
    clause_start: int
    clause_end: int
    counts: bool  # the figure counts things, so a nearby "dự án" may be what it counts
    held: bool = False  # the count is what a place has ("toàn tỉnh có 30 khu cách ly"), see ``_held``
    listed: bool = False  # the count goes on a list of a place's tallies, see ``_listed``

    @property
    def left(self) -> str:
        return self.facts.low[self.clause_start : self.start]

    @property
    def right(self) -> str:
        return self.facts.low[self.end : self.clause_end]


def _classify(
    figure: Figure,
    ctx: _Context,
    previous: Figure | None,
    following: Figure | None,
    in_sentence: int,
    in_article: int,
    model: Model | None,
) -> None:
    sentence = ctx.doc.sentences[figure.sentence_index]
    facts = ctx.facts(figure.sentence_index)
    low = facts.low
    start, end = figure.start - sentence.start, figure.end - sentence.start
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(low, 0, start)), default=0)
    next_end = _CLAUSE_END.search(low, end)
    clause_end = next_end.start() if next_end else len(low)
    noun = _spelt_out(_lower(figure.unit_text or _counted_before(sentence.text, clause_start, start)))
    held = figure.unit in _HOLDINGS and _held(ctx, figure, facts, start, end, clause_start, clause_end)
    listed = figure.unit == "count" and _listed(ctx.doc.text, figure, previous)
    counts = figure.unit in ("count", "percent")
    spot = _Spot(facts, start, end, clause_start, clause_end, counts, held, listed)
    segment_from = max(clause_start, previous.start - sentence.start) if previous else clause_start
    # a measure named after the figure belongs to it unless another figure of its kind comes first
    same_kind_next = following is not None and following.unit == figure.unit
    right_end = following.start - sentence.start if same_kind_next else spot.clause_end
    code, cue_at, optional_reason = None, None, None
    paper = _exam_paper(ctx, noun)
    if (
        paper
        or _excluded(figure, spot, noun, sentence.text)
        or _exam_mark(spot, noun)
        or _not_a_tally(figure, ctx, spot, noun, previous, following)
    ):
        verdict = "excluded"
    else:
        code, cue_at = _code(figure, ctx, spot, segment_from, right_end, noun)
        if _small_payment(figure, code, spot):
            verdict = "payment"
        elif code is None and not spot.listed and not _grounded(figure, ctx, spot, noun):
            verdict = "ungrounded"
        else:
            verdict = "kept"
            optional_reason = _optional(figure, spot, segment_from, sentence.text, ctx, noun)
    figure.features = features(
        unit=figure.unit,
        value=figure.value,
        qualifier=figure.qualifier,
        verdict=verdict,
        code=code,
        optional_reason=optional_reason,
        noun=noun,
        left=spot.left,
        right=low[end : spot.clause_end],
        sentence=low,
        previous=ctx.low(figure.sentence_index - 1) if figure.sentence_index else "",
        in_sentence=in_sentence,
        in_article=in_article,
        held=held,
        listed=listed,
        in_title=figure.sentence_index in ctx.title_sentences,
        case_story=ctx.case_story,
        project_story=ctx.project_story,
    )
    chance = probability(figure.features, model)
    # a company story's figures are each firm's accounts, never a place's (``_story_of``), whatever
    # the words around them ("doanh thu", "lợi nhuận") make of them, nor are an exam's marks and papers;
    # an order of magnitude is no value, nor is a range one ("30 - 70%": a class, an estimate or a band)
    figure.is_indicator = (
        chance >= THRESHOLD
        and not (ctx.company_story and not held)
        and not paper
        and not _vague(figure)
        and not figure.is_range
    )
    figure.confidence = chance if figure.is_indicator else 1.0 - chance
    # the rules' reason to skip a figure is kept to explain it; the model has already weighed it
    figure.optional_reason = optional_reason
    if verdict != "kept" and not figure.is_indicator:
        return
    stated = _stated_period(figure, ctx, start, end)
    if verdict == "kept" and not optional_reason:
        # the rules' own tallies, whatever the model makes of them: later figures' rules read these,
        # so the model's features never depend on its earlier answers
        ctx.tallied.add(figure.sentence_index)
        ctx.dated[figure.sentence_index] = (end, stated)
    if not figure.is_indicator:
        return
    if verdict == "excluded":
        code, cue_at = _code(figure, ctx, spot, segment_from, right_end, noun)
    figure.indicator_code = code or _counterpart_code(figure, previous, low, start, end)
    figure.subject = _subject(sentence.text, figure, cue_at, clause_start, start)
    figure.period_start_year, figure.period_end_year = _period(figure, ctx, start, end, stated)
    figure.geo_name, figure.geo_code = _geo(figure, ctx, spot)


def _exam_mark(spot: _Spot, noun: str) -> bool:
    """A mark beside exam words, or the sites an exam is sat at: "điểm chuẩn 22 điểm", "26 điểm thi".
    The rules leave both out; the model may keep a province's exam sites."""
    return noun.startswith("điểm") and bool(_EXAM.within(spot.facts.hits, 0, len(spot.facts.low)))


def _exam_paper(ctx: _Context, noun: str) -> bool:
    """In an article about exams, a bare mark, the papers marked or their questions and versions:
    "ngành có điểm thấp nhất 15-16 điểm", "200 bài đạt điểm 10", "3.000 bài thi môn Hóa", "làm được 20
    câu", "24 mã đề thi". Never a place's figure, whatever the model makes of it. The article is searched
    only for such nouns, which few figures count."""
    return (
        noun in ("điểm", "bài", "câu") or noun.startswith(("bài thi", "câu hỏi", "mã đề"))
    ) and _EXAM.search(ctx.doc.text) is not None


def _vague(figure: Figure) -> bool:
    """ "hàng trăm hộ dân", "hàng triệu người": an order of magnitude, not a count to add up (the
    annotators mark it optional at most)."""
    return figure.text.lower().startswith("hàng ")


def _counterpart_code(figure: Figure, previous: Figure | None, low: str, start: int, end: int) -> str | None:
    """Last year's figure set beside this year's measures the same thing: "GRDP ước tăng 5,29% (cùng kỳ
    năm trước tăng 4,58%)", "đạt 5,1%, thấp hơn cùng kỳ (5,48%)"; so does a count of the same things
    right after a coded one, its part: "xử lý 265 vụ án, hiện đã xử lý 100 vụ, còn 165 vụ đang làm"."""
    if previous is None or previous.unit != figure.unit:
        return None
    if figure.unit == "count" and _shortens(figure.unit_text, previous.unit_text):
        return previous.indicator_code
    return previous.indicator_code if _last_years(low, start, end) else None


def _last_years(low: str, start: int, end: int) -> bool:
    """Whether the figure at ``start`` is the same time last year's: "(cùng kỳ năm trước tăng 4,58%)",
    "cao hơn mức 5,52% cùng kỳ năm ngoái"."""
    return _LAST_YEARS.search(low, max(0, start - 30), start) is not None or (
        _LEVEL_BEFORE.search(low, max(0, start - 6), start) is not None
        and _LAST_YEARS_AFTER.match(low, end) is not None
    )


def _counted_before(text: str, clause_start: int, start: int) -> str:
    """What a bare total counts, named after "số" earlier in its clause: "nâng tổng số huyện có dịch lên
    328", "số người kê khai năm 2016 là 7.871". Empty when the clause names none."""
    if _BARE_TOTAL_END.search(text, clause_start, start) is None:
        return ""
    totals = list(_TOTAL_OF.finditer(text, clause_start, start))
    return (counted_noun(text, totals[-1].end()) or "") if totals else ""


def _held(
    ctx: _Context, figure: Figure, facts: _Facts, start: int, end: int, clause_start: int, clause_end: int
) -> bool:
    """A count, length or area that a place is said to have: "toàn tỉnh có 30 khu cách ly", "tại đây có 221
    bảo tàng, 2.000 thư viện", "huyện có 9 tàu vỏ thép", "trong xã có 18 km đường liên xã".

    Whatever the counted noun, "<place> có N ..." states how much of something the place holds, so the
    noun need not be one of the usual statistic nouns. The holder is the words before "có" in the clause:
    a place named there (or right after the count, as where: "có 18 dự án trên bán đảo X"), a scope word, or
    a pointer back to a place ("tại đây"); a project, company or other single entity as the holder is its
    own make-up, not a place's. Only the words since the last comma are the holder: "UBND tỉnh X xác
    định ..., còn lại gồm 181 xe" is no place's fleet.
    """
    low = facts.low
    has = _HELD.search(low, clause_start, start)
    if has is None:
        return False
    holder_from = max(clause_start, low.rfind(",", 0, has.start()) + 1, has.start() - 60)
    if _ENTITY.within(facts.hits, holder_from, has.start()):
        return False
    ordinary = _NOT_EVIDENCE.within(facts.hits, holder_from, has.start())  # "xã hội" is no commune
    scopes = _SCOPE.within(facts.hits, holder_from, has.start())
    if _HOLDER.search(low, holder_from, has.start()) or any(
        not any(s <= start_ < e for s, e in ordinary) for start_, _ in scopes
    ):
        return True
    offset = ctx.doc.sentences[figure.sentence_index].start
    after = min(clause_end, end + 50)
    return any(
        holder_from <= m.start - offset < has.start()
        or (end <= m.start - offset < after and _AT_PLACE.search(low, end, m.start - offset))
        for m in ctx.places_by_sentence.get(figure.sentence_index, [])
    )


def _listed(text: str, figure: Figure, previous: Figure | None) -> bool:
    """A count listed right after a count the rules took for a place's tally: "có 4.160 hợp tác xã và 2 liên
    hiệp hợp tác xã", "5 dự án đường sắt, 2 sân bay", "1.054 liệt sỹ, 715 thương bệnh binh".

    The items of one list are tallies of one kind, so the second needs no statistic noun of its own; the
    first must have been kept on its own merits, and only the first's words and a comma or "và" may lie
    between them.
    """
    if figure.value < 2 or previous is None or previous.unit != "count":
        return False  # "4 phòng học và 1 bếp ăn": a lone one is an item of one thing's make-up
    if not kept_by_rules(previous.features) or previous.optional_reason:
        return False  # the rules' verdict, not the model's: features never depend on its answers
    return _LIST_GAP.fullmatch(text, previous.end, figure.start) is not None


def _not_a_tally(
    figure: Figure, ctx: _Context, spot: _Spot, noun: str, previous: Figure | None, following: Figure | None
) -> bool:
    """Counts that tell how a thing is made up or told apart, not how much of something a place has.

    "1 lượt vé" alone is an article, not a count (a lone 1 counts only in a list: "2 cửa khẩu quốc
    tế, 1 cửa khẩu chính"); "hai người đàn ông", "hai con dao" are the people and things of a story;
    "Ban Kinh tế Trung ương gồm 8 đơn vị" is how one body is organised.
    """
    if figure.unit != "count":
        return False
    slash = ctx.doc.text.find("/", figure.end, figure.end + 3)
    if slash >= 0 and not ctx.doc.text[figure.end : slash].strip():
        paired = following is not None and not ctx.doc.text[slash + 1 : following.start].strip()
        if not paired:  # "9 vụ/17 bị can" is two tallies
            return True  # "80 - 120 con/m2", "2 vụ/năm", "1,46 con/1 phụ nữ": a density or a frequency
    listed = any(
        other is not None and other.unit == "count" and other.value > 1 for other in (previous, following)
    )
    if figure.value == 1 and not listed:
        return True
    if _FIELD_OF_ONE.search(spot.left) or (figure.value == 2 and _BETWEEN.search(spot.left)):
        return True  # "là 1 trong số 45 cán bộ": the field one was picked from; "giữa 2 địa phương": a pair
    # "huyện có 9 tàu vỏ thép": what a place has counts however few; a story's few people and things do not
    # "cả nước xảy ra 8 vụ, làm chết 6 người": a country's or province's toll, however small
    few = (
        not (spot.held and figure.text[:1].isdigit())
        and not _CHANGE_BY.search(_tail(spot.left, 12))
        and not _ACROSS.within(spot.facts.hits, spot.clause_start, spot.start)
    )
    if few and figure.value < 10 and (noun in _HOUSES or noun.split(" ", 1)[0] in _INDIVIDUALS):
        return True
    if few and figure.value < _INCIDENT_AT_LEAST and _INCIDENT_THINGS.match(noun):
        return True  # "bắt 3 đối tượng": the people of one raid
    if figure.value < 10 and figure.text[:1].isalpha() and not _UNIT_TALLY.match(noun) and not spot.listed:
        # "hai bệnh nhân", "Hai cơ quan": prose naming a few, not a statistic; but a toll's items go on
        # in words after a tally in digits: "ngập 37 ngôi nhà, hai trường học và bốn cây cầu"
        return True
    if figure.value < 10 and not spot.held and _few_named(figure, ctx, spot, noun):
        return True
    if figure.value == _all_provinces(ctx.year) and _PROVINCES.match(noun):
        return True  # "trên phạm vi 63 tỉnh, thành phố", "lãnh đạo 63 tỉnh, thành phố": the whole country
    if _place_noun(noun) and not spot.left.rstrip().endswith(("có", "gồm")):
        following_word = _NEXT_WORD.match(ctx.doc.text, figure.end)
        if following_word is not None and following_word.group(1)[:1].isupper():
            return True  # "đối với 4 tỉnh Sóc Trăng, Bạc Liêu, ...": the count names a group of places
    cases = noun.split(" ", 1)[0] == "vụ" and _CASES_FOUND.search(_tail(spot.left, 25))
    if not _SUB_UNIT.match(noun) or _NOT_SUB_UNIT.match(noun) or cases:
        return False  # "Công an tỉnh X phát hiện 369 vụ": cases, not the departments of a ministry
    offset = ctx.doc.sentences[figure.sentence_index].start
    owners = [
        m
        for m in ctx.organisations_by_sentence.get(figure.sentence_index, [])
        if m.end - offset <= spot.start
    ]
    if not owners:
        return False
    owner_end = owners[-1].end
    places = ctx.places_by_sentence.get(figure.sentence_index, [])
    return not any(owner_end <= m.start and m.end - offset <= spot.start for m in places)


_FIELD_OF_ONE = re.compile(r"(?<!\w)(?:1|một) trong (?:số )?(?:những |các )?$")
_BETWEEN = re.compile(r"(?<!\w)giữa\s+$")


def _place_noun(noun: str) -> bool:
    """ "tỉnh", "quận, huyện", "xã, thị trấn": units of administration, one kind or a pair."""
    return noun.split(",", 1)[0] in _PLACE_NOUNS


#: People counted as a place's population named right before them: "dân số 45.274 người".
_POPULATION_BEFORE = re.compile(r"(?<!\w)dân số(?: (?:là|đạt|có|khoảng|vào khoảng))? $")


def _statistic_first(figure: Figure, noun: str) -> bool:
    """A counted noun that only opens like a meeting's or a time's: "2,7 triệu đoàn viên" (not "đoàn", a
    delegation), or members by the million ("trên 2,5 triệu thành viên"), which no meeting has."""
    meeting = _NON_INDICATOR_NOUN.match(noun)
    statistic = _INDICATOR_NOUN.match(noun)
    if statistic is not None and meeting is not None and statistic.end() > meeting.end():
        return True
    return figure.unit == "count" and _MILLIONS.search(figure.text) is not None and not _TIME_UNIT.match(noun)


def _all_provinces(year: int | None) -> int:
    """How many provinces the country had: 63 until the 2025 reform merged them into 34."""
    return 34 if year is not None and year >= _PROVINCE_REFORM_YEAR else 63


def _few_named(figure: Figure, ctx: _Context, spot: _Spot, noun: str) -> bool:
    """A few things the story points at, not a tally: "hai vụ việc trên", "2 thôn (Hoàng Xá và Nại Khê)",
    "X và Y là 2 dự án quan trọng", "2 nhà lãnh đạo", "4 tỉnh bị ảnh hưởng".

    A handful of provinces or cities is the group an article is about (the ones hit, the ones that
    signed); a place's own few units are its districts, communes or border gates, or come with "có".
    """
    if _POINTED.match(ctx.doc.text, figure.end) or _EQUATES.search(_tail(spot.left, 12)):
        return True
    return _LEADERS.match(noun) is not None or _PROVINCES.match(noun) is not None


def _excluded(figure: Figure, spot: _Spot, noun: str, text: str) -> bool:
    """Figures that are not about a unit: time, documents, ordinals, people, the visit, weather, caps."""
    hits, start, end = spot.facts.hits, spot.start, spot.end
    before = spot.facts.low[:start]
    if "không phải" in spot.left and _DENIED.search(_tail(spot.left, 60)):
        return True  # "chứ không phải là 96 ha hay 106 ha": figures denied, not stated
    if _BACK_REFERENCE.search(spot.facts.low, start, end + 12):
        return True  # "Hai vụ án nêu trên", "4 đơn vị nói trên": things counted before, pointed back to
    if figure.unit == "percent" and _WORKS_DONE.search(_tail(spot.left, 50)):
        return True  # "khối lượng thi công đạt khoảng 87%": how far one project's works have got
    if figure.unit == "tonne" and _VEHICLE_SIZE.search(_tail(before, 20)):
        return True
    if figure.unit in _SIZES and _SPECIFICATION.search(_tail(before, 30)):
        return True
    if figure.unit == "count" and _CAPACITY.search(_tail(before, 45)):
        return True
    if figure.unit == "percent" and _SOME_UNITS.match(spot.facts.low):
        return True  # "Nhiều bộ, ngành, địa phương ... đạt tỷ lệ 100%": no one unit's rate
    if _SOME_PLACE.match(spot.facts.low):
        return True
    if figure.unit == "rank":
        if not any(ch.isdigit() for ch in figure.text) and not figure.text.lower().startswith(
            ("thứ", "hạng")
        ):
            return True  # "dẫn đầu cả nước" gives no number
        sized = before.rstrip().rsplit(" ", 1)[-1] in RANK_ADJECTIVES  # "lớn thứ hai của Nga"
        cued = sized or _RANK_CUE.within(hits, spot.clause_start, end + 60) or figure.rank_total
        return not cued or _ends_with(before, _ORDINAL_BEFORE)
    if (
        figure.unit in ("count", "other")
        and not figure.qualifier
        and _ends_with(before, _DOCUMENT_BEFORE)
        and not _whole_of(figure, before)
    ):
        return True
    voices = figure.unit == "count" and figure.value >= _VOICES_AT_LEAST and _VOICES.match(noun) is not None
    elected = _elected(noun, spot)
    if figure.unit in ("count", "other") and (
        not noun
        or _TIME_UNIT.match(noun)
        or (
            _NON_INDICATOR_NOUN.match(noun)
            and not (voices or elected or (spot.held and _CLASSIFIER.match(noun)))
            and not _statistic_first(figure, noun)
            and not _POPULATION_BEFORE.search(_tail(before, 30))
        )
        or _WEATHER_UNIT.match(noun)
    ):
        return True
    counted = noun + " " + _head(spot.right.lstrip(), 1)
    aggregate = (
        _SCALE_WORD.search(figure.text) is not None
    )  # "26 triệu trẻ em": only a population is that many
    if figure.unit == "count" and (
        not (
            aggregate
            or voices
            or spot.held
            or spot.listed
            or _INDICATOR_NOUN.match(counted)
            or (noun == "nước" and _MARKETS.search(_tail(before, 25)))
        )
        or _lower(figure.text).startswith("một ")
    ):
        return True  # "một dự án" is an article, not a count
    near_low, near_high = max(spot.clause_start, start - 60), min(spot.clause_end, end + 60)
    if (
        _PERSON.within(hits, near_low, near_high)
        or _AGE.search(spot.facts.low, near_low, near_high)
        or _graded(spot)
        or (figure.unit != "percent" and _PHONE.within(hits, near_low, near_high))
    ):
        return True
    represented = _REPRESENTED.search(_tail(before, 20)) is not None
    if (
        figure.unit in ("count", "VND", "USD")
        and not (voices or represented)
        and _visit_near(hits, near_low, near_high)
    ):
        return True
    if figure.unit in ("km", "other", "percent", "m2") and _weather(hits, len(spot.facts.low)):
        return True
    if figure.value == 1 and figure.unit in ("ha", "km", "m2", "tonne"):
        return True  # "1 ha đất nông nghiệp tạo ...": a denominator, not a quantity
    if _one_thing(figure, spot):
        return True
    if figure.unit == "percent" and (
        _OF_A_PRICE.match(spot.facts.low, end) or _PRICE_CHANGE.search(_tail(spot.left, 50))
    ):
        return True
    if figure.unit == "percent" and figure.value == 100 and before.endswith("mới "):
        return True  # "máy mới 100%", "sửa chữa như mới 100%": brand new, the state of one thing
    operation = _OPERATION_BEFORE.search(_tail(before, 30)) if figure.unit == "count" else None
    if operation and not ((_place_noun(noun) or elected) and operation.group(1) in ("tại", "ở")):
        return True  # but "nuôi tại 30 tỉnh, thành", "tại 184 đơn vị bầu cử": how widely it is spread
    if (figure.unit == "km" and figure.value < 1) or (figure.unit == "tonne" and figure.value < 1):
        return True  # metres and kilograms measure one structure or one item, not a place
    if (
        figure.unit == "count"
        and _ends_with(before, _GROUP_BEFORE)
        and not _whole_of(figure, before)
        and not (elected and before.endswith("danh sách "))
    ):
        return True  # "một trong 5 địa phương", "nhóm ba tỉnh dẫn đầu": a group, not a count; an
        # election's list is all its candidates ("danh sách 868 người ứng cử")
    if (
        figure.unit == "count"
        and figure.value <= _FEW_MEASURES
        and _ALL_MEASURES.match(noun)
        and before.endswith("cả ")
    ):
        return True  # "TNGT giảm cả 3 tiêu chí", "tăng cả 3 mặt": how many measures a change spans
    if figure.unit == "other" and _is_price(figure.unit_text or ""):
        return True
    if figure.unit == "km" and _DISTANCE.within(hits, start - 40, start):
        return True
    if figure.unit in MONEY and (
        _PRICE.search(_tail(spot.left, 15)) or _UNIT_COST.search(_tail(spot.left, 60)) or _payment(spot)
    ):
        return True
    each = _EACH.search(_tail(spot.left, 30))
    if each is not None and not _TIME_UNIT.match(each.group(1)):
        return True  # "mỗi điểm cầu 50-100 người", "mỗi ngôi nhà 70 triệu": one item's share, not a total
    if figure.unit in MONEY and any(not _TIME_UNIT.match(m.group(1)) for m in _EACH_ITEM.finditer(spot.left)):
        return True  # "chi phí cho mỗi phần mềm trên địa bàn thành phố là 2,1 tỉ đồng": one item's cost
    if _THRESHOLD.match(spot.facts.low, end):
        return True  # "các dự án trên 10 ha trở lên", "dưới 50% áp dụng ...": a threshold, not a value
    if figure.unit == "count" and _RELATIVES.match(noun):
        return True  # "có đến 6 con, cháu của Chủ tịch huyện": one person's kin
    if figure.unit == "count" and _NAMED_BEFORE.match(spot.facts.low, end):
        return True  # "ngoài vốn của 4 đơn vị nêu trên": those just named, not a count of the place's
    if figure.unit == "percent" and (
        _VOTED.match(spot.facts.low, end) or _VOTE_SHARE.search(_tail(before, 80))
    ):
        return True  # "với trên 91% đại biểu nhất trí": how a meeting voted
    if figure.unit == "percent" and (
        _OWNERSHIP.match(spot.facts.low, end)
        or (_OWNS.search(_tail(spot.left, 20)) and _CAPITAL_AFTER.match(spot.facts.low, end))
    ):
        return True  # "nắm giữ 35% vốn điều lệ", "doanh nghiệp 100% vốn nhà nước": who owns a company
    if figure.unit == "percent" and _floor_or_cap(figure, spot):
        return True
    if figure.unit == "percent" and _RATE_TERMS.within(hits, start - 60, start):
        return True
    right = spot.right.lstrip()
    if figure.unit == "percent" and _FORCES.match(right) and not _LABOUR_FORCE.match(right):
        return True  # "huy động 100% lực lượng": how an operation is staffed, not a place's rate
    low = spot.facts.low
    cues = _CAP.within(hits, spot.clause_start, end)  # its qualifier too: "không vượt quá 65%"
    if figure.unit != "count" or noun in SCALE_WORDS:  # "phạt tới 100 triệu": money, though unsaid
        cues += [
            (cue_start, cue_end)
            for cue_start, cue_end in _CHARGE.within(hits, spot.clause_start, start)
            if not _TOTAL_BEFORE.search(low, max(0, cue_start - 16), cue_start)
        ]
    return any(
        not any(mark in low[cue_end:start] for mark in ",;.") and start - cue_end <= 40 for _, cue_end in cues
    )


def _floor_or_cap(figure: Figure, spot: _Spot) -> bool:
    """A legal floor or cap: "luật quy định tối thiểu 25%", "quy định ... phải dành 20%"; with no law
    named, a floor someone must meet: "phải tuyển dụng ... với tỉ lệ ít nhất là 1%", or is assigned:
    "giao các bộ, địa phương tự kiểm tra tối thiểu 30% đơn vị"."""
    bound = figure.text.lower().startswith(_BOUNDS) or _tail(spot.left, 12).endswith(_BOUNDS_THEN)
    if not bound and _MUST.search(_tail(spot.left, 30)) is None:
        return False
    if _RULE.within(spot.facts.hits, 0, len(spot.facts.low)):
        return True
    return bound and (_MUST.search(spot.left) is not None or _ASSIGNED.search(spot.left) is not None)


def _grounded(figure: Figure, ctx: _Context, spot: _Spot, noun: str) -> bool:
    """Whether an uncoded figure's clause says what it measures or whose it is (see ``_MEASURE``).

    Evidence adds up: a unit of administration or economy as the counted noun, a statistic noun and a
    scope (a scope word or a place named in the clause) each count one; a survey or vote in the
    sentence, deals signed or attendance at one event count two against, money lost, lent or won in
    the clause one. A net score of one is enough.
    """
    low_end, high_end = spot.clause_start, spot.clause_end
    ordinary = _NOT_EVIDENCE.within(spot.facts.hits, low_end, high_end)
    hits = tuple(hit for hit in spot.facts.hits if not any(s <= hit[0] < e for s, e in ordinary))
    score = 2 if spot.held else 0
    if figure.unit == "count" and (
        (_UNIT_COUNTED.match(noun) and not noun.startswith("trường hợp"))  # "trường" is a school, not a case
        or _MILLIONS.search(figure.text)  # "17,5 triệu mảnh ruộng": only a whole country has that many
        or (figure.value >= _VOICES_AT_LEAST and _VOICES.match(noun))
    ):
        score += 1
    if (
        _MEASURE.within(hits, low_end, high_end)
        or (figure.unit == "percent" and _SHARE_OF.match(spot.facts.low, spot.end))
        or (figure.unit == "count" and _PART_OF_WHOLE.match(figure.text))  # "18/23 tàu": a share, a statistic
    ):
        score += 1
    offset = ctx.doc.sentences[figure.sentence_index].start
    if _SCOPE.within(hits, low_end, high_end) or any(
        low_end <= m.start - offset and m.end - offset <= high_end
        for m in ctx.places_by_sentence.get(figure.sentence_index, [])
    ):
        score += 1
    if not score and (_continues_tally(ctx, figure.sentence_index) or _next_item(ctx, figure, spot)):
        score += 1
    if _SURVEY.within(hits, 0, len(spot.facts.low)):
        score -= 2
    if figure.unit in MONEY and _LOSS.within(hits, low_end, high_end):
        score -= 1
    if figure.unit in MONEY and _DEAL.within(hits, low_end, high_end):
        score -= 2  # "11 thỏa thuận ... tổng giá trị 700 triệu USD": what one event signed
    if (
        figure.unit == "count"
        and not _SCALE_WORD.search(figure.text)  # "69 nghìn HS tham gia kỳ thi": a province's cohort
        and (
            _ATTENDING.search(noun + spot.facts.low[spot.end : spot.end + 12])
            or _ATTENDED_BY.search(_tail(spot.left, 30))
            or _ATTENDED_EVENT.search(spot.facts.low, spot.end, spot.clause_end)
            or _ATTENDANCE_OPENS.search(spot.left)
        )
    ):
        score -= 2  # "gần 400 doanh nghiệp tham gia", "sự tham gia của 500 doanh nghiệp": one event's guests
    return score >= 1


#: What may open the next item of a list: nothing, or words breaking the tally down ("trong số này có").
_ITEM_OPENING = re.compile(r"\s*(?:(?:trong (?:số )?(?:này|đó)|riêng|cụ thể)[\s,]*(?:có\s+)?)?")
_JOINED = re.compile(r"\s*(?:/|với(?:\s+(?:tổng\s+)?số\s+tiền(?:\s+phạt)?)?)\s*")


def _disaster_toll(spot: _Spot, story: bool) -> bool:
    """A count in a sentence about a natural disaster, or in a disaster's story, not about one event of it
    ("tìm thấy thi thể 2 nạn nhân trong vụ sạt lở đất")."""
    low = spot.facts.low
    hazards = _HAZARD.within(spot.facts.hits, 0, len(low))
    if not hazards:
        return story
    return any(not _ONE_EVENT.search(low, max(0, start - 5), start) for start, _ in hazards)


def _continues_tally(ctx: _Context, index: int) -> bool:
    """A sentence opening "Trong đó", "Cụ thể", "Riêng", "Gồm" right after one that states a place's tally
    breaks that tally down; its figures share the scope and period named before."""
    return index - 1 in ctx.tallied and _CONTINUES.match(ctx.low(index)) is not None


def _next_item(ctx: _Context, figure: Figure, spot: _Spot) -> bool:
    """ "Huyện có 37 Anh hùng; 6.796 liệt sĩ; 1.443 thương binh": a count that opens a clause after a
    semicolon ("...; trong số này có 400 trường hợp"), once a tally of the same sentence was kept before
    it, is the next item of that list. So is a count or a sum joined to that tally ("bắt giữ 1.040 vụ với
    562 đối tượng", "khởi tố 9 vụ/17 bị can", "xử phạt 553 vụ với số tiền phạt trên 8 tỷ đồng")."""
    kept = ctx.dated.get(figure.sentence_index)
    if (figure.unit != "count" and figure.unit not in MONEY) or kept is None:
        return False
    low = spot.facts.low
    return (
        figure.unit == "count"
        and kept[0] <= spot.clause_start
        and low[spot.clause_start - 1 : spot.clause_start] == ";"
        and _ITEM_OPENING.fullmatch(low, spot.clause_start, spot.start) is not None
    ) or (kept[0] <= spot.start and _JOINED.fullmatch(low, kept[0], spot.start) is not None)


def _graded(spot: _Spot) -> bool:
    """ "thương binh 1/4", "thương binh hạng 2/4": a grade right after the word, with no break between."""
    low, start = spot.facts.low, spot.start
    grades = _GRADE.within(spot.facts.hits, start - _GRADE_REACH, start)
    return any(_BREAK.search(low, end, start) is None for _, end in grades)


def _elected(noun: str, spot: _Spot) -> bool:
    """ "132 nữ đại biểu", "491 đại biểu Quốc hội", "tổng số 491 đại biểu" of the Assembly: its make-up."""
    if _ELECTED.match(noun + " " + _head(spot.right.lstrip(), 16)):
        return True
    return noun == "đại biểu" and bool(_ELECTED.within(spot.facts.hits, spot.clause_start, spot.clause_end))


def _visit_near(hits: tuple[Hit, ...], low: int, high: int) -> bool:
    """A gift, a delegation or an audience of the visit near the figure; "tập đoàn", "công đoàn",
    "đoàn kết" hold the word "đoàn" but name a company, a union or a virtue."""
    words = _NOT_VISIT.within(hits, low - 10, high + 10)
    return any(not any(s <= start < e for s, e in words) for start, _ in _VISIT.within(hits, low, high))


def _one_thing(figure: Figure, spot: _Spot) -> bool:
    """A small area, weight or distance: one hole, tower, ship or trip ("hố rộng khoảng 40m2").

    Square metres under a hectare are never a place's land, whatever the cue; hectares, tonnes and
    kilometres that small keep only a catalogue cue ("biên giới dài 40 km").
    """
    below = _ONE_THING_BELOW.get(figure.unit)
    if below is None or figure.value >= below or spot.held:
        return False  # "trong xã có 18 km đường liên xã": what a place has is its own, however small
    return figure.unit == "m2" or not _CODE_WORDS.within(spot.facts.hits, spot.clause_start, spot.clause_end)


def _whole_of(figure: Figure, before: str) -> bool:
    """ "trong số 26 triệu trẻ em, còn 1,5 triệu ...", "tổng số 491 đại biểu", "dân số 45.274 người": a
    whole, itself a count."""
    if figure.value < 10:
        return False
    if _POPULATION_BEFORE.search(_tail(before, 30)):
        return True
    words = before.split()[-3:]
    return words[-2:] in (["trong", "số"], ["tổng", "số"]) and words[:1] != ["một"]


def _is_price(unit_text: str) -> bool:
    """Money per tonne, per litre or per item is a price; per hectare, person or year it is a yield."""
    rate = _MONEY_RATE.search(unit_text)
    return rate is not None and rate.group(1).lower() not in _YIELD_DENOMINATORS


def _per_time(unit_text: str) -> bool:
    """Money per day, week, month or quarter: "1 triệu đồng/tháng", "300.000 đồng/người/ngày"."""
    return _MONEY_RATE.search(unit_text) is not None and unit_text.split("/")[-1].strip().lower() in _PER_TIME


def _small_payment(figure: Figure, code: str | None, spot: _Spot) -> bool:
    """An amount of money too small to be a place's total, and not an average per person or hectare.

    A province's revenue, investment or exports run to billions of đồng or millions of dollars; a
    few million đồng is a wage, a price, a fine, a bribe or a grant to one person. Only a per-capita
    measure ("thu nhập bình quân đầu người 49 triệu đồng") or a yield per hectare is that small. An
    amount per day or month ("trên 1 triệu đồng/tháng") is such a payment too, though its unit is a rate.
    """
    money = figure.unit in MONEY or (figure.unit == "other" and _per_time(figure.unit_text or ""))
    if not money or code in _PER_CAPITA_CODES:
        return False
    dollars = figure.unit == "USD" or "usd" in (figure.unit_text or "").lower()
    if figure.value >= (1e6 if dollars else 1e9):
        return False
    return not _PER_AREA.within(spot.facts.hits, 0, len(spot.facts.low))


def _ends_with(text: str, phrases: frozenset[str]) -> bool:
    """Whether the text ends with one of the phrases (up to three words), an ordinal "thứ" skipped and an
    opening bracket or quote ignored ("(Ban chỉ đạo 389 tỉnh)")."""
    words = [word.lstrip("(“\"'[") for word in text[-40:].split()[-4:]]
    if words and words[-1] == "thứ":
        words.pop()
    return any(" ".join(words[-size:]) in phrases for size in (1, 2, 3) if len(words) >= size)


def _payment(spot: _Spot) -> bool:
    """A prize, price or wage next to the amount; "trị giá" and "giá trị" name a value, not a price."""
    low = spot.facts.low
    window = _PAYMENT.within(spot.facts.hits, max(spot.clause_start, spot.start - 40), spot.end + 20)
    return any(
        low[s:e] != "giá" or (low[max(0, s - 4) : s] != "trị " and low[e : e + 4] != " trị")
        for s, e in window
    )


def _weather(hits: tuple[Hit, ...], size: int) -> bool:
    """A weather or hydrology report that names no economic measure."""
    return bool(_WEATHER.within(hits, 0, size)) and not _CODE_WORDS.within(hits, 0, size)


def _code(
    figure: Figure, ctx: _Context, spot: _Spot, segment_from: int, right_end: int, noun: str
) -> tuple[str | None, int | None]:
    """The catalogue code and where its cue starts (for the subject), or (None, None)."""
    hits, low, start, end = spot.facts.hits, spot.facts.low, spot.start, spot.end
    if figure.unit == "count":
        if _REDUCE_VERB.within(hits, spot.clause_start, start) and _UNIT_NOUN.match(noun):
            return "ADMIN_UNITS_REDUCED", None
        scope = noun + " " + _head(spot.right, 60) + " " + _tail(spot.left, 50)
        for count_code, noun_lexicon, context in _COUNT_CODES:
            if noun_lexicon.match(noun) and (context is None or context.search(scope)):
                return count_code, None
        if _PROJECTS.match(noun) and _CAPITAL.search(scope) and _foreign_investment(figure, ctx, spot):
            return "FDI_PROJECTS", None  # "Đức có 285 dự án còn hiệu lực với tổng vốn đầu tư ..."
        return None, None
    left_tail = _tail(spot.left, 30)
    if figure.unit == "percent" and (_SHARE_LEFT.search(left_tail) or _OF_ECONOMY.match(low, end)):
        allowed = {"POVERTY_RATE"}  # "chiếm 59,5% GDP": a share of something, not its growth
    elif figure.unit == "percent" and _CHANGE_LEFT.search(left_tail):
        # "xuất khẩu tăng 16,4%": a change of an amount keeps no code unless it is a growth code.
        allowed = {"GRDP_GROWTH", "INDUSTRIAL_PRODUCTION_GROWTH", "POVERTY_RATE"}
    else:
        allowed = None
    into = _INTO_VIETNAM.search(low, segment_from, spot.clause_end) if figure.unit in MONEY else None
    if into is not None and into.start() < start:
        return "FDI_CAPITAL", into.start()  # "đầu tư Hà Lan vào Việt Nam đạt 7,65 tỉ USD", "... tại Việt Nam"
    if figure.unit == "rank":
        windows: tuple[tuple[int, int], ...] = (
            (end, min(right_end, end + 80)),
            (segment_from, start),
            (spot.clause_start, start),
        )
    else:
        adjacent = _ADJACENT_END.split(_head(low[end:right_end], 40), 1)[0]
        windows = (
            (end, end + len(adjacent)),
            (segment_from, start),
            (spot.clause_start, start),
            (0, spot.clause_start),
        )
    for low_end, high_end in windows:
        best: tuple[int, int, int] | None = None  # distance, catalogue index, cue start
        for cue_start, cue_end, ids in hits:
            if cue_start < low_end or cue_end > high_end:
                continue
            distance = cue_start - end if low_end == end else high_end - cue_end
            for ident in ids:
                index = _CODES_BY_LEXICON.get(ident)
                if index is None:
                    continue
                cue_code, units, _ = _CODES[index]
                if figure.unit not in units or (allowed is not None and cue_code not in allowed):
                    continue
                if cue_code in _PER_CAPITA_CODES and figure.value >= _PER_HEAD_CEILING[figure.unit]:
                    continue  # "thuế thu nhập cá nhân ... 162 tỷ đồng": no one's income or output
                if cue_code == "GRDP" and (
                    figure.value < _PER_HEAD_CEILING[figure.unit]
                    or cue_start < spot.clause_start
                    or low[:cue_start].rstrip().endswith("%")
                ):
                    # "bình quân đầu người đạt 60.000 USD" is no economy, "bằng 50% GDP" a share of one,
                    # and an economy named in another clause is not what this amount measures
                    continue
                # nearest cue to the figure wins; on a tie the catalogue order (specific first) wins
                if best is None or (distance, index) < best[:2]:
                    best = (distance, index, cue_start)
        if best:
            code: str | None = _CODES[best[1]][0]
            if code == "INVESTMENT_CAPITAL":
                code = "FDI_CAPITAL" if _foreign_investment(figure, ctx, spot) else "INVESTMENT_CAPITAL"
            elif code == "GRDP_GROWTH":
                code = _sector_growth(low, best[2])
            elif best[1] == _BARE_TURNOVER:
                code = _turnover_way(low, best[2])
            # the subject starts at the first of overlapping cues ("tốc độ [tăng trưởng] kinh tế")
            cue = min(
                (s for s, e, ids in hits if s < best[2] < e and _CODE_WORDS.ident in ids), default=best[2]
            )
            return code, cue
    if figure.unit == "percent" and (allowed is None or "GRDP_GROWTH" in allowed):
        # "GDP quý I đạt thấp (5,1%)": a bare percent of the economy named before it is its growth;
        # after it ("chiếm 21% GDP") the economy is what the share is of.
        economy = [
            (s, e) for s, e in _ECONOMY.within(hits, segment_from, start) if not low.endswith(_RATIO_TO, 0, s)
        ]
        if economy:
            return "GRDP_GROWTH", economy[-1][0]
    return None, None


#: The economy as what a ratio is taken to: "nợ Chính phủ/GDP là 50,3%", "bội chi so với GDP là 4,5%".
_RATIO_TO = ("/", "so với ")


def _sector_growth(low: str, cue_start: int) -> str | None:
    """ "Tăng trưởng nông nghiệp đạt 3%", "công nghiệp tăng trưởng 9%": one sector's growth.

    That is not the economy's growth: industry keeps its own catalogue code, other sectors have none.
    """
    sector = _SECTOR_GROWTH.search(low[max(0, cue_start - 30) : cue_start + 40])
    if sector is None or _ECONOMY_WORD.search(low, cue_start, cue_start + 40):
        return "GRDP_GROWTH"
    return "INDUSTRIAL_PRODUCTION_GROWTH" if "công nghiệp" in sector.group(0) else None


def _turnover_way(low: str, cue_start: int) -> str:
    """Bare "kim ngạch" is trade both ways ("kim ngạch năm 2016 gần 7 tỷ USD" of a trading partner),
    unless its sentence named one way before it: "Tôm VN đã xuất khẩu sang 90 thị trường, đạt kim
    ngạch hơn 3,1 tỉ USD"."""
    ways = list(_ONE_WAY.finditer(low, 0, cue_start))
    if not ways or not (ways[-1].group(1) or ways[-1].group(2)):
        return "TRADE_VALUE"
    return "EXPORT_VALUE" if ways[-1].group(1) else "IMPORT_VALUE"


def _foreign_investment(figure: Figure, ctx: _Context, spot: _Spot) -> bool:
    """Whether investment is foreign (FDI). Investment told as coming into Việt Nam is; else the nearest
    origin word before the amount in its sentence decides, the whole of "trong nước và nước ngoài"
    (both) over its last words, except that of a pair of amounts in dollars and in đồng after foreign
    and domestic projects, the dollars are the foreign ones' ("301 dự án đầu tư nước ngoài, 451 dự án
    trong nước với tổng vốn đăng ký 26,7 tỷ USD và 245.500 tỷ đồng"): reports give FDI in dollars and
    domestic capital in đồng. With no origin word, a foreign investor named before it makes it FDI, and
    else the sentences before it in its paragraph do: a report's "Về đầu tư nước ngoài, ..." heads
    several sentences that never repeat it ("Tính lũy kế, cả nước có 23.272 dự án còn hiệu lực với
    tổng vốn đăng ký 302,64 tỷ USD"). Only foreign investment itself sets that topic, not goods sold
    abroad or "không có nhà đầu tư nước ngoài"; and it carries only to amounts in dollars and counts of
    projects in the words of investment registers ("vốn đăng ký", "còn hiệu lực", "thu hút"), not to
    "bố trí vốn cho 2 dự án trên" nor to đồng, which domestic capital is counted in."""
    if _INTO_VIETNAM.search(spot.facts.low):
        return True
    origins = _origins(spot.facts, spot.start)
    if origins:
        paired = figure.unit == "USD" and _AND_DONG.match(spot.facts.low, spot.end) is not None
        return origins[-1] or (paired and any(origins))
    if _investor_abroad(ctx, figure, spot):
        return True
    if figure.unit == "VND" or not _REGISTERED.search(spot.facts.low):
        return False
    index = figure.sentence_index
    for before in range(index - 1, max(-1, index - 1 - _TOPIC_REACH), -1):
        if ctx.paragraph_of[before] != ctx.paragraph_of[index]:
            break
        facts = ctx.facts(before)
        origins = _origins(facts, len(facts.low))
        if origins:
            return origins[-1] and any(
                "không" not in facts.low[max(0, m.start() - 16) : m.start()]
                for m in _FOREIGN_TOPIC.finditer(facts.low)
            )
    return False


def _origins(facts: _Facts, before: int) -> list[bool]:
    """Whether each origin word of a sentence before ``before`` is foreign, in order; of overlapping
    words ("trong nước và nước ngoài", "nước ngoài") the whole counts."""
    spans = _ORIGIN.within(facts.hits, 0, before)
    return [
        facts.low[start:end] in _FOREIGN
        for start, end in spans
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
    ]


def _investor_abroad(ctx: _Context, figure: Figure, spot: _Spot) -> bool:
    """A foreign country named before the figure in its clause, not as where money goes: "Đức có 285
    dự án", "18 dự án của các nhà đầu tư Ấn Độ với tổng vốn đầu tư 4,6 triệu USD", but not "đầu tư
    sang Lào 5 tỷ USD" nor, a clause later, "...người dân Lào; hiện có 408 dự án"."""
    offset = ctx.doc.sentences[figure.sentence_index].start
    return any(
        m.place is not None
        and m.place.foreign
        and spot.clause_start <= m.start - offset
        and m.end <= figure.start
        and _DESTINATION_END.search(spot.facts.low, 0, m.start - offset) is None
        for m in ctx.places_by_sentence.get(figure.sentence_index, [])
    )


def _subject(text: str, figure: Figure, cue_at: int | None, clause_start: int, start: int) -> str | None:
    """The measure in the article's words: from its cue to the figure, or the counted noun."""
    if cue_at is not None and cue_at < start:
        phrase = text[cue_at:start]
    elif figure.unit == "count" and figure.unit_text:
        return figure.unit_text
    elif cue_at is not None:
        phrase = text[cue_at : cue_at + 60].split(",")[0]
    else:
        phrase = text[clause_start:start]
    words = phrase.split()
    while words and (words[0].strip(_PUNCT) == "" or words[0].lower() in _LEAD_WORDS):
        words.pop(0)
    while words and (words[-1].strip(_PUNCT) == "" or words[-1].strip(_PUNCT).lower() in _TAIL_WORDS):
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",;:-–“\"'(")
    return " ".join(words[:12] if cue_at is not None else words[-8:]) or (figure.unit_text or None)


def _period(
    figure: Figure, ctx: _Context, start: int, end: int, found: tuple[int | None, int | None]
) -> tuple[int | None, int | None]:
    """The period ``found`` stated for the figure, read as the figure's: for a change in an amount, from
    the year it is measured against; a year earlier for the same time last year ("6 tháng đầu năm 2017,
    GRDP tăng 5,29% (cùng kỳ năm trước tăng 4,58%)")."""
    last_years = _last_years(ctx.facts(figure.sentence_index).low, start, end)
    if found == (None, None) and last_years and (undated := ctx.lead_period()) is not None:
        return undated[1] - 1, undated[1] - 1  # an undated figure is the lead's; this one the year before
    if found[0] is None or found[0] != found[1]:
        return found
    if last_years:
        return found[0] - 1, found[0] - 1
    return _change_span(figure, ctx, found[1], start, end) or found


def _stated_period(figure: Figure, ctx: _Context, start: int, end: int) -> tuple[int | None, int | None]:
    """The figure's own period, else the nearest in its sentence, else earlier in its paragraph.

    A year right after the figure ("179.300 ha năm 2016") is its own; one further right is not, unless
    it closes the same end of a change ("từ 19,6% với 629 đô thị (năm 2009) lên ...").
    """
    low = ctx.facts(figure.sentence_index).low
    if figure.period_start_year or figure.period_end_year:
        # the finder leaves "từ năm 2007 đến nay" open-ended; "nay" is the article's year
        own = figure.period_start_year, figure.period_end_year or ctx.year
        if own[0] is None or own[1] is None:
            return own
        return _end_of_span(ctx.begun(low, (own[0], own[1])), low, start, end)
    end_of_change = _change_end_period(ctx.periods(figure.sentence_index), low, start, end)
    if end_of_change is not None:
        return _end_of_span(end_of_change, low, start, end)
    best: tuple[int, int] | None = None
    for begin, finish, span in ctx.periods(figure.sentence_index):
        if begin >= end:
            if _ADJACENT.fullmatch(low, end, begin):
                return span
            break
        if finish <= start and (
            not COMPARISON_BEFORE.search(low, max(0, begin - COMPARISON_REACH), begin)
            or _BASE_VALUE.fullmatch(low, finish, start)
        ):
            # a comparison's base dates the figures after it no more than later sentences, unless it
            # is the base's own value: "thấp hơn cùng kỳ năm trước (5,48%)"
            best = span
    if best:
        return _end_of_span(best, low, start, end)
    base = _SAME_TIME_BASE.search(low, end)
    if base is not None:  # "..., giảm 2 vụ so với cùng kỳ năm 2016": the figure is of the year after
        return int(base.group(1)) + 1, int(base.group(1)) + 1
    paragraph = ctx.paragraph_of[figure.sentence_index]
    that_year = _THAT_YEAR.search(low, 0, start) is not None
    for index in range(figure.sentence_index - 1, -1, -1):
        if ctx.paragraph_of[index] != paragraph and not that_year:
            break
        # a bracketed aside's year is the aside's ("(tức là từ sau Rằm tháng Chạp năm Bính Thân 2016)")
        earlier_text = ctx.doc.sentences[index].text
        periods = tuple(p for p in ctx.periods(index) if brackets_around(earlier_text, p[0], p[1]) is None)
        if index in ctx.dated:
            # a tally's period, not an aside's after it ("..., bao gồm cả số thu chuyển nguồn từ năm 2014");
            # the tally's own written after it when it is the latest ("tăng từ 12% năm 2015 lên 13% năm
            # 2016"), not when older ("năm 2016 đạt 6,21%, thấp hơn mức tăng 6,68% của năm 2015")
            tally_end, tally_period = ctx.dated[index]
            after = [period for period in periods if period[0] >= tally_end and period[2] == tally_period]
            periods = tuple(period for period in periods if period[0] < tally_end)
            if after and _latest(tally_period, periods):
                periods = (*periods, after[0])
            last = tally_period[1]
            if not periods and last is not None and (ctx.year is None or last <= ctx.year):
                return tally_period
        # "tăng 4,25% so cùng kỳ năm ngoái": a comparison's base dates nothing after it
        earlier = ctx.low(index)
        periods = tuple(
            p for p in periods if not COMPARISON_BEFORE.search(earlier, max(0, p[0] - COMPARISON_REACH), p[0])
        )
        if periods:  # the nearest dated sentence decides; a plan's year dates nothing after it
            begin, _, span = periods[-1]
            return (None, None) if _planned(ctx, index, begin, span) else span
    return None, None


def _change_end_period(periods: Periods, low: str, start: int, end: int) -> tuple[int, int] | None:
    """The year stated after the figure within the end of a change that holds it ("từ A với N đô thị
    (năm 2009) lên B với M đô thị (năm 2016)"), else None for the usual search: without it, A took the
    article's year and B the first end's."""
    if _FROM_LEFT.search(low, max(0, start - 12), start):
        turn = _CHANGE_TURN.match(low, end)
        if turn is None:
            return None
        stop = turn.end()
    elif _CHANGE_SECOND.search(low, max(0, start - 140), start):
        clause_end = _SECOND_END_STOP.search(low, end, end + _SECOND_END_REACH)
        stop = clause_end.start() if clause_end is not None else end + _SECOND_END_REACH
    else:
        return None
    for begin, finish, span in periods:
        if begin >= end and finish <= stop:
            if _COMPARED.search(low, end, begin):
                return None  # "lên gần 10% so với cùng thời điểm này năm ngoái": a base, not the end's year
            return span
    return None


def _latest(
    period: tuple[int | None, int | None], others: tuple[tuple[int, int, tuple[int, int]], ...]
) -> bool:
    """Whether ``period`` ends after every one of ``others``."""
    return period[1] is not None and all(span[1] < period[1] for _, _, span in others)


def _change_span(figure: Figure, ctx: _Context, latest: int, start: int, end: int) -> tuple[int, int] | None:
    """A change in an amount between two years covers both: "năm 2011 có 54.448 đơn vị, đến năm 2016
    giảm 534 đơn vị" and "886 doanh nghiệp, tăng 199 doanh nghiệp so với thời điểm 2010" are about
    2011-2016 and 2010-2016. A change over one year ("tăng 11 điểm so với năm 2015" in 2016) and a
    rate ("tăng 7% so với năm 2010") are the later year's own."""
    low = ctx.facts(figure.sentence_index).low
    if figure.unit == "percent" or not _CHANGE_BY.search(low, max(0, start - 12), start):
        return None
    baseline = _BASELINE_YEAR.match(low, end)
    if baseline is not None:
        first = int(baseline.group("year"))
    else:
        years = [
            span[0]
            for _, finish, span in ctx.periods(figure.sentence_index)
            if finish <= start and span[0] == span[1]
        ]
        first = min(years, default=latest)
    return (first, latest) if first < latest - 1 else None


def _end_of_span(span: tuple[int, int], low: str, start: int, end: int) -> tuple[int, int]:
    """In "(2011-2015) ... từ 47% xuống còn 44%" the first figure is 2011's and the second 2015's."""
    if span[0] == span[1]:
        return span
    if _FROM_LEFT.search(low, max(0, start - 12), start) and _CHANGE_TO.match(low, end):
        return span[0], span[0]
    if _TO_LEFT.search(low, max(0, start - 60), start):
        return span[1], span[1]
    return span


def _planned(ctx: _Context, index: int, begin: int, span: tuple[int, int]) -> bool:
    """A period not yet begun, or a deadline not yet past ("đến năm 2030"): a plan's period, not the facts'.

    "Đến năm 2016" in a 2017 article is a past state and dates what follows it.
    """
    if ctx.year is not None and span[0] > ctx.year:
        return True  # a period that has not begun; the current "giai đoạn 2016-2020" still dates facts
    deadline = _DEADLINE_BEFORE.search(ctx.low(index), max(0, begin - 12), begin) is not None
    return deadline and (ctx.year is None or span[1] >= ctx.year)


def _lunar_year(stem: str, branch: str, year: int | None) -> tuple[int, int] | None:
    # the cycle's position where both names fall ("mẹo" is "mão" in the South); none for an impossible pair
    stem_at, branch_at = LUNAR_STEMS.index(stem), LUNAR_BRANCHES.index("mão" if branch == "mẹo" else branch)
    positions = [p for p in range(60) if p % 10 == stem_at and p % 12 == branch_at]
    if year is None or not positions:
        return None
    value = year + (LUNAR_CYCLE_START + positions[0] - year + 30) % 60 - 30
    return value, value


def _period_of(match: re.Match[str], year: int | None) -> tuple[int, int] | None:
    if match.group("dates"):  # "từ 1/7/2014 đến ngày 30/11/2016"
        a, b = int(match.group("e")), int(match.group("f"))
        if a < b and _REPORTING_YEAR_START.match(match.group("dates")):
            a += 1  # "từ ngày 16/12/2016 đến 15/6/2017": the first half of 2017 as the police count it
        return (a, b) if a <= b else None
    if match.group("ago"):  # "20 năm trước": counted back from the article's year
        return (year - int(match.group("n")),) * 2 if year else None
    if match.group("span"):
        a, b = int(match.group("a")), int(match.group("b"))
        return (a, b) if a < b else None
    if match.group("since"):
        return (int(match.group("c") or match.group("g") or match.group("j")), year) if year else None
    if match.group("asof"):  # "Tính đến 31/12/2016": the state on that day
        value = int(match.group("h"))
        return value, value
    # "năm 2016", "tính đến thời điểm tháng 9/2016", "quý 3/2016"; not "kể từ tháng 3/2008", a record's start
    if match.group("one") or match.group("month"):
        value = int(match.group("d") or match.group("i"))
        return value, value
    if match.group("now"):
        return (year, year) if year else None
    if match.group("lunar"):  # "dịp Tết Đinh Dậu": the year of that name nearest the article's, 2017
        return _lunar_year(match.group("stem"), match.group("branch"), year)
    if year is None:
        return None
    stretch = _STRETCH_BEFORE.search(match.string, max(0, match.start() - 8), match.start())
    if stretch is None:
        return year - 1, year - 1
    # "5 năm qua": the years up to the article's; "những năm qua", "nhiều năm trước" name no start, so they
    # stand for now and, being a period, stop the look-back before it reaches an older year in the paragraph
    return (year - int(stretch.group("years")) if stretch.group("years") else year), year


def _geo(figure: Figure, ctx: _Context, spot: _Spot) -> tuple[str | None, str | None]:
    """Nearest place named before the figure in its sentence, the nation, or the article's place."""
    offset = ctx.doc.sentences[figure.sentence_index].start
    in_sentence = ctx.places_by_sentence.get(figure.sentence_index, [])
    before = [m for m in in_sentence if m.start - offset < spot.start]
    nation = _NATION.within(spot.facts.hits, 0, spot.start)
    nearest = before[-1] if before else None
    if nation and (nearest is None or nation[-1][1] > nearest.end - offset):
        return "Việt Nam", None
    # a nation named only after the figure is the field it is compared with ("tỉnh xếp thứ 2 ... cả nước")
    after = next((m for m in in_sentence if m.place is not None and m.place.level != "country"), None)
    place = nearest or after or ctx.main_place
    if place is None or place.place is None:
        return None, None
    unit = place.place
    return (unit.name if unit.level in ("province", "country") else unit.full_name), unit.code


def _names_entity(spot: _Spot, text: str) -> bool:
    """A named or pointed-at project, company or structure before the figure, or right after it.

    Only a named or pointed-at one is single ("dự án Nhà máy X", "dự án này", "của dự án"); "đối với
    dự án đầu tư nước ngoài" and "các dự án" are the class, not one project, and "theo Tổng công ty X,
    cả nước ..." is the source of a country's or province's statistic.
    """
    low = spot.facts.low
    colon = low.rfind(":", 0, spot.start)
    if colon > 0 and any(text[s].isupper() for s, _ in _ENTITY.within(spot.facts.hits, 0, colon)):
        return True  # "Dự án nhà ở X: quy mô 80.000 m2; kinh phí 550 tỷ đồng": a named entity's specification
    source_end = -1
    for cue_start, cue_end in _ENTITY.within(spot.facts.hits, spot.clause_start, spot.end + 30):
        if cue_start >= spot.end:
            return not low[spot.end : cue_start].strip(" ,(")
        before = low[spot.clause_start : cue_start]
        if cue_start < source_end or _PLURAL_BEFORE.search(_tail(before, 12)):
            continue
        if (
            _SOURCE_BEFORE.search(_tail(before, 24)) and _ACROSS.within(spot.facts.hits, cue_end, spot.start)
        ) or (
            _STUDY_BY.search(_tail(before, 24))
            and "," in low[cue_end : spot.start]
            and not _ENTITY.within(spot.facts.hits, cue_end, spot.start)
        ):
            # "Thống kê của Tổng công ty X, cả nước xảy ra 43 vụ", "Theo điều tra của công ty tư vấn, TP
            # HCM thải ra hơn 7.000 tấn rác": the tally's source, set off before its subject
            source_end = cue_end
            continue
        following = _NEXT_WORD.match(text, cue_end)
        word = following.group(1) if following else ""
        named = word in _POINTERS or word[:1].isupper() or word[:1].isdigit()
        # an amount or area next to a singular "dự án", "nhà máy" is that one project's
        if named or not before.strip() or before.rstrip().endswith("của") or not spot.counts:
            return True
    return False


def _personal(spot: _Spot, text: str) -> bool:
    """A person or household next to the figure ("gia đình ông Mạnh", "bà Nga").

    A capitalised "Bà", "Ông" inside a sentence is part of a name ("Bà Rịa", "Ông Ích Khiêm"), and
    "cụ thể", "bà con" are ordinary words.
    """
    hits = spot.facts.hits
    ordinary = _NOT_PERSONAL.within(hits, spot.start - 50, spot.end + 50)
    for cue_start, cue_end in (
        *_PERSONAL.within(hits, spot.start - 40, spot.start),
        *_PERSONAL.within(hits, spot.end, spot.end + 40),
    ):
        if (cue_start and text[cue_start].isupper()) or any(s <= cue_start < e for s, e in ordinary):
            continue
        if cue_end <= spot.start and _REPORTING.within(hits, cue_end, spot.start):
            continue  # "Ông Long cho biết tỉnh có 12.000 hộ nghèo": the speaker, not the subject
        if spot.facts.low[max(0, cue_start - 5) : cue_start] == "theo ":
            continue  # "Theo ông Ái, thực tế có 18 dự án": the source, not the subject
        return True
    return False


def _optional(
    figure: Figure, spot: _Spot, segment_from: int, text: str, ctx: _Context, noun: str
) -> str | None:
    """Why a kept figure may fairly be skipped by an annotator, or None."""
    if figure.is_range:
        return "range"
    hits, left = spot.facts.hits, spot.left
    low = spot.facts.low
    cues = [
        (
            s,
            low[max(0, s - 3) : s] != "đã "
            and not _PROGRAMME_NAME.match(low, s)
            and not _PRESENT.search(low, e, spot.start)
            and not _BECAUSE.search(low, e, spot.start),
        )
        for s, e in (
            *_TARGET.within(hits, spot.clause_start, spot.start),
            *(
                (s, e)
                for s, e in _REQUEST.within(hits, segment_from, spot.start)
                if not _NOUN_BEFORE.search(low, max(0, s - 12), s)  # "850 ý kiến kiến nghị": petitions
            ),
        )
    ]
    for deadline in _DEADLINE.finditer(left):
        # "đến năm 2016" in a 2017 article is a past state, not a target; undated, "vào năm 1998" is a date
        year = int(deadline.group(2))
        past = year < ctx.year if ctx.year else deadline.group(1) == "vào"
        cues.append((spot.clause_start + deadline.start(), not past))
    cues.sort()
    if cues and cues[-1][1] and not _NOT_TARGET_BEFORE.search(_tail(spot.facts.low[: cues[-1][0]], 25)):
        return "target"
    if not _ENTITY.match(noun) and _names_entity(spot, text):
        return "single"
    if _EXAMPLE.within(hits, 0, spot.start):
        return "example"  # "Ví dụ, có DN tiếp nhận 18 lao động": one case told to illustrate
    if _vague(figure):
        return "vague"
    if not spot.held and _personal(spot, text):
        return "single"
    if _CAMPAIGN.within(hits, 0, len(low)):
        return None  # "trong đợt cao điểm ... bắt giữ 26 tàu, xử lý 749 đối tượng": a campaign's tally
    if (ctx.case_story or ctx.project_story) and not spot.held:
        return "single"  # "bán khống 150 tỉ đồng tiền hóa đơn", "của 6 doanh nghiệp": one case's figures
    if (
        figure.unit == "count"
        and not _CASE_TALLY.match(noun)
        and _INCIDENT.within(hits, 0, len(spot.facts.low))
        and not _disaster_toll(spot, ctx.disaster_story)
        and not _continues_tally(ctx, figure.sentence_index)
        and not _next_item(ctx, figure, spot)
    ):
        return "single"  # "26 vụ sản xuất ma túy" tallies cases; "3 người bị thương" tells one
    if figure.unit != "count" and _CASE.within(hits, spot.clause_start, spot.start):
        return "single"
    return None


def _mark_restatements(figures: list[Figure], ctx: _Context) -> None:
    """The same fact stated twice (headline and body, lead and body) is kept once.

    A headline often rounds the body's figure ("hơn 10.000 tỷ" for "10.430 tỷ"), so a title figure
    within 5% of a body figure of the same unit is the restatement, whether the body's is kept or not:
    the body tells the fact with its context, so its verdict stands for both. Otherwise the better
    described statement (with a code and a period) is kept, the first one on a tie. In one sentence,
    only a figure repeated in brackets is a restatement: "tăng 5% ... và 5% ..." may be two facts.
    """
    body = [f for f in figures if f.sentence_index not in ctx.title_sentences]
    kept: list[Figure] = []
    for figure in figures:
        if not figure.is_indicator:
            continue
        if figure.sentence_index in ctx.title_sentences and any(
            other.unit == figure.unit
            and abs(other.value - figure.value) <= 0.05 * max(abs(other.value), abs(figure.value))
            for other in body
        ):
            figure.optional_reason = "restatement"
            continue
        if _bracketed(ctx, figure) and any(
            k.sentence_index == figure.sentence_index
            and k.unit == figure.unit
            and (k.value == figure.value or _rounds(figure, k))
            and (
                figure.unit != "count"
                or not _bracketed(ctx, k)
                or _shortens(figure.unit_text, k.unit_text)
                or _shortens(k.unit_text, figure.unit_text)
            )
            for k in kept
        ):
            # "đạt 15,07%, cao hơn cả nước (15,07% so với 9,64%)", "2.556.039 tỷ đồng (hơn 2,5 triệu tỷ
            # đồng)", "35 xã (35 đơn vị)"; a list in the brackets counts two kinds alike: "16 trường (ba
            # trường ĐH, ba trường CĐ; ...)"
            figure.optional_reason = "restatement"
            continue
        earlier = next((k for k in kept if _same_fact(k, figure, ctx.doc.text)), None)
        if earlier is None:
            kept.append(figure)
        elif _described(figure) > _described(earlier) or _rounds(earlier, figure):
            earlier.optional_reason = "restatement"
            kept[kept.index(earlier)] = figure
        else:
            figure.optional_reason = "restatement"


def _rounded_restatement(a: Figure, b: Figure) -> bool:
    """Whether one figure restates the other in round numbers, in another sentence, for the same place,
    period and counted noun: "hơn 1.800 bị cáo" in a sub-heading for "1.841 bị cáo" in the body."""
    exact = b if _rounds(a, b) else a if _rounds(b, a) else None
    if exact is None or exact.qualifier is not None or a.geo_code != b.geo_code:
        return False
    if a.period_start_year != b.period_start_year:
        return False
    return a.unit != "count" or _same_counted(a, b)


def _bracketed(ctx: _Context, figure: Figure) -> bool:
    """Whether the figure sits inside a bracketed aside of its sentence."""
    sentence = ctx.doc.sentences[figure.sentence_index]
    return (
        brackets_around(sentence.text, figure.start - sentence.start, figure.end - sentence.start) is not None
    )


def _described(figure: Figure) -> int:
    return (figure.indicator_code is not None) + (figure.period_start_year is not None)


#: How far a rounded restatement may sit from the exact figure: "hơn 2,5 triệu tỷ" for "2.556.039 tỷ".
_ROUNDING = 0.03


def _rounds(rounded: Figure, exact: Figure) -> bool:
    """Whether ``rounded`` restates ``exact`` in round numbers: a qualified figure of one or two significant
    digits ("gần 2,1 triệu tỷ đồng"), within 3% of an exact one of four or more ("2.098.022 tỷ đồng") and
    less than a unit of its last digit away ("gần 78%" is no rounding of 75,83%), on the side its
    qualifier says ("hơn" below the exact figure, "gần" above it)."""
    if rounded.qualifier is None or not rounded.value or _digits(rounded.value) > 2:
        return False
    if _digits(exact.value) < 4:
        return False
    gap = (exact.value - rounded.value) / abs(exact.value)
    side = {"more_than": gap > 0, "less_than": gap < 0}.get(rounded.qualifier, True)
    last_digit = 10.0 ** (math.floor(math.log10(abs(rounded.value))) - _digits(rounded.value) + 1)
    return side and 0 < abs(gap) <= _ROUNDING and abs(exact.value - rounded.value) < last_digit


def _digits(value: float) -> int:
    """Significant digits, up to seven: 2 for 2,5 triệu tỷ, 7 for 2.556.039 tỷ."""
    return len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0"))


#: Significant digits from which two equal figures of an article are one fact, whatever else differs.
_EXACT_DIGITS = 4


def _precise(value: float) -> bool:
    """A value with three or more significant digits ("51,7", "17.747"): unlikely to recur by chance."""
    return _digits(value) >= 3


_WORD_RUN = re.compile(r"\w+")


def _plain_words(text: str | None) -> list[str]:
    """A counted noun's or a subject's words, lower-cased, without punctuation ("tỉnh, thành phố", "(mất
    trắng")."""
    return _WORD_RUN.findall(_lower(text or ""))


def _shortens(noun: str | None, fuller: str | None) -> bool:
    """Whether a counted noun is another's or its first words: "vụ" for "vụ án", not "khách sạn" for
    "khách"."""
    words = _plain_words(noun)[:2]
    return bool(words) and words == _plain_words(fuller)[: len(words)]


#: The noun a measure is of, right after its unit: "11 vạn tấn lương thực", "5.000 ha rừng"; not the
#: words that go on with the sentence ("tăng 9,8% so với cùng kỳ", "10% trong tổng số").
_MEASURED = re.compile(
    r"\s+(?!(?:so|với|của|trong|trên|dưới|là|và|tại|ở|thì|được|đã|đến|từ|cùng|còn|nhưng|khi|để|cho|vào|"
    r"năm|tháng|mỗi|một|các|những|này|đó|theo|tổng|số|nên|vì|do|sau|trước|lên|xuống)(?!\w))"
    r"([a-zà-ỹđ]+ [a-zà-ỹđ]+)(?: ([a-zà-ỹđ]+))?"
)


def _measured(text: str, figure: Figure) -> str | None:
    """The two words after a measure, three after a share: a share's noun is its base, and two shares of
    one base ("100% xã có nhà văn hóa", "100% xã đạt tiêu chí") differ in what follows it. A base
    counted in units ("100% số thôn trên địa bàn") is left out: such shares are criteria, many alike."""
    found = _MEASURED.match(text, figure.end)
    if found is None:
        return None
    if figure.unit != "percent":
        return found.group(1)
    return f"{found.group(1)} {found.group(2)}" if found.group(2) else None


def _same_counted(a: Figure, b: Figure) -> bool:
    """Whether two counts count the same things, by the counted noun's first word: "20 tỉnh" restates
    "20 tỉnh, thành phố"."""
    return _plain_words(a.unit_text)[:1] == _plain_words(b.unit_text)[:1]


#: "Trong số" before a count takes up a set already counted, whatever it is called this time: "công ty
#: Nam Triệu đóng 13 chiếc", then "Trong số 13 tàu vỏ thép do công ty Nam Triệu đóng, ...".
_TAKEN_UP = re.compile(r"(?:trong|Trong)\s+(?:tổng\s+)?số\s+$")


def _takes_up(text: str, later: Figure) -> bool:
    """Whether the later of two equal counts is the set the earlier one counted, named again."""
    return _TAKEN_UP.search(text, max(0, later.start - 16), later.start) is not None


def _same_rate(a: Figure, b: Figure) -> bool:
    """Whether two figures are one rate, its unit written out alike ("người/km2"), for one place or for
    a place and no place named."""
    if a.unit_text is None or "/" not in a.unit_text or a.unit_text.lower() != (b.unit_text or "").lower():
        return False
    return a.geo_code is None or b.geo_code is None or a.geo_code == b.geo_code


def _same_fact(a: Figure, b: Figure, text: str) -> bool:
    if a.sentence_index == b.sentence_index or a.unit != b.unit:
        return False
    if abs(a.value - b.value) > 1e-9 * max(1.0, abs(a.value)):
        return _rounded_restatement(a, b)
    if _digits(a.value) >= _EXACT_DIGITS:
        return True  # "698,704 tỷ đồng" three times, each sentence dating it its own way, is one sum
    if a.period_start_year and b.period_start_year and a.period_start_year != b.period_start_year:
        return False
    if a.unit in MONEY or (a.unit != "count" and _precise(a.value)):
        return True  # the same amount to the đồng, or "51,7%" twice, is the same fact whatever its cue words
    if a.indicator_code and b.indicator_code:
        return a.indicator_code == b.indicator_code
    if a.unit == "count":
        return _same_counted(a, b) or _takes_up(text, b)
    if _same_rate(a, b):
        return True  # "khoảng 0,85 người/km2" twice: a rate with its unit written out is one fact
    if (noun := _measured(text, a)) is not None and noun == _measured(text, b):
        return True  # "thiệt hại khoảng 11 vạn tấn lương thực" then "mất hơn 11 vạn tấn lương thực"
    words_a, words_b = set(_plain_words(a.subject)), set(_plain_words(b.subject))
    return not words_a or not words_b or len(words_a & words_b) * 2 >= min(len(words_a), len(words_b))
