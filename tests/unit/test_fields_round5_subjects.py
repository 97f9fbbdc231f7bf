"""The users of an OCR'd official letter (round 5 classes): users in a table with
columns of names and ids, an e-mail wrapped right after its "@", a low quote read
as two commas, "utilizatorii cu ID …", a speck after the role word, an IBAN
wrapped over a line with a speck between its groups, a provider's name OCR
damaged by one letter. Texts written for these tests."""

from __future__ import annotations

from parsers.cues import Cues
from parsers.fields.subjects import find_subjects
from parsers.fields.textview import TextView


def _subjects(text: str, ocr: bool = True) -> list[tuple[str, str]]:
    found = find_subjects(TextView.of(text, ocr=ocr), Cues.default(), None, set())
    return [(s["kind"], s["value"]) for s in found]


def test_users_in_a_table_with_a_name_column_and_an_id_column() -> None:
    text = (
        "Vă solicităm datele conturilor de mai jos:\n"
        "Nr. | Nume utilizator | E-mail | ID utilizator\n"
        "1 dacia.parts.bv dacia.parts.bv@yahoo.com 5120334\n"
        "2 - lacramioara_77@gmail.com 5120999\n"
        "Vă mulțumim.\n"
    )
    got = _subjects(text)
    assert ("username", "dacia.parts.bv") in got
    assert ("email", "dacia.parts.bv@yahoo.com") in got
    assert ("user_id", "5120334") in got and ("user_id", "5120999") in got
    assert ("email", "lacramioara_77@gmail.com") in got


def test_a_table_of_users_names_phones_and_mails() -> None:
    text = (
        "privind utilizatorii:\n"
        "Utilizator Telefon E-mail\n"
        "suceava_lemne 0733 100 200 lemne.sv@outlook.com\n"
        "radu.m.85 - radu.m.85@gmail.com\n"
    )
    got = _subjects(text)
    assert ("username", "suceava_lemne") in got and ("username", "radu.m.85") in got
    assert ("phone", "0733100200") in got or ("phone", "+40733100200") in got


def test_an_email_wrapped_right_after_its_at_sign() -> None:
    text = (
        "vă rugăm să ne comunicați datele contului asociat adresei de e-mail mircea.t.77@\n\n"
        "yahoo.com și ale contului „olt_auto”.\n"
    )
    got = _subjects(text)
    assert ("email", "mircea.t.77@yahoo.com") in got
    assert not any(v == "yahoo.com" or v.startswith("@") for _, v in got)


def test_a_low_quote_read_as_two_commas_in_a_list_of_users() -> None:
    text = 'vă solicităm pentru utilizatorii "alfa_1", "beta.2" și ,,gama_3": datele de contact.\n'
    got = _subjects(text)
    assert [v for k, v in got if k == "username"] == ["alfa_1", "beta.2", "gama_3"]


def test_users_with_ids_in_the_plural_and_a_speck_after_the_role_word() -> None:
    text = (
        "vă solicităm datele pentru utilizatorii cu ID 8812001\n"
        'și 8812444, precum și pentru utilizatorul. "munte_si_mare", în perioada iulie.\n'
    )
    got = _subjects(text)
    assert ("user_id", "8812001") in got and ("user_id", "8812444") in got
    assert ("username", "munte_si_mare") in got


def test_an_iban_wrapped_over_a_line_with_a_speck_between_groups() -> None:
    # RO49 AAAA 1B31 0075 9384 0000 is the standard's example, checksum valid
    text = "titularul contului bancar RO49 AAAA\n1B31. 0075 9384 0000, respectiv al telefonului.\n"
    got = _subjects(text)
    assert ("iban", "RO49AAAA1B31007593840000") in got


def test_a_mail_providers_name_damaged_by_one_letter() -> None:
    text = "contul cu adresa de e-mail sandu.p@gmaill.com și numele de utilizator sandu_p.\n"
    got = _subjects(text)
    assert ("email", "sandu.p@gmail.com") in got
    # typed text is as written
    assert ("email", "sandu.p@gmaill.com") in _subjects(text, ocr=False)


def test_a_full_stop_after_the_role_word_ends_the_sentence_before_a_signature() -> None:
    text = "Reply directly to this e-mail. Do not notify the user.\n\nInsp. Radu Mogoș\nLiaison\n"
    assert _subjects(text, ocr=False) == []
    assert _subjects(text) == []
