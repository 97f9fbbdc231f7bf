"""Where to answer, as OCR'd letters write it: damaged e-mail addresses, a postal address."""

from __future__ import annotations

from parsers.cues import Cues
from parsers.fields.response import reply_to
from parsers.fields.textview import TextView
from parsers.repair import repair_ocr


def _reply(text: str, *, ocr: bool = True) -> str | None:
    return reply_to(TextView.of(text, ocr=ocr), Cues.default())


def test_damaged_at_signs_are_mended() -> None:
    assert repair_ocr("la adresa ipj@¢ab.politiaromana.ro.") == "la adresa ipj@ab.politiaromana.ro."
    assert repair_ocr("e-mail pjarad @ mpublic.ro, cu") == "e-mail pjarad@mpublic.ro, cu"
    assert repair_ocr("e-mail sectia.unu,arad@yahoo.com") == "e-mail sectia.unu.arad@yahoo.com"
    assert repair_ocr("pe adresa biroul.fraude,ilfovegmail.com.") == (
        "pe adresa biroul.fraude.ilfov@gmail.com."
    )


def test_an_at_sign_in_prose_is_left_alone() -> None:
    assert repair_ocr("Ana @ 12 lei") == "Ana @ 12 lei"


def test_postal_address_after_the_town() -> None:
    text = (
        "Vă rugăm să ne comunicați datele.\n\n"
        "Răspunsul, pe suport hârtie, va fi trimis prin curier la sediul nostru din Arad, "
        "Str. Vârful cu Dor\nnr. 7, județul Arad, cu mențiunea numărului de dosar.\n"
    )
    assert _reply(text) == "Arad, Str. Vârful cu Dor nr. 7, județul Arad"


def test_postal_address_then_the_town_in_a_sentence_broken_by_ocr() -> None:
    text = (
        "Înscrisurile vor fi înaintate prin curier la registratura Tribunalului Arad, "
        "Bd. Revoluției nr. 3,\nArad, până la termenul din 15 ianuarie 2027.\n"
    )
    assert _reply(text) == "Bd. Revoluției nr. 3, Arad"
    broken = (
        "Datele vor fi predate prin curier, la sediul Parchetului de pe lângă\n\n"
        "Tribunalul Arad din Arad, Calea Aurel Vlaicu nr. 12, județul Arad, în plic sigilat.\n"
    )
    assert _reply(broken) == "Arad, Calea Aurel Vlaicu nr. 12, județul Arad"


_ROMANIAN = "Vă rugăm să ne comunicați această informație până mâine, în regim de urgență, în dosarul știut. "


def test_diacritics_ocr_dropped_are_restored_in_a_letter_that_has_them() -> None:
    from parsers.repair import restore_diacritics

    got = restore_diacritics(_ROMANIAN + "reclamatiile altor clienti si tranzactiei inregistrate")
    assert got.endswith("reclamațiile altor clienti și tranzacției înregistrate")


def test_usernames_addresses_and_letters_without_diacritics_keep_their_letters() -> None:
    from parsers.repair import restore_diacritics

    assert restore_diacritics(_ROMANIAN + "ion_si si.ion@x.ro").endswith("ion_si si.ion@x.ro")
    plain = "Va rugam sa ne comunicati reclamatiile si tranzactiile."
    assert restore_diacritics(plain) == plain


def test_a_courts_list_whose_first_number_ocr_read_as_a_bar() -> None:
    from parsers.fields.requested import requested_data

    text = (
        _ROMANIAN + "\nInstanța a dispus să vă solicite, cu privire la utilizatorul ion_dj:\n\n"
        "|. extrasul tranzacțiilor efectuate in anul 2026;\n"
        "2. datele de contact declarate;\n3. copia corespondenței purtate prin platformă.\n"
    )
    assert requested_data(TextView.of(text, ocr=True)) == [
        "extrasul tranzacțiilor efectuate în anul 2026",
        "datele de contact declarate",
        "copia corespondenței purtate prin platformă",
    ]
