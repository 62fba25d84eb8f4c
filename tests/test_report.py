"""The static HTML report: on a small warehouse built here, on an empty one, and on the seed warehouse."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from orchestration.report import (
    INDICATORS_PNG,
    MAP_PNG,
    PROVINCES_PNG,
    TIMELINE_PNG,
    format_value,
    render_report,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

_SCHEMA = """
create table main.dim_articles (article_id varchar, extraction_error varchar);
create table main.fct_visits (
    article_id varchar, person_id varchar, visitor_name varchar, visitor_title varchar,
    province_name varchar, province_code varchar, location_id varchar, country varchar,
    visit_date date, evidence_text varchar
);
create table main.fct_indicators (
    article_id varchar, indicator_code varchar, geo_name varchar, period_start_year integer,
    period_end_year integer, value double, unit varchar, rank_total integer, qualifier varchar
);
create table main.dim_indicators (indicator_code varchar, name_vi varchar);
create table main.dim_locations (
    location_id varchar, system varchar, level varchar, name varchar, latitude double, longitude double
);
create table main.quarantined_inputs (stage varchar, reason varchar);
insert into main.dim_indicators values
    ('GRDP_GROWTH', 'Tốc độ tăng trưởng GRDP'), ('PCI_RANK', 'Xếp hạng PCI');
insert into main.dim_locations values
    ('legacy:province:20', 'legacy_63', 'province', 'Lạng Sơn', 21.85, 106.76),
    ('legacy:province:15', 'legacy_63', 'province', 'Yên Bái', 21.72, 104.90),
    ('legacy:province:94', 'legacy_63', 'province', 'Sóc Trăng', 9.60, 105.97);
"""
_ROWS = """
insert into main.dim_articles values ('a1', null), ('a2', null), ('a3', null), ('a4', 'boom');
insert into main.fct_visits values
    ('a1', 'p1', 'Trần Văn Bình', 'Thủ tướng', 'Lạng Sơn', '20', 'legacy:province:20', 'Việt Nam',
     date '2019-03-02', 'Thủ tướng Trần Văn Bình thăm tỉnh Lạng Sơn & gặp <bà con> vùng biên.'),
    ('a2', 'p1', 'Trần Văn Bình', 'Thủ tướng', 'Sóc Trăng', '94', 'legacy:province:94', 'Việt Nam',
     date '2021-11-20', 'Thủ tướng Trần Văn Bình làm việc tại Sóc Trăng.'),
    ('a3', 'p2', 'Lê Thị <Hoa>', 'Chủ tịch nước', null, null, 'country:LA', 'Lào',
     null, 'Chủ tịch nước Lê Thị Hoa thăm cấp Nhà nước tới Lào.');
insert into main.fct_indicators values
    ('a1', 'GRDP_GROWTH', 'Lạng Sơn', 2018, 2018, 7.2, 'percent', null, null),
    ('a2', 'GRDP_GROWTH', 'Lạng Sơn', 2021, 2021, 6.5, 'percent', null, 'approx'),
    ('a2', 'PCI_RANK', 'Lạng Sơn', 2021, 2021, 15, 'rank', 63, null),
    ('a3', null, 'Sóc Trăng', null, null, 120, 'count', null, null);
insert into main.quarantined_inputs values ('ingest', 'invalid_json'), ('ingest', 'invalid_json'),
    ('extract', 'extraction_error');
