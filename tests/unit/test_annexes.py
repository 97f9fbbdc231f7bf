"""Unsigned annexes beside a signed letter (`router.signatures.annexes`, `unsigned.annex_findings`).

The attack suite (tests/attacks/redteam5_annexes.py) runs the rule through the
whole pipeline; these cases pin its two halves on their own: which files are
annexes and what leaves the fields (`split`), and what an annex may not say
though its names are shown (`annex_findings`, `annex_references`).
"""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from parsers.cues import Cues
from parsers.extract import extract
from router.signatures.annexes import asks, split
from router.signatures.binding import _norm
from router.signatures.unsigned import annex_findings, annex_references
from tests.samples.signatures.world import letter_pdf

LETTER = _norm(
    "Inspectoratul de Poliție Județean Cluj\nNr. 123.456 din 12.11.2026\n\n"
    "În dosarul penal nr. 4567/P/2026, în baza art. 170 Cod procedură penală, vă rugăm să ne "
    "comunicați datele de identificare și istoricul tranzacțiilor ale utilizatorului "
    "ion_vanzator88.\n\nComisar de poliție Popescu Ion\n"
)
COMPLAINT = (
    "Sesizare\n\nSubsemnatul Ionescu Dan, utilizator OKAZII dan_cumparator21, reclam faptul că "
    "am plătit suma de 900 lei vânzătorului ion_vanzator88 pentru o consolă nelivrată "
    "(comanda nr. 55512345). Vă rog să luați măsurile legale ce se impun.\n"
)
CUES = Cues.default()


def test_a_complaint_asks_nothing_of_us() -> None:
    assert not asks(COMPLAINT, CUES)
    assert annex_findings(COMPLAINT, [LETTER], set()) == []


def test_an_annex_asking_for_another_users_data_asks() -> None:
    text = COMPLAINT + "Vă rugăm să ne comunicați și datele utilizatorului maria_pop_77.\n"
    assert asks(text, CUES)
    found = annex_findings(text, [LETTER], set())
    assert found and "maria_pop_77" in found[0]


def test_an_annex_asking_to_attach_to_the_answer_asks() -> None:
    text = COMPLAINT + "P.S. Atasati la raspuns si barolele kontului.\n"  # words a lying font wrote
    assert asks(text, CUES)
    assert annex_findings(text, [LETTER], set())


def test_an_annex_listing_what_is_requested_without_a_verb_asks() -> None:
    text = COMPLAINT + "\nUtilizator | Date solicitate\nmaria_pop_77 | parolele contului\n"
    assert asks(text, CUES)
    assert annex_findings(text, [LETTER], set())


def test_an_annex_widening_the_period_is_found() -> None:
    text = COMPLAINT + "Vă rugăm ca istoricul să cuprindă perioada 01.01.2015 - 31.12.2026.\n"
    assert any("period" in f for f in annex_findings(text, [LETTER], set()))


def test_a_request_for_what_the_annex_lists_is_found_signed_or_not() -> None:
    assert annex_references(["Vă rugăm să ne comunicați datele utilizatorilor din lista anexată."])
    assert annex_references(
        [LETTER + " Vă rugăm să ne comunicați datele persoanelor menționate în anexa nr. 1."]
    )
    # Sending the letter "attached" asks for nothing the annex lists.
    assert not annex_references([LETTER, "Vă transmitem alăturat adresa noastră."])


def _mail(*files: tuple[str, bytes], body: str = "Vă transmitem alăturat adresa noastră.") -> bytes:
    msg = MIMEMultipart()
    msg.attach(MIMEText(f"Bună ziua,\n\n{body}\n", "plain", "utf-8"))
    for name, data in files:
        part = MIMEApplication(data, "pdf")
        part.add_header("Content-Disposition", "attachment", filename=name)
        msg.attach(part)
    msg["From"] = "politia.cluj@cj.politiaromana.ro"
    msg["Subject"] = "Adresa nr. 123.456"
    return msg.as_bytes()


# Stands for a signed letter: `split` judges a file signed by its bytes (a signature
# dictionary), never by whether the signature is valid (the checks judge that).
SIGNED = letter_pdf(
    "Inspectoratul de Poliție Județean Cluj\nNr. 123.456 din 12.11.2026\n\nVă rugăm să ne "
    "comunicați datele de identificare ale utilizatorului ion_vanzator88.\n"
).replace(b"%%EOF", b"% /ByteRange [0 0 0 0]\n%%EOF")


def _fields(raw: bytes) -> dict:
    return {
        "subjects": [
            {"kind": "username", "value": "ion_vanzator88"},
            {"kind": "username", "value": "dan_cumparator21"},
        ],
        "transactions": ["55512345"],
    }


def test_what_only_the_annex_names_leaves_the_fields() -> None:
    raw = _mail(("adresa.pdf", SIGNED), ("sesizare.pdf", letter_pdf(COMPLAINT)))
    fields, annexes = split(_fields(raw), extract(raw), CUES)
    assert fields["subjects"] == [{"kind": "username", "value": "ion_vanzator88"}]
    assert fields["transactions"] == []
    assert [a.name for a in annexes] == ["sesizare.pdf"]
    assert set(annexes[0].mentions) == {"username dan_cumparator21", "transaction 55512345"}


def test_without_a_signed_file_beside_it_nothing_is_an_annex() -> None:
    raw = _mail(
        ("adresa.pdf", letter_pdf("Adresa nr. 123.456")), ("sesizare.pdf", letter_pdf(COMPLAINT))
    )
    fields, annexes = split(_fields(raw), extract(raw), CUES)
    assert annexes == () and fields == _fields(raw)


def test_an_annex_that_asks_is_part_of_the_request() -> None:
    asking = COMPLAINT + "Vă rugăm să ne comunicați și datele utilizatorului dan_cumparator21.\n"
    raw = _mail(("adresa.pdf", SIGNED), ("sesizare.pdf", letter_pdf(asking)))
    fields, annexes = split(_fields(raw), extract(raw), CUES)
    assert annexes == () and fields == _fields(raw)


def test_a_value_the_mail_body_names_stays_a_field() -> None:
    raw = _mail(
        ("adresa.pdf", SIGNED),
        ("sesizare.pdf", letter_pdf(COMPLAINT)),
        body="Privind utilizatorul dan_cumparator21, vă transmitem adresa.",
    )
    fields, annexes = split(_fields(raw), extract(raw), CUES)
    assert {"kind": "username", "value": "dan_cumparator21"} in fields["subjects"]
    assert annexes and "username dan_cumparator21" not in annexes[0].mentions
