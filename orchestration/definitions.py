"""The Dagster code location: assets, checks, job, schedule, sensor and resources."""

from __future__ import annotations

import dagster as dg

from orchestration.assets.checks import articles_with_facts, raw_articles_no_sudden_drop
from orchestration.assets.extract import extracted_tables
from orchestration.assets.ingest import admin_units, raw_articles
from orchestration.assets.marts import warehouse_marts
from orchestration.assets.report import warehouse_report
from orchestration.assets.snapshot import analytics_snapshot
from orchestration.jobs import daily_refresh, new_articles_sensor, refresh_warehouse
from orchestration.project import dbt_project
from orchestration.resources import ArticlesFolderResource, LocalDbtCliResource, WarehouseResource
from orchestration.settings import Settings, load_settings


def build_definitions(settings: Settings) -> dg.Definitions:
    return dg.Definitions(
        assets=[
            raw_articles,
            admin_units,
            extracted_tables,
            warehouse_marts,
            analytics_snapshot,
            warehouse_report,
        ],
        asset_checks=[articles_with_facts, raw_articles_no_sudden_drop],
        jobs=[refresh_warehouse],
        # UI materializations too run in one process: the warehouse takes one writer at a time.
        executor=dg.in_process_executor,
        schedules=[daily_refresh],
        sensors=[new_articles_sensor],
        resources={
            "articles": ArticlesFolderResource(path=str(settings.articles_dir)),
            "warehouse": WarehouseResource(
                database=str(settings.warehouse_path), memory_limit=settings.memory_limit
            ),
            "dbt": LocalDbtCliResource(project_dir=dbt_project),
        },
    )


defs = build_definitions(load_settings())
