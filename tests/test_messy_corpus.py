"""Every record of the defective corpus ends up somewhere: in dim_articles or in quarantined_inputs.

Runs the whole pipeline over ../shared/corpus/messy/ (read in place, never copied into the repo);
skipped when that folder is absent.
"""

from __future__ import annotations

import duckdb
import pytest

from orchestration.settings import PROJECT_ROOT, use_settings

pytestmark = pytest.mark.integration

MESSY = PROJECT_ROOT.parent / "shared" / "corpus" / "messy"


@pytest.fixture(scope="module")
def messy_warehouse(tmp_path_factory):
    if not sorted(MESSY.glob("*.jsonl")):
        pytest.skip(f"no messy corpus at {MESSY}")
    from orchestration.runner import refresh

    settings = use_settings(MESSY, tmp_path_factory.mktemp("messy") / "warehouse.duckdb")
    result = refresh(settings, tags={"trigger": "test"})
    assert result.success, [event.message for event in result.all_events if event.is_failure]
    return settings.warehouse_path


def input_records() -> set[tuple[str, int]]:
    """(file, line) of every non-blank line of every jsonl file: one record each."""
    records = set()
    for path in sorted(MESSY.glob("*.jsonl")):
        with path.open("rb") as lines:
            records |= {(path.name, number) for number, line in enumerate(lines, 1) if line.strip()}
    return records


def test_every_record_is_an_article_or_quarantined_never_both_never_lost(messy_warehouse):
    with duckdb.connect(str(messy_warehouse), read_only=True) as con:
        articles = con.execute("select source_file, line_number from dim_articles").fetchall()
        quarantined = con.execute(
            "select source_file, line_number from quarantined_inputs where stage = 'ingest'"
        ).fetchall()
    records = input_records()
    assert len(articles) + len(quarantined) == len(records)
    assert set(articles) | set(quarantined) == records
    assert not set(articles) & set(quarantined)


def test_quarantined_records_say_why(messy_warehouse):
    with duckdb.connect(str(messy_warehouse), read_only=True) as con:
        rows = con.execute("select reason, detail, first_seen_at from quarantined_inputs").fetchall()
    assert rows and all(reason and detail and seen for reason, detail, seen in rows)
