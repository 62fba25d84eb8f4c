"""Read the articles folder into ``Article`` records, and every bad input into a ``Rejection``.

The folder is crawled data, so nothing in it is trusted: each input (a ``.txt`` file, or one line
of a ``.jsonl`` file) ends up as exactly one ``SourceRecord`` or one ``Rejection`` with a short
reason code, a human message and an excerpt, and no bad input ever stops the scan. Pure Python
(no Dagster) so the asset, the sensor, the CLI and the tests share one reader.

Decisions, and why:

* Order is deterministic: files in sorted relative-path order (subfolders are recursed), jsonl
  lines in file order. Every duplicate rule below means "the first one seen in that order wins".
* Hidden entries (names starting with ``.``: ``.DS_Store``, ``.git/``, editor swap files) are not
  inputs and are skipped silently; every other file is an input, so ``README.md`` or a ``.csv`` is
  quarantined as ``unsupported_file_type`` rather than vanishing. A folder that cannot be listed,
  or a broken symlink, is ``unreadable``. Sockets and FIFOs are never opened (that would block).
* ``.txt``: one article, id = file stem (NFC), no metadata. Over ``MAX_ARTICLE_BYTES`` it is
  ``too_large`` and is never read whole.
* ``.jsonl``: streamed line by line with a capped ``readline``, so a 50 MB file costs one line
  of memory and a single line over ``MAX_ARTICLE_BYTES`` is ``too_large`` without being held.
  Blank lines are not records and are skipped. Line numbers are 1-based physical lines.
* Encodings: UTF-8 with or without BOM, and UTF-16/UTF-32 with BOM, are decoded. Bytes that are
  not UTF-8 are tried as Windows-1258 and kept only when the result reads as Vietnamese (many
  Vietnamese letters and common words); cp1258 writes tone marks as combining characters, and all
  text is NFC-normalised so the same word always has the same code points. Anything else is
  ``undecodable`` (UTF-16 without a BOM included: guessing its byte order is not unambiguous).
  NUL bytes, control characters or a known binary signature (PDF, ZIP/DOCX, PNG...) make it
  ``binary_file``.
* HTML pages (a ``<html>``/``<body>``/``<head>`` tag or ``<!doctype html>``, or many HTML tags)
  are quarantined as ``html_page`` rather than stripped: telling the article from menus, related
  links and scripts is boilerplate removal, and a wrong guess would put navigation text in the
  warehouse. Stray entities or a few angle brackets (``&amp;``, ``<số tiền>``) are left to cleaning.
* Field types: an integer ``id`` is unambiguous and accepted as its decimal string; any other
  non-string id is ``bad_field_type``. A ``text`` that is not a string is ``bad_field_type``;
  absent, null or blank is ``missing_text``. Optional fields (``title``, ``url``, ``source``, dates)
  with a wrong type or an unparseable date are dropped, and the article is kept with a note in
  ``SourceRecord.warnings``: losing a headline is better than losing the article.
* Dates: ISO dates or datetimes (with or without offset, ``Z`` included) become the calendar date
  as written; a datetime is not converted to UTC, since a Vietnamese article stamped 23:30+07:00
  was published on that local day.
* Too short: fewer than ``MIN_WORDS`` words or ``MIN_CHARS`` characters. The shortest real news
  briefs in the corpus are two sentences (about 40 words, 200 characters) and are kept; records that
  are only a headline (8-15 words) carry nothing to extract and are quarantined.
* Listing pages (tag/topic/search pages stored as an article): a URL path of such a page
  (``/tag/``, ``/chu-de/``, ``/tim-kiem/``...), teasers joined by `` · `` bullets, or a text made
  almost entirely of short headline lines. Real articles with lists of names stay below the
  headline-line share used here (measured on the 5,947-article corpus: at most 74 %).
* Duplicates: a later record with an id already kept is ``duplicate_id_same_text`` when its text
  is the same (harmless but visible) and ``duplicate_id_conflict`` when it differs; a later record
  with the text of a kept article under another id is ``duplicate_text``, naming the kept id.
  "Same text" ignores whitespace. Only kept records claim an id or a text, so a rejected
  first copy never blocks a good later one. The registry holds one digest and one location per
  kept record, not texts.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from orchestration.extraction.model import Article

MAX_ARTICLE_BYTES = 5_000_000
MIN_WORDS = 20
MIN_CHARS = 100
EXCERPT_CHARS = 500

_SNIFF_BYTES = 8192
_ASCII_SPACE = b" \t\n\r\v\f"
_SKIP_CHUNK = 1 << 20
_TEXT_FIELDS = ("title", "url", "source")
_DATE_FIELDS = ("published_at", "retrieved_at")

# (BOM, codec): UTF-32 first, its little-endian BOM starts with UTF-16's.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BINARY_SIGNATURES = (
    b"%PDF",
    b"PK\x03\x04",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",  # legacy MS Office (.doc, .xls)
    b"Rar!",
    b"7z\xbc\xaf",
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")

_VIETNAMESE_LETTERS = frozenset("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
# Frequent Vietnamese words: a Western text decoded as cp1258 has none of them.
_COMMON_WORDS = "của và các là được người trong có cho với không này đã những một tại ngày năm đến về theo"
_VIETNAMESE_WORDS = frozenset(_COMMON_WORDS.split())
_WORD = re.compile(r"\w+")

_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<(?:html|head|body)[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:a|article|br|div|footer|form|h[1-6]|header|iframe|img|input|li|link|meta|nav|ol|p|script"
    r"|section|span|style|table|td|tr|ul)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_HTML_TAG_LIMIT = 10

_LISTING_URL = re.compile(r"/(?:tag|tags|chu-de|topic|topics|tim-kiem|search|su-kien)(?:/|\?|$)", re.I)
_TEASER_BULLET = " · "
_TEASER_BULLETS_PER_LINE = 3
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "»", ")")
_HEADLINE_WORDS = 15
_LISTING_MIN_LINES = 10
_LISTING_SHARE = 0.8

_RAW_ID = re.compile(r'"id"\s*:\s*(?:"((?:[^"\\]|\\.){1,200})"|(-?\d{1,30})\b)')


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One good article and where it came from."""

    article: Article
    source_file: str  # POSIX path relative to the scanned folder
    line_number: int | None  # 1-based for jsonl, None for txt
    content_hash: str  # sha256 of text, title, url, source and dates: changes when the article does
    encoding: str  # how the bytes were decoded: utf-8, utf-8-sig, utf-16, utf-32, cp1258
    file_size: int
    file_mtime_ns: int
    warnings: tuple[str, ...] = ()  # optional fields dropped for a bad type or value


