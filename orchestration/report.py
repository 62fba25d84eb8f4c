"""A static HTML report of the warehouse: who visited where and when, what the provinces report, and
how healthy the inputs were.

It reads only the marts (schema ``main``) and writes ``index.html`` beside its PNG charts, so the
folder can be opened from disk, mailed or served as is: no JavaScript, no CDN, no network. Charts are
drawn with matplotlib's object API on the Agg canvas (no pyplot, no global backend, no display), in
DejaVu Sans, which ships with matplotlib and has every Vietnamese glyph. Every string that comes from
the data is HTML-escaped, because article text is input we do not control.
"""

from __future__ import annotations

import html
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import matplotlib
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

TIMELINE_PNG = "visits_timeline.png"
MAP_PNG = "visits_map.png"
PROVINCES_PNG = "visits_by_province.png"
INDICATORS_PNG = "indicators_over_time.png"
CHARTS = (TIMELINE_PNG, MAP_PNG, PROVINCES_PNG, INDICATORS_PNG)

# Enough rows to read at a glance; the SQL in dbt_project/analyses answers the long tail.
MAX_VISITORS = 25
MAX_PROVINCES = 20
MAX_INDICATOR_PROVINCES = 10
CODES_PER_PROVINCE = 5
MAX_SERIES = 6
LATEST_VISITS = 30
EVIDENCE_CHARS = 220

_STYLE = {"font.family": "DejaVu Sans", "font.size": 9, "axes.spines.top": False, "axes.spines.right": False}
_BLUE, _ORANGE, _GREY = "#2563eb", "#ea580c", "#cbd5e1"
# The frame of the map: every province centroid, the Hoàng Sa and Trường Sa archipelagos left aside.
_VIETNAM_LONGITUDES, _VIETNAM_LATITUDES = (102.0, 110.5), (8.3, 23.6)

_COUNTS_SQL = """
select
    (select count(*) from main.dim_articles) as articles,
    (select count(*) from main.fct_visits) as visits,
    (select count(*) from main.fct_indicators) as indicators,
    (select count(*) from main.quarantined_inputs) as quarantined,
    (select count(distinct province_code) from main.fct_visits) as provinces_visited,
    (select count(distinct person_id) from main.fct_visits) as visitors,
    (select count(*) from main.dim_articles as a
        where exists (select 1 from main.fct_visits as v where v.article_id = a.article_id)
           or exists (select 1 from main.fct_indicators as i where i.article_id = a.article_id)
    ) as articles_with_facts,
    (select count(*) from main.dim_articles where extraction_error is not null) as extraction_errors,
    (select count(indicator_code) from main.fct_indicators) as indicators_with_code,
    (select count(visit_date) from main.fct_visits) as visits_with_date
"""
_TIMELINE_SQL = """
with visitors as (
    select person_id, any_value(visitor_name) as visitor_name, mode(visitor_title) as usual_title,
        count(*) as visits
    from main.fct_visits
    where visit_date is not null
    group by person_id
    order by visits desc, visitor_name
    limit ?
)
select visits.visit_date, visitors.visitor_name, visitors.usual_title,
    coalesce(visits.province_name, visits.country) as destination, visits.province_code is null as abroad
from main.fct_visits as visits
inner join visitors on visits.person_id = visitors.person_id
where visits.visit_date is not null
order by visitors.visits, visitors.visitor_name desc, visits.visit_date
"""
_PROVINCES_SQL = """
with visits_per_province as (
    select location_id, any_value(province_name) as province_name, count(*) as visits
    from main.fct_visits
    where province_code is not null
    group by location_id
)
select provinces.name, provinces.latitude, provinces.longitude, coalesce(visits_per_province.visits, 0)
from main.dim_locations as provinces
left join visits_per_province on provinces.location_id = visits_per_province.location_id
where provinces.system = 'legacy_63' and provinces.level = 'province'
union all
select visits_per_province.province_name, null, null, visits_per_province.visits
from visits_per_province
where not exists (select 1 from main.dim_locations as l where l.location_id = visits_per_province.location_id)
"""
_COUNTRIES_SQL = """
select country, count(*) as visits, count(distinct person_id) as visitors
from main.fct_visits
where province_code is null
group by country
order by visits desc, country
"""
_LATEST_SQL = f"""
select visit_date, visitor_title, visitor_name, coalesce(province_name, country), evidence_text
from main.fct_visits
order by visit_date desc nulls last, visitor_name
limit {LATEST_VISITS}
"""
_INDICATORS_SQL = """
select facts.geo_name, facts.indicator_code, coalesce(codes.name_vi, facts.indicator_code), facts.unit,
    facts.value, facts.rank_total, facts.qualifier, facts.period_start_year, facts.period_end_year
from main.fct_indicators as facts
left join main.dim_indicators as codes on facts.indicator_code = codes.indicator_code
where facts.geo_name is not null and facts.indicator_code is not null
"""
_QUARANTINE_SQL = """
select stage, reason, count(*) as inputs
from main.quarantined_inputs
group by stage, reason
order by inputs desc, stage, reason
"""


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What the report holds, for the asset's metadata and the CLI."""

    index_path: Path
    charts: tuple[Path, ...]
    counts: dict[str, int]
    markdown: str


