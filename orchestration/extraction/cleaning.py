"""Turn a crawled article body into plain text that the extractors can trust.

Crawled Vietnamese news carries the page around the story: HTML entities, photo credits run into
the next sentence, outlet bylines, reporters' signatures, paragraphs glued together without a
space, and two spelling conventions for tone marks ("Hoà"/"Hòa"). Every later step (gazetteer
look-up, person names, sentence offsets) assumes one clean form, so all of that is settled here,
once. The output is paragraphs separated by one blank line, and ``clean_text`` is idempotent so
that text already stored in the warehouse can be cleaned again without moving any offset.

Caption *sentences* are kept on purpose: a caption such as "Thủ tướng làm việc với tỉnh sáng 23/6"
is often the only place that dates a visit. Only the credit ("Ảnh: Tên Tác Giả") and bare labels
("Ảnh minh họa") are removed; where a credit sat between two blocks a paragraph break replaces it.
"""

from __future__ import annotations

import html
import re
import unicodedata

_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
_BASE_LOWER = "abcdefghijklmnopqrstuvwxyzăâêôơưđ"
_BASE_VOWELS = "aăâeêioôơuưy"


def _letter_classes() -> tuple[str, str]:
    """Every lower- and upper-case letter of the Vietnamese alphabet (NFC), for regex classes."""
    lower = set(_BASE_LOWER)
    for vowel in _BASE_VOWELS:
        lower.update(unicodedata.normalize("NFC", vowel + mark) for mark in _TONE_MARKS)
    lower_chars = "".join(sorted(lower))
    return lower_chars, lower_chars.upper()


LOWER, UPPER = _letter_classes()
_LETTER = LOWER + UPPER

# --- characters -------------------------------------------------------------------------------

_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", re.DOTALL)
_BLOCK_TAG = re.compile(r"<(?:br|/p|/div|/li|/h\d|/tr)\s*/?>", re.IGNORECASE)
_SPACE_CHARS = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u000b\u000c]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile(f"{_SPACE_CHARS.pattern}|{_INVISIBLE.pattern}")
_NEWLINES = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\u0085": "\n"})


def _decode(raw: str) -> str:
    """NFC text with entities decoded and tags removed.

    Repeated until stable because some crawls escape twice ("&amp;quot;"); stopping early would
    leave entities that a second ``clean_text`` call decodes, breaking idempotence.
    """
    text = raw
    for _ in range(4):
        decoded = html.unescape(_TAG.sub("", _BLOCK_TAG.sub("\n", text)) if "<" in text else text)
        if decoded == text:
            break
        text = decoded
    if "\r" in text or any(ch in text for ch in "\u2028\u2029\u0085"):
        text = text.replace("\r\n", "\n").translate(_NEWLINES)
    if _ODD_SPACE.search(text):  # rare: one scan to find out beats two substitutions
        text = _INVISIBLE.sub("", _SPACE_CHARS.sub(" ", text))
    return unicodedata.normalize("NFC", text)


# --- tone-mark placement --------------------------------------------------------------------------


def _tone_moves() -> dict[str, str]:
    """Map "oà" -> "òa", "uỷ" -> "ủy" ... (both cases) for open syllables.

    The gazetteer and the scorer spell "Hòa", "Thủy", "ủy ban": in an open syllable with the
    glides oa/oe/uy the mark sits on the first vowel. With a final consonant ("hoàng", "huỳnh")
    both conventions agree, so only syllable-final pairs are rewritten (see ``_OLD_TONE``).
    """
    moves = {}
    for first, seconds in (("o", "ae"), ("u", "y")):
        for second in seconds:
            for mark in _TONE_MARKS:
                old = first + unicodedata.normalize("NFC", second + mark)
                new = unicodedata.normalize("NFC", first + mark) + second
                for variant in (str.lower, str.upper, str.capitalize):
                    moves[variant(old)] = variant(new)
    return moves


_TONE_MOVES = _tone_moves()
_OLD_TONE = re.compile(rf"[oOuU][{''.join(sorted({old[1] for old in _TONE_MOVES}))}](?![{_LETTER}])")


def _move_tone(match: re.Match[str]) -> str:
    # "qu" is an onset: in "quý", "quả" the mark already sits on the nucleus.
    old = match.group()
    start = match.start()
    if start and match.string[start - 1] in "qQ":
        return old
    return _TONE_MOVES.get(old, old)