@dataclass(frozen=True, slots=True)
class Rejection:
    """One bad input, kept aside with the reason, so nothing is lost silently."""

    source_file: str
    line_number: int | None
    article_id: str | None
    reason: str  # short machine code, e.g. invalid_json, too_short, duplicate_text
    detail: str  # message for a person: what is wrong and where
    content_hash: str | None  # the article's hash when one was built, else sha256 of the raw bytes
    raw_excerpt: str | None  # first EXCERPT_CHARS characters of the input, decoded with replacement


class _Bad(Exception):
    """Raised inside the reader when an input must be rejected; turned into a ``Rejection``."""

    def __init__(self, reason: str, detail: str, article: Article | None = None) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.article = article


@dataclass(frozen=True, slots=True)
class _Entry:
    """One candidate input found by the folder walk."""

    path: Path
    relative: str
    error: OSError | None = None  # set when the walk itself failed here (a folder that cannot be listed)


def scan_folder(folder: Path) -> Iterator[SourceRecord | Rejection]:
    """Yield one ``SourceRecord`` or ``Rejection`` per input in ``folder``, in a deterministic order.

    A missing ``folder`` raises ``FileNotFoundError``: that is a configuration error, not bad data.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"articles folder not found: {folder}")
    registry = _Registry()
    for entry in _list_entries(folder):
        for item in _read_entry(entry):
            yield registry.admit(item) if isinstance(item, SourceRecord) else item


def fingerprint_folder(folder: Path) -> str:
    """A cheap digest of the folder (names, sizes, mtimes, no content) for the sensor's cursor."""
    digest = hashlib.sha256()
    for entry in _list_entries(Path(folder)):
        try:
            info = entry.path.stat()
            size, mtime = info.st_size, info.st_mtime_ns
        except OSError:
            size = mtime = -1
        digest.update(f"{entry.relative}\0{size}\0{mtime}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


# --- the folder walk ---------------------------------------------------------------------------


def _list_entries(folder: Path) -> list[_Entry]:
    """Every non-hidden file under ``folder``, recursively, sorted by relative path parts."""
    found: list[tuple[tuple[str, ...], _Entry]] = []
    pending = [folder]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as listing:
                children = [child for child in listing if not child.name.startswith(".")]
        except OSError as error:
            parts = directory.relative_to(folder).parts
            found.append((parts, _Entry(directory, _display("/".join(parts)), error)))
            continue
        for child in children:
            path = Path(child.path)
            if child.is_dir(follow_symlinks=False):
                pending.append(path)
            else:
                parts = path.relative_to(folder).parts
                found.append((parts, _Entry(path, _display("/".join(parts)))))
    found.sort(key=lambda pair: pair[0])
    return [entry for _, entry in found]


def _display(name: str) -> str:
    """File names are bytes on Linux; undecodable ones become replacement characters for storage."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# --- one file ----------------------------------------------------------------------------------


def _read_entry(entry: _Entry) -> Iterator[SourceRecord | Rejection]:
    where = entry.relative
    if entry.error is not None:
        yield _reject(where, None, "unreadable", f"cannot list folder: {_os_message(entry.error)}")
        return
    try:
        info = entry.path.stat()
    except OSError as error:
        yield _reject(where, None, "unreadable", f"cannot stat file: {_os_message(error)}")
        return
    suffix = entry.path.suffix.lower()
    if not stat.S_ISREG(info.st_mode):
        yield _reject(
            where,
            None,
            "unsupported_file_type",
            "not a regular file (a link to a folder, a socket, FIFO or device)",
        )
    elif suffix == ".txt":
        yield _read_txt(entry, info)
    elif suffix == ".jsonl":
        yield from _read_jsonl(entry, info)
    else:
        excerpt = _safe_read(entry.path, EXCERPT_CHARS)
        kind = f"'{suffix}'" if suffix else "no extension"
        yield _reject(
            where,
            None,
            "unsupported_file_type",
            f"file type {kind} is not read: articles come as .txt (one article) or .jsonl (one a line)",
            raw=excerpt,
            whole=False,
        )


def _read_txt(entry: _Entry, info: os.stat_result) -> SourceRecord | Rejection:
    where = entry.relative
    article_id = _normalise(_display(entry.path.stem))
    if info.st_size > MAX_ARTICLE_BYTES:
        return _reject(
            where,
            None,
            "too_large",
            f"{info.st_size:,} bytes; one article may have at most {MAX_ARTICLE_BYTES:,}",
            article_id=article_id,
            raw=_safe_read(entry.path, EXCERPT_CHARS),
            whole=False,
        )
    try:
        with entry.path.open("rb") as stream:
            data = stream.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        return _reject(
            where, None, "unreadable", f"cannot read file: {_os_message(error)}", article_id=article_id
        )
    try:
        if not article_id:
            raise _Bad("missing_id", "the file name gives no id")
        if not data:
            raise _Bad("empty_file", "the file is empty (0 bytes)")
        if len(data) > MAX_ARTICLE_BYTES:
            raise _Bad("too_large", f"over {MAX_ARTICLE_BYTES:,} bytes (the file grew while being read)")
        text, encoding = _decode(data)
        if not text.strip():
            raise _Bad("whitespace_only", "the file holds only whitespace")
        article = Article(article_id=article_id, text=_normalise(text))
        _check_content(article)
    except _Bad as bad:
        return _reject(
            where, None, bad.reason, bad.detail, article_id=article_id, raw=data, article=bad.article
        )
    return _record(article, where, None, encoding, info, ())


def _read_jsonl(entry: _Entry, info: os.stat_result) -> Iterator[SourceRecord | Rejection]:
    where = entry.relative
    try:
        stream = entry.path.open("rb")
    except OSError as error:
        yield _reject(where, None, "unreadable", f"cannot open file: {_os_message(error)}")
        return
    with stream:
        try:
            head = stream.read(_SNIFF_BYTES)
        except OSError as error:
            yield _reject(where, None, "unreadable", f"cannot read file: {_os_message(error)}")
            return
        if not head:
            yield _reject(where, None, "empty_file", "the file is empty (0 bytes)")
            return
        stream.seek(0)
        readline, encoding = _line_reader(stream, head)
        if encoding == "utf-8" and _binary_reason(head):
            yield _reject(
                where, None, "binary_file", f"{_binary_reason(head)}; not JSON lines", raw=head, whole=False
            )
            return
        seen_any = False
        line_number = 0
        lines = _capped_lines(readline)
        while True:
            try:
                item = next(lines, None)
            except OSError as error:
                detail = f"read failed after line {line_number}: {_os_message(error)}"
                yield _reject(where, line_number + 1, "unreadable", detail)
                return
            if item is None:
                break
            line_number += 1
            line, length = item
            if length == 0:
                continue
            seen_any = True
            yield _read_line(line, length, where, line_number, encoding, info)
        if not seen_any:
            yield _reject(
                where, None, "whitespace_only", "the file holds only blank lines", raw=head, whole=False
            )


def _line_reader(stream: BinaryIO, head: bytes) -> tuple[Callable[[int], bytes], str]:
    """A ``readline(limit)`` giving UTF-8 bytes, whatever the BOM says the file is encoded in."""
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            text = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline="")
            return _transcoding_readline(text), codec
    if head.startswith(codecs.BOM_UTF8):
        stream.seek(len(codecs.BOM_UTF8))
        return stream.readline, "utf-8-sig"
    return stream.readline, "utf-8"


def _transcoding_readline(text: io.TextIOWrapper) -> Callable[[int], bytes]:
    def readline(limit: int) -> bytes:
        return text.readline(limit).encode("utf-8", "surrogatepass")

    return readline


def _capped_lines(readline: Callable[[int], bytes]) -> Iterator[tuple[bytes, int]]:
    """Yield ``(line, length)``: the line's bytes without the newline and its length, 0 for a blank
    line. A line over ``MAX_ARTICLE_BYTES`` is skipped in chunks and only its start is kept."""
    while True:
        line = readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        if len(line) <= MAX_ARTICLE_BYTES or line.endswith(b"\n"):
            line = line.rstrip(b"\r\n")
            yield line, len(line) if line.strip() else 0
            continue
        length = len(line)
        while rest := readline(_SKIP_CHUNK):
            length += len(rest.rstrip(b"\r\n"))
            if rest.endswith(b"\n"):
                break
        yield line[: EXCERPT_CHARS * 4], length


def _read_line(
    line: bytes, length: int, where: str, line_number: int, encoding: str, info: os.stat_result
) -> SourceRecord | Rejection:
    prefix = f"line {line_number}: "
    try:
        if length > MAX_ARTICLE_BYTES:
            raise _Bad("too_large", f"{length:,} bytes; one article may have at most {MAX_ARTICLE_BYTES:,}")
        text, line_encoding = _decode(line)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise _Bad("invalid_json", f"JSON error: {error.msg} at col {error.colno}") from None
        except RecursionError:
            raise _Bad("invalid_json", "JSON nested too deeply") from None
        if not isinstance(value, dict):
            raise _Bad("not_an_object", f"expected a JSON object, got {_json_type(value)}")
        article, warnings = article_from_json(value)
        _check_content(article)
    except _Bad as bad:
        return _reject(
            where,
            line_number,
            bad.reason,
            prefix + bad.detail,
            article_id=bad.article.article_id if bad.article else _raw_id(line),
            raw=line,
            whole=length <= MAX_ARTICLE_BYTES,
            article=bad.article,
        )
    if encoding == "utf-8" and line_encoding != "utf-8":
        encoding = line_encoding
    return _record(article, where, line_number, encoding, info, warnings)


# --- decoding ----------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str]:
    """Decode bytes when the encoding is unambiguous; raise ``_Bad`` otherwise."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as error:
                raise _Bad(
                    "undecodable", f"{codec} byte-order mark, but bad data at byte {error.start}"
                ) from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise _Bad(
                "undecodable", f"UTF-8 byte-order mark, but invalid UTF-8 at byte {error.start}"
            ) from None
    reason = _binary_reason(data[:_SNIFF_BYTES])
    if reason:
        if reason.startswith("NUL") and _looks_like_bomless_utf16(data[:_SNIFF_BYTES]):
            raise _Bad("undecodable", "looks like UTF-16 without a byte-order mark: byte order is a guess")
        raise _Bad("binary_file", reason)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_problem = f"invalid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        raise _Bad("undecodable", f"{utf8_problem}, and not Windows-1258 either") from None
    if _looks_vietnamese(text):
        return text, "cp1258"
    raise _Bad("undecodable", f"{utf8_problem}; as Windows-1258 it does not read as Vietnamese")


def _binary_reason(head: bytes) -> str | None:
    if head.startswith(_BINARY_SIGNATURES):
        return f"binary signature {head[:4]!r}"
    if b"\0" in head:
        return "NUL bytes: binary content"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls * 10 > len(head):
        return f"{controls} control bytes in the first {len(head)}: binary content"
    return None


def _looks_like_bomless_utf16(head: bytes) -> bool:
    """ASCII text in UTF-16 puts NUL in every other byte; binary data scatters them."""
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and (odd.count(0) * 2 > len(odd) or even.count(0) * 2 > len(even))


def _looks_vietnamese(text: str) -> bool:
    """True when most words carry Vietnamese letters and common Vietnamese words occur."""
    words = _WORD.findall(text[:20_000].lower())
    if len(words) < 5:
        return False
    marked = sum(1 for word in words if not _VIETNAMESE_LETTERS.isdisjoint(word))
    common = _VIETNAMESE_WORDS.intersection(words)
    return marked * 4 >= len(words) and len(common) >= 2


def _normalise(text: str) -> str:
    """NFC, Unix newlines, no BOM, no surrounding whitespace: one spelling for the same text."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff").strip()
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# --- fields ------------------------------------------------------------------------------------


def article_from_json(value: dict[str, Any]) -> tuple[Article, tuple[str, ...]]:
    raw_id = value.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int | None):
        raise _Bad("bad_field_type", f"id must be a string or an integer, got {_json_type(raw_id)}")
    article_id = _normalise(str(raw_id)) if raw_id is not None else ""
    if not article_id:
        raise _Bad("missing_id", "no id" if raw_id is None else "id is empty")
    text = value.get("text")
    if text is not None and not isinstance(text, str):
        raise _Bad("bad_field_type", f"text must be a string, got {_json_type(text)}")
    text = _normalise(text) if text else ""
    if not text:
        raise _Bad("missing_text", "no text" if value.get("text") is None else "text is empty or blank")
    warnings: list[str] = []
    fields: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        field_value = value.get(name)
        if isinstance(field_value, str):
            fields[name] = _normalise(field_value) or None
        elif field_value is not None:
            warnings.append(f"{name} dropped: expected a string, got {_json_type(field_value)}")
    for name in _DATE_FIELDS:
        field_value = value.get(name)
        if field_value is None:
            continue
        parsed = _parse_date(field_value)
        if parsed is None:
            warnings.append(f"{name} dropped: not an ISO date or datetime: {str(field_value)[:40]!r}")
        fields[name] = parsed
    return Article(article_id=article_id, text=text, **fields), tuple(warnings)


def _parse_date(value: object) -> date | None:
    """The calendar date of an ISO date or datetime, as written (no time-zone conversion)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        if len(value) <= 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "an array"}
    if value is None:
        return "null"
    return names.get(type(value), "an object")


