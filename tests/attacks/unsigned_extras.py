"""Class 4: only the case number and users were bound to the signature.

An old genuine signed PDF beside an unsigned body asking for more (passwords,
an IBAN, conversations, another user, a transaction) verified, with the
unsigned list as `requested_data`. Every field that matters must be stated by
what the signature covers; an image-only signed PDF is bound through OCR.
"""

from __future__ import annotations

import datetime as dt

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, letter, letter_lines, mailed
from tests.samples.signatures.shadows import image_letter_pdf
from tests.samples.signatures.world import World, issue, letter_pdf, sign_pdf

CLS = "unsigned_extras"


def _old_pdf(w: World) -> bytes:
    return sign_pdf(letter_pdf(letter()), w.seals["ipj_cluj"])


def _extra(text: str) -> str:
    return COVER + "\nVă rugăm să ne comunicați de asemenea " + text + "\n"


def _passwords(w: World) -> Submission:
    body = letter(data="parolele contului, conversațiile și IBAN-ul")
    return mailed(w, _old_pdf(w), body=body)


def _second_user(w: World) -> Submission:
    return mailed(w, _old_pdf(w), body=_extra("datele utilizatorului maria_cumparatoare77."))


def _transaction(w: World) -> Submission:
    body = _extra("detaliile tranzacției nr. 99887766 din perioada 01.09.2026 - 15.11.2026.")
    return mailed(w, _old_pdf(w), body=body)


def _other_case(w: World) -> Submission:
    return mailed(w, _old_pdf(w), body=letter(case="9999/P/2026"))


# A court's file number (number/court/year): no /P/ tells it is a case, only its label.
COURT_CASE = "18244/215/2026"


def _table_header_pdf(w: World) -> bytes:
    """A court-style case header: the number in a table row under its column labels."""
    text = (
        letter()
        .replace(
            "Nr. 123.456 din 12.11.2026\n",
            "Dosar nr.        Materia   Stadiu procesual   Termen\n"
            f"{COURT_CASE}    penal     fond (judecată)    14.01.2027\n"
            "Nr. 123.456 din 12.11.2026\n",
        )
        .replace("În dosarul penal nr. 4567/P/2026,", "În dosarul de mai sus,")
    )
    return sign_pdf(letter_pdf(text), w.seals["ipj_cluj"])


def _case_in_a_header_table(w: World) -> Submission:
    body = f"Bună ziua,\n\nÎn dosarul nr. {COURT_CASE} vă transmitem adresa semnată, atașată.\n"
    return mailed(w, _table_header_pdf(w), body=body)


def _case_inside_a_longer_number(w: World) -> Submission:
    """The body asks in a tail of the signed file number (8244/215/2026 in 18244/215/2026)."""
    body = (
        f"Bună ziua,\n\nÎn dosarul nr. {COURT_CASE[1:]} vă rugăm să ne comunicați conversațiile.\n"
    )
    return mailed(w, _table_header_pdf(w), body=body)


def _thread_with_earlier_numbers(w: World) -> Submission:
    """A genuine reply in a thread: the earlier letter's registration number and the same case."""
    body = (
        "Bună ziua,\n\nRevenim cu adresa semnată, atașată, în același dosar 4567/P/2026.\n\n"
        "În data de 10.11.2026, Departamentul Juridic Okazii <legal@okazii.ro> a scris:\n"
        "> Ca urmare a adresei dumneavoastră nr. 1.902/II/2/2026, privind dosarul nr. "
        "4567/P/2026, vă rugăm să ne transmiteți adresa semnată.\n"
    )
    return mailed(w, _old_pdf(w), body=body)


def _image_only(w: World) -> Submission:
    pdf = sign_pdf(image_letter_pdf(letter_lines(letter())), w.seals["ipj_cluj"])
    return mailed(w, pdf)


def _expired_after_signing(w: World) -> Submission:
    old = issue("Popescu Ion", w.ca, days=(-400, -3), org="IPJ Cluj")
    at = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    return mailed(w, sign_pdf(letter_pdf(letter()), old, at=at))


ATTACKS = [
    Attack(
        CLS,
        "old_signed_pdf_body_asks_passwords_iban",
        False,
        _passwords,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS, "old_signed_pdf_body_adds_user", False, _second_user, policy_toml=World.policy_toml
    ),
    Attack(
        CLS,
        "old_signed_pdf_body_adds_transaction_and_period",
        False,
        _transaction,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS, "old_signed_pdf_body_other_case", False, _other_case, policy_toml=World.policy_toml
    ),
    Attack(
        CLS,
        "genuine_case_number_in_a_header_table",
        True,
        _case_in_a_header_table,
        policy_toml=World.policy_toml,
        note="the signed letter states the case under its label, in a table row",
    ),
    Attack(
        CLS,
        "old_signed_pdf_body_case_inside_a_longer_number",
        False,
        _case_inside_a_longer_number,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "genuine_thread_names_an_earlier_letter_number",
        True,
        _thread_with_earlier_numbers,
        policy_toml=World.policy_toml,
        note="a registration number of an earlier letter is no other case file",
    ),
    Attack(
        CLS,
        "image_only_signed_pdf",
        True,
        _image_only,
        policy_toml=World.policy_toml,
        note="a scanned letter signed with the bound seal: bound through OCR",
    ),
    Attack(
        CLS,
        "certificate_expired_after_signing",
        True,
        _expired_after_signing,
        policy_toml=World.policy_toml,
        expect="incomplete",
    ),
]