def fix_tones(text: str) -> str:
    return _OLD_TONE.sub(_move_tone, text)


# --- glued text -------------------------------------------------------------------------------

# A sentence end glued to the next sentence: "tử vong.Đại tá". The word before the stop must hold
# a lower-case letter and not be an abbreviation, so "TP.HCM", "Tp.Cần Thơ", "ThS.Nguyễn" stay.
# Patterns below start with a plain character class so that the regex engine can skip ahead to
# candidate positions; a leading look-behind or group makes them several times slower.
_GLUED_STOP = re.compile(rf"[.!?…][.!?…]*[\"”’»)]?(?=[{UPPER}][{LOWER}])")
_BEFORE_GLUED_STOP = frozenset(_LETTER + "0123456789)]")
# Abbreviations and titles written with a full stop, lower-cased; shared with the sentence splitter.
ABBREVIATIONS = frozenset(
    {"tp", "tx", "tt", "q", "p", "h", "x", "ths", "th", "ts", "pgs", "gs", "bs", "ks", "ls", "ncs", "kts"}
    | {"mr", "mrs", "ms", "dr", "st", "nxb", "tr", "cty", "vs", "v.v", "vv"}
)
# A block boundary lost in the crawl shows as a lower-case letter followed by a capital inside one
# token ("Võ ThạnhKhoảng", "HuếTài"). Brand names (VinFast, VnExpress) are plain ASCII, so a split
# needs a Vietnamese letter on one side or a common sentence opener on the right.
# Words that open a sentence in news prose; they mark where a lost block boundary was.
_OPENERS = frozenset(
    {
        "Theo",
        "Trong",
        "Tại",
        "Với",
        "Về",
        "Đặc",
        "Ngoài",
        "Tuy",
        "Hiện",
        "Trước",
        "Sau",
        "Cũng",
        "Cụ",
        "Được",
        "Để",
        "Khi",
        "Nếu",
        "Do",
        "Vì",
        "Từ",
        "Bên",
        "Đến",
        "Năm",
        "Ngày",
        "Tháng",
        "Sáng",
        "Chiều",
        "Tối",
        "Trưa",
        "Đêm",
        "Hôm",
        "Thời",
        "Qua",
        "Nhằm",
        "Ngay",
        "Riêng",
        "Song",
        "Mặc",
        "Dù",
        "Bởi",
        "Nhờ",
        "Trên",
        "Tiếp",
        "Đồng",
        "Thêm",
        "Còn",
        "Đây",
        "Điều",
        "Các",
        "Những",
        "Nhiều",
        "Một",
        "Hai",
        "Ba",
        "Bốn",
        "Nhưng",
        "Tính",
        "Thực",
        "Lúc",
    }
)
_CAMEL = re.compile(rf"[{UPPER}](?<=[{LOWER}][{UPPER}])(?=[{LOWER}])")
# Punctuation with no space after it, or an opening bracket with none before it: "đây,ngày",
# "Dũ(TPHCM)để", and a list's items after a semicolon: "học tập;674 cộng đồng". Numbers ("1,5",
# "10:30") are left alone because a letter must follow the comma or colon.
_PUNCT_NO_SPACE = re.compile(rf"[,;:)(](?:(?<=[,;:)])(?=[{_LETTER}])|(?<=;)(?=\d)|(?<=[{_LETTER}]\())")
_LETTER_SET = frozenset(_LETTER)
# A number glued to the words around it: "đạt63,2 triệuđồng", "hơn 5.800tỷđồng".
_SCALES = "tỷ|tỉ|triệu|nghìn|ngàn"
_BEFORE_NUMBER = ("đạt", "hơn", "gần", "khoảng", "trên", "dưới")
_GLUED_NUMBER = re.compile(rf"(?:{'|'.join(_BEFORE_NUMBER)})(?=\d)|\d(?={_SCALES})|(?:{_SCALES})(?=đồng)")
_SCALE_WORD_AT = re.compile(rf"(?:{_SCALES})(?:đồng)?(?![{_LETTER}])")
_SPACE_BEFORE_COMMA = re.compile(r" +([,;])(?= )")


