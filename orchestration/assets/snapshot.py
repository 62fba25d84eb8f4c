"""Publish the marts to analytics.duckdb, the file analysts query while runs write the warehouse."""

import time
from pathlib import Path

import dagster as dg

from orchestration.assets.metadata import OWNERS
from orchestration.resources import WarehouseResource
from orchestration.snapshot import publish_snapshot, snapshot_path

MART_KEYS = [
    dg.AssetKey([name])
    for name in (
        "dim_articles",
        "dim_indicators",
        "dim_locations",
        "dim_persons",
        "fct_indicators",
        "fct_visits",
        "quarantined_inputs",
    )
]


@dg.asset(
    deps=MART_KEYS,
    group_name="marts",
    kinds={"duckdb"},
    owners=OWNERS,
    pool="warehouse",
)
def analytics_snapshot(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Copy the marts into analytics.duckdb and swap it in atomically.

    Open that file read-only for analysis: holding it open never blocks a run, and a run replaces it
    only after dbt built the marts and their tests passed (a failed dbt build skips this asset).
    """
    started = time.perf_counter()
    target = snapshot_path(Path(warehouse.database))
    with warehouse.lock(), warehouse.get_connection() as con:
        counts = publish_snapshot(con, target)
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(target)),
            "tables": dg.MetadataValue.json(counts),
            "dagster/row_count": sum(counts.values()),
            "duration_s": round(time.perf_counter() - started, 3),
        }
    )
