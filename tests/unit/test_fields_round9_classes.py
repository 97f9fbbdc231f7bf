"""Classes seen on round 9's dev split (issue 12), each tested with texts written here
(other counties, towns and numbers than the round's letters)."""

from __future__ import annotations

import pytest

from parsers import Cues
from parsers.fields.authority import find_authority
from parsers.fields.textview import TextView
from router.policy import load_policy

# -- a county heading in the form "… AL JUDEȚULUI X" over two lines --------------------


def test_a_heading_broken_after_a_connector_goes_on_to_its_unit() -> None:
    """ "INSPECTORATUL DE POLIȚIE AL" / "JUDEȚULUI VASLUI" / "POLIȚIA ORAȘULUI NEGREȘTI": the
    issuer is the unit on the third line; the old reader stopped at the second and gave
    "Inspectoratul de Poliție al"."""
    text = (
        "MINISTERUL AFACERILOR INTERNE\nINSPECTORATUL DE POLIȚIE AL\nJUDEȚULUI VASLUI\n"
        "POLIȚIA ORAȘULUI NEGREȘTI\nNr. 31.204 din 01.12.2026\nCătre S.C. X S.R.L.\n"
        "Vă rugăm să ne comunicați datele utilizatorului y.\n"
    )
    assert find_authority(TextView.of(text), Cues.default(), None)[0] == "Poliția Orașului Negrești"


@pytest.mark.parametrize(
    "heading",
    [
        "INSPECTORATUL DE POLIȚIE AL\nJUDEȚULUI CLUJ",
        "Inspectoratul de Poliție al Județului Cluj",
        "Inspectoratul Județean de Poliție Cluj",
    ],
)
def test_the_county_inspectorate_s_other_official_forms_name_it(heading: str) -> None:
    """The registry writes "Inspectoratul de Poliție Județean Cluj"; letterheads also write
    "… al Județului Cluj" and "Inspectoratul Județean de Poliție Cluj" (the same body)."""
    found = load_policy().authority_named(heading)
    assert found is not None and found.name == "Inspectoratul de Poliție Județean Cluj"


def test_another_county_s_form_names_another_inspectorate() -> None:
    found = load_policy().authority_named("Inspectoratul de Poliție al Județului Alba")
    assert found is None or found.name != "Inspectoratul de Poliție Județean Cluj"


# -- a table of users: ids that begin with 40, a column of phones ------------------------


def _subjects(text: str) -> list[dict[str, str]]:
    from parsers.fields.subjects import find_subjects

    return find_subjects(TextView.of(text), Cues.default(), None, set())


def test_a_user_id_beginning_with_40_is_no_phone() -> None:
    """ "40117322" in an id column: eight digits, no phone's length; the old reader took
    every number beginning with 40 for a phone and dropped it."""
    text = (
        "vă rugăm să ne comunicați, pentru utilizatorii de mai jos, datele de identificare.\n"
        "Nr. Nume utilizator ID utilizator\n1 magazin_tm.ro 40228811\n2 ana_b77 52011930\n"
    )
    found = _subjects(text)
    assert {"kind": "user_id", "value": "40228811"} in found
    assert {"kind": "user_id", "value": "52011930"} in found


def test_a_phone_column_of_a_users_table_gives_the_users_phones() -> None:
    text = (
        "vă rugăm să ne comunicați, pentru utilizatorii din tabelul de mai jos:\n"
        "Nr. crt. Utilizator Telefon\n1 auto.piese.tm 0744 120 331\n2 kovacs_81 +36 20 555 1234\n"
        "1. datele de identificare ale titularilor conturilor;\n"
    )
    found = _subjects(text)
    assert {"kind": "phone", "value": "0744120331"} in found
    assert {"kind": "phone", "value": "+36205551234"} in found


# -- the writer's own account is not the other party ----------------------------------------


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "I am a seller on your platform (user: cluj_retro_audio). On 02.11 I sold an "
            "amplifier to the user audiofil_99, order 71002233.",
            "audiofil_99",
        ),
        (
            "Sunt vânzător pe platformă (user: ana_shop77). Am vândut un telefon "
            "utilizatorului ion_b88, comanda 70111222.",
            "ion_b88",
        ),
        ("Sunt victima unei fraude. Utilizatorul x_12 nu a livrat produsul.", "x_12"),
    ],
)
def test_the_writer_s_own_account_is_not_the_counterparty(text: str, other: str) -> None:
    from parsers.fields.complaint import counterparty

    assert counterparty(TextView.of(text)) == other


def test_a_return_refused_in_english_is_that_issue() -> None:
    from parsers.fields.complaint import issue

    text = (
        "I bought a lamp from the seller casa_lumina_bv (order 71200345, 180 RON). I asked to "
        "send it back within 14 days, unused. The seller says there are no returns for "
        "discounted items. I would like a refund."
    )
    assert issue(TextView.of(text), Cues.default(), "mediation") == "return_refused"


@pytest.mark.parametrize(
    ("ocr", "address"),
    [
        ("politia.vasluiBvs.politiaromana.ro", "politia.vaslui@vs.politiaromana.ro"),
        ("pjiasiQmpublic.ro", "pjiasi@mpublic.ro"),
        ("sic.gj&gj.politiaromana.ro", "sic.gj@gj.politiaromana.ro"),
    ],
)
def test_an_at_sign_ocr_read_as_a_capital_before_an_institution_s_domain(
    ocr: str, address: str
) -> None:
    from parsers.repair import repair_ocr

    assert repair_ocr(f"Răspunsul la adresa {ocr}.") == f"Răspunsul la adresa {address}."
    assert repair_ocr("www.politiaromana.ro") == "www.politiaromana.ro"


def test_a_mark_of_cancellation_is_read_in_capitals_only() -> None:
    """ "ANULAT – s-a emis adresa nr. …" across a letter withdraws it (round 9's README class;
    the attack case `readme9_paper` runs it end to end); prose saying an account was
    cancelled is no such mark."""
    from router.signatures.letter import _ANNULLED

    assert _ANNULLED.search("ANULAT\ns-a emis adresa nr. 402.390")
    assert _ANNULLED.search("ADRESĂ REVOCATĂ")
    assert not _ANNULLED.search("contul a fost anulat de vânzător")
    assert not _ANNULLED.search("ANULATOR")


def test_a_transaction_number_with_a_space_ocr_put_in_it_is_read_whole() -> None:
    """ "tranzacția nr. 551203 47" on one line, "tranzacția nr. 55120347" on another: one
    number; a number followed by a count that is no other number stays as it is."""
    from parsers.fields.numbers import transactions

    text = "pentru tranzacția nr. 551203 47:\n- mesajele privind tranzacția nr. 55120347."
    assert transactions(TextView.of(text, ocr=True)) == ["55120347"]
    assert transactions(TextView.of("tranzacția nr. 551203 47 bucăți", ocr=True)) == ["551203"]