@dataclass(frozen=True, slots=True)
class _Reading:
    """One indicator value as stated, with what is needed to print and plot it."""

    unit: str
    value: float
    rank_total: int | None
    qualifier: str | None
    start: int | None
    end: int | None

    @property
    def year(self) -> int | None:
        return self.end if self.end is not None else self.start


def render_report(con: duckdb.DuckDBPyConnection, out_dir: Path) -> ReportSummary:
    """Write ``index.html`` and its charts into ``out_dir`` from the marts ``con`` can read."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in CHARTS:  # a chart with nothing to show is left out, so no stale one may linger
        (out_dir / name).unlink(missing_ok=True)
    result = con.execute(_COUNTS_SQL)
    counts = dict(zip((column[0] for column in result.description), result.fetchone(), strict=True))
    timeline = con.execute(_TIMELINE_SQL, [MAX_VISITORS]).fetchall()
    provinces = con.execute(_PROVINCES_SQL).fetchall()
    readings = _group_readings(con.execute(_INDICATORS_SQL).fetchall())
    with matplotlib.rc_context(_STYLE):
        charts = {
            TIMELINE_PNG: _timeline_chart(timeline, out_dir / TIMELINE_PNG),
            MAP_PNG: _map_chart(provinces, out_dir / MAP_PNG),
            PROVINCES_PNG: _province_chart(provinces, out_dir / PROVINCES_PNG),
            INDICATORS_PNG: _indicator_chart(readings, out_dir / INDICATORS_PNG),
        }
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = "\n".join(
        [
            _header(counts, generated),
            _visits_section(con, counts, charts, timeline),
            _provinces_section(con, charts, provinces),
            _indicators_section(charts, readings),
            _quality_section(con, counts),
        ]
    )
    index = out_dir / "index.html"
    index.write_text(_PAGE.format(generated=html.escape(generated), body=body), encoding="utf-8")
    top = sorted((p for p in provinces if p[3]), key=lambda p: (-p[3], p[0]))[:5]
    return ReportSummary(
        index_path=index,
        charts=tuple(out_dir / name for name, drawn in charts.items() if drawn),
        counts=counts,
        markdown=_markdown(counts, top),
    )


# --- formatting --------------------------------------------------------------------------------------

_QUALIFIERS = {"more_than": "> ", "less_than": "< ", "approx": "≈ "}
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_value(unit: str, value: float, rank_total: int | None = None, qualifier: str | None = None) -> str:
    """A value in canonical units as a reader would write it: 6.95%, 15/63, 49.26 million VND."""
    prefix = _QUALIFIERS.get(qualifier or "", "")
    if unit == "rank":
        return f"{prefix}{value:g}/{rank_total}" if rank_total else f"{prefix}#{value:g}"
    if unit == "percent":
        return f"{prefix}{value:g}%"
    if unit in ("VND", "USD"):
        divisor, label = _money_scale(unit, abs(value))
        return f"{prefix}{value / divisor:.4g} {label}" if divisor > 1 else f"{prefix}{value:,.0f} {unit}"
    suffix = "" if unit in ("count", "other") else f" {unit}"
    return f"{prefix}{value:,.10g}{suffix}"


def _money_scale(unit: str, magnitude: float) -> tuple[float, str]:
    """The divisor and unit label that keep an amount of money short: (1e6, "million VND")."""
    for scale, word in _SCALES:
        if magnitude >= scale:
            return scale, f"{word} {unit}"
    return 1.0, unit


def _period(start: int | None, end: int | None) -> str:
    if start is None and end is None:
        return "no period"
    if start is None or end is None or start == end:
        return str(end if end is not None else start)
    return f"{start}–{end}"


def _share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({part / whole:.0%})" if whole else "–"


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _table(headers: tuple[str, ...], rows: list[tuple], numeric: tuple[int, ...] = ()) -> str:
    """An HTML table; every cell is escaped, columns listed in ``numeric`` are right-aligned."""

    def cells(tag: str, values: tuple) -> str:
        opening = [f'<{tag} class="num">' if i in numeric else f"<{tag}>" for i in range(len(values))]
        return "".join(f"{start}{_e(value)}</{tag}>" for start, value in zip(opening, values, strict=True))

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return f"<table><thead><tr>{cells('th', headers)}</tr></thead><tbody>{body}</tbody></table>"


def _image(charts: dict[str, bool], name: str, alt: str, empty: str) -> str:
    if charts[name]:
        return f'<img src="{name}" alt="{_e(alt)}">'
    return f'<p class="empty">{_e(empty)}</p>'


# --- sections ----------------------------------------------------------------------------------------


def _header(counts: dict[str, int], generated: str) -> str:
    cards = (
        ("articles", counts["articles"]),
        ("visits", counts["visits"]),
        ("visitors", counts["visitors"]),
        ("provinces visited", counts["provinces_visited"]),
        ("indicators", counts["indicators"]),
        ("quarantined", counts["quarantined"]),
    )
    tiles = "".join(
        f'<div class="card"><span class="n" id="count-{label.replace(" ", "-")}">{n}</span>'
        f"<span>{label}</span></div>"
        for label, n in cards
    )
    return (
        "<header><h1>Official visits and local indicators</h1>"
        f'<p class="meta">Warehouse report generated {_e(generated)}</p>'
        f'<div class="cards">{tiles}</div></header>'
    )


def _visits_section(
    con: duckdb.DuckDBPyConnection, counts: dict[str, int], charts: dict[str, bool], timeline: list[tuple]
) -> str:
    shown = len({row[1] for row in timeline})
    note = (
        f"{counts['visits_with_date']} dated visits of {counts['visits']}; "
        f"the {shown} most frequent visitors shown. Blue: in Viet Nam, orange: abroad."
    )
    latest = [
        (visit_date, " ".join(filter(None, (title, name))), destination, _cut(evidence))
        for visit_date, title, name, destination, evidence in con.execute(_LATEST_SQL).fetchall()
    ]
    return (
        '<section id="visits"><h2>Visits over time</h2>'
        f'<p class="note">{_e(note)}</p>'
        + _image(charts, TIMELINE_PNG, "Visits over time by visitor", "No dated visits yet.")
        + "<h3>Latest visits</h3>"
        + (
            _table(("date", "visitor", "destination", "evidence"), latest)
            if latest
            else '<p class="empty">No visits yet.</p>'
        )
        + "</section>"
    )


def _provinces_section(
    con: duckdb.DuckDBPyConnection, charts: dict[str, bool], provinces: list[tuple]
) -> str:
    countries = con.execute(_COUNTRIES_SQL).fetchall()
    return (
        '<section id="provinces"><h2>Visits by province</h2>'
        '<p class="note">Each grey dot is a province of the 63-province system at its centroid; '
        'a blue circle\'s area grows with the visits it received.</p><div class="pair">'
        + _image(charts, MAP_PNG, "Map of visits by province", "No province coordinates in dim_locations.")
        + _image(charts, PROVINCES_PNG, "Visits by province", "No visits to provinces yet.")
        + "</div><h3>Visits abroad</h3>"
        + (
            _table(("country", "visits", "visitors"), countries, numeric=(1, 2))
            if countries
            else '<p class="empty">No visits abroad yet.</p>'
        )
        + "</section>"
    )


def _indicators_section(charts: dict[str, bool], readings: dict[tuple[str, str, str], list[_Reading]]) -> str:
    rows = []
    for (province, code, name), values in _top_indicators(readings):
        by_period: dict[str, list[str]] = defaultdict(list)
        for r in sorted(values, key=lambda r: (r.year is None, r.year or 0, r.start or 0)):
            text = format_value(r.unit, r.value, r.rank_total, r.qualifier)
            if text not in by_period[_period(r.start, r.end)]:
                by_period[_period(r.start, r.end)].append(text)
        periods = "; ".join(f"{period}: {', '.join(texts)}" for period, texts in by_period.items())
        rows.append((province, f"{name} ({code})", len(values), periods))
    table = (
        _table(("place", "indicator", "reports", "values by period"), rows, numeric=(2,))
        if rows
        else '<p class="empty">No coded indicators with a place yet.</p>'
    )
    return (
        '<section id="indicators"><h2>Most-reported indicators per province</h2>'
        f'<p class="note">The {CODES_PER_PROVINCE} most-reported catalogue indicators of the '
        f"{MAX_INDICATOR_PROVINCES} provinces with the most reports, every value as stated.</p>"
        + table
        + _image(charts, INDICATORS_PNG, "Indicator values over time", "No indicator has a period yet.")
        + "</section>"
    )


def _quality_section(con: duckdb.DuckDBPyConnection, counts: dict[str, int]) -> str:
    articles, indicators, visits = counts["articles"], counts["indicators"], counts["visits"]
    figures = [
        ("articles in the warehouse", str(articles)),
        ("articles with at least one visit or indicator", _share(counts["articles_with_facts"], articles)),
        ("articles whose extraction failed", str(counts["extraction_errors"])),
        ("indicators with a catalogue code", _share(counts["indicators_with_code"], indicators)),
        ("visits with a date", _share(counts["visits_with_date"], visits)),
        ("inputs quarantined", str(counts["quarantined"])),
    ]
    reasons = con.execute(_QUARANTINE_SQL).fetchall()
    return (
        '<section id="quality"><h2>Data quality</h2>'
        + _table(("figure", "value"), figures, numeric=(1,))
        + "<h3>Quarantined inputs by reason</h3>"
        + (
            _table(("stage", "reason", "inputs"), reasons, numeric=(2,))
            if reasons
            else '<p class="empty">Nothing quarantined.</p>'
        )
        + "</section>"
    )


def _cut(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"


def _markdown(counts: dict[str, int], top: list[tuple]) -> str:
    lines = [
        "| articles | visits | indicators | quarantined |",
        "|---|---|---|---|",
        f"| {counts['articles']} | {counts['visits']} | {counts['indicators']} | {counts['quarantined']} |",
    ]
    if top:
        names = ", ".join(f"{name.replace('|', '/')} ({visits})" for name, _, _, visits in top)
        lines += ["", f"Most visited provinces: {names}"]
    return "\n".join(lines)


# --- indicators --------------------------------------------------------------------------------------


def _group_readings(rows: list[tuple]) -> dict[tuple[str, str, str], list[_Reading]]:
    readings: dict[tuple[str, str, str], list[_Reading]] = defaultdict(list)
    for province, code, name, unit, value, rank_total, qualifier, start, end in rows:
        readings[(province, code, name)].append(_Reading(unit, value, rank_total, qualifier, start, end))
    return readings


def _top_indicators(
    readings: dict[tuple[str, str, str], list[_Reading]],
) -> list[tuple[tuple[str, str, str], list[_Reading]]]:
    """The most-reported codes of the provinces with the most reports, busiest province first."""
    per_province: dict[str, int] = defaultdict(int)
    for (province, _, _), values in readings.items():
        per_province[province] += len(values)
    provinces = sorted(per_province, key=lambda p: (-per_province[p], p))[:MAX_INDICATOR_PROVINCES]
    rank = {province: i for i, province in enumerate(provinces)}
    top: list[tuple[tuple[str, str, str], list[_Reading]]] = []
    for province in provinces:
        mine = [(key, values) for key, values in readings.items() if key[0] == province]
        top += sorted(mine, key=lambda item: (-len(item[1]), item[0][1]))[:CODES_PER_PROVINCE]
    return sorted(top, key=lambda item: (rank[item[0][0]], -len(item[1]), item[0][1]))


# --- charts ------------------------------------------------------------------------------------------


def _save(figure: Figure, path: Path) -> bool:
    figure.savefig(path, dpi=110, metadata={"Software": None})
    return True


def _timeline_chart(rows: list[tuple], path: Path) -> bool:
    """Each dated visit as a point on its visitor's line; destinations labelled when few enough."""
    if not rows:
        return False
    row_labels = [f"{name} ({title})" if title else name for _, name, title, _, _ in rows]
    labels = list(dict.fromkeys(row_labels))
    figure = Figure(figsize=(10, 1.2 + 0.32 * len(labels)), layout="constrained")
    ax = figure.subplots()
    ys = [labels.index(label) for label in row_labels]
    dates = [row[0] for row in rows]
    ax.scatter(dates, ys, s=36, c=[_ORANGE if row[4] else _BLUE for row in rows], alpha=0.8, zorder=3)
    if len(rows) <= 30:
        for when, y, row in zip(dates, ys, rows, strict=True):
            ax.annotate(row[3], (when, y), xytext=(4, 5), textcoords="offset points", fontsize=7)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(-0.7, len(labels) - 0.3)
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    if len(set(dates)) == 1:  # one day would give a zero-width axis
        day = date.toordinal(dates[0])
        ax.set_xlim(date.fromordinal(day - 400), date.fromordinal(day + 400))
    ax.grid(axis="x", color="#e2e8f0")
    ax.set_title("Visits over time by visitor", loc="left", fontweight="bold")
    return _save(figure, path)


