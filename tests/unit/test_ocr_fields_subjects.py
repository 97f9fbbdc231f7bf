"""The users an OCR'd request is about: e-mail addresses whose "@" OCR misread, the
address the data are to be sent to, the authority's own contact officer's phone.
Texts written for these tests after faxes and scans.
"""

from __future__ import annotations

import pytest

from parsers.cues import Cues
from parsers.fields.subjects import find_subjects
from parsers.fields.textview import TextView


def _subjects(text: str, *, ocr: bool = True) -> list[tuple[str, str]]:
    view = TextView.of(text, ocr=ocr)
    return [(s["kind"], s["value"]) for s in find_subjects(view, Cues.default(), None, set())]


@pytest.mark.parametrize(
    "written",
    [
        "r.manolache.91(9 gmail.com",
        "r.manolache.91(O gmail.com",
        "r.manolache.91 (9gmail.com",
        "r.manolache.91 Qgmail.com",
        "r.manolache.91@qgmail.com",
        "r.manolache.91Q gmail.com",
        "r.manolache.91 © gmail.com",
    ],
)
def test_an_at_sign_misread_by_ocr(written: str) -> None:
    text = (
        "Vă rugăm să ne comunicați, pentru utilizatorul „iasi_gaming_store” și pentru\n"
        f"titularul adresei de e-mail {written}:\n1. datele de identificare;\n"
    )
    assert ("email", "r.manolache.91@gmail.com") in _subjects(text)


def test_a_local_part_ending_in_o_is_kept() -> None:
    text = "Utilizatorul a folosit adresa de e-mail marco.bravo@gmail.com pentru înregistrare.\n"
    assert ("email", "marco.bravo@gmail.com") in _subjects(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Relațiile vor fi comunicate de îndată la adresa de e-mail\ngrefa.penal.sv@gmail.com, având în vedere termenul.",
        "Vă rugăm să transmiteți datele exclusiv. la adresa securizată\nst.craiova.diicot@proton.me.",
        "Datele vor fi transmise în aceeași zi pe adresa de e-mail\n\nAr e,\ngrefa.penal.tm@gmail.com. oe U6",
    ],
)
def test_the_address_to_send_the_data_to_is_not_a_subject(sentence: str) -> None:
    text = (
        "Vă rugăm să ne comunicați datele de identificare ale utilizatorului suceava_phone_shop.\n\n"
        f"{sentence}\n"
    )
    got = _subjects(text)
    assert ("username", "suceava_phone_shop") in got
    assert not [v for k, v in got if k == "email"]


def test_an_address_the_user_wrote_from_is_a_subject() -> None:
    text = (
        "Vânzătorul a purtat discuțiile de pe adresa de e-mail scutere.jiu@outlook.com,\n"
        "apoi a transmis un mesaj de pe adresa scutere.jiu2@outlook.com.\n"
    )
    got = _subjects(text)
    assert ("email", "scutere.jiu@outlook.com") in got
    assert ("email", "scutere.jiu2@outlook.com") in got


@pytest.mark.parametrize(
    "contact",
    [
        "Persoana de contact: agent-șef adjunct de poliție Rusu Dan, telefon 0232 555 100, interior 2741.",
        "Persoană de contact:\nagent-sef Oros Florin, tel. 0259 555 241.",
        "Pentru relații suplimentare vă stă la dispoziție agentul de poliție Ion Pop, telefon 0232 555 100.",
    ],
)
def test_the_authoritys_contact_officer_phone_is_not_a_subject(contact: str) -> None:
    text = (
        "Vă rugăm să ne comunicați datele utilizatorului cu numărul de telefon 0744 557 318.\n\n"
        f"{contact}\n"
    )
    phones = [v for k, v in _subjects(text) if k == "phone"]
    assert phones == ["0744557318"]


