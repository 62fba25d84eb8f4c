"""The example questions in dbt_project/analyses: each compiles with dbt and runs on the seed warehouse,
and the ones with an obvious answer on the two seed articles give it."""

from __future__ import annotations

import datetime as dt
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration.settings import DBT_PROJECT_DIR

pytestmark = pytest.mark.integration

ANALYSES_DIR = DBT_PROJECT_DIR / "analyses"
ANALYSES = sorted(path.stem for path in ANALYSES_DIR.glob("*.sql"))
_DBT = Path(sys.executable).parent / "dbt"


@pytest.fixture(scope="module")
def compiled(seed_warehouse, tmp_path_factory) -> dict[str, str]:
    """Compile the analyses into a private target dir, so the project's manifest stays untouched.

    dbt names the database after the warehouse file's stem, so it compiles against an empty file of
    the same name and the SQL then runs unchanged on the seed warehouse.
    """
    root = tmp_path_factory.mktemp("analyses")
    env = os.environ | {"WAREHOUSE_PATH": str(root / seed_warehouse.settings.warehouse_path.name)}
    subprocess.run(
        [str(_DBT), "compile", "--select", "resource_type:analysis", "--project-dir", str(DBT_PROJECT_DIR),
         "--profiles-dir", str(DBT_PROJECT_DIR), "--target-path", str(root / "target"),
         "--log-path", str(root / "logs"), "--quiet"],
        check=True, env=env, timeout=300,
    )  # fmt: skip
    out = root / "target" / "compiled" / "newswh" / "analyses"
    return {path.stem: path.read_text(encoding="utf-8") for path in out.glob("*.sql")}


@pytest.fixture(scope="module")
def run(seed_warehouse, compiled):
    def run_analysis(name: str) -> tuple[list[str], list[tuple]]:
        with duckdb.connect(str(seed_warehouse.settings.warehouse_path), read_only=True) as con:
            relation = con.sql(compiled[name])
            return relation.columns, relation.fetchall()

    return run_analysis


def test_there_are_ten_questions():
    assert len(ANALYSES) == 10


@pytest.mark.parametrize("name", ANALYSES)
def test_each_states_its_question_in_lower_case_sql(name):
    text = (ANALYSES_DIR / f"{name}.sql").read_text(encoding="utf-8")
    assert text.startswith("-- ") and text.rstrip().endswith(tuple("abcdefghijklmnopqrstuvwxyz_)"))
    code = "\n".join(line for line in text.splitlines() if not line.startswith("--"))
    assert not re.search(r"\b(SELECT|FROM|WHERE|GROUP BY|ORDER BY|WITH|JOIN)\b", code)


@pytest.mark.parametrize("name", ANALYSES)
def test_each_compiles_and_runs(run, name):
    columns, _ = run(name)
    assert columns


def test_visits_to_lang_son_by_year(run):
    columns, rows = run("visits_to_lang_son_by_year")
    visits = [dict(zip(columns, row, strict=True)) for row in rows]
    assert [(v["visit_year"], v["visitor_name"]) for v in visits] == [
        (2015, "Nguyễn Phú Trọng"),
        (2023, "Nguyễn Phú Trọng"),
    ]
    assert all("Lạng Sơn" in v["evidence_text"] for v in visits)


def test_leaders_by_province_visits(run):
    _, rows = run("leaders_by_province_visits")
    assert rows == [("Nguyễn Phú Trọng", "Tổng Bí thư", "Lạng Sơn", 2, [2015, 2023])]


def test_visits_per_month(run):
    _, rows = run("visits_per_month")
    assert rows == [(dt.date(2015, 4, 1), 1, 1, 0, 1), (dt.date(2023, 8, 1), 1, 1, 0, 1)]


def test_provinces_by_grdp_growth_2022(run, seed_warehouse):
    _, rows = run("provinces_by_grdp_growth_2022")
    rank, province, growth, start, reports, _ = rows[0]
    assert (rank, province, start) == (1, "Lạng Sơn", 2021)
    sql = (
        "select value from main.fct_indicators "
        "where indicator_code = 'GRDP_GROWTH' and period_end_year = 2022"
    )
    values = [value for (value,) in seed_warehouse.query(sql)]
    assert 6.95 in values and reports == len(values)
    assert growth == pytest.approx(statistics.median(values))


def test_pci_ranks_by_province_and_year(run):
    _, rows = run("pci_ranks_by_province_and_year")
    assert ("Lạng Sơn", 2022, 15, 63, 1) in rows


def test_indicators_for_one_province(run):
    columns, rows = run("indicators_for_one_province")
    found = [dict(zip(columns, row, strict=True)) for row in rows]
    pci = [f for f in found if f["indicator_code"] == "PCI_RANK"]
    assert pci and pci[0]["figure_text"] in pci[0]["evidence_text"]
    assert pci[0]["measure"]  # named from the catalogue
    assert all(f["evidence_text"] for f in found)


def test_most_reported_indicator_codes(run, seed_warehouse):
    _, rows = run("most_reported_indicator_codes")
    (coded,) = seed_warehouse.query("select count(indicator_code) from main.fct_indicators")[0]
    assert sum(row[3] for row in rows) == coded
    assert [row[3] for row in rows] == sorted((row[3] for row in rows), reverse=True)
    assert all(row[1] for row in rows)  # every code is in the catalogue


@pytest.mark.parametrize("name", ["articles_without_facts", "visits_abroad_by_country"])
def test_nothing_to_report_on_the_seeds(run, name):
    _, rows = run(name)
    assert rows == []


def test_quarantined_inputs_by_reason(run, seed_warehouse):
    _, rows = run("quarantined_inputs_by_reason")
    (total,) = seed_warehouse.query("select count(*) from main.quarantined_inputs")[0]
    assert sum(row[2] for row in rows) == total
