"""Nothing lost, nothing duplicated: bad inputs, re-runs, edits, deletions, kills and concurrent writers.

Every input is written here, in temporary folders; the articles are made-up sentences generated from a
template, and the runs go through ``orchestration.runner.refresh``, the same job the schedule runs.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb
import psutil
import pytest

from orchestration import staging
from orchestration.ingest import scan_folder
from orchestration.locking import WarehouseBusyError, warehouse_lock
from orchestration.raw_sync import sync_raw_articles
from orchestration.settings import PROJECT_ROOT, use_settings
from orchestration.snapshot import publish_snapshot, snapshot_path

integration = pytest.mark.integration

MARTS = ("fct_visits", "fct_indicators", "dim_articles", "quarantined_inputs")
# The one column meant to move on a re-run: when a quarantined input was last seen.
MOVING_COLUMNS = {"quarantined_inputs": ("last_seen_at",)}

_PROVINCES = ("Lạng Sơn", "Cao Bằng", "Hà Giang", "Quảng Ninh", "Nghệ An", "Thanh Hóa", "Sơn La", "Bắc Ninh")
_VISITORS = (
    ("Thủ tướng", "Phạm Minh Chính"),
    ("Chủ tịch nước", "Võ Văn Thưởng"),
    ("Phó Thủ tướng", "Trần Hồng Hà"),
    ("Tổng Bí thư", "Nguyễn Phú Trọng"),
)


def make_article(number: int, province: str | None = None) -> dict[str, str]:
    """A distinct article with a visit, a growth rate, an income and a PCI rank, all from ``number``."""
    province = province or _PROVINCES[number % len(_PROVINCES)]
    title, name = _VISITORS[(number // len(_PROVINCES)) % len(_VISITORS)]
    year, month, day = 2016 + number % 8, 1 + number % 12, 1 + number % 27
    growth = f"{5 + number % 37 / 10:.1f}".replace(".", ",")
    text = (
        f"{title} {name} thăm và làm việc tại tỉnh {province}\n\n"
        f"Ngày {day}/{month}/{year}, {title} {name} cùng đoàn công tác đã thăm và làm việc tại tỉnh "
        f"{province}. Báo cáo với đoàn, lãnh đạo tỉnh cho biết năm {year - 1} tốc độ tăng trưởng kinh tế "
        f"của tỉnh đạt {growth}%, thu nhập bình quân đầu người đạt {38 + number % 41} triệu đồng. "
        f"Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm {year - 1} của tỉnh {province} xếp thứ "
        f"{1 + number % 63}/63.\n\n"
        f"Phát biểu kết luận, {title} {name} đề nghị tỉnh tiếp tục cải cách thủ tục hành chính, thu hút "
        f"đầu tư và chăm lo đời sống của {1000 + number} hộ nghèo trên địa bàn."
    )
    published = date(year, month, day) + timedelta(days=1)
    return {
        "id": f"gen-{number:04d}",
        "title": f"{name} thăm {province}",
        "text": text,
        "published_at": published.isoformat(),
    }


def write_jsonl(path: Path, lines: list[object]) -> None:
    path.write_text(
        "".join(
            (line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines
        ),
        encoding="utf-8",
    )


def dump(warehouse: Path, tables: tuple[str, ...] = MARTS) -> dict[str, list[tuple]]:
    """Full contents of each table, sorted, without the columns meant to change between runs."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {
            table: con.execute(
                f"select * exclude ({', '.join(MOVING_COLUMNS[table])}) from {table} order by all"
                if table in MOVING_COLUMNS
                else f"select * from {table} order by all"
            ).fetchall()
            for table in tables
        }


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def refresh(articles: Path, warehouse: Path):
    from orchestration.runner import refresh as run

    result = run(use_settings(articles, warehouse), tags={"trigger": "test"})
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    return result