def _map_chart(provinces: list[tuple], path: Path) -> bool:
    """The 63 provinces at their centroids, a circle sized by visits: a map without map tiles."""
    located = [p for p in provinces if p[1] is not None and p[2] is not None]
    if not located:
        return False
    most = max(p[3] for p in located) or 1
    visited = sorted((p for p in located if p[3]), key=lambda p: -p[3])
    figure = Figure(figsize=(4.8, 7.6), layout="constrained")
    ax = figure.subplots()
    ax.scatter([p[2] for p in located], [p[1] for p in located], s=10, c=_GREY, zorder=2)
    ax.scatter(
        [p[2] for p in visited],
        [p[1] for p in visited],
        s=[40 + 560 * math.sqrt(p[3] / most) for p in visited],
        c=_BLUE,
        alpha=0.55,
        edgecolors="white",
        zorder=3,
    )
    for name, latitude, longitude, visits in visited[:12]:
        ax.annotate(
            f"{name} ({visits})",
            (longitude, latitude),
            xytext=(6, 0),
            textcoords="offset points",
            fontsize=7,
            va="center",
        )
    ax.set_xlim(*_VIETNAM_LONGITUDES)
    ax.set_ylim(*_VIETNAM_LATITUDES)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title("Visits by province", loc="left", fontweight="bold")
    return _save(figure, path)


