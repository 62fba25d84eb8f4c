"""Extract the articles whose fingerprint is stale, in batches, on every core.

An article is re-extracted only when its content hash or the extractor version differs from what
staging holds, so a run with nothing new does no extraction at all. Extraction is a pure function
of a batch of raw records and runs in worker processes; the parent process is the only DuckDB
writer and commits each batch in one transaction.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import duckdb
import pyarrow as pa

from orchestration import staging
from orchestration.extraction.model import Article
from orchestration.extraction.pipeline import extract

RawRecord = tuple[str, str, str, str | None, str | None, str | None, date | None, date | None]
BatchTables = dict[str, pa.Table]

# Below this many articles a worker pool costs more to start than it saves.
_INLINE_LIMIT = 200
# Articles per worker task and per write transaction: big enough to amortise both, small enough to
# keep a few batches in flight within the memory target.
BATCH_SIZE = 400


@dataclass(slots=True)
class ExtractionStats:
    pending: int = 0
    extracted: int = 0
    failed: int = 0
    removed: int = 0
    batches: int = 0
    rows: dict[str, int] = field(default_factory=dict)


def extract_batch(records: Sequence[RawRecord], extractor_version: str) -> BatchTables:
    """Extract a batch of raw records into staging tables; one bad article never sinks the batch.

    The Arrow tables are built here, in the worker, so the single writer only has to insert them.
    """
    now = datetime.now(UTC)
    rows: dict[str, list[tuple]] = {table.name: [] for table in staging.EXTRACTION_TABLES}
    for article_id, content_hash, text, title, url, source, published_at, retrieved_at in records:
        article = Article(article_id, text, title, url, source, published_at, retrieved_at)
        try:
            article_rows = staging.extraction_rows(extract(article), content_hash, extractor_version, now)
        except Exception as error:  # any extractor bug is recorded with the article, not raised
            message = "".join(traceback.format_exception_only(error)).strip()
            rows[staging.ARTICLES.name].append(
                (article_id, content_hash, extractor_version, None, 0, message, now)
            )
            continue
        for name, table_rows in article_rows.items():
            rows[name].extend(table_rows)
    return {table.name: staging.to_arrow(table, rows[table.name]) for table in staging.EXTRACTION_TABLES}


def pending_articles(con: duckdb.DuckDBPyConnection, extractor_version: str) -> list[tuple[str, bool]]:
    """(article id, whether it has rows from an earlier extraction) for every stale article."""
    return [
        (row[0], row[1])
        for row in con.execute(
            f"""
            select raw.article_id, done.article_id is not null
            from {staging.RAW_ARTICLES.qualified} as raw
            left join {staging.ARTICLES.qualified} as done using (article_id)
            where done.article_id is null
               or done.content_hash is distinct from raw.content_hash
               or done.extractor_version is distinct from ?
            order by raw.article_id
            """,
            [extractor_version],
        ).fetchall()
    ]


def remove_orphans(con: duckdb.DuckDBPyConnection) -> int:
    """Drop extraction rows of articles no longer in the input (deleted files are removed everywhere)."""
    orphans = [
        row[0]
        for row in con.execute(
            f"""
            select article_id from {staging.ARTICLES.qualified}
            where article_id not in (select article_id from {staging.RAW_ARTICLES.qualified})
            """
        ).fetchall()
    ]
    with staging.transaction(con):
        staging.delete_articles(con, staging.EXTRACTION_TABLES, orphans)
    return len(orphans)


def _read_batches(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], batch_size: int
) -> Iterator[list[RawRecord]]:
    for offset in range(0, len(article_ids), batch_size):
        ids = list(article_ids[offset : offset + batch_size])
        yield con.execute(
            f"""
            select article_id, content_hash, raw_text, title, url, source, published_at, retrieved_at
            from {staging.RAW_ARTICLES.qualified}
            where article_id in (select unnest(?::varchar[]))
            order by article_id
            """,
            [ids],
        ).fetchall()


def _write_batch(
    con: duckdb.DuckDBPyConnection,
    tables: BatchTables,
    previously_extracted: set[str],
    stats: ExtractionStats,
) -> None:
    articles = tables[staging.ARTICLES.name]
    stale = [
        article_id
        for article_id in articles.column("article_id").to_pylist()
        if article_id in previously_extracted
    ]
    failed = articles.num_rows - articles.column("extraction_error").null_count
    with staging.transaction(con):
        staging.delete_articles(con, staging.EXTRACTION_TABLES, stale)
        for table in staging.EXTRACTION_TABLES:
            staging.insert_arrow(con, table, tables[table.name])
            stats.rows[table.name] = stats.rows.get(table.name, 0) + tables[table.name].num_rows
    stats.extracted += articles.num_rows - failed
    stats.failed += failed
    stats.batches += 1


def run_extraction(
    con: duckdb.DuckDBPyConnection,
    extractor_version: str,
    *,
    batch_size: int = BATCH_SIZE,
    workers: int | None = None,
    progress: Callable[[ExtractionStats], None] | None = None,
) -> ExtractionStats:
    stats = ExtractionStats(removed=remove_orphans(con))
    pending = pending_articles(con, extractor_version)
    article_ids = [article_id for article_id, _ in pending]
    previously_extracted = {article_id for article_id, extracted in pending if extracted}
    stats.pending = len(article_ids)
    batches = _read_batches(con, article_ids, batch_size)

    def write(tables: BatchTables) -> None:
        _write_batch(con, tables, previously_extracted, stats)
        if progress:
            progress(stats)

    workers = workers or os.cpu_count() or 1
    if len(article_ids) <= _INLINE_LIMIT or workers == 1:
        for batch in batches:
            write(extract_batch(batch, extractor_version))
        return stats
    with process_pool(workers) as pool:
        in_flight: list[Future[BatchTables]] = []
        for batch in batches:
            in_flight.append(pool.submit(extract_batch, batch, extractor_version))
            # Bounded look-ahead keeps memory flat however large the corpus.
            if len(in_flight) > 2 * workers:
                write(in_flight.pop(0).result())
        for future in in_flight:
            write(future.result())
    return stats


def process_pool(workers: int) -> ProcessPoolExecutor:
    """The extraction workers. Spawned, not forked: the parent may hold threads (Dagster, DuckDB) that
    fork would copy half-way."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
