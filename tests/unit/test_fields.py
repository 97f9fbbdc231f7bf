"""Field extraction on short official letters and complaints written for the test."""

from __future__ import annotations

import pytest

from parsers import Category, Cues
from parsers.fields import TextView, extract_fields
from parsers.fields.complaint import delivery_guarantee, proposed_resolution
from parsers.fields.requested import period, requested_data
from parsers.model import MailHeaders

LETTER = """\
ROMÂNIA
MINISTERUL AFACERILOR INTERNE
INSPECTORATUL DE POLIŢIE JUDEŢEAN IAŞI
Str. Exemplului nr. 1, Iaşi
Tel.: 0232 000 111 | Fax: 0232 000 112

Nr. 98.765 din 3 decembrie 2026

Către: OKAZII, legal@okazii.ro

În dosarul penal nr. 321/P/2026, în temeiul art. 170 alin. (1) C.proc.pen., vă rugăm
să ne comunicați, în regim de urgență, pentru perioada 1 octombrie 2026 - 30 noiembrie 2026,
următoarele date despre utilizatorul cu username-ul "vasile.shop" (ID utilizator: 445566),
telefon +40 745 111 222:
a) datele de identificare ale titularului;
b) istoricul
   comenzilor;
c) IP-urile de conectare.

Răspunsul va fi transmis atât electronic, la adresa ipj.iasi@is.politiaromana.ro, cât şi prin curier.

Inspector principal de poliţie
Ionescu Vasile
"""


def test_law_enforcement_fields(cues: Cues) -> None:
    """Every law-enforcement field of a letter with capitals, cedilla letters and a lettered list."""
    f = extract_fields(Category.LAW_ENFORCEMENT, TextView.of(LETTER), cues, None)
    assert f["authority"] == "Inspectoratul de Poliție Județean Iași"
    assert f["authority_kind"] == "police"
    assert (f["reference_number"], f["reference_date"]) == ("98765", "2026-12-03")
    assert f["case_number"] == "321/P/2026"
    assert f["legal_basis"] == ["art. 170 CPP"]
    assert f["subjects"] == [
        {"kind": "username", "value": "vasile.shop"},
        {"kind": "user_id", "value": "445566"},
        {"kind": "phone", "value": "0745111222"},
    ]
    assert f["requested_data"] == [
        "datele de identificare ale titularului",
        "istoricul comenzilor",
        "IP-urile de conectare",
    ]
    assert f["period"] == {"from": "2026-10-01", "to": "2026-11-30"}
    assert f["response_channel"] == "both"
    assert f["reply_to"] == "ipj.iasi@is.politiaromana.ro"
    assert f["signatory"] == "Inspector principal de poliție Ionescu Vasile"
    assert f["urgent"] is True
    assert f["contact"] == {"email": None, "phone": "0232000111"}


def test_missing_fields_are_empty_not_invented(cues: Cues) -> None:
    """A letter that states almost nothing yields None and [] rather than guesses."""
    f = extract_fields(
        Category.LAW_ENFORCEMENT, TextView.of("Bună ziua, revenim cu detalii."), cues, None
    )
    assert f["authority"] is None and f["case_number"] is None and f["reference_number"] is None
    assert f["subjects"] == [] and f["requested_data"] == [] and f["legal_basis"] == []
    assert f["period"] is None and f["response_channel"] is None and f["signatory"] is None
    assert f["urgent"] is False


def test_authority_from_sender_domain(cues: Cues) -> None:
    """With no institution named in the text, a sender under an authority domain names it."""
    headers = MailHeaders(from_addr="x@diicot.ro", from_display="DIICOT Cluj")
    f = extract_fields(
        Category.LAW_ENFORCEMENT, TextView.of("Vă rugăm să ne comunicați datele."), cues, headers
    )
    assert (f["authority"], f["authority_kind"]) == ("DIICOT Cluj", "prosecutor")


COMPLAINT = """\
Buna ziua, ma numesc Ana Pop si am cumparat de la vanzatorul "gigel77" un laptop,
comanda #12345678, pret 2.300 lei. Nu am primit produsul si vanzatorul nu mai raspunde.
Vreau sa-mi dati banii inapoi.
Ana Pop
Telefon: 0766 000 111
"""


def test_complaint_fields_without_diacritics(cues: Cues) -> None:
    """A complaint written without diacritics still yields each complaint field."""
    f = extract_fields(
        Category.COMPLAINT,
        TextView.of(COMPLAINT),
        cues,
        MailHeaders(from_addr="ana.pop@example.com"),
    )
    assert f["complainant"] == "Ana Pop"
    assert f["transaction_id"] == "12345678"
    assert f["counterparty"] == "gigel77"
    assert f["amount"] == {"value": "2300.00", "currency": "RON"}
    assert f["delivery_guarantee"] is None
    assert f["issue"] == "not_delivered"
    assert f["proposed_resolution"] == "Vreau sa-mi dati banii inapoi"
    assert f["contact"] == {"email": "ana.pop@example.com", "phone": "0766000111"}


