"""Shared fixtures: one warehouse built from the seeds for every integration test in the session.

Building it (Dagster run + dbt build) costs seconds, so it happens once; tests that change inputs or
the warehouse build their own copy.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from orchestration.settings import PROJECT_ROOT, Settings, use_settings

SEEDS = PROJECT_ROOT / "seeds"
SHARED = PROJECT_ROOT.parent / "shared"


@dataclass
class BuiltWarehouse:
    settings: Settings
    result: object  # dagster ExecuteInProcessResult

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        with duckdb.connect(str(self.settings.warehouse_path), read_only=True) as con:
            return con.execute(sql, params or []).fetchall()


def build_warehouse(articles_dir: Path, warehouse_path: Path) -> BuiltWarehouse:
    from orchestration.runner import refresh

    settings = use_settings(articles_dir, warehouse_path)
    return BuiltWarehouse(settings, refresh(settings, tags={"trigger": "test"}))


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> BuiltWarehouse:
    root = tmp_path_factory.mktemp("seed_warehouse")
    articles = root / "articles"
    shutil.copytree(SEEDS, articles)
    built = build_warehouse(articles, root / "warehouse.duckdb")
    assert built.result.success
    return built
