"""Marts: the dbt project as Dagster assets, its data tests as asset checks."""

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.assets.metadata import OWNERS
from orchestration.build_state import MARTS, forget_build, last_build, marts_fingerprint, record_build
from orchestration.project import dbt_project, dbt_source_files
from orchestration.resources import WarehouseResource


class WarehouseDbtTranslator(DagsterDbtTranslator):
    """dbt sources map onto the staging assets (key staging/<table>), so the graph is one piece."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return dg.AssetKey([dbt_resource_props["source_name"], dbt_resource_props["name"]])
        return dg.AssetKey([dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return "marts"

    def get_owners(self, dbt_resource_props: Mapping[str, Any]) -> list[str]:
        return OWNERS


class MartsConfig(dg.Config):
    full_refresh: bool = False
    """Rebuild the marts even when nothing they read has changed since the last build."""


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=WarehouseDbtTranslator(),
    pool="warehouse",
)
def warehouse_marts(
    context: dg.AssetExecutionContext, config: MartsConfig, dbt: DbtCliResource, warehouse: WarehouseResource
):
    """dbt build: staging views, dimensions, facts, seeds, and every data test.

    Skipped when nothing the marts read has changed since the last successful build (see
    orchestration.build_state); downstream assets are then skipped too.
    """
    with warehouse.lock():
        with warehouse.connect() as con:
            if config.full_refresh:
                forget_build(con, MARTS)
            fingerprint = marts_fingerprint(con, dbt_source_files())
            if fingerprint == last_build(con, MARTS):
                context.log.info("Nothing the marts read has changed since the last dbt build: skipped.")
                return
        yield from dbt.cli(["build"], context=context).stream()
        with warehouse.connect() as con:
            # Taken again: the build itself created the marts the fingerprint looks for.
            record_build(con, MARTS, marts_fingerprint(con, dbt_source_files()))
