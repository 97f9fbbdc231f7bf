"""The answer address is the one the answer words lead to; the letterhead's own phone is
no user's (written here in the shapes of a blind round's letters, not copied)."""

from __future__ import annotations

from parsers.cues import Cues
from parsers.fields.response import reply_to
from parsers.fields.subjects import find_subjects
from parsers.fields.textview import TextView

LETTER = (
    "Bună ziua,\n\nVă transmitem alăturat adresa nr. 1234 din 01.12.2026, semnată cu "
    "sigiliul electronic al IPJ Neamț.\n\nCu stimă,\nSecretariat IPJ Neamț\n\n"
    "ROMÂNIA\nMINISTERUL AFACERILOR INTERNE\n"
    "INSPECTORATUL DE POLIȚIE JUDEȚEAN NEAMȚ\n"
    "Str. Mihai Eminescu nr. 5, Piatra Neamț · tel. 0233 555 101 · ipj@nt.politiaromana.ro\n"
    "Nr. 1234 din 01.12.2026\n"
    "Către: OKAZII.RO – Departamentul juridic\nADRESĂ\n"
    "Biroul de Investigații Criminale efectuează cercetări în dosarul penal nr. 12/P/2026,\n"
    "în care persoana vătămată a achitat un telefon mobil care nu a mai fost livrat.\n"
    "În temeiul art. 170 din Codul de procedură penală, vă rugăm să ne comunicați, cu\n"
    "privire la contul de utilizator ceasuri_nt, asociat adresei de e-mail\n"
    "vanzator.nt@yahoo.com, următoarele:\n"
    "1. datele de identificare ale titularului contului\n"
    "2. adresele IP folosite la ultimele 10 autentificări\n"
    "3. detaliile tranzacției nr. 55102233 (dată, sumă, cumpărător, modalitate de\n"
    "plată)\n"
    "Răspunsul va fi transmis în format electronic la adresa\n"
    "ipj@nt.politiaromana.ro, cu mențiunea numărului de dosar.\n"
)


def test_the_answer_goes_where_the_answer_words_lead_not_to_the_users_address() -> None:
    assert reply_to(TextView.of(LETTER), Cues.default()) == "ipj@nt.politiaromana.ro"


def test_the_letterhead_phone_is_no_subject_the_users_address_is() -> None:
    found = find_subjects(TextView.of(LETTER), Cues.default(), None, set())
    values = {(s["kind"], s["value"]) for s in found}
    assert ("email", "vanzator.nt@yahoo.com") in values
    assert not any(kind == "phone" for kind, _ in values)


def test_a_function_line_naming_the_unit_under_the_signature_is_no_name() -> None:
    from parsers.fields.signatory import find_signatory

    tail = (
        "Răspunsul poate fi comunicat la adresa sectia3@b.politiaromana.ro.\n"
        "Inspector principal de poliție\nMarin Elena\n"
        "Ofițer de poliție judiciară, Serviciul de Investigare a Fraudelor\n"
    )
    assert find_signatory(TextView.of(tail)) == "Inspector principal de poliție Marin Elena"