def test_mediation_issue(cues: Cues) -> None:
    """Mediation issues use their own vocabulary (damaged, wrong item...)."""
    text = "Produsul a sosit spart, tranzactia 99988877. Propun returnarea produsului."
    f = extract_fields(Category.MEDIATION, TextView.of(text), cues, None)
    assert f["issue"] == "damaged"
    assert f["proposed_resolution"] == "Propun returnarea produsului"


@pytest.mark.parametrize(
    ("category", "text", "issue"),
    [
        (
            Category.COMPLAINT,
            "Cred că am fost victima unor fraudatori, tranzactia 123456.",
            "fraud_suspected",
        ),
        (Category.COMPLAINT, "Plata am făcut-o printr-un link de plată fals.", "fraud_suspected"),
        (Category.COMPLAINT, "Nu am primit pahcetul, coletul nu a sosit deloc.", "not_delivered"),
        (Category.COMPLAINT, "Vânzătorul nu îmi răspunde la mesaje de o lună.", "no_answer"),
        (Category.MEDIATION, "În colet era alt articol, o altă mărime.", "wrong_item"),
        (Category.MEDIATION, "Mi-a trimis altceva decât ce am comandat.", "wrong_item"),
        (Category.MEDIATION, "Ecranul a venit crăpat și carcasa zgâriată.", "damaged"),
        (Category.MEDIATION, "Produsul este difreit de cel din anunț.", "not_as_described"),
        (Category.MEDIATION, "Nu arată ca în poze deloc.", "not_as_described"),
        (Category.MEDIATION, "Geaca e marimea M, in anunt scria L.", "not_as_described"),
        (Category.MEDIATION, "Tricoul are o pată pe mânecă.", "damaged"),
        (Category.MEDIATION, "Vânzătorul spune că nu acceptă retur.", "return_refused"),
    ],
)
def test_issue_wording_families(category: Category, text: str, issue: str, cues: Cues) -> None:
    """Issues are recognised in inflected forms, other wordings of the same family and with typos."""
    view = TextView.of(text, vocabulary=cues.vocabulary)
    assert extract_fields(category, view, cues, None)["issue"] == issue


def test_delivery_guarantee_negated() -> None:
    """ "Nu am plătit prin Garanția de Livrare" is False; naming it as used is True; silence is None."""
    assert delivery_guarantee(TextView.of("Nu am platit prin Garantia de Livrare.")) is False
    assert delivery_guarantee(TextView.of("Am plătit prin Garanția de Livrare.")) is True
    assert delivery_guarantee(TextView.of("Am plătit cu cardul.")) is None


def test_no_resolution_asked() -> None:
    """A text that asks for nothing has no proposed resolution."""
    assert proposed_resolution(TextView.of("Produsul nu a ajuns. Vânzătorul nu răspunde.")) is None


def test_support_topic_from_subject(cues: Cues) -> None:
    """A support mail's topic is its subject without Re:/Fwd: prefixes."""
    headers = MailHeaders(subject="RE: Fwd: Parola uitata", from_addr="a@b.ro")
    f = extract_fields(Category.SUPPORT, TextView.of("Cum pot schimba parola?"), cues, headers)
    assert f == {"topic": "Parola uitata", "contact": {"email": "a@b.ro", "phone": None}}


COURT_LETTER = """\
JUDECĂTORIA SECTORULUI 3 BUCUREȘTI
Secția Civilă
Dosar nr. 12345/301/2026

Către Marketplace SRL

Vă comunicăm că, prin încheierea din data de 20.11.2026, instanța a dispus efectuarea
unei adrese către dumneavoastră pentru a comunica, în termen de 10 zile, istoricul
tranzacțiilor efectuate de utilizatorul cu ID 9876543 în perioada martie - iunie 2026,
precum și datele de contact ale acestuia.

Grefier,
Elena Dobre
"""


