"""Marts: the dbt project as Dagster assets, its data tests as asset checks."""

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.assets.metadata import OWNERS
from orchestration.project import dbt_project
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


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=WarehouseDbtTranslator(),
    pool="warehouse",
)
def warehouse_marts(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse: WarehouseResource):
    """dbt build: staging views, dimensions, facts, seeds, and every data test."""
    with warehouse.lock():
        yield from dbt.cli(["build"], context=context).stream()
