"""Mirror the articles folder into ``staging.raw_articles`` and ``staging.quarantine``.

The folder is the source of truth: after a sync, raw_articles holds exactly the good articles the
folder holds now (new ones added, edited ones replaced, deleted ones removed) and the quarantine
holds exactly the inputs set aside now, each keeping the time it was first seen. The whole change is
committed in one transaction, so a run killed during ingest leaves the previous state intact.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from orchestration import staging
from orchestration.ingest import Rejection, SourceRecord

_FLUSH_EVERY = 1000


@dataclass(slots=True)
class SyncStats:
    articles: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    quarantined: int = 0
    reasons: Counter[str] = field(default_factory=Counter)


def quarantine_id(rejection: Rejection) -> str:
    """Stable across runs for the same bad input, so its first sighting is kept."""
    key = "|".join(
        str(part)
        for part in (
            "ingest",
            rejection.source_file,
            rejection.line_number,
            rejection.reason,
            rejection.content_hash,
        )
    )
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def sync_raw_articles(con: duckdb.DuckDBPyConnection, items: Iterable[SourceRecord | Rejection]) -> SyncStats:
    now = datetime.now(UTC)
    stats = SyncStats()
    known = dict(
        con.execute(f"select article_id, content_hash from {staging.RAW_ARTICLES.qualified}").fetchall()
    )
    columns = ", ".join(name for name, _ in staging.RAW_ARTICLES.columns)
    con.execute(
        f"create or replace temp table _incoming as select * from {staging.RAW_ARTICLES.qualified} limit 0"
    )
    con.execute(
        f"create or replace temp table _quarantine as select * from {staging.QUARANTINE.qualified} limit 0"
    )
    con.execute("create or replace temp table _seen (article_id varchar)")
    pending: list[tuple] = []
    rejected: list[tuple] = []
    seen: list[str] = []

    def flush() -> None:
        for table, rows, target in (
            (staging.RAW_ARTICLES, pending, "_incoming"),
            (staging.QUARANTINE, rejected, "_quarantine"),
        ):
            if rows:
                con.register("_batch", staging.to_arrow(table, rows))
                con.execute(f"insert into {target} select * from _batch")
                con.unregister("_batch")
                rows.clear()
        if seen:
            con.register("_batch", pa.table({"article_id": pa.array(seen, type=pa.string())}))
            con.execute("insert into _seen select * from _batch")
            con.unregister("_batch")
            seen.clear()

    for item in items:
        if isinstance(item, Rejection):
            stats.quarantined += 1
            stats.reasons[item.reason] += 1
            rejected.append(
                (
                    quarantine_id(item),
                    "ingest",
                    item.source_file,
                    item.line_number,
                    item.article_id,
                    item.reason,
                    item.detail,
                    item.content_hash,
                    item.raw_excerpt,
                    now,
                    now,
                )
            )
            if len(rejected) >= _FLUSH_EVERY:
                flush()
            continue
        article = item.article
        stats.articles += 1
        seen.append(article.article_id)
        previous = known.get(article.article_id)
        if previous == item.content_hash:
            stats.unchanged += 1
        else:
            stats.new += previous is None
            stats.changed += previous is not None
            pending.append(
                (
                    article.article_id,
                    item.content_hash,
                    item.source_file,
                    item.line_number,
                    article.title,
                    article.url,
                    article.source,
                    article.published_at,
                    article.retrieved_at,
                    article.text,
                    now,
                    now,
                )
            )
        if len(pending) >= _FLUSH_EVERY or len(seen) >= 50 * _FLUSH_EVERY:
            flush()
    flush()

    raw = staging.RAW_ARTICLES.qualified
    quarantine = staging.QUARANTINE.qualified
    with staging.transaction(con):
        stats.removed = con.execute(
            f"select count(*) from {raw} where article_id not in (select article_id from _seen)"
        ).fetchone()[0]
        con.execute(f"delete from {raw} where article_id not in (select article_id from _seen)")
        con.execute(
            f"""
            insert or replace into {raw} ({columns})
            select incoming.* replace (coalesce(old.first_seen_at, incoming.first_seen_at) as first_seen_at)
            from _incoming as incoming
            left join {raw} as old using (article_id)
            """
        )
        con.execute(
            f"""
            create or replace temp table _quarantine_merged as
            select incoming.* replace (coalesce(old.first_seen_at, incoming.first_seen_at) as first_seen_at)
            from _quarantine as incoming
            left join {quarantine} as old using (quarantine_id)
            qualify row_number() over (partition by quarantine_id) = 1
            """
        )
        con.execute(f"delete from {quarantine} where stage = 'ingest'")
        con.execute(f"insert into {quarantine} select * from _quarantine_merged")
    for temp in ("_incoming", "_quarantine", "_quarantine_merged", "_seen"):
        con.execute(f"drop table if exists {temp}")
    return stats
