"""Whether a derived table is already up to date with what it is built from, so a run with nothing
new skips rebuilding it: the marts (dbt) and the gazetteer table.

dbt rebuilds every mart and runs every test in tens of seconds even when no input changed. The
fingerprint below covers everything the marts read (raw articles, their extraction, the quarantine,
the gazetteer: row counts and change times) and the dbt project's own files; dbt runs only when it
differs from the one recorded after the last successful build. The dbt files' own fingerprint is kept
too (``DBT_CODE``), so a build for new data alone can leave out what checks the code, not the data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from orchestration import staging

MARTS = "marts"
GAZETTEER = "admin_units"
DBT_CODE = "dbt_code"

_STAGING_STATE = f"""
select concat_ws('|',
    (select count(*) || ':' || coalesce(max(last_changed_at)::varchar, '')
     from {staging.RAW_ARTICLES.qualified}),
    (select count(*) || ':' || coalesce(max(extracted_at)::varchar, '') from {staging.ARTICLES.qualified}),
    (select count(*) || ':' || coalesce(md5(string_agg(quarantine_id, ',' order by quarantine_id)), '')
     from {staging.QUARANTINE.qualified}),
    (select count(*) from {staging.ADMIN_UNITS.qualified}),
    {", ".join(f"(select count(*) from {table.qualified})" for table in staging.EXTRACTION_TABLES[1:])},
    (select count(*) from information_schema.tables where table_schema = 'main' and table_name in
        ('fct_visits', 'fct_indicators', 'dim_articles', 'dim_persons', 'dim_locations', 'dim_indicators',
         'quarantined_inputs'))
)
"""


def marts_fingerprint(con: duckdb.DuckDBPyConnection, code: str) -> str:
    """What the marts read now, with ``code``, the dbt files' :func:`code_fingerprint`."""
    digest = hashlib.sha256(con.execute(_STAGING_STATE).fetchone()[0].encode())
    digest.update(code.encode())
    return digest.hexdigest()


def code_fingerprint(dbt_files: Iterable[Path]) -> str:
    """The dbt project's own files: when only data changed, the SQL the unit tests check has not."""
    digest = hashlib.sha256()
    for path in dbt_files:
        digest.update(path.as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def last_build(con: duckdb.DuckDBPyConnection, target: str) -> str | None:
    row = con.execute(
        f"select fingerprint from {staging.BUILD_STATE.qualified} where target = ?", [target]
    ).fetchone()
    return row[0] if row else None


def record_build(con: duckdb.DuckDBPyConnection, target: str, fingerprint: str) -> None:
    con.execute(
        f"insert or replace into {staging.BUILD_STATE.qualified} values (?, ?, ?)",
        [target, fingerprint, datetime.now(UTC)],
    )


def forget_build(con: duckdb.DuckDBPyConnection, target: str) -> None:
    con.execute(f"delete from {staging.BUILD_STATE.qualified} where target = ?", [target])
