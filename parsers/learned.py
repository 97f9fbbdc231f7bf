"""A learned second opinion on the category: naive Bayes over the words of the new text.

The rules (`classify`) name what they saw; they plateau on letters worded
without the cue phrases ("Pe 24.11 am plătit 1.150 lei pentru o canapea …
de 9 zile nu-mi mai răspunde": a complaint with no complaint word). This model
reads every word: a multinomial naive Bayes over folded words and word pairs
of the subject and new text, trained (`bench/train_category.py`) from labelled
mail the team did not write (the blind rounds' material already spent, never a
round's untouched blind split) and the own corpus, with uniform class priors.

It is explainable: `Opinion.features` are the words that pushed the decision
most, and `classify` puts them in `reasons`. It is a second opinion: the rules
stand alone without it (a policy with `[classification] learned_weight = 0`
or no model file), it never decides an official request (law enforcement is
the rules' and the registry's), and it only adds weight to one of the four
other categories, or says the text reads like none of them (unknown).

Bounded: at most `MAX_TOKENS` words are read; the model is a JSON table
loaded once.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .normalize import clean, fold

MODEL_PATH = Path(__file__).with_name("category_model.json")
MAX_TOKENS = 600
# Posteriors of naive Bayes grow overconfident with the text's length: the mean
# log-likelihood per token, times this, is what the softmax sees.
TEMPERATURE = 12.0
_WORD = re.compile(r"[a-z]{2,}")
# The line a phone's mail client adds ("Trimis de pe Samsung Mobile", "Sent from my iPhone",
# "Obține Outlook pentru Android"): the device's, not the writer's words. A model that
# learned them read "Bună ziua" and a photo as a complaint (round 9's dev split).
_DEVICE_LINE = re.compile(
    r"^[ \t>]*(?:trimis|expediat|sent|envoy[ée]|enviado|inviato|gesendet|von meinem|"
    r"ob[tț]ine[țt]?i?|get)\b[^\n]{0,60}?\b(?:de pe|de la|din|from|with|depuis|desde|da|"
    r"iphone|ipad|android|samsung|huawei|xiaomi|outlook|yahoo|gmail|mobile|aol)\b[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
# Fewer words the model knows than this, greetings and thanks not counted, it gives no
# opinion: "Bună ziua" and a name are no complaint, question or dispute, whatever their
# words weigh.
MIN_WORDS = 2
_COURTESY = frozenset(
    [
        "buna",
        "ziua",
        "seara",
        "dimineata",
        "salut",
        "salutare",
        "hello",
        "hi",
        "dear",
        "multumesc",
        "multumim",
        "multumiri",
        "mersi",
        "thanks",
        "thank",
        "you",
        "va",
        "rog",
        "cu",
        "stima",
        "respect",
        "regards",
        "best",
    ]
)


def tokens(text: str) -> list[str]:
    """Folded words (no diacritics, lower case) and adjacent word pairs, in order; the
    lines a phone's mail client adds left out."""
    words = _WORD.findall(fold(clean(_DEVICE_LINE.sub("", text))))[:MAX_TOKENS]
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(frozen=True, slots=True)
class Opinion:
    """The model's posterior over its classes and the words that weighed most for the best."""

    best: str
    probability: float
    posterior: dict[str, float]
    features: tuple[str, ...]


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    # token -> log P(token | class) per class (same order as `classes`)
    loglik: dict[str, tuple[float, ...]]
    unseen: tuple[float, ...]  # log P(unseen token | class)
    trained_on: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "classes": list(self.classes),
            "loglik": {t: list(r) for t, r in self.loglik.items()},
            "unseen": list(self.unseen),
            "trained_on": self.trained_on,
        }

    @classmethod
    def load(cls, path: Path) -> Model:
        data = json.loads(path.read_text("utf-8"))
        return cls(
            tuple(data["classes"]),
            {t: tuple(v) for t, v in data["loglik"].items()},
            tuple(data["unseen"]),
            str(data.get("trained_on", "")),
        )

    def opinion(self, text: str, top: int = 5) -> Opinion | None:
        """The posterior for `text`, or None when it has fewer than `MIN_WORDS` words the
        model knows."""
        counts = Counter(t for t in tokens(text) if t in self.loglik)
        n = sum(counts.values())
        if n == 0 or sum(1 for t in counts if "_" not in t and t not in _COURTESY) < MIN_WORDS:
            return None
        k = len(self.classes)
        sums = [0.0] * k
        for t, c in counts.items():
            row = self.loglik[t]
            for i in range(k):
                sums[i] += c * row[i]
        scaled = [TEMPERATURE * s / n for s in sums]
        peak = max(scaled)
        exp = [math.exp(s - peak) for s in scaled]
        total = sum(exp)
        post = {cls: e / total for cls, e in zip(self.classes, exp, strict=True)}
        best = max(post, key=lambda c: post[c])
        b = self.classes.index(best)

        def lift(t: str) -> float:
            row = self.loglik[t]
            others = [row[i] for i in range(k) if i != b]
            return counts[t] * (row[b] - max(others))

        words = sorted((t for t in counts if lift(t) > 0), key=lambda t: -lift(t))
        return Opinion(
            best,
            round(post[best], 3),
            {c: round(p, 3) for c, p in post.items()},
            tuple(w.replace("_", " ") for w in words[:top]),
        )


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when its file is absent (the rules then stand alone)."""
    if not path.exists():
        return None
    return Model.load(path)


def train(
    samples: list[tuple[str, str, str]],
    classes: tuple[str, ...],
    alpha: float = 0.5,
    min_df: int = 2,
    min_sources: int = 2,
    trained_on: str = "",
) -> Model:
    """A model from (text, class, source) samples; uniform priors.

    A word counts only when it appears in `min_df` mails of `min_sources` different
    sources (writers): one writer's habits and names are not the domain's."""
    df: Counter[str] = Counter()
    where: dict[str, set[str]] = {}
    per: dict[str, Counter[str]] = {c: Counter() for c in classes}
    for text, cls, source in samples:
        toks = tokens(text)
        for t in set(toks):
            df[t] += 1
            where.setdefault(t, set()).add(source)
        per[cls].update(toks)
    vocab = sorted(t for t, n in df.items() if n >= min_df and len(where[t]) >= min_sources)
    v = len(vocab)
    loglik: dict[str, list[float]] = {t: [] for t in vocab}
    unseen: list[float] = []
    for c in classes:
        total = sum(per[c][t] for t in vocab) + alpha * (v + 1)
        for t in vocab:
            loglik[t].append(round(math.log((per[c][t] + alpha) / total), 4))
        unseen.append(round(math.log(alpha / total), 4))
    return Model(classes, {t: tuple(r) for t, r in loglik.items()}, tuple(unseen), trained_on)
