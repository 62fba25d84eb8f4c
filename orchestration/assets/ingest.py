"""Ingest: mirror ARTICLES_DIR into staging.raw_articles and staging.quarantine."""

import time
from collections import Counter

import dagster as dg

from orchestration import staging
from orchestration.assets.metadata import OWNERS, preview, row_count, table_spec
from orchestration.build_state import GAZETTEER, last_build, record_build
from orchestration.extraction.gazetteer import gazetteer_rows
from orchestration.extraction.version import extractor_version
from orchestration.ingest import scan_folder
from orchestration.raw_sync import sync_raw_articles
from orchestration.resources import ArticlesFolderResource, WarehouseResource

RAW_ARTICLES_KEY = dg.AssetKey(["staging", staging.RAW_ARTICLES.name])
QUARANTINE_KEY = dg.AssetKey(["staging", staging.QUARANTINE.name])
ADMIN_UNITS_KEY = dg.AssetKey(["staging", staging.ADMIN_UNITS.name])


@dg.multi_asset(
    specs=[
        table_spec(staging.RAW_ARTICLES, "ingest", [], {"python", "duckdb"}),
        table_spec(staging.QUARANTINE, "ingest", [], {"python", "duckdb"}),
    ],
    pool="warehouse",
)
def raw_articles(
    context: dg.AssetExecutionContext, articles: ArticlesFolderResource, warehouse: WarehouseResource
):
    """Read every article file, fingerprint it, and set bad inputs aside with the reason."""
    started = time.perf_counter()
    with warehouse.writer() as con:
        stats = sync_raw_articles(con, scan_folder(articles.folder))
        total = row_count(con, staging.RAW_ARTICLES)
        raw_preview = preview(
            con,
            f"select article_id, source_file, title, published_at, retrieved_at, left(raw_text, 80) as text "
            f"from {staging.RAW_ARTICLES.qualified} order by last_changed_at desc, article_id",
        )
        quarantine_preview = preview(
            con,
            f"select source_file, line_number, reason, detail from {staging.QUARANTINE.qualified} "
            "where stage = 'ingest' order by source_file, line_number",
        )
    context.log.info(
        f"{articles.folder}: {stats.articles} articles ({stats.new} new, {stats.changed} changed, "
        f"{stats.removed} removed), {stats.quarantined} quarantined {dict(stats.reasons)}"
    )
    duration = round(time.perf_counter() - started, 3)
    yield dg.MaterializeResult(
        asset_key=RAW_ARTICLES_KEY,
        metadata={
            "dagster/row_count": total,
            "articles_dir": articles.path,
            "new": stats.new,
            "changed": stats.changed,
            "unchanged": stats.unchanged,
            "removed": stats.removed,
            "duration_s": duration,
            "preview": raw_preview,
        },
    )
    yield dg.MaterializeResult(
        asset_key=QUARANTINE_KEY,
        metadata={
            "dagster/row_count": stats.quarantined,
            "by_reason": dg.MetadataValue.json(dict(sorted(stats.reasons.items()))),
            "preview": quarantine_preview,
        },
    )


@dg.asset(
    key=ADMIN_UNITS_KEY,
    group_name="ingest",
    kinds={"python", "duckdb"},
    owners=OWNERS,
    description=staging.ADMIN_UNITS.description,
    pool="warehouse",
)
def admin_units(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Load the gazetteer shipped with vietnamadminunits (no download) for dim_locations.

    Rewritten only when the gazetteer code or package changed (both are in the extractor version);
    the dbt models downstream still run, since they read the table as it stands.
    """
    version = extractor_version()
    with warehouse.writer() as con:
        if last_build(con, GAZETTEER) == version:
            context.log.info("The gazetteer has not changed since it was loaded: table kept as it is.")
            return dg.MaterializeResult(
                metadata={"dagster/row_count": row_count(con, staging.ADMIN_UNITS), "rewritten": False}
            )
        columns = [name for name, _ in staging.ADMIN_UNITS.columns]
        rows = [tuple(unit[name] for name in columns) for unit in gazetteer_rows()]
        with staging.transaction(con):
            con.execute(f"delete from {staging.ADMIN_UNITS.qualified}")
            staging.insert_rows(con, staging.ADMIN_UNITS, rows)
            record_build(con, GAZETTEER, version)
    levels = Counter(f"{row[1]}:{row[2]}" for row in rows)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(rows),
            "rewritten": True,
            "units_by_system_and_level": dg.MetadataValue.json(dict(levels)),
        }
    )