# --- article checks ----------------------------------------------------------------------------


def _check_content(article: Article) -> None:
    """Reject texts that are not one article: HTML pages, stubs, listing pages."""
    text = article.text
    if _HTML_DOCUMENT.search(text[:_SNIFF_BYTES]):
        raise _Bad("html_page", "an HTML page (<html>, <head> or <body> tag), not plain text", article)
    tags = sum(1 for _ in zip(range(_HTML_TAG_LIMIT), _HTML_TAG.finditer(text), strict=False))
    if tags >= _HTML_TAG_LIMIT:
        raise _Bad(
            "html_page", f"{_HTML_TAG_LIMIT} or more HTML tags: a saved web page, not plain text", article
        )
    if len(text) < MIN_CHARS or (len(text) < MIN_WORDS * 50 and len(text.split()) < MIN_WORDS):
        words = len(text.split())
        raise _Bad(
            "too_short",
            f"{len(text)} characters, {words} words; an article needs {MIN_CHARS}+ characters and "
            f"{MIN_WORDS}+ words",
            article,
        )
    listing = _listing_reason(article)
    if listing:
        raise _Bad("listing_page", listing, article)


def _listing_reason(article: Article) -> str | None:
    if article.url and _LISTING_URL.search(article.url):
        return f"the URL is a tag/topic/search page: {article.url}"
    text = article.text
    if _TEASER_BULLET in text and any(
        line.count(_TEASER_BULLET) >= _TEASER_BULLETS_PER_LINE for line in text.split("\n")
    ):
        return "teasers of several stories joined by ' · ' bullets"
    if text.count("\n") + 1 < _LISTING_MIN_LINES:
        return None
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) >= _LISTING_MIN_LINES:
        headlines = sum(
            1 for line in lines if len(line.split()) < _HEADLINE_WORDS and not line.endswith(_SENTENCE_END)
        )
        if headlines >= _LISTING_SHARE * len(lines):
            return f"{headlines} of {len(lines)} lines are short headlines without sentences: a listing page"
    return None


