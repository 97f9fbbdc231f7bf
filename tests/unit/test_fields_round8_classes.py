"""Classes seen on round 8's dev split (issue 12), each tested with texts written here
(other institutions, numbers and wordings than the round's letters)."""

from __future__ import annotations

import pytest

from parsers import Category, Cues
from parsers.classify import classify
from parsers.fields.legal import articles
from parsers.fields.numbers import reference
from parsers.fields.requested import requested_data
from parsers.fields.textview import TextView
from parsers.model import MailHeaders
from router.policy import heading_lines, load_policy
from router.signatures.unsigned_words import stems_of, unsigned_requests

# -- registration lines ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        # a compartment with its own thousands: directorate 7, number 4.118
        ("OFICIUL X\nNr. 7/4.118/2026\nBucurești, 02.12.2026\n", "7/4.118/2026", "2026-12-02"),
        # "Operator de date cu caracter personal" on the line above a labelled number
        (
            "TRIBUNALUL X\nOperator de date cu caracter personal\n"
            "Număr de înregistrare: 3.302/II/2026\nData: 01.12.2026\n",
            "3.302/II/2026",
            "2026-12-01",
        ),
        # the date in words with its digits in parentheses
        (
            "PARCHETUL X\nNr. 88/C/2026\nData: trei decembrie 2026 (03.12.2026)\n",
            "88/C/2026",
            "2026-12-03",
        ),
        # a dash between the number and the date
        ("PARCHETUL X\nNr. 56/III/1/2026 – 30.11.2026\nCătre Y\n", "56/III/1/2026", "2026-11-30"),
        # (round 7's blind split, read once round 8 was scored) the court's outgoing number
        (
            "JUDECĂTORIA X\nDosar nr. 77/245/2026\nNr. ieșire 4.410 din 01.12.2026\n",
            "4410",
            "2026-12-01",
        ),
        # the place between the number and the date
        ("PARCHETUL X\nNr. 1.907/VI/2/2026, Brăila, 30.11.2026\n", "1.907/VI/2/2026", "2026-11-30"),
    ],
)
def test_registration_lines(text: str, number: str, date: str) -> None:
    assert reference(TextView.of(text)) == (number, date)


def test_a_street_between_a_number_and_a_date_is_no_place() -> None:
    assert reference(TextView.of("Nr. 12, str. Lungă, 03.12.2026"))[1] is None


def test_an_operator_number_on_its_own_line_is_still_no_reference() -> None:
    text = "SOCIETATEA X\nOperator de date cu caracter personal nr. 4411\nCătre Y\n"
    assert reference(TextView.of(text))[0] is None


# -- requested data ----------------------------------------------------------------


def test_capital_letter_markers() -> None:
    text = (
        "solicităm să ne comunicați următoarele:\n"
        "A. numele titularului contului cu adresa de e-mail\nx.y@example.ro;\n"
        "B. lista comenzilor plasate în anul 2026;\n"
        "C. adresele de livrare folosite.\n"
        "Răspunsul va fi trimis prin poștă.\n"
    )
    assert requested_data(TextView.of(text)) == [
        "numele titularului contului cu adresa de e-mail x.y@example.ro",
        "lista comenzilor plasate în anul 2026",
        "adresele de livrare folosite",
    ]


# -- legal basis and offences --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cercetăm o cauză privind spălarea banilor (art. 49 din Legea nr. 129/2019) și, "
        "în temeiul art. 170 C.p.p., vă rugăm",
        "pentru infracțiunea prevăzută de art. 49 din Legea 129/2019. În baza art. 170 C.p.p.",
    ],
)
def test_a_special_law_naming_the_offence_is_no_basis(text: str) -> None:
    assert articles(TextView.of(text)) == (["art. 170 CPP"], ["art. 49 Legea 129/2019"])


def test_a_special_law_the_request_stands_on_stays_a_basis() -> None:
    text = "În temeiul art. 33 din Legea nr. 129/2019, vă solicităm să ne transmiteți"
    assert articles(TextView.of(text)) == (["art. 33 Legea 129/2019"], [])


# -- a letter's heading on paper -----------------------------------------------------


def test_the_heading_skips_the_fax_line_and_the_registration_column() -> None:
    text = (
        "NOV-30-2026 09:12 FROM IPJ XX 0240123456 P.1/2\n\n"
        "MINISTERUL AFACERILOR INTERNE Nr. 12.004 din 30.11.2026\n"
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN TULCEA\n"
        "Poliția Municipiului Tulcea\n\nCătre OKAZII\n"
    )
    assert heading_lines(text) == [
        "MINISTERUL AFACERILOR INTERNE",
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN TULCEA",
        "Poliția Municipiului Tulcea",
    ]
    registry = load_policy()
    found = registry.authority_in_heading(text)
    assert found is not None and "Tulcea" in found.name


# -- a cover note around a signed letter ---------------------------------------------


def test_find_attached_in_romanian_is_a_cover_sentence() -> None:
    signed = stems_of(["Vă rugăm să ne comunicați datele utilizatorului ion_pop."])
    assert unsigned_requests(["va rog sa gasiti atasata adresa nr. 55/ii/2026."], signed) == []
    # the cover word excuses itself only: what it asks in other words is still the mail's
    asked = unsigned_requests(["va rog sa gasiti si conturile bancare ale sotiei"], signed)
    assert asked and "sotiei" in asked[0]


# -- category ----------------------------------------------------------------------


@pytest.fixture
def support_mail() -> MailHeaders:
    return MailHeaders(to=("suport@okazii.ro",))


