"""Extract: clean, split and extract the stale articles into the staging tables."""

import time

import dagster as dg

from orchestration import staging
from orchestration.assets.ingest import RAW_ARTICLES_KEY
from orchestration.assets.metadata import preview, row_count, table_spec
from orchestration.extract_runner import run_extraction
from orchestration.extraction.version import extractor_version
from orchestration.resources import WarehouseResource

ARTICLES_KEY = dg.AssetKey(["staging", staging.ARTICLES.name])
_KINDS = {"python", "duckdb"}
_SPECS = [
    table_spec(staging.ARTICLES, "extract", [RAW_ARTICLES_KEY], _KINDS),
    *(
        table_spec(table, "extract", [ARTICLES_KEY], _KINDS)
        for table in (staging.SENTENCES, staging.MENTIONS, staging.FIGURES, staging.VISITS)
    ),
]
_PREVIEW_COLUMNS = {
    staging.ARTICLES.name: "article_id, sentence_count, extraction_error, left(clean_text, 80) as text",
    staging.SENTENCES.name: "article_id, sentence_index, char_start, char_end, sentence_text",
    staging.MENTIONS.name: "article_id, mention_type, mention_text, norm_key, person_title",
    staging.FIGURES.name: "article_id, figure_text, value, unit, is_indicator, indicator_code, subject",
    staging.VISITS.name: "article_id, visitor_title, visitor_name, province_name, country, visit_date",
}


@dg.multi_asset(specs=_SPECS, pool="warehouse")
def extracted_tables(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Re-extract only articles whose content hash or extractor version changed, in batches."""
    version = extractor_version()
    started = time.perf_counter()
    with warehouse.writer() as con:
        stats = run_extraction(
            con,
            version,
            progress=lambda s: context.log.info(f"extracted {s.extracted + s.failed}/{s.pending} articles"),
        )
        duration = round(time.perf_counter() - started, 3)
        for table in staging.EXTRACTION_TABLES:
            metadata = {
                "dagster/row_count": row_count(con, table),
                "rows_written": stats.rows.get(table.name, 0),
                "extractor_version": version,
                "preview": preview(
                    con, f"select {_PREVIEW_COLUMNS[table.name]} from {table.qualified} order by article_id"
                ),
            }
            if table is staging.ARTICLES:
                metadata |= {
                    "articles_extracted": stats.extracted,
                    "articles_failed": stats.failed,
                    "articles_removed": stats.removed,
                    "batches": stats.batches,
                    "duration_s": duration,
                    "articles_per_s": round(stats.pending / duration, 1) if stats.pending else 0.0,
                }
            yield dg.MaterializeResult(asset_key=dg.AssetKey(["staging", table.name]), metadata=metadata)
