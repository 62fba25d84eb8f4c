"""Train the indicator model's weights from hand-annotated articles.

    python -m orchestration.indicator_training ARTICLES.jsonl GOLD.jsonl [ARTICLES GOLD ...]
        [--out orchestration/extraction/indicator_weights.json] [--leave-out N]

Articles are in the input format (``id``, ``text``, ...); gold is in the format of
``../shared/eval/dev.gold.jsonl`` (GUIDE.md). Every figure the pipeline finds is labelled by the gold
of its article, matched as the scorer matches: same value and unit. A figure matching a required
indicator is a positive, one matching nothing a negative; one matching only an optional indicator
is left out, as annotators may fairly go either way. The model is an L2-regularised logistic
regression fitted by full-batch gradient descent (numpy, already installed with pandas), with features
seen fewer than twice dropped.

``--leave-out N`` fits on every pair but the N-th (counted from 0) and prints how the model and the
rules' verdict alone label that pair's figures, without writing weights: a check on articles the
model has not seen.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from orchestration.extraction.indicator_model import (
    THRESHOLD,
    WEIGHTS_PATH,
    Features,
    Model,
    Weights,
    kept_by_rules,
    probability,
)
from orchestration.extraction.pipeline import extract
from orchestration.ingest import article_from_json

_MIN_COUNT = 2
_STEPS = 300
_RATE = 2.0
_L2 = 1.0  # inverse strength, as scikit-learn's C


@dataclass(frozen=True, slots=True)
class Example:
    features: Features
    positive: bool


def _same(value: float, unit: str, gold: dict) -> bool:
    """The scorer's match: equal units and values within a millionth."""
    if gold.get("value") is None or gold.get("unit") != unit:
        return False
    expected = float(gold["value"])
    return abs(value - expected) <= 1e-6 * max(1.0, abs(expected))


def examples(articles: Path, gold: Path) -> Iterator[Example]:
    """Every figure of the annotated articles with its label; figures matching only optional gold skipped."""
    golds = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            golds[record["doc_id"]] = record["indicators"]
    for line in articles.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        indicators = golds.get(record["id"])
        if indicators is None:
            continue
        article, _ = article_from_json(record)  # read as a run reads it: NFC, ISO dates and datetimes
        for figure in extract(article).figures:
            required = any(_same(figure.value, figure.unit, g) for g in indicators if not g.get("optional"))
            optional = any(_same(figure.value, figure.unit, g) for g in indicators if g.get("optional"))
            if required or not optional:
                yield Example(figure.features, required)


def fit(training: Sequence[Example]) -> Weights:
    """Weights and bias of a logistic regression over the examples' features."""
    named = [example.features.names() for example in training]
    seen = Counter(feature for found in named for feature in found)
    names = sorted(feature for feature, times in seen.items() if times >= _MIN_COUNT)
    column = {name: index for index, name in enumerate(names)}
    matrix = np.zeros((len(training), len(names) + 1), dtype=np.float64)
    matrix[:, -1] = 1.0  # the bias, not regularised
    for row, found in enumerate(named):
        for feature in found:
            if feature in column:
                matrix[row, column[feature]] = 1.0
    labels = np.array([example.positive for example in training], dtype=np.float64)
    weights = np.zeros(len(names) + 1)
    penalty = np.ones(len(names) + 1) / (_L2 * len(training))
    penalty[-1] = 0.0
    for _ in range(_STEPS):
        predicted = 1.0 / (1.0 + np.exp(-(matrix @ weights)))
        gradient = matrix.T @ (predicted - labels) / len(training) + penalty * weights
        weights -= _RATE * gradient
    return {name: round(float(weights[index]), 6) for name, index in column.items()}, float(weights[-1])


def _agreement(name: str, truth: Sequence[bool], said: Sequence[bool]) -> str:
    hits = sum(t and s for t, s in zip(truth, said, strict=True))
    precision = hits / max(1, sum(said))
    recall = hits / max(1, sum(truth))
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return f"{name}: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} (figure by figure)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="+", type=Path, help="articles and gold files, in pairs")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--leave-out", type=int, default=None)
    args = parser.parse_args(argv)
    if len(args.pairs) % 2:
        parser.error("give articles and gold files in pairs")
    pairs = list(zip(args.pairs[::2], args.pairs[1::2], strict=True))
    sets = [list(examples(articles, gold)) for articles, gold in pairs]
    if args.leave_out is None:
        training = [example for examples_ in sets for example in examples_]
        weights, bias = fit(training)
        stored = {"examples": len(training), "bias": bias, "weights": weights}
        args.out.write_text(json.dumps(stored, ensure_ascii=False, sort_keys=True, indent=0) + "\n")
        print(f"{len(training)} figures, {len(weights)} features -> {args.out}")
        return 0
    held = sets[args.leave_out]
    training = [example for index, part in enumerate(sets) if index != args.leave_out for example in part]
    weights, bias = fit(training)
    truth = [example.positive for example in held]
    model = Model(weights, bias)
    said = [probability(example.features, model) >= THRESHOLD for example in held]
    print(_agreement("model", truth, said))
    print(_agreement("rules", truth, [kept_by_rules(example.features) for example in held]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
