"""Issue 13's time bounds on text analysis: linear extractors and a text budget.

Nothing here asserts a speed. The budget tests check the *amount of text*
the rules are handed; the property tests give hypothesis a generous
`deadline` per example (the old code took minutes on these texts, the new one
well under a second), which hypothesis reports as a failure only when an
example overruns it twice.
"""

from __future__ import annotations

import importlib
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import Cues, Document, MailHeaders, Page, SourceKind, understand
from parsers.cues import TextBudget
from parsers.fields import TextView, extract_fields
from parsers.model import Category

understand_mod = importlib.import_module("parsers.understand")

LETTER_HEAD = """Inspectoratul de Poliție Județean Cluj
Nr. 123.456 din 12.11.2026

Subscrisa efectuează cercetări penale în dosarul nr. 4567/P/2026. În conformitate cu
art. 170 Cod procedură penală, vă rugăm să ne comunicați:

a) datele de identificare ale titularului contului;
b) adresele IP de la care s-a conectat utilizatorul;

referitoare la utilizatorul ion_pop88.

ANEXA nr. 1
"""
ROW = "{n}. Tranzacția nr. 5550{n:04d} din 01.02.2026, suma 120,00 lei, cumpărător user_{n}.\n"
LETTER_TAIL = "\nComisar-șef de poliție\nPopescu Ion\n"

# Pieces that made the old extractors quadratic or worse, and ordinary words between.
NASTY = st.sampled_from(
    [
        ". ",
        "nr. 12 ",
        "! ? ; ",
        "Poliția Română ",
        "POLIȚIA ROMÂNĂ ",
        "art. 1, art. 2, ",
        "garanția de livrare ",
        "vă rugăm să ne comunicați ",
        "rambursare rog ",
        "%a",
        "123 456 ",
        "ana@x.ro ana ",
        "0722 123 456 ",
        "RO49AAAA1B31007593840000 ",
        "user_1 utilizatorul user_1 ",
        "\n",
        "\n\n",
        "Bună ziua, am plătit 100 lei ",
        "x" * 50,
    ]
)


def _annexed_letter(rows: int) -> str:
    return LETTER_HEAD + "".join(ROW.format(n=n) for n in range(rows)) + LETTER_TAIL


def _doc(text: str) -> Document:
    return Document(kind=SourceKind.TEXT, pages=(Page(number=1, text=text, method="text_layer"),))


def test_a_long_letter_is_read_at_its_start_and_end_only(
    cues: Cues, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2 MB letter: the rules are handed its first 64 KB and last 16 KB, no more."""
    handed: list[int] = []
    real_extract = understand_mod.extract_fields

    def counting_extract(category: Category, view: TextView, *args: object) -> object:
        handed.append(len(view.text))
        return real_extract(category, view, *args)

    monkeypatch.setattr(understand_mod, "extract_fields", counting_extract)
    text = _annexed_letter(25_000)
    assert len(text) > 2_000_000
    und = understand(_doc(text), cues)
    budget = cues.budget
    assert handed and max(handed) <= budget.head_chars + budget.tail_chars + 3
    # The substance at the start and the signature at the end are still read.
    assert und.category is Category.LAW_ENFORCEMENT
    assert und.fields["case_number"] == "4567/P/2026"
    assert und.fields["signatory"] == "Comisar-șef de poliție Popescu Ion"
    assert len(und.defects) == 1 and f"{len(text):,} characters" in und.defects[0]


def test_a_text_within_the_budget_is_read_whole_with_no_defect(cues: Cues) -> None:
    """A letter under the budget is read entirely and records nothing."""
    und = understand(_doc(_annexed_letter(20)), cues)
    assert und.defects == ()
    assert und.fields["signatory"] == "Comisar-șef de poliție Popescu Ion"


def test_a_mail_body_its_history_and_subject_are_each_within_the_budget(
    cues: Cues, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mail with a huge body, history and subject: each is cut, and each cut is a defect."""
    handed: list[int] = []
    real_classify = understand_mod.classify

    def counting_classify(
        new: str, quoted: str, *args: object, documents: str = "", model: object = None
    ) -> object:
        handed.append(len(new) + len(quoted) + len(documents))
        return real_classify(new, quoted, *args, documents=documents, model=model)

    monkeypatch.setattr(understand_mod, "classify", counting_classify)
    body = "Bună ziua, nu am primit produsul.\n" * 40_000
    body += "\nÎn data de 12.11.2026, Ana a scris:\n" + "> mesaj vechi\n" * 40_000
    headers = MailHeaders(from_addr="ana@example.ro", subject="Reclamație " * 10_000)
    doc = Document(
        kind=SourceKind.EMAIL,
        pages=(Page(number=1, text=body, method="mail_body"),),
        headers=headers,
    )
    und = understand(doc, cues)
    b = cues.budget
    assert (
        handed and max(handed) <= b.head_chars + b.tail_chars + b.quoted_chars + b.subject_chars + 8
    )
    assert any("the mail body" in d for d in und.defects)
    assert any("the subject" in d for d in und.defects)


def test_the_budget_is_policy() -> None:
    """`[classification.text_budget]` in the policy sets the budget; a wrong key is refused."""
    cues = Cues.default().merged({"text_budget": {"head_chars": 1000, "tail_chars": 0}})
    assert cues.budget == TextBudget(head_chars=1000, tail_chars=0)
    with pytest.raises(ValueError, match="text_budget"):
        Cues.default().merged({"text_budget": {"head_bytes": 1}})


@settings(
    max_examples=15,
    deadline=timedelta(seconds=20),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(pieces=st.lists(NASTY, min_size=1, max_size=6), size=st.sampled_from([60_000, 120_000]))
def test_every_extractor_on_any_hostile_text_is_bounded(pieces: list[str], size: int) -> None:
    """Every extractor group, run directly on 60 or 120 KB of hostile text, stays within the deadline."""
    cues = Cues.default()
    unit = "".join(pieces)
    text = (unit * (size // len(unit) + 1))[:size]
    view = TextView.of(text, vocabulary=cues.vocabulary)
    for category in (Category.LAW_ENFORCEMENT, Category.COMPLAINT, Category.SUPPORT):
        extract_fields(category, view, cues, None)


@settings(
    max_examples=8,
    deadline=timedelta(seconds=20),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    pieces=st.lists(st.one_of(NASTY, st.text(max_size=40)), min_size=1, max_size=6),
    size=st.sampled_from([300_000, 1_500_000]),
)
def test_understand_of_any_text_is_bounded(pieces: list[str], size: int) -> None:
    """Any text of 300 KB or 1.5 MB through `understand` (budget and all) stays within the deadline."""
    unit = "".join(pieces) or "x"
    text = (unit * (size // len(unit) + 1))[:size]
    understand(_doc(text), Cues.default())
