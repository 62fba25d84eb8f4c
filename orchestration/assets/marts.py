"""Marts: the dbt project as Dagster assets, its data tests as asset checks."""

from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets

from orchestration.assets.metadata import OWNERS
from orchestration.build_state import (
    DBT_CODE,
    MARTS,
    code_fingerprint,
    forget_build,
    last_build,
    marts_fingerprint,
    record_build,
)
from orchestration.project import dbt_project, dbt_source_files, keep_parse_state
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


DATA_ONLY_EXCLUDED = ("resource_type:unit_test", "resource_type:seed")
"""What a build for new data alone leaves out: checks of the code, and the catalogue seed's reload."""


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
    orchestration.build_state); downstream assets are then skipped too. When only data changed, the
    dbt unit tests (which check the SQL on fixed fixtures, not the data) and the seed load are left
    out: they ran and passed on this very code at the last build.
    """
    code = code_fingerprint(dbt_source_files())
    with warehouse.lock():
        with warehouse.connect() as con:
            if config.full_refresh:
                forget_build(con, MARTS)
                forget_build(con, DBT_CODE)
            if marts_fingerprint(con, code) == last_build(con, MARTS):
                context.log.info("Nothing the marts read has changed since the last dbt build: skipped.")
                return
            data_only = code == last_build(con, DBT_CODE)
        arguments = ["build", *(["--exclude", " ".join(DATA_ONLY_EXCLUDED)] if data_only else [])]
        context.log.info(f"dbt {' '.join(arguments)}")
        invocation = dbt.cli(arguments, context=context)
        yield from invocation.stream()
        keep_parse_state(invocation.target_path)
        with warehouse.connect() as con:
            # Taken again: the build itself created the marts the fingerprint looks for.
            record_build(con, MARTS, marts_fingerprint(con, code))
            record_build(con, DBT_CODE, code)
