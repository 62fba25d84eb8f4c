"""Report: a static HTML page with charts over the marts, written beside the warehouse file."""

from pathlib import Path

import dagster as dg

from orchestration.assets.metadata import OWNERS
from orchestration.report import render_report
from orchestration.resources import WarehouseResource

REPORT_DEPS = [
    dg.AssetKey(["fct_visits"]),
    dg.AssetKey(["fct_indicators"]),
    dg.AssetKey(["dim_articles"]),
    dg.AssetKey(["quarantined_inputs"]),
]


@dg.asset(
    group_name="report",
    kinds={"python", "html"},
    owners=OWNERS,
    deps=REPORT_DEPS,
)
def warehouse_report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Visits over time and by province, indicators per province and data-quality figures, as
    <warehouse dir>/report/index.html with PNG charts: opens from disk, needs no server or network."""
    out_dir = Path(warehouse.database).parent / "report"
    # The lock keeps a concurrent writer from changing the marts half-way through the page.
    with warehouse.lock(), warehouse.get_connection() as con:
        summary = render_report(con, out_dir)
    context.log.info(f"report written to {summary.index_path}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(summary.index_path)),
            "charts": len(summary.charts),
            **{name: summary.counts[name] for name in ("articles", "visits", "indicators", "quarantined")},
            "preview": dg.MetadataValue.md(summary.markdown),
        }
    )