def _province_chart(provinces: list[tuple], path: Path) -> bool:
    visited = sorted((p for p in provinces if p[3]), key=lambda p: (-p[3], p[0]))[:MAX_PROVINCES]
    if not visited:
        return False
    figure = Figure(figsize=(5.6, 1.2 + 0.3 * len(visited)), layout="constrained")
    ax = figure.subplots()
    names = [p[0] for p in reversed(visited)]
    counts = [p[3] for p in reversed(visited)]
    bars = ax.barh(names, counts, color=_BLUE)
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("Most visited provinces", loc="left", fontweight="bold")
    return _save(figure, path)


def _indicator_chart(readings: dict[tuple[str, str, str], list[_Reading]], path: Path) -> bool:
    """Small multiples: the most-reported place x indicator pairs, each value at its period's end."""
    dated = {key: [r for r in values if r.year is not None] for key, values in readings.items()}
    series = sorted(((k, v) for k, v in dated.items() if v), key=lambda item: (-len(item[1]), item[0]))
    series = series[:MAX_SERIES]
    if not series:
        return False
    columns = min(3, len(series))
    rows = math.ceil(len(series) / columns)
    figure = Figure(figsize=(3.4 * columns, 2.5 * rows), layout="constrained")
    axes = figure.subplots(rows, columns, squeeze=False).ravel()
    for ax, ((province, code, _), values) in zip(axes, series, strict=False):
        unit = values[0].unit
        same_unit = [r for r in values if r.unit == unit]
        divisor, label = (1.0, unit)
        if unit in ("VND", "USD"):
            divisor, label = _money_scale(unit, max(abs(r.value) for r in same_unit))
        years = [r.year for r in same_unit]
        ax.scatter(years, [r.value / divisor for r in same_unit], color=_BLUE, s=22, zorder=3)
        if len(same_unit) <= 8:
            for r in same_unit:
                text = format_value(r.unit, r.value, r.rank_total, r.qualifier)
                ax.annotate(
                    text,
                    (r.year, r.value / divisor),
                    xytext=(0, 6),
                    textcoords="offset points",
                    fontsize=7,
                    ha="center",
                )
        ax.margins(x=0.12, y=0.3)
        if unit == "rank":
            ax.invert_yaxis()  # rank 1 is the best, so it goes on top
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
        if len(set(years)) == 1:
            ax.set_xlim(years[0] - 1, years[0] + 1)
        ax.set_title(f"{province} · {code} ({label})", loc="left", fontsize=8, fontweight="bold")
        ax.tick_params(labelsize=7)
    for ax in axes[len(series) :]:
        ax.set_visible(False)
    return _save(figure, path)