# --- duplicates --------------------------------------------------------------------------------


class _Registry:
    """Keeps the first good record per id and per text; later ones become rejections."""

    def __init__(self) -> None:
        self._ids: dict[str, tuple[bytes, str]] = {}  # id -> (text digest, where kept)
        self._texts: dict[bytes, str] = {}  # text digest -> kept id

    def admit(self, record: SourceRecord) -> SourceRecord | Rejection:
        article = record.article
        key = _text_key(article.text)
        kept = self._ids.get(article.article_id)
        if kept is not None:
            kept_key, kept_where = kept
            if kept_key == key:
                return _duplicate(record, "duplicate_id_same_text", f"same id and text as {kept_where}, kept")
            return _duplicate(
                record,
                "duplicate_id_conflict",
                f"id already taken by {kept_where} with another text; first kept",
            )
        kept_id = self._texts.get(key)
        if kept_id is not None:
            return _duplicate(record, "duplicate_text", f"same text as article '{kept_id}', kept")
        where = record.source_file + (f" line {record.line_number}" if record.line_number else "")
        self._ids[article.article_id] = (key, where)
        self._texts[key] = article.article_id
        return record


def _text_key(text: str) -> bytes:
    """Digest of the text with whitespace ignored, so a recrawl with other spacing or paragraph breaks
    is the same text. Works on bytes: splitting 26 MB into words costs more than the rest of the scan."""
    encoded = text.replace("\xa0", " ").encode()
    return hashlib.blake2b(encoded.translate(None, _ASCII_SPACE), digest_size=16).digest()


