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


def test_an_english_question_without_cue_phrases_is_support(cues: Cues) -> None:
    """A customer's question in English, no stock phrase (round 7 dev, a class)."""
    text = (
        "Hi there,\n\nI'm a Romanian living in Cork. Could sellers on your site ship to Ireland, "
        "or only inside Romania? And if yes, is the buyer protection still valid for "
        "international parcels?\n\nCheers,\nAndreea"
    )
    assert classify(text, "", SUPPORT, cues).category is Category.SUPPORT


def _english_question(cues: Cues):  # noqa: ANN202
    return next(c for c in cues.categories["support"] if "how|what|when" in c.pattern.pattern)


@pytest.mark.parametrize(
    "offer",
    [
        "Hello, we help marketplaces rank higher. Can I send you a free SEO audit?",
        "Hi. Do you need more sellers this season? Reply and we will talk.",
        "Good morning. Is your website ready for the holiday traffic?",
    ],
)
def test_an_english_offer_is_no_question_to_support(cues: Cues, offer: str) -> None:
    """The English question cue skips offers (I, we, you, your after the verb)."""
    assert _english_question(cues).pattern.search(offer.lower()) is None
    assert _english_question(cues).pattern.search("hi. is the buyer protection valid abroad?")


def test_a_sender_domain_imitating_ours_is_no_customer(cues: Cues) -> None:
    """Phishing from a domain carrying our name is nobody's question, whatever it asks."""
    headers = MailHeaders(from_addr="it-support@okazii-securitate.com", to=("juridic@okazii.ro",))
    text = (
        "Parola contului dumneavoastră expiră astăzi. Cum vă păstrați parola? "
        "Confirmați parola curentă în 24 de ore."
    )
    decision = classify(text, "", headers, cues)
    assert decision.category is Category.UNKNOWN
    assert any("imitates ours" in r for r in decision.reasons)
    # our own domains and their subdomains are ours
    ours = MailHeaders(from_addr="noreply@mail.okazii.ro", to=("suport@okazii.ro",))
    assert not any("imitates" in r for r in classify(text, "", ours, cues).reasons)


def test_a_parcel_that_never_left_and_a_tracking_number_that_does_not_exist(
    cues: Cues,
) -> None:
    """A complaint about a fake AWB, in a follow-up to the support mailbox (round 7 dev)."""
    text = (
        "Buna ziua,\n\nRevin la mesajul inregistrat la dvs. cu nr. REG-2026-004391. Am aflat "
        "ca AWB-ul 8800412291 trimis de vanzatorul tehno.outlet.iasi nu exista in sistemul "
        "curierului, deci coletul nici nu a plecat. Comanda era 71003315, 640 lei."
    )
    assert classify(text, "", SUPPORT, cues).category is Category.COMPLAINT
