"""Split cleaned article text into sentences with exact character offsets.

Every later step attaches its findings to a sentence and cites the evidence by offset, so the
splitter never rewrites text: it only chooses boundaries, and ``text[s.start:s.end] == s.text``.
Vietnamese news is full of full stops that do not end a sentence ("TP. HCM", "PGS.TS. Lê A",
"Phan Văn Q. (9 tuổi)", "v.v."), and of short quoted phrases with their own punctuation; a
wrong split there cuts a name or a title off its person, which costs more than a missed split.
"""

from __future__ import annotations

import re

from orchestration.extraction.cleaning import ABBREVIATIONS, LOWER, UPPER
from orchestration.extraction.model import Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
# A run of terminal punctuation, optional closing quotes/brackets, then whitespace and something
# that can open a sentence: a capital, a digit, an opening quote or bracket, a dash of dialogue.
# It starts with a plain character class so that the engine skips quickly to candidate positions.
_BOUNDARY = re.compile(rf"[.!?…][.!?…]*[\"”’»)\]]*(?=\s+(?:[\"“‘«(\[-]\s*)?[{UPPER}0-9])")
_INITIALS = re.compile(rf"^(?:[{UPPER}][{LOWER}]?\.)+[{UPPER}][{LOWER}]?$")
_NUMBERED_BY = ("quý", "khóa", "phần", "lần", "thứ")
_ROMAN = re.compile(r"[IVXLC]+")
_QUOTATION = re.compile(r'“[^“”\n]*”|«[^«»\n]*»|"[^"\n]*"')
_QUOTE_MARKS = ("“", "«", '"')
_MAX_QUOTE = 160  # a quoted phrase up to this length is never split inside


def _protected_quotes(paragraph: str) -> list[tuple[int, int]]:
    """Spans of short quotations, inside which a full stop does not end the sentence."""
    if not any(mark in paragraph for mark in _QUOTE_MARKS):
        return []
    return [
        match.span() for match in _QUOTATION.finditer(paragraph) if match.end() - match.start() <= _MAX_QUOTE
    ]


def _ends_sentence(paragraph: str, match: re.Match[str], sentence_start: int) -> bool:
    """False where the stop belongs to an abbreviation, an initial, or a list number."""
    if paragraph[match.start()] != "." or paragraph.startswith("...", match.start()):
        return True
    token_start = max(paragraph.rfind(" ", sentence_start, match.start()) + 1, sentence_start)
    token = paragraph[token_start : match.start()].lstrip("(\"“'‘[")
    if not token or token.lower() in ABBREVIATIONS:
        return False
    if "." in token:
        return token.rsplit(".", 1)[-1].lower() not in ABBREVIATIONS and not _INITIALS.match(token)
    if token.isdigit() or _ROMAN.fullmatch(token):
        # "1. Nội dung", "II. Nhiệm vụ": a list marker alone is not a sentence.
        return any(ch.isalpha() for ch in paragraph[sentence_start:token_start])
    if len(token) == 1 and not token.isdigit():
        # An initial ("Nguyễn Văn A."), except a roman numeral after "quý I", "khóa X".
        return paragraph[sentence_start:token_start].rstrip().lower().endswith(_NUMBERED_BY)
    return True


def _split_paragraph(paragraph: str) -> list[tuple[int, int]]:
    protected = _protected_quotes(paragraph)
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end()
        if protected and any(q_start < match.start() and end < q_end for q_start, q_end in protected):
            continue
        if not _ends_sentence(paragraph, match, start):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(paragraph)))
    return spans


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` in order, indexed from 0, offsets into ``text``, whitespace trimmed.

    Every line is at least one sentence, so a headline without final punctuation stands alone.
    """
    sentences: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        base = paragraph.start()
        body = paragraph.group()
        for start, end in _split_paragraph(body):
            chunk = body[start:end]
            stripped = chunk.strip()
            if not stripped:
                continue
            offset = base + start + (len(chunk) - len(chunk.lstrip()))
            sentences.append(
                Sentence(index=len(sentences), start=offset, end=offset + len(stripped), text=stripped)
            )
    return tuple(sentences)
