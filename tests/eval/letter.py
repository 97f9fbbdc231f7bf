"""The `Letter` value every composer returns, and the helpers composers share."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from tests.eval.vocab import pick, split_pool


@dataclass
class Letter:
    """One request's words and its ground truth, before any channel shapes it.

    `blocks` are (style, text) with style "head" (letterhead, centred), "right"
    (date line), "title", "body" or "sign"; renderers lay them out, e-mails join
    them. `fields` is the ground truth in REQUEST_SCHEMA.md form (only what the
    text states; see tests/eval/README.md for how each is compared).
    """

    category: str
    subject: str | None
    blocks: list[tuple[str, str]]
    fields: dict[str, Any]
    sender_name: str
    sender_email: str
    to: str
    language: str = "ro"
    official: bool = False  # a law-enforcement letter (letterhead, stamp, signature)
    notes: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\n\n".join(t for _, t in self.blocks if t.strip())


class Chooser:
    """Picks paraphrases from the seen or the held-out half of each pool."""

    def __init__(self, rnd: random.Random, held_out: bool) -> None:
        self.rnd = rnd
        self.held_out = held_out

    def __call__(self, pool: list[str]) -> str:
        return pick(self.rnd, split_pool(pool, self.held_out))

    def maybe(self, p: float, pool: list[str]) -> str:
        return self(pool) if self.rnd.random() < p else ""
