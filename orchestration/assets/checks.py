"""Python asset checks for rules dbt tests cannot express."""

import dagster as dg

from orchestration import staging
from orchestration.assets.ingest import RAW_ARTICLES_KEY
from orchestration.resources import WarehouseResource

# More than this share of articles without a single visit or indicator suggests the extractor broke.
MAX_SHARE_WITHOUT_FACTS = 0.9
# A drop of more than this share of the articles between two runs is worth a look (a folder unmounted).
MAX_ROW_DROP = 0.5


@dg.asset_check(asset=dg.AssetKey(["fct_indicators"]), additional_deps=[dg.AssetKey(["fct_visits"])])
def articles_with_facts(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    """Warn when most articles yield no fact at all: a symptom of broken cleaning or extraction."""
    with warehouse.lock(), warehouse.get_connection() as con:
        total, without = con.execute(
            """
            select count(*), count(*) filter (where not exists (
                select 1 from main.fct_visits v where v.article_id = a.article_id
            ) and not exists (
                select 1 from main.fct_indicators i where i.article_id = a.article_id
            ))
            from main.dim_articles a
            """
        ).fetchone()
    share = without / total if total else 0.0
    return dg.AssetCheckResult(
        passed=share <= MAX_SHARE_WITHOUT_FACTS,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"articles": total, "without_facts": without, "share_without_facts": round(share, 3)},
        description=f"{without} of {total} articles have no visit and no indicator",
    )


@dg.asset_check(asset=RAW_ARTICLES_KEY)
def raw_articles_no_sudden_drop(
    context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource
) -> dg.AssetCheckResult:
    """Warn when the article count falls sharply from the previous materialization."""
    with warehouse.lock(), warehouse.get_connection() as con:
        current = con.execute(f"select count(*) from {staging.RAW_ARTICLES.qualified}").fetchone()[0]
    records = context.instance.fetch_materializations(RAW_ARTICLES_KEY, limit=2).records
    counts = [
        record.asset_materialization.metadata["dagster/row_count"].value
        for record in records
        if record.asset_materialization and "dagster/row_count" in record.asset_materialization.metadata
    ]
    previous = counts[1] if len(counts) > 1 else None
    dropped = previous is not None and previous > 0 and current < (1 - MAX_ROW_DROP) * previous
    return dg.AssetCheckResult(
        passed=not dropped,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"articles": current, "previous_articles": previous if previous is not None else -1},
    )
