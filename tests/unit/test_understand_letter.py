"""An official request mailed as a document: its fields come from the letter, the cover fills gaps."""

from __future__ import annotations

from parsers.cues import Cues
from parsers.model import Attachment, Category, Document, MailHeaders, Page, SourceKind
from parsers.understand import understand

CUES = Cues.default()
COVER = (
    "Buna ziua,\n\nVa transmitem adresa Parchetului de pe langa Tribunalul Timis, semnata "
    "electronic.\n\nGrefa\nParchetul de pe langa Tribunalul Timis\n"
)
LETTER = (
    "ROMÂNIA\nMINISTERUL PUBLIC\nPARCHETUL DE PE LÂNGĂ TRIBUNALUL TIMIȘ\nNr. 842/P/2025\n"
    "Timișoara, 03.12.2026\n\nCătre S.C. OKAZII ONLINE S.R.L.\n\n"
    "În dosarul penal nr. 842/P/2025, în temeiul art. 170 C.proc.pen., vă solicităm să "
    "comunicați datele de identificare ale utilizatorului timis_auto_dealer.\n"
    "Răspunsul se va transmite prin curier.\n\nPRIM-PROCUROR ADJUNCT,\nLazăr Corina\n"
)


def _mail(cover: str, letter: str | None) -> Document:
    attachments = ()
    if letter is not None:
        page = Page(number=1, text=letter, method="text_layer")
        attachments = (Attachment("adresa.pdf", "application/pdf", 1000, "0" * 64, (page,)),)
    return Document(
        kind=SourceKind.EMAIL,
        pages=(Page(number=1, text=cover, method="mail_body"),),
        attachments=attachments,
        headers=MailHeaders(from_addr="registratura.pttm@mpublic.ro", subject="Adresa"),
    )


def test_the_letters_heading_states_the_authority_not_the_cover_note() -> None:
    und = understand(_mail(COVER, LETTER), CUES)
    assert und.category == Category.LAW_ENFORCEMENT
    assert und.fields["authority"] == "Parchetul de pe lângă Tribunalul Timiș"
    assert und.fields["response_channel"] == "courier"


def test_what_the_letter_leaves_out_the_cover_may_fill() -> None:
    """The letter names no user; the cover does: the field is filled from the cover."""
    letter = LETTER.replace("ale utilizatorului timis_auto_dealer", "ale utilizatorului indicat")
    cover = COVER + "\nUtilizator: timis_auto_dealer\n"
    und = understand(_mail(cover, letter), CUES)
    assert {"kind": "username", "value": "timis_auto_dealer"} in und.fields["subjects"]
