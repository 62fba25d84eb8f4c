"""`newswh`: run the pipeline, look at the warehouse, query it.

newswh run                 materialize every asset and run every check, then print a summary
newswh status              what the warehouse holds now
newswh query "select ..."  run read-only SQL against the warehouse
newswh dbt ARGS...         run dbt on the project with the same warehouse path (e.g. `docs generate`)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from orchestration.settings import DBT_PROJECT_DIR, PROJECT_ROOT, load_settings
from orchestration.snapshot import snapshot_path

_SUMMARY_SQL = {
    "articles": "select count(*) from main.dim_articles",
    "visits": "select count(*) from main.fct_visits",
    "indicators": "select count(*) from main.fct_indicators",
    "quarantined": "select count(*) from main.quarantined_inputs",
}


def _connect_read_only() -> duckdb.DuckDBPyConnection:
    """The analytics snapshot when there is one: reading it never blocks a run."""
    settings = load_settings()
    path = snapshot_path(settings.warehouse_path)
    path = path if path.exists() else settings.warehouse_path
    if not path.exists():
        sys.exit(f"No warehouse at {settings.warehouse_path} yet: run `newswh run` (or `make run`) first.")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as error:
        sys.exit(f"The warehouse is busy being written ({error}); try again when the run has finished.")


def _summary(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {name: con.execute(sql).fetchone()[0] for name, sql in _SUMMARY_SQL.items()}


def _quarantine_reasons(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    return con.execute(
        "select reason, count(*) from main.quarantined_inputs group by reason order by 2 desc, 1"
    ).fetchall()


def run(full_refresh: bool = False) -> int:
    os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT / "dagster_home"))
    settings = load_settings()
    print(f"articles: {settings.articles_dir}\nwarehouse: {settings.warehouse_path}", flush=True)
    started = time.perf_counter()
    import dagster as dg

    from orchestration.runner import refresh

    result = refresh(
        settings, tags={"trigger": "cli"}, instance=dg.DagsterInstance.get(), full_refresh=full_refresh
    )
    checks = result.get_asset_check_evaluations()
    failed = [c for c in checks if not c.passed and c.severity != dg.AssetCheckSeverity.WARN]
    warned = [c for c in checks if not c.passed and c.severity == dg.AssetCheckSeverity.WARN]
    with _connect_read_only() as con:
        counts = _summary(con)
        reasons = _quarantine_reasons(con)
    print(
        f"\nrun {'succeeded' if result.success else 'FAILED'} in {time.perf_counter() - started:.1f} s: "
        f"{counts['articles']} articles, {counts['visits']} visits, {counts['indicators']} indicators, "
        f"{counts['quarantined']} quarantined; "
        f"checks {len(checks) - len(failed) - len(warned)} passed, {len(warned)} warned, {len(failed)} failed"
    )
    if reasons:
        print("  quarantined: " + ", ".join(f"{reason} {count}" for reason, count in reasons))
    for label, group in (("failed", failed), ("warning", warned)):
        for check in group:
            print(f"  {label}: {check.asset_key.to_user_string()} {check.check_name}")
    return 0 if result.success and not failed else 1


def status() -> int:
    with _connect_read_only() as con:
        for name, count in _summary(con).items():
            print(f"{name:>12}: {count}")
        for reason, count in _quarantine_reasons(con):
            print(f"{'':>14}{reason}: {count}")
    return 0


def query(sql: str) -> int:
    with _connect_read_only() as con:
        try:
            relation = con.sql(sql)
        except duckdb.Error as error:
            print(f"query failed: {error}", file=sys.stderr)
            return 2
        if relation is not None:
            relation.show(max_rows=200, max_width=200)
    return 0


def dbt(args: list[str]) -> int:
    """dbt with WAREHOUSE_PATH resolved by the settings, so it reads the same file as the assets."""
    load_settings()
    from orchestration.project import ensure_manifest

    ensure_manifest()
    command = [str(Path(sys.executable).parent / "dbt"), *args]
    return subprocess.run(
        [*command, "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)], check=False
    ).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newswh", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser(
        "run", help="materialize every asset on ARTICLES_DIR and run every check"
    )
    run_parser.add_argument(
        "--full-refresh", action="store_true", help="rebuild the marts even when nothing has changed"
    )
    commands.add_parser("status", help="what the warehouse holds now")
    query_parser = commands.add_parser("query", help="run read-only SQL against the warehouse")
    query_parser.add_argument("sql")
    dbt_parser = commands.add_parser(
        "dbt", help="run dbt against the warehouse (e.g. `newswh dbt docs generate`)"
    )
    dbt_parser.add_argument("dbt_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.command == "run":
        return run(full_refresh=args.full_refresh)
    if args.command == "status":
        return status()
    if args.command == "dbt":
        return dbt(args.dbt_args)
    return query(args.sql)


if __name__ == "__main__":
    sys.exit(main())