def _is_abbreviation(line: str, end: int) -> bool:
    """Whether the word ending at ``end`` (just before a full stop) is an abbreviation or initial."""
    token = line[line.rfind(" ", 0, end) + 1 : end].lstrip("(\"“'‘[")
    last = token.rsplit(".", 1)[-1].lower()
    return (
        len(token) < 2
        or not any(ch in LOWER or ch.isdigit() for ch in token)
        or token.lower() in ABBREVIATIONS
        or last in ABBREVIATIONS
        or token.lower().startswith(("http", "www"))
    )


def _unglue(line: str) -> str:
    """Put back the spaces and block breaks that the crawl lost between words and paragraphs."""
    if " ," in line or " ;" in line:
        line = _SPACE_BEFORE_COMMA.sub(r"\1", line)
    line = _GLUED_STOP.sub(_space_after_stop, line)
    line = _PUNCT_NO_SPACE.sub(_space_punct, line)
    line = _GLUED_NUMBER.sub(_space_number, line)
    return _split_camel(line)


def _space_number(match: re.Match[str]) -> str:
    """A space after a word glued to the number after it, or after a number or a scale word glued to
    the scale or the currency after it; "5tỉnh" and "Ngàn" in "Khe Ngàn" stay."""
    glued, text, start = match.group(), match.string, match.start()
    if glued[0].isdigit():
        return glued + " " if _SCALE_WORD_AT.match(text, match.end()) else glued
    if glued in _BEFORE_NUMBER and start and text[start - 1] in _LETTER_SET:
        return glued
    return glued + " "


def _space_after_stop(match: re.Match[str]) -> str:
    start = match.start()
    if not start or match.string[start - 1] not in _BEFORE_GLUED_STOP:
        return match.group()
    return match.group() if _is_abbreviation(match.string, start) else match.group() + " "


def _space_punct(match: re.Match[str]) -> str:
    mark = match.group()
    if mark == "(":
        return " ("
    before = match.string[match.start() - 1] if match.start() else " "
    return mark + " " if before in _LETTER_SET or before in ")]" or mark == ")" else mark


def _split_camel(line: str) -> str:
    pieces = []
    last = 0
    for match in _CAMEL.finditer(line):
        split = match.start()
        left = line[line.rfind(" ", 0, split) + 1 : split]
        right_end = line.find(" ", split)
        right = line[split : right_end if right_end >= 0 else len(line)]
        if len(left) < 2 or "." in left or "/" in left:
            continue
        vietnamese = not (left.isascii() and right.isascii())
        if vietnamese or right.rstrip(".,;:") in _OPENERS:
            pieces.append(line[last:split])
            last = split
    if not pieces:
        return line
    pieces.append(line[last:])
    return "\n".join(piece.strip() for piece in pieces)


# --- credits, captions labels, bylines --------------------------------------------------------

_LABELS = (
    "Ảnh và clip|Ảnh|ẢNH|Nguồn ảnh|Nguồn|NGUỒN|Video|VIDEO|Clip|Đồ họa|ĐỒ HỌA|Infographic|Photo|"
    "Tin và ảnh|Tin, ảnh|Tin-ảnh|Tin - ảnh|Bài và ảnh|Bài, ảnh"
)
_CREDIT_HINT = re.compile(
    r"Ảnh|ẢNH|Nguồn|NGUỒN|Video|VIDEO|Clip|Đồ họa|ĐỒ HỌA|Infographic|Photo|\(ảnh|\(nguồn|\[ảnh|\[nguồn"
    r"|Tin, ảnh|Tin-ảnh|Tin - ảnh|Tin và ảnh|Bài, ảnh|Bài và ảnh"
)
_SIGN_LABELS = ("Tin", "Bài", "Thực hiện", "Nhóm PV")
_BARE_LABELS = r"(?:minh\s+họa|tư\s+liệu|internet|Internet|TL|st|ST)\b\.?"
# Every branch starts with a literal so the regex engine can skip ahead quickly.
_CREDIT_LABEL = re.compile(
    rf"(?P<open>[(\[])\s*(?:(?:[Ảả]nh|[Nn]guồn|{_LABELS})\s*:"
    rf"|[Ảả]nh\s+(?:minh\s+họa|tư\s+liệu)\s*(?=[)\]]))"
    rf"|(?P<label>(?:{_LABELS})\s*:|(?P<sign>Tin|Bài|Thực hiện|Nhóm PV)\s*:"
    rf"|Ảnh\s+(?:minh\s+họa|tư\s+liệu|TL)\b\.?)"
    rf"\s*(?P<generic>{_BARE_LABELS})?"
)
_AGENCY_IN_PARENS = re.compile(rf"\([{UPPER}.+]{{2,}}\)")
_CONNECTOR = re.compile(r"[-–—&]|và")
_AGENCY_AFTER_SLASH = re.compile(rf"/(?:[{UPPER}0-9.]{{2,}}|[\w.-]+\.(?:vn|com|net|org))$")
_DOMAIN = re.compile(r"^[\w.-]+\.(?:vn|com|net|org|gov|info)(?:\.vn)?$", re.IGNORECASE)
# Capitalised words that open a caption ("Phó Thủ tướng ...") and never occur in a reporter's name.
_TITLE_WORDS = frozenset(
    {"Phó", "Tổng", "Thủ", "Chủ", "Bộ", "Ông", "Bà", "Các", "Những", "Lãnh", "Nhiều", "Cục", "Sở", "Ủy"}
    | {"UBND", "Người", "Lực"}
)
_MAX_CREDIT_TOKENS = 5
_CREDIT_TOKEN = re.compile(r"(\s*)(\S+)")
_CREDIT_WINDOW = 200
_MAX_PAREN_CREDIT = 160


