"""Classes round 13's development split showed in the reading of typed text.

- A role word read as the name: in "contul vânzătorului bucovina_antic" the username
  pattern took "vânzătorului" (after "contul") as the name, rejected it (no digit, "_"
  or quote) and went on *after* it, so the user was never found; "contul
  utilizatorului ion_pop77" lost its user the same way. The next match may now
  start at the role word.
- The start of an e-mail address read as another user: "conturile atelier_piese_bh
  și daniel.horvath.1983@outlook.com" gave a username "daniel.horvath", the part of
  the address before a dot. A name followed by ".<letter or digit>" is not a name.
- A function written in capitals read as the name: "PROCUROR GENERAL ADJUNCT," was
  rank "PROCUROR" and name "GENERAL ADJUNCT"; the name on the next line was lost.
- The sender's phone after the sender's name on the last line ("marius 0751 404
  221"); a quoted reply's sender ("> De la: casa_smart_ro") is the counterparty.
"""

from __future__ import annotations

from parsers.fields.signatory import find_signatory
from parsers.fields.textview import TextView
from parsers.fields.usernames import mentions
from parsers.normalize import fold


def _view(text: str) -> TextView:
    return TextView(text, fold(text))


def _users(text: str) -> list[tuple[str, str]]:
    return [(m.value, m.role) for m in mentions(_view(text))]


def test_a_user_after_a_role_word_that_follows_another_is_found() -> None:
    text = "cu privire la contul vânzătorului bucovina_antic și la tranzacția nr. 33019822"
    assert _users(text) == [("bucovina_antic", "counterparty")]
    assert _users("datele contului utilizatorului ion_pop77, și") == [("ion_pop77", "user")]
    assert _users("conturile utilizatorilor ion_pop77 și ana.m") == [
        ("ion_pop77", "user"),
        ("ana.m", "user"),
    ]
    assert _users("contul vânzătorului nu mai răspunde") == []


def test_the_start_of_an_address_is_no_username() -> None:
    text = "cu privire la conturile atelier_piese_bh și daniel.horvath.1983@outlook.com, precum"
    assert _users(text) == [("atelier_piese_bh", "user")]
    assert _users("am cumpărat de la ana.pop.77@gmail.com un telefon") == []
    assert _users("utilizatorii ion_pop, ana.m și dan_x.") == [
        ("ion_pop", "user"),
        ("ana.m", "user"),
        ("dan_x", "user"),
    ]


def test_a_quoted_reply_s_sender_is_the_counterparty() -> None:
    assert _users("Mai jos raspunsul lui.\n\n> De la: casa_smart_ro\n> Nu accept") == [
        ("casa_smart_ro", "counterparty")
    ]
    # a mail's own header names its sender, not a user (round 3's "PJS4 Registratura",
    # the prosecutors' office of Sector 4, was read as a username and made a genuine
    # request's cover "say more" than its signed letter)
    assert _users("From: PJS4 Registratura <pjs4@mpublic.ro>\nSubject: adresa") == []
    assert _users("From: ion_pop77 <ion_pop77@gmail.com>\nSubject: reclamatie") == []


def test_a_function_in_capitals_is_no_name() -> None:
    for rank in ("PROCUROR GENERAL ADJUNCT", "Procuror general adjunct"):
        text = f"Vă rugăm să transmiteți răspunsul.\n{rank},\nAndrieș Gabriel\n"
        assert find_signatory(_view(text)) == f"{rank} Andrieș Gabriel"
    assert find_signatory(_view("PROCUROR IONESCU MARIA\n")) == "PROCUROR IONESCU MARIA"


def test_the_sender_s_phone_after_the_name_on_the_last_line() -> None:
    from parsers.fields.contact import find_contact
    from router.policy import load_policy

    cues = load_policy().cues
    body = "buna seara\nam comandat o bicicleta, nu mai raspunde\nce pot face??\n"
    assert find_contact(_view(body + "marius 0751 404 221\n"), cues, None)["phone"] == (
        "0751404221"
    )
    # a number in a sentence of the closing lines is not the sender's own line
    said = body + "vanzatorul mi-a dat numarul 0751 404 221 si nu raspunde\n"
    assert find_contact(_view(said), cues, None)["phone"] is None


