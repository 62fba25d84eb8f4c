"""A learned second opinion on the rules' verdict: is this figure a place's indicator?

The rules in ``indicators`` were each written from one set of articles, and on articles held back
from them they stopped gaining: every held-back set scored about the same before and after a round of
rules. A logistic model over simple features (the rules' verdict and code, the unit, the counted noun,
the words beside the figure in its clause, the words of its sentence and of the one before, how many
figures its sentence holds) is trained on hand-annotated
articles and weighs those signals the way annotators did. Measured on sets left out of its training,
it lifts indicator F1 where a new rule did not (README, "Extraction quality").

The weights ship with the package (``indicator_weights.json``, written by
``orchestration.indicator_training``), so nothing is downloaded or trained at run time. The features
depend only on the figure, its sentence and the rules, never on earlier decisions of the model, so the
same article always gives the same features.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from importlib import resources
from itertools import repeat
from pathlib import Path

# from the package's folder, not this module's: a compiled copy of this module lives elsewhere
WEIGHTS_PATH = Path(str(resources.files("orchestration.extraction") / "indicator_weights.json"))
Weights = tuple[dict[str, float], float]  # per feature, and the bias

#: A figure is an indicator at or above this probability. Chosen by leave-one-set-out runs over the
#: annotated sets: F1 is flat between 0.35 and 0.45, and recall matters as much as precision.
THRESHOLD = 0.4

_WORD = re.compile(r"[^\W\d_]+")
_LEFT_WORDS = 6  # words of the clause before the figure
_RIGHT_WORDS = 4  # and after it


def features(
    *,
    unit: str,
    value: float,
    qualifier: str | None,
    verdict: str,
    code: str | None,
    optional_reason: str | None,
    noun: str,
    left: str,
    right: str,
    sentence: str,
    previous: str,
    in_sentence: int,
    in_article: int,
    held: bool,
    listed: bool,
    in_title: bool,
    case_story: bool,
    project_story: bool,
) -> Features:
    """The figure's features; ``left`` and ``right`` are its clause either side,
    ``sentence`` the whole sentence and ``previous`` the sentence before it, all lower-cased;
    ``in_sentence`` counts the figures of the sentence, this one included, and ``in_article`` those of
    the article.

    The sentence's words, wherever they stand, tell what the sentence is about (a court case, a
    company's accounts, a province's year) when the clause around the figure is too short to:
    leave-one-set-out over 23 annotated sets, they lift pooled F1 from 0.823 to 0.834. The words of
    the sentence before carry the topic into a sentence that opens with "Trong đó" or a bare total:
    over 25 sets, 0.834 to 0.839, the same gain as over 23 (0.838). How many figures the sentence
    holds tells a province's tally of several measures from a lone detail: with both, 0.845. How many
    the article holds, in powers of two, tells a report dense with figures from a story that gives a
    few: over 44 sets, 0.839 to 0.843 pooled, 0.839 to 0.844 averaged set by set."""
    found = {
        f"u={unit}",
        f"verdict={verdict}",
        f"code={code}",
        f"opt={optional_reason}",
        f"q={qualifier}",
        f"mag={math.floor(math.log10(abs(value)))}" if value else "mag=zero",
        f"held={held}",
        f"figures={'1' if in_sentence == 1 else '2-3' if in_sentence <= 3 else '4+'}",
        f"article={min(7, in_article.bit_length() - 1)}",
        f"listed={listed}",
        f"title={in_title}",
        f"case={case_story}",
        f"project={project_story}",
    }
    nouns = noun.split()
    if nouns:
        found.add(f"n1={nouns[0]}")
    if len(nouns) > 1:
        found.add(f"n2={nouns[0]} {nouns[1]}")
    before = _WORD.findall(left)[-_LEFT_WORDS:]
    found.update(f"l:{word}" for word in before)
    found.update(f"r:{word}" for word in _WORD.findall(right)[:_RIGHT_WORDS])
    if before:
        found.add(f"l1={before[-1]}")
    return Features(frozenset(found), _words(sentence), _words(previous))


@dataclass(frozen=True, slots=True)
class Features:
    """A figure's features: its own, and the bare words of its sentence and of the sentence before.

    The words are kept apart because every figure of a sentence, and of the sentence after it, shares
    them: one set per sentence, weighed once for all its figures (``Model``), takes 2-5% off
    extraction against a merged set per figure, measured side by side."""

    own: frozenset[str]
    sentence: frozenset[str]
    previous: frozenset[str]

    def names(self) -> frozenset[str]:
        """Every feature as the weights name it: the sentence's words "s:word", the previous one's
        "p:word"."""
        return self.own | {f"s:{word}" for word in self.sentence} | {f"p:{word}" for word in self.previous}


NO_FEATURES = Features(frozenset(), frozenset(), frozenset())


@lru_cache(maxsize=16)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text))


def kept_by_rules(found: Features) -> bool:
    """Whether the rules alone emit the figure: kept, with no reason to skip it but a range."""
    return "verdict=kept" in found.own and not found.own.isdisjoint({"opt=None", "opt=range"})


class Model:
    """Weights split as ``Features`` are: a figure's own, and those of words in its sentence and in the
    one before, each set of words summed once (cached) for all the figures that share it."""

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        self.bias = bias
        self.own = {name: w for name, w in weights.items() if not name.startswith(("s:", "p:"))}
        in_sentence = {name[2:]: w for name, w in weights.items() if name.startswith("s:")}
        in_previous = {name[2:]: w for name, w in weights.items() if name.startswith("p:")}
        self.sentence_total = lru_cache(maxsize=16)(partial(_total, in_sentence))
        self.previous_total = lru_cache(maxsize=16)(partial(_total, in_previous))


def _total(weights: dict[str, float], words: frozenset[str]) -> float:
    return math.fsum(map(weights.get, words, repeat(0.0)))


@cache
def _weights() -> Weights:
    stored = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return stored["weights"], stored["bias"]


@cache
def _shipped() -> Model:
    return Model(*_weights())


def probability(found: Features, model: Model | None = None) -> float:
    """The probability that a figure with these features is an indicator, under the shipped weights
    or ``model``; unseen features weigh nothing. ``fsum`` is exact, so a set's iteration order
    (which string hashing varies from process to process) cannot change the last digit of a
    confidence."""
    model = model or _shipped()
    score = math.fsum(
        (
            model.bias,
            *map(model.own.get, found.own, repeat(0.0)),
            model.sentence_total(found.sentence),
            model.previous_total(found.previous),
        )
    )
    return 1.0 / (1.0 + math.exp(-score))
