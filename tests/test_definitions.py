"""The Dagster code location loads with its graph, checks, job, schedule and sensor."""

from __future__ import annotations

import dagster as dg
import pytest

from orchestration.project import ensure_manifest


@pytest.fixture(scope="module")
def defs() -> dg.Definitions:
    ensure_manifest()
    from orchestration.definitions import defs

    return defs


def test_graph_connects_ingest_to_marts(defs):
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    expected = {"staging/raw_articles", "staging/figures", "fct_visits", "fct_indicators", "warehouse_report"}
    assert expected <= keys
    # dbt sources are the staging assets themselves, so fct_indicators descends from raw_articles.
    upstream = {key.to_user_string() for key in graph.get(dg.AssetKey(["fct_indicators"])).parent_keys}
    assert "stg_figures" in upstream
    stg_parents = {key.to_user_string() for key in graph.get(dg.AssetKey(["stg_figures"])).parent_keys}
    assert stg_parents == {"staging/figures"}


def test_groups_kinds_and_owners(defs):
    graph = defs.resolve_asset_graph()
    nodes = [graph.get(key) for key in graph.get_all_asset_keys()]
    groups = {node.group_name for node in nodes if node.is_materializable}
    assert {"ingest", "extract", "marts", "report"} <= groups
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.is_materializable:
            assert node.owners, key
            assert node.kinds, key


def test_dbt_tests_are_asset_checks(defs):
    checks = {key.name for key in defs.resolve_asset_graph().asset_check_keys}
    assert any(name.startswith("unique_fct_visits_visit_id") for name in checks)
    assert "visit_not_after_publication" in checks
    assert {"articles_with_facts", "raw_articles_no_sudden_drop"} <= checks


def test_schedule_and_sensor(defs):
    schedule = defs.get_schedule_def("daily_refresh")
    assert schedule.cron_schedule == "0 6 * * *"
    assert schedule.tags == {"trigger": "schedule"}
    sensor = defs.get_sensor_def("new_articles_sensor")
    assert sensor.job_name == "refresh_warehouse"


def test_sensor_requests_a_run_only_when_files_change(tmp_path):
    from orchestration.jobs import new_articles_sensor
    from orchestration.resources import ArticlesFolderResource

    (tmp_path / "a.txt").write_text("Một bài báo ngắn về tăng trưởng kinh tế.", encoding="utf-8")
    articles = ArticlesFolderResource(path=str(tmp_path))
    first = new_articles_sensor(dg.build_sensor_context(cursor=None), articles=articles)
    assert isinstance(first, dg.RunRequest) and first.tags == {"trigger": "sensor"}
    context = dg.build_sensor_context(cursor=first.run_key)
    assert isinstance(new_articles_sensor(context, articles=articles), dg.SkipReason)
    (tmp_path / "b.txt").write_text("Bài thứ hai.", encoding="utf-8")
    assert isinstance(new_articles_sensor(context, articles=articles), dg.RunRequest)