def _starts_lower(token: str) -> bool:
    return bool(token) and token[0] in LOWER


def _credit_end(line: str, pos: int) -> int:
    """End of the credit (author or agency names) starting at ``pos``.

    Names are runs of capitalised syllables, initials (H.H.) or agencies (TTXVN, VGP/Lê Anh,
    chinhphu.vn). The credit ends at a full stop, a quote, a digit, a double space or a line end,
    and before a capitalised word followed by a lower-case one: Vietnamese names capitalise every
    syllable, so "Dự buổi" or "Đại tá" opens the next sentence, not the credit.
    """
    tokens = list(_CREDIT_TOKEN.finditer(line, pos, pos + _CREDIT_WINDOW))
    end = pos
    count = 0
    for i, match in enumerate(tokens):
        space, token = match.group(1), match.group(2)
        if count and (len(space) >= 2 or "\n" in space):
            break
        core = token.rstrip(".,;:)")
        following = tokens[i + 1].group(2) if i + 1 < len(tokens) else ""
        if not count and core == "báo" and following[:1] in UPPER:
            end, count = match.end(), 1  # an outlet: "Ảnh: báo Yên Bái"
            continue
        if _AGENCY_IN_PARENS.fullmatch(token.rstrip(".,;")) and count:
            end = match.end()
            break
        if not core or core[0] in "\"“'‘«(" or core[0].isdigit():
            break
        if _CONNECTOR.fullmatch(core):
            if following and following[0] in UPPER and count:
                continue
            break
        if _DOMAIN.match(core):
            end = match.end(2) - (len(token) - len(core))
            count += 1
            if core != token:
                end = match.end()
                break
            continue
        if _starts_lower(core) or (_starts_lower(following) and not _CONNECTOR.fullmatch(following)):
            break
        if core in _TITLE_WORDS or (core in _OPENERS and (count >= 2 or following[:1].isdigit())):
            break
        end = match.end()
        count += 1
        if core != token or _AGENCY_AFTER_SLASH.search(core) or count >= _MAX_CREDIT_TOKENS:
            break
    if end > pos and line[end - 1] == ")" and "(" not in line[pos:end]:
        end -= 1
    return end


def _credit_labels(line: str) -> list[re.Match[str]]:
    """Credit labels that start the line or follow a space or an opening bracket.

    Candidates come from a literal search, and the full pattern is only tried there: run over the
    whole text, the full pattern costs more than every other cleaning step together.
    """
    labels = []
    if line.startswith(_SIGN_LABELS):
        match = _CREDIT_LABEL.match(line)
        if match and match.group("sign"):
            labels.append(match)
    for hint in _CREDIT_HINT.finditer(line):
        start = hint.start()
        if start and line[start - 1].isalnum():
            continue
        if start and line[start - 1] in "([":
            start -= 1
        match = _CREDIT_LABEL.match(line, start)
        if match and not match.group("sign"):
            labels.append(match)
    return labels