def materialization(result, node: str, key: list[str]) -> dict[str, object]:
    for event in result.asset_materializations_for_node(node):
        if event.asset_key.path == key:
            return {name: value.value for name, value in event.metadata.items()}
    raise AssertionError(f"{node} did not materialize {key}")


# --- units: the writer lock, the quarantine sync and the snapshot, without a Dagster run -------------


def test_a_second_writer_waits_then_fails_with_a_clear_message(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with warehouse_lock(warehouse):
        started = time.monotonic()
        with (
            pytest.raises(WarehouseBusyError, match="being written by another process"),
            warehouse_lock(warehouse, timeout=0.5, poll=0.05),
        ):
            pass
        assert time.monotonic() - started >= 0.5
    with warehouse_lock(warehouse, timeout=0.5):  # released: the next writer gets it at once
        pass


def test_sync_keeps_every_rejection_with_its_first_sighting(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", ["{broken", [1], make_article(1), make_article(1)])
    (folder / "empty.txt").write_bytes(b"")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    staging.ensure_schema(con)
    first = sync_raw_articles(con, scan_folder(folder))
    assert (first.articles, first.quarantined) == (1, 4)
    assert first.reasons == Counter(invalid_json=1, not_an_object=1, duplicate_id_same_text=1, empty_file=1)
    sql = "select source_file, line_number, reason, first_seen_at, last_seen_at from staging.quarantine"
    sql += " order by all"
    before = con.execute(sql).fetchall()
    time.sleep(0.01)
    again = sync_raw_articles(con, scan_folder(folder))
    after = con.execute(sql).fetchall()
    assert (again.new, again.unchanged, again.quarantined) == (0, 1, 4)
    assert [row[:4] for row in after] == [row[:4] for row in before]  # first sighting kept
    assert all(new[4] > old[4] for new, old in zip(after, before, strict=True))  # last sighting moves


def test_a_reader_of_the_old_snapshot_keeps_its_view_while_a_new_one_is_published(tmp_path):
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create table fct_visits as select 1 as visit")
        publish_snapshot(con, snapshot_path(warehouse))
        reader = duckdb.connect(str(snapshot_path(warehouse)), read_only=True)
        con.execute("insert into fct_visits values (2)")
        counts = publish_snapshot(con, snapshot_path(warehouse))
    assert counts == {"fct_visits": 2}
    assert reader.execute("select count(*) from fct_visits").fetchone() == (1,)
    reader.close()
    assert query(snapshot_path(warehouse), "select count(*) from fct_visits") == [(2,)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["analytics.duckdb", "w.duckdb"]


# --- 1 and 2: a folder of good and bad inputs, run, re-run, edited and pruned ----------------------

GOOD_JSONL = ("gen-0001", "gen-0002", "gen-0003")
GOOD_TXT = ("a_good", "b_good", "boom")
# (file, line, reason) for every bad input written by write_mixed_folder.
BAD_INPUTS = {
    ("mixed.jsonl", 5, "invalid_json"),
    ("mixed.jsonl", 6, "not_an_object"),
    ("mixed.jsonl", 7, "missing_id"),
    ("mixed.jsonl", 8, "missing_text"),
    ("mixed.jsonl", 9, "bad_field_type"),
    ("mixed.jsonl", 10, "too_short"),
    ("mixed.jsonl", 11, "html_page"),
    ("mixed.jsonl", 12, "listing_page"),
    ("mixed.jsonl", 13, "duplicate_id_same_text"),
    ("mixed.jsonl", 14, "duplicate_id_conflict"),
    ("mixed.jsonl", 15, "duplicate_text"),
    ("empty.txt", None, "empty_file"),
    ("blank.txt", None, "whitespace_only"),
    ("scan.txt", None, "binary_file"),
    ("latin1.txt", None, "undecodable"),
    ("notes.md", None, "unsupported_file_type"),
    ("huge.txt", None, "too_large"),
    ("dangling.txt", None, "unreadable"),
}
EXTRACTION_FAILURE = ("boom.txt", None, "extraction_error")


def write_mixed_folder(folder: Path) -> None:
    folder.mkdir()
    first, second, third = (make_article(n) for n in (1, 2, 3))
    write_jsonl(
        folder / "mixed.jsonl",
        [
            first,
            second,
            third,
            "",  # a blank line is not a record
            '{"id": "half", "text": "Ngày 3/4',
            [1, 2],
            {"text": make_article(20)["text"]},
            {"id": "no-text", "title": "Chỉ có tiêu đề"},
            {"id": "numeric-text", "text": 42},
            {"id": "stub", "text": "Tỉnh Sơn La họp báo quý I."},
            {
                "id": "page",
                "text": "<!doctype html><html><body><p>" + make_article(21)["text"] + "</p></body></html>",
            },
            {"id": "tag-page", "url": "https://bao.example.vn/tag/son-la", "text": make_article(22)["text"]},
            first,
            {"id": first["id"], "text": make_article(23)["text"]},
            {"id": "copy-of-3", "text": third["text"]},
        ],
    )
    for stem, number in zip(GOOD_TXT, (4, 5, 6), strict=True):
        (folder / f"{stem}.txt").write_text(make_article(number)["text"], encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n\t\n", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (folder / "latin1.txt").write_bytes(
        "Le café de la gare sert une crème brûlée très appréciée des voyageurs du matin.".encode("latin-1")
    )
    (folder / "notes.md").write_text("# Ghi chú\n\nDanh sách nguồn tin cần thu thập.\n", encoding="utf-8")
    (folder / "huge.txt").write_bytes(b"a " * 2_500_001)
    (folder / "dangling.txt").symlink_to(folder / "moved-away.txt")


@dataclass
class MixedRuns:
    folder: Path
    warehouse: Path
    results: list
    dumps: list[dict[str, list[tuple]]]
    staging_after_edit: dict[str, list[tuple]]
    reader_output: list[str]
    edited: dict[str, str]


@pytest.fixture(scope="module")
def mixed_runs(tmp_path_factory) -> MixedRuns:
    """Run 1 and run 2 on the same folder; then edit one article, delete one article and one bad file,
    and run 3. A separate process holds analytics.duckdb open read-only from run 1 to after run 3."""
    import orchestration.extract_runner as extract_runner

    root = tmp_path_factory.mktemp("mixed")
    folder, warehouse = root / "articles", root / "warehouse.duckdb"
    write_mixed_folder(folder)
    real_extract = extract_runner.extract

    def extract_with_a_bug(article):
        if article.article_id == "boom":
            raise ValueError("extractor bug injected by the test")
        return real_extract(article)

    results, dumps = [], []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract_runner, "extract", extract_with_a_bug)
        for _ in range(2):
            results.append(refresh(folder, warehouse))
            dumps.append(dump(warehouse))
        reader = subprocess.Popen(
            [sys.executable, "-c", _SNAPSHOT_READER, str(snapshot_path(warehouse))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            reader_output = [reader.stdout.readline().strip()]
            edited = make_article(30, province="Cao Bằng")
            (folder / "a_good.txt").write_text(edited["text"], encoding="utf-8")
            (folder / "b_good.txt").unlink()
            (folder / "notes.md").unlink()
            results.append(refresh(folder, warehouse))
            reader_output += reader.communicate("\n", timeout=60)[0].split()
        finally:
            if reader.poll() is None:
                reader.kill()
    assert reader.returncode == 0
    dumps.append(dump(warehouse))
    staging_tables = tuple(t.qualified for t in (staging.RAW_ARTICLES, *staging.EXTRACTION_TABLES))
    staging_after_edit = {
        table: query(warehouse, f"select distinct article_id from {table} order by 1")
        for table in staging_tables
    }
    return MixedRuns(folder, warehouse, results, dumps, staging_after_edit, reader_output, edited)


# Holds the snapshot open read-only, prints its article count, waits for a line, then counts again.
_SNAPSHOT_READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
count = lambda: con.execute("select count(*) from dim_articles").fetchone()[0]
print(count(), flush=True)
sys.stdin.readline()
print(count(), flush=True)
"""


@integration
def test_bad_inputs_do_not_sink_the_run_and_every_good_article_arrives(mixed_runs):
    first = mixed_runs.dumps[0]
    assert all(result.success for result in mixed_runs.results)
    columns = [row[0] for row in query(mixed_runs.warehouse, "describe dim_articles")]
    article, error = columns.index("article_id"), columns.index("extraction_error")
    errors = {row[article]: row[error] for row in first["dim_articles"]}
    assert sorted(errors) == sorted([*GOOD_JSONL, *GOOD_TXT])
    assert errors["boom"].startswith("ValueError: extractor bug")  # kept, and flagged
    assert [value for key, value in errors.items() if key != "boom"] == [None] * 5


@integration
def test_every_bad_input_is_quarantined_with_file_line_reason_and_time(mixed_runs):
    rows = query(
        mixed_runs.warehouse,
        "select source_file, line_number, reason, detail, raw_excerpt, first_seen_at from quarantined_inputs",
    )
    seen = {(file, line, reason) for file, line, reason, *_ in rows}
    assert seen == (BAD_INPUTS - {("notes.md", None, "unsupported_file_type")}) | {EXTRACTION_FAILURE}
    for file, _, reason, detail, _, first_seen in rows:
        assert detail and first_seen is not None, (file, reason)
    excerpts = {reason: excerpt for _, _, reason, _, excerpt, _ in rows}
    assert excerpts["invalid_json"] == '{"id": "half", "text": "Ngày 3/4'  # nothing lost: the input is kept


@integration
def test_run_metadata_says_how_many_were_quarantined_and_why(mixed_runs):
    result = mixed_runs.results[0]
    quarantine = materialization(result, "raw_articles", ["staging", "quarantine"])
    expected = Counter(reason for _, _, reason in BAD_INPUTS)
    assert quarantine["dagster/row_count"] == len(BAD_INPUTS)
    assert quarantine["by_reason"] == dict(expected)
    raw = materialization(result, "raw_articles", ["staging", "raw_articles"])
    assert (raw["dagster/row_count"], raw["new"], raw["removed"]) == (6, 6, 0)
    extracted = materialization(result, "extracted_tables", ["staging", "articles"])
    assert (extracted["articles_extracted"], extracted["articles_failed"]) == (5, 1)


@integration
def test_rerunning_the_same_input_changes_no_row(mixed_runs):
    first, second = mixed_runs.dumps[:2]
    for table in MARTS:
        assert second[table] == first[table], table
    rerun = materialization(mixed_runs.results[1], "raw_articles", ["staging", "raw_articles"])
    assert (rerun["new"], rerun["changed"], rerun["unchanged"]) == (0, 0, 6)
    assert (
        materialization(mixed_runs.results[1], "extracted_tables", ["staging", "articles"])[
            "articles_extracted"
        ]
        == 0
    )


def materialized(result) -> set[str]:
    return {event.asset_key.to_user_string() for event in result.get_asset_materialization_events()}


@integration
def test_a_run_with_nothing_new_skips_dbt_and_a_changed_folder_rebuilds(mixed_runs):
    marts = {"fct_visits", "fct_indicators", "dim_articles"}
    first, unchanged, edited = mixed_runs.results
    assert materialized(first) >= marts
    assert not materialized(unchanged) & marts
    assert materialized(edited) >= marts


@integration
def test_a_change_of_data_alone_leaves_the_code_checks_and_the_seed_load_out(mixed_runs):
    """The seed (and the dbt unit tests with it) ran at the first build of this code; new data alone
    rebuilds the models and runs the data tests, not those."""
    first, _, edited = mixed_runs.results
    assert "indicator_catalogue" in materialized(first)
    assert "indicator_catalogue" not in materialized(edited)
    assert edited.get_asset_check_evaluations()


@integration
def test_the_marts_have_facts_to_compare(mixed_runs):
    first = mixed_runs.dumps[0]
    assert len(first["fct_indicators"]) >= 5 and len(first["fct_visits"]) >= 3


@integration
def test_editing_an_article_replaces_its_facts(mixed_runs):
    text_column = [row[0] for row in query(mixed_runs.warehouse, "describe fct_indicators")].index(
        "figure_text"
    )
    before, after = (
        {row[text_column] for row in run["fct_indicators"] if "a_good" in row} for run in mixed_runs.dumps[1:]
    )
    assert before and after
    assert not before & after  # the old text's figures are gone
    (clean_text,) = query(
        mixed_runs.warehouse, "select clean_text from dim_articles where article_id = 'a_good'"
    )[0]
    assert clean_text.startswith(mixed_runs.edited["text"][:40])
    rows = query(
        mixed_runs.warehouse,
        "select count(*), count(distinct indicator_id), count(*) filter (where strpos(?, evidence_text) > 0) "
        "from fct_indicators where article_id = 'a_good'",
        [clean_text],
    )
    assert rows == [(len(after), len(after), len(after))]  # one row per new fact, each from the new text
    staged = query(
        mixed_runs.warehouse,
        "select count(*) from staging.figures where article_id = 'a_good' and is_indicator",
    )
    assert staged == [(len(after),)]
    visits = query(mixed_runs.warehouse, "select province_name from fct_visits where article_id = 'a_good'")
    assert visits == [("Cao Bằng",)]


@integration
def test_deleting_a_file_removes_its_article_everywhere_and_leaves_the_rest_alone(mixed_runs):
    for table, ids in mixed_runs.staging_after_edit.items():
        assert ("b_good",) not in ids, table
    before, after = mixed_runs.dumps[1], mixed_runs.dumps[2]
    for table in ("fct_visits", "fct_indicators", "dim_articles"):
        assert not [row for row in after[table] if "b_good" in row], table
        untouched = [row for row in before[table] if "a_good" not in row and "b_good" not in row]
        assert [row for row in after[table] if "a_good" not in row] == untouched, table
    files = query(mixed_runs.warehouse, "select distinct source_file from quarantined_inputs")
    assert ("notes.md",) not in files and ("empty.txt",) in files  # only the deleted bad file left


@integration
def test_a_reader_holding_the_snapshot_open_does_not_block_a_run(mixed_runs):
    # The reader opened analytics.duckdb after run 2 (6 articles) and held it through run 3, which
    # succeeded and published 5 articles; the reader still read its own, complete version.
    assert mixed_runs.reader_output == ["6", "6"]
    assert query(snapshot_path(mixed_runs.warehouse), "select count(*) from dim_articles") == [(5,)]
    snapshot = materialization(mixed_runs.results[2], "analytics_snapshot", ["analytics_snapshot"])
    assert snapshot["tables"]["fct_visits"] == len(mixed_runs.dumps[2]["fct_visits"])


# --- 3 and 4: killed runs and concurrent runs on a few hundred generated articles -----------------

GENERATED = 500  # more than one extraction batch (400), enough for the worker pool (> 200)
BATCH = 400

# Runs a refresh in its own process. With "stall-in-batch-2" it stops inside the second extraction
# batch's transaction (after some of the batch's rows are written) so the test can kill it there.
_DRIVER = """
import sys, time


def main():
    articles, warehouse, mode = sys.argv[1:4]
    from orchestration.settings import use_settings

    settings = use_settings(articles, warehouse)
    if mode == "stall-in-batch-2":
        from orchestration import staging

        insert = staging.insert_arrow
        batches = []

        def insert_then_stall(con, table, batch):
            insert(con, table, batch)
            if table is staging.SENTENCES:
                batches.append(batch.num_rows)
                if len(batches) == 2:
                    print("STALLED inside batch 2", flush=True)
                    time.sleep(600)

        staging.insert_arrow = insert_then_stall
    from orchestration.runner import refresh

    result = refresh(settings, tags={"trigger": "test"})
    for event in result.all_events:
        if event.is_step_failure:
            print("STEP FAILED:", event.step_failure_data.error.message, flush=True)
    print("RUN SUCCESS" if result.success else "RUN FAILURE", flush=True)


if __name__ == "__main__":
    main()
"""


@dataclass
class Generated:
    folder: Path
    reference: Path  # warehouse built by one uninterrupted run
    driver: Path


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Generated:
    root = tmp_path_factory.mktemp("generated")
    folder = root / "articles"
    folder.mkdir()
    articles = [make_article(number) for number in range(100, 100 + GENERATED)]
    for part in range(5):
        write_jsonl(folder / f"part-{part}.jsonl", articles[part::5])
    reference = root / "reference" / "warehouse.duckdb"
    refresh(folder, reference)
    driver = root / "driver.py"
    driver.write_text(_DRIVER, encoding="utf-8")
    return Generated(folder, reference, driver)


def start_driver(generated: Generated, warehouse: Path, mode: str, log: Path) -> subprocess.Popen:
    env = os.environ | {"PYTHONUNBUFFERED": "1"}
    with log.open("w") as out:
        return subprocess.Popen(
            [sys.executable, str(generated.driver), str(generated.folder), str(warehouse), mode],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the kill takes the extraction workers too
        )


def wait_for(process: subprocess.Popen, log: Path, text: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while text not in log.read_text(errors="replace"):
        assert process.poll() is None, f"ended before {text!r}:\n{log.read_text()[-3000:]}"
        assert time.monotonic() < deadline, f"no {text!r} within {timeout} s:\n{log.read_text()[-3000:]}"
        time.sleep(0.1)


def kill(process: subprocess.Popen) -> None:
    """SIGKILL the run's process group and wait until every member has exited, not only the run: its
    extraction workers and dbt hold the warehouse's lock until they are gone, which on a loaded
    machine can be after the run itself is reaped."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    deadline = time.monotonic() + 30
    while any(_alive_in_group(member, process.pid) for member in psutil.process_iter()):
        assert time.monotonic() < deadline, "the killed run's processes are still running after 30 s"
        time.sleep(0.05)


def _alive_in_group(member: psutil.Process, group: int) -> bool:
    try:
        return os.getpgid(member.pid) == group and member.status() != psutil.STATUS_ZOMBIE
    except (ProcessLookupError, psutil.Error):
        return False


def extraction_rows(warehouse: Path, article_ids: list[str] | None = None) -> dict[str, list[tuple]]:
    """Every staging extraction row (when and by which build aside), optionally for some articles only."""
    where = "where article_id in (select unnest(?::varchar[]))" if article_ids is not None else ""
    rows = {}
    for table in staging.EXTRACTION_TABLES:
        exclude = " exclude (extractor_version, extracted_at)" if table is staging.ARTICLES else ""
        sql = f"select *{exclude} from {table.qualified} {where} order by all"
        rows[table.name] = query(warehouse, sql, [article_ids] if article_ids is not None else None)
    return rows


def final_state(warehouse: Path) -> dict[str, list[tuple]]:
    """The marts as a reader sees them, without the times of the runs and the extractor build id."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {
            table: con.execute(f"select * exclude ({columns}) from {table} order by all").fetchall()
            for table, columns in (
                ("fct_visits", "sentence_index"),
                ("fct_indicators", "sentence_index"),
                ("dim_articles", "first_seen_at, extracted_at, extractor_version"),
                ("dim_persons", "article_count"),
                ("quarantined_inputs", "first_seen_at, last_seen_at"),
            )
        }


@dataclass
class Interrupted:
    """What the warehouse held after each blow, and the logs of the two runs that finished the job."""

    warehouse: Path
    after_extraction_kill: dict[str, list[tuple]]
    after_dbt_kill: dict[str, list[tuple]]
    dbt_kill_log: str
    resume_logs: list[str]


@pytest.fixture(scope="module")
def interrupted(generated, tmp_path_factory) -> Interrupted:
    """Kill a run inside its second extraction batch; kill the next one while dbt rebuilds the marts;
    then start two runs at once on the same warehouse, as a schedule and a person might after a crash."""
    root = tmp_path_factory.mktemp("interrupted")
    warehouse = root / "warehouse.duckdb"
    process = start_driver(generated, warehouse, "stall-in-batch-2", root / "killed-in-extraction.log")
    try:
        wait_for(process, root / "killed-in-extraction.log", "STALLED inside batch 2")
    finally:
        kill(process)
    after_extraction_kill = extraction_rows(warehouse)

    process = start_driver(generated, warehouse, "plain", root / "killed-in-dbt.log")
    try:
        wait_for(process, root / "killed-in-dbt.log", "OK created sql table model")  # dbt is mid-build
    finally:
        kill(process)
    after_dbt_kill = extraction_rows(warehouse)

    logs = [root / f"resume-{n}.log" for n in (1, 2)]
    processes = [start_driver(generated, warehouse, "plain", log) for log in logs]
    try:
        for process in processes:
            process.wait(timeout=300)
    finally:
        for process in processes:
            if process.poll() is None:
                kill(process)
    return Interrupted(
        warehouse,
        after_extraction_kill,
        after_dbt_kill,
        (root / "killed-in-dbt.log").read_text(),
        [log.read_text() for log in logs],
    )


@integration
def test_a_run_killed_inside_an_extraction_batch_leaves_whole_batches_only(generated, interrupted):
    # Batch 1 (400 articles) was committed; batch 2 was half written when killed and is not there at all.
    done = [row[0] for row in interrupted.after_extraction_kill[staging.ARTICLES.name]]
    reference_ids = [row[0] for row in extraction_rows(generated.reference)[staging.ARTICLES.name]]
    assert done == reference_ids[:BATCH]
    # ...and every article that is there has all its sentences, mentions, figures and visits.
    assert interrupted.after_extraction_kill == extraction_rows(generated.reference, done)


@integration
def test_a_run_killed_during_dbt_leaves_staging_whole(generated, interrupted):
    assert "OK created sql table model" in interrupted.dbt_kill_log
    assert "RUN SUCCESS" not in interrupted.dbt_kill_log
    assert interrupted.after_dbt_kill == extraction_rows(generated.reference)


@integration
def test_two_runs_at_once_take_turns_and_finish_the_interrupted_work(interrupted):
    for output in interrupted.resume_logs:
        assert "RUN SUCCESS" in output or "is being written by another process" in output, output[-3000:]
    assert any("RUN SUCCESS" in output for output in interrupted.resume_logs)


@integration
def test_the_resumed_warehouse_equals_an_uninterrupted_one(generated, interrupted):
    assert final_state(interrupted.warehouse) == final_state(generated.reference)
    assert query(snapshot_path(interrupted.warehouse), "select count(*) from dim_articles") == [(GENERATED,)]


def test_a_warehouse_from_an_older_version_gets_the_newer_columns(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    staging.ensure_schema(con)
    con.execute(f"alter table {staging.VISITS.qualified} drop column country_code")
    staging.ensure_schema(con)  # the next run
    columns = [row[0] for row in con.execute(f"describe {staging.VISITS.qualified}").fetchall()]
    assert "country_code" in columns
    rows = [("a", 0, 0, 0, 9, "X", None, "X", None, None, "Lào", "LA", None, "unknown", [], 0.5)]
    staging.insert_rows(con, staging.VISITS, rows)  # by name: the column's new place does not matter
    assert con.execute(f"select country, country_code from {staging.VISITS.qualified}").fetchall() == [
        ("Lào", "LA")
    ]
