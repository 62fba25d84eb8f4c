"""The dbt tests really catch bad data: break one rule in a built warehouse, and the matching test fails.

The warehouse is built here from a copy of seeds/ (the session fixture's warehouse is never touched);
each mutation gets its own copy of it, and `dbt test` runs on the copy in a subprocess.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from orchestration.settings import DBT_PROJECT_DIR, PROJECT_ROOT, use_settings
from orchestration.snapshot import snapshot_path

pytestmark = pytest.mark.integration

SEED_2023 = "000_a36a1cf8587c4fae"  # its one visit is dated 2023-08-25
DBT = str(Path(sys.executable).with_name("dbt"))

# mutation name -> (SQL that breaks one rule in the marts, the dbt test that must catch it)
MUTATIONS = {
    "duplicate_visit": (
        "insert into main.fct_visits select * from main.fct_visits limit 1",
        "unique:fct_visits.visit_id",
    ),
    "unknown_unit": (
        "update main.fct_indicators set unit = 'furlong' where indicator_id = "
        "(select min(indicator_id) from main.fct_indicators)",
        "accepted_values:fct_indicators.unit",
    ),
    "rank_above_total": (
        "update main.fct_indicators set value = rank_total + 1 where rank_total is not null",
        "not_greater_than_column:fct_indicators.value",
    ),
    "visit_after_publication": (
        f"update main.dim_articles set published_at = date '2023-08-20', reference_date = date '2023-08-20' "
        f"where article_id = '{SEED_2023}'",
        "visit_not_after_publication",
    ),
}


@dataclass
class SeedBuild:
    articles: Path
    warehouse: Path
    result: object


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> SeedBuild:
    from orchestration.runner import refresh

    root = tmp_path_factory.mktemp("dbt_mutations")
    articles = root / "articles"
    shutil.copytree(PROJECT_ROOT / "seeds", articles)
    settings = use_settings(articles, root / "warehouse.duckdb")
    result = refresh(settings, tags={"trigger": "test"})
    assert result.success
    return SeedBuild(articles, settings.warehouse_path, result)


def dbt_test_name(node: dict) -> str:
    """`<generic test>:<model>.<column>` for generic tests (dbt hashes their long names), else the name."""
    metadata = node.get("test_metadata")
    if not metadata:
        return node["name"]
    model = node["attached_node"].split(".")[-1]
    return f"{metadata['name']}:{model}.{node['column_name']}"


@pytest.fixture(scope="module")
def failing_tests(seed_build, tmp_path_factory) -> dict[str, set[str]]:
    """Apply each mutation to its own copy of the warehouse and run `dbt test` on all copies at once."""
    root = tmp_path_factory.mktemp("mutated")
    runs = {}
    for name, (sql, _) in MUTATIONS.items():
        warehouse = root / name / "warehouse.duckdb"
        warehouse.parent.mkdir()
        shutil.copy(seed_build.warehouse, warehouse)
        with duckdb.connect(str(warehouse)) as con:
            con.execute(sql)
        target = warehouse.parent / "target"
        command = [DBT, "test", "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)]
        command += ["--target-path", str(target), "--log-path", str(warehouse.parent / "logs")]
        process = subprocess.Popen(
            command,
            env=os.environ | {"WAREHOUSE_PATH": str(warehouse)},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        runs[name] = (process, target)
    failed = {}
    for name, (process, target) in runs.items():
        output = process.communicate(timeout=180)[0]
        assert process.returncode == 1, output[-3000:]  # 1: tests failed; 2 would be a dbt error
        nodes = json.loads((target / "manifest.json").read_text())["nodes"]
        results = json.loads((target / "run_results.json").read_text())["results"]
        assert len(results) > 20, output[-3000:]
        failed[name] = {
            dbt_test_name(nodes[r["unique_id"]]) for r in results if r["status"] in {"fail", "error"}
        }
    return failed


@pytest.mark.parametrize("mutation", MUTATIONS)
def test_the_matching_dbt_test_fails(failing_tests, mutation):
    _, expected = MUTATIONS[mutation]
    assert failing_tests[mutation] == {expected}


def test_the_unmutated_warehouse_passes_every_test(seed_build):
    failed = [e.check_name for e in seed_build.result.get_asset_check_evaluations() if not e.passed]
    assert failed == []


def test_a_broken_staging_row_surfaces_as_a_failing_asset_check_and_blocks_the_snapshot(seed_build, tmp_path):
    """A rank above its total in staging.figures: `dbt build` fails the check in Dagster, the run
    reports it, and analytics.duckdb is not published from marts that failed their tests."""
    from orchestration.runner import refresh

    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copy(seed_build.warehouse, warehouse)
    with duckdb.connect(str(warehouse)) as con:
        con.execute(
            """
            insert into staging.figures
            select * replace (
                999 as figure_index, char_start + 1 as char_start, 70.0 as value, 'rank' as unit,
                63 as rank_total, true as is_indicator, 'PCI_RANK' as indicator_code
            )
            from staging.figures
            where article_id = ? and is_indicator
            order by figure_index
            limit 1
            """,
            [SEED_2023],
        )
    result = refresh(use_settings(seed_build.articles, warehouse), tags={"trigger": "test"})
    evaluations = {
        (e.asset_key.to_user_string(), e.check_name): e.passed for e in result.get_asset_check_evaluations()
    }
    check = ("fct_indicators", "not_greater_than_column_fct_indicators_value__rank_total")
    assert evaluations[check] is False
    assert [key for key, passed in evaluations.items() if not passed] == [check]
    assert not result.success
    assert not snapshot_path(warehouse).exists()
