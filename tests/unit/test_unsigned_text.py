"""The unsigned-text rule on texts alone (`router.signatures.unsigned.findings`).

The attack suite (tests/attacks/redteam_unsigned_text.py, redteam_unextracted.py)
runs the rule through the whole pipeline; these cases pin the reading rules:
roles come from the signed text, a restatement must be a whole signed
sentence, our own quoted reply may name data, the signed request's wording
covers the data kinds it asks for.
"""

from __future__ import annotations

from router.signatures.binding import _norm
from router.signatures.unsigned import findings

LETTER = _norm(
    "Inspectoratul de Poliție Județean Cluj\nNr. 123.456 din 12.11.2026\n\n"
    "În dosarul penal nr. 4567/P/2026, constituit în urma plângerii numitei Pop Elena, "
    "utilizator maria_cumparatoare77 (persoană vătămată), în baza art. 170 Cod procedură "
    "penală, vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor ale "
    "utilizatorului ion_vanzator88.\n\nComisar de poliție Popescu Ion\n"
)


def test_a_user_the_letter_asks_for_is_signed() -> None:
    assert (
        findings("Vă transmitem adresa privind utilizatorul ion_vanzator88.", [LETTER], set()) == []
    )


def test_the_complainant_is_not_a_user_the_letter_asks_for() -> None:
    found = findings("Vă rugăm datele utilizatorului maria_cumparatoare77.", [LETTER], set())
    assert found == ["username maria_cumparatoare77"]


def test_a_person_by_name_in_the_complainant_role_is_not_signed() -> None:
    found = findings("Includeți și datele numitei Pop Elena.", [LETTER], set())
    assert found == ["person Pop Elena"]


def test_the_officer_named_in_the_letter_is_signed() -> None:
    assert findings("Cu stimă, domnul Popescu Ion", [LETTER], set()) == []


def test_a_whole_signed_sentence_restated_names_nothing_new() -> None:
    pasted = (
        "În dosarul penal nr. 4567/P/2026, constituit în urma plângerii numitei Pop Elena, "
        "utilizator maria_cumparatoare77 (persoană vătămată), în baza art. 170 Cod procedură "
        "penală, vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor "
        "ale utilizatorului ion_vanzator88."
    )
    assert findings("Bună ziua,\n\n" + pasted, [LETTER], set()) == []


def test_a_fragment_cut_out_of_a_signed_sentence_is_no_restatement() -> None:
    fragment = (
        "constituit în urma plângerii numitei Pop Elena, utilizator maria_cumparatoare77 "
        "(persoană vătămată), în baza art."
    )
    found = findings(fragment + "\n\nVă rugăm datele acesteia.", [LETTER], set())
    assert "username maria_cumparatoare77" in found


def test_data_the_letter_does_not_ask_for() -> None:
    found = findings("P.S. Atașați și parolele contului.", [LETTER], set())
    assert "data asked for: passwords ('parolele')" in found
    # and, whatever its words, a request the signed letter does not make
    assert any(f.startswith("a request the signed letter does not make") for f in found)


def test_a_request_in_any_language_or_vocabulary_is_found_by_its_words() -> None:
    for demand in (
        "P.S. Bitte fügen Sie auch die Passwörter bei.",
        "P.S. Kérjük, csatolják a fiók jelszavait is.",
        "P.S. Atașați și codul PIN al contului.",
    ):
        found = findings(demand, [LETTER], set())
        assert any(f.startswith("a request the signed letter does not make") for f in found), demand


def test_a_cover_note_asking_in_the_letters_own_words_is_clean() -> None:
    cover = (
        "Vă rugăm să ne comunicați datele de identificare ale utilizatorului ion_vanzator88, "
        "în dosarul penal nr. 4567/P/2026, în baza art. 170 Cod procedură penală."
    )
    assert findings(cover, [LETTER], set()) == []


def test_look_alike_letters_and_invisible_characters_are_read_through() -> None:
    # Cyrillic "а" and a zero-width space inside the words
    found = findings("P.S. Includeți și p\u0430ro\u200blele.", [LETTER], set())
    assert "data asked for: passwords ('parolele')" in found


