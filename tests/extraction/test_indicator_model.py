"""The indicator model: its features, its probability and its training, on text of my own."""

from __future__ import annotations

import json
import math
from pathlib import Path

from orchestration.extraction.indicator_model import (
    THRESHOLD,
    Features,
    Model,
    _weights,
    features,
    probability,
)
from orchestration.extraction.model import Article
from orchestration.extraction.pipeline import extract
from orchestration.indicator_training import Example, examples, fit


def _features(**changes: object) -> Features:
    given = dict(
        unit="count", value=1234.0, qualifier=None, verdict="kept", code=None, optional_reason=None,
        noun="doanh nghiệp", left="toàn tỉnh có", right="đang hoạt động",
        sentence="toàn tỉnh có 1.234 doanh nghiệp đang hoạt động",
        previous="năm 2022, kinh tế tỉnh tăng trưởng", in_sentence=1, in_article=12, held=True, listed=False,
        in_title=False, case_story=False, project_story=False,
    )  # fmt: skip
    given.update(changes)
    return features(**given)


def test_features_name_the_rules_verdict_the_noun_and_the_words_beside() -> None:
    found = _features().names()
    assert {"u=count", "verdict=kept", "n1=doanh", "n2=doanh nghiệp", "l1=có", "r:đang", "mag=3"} <= found
    assert {"l:toàn", "l:tỉnh", "held=True", "opt=None"} <= found
    assert {"s:toàn", "s:doanh", "s:hoạt"} <= found and not any(f.startswith("s:1") for f in found)
    assert {"p:năm", "p:kinh", "p:trưởng"} <= found and not any(f.startswith("p:2") for f in found)


def test_features_bucket_the_figures_of_the_sentence() -> None:
    buckets = [
        next(f for f in _features(in_sentence=n).own if f.startswith("figures=")) for n in (1, 2, 3, 4, 9)
    ]
    assert buckets == ["figures=1", "figures=2-3", "figures=2-3", "figures=4+", "figures=4+"]


def test_features_bucket_the_figures_of_the_article_in_powers_of_two() -> None:
    """A story giving two figures and a report giving forty differ; forty and forty-five do not."""
    sizes = (1, 2, 3, 4, 40, 45, 200)
    buckets = [next(f for f in _features(in_article=n).own if f.startswith("article=")) for n in sizes]
    assert buckets == [f"article={b}" for b in (0, 1, 1, 2, 5, 5, 7)]


def test_features_keep_only_the_nearest_words() -> None:
    found = _features(left="một hai ba bốn năm sáu bảy tám", right="chín mười mười một mười hai").own
    assert "l:một" not in found and "l:hai" not in found and {"l:ba", "l:tám", "l1=tám"} <= found
    assert {f for f in found if f.startswith("r:")} == {"r:chín", "r:mười", "r:một"}


def test_unseen_features_leave_the_bias() -> None:
    _, bias = _weights()
    unseen = Features(frozenset({"never seen"}), frozenset({"xyzzy"}), frozenset({"plugh"}))
    assert math.isclose(probability(unseen), 1 / (1 + math.exp(-bias)))


def test_a_sentences_words_weigh_as_their_named_features() -> None:
    """Weighed apart for speed, the sentence's words count as their "s:" and "p:" names would."""
    model = Model({"u=count": 0.5, "s:tỉnh": 1.0, "p:tỉnh": -2.0, "s:có": 0.25}, -0.1)
    found = Features(frozenset({"u=count"}), frozenset({"tỉnh", "có"}), frozenset({"tỉnh"}))
    assert found.names() == {"u=count", "s:tỉnh", "s:có", "p:tỉnh"}
    assert math.isclose(probability(found, model), 1 / (1 + math.exp(-(-0.1 + 0.5 + 1.0 + 0.25 - 2.0))))


def test_the_rules_verdict_weighs_most() -> None:
    weights, _ = _weights()
    gap = weights["verdict=kept"] - weights["verdict=excluded"]
    assert gap > max(abs(w) for name, w in weights.items() if not name.startswith("verdict="))
    kept = _features(sentence="", previous="")
    excluded = _features(sentence="", previous="", verdict="excluded", held=False)
    assert probability(kept) >= THRESHOLD > probability(excluded)


def _indicators(text: str) -> dict[str, bool]:
    return {f.text: f.is_indicator for f in extract(Article("a", text, published_at=None)).figures}


def test_a_province_report_keeps_its_tallies() -> None:
    found = _indicators(
        "Năm 2022, tổng sản phẩm trên địa bàn tỉnh Lạng Sơn tăng 6,5%, thu ngân sách đạt 8.000 tỷ đồng.\n"
        "Toàn tỉnh có 1.200 doanh nghiệp đang hoạt động và 45 hợp tác xã mới thành lập."
    )
    assert found["6,5%"] and found["8.000 tỷ đồng"] and found["1.200 doanh nghiệp"]


def test_a_story_of_one_household_gives_none() -> None:
    found = _indicators("Gia đình ông Tâm có 3 người con, ông nuôi 12 con lợn và 40 con gà trong vườn.")
    assert not any(found.values())


def test_training_labels_figures_as_the_scorer_matches_them(tmp_path: Path) -> None:
    articles, gold = tmp_path / "articles.jsonl", tmp_path / "gold.jsonl"
    text = "Năm 2022, tỉnh có 120 xã đạt chuẩn nông thôn mới, 35 xã đạt chuẩn nâng cao và 2 thôn mẫu."
    articles.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    annotated = {
        "doc_id": "a",
        "visits": [],
        "indicators": [
            {"value": 120, "unit": "count", "optional": False},
            {"value": 35, "unit": "count", "optional": True},
        ],
    }
    gold.write_text(json.dumps(annotated) + "\n", encoding="utf-8")
    labelled = list(examples(articles, gold))
    assert [e.positive for e in labelled].count(True) == 1  # 120 required; 35 optional, left out
    assert len(labelled) == len(extract(Article("a", text)).figures) - 1


def test_fit_learns_which_features_mark_an_indicator() -> None:
    good, bad = (Features(frozenset({word, "common"}), frozenset(), frozenset()) for word in ("good", "bad"))
    training = [Example(good, True)] * 20 + [Example(bad, False)] * 20
    weights, _ = fit(training)
    assert weights["good"] > 0 > weights["bad"]