def _duplicate(record: SourceRecord, reason: str, detail: str) -> Rejection:
    prefix = f"line {record.line_number}: " if record.line_number else ""
    return Rejection(
        source_file=record.source_file,
        line_number=record.line_number,
        article_id=record.article.article_id,
        reason=reason,
        detail=prefix + detail,
        content_hash=record.content_hash,
        raw_excerpt=record.article.text[:EXCERPT_CHARS],
    )


# --- building the outputs ----------------------------------------------------------------------


def _record(
    article: Article,
    where: str,
    line_number: int | None,
    encoding: str,
    info: os.stat_result,
    warnings: tuple[str, ...],
) -> SourceRecord:
    return SourceRecord(
        article=article,
        source_file=where,
        line_number=line_number,
        content_hash=_content_hash(article),
        encoding=encoding,
        file_size=info.st_size,
        file_mtime_ns=info.st_mtime_ns,
        warnings=warnings,
    )


def _content_hash(article: Article) -> str:
    """sha256 over everything that makes the article what it is, the id excluded."""
    dates = [day.isoformat() if day else "" for day in (article.published_at, article.retrieved_at)]
    fields = [article.text, article.title or "", article.url or "", article.source or "", *dates]
    return hashlib.sha256("\x1e".join(fields).encode()).hexdigest()