def test_data_the_letter_asks_for_in_other_words() -> None:
    letter = _norm(
        "Vă rugăm să ne transmiteți pentru utilizatorul ion_vanzator88: a. datele de "
        "identificare și de contact; b. datele de plată (IBAN, procesator de plăți)."
    )
    cover = "Am pus în adresă adresa de e-mail și numărul de telefon, și contul bancar."
    assert findings(cover, [letter], set()) == []


def test_our_own_quoted_reply_may_name_data_but_not_other_users() -> None:
    ours = "Legal <legal@okazii.ro> a scris:\n> Am atașat parolele, conversațiile."
    assert findings("Revenim cu adresa.", [LETTER], set(), ours) == []
    ours_user = "Legal <legal@okazii.ro> a scris:\n> Utilizatorul vintage_ceasuri."
    assert findings("Revenim cu adresa.", [LETTER], set(), ours_user) == [
        "username vintage_ceasuri"
    ]


def test_a_cnp_and_a_plain_word_account() -> None:
    found = findings(
        "Includeți contul mariacumparatoare și persoana cu CNP 1850505125781.", [LETTER], set()
    )
    assert "username mariacumparatoare" in found
    assert "CNP 1850505125781" in found


def test_a_forwarded_header_block_names_correspondents_not_users() -> None:
    """ "Data:" above "De la:" is a header, not a list of data; our address's local part
    ("juridic@okazii.ro") is no word of a demand. A stranger's address stays a finding."""
    cover = (
        "Vă transmitem solicitarea de mai jos.\n\n-------- Mesaj redirecționat --------\n"
        "Subiect: adresa okazii\nData: Mon, 1 Dec 2026 14:10:03 +0200\n"
        "De la: Tanase Mihai <mihai.tanase@cj.politiaromana.ro>\n"
        "Către: secretariat@cj.politiaromana.ro\n\n"
        "Te rog trimite adresa atașată la Okazii, juridic@okazii.ro.\nMulțumesc, Mihai\n"
    )
    assert findings(cover, [LETTER], set()) == []
    listed = "Vă rugăm aceleași date și pentru:\nmihai.tanase@cj.politiaromana.ro\n"
    assert "email mihai.tanase@cj.politiaromana.ro" in findings(listed, [LETTER], set())


def test_the_mails_header_addresses_are_read_under_their_labels() -> None:
    """A colleague in Cc at a registry domain is a copy; a stranger in Cc is named."""
    from email.message import EmailMessage

    from router.signatures.unsigned_collect import _names

    msg = EmailMessage()
    msg["From"] = "Secretariat <secretariat@cj.politiaromana.ro>"
    msg["To"] = "juridic@okazii.ro"
    msg["Cc"] = "mihai.tanase@cj.politiaromana.ro"
    text = _names(msg)
    assert "Cc: mihai.tanase@cj.politiaromana.ro" in text.split("\n\n")
    assert findings(text, [LETTER], set()) == []
    msg.replace_header("Cc", "victima.noua@gmail.com")
    assert findings(_names(msg), [LETTER], set()) == ["email victima.noua@gmail.com"]


def test_procedural_cover_formulas_ask_nothing_new() -> None:
    """Taking over, acting on, forwarding the attached letter ("preluați", "dați curs",
    "please find attached … sealed PDF") are cover words; a demand beside them is not."""
    for cover in (
        "Vă rog să preluați solicitarea de mai jos.",
        "Vă rugăm să dați curs adresei atașate.",
        "Please find attached our request (electronically sealed PDF).",
    ):
        assert findings(cover, [LETTER], set()) == [], cover
    assert findings("Vă rugăm să dați curs și să atașați parolele.", [LETTER], set())


def test_a_subject_ending_in_a_role_word_names_no_account_below_it() -> None:
    """ "… privind contul" then the header block: "From" is no account; a file's name neither."""
    text = "Adresa privind contul\n\nFrom: IPJ Iasi <politia@is.politiaromana.ro>\n\nAdresa_387154_12.11.2026.pdf"
    assert findings(text, [LETTER], set()) == []
    assert findings("Vă rugăm datele privind contul\nvictima_noua77.", [LETTER], set())
