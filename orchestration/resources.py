"""Dagster resources: the warehouse file and the dbt CLI, both pointed at the same settings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import dagster as dg
import duckdb
from dagster_dbt import DbtCliResource
from dagster_dbt.compat import DBT_PYTHON_VERSION
from dagster_duckdb import DuckDBResource
from packaging.version import Version

from orchestration import staging
from orchestration.locking import warehouse_lock


class WarehouseResource(DuckDBResource):
    """The DuckDB warehouse, written by one process at a time (see orchestration.locking)."""

    memory_limit: str  # from the settings, which give dbt the same cap
    lock_timeout_seconds: float = 600.0

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """DuckDBResource's connection (it retries while the file is busy), closed even when the body
        raises, so a failed asset never leaves the file open in a long-lived process."""
        con = super().get_connection().__enter__()
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def lock(self) -> Iterator[None]:
        with warehouse_lock(Path(self.database), self.lock_timeout_seconds):
            yield

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection with the staging schema in place; the caller holds :meth:`lock`."""
        with self.get_connection() as con:
            # Checkpoint when the writer is done, not after every batch: per-batch checkpoints cost
            # more than the inserts themselves on a large run. The memory cap makes DuckDB spill to
            # disk instead of growing with the corpus.
            con.execute("set checkpoint_threshold = '1GB'")
            con.execute(f"set memory_limit = '{self.memory_limit}'")
            staging.ensure_schema(con)
            yield con

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection that holds the writer lock, with the staging schema in place."""
        with self.lock(), self.connect() as con:
            yield con


class ArticlesFolderResource(dg.ConfigurableResource):
    """The folder of input articles (ARTICLES_DIR)."""

    path: str

    @property
    def folder(self) -> Path:
        return Path(self.path)


class LocalDbtCliResource(DbtCliResource):
    """The dbt CLI installed in this environment, started without two costs this project never uses.

    Both are fixed costs of every run, so they weigh most on the small daily ones.
    """

    @cached_property
    def _cli_version(self) -> Version:
        """DbtCliResource runs ``dbt --version`` before every command to learn which engine it drives:
        a fresh Python importing dbt and its adapters, about 2 s. The executable is the one beside this
        interpreter (orchestration.project puts it first on PATH), so its version is that of the
        dbt-core package imported here."""
        return DBT_PYTHON_VERSION

    def _initialize_dbt_core_adapter(self, args: Sequence[str]) -> None:
        """DbtCliResource also opens a dbt adapter in this process before every command, about 1.4 s
        of loading the profile, the project and the DuckDB plugin. It serves only
        ``fetch_row_counts`` and ``fetch_column_metadata``, which the marts do not call. An invocation
        without an adapter is one DbtCliResource itself makes when opening the adapter fails."""
        return None