def _reject(
    where: str,
    line_number: int | None,
    reason: str,
    detail: str,
    *,
    article_id: str | None = None,
    raw: bytes | None = None,
    whole: bool = True,
    article: Article | None = None,
) -> Rejection:
    """``raw`` is the input's bytes (``whole``) or only its start; only whole bytes are hashed."""
    if article is not None:
        content_hash: str | None = _content_hash(article)
        excerpt: str | None = article.text[:EXCERPT_CHARS]
    else:
        content_hash = hashlib.sha256(raw).hexdigest() if raw is not None and whole else None
        excerpt = _excerpt(raw) if raw is not None else None
    return Rejection(
        source_file=where,
        line_number=line_number,
        article_id=article_id,
        reason=reason,
        detail=detail,
        content_hash=content_hash,
        raw_excerpt=excerpt,
    )


def _excerpt(raw: bytes) -> str:
    """The start of the input, readable whatever it is; NUL is replaced so any store accepts it."""
    text = raw[: EXCERPT_CHARS * 4].decode("utf-8", "replace")[:EXCERPT_CHARS]
    return text.replace("\0", "\ufffd")


def _safe_read(path: Path, size: int) -> bytes | None:
    try:
        with path.open("rb") as stream:
            return stream.read(size)
    except OSError:
        return None


def _raw_id(line: bytes) -> str | None:
    """Best-effort id from a line that could not be parsed, so the analyst can find the article."""
    match = _RAW_ID.search(line[:_SNIFF_BYTES].decode("utf-8", "replace"))
    if match is None:
        return None
    return match.group(1) if match.group(1) is not None else match.group(2)


def _os_message(error: OSError) -> str:
    return f"{type(error).__name__}: {error.strerror or error}"
