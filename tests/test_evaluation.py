"""`make eval`'s options: which articles and gold it scores (the scoring itself runs in `make eval`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orchestration import evaluation


def test_articles_without_gold_is_refused(tmp_path: Path) -> None:
    articles = tmp_path / "set.jsonl"
    articles.write_text("")
    with pytest.raises(SystemExit) as refused:
        evaluation.main(["--articles", str(articles)])
    assert refused.value.code == 2


def test_a_missing_gold_file_is_an_error_not_a_skip(tmp_path: Path) -> None:
    articles = tmp_path / "set.jsonl"
    articles.write_text("")
    with pytest.raises(SystemExit) as refused:
        evaluation.main(["--articles", str(articles), "--gold", str(tmp_path / "absent.gold.jsonl")])
    assert refused.value.code == 2


def test_own_articles_are_scored_without_the_seeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    articles, gold, scorer = tmp_path / "set.jsonl", tmp_path / "set.gold.jsonl", tmp_path / "score.py"
    articles.write_text("")
    gold.write_text("")
    scorer.write_text("import sys; print('scored', *sys.argv[1:])")
    built: list[tuple[Path, bool]] = []

    def build(workdir: Path, articles_file: Path, *, seeds: bool) -> Path:
        built.append((articles_file, seeds))
        return workdir / "warehouse.duckdb"

    monkeypatch.setattr(evaluation, "SCORER", scorer)
    monkeypatch.setattr(evaluation, "build_eval_warehouse", build)
    code = evaluation.main(["--articles", str(articles), "--gold", str(gold), "--only-ingested"])
    assert code == 0
    assert built == [(articles, False)]
    words = capfd.readouterr().out.split()
    assert words[:2] == ["scored", str(gold)]
    assert words[2].endswith("warehouse.duckdb")  # in a temporary folder
    assert words[3:] == ["--verbose", "--only-ingested"]
