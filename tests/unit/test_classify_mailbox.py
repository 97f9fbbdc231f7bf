"""The support mailbox as evidence, questions without cue phrases, and automatic mail."""

from __future__ import annotations

import pytest

from parsers.classify import classify
from parsers.cues import Cues
from parsers.model import Category, MailHeaders

SUPPORT = MailHeaders(to=("suport@okazii.ro",))


@pytest.fixture(scope="module")
def cues() -> Cues:
    return Cues.default()


def test_a_question_inside_a_line_to_the_support_mailbox(cues: Cues) -> None:
    """A question to the support mailbox that offers nothing is support, without a cue phrase and with its "?" mid-line."""
    text = (
        "Bună ziua, mi-ați scos anunțul cu bicicleta și nu mai răspunde nimeni la mesaje. "
        "Ce condiție nu am respectat? Vă mulțumesc, Dana"
    )
    assert classify(text, "", SUPPORT, cues).category is Category.SUPPORT
    # a question that offers nothing needs no possessive nor cue phrase either
    plain = (
        "Bună ziua, locuiesc în Bălți și vreau să vând mobilă pe site. "
        "Banii pot ajunge într-un cont din Republica Moldova? Mulțumesc, Sergiu"
    )
    assert classify(plain, "", SUPPORT, cues).category is Category.SUPPORT


@pytest.mark.parametrize(
    "text",
    [
        "Dragă Andrei, îți trimit pozele din excursie, sunt în folderul comun. Ne vedem sâmbătă.",
        "Stimată echipă, firma noastră oferă servicii de traduceri autorizate la tarife mici.",
        "Hello, our studio builds mobile apps for marketplaces. May I send you a short demo?",
        "Bună ziua, aș dori să aplic pentru postul de designer. Vă rog să găsiți CV-ul atașat.",
    ],
)
def test_mail_that_asks_nothing_is_not_support(text: str, cues: Cues) -> None:
    """A personal mail, an offer (even one ending in a question) or a job application sent to the support mailbox asks nothing of it: unknown, and the reasons say why."""
    decision = classify(text, "", SUPPORT, cues)
    assert decision.category is Category.UNKNOWN
    assert (
        "sent to the support mailbox suport@okazii.ro, but asks nothing of it" in decision.reasons
    )


def test_an_institution_is_named_with_a_capital(cues: Cues) -> None:
    """A common word spelt like an institution, in lower case, does not count as an authority named."""
    text = "Am plătit parchetul de 14 zile pentru anunțul meu și apare de două ori. Cum recuperez suma?"
    decision = classify(text, "", SUPPORT, cues)
    assert not any(r.startswith("authority") for r in decision.reasons)
    assert "law_enforcement" not in decision.scores


def test_automatic_mail_is_no_official_request(cues: Cues) -> None:
    """An out-of-office reply from an authority's mailbox, citing a file, is not an official request."""
    headers = MailHeaders(
        from_addr="birou@ct.politiaromana.ro", to=("juridic@okazii.ro",), auto_submitted=True
    )
    text = (
        "Sunt în concediu până la 10.12.2026. Pentru dosarul penal nr. 55/P/2026 "
        "vă rugăm să contactați pe comisar de poliție Ion Pop."
    )
    decision = classify(text, "", headers, cues)
    assert decision.category is Category.UNKNOWN
    assert "automatic or bulk mail: not an official request" in decision.reasons


def test_an_order_paid_for_and_a_silent_seller_is_a_complaint(cues: Cues) -> None:
    """An order number and a sum paid are the facts of a complaint: with a seller gone silent they decide it over a question."""
    text = (
        "salut, am luat o bicicletă de la velo_ion, comanda 7712001, am achitat 900 lei "
        "prin transfer. De o săptămână nu mai răspunde. Ce pot face?"
    )
    decision = classify(text, "", MailHeaders(to=("fraude@okazii.ro",)), cues)
    assert decision.category is Category.COMPLAINT