@pytest.mark.parametrize(
    ("written", "want"),
    [
        ("RO66RNCB0082044718390001", "RO66RNCB0082044718390001"),
        ("ROG6RNCBO082044718390001", "RO66RNCB0082044718390001"),
        ("R066 RNCB 0082 0447 1839 0001", "RO66RNCB0082044718390001"),
        ("bancar_RO72BTRLO130120245780001", "RO72BTRL0130120245780001"),
    ],
)
def test_an_iban_with_look_alike_characters(written: str, want: str) -> None:
    text = f"Vă rugăm să ne comunicați titularul contului {written}, folosit pentru încasări.\n"
    got = _subjects(text)
    assert ("iban", want) in got
    assert not [v for k, v in got if k == "username"]


def test_an_iban_whose_checksum_fails_is_not_taken() -> None:
    text = "Vă rugăm să ne comunicați titularul contului ROG7RNCBO082044718390001.\n"
    assert not [v for k, v in _subjects(text) if k == "iban"]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        (
            "conturile de utilizator ro_crypto deals și mihai.broker77,",
            ["ro_crypto_deals", "mihai.broker77"],
        ),
        (
            "utilizatorii! mamaia gadgets,\nport_tomis_shop și pentru",
            ["mamaia_gadgets", "port_tomis_shop"],
        ),
        ("utilizatorul cu numele de utilizator ardeal gsm și numărul de telefon", ["ardeal_gsm"]),
    ],
)
def test_a_username_whose_underscore_ocr_read_as_a_space(phrase: str, want: list[str]) -> None:
    text = (
        f"Vă solicităm să ne comunicați datele de identificare pentru {phrase} în perioada 2026.\n"
    )
    assert [v for k, v in _subjects(text) if k == "username"] == want


@pytest.mark.parametrize(
    "phrase",
    [
        "modalitatea de plată și conturile bancare utilizate.",
        "conturile de utilizator folosite, precum și",
        "utilizatorul ion_pop vinde telefoane noi.",
    ],
)
def test_plain_words_after_a_role_are_not_a_username(phrase: str) -> None:
    text = f"Vă rugăm să ne comunicați {phrase}\n"
    assert [v for k, v in _subjects(text) if k == "username"] in ([], ["ion_pop"])


def test_quoted_names_after_a_copula_and_their_ids() -> None:
    text = (
        "Conturile de utilizator implicate sunt „mega.deals2026” (ID 7781204) și „consola_ps5_ieftin”\n"
        "(ID 7790016), iar sumele au fost încasate în contul RO19 RNCB 0082 1577 3015 0001.\n"
    )
    for ocr in (True, False):
        got = _subjects(text, ocr=ocr)
        assert ("username", "mega.deals2026") in got
        assert ("username", "consola_ps5_ieftin") in got
        assert ("user_id", "7781204") in got
        assert ("user_id", "7790016") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Documentul „anexa_1.pdf” este atașat.",  # no user in the sentence
        "Detalii pe site-ul „okazii.ro” privind contul.",  # a web address
    ],
)
def test_quoted_words_that_are_not_users(sentence: str) -> None:
    assert not [v for k, v in _subjects(sentence) if k == "username"]


def test_names_listed_below_their_head_with_blank_lines() -> None:
    text = (
        "Vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor pentru\n"
        "următorii utilizatori:\n\n"
        "1) rares.vintage (e-mail rares.vintage.bz@gmail.com);\n\n"
        "2) colectii_ramnic;\n"
        "3) utilizatorul cu 1D 30551902.\n"
    )
    got = _subjects(text)
    assert ("username", "rares.vintage") in got
    assert ("username", "colectii_ramnic") in got
    assert ("user_id", "30551902") in got


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("utilizatorului roman ceramica nt, în perioada", "roman_ceramica_nt"),
        ("utilizatorul piese auto cj, în perioada", "piese_auto_cj"),
    ],
)
def test_a_name_ending_in_a_county_code_with_its_underscores_read_as_spaces(
    phrase: str, want: str
) -> None:
    text = f"Vă rugăm să ne comunicați datele de identificare ale {phrase} 2026.\n"
    assert [v for k, v in _subjects(text) if k == "username"] == [want]
