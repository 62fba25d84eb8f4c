"""Plain records passed between the extraction steps.

They are the contract between the pure extraction code and the warehouse: every offset is a
character offset into the *cleaned* article text (``Document.text``), end exclusive, so an analyst
can always cut the evidence back out of ``dim_articles.clean_text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from orchestration.extraction.indicator_model import NO_FEATURES, Features


@dataclass(frozen=True, slots=True)
class Article:
    """One input article as read from the articles folder."""

    article_id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: date | None = None
    retrieved_at: date | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """An article after cleaning, split into sentences."""

    article: Article
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Place:
    """An administrative unit from the gazetteer, or a foreign country (level ``country``)."""

    name: str  # bare name: "Lạng Sơn", "Chi Lăng"
    full_name: str  # "Tỉnh Lạng Sơn", "Huyện Chi Lăng", "Trung Quốc"
    level: str  # country | province | district | commune
    code: str | None  # official code: "20" province, "178" district, "06154" commune; None abroad
    province_name: str | None  # the province it lies in (itself for a province)
    province_code: str | None
    country: str = "Việt Nam"

    @property
    def foreign(self) -> bool:
        """A country other than Việt Nam."""
        return self.level == "country" and self.country != "Việt Nam"


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity found in the text."""

    kind: str  # person | organisation | place | document
    text: str  # as written
    key: str  # normalised key: person name NFC, place code, document number, org name
    start: int
    end: int
    sentence_index: int
    title: str | None = None  # person: the title given with the name
    place: Place | None = None  # place: the resolved unit


@dataclass(slots=True)
class Figure:
    """A quantity stated in a sentence, with what the extractor makes of it."""

    text: str  # the span as written: "49,26 triệu đồng", "15/63", "hơn 230 km"
    start: int
    end: int
    sentence_index: int
    value: float  # canonical units (GUIDE.md): 49,26 triệu đồng -> 49260000.0
    unit: str  # percent | VND | USD | km | ha | m2 | tonne | MW | rank | count | other
    unit_text: str | None = None  # the unit or counted noun as written: "triệu đồng", "cửa khẩu quốc tế"
    rank_total: int | None = None
    qualifier: str | None = None  # more_than | less_than | approx | None
    is_range: bool = False
    period_start_year: int | None = None
    period_end_year: int | None = None
    is_indicator: bool = False
    indicator_code: str | None = None
    subject: str | None = None
    geo_name: str | None = None
    geo_code: str | None = None
    optional_reason: str | None = None  # target / forecast / single project ...: kept, flagged
    confidence: float = 0.0
    # what the indicator model read (``indicator_model.features``): to train it and to explain a decision
    features: Features = NO_FEATURES


@dataclass(slots=True)
class Visit:
    """An official visit reported by the article."""

    visitor_name: str
    visitor_title: str | None
    person_key: str
    province_name: str | None  # None abroad
    province_code: str | None
    country: str
    country_code: str  # ISO alpha-2: "VN" at home
    visit_date: date | None
    date_precision: str  # day | month | year_inferred | unknown
    sentence_index: int
    start: int
    end: int
    sites: list[str] = field(default_factory=list)
    confidence: float = 0.0


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article."""

    document: Document
    mentions: list[Mention]
    figures: list[Figure]
    visits: list[Visit]