"""


def _warehouse(path: Path, rows: bool) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute(_SCHEMA + (_ROWS if rows else ""))
    return con


def _is_png(path: Path) -> bool:
    return path.read_bytes()[:8] == PNG_MAGIC and path.stat().st_size > 2_000


@pytest.fixture(scope="module")
def small_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("small")
    with _warehouse(root / "small.duckdb", rows=True) as con:
        summary = render_report(con, root / "report")
    return summary, summary.index_path.read_text(encoding="utf-8")


def test_small_warehouse_counts(small_report):
    summary, page = small_report
    assert summary.counts["articles"] == 4
    assert summary.counts["visits"] == 3
    assert summary.counts["indicators"] == 4
    assert summary.counts["quarantined"] == 3
    assert summary.counts["visits_with_date"] == 2
    assert summary.counts["provinces_visited"] == 2
    assert '<span class="n" id="count-visits">3</span>' in page
    assert '<span class="n" id="count-quarantined">3</span>' in page


def test_small_warehouse_writes_every_chart(small_report):
    summary, page = small_report
    names = {path.name for path in summary.charts}
    assert names == {TIMELINE_PNG, MAP_PNG, PROVINCES_PNG, INDICATORS_PNG}
    for path in summary.charts:
        assert _is_png(path)
        assert f'src="{path.name}"' in page


def test_text_from_the_data_is_escaped(small_report):
    _, page = small_report
    assert "Lê Thị &lt;Hoa&gt;" in page
    assert "Lạng Sơn &amp; gặp &lt;bà con&gt;" in page
    assert "<Hoa>" not in page and "<bà con>" not in page


@pytest.mark.parametrize(
    "fragment",
    [
        '<td>Lạng Sơn</td><td>Tốc độ tăng trưởng GRDP (GRDP_GROWTH)</td><td class="num">2</td>',
        "2018: 7.2%; 2021: ≈ 6.5%",
        "2021: 15/63",
        '<td>Lào</td><td class="num">1</td>',
        '<td>indicators with a catalogue code</td><td class="num">3 of 4 (75%)</td>',
        '<td>visits with a date</td><td class="num">2 of 3 (67%)</td>',
        '<td>articles with at least one visit or indicator</td><td class="num">3 of 4 (75%)</td>',
        '<td>ingest</td><td>invalid_json</td><td class="num">2</td>',
    ],
)
def test_small_warehouse_sections(small_report, fragment):
    _, page = small_report
    assert fragment in page


def test_empty_warehouse_renders_with_notes(tmp_path):
    with _warehouse(tmp_path / "empty.duckdb", rows=False) as con:
        summary = render_report(con, tmp_path / "report")
    page = summary.index_path.read_text(encoding="utf-8")
    assert set(summary.counts.values()) == {0}
    assert [path.name for path in summary.charts] == [MAP_PNG]  # the provinces still have a place
    assert "No dated visits yet." in page and "No visits abroad yet." in page
    assert "Nothing quarantined." in page
    assert not (tmp_path / "report" / TIMELINE_PNG).exists()


def test_a_second_render_drops_charts_that_no_longer_apply(tmp_path):
    out = tmp_path / "report"
    with _warehouse(tmp_path / "w.duckdb", rows=True) as con:
        render_report(con, out)
        con.execute("delete from main.fct_visits")
        render_report(con, out)
    assert not (out / TIMELINE_PNG).exists()


@pytest.mark.parametrize(
    ("unit", "value", "rank_total", "qualifier", "expected"),
    [
        ("percent", 6.95, None, None, "6.95%"),
        ("percent", 7.0, None, "more_than", "> 7%"),
        ("rank", 15, 63, None, "15/63"),
        ("rank", 3, None, None, "#3"),
        ("VND", 49_260_000, None, None, "49.26 million VND"),
        ("VND", 3.2e12, None, "approx", "≈ 3.2 trillion VND"),
        ("VND", 850_000, None, None, "850,000 VND"),
        ("USD", 1.5e9, None, None, "1.5 billion USD"),
        ("km", 230, None, None, "230 km"),
        ("count", 22, None, "less_than", "< 22"),
        ("ha", 1250.5, None, None, "1,250.5 ha"),
    ],
)
def test_format_value(unit, value, rank_total, qualifier, expected):
    assert format_value(unit, value, rank_total, qualifier) == expected


@pytest.mark.integration
def test_seed_warehouse_report(seed_warehouse, tmp_path):
    path = str(seed_warehouse.settings.warehouse_path)
    with duckdb.connect(path, read_only=True) as con:
        summary = render_report(con, tmp_path / "report")
    page = summary.index_path.read_text(encoding="utf-8")
    assert summary.counts["visits"] == 2
    assert summary.counts["articles"] == 2
    assert {p.name for p in summary.charts} == {TIMELINE_PNG, MAP_PNG, PROVINCES_PNG, INDICATORS_PNG}
    assert all(_is_png(p) for p in summary.charts)
    assert "Nguyễn Phú Trọng (Tổng Bí thư)" in page or "Tổng Bí thư Nguyễn Phú Trọng" in page
    assert "<td>2023-08-25</td>" in page and "<td>2015-04-22</td>" in page
    assert "<tr><td>Lạng Sơn</td>" in page  # the indicators table
    assert "Lạng Sơn (2)" in summary.markdown
