"""End to end on the two founding articles: Dagster assets, DuckDB staging, dbt marts and tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.integration

SEED_2023 = "000_a36a1cf8587c4fae"
SEED_2015 = "003_212ba91be1cba443"


def test_every_dbt_test_and_check_passes(seed_warehouse):
    evaluations = seed_warehouse.result.get_asset_check_evaluations()
    assert len(evaluations) > 20  # the dbt data tests arrive as asset checks
    failed = [(e.asset_key.to_user_string(), e.check_name) for e in evaluations if not e.passed]
    assert failed == []


@pytest.mark.parametrize(
    ("article_id", "visit_date"),
    [(SEED_2023, dt.date(2023, 8, 25)), (SEED_2015, dt.date(2015, 4, 22))],
)
def test_one_visit_by_the_general_secretary_to_lang_son(seed_warehouse, article_id, visit_date):
    rows = seed_warehouse.query(
        "select visitor_name, visitor_title, province_name, province_code, country, visit_date "
        "from main.fct_visits where article_id = ?",
        [article_id],
    )
    assert rows == [("Nguyễn Phú Trọng", "Tổng Bí thư", "Lạng Sơn", "20", "Việt Nam", visit_date)]


def test_visit_evidence_is_the_sentence_in_the_clean_text(seed_warehouse):
    rows = seed_warehouse.query(
        "select v.evidence_text, substring(a.clean_text, v.char_start + 1, v.char_end - v.char_start) "
        "from main.fct_visits v join main.dim_articles a using (article_id)"
    )
    assert len(rows) == 2
    for evidence, span in rows:
        assert span and span in evidence


@pytest.mark.parametrize(
    ("article_id", "value", "unit", "code", "rank_total", "period"),
    [
        (SEED_2023, 6.95, "percent", "GRDP_GROWTH", None, (2021, 2022)),
        (SEED_2023, 49_260_000, "VND", "INCOME_PER_CAPITA", None, (2021, 2022)),
        (SEED_2023, 15, "rank", "PCI_RANK", 63, (2022, 2022)),
        (SEED_2023, 22, "count", "CORRUPTION_CASES", None, None),
        (SEED_2023, 113, "count", "DEFENDANTS", None, None),
        (SEED_2015, 230, "km", "BORDER_LENGTH", None, None),
        (SEED_2015, 9, "count", "BORDER_GATES", None, None),
    ],
)
def test_seed_indicators(seed_warehouse, article_id, value, unit, code, rank_total, period):
    rows = seed_warehouse.query(
        "select indicator_code, rank_total, period_start_year, period_end_year, geo_name "
        "from main.fct_indicators where article_id = ? and abs(value - ?) < 1e-6 and unit = ?",
        [article_id, value, unit],
    )
    assert len(rows) == 1
    got_code, got_total, start, end, geo = rows[0]
    assert (got_code, got_total) == (code, rank_total)
    if period is not None:
        assert (start, end) == period
    assert geo == "Lạng Sơn"


def test_not_indicators_in_the_seeds(seed_warehouse):
    """Grades, document numbers, congress ordinals and dates are not indicators."""
    texts = {row[0] for row in seed_warehouse.query("select figure_text from main.fct_indicators")}
    assert not {t for t in texts if "1/4" in t or "03" in t or "XVII" in t or "25-8" in t}
    assert len(texts) >= 15


def test_dimensions_are_populated(seed_warehouse):
    (provinces,) = seed_warehouse.query(
        "select count(*) from main.dim_locations where system = 'legacy_63' and level = 'province'"
    )[0]
    assert provinces == 63
    (codes,) = seed_warehouse.query("select count(*) from main.dim_indicators")[0]
    assert codes >= 36
    persons = seed_warehouse.query("select person_name, usual_title from main.dim_persons")
    assert ("Nguyễn Phú Trọng", "Tổng Bí thư") in persons
