"""Reading Vietnamese numerals: digit groups, number words and compound amounts.

Vietnamese writes "1.234,5" (dot for thousands, comma for decimals), but some outlets copy the
English "2.5 triệu". A single dot followed by exactly three digits is read as thousands ("23.667 m"
is twenty-three thousand metres in the annotators' reading), any other single dot as a decimal.
Number words ("hai mươi lăm", "ba trăm linh năm") and scale words ("566 tỷ 384 triệu", "60 ngàn tỷ",
"hai triệu rưỡi") are folded into one value, so the figure finder never does arithmetic itself.
"""

from __future__ import annotations

import re

DIGIT_WORDS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
# Words that only make sense after "mươi"/"mười" ("hai mươi mốt", "mười lăm"): alone they mean
# something else ("tư nhân", "lăm le").
_TAIL_DIGIT_WORDS = frozenset({"mốt", "tư", "lăm", "nhăm"})
SCALE_WORDS: dict[str, float] = {
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}
_CURRENCY_SUFFIXES = frozenset({"đồng", "đ", "vnđ", "vnd"})
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S")


def parse_digits(token: str) -> float | None:
    """Read one digit group such as "1.234,5", "6,95", "1.000" or "2.5"; None if it is not a number.

    Several dots that are not all three-digit groups ("7.2.2017") are a date, not a number.
    """
    if "." in token and "," in token:
        decimal, thousands = (",", ".") if token.rfind(",") > token.rfind(".") else (".", ",")
        whole, _, fraction = token.rpartition(decimal)
        groups = whole.split(thousands)
        if decimal in whole or any(len(group) != 3 for group in groups[1:]):
            return None
        return float("".join(groups) + "." + fraction)
    for separator in (".", ","):
        if separator in token:
            groups = token.split(separator)
            if len(groups) == 2 and (separator == "," or len(groups[1]) != 3):
                return float(groups[0] + "." + groups[1])
            if all(len(group) == 3 for group in groups[1:]):
                return float("".join(groups))
            return None
    return float(token)


def parse_number(text: str) -> float | None:
    """Value of an amount written in digits, words or both; None if ``text`` holds anything else.

    "1.234,5" -> 1234.5, "hai mươi lăm" -> 25, "566 tỷ 384 triệu đồng" -> 566384000000,
    "1 triệu 200 nghìn" -> 1200000, "60 ngàn tỷ" -> 6e13, "hai triệu rưỡi" -> 2500000,
    "hàng trăm" -> 100. A trailing "đồng" is tolerated so money amounts can be passed whole.
    """
    tokens = [token.lower() for token in _TOKEN_RE.findall(text)]
    while tokens and tokens[-1] in _CURRENCY_SUFFIXES:
        tokens.pop()
    if tokens and tokens[0] == "hàng":
        tokens.pop(0)
    if not tokens:
        return None
    total = 0.0  # completed parts at thousand scale and above
    group = 0.0  # the part below a thousand being read
    last_digit: int | None = None
    last_scale = 1.0
    previous = ""  # kind of the previous token: "", digits, digit, ten, tens, hundred, link, scale
    for token in tokens:
        if token[0].isdigit():
            if previous not in ("", "scale"):
                return None
            value = parse_digits(token)
            if value is None:
                return None
            group += value
            last_digit, previous = None, "digits"
        elif token in DIGIT_WORDS:
            if token in _TAIL_DIGIT_WORDS and previous not in ("ten", "tens"):
                return None
            if previous in ("digits", "digit"):
                return None
            last_digit = DIGIT_WORDS[token]
            group += last_digit
            previous = "digit"
        elif token == "mười":
            if previous in ("digits", "digit", "ten", "tens"):
                return None
            group += 10
            last_digit, previous = None, "ten"
        elif token == "mươi":
            if previous != "digit" or last_digit is None:
                return None
            group += last_digit * 9
            last_digit, previous = None, "tens"
        elif token in ("linh", "lẻ"):
            if previous != "hundred":
                return None
            previous = "link"
        elif token in ("trăm", "chục"):
            factor = 100.0 if token == "trăm" else 10.0
            group = (group or 1.0) * factor
            last_scale, previous = factor, "hundred"
        elif token in SCALE_WORDS:
            scale = SCALE_WORDS[token]
            if group == 0 and 0 < total < scale:
                total *= scale  # "ngàn tỷ": a thousand billion
            else:
                total += (group or 1.0) * scale
            group, last_scale, previous = 0.0, scale, "scale"
        elif token == "rưỡi":
            if previous not in ("scale", "hundred"):
                return None
            if last_scale >= 1000:
                total += last_scale / 2
            else:
                group += last_scale / 2
            previous = "link"
        else:
            return None
    if previous == "link" and tokens[-1] != "rưỡi":
        return None
    value = total + group
    rounded = round(value)
    if abs(value - rounded) <= 1e-9 * max(1.0, abs(value)):
        return float(rounded)
    return round(value, 9)
