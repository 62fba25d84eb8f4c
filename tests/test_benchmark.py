"""The benchmark's pure helpers, on articles written here (the timings themselves are not tested)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orchestration.benchmark import (
    letters,
    naive_visits,
    plain_pass,
    spread,
    step_times,
    variant,
    write_replicas,
)

ARTICLES = [
    {
        "id": "a1",
        "title": "Tin một",
        "text": "Sáng 3/4, đoàn công tác đến tỉnh Hòa Bình. Thu ngân sách đạt 1.250 tỷ đồng.",
    },
    {"id": "a2", "title": None, "text": "Tăng trưởng GRDP ước đạt 7,5%!\n\nXuất khẩu tăng 12 và 15 điểm."},
    {"id": "a3", "title": "Tin ba", "text": "Không có con số nào ở đây"},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "politics.jsonl"
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in ARTICLES))
    return path


def test_plain_pass_counts_articles_sentences_and_numbers(corpus: Path) -> None:
    with corpus.open(encoding="utf-8") as lines:
        assert plain_pass(lines) == (3, 5, 6)


@pytest.mark.parametrize(
    ("number", "tag"), [(0, "a"), (1, "b"), (25, "z"), (26, "ba"), (27, "bb"), (676, "baa")]
)
def test_letters_are_distinct_tags_without_digits(number: int, tag: str) -> None:
    assert letters(number) == tag


def test_variant_changes_id_and_text_keeps_the_rest() -> None:
    copy = variant(ARTICLES[0], "c")
    assert copy["id"] == "a1-bench-c"
    assert copy["text"].startswith(ARTICLES[0]["text"]) and copy["text"] != ARTICLES[0]["text"]
    assert copy["title"] == ARTICLES[0]["title"]
    assert variant(ARTICLES[0], "d")["text"] != copy["text"]


def test_replicas_have_unique_ids_and_texts(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "many.jsonl"
    assert write_replicas(corpus, target, 4) == 12
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len({record["id"] for record in records}) == 12
    assert len({record["text"] for record in records}) == 12


@pytest.mark.parametrize(
    ("count", "expected"),
    [(3, ["a", "c", "e"]), (6, ["a", "b", "c", "d", "e", "f"]), (9, ["a", "b", "c", "d", "e", "f"])],
)
def test_spread_takes_evenly_spaced_items(count: int, expected: list[str]) -> None:
    assert spread(list("abcdef"), count) == expected


def test_naive_visits_pair_people_and_places_in_visit_sentences() -> None:
    visit = [
        ("Chủ tịch", "O"),
        ("Trần", "B-PER"),
        ("Văn Bình", "I-PER"),
        ("thăm", "O"),
        ("tỉnh", "B-LOC"),
        ("Cao Bằng", "I-LOC"),
        ("và", "O"),
        ("Bắc Kạn", "B-LOC"),
    ]
    other = [("Ông", "O"), ("Lê Hoa", "B-PER"), ("ở", "O"), ("Huế", "B-LOC")]
    assert naive_visits("d1", [visit, other]) == [
        ("d1", "Trần Văn Bình", "tỉnh Cao Bằng"),
        ("d1", "Trần Văn Bình", "Bắc Kạn"),
    ]


def test_naive_visits_need_both_a_person_and_a_place() -> None:
    assert naive_visits("d2", [[("Đoàn", "O"), ("làm việc", "O"), ("tại", "O"), ("Sơn La", "B-LOC")]]) == []


def test_step_times_reads_dagster_durations_slowest_first() -> None:
    log = "\n".join(
        [
            'dagster - DEBUG - STEP_SUCCESS - Finished execution of step "raw_articles" in 533ms.',
            'dagster - DEBUG - STEP_SUCCESS - Finished execution of step "warehouse_marts" in 1m5s.',
            'dagster - DEBUG - STEP_SUCCESS - Finished execution of step "extracted_tables" in 12.25s.',
        ]
    )
    assert step_times(log) == "warehouse_marts 65.0 s, extracted_tables 12.2 s, raw_articles 0.5 s"