def test_court_letter_in_prose(cues: Cues) -> None:
    """A court's letter asks in one sentence, names the user by id and the period by months,
    and is signed by the clerk: every one of those is read."""
    headers = MailHeaders(subject="Adresa dosar 12345/301/2026", from_addr="grefa.js3@just.ro")
    f = extract_fields(Category.LAW_ENFORCEMENT, TextView.of(COURT_LETTER), cues, headers)
    assert f["authority_kind"] == "court"
    assert f["case_number"] == "12345/301/2026"
    assert f["subjects"] == [{"kind": "user_id", "value": "9876543"}]
    assert f["requested_data"] == [
        "istoricul tranzacțiilor efectuate de utilizatorul cu ID 9876543 în perioada martie - iunie 2026",
        "datele de contact ale acestuia",
    ]
    assert f["period"] == {"from": "2026-03-01", "to": "2026-06-30"}
    assert f["signatory"] == "Grefier Elena Dobre"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("în perioada martie - iunie 2026", ("2026-03-01", "2026-06-30")),
        ("în perioada noiembrie - februarie 2026", ("2025-11-01", "2026-02-28")),
        ("perioada ianuarie 2025 - martie 2026", ("2025-01-01", "2026-03-31")),
        ("în luna mai 2026", ("2026-05-01", "2026-05-31")),
        ("în lunile aprilie și mai 2026", ("2026-04-01", "2026-05-31")),
        ("în perioada 01.09.2026 - 15.11.2026", ("2026-09-01", "2026-11-15")),
        ("perioada mai 2026 - martie 2026", None),  # backwards: not a period
        ("pe o perioadă de 5 zile", None),
        ("în perioada mai", None),  # no year: not guessed
    ],
)
def test_period_in_dates_or_whole_months(text: str, expected: tuple[str, str] | None) -> None:
    got = period(TextView.of(text))
    assert (got["from"], got["to"]) == expected if expected else got is None


def test_inline_request_drops_the_deadline_and_splits_at_precum_si() -> None:
    text = (
        "Vă rugăm să ne comunicați, în termen de 5 zile, adresele IP de conectare, "
        "precum și numărul de telefon asociat contului.\n"
    )
    assert requested_data(TextView.of(text)) == [
        "adresele IP de conectare",
        "numărul de telefon asociat contului",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Aș vrea fie să o returnez și să primesc banii, fie o reducere de 100 lei.",
        "Mi-aș dori să primesc banii înapoi.",
    ],
)
def test_resolution_asked_with_the_conditional(text: str) -> None:
    """ "Aș vrea" / "mi-aș dori" ask as much as "vreau": the sentence is the resolution."""
    assert proposed_resolution(TextView.of(text)) == text.rstrip(".")


DIICOT_LETTER = """\
PARCHETUL DE PE LANGA INALTA CURTE DE CASATIE SI JUSTITIE
DIRECTIA DE INVESTIGARE A INFRACTIUNILOR DE CRIMINALITATE ORGANIZATA SI TERORISM
SERVICIUL TERITORIAL BRASOV

Nr. 2211/II/2/2026                                  Brasov, 23 noiembrie 2026

Catre S.C. MARKETPLACE S.R.L.

In baza art. 152 C.proc.pen., va solicitam sa ne transmiteti in regim de urgenta datele
de trafic si de localizare, precum si adresele IP utilizate de titularul contului cu numele
de utilizator "andrei_bv_shop", in intervalul 15 august 2026 - 20 noiembrie 2026.
Totodata, va rugam sa ne comunicati IBAN-ul asociat contului (RO49AAAA1B31007593840000)
si tranzactiile efectuate.

Dosar penal nr. 876/D/P/2026.

Procuror,
Cristian Dinu
"""


def test_directorate_letter_without_diacritics(cues: Cues) -> None:
    """DIICOT's letterhead under the Prosecutor's Office it belongs to; the date beside the
    number behind the city; a company's initials are not a user; a request in prose, with
    "in regim de urgenta" cut off, the period left to its field and a second sentence
    ("Totodata, ...") asking for more."""
    f = extract_fields(Category.LAW_ENFORCEMENT, TextView.of(DIICOT_LETTER), cues, None)
    # The territorial service its heading names under the directorate writes (session 21).
    assert f["authority"] == (
        "Directia de Investigare a Infractiunilor de Criminalitate Organizata si Terorism, "
        "Serviciul Teritorial Brasov"
    )
    assert f["authority_kind"] == "prosecutor"
    assert (f["reference_number"], f["reference_date"]) == ("2211/II/2/2026", "2026-11-23")
    assert f["subjects"] == [
        {"kind": "username", "value": "andrei_bv_shop"},
        {"kind": "iban", "value": "RO49AAAA1B31007593840000"},
    ]
    assert f["requested_data"] == [
        "datele de trafic si de localizare",
        'adresele IP utilizate de titularul contului cu numele de utilizator "andrei_bv_shop"',
        "IBAN-ul asociat contului (RO49AAAA1B31007593840000)",
        "tranzactiile efectuate",
    ]
    assert f["period"] == {"from": "2026-08-15", "to": "2026-11-20"}
    assert f["case_number"] == "876/D/P/2026"
    assert f["signatory"] == "Procuror Cristian Dinu"