def _strip_credits(line: str) -> str:
    """Remove photo/video/source credits; a credit between two blocks becomes a line break."""
    out = []
    last = 0
    for match in _credit_labels(line):
        start = match.start()
        if start < last:
            continue
        if match.group("open"):
            close = line.find(")" if match.group("open") == "(" else "]", match.end())
            if 0 <= close - match.end() <= _MAX_PAREN_CREDIT:
                end = close + 1
            else:
                end = _credit_end(line, match.end())
        elif match.group("generic") or not match.group("label").endswith(":"):
            end = match.end()
        else:
            end = _credit_end(line, match.end())
        head = line[last:start].rstrip()
        if not match.group("open"):
            head = head.rstrip("-–—").rstrip()
        out.append(head)
        while not match.group("open") and end < len(line) and line[end] in ".)]":
            end += 1
        if match.group("open"):
            rest = line[end:]
        else:
            rest = line[end:].lstrip(" -–—.,;")
            if rest:
                out.append("\n")
        last = len(line) - len(rest)
    if not out:
        return line
    out.append(line[last:])
    return "".join(out)


_OUTLET_IN_PARENS = re.compile(
    rf"\(\s*(?:[{UPPER}&]{{2,6}}O?|[\w.]+\.(?:vn|com|net)|Dân trí|Dân Trí|Baonghean|ICTPress|PLO|"
    rf"Chinhphu\.vn|VnExpress|Vietnam\+)\s*\)\s*[-–—]+\s*(?=[\"“{UPPER}])"
)
_LEADING_DATELINE = re.compile(
    rf"^(?:[{UPPER}][{UPPER}0-9&.]*(?:\s[{UPPER}][{UPPER}0-9&.]*){{0,3}})\s*[-–—]+\s+"
    rf"(?=[\"“]|[{UPPER}][{LOWER}])"
)


def _strip_bylines(line: str) -> str:
    """Drop outlet bylines "(NLĐ)-", "TPO -" and capitalised datelines "HÀ NỘI -".

    An outlet tag in parentheses may sit after the headline on the same line (old crawls put the
    title, the tag and the lead on one line), so it becomes a line break; a capitalised dateline
    only counts at the start of a line.
    """
    line = _OUTLET_IN_PARENS.sub("\n", line)
    if "\n" not in line:
        return _LEADING_DATELINE.sub("", line, count=1)
    return "\n".join(_LEADING_DATELINE.sub("", part.strip(), count=1) for part in line.split("\n"))


# --- sub-headings glued to the next paragraph ----------------------------------------------------

# An opener that cannot be the second half of a name or a title, with the word it needs after it.
_SUBHEADING_OPENERS = {
    "Theo": "báo cáo|đó|ông|bà|Bộ|Sở|thống kê|kế hoạch|ghi nhận|quy định|số liệu|lãnh đạo|đánh giá|kết quả",
    "Trong": r"đó|năm|thời gian|những|các|giai đoạn|quý|tháng|\d",
    "Tại": "buổi|hội|lễ|cuộc|đây|phiên|kỳ",
    "Tham dự": "hội|buổi|lễ|cuộc",
    "Phát biểu": "tại|chỉ đạo|kết luận",
    "Cùng": "ngày|dự|đi|tham dự|theo|trong|tại",
    "Dự": "buổi|lễ|hội|cuộc",
    "Năm": r"\d{4}|nay|qua|ngoái",
    "Với": "mục tiêu|sự|việc|những|các",
    "Về": "phía|vấn đề|việc|công tác|lâu dài",
    "Để": "thực hiện|đạt|làm|đảm bảo|bảo đảm",
    "Nhìn": "về|lại|chung|vào|từ",
    "Nói": "về",
    "Chia sẻ": "với|về|tại",
    "Trả lời": "phỏng vấn|câu hỏi|báo chí|phóng viên|chất vấn",
    "Báo cáo": "tại|với",
    "Thời gian": "qua|tới",
    "Trước": "tình hình|thực trạng",
    **dict.fromkeys(
        ("Ngày", "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Tháng", "Từ"), r"\d|nay|qua|cùng|mai|đầu"
    ),
    **dict.fromkeys(
        ("Đặc biệt,", "Ngoài ra,", "Tuy nhiên,", "Bên cạnh đó", "Hiện nay,", "Hiện tại,", "Trước đó,"),
        "",
    ),
    **dict.fromkeys(("Sau đó,", "Cụ thể,", "Được biết,", "Đồng thời,"), ""),
}
# An opener that cannot be the second half of a name or a title, with the word it needs after it;
# each branch starts with a literal so the engine skips quickly to candidate positions.
_SUBHEADING_BREAK = re.compile(
    "|".join(
        f"{opener} (?:{followers})(?![{_LETTER}])" if followers else opener
        for opener, followers in _SUBHEADING_OPENERS.items()
    )
)
_HEADING_END = frozenset(LOWER + '0123456789%)”"')
#: A comma of prose, not the decimal comma of "GDP 6,7%": a heading has none.
_PROSE_COMMA = re.compile(r",(?!\d)")
_HEADING_MAX_WORDS = 25