# Round 12's blind split, spent at round 13's arrival (read only after it was scored).


def test_a_typed_page_footer_inside_a_list_does_not_end_it() -> None:
    from parsers.fields.requested import requested_data

    text = (
        "În temeiul art. 170 din Codul de procedură penală, vă solicităm să ne comunicați:\n"
        "a) datele de identificare ale utilizatorului;\n"
        "b) lista tranzacțiilor;\n"
        "Pagina 1 din 2\n"
        "c) adresele IP folosite la autentificare;\n"
        "d) orice alt cont care a declarat același cont bancar.\n"
        "Datele privesc perioada 01.05.2025 – 30.11.2026.\n"
    )
    assert requested_data(_view(text)) == [
        "datele de identificare ale utilizatorului",
        "lista tranzacțiilor",
        "adresele IP folosite la autentificare",
        "orice alt cont care a declarat același cont bancar",
    ]


def test_a_page_carrying_the_letter_s_number_under_a_misread_label_is_tied() -> None:
    from router.signatures.stamptext import tie

    cover = "FORMULAR DE TRANSMITERE FAX\nVă transmitem alăturat adresa nr. 3.411.877/TM.\n"
    letter = "Ny. 3.411.877/IM\nCatre\nÎn dosarul penal nr. 802/P/2026 al DNA\n"
    assert tie(cover, letter, 2, 2)[0] == "tied"
    # another letter's page, whose own number is another, stays another's
    other = "Nr. 3.411.990/TM\nÎn dosarul penal nr. 802/P/2026 al DNA\n"
    assert tie(cover, other, 2, 2)[0] == "other"
    # a short number is no tie by its digits alone
    assert tie("adresa nr. 412", "Nx. 412\ndosar 77/P/2026", 2, 2)[0] != "tied"


def test_a_forwarded_message_s_sender_named_by_username_is_the_counterparty() -> None:
    text = (
        "va trimit mai jos discutia cu vanzatorul.\n\n---------- Forwarded message ---------\n"
        "From: tech_second_hand <mesaje@okazii.ro>\nDate: joi, 3 dec. 2026\n"
    )
    assert ("tech_second_hand", "counterparty") in _users(text)


def test_a_tracking_number_that_does_not_exist_is_a_parcel_not_delivered() -> None:
    from parsers.cues import Cues
    from parsers.fields.complaint import issue

    cues = Cues.default()
    for text in (
        "vanzatorul a zis ca a trimis dar awb-ul nu exista pe site-ul curierului si de 5 "
        "zile nu mai raspunde",
        "Mi-a dat un AWB fals și nu mai răspunde la telefon.",
    ):
        assert issue(_view(text), cues, "complaint") == "not_delivered"
    assert issue(_view("vânzătorul nu mai răspunde de o săptămână"), cues, "complaint") == (
        "no_answer"
    )


def test_the_court_a_prosecutor_s_office_sits_beside_is_not_the_writer() -> None:
    from parsers.fields.authority import find_authority
    from router.policy import load_policy

    cues = load_policy().cues
    heads = (
        "INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE\nDIRECȚIA DE POLIȚIE TRANSPORTURI\n"
        "SERVICIUL REGIONAL DE POLIȚIE TRANSPORTURI BRAȘOV",
        "MINISTERUL AFACERILOR INTERNE\nINSPECTORATUL GENERAL AL POLIȚIEI DE FRONTIERĂ\n"
        "Serviciul de Investigații Criminale",
    )
    lines = (
        "Serviciul Regional de Poliție Transporturi Brașov efectuează, sub supravegherea "
        "Parchetului de pe lângă Judecătoria Brașov, cercetări în dosarul penal nr. 1904/P/2026.",
        "În cadrul dosarului penal nr. 512/P/2026, instrumentat sub coordonarea Parchetului "
        "de pe lângă Tribunalul Giurgiu, se efectuează cercetări.",
    )
    for head, line in zip(heads, lines, strict=True):
        text = f"{head}\nNr. 2.118.340 din 2.12.2026\n\n{line}\n"
        authority, kind = find_authority(_view(text), cues, None)
        assert kind == "police" and "Poliției" in (authority or ""), (authority, kind)
