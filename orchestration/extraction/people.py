"""People named in an article, with the title each mention gives them.

Vietnamese news names an official by a title chain followed by the name ("Ủy viên Bộ Chính trị,
Phó Thủ tướng Chính phủ Vương Đình Huệ"), by an honorific ("ông Vương Đình Huệ", "đồng chí ..."),
with the titles in apposition ("ông X, Chủ tịch UBND tỉnh Y"), and afterwards by the title alone
("Phó Thủ tướng nhấn mạnh") or the given name ("ông Huệ"). Visits need all of these resolved to one
person key, and need each person's office level (national, local, foreign) to tell a visit from a
local official's routine.

Names are told from the organisation that precedes them by the surname list: in "Bí thư Tỉnh ủy
Hà Giang Triệu Tài Vinh" the name is the last run of capitalised syllables that starts with a
surname and is two to four syllables long, and that is not itself a province.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from orchestration.extraction.cleaning import fix_tones
from orchestration.extraction.gazetteer import country_by_name, country_like, province_by_name
from orchestration.extraction.model import Document, Mention, Place
from orchestration.extraction.names import AMBIGUOUS_SURNAMES, CAPITALS, SURNAMES


def _words(text: str) -> list[str]:
    """Word lists are kept as text blocks: easy to read and to extend."""
    return text.split()


#: Words that can start a person's name after a title.
_NAME_STARTS = SURNAMES | AMBIGUOUS_SURNAMES
#: Capitalised words that begin sentences or captions: never in a title or a name.
_STARTERS = frozenset(
    _words(
        """
        Ảnh Tại Theo Ngày Sáng Chiều Tối Trưa Trong Cùng Lễ Dự Về Với Sau Trước Đây Khi Thay Báo Các
        Những Một Để Do Vì Nhưng Và Còn Cũng Đó Này TTXVN VNA Hôm Lúc Tháng Tết Nguồn Clip Video
        """
    )
)
#: Capitalised words of organisation names that never occur in a person's name.
_NOT_NAME = _STARTERS | frozenset(
    _words(
        """
        Bộ Sở Ban Ủy Uỷ UBND HĐND Tỉnh Huyện Quận Xã Phường Tổng Phó Chủ Đảng Nhà Nước Kỳ Khóa Khoá Tòa
        Viện Cục Vụ Giám Chánh Trưởng Bí Thủ Mặt Trận Tổ Hội Cty
        """
    )
)
#: Words that place a following capitalised run as a place name, not a person.
_PLACE_WORDS = frozenset(
    _words(
        """
        tỉnh Tỉnh thành phố Thành TP TP. Tp huyện Huyện quận Quận xã Xã phường Phường thị trấn Trấn
        tưởng bản ấp Ấp khóm Khóm xóm Xóm đường Đường
        """
    )
)
#: Lowercase words that occur inside organisation and state names ("Bộ Nông nghiệp và Phát triển nông
#: thôn", "nước Cộng hòa dân chủ nhân dân Lào", "Cộng hòa xã hội chủ nghĩa Việt Nam").
_ORG_WORDS = frozenset(
    _words(
        """
        và nhân dân tỉnh thành phố huyện quận xã thị trấn nước ủy uỷ ban nông thôn vận tải đào tạo tối lợi
        cao trung ương hội đồng của quốc phòng an ninh tế học công nghệ chính phủ đảng thương binh môi
        trường truyền thông đầu tư tài nguyên thể thao du lịch văn hóa hoá nghiệp phát triển giáo dục
        tuyên tổ chức kiểm tra sát khoa kế hoạch nội vụ ngoại giao pháp xây dựng y lao động biên giới
        hải quan thuế nhà đối kinh thường trực mặt trận ngân hàng đại biểu chỉ đạo sự viện bộ toàn quốc
        liên minh hợp tác doanh trị cục tộc sản mại chiến cựu tin hòa hoà hành chủ nghĩa chống lụt bão tiến
        thiên tai đội
        """
    )
)
_HEADS = (
    "Tổng [Bb]í thư|Phó [Cc]hủ tịch nước|Chủ tịch nước|Phó [Tt]hủ tướng [Tt]hường trực|Phó [Tt]hủ tướng|"
    "Thủ tướng|"
    "Phó [Cc]hủ tịch|Chủ tịch|Bộ trưởng|Thứ trưởng|Phó [Tt]rưởng [Bb]an|Trưởng [Bb]an|"
    "Phó [Cc]hủ nhiệm|Chủ nhiệm|"
    "Ủy viên|Uỷ viên|Thường trực Ban Bí thư|Phó [Bb]í thư|Bí thư|Tổng Giám đốc|Phó [Gg]iám đốc|Giám đốc|"
    "Phó [Tt]ổng [Cc]ục trưởng|Tổng [Cc]ục trưởng|Phó [Cc]ục trưởng|Cục trưởng|"
    "Phó [Vv]iện trưởng|Viện trưởng|Chánh án|"
    "Phó Tổng [Tt]hư ký|Tổng [Tt]hư ký|Thống đốc|Đại sứ|Tổng Thanh tra|"
    "Tổng Kiểm toán|Chánh Văn phòng|Trưởng [Đđ]oàn|Tổng Lãnh sự|Tư lệnh|Phó Tổng Tham mưu trưởng|"
    "Tổng Tham mưu trưởng|Đại tướng|Thượng tướng|"
    "Trung tướng|Thiếu tướng|Tổng thống|Phó Tổng thống|Thượng [Nn]ghị s[ĩỹ]|Hạ [Nn]ghị s[ĩỹ]|"
    "Quốc vương|Nhà vua|Ngoại trưởng|Hoàng tử|Công chúa|Hoàng hậu|Đại diện Thương mại"
)
#: No look-behind in front: a pattern that opens with literals lets ``re`` skip ahead by its first
#: characters, five times faster over the corpus; the word boundary is checked in ``_heads``.
_HEAD = re.compile(rf"(?:{_HEADS})(?![\w])")
_CHAIN_GOES_ON = re.compile(rf"\s*,\s*(?:{_HEADS})(?![\w])")
#: A title alone after these words names a rank or a meeting, not the person holding it: "Hội nghị Bộ
#: trưởng RCEP", "đối thoại cấp Thứ trưởng", "các Bộ trưởng".
_RANK_OF = re.compile(r"(?<!\w)(?:[Hh]ội nghị|cấp|các|những)\s+$")
#: One literal pattern per honorific, for the same reason; only a capitalised word may follow. "ngài"
#: is how the press addresses a foreign dignitary: "do ngài Robert Kalinak, Phó Thủ tướng ... làm
#: Trưởng đoàn".
_HONORIFICS = tuple(
    re.compile(rf"{word} (?=[{CAPITALS}])")
    for word in ("ông", "Ông", "bà", "Bà", "đồng chí", "Đồng chí", "ngài", "Ngài")
)
#: Honorifics some foreign leaders carry between their title and name (Cambodia's, Malaysia's).
_FOREIGN_HONORIFICS = frozenset({"Samdech", "Techo", "Datuk", "Dato", "Dato'"})
#: An initial joins the word after it, so the press's "V.Putin", "A. Lukashenko" and "George W. Bush"
#: read as names and the initial's dot as no sentence end.
_TOKEN = re.compile(rf"(?:[A-Z]\. ?(?=[{CAPITALS}]))?\w+(?:[-.&'’]\w+)*|[^\w\s]")
_INITIAL = re.compile(r"[A-Z]\. ?")
_SENTENCE_MARKS = frozenset(".;:!?")
_FOREIGN_ONLY = re.compile(
    r"(?:Phó )?Tổng thống|Quốc vương|Nhà vua|Ngoại trưởng|Hoàng tử|Công chúa|Hoàng hậu|"
    r"(?:Thượng|Hạ) [Nn]ghị s[ĩỹ]"
)
#: Ranks from here on are memberships (Central Committee, military rank), not offices.
_MEMBERSHIP, _LOCAL = 22, 30
_FORMER = re.compile(r"(?<!\w)(?:[Nn]guyên|[Cc]ựu|[Cc]ố)\s+$")
_NAME_JOINERS = re.compile(r"[-'’]")
_GAP_END = re.compile(r"\s*(?:,|kiêm|-|–)\s*$")
_HARD_PUNCT = re.compile(r"[.;:()\n]")
_COMMA_END = re.compile(r",\s*$")
_CLAUSE_PUNCT = re.compile(r"[.;:!?\n,]")
_SEPARATOR = re.compile(r"\s*(?:,|kiêm|-|–|\()\s*")

# --- titles: canonical form and level ----------------------------------------------------------

#: Ministries and ministry-level bodies, with their abbreviations, to their full names.
_MINISTRIES = (
    (r"Công [Tt]hương", "Công Thương"),
    (r"Giáo dục và Đào tạo|GD\s*-\s*ĐT|GD&ĐT|GDĐT", "Giáo dục và Đào tạo"),
    (
        r"Nông nghiệp và [Pp]hát triển [Nn]ông thôn|NN\s*-\s*PTNT|NN&PTNT|NNPTNT",
        "Nông nghiệp và Phát triển nông thôn",
    ),
    (r"Nông nghiệp và Môi trường", "Nông nghiệp và Môi trường"),
    (r"Giao thông [Vv]ận tải|GTVT", "Giao thông vận tải"),
    (r"Kế hoạch và Đầu tư|KH\s*-\s*ĐT|KH&ĐT|KHĐT", "Kế hoạch và Đầu tư"),
    (r"Tài nguyên và Môi trường|TN\s*-\s*MT|TN&MT|TNMT", "Tài nguyên và Môi trường"),
    (
        r"Lao động\s*-\s*Thương binh và Xã hội|LĐ\s*-\s*TB\s*(?:&|và|-)\s*XH|LĐTBXH",
        "Lao động - Thương binh và Xã hội",
    ),
    (
        r"Văn hóa,? Thể thao và Du lịch|VH\s*,?\s*-?\s*TT\s*(?:&|và|-)\s*DL|VHTTDL"
        r"|Văn hóa(?!\s*[-–,]\s*Thông tin)",
        "Văn hóa, Thể thao và Du lịch",
    ),
    (r"Thông tin và Truyền thông|TT\s*-\s*TT|TT&TT|TTTT", "Thông tin và Truyền thông"),
    (r"Khoa học và Công nghệ|KH\s*-\s*CN|KH&CN|KHCN", "Khoa học và Công nghệ"),
    (r"Quốc phòng", "Quốc phòng"),
    (r"Công an", "Công an"),
    (r"Ngoại giao", "Ngoại giao"),
    (r"Tư pháp", "Tư pháp"),
    (r"Tài chính", "Tài chính"),
    (r"Xây dựng", "Xây dựng"),
    (r"Y tế", "Y tế"),
    (r"Nội vụ", "Nội vụ"),
    (r"Dân tộc và Tôn giáo", "Dân tộc và Tôn giáo"),
)
#: Case-blind: crawls write "Thứ trưởng Bộ xây dựng".
_MINISTRY = re.compile(
    r"(?:Bộ\s+)?(?:" + "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(_MINISTRIES)) + r")",
    re.IGNORECASE,
)
_PARTY_BOARDS = (
    r"Tuyên giáo(?: và [Dd]ân vận)?|Tổ chức|[Dd]ân vận|Kinh tế|Nội chính|Đối ngoại|Chính sách,? [Cc]hiến lược"
)
_CENTRAL = r"(?:Trung [ưƯ]ơng|TƯ|TW|T\.Ư)"  # "Ban dân vận Trung Ương Đảng" as some outlets write it
_VFF = (
    rf"(?:[Ủủ]y|[Uu]ỷ) ban (?:trung ương|{_CENTRAL}) (?:Mặt trận Tổ quốc|MTTQ)(?: \(MTTQ\))? ?(?:Việt Nam|VN)"
    r"|(?:UBTƯ|UBTW) MTTQ Việt Nam"
)

#: Ranks from here down are seats in a Party body, not offices: "Ủy viên Bộ Chính trị" comes with one.
SEAT_RANK = 20

#: (pattern on the title text, canonical title or None to keep the match, level, rank).
#: Rank orders offices for choosing a delegation's head and a chain's main title: lower is higher.
_TITLE_RULES: tuple[tuple[re.Pattern[str], str | None, str, int], ...] = tuple(
    (re.compile(pattern), canonical, level, rank)
    for pattern, canonical, level, rank in (
        (r"^Tổng [Bb]í thư", "Tổng Bí thư", "national", 1),
        (r"^Phó [Cc]hủ tịch nước", "Phó Chủ tịch nước", "national", 5),
        (r"^Chủ tịch nước", "Chủ tịch nước", "national", 2),
        # the office's full name: it holds every shorter way of writing it
        (r"^Phó [Tt]hủ tướng [Tt]hường trực", "Phó Thủ tướng Thường trực Chính phủ", "national", 5),
        (r"^Phó Chủ tịch [Tt]hường trực (?:Quốc hội|QH)", "Phó Chủ tịch Thường trực Quốc hội", "national", 6),
        (r"^Phó [Tt]hủ tướng(?: Chính phủ)?$", "Phó Thủ tướng", "national", 6),
        (r"^Thủ tướng(?: Chính phủ)?(?: nước CHXHCN Việt Nam| Việt Nam)?$", "Thủ tướng", "national", 3),
        (r"^Phó Chủ tịch (?:Quốc hội|QH)$", "Phó Chủ tịch Quốc hội", "national", 6),
        (r"^Chủ tịch (?:Quốc hội|QH)$", "Chủ tịch Quốc hội", "national", 4),
        (r"^Thường trực Ban Bí thư", "Thường trực Ban Bí thư", "national", 5),
        (
            rf"^Phó Chủ tịch (?:{_VFF})",
            "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "national",
            8,
        ),
        (rf"^Chủ tịch (?:{_VFF})", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "national", 6),
        (rf"^Phó Trưởng [Bb]an [Tt]hường trực Ban ({_PARTY_BOARDS}) {_CENTRAL}", None, "national", 8),
        (rf"^Phó Trưởng [Bb]an ({_PARTY_BOARDS}) {_CENTRAL}", None, "national", 9),
        (rf"^Trưởng [Bb]an ({_PARTY_BOARDS}) {_CENTRAL}", None, "national", 6),
        # the national steering committee for floods and storms ("Ban chỉ đạo phòng chống lụt bão trung
        # ương", "Ban Chỉ đạo Trung ương về phòng chống thiên tai"), led by a minister
        (
            rf"^(?:Phó )?Trưởng [Bb]an (?:[Cc]hỉ đạo )?(?:{_CENTRAL} về )?"
            rf"[Pp]hòng,? chống (?:lụt bão|thiên tai)(?: trung ương| {_CENTRAL})?$",
            None,
            "national",
            9,
        ),
        (
            rf"^Chủ nhiệm (?:Ủy|Uỷ) ban Kiểm tra {_CENTRAL}",
            "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
            "national",
            6,
        ),
        (r"^Chủ nhiệm Văn phòng Chính phủ", "Chủ nhiệm Văn phòng Chính phủ", "national", 7),
        (r"^Chủ nhiệm (?:Ủy|Uỷ) ban (?:Dân tộc|Dân tộc và Tôn giáo)$", None, "national", 7),
        # a National Assembly committee, also by its name alone where a crawl's dash cut the title
        # ("Chủ nhiệm Ủy ban Văn hóa - Giáo dục, ... của Quốc hội"); provinces have boards, not these
        (
            r"^(?:Phó )?Chủ nhiệm (?:Ủy|Uỷ) ban (?:.*(?:của )?Quốc hội$|(?:Văn hóa|Văn hoá|Kinh tế|Pháp luật|"
            r"Tư pháp|Tài chính|Quốc phòng|Xã hội|(?:[Vv]ề )?[Cc]ác vấn đề xã hội|Khoa học|Đối ngoại)(?!\w))",
            None,
            "national",
            8,
        ),
        (r"^Tổng Thư ký Quốc hội", "Tổng Thư ký Quốc hội", "national", 8),
        (r"^Chủ tịch Hội đồng Dân tộc", "Chủ tịch Hội đồng Dân tộc", "national", 7),
        (r"^Tổng Thanh tra Chính phủ", "Tổng Thanh tra Chính phủ", "national", 7),
        (r"^Thống đốc Ngân hàng Nhà nước", "Thống đốc Ngân hàng Nhà nước Việt Nam", "national", 7),
        (
            r"^Chánh án Tòa án nhân dân tối cao|^Chánh án TAND tối cao",
            "Chánh án Tòa án nhân dân tối cao",
            "national",
            7,
        ),
        (
            r"^Viện trưởng (?:Viện [Kk]iểm sát nhân dân|Viện KSND|VKSND) tối cao",
            "Viện trưởng Viện Kiểm sát nhân dân tối cao",
            "national",
            7,
        ),
        (
            r"^Phó Viện trưởng (?:Viện [Kk]iểm sát nhân dân|Viện KSND|VKSND) tối cao",
            "Phó Viện trưởng Viện Kiểm sát nhân dân tối cao",
            "national",
            9,
        ),
        (r"^Tổng Kiểm toán Nhà nước", "Tổng Kiểm toán Nhà nước", "national", 7),
        (r"^Thứ trưởng", None, "national", 10),
        # a directorate (Tổng cục Đường bộ, Tổng cục Thuế ...) is a central agency under a ministry
        (r"^Tổng cục trưởng", None, "national", 11),
        (r"^Phó Tổng cục trưởng", None, "national", 12),
        (r"^Bộ trưởng", None, "national", 7),
        # the army's general staff: its chief is a deputy minister of defence, his deputies below him
        (r"^Tổng Tham mưu trưởng", None, "national", 9),
        (r"^Phó Tổng Tham mưu trưởng", None, "national", 12),
        (r"^(?:Ủy|Uỷ) viên Bộ Chính trị", "Ủy viên Bộ Chính trị", "national", SEAT_RANK),
        (r"^Bí thư Trung ương Đảng", "Bí thư Trung ương Đảng", "national", 21),
        (rf"^(?:Ủy|Uỷ) viên (?:Ban Chấp hành )?{_CENTRAL} Đảng", "Ủy viên Trung ương Đảng", "national", 22),
        (r"^(?:Đại|Thượng) tướng$", None, "national", 23),
        (
            r"^(?:Phó )?Bí thư (?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ?ủy|^(?:Phó )?Bí thư (?:tỉnh|thành phố)",
            None,
            "local",
            30,
        ),
        (
            r"^(?:Phó )?Chủ tịch (?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|UBMTTQ|tỉnh|"
            r"thành phố|TP|huyện|quận|xã|phường)",
            None,
            "local",
            30,
        ),
        (r"^(?:Phó )?Giám đốc (?:Sở|Công an (?:tỉnh|thành phố|TP))", None, "local", 31),
        (r"^(?:Phó )?Trưởng [Đđ]oàn (?:ĐBQH|đại biểu Quốc hội)", None, "local", 31),
        (
            r"^(?:Phó )?Tổng thống|^Quốc vương|^Nhà vua|^Ngoại trưởng|^Hoàng tử|^Công chúa|^Hoàng hậu",
            None,
            "foreign",
            3,
        ),
        (r"^(?:Thượng|Hạ) nghị sĩ", None, "foreign", 12),
    )
)


@dataclass(frozen=True, slots=True)
class TitleInfo:
    """What a title says about its holder."""

    canonical: str
    level: str  # national | local | foreign | other
    rank: int  # lower is a higher office; 99 when unknown


def _squash(text: str) -> str:
    """One spelling of a title: single spaces, new-style "Ủy", "Phó Chủ tịch" for "Phó chủ tịch" (and the
    other deputies' offices, ``_DEPUTY_LOWER``), "Tổng cục trưởng" for "Tổng Cục trưởng", no short name
    in brackets inside it ("Ủy ban Trung ương Mặt trận Tổ quốc (UBTW MTTQ) Việt Nam")."""
    text = _INNER_SHORT_NAME.sub("", text.replace("Uỷ", "Ủy").replace("uỷ", "ủy"))
    text = text.replace("Tổng Cục trưởng", "Tổng cục trưởng").replace("Tổng thư ký", "Tổng Thư ký")
    text = _DEPUTY_LOWER.sub(lambda m: f"Phó {m.group(1).upper()}", text)
    return re.sub(r"\s+", " ", text).strip(" ,;:-–")


#: A deputy's office written in lower case after "Phó": "Phó chủ tịch", "Phó trưởng ban", "Phó bí thư".
_DEPUTY_LOWER = re.compile(
    r"(?<!\w)Phó ([tcbgv])(?=hủ tịch|rưởng |hủ nhiệm |í thư |ổng cục trưởng |ục trưởng |iám đốc |iện trưởng )"
)


_ACRONYM = re.compile(r"\((?:gọi tắt là |viết tắt là |viết tắt: )?([A-Z][A-Z0-9&-]{1,9})\)$")


#: "Chủ tịch Quốc hội Việt Nam", "Thủ tướng nước CHXHCN Việt Nam": the country is said next to a
#: foreign guest's title and changes nothing (the Fatherland Front and the army keep "Việt Nam" in
#: their names).
_OWN_COUNTRY = re.compile(
    r"(?<!Tổ quốc)(?<!MTTQ)(?<!\(MTTQ\))(?<!Quân đội nhân dân)(?<!QĐND)(?<! tại)"
    r"(?:(?<!Chủ tịch)(?<!Nhà) nước)?\s+"
    r"(?:CHXHCN\s+|Cộng hòa xã hội chủ nghĩa\s+)?Việt Nam$"
)
#: An agency whose own name ends with the country: "Tổng cục trưởng Tổng cục Đường bộ Việt Nam".
_AGENCY_HEAD = re.compile(r"(?:Phó )?(?:Tổng cục|Cục) trưởng ")


#: Short forms in a foreign office's name, written out as the office is reported ("Quân ủy TƯ TQ",
#: "Chủ tịch QH Campuchia").
_FOREIGN_LONG = {
    "TQ": "Trung Quốc",
    "TƯ": "Trung ương",
    "TW": "Trung ương",
    "trung ương": "Trung ương",
    "QH": "Quốc hội",
}
_FOREIGN_SHORT = re.compile(r"(?<!\w)(?:TQ|TƯ|TW|trung ương|QH)(?!\w)")


@lru_cache(maxsize=4096)
def title_info(title: str) -> TitleInfo:
    """Canonical form, level and rank of one title (not a chain) as written.

    Foreign offices are recognised by a foreign country in their complement ("Thủ tướng Nhật Bản").
    """
    title = _squash(title)
    if not _AGENCY_HEAD.match(title):
        title = _OWN_COUNTRY.sub("", title)
    if title.startswith(("nguyên ", "Nguyên ", "cựu ", "Cựu ")):
        return TitleInfo(title, "other", 99)
    acronym = _ACRONYM.search(title)
    if acronym is not None:  # "Tổng Giám đốc Quỹ ... (gọi tắt là OFID)" -> "Tổng Giám đốc OFID"
        head = _HEAD.match(title)
        title = f"{head.group(0) if head else title[: acronym.start()].strip()} {acronym.group(1)}"
    if _country_in(title) is not None:
        title = _foreign_form(_FOREIGN_SHORT.sub(lambda m: _FOREIGN_LONG[m.group(0)], title))
        return TitleInfo(
            title, "foreign", 3 if title.startswith(("Thủ tướng", "Chủ tịch", "Tổng thống")) else 12
        )
    for pattern, canonical, level, rank in _TITLE_RULES:
        m = pattern.search(title)
        if m is None:
            continue
        if canonical is not None:
            return TitleInfo(canonical, level, rank)
        if title.startswith(("Bộ trưởng", "Thứ trưởng")):
            return TitleInfo(_ministry_title(title), level, rank)
        if title.startswith(("Trưởng", "Phó Trưởng")) and m.groups():
            office = "Phó Trưởng ban" if title.startswith("Phó") else "Trưởng ban"
            if "hường trực" in m.group(0):  # "Phó Trưởng ban Thường trực Ban Tổ chức Trung ương"
                office = "Phó Trưởng ban Thường trực Ban"
            board = m.group(1)
            return TitleInfo(f"{office} {board[:1].upper()}{board[1:]} Trung ương", level, rank)
        return TitleInfo(title, level, rank)
    return TitleInfo(title, "other", 99)


def _ministry_title(title: str) -> str:
    head = "Thứ trưởng" if title.startswith("Thứ trưởng") else "Bộ trưởng"
    m = _MINISTRY.search(title, len(head))
    if m is None or m.start() > len(head) + 1:
        return head
    name = next(_MINISTRIES[int(k[1:])][1] for k, v in m.groupdict().items() if v)
    return f"{head} Bộ {name}"


@lru_cache(maxsize=4096)
def foreign_country(title: str) -> str | None:
    """The foreign country a title's complement names ("Tổng thống Hàn Quốc" -> "Hàn Quốc")."""
    found = _country_in(title)
    return found[2].name if found else None


def _country_in(title: str) -> tuple[int, int, Place] | None:
    """Where (first and past-last word) a title's complement names a foreign country, and which; a
    last word that misspells one ("Tổng thống Tazania") names it too."""
    words = title.split()
    for start in range(1, len(words)):
        for size in (3, 2, 1):
            if start + size <= len(words):
                place = country_by_name(" ".join(words[start : start + size]))
                if place is not None and place.foreign:
                    return start, start + size, place
    place = country_like(words[-1]) if len(words) > 1 else None
    return (len(words) - 1, len(words), place) if place is not None and place.foreign else None


#: A state's form between a foreign office and its country's name: "Thủ tướng Chính phủ nước CHDCND
#: Lào", "Chủ tịch Quốc hội Cộng hòa Cuba", "Thủ tướng Chính phủ Hoàng gia Campuchia". It opens with one of
#: these words, so that a party named for the people ("Đảng Nhân dân Campuchia") keeps its name.
_STATE_FORM = re.compile(
    r"(?:\s+(?:Chính phủ|Nhà nước|nước|Hoàng gia))*"
    r"(?:\s+(?:Cộng hòa(?:\s+(?:Dân chủ|Nhân dân|Liên bang|Xã hội chủ nghĩa|Hồi giáo))*"
    r"|Vương quốc|Liên bang|Hợp chủng quốc|CHDCND|CHND|CHLB|CH))?$",
    re.IGNORECASE,
)

#: A foreign minister whose ministry is written without "Bộ": "Bộ trưởng Quốc phòng Trung Quốc".
_MINISTER_ABROAD = re.compile(r"^(?:Bộ|Thứ) trưởng (?!Bộ )(?=\S)")


def _foreign_form(title: str) -> str:
    """A foreign office as the annotators and most reports give it: the state's form dropped and the
    country by its shortest name ("Thủ tướng Chính phủ nước CHDCND Lào" -> "Thủ tướng Lào", "Chủ tịch
    Quốc hội Cộng hòa Cuba" -> "Chủ tịch Quốc hội Cuba"), a misspelt country spelt right ("Tổng thống
    Tazania" -> "Tổng thống Tanzania"), and a minister's ministry called "Bộ" as at home ("Bộ trưởng
    Quốc phòng Trung Quốc" -> "Bộ trưởng Bộ Quốc phòng Trung Quốc"). A country whose own name holds
    its form keeps it ("Cộng hòa Séc"), and "Chủ tịch nước" stays an office."""
    found = _country_in(title)
    if found is None:
        return title
    start, end, place = found
    words = title.split()
    written = " ".join(words[start:end])
    if country_by_name(written) != place or written.endswith(place.name):
        country = place.name  # misspelt, or written in full
    elif written.startswith(place.name.split()[0] + " "):
        country = written  # "Cộng hòa Czech", as "Cộng hòa Séc" is the country's own name
    else:
        country = next(
            tail
            for k in range(end - 1, start - 1, -1)
            if country_by_name(tail := " ".join(words[k:end])) == place
        )
    office = " ".join(words[:start])
    form = _STATE_FORM.search(office)
    bare = office[: form.start()] if form.group(0) else office
    if bare in ("Chủ tịch", "Phó Chủ tịch") and form.group(0).startswith(" nước"):
        bare += " nước"
    bare = _MINISTER_ABROAD.sub(r"\g<0>Bộ ", bare)
    return " ".join([bare, country, *words[end:]])


@lru_cache(maxsize=16384)
def canonical_name(name: str) -> str:
    """NFC name with the tone on the first vowel of "oa/oe/uy" at a syllable end ("Hoà" -> "Hòa")."""
    return fix_tones(unicodedata.normalize("NFC", re.sub(r"\s+", " ", name).strip()))


# --- tokens and names --------------------------------------------------------------------------


class _Tok(NamedTuple):
    text: str
    start: int
    end: int


def _at_word_start(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def _heads(text: str) -> list[re.Match[str]]:
    return [m for m in _HEAD.finditer(text) if _at_word_start(text, m.start())]


def _honorifics(text: str) -> list[re.Match[str]]:
    found = [m for p in _HONORIFICS for m in p.finditer(text) if _at_word_start(text, m.start())]
    return sorted(found, key=lambda m: m.start())


_new_tuple = tuple.__new__


def _tokens(text: str, start: int, limit: int = 16) -> list[_Tok]:
    # Half a million tokens over the corpus: built with ``tuple.__new__`` directly, since the
    # NamedTuple constructor is a Python-level function and cost a third of this loop.
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, start, start + 12 * limit):
        word = m.group()
        out.append(_new_tuple(_Tok, (word, *m.span())))
        if len(out) >= limit or word in _SENTENCE_MARKS:
            break
    return out


_VIET_SYLLABLE = re.compile(
    r"(?:b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?[aeiouy]{1,3}(?:c|ch|m|n|ng|nh|p|t)?"
)


def _is_foreign(word: str) -> bool:
    """A Latin-script word that cannot be a Vietnamese syllable ("Suleiman", "Al-Herbish", "Trump"), or
    a name transliterated syllable by syllable ("Dê-man", "Vô-lô-din"), after an initial or not."""
    if (initial := _INITIAL.match(word)) is not None:
        word = word[initial.end() :]
    if word.isascii():
        return word[:1].isupper() and _VIET_SYLLABLE.fullmatch(word.lower()) is None
    first, *rest = word.split("-")
    return bool(rest) and first[:1].isupper() and all(part.isalpha() and part.islower() for part in rest)


def _name_like(tok: _Tok) -> bool:
    return _name_like_word(tok.text)


@lru_cache(maxsize=65536)
def _name_like_word(word: str) -> bool:
    """Whether a word may be part of a name; cached, as the same few thousand words are asked
    about some 200,000 times over the corpus."""
    if not word[:1].isupper() or word in _NOT_NAME:
        return False
    if _INITIAL.match(word):
        return _is_foreign(word)  # "V.Putin", not "Q.Bình" (quận Bình Thạnh)
    if len(word) > 1 and word.isupper():  # acronyms: UBND, OFID
        return False
    return all(part.isalpha() for part in _NAME_JOINERS.split(word) if part)


def _run_length(toks: list[_Tok], i: int, text: str) -> int:
    """Consecutive name-like tokens from ``i``, single-spaced (no line break inside a name).

    An office word may close a surname and middle name before a comma: "đồng chí Nguyễn Văn Huyện, Tổng
    cục trưởng" (in "Nguyễn Văn Huyện Tổng cục trưởng" it opens the title)."""
    j = i
    while j < len(toks) and _name_like(toks[j]) and (j == i or text[toks[j - 1].end : toks[j].start] == " "):
        j += 1
    if (
        j - i == 2
        and toks[i].text in _NAME_STARTS
        and j + 1 < len(toks)
        and toks[j].text in _NOT_NAME
        and toks[j].text[:1].isupper()
        and text[toks[j - 1].end : toks[j].start] == " "
        and toks[j + 1].text == ","
    ):
        j += 1
    return j - i


def _starts_with(toks: list[_Tok], i: int, run: int, lookup) -> bool:
    """Whether the run's first three, two or one words name what ``lookup`` finds.

    The words are listed once: asked 55,000 times, a generator nested in each join cost more than
    the cached look-ups themselves.
    """
    words = [t.text for t in toks[i : i + min(run, 3)]]
    return any(size <= run and lookup(" ".join(words[:size])) is not None for size in (3, 2, 1))


@lru_cache(maxsize=65536)
def _province(name: str):
    return province_by_name(name)


def _name_at(toks: list[_Tok], i: int, text: str, need_surname: bool) -> int:
    """Length of a person name starting at token ``i`` (0 if none).

    Foreign names need no surname; Vietnamese ones after an organisation do ("Bộ Công Thương
    Trần Tuấn Anh"). A run that opens with a place ("Hà Giang Triệu Tài Vinh", "Nhật Bản Shinzo
    Abe") or follows a place word ("tỉnh Hòa Bình") is no name.
    """
    run = _run_length(toks, i, text)
    if not run or (i > 0 and toks[i - 1].text in _PLACE_WORDS):
        return 0
    if i > 1 and toks[i - 2].text in _PLACE_WORDS and _name_like(toks[i - 1]):
        return 0  # "huyện Ia Grai", "xã Ea Tu": the second word of a place name, not a foreign name
    for size in (1, 2):
        if size <= i:
            words = " ".join([t.text for t in toks[i - size : i + 1]])
            if _province(words) or _country(words):
                return 0  # "tỉnh Bắc Ninh Nguyễn ...", "Tổng thống Burkina Faso X": the word ends a place
    if _starts_with(toks, i, run, _country):
        return 0
    # "Ram Kovind": a foreign name may open with a word that could be a Vietnamese syllable
    opens_foreign = run >= 2 and _is_foreign(toks[i + 1].text) and toks[i].text not in _NAME_STARTS
    if _is_foreign(toks[i].text) or (opens_foreign and (i == 0 or not _name_like(toks[i - 1]))):
        if run >= 3 and toks[i + 1].text in _NAME_STARTS and not _is_foreign(toks[i + 2].text):
            return 0  # "Giám đốc Startour Trương Quốc Hùng": a brand, then a Vietnamese name
        if f"({toks[i].text})" in text:
            return 0  # "Tổng Thư ký Interpol Jurgen Stock": the body's short name, "(Interpol)" elsewhere
        return min(run, 4)
    if run < 2 or run > 4 or (need_surname and toks[i].text not in _NAME_STARTS):
        return 0
    if _starts_with(toks, i, run if run <= 3 else run - 2, _province):
        return 0  # "Bí thư Hà Nội", "Hà Giang Triệu Tài Vinh": a province is not a name's start
    return run


@lru_cache(maxsize=65536)
def _country(name: str):
    place = country_like(name)
    return place if place is not None and place.level == "country" else None


@dataclass(slots=True)
class _Found:
    name: str
    start: int
    end: int
    titles: list[str]  # the chain, as written, in order
    partial: bool = False


_PUNCT = frozenset(',;:.()"“”!?[]…')


#: The body's short name in brackets between a title and the name: "Chủ tịch Ủy ban T.Ư Mặt trận Tổ quốc
#: Việt Nam (UB T.Ư MTTQ VN) Nguyễn Thiện Nhân".
_SHORT_NAME = rf"\((?:[{CAPITALS}][{CAPITALS}0-9.&-]*\s?){{1,5}}\)"
_SHORT_NAME_BRACKET = re.compile(rf"{_SHORT_NAME}\s*")
#: A short name in brackets inside a title, which the title does not keep.
_INNER_SHORT_NAME = re.compile(rf"\s*{_SHORT_NAME}(?=\s+\S)")


def _title_then_name(text: str, head: re.Match[str]) -> tuple[int, int, int, bool] | None:
    """(title end, name start, name end, partial) when a name follows this title and its complement.

    The complement may hold capitalised words and the lowercase words of organisation names;
    any other word, a punctuation mark or another title ends the search.
    """
    toks = _tokens(text, head.end(), limit=20)  # a long body with its short name: "(UBTW MTTQ)"
    ministry_end = 0
    title_end = head.end()
    for i, tok in enumerate(toks):
        if tok.start < ministry_end:
            continue
        if (ministry := _ministry_at(text, tok)) is not None:
            ministry_end = ministry  # "Bộ Văn hóa, Thể thao và Du lịch": its comma ends nothing
            title_end = ministry
            continue
        if tok.text == "(" and i > 0 and (short := _SHORT_NAME_BRACKET.match(text, tok.start)) is not None:
            named = _name_after_short_name(text, title_end, short.end())
            goes_on = _TOKEN.match(text, short.end())
            if (
                named is not None
                or goes_on is None
                or not (goes_on.group()[:1].isupper() or goes_on.group() in _ORG_WORDS)
            ):
                return named
            ministry_end = short.end()  # "Ủy ban Trung ương MTTQ (UBTW MTTQ) Việt Nam Nguyễn Thiện Nhân"
            continue
        if tok.text in _PUNCT or (i > 0 and _HEAD.match(text, tok.start)) or tok.text in _STARTERS:
            return None
        if tok.text in _FOREIGN_HONORIFICS:
            continue  # "Thủ tướng Campuchia Samdech Techo Hun Sen": neither title nor name
        if _name_like(tok):
            honoured = i > 0 and toks[i - 1].text in _FOREIGN_HONORIFICS
            size = _name_at(toks, i, text, need_surname=not (honoured or _after_country(toks, i)))
            if size:
                return title_end, tok.start, toks[i + size - 1].end, False
            after = toks[1].text if len(toks) > 1 else "."
            if i == 0 and _run_length(toks, 0, text) == 1 and after[:1].islower() and after not in _ORG_WORDS:
                return title_end, tok.start, tok.end, True  # "Thủ tướng Phúc nói"
            title_end = tok.end
            continue
        if not (tok.text[:1].isupper() or tok.text in _ORG_WORDS):
            return None
        title_end = tok.end
    return None


def _name_after_short_name(text: str, title_end: int, after: int) -> tuple[int, int, int, bool] | None:
    """The name right after a title's bracketed short name, which the title does not keep."""
    toks = _tokens(text, after, limit=6)
    if not toks or not _name_like(toks[0]) or not (size := _name_at(toks, 0, text, need_surname=True)):
        return None
    return title_end, toks[0].start, toks[size - 1].end, False


def _ministry_at(text: str, tok: _Tok) -> int | None:
    """End of a ministry's full name opening at this token ("Bộ Thông tin và Truyền thông")."""
    if tok.text != "Bộ":
        return None
    found = _MINISTRY.match(text, tok.start)
    return found.end() if found is not None and found.group(0) != "Bộ" else None


def _after_country(toks: list[_Tok], i: int) -> bool:
    """Whether tokens just before ``i`` name a foreign country ("Chủ tịch Trung Quốc Tập Cận Bình")."""
    return any(
        (place := _country(" ".join(t.text for t in toks[i - size : i]))) is not None
        and place.name != "Việt Nam"
        for size in (1, 2, 3)
        if size <= i
    )


def _bare_title_end(text: str, head: re.Match[str]) -> int:
    """End of a title written without a name: the head and its organisation complement."""
    end = head.end()
    depth = 0
    for tok in _tokens(text, head.end(), limit=14):
        if tok.start < end:
            continue
        if depth == 0 and (ministry := _ministry_at(text, tok)) is not None:
            end = ministry
            continue
        if tok.text == "(" and depth == 0:
            depth = 1
        elif tok.text == ")" and depth == 1:
            depth = 0
        elif depth == 0 and (
            _HEAD.match(text, tok.start)
            or tok.text in _PUNCT
            or tok.text in _STARTERS
            or not (tok.text[:1].isupper() or tok.text in _ORG_WORDS)
        ):
            break
        end = tok.end
    return end


def _chain_before(text: str, heads: list[re.Match[str]], k: int, owned: set[int]) -> list[str]:
    """Titles written before head ``k`` and separated from it by commas: "Ủy viên Bộ Chính trị, ..."."""
    chain: list[str] = []
    while k > 0 and k - 1 not in owned:
        prev = heads[k - 1]
        gap = text[prev.end() : heads[k].start()]
        m = _GAP_END.search(gap) if len(gap) <= 90 else None
        if m is None or _HARD_PUNCT.search(gap):
            break
        chain.insert(0, text[prev.start() : prev.end() + m.start()])
        k -= 1
    return chain


def _chain_after(text: str, pos: int, free_heads: dict[int, re.Match[str]], used: set[int]) -> list[str]:
    """Titles in apposition after a name: ", Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ"."""
    chain: list[str] = []
    while (sep := _SEPARATOR.match(text, pos)) is not None and sep.end() in free_heads:
        head = free_heads[sep.end()]
        used.add(head.start())
        pos = _bare_title_end(text, head)
        chain.append(text[head.start() : pos])
    return chain


def _title_before_honorific(
    text: str, start: int, free_heads: dict[int, re.Match[str]], used: set[int]
) -> list[str]:
    """ "Tổng Giám đốc Quỹ ... (gọi tắt là OFID), ông Suleiman ...": the title introducing the name."""
    comma = _COMMA_END.search(text, max(0, start - 200), start)
    if comma is None:
        return []
    end = comma.start()
    starts = sorted(free_heads)
    at = bisect.bisect_left(starts, end) - 1
    if at < 0 or starts[at] < start - 200 or _CLAUSE_PUNCT.search(text, starts[at], end) is not None:
        return []
    used.add(starts[at])
    return [text[starts[at] : end]]


#: A delegation named for its body, led by the title before the name: "Đoàn công tác của Bộ Y tế do
#: Thứ trưởng X", "Đoàn đại biểu Hạ viện Mỹ do Chủ tịch Hạ viện X dẫn đầu".
_DELEGATION_BODY = re.compile(
    r"(?<!\w)[Đđ]oàn(?: [a-zà-ỹđ]+){0,4}\s+(?:của\s+)?(?P<body>[A-ZĐ][^.;:,()]{2,70}?)\s+do\s+"
    r"(?:(?:ông|bà|đồng chí|ngài)\s+)?$"
)
#: Heads that hold an office only of a body named after them ("Chủ tịch nước" names its own).
_BODY_HEAD = re.compile(
    r"(?:Phó )?(?:Bộ trưởng|Thứ trưởng|Chủ tịch|Trưởng [Bb]an|Chủ nhiệm|Giám đốc|Tổng Giám đốc|"
    r"(?:Tổng )?[Cc]ục trưởng|Viện trưởng|Tổng Thư ký)"
)


def _with_body(text: str, head: re.Match[str], title_end: int) -> str:
    """The title before a name, completed by the body of the delegation he leads when the title says
    less of it: "Thứ trưởng" of "Đoàn ... của Bộ Y tế do Thứ trưởng X" is "Thứ trưởng Bộ Y tế", and
    "Chủ tịch Hạ viện" of "Đoàn đại biểu Hạ viện Mỹ do ..." is "Chủ tịch Hạ viện Mỹ"."""
    title = text[head.start() : title_end]
    if not _BODY_HEAD.fullmatch(head.group(0)):
        return title
    found = _DELEGATION_BODY.search(text, max(0, head.start() - 120), head.start())
    if found is None:
        return title
    complement, body = title[head.end() - head.start() :].strip(), found.group("body")
    if body.startswith(complement) and len(body) > len(complement):
        return f"{head.group(0)} {body}"
    return title


def _find_raw(text: str) -> tuple[list[_Found], list[re.Match[str]]]:
    """Names with their title chains, and the titles left without a name (written alone)."""
    heads = _heads(text)
    found: list[_Found] = []
    owned: set[int] = set()
    for k, head in enumerate(heads):
        hit = _title_then_name(text, head)
        if hit is None:
            continue
        title_end, start, end, partial = hit
        chain = [*_chain_before(text, heads, k, owned), _with_body(text, head, title_end)]
        if _FORMER.search(text, max(0, head.start() - 10), head.start()):
            chain = ["nguyên " + title for title in chain]  # "Cựu Chủ tịch nước": no longer in office
        if not partial:
            owned.update(range(k - len(chain) + 1, k + 1))
        found.append(_Found(text[start:end], start, end, chain, partial=partial))
    free_heads = {h.start(): h for k, h in enumerate(heads) if k not in owned}
    used: set[int] = set()
    covered = {f.start for f in found}
    for m in _honorifics(text):
        toks = _tokens(text, m.end(), limit=6)
        if not toks or toks[0].start in covered:
            continue
        size = _name_at(toks, 0, text, need_surname=False)
        partial = not size or (
            toks[0].text not in _NAME_STARTS and not any(_is_foreign(t.text) for t in toks[:size])
        )
        size = size or min(_run_length(toks, 0, text), 2)
        if size:
            start, end = toks[0].start, toks[size - 1].end
            titles = [] if partial else _title_before_honorific(text, m.start(), free_heads, used)
            found.append(_Found(text[start:end], start, end, titles, partial=partial))
    for f in found:
        if not f.partial:
            f.titles.extend(_chain_after(text, f.end, free_heads, used))
    return found, [h for start, h in free_heads.items() if start not in used]


# --- mentions ----------------------------------------------------------------------------------


def main_title(titles: list[str]) -> TitleInfo | None:
    """The title a chain is reported under: the highest office, memberships only when no office."""
    infos = [title_info(t) for t in titles]
    if not infos:
        return None
    if infos[-1].level == "foreign" and _abroad_office(titles[-1]):
        # "Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình": the country closing the chain makes every
        # office in it foreign, the Party's first
        infos = [info for info in infos if info.level == "foreign"]
    # Ties go to the later title, the more specific one: "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc".
    # A Central Committee seat or a military rank yields to any office, even a provincial one.
    _, best = min(
        enumerate(infos),
        key=lambda item: (
            item[1].level == "other",
            _MEMBERSHIP <= item[1].rank < _LOCAL,
            item[1].rank,
            -item[0],
        ),
    )
    return best


#: Countries whose names are no common Vietnamese word: their leaders' names are often written in
#: Sino-Vietnamese ("Phó Chủ tịch Quân ủy Trung ương Trung Quốc Phạm Trường Long"), with a Vietnamese
#: surname, while "Pháp", "Anh", "Đức" or "Nam" in a title are mostly words ("Trưởng ban Pháp chế").
_UNAMBIGUOUS_COUNTRY = (
    "Trung Quốc",
    "TQ",
    "Hàn Quốc",
    "Triều Tiên",
    "Đài Loan",
    "Nhật Bản",
    "Lào",
    "Campuchia",
)


def _abroad_office(title: str) -> bool:
    """A foreign office held abroad: not "Đại sứ Việt Nam tại Trung Quốc"."""
    return " tại " not in title and "Việt Nam" not in title


def _named_abroad(title: str) -> bool:
    """A title that ends with an unambiguous foreign country and holds no Vietnamese complement."""
    return title.endswith(_UNAMBIGUOUS_COUNTRY) and _abroad_office(title)


#: A company's board or management in a title: the single word after it names the company.
_BOARD = re.compile(r"HĐQT|Hội đồng [Qq]uản trị|Giám đốc|Công ty|Tập đoàn")


def person_level(name: str, titles: list[str]) -> str:
    """national if any title is a national office, else foreign, local or other (in that order).

    A Latin-script name with any title is a foreign guest ("Tổng Giám đốc Suleiman ...").
    """
    levels = {title_info(t).level for t in titles}
    first = name.split()[0]
    if titles and _is_foreign(first):
        if first == name and all(map(_BOARD.search, titles)):
            return "other"  # "Chủ tịch HĐQT Vinaconex": one Latin word after a board is the company
        return "foreign"  # a Latin-script name holds no Vietnamese office: "Thủ tướng Abe"
    if any(map(_named_abroad, titles)):
        return "foreign"  # an office of China's or Laos' holds no Vietnamese one: a host's title ran on
    elif (
        first in _NAME_STARTS
        and "national" not in levels
        and not any(_FOREIGN_ONLY.match(t) or _named_abroad(t) for t in titles)
    ):
        levels.discard("foreign")  # "Trưởng ban Pháp chế ...": a Vietnamese name, "Pháp" was a word
    if "local" in levels and min(title_info(t).rank for t in titles) >= _MEMBERSHIP:
        return "local"  # a provincial secretary who sits on the Central Committee acts locally
    for level in ("national", "foreign", "local"):
        if level in levels:
            return level
    return "other"


def find_people(doc: Document) -> list[Mention]:
    """Every mention of a person: titled names, honorific names, bare repeats, given names and titles alone.

    Each mention's ``key`` is the person's full name (canonical), ``title`` the canonical main
    title given at that mention (the chain's highest office; the full title when it is foreign or
    unknown), or None when none is given there.
    """
    text = doc.text
    raw, free_heads = _find_raw(text)
    _trim_run_ons(raw)
    surfaces: dict[str, set[str]] = {}
    for f in raw:
        if not f.partial:
            surfaces.setdefault(canonical_name(f.name), set()).add(f.name)
    misspelt = _misspellings(surfaces, Counter(canonical_name(f.name) for f in raw if not f.partial))
    for wrong, right in misspelt.items():
        surfaces[right] |= surfaces.pop(wrong)
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping spans already emitted
    starts = [s.start for s in doc.sentences]

    def emit(surface: str, key: str, start: int, end: int, title: str | None) -> None:
        at = bisect.bisect_left(taken, (start, end))
        if (at < len(taken) and taken[at][0] < end) or (at > 0 and taken[at - 1][1] > start):
            return
        taken.insert(at, (start, end))
        index = max(0, bisect.bisect_right(starts, start) - 1)
        mentions.append(Mention("person", surface, key, start, end, index, title=title))

    for f in sorted(raw, key=lambda f: f.partial):
        resolve = f.partial or " " not in f.name or _INITIAL.match(f.name) is not None
        key = _resolve_partial(f.name, surfaces) if resolve else None
        key = key or (None if f.partial else canonical_name(f.name))
        key = misspelt.get(key, key) if key is not None else None
        if key is not None:
            info = main_title(f.titles)
            emit(f.name, key, f.start, f.end, info.canonical if info else None)
    for key, names in surfaces.items():
        for name in names:
            for start in _occurrences(text, name):
                emit(name, key, start, start + len(name), None)
    _resolve_titles_alone(text, free_heads, mentions, emit)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _misspellings(surfaces: dict[str, set[str]], counts: Counter[str]) -> dict[str, str]:
    """Foreign names misspelt in the article, mapped to the spelling it uses more: "Esteban Lazo
    Henandez" -> "Esteban Lazo Hernandez", "Thoonglun Sisoulith" -> "Thongloun Sisoulith". Only a letter
    dropped or added, or the same letters reordered, in one long unaccented word counts; a changed letter
    or tone ("Hùng", "Hưng") makes another person."""
    misspelt = {}
    for first, second in combinations(surfaces, 2):
        words = first.split(), second.split()
        if len(words[0]) != len(words[1]):
            continue
        differ = [(a, b) for a, b in zip(*words, strict=True) if a != b]
        if len(differ) != 1:
            continue
        a, b = differ[0]
        if (
            min(len(a), len(b)) >= 5
            and (a + b).isascii()
            and (
                (abs(len(a) - len(b)) == 1 and Levenshtein.distance(a, b) == 1)
                or sorted(a.lower()) == sorted(b.lower())
            )
        ):
            wrong, right = (first, second) if counts[first] < counts[second] else (second, first)
            misspelt[wrong] = right
    return misspelt


def _trim_run_ons(raw: list[_Found]) -> None:
    """ "Thượng tướng Phạm Trường Long Cảnh giác ...": a headline runs the next capitalised word into a
    name. A four-syllable name whose first three are a name found elsewhere in the article is that name."""
    names = {f.name for f in raw if not f.partial and f.name.count(" ") == 2}
    for f in raw:
        if not f.partial and f.name.count(" ") == 3 and (short := f.name.rsplit(" ", 1)[0]) in names:
            f.name, f.end = short, f.start + len(short)


def _occurrences(text: str, name: str) -> list[int]:
    """Starts of ``name`` as whole words (plain ``find``: no regex to compile per name)."""
    found, at = [], text.find(name)
    while at >= 0:
        end = at + len(name)
        if _at_word_start(text, at) and (end == len(text) or not text[end].isalnum()):
            found.append(at)
        at = text.find(name, end)
    return found


def _resolve_partial(name: str, surfaces: dict[str, set[str]]) -> str | None:
    """ "ông Trọng", "ông Kim Cự" -> the one full name ending with those syllables; "D.Hastert" -> the
    one ending with "Hastert" whose word before it starts with "D"."""
    initial = _INITIAL.match(name)
    suffix = " " + canonical_name(name[initial.end() :] if initial else name)
    keys = [key for key in surfaces if key.endswith(suffix)]
    if initial is not None:
        keys = [key for key in keys if key[: -len(suffix)].rsplit(" ", 1)[-1].startswith(name[0])]
    return keys[0] if len(keys) == 1 else None


def _resolve_titles_alone(text: str, heads: list[re.Match[str]], mentions: list[Mention], emit) -> None:
    """ "Tổng Bí thư nhấn mạnh" -> the person last given that title (else the first given it later)."""
    holders: dict[str, list[tuple[int, str]]] = {}
    for m in mentions:
        if m.title:
            holders.setdefault(m.title, []).append((m.start, m.key))
    if not holders:
        return
    # A holder's canonical title starts with the words of the head that names it: other heads
    # ("Chủ tịch UBND" when only a minister is titled) are skipped before their title is read.
    given = {title.lower() for title in holders}
    for head in heads:
        named = head.group(0).lower()
        if not any(title.startswith(named) for title in given) or _RANK_OF.search(
            text, max(0, head.start() - 12), head.start()
        ):
            continue
        end = _bare_title_end(text, head)
        info = title_info(text[head.start() : end])
        if info.level not in ("national", "foreign") or info.rank >= 20 or _CHAIN_GOES_ON.match(text, end):
            continue  # "Tổng Bí thư, Chủ tịch TQ Tập Cận Bình": a chain for a name not recognised
        candidates = holders.get(info.canonical) or [
            item
            for title, items in holders.items()
            if title.startswith(info.canonical + " ") and title_info(title).level == info.level
            for item in items
        ]
        if not candidates:
            candidates = _sole_holder_of_less(holders, info.canonical)
        if not candidates:
            continue
        before = [item for item in candidates if item[0] < head.start()]
        _, key = before[-1] if before else candidates[0]
        emit(head.group(0), key, head.start(), head.end(), info.canonical)


def _sole_holder_of_less(holders: dict[str, list[tuple[int, str]]], title: str) -> list[tuple[int, str]]:
    """The one person given a bare form of ``title`` that it completes with a ministry or a country:
    "Thứ trưởng Trịnh Thị Thủy ... Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch khẳng định" tells which
    ministry her title was of, the headline "Tổng thống Tanzania kết thúc chuyến thăm" whose President
    "Tổng thống Benjamin Mkapa" is. With two such people the fuller title could be either's, and is
    left to neither; other words after a title alone may run on into the next sentence, and a country
    completes only an office that is foreign by itself ("Giám đốc Pháp chế" is no French director)."""
    ministry = title == _ministry_title(title)
    country = foreign_country(title)
    held = [
        t
        for t in holders
        if title.startswith(t + " ")
        and (ministry or (title_info(t).level == "foreign" and title == f"{t} {country}"))
    ]
    items = [item for t in held for item in holders[t]]
    return items if len({key for _, key in items}) == 1 else []
