"""Helpers that turn warehouse tables into materialization metadata users can read in the UI."""

from __future__ import annotations

import dagster as dg
import duckdb

from orchestration.staging import SQL_TYPES, Table

OWNERS = ["team:data-engineering"]


def column_schema(table: Table) -> dg.TableSchema:
    return dg.TableSchema(columns=[dg.TableColumn(name, SQL_TYPES[dtype]) for name, dtype in table.columns])


def table_spec(table: Table, group: str, deps: list[dg.AssetKey], kinds: set[str]) -> dg.AssetSpec:
    return dg.AssetSpec(
        key=dg.AssetKey(["staging", table.name]),
        description=table.description,
        group_name=group,
        deps=deps,
        kinds=kinds,
        owners=OWNERS,
        metadata={"dagster/column_schema": column_schema(table), "dagster/table_name": table.qualified},
    )


def preview(con: duckdb.DuckDBPyConnection, sql: str, limit: int = 5) -> dg.MetadataValue:
    """A markdown table of the first rows, long text cut, so a run shows what it produced."""
    relation = con.sql(f"select * from ({sql}) limit {limit}")
    header = relation.columns
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in relation.fetchall():
        cells = [str(value).replace("|", "/").replace("\n", " ")[:60] for value in row]
        lines.append("| " + " | ".join(cells) + " |")
    return dg.MetadataValue.md("\n".join(lines))


def row_count(con: duckdb.DuckDBPyConnection, table: Table) -> int:
    return con.execute(f"select count(*) from {table.qualified}").fetchone()[0]