def _break_subheadings(line: str) -> str:
    """Split "Xếp thứ 2 về chỉ số Xanh Theo báo cáo, ..." before the opener when what precedes it
    since the last sentence end is short and has no punctuation of its own: a heading, not prose.
    """
    out = []
    last = 0
    for match in _SUBHEADING_BREAK.finditer(line):
        start = match.start()
        gap = start
        while gap and line[gap - 1] == " ":
            gap -= 1
        if gap == start or not gap or line[gap - 1] not in _HEADING_END:
            continue
        segment_start = max(line.rfind(stop, last, match.start()) for stop in (". ", "? ", "! ", "\n"))
        heading = line[max(segment_start + 2, last) : match.start()]
        if segment_start < 0 and last == 0:
            heading = line[: match.start()]
        if heading and not _PROSE_COMMA.search(heading) and len(heading.split()) <= _HEADING_MAX_WORDS:
            out.append(line[last:gap])
            out.append("\n")
            last = start
    if not out:
        return line
    out.append(line[last:])
    return "".join(out)


# --- whole lines that are boilerplate ------------------------------------------------------------

_BOILERPLATE_LINE = re.compile(
    r"^(?:>>|»|Xem thêm|Xem tiếp|Xem video|Xem clip|Tin liên quan|Bài liên quan|Đọc thêm|Video:|Clip:"
    r"|\(?Ảnh minh họa\)?\.?$|\(?Nguồn:)",
    re.IGNORECASE,
)
#: A digest's "read on" link closes one story, and the next story's headline follows on the same line
#: ("... tội phạm tăng cao?  (Xem tiếp)   Tai nạn đường sắt tăng cao: ..."): a paragraph break, so that
#: one story's years and places date and place nothing in the next.
_READ_ON = re.compile(r"\s*\((?:Xem|Đọc) tiếp\)\s*")
#: A label the crawl glued to a whole paragraph of the article ("XEM CLIP: Mưa lũ tỉnh Yên Bái Theo Ban
#: chỉ đạo ...", "» <link title> Nhân lễ kỷ niệm ..."): only the label goes, as the paragraph is prose,
#: with sentence ends a list of links or a clip's title does not have.
_SENTENCE_END = re.compile(rf"[.!?…][\"”]?\s+[{UPPER}]")
_PROSE_ENDS = 2
_SPACES = re.compile(r"  +")
_NAME_TOKEN = re.compile(
    rf"^(?:[{UPPER}][{_LETTER}.]*(?:/[{UPPER}][{UPPER}.-]*)?|[{UPPER}]\.[{UPPER}.]*|[-–—&/]"
    rf"|\(?[tT]/[hH]\)?|\([{UPPER}.]{{2,}}\)|\([Tt]ổng\s?hợp\))$"
)
_SIGN_OFF = re.compile(
    rf"^\(?(?:Theo|Nguồn:?)(?:\s[{UPPER}][^\s,]*){{1,4}}\)?\.?$|^\(?[Tt]ổng hợp\)?$"
    rf"|^(?:PV|P\.V|CTV|Nhóm (?:PV|phóng viên))\.?$"
    rf"|^[\w.-]+\.(?:vn|com|net|VN)$|^[{_LETTER}\s]{{1,30}}\((?:[tT]/[hH]|[tT]ổng hợp|TH)\)$"
)
_SIGNATURE_MAX_TOKENS = 7
_SIGNATURE_WINDOW = 80
_TRAILING_SIGNATURE = re.compile(
    rf"(?<=[.!?”\"…])\s+((?:[{UPPER}][^\s.!?()]*\.?\s?){{1,4}})"
    rf"(\s?\((?:[{UPPER}.]{{2,}}|[tT]/[hH]|[Tt]ổng hợp)\))?$"
)