def test_complaint_in_english(cues: Cues) -> None:
    text = (
        'I bought a PS5 from seller "console_king_ro" (order 66612345) for 2.300 RON. '
        "It never arrived and the seller blocked me. I would like a full refund."
    )
    view = TextView.of(text, vocabulary=cues.vocabulary)
    f = extract_fields(Category.COMPLAINT, view, cues, None)
    assert f["issue"] == "not_delivered"
    assert (f["transaction_id"], f["counterparty"]) == ("66612345", "console_king_ro")
    assert f["proposed_resolution"] == "I would like a full refund"


def test_ocr_person_after_buyer_is_no_username() -> None:
    """In OCR'd text "cumpărătorul Popa Dan." names a person: no username is pieced from it,
    while a broken username after the same word still is."""
    from parsers.fields.usernames import mentions

    text = "3. corespondența purtată cu cumpărătorul Popa Dan.\n"
    assert mentions(TextView.of(text, ocr=True)) == []
    broken = "corespondența purtată cu cumpărătorul bogdan fashion55.\n"
    assert [m.value for m in mentions(TextView.of(broken, ocr=True))] == ["bogdan_fashion55"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vanzatoarea (ana_handmade) nu mai raspunde", [("ana_handmade", "counterparty")]),
        ("Un vanzator, iphone_ieftin_2026, mi-a cerut", [("iphone_ieftin_2026", "counterparty")]),
        ("cumpărătoarea maria_77 nu a plătit", [("maria_77", "counterparty")]),
        ("vânzătorul (Ion) nu răspunde", []),  # parentheses do not make a word a username
        ('vânzătorul mariana" nu răspunde', [("mariana", "counterparty")]),  # quotes do
        ("vânzătorul, care nu mai răspunde,", []),
    ],
)
def test_counterparty_in_parentheses_commas_and_feminine(
    text: str, expected: list[tuple[str, str]]
) -> None:
    from parsers.fields.usernames import mentions

    assert [(m.value, m.role) for m in mentions(TextView.of(text))] == expected


@pytest.mark.parametrize(
    ("letterhead", "expected"),
    [
        (
            "POLIȚIA MUNICIPIULUI CONSTANȚA\nSecția 2 Poliție\n",
            "Poliția Municipiului Constanța, Secția 2 Poliție",
        ),
        (
            "DIRECȚIA GENERALĂ DE POLIȚIE A MUNICIPIULUI BUCUREȘTI\nSECȚIA 5 POLIȚIE\n",
            "Direcția Generală de Poliție a Municipiului București, Secția 5 Poliție",
        ),
        ("Secția 2 Poliție\n", "Secția 2 Poliție"),  # no parent named: the unit alone
        ("POLIȚIA MUNICIPIULUI CONSTANȚA\n\nText.\nSecția 2 Poliție\n", "Secția 2 Poliție"),
    ],
)
def test_a_police_station_is_named_with_its_parent(
    letterhead: str, expected: str, cues: Cues
) -> None:
    """A station names no place: the authority on the line above it comes first."""
    text = letterhead + "Nr. 123.456 din 20.11.2026\n\nVă rugăm să ne comunicați datele.\n"
    f = extract_fields(Category.LAW_ENFORCEMENT, TextView.of(text), cues, None)
    assert (f["authority"], f["authority_kind"]) == (expected, "police")


def test_a_list_ends_where_its_last_item_ends_its_sentence() -> None:
    """A text layer without blank lines: the sentence after the last item is not part of it."""
    text = (
        "vă rugăm să ne puneți la dispoziție:\n"
        "1. datele de identificare ale utilizatorului care a folosit\n"
        "numărul de telefon 0722.333.444;\n"
        "2. corespondența purtată cu cumpărătorul Popa Dan.\n"
        "Vă mulțumim pentru colaborare.\n"
        "Agent șef principal de poliție\n"
    )
    assert requested_data(TextView.of(text)) == [
        "datele de identificare ale utilizatorului care a folosit numărul de telefon 0722.333.444",
        "corespondența purtată cu cumpărătorul Popa Dan",
    ]


def test_the_subject_names_the_issue_the_body_does_not() -> None:
    """ "Order … not as described" in the subject, and a body that only tells the story: the
    issue comes from the subject (an issue of "other" counts as not found)."""
    from parsers import extract, understand

    raw = (
        b"From: Petra Nagy <petra.nagy@example.hu>\r\nTo: support@okazii.ro\r\n"
        b"Subject: Order 12121212 not as described\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Hello, the leather bag I received from seller bags_and_more is plastic. "
        # (No "money back": with it the text reads as a complaint as much as a dispute, and
        # the learned model, retrained on round 6 and round 7 dev, tips it to unknown.)
        b"I paid 420 lei. I want to return it to the seller.\r\n"
    )
    und = understand(extract(raw, filename="m.eml"), Cues.default())
    assert und.category is Category.MEDIATION
    assert und.fields["issue"] == "not_as_described"
    assert und.fields["transaction_id"] == "12121212"