def test_a_payment_link_that_emptied_the_card_is_a_complaint(
    cues: Cues, support_mail: MailHeaders
) -> None:
    text = (
        "Vindeam o bicicletă. Cumpărătorul mi-a trimis un link ca să primesc banii, l-am "
        "deschis și am pus datele cardului. A doua zi mi s-au retras 900 lei de pe card. "
        "Puteți verifica cine e?"
    )
    assert classify(text, "", support_mail, cues).category is Category.COMPLAINT


def test_a_writer_who_went_to_the_police_complains(cues: Cues, support_mail: MailHeaders) -> None:
    text = (
        "Am plătit 700 lei pentru un telefon și nu a venit nimic. Am fost la Poliția "
        "Municipiului Pitești și am depus plângere, dosarul are nr. 901/P/2026. Vă rog "
        "să blocați vânzătorul."
    )
    decision = classify(text, "", support_mail, cues)
    assert decision.category is Category.COMPLAINT
    assert not any("authority" in r for r in decision.reasons)


def test_an_authority_writing_is_still_named(cues: Cues) -> None:
    text = (
        "Poliția Municipiului Pitești efectuează cercetări în dosarul penal nr. 901/P/2026 "
        "și vă rugăm să ne comunicați datele utilizatorului."
    )
    decision = classify(text, "", None, cues)
    assert decision.category is Category.LAW_ENFORCEMENT


def test_the_wrong_item_sent_in_english_is_a_mediation(
    cues: Cues, support_mail: MailHeaders
) -> None:
    text = (
        "Hello, I bought a pair of hiking boots size 44 and got size 42 instead. The seller "
        "says sizes run large. I would exchange them if he sends the right ones. Can you "
        "help?"
    )
    assert classify(text, "", support_mail, cues).category is Category.MEDIATION


# -- what an official request must state -------------------------------------------


def test_an_authority_asking_under_its_own_law_needs_no_criminal_file() -> None:
    """The financial intelligence unit asking under Legea 129/2019 names no criminal file;
    a police or prosecutor's request, or one standing on the CPP, still must."""
    from router.signatures.completeness import missing_fields

    fields = {
        "authority": "Oficiul Național de Prevenire și Combatere a Spălării Banilor",
        "authority_kind": "other",
        "reference_number": "7/1.204/2026",
        "reference_date": "2026-12-01",
        "legal_basis": ["art. 33 Legea 129/2019"],
        "requested_data": ["identitatea utilizatorilor"],
        "subjects": [{"kind": "iban", "value": "RO49AAAA1B31007593840000"}],
    }
    assert missing_fields(fields) == []
    assert missing_fields({**fields, "legal_basis": ["art. 170 CPP"]}) == ["case_number"]
    assert missing_fields({**fields, "authority_kind": "police"}) == ["case_number"]
    assert missing_fields({**fields, "legal_basis": []}) == ["case_number", "legal_basis"]


def test_the_data_as_the_subject_of_a_sending_verb() -> None:
    from parsers.fields.response import response_channel

    text = (
        "Datele solicitate vor fi transmise exclusiv prin canalul securizat al Agenției "
        "sau, în lipsa accesului, pe adresa analiza@example.ro."
    )
    assert response_channel(TextView.of(text)) == "electronic"


@pytest.mark.parametrize(
    ("category", "text", "want"),
    [
        (
            "complaint",
            "Am plătit mașina de tocat pe 3 noiembrie și nu am primit-o nici azi.",
            "not_delivered",
        ),
        (
            "complaint",
            "Mi-a cerut datele cardului ca să primesc banii și mi s-au retras 600 lei.",
            "fraud_suspected",
        ),
        (
            "mediation",
            "I ordered the black model and the seller sent me the wrong model, grey.",
            "wrong_item",
        ),
        (
            "mediation",
            "Retur refuzat: vânzătorul spune că produsul a fost folosit.",
            "return_refused",
        ),
    ],
)
def test_issue_words_of_round_8(category: str, text: str, want: str) -> None:
    from parsers.fields.complaint import issue as issue_fn

    assert issue_fn(TextView.of(text), Cues.default(), category) == want


def test_a_letterhead_broken_over_three_lines() -> None:
    from parsers.fields.authority import find_authority

    text = "INSPECTORATUL DE POLIȚIE\nJUDEȚEAN\nBISTRIȚA-NĂSĂUD\nServiciul Rutier\nNr. 77\n"
    found = find_authority(TextView.of(text), Cues.default(), None)
    assert found == ("Inspectoratul de Poliție Județean Bistrița-Năsăud", "police")


def test_transactions_named_after_a_few_words_and_sunt() -> None:
    from parsers.fields.numbers import transactions

    text = "Tranzacțiile suspecte găsite de noi până acum sunt nr. 55512345 și nr.\n55598765."
    assert transactions(TextView.of(text)) == ["55512345", "55598765"]
    assert transactions(TextView.of("tranzacția din octombrie este 12.10.2026")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Stimate client, cardul dumneavoastră a fost suspendat. Accesați linkul de mai jos "
        "pentru a confirma datele cardului în 24 de ore.",
        "Bună ziua, vă trimit linkul către oferta noastră: plata se face cu cardul, livrare "
        "gratuită.",
    ],
)
def test_a_link_and_a_card_alone_are_nobodys_complaint(
    cues: Cues, support_mail: MailHeaders, text: str
) -> None:
    """A bank's phishing or an offer naming a link and a card: no writer's own loss."""
    assert classify(text, "", support_mail, cues).category is not Category.COMPLAINT
