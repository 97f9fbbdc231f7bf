"""The learned second opinion on the category: what it reads, what it may change, and what never.

The figures that justify shipping it (leave-one-source-out, rules alone vs
rules with the model) come from `bench/train_category.py`; these pin the
contract: it is explainable (its words are in the reasons), it never makes
or unmakes an official request, it can be turned off, and the shipped model
loads and speaks for the four classes it was trained on.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from parsers.classify import classify
from parsers.cues import Cues
from parsers.learned import Model, load_model, tokens, train
from parsers.model import Category, MailHeaders

SUPPORT = MailHeaders(to=("support@okazii.ro",))
POLICE = MailHeaders(from_addr="politia@cj.politiaromana.ro", to=("legal@okazii.ro",))


def _model(samples: list[tuple[str, str, str]]) -> Model:
    return train(samples, ("complaint", "mediation", "support", "unknown"), min_df=1)


TOY = [
    ("am platit canapeaua si vanzatorul a disparut", "complaint", "a"),
    ("am platit telefonul si vanzatorul a disparut cu banii", "complaint", "b"),
    ("produsul are o zgarietura propun o reducere de pret", "mediation", "a"),
    ("zgarietura pe ecran propun reducere", "mediation", "b"),
    ("cum schimb parola contului", "support", "a"),
    ("cum schimb adresa de livrare a contului", "support", "b"),
    ("oferta speciala newsletter dezabonare", "unknown", "a"),
    ("newsletter saptamanal dezabonare aici", "unknown", "b"),
]


def test_tokens_are_folded_words_and_pairs() -> None:
    assert tokens("Vânzătorul NU răspunde!") == [
        "vanzatorul",
        "nu",
        "raspunde",
        "vanzatorul_nu",
        "nu_raspunde",
    ]


def test_a_word_of_one_writer_only_is_not_learned() -> None:
    one = train(
        [("canapea platit", "complaint", "a"), ("canapea platit", "complaint", "a")],
        ("complaint", "support"),
        min_df=1,
    )
    assert one.loglik == {}  # both words come from one source: nobody else's habit
    two = train(
        [("canapea platit", "complaint", "a"), ("platit", "complaint", "b")],
        ("complaint", "support"),
        min_df=1,
    )
    assert set(two.loglik) == {"platit"}


def test_the_opinion_names_the_words_that_weighed() -> None:
    model = _model(TOY)
    op = model.opinion("Am platit si vanzatorul a disparut.")
    assert op is not None and op.best == "complaint"
    assert op.probability > 0.5
    assert "platit" in op.features or "disparut" in op.features
    assert model.opinion("xyzzy qwerty") is None  # no known word: no opinion


def test_it_decides_a_citizens_mail_without_cue_phrases_and_says_why() -> None:
    model = _model(TOY)
    cues = replace(Cues.default(), learned_weight=1.5, learned_unknown=0.8)
    # Words no cue of the rules knows (the rules alone: no category), learned as a complaint's.
    model = _model(
        TOY + [("zorbel fimak plonk", "complaint", "a"), ("zorbel fimak", "complaint", "b")]
    )
    text = "Buna ziua, zorbel fimak plonk. Multumesc"
    assert classify(text, "", None, cues).category is Category.UNKNOWN  # the rules alone
    decision = classify(text, "", None, cues, model=model)
    assert decision.category is Category.COMPLAINT
    assert any(r.startswith("learned model: complaint") for r in decision.reasons)
    off = replace(cues, learned_weight=0.0)
    assert classify(text, "", None, off, model=model).category is Category.UNKNOWN


def test_reading_like_nothing_takes_the_support_mailbox_weight_away() -> None:
    model = _model(TOY)
    cues = replace(Cues.default(), learned_weight=1.5, learned_unknown=0.8)
    text = "Oferta speciala din newsletter: ce spuneti de reduceri? Dezabonare aici."
    assert classify(text, "", SUPPORT, cues).category is Category.SUPPORT
    decision = classify(text, "", SUPPORT, cues, model=model)
    assert decision.category is Category.UNKNOWN
    assert any("reads like no request" in r for r in decision.reasons)


def test_it_never_makes_or_unmakes_an_official_request() -> None:
    # A model that has only ever seen complaints: it would call everything one.
    model = _model([(t, "complaint", s) for t, _, s in TOY])
    cues = replace(Cues.default(), learned_weight=5.0, learned_unknown=0.5)
    letter = (
        "În dosarul penal nr. 4567/P/2026, în baza art. 170 Cod procedură penală, vă rugăm "
        "să ne comunicați datele de identificare ale utilizatorului ion_vanzator88."
    )
    decision = classify(letter, "", POLICE, cues, model=model)
    assert decision.category is Category.LAW_ENFORCEMENT
    assert not any(r.startswith("learned model") for r in decision.reasons)


def test_the_shipped_model_loads_with_its_four_classes() -> None:
    model = load_model()
    assert model is not None, "parsers/category_model.json is missing: bench/train_category --write"
    assert set(model.classes) == {"complaint", "mediation", "support", "unknown"}
    op = model.opinion(
        "Am comandat o canapea, am plătit 1.150 lei, vânzătorul nu-mi mai răspunde de 9 zile "
        "și nu a livrat nimic. Vreau banii înapoi."
    )
    assert op is not None and op.best == "complaint"


@pytest.mark.parametrize("weight", [0.0, 1.5])
def test_the_shipped_policy_carries_the_weights(weight: float) -> None:
    cues = Cues.from_mapping({**Cues.default().source, "learned_weight": weight})
    assert cues.learned_weight == weight
    assert Cues.default().learned_weight == 1.5
    assert Cues.default().learned_unknown == 0.8


def test_a_greeting_and_a_phone_s_signature_line_are_no_opinion() -> None:
    """ "Bună ziua" / "Trimis de pe Samsung Mobile" and a photo: the device's line is not the
    writer's, a greeting says nothing (round 9's dev split: the shipped model read such a mail
    as a complaint, 0.99, on 'samsung', 'de pe', 'trimis')."""
    from parsers.learned import tokens

    assert tokens("Buna ziua\n\nTrimis de pe Samsung Mobile") == ["buna", "ziua", "buna_ziua"]
    assert "iphone" not in tokens("Am o intrebare.\nSent from my iPhone")
    assert "samsung" in tokens("Am trimis coletul de pe Samsung-ul vechi")  # prose stays
    model = _model(TOY + [("buna ziua", "complaint", "a"), ("buna ziua", "complaint", "b")])
    assert model.opinion("Buna ziua\n\nTrimis de pe Samsung Mobile") is None
