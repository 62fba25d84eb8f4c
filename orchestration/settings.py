"""The project's settings, read in one place.

`make run`, the Dagster code location, the CLI and dbt all take the articles folder and the warehouse
file from here, and DuckDB's memory cap. dbt gets the absolute warehouse path and the cap through the
``WAREHOUSE_PATH`` and ``DUCKDB_MEMORY_LIMIT`` environment variables that :func:`load_settings` exports,
so a relative path can never point dbt and the assets at two different files, nor give them two caps.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
DEFAULT_ARTICLES_DIR = "seeds"
DEFAULT_WAREHOUSE_PATH = "warehouse/warehouse.duckdb"
#: DuckDB spills to disk past this, so memory stays bounded however large the corpus.
DEFAULT_MEMORY_LIMIT = "1GB"


@dataclass(frozen=True, slots=True)
class Settings:
    articles_dir: Path
    warehouse_path: Path
    memory_limit: str


def _absolute(value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else (PROJECT_ROOT / path).resolve()


def load_settings() -> Settings:
    """Resolve ARTICLES_DIR, WAREHOUSE_PATH (relative paths are relative to the project root) and
    DUCKDB_MEMORY_LIMIT."""
    settings = Settings(
        articles_dir=_absolute(os.environ.get("ARTICLES_DIR") or DEFAULT_ARTICLES_DIR),
        warehouse_path=_absolute(os.environ.get("WAREHOUSE_PATH") or DEFAULT_WAREHOUSE_PATH),
        memory_limit=os.environ.get("DUCKDB_MEMORY_LIMIT") or DEFAULT_MEMORY_LIMIT,
    )
    os.environ["WAREHOUSE_PATH"] = str(settings.warehouse_path)
    os.environ["DUCKDB_MEMORY_LIMIT"] = settings.memory_limit
    settings.warehouse_path.parent.mkdir(parents=True, exist_ok=True)
    return settings


def use_settings(articles_dir: Path | str, warehouse_path: Path | str) -> Settings:
    """Point this process (and the dbt it starts) at another folder and warehouse: eval, bench, tests."""
    os.environ["ARTICLES_DIR"] = str(articles_dir)
    os.environ["WAREHOUSE_PATH"] = str(warehouse_path)
    return load_settings()