def _is_signature(line: str) -> bool:
    """A reporter's or outlet's sign-off: a few capitalised words and no sentence punctuation."""
    if _SIGN_OFF.match(line):
        return True
    # maxsplit: the last line is often a whole paragraph, and one token too many already says no
    tokens = line.rstrip(".").split(maxsplit=_SIGNATURE_MAX_TOKENS)
    return 0 < len(tokens) <= _SIGNATURE_MAX_TOKENS and all(_NAME_TOKEN.match(t) for t in tokens)


def _drop_trailing_signature(lines: list[str]) -> list[str]:
    """Remove sign-off lines, and a sign-off run onto the last sentence ("... ý kiến. Văn Vĩnh")."""
    while lines:
        if len(lines) > 1 and _is_signature(lines[-1]):
            lines.pop()
            continue
        match = _TRAILING_SIGNATURE.search(lines[-1], max(0, len(lines[-1]) - _SIGNATURE_WINDOW))
        if not match or len(lines[-1]) <= len(match.group(1)) + 40:
            break
        tokens = match.group(1).split()
        if not (2 <= len(tokens) <= 4 and all(_NAME_TOKEN.match(t.rstrip(".")) for t in tokens)):
            break
        lines[-1] = lines[-1][: match.start()].rstrip()
    return lines


#: A news site's footer run onto the article's end: "... rủi ro đáng tiếc nào xảy ra. <related headlines>
#: Tổng Biên tập: Nguyễn Tuấn Anh Giấy phép số ...". It closes the page, so all from the end of the
#: last sentence before it is page furniture; the headlines of related articles would otherwise tell
#: other articles' visits as this one's.
_SITE_FOOTER = re.compile(r"(?<!Phó )Tổng [Bb]iên tập\s*:")
_FOOTER_REACH = 3000
_STOP = re.compile(r"[.!?…][\"”)]?(?=\s)")


def _drop_site_footer(text: str) -> str:
    """The text up to the last sentence end before a site's footer, or all of it without one.

    A plain search for the footer's letters goes first: the pattern's lookbehind keeps the regex engine
    from skipping ahead, and few articles have a footer."""
    reach = max(0, len(text) - _FOOTER_REACH)
    if text.find("iên tập", reach) < 0:
        return text
    footer = _SITE_FOOTER.search(text, reach)
    if footer is None:
        return text
    stops = [stop.end() for stop in _STOP.finditer(text, 0, footer.start())]
    return text[: stops[-1] if stops else footer.start()]


def _dedupe_key(line: str) -> str:
    return line.rstrip(" .!?…:;,")


def clean_text(raw: str) -> str:
    """Clean a crawled article body: one convention of spelling, no page furniture.

    Returns paragraphs separated by one blank line; ``clean_text(clean_text(x)) == clean_text(x)``.
    """
    text = _drop_site_footer(_decode(raw))
    lines: list[str] = []
    seen: set[str] = set()
    for raw_line in text.split("\n"):
        line = raw_line.strip()
        if not line:
            continue
        if "tiếp)" in line:
            line = _READ_ON.sub("\n", line)
        line = _break_subheadings(_strip_bylines(_strip_credits(fix_tones(_unglue(line)))))
        for part in line.split("\n"):
            if "  " in part:
                part = _SPACES.sub(" ", part)
            part = part.strip(" -–—")
            if not any(ch.isalnum() for ch in part):
                continue
            label = _BOILERPLATE_LINE.match(part)
            if label is not None:
                if len(_SENTENCE_END.findall(part)) < _PROSE_ENDS:
                    continue
                part = part[label.end() :].lstrip(" :-–—»>")
            key = _dedupe_key(part)
            if key in seen:
                continue
            seen.add(key)
            lines.append(part)
    return "\n\n".join(_drop_trailing_signature(lines))
