"""The DuckDB staging schema and the only code that writes it.

Every write is one transaction per batch: a run killed half-way leaves whole batches behind, never
half of one, and the next run picks up the articles whose fingerprint is still stale. Rows are keyed
by article, so re-extracting an article replaces its rows instead of adding copies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pyarrow as pa

from orchestration.extraction.model import Extraction

SCHEMA = "staging"


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[tuple[str, pa.DataType], ...]
    primary_key: tuple[str, ...]
    description: str
    # DuckDB maintains a primary key as an ART index, which costs more than the extraction itself on
    # the large per-sentence tables; there the key holds by construction (rows of an article are
    # deleted before they are written again) and the marts' dbt tests check it.
    enforce_key: bool = True

    @property
    def qualified(self) -> str:
        return f"{SCHEMA}.{self.name}"

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema(list(self.columns))


SQL_TYPES = {
    pa.string(): "varchar",
    pa.int32(): "integer",
    pa.int64(): "bigint",
    pa.float64(): "double",
    pa.bool_(): "boolean",
    pa.date32(): "date",
    pa.timestamp("us", tz="UTC"): "timestamptz",
    pa.list_(pa.string()): "varchar[]",
}

RAW_ARTICLES = Table(
    "raw_articles",
    (
        ("article_id", pa.string()),
        ("content_hash", pa.string()),
        ("source_file", pa.string()),
        ("line_number", pa.int32()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("source", pa.string()),
        ("published_at", pa.date32()),
        ("retrieved_at", pa.date32()),
        ("raw_text", pa.string()),
        ("first_seen_at", pa.timestamp("us", tz="UTC")),
        ("last_changed_at", pa.timestamp("us", tz="UTC")),
    ),
    ("article_id",),
    "Articles as read from ARTICLES_DIR, one row per article id, with a content fingerprint.",
)
QUARANTINE = Table(
    "quarantine",
    (
        ("quarantine_id", pa.string()),
        ("stage", pa.string()),
        ("source_file", pa.string()),
        ("line_number", pa.int32()),
        ("article_id", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
        ("content_hash", pa.string()),
        ("raw_excerpt", pa.string()),
        ("first_seen_at", pa.timestamp("us", tz="UTC")),
        ("last_seen_at", pa.timestamp("us", tz="UTC")),
    ),
    ("quarantine_id",),
    "Inputs set aside with the reason: bad files, broken JSON lines, duplicates, too-short items.",
)
ARTICLES = Table(
    "articles",
    (
        ("article_id", pa.string()),
        ("content_hash", pa.string()),
        ("extractor_version", pa.string()),
        ("clean_text", pa.string()),
        ("sentence_count", pa.int32()),
        ("extraction_error", pa.string()),
        ("extracted_at", pa.timestamp("us", tz="UTC")),
    ),
    ("article_id",),
    "Cleaned article text (NFC, one tone-mark spelling, no boilerplate); all offsets point into it.",
)
SENTENCES = Table(
    "sentences",
    (
        ("article_id", pa.string()),
        ("sentence_index", pa.int32()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("sentence_text", pa.string()),
    ),
    ("article_id", "sentence_index"),
    "Sentences of the cleaned text with their character offsets.",
    enforce_key=False,
)
MENTIONS = Table(
    "mentions",
    (
        ("article_id", pa.string()),
        ("mention_index", pa.int32()),
        ("sentence_index", pa.int32()),
        ("mention_type", pa.string()),
        ("mention_text", pa.string()),
        ("norm_key", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("person_title", pa.string()),
        ("place_level", pa.string()),
        ("place_code", pa.string()),
        ("place_name", pa.string()),
        ("province_code", pa.string()),
        ("province_name", pa.string()),
        ("country", pa.string()),
    ),
    ("article_id", "mention_index"),
    "Entity mentions: people with titles, organisations, places resolved to units, documents.",
    enforce_key=False,
)
FIGURES = Table(
    "figures",
    (
        ("article_id", pa.string()),
        ("figure_index", pa.int32()),
        ("sentence_index", pa.int32()),
        ("figure_text", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("unit_text", pa.string()),
        ("rank_total", pa.int32()),
        ("qualifier", pa.string()),
        ("is_range", pa.bool_()),
        ("period_start_year", pa.int32()),
        ("period_end_year", pa.int32()),
        ("is_indicator", pa.bool_()),
        ("indicator_code", pa.string()),
        ("subject", pa.string()),
        ("geo_name", pa.string()),
        ("geo_code", pa.string()),
        ("optional_reason", pa.string()),
        ("confidence", pa.float64()),
    ),
    ("article_id", "figure_index"),
    "Every quantity found, with value in canonical units and whether it is an indicator.",
    enforce_key=False,
)
VISITS = Table(
    "visits",
    (
        ("article_id", pa.string()),
        ("visit_index", pa.int32()),
        ("sentence_index", pa.int32()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("visitor_name", pa.string()),
        ("visitor_title", pa.string()),
        ("person_key", pa.string()),
        ("province_name", pa.string()),
        ("province_code", pa.string()),
        ("country", pa.string()),
        ("country_code", pa.string()),
        ("visit_date", pa.date32()),
        ("date_precision", pa.string()),
        ("sites", pa.list_(pa.string())),
        ("confidence", pa.float64()),
    ),
    ("article_id", "visit_index"),
    "Visits found by the extractor, before the marts deduplicate and key them.",
    enforce_key=False,
)
ADMIN_UNITS = Table(
    "admin_units",
    (
        ("location_id", pa.string()),
        ("system", pa.string()),
        ("level", pa.string()),
        ("code", pa.string()),
        ("name", pa.string()),
        ("full_name", pa.string()),
        ("unit_type", pa.string()),
        ("parent_code", pa.string()),
        ("province_code", pa.string()),
        ("province_name", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
    ),
    ("location_id",),
    "Administrative units (63-province and 2025 systems) and countries, from the shipped gazetteer.",
)

BUILD_STATE = Table(
    "build_state",
    (
        ("target", pa.string()),
        ("fingerprint", pa.string()),
        ("built_at", pa.timestamp("us", tz="UTC")),
    ),
    ("target",),
    "What the last successful dbt build read, so a run with nothing new can skip it.",
)

EXTRACTION_TABLES: tuple[Table, ...] = (ARTICLES, SENTENCES, MENTIONS, FIGURES, VISITS)
ALL_TABLES: tuple[Table, ...] = (RAW_ARTICLES, QUARANTINE, *EXTRACTION_TABLES, ADMIN_UNITS, BUILD_STATE)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"create schema if not exists {SCHEMA}")
    for table in ALL_TABLES:
        columns = ", ".join(f"{name} {SQL_TYPES[dtype]}" for name, dtype in table.columns)
        if table.enforce_key:
            columns += f", primary key ({', '.join(table.primary_key)})"
        con.execute(f"create table if not exists {table.qualified} ({columns})")
    existing = set(
        con.execute(
            "select table_name, column_name from information_schema.columns where table_schema = ?", [SCHEMA]
        ).fetchall()
    )
    for table in ALL_TABLES:  # a warehouse made by an older version lacks the newer columns
        for name, dtype in table.columns:
            if (table.name, name) not in existing:
                con.execute(f"alter table {table.qualified} add column {name} {SQL_TYPES[dtype]}")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection):
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def to_arrow(table: Table, rows: Sequence[tuple]) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in table.columns]
    return pa.table(
        [pa.array(values, type=dtype) for values, (_, dtype) in zip(columns, table.columns, strict=True)],
        schema=table.arrow_schema,
    )


def insert_arrow(con: duckdb.DuckDBPyConnection, table: Table, batch: pa.Table) -> None:
    """Bulk insert: one statement per batch, never row by row."""
    if not batch.num_rows:
        return
    con.register("_batch", batch)
    try:
        con.execute(f"insert into {table.qualified} by name select * from _batch")
    finally:
        con.unregister("_batch")


def insert_rows(con: duckdb.DuckDBPyConnection, table: Table, rows: Sequence[tuple]) -> None:
    insert_arrow(con, table, to_arrow(table, rows))


def delete_articles(
    con: duckdb.DuckDBPyConnection, tables: Iterable[Table], article_ids: Sequence[str]
) -> None:
    if not article_ids:
        return
    ids = pa.table({"article_id": pa.array(article_ids, type=pa.string())})
    con.register("_ids", ids)
    try:
        for table in tables:
            con.execute(f"delete from {table.qualified} where article_id in (select article_id from _ids)")
    finally:
        con.unregister("_ids")


def extraction_rows(
    extraction: Extraction, content_hash: str, extractor_version: str, extracted_at: datetime
) -> dict[str, list[tuple]]:
    """Flatten one article's extraction into rows for each staging table (column order as declared)."""
    document = extraction.document
    article_id = document.article.article_id
    rows: dict[str, list[tuple]] = {
        ARTICLES.name: [
            (
                article_id,
                content_hash,
                extractor_version,
                document.text,
                len(document.sentences),
                None,
                extracted_at,
            )
        ],
        SENTENCES.name: [(article_id, s.index, s.start, s.end, s.text) for s in document.sentences],
        MENTIONS.name: [
            (
                article_id,
                index,
                m.sentence_index,
                m.kind,
                m.text,
                m.key,
                m.start,
                m.end,
                m.title,
                m.place.level if m.place else None,
                m.place.code if m.place else None,
                m.place.name if m.place else None,
                m.place.province_code if m.place else None,
                m.place.province_name if m.place else None,
                m.place.country if m.place else None,
            )
            for index, m in enumerate(extraction.mentions)
        ],
        FIGURES.name: [
            (
                article_id,
                index,
                f.sentence_index,
                f.text,
                f.start,
                f.end,
                f.value,
                f.unit,
                f.unit_text,
                f.rank_total,
                f.qualifier,
                f.is_range,
                f.period_start_year,
                f.period_end_year,
                f.is_indicator,
                f.indicator_code,
                f.subject,
                f.geo_name,
                f.geo_code,
                f.optional_reason,
                f.confidence,
            )
            for index, f in enumerate(extraction.figures)
        ],
        VISITS.name: [
            (
                article_id,
                index,
                v.sentence_index,
                v.start,
                v.end,
                v.visitor_name,
                v.visitor_title,
                v.person_key,
                v.province_name,
                v.province_code,
                v.country,
                v.country_code,
                v.visit_date,
                v.date_precision,
                list(v.sites),
                v.confidence,
            )
            for index, v in enumerate(extraction.visits)
        ],
    }
    return rows
