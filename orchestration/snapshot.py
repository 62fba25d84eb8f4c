"""Publish the marts to a separate read-only file that analysts can hold open during runs.

DuckDB lets one process write a file or any number of processes read it, never both: an analyst
keeping ``warehouse.duckdb`` open read-only makes the next run fail to open it. So readers get
``analytics.duckdb`` beside the warehouse instead. It is written whole into a temporary file and
moved over the old one with ``os.replace``, which is atomic: a reader that already has the old file
open keeps reading the old version undisturbed, the next one opens the new version, and no reader
ever sees half a snapshot or blocks a run.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

SNAPSHOT_NAME = "analytics.duckdb"
SCHEMA = "main"


def snapshot_path(warehouse_path: Path) -> Path:
    return Path(warehouse_path).with_name(SNAPSHOT_NAME)


def publish_snapshot(con: duckdb.DuckDBPyConnection, target: Path) -> dict[str, int]:
    """Copy every table of schema ``main`` (the marts and seeds) into ``target``; return row counts.

    The caller holds the warehouse writer lock, so one fixed temporary name cannot be shared by two
    writers, and a leftover from a killed run is simply overwritten.
    """
    temporary = target.with_name(f".{target.name}.tmp")
    for leftover in (temporary, temporary.with_name(temporary.name + ".wal")):
        leftover.unlink(missing_ok=True)
    tables = [
        row[0]
        for row in con.execute(
            "select table_name from information_schema.tables "
            "where table_catalog = current_database() and table_schema = ? and table_type = 'BASE TABLE' "
            "order by table_name",
            [SCHEMA],
        ).fetchall()
    ]
    counts: dict[str, int] = {}
    quoted = str(temporary).replace("'", "''")
    con.execute(f"attach '{quoted}' as analytics_snapshot")
    try:
        for table in tables:
            con.execute(
                f'create table analytics_snapshot.{SCHEMA}."{table}" as select * from {SCHEMA}."{table}"'
            )
            counts[table] = con.execute(
                f'select count(*) from analytics_snapshot.{SCHEMA}."{table}"'
            ).fetchone()[0]
    finally:
        # Detaching checkpoints the file: everything is in it, and no .wal is left beside it.
        con.execute("detach analytics_snapshot")
    os.replace(temporary, target)
    _fsync_directory(target.parent)
    return counts


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself survive a power cut, not only the file's content."""
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