_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newswh report, {generated}</title>
<style>
body {{ font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 0; color: #0f172a;
  background: #f8fafc; line-height: 1.45; }}
header {{ background: #0f172a; color: #f8fafc; padding: 24px 32px; }}
header h1 {{ margin: 0 0 4px; font-size: 24px; }}
.meta {{ margin: 0 0 16px; color: #94a3b8; }}
.cards {{ display: flex; flex-wrap: wrap; gap: 12px; }}
.card {{ background: #1e293b; border-radius: 8px; padding: 10px 16px; min-width: 110px; }}
.card span {{ display: block; color: #cbd5e1; font-size: 13px; }}
.card .n {{ color: #fff; font-size: 26px; font-weight: bold; }}
section {{ background: #fff; margin: 20px 32px; padding: 16px 24px; border-radius: 8px;
  box-shadow: 0 1px 3px rgba(15, 23, 42, .08); }}
h2 {{ margin-top: 0; font-size: 19px; }}
h3 {{ font-size: 15px; margin-bottom: 6px; }}
img {{ max-width: 100%; height: auto; }}
.pair {{ display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }}
table {{ border-collapse: collapse; font-size: 13px; width: 100%; }}
th, td {{ text-align: left; padding: 5px 8px; border-bottom: 1px solid #e2e8f0; vertical-align: top; }}
th {{ background: #f1f5f9; }}
.num, td:first-child {{ white-space: nowrap; }}
.num {{ text-align: right; }}
.note {{ color: #475569; font-size: 13px; }}
.empty {{ color: #64748b; font-style: italic; }}
</style>
</head>
<body>
{body}
</body>
</html>
"""
