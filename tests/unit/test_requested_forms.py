"""The list of requested data as official letters introduce and write it."""

from __future__ import annotations

import pytest

from parsers.fields.requested import requested_data
from parsers.fields.textview import TextView


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # an ordinance obliges in the third person after "DISPUN:"
        (
            "DISPUN:\nObligarea societății Exemplu SRL să predea, pentru contul „abc_12”:\n"
            "a) istoricul plăților;\nb) adresele de livrare.\nProcuror,\nIon Pop\n",
            ["istoricul plăților", "adresele de livrare"],
        ),
        # a court's "solicitarea următoarelor informații"
        (
            "Instanța a dispus solicitarea următoarelor informații:\n"
            " – seria actului de identitate;\n – lista mesajelor primite.\n",
            ["seria actului de identitate", "lista mesajelor primite"],
        ),
    ],
)
def test_lists_introduced_by_other_phrasing(text: str, items: list[str]) -> None:
    """A list introduced by an ordinance's or a court's phrasing is the requested data."""
    assert requested_data(TextView.of(text)) == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the pronoun glued to the verb is not an item; two single words joined by "și" are one
        (
            "Vă rugăm să transmiteți-ne numele și prenumele, data nașterii și adresa de facturare.",
            ["numele și prenumele", "data nașterii", "adresa de facturare"],
        ),
        # after a colon come the data, separated by ";" across the sentence's pieces
        (
            "Vă rugăm să ne comunicați, pentru contul cu ID 556677, în intervalul "
            "01.02.2026 – 01.03.2026: seria documentului de identitate; istoricul "
            "autentificărilor; adresele de livrare.",
            [
                "seria documentului de identitate",
                "istoricul autentificărilor",
                "adresele de livrare",
            ],
        ),
        # the data follow the sentence's last request verb, not the first
        (
            "Vă solicităm ca, pentru utilizatorul „x_y”, începând cu luna mai 2026, să ne "
            "transmiteți lista anunțurilor și mesajele primite.",
            ["lista anunțurilor", "mesajele primite"],
        ),
        # the file and the article the request stands on are circumstances, not data
        (
            "Vă rugăm să ne comunicați în cauza penală nr. 12/P/2026, conform art. 170 CPP, "
            "numărul de telefon declarat și adresa IP de la înregistrare.",
            ["numărul de telefon declarat", "adresa IP de la înregistrare"],
        ),
    ],
)
def test_items_of_a_request_in_prose(text: str, items: list[str]) -> None:
    """In prose, the data are cut at their separators, never inside a datum, and circumstances are left out."""
    assert requested_data(TextView.of(text)) == items


def test_a_colon_list_without_a_request_phrase() -> None:
    """A marked list introduced by a colon is the requested data even when no request phrase leads to it."""
    text = (
        "Prin încheierea din 02.10.2026 judecătorul a autorizat obținerea datelor privind "
        "utilizatorul „exemplu_77”.\nAutorizarea privește următoarele categorii de date:\n"
        "1. istoricul autentificărilor;\n2. adresele de livrare.\n\nCu stimă,\n"
    )
    assert requested_data(TextView.of(text)) == [
        "istoricul autentificărilor",
        "adresele de livrare",
    ]


def test_a_far_second_verb_is_another_request() -> None:
    """A request verb far on in a sentence run on by a lost full stop does not take the items from the first, and the period's bare end date is no item."""
    text = (
        "Vă rugăm să ne comunicați, pentru utilizatorul „ex_1” și pentru perioada cuprinsă între "
        "01.02.2026 și 01.03.2026, datele de identificare, numerele de telefon asociate și adresele "
        "IP folosite la autentificare, precum și lista tranzacțiilor încheiate de acesta i\n\n"
        "vă rugăm să transmiteți răspunsul prin e-mail la adresa sic@exemplu.ro"
    )
    items = requested_data(TextView.of(text))
    assert items[:3] == [
        "datele de identificare",
        "numerele de telefon asociate",
        "adresele IP folosite la autentificare",
    ]


def test_items_closed_by_nothing_end_where_a_sentence_begins_under_a_short_line() -> None:
    from parsers.fields.requested import requested_data
    from parsers.fields.textview import TextView

    text = (
        "În temeiul art. 170 Cod procedură penală, vă rugăm să ne comunicați, pentru intervalul\n"
        "01.01.2026 – 30.11.2026, următoarele informații privind utilizatorul vanzator_iasi:\n"
        "I. datele de identificare și de contact ale utilizatorului vanzator_iasi\n"
        "II. toate conturile de utilizator care au folosit ca mijloc de încasare contul RO94\n"
        "INGB 0000 9999 1267 4403\n"
        "III. adresele IP folosite la autentificare\n"
        "Informațiile vor fi comunicate în format electronic la adresa registratura@mpublic.ro.\n"
    )
    assert requested_data(TextView.of(text)) == [
        "datele de identificare și de contact ale utilizatorului vanzator_iasi",
        "toate conturile de utilizator care au folosit ca mijloc de încasare contul RO94 "
        "INGB 0000 9999 1267 4403",
        "adresele IP folosite la autentificare",
    ]


def test_an_officer_asking_in_the_first_person() -> None:
    from parsers.fields.requested import requested_data
    from parsers.fields.textview import TextView

    text = (
        "Subsemnatul, agent de poliție Rusu Dan, efectuând cercetări în dosarul penal nr.\n"
        "77/P/2026, în temeiul art. 170 din Codul de procedură penală, vă rog să îmi comunicați\n"
        "datele de identificare și adresele IP folosite de utilizatorul casa_rusu.\n"
    )
    assert requested_data(TextView.of(text)) == [
        "datele de identificare",
        "adresele IP folosite de utilizatorul casa_rusu",
    ]
    assert requested_data(TextView.of(text.replace("să îmi comunicați", "comunicați-mi"))) == [
        "datele de identificare",
        "adresele IP folosite de utilizatorul casa_rusu",
    ]
