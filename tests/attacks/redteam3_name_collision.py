"""Red team 3: an unsigned file named like the signed document is taken for it.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with an unsigned PDF annex asking for more, in plain
visible words. `unsigned._files` reads every file of the mail except the
signed ones, and tells them apart *by name*: `if name in signed: continue`,
where `signed` holds the evidence's document names: the attachment's file
name for a PDF ("adresa.pdf"), "S/MIME part N" for an S/MIME entity. Names
are the sender's to choose:

- the annex is attached under the same file name as the signed letter
  ("adresa.pdf" twice): both are "the signed document";
- beside an S/MIME-signed letter, the annex is named "S/MIME part 1".

Neither annex is read; each plainly asks for the passwords and private
conversations: `verified`.

Control: the same S/MIME letter with the annex under its own name ("anexa.pdf")
is held (regression); a genuine mail whose harmless annex happens to share
the letter's name (a scanner naming every file "adresa.pdf") is `verified`.

Closed: signed files are told apart by SHA-256 (`Context.bound_files`), never by name.
"""

from __future__ import annotations

from collections.abc import Callable
from email.mime.application import MIMEApplication
from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, letter
from tests.attacks.mailkit import multipart, pdf_part, text_part
from tests.attacks.redteam3_kit import DEMAND, police_mail, policy, sub
from tests.attacks.redteam_kit import dkim_sign, smime_detached, text_entity
from tests.samples.signatures.world import World, letter_pdf

CLS = "redteam3_name_collision"
WHERE = "unsigned._files skips a file whose *name* is in the signed documents' names"
ANNEX = "Anexa la adresa nr. 123.456 din 12.11.2026\n\n" + DEMAND


def _same_pdf_name(text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        annex = MIMEApplication(letter_pdf(text), "pdf")
        annex.add_header("Content-Disposition", "attachment", filename="adresa.pdf")
        return police_mail(w, MIMEText(COVER, "plain", "utf-8"), annex)

    return build


def _ascii(text: str) -> str:
    table = str.maketrans("ăâîșțĂÂÎȘȚ", "aaistAAIST")
    return text.translate(table)


def _smime_with_annex(annex_name: str) -> Callable[[World], Submission]:
    """The officer's S/MIME-signed letter (bound by its certificate) beside an unsigned PDF."""

    def build(w: World) -> Submission:
        entity = text_entity(_ascii(letter()))
        ctype, boundary, sigpart = smime_detached(w.signer, entity)
        signed = (
            ctype
            + b"\r\n\r\n--"
            + boundary
            + b"\r\n"
            + entity
            + b"\r\n--"
            + boundary
            + sigpart
            + b"--"
            + boundary
            + b"--\r\n"
        )
        body = multipart("OUTER", text_part(COVER), signed, pdf_part(letter_pdf(ANNEX), annex_name))
        head = (
            b"From: Politia Cluj <politia.cluj@cj.politiaromana.ro>\r\nTo: legal@okazii.ro\r\n"
            b"Subject: Adresa oficiala\r\nDate: Thu, 12 Nov 2026 14:32:10 +0200\r\n"
            b"Message-ID: <33@test>\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="OUTER"\r\n\r\n'
        )
        return sub(dkim_sign(w, head + body, "cj.politiaromana.ro"))

    return build


ATTACKS = [
    Attack(
        CLS,
        "annex_named_like_the_signed_pdf",
        False,
        _same_pdf_name(ANNEX),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "annex_named_like_the_smime_part",
        False,
        _smime_with_annex("S/MIME part 1"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "annex_under_its_own_name_beside_smime",
        False,
        _smime_with_annex("anexa.pdf"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_harmless_annex_sharing_the_letters_name",
        True,
        _same_pdf_name("Anexa la adresa nr. 123.456 din 12.11.2026"),
        policy_toml=policy,
    ),
]
