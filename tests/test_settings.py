"""One place resolves the settings, and exports what dbt's profile reads."""

from __future__ import annotations

import os

import pytest

from orchestration.settings import DEFAULT_MEMORY_LIMIT, PROJECT_ROOT, load_settings


def test_relative_paths_resolve_against_the_project_and_are_exported_for_dbt(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.chdir(tmp_path)  # not the project root: a relative path must not follow the cwd
    monkeypatch.setenv("WAREHOUSE_PATH", "warehouse/elsewhere.duckdb")
    monkeypatch.delenv("DUCKDB_MEMORY_LIMIT", raising=False)
    settings = load_settings()
    assert settings.warehouse_path == PROJECT_ROOT / "warehouse" / "elsewhere.duckdb"
    assert os.environ["WAREHOUSE_PATH"] == str(settings.warehouse_path)
    assert settings.memory_limit == os.environ["DUCKDB_MEMORY_LIMIT"] == DEFAULT_MEMORY_LIMIT


def test_the_memory_cap_is_one_setting_for_the_assets_and_dbt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DUCKDB_MEMORY_LIMIT", "512MB")
    assert load_settings().memory_limit == "512MB"
    profile = (PROJECT_ROOT / "dbt_project" / "profiles.yml").read_text(encoding="utf-8")
    assert "env_var('DUCKDB_MEMORY_LIMIT')" in profile
